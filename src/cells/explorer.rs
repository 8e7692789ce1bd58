use leptos::prelude::*;

use crate::cells::family_tree::CellFamilyTree;
use crate::content::use_content;
use crate::islands::words;
use crate::islands::{Static, StaticView};
use crate::layout::rich_text::Paras;

crate::island_words! {
    /// The explorer's words that the browser shows or says.
    pub struct CellWords {
        show_all,
        show_one,
        /// "Showing: {name}", said to screen readers after a change.
        showing,
        marrow_label,
        blood_label,
    }
}

/// One cell as the explorer's island knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellName {
    pub id: &'static str,
    pub name: &'static str,
}

/// The attribute that carries each cell's id and name (`islands::words`).
pub const NAMES_ATTRIBUTE: &str = "data-cell-names";

/// The cells, in order, from the island's list of ids and names.
pub fn cell_names(names: Vec<(&'static str, &'static str)>) -> Vec<CellName> {
    names.into_iter().map(|(id, name)| CellName { id, name }).collect()
}

/// The explorer as the page is rendered: its words from the content; its
/// heading, introduction and cards as static parts.
#[component]
pub fn CellExplorerSection() -> impl IntoView {
    let text = &use_content().cell_explorer;
    let words = CellWords {
        show_all: text.show_all,
        show_one: text.show_one,
        showing: text.showing,
        marrow_label: text.marrow_label,
        blood_label: text.blood_label,
    };
    let cells: Vec<CellName> = text.cells.iter().map(|c| CellName { id: c.id, name: c.name }).collect();
    let heading = Static::new(view! {
        <h3 id="cell-explorer-heading" class="cell-explorer__heading">{text.heading}</h3>
    });
    let intro = Static::new(view! { <p class="cell-explorer__intro">{text.intro}</p> });
    let cards = text
        .cells
        .iter()
        .enumerate()
        .map(|(index, cell)| {
            view! {
                <li class="cell-card" class:cell-card--not-current=index != 0 id=format!("cell-{}", cell.id) data-cell=cell.id>
                    <h4 class="cell-card__name">{cell.name}</h4>
                    <Paras paras=cell.about unit=cell.id/>
                    <h5 class="cell-card__subheading">{text.in_ahsct_heading}</h5>
                    <Paras paras=cell.in_ahsct unit=cell.id/>
                </li>
            }
        })
        .collect_view();
    let cards = Static::new(view! { <ul class="cell-explorer__list">{cards}</ul> });
    view! { <CellExplorer words=words cells=cells heading=heading intro=intro cards=cards/> }
}

/// The blood-cell explorer: a family tree of the cells a blood-forming stem
/// cell makes, each a button that chooses it, and a card for each saying what it is and
/// what aHSCT means for it. The cards are the text list: one shows at a
/// time, or all of them, and all of them without scripts and on paper.
#[component]
pub fn CellExplorer(
    words: CellWords,
    cells: Vec<CellName>,
    heading: StaticView,
    intro: StaticView,
    cards: StaticView,
) -> impl IntoView {
    let text = words;
    let cells: &'static [CellName] = Vec::leak(cells);
    let selected = RwSignal::new(0usize);
    let show_all = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    let choose = move |index: usize| {
        selected.set(index);
        if let Some(cell) = cells.get(index) {
            announcement.set(text.showing.replace("{name}", cell.name));
        }
    };
    // The cards are plain HTML: the ones not chosen are set aside here.
    let card_list = NodeRef::<leptos::html::Ul>::new();
    crate::islands::effect(move || {
        let (chosen, all) = (selected.get(), show_all.get());
        let Some(list) = card_list.get() else { return };
        let _ = list.class_list().toggle_with_force("cell-explorer__list--all", all);
        let cards = list.children();
        for index in 0..cards.length() {
            if let Some(card) = cards.item(index) {
                let _ = card.class_list().toggle_with_force("cell-card--not-current", !all && chosen != index as usize);
            }
        }
    });

    view! {
        <div
            class="cell-explorer"
            data-island="cells"
            data-words=words.encode()
            data-cell-names=words::encode(cells.iter().map(|c| (c.id, c.name)))
        >
            {heading}
            {intro}
            <div class="cell-explorer__layout">
                <CellFamilyTree cells=cells words=words selected=selected on_choose=Callback::new(choose)/>
                {cards.node_ref(card_list)}
            </div>
            <p class="visually-hidden cell-explorer__announce" aria-live="polite">{move || announcement.get()}</p>
            <button
                type="button"
                class="button button--quiet cell-explorer__show-all"
                on:click=move |_| show_all.update(|all| *all = !*all)
            >
                // The label says what pressing does next, so it is not also a
                // pressed/not-pressed toggle: screen readers would say both.
                {move || if show_all.get() { text.show_one } else { text.show_all }}
            </button>
        </div>
    }
}

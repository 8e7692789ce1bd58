use leptos::prelude::*;

use crate::cells::diagram::CellDiagram;
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
    /// The name in the diagram, where space is short.
    pub label: &'static str,
}

/// The attributes that carry each cell's name and diagram label (`islands::words`).
pub const NAMES_ATTRIBUTE: &str = "data-cell-names";
pub const LABELS_ATTRIBUTE: &str = "data-cell-labels";

/// Pairs each cell's name with its label, by id and in order.
pub fn cell_names(
    names: Vec<(&'static str, &'static str)>,
    labels: Vec<(&'static str, &'static str)>,
) -> Result<Vec<CellName>, String> {
    if names.len() != labels.len() || names.iter().zip(&labels).any(|((a, _), (b, _))| a != b) {
        return Err("its cell names and labels do not match".to_owned());
    }
    Ok(names.into_iter().zip(labels).map(|((id, name), (_, label))| CellName { id, name, label }).collect())
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
    let cells: Vec<CellName> = text.cells.iter().map(|c| CellName { id: c.id, name: c.name, label: c.label }).collect();
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

/// The blood-cell explorer: a diagram of the cells a blood-forming stem cell
/// makes, buttons to choose one, and a card for each saying what it is and
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

    let choices = cells
        .iter()
        .enumerate()
        .map(|(index, cell)| {
            view! {
                <button
                    type="button"
                    class="cell-choice"
                    data-cell=cell.id
                    aria-pressed=move || if selected.get() == index { "true" } else { "false" }
                    on:click=move |_| choose(index)
                >
                    <span class=format!("cell-choice__swatch cell-swatch--{}", cell.id) aria-hidden="true"></span>
                    {cell.name}
                </button>
            }
        })
        .collect_view();

    view! {
        <div
            class="cell-explorer"
            data-island="cells"
            data-words=words.encode()
            data-cell-names=words::encode(cells.iter().map(|c| (c.id, c.name)))
            data-cell-labels=words::encode(cells.iter().map(|c| (c.id, c.label)))
        >
            {heading}
            {intro}
            <div class="cell-explorer__layout">
                <CellDiagram cells=cells words=words selected=selected on_choose=Callback::new(choose)/>
                <div class="cell-explorer__choices" role="group" aria-labelledby="cell-explorer-heading">
                    {choices}
                </div>
            </div>
            <p class="visually-hidden cell-explorer__announce" aria-live="polite">{move || announcement.get()}</p>
            {cards.node_ref(card_list)}
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

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cells::family_tree::CellFamilyTree;

crate::platform::page_data::words_struct! {
    /// What the explorer says, in the page's language.
    pub struct CellWords {
        pub heading: String,
        pub intro: String,
        pub marrow_label: String,
        pub blood_label: String,
        pub show_all: String,
        pub show_one: String,
        /// "Showing: {name}", said to screen readers after a change.
        pub showing: String,
    }
}

/// One cell in the tree: its id and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellName {
    pub id: String,
    pub name: String,
}

/// The blood-cell explorer: a family tree of the cells a blood-forming stem
/// cell makes, each a button that chooses it, and a card for each saying what
/// it is and what aHSCT means for it. The cards are the text list (the
/// island's children, in the content's order of cells): one shows at a time,
/// or all of them, and all of them without scripts and on paper.
///
/// Which card shows is one attribute, `data-showing` (the chosen card's place
/// in the list), that the styles read (`cells.css`): the cards are prose the
/// page renders once, never again in the browser.
#[island]
pub fn CellExplorer(words: CellWords, cells: Vec<CellName>, children: Children) -> impl IntoView {
    let CellWords { heading, intro, marrow_label, blood_label, show_all, show_one, showing } = words;
    let selected = RwSignal::new(0usize);
    let showing_all = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    let names: Vec<String> = cells.iter().map(|cell| cell.name.clone()).collect();
    let choose = Callback::new(move |index: usize| {
        selected.set(index);
        let name = names.get(index).map(String::as_str).unwrap_or_default();
        announcement.set(showing.replace("{name}", name));
    });
    let show_all_label = move || if showing_all.get() { show_one.clone() } else { show_all.clone() };
    let as_built_label = show_all_label();
    view! {
        <div class="cell-explorer" data-showing=move || (!showing_all.get()).then(|| selected.get().to_string())>
            <h3 id="cell-explorer-heading" class="cell-explorer__heading">{heading}</h3>
            <p class="cell-explorer__intro">{intro}</p>
            <div class="cell-explorer__layout">
                <CellFamilyTree cells=cells marrow_label=marrow_label blood_label=blood_label selected=selected choose=choose/>
                {children()}
            </div>
            <p class="visually-hidden cell-explorer__announce" aria-live="polite" prop:textContent=move || announcement.get()></p>
            // The label says what pressing does next, so it is not also a
            // pressed/not-pressed toggle: screen readers would say both.
            // Its text as a property (src/questions/list_count.rs says why).
            <button
                type="button"
                class="button button--quiet cell-explorer__show-all"
                on:click=move |_| showing_all.update(|all| *all = !*all)
                prop:textContent=show_all_label
            >
                {as_built_label}
            </button>
        </div>
    }
}

/// The explorer with its cards, from the content (build time).
#[cfg(not(target_arch = "wasm32"))]
pub use build::CellExplorerSection;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use leptos::prelude::*;

    use super::{CellExplorer, CellName, CellWords};
    use crate::content::use_content;
    use crate::layout::rich_text::Paras;

    #[component]
    pub fn CellExplorerSection() -> impl IntoView {
        let text = &use_content().cell_explorer;
        let words = CellWords {
            heading: text.heading.to_owned(),
            intro: text.intro.to_owned(),
            marrow_label: text.marrow_label.to_owned(),
            blood_label: text.blood_label.to_owned(),
            show_all: text.show_all.to_owned(),
            show_one: text.show_one.to_owned(),
            showing: text.showing.to_owned(),
        };
        let cells = text.cells.iter().map(|c| CellName { id: c.id.to_owned(), name: c.name.to_owned() }).collect();
        let cards = text
            .cells
            .iter()
            .map(|cell| {
                view! {
                    <li class="cell-card" id=format!("cell-{}", cell.id) data-cell=cell.id>
                        <h4 class="cell-card__name">{cell.name}</h4>
                        <Paras paras=cell.about unit=cell.id/>
                        <h5 class="cell-card__subheading">{text.in_ahsct_heading}</h5>
                        <Paras paras=cell.in_ahsct unit=cell.id/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <CellExplorer words=words cells=cells>
                <ul class="cell-explorer__list">{cards}</ul>
            </CellExplorer>
        }
    }
}

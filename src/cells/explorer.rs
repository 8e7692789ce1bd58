#[cfg(not(target_arch = "wasm32"))]
use {
    crate::cells::family_tree::CellFamilyTree, crate::content::use_content, crate::layout::rich_text::Paras,
    leptos::prelude::*,
};

crate::island_words! {
    /// The explorer's words that the browser shows or says.
    pub struct CellWords {
        show_all,
        show_one,
        /// "Showing: {name}", said to screen readers after a change.
        showing,
    }
}

/// One cell in the tree: its id and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellName {
    pub id: &'static str,
    pub name: &'static str,
}

/// The blood-cell explorer: a family tree of the cells a blood-forming stem
/// cell makes, each a button that chooses it, and a card for each saying what
/// it is and what aHSCT means for it. The cards are the text list: one shows
/// at a time, or all of them, and all of them without scripts and on paper.
/// An island (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn CellExplorerSection() -> impl IntoView {
    let text = &use_content().cell_explorer;
    let words = CellWords { show_all: text.show_all, show_one: text.show_one, showing: text.showing };
    let cells: &'static [CellName] =
        text.cells.iter().map(|c| CellName { id: c.id, name: c.name }).collect::<Vec<_>>().leak();
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
    view! {
        <div class="cell-explorer" data-island="cells" data-words=words.encode()>
            <h3 id="cell-explorer-heading" class="cell-explorer__heading">{text.heading}</h3>
            <p class="cell-explorer__intro">{text.intro}</p>
            <div class="cell-explorer__layout">
                <CellFamilyTree cells=cells marrow_label=text.marrow_label blood_label=text.blood_label/>
                <ul class="cell-explorer__list">{cards}</ul>
            </div>
            <p class="visually-hidden cell-explorer__announce" aria-live="polite"></p>
            // The label says what pressing does next, so it is not also a
            // pressed/not-pressed toggle: screen readers would say both.
            <button type="button" class="button button--quiet cell-explorer__show-all">{text.show_all}</button>
        </div>
    }
}

/// The tree's buttons choose a card; one button shows every card, or one.
#[cfg(target_arch = "wasm32")]
pub fn bind(island: &crate::islands::bind::Island) -> Result<(), String> {
    use crate::islands::bind;
    use crate::reactive::prelude::*;
    use crate::reactive::RwSignal;
    use web_sys::{Element, HtmlButtonElement};

    let words = CellWords::decode(&island.words()?).map_err(|e| e.to_string())?;
    let list = island.find::<Element>(".cell-explorer__list")?;
    let cards = island.find_all::<Element>(".cell-explorer__list > .cell-card");
    let choices = island.find_all::<HtmlButtonElement>(".cell-choice");
    if choices.len() != cards.len() || cards.is_empty() {
        return Err(format!("its tree has {} cells but {} cards", choices.len(), cards.len()));
    }
    let announcement = island.find::<Element>(".cell-explorer__announce")?;
    let show_all_button = island.find::<Element>(".cell-explorer__show-all")?;

    // Every part is found before anything is bound: an island either works
    // or stays as rendered.
    let cards_of_choices = choices
        .iter()
        .map(|choice| {
            let cell = choice.get_attribute("data-cell");
            cards
                .iter()
                .position(|card| card.get_attribute("data-cell") == cell)
                .ok_or_else(|| format!("its cell \"{}\" has no card", cell.unwrap_or_default()))
        })
        .collect::<Result<Vec<usize>, String>>()?;

    let selected = RwSignal::new(0usize);
    let show_all = RwSignal::new(false);
    for (choice, index) in choices.into_iter().zip(cards_of_choices) {
        let name = choice.text_content().unwrap_or_default();
        let said = announcement.clone();
        bind::on(&choice, "click", move |_| {
            selected.set(index);
            said.set_text_content(Some(&words.showing.replace("{name}", name.trim())));
        });
        // Pressed or not only once it works: without the app every card shows.
        choice.set_disabled(false);
        bind::attribute(&choice, "aria-pressed", move || {
            Some((if selected.get() == index { "true" } else { "false" }).to_owned())
        });
    }
    crate::islands::effect(move || {
        let (chosen, all) = (selected.get(), show_all.get());
        let _ = list.class_list().toggle_with_force("cell-explorer__list--all", all);
        for (index, card) in cards.iter().enumerate() {
            let _ = card.class_list().toggle_with_force("cell-card--not-current", !all && chosen != index);
        }
    });
    bind::on(&show_all_button, "click", move |_| show_all.update(|all| *all = !*all));
    bind::text(&show_all_button, move || (if show_all.get() { words.show_one } else { words.show_all }).to_owned());
    Ok(())
}

use leptos::prelude::*;

use crate::cells::diagram::CellDiagram;
use crate::content::use_content;
use crate::layout::rich_text::Paras;

/// The blood-cell explorer: a diagram of the cells a blood-forming stem cell
/// makes, buttons to choose one, and a card for each saying what it is and
/// what aHSCT means for it. The cards are the text list: one shows at a
/// time, or all of them, and all of them without scripts and on paper.
#[component]
pub fn CellExplorer() -> impl IntoView {
    let text = &use_content().cell_explorer;
    let selected = RwSignal::new(0usize);
    let show_all = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    let choose = move |index: usize| {
        selected.set(index);
        announcement.set(text.showing.replace("{name}", text.cells[index].name));
    };

    let choices = text
        .cells
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

    let cards = text
        .cells
        .iter()
        .enumerate()
        .map(|(index, cell)| {
            let is_not_current = move || !show_all.get() && selected.get() != index;
            view! {
                <li class="cell-card" class:cell-card--not-current=is_not_current id=format!("cell-{}", cell.id) data-cell=cell.id>
                    <h4 class="cell-card__name">{cell.name}</h4>
                    <Paras paras=cell.about unit=cell.id/>
                    <h5 class="cell-card__subheading">{text.in_ahsct_heading}</h5>
                    <Paras paras=cell.in_ahsct unit=cell.id/>
                </li>
            }
        })
        .collect_view();

    view! {
        <div class="cell-explorer">
            <h3 id="cell-explorer-heading" class="cell-explorer__heading">{text.heading}</h3>
            <p class="cell-explorer__intro">{text.intro}</p>
            <div class="cell-explorer__layout">
                <CellDiagram selected=selected on_choose=Callback::new(choose)/>
                <div class="cell-explorer__choices" role="group" aria-labelledby="cell-explorer-heading">
                    {choices}
                </div>
            </div>
            <p class="visually-hidden cell-explorer__announce" aria-live="polite">{move || announcement.get()}</p>
            <ul class="cell-explorer__list" class:cell-explorer__list--all=move || show_all.get()>
                {cards}
            </ul>
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

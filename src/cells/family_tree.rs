use leptos::prelude::*;

use crate::cells::explorer::CellName;

/// Which cells each cell makes or includes, by their place in the content's
/// list: the stem cell (0) makes red cells, platelets and white cells (1, 2,
/// 3); white cells include neutrophils and T-cells (4, 5).
const STEM_CELL: usize = 0;
const CHILDREN: [(usize, &[usize]); 2] = [(STEM_CELL, &[1, 2, 3]), (3, &[4, 5])];

fn children_of(index: usize) -> &'static [usize] {
    CHILDREN.iter().find(|(parent, _)| *parent == index).map_or(&[], |(_, children)| children)
}

/// The explorer's picture and its controls in one: a family tree of the
/// cells, drawn in the marrow and the blood, where each cell is a button
/// that shows its card. The tree is nested lists, so screen readers hear
/// what belongs to what; its names are page text, so they grow with the
/// reader's text size and wrap on a narrow screen.
///
/// As built, and until the explorer's island runs, the buttons are disabled:
/// the tree still reads as a picture with names, and every card shows below it.
#[component]
pub fn CellFamilyTree(
    cells: Vec<CellName>,
    marrow_label: String,
    blood_label: String,
    /// The chosen cell, by its place in `cells`.
    selected: RwSignal<usize>,
    choose: Callback<usize>,
) -> impl IntoView {
    let hydrated = crate::platform::hydrated::hydrated();
    let choice = move |index: usize| {
        cells.get(index).cloned().map(|cell| {
            view! {
                <button
                    type="button"
                    class="cell-choice"
                    data-cell=cell.id
                    disabled=move || !hydrated.get()
                    aria-pressed=move || hydrated.get().then(|| (selected.get() == index).to_string())
                    on:click=move |_| choose.run(index)
                >
                    <svg class="cell-choice__drawing" viewBox="-30 -30 60 60" aria-hidden="true" focusable="false" inner_html=CELL_SHAPES.get(index).copied().unwrap_or_default()></svg>
                    <span class="cell-choice__name">{cell.name}</span>
                </button>
            }
        })
    };
    let list_of = |indices: &'static [usize]| {
        let items = indices
            .iter()
            .map(|&index| {
                let grandchildren = children_of(index);
                let nested = (!grandchildren.is_empty()).then(|| {
                    let items = grandchildren
                        .iter()
                        .map(|&child| view! { <li class="cell-tree__item">{choice(child)}</li> })
                        .collect_view();
                    view! { <ul class="cell-tree__list">{items}</ul> }
                });
                view! { <li class="cell-tree__item">{choice(index)}{nested}</li> }
            })
            .collect_view();
        view! { <ul class="cell-tree__list">{items}</ul> }
    };
    view! {
        <div class="cell-explorer__choices cell-tree" role="group" aria-labelledby="cell-explorer-heading">
            <ul class="cell-tree__root">
                <li class="cell-tree__marrow">
                    <p class="cell-tree__zone">{marrow_label}</p>
                    {choice(STEM_CELL)}
                    <div class="cell-tree__blood">
                        <p class="cell-tree__zone">{blood_label}</p>
                        {list_of(children_of(STEM_CELL))}
                    </div>
                </li>
            </ul>
        </div>
    }
}

/// Each cell's outline, centred on 0 0 and about 56 units across: simple
/// shapes, told apart by form as well as colour. Plain markup rather than
/// views: nothing in them changes, and a view per shape would add its own
/// code to the WebAssembly.
const CELL_SHAPES: [&str; 6] = [
    // A stem cell: a large round cell with a nucleus.
    r#"<circle class="cell-shape cell-shape--stem" r="26"/><circle class="cell-shape__nucleus" r="11"/>"#,
    // Red cells: discs, thinner in the middle.
    r#"<ellipse class="cell-shape cell-shape--red" cx="-8" cy="-4" rx="20" ry="15"/><ellipse class="cell-shape__dip" cx="-8" cy="-4" rx="8" ry="5"/><ellipse class="cell-shape cell-shape--red" cx="10" cy="8" rx="20" ry="15"/><ellipse class="cell-shape__dip" cx="10" cy="8" rx="8" ry="5"/>"#,
    // Platelets: small irregular fragments.
    r#"<path class="cell-shape cell-shape--platelet" d="M-22 -8 l8 -6 l9 3 l-2 9 l-10 3 z"/><path class="cell-shape cell-shape--platelet" d="M4 -16 l10 -2 l6 7 l-6 7 l-9 -3 z"/><path class="cell-shape cell-shape--platelet" d="M-6 8 l9 -2 l7 6 l-4 8 l-10 0 z"/>"#,
    // A white cell: round, with a lobed nucleus.
    r#"<circle class="cell-shape cell-shape--white" r="24"/><path class="cell-shape__nucleus" d="M-12 -4 a7 7 0 1 1 10 -4 a7 7 0 1 1 10 6 a7 7 0 1 1 -6 10 a7 7 0 1 1 -14 -12 z"/>"#,
    // A neutrophil: a nucleus in several linked lobes.
    r#"<circle class="cell-shape cell-shape--white" r="24"/><circle class="cell-shape__nucleus" cx="-9" cy="-3" r="6"/><circle class="cell-shape__nucleus" cx="3" cy="-8" r="6"/><circle class="cell-shape__nucleus" cx="9" cy="5" r="6"/>"#,
    // A T-cell: small, with a large round nucleus.
    r#"<circle class="cell-shape cell-shape--white" r="20"/><circle class="cell-shape__nucleus" r="14"/>"#,
];

use leptos::prelude::*;

use crate::cells::explorer::{CellName, CellWords};

/// Where each cell sits in the drawing (viewBox 0 0 460 400): the stem cell in
/// the marrow at the top, the three families below it, and two kinds of white
/// cell below the white cells. Same order as the content's cells.
const POSITIONS: [(i32, i32); 6] = [(230, 56), (75, 200), (225, 200), (375, 200), (310, 322), (415, 322)];
/// From a cell's centre: its outline's radius, and where its label sits.
const RADIUS: i32 = 34;
const LABEL_DROP: i32 = 54;

/// Lines from maker to made: the stem cell makes the three families; white
/// cells include neutrophils and T-cells.
const LINKS: [(usize, usize); 5] = [(0, 1), (0, 2), (0, 3), (3, 4), (3, 5)];

/// The diagram of the blood-cell explorer. It is a picture for pointer and
/// touch: each cell chooses itself when clicked or tapped. Keyboard and screen
/// reader users choose with the buttons beside it, which carry the same names,
/// so the drawing itself is hidden from assistive technology.
#[component]
pub fn CellDiagram(
    cells: &'static [CellName],
    words: CellWords,
    selected: RwSignal<usize>,
    on_choose: Callback<usize>,
) -> impl IntoView {
    let text = words;
    let links = LINKS
        .iter()
        .map(|&(from, to)| {
            let ((x1, y1), (x2, y2)) = (POSITIONS[from], POSITIONS[to]);
            // From under the maker's label to the top of the cell it makes.
            view! { <line class="cell-diagram__link" x1=x1 y1={y1 + LABEL_DROP + 8} x2=x2 y2={y2 - RADIUS - 4} marker-end="url(#cell-diagram-arrow)"/> }
        })
        .collect_view();
    let cells = cells
        .iter()
        .zip(POSITIONS)
        .enumerate()
        .map(|(index, (cell, (x, y)))| {
            view! {
                <g
                    class=format!("cell-diagram__cell cell-diagram__cell--{}", cell.id)
                    class:is-selected=move || selected.get() == index
                    data-cell=cell.id
                    on:click=move |_| on_choose.run(index)
                >
                    <circle class="cell-diagram__halo" cx=x cy=y r=RADIUS/>
                    <g transform=format!("translate({x} {y})") inner_html=CELL_SHAPES[index]></g>
                    <text class="cell-diagram__label" x=x y={y + LABEL_DROP} text-anchor="middle">{cell.label}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="cell-diagram" viewBox="0 0 460 400" aria-hidden="true" focusable="false">
            <defs>
                <marker id="cell-diagram-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0 0 L10 5 L0 10 z" class="cell-diagram__arrowhead"/>
                </marker>
            </defs>
            <rect class="cell-diagram__marrow" x="2" y="2" width="456" height="124" rx="14"/>
            <text class="cell-diagram__zone-label" x="14" y="28">{text.marrow_label}</text>
            <rect class="cell-diagram__blood" x="2" y="134" width="456" height="264" rx="14"/>
            <text class="cell-diagram__zone-label" x="14" y="388">{text.blood_label}</text>
            {links}
            {cells}
        </svg>
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

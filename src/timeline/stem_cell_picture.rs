use leptos::prelude::*;

use crate::content::use_content;
use crate::content::StemCellScene;

/// The three places a stem cell can be during treatment, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Marrow,
    Blood,
    Store,
}

impl Place {
    const ALL: [Place; 3] = [Place::Marrow, Place::Blood, Place::Store];

    fn centre_x(self) -> i32 {
        match self {
            Place::Marrow => 50,
            Place::Blood => 150,
            Place::Store => 250,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Place::Marrow => "picture-zone picture-zone--marrow",
            Place::Blood => "picture-zone picture-zone--blood",
            Place::Store => "picture-zone picture-zone--store",
        }
    }
}

/// What the picture draws for a scene.
struct Layout {
    cells_in: Place,
    moved_from: Option<Place>,
    /// New blood cells drawn in the blood: a first few as the returned cells
    /// start making them, then more as they refill the body.
    new_cells: usize,
    chemotherapy: bool,
    /// From the chemotherapy on, the marrow's own cells are drawn faded.
    after_chemotherapy: bool,
}

impl Layout {
    /// Whether the drawing puts any cells in a panel: the marrow always keeps
    /// its own; the blood and the freezer are empty at some steps.
    fn shows_cells_in(&self, place: Place) -> bool {
        match place {
            Place::Marrow => true,
            Place::Blood => self.cells_in == Place::Blood || self.new_cells > 0,
            Place::Store => self.cells_in == Place::Store,
        }
    }
}

fn layout(scene: StemCellScene) -> Layout {
    use StemCellScene::*;
    let (cells_in, moved_from) = match scene {
        InMarrow | MarrowMakingNewCells => (Place::Marrow, None),
        MarrowToBlood => (Place::Blood, Some(Place::Marrow)),
        BloodToStore => (Place::Store, Some(Place::Blood)),
        InStore | InStoreDuringChemo => (Place::Store, None),
        StoreToBlood => (Place::Blood, Some(Place::Store)),
        BloodToMarrow => (Place::Marrow, Some(Place::Blood)),
    };
    Layout {
        cells_in,
        moved_from,
        new_cells: match scene {
            BloodToMarrow => 2,
            MarrowMakingNewCells => NEW_CELLS.len(),
            _ => 0,
        },
        chemotherapy: scene == InStoreDuringChemo,
        after_chemotherapy: matches!(scene, InStoreDuringChemo | StoreToBlood | BloodToMarrow | MarrowMakingNewCells),
    }
}

// Whole numbers: float formatting would add to the WebAssembly. The panels
// fill the drawing's width, each a third of it, so that the labels under the
// drawing (HTML, in three equal columns) sit under their panels at any size.
const ZONE_TOP: i32 = 30;
const ZONE_WIDTH: i32 = 92;
const ZONE_HEIGHT: i32 = 70;
const CELL_Y: i32 = 65;

/// Where the marrow's own stem cells stay, around the panel's centre: most of
/// them stay in the marrow whichever step the reader is at.
const STAYING: [(i32, i32); 5] = [(-32, -20), (30, -22), (-34, 20), (32, 18), (0, 26)];
/// New blood cells, around the centre of the blood panel.
const NEW_CELLS: [(i32, i32); 5] = [(-30, -18), (26, -20), (-34, 16), (30, 18), (-4, 24)];
/// The cells that move: three, near the centre of the panel they are in.
const MOVING: [(i32, i32); 3] = [(-12, -8), (11, -10), (0, 10)];

/// A schematic of where the stem cells are at one step, drawn by the app:
/// three panels (marrow, blood, freezer), the cells that move and where they
/// came from, and the marrow's own cells, which stay. The panels' names are
/// text under the drawing, so they grow with the reader's text size and wrap;
/// the caption says it all in words.
#[component]
pub fn StemCellPicture(index: usize) -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let step = &content.steps[index];
    let caption_id = format!("step-{}-scene", step.id);
    let layout = layout(step.scene);

    let zones = Place::ALL
        .iter()
        .map(|&place| {
            let reduced = layout.chemotherapy && place != Place::Store;
            view! {
                <rect
                    class=place.class()
                    class:picture-zone--reduced=reduced
                    x=place.centre_x() - ZONE_WIDTH / 2
                    y=ZONE_TOP
                    width=ZONE_WIDTH
                    height=ZONE_HEIGHT
                    rx="12"
                ></rect>
            }
        })
        .collect_view();

    let marrow_x = Place::Marrow.centre_x();
    let staying = STAYING
        .iter()
        .map(|(dx, dy)| {
            view! {
                <circle
                    class="stem-cell stem-cell--staying"
                    class:stem-cell--reduced=layout.after_chemotherapy
                    cx=marrow_x + dx
                    cy=CELL_Y + dy
                    r="6"
                ></circle>
            }
        })
        .collect_view();

    let cx = layout.cells_in.centre_x();
    let moving = MOVING
        .iter()
        .map(|(dx, dy)| view! { <circle class="stem-cell" cx=cx + dx cy=CELL_Y + dy r="9"></circle> })
        .collect_view();

    let bx = Place::Blood.centre_x();
    let new_cells = NEW_CELLS
        .iter()
        .take(layout.new_cells)
        .map(|(dx, dy)| view! { <circle class="new-cell" cx=bx + dx cy=CELL_Y + dy r="5"></circle> })
        .collect_view();

    let arrow = layout.moved_from.map(|from| {
        let (x1, x2) = (from.centre_x(), cx);
        let mid = (x1 + x2) / 2;
        let head = if x2 > x1 { -1 } else { 1 };
        view! {
            <path class="picture-arrow" d=format!("M{x1} 26 Q{mid} 0 {x2} 24")></path>
            <path
                class="picture-arrow-head"
                d=format!("M{x2} 27 l{} -11 l{} 3 z", head * 4, head * 10)
            ></path>
        }
    });

    // Each panel's name, and under an empty panel, a word that it is empty
    // on purpose (the caption says where the cells are instead).
    let names = Place::ALL
        .iter()
        .map(|&place| {
            let (name, modifier) = match place {
                Place::Marrow => (labels.marrow, "marrow"),
                Place::Blood => (labels.blood, "blood"),
                Place::Store => (labels.store, "store"),
            };
            let empty = (!layout.shows_cells_in(place))
                .then(|| view! { " "<span class="picture__zone-empty">{labels.picture_zone_empty}</span> });
            view! {
                <span class=format!("picture__zone-name picture__zone-name--{modifier}")>
                    <span class="picture__zone-text">
                        <span class="picture__zone-word">{name}</span>
                        {empty}
                    </span>
                </span>
            }
        })
        .collect_view();

    // The picture is named by its title alone: the rest of the caption is
    // read as the figure's text, and would otherwise be heard again as the
    // picture's name.
    let title_id = format!("{caption_id}-title");
    let labelled_by = title_id.clone();
    view! {
        <figure class="picture picture--scene">
            <figcaption id=caption_id>
                <span class="picture__title" id=title_id>{labels.picture_heading}</span>
                " "
                <span class="picture__text">{step.scene_text}</span>
            </figcaption>
            <svg
                class="picture__svg"
                viewBox="0 0 300 104"
                role="img"
                aria-labelledby=labelled_by
                focusable="false"
            >
                {zones}
                {staying}
                {new_cells}
                {moving}
                {arrow}
            </svg>
            // The caption says where the cells are; these only name the panels.
            <p class="picture__zone-names" aria-hidden="true">{names}</p>
        </figure>
    }
}

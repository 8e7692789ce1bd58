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
    new_cells: bool,
    chemotherapy: bool,
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
    Layout { cells_in, moved_from, new_cells: scene == MarrowMakingNewCells, chemotherapy: scene == InStoreDuringChemo }
}

// Whole numbers: float formatting would add to the WebAssembly.
const ZONE_TOP: i32 = 34;
const ZONE_SIZE: i32 = 76;
const CELL_Y: i32 = 72;

/// A schematic of where the stem cells are at one step, drawn by the app.
/// Its caption says the same in words.
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
            let label = match place {
                Place::Marrow => labels.marrow,
                Place::Blood => labels.blood,
                Place::Store => labels.store,
            };
            let reduced = layout.chemotherapy && place != Place::Store;
            let x = place.centre_x();
            view! {
                <rect
                    class=place.class()
                    class:picture-zone--reduced=reduced
                    x=x - ZONE_SIZE / 2
                    y=ZONE_TOP
                    width=ZONE_SIZE
                    height=ZONE_SIZE
                    rx="14"
                ></rect>
                <text class="picture-label" x=x y="132" text-anchor="middle">{label}</text>
            }
        })
        .collect_view();

    let cx = layout.cells_in.centre_x();
    let cells = [(-12, -8), (11, -10), (0, 11)]
        .iter()
        .map(|(dx, dy)| view! { <circle class="stem-cell" cx=cx + dx cy=CELL_Y + dy r="9"></circle> })
        .collect_view();

    let new_cells = layout.new_cells.then(|| {
        let bx = Place::Blood.centre_x();
        [(-22, -18), (18, -22), (-8, 6), (22, 14), (-20, 22)]
            .iter()
            .map(|(dx, dy)| view! { <circle class="new-cell" cx=bx + dx cy=CELL_Y + dy r="5"></circle> })
            .collect_view()
    });

    let arrow = layout.moved_from.map(|from| {
        let (x1, x2) = (from.centre_x(), cx);
        let mid = (x1 + x2) / 2;
        let head = if x2 > x1 { -1 } else { 1 };
        view! {
            <path class="picture-arrow" d=format!("M{x1} 30 Q{mid} 2 {x2} 28")></path>
            <path
                class="picture-arrow-head"
                d=format!("M{x2} 31 l{} -11 l{} 3 z", head * 4, head * 10)
            ></path>
        }
    });

    let labelled_by = caption_id.clone();
    view! {
        <figure class="picture picture--scene">
            <figcaption id=caption_id>
                <span class="picture__title">{labels.picture_heading}</span>
                " "
                <span class="picture__text">{step.scene_text}</span>
            </figcaption>
            <svg
                class="picture__svg"
                viewBox="0 0 300 140"
                role="img"
                aria-labelledby=labelled_by
                focusable="false"
            >
                {zones}
                {new_cells}
                {cells}
                {arrow}
            </svg>
        </figure>
    }
}

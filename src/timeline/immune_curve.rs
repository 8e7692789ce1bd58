use leptos::prelude::*;

use crate::content::use_content;

// Whole numbers throughout: the picture needs no finer grain, and float
// formatting would add to the WebAssembly.
// The level names sit inside the plot, just above their lines, where the
// curve never runs: text there can grow with the reader's text size (up to
// about 22 units, `--picture-text`) without running out of the drawing.
const LEFT: i32 = 16;
const RIGHT: i32 = 304;
const TOP: i32 = 32;
const BOTTOM: i32 = 112;
/// Half the widest "This step" label at the largest text size, to keep it inside.
const HERE_LABEL_HALF_WIDTH: i32 = 56;

fn x_of(index: usize, count: usize) -> i32 {
    LEFT + (RIGHT - LEFT) * index as i32 / (count.max(2) - 1) as i32
}

fn y_of(level: u8) -> i32 {
    BOTTOM - (BOTTOM - TOP) * i32::from(level.min(100)) / 100
}

/// A schematic curve of white-cell levels across the whole timeline, with
/// this step marked. Labelled as an illustration, never patient data. The
/// low runs from step 6 to step 7, until new cells appear (the fact sheet
/// gives no exact timing): the levels are the steps' `immune_level`.
#[component]
pub fn ImmuneCurve(index: usize) -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let steps = content.steps;
    let count = steps.len();
    let step = &steps[index];
    let caption_id = format!("step-{}-curve", step.id);

    let points = steps
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{},{}", x_of(i, count), y_of(s.immune_level)))
        .collect::<Vec<_>>()
        .join(" ");
    let (here_x, here_y) = (x_of(index, count), y_of(step.immune_level));
    // Keep the "This step" label inside the picture at both ends.
    let label_x = here_x.clamp(LEFT + HERE_LABEL_HALF_WIDTH, RIGHT - HERE_LABEL_HALF_WIDTH);

    let step_numbers = (0..count)
        .map(|i| {
            view! {
                <text
                    class="curve-step-number"
                    class:curve-step-number--current=i == index
                    x=x_of(i, count)
                    y=BOTTOM + 20
                    text-anchor="middle"
                >
                    {i + 1}
                </text>
            }
        })
        .collect_view();

    // The picture is named by its title alone: the rest of the caption is
    // read as the figure's text, and would otherwise be heard again as the
    // picture's name.
    let title_id = format!("{caption_id}-title");
    let labelled_by = title_id.clone();
    view! {
        <figure class="picture picture--curve">
            <figcaption id=caption_id>
                <span class="picture__title" id=title_id>{labels.curve_title}</span>
                " "
                <span class="picture__disclaimer">{labels.curve_disclaimer}</span>
                " "
                <span class="picture__text">{labels.curve_summary}</span>
                " "
                <span class="picture__text picture__text--now">
                    {content.step_count_text(index + 1)}": "{step.immune_text}
                </span>
            </figcaption>
            <svg
                class="picture__svg"
                viewBox="0 0 320 166"
                role="img"
                aria-labelledby=labelled_by
                focusable="false"
            >
                <line class="curve-axis" x1=LEFT y1=BOTTOM x2=RIGHT y2=BOTTOM></line>
                <line class="curve-usual" x1=LEFT y1=TOP x2=RIGHT y2=TOP></line>
                <text class="curve-axis-label" x=LEFT + 2 y=TOP - 7>
                    {labels.curve_usual}
                </text>
                <text class="curve-axis-label" x=LEFT + 2 y=BOTTOM - 7>
                    {labels.curve_low}
                </text>
                <polyline class="curve-line" points=points></polyline>
                <line class="curve-here" x1=here_x y1=TOP - 6 x2=here_x y2=BOTTOM></line>
                <circle class="curve-marker" cx=here_x cy=here_y r="7"></circle>
                {step_numbers}
                <text class="curve-here-label" x=label_x y="160" text-anchor="middle">
                    {labels.curve_you_are_here}
                </text>
            </svg>
        </figure>
    }
}

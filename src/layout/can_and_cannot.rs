use leptos::prelude::*;

use crate::content::use_content;
use crate::content::Para;
use crate::layout::rich_text::ParaText;

/// What aHSCT aims to do and what it cannot do, side by side on a wide screen
/// and one after the other on a narrow one.
#[component]
pub fn CanAndCannot(unit: &'static str) -> impl IntoView {
    let text = &use_content().can_and_cannot;
    view! {
        <div class="can-and-cannot">
            <Column modifier="can" heading=text.can_heading items=text.can unit=unit/>
            <Column modifier="cannot" heading=text.cannot_heading items=text.cannot unit=unit/>
        </div>
    }
}

#[component]
fn Column(modifier: &'static str, heading: &'static str, items: &'static [Para], unit: &'static str) -> impl IntoView {
    view! {
        <div class=format!("can-and-cannot__column can-and-cannot__column--{modifier}")>
            <h3>{heading}</h3>
            <ul>
                {items.iter().map(|item| view! { <li><ParaText para=*item unit=unit/></li> }).collect_view()}
            </ul>
        </div>
    }
}

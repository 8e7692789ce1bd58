use leptos::prelude::*;

use crate::content::CallTeam;
use crate::layout::rich_text::Paras;

/// "When to call your team", set apart as NHS.UK sets
/// apart its urgent care cards: the same words in the risks section, in the
/// step after going home, and in the short version. `unit` names the part of
/// the page it sits in, for its heading's id and for the glossary (a term is
/// explained once in each part); `heading_level` (3, or 4 under an h3) fits
/// it under the headings around it. It stands last in its part, as what
/// follows a heading is read as the heading's own.
#[component]
pub fn CallTeamNotice(call_team: CallTeam, unit: &'static str, heading_level: u8) -> impl IntoView {
    let heading_id = format!("call-team-{unit}");
    let text = call_team.heading;
    let heading = match heading_level {
        3 => view! { <h3 class="call-team__heading" id=heading_id>{text}</h3> }.into_any(),
        _ => view! { <h4 class="call-team__heading" id=heading_id>{text}</h4> }.into_any(),
    };
    view! {
        <div class="call-team" role="note" aria-labelledby=format!("call-team-{unit}")>
            {heading}
            <Paras paras=call_team.paras unit=unit/>
        </div>
    }
}

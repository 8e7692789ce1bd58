use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::content::{Block, Para};
use crate::glossary::marked_text::MarkedText;
use crate::layout::call_team::CallTeamNotice;
use crate::sources::citations::Citations;

/// Paragraphs and lists, each with its source numbers. `unit` names the part
/// of the page they belong to (a section or a step), where each glossary term
/// is explained once.
#[component]
pub fn Blocks(blocks: &'static [Block], unit: &'static str) -> impl IntoView {
    blocks
        .iter()
        .map(|block| match block {
            Block::Para(para) => EitherOf3::A(view! { <p><ParaText para=*para unit=unit/></p> }),
            Block::List(items) => EitherOf3::B(view! {
                <ul>
                    {items.iter().map(|item| view! { <li><ParaText para=*item unit=unit/></li> }).collect_view()}
                </ul>
            }),
            // Inside a section, under its h2.
            Block::CallTeam(call_team) => {
                EitherOf3::C(view! { <CallTeamNotice call_team=*call_team unit=unit heading_level=3/> })
            }
        })
        .collect_view()
}

/// Paragraphs without a wrapper, as the fields of a timeline step use them.
#[component]
pub fn Paras(paras: &'static [Para], unit: &'static str) -> impl IntoView {
    paras.iter().map(|para| view! { <p><ParaText para=*para unit=unit/></p> }).collect_view()
}

#[component]
pub fn ParaText(para: Para, unit: &'static str) -> impl IntoView {
    view! {
        <MarkedText text=para.text unit=unit/>
        <Citations cites=para.cites/>
    }
}

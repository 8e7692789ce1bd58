use leptos::either::Either;
use leptos::prelude::*;

use crate::components::citations::Citations;
use crate::content::{Block, Para};

/// Paragraphs and lists, each with its source numbers.
#[component]
pub fn Blocks(blocks: &'static [Block]) -> impl IntoView {
    blocks
        .iter()
        .map(|block| match block {
            Block::Para(para) => Either::Left(view! { <p><ParaText para=*para/></p> }),
            Block::List(items) => Either::Right(view! {
                <ul>
                    {items.iter().map(|item| view! { <li><ParaText para=*item/></li> }).collect_view()}
                </ul>
            }),
        })
        .collect_view()
}

/// Paragraphs without a wrapper, as the fields of a timeline step use them.
#[component]
pub fn Paras(paras: &'static [Para]) -> impl IntoView {
    paras
        .iter()
        .map(|para| view! { <p><ParaText para=*para/></p> })
        .collect_view()
}

#[component]
pub fn ParaText(para: Para) -> impl IntoView {
    view! {
        {para.text}
        <Citations cites=para.cites/>
    }
}

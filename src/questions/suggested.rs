use leptos::prelude::*;

use crate::content::use_content;
use crate::glossary::marked_text::MarkedText;
use crate::glossary::markup;
use crate::platform::dom;
use crate::questions::state::use_questions;

/// The suggested questions in their groups, each with a box to tick it onto
/// the reader's list. The words sit beside the box, not in a `<label>`,
/// because they may hold a glossary term's button; clicking them still ticks.
#[component]
pub fn SuggestedQuestions(unit: &'static str) -> impl IntoView {
    let text = &use_content().questions;
    let questions = use_questions();
    let groups = text
        .groups
        .iter()
        .map(|group| {
            let items = group
                .questions
                .iter()
                .map(|question| {
                    let id = question.id;
                    let box_id = format!("question-{id}");
                    let text_id = format!("question-{id}-text");
                    let is_ticked = move || questions.list.with(|list| list.has_suggested(id));
                    let set_ticked = move |ticked: bool| {
                        questions.change(|list| {
                            if ticked {
                                list.add_suggested(id, &markup::plain(question.text));
                            } else {
                                list.remove_suggested(id);
                            }
                        })
                    };
                    let click_words = move |event: leptos::ev::MouseEvent| {
                        if !dom::event_started_inside(&event, ".term") {
                            set_ticked(!is_ticked());
                        }
                    };
                    view! {
                        <li class="suggested-question">
                            <input
                                type="checkbox"
                                class="suggested-question__box"
                                id=box_id
                                aria-labelledby=text_id.clone()
                                prop:checked=is_ticked
                                on:change=move |event| set_ticked(event_target_checked(&event))
                            />
                            <span class="suggested-question__text" id=text_id on:click=click_words>
                                <MarkedText text=question.text unit=unit/>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4 class="suggested-questions__group">{group.heading}</h4>
                <ul class="suggested-questions__list">{items}</ul>
            }
        })
        .collect_view();
    view! {
        <div class="suggested-questions">
            <h3>{text.suggested_heading}</h3>
            {groups}
        </div>
    }
}

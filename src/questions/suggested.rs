use leptos::prelude::*;

use crate::platform::dom;
use crate::questions::state::use_questions;

/// One suggested question's box, which ticks it onto the reader's list, and
/// its words (the island's children). The words sit beside the box, not in a
/// `<label>`, because they may hold a glossary term's button; clicking them
/// still ticks. The list takes this release's text for the id from the page's
/// catalog (`QuestionsState`). The list item around it is the page's, so that
/// the list holds only its items.
#[island]
pub fn SuggestedQuestion(id: String, children: Children) -> impl IntoView {
    let questions = use_questions();
    let Some(&(known_id, text)) = questions.catalog().questions.iter().find(|(known, _)| *known == id) else {
        // Hydrating is then refused: the page's own box stays, as without scripts.
        panic!("the question \"{id}\" is not in the page's list of questions");
    };
    let is_ticked = move || questions.list.with(|list| list.has_suggested(known_id));
    let set_ticked = move |ticked: bool| {
        questions.change(|list| {
            if ticked {
                list.add_suggested(known_id, text);
            } else {
                list.remove_suggested(known_id);
            }
        })
    };
    let click_words = move |event: leptos::ev::MouseEvent| {
        if !dom::event_started_inside(&event, ".term") {
            set_ticked(!is_ticked());
        }
    };
    view! {
        <input
            type="checkbox"
            class="suggested-question__box"
            id=format!("question-{id}")
            aria-labelledby=format!("question-{id}-text")
            prop:checked=is_ticked
            on:change=move |event| set_ticked(event_target_checked(&event))
        />
        <span class="suggested-question__text" id=format!("question-{id}-text") on:click=click_words>
            {children()}
        </span>
    }
}

/// The suggested questions in their groups, as the page is rendered (build time).
#[cfg(not(target_arch = "wasm32"))]
pub use build::SuggestedQuestions;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use leptos::prelude::*;

    use super::SuggestedQuestion;
    use crate::content::use_content;
    use crate::glossary::marked_text::MarkedText;
    use crate::questions::list_count::ListCount;
    use crate::questions::state::{use_questions, CatalogPageData};

    #[component]
    pub fn SuggestedQuestions(unit: &'static str) -> impl IntoView {
        let text = &use_content().questions;
        let groups = text
            .groups
            .iter()
            .map(|group| {
                let items = group
                    .questions
                    .iter()
                    .map(|question| {
                        let id = question.id;
                        view! {
                            <li class="suggested-question" data-question=id>
                                <SuggestedQuestion id=id.to_owned()>
                                    <MarkedText text=question.text unit=unit/>
                                </SuggestedQuestion>
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
        // The questions as plain text, read once by the browser's entry into
        // the shared state that the boxes and the reader's list follow.
        let catalog = CatalogPageData::of(use_questions().catalog()).to_json();
        view! {
            <div class="suggested-questions" data-question-catalog=catalog>
                <h3>{text.suggested_heading}</h3>
                {groups}
                <ListCount count=text.list_count.to_owned() go_to_list=text.go_to_list.to_owned()/>
            </div>
        }
    }
}

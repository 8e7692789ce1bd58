#[cfg(not(target_arch = "wasm32"))]
use {
    crate::content::use_content, crate::glossary::marked_text::MarkedText, crate::questions::list_count::ListCount,
    leptos::prelude::*,
};
#[cfg(target_arch = "wasm32")]
use {
    crate::islands::bind::{self, Island},
    crate::platform::dom,
    crate::questions::state::use_questions,
};

/// The suggested questions in their groups, as the page is rendered. Each
/// question is an island with a box to tick it onto the reader's list.
#[cfg(not(target_arch = "wasm32"))]
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
                        <SuggestedQuestion id=id>
                            <span class="suggested-question__text" id=format!("question-{id}-text")>
                                <MarkedText text=question.text unit=unit/>
                            </span>
                        </SuggestedQuestion>
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
            <ListCount count=text.list_count.to_owned() go_to_list=text.go_to_list.to_owned()/>
        </div>
    }
}

/// One suggested question and its box. The words sit beside the box, not in
/// a `<label>`, because they may hold a glossary term's button; clicking them
/// still ticks (`bind`). The list takes this release's text for the id from
/// the page's catalog (`QuestionsState`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn SuggestedQuestion(id: &'static str, children: Children) -> impl IntoView {
    view! {
        <li class="suggested-question" data-island="suggestion" data-question=id>
            <input
                type="checkbox"
                class="suggested-question__box"
                id=format!("question-{id}")
                aria-labelledby=format!("question-{id}-text")
            />
            {children()}
        </li>
    }
}

/// The box ticks the question onto the reader's list, and so do its words.
#[cfg(target_arch = "wasm32")]
pub fn bind(island: &Island) -> Result<(), String> {
    use crate::reactive::prelude::*;

    let questions = use_questions();
    let id = island.attribute("data-question")?;
    let id: &'static str = questions
        .catalog()
        .questions
        .iter()
        .map(|(known, _)| *known)
        .find(|known| *known == id)
        .ok_or_else(|| format!("the question \"{id}\" is not in the page's list of questions"))?;
    let tick_box = island.find::<web_sys::HtmlInputElement>(".suggested-question__box")?;
    let is_ticked = move || questions.list.with(|list| list.has_suggested(id));
    let set_ticked = move |ticked: bool| {
        let text = questions.catalog().text(id).unwrap_or_default();
        questions.change(|list| {
            if ticked {
                list.add_suggested(id, text);
            } else {
                list.remove_suggested(id);
            }
        })
    };
    bind::checked(&tick_box, is_ticked);
    let changed = tick_box.clone();
    bind::on(&tick_box, "change", move |_| set_ticked(changed.checked()));
    bind::on(&island.root, "click", move |event| {
        if dom::event_started_inside(&event, ".suggested-question__text") && !dom::event_started_inside(&event, ".term")
        {
            set_ticked(!is_ticked());
        }
    });
    Ok(())
}

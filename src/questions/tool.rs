use leptos::prelude::*;

use crate::content::use_content;
use crate::questions::my_list::MyQuestions;
use crate::questions::suggested::SuggestedQuestions;

/// Questions for the reader's MS team: the suggestions to tick, and their own
/// list to add to, order, print, copy and clear. Kept on this device only.
#[component]
pub fn QuestionsTool(unit: &'static str) -> impl IntoView {
    let content = use_content();
    view! {
        <p class="questions__privacy">{content.questions.privacy}</p>
        <SuggestedQuestions unit=unit/>
        <MyQuestions content=content/>
    }
}

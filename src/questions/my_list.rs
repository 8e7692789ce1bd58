use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::Content;
use crate::islands::words;
use crate::questions::add_form::AddQuestionForm;
use crate::questions::earlier_list::EarlierList;
use crate::questions::list_actions::QuestionListActions;
use crate::questions::state::use_questions;

crate::island_words! {
    /// The words of the reader's list, its form and its actions.
    pub struct QuestionWords {
        list_heading, empty, move_up, move_down, remove,
        /// Completes a button's name for screen readers: "Move up" + " question 2".
        question_word,
        add_label,
        /// "Up to {max} characters."
        add_hint,
        add_button, add_empty_error,
        /// Said before an error message, for screen readers ("Error:").
        error_prefix,
        print, copy, clear,
        /// "Clear all {n} questions from your list? This cannot be undone."
        clear_confirm,
        clear_yes, clear_no, cleared, added, removed, moved, copied, copy_yourself,
        /// The title of the printed and copied list.
        printed_title,
        unreadable, show_earlier, earlier_label, delete_earlier, cannot_save, changed_elsewhere,
        /// The notice, printed under the list when it is printed alone.
        notice_line,
    }
}

impl QuestionWords {
    pub fn from_content(content: &Content) -> Self {
        let q = &content.questions;
        Self {
            list_heading: q.list_heading,
            empty: q.empty,
            move_up: q.move_up,
            move_down: q.move_down,
            remove: q.remove,
            question_word: q.question_word,
            add_label: q.add_label,
            add_hint: q.add_hint,
            add_button: q.add_button,
            add_empty_error: q.add_empty_error,
            error_prefix: q.error_prefix,
            print: q.print,
            copy: q.copy,
            clear: q.clear,
            clear_confirm: q.clear_confirm,
            clear_yes: q.clear_yes,
            clear_no: q.clear_no,
            cleared: q.cleared,
            added: q.added,
            removed: q.removed,
            moved: q.moved,
            copied: q.copied,
            copy_yourself: q.copy_yourself,
            printed_title: q.printed_title,
            unreadable: q.unreadable,
            show_earlier: q.show_earlier,
            earlier_label: q.earlier_label,
            delete_earlier: q.delete_earlier,
            cannot_save: q.cannot_save,
            changed_elsewhere: q.changed_elsewhere,
            notice_line: content.labels.notice_line,
        }
    }
}

/// The attributes that carry this release's suggested questions, as plain
/// text, and the retired ids with the ids that replaced them (`islands::words`).
pub const CATALOG_ATTRIBUTE: &str = "data-questions";
pub const REPLACED_ATTRIBUTE: &str = "data-replaced";

/// The list's heading: where the count beside the suggested questions leads.
pub const LIST_HEADING_ID: &str = "my-questions-heading";

fn button_id(index: usize, action: &str) -> String {
    format!("my-question-{index}-{action}")
}

/// The reader's own list: each question with buttons to move it up or down
/// or remove it, the form to add their own, and what they can do with it all.
#[component]
pub fn MyQuestions(words: QuestionWords) -> impl IntoView {
    let text = words;
    let labels = words;
    let questions = use_questions();
    let catalog = questions.catalog();
    // What screen readers hear after a change that moves nothing into view.
    let announcement = RwSignal::new(String::new());
    let heading = NodeRef::<leptos::html::H3>::new();
    let list_element = NodeRef::<leptos::html::Ol>::new();
    // After the list is cleared or emptied, the reader lands on its heading.
    let focus_heading = move || {
        if let Some(heading) = heading.get_untracked() {
            let _ = heading.focus();
        }
    };
    // A button of the question at `index`, found inside this list.
    let button = move |index: usize, action: &str| -> Option<web_sys::HtmlButtonElement> {
        list_element.get_untracked()?.query_selector(&format!("#{}", button_id(index, action))).ok()??.dyn_into().ok()
    };

    let move_question = move |index: usize, up: bool| {
        let mut moved_to = None;
        questions.change(|list| moved_to = if up { list.move_up(index) } else { list.move_down(index) });
        if let Some(place) = moved_to {
            announcement.set(text.moved.replace("{n}", &(place + 1).to_string()));
            // The same button on the question's new place, unless it can go no
            // further that way: then its other move button.
            let (same, other) = if up { ("up", "down") } else { ("down", "up") };
            request_animation_frame(move || {
                let target = button(place, same).filter(|b| !b.disabled()).or_else(|| button(place, other));
                if let Some(target) = target {
                    let _ = target.focus();
                }
            });
        }
    };
    let remove_question = move |index: usize| {
        questions.change(|list| list.remove(index));
        announcement.set(text.removed.to_owned());
        let remaining = questions.list.with_untracked(|list| list.len());
        request_animation_frame(move || {
            match remaining.checked_sub(1).and_then(|last| button(index.min(last), "remove")) {
                Some(next_remove) => {
                    let _ = next_remove.focus();
                }
                None => focus_heading(),
            }
        });
    };

    let items = move || {
        let list = questions.list.get();
        let count = list.len();
        list.items()
            .iter()
            .enumerate()
            .map(|(index, question)| {
                let number = format!(" {} {}", text.question_word, index + 1);
                let (up_suffix, down_suffix, remove_suffix) = (number.clone(), number.clone(), number);
                view! {
                    <li class="my-question" data-kind=if question.is_own() { "own" } else { "suggested" }>
                        <span class="my-question__text">{question.text().to_owned()}</span>
                        <span class="my-question__buttons">
                            <button type="button" class="button button--small" id=button_id(index, "up")
                                disabled=index == 0 on:click=move |_| move_question(index, true)>
                                {text.move_up}<span class="visually-hidden">{up_suffix}</span>
                            </button>
                            <button type="button" class="button button--small" id=button_id(index, "down")
                                disabled=index + 1 == count on:click=move |_| move_question(index, false)>
                                {text.move_down}<span class="visually-hidden">{down_suffix}</span>
                            </button>
                            <button type="button" class="button button--small button--quiet" id=button_id(index, "remove")
                                on:click=move |_| remove_question(index)>
                                {text.remove}<span class="visually-hidden">{remove_suffix}</span>
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };

    let notice = move || {
        let status = questions.status.get();
        let mut lines = Vec::new();
        if status.changed_elsewhere {
            lines.push(text.changed_elsewhere);
        } else {
            if status.unreadable_found.is_some() {
                lines.push(text.unreadable);
            }
            if status.not_kept.is_some() {
                lines.push(text.cannot_save);
            }
        }
        lines.join(" ")
    };

    view! {
        <div
            class="my-questions"
            role="region"
            aria-labelledby=LIST_HEADING_ID
            data-island="my-questions"
            data-words=words.encode()
            data-questions=words::encode(catalog.questions.iter().copied())
            data-replaced=words::encode(catalog.replaced.iter().copied())
        >
            <h3 id=LIST_HEADING_ID tabindex="-1" node_ref=heading>{text.list_heading}</h3>
            <p class="my-questions__notice" role="status" class:my-questions__notice--shown=move || !notice().is_empty()>
                {notice}
            </p>
            <EarlierList words=words on_deleted=Callback::new(move |_| focus_heading())/>
            <p class="my-questions__print-title">{text.printed_title}</p>
            <p class="my-questions__empty" hidden=move || !questions.list.with(|l| l.is_empty())>{text.empty}</p>
            <ol class="my-questions__list" node_ref=list_element>{items}</ol>
            <p class="visually-hidden my-questions__announce" aria-live="polite">{move || announcement.get()}</p>
            <AddQuestionForm words=words on_added=Callback::new(move |_| announcement.set(text.added.to_owned()))/>
            <QuestionListActions words=words on_cleared=Callback::new(move |_| focus_heading())/>
            <p class="my-questions__print-notice">{labels.notice_line}</p>
        </div>
    }
}

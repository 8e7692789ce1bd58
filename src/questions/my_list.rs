use leptos::prelude::*;

use crate::platform::dom;
use crate::questions::add_form::AddQuestionForm;
use crate::questions::earlier_list::EarlierList;
use crate::questions::list_actions::QuestionListActions;
use crate::questions::state::use_questions;

crate::platform::page_data::words_struct! {
    /// What the reader's list says, in the page's language.
    pub struct QuestionWords {
        pub list_heading: String,
        pub empty: String,
        pub move_up: String,
        pub move_down: String,
        pub remove: String,
        /// "Change the order" and "Finish changing the order".
        pub reorder: String,
        pub reorder_done: String,
        /// Completes a button's name for screen readers: "Move up" + " question 2".
        pub question_word: String,
        pub add_label: String,
        /// "Up to 300 characters."
        pub add_hint: String,
        pub add_button: String,
        pub add_empty_error: String,
        pub error_prefix: String,
        pub print: String,
        pub copy: String,
        pub clear: String,
        pub clear_confirm: String,
        pub clear_yes: String,
        pub clear_no: String,
        pub cleared: String,
        pub added: String,
        pub removed: String,
        pub moved: String,
        pub copied: String,
        pub copy_yourself: String,
        /// The title of the printed and copied list.
        pub printed_title: String,
        pub print_notice: String,
        pub unreadable: String,
        pub show_earlier: String,
        pub earlier_label: String,
        pub delete_earlier: String,
        pub cannot_save: String,
        pub changed_elsewhere: String,
    }
}

impl QuestionWords {
    /// The words for what the page says about keeping the reader's work.
    pub fn keeping(&self) -> crate::platform::kept::KeepingWords<'_> {
        crate::platform::kept::KeepingWords {
            changed_elsewhere: &self.changed_elsewhere,
            unreadable: &self.unreadable,
            cannot_save: &self.cannot_save,
        }
    }
}

/// The list's heading: where the count beside the suggested questions leads.
pub const LIST_HEADING_ID: &str = "my-questions-heading";

/// A button of a question in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Remove,
}

/// What the list's parts share: their words, what screen readers hear after
/// a change, where focus goes next, and the heading it falls back to.
#[derive(Clone, Copy)]
pub struct ListParts {
    pub words: StoredValue<QuestionWords>,
    pub announcement: RwSignal<String>,
    /// A question's button to focus once the list shows its change.
    pub focus_button: RwSignal<Option<(usize, Action)>>,
    pub heading: NodeRef<leptos::html::H3>,
}

impl ListParts {
    /// Says a change that moves nothing into view.
    pub fn announce(&self, said: String) {
        self.announcement.set(said);
    }

    /// After the list is cleared or emptied, the reader lands on its heading.
    pub fn focus_heading_soon(&self) {
        dom::focus_soon(self.heading);
    }

    pub fn word(&self, pick: impl FnOnce(&QuestionWords) -> &String) -> String {
        self.words.with_value(|words| pick(words).clone())
    }
}

/// The reader's own list: each question with buttons to move it up or down
/// or remove it, the form to add their own, and what they can do with it all.
/// Rendered empty: the list is the reader's, read in the browser.
#[island]
pub fn MyQuestions(words: QuestionWords) -> impl IntoView {
    let questions = use_questions();
    let parts = ListParts {
        words: StoredValue::new(words),
        announcement: RwSignal::new(String::new()),
        focus_button: RwSignal::new(None),
        heading: NodeRef::new(),
    };
    provide_context(parts);
    let word = move |pick: fn(&QuestionWords) -> &String| parts.word(pick);

    // Reordering: each question's Move up and Move down show only while the
    // reader changes the order, so a list on a phone stays short.
    let reordering = RwSignal::new(false);
    let can_reorder = move || questions.list.with(|list| list.len() >= 2);
    let reorder_label =
        move || word(if reordering.get() && can_reorder() { |w| &w.reorder_done } else { |w| &w.reorder });
    let notice = move || questions.status.with(|status| parts.words.with_value(|w| status.notice(w.keeping())));
    let items = move || questions.list.with(|list| list.items().iter().cloned().enumerate().collect::<Vec<_>>());
    view! {
        <div
            class="my-questions"
            class:my-questions--reordering=move || reordering.get() && can_reorder()
            role="region"
            aria-labelledby=LIST_HEADING_ID
        >
            <h3 id=LIST_HEADING_ID tabindex="-1" node_ref=parts.heading>{word(|w| &w.list_heading)}</h3>
            // Texts that change are set as properties (src/questions/list_count.rs says why).
            <p class="my-questions__notice" class:my-questions__notice--shown=move || !notice().is_empty() role="status" prop:textContent=notice></p>
            <EarlierList/>
            <p class="my-questions__print-title">{word(|w| &w.printed_title)}</p>
            <p class="my-questions__empty" hidden=move || questions.list.with(|list| !list.is_empty())>{word(|w| &w.empty)}</p>
            // Shown once the list has two questions: Move up and Move down
            // for each are then a tap away, and otherwise out of the way.
            <button
                type="button"
                class="button button--small my-questions__reorder"
                hidden=move || !can_reorder()
                on:click=move |_| reordering.set(!(reordering.get_untracked() && can_reorder()))
                prop:textContent=reorder_label
            >
                {word(|w| &w.reorder)}
            </button>
            <ol class="my-questions__list">
                <For each=items key=|(index, question)| (*index, question.clone()) let((index, question))>
                    <ListedQuestion index=index text=question.text().to_owned() own=question.is_own()/>
                </For>
            </ol>
            <p class="visually-hidden my-questions__announce" aria-live="polite" prop:textContent=move || parts.announcement.get()></p>
            <AddQuestionForm/>
            <QuestionListActions/>
            <p class="my-questions__print-notice">{word(|w| &w.print_notice)}</p>
        </div>
    }
}

/// One question in the reader's list, as plain text, with its buttons to
/// move it and remove it.
#[component]
fn ListedQuestion(index: usize, text: String, own: bool) -> impl IntoView {
    let questions = use_questions();
    let parts = expect_context::<ListParts>();
    let count = move || questions.list.with(|list| list.len());
    let number = format!(" {} {}", parts.word(|w| &w.question_word), index + 1);
    let button = move |action: Action, label: String, class: &'static str| {
        let this = NodeRef::<leptos::html::Button>::new();
        // Focus arrives here when the change the reader made leaves it on this button.
        Effect::new(move |_| {
            if parts.focus_button.get() == Some((index, action)) {
                if let Some(button) = this.get() {
                    parts.focus_button.set(None);
                    let _ = button.focus();
                }
            }
        });
        let disabled = move || match action {
            Action::Up => index == 0,
            Action::Down => index + 1 == count(),
            Action::Remove => false,
        };
        let name = match action {
            Action::Up => "up",
            Action::Down => "down",
            Action::Remove => "remove",
        };
        view! {
            <button
                type="button"
                class=class
                id=format!("my-question-{index}-{name}")
                data-action=name
                disabled=disabled
                node_ref=this
                on:click=move |_| act(parts, index, action)
            >
                {label}
                <span class="visually-hidden">{number.clone()}</span>
            </button>
        }
    };
    view! {
        <li class="my-question" data-kind=if own { "own" } else { "suggested" }>
            // The reader's own words take their own direction: English typed
            // on the Arabic page keeps its question mark at its end.
            <span class="my-question__text" dir="auto">{text}</span>
            <span class="my-question__buttons">
                {button(Action::Up, parts.word(|w| &w.move_up), "button button--small")}
                {button(Action::Down, parts.word(|w| &w.move_down), "button button--small")}
                {button(Action::Remove, parts.word(|w| &w.remove), "button button--small button--quiet")}
            </span>
        </li>
    }
}

/// Moves or removes a question, says so, and puts focus where the reader
/// expects it: on the same button at the question's new place (or its other
/// move button, at an end); after a removal, on the next question's Remove,
/// or on the heading once the list is empty.
fn act(parts: ListParts, index: usize, action: Action) {
    let questions = use_questions();
    match action {
        Action::Up | Action::Down => {
            let up = action == Action::Up;
            let mut moved_to = None;
            questions.change(|list| moved_to = if up { list.move_up(index) } else { list.move_down(index) });
            let Some(place) = moved_to else { return };
            parts.announce(parts.word(|w| &w.moved).replace("{n}", &(place + 1).to_string()));
            let last = questions.list.with_untracked(|list| list.len().saturating_sub(1));
            let at_end = if up { place == 0 } else { place == last };
            let (same, other) = if up { (Action::Up, Action::Down) } else { (Action::Down, Action::Up) };
            parts.focus_button.set(Some((place, if at_end { other } else { same })));
        }
        Action::Remove => {
            questions.change(|list| list.remove(index));
            parts.announce(parts.word(|w| &w.removed));
            match questions.list.with_untracked(|list| list.len()).checked_sub(1) {
                Some(last) => parts.focus_button.set(Some((index.min(last), Action::Remove))),
                None => parts.focus_heading_soon(),
            }
        }
    }
}

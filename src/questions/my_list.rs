#[cfg(not(target_arch = "wasm32"))]
use {
    crate::content::Content, crate::islands::words, crate::questions::add_form::AddQuestionForm,
    crate::questions::earlier_list::EarlierList, crate::questions::list_actions::QuestionListActions,
    crate::questions::state::use_questions, leptos::prelude::*,
};

crate::island_words! {
    /// What the reader's list shows or says in the browser, as it changes.
    pub struct QuestionWords {
        move_up, move_down, remove,
        /// "Change the order" and "Finish changing the order".
        reorder, reorder_done,
        /// Completes a button's name for screen readers: "Move up" + " question 2".
        question_word,
        cleared, added, removed, moved, copied,
        /// The title of the copied list.
        printed_title,
        unreadable, cannot_save, changed_elsewhere,
    }
}

impl QuestionWords {
    /// The words for what the page says about keeping the reader's work.
    pub fn keeping(&self) -> crate::platform::kept::KeepingWords<'static> {
        crate::platform::kept::KeepingWords {
            changed_elsewhere: self.changed_elsewhere,
            unreadable: self.unreadable,
            cannot_save: self.cannot_save,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl QuestionWords {
    pub fn from_content(content: &Content) -> Self {
        let q = &content.questions;
        Self {
            move_up: q.move_up,
            move_down: q.move_down,
            remove: q.remove,
            reorder: q.reorder,
            reorder_done: q.reorder_done,
            question_word: q.question_word,
            cleared: q.cleared,
            added: q.added,
            removed: q.removed,
            moved: q.moved,
            copied: q.copied,
            printed_title: q.printed_title,
            unreadable: q.unreadable,
            cannot_save: q.cannot_save,
            changed_elsewhere: q.changed_elsewhere,
        }
    }
}

/// The attributes that carry this release's suggested questions, as plain
/// text, and the retired ids with the ids that replaced them (`islands::words`).
pub const CATALOG_ATTRIBUTE: &str = "data-questions";
pub const REPLACED_ATTRIBUTE: &str = "data-replaced";

/// The list's heading: where the count beside the suggested questions leads.
pub const LIST_HEADING_ID: &str = "my-questions-heading";

/// The reader's own list: each question with buttons to move it up or down
/// or remove it, the form to add their own, and what they can do with it all.
/// Rendered empty: the list is the reader's, read in the browser. An island
/// (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn MyQuestions(content: &'static Content) -> impl IntoView {
    let text = &content.questions;
    let words = QuestionWords::from_content(content);
    let catalog = use_questions().catalog();
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
            <h3 id=LIST_HEADING_ID tabindex="-1">{text.list_heading}</h3>
            <p class="my-questions__notice" role="status"></p>
            <EarlierList show=text.show_earlier delete=text.delete_earlier label=text.earlier_label/>
            <p class="my-questions__print-title">{text.printed_title}</p>
            <p class="my-questions__empty">{text.empty}</p>
            // Shown once the list has two questions: Move up and Move down
            // for each are then a tap away, and otherwise out of the way.
            <button type="button" class="button button--small my-questions__reorder" hidden>
                {text.reorder}
            </button>
            <ol class="my-questions__list"></ol>
            <p class="visually-hidden my-questions__announce" aria-live="polite"></p>
            <AddQuestionForm text=text/>
            <QuestionListActions text=text/>
            <p class="my-questions__print-notice">{content.labels.notice_line}</p>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{bind, ListView};

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::platform::dom::request_animation_frame;
    use crate::reactive::prelude::*;
    use crate::reactive::RwSignal;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    use super::QuestionWords;
    use crate::islands::bind::{self, Island};
    use crate::platform::dom;
    use crate::questions::state::use_questions;
    use crate::questions::QuestionList;

    /// What the list's parts share: its words, what screen readers hear
    /// after a change, and where focus lands when the list is emptied.
    #[derive(Clone)]
    pub struct ListView {
        pub words: QuestionWords,
        announcement: Element,
        heading: HtmlElement,
    }

    impl ListView {
        /// Says a change that moves nothing into view.
        pub fn announce(&self, said: &str) {
            self.announcement.set_text_content(Some(said));
        }

        /// After the list is cleared or emptied, the reader lands on its heading.
        pub fn focus_heading_soon(&self) {
            let heading = self.heading.clone();
            request_animation_frame(move || {
                let _ = heading.focus();
            });
        }
    }

    pub fn bind(island: &Island) -> Result<(), String> {
        let words = QuestionWords::decode(&island.words()?).map_err(|e| e.to_string())?;
        let questions = use_questions();
        let view = ListView {
            words,
            announcement: island.find(".my-questions__announce")?,
            heading: island.find(&format!("#{}", super::LIST_HEADING_ID))?,
        };
        let list: Element = island.find(".my-questions__list")?;
        let empty: Element = island.find(".my-questions__empty")?;
        let reorder: Element = island.find(".my-questions__reorder")?;
        let notice: Element = island.find(".my-questions__notice")?;

        let shown = list.clone();
        crate::islands::effect(move || questions.list.with(|questions| show_list(&shown, questions, words)));
        bind::flag(&empty, "hidden", move || questions.list.with(|l| !l.is_empty()));

        // Reordering: each question's Move up and Move down show only while
        // the reader changes the order, so a list on a phone stays short.
        let reordering = RwSignal::new(false);
        let can_reorder = move || questions.list.with(|l| l.len() >= 2);
        bind::flag(&reorder, "hidden", move || !can_reorder());
        bind::class(&island.root, "my-questions--reordering", move || reordering.get() && can_reorder());
        bind::text(&reorder, move || {
            (if reordering.get() && can_reorder() { words.reorder_done } else { words.reorder }).to_owned()
        });
        bind::on(&reorder, "click", move |_| reordering.set(!(reordering.get_untracked() && can_reorder())));
        let notice_text = move || questions.status.with(|status| status.notice(words.keeping()));
        bind::text(&notice, notice_text);
        bind::class(&notice, "my-questions__notice--shown", move || !notice_text().is_empty());

        let moves = view.clone();
        let list_for_focus = list.clone();
        bind::on(&list, "click", move |event| {
            let Some(button) = dom::event_target_closest(&event, "button[data-action]") else { return };
            let index: usize = button.get_attribute("data-index").and_then(|i| i.parse().ok()).unwrap_or(usize::MAX);
            match button.get_attribute("data-action").as_deref() {
                Some(action @ ("up" | "down")) => move_question(&moves, &list_for_focus, index, action == "up"),
                Some("remove") => remove_question(&moves, &list_for_focus, index),
                _ => {}
            }
        });

        crate::questions::earlier_list::bind(island, view.clone())?;
        crate::questions::add_form::bind(island, view.clone())?;
        crate::questions::list_actions::bind(island, view)
    }

    fn move_question(view: &ListView, list: &Element, index: usize, up: bool) {
        let questions = use_questions();
        let mut moved_to = None;
        questions.change(|list| moved_to = if up { list.move_up(index) } else { list.move_down(index) });
        let Some(place) = moved_to else { return };
        view.announce(&view.words.moved.replace("{n}", &(place + 1).to_string()));
        // The same button on the question's new place, unless it can go no
        // further that way: then its other move button.
        let (same, other) = if up { ("up", "down") } else { ("down", "up") };
        let list = list.clone();
        request_animation_frame(move || {
            let target = button(&list, place, same).filter(|b| !b.disabled()).or_else(|| button(&list, place, other));
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }

    fn remove_question(view: &ListView, list: &Element, index: usize) {
        let questions = use_questions();
        questions.change(|list| list.remove(index));
        view.announce(view.words.removed);
        let remaining = questions.list.with_untracked(|list| list.len());
        let (list, view) = (list.clone(), view.clone());
        request_animation_frame(move || {
            match remaining.checked_sub(1).and_then(|last| button(&list, index.min(last), "remove")) {
                Some(next_remove) => {
                    let _ = next_remove.focus();
                }
                None => {
                    let _ = view.heading.focus();
                }
            }
        });
    }

    /// A button of the question at `index`, found inside this list.
    fn button(list: &Element, index: usize, action: &str) -> Option<web_sys::HtmlButtonElement> {
        list.query_selector(&format!("#my-question-{index}-{action}")).ok()??.dyn_into().ok()
    }

    /// The list's items, built again after each change: each question as
    /// plain text, with its buttons to move it and remove it.
    fn show_list(list: &Element, questions: &QuestionList, words: QuestionWords) {
        list.set_text_content(None);
        let count = questions.len();
        for (index, question) in questions.items().iter().enumerate() {
            let Some(item) = bind::element("li", "my-question") else { return };
            let _ = item.set_attribute("data-kind", if question.is_own() { "own" } else { "suggested" });
            let Some(text) = bind::element("span", "my-question__text") else { return };
            text.set_text_content(Some(question.text()));
            let Some(buttons) = bind::element("span", "my-question__buttons") else { return };
            let number = format!(" {} {}", words.question_word, index + 1);
            let actions = [
                ("up", words.move_up, "button button--small", index == 0),
                ("down", words.move_down, "button button--small", index + 1 == count),
                ("remove", words.remove, "button button--small button--quiet", false),
            ];
            for (action, label, class, disabled) in actions {
                let Some(button) = bind::element("button", class) else { return };
                let _ = button.set_attribute("type", "button");
                button.set_id(&format!("my-question-{index}-{action}"));
                let _ = button.set_attribute("data-action", action);
                let _ = button.set_attribute("data-index", &index.to_string());
                if disabled {
                    let _ = button.set_attribute("disabled", "");
                }
                button.set_text_content(Some(label));
                if let Some(hidden) = bind::element("span", "visually-hidden") {
                    hidden.set_text_content(Some(&number));
                    let _ = button.append_child(&hidden);
                }
                let _ = buttons.append_child(&button);
            }
            let _ = item.append_child(&text);
            let _ = item.append_child(&buttons);
            let _ = list.append_child(&item);
        }
    }
}

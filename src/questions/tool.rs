use leptos::prelude::*;

use crate::content::{use_content, Content};
use crate::questions::my_list::{MyQuestions, QuestionWords};
use crate::questions::suggested::SuggestedQuestions;
use crate::questions::MAX_QUESTION_CHARS;

/// Questions for the reader's MS team: the suggestions to tick, and their own
/// list to add to, order, print, copy and clear. Kept on this device only.
#[component]
pub fn QuestionsTool(unit: &'static str) -> impl IntoView {
    let content = use_content();
    view! {
        <p class="questions__privacy">{content.questions.privacy}</p>
        <SuggestedQuestions unit=unit/>
        <MyQuestions words=question_words(content)/>
    }
}

fn question_words(content: &Content) -> QuestionWords {
    let q = &content.questions;
    let own = |text: &str| text.to_owned();
    QuestionWords {
        list_heading: own(q.list_heading),
        empty: own(q.empty),
        move_up: own(q.move_up),
        move_down: own(q.move_down),
        remove: own(q.remove),
        reorder: own(q.reorder),
        reorder_done: own(q.reorder_done),
        question_word: own(q.question_word),
        add_label: own(q.add_label),
        add_hint: q.add_hint.replace("{max}", &MAX_QUESTION_CHARS.to_string()),
        add_button: own(q.add_button),
        add_empty_error: own(q.add_empty_error),
        error_prefix: own(q.error_prefix),
        print: own(q.print),
        copy: own(q.copy),
        clear: own(q.clear),
        clear_confirm: own(q.clear_confirm),
        clear_yes: own(q.clear_yes),
        clear_no: own(q.clear_no),
        cleared: own(q.cleared),
        added: own(q.added),
        removed: own(q.removed),
        moved: own(q.moved),
        copied: own(q.copied),
        copy_yourself: own(q.copy_yourself),
        printed_title: own(q.printed_title),
        print_notice: own(content.labels.notice_line),
        unreadable: own(q.unreadable),
        show_earlier: own(q.show_earlier),
        earlier_label: own(q.earlier_label),
        delete_earlier: own(q.delete_earlier),
        cannot_save: own(q.cannot_save),
        changed_elsewhere: own(q.changed_elsewhere),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_words_read_back_as_the_page_carries_them_and_a_missing_one_is_refused() {
        for lang in crate::content::languages_for_tests() {
            let words = question_words(crate::content::for_language(&lang));
            let json = serde_json::to_string(&words).expect("words as JSON");
            assert_eq!(serde_json::from_str::<QuestionWords>(&json).expect("read back"), words, "{lang}");
            let without_one = json.replacen("\"list_heading\":", "\"heading\":", 1);
            assert!(serde_json::from_str::<QuestionWords>(&without_one).is_err(), "{lang}");
        }
    }
}

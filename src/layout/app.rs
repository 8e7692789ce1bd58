use leptos::prelude::*;

use crate::content::provide_content;
use crate::content::Content;
use crate::embed::state::EmbedState;
use crate::glossary::markup;
use crate::layout::page_section::PageSection;
use crate::layout::site_footer::{FooterWords, SiteFooter};
use crate::layout::site_header::SiteHeader;
use crate::listen::state::ListenState;
use crate::listen::words::ListenWords;
use crate::my_dates::state::MyDatesState;
use crate::my_dates::words::MyDatesWords;
use crate::paths::contents::PageContents;
use crate::paths::short_version::ShortVersion;
use crate::questions::state::{Catalog, QuestionsState};
use crate::settings::state::ReadingSettingsState;
use crate::timeline::state::TimelineState;

/// The whole page, as it is rendered at build time. In the browser only its
/// islands hydrate, with the shared state that `layout::start` reads once
/// from this page.
#[component]
pub fn App(content: &'static Content) -> impl IntoView {
    provide_content(content);
    provide_context(timeline_state(content));
    let reading = ReadingSettingsState::new();
    provide_context(reading);
    provide_context(ListenState::new(
        Some(Box::leak(Box::new(ListenWords::from_labels(&content.labels.listen)))),
        reading,
    ));
    provide_context(EmbedState::new());
    provide_context(QuestionsState::new(catalog(content)));
    let dates_words = MyDatesWords::from_content(&content.my_dates, content.lang);
    provide_context(MyDatesState::new(Some(Box::leak(Box::new(dates_words)))));

    view! {
        <div class="app">
            // Inside a host's frame, links to other sites open a new tab
            // (assets/startup.js), and this is how each says so.
            <span id=NEW_TAB_NOTE_ID hidden>{content.labels.opens_in_new_tab}</span>
            <SiteHeader/>
            <main id="main" tabindex="-1" data-listen-scope="page">
                // The notice first, then the ways through the page, then the rest.
                {content
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(index, section)| {
                        let paths = (index == 0).then(|| view! { <PageContents/> <ShortVersion/> });
                        view! { <PageSection section=section/> {paths} }
                    })
                    .collect_view()}
            </main>
            <SiteFooter words=footer_words(content)/>
        </div>
    }
}

fn footer_words(content: &'static Content) -> FooterWords {
    let labels = &content.labels;
    FooterWords {
        notice_line: labels.notice_line.to_owned(),
        notice_link: labels.notice_link.to_owned(),
        back_to_top: labels.back_to_top.to_owned(),
        embed_sources: labels.embed_sources.to_owned(),
        open_full_page: labels.open_full_page.to_owned(),
        shared_by: labels.shared_by.to_owned(),
        language_kept: (content.language.all.len() > 1).then(|| content.language.kept.to_owned()),
    }
}

/// Read by `assets/startup.js`: keep the two in step.
pub const NEW_TAB_NOTE_ID: &str = "opens-in-new-tab-note";

fn leak<T>(items: Vec<T>) -> &'static [T] {
    // Rendering happens once per build: the page's data lives as long as it.
    Vec::leak(items)
}

fn timeline_state(content: &'static Content) -> TimelineState {
    TimelineState::new(leak(content.steps.iter().map(|s| (s.id, s.title)).collect()), content.labels.step_count)
}

fn catalog(content: &'static Content) -> Catalog {
    let questions = content
        .questions
        .groups
        .iter()
        .flat_map(|group| group.questions)
        .map(|q| (q.id, &*String::leak(markup::plain(q.text))))
        .collect();
    Catalog { questions: leak(questions), replaced: content.questions.replaced }
}

use leptos::prelude::*;

use crate::content::{use_content, Content, Section, SectionKind};
use crate::glossary::marked_text::MarkedText;
use crate::layout::call_team::CallTeamNotice;
use crate::listen::view::ListenButton;
use crate::paths::reading_time::{fill_minutes, full_page_words, word_count};
use crate::paths::{CONTENTS_ID, SHORT_VERSION_ID};

/// The sections the short version sums up, in the page's order: every one
/// but the notice, which stays in full at the top of the page.
fn summed_up(content: &Content) -> impl Iterator<Item = &'static Section> {
    content.sections.iter().filter(|section| section.kind != SectionKind::Notice)
}

/// The words of the short version, for its reading time: each section's
/// heading and "In short" line, and each step's title and sentence.
pub fn short_version_words(content: &Content) -> usize {
    let sections: usize = summed_up(content).map(|s| word_count(s.heading) + word_count(s.in_short)).sum();
    let steps: usize = content.steps.iter().map(|step| word_count(step.title) + word_count(step.in_short)).sum();
    let around = word_count(content.labels.short_version_heading)
        + word_count(content.labels.short_version_intro)
        + word_count(content.labels.short_questions_link);
    let call_team: usize = summed_up(content)
        .filter_map(Section::call_team)
        .map(|c| word_count(c.heading) + c.paras.iter().map(|p| word_count(p.text)).sum::<usize>())
        .sum();
    sections + steps + around + call_team
}

/// The short version of the whole page (`#short`): each section's heading,
/// as a link to its full text, and its "In short" line; under the timeline,
/// each step's title, linking to the step, and the step in one sentence.
/// It shows when it is the page's target, with or without scripts, and the
/// rest of the page steps aside but for the notice (`paths.css`).
#[component]
pub fn ShortVersion() -> impl IntoView {
    let content = use_content();
    let labels = &content.labels;
    let sections = summed_up(content)
        .map(|section| {
            let unit = format!("short-{}", section.id);
            let steps = (section.kind == SectionKind::Timeline).then(|| view! { <ShortSteps/> });
            // The questions' "In short" line asks the reader to tick them, in
            // a tool the short version does not show: a link leads to it.
            let to_questions = (section.kind == SectionKind::Questions).then(|| {
                view! {
                    <p class="short-version__go">
                        <a href=format!("#{}", section.id)>{labels.short_questions_link}</a>
                    </p>
                }
            });
            // A section's "When to call your team" shows here too, under its
            // "In short" line: it is what a reader must act on.
            let call_team = section.call_team().map(|call_team| {
                let unit = leak(format!("short-{}-call-team", section.id));
                view! { <CallTeamNotice call_team=call_team unit=unit heading_level=4/> }
            });
            view! {
                <li class="short-version__part">
                    <h3 class="short-version__heading">
                        <a href=format!("#{}", section.id)>{section.heading}</a>
                    </h3>
                    <p><MarkedText text=section.in_short unit=leak(unit)/></p>
                    {to_questions}
                    {call_team}
                    {steps}
                </li>
            }
        })
        .collect_view();
    view! {
        <section
            id=SHORT_VERSION_ID
            class="short-version"
            aria-labelledby=SHORT_HEADING_ID
            tabindex="-1"
            data-listen-scope="short"
        >
            <h2 id=SHORT_HEADING_ID>{labels.short_version_heading}</h2>
            <ListenButton
                name="short".to_owned()
                label=labels.listen.short.to_owned()
                about=Some(SHORT_HEADING_ID.to_owned())
                says_when_no_voice=false
            />
            <p class="short-version__intro">
                {labels.short_version_intro}
                " "
                <a class="short-version__full" href=format!("#{CONTENTS_ID}") data-full-page="">
                    {fill_minutes(labels.full_page_link, full_page_words(content), content.lang)}
                </a>
            </p>
            <ol class="short-version__parts" role="list">{sections}</ol>
        </section>
    }
}

/// The timeline's steps in the short version: title (a link to the step) and one sentence.
#[component]
fn ShortSteps() -> impl IntoView {
    let content = use_content();
    let steps = content
        .steps
        .iter()
        .map(|step| {
            let unit = format!("short-step-{}", step.id);
            view! {
                <li class="short-version__step">
                    <a class="short-version__step-title" href=format!("#timeline/{}", step.id)>{step.title}</a>
                    " "
                    <span class="short-version__step-text"><MarkedText text=step.in_short unit=leak(unit)/></span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="short-version__steps">{steps}</ol> }
}

fn leak(unit: String) -> &'static str {
    // Rendering happens once per build: the page's ids live as long as it.
    String::leak(unit)
}

const SHORT_HEADING_ID: &str = "short-heading";

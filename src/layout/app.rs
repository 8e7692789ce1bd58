use leptos::prelude::*;

use crate::address::fragment::Route;
use crate::content;
use crate::content::provide_content;
use crate::content::Content;
use crate::embed::host;
use crate::embed::state::EmbedState;
use crate::embed::{self, EmbedOptions};
use crate::layout::page_section::PageSection;
use crate::layout::site_footer::SiteFooter;
use crate::layout::site_header::SiteHeader;
use crate::platform::dom;
use crate::platform::location;
use crate::questions::state::QuestionsState;
use crate::settings::state::ReadingSettingsState;
use crate::settings::ReadingSettings;
use crate::timeline::state::TimelineState;

#[component]
pub fn App() -> impl IntoView {
    let content = content::for_language("en");
    provide_content(content);
    let timeline = TimelineState::new(content);
    provide_context(timeline);
    let reading = ReadingSettingsState::new();
    provide_context(reading);
    let embedding = EmbedState::new();
    provide_context(embedding);
    let questions = QuestionsState::new(content);
    provide_context(questions);

    // The address is read after the first render, never during it, so that a
    // page rendered ahead of time and this first render are the same.
    Effect::new(move |_| {
        let options = embed_options_from_address(content);
        let mut route = timeline.follow_fragment(&location::current_fragment());
        if let (Route::Top, Some(start)) = (&route, &options.start) {
            route = timeline.follow_fragment(&start_fragment(content, start));
        }
        // Inside a host's page the explainer never scrolls: that page is the host's.
        if !options.embedded {
            request_animation_frame(move || scroll_to_route(&route, timeline));
        }
        apply_embed_options(&options);
        embedding.options.set(options);
        reading.load_from_browser();
        questions.load_from_browser();
        dom::mark_interactive();
    });
    Effect::new(move |_| {
        let fragment = timeline.fragment_for(timeline.view.get());
        if let Some(address) = location::standalone_address(&fragment) {
            embedding.full_page_address.set(address);
        }
    });
    Effect::new(move |_| apply_reading_settings(reading.settings.get()));
    // Typed into the address bar, or reached with Back: follow it. In-page
    // links are scrolled to by the browser itself.
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = timeline.follow_fragment(&location::current_fragment());
        let embedded = embedding.options.with_untracked(|o| o.embedded);
        if matches!(route, Route::Timeline(_)) && !embedded {
            scroll_to_route(&route, timeline);
        }
    });
    on_cleanup(move || hashchange.remove());

    view! {
        <div class="app">
            // Inside a host's frame, links to other sites open a new tab
            // (assets/startup.js), and this is how each says so.
            <span id=NEW_TAB_NOTE_ID hidden>{content.labels.opens_in_new_tab}</span>
            <SiteHeader/>
            <main id="main" tabindex="-1">
                {content
                    .sections
                    .iter()
                    .map(|section| view! { <PageSection section=section/> })
                    .collect_view()}
            </main>
            <SiteFooter/>
        </div>
    }
}

/// Read by `assets/startup.js`: keep the two in step.
pub const NEW_TAB_NOTE_ID: &str = "opens-in-new-tab-note";

/// Reads and checks the address's parameters; each one ignored is said once
/// in the console.
fn embed_options_from_address(content: &Content) -> EmbedOptions {
    let mut known_ids: Vec<&str> = content.sections.iter().map(|s| s.id).collect();
    known_ids.extend(content.steps.iter().map(|s| s.id));
    let (options, warnings) = embed::parse(&location::query_params(), &known_ids);
    for warning in &warnings {
        dom::warn(warning);
    }
    options
}

/// `start` names a section (`risks`) or a step (`collection`).
fn start_fragment(content: &Content, start: &str) -> String {
    match content.step_index(start) {
        Some(_) => format!("#timeline/{start}"),
        None => format!("#{start}"),
    }
}

/// Embed mode's look (`src/layout/layout.css`, `html[data-embed]`), the host's accent, and the height
/// messages that let the host size the frame.
fn apply_embed_options(options: &EmbedOptions) {
    if let Some(accent) = options.accent {
        dom::set_root_style_property("--accent-light", &accent.on_light.to_hex());
        dom::set_root_style_property("--accent-dark", &accent.on_dark.to_hex());
    }
    if !options.embedded {
        return;
    }
    dom::set_root_attribute("data-embed", Some(""));
    let target_origin = options.host_origin.clone().unwrap_or_else(|| "*".to_owned());
    let last_sent = std::cell::Cell::new(i32::MIN);
    host::watch_height(".app", move |height| {
        // Changes under 2 px are noise (sub-pixel layout), not a new size.
        if (height - last_sent.get()).abs() >= 2 {
            last_sent.set(height);
            host::post_height_to_parent(height, &target_origin);
        }
    });
}

/// Page-wide styles read these attributes (`src/settings/settings.css`).
fn apply_reading_settings(settings: ReadingSettings) {
    let text_size = settings.text_size;
    dom::set_root_attribute(
        "data-text-size",
        (!matches!(text_size, crate::settings::TextSize::Standard)).then_some(text_size.as_str()),
    );
    dom::set_root_attribute("data-line-spacing", settings.more_line_spacing.then_some("more"));
}

/// Scrolls to what the address names. A step's address is also its element's
/// id, so this is where the browser itself scrolled before the app started.
fn scroll_to_route(route: &Route, timeline: TimelineState) {
    match route {
        Route::Top => {}
        Route::Timeline(view) => dom::scroll_to(timeline.fragment_for(*view).trim_start_matches('#')),
        Route::Anchor(id) => dom::scroll_to(id),
    }
}

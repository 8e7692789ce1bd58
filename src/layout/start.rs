//! The browser's start: the shared state, read back from the page rendered at
//! build time; then every island (ours here, Leptos's by the page's loader);
//! then, in `begin`, the address, embed mode and the reader's stored settings
//! and questions. The address is read after the islands have taken over the
//! page, never before, so that what they find is exactly what was rendered.

use leptos::prelude::provide_context;
use leptos::prelude::{Effect, Get, GetUntracked, Set, WithUntracked};
use wasm_bindgen::JsCast;

use crate::address::fragment::Route;
use crate::embed::host;
use crate::embed::state::EmbedState;
use crate::embed::{self, EmbedOptions};
use crate::listen::state::{ListenState, ListenStatus};
use crate::my_dates::state::MyDatesState;
use crate::platform::dom;
use crate::platform::location;
use crate::questions::state::{CatalogPageData, QuestionsState};
use crate::settings::state::ReadingSettingsState;
use crate::settings::ReadingSettings;
use crate::timeline::state::TimelineState;
use crate::timeline::TimelineView;

pub fn start() {
    // Leptos's root: the owner every signal, effect and context lives under,
    // and the executor that runs effects (wasm-bindgen's futures).
    leptos::mount::hydrate_islands();
    let timeline = TimelineState::from_page();
    provide_context(timeline);
    let reading = ReadingSettingsState::new();
    provide_context(reading);
    provide_context(ListenState::from_page(reading));
    let embedding = EmbedState::new();
    provide_context(embedding);
    let questions = QuestionsState::new(CatalogPageData::from_page());
    provide_context(questions);
    provide_context(MyDatesState::from_page());
}

/// The rest of the start, once the page's loader (Trunk.toml) has hydrated
/// Leptos's islands: they must find the page exactly as it was rendered, so
/// nothing may follow the address or stored settings before they hold it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn begin() {
    use leptos::prelude::use_context;
    let (Some(timeline), Some(reading), Some(embedding), Some(questions)) = (
        use_context::<TimelineState>(),
        use_context::<ReadingSettingsState>(),
        use_context::<EmbedState>(),
        use_context::<QuestionsState>(),
    ) else {
        return;
    };
    Effect::new(move |_| {
        let options = embed_options_from_address(timeline);
        let mut route = timeline.follow_fragment(&location::current_fragment());
        if let (Route::Top, Some(start)) = (&route, &options.start) {
            route = timeline.follow_fragment(&start_fragment(timeline, start));
        }
        // Inside a host's page the explainer never scrolls: that page is the host's.
        if !options.embedded {
            dom::request_animation_frame(move || scroll_to_route(&route, timeline));
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
    // A link followed, the address typed, or Back: follow it.
    dom::on_window("hashchange", move |_| {
        let route = timeline.follow_fragment(&location::current_fragment());
        let embedded = embedding.options.with_untracked(|o| o.embedded);
        let scroll_here = match route {
            // The browser scrolled to the step while the step before it
            // still showed above: again, once it shows.
            Route::Timeline(_) => !embedded,
            // The browser scrolls to a link's target itself, except inside
            // a host's frame: the frame is as tall as its content, so that
            // scroll moves nothing, and it never reaches the host's page.
            // The reader followed a link there (the contents, a term's "More
            // in the glossary", a source's number), so its target comes into
            // view, the host's page moving as for a link of its own.
            Route::Anchor(_) => embedded,
            Route::Top => false,
        };
        if scroll_here {
            dom::request_animation_frame(move || scroll_to_route(&route, timeline));
        }
    });
    if let Some(listen) = use_context::<ListenState>() {
        follow_the_reader_while_listening(listen, timeline);
    }
    crate::sources::back_to_text::install();
    crate::paths::remember::install(reading);
    if let Some(dates) = use_context::<MyDatesState>() {
        dates.load_from_browser();
    }
}

/// The languages the explainer has a page in, as this page's head names
/// them (its own first): its `lang`, and each `hreflang` alternate.
fn page_languages() -> Vec<String> {
    let Some(document) = dom::document() else { return Vec::new() };
    let own = document.document_element().and_then(|html| html.get_attribute("lang"));
    let mut languages: Vec<String> = own.into_iter().collect();
    if let Ok(found) = document.query_selector_all("link[rel=\"alternate\"][hreflang]") {
        languages.extend(
            (0..found.length())
                .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok()?.get_attribute("hreflang")),
        );
    }
    languages
}

/// The ids of the page's sections, as rendered.
fn section_ids() -> Vec<String> {
    let Some(found) = dom::document().and_then(|d| d.query_selector_all("main > section.page-section[id]").ok()) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|section| section.id())
        .collect()
}

/// Reads and checks the address's parameters; each one ignored is said once
/// in the console.
fn embed_options_from_address(timeline: TimelineState) -> EmbedOptions {
    let sections = section_ids();
    let mut known_ids: Vec<&str> = sections.iter().map(String::as_str).collect();
    known_ids.extend(timeline.step_ids());
    let languages = page_languages();
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let (options, warnings) = embed::parse(&location::query_params(), &known_ids, &languages);
    for warning in &warnings {
        dom::warn(warning);
    }
    options
}

/// `start` names a section (`risks`) or a step (`collection`).
fn start_fragment(timeline: TimelineState, start: &str) -> String {
    if timeline.step_ids().contains(&start) {
        format!("#timeline/{start}")
    } else {
        format!("#{start}")
    }
}

/// Embed mode's look (`style/layout.css`, `html[data-embed]`), the host's accent, and the height
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

/// Reading aloud: a voice is looked for now and whenever the device's list
/// of voices changes; a reader who moves to another part of the page (a
/// link, Back, the address) or another step while listening hears that part.
fn follow_the_reader_while_listening(listen: ListenState, timeline: TimelineState) {
    listen.find_voice();
    // While the controls show at the foot of the window, the page's end and
    // whatever takes focus scroll clear of them (`listen.css`).
    Effect::new(move |_| {
        let controls_show =
            matches!(listen.status.get(), ListenStatus::Reading | ListenStatus::Paused | ListenStatus::Failed);
        dom::set_root_attribute("data-listening", controls_show.then_some(""));
    });
    if let Some(synthesis) = crate::listen::speech::synthesis() {
        dom::listen(&synthesis, "voiceschanged", move |_| listen.find_voice());
    }
    dom::on_window("hashchange", move |_| {
        let id = location::current_fragment();
        let id = id.trim_start_matches('#');
        // A step's address moves the timeline, which the effect below follows.
        if id.starts_with("timeline/") {
            return;
        }
        if let Some(target) = dom::document().and_then(|d| d.get_element_by_id(id)) {
            dom::request_animation_frame(move || listen.follow(&target));
        }
    });
    Effect::new(move |_| {
        if let TimelineView::Step(index) = timeline.view.get() {
            let heading = timeline.headings.get(index).copied();
            dom::request_animation_frame(move || {
                let step = heading
                    .and_then(|heading| heading.get_untracked())
                    .and_then(|h| h.closest("article").ok().flatten());
                if let Some(step) = step {
                    listen.follow(&step);
                }
            });
        }
    });
}

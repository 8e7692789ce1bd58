use leptos::prelude::*;

use crate::browser;
use crate::components::page_section::PageSection;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::content;
use crate::route::Route;
use crate::settings::ReadingSettings;
use crate::state::{provide_content, ReadingSettingsState, TimelineState};

#[component]
pub fn App() -> impl IntoView {
    let content = content::for_language("en");
    provide_content(content);
    let timeline = TimelineState::new(content);
    provide_context(timeline);
    let reading = ReadingSettingsState::new();
    provide_context(reading);

    // The address is read after the first render, never during it, so that a
    // page rendered ahead of time and this first render are the same.
    Effect::new(move |_| {
        let route = timeline.follow_fragment(&browser::current_fragment());
        request_animation_frame(move || scroll_to_route(&route, timeline));
        reading.load_from_browser();
        browser::mark_interactive();
    });
    Effect::new(move |_| apply_reading_settings(reading.settings.get()));
    // Typed into the address bar, or reached with Back: follow it. In-page
    // links are scrolled to by the browser itself.
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = timeline.follow_fragment(&browser::current_fragment());
        if matches!(route, Route::Timeline(_)) {
            scroll_to_route(&route, timeline);
        }
    });
    on_cleanup(move || hashchange.remove());

    view! {
        <div class="app">
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

/// Page-wide styles read these attributes (`style/reading-settings.css`).
fn apply_reading_settings(settings: ReadingSettings) {
    let text_size = settings.text_size;
    browser::set_root_attribute(
        "data-text-size",
        (!matches!(text_size, crate::settings::TextSize::Standard)).then_some(text_size.as_str()),
    );
    browser::set_root_attribute("data-line-spacing", settings.more_line_spacing.then_some("more"));
}

/// Scrolls to what the address names. A step's address is also its element's
/// id, so this is where the browser itself scrolled before the app started.
fn scroll_to_route(route: &Route, timeline: TimelineState) {
    match route {
        Route::Top => {}
        Route::Timeline(view) => {
            browser::scroll_to(timeline.fragment_for(*view).trim_start_matches('#'))
        }
        Route::Anchor(id) => browser::scroll_to(id),
    }
}

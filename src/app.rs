use leptos::prelude::*;

use crate::browser;
use crate::components::page_section::PageSection;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::content;
use crate::route::Route;
use crate::state::{provide_content, TimelineState};

#[component]
pub fn App() -> impl IntoView {
    let content = content::for_language("en");
    provide_content(content);
    let timeline = TimelineState::new(content);
    provide_context(timeline);

    // The address is read after the first render, never during it, so that a
    // page rendered ahead of time and this first render are the same.
    Effect::new(move |_| {
        let route = timeline.follow_fragment(&browser::current_fragment());
        request_animation_frame(move || scroll_to_route(&route, timeline));
        browser::mark_interactive();
    });
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

//! The URL fragment as the app's address: parsing and formatting, no browser.
//!
//! Fragments look like `#timeline/collection`, `#timeline/all` or `#risks`.
//! Anything else, however long or strange, is simply "no particular place".

use crate::timeline::TimelineView;

/// Where a fragment asks the app to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// No fragment, or one we do not understand: the top of the page.
    Top,
    /// The timeline, showing this view.
    Timeline(TimelineView),
    /// Any other element on the page, by id (a section or a source).
    Anchor(String),
}

/// Longer fragments are never ours; refusing them early keeps junk cheap.
const MAX_FRAGMENT_LEN: usize = 100;
const TIMELINE_ID: &str = "timeline";
const ALL_STEPS: &str = "all";
/// The id of the element that holds every step: a link to all steps leads
/// there even before (or without) the app's scripts.
pub const ALL_STEPS_ELEMENT_ID: &str = "timeline/all";

/// Reads a fragment (with or without its leading `#`), given the step ids in order.
pub fn parse(fragment: &str, step_ids: &[&str]) -> Route {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.is_empty() || fragment.len() > MAX_FRAGMENT_LEN {
        return Route::Top;
    }
    // `#timeline` alone is the section, as the contents link to it: its
    // heading comes into view and the timeline keeps the step it shows.
    if let Some(rest) = fragment.strip_prefix("timeline/") {
        let view = if rest == ALL_STEPS {
            TimelineView::All
        } else {
            // An unknown step still means "the timeline": start at its beginning.
            let index = step_ids.iter().position(|id| *id == rest).unwrap_or(0);
            TimelineView::Step(index)
        };
        return Route::Timeline(view);
    }
    if is_plain_id(fragment) {
        Route::Anchor(fragment.to_owned())
    } else {
        Route::Top
    }
}

/// The fragment (with `#`) that addresses a timeline view.
pub fn format_timeline(view: TimelineView, step_ids: &[&str]) -> String {
    match view {
        TimelineView::All => format!("#{ALL_STEPS_ELEMENT_ID}"),
        TimelineView::Step(index) => match step_ids.get(index) {
            Some(id) => format!("#{TIMELINE_ID}/{id}"),
            None => format!("#{TIMELINE_ID}"),
        },
    }
}

/// Ids we write ourselves: lower-case letters, digits and hyphens.
fn is_plain_id(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEPS: &[&str] = &["assessment", "mobilisation", "collection", "storage"];

    #[test]
    fn step_fragments_open_their_step() {
        assert_eq!(parse("#timeline/collection", STEPS), Route::Timeline(TimelineView::Step(2)));
        assert_eq!(parse("timeline/assessment", STEPS), Route::Timeline(TimelineView::Step(0)));
    }

    #[test]
    fn the_all_steps_fragment_opens_the_whole_list() {
        assert_eq!(parse("#timeline/all", STEPS), Route::Timeline(TimelineView::All));
    }

    #[test]
    fn format_and_parse_round_trip_for_every_view() {
        let mut views: Vec<TimelineView> = (0..STEPS.len()).map(TimelineView::Step).collect();
        views.push(TimelineView::All);
        for view in views {
            let fragment = format_timeline(view, STEPS);
            assert_eq!(parse(&fragment, STEPS), Route::Timeline(view), "{fragment}");
        }
    }

    #[test]
    fn unknown_or_numeric_steps_start_the_timeline_at_the_beginning() {
        for bad in ["#timeline/xyz", "#timeline/999", "#timeline/", "#timeline/Collection"] {
            assert_eq!(parse(bad, STEPS), Route::Timeline(TimelineView::Step(0)), "{bad}");
        }
        assert_eq!(parse("#timeline", STEPS), Route::Anchor("timeline".into()), "the section itself");
    }

    #[test]
    fn the_all_steps_fragment_is_the_id_of_the_element_holding_every_step() {
        assert_eq!(format_timeline(TimelineView::All, STEPS), format!("#{ALL_STEPS_ELEMENT_ID}"));
    }

    #[test]
    fn section_ids_are_anchors() {
        assert_eq!(parse("#risks", STEPS), Route::Anchor("risks".into()));
        assert_eq!(parse("#source-s17", STEPS), Route::Anchor("source-s17".into()));
    }

    #[test]
    fn junk_and_empty_fragments_mean_the_top_of_the_page() {
        assert_eq!(parse("", STEPS), Route::Top);
        assert_eq!(parse("#", STEPS), Route::Top);
        assert_eq!(parse(&"x%".repeat(5_000), STEPS), Route::Top);
        assert_eq!(parse("#<script>alert(1)</script>", STEPS), Route::Top);
        assert_eq!(parse("#%E2%9C%93", STEPS), Route::Top);
        assert_eq!(parse("#ü", STEPS), Route::Top);
    }

    #[test]
    fn a_long_junk_fragment_that_starts_like_a_step_is_still_junk() {
        let junk = format!("#timeline/{}", "a".repeat(10_000));
        assert_eq!(parse(&junk, STEPS), Route::Top);
    }

    #[test]
    fn formatting_an_index_past_the_end_addresses_the_timeline() {
        assert_eq!(format_timeline(TimelineView::Step(99), STEPS), "#timeline");
    }
}

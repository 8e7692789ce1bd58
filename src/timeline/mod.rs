//! Moving through the timeline: pure logic, no browser.

pub mod copy_link;
#[cfg(not(target_arch = "wasm32"))]
pub mod immune_curve;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod stem_cell_picture;
pub mod step_article;
pub mod step_list;
pub mod widget;

/// What the timeline shows: one step (by its index) or every step in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineView {
    Step(usize),
    All,
}

impl Default for TimelineView {
    fn default() -> Self {
        TimelineView::Step(0)
    }
}

/// The index after `current`, or `None` at the last step.
/// "Step {n} of {total}", filled in.
pub fn step_count_text(words: &str, ordinal: usize, total: usize) -> String {
    words.replace("{n}", &ordinal.to_string()).replace("{total}", &total.to_string())
}

pub fn next(current: usize, step_count: usize) -> Option<usize> {
    (current + 1 < step_count).then_some(current + 1)
}

/// The index before `current`, or `None` at the first step.
pub fn previous(current: usize) -> Option<usize> {
    current.checked_sub(1)
}

/// Keeps an index from anywhere (an old link, a shorter translation) inside the timeline.
pub fn clamp(index: usize, step_count: usize) -> usize {
    index.min(step_count.saturating_sub(1))
}

/// Which way a key asks the timeline to move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
}

/// Left and right arrows step through the timeline in the page's reading
/// direction (in Arabic, the left arrow is Next), but never while the reader
/// types or selects in a field (there they move the caret), nor with a
/// modifier key (the browser's and screen reader's own shortcuts).
pub fn arrow_key_move(key: &str, with_modifier: bool, in_text_field: bool, right_to_left: bool) -> Option<Move> {
    if with_modifier || in_text_field {
        return None;
    }
    let (forward, back) = if right_to_left { ("ArrowLeft", "ArrowRight") } else { ("ArrowRight", "ArrowLeft") };
    match key {
        _ if key == forward => Some(Move::Next),
        _ if key == back => Some(Move::Previous),
        _ => None,
    }
}

/// The arrows drawn beside Previous and Next, pointing the way the page reads.
pub fn direction_arrows(right_to_left: bool) -> (&'static str, &'static str) {
    if right_to_left {
        ("→", "←")
    } else {
        ("←", "→")
    }
}

/// Where keyboard focus was when the reader asked to step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusAt {
    /// On the button that was pressed (or the one the arrow key stands for).
    MoveButton,
    /// Inside the step being left, which is about to be hidden.
    LeavingStep,
    Elsewhere,
}

/// How the reader moved, which decides what happens to focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveKind {
    /// Previous/Next buttons or arrow keys: focus stays where the reader is.
    Stepping,
    /// Picking a step from the list: focus goes to that step's heading.
    Jumping,
}

/// Focus on something about to disappear (a button that becomes disabled at
/// an end, or a link inside the step being left) would fall back to the top
/// of the page: the reader is taken to the new step's heading instead.
pub fn move_kind(reached_end: bool, focus: FocusAt) -> MoveKind {
    match focus {
        FocusAt::LeavingStep => MoveKind::Jumping,
        FocusAt::MoveButton if reached_end => MoveKind::Jumping,
        _ => MoveKind::Stepping,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_that_would_be_lost_goes_to_the_new_steps_heading() {
        assert_eq!(move_kind(true, FocusAt::MoveButton), MoveKind::Jumping);
        assert_eq!(move_kind(false, FocusAt::MoveButton), MoveKind::Stepping);
        assert_eq!(move_kind(false, FocusAt::LeavingStep), MoveKind::Jumping);
        assert_eq!(move_kind(true, FocusAt::Elsewhere), MoveKind::Stepping);
        assert_eq!(move_kind(false, FocusAt::Elsewhere), MoveKind::Stepping);
    }

    #[test]
    fn arrows_move_except_in_fields_and_with_modifiers() {
        assert_eq!(arrow_key_move("ArrowRight", false, false, false), Some(Move::Next));
        assert_eq!(arrow_key_move("ArrowLeft", false, false, false), Some(Move::Previous));
        assert_eq!(arrow_key_move("ArrowLeft", false, true, false), None);
        assert_eq!(arrow_key_move("ArrowRight", true, false, false), None);
        assert_eq!(arrow_key_move("ArrowUp", false, false, false), None);
        assert_eq!(arrow_key_move("Enter", false, false, false), None);
    }

    #[test]
    fn right_to_left_the_arrows_follow_the_reading_direction() {
        assert_eq!(arrow_key_move("ArrowLeft", false, false, true), Some(Move::Next));
        assert_eq!(arrow_key_move("ArrowRight", false, false, true), Some(Move::Previous));
        assert_eq!(arrow_key_move("ArrowLeft", false, true, true), None);
        assert_eq!(direction_arrows(true), ("→", "←"));
        assert_eq!(direction_arrows(false), ("←", "→"));
    }

    #[test]
    fn next_moves_forward_and_stops_at_the_last_step() {
        assert_eq!(next(0, 8), Some(1));
        assert_eq!(next(6, 8), Some(7));
        assert_eq!(next(7, 8), None);
    }

    #[test]
    fn previous_moves_back_and_stops_at_the_first_step() {
        assert_eq!(previous(7), Some(6));
        assert_eq!(previous(1), Some(0));
        assert_eq!(previous(0), None);
    }

    #[test]
    fn walking_forward_then_back_visits_every_step_once_each_way() {
        let mut visited = vec![0];
        let mut at = 0;
        while let Some(n) = next(at, 8) {
            at = n;
            visited.push(at);
        }
        assert_eq!(visited, (0..8).collect::<Vec<_>>());
        while let Some(p) = previous(at) {
            at = p;
        }
        assert_eq!(at, 0);
    }

    #[test]
    fn clamp_keeps_indexes_inside_the_timeline() {
        assert_eq!(clamp(3, 8), 3);
        assert_eq!(clamp(999, 8), 7);
        assert_eq!(clamp(0, 0), 0);
    }

    #[test]
    fn a_timeline_of_one_step_has_no_next_or_previous() {
        assert_eq!(next(0, 1), None);
        assert_eq!(previous(0), None);
    }
}

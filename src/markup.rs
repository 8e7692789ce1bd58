//! The one piece of markup the content's text may carry: a glossary mark,
//! `[[shown words|term-id]]`, where a technical term is used and explained in
//! place. Pure logic, shared by the views and the content tests.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// A glossary term: the words as they read in the sentence, and the
    /// glossary entry they point to.
    Term { shown: &'a str, term_id: &'a str },
}

const OPEN: &str = "[[";
const CLOSE: &str = "]]";

/// Splits text into plain runs and glossary marks, in order. A mark that is
/// not closed, or has no `|`, is left as the plain text it is.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    // Where the current plain run began, and where to look for the next mark.
    let (mut run_start, mut search_from) = (0, 0);
    while let Some(found) = text[search_from..].find(OPEN) {
        let open_at = search_from + found;
        let inner_start = open_at + OPEN.len();
        let Some(inner_len) = text[inner_start..].find(CLOSE) else { break };
        let inner = &text[inner_start..inner_start + inner_len];
        match inner.split_once('|') {
            Some((shown, term_id)) => {
                if open_at > run_start {
                    out.push(Segment::Text(&text[run_start..open_at]));
                }
                out.push(Segment::Term { shown, term_id });
                run_start = inner_start + inner_len + CLOSE.len();
                search_from = run_start;
            }
            // Not a mark: it stays in the plain run.
            None => search_from = inner_start,
        }
    }
    // Empty text is still one (empty) run: the view has the same shape
    // whatever the words, which hydration relies on (see `content::prose!`).
    if run_start < text.len() || text.is_empty() {
        out.push(Segment::Text(&text[run_start..]));
    }
    out
}

/// The text as a reader sees it, with the marks taken out.
pub fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text,
            Segment::Term { shown, .. } => shown,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(segments("No marks here."), vec![Segment::Text("No marks here.")]);
        assert_eq!(segments(""), vec![Segment::Text("")]);
    }

    #[test]
    fn a_mark_becomes_a_term_between_runs() {
        assert_eq!(
            segments("This is called [[mobilisation|mobilisation]], and it takes days."),
            vec![
                Segment::Text("This is called "),
                Segment::Term { shown: "mobilisation", term_id: "mobilisation" },
                Segment::Text(", and it takes days."),
            ]
        );
    }

    #[test]
    fn marks_can_start_and_end_the_text_and_sit_side_by_side() {
        assert_eq!(
            segments("[[DMTs|dmt]] [[EDSS|edss]]"),
            vec![
                Segment::Term { shown: "DMTs", term_id: "dmt" },
                Segment::Text(" "),
                Segment::Term { shown: "EDSS", term_id: "edss" },
            ]
        );
    }

    #[test]
    fn broken_marks_stay_as_text() {
        assert_eq!(segments("a [[b c"), vec![Segment::Text("a [[b c")]);
        assert_eq!(segments("a [[b]] c"), vec![Segment::Text("a [[b]] c")]);
        assert_eq!(plain("x [[no bar]] then [[yes|y]]."), "x [[no bar]] then yes.");
    }

    #[test]
    fn plain_drops_only_the_marks() {
        assert_eq!(
            plain("Teams call it [[Day 0|day-0]]. Counts fall ([[neutropenia|neutropenia]])."),
            "Teams call it Day 0. Counts fall (neutropenia)."
        );
    }
}

//! The one piece of markup the content's text may carry: a glossary mark,
//! `[[shown words|term-id]]`, where a technical term is used and explained in
//! place. Pure logic, shared by the views and the content tests.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// A glossary term: the words as they read in the sentence, and the
    /// glossary entry they point to.
    Term {
        shown: &'a str,
        term_id: &'a str,
    },
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
    // whatever the words.
    if run_start < text.len() || text.is_empty() {
        out.push(Segment::Text(&text[run_start..]));
    }
    out
}

/// Punctuation that belongs on the line of the word before it: Latin, the
/// closing quotes of English, German and French, and Arabic's own comma,
/// semicolon and question mark.
const CLOSING_PUNCTUATION: &[char] =
    &['.', ',', ';', ':', '?', '!', ')', '’', '”', '“', '»', '…', '\u{60c}', '\u{61b}', '\u{61f}'];

/// A piece of marked text as it is shown: plain words, or a term with the
/// punctuation that follows it. A term is shown as a button, and a line may
/// break after a button: taking the punctuation with the term means a full
/// stop never starts a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Term { shown: &'a str, term_id: &'a str, after: &'a str },
}

pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut taken_by_term = 0;
    for segment in segments(text) {
        match segment {
            Segment::Term { shown, term_id } => out.push(Piece::Term { shown, term_id, after: "" }),
            Segment::Text(run) => {
                let run = match out.last_mut() {
                    Some(Piece::Term { after, .. }) => {
                        taken_by_term = run.find(|c| !CLOSING_PUNCTUATION.contains(&c)).unwrap_or(run.len());
                        *after = &run[..taken_by_term];
                        &run[taken_by_term..]
                    }
                    _ => run,
                };
                // A run wholly taken by the term before it leaves nothing, unless
                // the text is empty (see `segments`): the shape stays the same.
                if !run.is_empty() || taken_by_term == 0 {
                    out.push(Piece::Text(run));
                }
                taken_by_term = 0;
            }
        }
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
    fn a_term_takes_the_punctuation_after_it() {
        assert_eq!(
            pieces("It is called [[engraftment|engraftment]]. Then [[DMTs|dmt]], and more."),
            vec![
                Piece::Text("It is called "),
                Piece::Term { shown: "engraftment", term_id: "engraftment", after: "." },
                Piece::Text(" Then "),
                Piece::Term { shown: "DMTs", term_id: "dmt", after: "," },
                Piece::Text(" and more."),
            ]
        );
        assert_eq!(
            pieces("See [[JACIE|jacie]]."),
            vec![Piece::Text("See "), Piece::Term { shown: "JACIE", term_id: "jacie", after: "." }]
        );
        assert_eq!(
            pieces("[[EDSS|edss]] score"),
            vec![Piece::Term { shown: "EDSS", term_id: "edss", after: "" }, Piece::Text(" score"),]
        );
        assert_eq!(pieces(""), vec![Piece::Text("")]);
        assert_eq!(pieces("No marks."), vec![Piece::Text("No marks.")]);
        // Arabic's comma stays on its term's line, with no space before it.
        assert_eq!(
            pieces("[[الفصادة|apheresis]]، أو"),
            vec![Piece::Term { shown: "الفصادة", term_id: "apheresis", after: "،" }, Piece::Text(" أو")]
        );
    }

    #[test]
    fn plain_drops_only_the_marks() {
        assert_eq!(
            plain("Teams call it [[Day 0|day-0]]. Counts fall ([[neutropenia|neutropenia]])."),
            "Teams call it Day 0. Counts fall (neutropenia)."
        );
    }
}

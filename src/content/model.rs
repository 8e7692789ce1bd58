//! The shape of the explainer's words. Views read these types; they never hold
//! text of their own, so a translation is a second value of `Content`.

use crate::languages::plural::PluralText;

/// A source code from the fact sheet's reference list, such as `"S1"`.
pub type SourceId = &'static str;

/// One paragraph (or list item) and the sources that back it. Its text may
/// mark glossary terms: `[[shown words|term-id]]` (see `crate::glossary::markup`).
#[derive(Debug, Clone, Copy)]
pub struct Para {
    pub text: &'static str,
    pub cites: &'static [SourceId],
    /// For a statement that can go out of date (a guideline, a national
    /// policy, where aHSCT is available): when its source recorded it. The
    /// text says it too; the content tests check both. Only they read this.
    #[cfg(not(target_arch = "wasm32"))]
    pub as_of: Option<AsOf>,
}

pub const fn para(text: &'static str, cites: &'static [SourceId]) -> Para {
    Para {
        text,
        cites,
        #[cfg(not(target_arch = "wasm32"))]
        as_of: None,
    }
}

/// A statement that can go out of date, with the date its source gives it.
pub const fn dated(text: &'static str, cites: &'static [SourceId], as_of: AsOf) -> Para {
    #[cfg(target_arch = "wasm32")]
    let _ = as_of;
    Para {
        text,
        cites,
        #[cfg(not(target_arch = "wasm32"))]
        as_of: Some(as_of),
    }
}

/// When a date-sensitive statement was true, as the fact sheet dates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    /// The month and year the source recorded it: "February 2019". The text
    /// says "as of" or "as last recorded" with it.
    Recorded(&'static str),
    /// Only the year a guideline or study was published, where the fact
    /// sheet gives no month: "2020". The text says "published in" with it.
    Published(&'static str),
}

#[derive(Debug, Clone, Copy)]
pub enum Block {
    Para(Para),
    /// A bulleted list, each item with its own sources.
    List(&'static [Para]),
    /// The "When to call your team" notice, here.
    CallTeam(CallTeam),
}

/// "When to call your team": what to do about a fever or other signs of
/// infection once home (facts T8.11). One text, shown wherever a reader needs
/// it: in the risks section, in the step after going home, and in the short
/// version.
#[derive(Debug, Clone, Copy)]
pub struct CallTeam {
    pub heading: &'static str,
    pub paras: &'static [Para],
}

/// What a section shows after its own paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// The "not medical advice" notice: styled to stand out, and printed first.
    Notice,
    Prose,
    /// Followed by the interactive step-by-step timeline.
    Timeline,
    /// Followed by the "read more" link.
    ReadMore,
    /// Followed by the numbered reference list and the review dates.
    Sources,
    /// Followed by the blood-cell explorer.
    CellExplorer,
    /// Followed by what aHSCT aims to do and what it cannot do, side by side.
    CanAndCannot,
    /// Followed by the randomised trials under way.
    Trials,
    /// Followed by the suggested questions and the reader's own list.
    Questions,
    /// Followed by every glossary term, each with its own anchor.
    Glossary,
    /// The publisher's own section about aHSCT in its country
    /// (`publisher.toml`): sentences, each with its own source, and who wrote it when.
    Country,
}

#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// The element id, and so the deep link (`#risks`).
    pub id: &'static str,
    /// The reader's own question.
    pub heading: &'static str,
    pub in_short: &'static str,
    pub body: &'static [Block],
    pub kind: SectionKind,
}

/// Where the stem cells are at a step, for the step's picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StemCellScene {
    InMarrow,
    MarrowToBlood,
    BloodToStore,
    InStore,
    InStoreDuringChemo,
    StoreToBlood,
    BloodToMarrow,
    MarrowMakingNewCells,
}

#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// Used in the deep link `#timeline/<id>`.
    pub id: &'static str,
    pub title: &'static str,
    /// The step in one sentence, for the short version of the page.
    pub in_short: &'static str,
    /// The term the treatment team uses for this step, if it has one. May
    /// carry a glossary mark (see `crate::glossary::markup`), as any paragraph may.
    pub medical_name: Option<&'static str>,
    pub what_happens: &'static [Para],
    pub why: &'static [Para],
    pub timing: &'static [Para],
    pub may_notice: &'static [Para],
    /// Ends the step with the "When to call your team" notice, where the
    /// reader is at home while their white cells are still low.
    pub call_team: Option<CallTeam>,
    pub scene: StemCellScene,
    /// The picture's text equivalent: where the stem cells are.
    pub scene_text: &'static str,
    /// Schematic level of the immune system at this step, 0 (lowest) to 100
    /// (usual): white cells early on, the immune system as a whole later.
    pub immune_level: u8,
    /// The curve's text equivalent at this step.
    pub immune_text: &'static str,
}

impl Step {
    /// Its paragraphs in the order a reader meets them.
    pub fn paras(&self) -> Vec<Para> {
        let call_team = self.call_team.map(|c| c.paras).unwrap_or_default();
        [self.what_happens, self.why, self.timing, self.may_notice, call_team].concat()
    }
}

impl Section {
    /// "When to call your team", where the section carries it.
    pub fn call_team(&self) -> Option<CallTeam> {
        self.body.iter().find_map(|block| match block {
            Block::CallTeam(call_team) => Some(*call_team),
            _ => None,
        })
    }
}

/// A technical term, explained in plain words where it is used and listed in
/// the glossary section.
#[derive(Debug, Clone, Copy)]
pub struct GlossaryTerm {
    /// Used in marks (`[[…|id]]`) and in the anchor `#glossary-<id>`.
    pub id: &'static str,
    /// The term as the glossary lists it, with any other names.
    pub term: &'static str,
    pub definition: Para,
    /// Lower-case forms the term takes in running text, for the test that
    /// finds every use of a term marked.
    pub forms: &'static [&'static str],
}

/// One kind of cell in the blood-cell explorer.
#[derive(Debug, Clone, Copy)]
pub struct Cell {
    pub id: &'static str,
    pub name: &'static str,
    /// What the cell is and does, as far as the sources say.
    pub about: &'static [Para],
    /// What aHSCT means for it.
    pub in_ahsct: &'static [Para],
}

#[derive(Debug, Clone, Copy)]
pub struct CellExplorerText {
    pub heading: &'static str,
    pub intro: &'static str,
    pub in_ahsct_heading: &'static str,
    pub show_all: &'static str,
    pub show_one: &'static str,
    /// "Showing: {name}", said to screen readers after a change.
    pub showing: &'static str,
    pub marrow_label: &'static str,
    pub blood_label: &'static str,
    pub cells: &'static [Cell],
}

/// What aHSCT aims to do and what it cannot do.
#[derive(Debug, Clone, Copy)]
pub struct CanAndCannot {
    pub can_heading: &'static str,
    pub can: &'static [Para],
    pub cannot_heading: &'static str,
    pub cannot: &'static [Para],
}

/// A randomised trial comparing aHSCT with current MS treatments.
#[derive(Debug, Clone, Copy)]
pub struct Trial {
    pub name: &'static str,
    pub country: Para,
    pub comparison: Para,
    /// The status in words, with the month and year it was recorded.
    pub status_text: Para,
    /// The status as last recorded, for the content tests: no suggested
    /// question may name a trial that is no longer recruiting.
    #[cfg(not(target_arch = "wasm32"))]
    pub status: TrialStatus,
    /// When the status was recorded, or, where the fact sheet gives no date
    /// for the record, when the status began. `status_text` must say which.
    #[cfg(not(target_arch = "wasm32"))]
    pub status_date: StatusDate,
}

/// The date a trial's status carries, as far as the fact sheet gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusDate {
    /// The month and year the source recorded the status: "March 2023".
    /// The text says "as of" it.
    RecordedIn(&'static str),
    /// The fact sheet gives no date for the source's record, only the month
    /// and year the status began ("recruiting finished in November 2024").
    /// The text gives that month and says, in `DATE_NOT_KNOWN_WORDS`, that
    /// the record's own date is not known; it never says "as of".
    RecordDateUnknown { since: &'static str },
}

impl StatusDate {
    /// Words a status text must contain when its record has no known date.
    pub const DATE_NOT_KNOWN_WORDS: &'static str = "do not know when";

    /// The month and year the text must give, whichever kind of date it is.
    pub fn month_and_year(self) -> &'static str {
        match self {
            StatusDate::RecordedIn(when) => when,
            StatusDate::RecordDateUnknown { since } => since,
        }
    }
}

/// A trial's recruitment, as its source last recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrialStatus {
    Recruiting,
    /// Running, but no longer taking new people.
    NotRecruiting,
    /// Recruitment has finished; results are awaited.
    RecruitmentFinished,
    /// Stopped early.
    Terminated,
}

impl TrialStatus {
    /// Whether a reader could still join, as last recorded.
    pub fn open_to_join(self) -> bool {
        self == TrialStatus::Recruiting
    }

    /// Words the status text must contain, so that the words and the typed
    /// status cannot drift apart.
    pub fn words(self) -> &'static str {
        match self {
            TrialStatus::Recruiting => "was recruiting",
            TrialStatus::NotRecruiting => "no longer recruiting",
            TrialStatus::RecruitmentFinished => "recruiting finished",
            TrialStatus::Terminated => "stopped early",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct TrialsText {
    pub heading: &'static str,
    pub where_label: &'static str,
    pub compared_with_label: &'static str,
    pub status_label: &'static str,
    pub trials: &'static [Trial],
}

#[derive(Debug, Clone, Copy)]
pub struct SuggestedQuestion {
    /// Kept in the reader's stored list: never reuse an id for other words.
    pub id: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct QuestionGroup {
    pub heading: &'static str,
    pub questions: &'static [SuggestedQuestion],
}

/// Words of "My dates": the date on each step, and the panel under the timeline.
#[derive(Debug, Clone, Copy)]
pub struct MyDatesText {
    pub step_heading: &'static str,
    pub date_label: &'static str,
    pub note_label: &'static str,
    /// "Up to {max} characters."
    pub note_hint: &'static str,
    pub save: &'static str,
    pub remove: &'static str,
    pub saved: &'static str,
    pub removed: &'static str,
    pub your_date: &'static str,
    /// "Day {day}"
    pub day: &'static str,
    /// "{day}, {when}": the day count, then how far the date is from today.
    pub day_and_when: &'static str,
    pub today: &'static str,
    pub tomorrow: &'static str,
    pub yesterday: &'static str,
    /// "in {n} days", with a form for each plural category the language needs.
    pub in_days: &'static PluralText<'static>,
    /// "{n} days ago"
    pub days_ago: &'static PluralText<'static>,
    pub error_prefix: &'static str,
    pub error_not_a_date: &'static str,
    pub error_too_early: &'static str,
    /// "… no later than {latest}."
    pub error_too_late: &'static str,
    /// "… your date for “{step}” ({date}) …"
    pub error_before_step: &'static str,
    pub error_after_reinfusion: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    /// Holds a glossary mark.
    pub day_count: &'static str,
    pub empty: &'static str,
    pub download: &'static str,
    pub print: &'static str,
    pub clear: &'static str,
    pub clear_confirm: &'static str,
    pub clear_yes: &'static str,
    pub clear_no: &'static str,
    pub cleared: &'static str,
    pub downloaded: &'static str,
    pub calendar_name: &'static str,
    pub unreadable: &'static str,
    pub cannot_save: &'static str,
    pub changed_elsewhere: &'static str,
}

/// Words of the questions section's controls and messages.
#[derive(Debug, Clone, Copy)]
pub struct QuestionsText {
    pub privacy: &'static str,
    pub suggested_heading: &'static str,
    pub groups: &'static [QuestionGroup],
    pub list_heading: &'static str,
    /// "Questions in your list: {n}", kept in view beside the suggested questions.
    pub list_count: &'static str,
    /// The link from that count down to the list.
    pub go_to_list: &'static str,
    pub empty: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove: &'static str,
    /// The button that shows each question's Move up and Move down, and the
    /// words it has while they show.
    pub reorder: &'static str,
    pub reorder_done: &'static str,
    /// Completes a button's name for screen readers: "Move up" + " question 2".
    pub question_word: &'static str,
    pub add_label: &'static str,
    /// "Up to {max} characters."
    pub add_hint: &'static str,
    pub add_button: &'static str,
    pub add_empty_error: &'static str,
    /// Said before an error message, for screen readers ("Error:").
    pub error_prefix: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub clear: &'static str,
    /// "Clear all {n} questions from your list? This cannot be undone."
    pub clear_confirm: &'static str,
    pub clear_yes: &'static str,
    pub clear_no: &'static str,
    pub cleared: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub moved: &'static str,
    pub copied: &'static str,
    pub copy_yourself: &'static str,
    /// The title of the printed and copied list.
    pub printed_title: &'static str,
    pub unreadable: &'static str,
    pub show_earlier: &'static str,
    pub earlier_label: &'static str,
    pub delete_earlier: &'static str,
    pub cannot_save: &'static str,
    /// Another tab saved a list this release cannot read (a newer release).
    pub changed_elsewhere: &'static str,
    /// Suggested questions whose words were corrected under a new id: (the
    /// retired id, the id of the question that replaced it). A stored list
    /// holding a retired id shows the corrected question instead.
    pub replaced: &'static [(&'static str, &'static str)],
}

#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub id: SourceId,
    /// Who published it and what it is, as it was published: in its own
    /// language, the same on every page.
    pub citation: &'static str,
    /// This page's own note on it (a private provider, a patient's story, read
    /// through a summary), in the page's language, shown in brackets after it.
    pub note: Option<&'static str>,
    /// Absent where the fact sheet read the source through a copy it gives no address for.
    pub url: Option<&'static str>,
}

#[derive(Debug, Clone, Copy)]
pub struct Link {
    pub label: &'static str,
    pub url: &'static str,
}

/// One sentence of the source text, and where the app carries its meaning.
#[derive(Debug, Clone, Copy)]
pub struct SeedStatement {
    pub seed: &'static str,
    pub section: &'static str,
    /// Words the carrying section must contain, so the meaning cannot quietly go.
    pub key_phrases: &'static [&'static str],
}

/// The language a page is in, and the others the explainer is published in.
#[derive(Debug, Clone, Copy)]
pub struct LanguageText {
    /// The folder under `content/`: "es".
    pub code: &'static str,
    /// Its name in itself: "Español".
    pub name: &'static str,
    /// Written right to left (Arabic).
    pub right_to_left: bool,
    /// A translation says where it comes from and whether it has been checked;
    /// the source language (English) has none.
    pub translation_status: Option<&'static str>,
    /// Names the list of the other languages, for screen readers.
    pub others_label: &'static str,
    /// Says where the reader's choice of language is kept.
    pub kept: &'static str,
    /// Every language of this build, this one included, in the build's order.
    pub all: &'static [LanguageLink],
}

/// A language of the build, as a link from this page to its own.
#[derive(Debug, Clone, Copy)]
pub struct LanguageLink {
    pub code: &'static str,
    /// Its `lang` attribute: "en-GB", "es".
    pub tag: &'static str,
    pub name: &'static str,
    /// Its page, relative to this one: "es/index.html", "../index.html".
    pub href: &'static str,
}

/// The page around the app, written into the built page's own HTML: its
/// title, and what it says if the app cannot start or stops.
#[derive(Debug, Clone, Copy)]
pub struct ShellText {
    pub title: &'static str,
    pub description: &'static str,
    pub startup_problem: &'static str,
    pub app_problem: &'static str,
    pub app_problem_reload: &'static str,
}

/// Words of the page's frame and controls.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub site_title: &'static str,
    pub site_tagline: &'static str,
    pub skip_link: &'static str,
    pub notice_link: &'static str,
    /// The whole notice (`content/style.md`, "The notice"): it closes the
    /// page and every printout, including the questions list printed alone.
    pub notice_line: &'static str,
    /// Added, for screen readers, to links that open a new tab (in a host's frame).
    pub opens_in_new_tab: &'static str,
    pub contents_heading: &'static str,
    pub short_version_heading: &'static str,
    /// "Read the short version (about {minutes} minutes)"
    pub short_version_link: &'static PluralText<'static>,
    pub short_version_intro: &'static str,
    /// Under the questions' part of the short version: the way to the tool it does not show.
    pub short_questions_link: &'static str,
    /// "Read the full page (about {minutes} minutes)"
    pub full_page_link: &'static PluralText<'static>,
    pub in_short: &'static str,
    pub source_word: &'static str,
    pub timeline_label: &'static str,
    pub steps_list_label: &'static str,
    /// The button that unfolds the list of steps on a phone.
    pub steps_list_toggle: &'static str,
    /// "Step {n} of {total}"
    pub step_count: &'static str,
    pub all_steps_count: &'static str,
    /// The Previous button's word, and its whole name, which holds that word
    /// ("Previous step"): one text, so each language says it in its own order.
    pub previous: &'static str,
    pub previous_button_name: &'static str,
    pub next_button_name: &'static str,
    pub next: &'static str,
    /// Before the title of the step before, at the end of a step: "Previous step:".
    pub previous_step: &'static str,
    /// Before the title of the step after, at the end of a step: "Next step:".
    pub next_step: &'static str,
    pub show_all: &'static str,
    pub show_one: &'static str,
    pub keys_hint: &'static str,
    pub medical_name: &'static str,
    pub what_happens: &'static str,
    pub why: &'static str,
    pub timing: &'static str,
    pub may_notice: &'static str,
    pub picture_heading: &'static str,
    pub marrow: &'static str,
    pub blood: &'static str,
    pub store: &'static str,
    /// Under a panel of the stem cells' picture that the drawing leaves empty.
    pub picture_zone_empty: &'static str,
    pub curve_title: &'static str,
    pub curve_disclaimer: &'static str,
    /// The whole curve in words, for readers who cannot see it.
    pub curve_summary: &'static str,
    pub curve_usual: &'static str,
    pub curve_low: &'static str,
    pub curve_you_are_here: &'static str,
    pub reviewed: &'static str,
    pub next_review: &'static str,
    /// "The text was last checked … on {date}. It has changed since …"
    pub reviewed_before_changes: &'static str,
    /// "{publisher} had a clinician check this copy on {date}."
    pub signed_off: &'static str,
    pub published_by: &'static str,
    pub back_to_top: &'static str,
    /// From a source or glossary entry reached by a link, back to that link.
    pub back_to_text: &'static str,
    pub settings: SettingsLabels,
    pub listen: ListenLabels,
    /// Embed mode's footer: "Sources", "Open the full page", "Shared by".
    pub embed_sources: &'static str,
    pub open_full_page: &'static str,
    pub shared_by: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// Shown beside the address when the browser will not copy it for us.
    pub copy_link_yourself: &'static str,
}

/// Words of the reading settings panel.
#[derive(Debug, Clone, Copy)]
pub struct SettingsLabels {
    pub open: &'static str,
    pub text_size: &'static str,
    /// For standard, larger and largest text, in that order.
    pub sizes: [&'static str; 3],
    pub more_line_spacing: &'static str,
    pub reset: &'static str,
    pub kept_here: &'static str,
    pub not_kept: &'static str,
}

/// Words of the listen controls (`crate::listen`).
#[derive(Debug, Clone, Copy)]
pub struct ListenLabels {
    /// "Listen to this page", "… this part", "… this step", "… the short version"
    pub page: &'static str,
    pub part: &'static str,
    pub step: &'static str,
    pub short: &'static str,
    pub controls: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub stop: &'static str,
    pub speed: &'static str,
    /// Slower, normal and faster, in that order.
    pub speeds: [&'static str; 3],
    pub reading: &'static str,
    pub paused: &'static str,
    pub finished: &'static str,
    pub failed: &'static str,
    pub no_voice: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Review {
    /// The day the text was last checked against its sources, in the page's words.
    pub last_reviewed: &'static str,
    /// The same date in ISO form, for `<time datetime>`.
    pub last_reviewed_iso: &'static str,
    pub next_review: &'static str,
    pub next_review_iso: &'static str,
    /// The English text has changed since that check: the page says so
    /// instead of vouching for today's text with the old date.
    pub changed_since: bool,
    pub publisher: &'static str,
    /// The day a publisher's own clinician signed off this copy
    /// (`publisher.toml`, PUBLISHING.md §7), in the page's words.
    pub signed_off: Option<(&'static str, &'static str)>,
}

#[derive(Debug, Clone, Copy)]
pub struct Content {
    /// A BCP 47 tag for the `lang` attribute.
    pub lang: &'static str,
    pub language: LanguageText,
    pub shell: ShellText,
    pub labels: Labels,
    pub sections: &'static [Section],
    pub steps: &'static [Step],
    pub read_more: Link,
    pub sources: &'static [Source],
    pub review: Review,
    /// Only the content tests read this: the browser has no use for it.
    #[cfg(not(target_arch = "wasm32"))]
    pub seed_statements: &'static [SeedStatement],
    pub glossary: &'static [GlossaryTerm],
    /// Words around the glossary: "More in the glossary".
    pub glossary_more: &'static str,
    /// Completes "More in the glossary" for screen readers: "… about Relapse".
    pub glossary_about: &'static str,
    /// The button that closes a definition opened in the text: "Close",
    /// completed for screen readers: "… the definition of Relapse".
    pub glossary_close: &'static str,
    pub glossary_close_about: &'static str,
    pub cell_explorer: CellExplorerText,
    pub can_and_cannot: CanAndCannot,
    pub trials: TrialsText,
    pub questions: QuestionsText,
    pub my_dates: MyDatesText,
    /// The publisher's section about its own country, if it wrote one.
    pub country: Option<Country>,
}

/// "aHSCT in our country", as the publisher wrote it, ready to show.
#[derive(Debug, Clone, Copy)]
pub struct Country {
    /// "{org} wrote this section on {date}. …"
    pub written: &'static str,
    pub paragraphs: &'static [&'static [CountrySentence]],
    pub sources_heading: &'static str,
    /// Before the number of each of its sources, "C1": apart from the page's own.
    pub source_prefix: &'static str,
    pub sources: &'static [CountrySource],
}

#[derive(Debug, Clone, Copy)]
pub struct CountrySentence {
    pub text: &'static str,
    /// Its source's place in the section's own list, from 1.
    pub source: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct CountrySource {
    pub title: &'static str,
    pub url: &'static str,
    /// "Checked November 2026."
    pub dated: &'static str,
}

impl Content {
    pub fn section(&self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn glossary_term(&self, id: &str) -> Option<&'static GlossaryTerm> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// This release's words for a suggested question.
    pub fn suggested_question(&self, id: &str) -> Option<&'static str> {
        self.questions.groups.iter().flat_map(|group| group.questions).find(|q| q.id == id).map(|q| q.text)
    }

    /// The question a retired suggestion id now stands for, if it was replaced.
    pub fn replacement_question(&self, retired_id: &str) -> Option<&'static str> {
        self.questions.replaced.iter().find(|(retired, _)| *retired == retired_id).map(|(_, current)| *current)
    }

    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// The reference number shown in the text: the source's place in the list.
    pub fn source_number(&self, id: SourceId) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id).map(|i| i + 1)
    }

    pub fn step_count_text(&self, ordinal: usize) -> String {
        crate::timeline::step_count_text(self.labels.step_count, ordinal, self.steps.len())
    }
}

/// A section's paragraphs, with each list item as a paragraph of its own.
pub fn paras_of(blocks: &[Block]) -> Vec<Para> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Para(p) => vec![*p],
            Block::List(items) => items.to_vec(),
            Block::CallTeam(call_team) => call_team.paras.to_vec(),
        })
        .collect()
}

/// Every text a reader reads as a paragraph: the style guide's length rules apply.
pub fn paragraph_texts(c: &Content) -> Vec<&'static str> {
    let mut texts: Vec<&'static str> = Vec::new();
    // The publisher's own section is checked where its file is read (`publisher.rs`).
    for section in c.sections.iter().filter(|s| s.kind != SectionKind::Country) {
        texts.push(section.in_short);
        texts.extend(paras_of(section.body).iter().map(|p| p.text));
    }
    for step in c.steps {
        // Its "When to call your team" is the one the risks section carries.
        texts.extend([step.what_happens, step.why, step.timing, step.may_notice].into_iter().flatten().map(|p| p.text));
        texts.extend([step.in_short, step.scene_text, step.immune_text]);
    }
    for cell in c.cell_explorer.cells {
        texts.extend(cell.about.iter().chain(cell.in_ahsct).map(|p| p.text));
    }
    texts.extend(c.can_and_cannot.can.iter().chain(c.can_and_cannot.cannot).map(|p| p.text));
    for trial in c.trials.trials {
        texts.extend([trial.country.text, trial.comparison.text, trial.status_text.text]);
    }
    texts.extend(c.glossary.iter().map(|t| t.definition.text));
    texts.extend(c.questions.groups.iter().flat_map(|g| g.questions).map(|q| q.text));
    texts.extend([c.labels.notice_line, c.labels.site_tagline, c.labels.curve_summary]);
    texts
}

/// Headings, labels and names: short lines.
pub fn label_texts(c: &Content) -> Vec<&'static str> {
    let mut texts: Vec<&'static str> =
        c.sections.iter().filter(|s| s.kind != SectionKind::Country).map(|s| s.heading).collect();
    texts.extend(c.steps.iter().map(|s| s.title));
    texts.extend(c.glossary.iter().map(|t| t.term));
    texts.extend(c.cell_explorer.cells.iter().map(|cell| cell.name));
    texts.extend(c.questions.groups.iter().map(|g| g.heading));
    texts.extend(c.sections.iter().filter_map(|s| s.call_team()).map(|call_team| call_team.heading));
    texts
}

//! The reader's dates as shared state in the browser, kept by the storage
//! policy every kept thing shares (`platform::kept`).

use crate::reactive::{use_context, RwSignal};

use crate::my_dates::words::MyDatesWords;
use crate::my_dates::{MyDates, MyDatesFormat};
use crate::platform::kept::Status;
use crate::platform::kept_state::KeptState;

/// The reader's dates, what the page can say about keeping them, and the
/// words the dates' islands show as they change (from the page).
#[derive(Clone, Copy)]
pub struct MyDatesState {
    /// `kept`'s own value, named for what it is.
    pub dates: RwSignal<MyDates>,
    pub status: RwSignal<Status>,
    /// `None` where the page lacks them: the islands then say so and stay as rendered.
    pub words: Option<MyDatesWords>,
    kept: KeptState<MyDatesFormat>,
}

impl MyDatesState {
    pub fn new(words: Option<MyDatesWords>) -> Self {
        let kept = KeptState::new();
        Self { dates: kept.value, status: kept.status, words, kept }
    }

    /// Reads the stored dates after the page has started.
    pub fn load_from_browser(&self) {
        self.kept.open(MyDatesFormat, |dates| dates);
    }

    /// Changes the dates and keeps them where the browser allows.
    pub fn change(&self, edit: impl FnOnce(&mut MyDates)) {
        self.kept.change(edit);
    }
}

impl MyDatesState {
    /// The words, or why an island cannot start without them.
    pub fn words(&self) -> Result<MyDatesWords, String> {
        self.words.ok_or_else(|| "the words of the dates' panel are missing or malformed".to_owned())
    }
}

pub fn use_my_dates() -> MyDatesState {
    use_context::<MyDatesState>().expect("my dates are provided by the page (layout::start)")
}

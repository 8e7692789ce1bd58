//! The reader's dates as shared state, kept by the storage policy every kept
//! thing shares (`platform::kept`), with the words the dates' islands show.

use leptos::prelude::{use_context, RwSignal};

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
    /// `None` where the page lacks them: the islands then stay as rendered.
    words: Option<&'static MyDatesWords>,
    kept: KeptState<MyDatesFormat>,
}

impl MyDatesState {
    pub fn new(words: Option<&'static MyDatesWords>) -> Self {
        let kept = KeptState::new();
        Self { dates: kept.value, status: kept.status, words, kept }
    }

    /// The words as the page carries them (`panel::MY_DATES_DATA_ATTRIBUTE`).
    #[cfg(target_arch = "wasm32")]
    pub fn from_page() -> Self {
        use crate::my_dates::panel::MY_DATES_DATA_ATTRIBUTE;
        let words = crate::platform::page_data::read::<MyDatesWords>(MY_DATES_DATA_ATTRIBUTE);
        Self::new(words.map(|words| &*Box::leak(Box::new(words))))
    }

    /// The words; an island without them cannot show the page as built, so
    /// it refuses to hydrate and stays as the page has it.
    pub fn words(&self) -> &'static MyDatesWords {
        self.words.expect("the words of the reader's dates are missing from the page, or malformed")
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

pub fn use_my_dates() -> MyDatesState {
    use_context::<MyDatesState>().expect("my dates are provided by the page (App, or layout::start)")
}

use leptos::prelude::{signal, Effect, ReadSignal, Set};

/// False as the page is built, true once the browser has hydrated the island
/// that asks: for what works only with scripts (a link that becomes a
/// button, a Save button), so that the page as built reads as it does
/// without them.
pub fn hydrated() -> ReadSignal<bool> {
    let (hydrated, set) = signal(false);
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| set.set(true));
    hydrated
}

//! The page's address as the browser has it; the reading and writing of it
//! is pure, in `crate::address`.

/// The address's query parameters, percent-decoded (see `query::parse`).
pub fn query_params() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    crate::address::query::parse(&search)
}

/// The page's own address for a fragment, without the embedding parameters:
/// the standalone page a reader can open or share.
pub fn standalone_address(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(crate::address::query::standalone_address(&href, fragment))
}

/// The current fragment, with its `#`, or empty.
pub fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Changes the fragment without a new history entry, a scroll or a `hashchange`:
/// stepping through the timeline should not fill the Back button's history.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

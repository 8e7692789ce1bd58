//! Copying text for the reader, or offering it to copy by hand where the
//! browser has no clipboard (`http://`) or refuses it (a frame, a permission).

use web_sys::HtmlElement;

use crate::platform::dom::select_text;

/// Puts text on the clipboard; false where the browser refuses (no
/// permission in a frame, an older browser) or has no clipboard at all
/// (`navigator.clipboard` exists only on `https:`, `localhost` and `file:`).
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|clipboard| clipboard.is_object());
    if !has_clipboard {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Copies text to the clipboard, then says whether it could. Where the
/// browser refuses, the caller shows the text in a field, which `field` then
/// gives back, and its text is selected, ready for the reader to copy.
/// `done` returns false when its answer no longer applies (nothing is selected then).
pub fn copy_or_offer(
    text: String,
    done: impl FnOnce(bool, String) -> bool + 'static,
    field: impl FnOnce() -> Option<HtmlElement> + 'static,
) {
    copy_or_offer_boxed(text, Box::new(done), Box::new(field));
}

// Not generic: the task's future, and the glue that runs it, are then in the
// WebAssembly once rather than once for each caller.
#[allow(clippy::type_complexity)]
fn copy_or_offer_boxed(
    text: String,
    done: Box<dyn FnOnce(bool, String) -> bool>,
    field: Box<dyn FnOnce() -> Option<HtmlElement>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let copied = copy_to_clipboard(&text).await;
        let still_wanted = done(copied, text);
        if still_wanted && !copied {
            crate::platform::dom::request_animation_frame(move || {
                if let Some(field) = field() {
                    select_text(&field);
                }
            });
        }
    });
}

//! Talking to the host page that frames the explainer: the height it needs.

use wasm_bindgen::JsCast;

use crate::platform::dom::document;

/// Calls `on_height` with the element's height in CSS px whenever it changes,
/// at most once per frame, for as long as the page lives.
pub fn watch_height(selector: &str, on_height: impl Fn(i32) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(target) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return;
    };
    let measure = {
        let target = target.clone();
        move || on_height(target.get_bounding_client_rect().height().ceil() as i32)
    };
    measure();
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    let measure = std::rc::Rc::new(measure);
    let callback = Closure::<dyn FnMut()>::new(move || {
        if pending.replace(true) {
            return;
        }
        let (pending, measure) = (pending.clone(), measure.clone());
        crate::platform::dom::request_animation_frame(move || {
            pending.set(false);
            measure();
        });
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&target);
        // Both live as long as the page: the embed watches until it is unloaded.
        std::mem::forget(observer);
        callback.forget();
    }
}

/// Tells the embedding page the explainer's height: the documented message,
/// and nothing else.
pub fn post_height_to_parent(height: i32, target_origin: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"ahsct-explainer:height".into());
    let _ = js_sys::Reflect::set(&message, &"v".into(), &1.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, target_origin);
}

#[cfg(not(target_arch = "wasm32"))]
use leptos::prelude::*;

/// Copies the address of the current step on the standalone page (inside a
/// host's frame, the frame's own fragment never reaches the host's address
/// bar). Part of the timeline's island (`bind`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn CopyStepLink(label: &'static str) -> impl IntoView {
    view! {
        <div class="copy-step-link">
            <button type="button" class="button button--quiet">{label}</button>
            <p class="copy-step-link__status" role="status"></p>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::bind;

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::reactive::prelude::*;
    use crate::reactive::RwSignal;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    use crate::embed::state::use_embed;
    use crate::islands::bind::{self, Island};
    use crate::platform::clipboard;
    use crate::timeline::state::use_timeline;
    use crate::timeline::widget::TimelineWords;
    use crate::timeline::TimelineView;

    #[derive(Debug, Clone, PartialEq, Eq)]
    enum CopyState {
        Idle,
        Copied,
        /// The browser refused: the address is shown for the reader to copy.
        ShowAddress(String),
    }

    const ADDRESS_FIELD_ID: &str = "step-link-address";

    pub fn bind(island: &Island, words: TimelineWords) -> Result<(), String> {
        let timeline = use_timeline();
        let embedding = use_embed();
        let part = island.find::<Element>(".copy-step-link")?;
        let button = island.find::<Element>(".copy-step-link button")?;
        let status = island.find::<Element>(".copy-step-link__status")?;
        let state = RwSignal::new(CopyState::Idle);

        // A new step makes an old "copied" or old address wrong.
        crate::islands::effect(move || {
            timeline.view.track();
            state.set(CopyState::Idle);
        });
        bind::flag(&part, "hidden", move || timeline.view.get() == TimelineView::All);
        bind::text(&status, move || {
            (if state.with(|s| *s == CopyState::Copied) { words.link_copied } else { "" }).to_owned()
        });
        let shown_in = part.clone();
        crate::islands::effect(move || {
            let existing = shown_in.query_selector(".text-to-copy-field").ok().flatten();
            if let Some(old) = existing {
                old.remove();
            }
            if let CopyState::ShowAddress(address) = state.get() {
                if let Some(field) = address_field(words.copy_link_yourself, &address) {
                    let _ = shown_in.append_child(&field);
                }
            }
        });
        let field_in = part.clone();
        bind::on(&button, "click", move |_| {
            let address = embedding.full_page_address.get_untracked();
            let copied_for = timeline.view.get_untracked();
            let field_in = field_in.clone();
            clipboard::copy_or_offer(
                address,
                move |copied, address| {
                    // The clipboard can answer after the reader has moved on: what
                    // it says is about the step the link was for, so it is dropped.
                    if timeline.view.get_untracked() != copied_for {
                        return false;
                    }
                    state.set(if copied { CopyState::Copied } else { CopyState::ShowAddress(address) });
                    true
                },
                move || field_in.query_selector(&format!("#{ADDRESS_FIELD_ID}")).ok().flatten()?.dyn_into().ok(),
            );
        });
        Ok(())
    }

    /// `<label class="text-to-copy-field">{label}<input readonly value=address></label>`
    fn address_field(label: &str, address: &str) -> Option<HtmlElement> {
        let field = bind::element("label", "text-to-copy-field")?;
        field.set_text_content(Some(label));
        let input = bind::element("input", "text-to-copy")?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
        input.set_id(ADDRESS_FIELD_ID);
        input.set_type("text");
        input.set_read_only(true);
        input.set_value(address);
        let _ = field.append_child(&input);
        Some(field)
    }
}

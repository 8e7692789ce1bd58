use leptos::prelude::*;

use crate::embed::state::use_embed;
use crate::platform::clipboard;
use crate::timeline::state::use_timeline;
use crate::timeline::TimelineView;

crate::platform::page_data::words_struct! {
    /// What "Copy a link" says, in the page's language.
    pub struct CopyLinkWords {
        pub copy_link: String,
        pub link_copied: String,
        /// The label of the address shown where the browser will not copy it.
        pub copy_link_yourself: String,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    /// The browser refused: the address is shown for the reader to copy.
    ShowAddress(String),
}

/// Copies the address of the current step on the standalone page (inside a
/// host's frame, the frame's own fragment never reaches the host's address
/// bar). Where the browser will not copy, the address is shown, selected.
#[island]
pub fn CopyStepLink(words: CopyLinkWords) -> impl IntoView {
    let CopyLinkWords { copy_link, link_copied, copy_link_yourself } = words;
    let timeline = use_timeline();
    let embedding = use_embed();
    let state = RwSignal::new(CopyState::Idle);
    let address_field = NodeRef::<leptos::html::Input>::new();

    // A new step makes an old "copied" or old address wrong.
    Effect::new(move |_| {
        timeline.view.track();
        state.set(CopyState::Idle);
    });
    let copy = move |_| {
        let address = embedding.full_page_address.get_untracked();
        let copied_for = timeline.view.get_untracked();
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
            move || address_field.get_untracked().map(Into::into),
        );
    };
    let status = move || if state.with(|s| *s == CopyState::Copied) { link_copied.clone() } else { String::new() };
    let shown_address = move || match state.get() {
        CopyState::ShowAddress(address) => Some(view! {
            <label class="text-to-copy-field">
                {copy_link_yourself.clone()}
                <input class="text-to-copy" id="step-link-address" type="text" readonly value=address node_ref=address_field/>
            </label>
        }),
        _ => None,
    };
    view! {
        <div class="copy-step-link" hidden=move || timeline.view.get() == TimelineView::All>
            <button type="button" class="button button--quiet" on:click=copy>{copy_link}</button>
            <p class="copy-step-link__status" role="status" prop:textContent=status></p>
            {shown_address}
        </div>
    }
}

use leptos::prelude::*;

use crate::embed::state::use_embed;
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

/// Copies the address of the current step on the standalone page (inside a
/// host's frame, the frame's own fragment never reaches the host's address bar).
#[component]
pub fn CopyStepLink(words: TimelineWords) -> impl IntoView {
    let labels = words;
    let timeline = use_timeline();
    let embedding = use_embed();
    let state = RwSignal::new(CopyState::Idle);
    let address_field = NodeRef::<leptos::html::Input>::new();

    // A new step makes an old "copied" or old address wrong.
    crate::islands::effect(move || {
        timeline.view.track();
        state.set(CopyState::Idle);
    });

    let copy = move |_| {
        let address = embedding.full_page_address.get_untracked();
        let copied_for = timeline.view.get_untracked();
        clipboard::copy_or_offer(
            address,
            move |copied, address| {
                // The clipboard can answer after the reader has moved on: what it
                // says is about the step the link was for, so it is dropped.
                if timeline.view.get_untracked() != copied_for {
                    return false;
                }
                state.set(if copied { CopyState::Copied } else { CopyState::ShowAddress(address) });
                true
            },
            move || address_field.get_untracked().map(Into::into),
        );
    };

    view! {
        <div class="copy-step-link" hidden=move || timeline.view.get() == TimelineView::All>
            <button type="button" class="button button--quiet" on:click=copy>{labels.copy_link}</button>
            <p class="copy-step-link__status" role="status">
                {move || (state.get() == CopyState::Copied).then_some(labels.link_copied)}
            </p>
            {move || match state.get() {
                CopyState::ShowAddress(address) => Some(view! {
                    <label class="text-to-copy-field">
                        {labels.copy_link_yourself}
                        <input id=ADDRESS_FIELD_ID node_ref=address_field class="text-to-copy" type="text" readonly value=address/>
                    </label>
                }),
                _ => None,
            }}
        </div>
    }
}

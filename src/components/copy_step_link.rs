use leptos::prelude::*;

use crate::browser;
use crate::state::{use_content, use_embed, use_timeline};
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
pub fn CopyStepLink() -> impl IntoView {
    let labels = &use_content().labels;
    let timeline = use_timeline();
    let embedding = use_embed();
    let state = RwSignal::new(CopyState::Idle);

    // A new step makes an old "copied" or old address wrong.
    Effect::new(move |_| {
        timeline.view.track();
        state.set(CopyState::Idle);
    });

    let copy = move |_| {
        let address = embedding.full_page_address.get_untracked();
        leptos::task::spawn_local(async move {
            if browser::copy_to_clipboard(&address).await {
                state.set(CopyState::Copied);
            } else {
                state.set(CopyState::ShowAddress(address));
                request_animation_frame(|| browser::select_input_text(ADDRESS_FIELD_ID));
            }
        });
    };

    view! {
        <div class="copy-step-link" hidden=move || timeline.view.get() == TimelineView::All>
            <button type="button" class="button button--quiet" on:click=copy>{labels.copy_link}</button>
            <p class="copy-step-link__status" role="status">
                {move || (state.get() == CopyState::Copied).then_some(labels.link_copied)}
            </p>
            {move || match state.get() {
                CopyState::ShowAddress(address) => Some(view! {
                    <label class="copy-step-link__field">
                        {labels.copy_link_yourself}
                        <input id=ADDRESS_FIELD_ID class="text-to-copy" type="text" readonly value=address/>
                    </label>
                }),
                _ => None,
            }}
        </div>
    }
}

//! The words the listen controls show or say: the page carries them once
//! (`view::LISTEN_DATA_ATTRIBUTE`), and `layout::start` reads them into the
//! shared state every control reads.

crate::platform::page_data::words_struct! {
    pub struct ListenWords {
        /// The name of the group of controls while reading: "Read-aloud controls"
        pub controls: String,
        pub pause: String,
        /// "Continue", after a pause
        pub resume: String,
        pub stop: String,
        pub speed: String,
        pub slower: String,
        pub normal: String,
        pub faster: String,
        /// What the control says while reading, paused, at the end, and when
        /// the device's voice failed.
        pub reading: String,
        pub paused: String,
        pub finished: String,
        pub failed: String,
        /// "This device has no voice to read this page aloud in English."
        pub no_voice: String,
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl ListenWords {
    pub fn from_labels(labels: &crate::content::ListenLabels) -> Self {
        let [slower, normal, faster] = labels.speeds;
        Self {
            controls: labels.controls.to_owned(),
            pause: labels.pause.to_owned(),
            resume: labels.resume.to_owned(),
            stop: labels.stop.to_owned(),
            speed: labels.speed.to_owned(),
            slower: slower.to_owned(),
            normal: normal.to_owned(),
            faster: faster.to_owned(),
            reading: labels.reading.to_owned(),
            paused: labels.paused.to_owned(),
            finished: labels.finished.to_owned(),
            failed: labels.failed.to_owned(),
            no_voice: labels.no_voice.to_owned(),
        }
    }
}

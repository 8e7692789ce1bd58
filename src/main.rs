//! The browser entry point. Natively there is nothing to start: the native
//! build's job is `src/bin/prerender.rs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    ahsct_explainer::start();
}

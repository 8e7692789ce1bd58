//! The browser entry point of the reader's dates, a WebAssembly module of
//! their own that the page loads when a reader first needs it
//! (`src/my_dates/loading.rs`). Natively there is nothing to start.

fn main() {
    #[cfg(target_arch = "wasm32")]
    ahsct_explainer::my_dates::start::start();
}

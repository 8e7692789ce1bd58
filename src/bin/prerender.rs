//! Writes the app's pre-rendered HTML into a built `index.html`.
//!
//! Run by Trunk's post-build hook (`scripts/post-build.sh`) on the staged page:
//! `prerender path/to/index.html`.

use std::process::ExitCode;

use ahsct_explainer::prerender::{inject, render_app};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return ExitCode::FAILURE;
    };
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|page| inject(&page, &render_app()).map_err(|e| format!("{path}: {e}")))
        .and_then(|page| std::fs::write(&path, page).map_err(|e| format!("cannot write {path}: {e}")));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

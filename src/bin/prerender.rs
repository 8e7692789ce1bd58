//! Builds the page's HTML from the content files and the publisher file, and
//! writes it into a built `index.html`.
//!
//! Run by Trunk's post-build hook (`scripts/post-build.sh`) on the staged page:
//! `prerender path/to/index.html`. `prerender --check` only reads and checks
//! the files. The publisher file is `publisher.toml` unless `--publisher FILE`
//! (or the `PUBLISHER_FILE` variable) names another; the words are in
//! `content/` unless `--content DIR` names another folder laid out the same way.
//!
//! Any problem stops it before it writes anything, with one line per problem.

use std::path::PathBuf;
use std::process::ExitCode;

use ahsct_explainer::content::{load, Sources};
use ahsct_explainer::prerender::{accent_stylesheet, inject, link_stylesheet, render_app};

const USAGE: &str = "usage: prerender [--publisher FILE] [--content DIR] (--check | path/to/index.html)";
const ACCENT_STYLESHEET: &str = "publisher-accent.css";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut sources = Sources::project_default();
    if let Ok(file) = std::env::var("PUBLISHER_FILE") {
        if !file.is_empty() {
            sources.publisher_shown_as = file.clone();
            sources.publisher_file = PathBuf::from(file);
        }
    }
    let mut target = None;
    let mut check_only = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check_only = true,
            "--publisher" => match args.next() {
                Some(file) => {
                    sources.publisher_shown_as = file.clone();
                    sources.publisher_file = PathBuf::from(file);
                }
                None => return usage(),
            },
            "--content" => match args.next() {
                Some(dir) => {
                    sources.content_shown_as = dir.trim_end_matches('/').to_owned();
                    sources.content_dir = PathBuf::from(dir);
                }
                None => return usage(),
            },
            _ if target.is_none() && !arg.starts_with("--") => target = Some(PathBuf::from(arg)),
            _ => return usage(),
        }
    }
    let build = match load(&sources) {
        Ok(build) => build,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            let count = problems.len();
            eprintln!(
                "prerender: {count} problem{} in the content or publisher files; nothing was written",
                if count == 1 { "" } else { "s" }
            );
            return ExitCode::FAILURE;
        }
    };
    if check_only {
        println!("prerender: the content and publisher files are fine");
        return ExitCode::SUCCESS;
    }
    let Some(path) = target else { return usage() };
    let shown = path.display().to_string();
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {shown}: {e}"))
        .and_then(|page| inject(&page, &render_app(build.content)).map_err(|e| format!("{shown}: {e}")))
        .and_then(|page| match &build.accent {
            None => Ok(page),
            Some((on_light, on_dark)) => {
                let css = path.with_file_name(ACCENT_STYLESHEET);
                std::fs::write(&css, accent_stylesheet(on_light, on_dark))
                    .map(|()| link_stylesheet(&page, ACCENT_STYLESHEET))
                    .map_err(|e| format!("cannot write {}: {e}", css.display()))
            }
        })
        .and_then(|page| std::fs::write(&path, page).map_err(|e| format!("cannot write {shown}: {e}")));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

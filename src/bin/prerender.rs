//! Builds the page's HTML from the content files and the publisher file, and
//! writes it into a built `index.html`.
//!
//! Run by Trunk's post-build hook (`scripts/post-build.sh`) on the staged page:
//! `prerender path/to/index.html`. `prerender --check` only reads and checks
//! the files; `prerender --text-fingerprint` prints the English text's
//! fingerprint, for `content/review.toml`. The publisher file is `publisher.toml` unless `--publisher FILE`
//! (or the `PUBLISHER_FILE` variable) names another; the words are in
//! `content/` unless `--content DIR` names another folder laid out the same way.
//!
//! Any problem stops it before it writes anything, with one line per problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ahsct_explainer::content::{load_all, page_path, text_fingerprint, Sources};
use ahsct_explainer::prerender::{accent_stylesheet, inject, link_stylesheet, localise_shell, render_app};

const USAGE: &str =
    "usage: prerender [--publisher FILE] [--content DIR] (--check | --text-fingerprint | path/to/index.html)";
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
    let mut fingerprint_only = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check_only = true,
            "--text-fingerprint" => fingerprint_only = true,
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
    if fingerprint_only {
        return match text_fingerprint(&sources.content_dir) {
            Ok(fingerprint) => {
                println!("{fingerprint}");
                ExitCode::SUCCESS
            }
            Err(problem) => {
                eprintln!("{problem}");
                ExitCode::FAILURE
            }
        };
    }
    let builds = match load_all(&sources) {
        Ok(builds) => builds,
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
        println!("prerender: the content and publisher files are fine ({} languages)", builds.len());
        return ExitCode::SUCCESS;
    }
    let Some(path) = target else { return usage() };
    match write_pages(&path, &builds) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes each language's page from the built page at `path`: the
/// publisher's language over it, and each other language into a folder of
/// its own beside it (`es/index.html`), sharing the build's other files.
fn write_pages(path: &Path, builds: &[ahsct_explainer::content::Build]) -> Result<(), String> {
    let shown = path.display().to_string();
    let template = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let top = path.parent().unwrap_or(Path::new("."));
    let default_language = builds.first().map_or("en", |b| b.content.language.code);
    let template = match builds.first().and_then(|b| b.accent.as_ref()) {
        None => template,
        Some((on_light, on_dark)) => {
            let css = top.join(ACCENT_STYLESHEET);
            std::fs::write(&css, accent_stylesheet(on_light, on_dark))
                .map_err(|e| format!("cannot write {}: {e}", css.display()))?;
            link_stylesheet(&template, ACCENT_STYLESHEET)
        }
    };
    for build in builds {
        let code = build.content.language.code;
        let relative = page_path(code, default_language);
        let target = top.join(&relative);
        let page =
            localise_shell(&template, build.content, code != default_language).map_err(|e| format!("{shown}: {e}"))?;
        let page = inject(&page, &render_app(build.content)).map_err(|e| format!("{shown}: {e}"))?;
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
        }
        std::fs::write(&target, page).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    Ok(())
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

//! Rendering the app's first view to HTML at build time, so that the page is
//! readable before (and without) the WebAssembly; and writing the page around
//! it (its language, title and start-up messages) in each language. The
//! browser's islands then bind to this HTML.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::content::Content;
use crate::layout::app::App;

/// The empty root element in `index.html` that the rendered app goes into.
pub const ROOT_PLACEHOLDER: &str = r#"<div id="app"></div>"#;

pub fn render_app(content: &'static Content) -> String {
    // A server context: browser-only work (event listeners, effects) is skipped.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    let html = owner.with(|| view! { <App content=content/> }.to_html());
    without_hydration_markers(&html)
}

/// Leptos marks where text nodes meet (`<!>`) so that hydration can find
/// them again. Only Leptos's islands hydrate: outside them the marks are only
/// bytes (about 1,800 of them, 0.2 KiB brotli), and those go. Text never
/// contains the mark itself: Leptos escapes a `<` in text.
fn without_hydration_markers(html: &str) -> String {
    const OPEN: &str = "<leptos-island";
    const CLOSE: &str = "</leptos-island>";
    let mut out = String::with_capacity(html.len());
    let mut depth = 0usize;
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        if from.starts_with("<!>") && depth == 0 {
            rest = &from[3..];
            continue;
        }
        if from.starts_with(OPEN) {
            depth += 1;
        } else if from.starts_with(CLOSE) {
            depth = depth.saturating_sub(1);
        }
        out.push('<');
        rest = &from[1..];
    }
    out.push_str(rest);
    out
}

/// The built page (Trunk's `index.html`) in a language: its `lang` and
/// direction, title, description, the other languages' pages (`hreflang`),
/// and what it says if the app cannot start or stops, all from the content.
/// A page in a folder of its own (`es/index.html`) finds the build's shared
/// files one folder up.
pub fn localise_shell(page: &str, content: &Content, in_subfolder: bool) -> Result<String, ShellError> {
    let shell = &content.shell;
    let dir = if content.language.right_to_left { "rtl" } else { "ltr" };
    let mut page =
        replace_once(page, "<html lang=\"", "\">", &format!("<html lang=\"{}\" dir=\"{dir}\">", content.lang))?;
    page = replace_once(&page, "<title>", "</title>", &format!("<title>{}</title>", escape(shell.title)))?;
    let alternates: String = content
        .language
        .all
        .iter()
        .map(|l| format!("\n  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", l.tag, l.href))
        .collect();
    page = replace_once(
        &page,
        "<meta name=\"description\" content=\"",
        "\">",
        &format!("<meta name=\"description\" content=\"{}\">{alternates}", escape(shell.description)),
    )?;
    page = replace_once(
        &page,
        "<p id=\"startup-problem\"",
        "</p>",
        &format!("<p id=\"startup-problem\" class=\"startup-problem\" hidden>{}</p>", escape(shell.startup_problem)),
    )?;
    page = replace_once(
        &page,
        "<div id=\"app-problem\"",
        "</div>",
        &format!(
            "<div id=\"app-problem\" class=\"app-problem\" role=\"alert\" hidden>\n    <p>{} <a href=\"\">{}</a></p>\n  </div>",
            escape(shell.app_problem),
            escape(shell.app_problem_reload)
        ),
    )?;
    if in_subfolder {
        // Trunk's references to the stylesheets, the app's glue and its WebAssembly.
        page = page.replace("href=\"./", "href=\"../").replace("(\"./", "(\"../").replace(": \"./", ": \"../");
    }
    Ok(page)
}

/// Something of the built page that `localise_shell` writes is not there.
#[derive(Debug, PartialEq, Eq)]
pub struct ShellError {
    pub expected: String,
}

impl std::fmt::Display for ShellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "expected exactly one {} in the page; has index.html changed?", self.expected)
    }
}

/// Replaces the one stretch from `start` to the first `end` after it.
fn replace_once(page: &str, start: &str, end: &str, with: &str) -> Result<String, ShellError> {
    let error = || ShellError { expected: format!("{start}…{end}") };
    if page.matches(start).count() != 1 {
        return Err(error());
    }
    let from = page.find(start).ok_or_else(error)?;
    let to = page[from..].find(end).ok_or_else(error)? + from + end.len();
    Ok(format!("{}{with}{}", &page[..from], &page[to..]))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The stylesheet that gives the page the publisher's accent colour, in both
/// themes; an embedding host's `?accent=` still overrides it in the browser.
pub fn accent_stylesheet(on_light: &str, on_dark: &str) -> String {
    format!(":root {{ --accent-light: {on_light}; --accent-dark: {on_dark}; }}\n")
}

/// Links a stylesheet after the page's own (it then wins over their defaults).
pub fn link_stylesheet(page: &str, name: &str) -> String {
    page.replacen("</head>", &format!("<link rel=\"stylesheet\" href=\"./{name}\">\n</head>"), 1)
}

#[derive(Debug, PartialEq, Eq)]
pub enum InjectError {
    /// The page has no `<div id="app"></div>`, or more than one.
    Placeholder { found: usize },
}

impl std::fmt::Display for InjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InjectError::Placeholder { found } => {
                write!(f, "expected exactly one {ROOT_PLACEHOLDER} in the page, found {found}")
            }
        }
    }
}

/// Puts the rendered app inside the root element, with nothing around it:
/// hydration walks the root's children and would trip over stray whitespace.
pub fn inject(page: &str, app_html: &str) -> Result<String, InjectError> {
    let found = page.matches(ROOT_PLACEHOLDER).count();
    if found != 1 {
        return Err(InjectError::Placeholder { found });
    }
    Ok(page.replacen(ROOT_PLACEHOLDER, &format!(r#"<div id="app">{app_html}</div>"#), 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn inject_fills_the_one_empty_root() {
        let page = r#"<body><p>x</p><div id="app"></div></body>"#;
        assert_eq!(
            inject(page, "<main>hi</main>"),
            Ok(r#"<body><p>x</p><div id="app"><main>hi</main></div></body>"#.to_owned())
        );
    }

    #[test]
    fn inject_refuses_a_page_without_exactly_one_root() {
        assert_eq!(inject("<body></body>", "x"), Err(InjectError::Placeholder { found: 0 }));
        let twice = format!("{ROOT_PLACEHOLDER}{ROOT_PLACEHOLDER}");
        assert_eq!(inject(&twice, "x"), Err(InjectError::Placeholder { found: 2 }));
    }

    #[test]
    fn hydration_markers_stay_only_inside_islands_and_a_written_one_stays() {
        assert_eq!(without_hydration_markers("<p>a<!>b <!>c &lt;!&gt;</p>"), "<p>ab c &lt;!&gt;</p>");
        assert_eq!(
            without_hydration_markers("a<!>b<leptos-island x><p>c<!>d</p></leptos-island>e<!>f"),
            "ab<leptos-island x><p>c<!>d</p></leptos-island>ef"
        );
        let html = render_app(content::for_language("en"));
        let (inside, outside) = split_at_islands(&html);
        assert!(!outside.contains("<!>"), "a hydration mark outside the islands");
        assert!(inside.contains("<!>"), "the islands keep the marks their hydration needs");
    }

    /// The page's text inside Leptos's islands (an island inside another's
    /// children counts once, with its outermost), and outside them.
    fn split_at_islands(html: &str) -> (String, String) {
        let (mut inside, mut outside) = (String::new(), String::new());
        let mut depth = 0usize;
        let mut rest = html;
        while let Some(at) = rest.find('<') {
            let (before, from) = rest.split_at(at);
            if depth == 0 { &mut outside } else { &mut inside }.push_str(before);
            if from.starts_with("<leptos-island") {
                depth += 1;
            } else if from.starts_with("</leptos-island>") {
                depth = depth.saturating_sub(1);
            }
            if depth == 0 && !from.starts_with("</leptos-island>") { &mut outside } else { &mut inside }.push('<');
            rest = &from[1..];
        }
        outside.push_str(rest);
        (inside, outside)
    }

    #[test]
    fn the_rendered_page_holds_every_section_and_every_step() {
        let c = content::for_language("en");
        let html = render_app(c);
        for section in c.sections {
            assert!(html.contains(&format!(r#"id="{}""#, section.id)), "section {}", section.id);
            assert!(html.contains(section.heading), "heading of {}", section.id);
        }
        for step in c.steps {
            assert!(html.contains(&format!(r#"data-step="{}""#, step.id)), "step {}", step.id);
            assert!(html.contains(step.title), "title of {}", step.id);
        }
        assert_eq!(html.matches("<h1").count(), 1, "one h1");
    }

    #[test]
    fn the_rendered_timeline_starts_at_step_one() {
        let html = render_app(content::for_language("en"));
        assert!(html.contains("Step 1 of 8"));
        assert_eq!(html.matches(r#"aria-current="step""#).count(), 1);
        // The other steps are in the page too, for reading without scripts.
        assert_eq!(html.matches("step--not-current").count(), 7);
    }

    #[test]
    fn rendering_twice_gives_the_same_html() {
        assert_eq!(render_app(content::for_language("en")), render_app(content::for_language("en")));
    }
}

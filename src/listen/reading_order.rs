//! What the reader sees, in reading order, as sentences to read aloud: the
//! text of headings, paragraphs, list items and a glossary term's words,
//! but not citation numbers, text for screen readers only, buttons, or
//! anything hidden. And the mark on the sentence being read.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{Element, Range, Text};

use crate::listen::sentence_ranges;

/// Text inside these is never read: citation numbers, words for screen
/// readers only, controls and a step's date form, a glossary note's link to
/// its entry, the ways round the page, and drawings (their words are in the
/// text beside them).
const NOT_READ: &str =
    ".citations, .visually-hidden, .listen, .my-date, .term__more, button, input, textarea, select, nav, svg, \
                        script, style, noscript, template, [aria-hidden=\"true\"], [data-listen-skip]";

/// The elements whose text is read as one piece, sentence by sentence.
/// An open glossary note is read as a block of its own, after its sentence.
const BLOCKS: &str =
    "h1, h2, h3, h4, h5, h6, p, li, dt, dd, figcaption, caption, th, td, summary, legend, label, .term__note";

/// The attribute on the block being read, for its styles.
const READING_ATTRIBUTE: &str = "data-listen-reading";

/// The CSS highlight the sentence being read is drawn with (`listen.css`).
const HIGHLIGHT_NAME: &str = "listen-sentence";

/// One sentence to read: its words, where it is, and the block it is in.
pub struct Sentence {
    pub text: String,
    pub range: Range,
    pub block: Element,
}

/// A block's text, and the text nodes it was joined from (each with where
/// it starts in the joined text, in UTF-16 units).
struct Block {
    element: Element,
    text: String,
    nodes: Vec<(Text, usize)>,
    length: usize,
}

/// Every sentence shown inside `root`, in the page's order.
pub fn sentences_in(root: &Element) -> Vec<Sentence> {
    let Some(document) = root.owner_document() else { return Vec::new() };
    // 4 is NodeFilter.SHOW_TEXT.
    let Ok(walker) = document.create_tree_walker_with_what_to_show(root, 4) else { return Vec::new() };
    let mut blocks: Vec<Block> = Vec::new();
    let mut last_parent: Option<(Element, bool)> = None;
    while let Ok(Some(node)) = walker.next_node() {
        let Ok(text) = node.dyn_into::<Text>() else { continue };
        let Some(parent) = text.parent_element() else { continue };
        let words = text.data();
        let blank = words.trim().is_empty();
        // A space's own boxes say nothing (it may be collapsed): the words
        // beside it decide whether its element shows.
        let is_read = match &last_parent {
            _ if blank => parent.closest(NOT_READ).ok().flatten().is_none(),
            Some((last, is_read)) if *last == parent => *is_read,
            _ => {
                let is_read = is_read_aloud(&parent, &text);
                last_parent = Some((parent.clone(), is_read));
                is_read
            }
        };
        if !is_read {
            continue;
        }
        let element =
            parent.closest(BLOCKS).ok().flatten().filter(|block| root.contains(Some(block))).unwrap_or(parent);
        // A space between two words' elements ("<strong>JACIE</strong> An
        // accreditation body") keeps them apart; between blocks it is nothing.
        if blank && blocks.last().is_none_or(|block| block.element != element) {
            continue;
        }
        let length = words.encode_utf16().count();
        match blocks.last_mut() {
            Some(block) if block.element == element => {
                block.nodes.push((text, block.length));
                block.text.push_str(&words);
                block.length += length;
            }
            _ => blocks.push(Block { element, text: words, nodes: vec![(text, 0)], length }),
        }
    }
    blocks.iter().flat_map(|block| block_sentences(&document, block)).collect()
}

/// Whether the text in `parent` (of which `text` is the first node) is read.
fn is_read_aloud(parent: &Element, text: &Text) -> bool {
    parent.closest(NOT_READ).ok().flatten().is_none() && is_shown(text) && !is_invisible(parent)
}

/// Text laid out but not seen (`visibility: hidden`, such as a step's
/// ordinal while the bar above says the same).
fn is_invisible(parent: &Element) -> bool {
    let style = web_sys::window().and_then(|window| window.get_computed_style(parent).ok().flatten());
    style.and_then(|style| style.get_property_value("visibility").ok()).is_some_and(|value| value != "visible")
}

/// Text that is not displayed (hidden, a step not shown, a closed glossary
/// note) has no boxes. Asked of the text itself: an island's wrapper element
/// has no box of its own (`display: contents`) while its text has.
fn is_shown(text: &Text) -> bool {
    let Some(range) = text.owner_document().and_then(|document| document.create_range().ok()) else {
        return false;
    };
    range.select_node_contents(text).is_ok() && range.get_client_rects().is_some_and(|rects| rects.length() > 0)
}

fn block_sentences(document: &web_sys::Document, block: &Block) -> Vec<Sentence> {
    let units: Vec<u16> = block.text.encode_utf16().collect();
    sentence_ranges(&block.text)
        .into_iter()
        .filter_map(|span| {
            let words = String::from_utf16_lossy(&units[span.clone()]);
            let range = document.create_range().ok()?;
            let (start_node, start_offset) = position(block, span.start, false)?;
            let (end_node, end_offset) = position(block, span.end, true)?;
            range.set_start(&start_node, start_offset).ok()?;
            range.set_end(&end_node, end_offset).ok()?;
            let text = words.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(Sentence { text, range, block: block.element.clone() })
        })
        .collect()
}

/// The text node and offset in it of a place in the block's joined text; an
/// end at a node's last unit stays in that node.
fn position(block: &Block, at: usize, is_end: bool) -> Option<(Text, u32)> {
    let index = block.nodes.iter().rposition(|(_, start)| if is_end { *start < at } else { *start <= at })?;
    let (node, start) = &block.nodes[index];
    Some((node.clone(), u32::try_from(at - start).ok()?))
}

#[wasm_bindgen]
extern "C" {
    /// The CSS Custom Highlight API's `Highlight` (web-sys has it only among
    /// its unstable APIs).
    type Highlight;
    #[wasm_bindgen(constructor, js_class = "Highlight", catch)]
    fn new(range: &Range) -> Result<Highlight, JsValue>;

    type HighlightRegistry;
    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight);
    #[wasm_bindgen(method)]
    fn delete(this: &HighlightRegistry, name: &str) -> bool;
}

/// `CSS.highlights`, where the browser has it.
fn highlights() -> Option<HighlightRegistry> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let registry = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    registry.is_object().then(|| registry.unchecked_into())
}

/// Marks the sentence being read (or, with `None`, none): the sentence by a
/// CSS highlight where the browser has them, its block by an attribute in
/// every browser.
pub fn mark(sentence: Option<&Sentence>) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(marked) = document.query_selector_all(&format!("[{READING_ATTRIBUTE}]")) {
            for index in 0..marked.length() {
                if let Some(element) = marked.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
                    let _ = element.remove_attribute(READING_ATTRIBUTE);
                }
            }
        }
    }
    let registry = highlights();
    if let Some(registry) = &registry {
        registry.delete(HIGHLIGHT_NAME);
    }
    let Some(sentence) = sentence else { return };
    let _ = sentence.block.set_attribute(READING_ATTRIBUTE, "");
    if let (Some(registry), Ok(highlight)) = (registry, Highlight::new(&sentence.range)) {
        registry.set(HIGHLIGHT_NAME, &highlight);
    }
}

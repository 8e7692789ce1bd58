//! The page around the features: the app, header, footer, sections and the
//! text blocks they share. Styles: `tokens.css`, `base.css`, `startup.css`,
//! `layout.css`, and `print.css` (printing rules shared by every feature).

pub mod app;
pub mod can_and_cannot;
pub mod page_section;
pub mod rich_text;
pub mod site_footer;
pub mod site_header;
#[cfg(target_arch = "wasm32")]
pub mod start;

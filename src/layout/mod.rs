//! The page around the features: the app, header, footer, sections and the
//! text blocks they share. Its styles are the page's global ones, in `style/`:
//! `tokens.css`, `base.css`, `startup.css`, `layout.css`, and `print.css`
//! (printing rules shared by every feature).

#[cfg(not(target_arch = "wasm32"))]
pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod call_team;
#[cfg(not(target_arch = "wasm32"))]
pub mod can_and_cannot;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_section;
#[cfg(not(target_arch = "wasm32"))]
pub mod rich_text;
pub mod site_footer;
#[cfg(not(target_arch = "wasm32"))]
pub mod site_header;
#[cfg(target_arch = "wasm32")]
pub mod start;

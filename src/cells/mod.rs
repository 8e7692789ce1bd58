//! The blood-cell explorer: a family tree of the cells a stem cell makes, and a
//! card for each. Styles: `cells.css`.

pub mod explorer;
#[cfg(not(target_arch = "wasm32"))]
pub mod family_tree;

//! The blood-cell explorer: a family tree of the cells a stem cell makes, and a
//! card for each. Styles: `cells.css`.

pub mod explorer;
pub mod family_tree;

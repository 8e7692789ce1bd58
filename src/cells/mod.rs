//! The blood-cell explorer: a drawing of the cells a stem cell makes, and a
//! card for each. Styles: `cells.css`.

pub mod diagram;
pub mod explorer;

//! One component per file. Each reads its words from the content in context.

pub mod citations;
pub mod copy_step_link;
pub mod immune_curve;
pub mod page_section;
pub mod read_more;
pub mod reading_settings;
pub mod rich_text;
pub mod site_footer;
pub mod site_header;
pub mod source_list;
pub mod stem_cell_picture;
pub mod step_article;
pub mod step_list;
pub mod timeline_widget;

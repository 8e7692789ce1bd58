//! One component per file. Each reads its words from the content in context.

pub mod add_question_form;
pub mod can_and_cannot;
pub mod cell_diagram;
pub mod cell_explorer;
pub mod citations;
pub mod copy_step_link;
pub mod glossary_list;
pub mod glossary_term;
pub mod immune_curve;
pub mod marked_text;
pub mod my_questions;
pub mod page_section;
pub mod question_list_actions;
pub mod questions_tool;
pub mod read_more;
pub mod reading_settings;
pub mod rich_text;
pub mod site_footer;
pub mod site_header;
pub mod source_list;
pub mod stem_cell_picture;
pub mod step_article;
pub mod step_list;
pub mod suggested_questions;
pub mod timeline_widget;
pub mod trial_list;

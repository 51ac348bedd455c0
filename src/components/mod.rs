//! Leptos components: thin views over the pure core.

mod article_view;
mod entity_card;
mod error_view;
mod evidence_bar;
mod kind_icon;
mod legend;
mod matrix_toggle;
mod stance_matrix;
mod status;

pub use article_view::ArticleView;
pub use entity_card::{CardIds, EntityCard};
pub use error_view::ErrorView;
pub use status::Loading;

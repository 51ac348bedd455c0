//! Leptos components: thin views over the pure core.

mod article_view;
mod entity_card;
mod error_view;
mod kind_icon;
mod legend;
mod status;

pub use article_view::ArticleView;
pub use entity_card::{CardIds, EntityCard};
pub use error_view::ErrorView;
pub use status::Loading;

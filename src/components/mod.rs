//! Leptos components: thin views over the pure core.

mod article_view;
mod error_view;
mod status;

pub use article_view::ArticleView;
pub use error_view::ErrorView;
pub use status::Loading;

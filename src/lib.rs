//! Stancemap: a client-only reader for annotated news articles.
pub mod core;

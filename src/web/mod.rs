//! Browser services: HTTP, the address (routes and fragments), storage, files, downloads, the
//! service worker, where an article is published, and DOM helpers. No views here.

pub mod deep_link;
pub mod dom;
pub mod download;
pub mod embed_dialog;
pub mod files;
pub mod http;
pub mod published;
pub mod route;
pub mod service_worker;
pub mod storage;
pub mod trust;

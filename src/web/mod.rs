//! Browser services: HTTP, the address (routes and fragments), storage, files, downloads, the
//! service worker and DOM helpers. No views here.

pub mod deep_link;
pub mod dom;
pub mod download;
pub mod files;
pub mod http;
pub mod route;
pub mod service_worker;
pub mod storage;

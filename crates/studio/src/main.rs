//! The studio's entry point: mounts the studio into the page's `#stancemap` element, in place
//! of the loading notice.

fn main() {
    stancemap_studio::mount();
}

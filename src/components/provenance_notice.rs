//! The notice above an article this site did not publish: where it came from, in the
//! reader's own words, read out with the title (which it describes).

use leptos::prelude::*;

use super::ours::{DIR, LANG};
use crate::core::provenance::{NoticeLink, Provenance};

/// The notice for `provenance`, with the element id `id`; nothing for this site's own.
#[component]
pub fn ProvenanceNotice(provenance: Provenance, id: String) -> impl IntoView {
    provenance.notice().map(|notice| {
        let link = notice.link.map(|(to, label)| {
            let href = match to {
                NoticeLink::Library => "?view=library".to_owned(),
                NoticeLink::Address(address) => address,
            };
            view! { " " <a href=href>{label}</a> }
        });
        view! {
            <p class="sm-provenance" role="note" id=id lang=LANG dir=DIR>
                <strong>{notice.label}</strong>
                " "
                {notice.text}
                {link}
            </p>
        }
    })
}

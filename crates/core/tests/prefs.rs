//! Reader preferences: the stored form round-trips, and anything unexpected falls back.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stancemap_core::prefs::{DEFAULT_SIZE, Prefs, SIZES, Theme, Typeface, Width};

#[test]
fn defaults_follow_the_system_at_the_normal_size() {
    let prefs = Prefs::parse("");
    assert_eq!(prefs, Prefs::default());
    assert_eq!(prefs.theme, Theme::Auto);
    assert_eq!(SIZES[prefs.size], "Normal");
    assert_eq!(
        prefs.to_string(),
        "theme=auto size=2 font=sans width=medium"
    );
}

#[test]
fn reads_what_it_wrote_and_ignores_the_rest() {
    let prefs = Prefs::parse("theme=sepia size=4 font=serif width=wide");
    assert_eq!(
        prefs,
        Prefs {
            theme: Theme::Sepia,
            size: 4,
            typeface: Typeface::Serif,
            width: Width::Wide
        }
    );
    let odd = Prefs::parse("theme=neon size=9 font= width=wide junk =x size=-1");
    assert_eq!(
        odd,
        Prefs {
            width: Width::Wide,
            ..Prefs::default()
        }
    );
}

#[test]
fn text_size_steps_stop_at_both_ends() {
    let smallest = Prefs {
        size: 0,
        ..Prefs::default()
    };
    assert_eq!(smallest.smaller(), None);
    assert_eq!(smallest.larger().map(|p| p.size), Some(1));
    let largest = Prefs {
        size: SIZES.len() - 1,
        ..Prefs::default()
    };
    assert_eq!(largest.larger(), None);
    assert_eq!(
        Prefs::default().smaller().map(|p| p.size),
        Some(DEFAULT_SIZE - 1)
    );
}

proptest! {
    #[test]
    fn every_choice_round_trips(
        t in 0..Theme::ALL.len(),
        size in 0..SIZES.len(),
        f in 0..Typeface::ALL.len(),
        w in 0..Width::ALL.len(),
    ) {
        let prefs = Prefs { theme: Theme::ALL[t], size, typeface: Typeface::ALL[f], width: Width::ALL[w] };
        prop_assert_eq!(Prefs::parse(&prefs.to_string()), prefs);
    }

    #[test]
    fn parsing_never_panics(stored in ".{0,80}") {
        let prefs = Prefs::parse(&stored);
        prop_assert!(prefs.size < SIZES.len());
    }
}

#[test]
fn the_stored_form_uses_exactly_the_published_keys() {
    let stored = Prefs::default().to_string();
    let keys: Vec<&str> = stored
        .split(' ')
        .map(|w| w.split_once('=').unwrap().0)
        .collect();
    assert_eq!(keys, stancemap_core::prefs::KEYS);
}

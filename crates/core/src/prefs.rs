//! Reader preferences (theme, text size, typeface, line width) and their stored form: words
//! like `theme=sepia size=3`, which the page's inline start-up script also reads, so the
//! prerendered article is painted in the reader's choices before any wasm arrives.

use std::fmt;

/// Colours of the reader. `Auto` follows the system (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light or dark, as the system is.
    #[default]
    Auto,
    /// Dark text on white.
    Light,
    /// Dark text on warm paper.
    Sepia,
    /// Light text on dark.
    Dark,
}

/// The typeface of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Typeface {
    /// The system's sans-serif.
    #[default]
    Sans,
    /// A serif, for long reads.
    Serif,
}

/// How long lines of article text may get.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Width {
    /// Lines of at most 55 characters.
    Narrow,
    /// Lines of at most 65 characters.
    #[default]
    Medium,
    /// Lines of at most 80 characters.
    Wide,
}

/// Text size steps, from the smallest.
pub const SIZES: [&str; 5] = ["Smaller", "Small", "Normal", "Large", "Larger"];
/// The step used until the reader picks another.
pub const DEFAULT_SIZE: usize = 2;

/// Everything the reader can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    /// Colours.
    pub theme: Theme,
    /// Index into [`SIZES`].
    pub size: usize,
    /// Typeface of the text.
    pub typeface: Typeface,
    /// Line length.
    pub width: Width,
}

impl Default for Prefs {
    fn default() -> Prefs {
        Prefs {
            theme: Theme::default(),
            size: DEFAULT_SIZE,
            typeface: Typeface::default(),
            width: Width::default(),
        }
    }
}

macro_rules! keyword_enum {
    ($ty:ty { $($variant:ident => $word:literal, $label:literal),+ $(,)? }) => {
        impl $ty {
            /// Every choice, in the controls' order.
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),+];

            /// The word stored and set as a `data-` attribute.
            pub fn as_str(self) -> &'static str {
                match self { $(<$ty>::$variant => $word),+ }
            }

            /// What the reader controls call it.
            pub fn label(self) -> &'static str {
                match self { $(<$ty>::$variant => $label),+ }
            }

            /// The choice whose word is `word`, if any.
            pub fn from_word(word: &str) -> Option<$ty> {
                match word { $($word => Some(<$ty>::$variant),)+ _ => None }
            }
        }
    };
}

keyword_enum!(Theme { Auto => "auto", "Auto", Light => "light", "Light", Sepia => "sepia", "Sepia", Dark => "dark", "Dark" });
keyword_enum!(Typeface { Sans => "sans", "Sans-serif", Serif => "serif", "Serif" });
keyword_enum!(Width { Narrow => "narrow", "Narrow", Medium => "medium", "Medium", Wide => "wide", "Wide" });

/// The local-storage key the preferences are kept under (read by the app, and by the page's
/// start-up script before the app arrives).
pub const STORAGE_KEY: &str = "stancemap:prefs";

/// The keys of the stored form, in its order; each is also the `data-` attribute the page sets.
pub const KEYS: [&str; 4] = ["theme", "size", "font", "width"];

impl Prefs {
    /// Reads the stored form; unknown or malformed words keep their defaults.
    ///
    /// ```
    /// use stancemap_core::prefs::{Prefs, Theme};
    /// let prefs = Prefs::parse("theme=sepia size=3 font=comic");
    /// assert_eq!(prefs.theme, Theme::Sepia);
    /// assert_eq!(prefs.size, 3);
    /// assert_eq!(prefs.typeface, Prefs::default().typeface, "an unknown word keeps the default");
    /// assert_eq!(Prefs::parse(&prefs.to_string()), prefs);
    /// ```
    pub fn parse(stored: &str) -> Prefs {
        let mut prefs = Prefs::default();
        for (key, value) in stored.split_whitespace().filter_map(|w| w.split_once('=')) {
            match key {
                "theme" => prefs.theme = Theme::from_word(value).unwrap_or(prefs.theme),
                "size" => {
                    prefs.size = value
                        .parse()
                        .ok()
                        .filter(|s| *s < SIZES.len())
                        .unwrap_or(prefs.size);
                }
                "font" => prefs.typeface = Typeface::from_word(value).unwrap_or(prefs.typeface),
                "width" => prefs.width = Width::from_word(value).unwrap_or(prefs.width),
                _ => {}
            }
        }
        prefs
    }

    /// A larger text size, if there is one.
    pub fn larger(self) -> Option<Prefs> {
        (self.size + 1 < SIZES.len()).then_some(Prefs {
            size: self.size + 1,
            ..self
        })
    }

    /// A smaller text size, if there is one.
    pub fn smaller(self) -> Option<Prefs> {
        self.size.checked_sub(1).map(|size| Prefs { size, ..self })
    }
}

/// The stored form: the `data-` attribute names and values the page applies, in one line.
impl fmt::Display for Prefs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "theme={} size={} font={} width={}",
            self.theme.as_str(),
            self.size,
            self.typeface.as_str(),
            self.width.as_str()
        )
    }
}

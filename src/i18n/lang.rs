//! The widget's language: read from a `lang` attribute, and the texts it chooses.

#[cfg(feature = "preview")]
use super::StaffTexts;
use super::{da, en, Texts};

/// The widget's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// Reads a `lang` attribute value: English for any English tag (`en`, `en-GB`, `en_US`),
    /// anything else Danish. `embed.js` reads it by the same rule.
    pub fn parse(code: &str) -> Self {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Self::En
        } else {
            Self::Da
        }
    }

    /// The BCP 47 code for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Self::Da => "da",
            Self::En => "en",
        }
    }

    /// The language's own name for itself, for language pickers.
    pub fn autonym(self) -> &'static str {
        match self {
            Self::Da => "Dansk",
            Self::En => "English",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Self::Da => &da::TEXTS,
            Self::En => &en::TEXTS,
        }
    }

    /// The preview's texts (the preview build only).
    #[cfg(feature = "preview")]
    pub fn staff(self) -> &'static StaffTexts {
        match self {
            Self::Da => &da::STAFF,
            Self::En => &en::STAFF,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_english_tag_is_english() {
        // The same table as the loader's test (tests/browser/embed.test.mjs).
        let table = [
            ("en", Lang::En),
            ("EN", Lang::En),
            ("en-GB", Lang::En),
            (" en-gb ", Lang::En),
            ("en-AU", Lang::En),
            ("en_US", Lang::En),
            ("da", Lang::Da),
            ("da-DK", Lang::Da),
            ("english", Lang::Da),
            ("", Lang::Da),
            ("fr", Lang::Da),
            ("eng", Lang::Da),
        ];
        for (tag, lang) in table {
            assert_eq!(Lang::parse(tag), lang, "{tag:?}");
        }
    }
}

//! Searching text for text, for the citizen's code: the standard library's `str::find`,
//! `contains`, `split_once` and `replace` with a text pattern bring its two-way substring
//! search, and with it a slicing panic whose message formats characters and ranges with
//! `Debug` (Unicode's printable tables): about 7 KB of the wasm for a few short needles.
//! The same goes for slicing text by position, so the citizen's code cuts with `str::get`.

/// Where `needle` (not empty) first starts in `text`.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    text.as_bytes().windows(needle.len()).position(|window| window == needle.as_bytes())
}

/// The text before the first `needle` (not empty) and the text after it.
pub fn split_once<'a>(text: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, needle)?;
    Some((text.get(..at)?, text.get(at + needle.len()..)?))
}

/// `text` with every `needle` (not empty) replaced by `with`.
pub fn replace(text: &str, needle: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = split_once(rest, needle) {
        out.push_str(before);
        out.push_str(with);
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        let texts = ["", "{}", "a{}b{}c", "{{}}", "æ{}ø", "{caseNumber}/x/{caseNumber}", "no placeholder", "{case"];
        for text in texts {
            for needle in ["{}", "{caseNumber}", "json", "ø"] {
                assert_eq!(find(text, needle), text.find(needle), "{text:?} {needle:?}");
                assert_eq!(split_once(text, needle), text.split_once(needle), "{text:?} {needle:?}");
                assert_eq!(replace(text, needle, "é"), text.replace(needle, "é"), "{text:?} {needle:?}");
            }
        }
    }
}

//! The safety net for every text from the API that a citizen may read.
//!
//! Texts come from many IT systems and may carry markup, invisible characters that reorder
//! or hide text, or a personal identity number (CPR) typed into a title by a caseworker.
//! Rendering is always as text (never HTML), so this filter is about what a person reads.

/// What is shown where a CPR-like number was.
pub const CPR_MASK: &str = "xxxxxx-xxxx";

/// A cleaned text and what cleaning it took.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cleaned {
    pub text: String,
    /// CPR-like numbers replaced by [`CPR_MASK`].
    pub masked_cpr: usize,
    /// Tags such as `<b>` or `<script>` removed.
    pub removed_markup: bool,
    /// Control, bidi or zero-width characters removed.
    pub removed_hidden: bool,
}

/// Cleans one text: drops tags and hidden characters, folds white space, masks CPR-like numbers.
pub fn clean(raw: &str) -> Cleaned {
    let mut out = Cleaned::default();
    let mut folded = String::with_capacity(raw.len());
    // Hidden characters go first, so that none can hide a tag (`<\u{0}script>`) or split a
    // CPR number. Tabs and line breaks are not hidden: they read as spaces.
    let mut removed_hidden = false;
    let mut chars = raw
        .chars()
        .filter(|&c| {
            let hidden = is_hidden(c) && !c.is_ascii_whitespace();
            removed_hidden |= hidden;
            !hidden
        })
        .peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if c == '<' && chars.peek().is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) {
            // A tag: skip to its end. An unclosed `<x` runs to the end of the text.
            for t in chars.by_ref() {
                if t == '>' {
                    break;
                }
            }
            out.removed_markup = true;
            pending_space = true;
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && !folded.is_empty() {
            folded.push(' ');
        }
        pending_space = false;
        folded.push(c);
    }
    drop(chars);
    let (text, masked) = mask_cpr(&folded);
    out.text = text;
    out.masked_cpr = masked;
    out.removed_hidden = removed_hidden;
    out
}

/// A value from the API quoted for staff in a finding or an item's name (the preview build
/// and the scanning command only): kept as written
/// (markup too: it is shown as text, and staff need to see what was wrong) but without hidden
/// characters, with CPR-like numbers masked, and cut short (it may be anything).
#[cfg(feature = "preview")]
pub fn for_staff(raw: &str) -> String {
    // Most values (ids, KLE numbers, short details) are short and plain: fewer than the ten
    // digits a CPR number has, and nothing hidden. They are quoted as they are.
    if raw.len() <= STAFF_QUOTE_CHARS
        && raw.bytes().filter(u8::is_ascii_digit).count() < 10
        && !raw.chars().any(is_hidden)
    {
        return raw.to_owned();
    }
    // Only the start is read (a value may be megabytes), a CPR number's length past the cut,
    // so that a number across the cut is masked whole before the cut is made.
    let visible: String = raw.chars().filter(|&c| !is_hidden(c)).take(STAFF_QUOTE_CHARS + CPR_MASK.len()).collect();
    mask_cpr(&visible).0.chars().take(STAFF_QUOTE_CHARS).collect()
}

/// How much of a value a finding quotes.
#[cfg(feature = "preview")]
const STAFF_QUOTE_CHARS: usize = 200;

/// Characters a reader cannot see but that change what is shown: controls, bidi overrides
/// and isolates, zero-width characters, soft hyphens.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// What a person may type between a CPR number's date and its serial: a hyphen, any dash
/// (U+2010–U+2015: word processors turn one into another) or the minus sign (U+2212), or any
/// space (Unicode's White_Space: the ordinary and no-break spaces, tabs and line breaks).
fn is_cpr_separator(c: char) -> bool {
    c == '-' || c == '\u{2212}' || ('\u{2010}'..='\u{2015}').contains(&c) || c.is_whitespace()
}

/// Replaces every `ddmmyy-xxxx` (with any separator of [`is_cpr_separator`]) and `ddmmyyxxxx`
/// whose `ddmmyy` is a real date.
/// Returns the text and how many were masked.
pub fn mask_cpr(text: &str) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut masked = 0;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // `i` is never inside a run of digits: each run is stepped over whole.
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run = digit_run(bytes, i);
        let end = match run {
            10 => Some(i + 10),
            6 => text
                .get(i + 6..)
                .and_then(|rest| rest.chars().next())
                .filter(|&c| is_cpr_separator(c))
                .map(|c| i + 6 + c.len_utf8())
                .filter(|&serial| digit_run(bytes, serial) == 4)
                .map(|serial| serial + 4),
            _ => None,
        };
        match end {
            Some(end) if is_real_ddmmyy(&bytes[i..i + 6]) => {
                // Cut next to ASCII digits: on character boundaries, so `get` always gives.
                out.push_str(text.get(copied..i).unwrap_or_default());
                out.push_str(CPR_MASK);
                copied = end;
                masked += 1;
                i = end;
            }
            _ => i += run,
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    (out, masked)
}

fn digit_run(bytes: &[u8], from: usize) -> usize {
    bytes[from.min(bytes.len())..].iter().take_while(|b| b.is_ascii_digit()).count()
}

fn is_real_ddmmyy(d: &[u8]) -> bool {
    let n = |i: usize| u32::from(d[i] - b'0') * 10 + u32::from(d[i + 1] - b'0');
    let (day, month, year) = (n(0), n(2), n(4));
    // The century is not in the number; a 29 February is real in some century when yy % 4 == 0.
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_cpr_like_numbers_and_keeps_other_numbers() {
        let table = [
            ("Sag om 010190-1234", "Sag om xxxxxx-xxxx", 1),
            ("cpr 0101901234.", "cpr xxxxxx-xxxx.", 1),
            ("290200-1234 og 290201-1234", "xxxxxx-xxxx og 290201-1234", 1),
            ("311190-1234", "311190-1234", 0),
            ("010190-12345", "010190-12345", 0),
            ("12345678901", "12345678901", 0),
            ("Sagsnr. 2026-123456", "Sagsnr. 2026-123456", 0),
            ("tlf. 33 66 33 66", "tlf. 33 66 33 66", 0),
            ("a1505851234b", "axxxxxx-xxxxb", 1),
            ("", "", 0),
            ("010190-123", "010190-123", 0),
            ("3201901234", "3201901234", 0),
            ("cpr 010190 1234", "cpr xxxxxx-xxxx", 1),
            ("010190\u{2013}1234 og 010190\u{00A0}1234", "xxxxxx-xxxx og xxxxxx-xxxx", 2),
            ("010190\u{2212}1234", "xxxxxx-xxxx", 1),
            ("010190 12345", "010190 12345", 0),
            ("010190 - 1234", "010190 - 1234", 0),
        ];
        for (input, expected, count) in table {
            assert_eq!(mask_cpr(input), (expected.to_owned(), count), "input {input:?}");
        }
    }

    #[test]
    fn masks_with_every_separator_and_only_one() {
        let dashes = ['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}'];
        let spaces = [
            '\t', '\n', '\u{0B}', '\u{0C}', '\r', ' ', '\u{85}', '\u{A0}', '\u{1680}', '\u{2000}', '\u{2001}',
            '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200A}',
            '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}',
        ];
        for separator in dashes.iter().chain(&spaces) {
            let text = format!("cpr 010190{separator}1234.");
            assert_eq!(mask_cpr(&text), ("cpr xxxxxx-xxxx.".to_owned(), 1), "U+{:04X}", u32::from(*separator));
            let twice = format!("010190{separator}{separator}1234");
            assert_eq!(mask_cpr(&twice).1, 0, "two separators: U+{:04X}", u32::from(*separator));
        }
        for not_one in ['_', '/', '.', '\u{2016}', '\u{FE63}', '\u{FF0D}', '\u{200B}', '\u{2E3A}'] {
            assert_eq!(mask_cpr(&format!("010190{not_one}1234")).1, 0, "not a separator: U+{:04X}", u32::from(not_one));
        }
    }

    #[test]
    fn strips_markup_and_hidden_characters() {
        let table = [
            ("<b>Byggesag</b>", "Byggesag", true, false),
            ("<script>alert(1)</script>Tilbygning", "alert(1) Tilbygning", true, false),
            ("1 < 2 og 3 > 2", "1 < 2 og 3 > 2", false, false),
            ("Ansøg\u{202E}ning", "Ansøgning", false, true),
            ("zero\u{200B}width", "zerowidth", false, true),
            ("  many \n\t spaces  ", "many spaces", false, false),
            ("<img src=x onerror=alert(1)", "", true, false),
            ("<\u{0}script>x", "x", true, true),
            ("a\u{85}b", "ab", false, true),
        ];
        for (input, text, markup, hidden) in table {
            let cleaned = clean(input);
            assert_eq!(cleaned.text, text, "input {input:?}");
            assert_eq!(cleaned.removed_markup, markup, "markup in {input:?}");
            assert_eq!(cleaned.removed_hidden, hidden, "hidden in {input:?}");
        }
    }

    #[test]
    #[cfg(feature = "preview")]
    fn quotes_for_staff_short_masked_and_visible() {
        // A CPR number across the cut is masked, not cut in two and left readable.
        let across = format!("{}010190-1234 og mere", "a".repeat(195));
        assert_eq!(for_staff(&across), format!("{}xxxxx", "a".repeat(195)));
        let huge = format!("<b>x</b>\u{202E}{}", "y".repeat(5_000_000));
        assert_eq!(for_staff(&huge), format!("<b>x</b>{}", "y".repeat(192)));
    }

    #[test]
    fn masks_a_cpr_split_by_hidden_characters() {
        for hidden in ["0101\u{200B}90-1234", "010100000\u{85}0", "0\u{2060}10190\u{00A0}1\u{FEFF}234"] {
            let cleaned = clean(hidden);
            assert_eq!(cleaned.text, CPR_MASK, "{hidden:?}");
            assert_eq!(cleaned.masked_cpr, 1);
        }
    }
}

//! Watch words: words and phrases a municipality does not want shown (KL's advice: scan the
//! data that will be shown for particular words), matched in what the overview shows. The
//! scanning command and the preview use this one matcher.
//!
//! A list is a text, one word or phrase a line; `#` starts a comment; a trailing `*` makes the
//! last word a prefix (`misbrug*` matches "misbrugssag"). Matching ignores case, the Danish
//! letters included (Æ/æ, Ø/ø, Å/å), and is on word boundaries: `sort` does not match in
//! "sortering". A phrase's words may stand with any white space between them.

/// One line of a list: its words, folded, and whether the last is a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    /// As written in the list (without the comment), for the report.
    written: String,
    words: Vec<String>,
    prefix: bool,
}

/// A parsed list of watch words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WatchList {
    entries: Vec<Entry>,
    /// Entries by the first letter of their first word, sorted by letter: most words of a text
    /// start with a letter no entry starts with, and are passed over at once.
    by_letter: Vec<(char, Vec<usize>)>,
    /// The quick test: the first two bytes of every entry, folded to lower case, as bits of a
    /// table of all byte pairs. A text is read a word at a time, and only a word whose first
    /// two bytes are in the table is compared; a word that starts beyond ASCII and Latin-1 is
    /// always compared (some are capitals of the letters below: the Kelvin sign of k).
    starts: Vec<u64>,
}
/// A line of a list that holds no word (only signs): it could never match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unusable {
    pub line: usize,
    pub text: String,
}

/// Where a watch word stands in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'l> {
    /// The list's line, as written.
    pub word: &'l str,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
}

impl WatchList {
    /// Reads a list; lines with no word at all are returned as unusable, not dropped silently.
    pub fn parse(text: &str) -> (Self, Vec<Unusable>) {
        let mut list = Self::default();
        let mut unusable = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let (body, prefix) = match line.strip_suffix('*') {
                Some(body) => (body.trim_end(), true),
                None => (line, false),
            };
            let words: Vec<String> = words(body).map(|(start, end)| body[start..end].to_lowercase()).collect();
            let Some(letter) = words.first().and_then(|w| w.chars().next()) else {
                unusable.push(Unusable { line: n + 1, text: line.to_owned() });
                continue;
            };
            list.add_start(words[0].as_bytes());
            let index = list.entries.len();
            match list.by_letter.binary_search_by_key(&letter, |(l, _)| *l) {
                Ok(at) => list.by_letter[at].1.push(index),
                Err(at) => list.by_letter.insert(at, (letter, vec![index])),
            }
            list.entries.push(Entry { written: line.to_owned(), words, prefix });
        }
        (list, unusable)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many words and phrases the list has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Puts an entry's first word (in lower case) in the quick test.
    fn add_start(&mut self, word: &[u8]) {
        if self.starts.is_empty() {
            self.starts = vec![0; (1 << 16) / 64];
        }
        match word.get(1) {
            Some(&second) if second.is_ascii() => self.set(u16::from_be_bytes([word[0], second])),
            // A word of one character, or a second character beyond ASCII, whose capital may
            // start with another byte (ÿ, Ÿ): whatever follows the first.
            _ => (0..=255).for_each(|next| self.set(u16::from_be_bytes([word[0], next]))),
        }
    }

    fn set(&mut self, pair: u16) {
        self.starts[usize::from(pair) / 64] |= 1 << (pair % 64);
    }

    fn may_start(&self, pair: u16) -> bool {
        self.starts[usize::from(pair) / 64] & (1 << (pair % 64)) != 0
    }

    /// Every place in `text` where a word or phrase of the list stands, in order.
    pub fn find<'l>(&'l self, text: &str) -> Vec<Match<'l>> {
        let mut found = Vec::new();
        if self.entries.is_empty() {
            return found;
        }
        let bytes = text.as_bytes();
        for (start, end) in words(text) {
            let worth_comparing = match folded_pair(bytes[start], bytes.get(start + 1).copied().unwrap_or(0)) {
                Some(pair) => self.may_start(pair),
                // A letter beyond ASCII and Latin-1's: rare, and a few are capitals of the
                // letters below (the Kelvin sign of k), so it is compared in full.
                None => true,
            };
            if worth_comparing {
                self.find_at(text, start, end, &mut found);
            }
        }
        found
    }

    /// The entries that stand at the word `start..end` of `text`.
    fn find_at<'l>(&'l self, text: &str, start: usize, end: usize, found: &mut Vec<Match<'l>>) {
        let Some(first) = text[start..].chars().next() else { return };
        let letter = first.to_lowercase().next().unwrap_or(first);
        let Ok(at) = self.by_letter.binary_search_by_key(&letter, |(l, _)| *l) else { return };
        for &e in &self.by_letter[at].1 {
            let entry = &self.entries[e];
            let single = entry.words.len() == 1;
            if !folded_equal(&text[start..end], &entry.words[0], single && entry.prefix) {
                continue;
            }
            let end = if single { Some(end) } else { matches_at(entry, text, start) };
            if let Some(end) = end {
                found.push(Match { word: &entry.written, start, end });
            }
        }
    }
}

/// The first two bytes of a word as the quick test reads them: folded to lower case where the
/// first is an ASCII character or the lead byte of À–ÿ; `None` for the first byte of any other
/// character.
fn folded_pair(first: u8, second: u8) -> Option<u16> {
    match first {
        0..=0x7F => {
            let second = if second.is_ascii() { second.to_ascii_lowercase() } else { second };
            Some(u16::from_be_bytes([first.to_ascii_lowercase(), second]))
        }
        // À–Þ (but ×) are the capitals of à–þ, 0x20 apart in the second byte.
        0xC3 => {
            let second = if (0x80..=0x9E).contains(&second) && second != 0x97 { second + 0x20 } else { second };
            Some(u16::from_be_bytes([0xC3, second]))
        }
        _ => None,
    }
}

/// The end of `entry` in `text` when it starts at the word at `start`: each word equal, the
/// last a prefix where the entry says so, only white space between them.
fn matches_at(entry: &Entry, text: &str, start: usize) -> Option<usize> {
    let mut tokens = words(&text[start..]).map(|(s, e)| (s + start, e + start));
    let mut previous_end = None;
    for (j, want) in entry.words.iter().enumerate() {
        let (s, e) = tokens.next()?;
        let prefix = j + 1 == entry.words.len() && entry.prefix;
        if !folded_equal(&text[s..e], want, prefix) {
            return None;
        }
        if previous_end.is_some_and(|p: usize| !text[p..s].chars().all(char::is_whitespace)) {
            return None;
        }
        previous_end = Some(e);
    }
    previous_end
}

/// Whether `word` in lower case is `want` (or, for a prefix, starts with it), without
/// making the lower-case copy.
fn folded_equal(word: &str, want: &str, prefix: bool) -> bool {
    // The common case, a word in ASCII, byte for byte.
    if word.is_ascii() && want.is_ascii() {
        let (word, want) = (word.as_bytes(), want.as_bytes());
        return if prefix {
            word.len() >= want.len() && word[..want.len()].eq_ignore_ascii_case(want)
        } else {
            word.eq_ignore_ascii_case(want)
        };
    }
    let mut got = word.chars().flat_map(char::to_lowercase);
    for w in want.chars() {
        if got.next() != Some(w) {
            return false;
        }
    }
    prefix || got.next().is_none()
}

/// The byte ranges of the words of `text`: runs of letters and digits (the Danish letters
/// are letters). Bytes are read as they are where ASCII, the common case.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let (len, word) = class(text, at);
            if word {
                break;
            }
            at += len;
        }
        if at >= text.len() {
            return None;
        }
        let start = at;
        while at < text.len() {
            let (len, word) = class(text, at);
            if !word {
                break;
            }
            at += len;
        }
        Some((start, at))
    })
}

/// The length of the character at `at` (a char boundary) and whether it is part of a word.
#[inline]
fn class(text: &str, at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let byte = bytes[at];
    if byte.is_ascii() {
        return (1, byte.is_ascii_alphanumeric());
    }
    // Latin-1's letters (æ, ø, å, é, ü …: U+00C0–U+00FF but × and ÷), without the table look-up.
    if let (0xC3, Some(second)) = (byte, bytes.get(at + 1)) {
        return (2, !matches!(second, 0x97 | 0xB7));
    }
    text[at..].chars().next().map_or((1, false), |c| (c.len_utf8(), c.is_alphanumeric()))
}

/// A quote of the text around a match for a report: a few words either side, made safe for
/// staff (no hidden characters, CPR-like numbers masked), the match marked «…».
pub fn quote(text: &str, m: &Match) -> String {
    const AROUND: usize = 40;
    let before: String = text[..m.start].chars().rev().take(AROUND).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = text[m.end..].chars().take(AROUND).collect();
    let cut_before = if before.len() < m.start { "…" } else { "" };
    let cut_after = if after.len() < text.len() - m.end { "…" } else { "" };
    super::text::for_staff(&format!("{cut_before}{before}«{}»{after}{cut_after}", &text[m.start..m.end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(list: &str, text: &str) -> Vec<String> {
        let (list, _) = WatchList::parse(list);
        list.find(text).iter().map(|m| format!("{}={}", m.word, &text[m.start..m.end])).collect()
    }

    #[test]
    fn words_and_phrases_in_danish_forms_and_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("misbrug", "Mistanke om misbrug.", &["misbrug=misbrug"]),
            ("misbrug", "MISBRUG af ydelser", &["misbrug=MISBRUG"]),
            ("misbrug*", "Misbrugssag og misbruget", &["misbrug*=Misbrugssag", "misbrug*=misbruget"]),
            ("Ærgerlig", "ærgerlig fejl, ÆRGERLIG igen", &["Ærgerlig=ærgerlig", "Ærgerlig=ÆRGERLIG"]),
            ("søn", "Din SØN og din søns skole", &["søn=SØN"]),
            ("Å*", "ÅBEN sag, åbning", &["Å*=ÅBEN", "Å*=åbning"]),
            (
                "sort arbejde",
                "Mistanke om sort\u{a0} arbejde\tog sort arbejde",
                &["sort arbejde=sort\u{a0} arbejde", "sort arbejde=sort arbejde"],
            ),
            ("sort arbejde", "sort-arbejde", &[]),
            // Word edges: not inside another word.
            ("sort", "Sortering af sager; usort", &[]),
            ("sort", "«sort», (sort) sort.", &["sort=sort", "sort=sort", "sort=sort"]),
            ("misbrug", "narkotikamisbrug", &[]),
            ("misbrug*", "stofmisbrug", &[]),
            ("10", "side 10 og 100", &["10=10"]),
            // × and ÷ stand among Latin-1's letters and are not letters: they end a word.
            ("sort", "sort×hvid", &["sort=sort"]),
            ("hvid", "sort÷hvid", &["hvid=hvid"]),
            ("sort", "sortæ", &[]),
            // Letters beyond Latin-1, and those whose capital is not 0x20 away: read word by word.
            ("ßtraße", "ẞTRASSE, ßtraße", &["ßtraße=ßtraße"]),
            ("σοφία", "Σοφία", &["σοφία=Σοφία"]),
            ("øre", "10 ØRE og søre", &["øre=ØRE"]),
            ("a", "A, b, a-a", &["a=A", "a=a", "a=a"]),
            // A phrase's last word a prefix, its other words whole; a phrase without * whole.
            (
                "sort arbejd*",
                "sort arbejde, sortering arbejde, sort arbejdsløn",
                &["sort arbejd*=sort arbejde", "sort arbejd*=sort arbejdsløn"],
            ),
            ("sort arbejde", "sort arbejdet", &[]),
            // A word shorter than the prefix is not a match.
            ("misbrug*", "mis misb", &[]),
            // Unicode's own case folding where it is not byte by byte: the Kelvin sign is a K.
            ("kontrol", "\u{212A}ONTROL", &["kontrol=\u{212A}ONTROL"]),
            // A second letter whose capital is not in the same byte range as it (ÿ, Ÿ).
            ("aÿ", "AŸ", &["aÿ=AŸ"]),
            ("µg", "5 µg", &["µg=µg"]),
        ];
        for (list, text, expected) in cases {
            assert_eq!(found(list, text), *expected, "{list:?} in {text:?}");
        }
    }

    #[test]
    fn a_list_reads_comments_blank_lines_and_refuses_lines_without_words() {
        let (list, unusable) = WatchList::parse("# kommunens ord\n\nmisbrug*  # alle former\n  anbringelse \n*\n--\n");
        assert_eq!(list.len(), 2);
        assert_eq!(unusable, vec![Unusable { line: 5, text: "*".into() }, Unusable { line: 6, text: "--".into() }]);
        assert!(WatchList::parse("").0.is_empty());
        assert!(WatchList::parse("").0.find("misbrug").is_empty());
    }

    #[test]
    fn a_quote_marks_the_match_and_masks_cpr_like_numbers() {
        let (list, _) = WatchList::parse("misbrug");
        let text = "Borger 010190-1234 mistænkt for misbrug af kontanthjælp i perioden fra januar til december";
        let m = list.find(text)[0];
        let q = quote(text, &m);
        assert!(q.contains("«misbrug»"), "{q}");
        assert!(!q.contains("010190-1234"), "{q}");
        assert!(q.ends_with('…'), "{q}");
    }
}

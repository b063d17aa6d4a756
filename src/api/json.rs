//! A small JSON parser into a tree that borrows the text; the contract's types read
//! themselves from the tree (`read`).
//!
//! Why not serde_json: its errors format their message the moment they are made, which puts
//! the standard library's float formatting into the citizen's download (about 30 KB before
//! compression), for messages a citizen never sees. Numbers stay text until a field asks for
//! a whole number; the contract has no other kind.

use std::borrow::Cow;

/// A JSON value. Strings without escapes borrow the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// A number as written (checked against JSON's grammar).
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Why a text is not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxError {
    /// It ends too early: a body cut off.
    Eof,
    /// Not JSON, or nested deeper than anything the contract has.
    Invalid,
}

/// Deeper nesting than this is refused, so that a hostile body cannot exhaust the stack. The
/// contract needs five levels; an unknown field nested a few hundred deep is still ignored,
/// not a reason to refuse the whole response.
const MAX_DEPTH: usize = 512;

/// Parses a whole text (one value, white space around it allowed).
#[cfg(any(test, all(feature = "preview", target_arch = "wasm32")))]
pub fn parse(text: &str) -> Result<Json<'_>, SyntaxError> {
    let mut reader = Reader::new(text);
    while !reader.step(usize::MAX)? {}
    Ok(reader.finish())
}

/// A text parsed a little at a time, so that a response of many megabytes never holds the
/// page for long: the members of a top-level object one by one, and the items of a member that
/// is an array one by one (an overview's lists). What it gives at the end is what [`parse`]
/// gives; a syntax error anywhere is found before the end.
pub struct Reader<'a> {
    parser: Parser<'a>,
    at: At,
    /// The top-level object's members so far.
    members: Vec<(Cow<'a, str>, Json<'a>)>,
    /// The member being read item by item, and its items so far.
    array: Option<(Cow<'a, str>, Vec<Json<'a>>)>,
    /// The value, once read whole.
    value: Option<Json<'a>>,
}

/// Where a [`Reader`] is: before the value, before the first or a further member of the
/// top-level object, before the first or a further item of a member's array, or at the end.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    Start,
    FirstMember,
    Member,
    FirstItem,
    Item,
    End,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { parser: Parser { text, pos: 0, depth: 0 }, at: At::Start, members: Vec::new(), array: None, value: None }
    }

    /// Reads up to `budget` more members or items; `Ok(true)` once the whole text is read.
    pub fn step(&mut self, budget: usize) -> Result<bool, SyntaxError> {
        let p = &mut self.parser;
        let mut left = budget;
        while left > 0 {
            match self.at {
                At::Start => {
                    if p.peek()? == b'{' {
                        p.pos += 1;
                        p.depth = 1;
                        self.at = At::FirstMember;
                    } else {
                        self.value = Some(p.value()?);
                        self.at = At::End;
                    }
                }
                At::FirstMember | At::Member => {
                    if p.closes(self.at == At::FirstMember, b'}')? {
                        self.value = Some(Json::Object(std::mem::take(&mut self.members)));
                        self.at = At::End;
                        continue;
                    }
                    if p.peek()? != b'"' {
                        return Err(SyntaxError::Invalid);
                    }
                    let key = p.string()?;
                    if p.peek()? != b':' {
                        return Err(SyntaxError::Invalid);
                    }
                    p.pos += 1;
                    if p.peek()? == b'[' {
                        p.pos += 1;
                        p.depth = 2;
                        self.array = Some((key, Vec::new()));
                        self.at = At::FirstItem;
                    } else {
                        let value = p.value()?;
                        self.members.push((key, value));
                        self.at = At::Member;
                        left -= 1;
                    }
                }
                At::FirstItem | At::Item => {
                    if p.closes(self.at == At::FirstItem, b']')? {
                        p.depth = 1;
                        if let Some((key, items)) = self.array.take() {
                            self.members.push((key, Json::Array(items)));
                        }
                        self.at = At::Member;
                        continue;
                    }
                    let item = p.value()?;
                    if let Some((_, items)) = &mut self.array {
                        items.push(item);
                    }
                    self.at = At::Item;
                    left -= 1;
                }
                At::End => {
                    p.skip_space();
                    if p.pos < p.text.len() {
                        return Err(SyntaxError::Invalid);
                    }
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// The value read; `Null` before [`Reader::step`] has said it is done.
    pub fn finish(self) -> Json<'a> {
        self.value.unwrap_or(Json::Null)
    }
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    /// Before a member or an item, or the end of the object or array: `Ok(true)` past its
    /// closing byte `close`; `Ok(false)` before the next one, past its comma (none before the
    /// first).
    fn closes(&mut self, first: bool, close: u8) -> Result<bool, SyntaxError> {
        let byte = self.peek()?;
        if byte == close {
            self.pos += 1;
            return Ok(true);
        }
        if first {
            return Ok(false);
        }
        if byte != b',' {
            return Err(SyntaxError::Invalid);
        }
        self.pos += 1;
        Ok(false)
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next byte that is not white space, not consumed.
    fn peek(&mut self) -> Result<u8, SyntaxError> {
        self.skip_space();
        self.bytes().get(self.pos).copied().ok_or(SyntaxError::Eof)
    }

    fn value(&mut self) -> Result<Json<'a>, SyntaxError> {
        match self.peek()? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'-' | b'0'..=b'9' => self.number().map(Json::Number),
            b'[' => self.nested(|p| {
                let mut items = Vec::new();
                p.list(b']', |p| {
                    items.push(p.value()?);
                    Ok(())
                })?;
                Ok(Json::Array(items))
            }),
            b'{' => self.nested(|p| {
                let mut entries = Vec::new();
                p.list(b'}', |p| {
                    if p.peek()? != b'"' {
                        return Err(SyntaxError::Invalid);
                    }
                    let key = p.string()?;
                    if p.peek()? != b':' {
                        return Err(SyntaxError::Invalid);
                    }
                    p.pos += 1;
                    entries.push((key, p.value()?));
                    Ok(())
                })?;
                Ok(Json::Object(entries))
            }),
            _ => Err(SyntaxError::Invalid),
        }
    }

    /// An array or object: one level deeper while `inside` reads it.
    fn nested(
        &mut self,
        inside: impl FnOnce(&mut Self) -> Result<Json<'a>, SyntaxError>,
    ) -> Result<Json<'a>, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError::Invalid);
        }
        self.pos += 1;
        let value = inside(self)?;
        self.depth -= 1;
        Ok(value)
    }

    /// The members of an array or object up to `close`, separated by commas.
    fn list(
        &mut self,
        close: u8,
        mut member: impl FnMut(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        if self.peek()? == close {
            self.pos += 1;
            return Ok(());
        }
        loop {
            member(self)?;
            match self.peek()? {
                b',' => self.pos += 1,
                b if b == close => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(SyntaxError::Invalid),
            }
        }
    }

    fn word(&mut self, word: &str, value: Json<'a>) -> Result<Json<'a>, SyntaxError> {
        let rest = &self.bytes()[self.pos..];
        if rest.starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else if word.as_bytes().starts_with(rest) {
            Err(SyntaxError::Eof)
        } else {
            Err(SyntaxError::Invalid)
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Result<&'a str, SyntaxError> {
        let start = self.pos;
        self.eat(b'-');
        match self.bytes().get(self.pos) {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.end_or(SyntaxError::Invalid)),
        }
        if self.eat(b'.') {
            self.some_digits()?;
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            self.some_digits()?;
        }
        self.text.get(start..self.pos).ok_or(SyntaxError::Invalid)
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.bytes().get(self.pos) == Some(&byte);
        self.pos += usize::from(found);
        found
    }

    fn digits(&mut self) {
        while self.bytes().get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
    }

    fn some_digits(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        self.digits();
        if self.pos == start {
            return Err(self.end_or(SyntaxError::Invalid));
        }
        Ok(())
    }

    /// `Eof` at the end of the text, else `other`.
    fn end_or(&self, other: SyntaxError) -> SyntaxError {
        if self.pos >= self.text.len() {
            SyntaxError::Eof
        } else {
            other
        }
    }

    /// A string, its opening quote next. Borrowed when it has no escape.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.bytes().get(self.pos) {
                None => return Err(SyntaxError::Eof),
                Some(b'"') => {
                    self.pos += 1;
                    return self.text.get(start..self.pos - 1).map(Cow::Borrowed).ok_or(SyntaxError::Invalid);
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => return Err(SyntaxError::Invalid),
                Some(_) => self.pos += 1,
            }
        }
        let mut out = String::from(self.text.get(start..self.pos).ok_or(SyntaxError::Invalid)?);
        loop {
            // Copy up to the next quote or backslash in one piece (`"` and `\` are ASCII, so
            // the cut is on a character boundary).
            let run = self.bytes()[self.pos..].iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            let Some(run) = run else { return Err(SyntaxError::Eof) };
            out.push_str(self.text.get(self.pos..self.pos + run).ok_or(SyntaxError::Invalid)?);
            self.pos += run;
            match self.bytes()[self.pos] {
                b'"' => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                b'\\' => {
                    self.pos += 1;
                    let escape = *self.bytes().get(self.pos).ok_or(SyntaxError::Eof)?;
                    self.pos += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(SyntaxError::Invalid),
                    });
                }
                _ => return Err(SyntaxError::Invalid),
            }
        }
    }

    /// The character of `\uXXXX` (its `\u` read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes()[self.pos..].starts_with(b"\\u") {
                    return Err(self.end_or(SyntaxError::Invalid));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(SyntaxError::Invalid);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            _ => first,
        };
        // A lone low surrogate (U+DC00–U+DFFF) is no character: `from_u32` refuses it.
        char::from_u32(code).ok_or(SyntaxError::Invalid)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self.bytes().get(self.pos..self.pos + 4).ok_or(SyntaxError::Eof)?;
        let mut value = 0;
        for &d in digits {
            value = value * 16 + char::from(d).to_digit(16).ok_or(SyntaxError::Invalid)?;
        }
        self.pos += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        let parsed = parse(r#" {"a": [1, -2.5e3, true, null], "b": "x\"\u00e6\ud83d\ude00", "c": {}} "#);
        let expected = Json::Object(vec![
            ("a".into(), Json::Array(vec![Json::Number("1"), Json::Number("-2.5e3"), Json::Bool(true), Json::Null])),
            ("b".into(), Json::String("x\"æ😀".into())),
            ("c".into(), Json::Object(vec![])),
        ]);
        assert_eq!(parsed, Ok(expected));
        assert!(matches!(parse(r#""plain""#), Ok(Json::String(Cow::Borrowed("plain")))), "no escape: borrowed");
    }

    #[test]
    fn every_escape_and_what_follows_it() {
        let table = [
            (r#""\" \\ \/ \b \f \n \r \t""#, "\" \\ / \u{8} \u{c} \n \r \t"),
            (r#""\u0041\u00e6 after""#, "Aæ after"),
            (r#""\n a space after an escape""#, "\n a space after an escape"),
        ];
        for (text, expected) in table {
            assert_eq!(parse(text), Ok(Json::String(expected.into())), "{text}");
        }
        for number in ["1e5", "1E5", "-0.5E-3", "2e+2"] {
            assert_eq!(parse(number), Ok(Json::Number(number)), "{number}");
        }
    }

    /// Read a member or an item at a time, every text gives what it gives read at once: the
    /// same value, or the same error.
    #[test]
    fn read_in_steps_as_at_once() {
        let texts = [
            r#"{"a": [1, {"b": [2, 3]}, "x"], "c": {"d": []}, "e": [], "f": null}"#,
            r#" { } "#,
            r#"[1, 2, [3]]"#,
            r#""text""#,
            r#"{"a": [1, 2,], "b": 1}"#,
            r#"{"a": [1 2]}"#,
            r#"{"a": 1,}"#,
            r#"{"a": 1 "b": 2}"#,
            r#"{"a": [1, 2"#,
            r#"{"a": [1, 2]"#,
            r#"{"a": [1]} x"#,
            r#"{"a" [1]}"#,
            r#"{1: 2}"#,
            r#"{"a": [}"#,
            r#"{"a": ]"#,
            "",
        ];
        for text in texts {
            let at_once = {
                let mut reader = Reader::new(text);
                reader.step(usize::MAX).and_then(|done| if done { Ok(reader.finish()) } else { Err(SyntaxError::Eof) })
            };
            for budget in [1, 2] {
                let mut reader = Reader::new(text);
                let stepped = loop {
                    match reader.step(budget) {
                        Ok(true) => break Ok(reader.finish()),
                        Ok(false) => {}
                        Err(error) => break Err(error),
                    }
                };
                assert_eq!(stepped, at_once, "{text:?} in steps of {budget}");
            }
        }
        let mut reader = Reader::new(r#"{"list": [1, 2, 3, 4]}"#);
        assert_eq!(reader.step(2), Ok(false), "two of the four items");
        assert_eq!(reader.step(2), Ok(false), "the other two");
        assert_eq!(reader.step(2), Ok(true));
    }

    #[test]
    fn not_json() {
        let table = [
            ("", SyntaxError::Eof),
            ("{\"a\":[1,2", SyntaxError::Eof),
            ("{\"a\":\"unterminated", SyntaxError::Eof),
            ("tru", SyntaxError::Eof),
            ("-", SyntaxError::Eof),
            ("<html>", SyntaxError::Invalid),
            ("{a:1}", SyntaxError::Invalid),
            ("[1,]", SyntaxError::Invalid),
            ("[01]", SyntaxError::Invalid),
            ("1.", SyntaxError::Eof),
            ("1.e3", SyntaxError::Invalid),
            ("\"\\x\"", SyntaxError::Invalid),
            ("\"\\ud800\"", SyntaxError::Invalid),
            ("\"\\udc00\"", SyntaxError::Invalid),
            ("\"a\nb\"", SyntaxError::Invalid),
            ("\"\\n\u{1}\"", SyntaxError::Invalid),
            ("[1}", SyntaxError::Invalid),
            ("{\"a\":1]", SyntaxError::Invalid),
            ("{} {}", SyntaxError::Invalid),
            // The top-level object and its members' arrays are read by the Reader's steps.
            ("{\"a\":1,}", SyntaxError::Invalid),
            ("{,\"a\":1}", SyntaxError::Invalid),
            ("{\"a\":1 \"b\":2}", SyntaxError::Invalid),
            ("{\"a\":[1,]}", SyntaxError::Invalid),
            ("{\"a\":[,1]}", SyntaxError::Invalid),
            ("{\"a\":[1 2]}", SyntaxError::Invalid),
            ("{\"a\":[1}", SyntaxError::Invalid),
            ("nul!", SyntaxError::Invalid),
        ];
        for (text, expected) in table {
            assert_eq!(parse(text), Err(expected), "{text:?}");
        }
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep), Err(SyntaxError::Invalid));
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_ok());
    }
}

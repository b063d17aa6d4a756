//! One row per finding (RFC 4180), written as the findings come, so that a scan of any size
//! needs no memory for them.

use std::io::{self, Write};

use mit_overblik::i18n::Lang;

use crate::scan::Row;

pub const HEADER: &str = "source,line,authority,kle_emne,item_kind,item_id,finding_kind,finding,quote";

pub struct Csv<W: Write> {
    out: W,
    lang: Lang,
}

impl<W: Write> Csv<W> {
    pub fn new(mut out: W, lang: Lang) -> io::Result<Self> {
        write!(out, "{HEADER}\r\n")?;
        Ok(Self { out, lang })
    }

    pub fn row(&mut self, row: &Row) -> io::Result<()> {
        let line = row.line.map(|l| l.to_string()).unwrap_or_default();
        let fields = [
            &*row.source,
            &line,
            &row.authority,
            &row.kle,
            row.item_kind,
            &row.item_id,
            row.kind.key(),
            row.kind.label(self.lang),
            &row.quote,
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            write_field(&mut self.out, field)?;
        }
        self.out.write_all(b"\r\n")
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A field quoted when it must be; a value a spreadsheet would run as a formula (`=`, `+`, `-`,
/// `@` first) is kept as text with a leading `'`.
fn write_field(out: &mut impl Write, field: &str) -> io::Result<()> {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula || field.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.write_all(b"\"")?;
        if formula {
            out.write_all(b"'")?;
        }
        out.write_all(field.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(field.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut out = Vec::new();
        write_field(&mut out, text).unwrap_or_default();
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says_and_formulas_kept_as_text() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "\"'-1\"");
        assert_eq!(field(""), "");
    }
}

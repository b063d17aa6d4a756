//! KLE numbers: main group `NN`, group `NN.NN`, emne `NN.NN.NN`.
//!
//! Also compiled into `build.rs`, which packs the catalogue with the same key, so this file
//! uses nothing but `core`.

use core::fmt;

/// A KLE number at one of its three levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KleNumber {
    main: u8,
    group: Option<u8>,
    /// Only present when `group` is.
    emne: Option<u8>,
}

/// How deep a KLE number goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    MainGroup,
    Group,
    Emne,
}

impl KleNumber {
    /// Parses `NN`, `NN.NN` or `NN.NN.NN` (two digits each; surrounding spaces allowed).
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('.');
        // Ok(None): the level is absent; Err: it is there but not two digits.
        let mut next = || parts.next().map(|part| two_digits(part).ok_or(())).transpose();
        let main = next().ok()??;
        let group = next().ok()?;
        let emne = next().ok()?;
        let extra = next();
        match extra {
            Ok(None) => Some(Self { main, group, emne }).filter(|n| n.emne.is_none() || n.group.is_some()),
            _ => None,
        }
    }

    pub fn level(self) -> Level {
        match (self.group, self.emne) {
            (None, _) => Level::MainGroup,
            (Some(_), None) => Level::Group,
            (Some(_), Some(_)) => Level::Emne,
        }
    }

    /// The number one level up, if any.
    pub fn parent(self) -> Option<Self> {
        match self.level() {
            Level::MainGroup => None,
            Level::Group => Some(Self { group: None, ..self }),
            Level::Emne => Some(Self { emne: None, ..self }),
        }
    }

    /// A dense sort key: one byte per level, 0xFF where the level is absent.
    pub fn key(self) -> u32 {
        (u32::from(self.main) << 16)
            | (u32::from(self.group.unwrap_or(0xFF)) << 8)
            | u32::from(self.emne.unwrap_or(0xFF))
    }
}

fn two_digits(part: &str) -> Option<u8> {
    match part.as_bytes() {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => Some((a - b'0') * 10 + (b - b'0')),
        _ => None,
    }
}

impl fmt::Display for KleNumber {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}", self.main)?;
        if let Some(group) = self.group {
            write!(f, ".{group:02}")?;
        }
        if let Some(emne) = self.emne {
            write!(f, ".{emne:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_at_each_level_and_what_is_not_one() {
        let table = [
            ("32", Some(("32", Level::MainGroup, None))),
            ("32.24", Some(("32.24", Level::Group, Some("32")))),
            ("32.24.04", Some(("32.24.04", Level::Emne, Some("32.24")))),
            (" 00.75.10 ", Some(("00.75.10", Level::Emne, Some("00.75")))),
            ("", None),
            ("3", None),
            ("324", None),
            ("32.4", None),
            ("32.24.4", None),
            ("32.24.04.01", None),
            ("32..04", None),
            ("32.24.", None),
            ("a2.24", None),
            ("３２", None),
            ("-1.24", None),
        ];
        for (text, expected) in table {
            let parsed = KleNumber::parse(text);
            let seen = parsed.map(|n| (n.to_string(), n.level(), n.parent().map(|p| p.to_string())));
            let expected = expected.map(|(shown, level, parent)| (shown.to_owned(), level, parent.map(str::to_owned)));
            assert_eq!(seen, expected, "{text:?}");
        }
    }

    #[test]
    fn the_key_orders_by_level_with_a_number_after_those_under_it() {
        let numbers = ["00.75.10", "32", "32.24", "32.24.04", "32.24.05", "32.25", "02"];
        let mut keyed: Vec<KleNumber> = numbers.iter().filter_map(|n| KleNumber::parse(n)).collect();
        keyed.sort_by_key(|n| n.key());
        let order: Vec<String> = keyed.iter().map(ToString::to_string).collect();
        assert_eq!(order, ["00.75.10", "02", "32.24.04", "32.24.05", "32.24", "32.25", "32"]);
        assert_eq!(KleNumber::parse("32.24.04").map(KleNumber::key), Some(0x20_18_04));
        assert_eq!(KleNumber::parse("32").map(KleNumber::key), Some(0x20_FF_FF));
    }
}

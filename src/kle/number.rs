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

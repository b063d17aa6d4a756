//! The contract's dates (`YYYY-MM-DD`) and instants (RFC 3339 with offset), read by hand.
//!
//! chrono's own parsers would do, but they bring its whole formatting machinery into the
//! WebAssembly bundle; two fixed formats do not need it.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use super::json::Json;
use super::read::{str_of, Error, FromJson};

/// `YYYY-MM-DD`, a real calendar date.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(&b[0..4])? as i32, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; a space may stand for the `T`.
pub fn parse_instant(text: &str) -> Option<DateTime<FixedOffset>> {
    let b = text.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = parse_date(text.get(..10)?)?;
    let mut rest = &b[19..];
    let mut nanos = 0;
    if rest.first() == Some(&b'.') {
        let fraction = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if fraction == 0 {
            return None;
        }
        let kept = &rest[1..1 + fraction.min(9)];
        nanos = digits(kept)? * 10u32.pow(9 - kept.len() as u32);
        rest = &rest[1 + fraction..];
    }
    let time = NaiveTime::from_hms_nano_opt(digits(&b[11..13])?, digits(&b[14..16])?, digits(&b[17..19])?, nanos)?;
    let offset_seconds = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let seconds = (digits(&[*h1, *h2])? * 60 + digits(&[*m1, *m2])?) as i32 * 60;
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    let offset = FixedOffset::east_opt(offset_seconds)?;
    date.and_time(time).and_local_timezone(offset).single()
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

impl FromJson for NaiveDate {
    fn from_json(value: &Json) -> Result<Self, Error> {
        parse_date(str_of(value)?).ok_or_else(|| Error::new(|| "not a date (YYYY-MM-DD)".to_owned()))
    }
}

impl FromJson for DateTime<FixedOffset> {
    fn from_json(value: &Json) -> Result<Self, Error> {
        parse_instant(str_of(value)?).ok_or_else(|| Error::new(|| "not an RFC 3339 instant".to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let table = [
            ("2026-11-23", Some((2026, 11, 23))),
            ("2024-02-29", Some((2024, 2, 29))),
            ("2026-02-29", None),
            ("2026-13-01", None),
            ("2026-1-01", None),
            ("26-11-23", None),
            ("2026-11-23T10:00:00Z", None),
            ("+2026-11-2", None),
            ("2026/11/23", None),
            ("2026-11/23", None),
            ("2026-11-23x", None),
            ("", None),
        ];
        for (input, expected) in table {
            assert_eq!(parse_date(input), expected.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)), "{input:?}");
        }
    }

    #[test]
    fn instants_agree_with_chrono() {
        let valid = [
            "2026-11-23T09:14:00+01:00",
            "2026-11-23T09:14:00Z",
            "2026-11-23T09:14:00.123456-05:30",
            "2026-06-01T23:59:59+02:00",
        ];
        for input in valid {
            assert_eq!(parse_instant(input), DateTime::parse_from_rfc3339(input).ok(), "{input}");
            assert!(parse_instant(input).is_some(), "{input}");
        }
        for input in [
            "2026-11-23T09:14:00",
            "2026-11-23T25:00:00Z",
            "2026-11-23T09:14:00+1:00",
            "i går",
            "2026-11-23T09:14:00.Z",
            "2026-11-23T09:14:00+01:00x",
            "2026-11-23X09:14:00Z",
            "2026-11-23T09-14:00Z",
            "2026-11-23T09:14-00Z",
        ] {
            assert_eq!(parse_instant(input), None, "{input}");
        }
    }
}

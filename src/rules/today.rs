//! The citizen's day: the date in Denmark, whatever the device's own time zone says. Due
//! dates, payments made and planned, and a year's totals are all counted from it; a citizen
//! abroad, or a computer set to UTC, sees the same statuses as one in Denmark.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, TimeDelta};

/// The date in Denmark at `unix_ms` milliseconds after 1970-01-01 00:00 UTC: Central European
/// Time (UTC+1), and summer time (UTC+2) from 01:00 UTC on the last Sunday of March until
/// 01:00 UTC on the last Sunday of October, as the EU's rule has it. `None` for an instant
/// outside chrono's range.
pub fn in_denmark(unix_ms: f64) -> Option<NaiveDate> {
    // Whole milliseconds; `as` saturates, and NaN becomes the epoch.
    let utc = DateTime::from_timestamp_millis(unix_ms as i64)?.naive_utc();
    let hours = if is_summer_time(utc)? { 2 } else { 1 };
    utc.checked_add_signed(TimeDelta::hours(hours)).map(|local| local.date())
}

/// Whether a UTC moment is within Danish summer time.
fn is_summer_time(utc: NaiveDateTime) -> Option<bool> {
    let switch = |month| last_sunday(utc.year(), month)?.and_hms_opt(1, 0, 0);
    Some(switch(3)? <= utc && utc < switch(10)?)
}

/// The last Sunday of a month.
fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }?;
    let last = first_of_next.checked_sub_days(Days::new(1))?;
    last.checked_sub_days(Days::new(u64::from(last.weekday().num_days_from_sunday())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::day;

    fn at(utc: &str) -> f64 {
        DateTime::parse_from_rfc3339(utc).expect("a test instant").timestamp_millis() as f64
    }

    #[test]
    fn the_day_in_denmark_around_midnight_and_the_clock_changes() {
        let table = [
            // Winter time (UTC+1): 00:30 and 23:30 in Copenhagen.
            ("2026-11-22T23:30:00Z", "2026-11-23"),
            ("2026-11-23T22:30:00Z", "2026-11-23"),
            ("2026-11-23T23:00:00Z", "2026-11-24"),
            // Summer time starts on 29 March 2026 at 02:00 local (01:00 UTC).
            ("2026-03-28T23:30:00Z", "2026-03-29"),
            ("2026-03-29T00:59:59Z", "2026-03-29"),
            ("2026-03-29T01:00:00Z", "2026-03-29"),
            ("2026-03-29T21:30:00Z", "2026-03-29"),
            ("2026-03-29T22:00:00Z", "2026-03-30"),
            // Summer time ends on 25 October 2026 at 03:00 local (01:00 UTC).
            ("2026-10-24T22:30:00Z", "2026-10-25"),
            ("2026-10-24T21:59:59Z", "2026-10-24"),
            ("2026-10-25T22:30:00Z", "2026-10-25"),
            ("2026-10-25T23:00:00Z", "2026-10-26"),
            // New Year's Eve and the first minutes of the new year.
            ("2026-12-30T23:30:00Z", "2026-12-31"),
            ("2026-12-31T22:30:00Z", "2026-12-31"),
            ("2026-12-31T23:00:00Z", "2027-01-01"),
            // A leap day, and a summer midnight.
            ("2028-02-28T23:00:00Z", "2028-02-29"),
            ("2026-07-14T21:59:59Z", "2026-07-14"),
            ("2026-07-14T22:00:00Z", "2026-07-15"),
        ];
        for (utc, expected) in table {
            assert_eq!(in_denmark(at(utc)), Some(day(expected)), "{utc}");
        }
    }

    #[test]
    fn the_clock_changes_on_the_last_sunday_of_march_and_october() {
        let table = [
            (2026, 3, "2026-03-29"),
            (2026, 10, "2026-10-25"),
            (2027, 3, "2027-03-28"),
            (2027, 10, "2027-10-31"),
            (2030, 12, "2030-12-29"),
        ];
        for (year, month, sunday) in table {
            assert_eq!(last_sunday(year, month), Some(day(sunday)), "{year}-{month}");
        }
    }

    #[test]
    fn summer_time_from_its_first_second_to_before_its_last() {
        let utc = |text: &str| DateTime::parse_from_rfc3339(text).expect("a test instant").naive_utc();
        let table = [
            ("2026-03-29T00:59:59Z", false),
            ("2026-03-29T01:00:00Z", true),
            ("2026-10-25T00:59:59Z", true),
            ("2026-10-25T01:00:00Z", false),
        ];
        for (at, summer) in table {
            assert_eq!(is_summer_time(utc(at)), Some(summer), "{at}");
        }
    }

    #[test]
    fn instants_out_of_range_have_no_day() {
        assert_eq!(in_denmark(f64::INFINITY), None);
        assert_eq!(in_denmark(f64::NAN), Some(day("1970-01-01")));
    }
}

//! Dates, times and money as a Danish (or English) reader expects them.
//!
//! Hand-written rather than chrono's formatting machinery: four patterns do not justify its
//! size in the WebAssembly bundle.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use super::{fill_named, Lang};

/// `23. november 2026` / `23 November 2026`.
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let t = lang.texts();
    let (day, year) = (date.day().to_string(), year(date));
    fill_named(t.long_date, &[("d", &day), ("month", t.months[date.month0() as usize]), ("year", &year)])
}

/// `23.11.2026` / `23/11/2026`.
pub fn short_date(lang: Lang, date: NaiveDate) -> String {
    let (day, month, year) = (two_digits(date.day()), two_digits(date.month()), year(date));
    fill_named(lang.texts().short_date, &[("dd", &day), ("mm", &month), ("year", &year)])
}

/// The year in four digits, as the contract writes it (`0001`, not `1`).
fn year(date: NaiveDate) -> String {
    format!("{:04}", date.year())
}

/// `5` → `05`.
fn two_digits(n: u32) -> String {
    let n = n % 100;
    [char::from(b'0' + (n / 10) as u8), char::from(b'0' + (n % 10) as u8)].iter().collect()
}

/// `09.14` / `09:14`, in the instant's own offset (the API's local time).
pub fn time(lang: Lang, at: DateTime<FixedOffset>) -> String {
    fill_named(lang.texts().time, &[("hh", &two_digits(at.hour())), ("min", &two_digits(at.minute()))])
}

/// `Opdateret 23. november 2026 kl. 09.14`.
pub fn updated(lang: Lang, at: DateTime<FixedOffset>) -> String {
    super::fill_all(lang.texts().updated, &[&long_date(lang, at.date_naive()), &time(lang, at)])
}

/// `1.234,50 kr.` / `DKK 1,234.50` from øre.
pub fn money(lang: Lang, ore: i64) -> String {
    let t = lang.texts();
    let sign = if ore < 0 { "-" } else { "" };
    let abs = ore.unsigned_abs();
    let kroner = (abs / 100).to_string();
    let mut grouped = String::with_capacity(kroner.len() + kroner.len() / 3);
    for (i, digit) in kroner.chars().enumerate() {
        if i > 0 && (kroner.len() - i) % 3 == 0 {
            grouped.push(t.thousands);
        }
        grouped.push(digit);
    }
    let mut amount = String::with_capacity(grouped.len() + 4);
    amount.push_str(sign);
    amount.push_str(&grouped);
    amount.push(t.decimal);
    amount.push_str(&two_digits((abs % 100) as u32));
    super::fill(t.money, &amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn dates() {
        let table = [
            (Lang::Da, day(2026, 11, 23), "23. november 2026", "23.11.2026"),
            (Lang::Da, day(2026, 1, 5), "5. januar 2026", "05.01.2026"),
            (Lang::En, day(2026, 11, 23), "23 November 2026", "23/11/2026"),
        ];
        for (lang, date, long, short) in table {
            assert_eq!(long_date(lang, date), long);
            assert_eq!(short_date(lang, date), short);
        }
    }

    #[test]
    fn updated_line() {
        let at = DateTime::parse_from_rfc3339("2026-11-23T09:14:00+01:00").expect("valid instant");
        assert_eq!(updated(Lang::Da, at), "Opdateret 23. november 2026 kl. 09.14");
        assert_eq!(updated(Lang::En, at), "Updated 23 November 2026 at 09:14");
    }

    #[test]
    fn money_in_both_languages() {
        let table = [
            (123_450, "1.234,50 kr.", "DKK 1,234.50"),
            (0, "0,00 kr.", "DKK 0.00"),
            (5, "0,05 kr.", "DKK 0.05"),
            (100_000_000, "1.000.000,00 kr.", "DKK 1,000,000.00"),
            (-2_500, "-25,00 kr.", "DKK -25.00"),
            (i64::MIN, "-92.233.720.368.547.758,08 kr.", "DKK -92,233,720,368,547,758.08"),
        ];
        for (ore, da, en) in table {
            assert_eq!(money(Lang::Da, ore), da, "{ore}");
            assert_eq!(money(Lang::En, ore), en, "{ore}");
        }
    }
}

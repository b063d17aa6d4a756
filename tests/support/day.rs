//! The test citizens' day (`tests/fixtures/day.json`, which the browser harness reads too)
//! and dates written as text, for the integration tests (`tests/support`) and the unit tests
//! (`crate::testing`) alike.

/// `day.json`'s `today`: the day every test shows the test citizens as on.
pub fn fixtures_day() -> chrono::NaiveDate {
    let day: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/day.json")).expect("tests/fixtures/day.json is JSON");
    day["today"].as_str().and_then(|d| d.parse().ok()).expect("day.json's today is a date")
}

/// A date written `YYYY-MM-DD`.
pub fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap_or_else(|_| panic!("{text} is a test date"))
}

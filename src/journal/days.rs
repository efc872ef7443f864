//! Which day a moment belongs to. A day starts at a set hour (04:00 by
//! default), so practice at half past midnight counts for the evening it
//! belongs to. Each moment is judged in the offset it was recorded with, so
//! daylight-saving changes move no entry to another day.

use chrono::{Datelike, Duration, NaiveDate};

use super::model::Timestamp;

/// A moment as every screen, the export and the reports write it: "Tue 24 Nov 2026, 21:30".
pub fn date(t: &Timestamp) -> String {
    t.format("%a %-d %b %Y, %H:%M").to_string()
}

/// The day `t` belongs to, when a day starts at `day_starts_at` o'clock.
pub fn practice_day(t: &Timestamp, day_starts_at: u8) -> NaiveDate {
    let local = t.naive_local();
    // At the very start of chrono's calendar there is no earlier day to count for.
    local.checked_sub_signed(Duration::hours(i64::from(day_starts_at.min(23)))).unwrap_or(local).date()
}

/// The Monday of the week `day` is in.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day.checked_sub_signed(Duration::days(i64::from(day.weekday().num_days_from_monday()))).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn t(s: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_day_ends_at_four_in_the_morning() {
        assert_eq!(practice_day(&t("2026-11-24T03:59:59+01:00"), 4), d("2026-11-23"));
        assert_eq!(practice_day(&t("2026-11-24T04:00:00+01:00"), 4), d("2026-11-24"));
        assert_eq!(practice_day(&t("2026-11-24T00:30:00+01:00"), 0), d("2026-11-24"));
    }

    #[test]
    fn across_month_and_year_ends() {
        assert_eq!(practice_day(&t("2026-12-01T01:00:00+01:00"), 4), d("2026-11-30"));
        assert_eq!(practice_day(&t("2027-01-01T02:00:00+01:00"), 4), d("2026-12-31"));
        assert_eq!(practice_day(&t("2028-03-01T03:00:00+01:00"), 4), d("2028-02-29"));
    }

    #[test]
    fn across_daylight_saving_changes() {
        // Europe/Amsterdam springs forward on 29 March 2026 at 02:00 → 03:00.
        assert_eq!(practice_day(&t("2026-03-29T01:30:00+01:00"), 4), d("2026-03-28"));
        assert_eq!(practice_day(&t("2026-03-29T03:30:00+02:00"), 4), d("2026-03-28"));
        assert_eq!(practice_day(&t("2026-03-29T04:00:00+02:00"), 4), d("2026-03-29"));
        // …and falls back on 25 October 2026 at 03:00 → 02:00: 02:30 happens twice.
        assert_eq!(practice_day(&t("2026-10-25T02:30:00+02:00"), 4), d("2026-10-24"));
        assert_eq!(practice_day(&t("2026-10-25T02:30:00+01:00"), 4), d("2026-10-24"));
        assert_eq!(practice_day(&t("2026-10-25T04:00:00+01:00"), 4), d("2026-10-25"));
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_start(d("2026-11-25")), d("2026-11-23"));
        assert_eq!(week_start(d("2026-11-23")), d("2026-11-23"));
        assert_eq!(week_start(d("2026-03-01")), d("2026-02-23"));
    }
}

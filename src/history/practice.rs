//! Practice over time: minutes per week and per day, by practice day.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use crate::journal::PracticeEntry;
use crate::journal::days::{practice_day, week_start};

#[derive(Debug, Clone, PartialEq)]
pub struct WeekTotal {
    /// The Monday the week starts on.
    pub start: NaiveDate,
    pub minutes: f64,
    pub sessions: usize,
}

/// Minutes per practice day.
pub fn daily_minutes(entries: &[PracticeEntry], day_starts_at: u8) -> BTreeMap<NaiveDate, f64> {
    let mut days = BTreeMap::new();
    for e in entries {
        *days.entry(practice_day(&e.start, day_starts_at)).or_insert(0.0) += e.actual_minutes;
    }
    days
}

/// The last `weeks` weeks up to and including the week of `today`, oldest first.
pub fn weekly(entries: &[PracticeEntry], day_starts_at: u8, today: NaiveDate, weeks: usize) -> Vec<WeekTotal> {
    let last = week_start(today);
    let first = last - Duration::weeks(weeks.saturating_sub(1) as i64);
    let mut out: Vec<WeekTotal> =
        (0..weeks).map(|i| WeekTotal { start: first + Duration::weeks(i as i64), minutes: 0.0, sessions: 0 }).collect();
    for e in entries {
        let week = week_start(practice_day(&e.start, day_starts_at));
        if week < first || week > last {
            continue;
        }
        let i = ((week - first).num_days() / 7) as usize;
        if let Some(w) = out.get_mut(i) {
            w.minutes += e.actual_minutes;
            w.sessions += 1;
        }
    }
    out
}

/// A length of practice as the practice log shows every length: "12 min",
/// rounded to the minute, and "<1 min" for less than half a minute of
/// practice (which still counts, so it is not "0").
pub fn minutes_text(minutes: f64) -> String {
    format!("{} min", whole_minutes(minutes))
}

/// [`minutes_text`] without the unit, for a chart's values.
pub fn whole_minutes(minutes: f64) -> String {
    // A sum of no sessions is -0.0, which must not read "-0".
    let whole = minutes.round() + 0.0;
    if minutes > 0.0 && whole < 1.0 { "<1".to_string() } else { format!("{whole:.0}") }
}

/// How many rows the session list has: a heading per day, a blank line
/// between days and a row per session (counted, not built).
pub fn row_count(all: &[PracticeEntry], day_start: u8) -> usize {
    let mut days: usize = 0;
    let mut day = None;
    for e in all {
        let d = practice_day(&e.start, day_start);
        if day != Some(d) {
            days += 1;
            day = Some(d);
        }
    }
    all.len() + (2 * days).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_minutes_read_as_zero_not_minus_zero() {
        let none: f64 = [0.0f64; 0].iter().sum();
        assert_eq!(minutes_text(none), "0 min");
    }
    use chrono::DateTime;

    fn entry(start: &str, minutes: f64) -> PracticeEntry {
        PracticeEntry {
            practice: "p".into(),
            chapter: "c".into(),
            start: DateTime::parse_from_rfc3339(start).unwrap(),
            planned_minutes: 10,
            actual_minutes: minutes,
            finished: true,
            rating_before: None,
            rating_after: None,
        }
    }

    #[test]
    fn minutes_in_one_unit() {
        assert_eq!(minutes_text(12.4), "12 min");
        assert_eq!(minutes_text(3.5), "4 min");
        assert_eq!(minutes_text(0.1), "<1 min");
        assert_eq!(minutes_text(0.0), "0 min");
        assert_eq!(whole_minutes(210.0), "210");
    }

    #[test]
    fn late_practice_counts_for_the_evening_and_its_week() {
        let entries = [
            entry("2026-11-23T21:00:00+01:00", 10.0), // Monday evening
            entry("2026-11-24T01:30:00+01:00", 5.0),  // still Monday
            entry("2026-11-30T02:00:00+01:00", 7.0),  // Sunday 29th, same week
            entry("2026-11-30T09:00:00+01:00", 3.0),  // next week
        ];
        let days = daily_minutes(&entries, 4);
        assert_eq!(days[&NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()], 15.0);
        assert_eq!(days[&NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()], 7.0);
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let w = weekly(&entries, 4, today, 3);
        assert_eq!(w.len(), 3);
        assert_eq!((w[1].start.to_string(), w[1].minutes, w[1].sessions), ("2026-11-23".to_string(), 22.0, 3));
        assert_eq!((w[2].minutes, w[2].sessions), (3.0, 1));
        assert_eq!(w[0].minutes, 0.0);
    }
}

//! Where the user is in a course path on a given day: the week, the
//! practice suggested for today, how much was practised this week. Pure
//! functions of the path, the user's course and the day; the screens, the
//! export and `mscwork today` all ask here, so they agree.

pub mod greeting;

use chrono::{Duration, NaiveDate};

use crate::content::course::{CoursePath, Week};
use crate::content::{StepRef, Workbook};
use crate::journal::days::practice_day;
use crate::journal::{Course, Pace, PracticeEntry};

/// The course on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Today<'a> {
    pub path: &'a CoursePath,
    /// The week the user is in, from 0.
    pub index: usize,
    /// The week the calendar is in, from 0; negative before the start.
    pub calendar: i64,
    /// Day 0 to 6 of the calendar week.
    pub day: u32,
    /// The first day of the calendar week.
    pub week_start: NaiveDate,
    /// Past the last week by the calendar (and not at one's own pace).
    pub finished: bool,
}

impl<'a> Today<'a> {
    pub fn week(&self) -> &'a Week {
        &self.path.weeks[self.index]
    }

    /// 1-based, for people.
    pub fn number(&self) -> usize {
        self.index + 1
    }

    pub fn weeks(&self) -> usize {
        self.path.weeks.len()
    }

    pub fn started(&self) -> bool {
        self.calendar >= 0
    }

    /// At one's own pace and the calendar has gone on past this week.
    pub fn behind(&self) -> bool {
        self.calendar > self.index as i64
    }

    /// The practice suggested for today: the week's practices one a day in turn.
    pub fn practice(&self) -> Option<&'a StepRef> {
        let practices = &self.week().practices;
        (!practices.is_empty()).then(|| &practices[self.day as usize % practices.len()])
    }

    /// The last day of the calendar week: the day to look back on it.
    pub fn last_day(&self) -> bool {
        self.day == 6
    }
}

/// The course on `day`, or None when the path is not in the workbook.
pub fn today<'a>(paths: &'a [CoursePath], course: &Course, day: NaiveDate) -> Option<Today<'a>> {
    let path = paths.iter().find(|p| p.id == course.path)?;
    let weeks = path.weeks.len();
    if weeks == 0 {
        return None;
    }
    let days = (day - course.start).num_days();
    let calendar = days.div_euclid(7);
    let last = weeks as i64 - 1;
    let index = match course.pace {
        Pace::Calendar => calendar.clamp(0, last),
        Pace::Own(week) => (i64::from(week) - 1).clamp(0, last),
    };
    let week_start = course.start + Duration::days(calendar.max(0) * 7);
    Some(Today {
        path,
        index: usize::try_from(index).unwrap_or(0),
        calendar,
        day: u32::try_from(days.max(0).rem_euclid(7)).unwrap_or(0),
        week_start,
        finished: course.pace == Pace::Calendar && calendar > last,
    })
}

/// The week (from 1) the calendar has reached on `day`, at least 1.
pub fn calendar_week(course: &Course, day: NaiveDate) -> u32 {
    u32::try_from((day - course.start).num_days().div_euclid(7) + 1).unwrap_or(1).max(1)
}

/// The calendar week (from 1) of the course a day falls in, while the path
/// lasts; None before the start or after the end.
pub fn week_of(course: &Course, weeks: usize, day: NaiveDate) -> Option<usize> {
    let days = (day - course.start).num_days();
    let week = usize::try_from(days.div_euclid(7)).ok()? + 1;
    (days >= 0 && week <= weeks).then_some(week)
}

/// Minutes practised from `from` for seven days, each entry counted on the
/// day it belongs to (a day starts at `day_starts_at`).
pub fn minutes_in_week<'e>(
    entries: impl IntoIterator<Item = &'e PracticeEntry>,
    from: NaiveDate,
    day_starts_at: u8,
) -> f64 {
    let to = from + Duration::days(7);
    entries
        .into_iter()
        .filter(|e| {
            let day = practice_day(&e.start, day_starts_at);
            day >= from && day < to
        })
        .map(|e| e.actual_minutes)
        .fold(0.0, |a, b| a + b)
}

/// The practice-log months (`YYYY-MM`) that can hold the sessions of the
/// seven days from `from`: a month file holds the sessions started in it,
/// and a session after midnight, before the day starts, belongs to the day
/// before, so the day after the week counts too. One or two months.
pub fn log_months(from: NaiveDate) -> Vec<String> {
    let month = |d: NaiveDate| d.format("%Y-%m").to_string();
    let mut months = vec![month(from)];
    let last = month(from + Duration::days(7));
    if last != months[0] {
        months.push(last);
    }
    months
}

/// The first step of the week not yet done, by `done`; None when all are.
pub fn next_step(workbook: &Workbook, week: &Week, done: impl Fn(&StepRef) -> bool) -> Option<StepRef> {
    week.step_refs(workbook).find(|at| {
        let optional = workbook.step(at).is_some_and(|s| s.is_optional());
        !optional && !done(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_week_reaches_one_or_two_months_of_the_log() {
        assert_eq!(log_months(d("2026-11-02")), ["2026-11"]);
        // The last day is 31 October; its night runs into 1 November.
        assert_eq!(log_months(d("2026-10-25")), ["2026-10", "2026-11"]);
        assert_eq!(log_months(d("2026-10-26")), ["2026-10", "2026-11"]);
        assert_eq!(log_months(d("2026-12-28")), ["2026-12", "2027-01"]);
    }
}

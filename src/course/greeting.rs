//! What `mscwork today` says: a few lines for a shell greeting or a cron
//! mail. Built here from what the command read, so every case can be
//! tested without files; the command only reads and prints.
//!
//! It says what there is to do and what was done, never what was missed:
//! no streaks, no counts of days skipped, no "behind".

use std::fmt;

use chrono::{Duration, NaiveDate};

use super::{Today, next_step};
use crate::content::{Step, StepRef, Workbook};
use crate::history::practice::minutes_text;
use crate::i18n::text::args;
use crate::i18n::{Lang, tr, tr_args};
use crate::journal::{Course, Progress};
use fluent_bundle::FluentValue;

/// One line of the greeting: a heading (bold on a terminal), or a label
/// ("Today: ") and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub heading: bool,
    pub label: String,
    pub text: String,
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.label, self.text)
    }
}

/// Where the user is in their course, from what was read.
#[derive(Debug, Clone)]
pub struct CourseDay<'a> {
    pub workbook: &'a Workbook,
    pub course: &'a Course,
    pub today: Today<'a>,
    /// Minutes practised in the calendar week so far; None when the
    /// practice log could not be read (then nothing is said about it).
    pub minutes: Option<f64>,
    /// None when `progress.ron` could not be read (then no next step).
    pub progress: Option<&'a Progress>,
}

/// The greeting for `day`: the course's week and today's practice when a
/// course is set, then the job-crafting intentions. Empty when there is
/// nothing to say. `ascii`: our own marks in ASCII, and the typographic
/// punctuation of titles too (see [`to_ascii`]).
pub fn lines(day: NaiveDate, course: Option<&CourseDay>, intentions: &[&str], ascii: bool, lang: Lang) -> Vec<Line> {
    let mut out = match course {
        Some(c) => course_lines(day, c, ascii, lang),
        None => Vec::new(),
    };
    for text in intentions.iter().map(|t| one_line(t)).filter(|t| !t.is_empty()) {
        out.push(Line { heading: false, label: label(lang, "ui-today-intention"), text });
    }
    if ascii {
        for line in &mut out {
            line.text = to_ascii(&line.text);
        }
    }
    out
}

fn course_lines(day: NaiveDate, c: &CourseDay, ascii: bool, lang: Lang) -> Vec<Line> {
    let today = &c.today;
    let title = quoted(&today.path.title, ascii);
    let say = |id: &str, pairs: &[(&str, FluentValue)]| tr_args(lang, id, Some(&args(pairs)));
    if !today.started() {
        let days = (c.course.start - day).num_days();
        let start = date(lang, c.course.start);
        return vec![heading(say(
            "ui-today-starts",
            &[("title", title.into()), ("date", start.into()), ("days", days.into())],
        ))];
    }
    if today.finished {
        let end = c.course.start + Duration::days(today.weeks() as i64 * 7 - 1);
        return vec![heading(say("ui-today-ended", &[("title", title.into()), ("date", date(lang, end).into())]))];
    }
    let dot = if ascii { " - " } else { " · " };
    let week = today.week();
    let of = say("ui-today-week", &[("n", today.number().into()), ("weeks", today.weeks().into())]);
    let mut out = vec![heading(format!("{of}{dot}{}", week.title))];
    if let Some(text) = today.practice().and_then(|at| practice(c.workbook, at, lang)) {
        out.push(Line { heading: false, label: label(lang, "ui-today-today"), text });
    }
    if let Some(at) = c.progress.and_then(|p| next_step(c.workbook, week, |at| done(p, at)))
        && let Some(text) = step_title(c.workbook, &at, ascii, lang)
    {
        out.push(Line { heading: false, label: label(lang, "ui-today-next"), text });
    }
    if let Some(minutes) = c.minutes {
        let so_far = if minutes > 0.0 {
            say("ui-today-practised", &[("minutes", minutes_text(minutes).into())])
        } else {
            tr(lang, "ui-today-nothing-yet")
        };
        let text = say("ui-today-suggested", &[("so_far", so_far.into()), ("minutes", week.minutes.into())]);
        out.push(Line { heading: false, label: label(lang, "ui-today-this-week"), text });
    }
    if today.last_day()
        && let Some(text) = step_title(c.workbook, &week.look_back, ascii, lang)
    {
        let text = say("ui-today-look-back", &[("step", text.into())]);
        out.push(Line { heading: false, label: label(lang, "ui-today-last-day"), text });
    }
    out
}

/// A label as "Today: ", from its message.
fn label(lang: Lang, id: &str) -> String {
    format!("{}: ", tr(lang, id))
}

fn heading(text: String) -> Line {
    Line { heading: true, label: String::new(), text }
}

fn done(progress: &Progress, at: &StepRef) -> bool {
    progress.chapters.get(&at.chapter).is_some_and(|c| c.done.contains(&at.step))
}

/// "Loving-Kindness for a Loved One, 12 min (chapter 3)".
fn practice(workbook: &Workbook, at: &StepRef, lang: Lang) -> Option<String> {
    let chapter = workbook.chapter(&at.chapter)?;
    let of = tr_args(lang, "ui-today-chapter", Some(&args(&[("n", chapter.number.into())])));
    match chapter.step(&at.step)? {
        Step::Practice(p) => Some(format!("{}, {} min ({of})", p.title, p.minutes)),
        other => Some(format!("{} ({of})", other.title())),
    }
}

/// A step named as a reader finds it: its title in quotes and its chapter.
fn step_title(workbook: &Workbook, at: &StepRef, ascii: bool, lang: Lang) -> Option<String> {
    let chapter = workbook.chapter(&at.chapter)?;
    let step = chapter.step(&at.step)?;
    let of = tr_args(lang, "ui-today-chapter", Some(&args(&[("n", chapter.number.into())])));
    Some(format!("{} ({of})", quoted(step.title(), ascii)))
}

fn quoted(text: &str, ascii: bool) -> String {
    if ascii { format!("\"{text}\"") } else { format!("\u{201c}{text}\u{201d}") }
}

/// "Mon 30 Nov 2026", as the screens write a day.
fn date(lang: Lang, day: NaiveDate) -> String {
    lang.day(day, "%a %-d %b %Y")
}

/// A text on one line: an intention edited by hand may hold line breaks or tabs.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Typographic punctuation as ASCII, for `--plain`. Letters are left as
/// they are: an intention written with "café" is the user's own word.
pub fn to_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{b7}' | '\u{2022}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => out.push('-'),
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => out.push('"'),
            '\u{2026}' => out.push_str("..."),
            '\u{2192}' => out.push_str("->"),
            '\u{2605}' | '\u{2606}' => out.push('*'),
            '\u{2713}' | '\u{2714}' => out.push('+'),
            '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::today as course_today;
    use crate::journal::{ChapterProgress, Pace};
    use std::collections::BTreeSet;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn workbook() -> Workbook {
        crate::content::builtin().unwrap()
    }

    fn course(start: &str, pace: Pace) -> Course {
        Course { path: "eight-weeks".into(), start: d(start), pace }
    }

    fn text(day: &str, c: &Course, wb: &Workbook, minutes: Option<f64>, progress: Option<&Progress>) -> Vec<String> {
        let today = course_today(&wb.paths, c, d(day)).unwrap();
        let cd = CourseDay { workbook: wb, course: c, today, minutes, progress };
        lines(d(day), Some(&cd), &["Ask for feedback once a week"], false, Lang::En)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_week_in_the_course() {
        let wb = workbook();
        let c = course("2026-11-16", Pace::Calendar);
        assert_eq!(
            text("2026-11-30", &c, &wb, Some(45.4), None),
            [
                "Week 3 of 8 · Befriending ourselves",
                "Today: Loving-Kindness for a Loved One, 12 min (chapter 3)",
                "This week: 45 min practised; about 30 min a day is suggested",
                "Intention: Ask for feedback once a week",
            ]
        );
    }

    #[test]
    fn the_last_day_invites_the_look_back_and_nothing_done_is_said_kindly() {
        let wb = workbook();
        let c = course("2026-11-30", Pace::Calendar);
        let out = text("2026-12-06", &c, &wb, Some(0.0), None);
        assert_eq!(out[0], "Week 1 of 8 · Building strengths");
        assert_eq!(out[2], "This week: nothing logged yet; about 30 min a day is suggested");
        assert_eq!(out[3], "Last day of the week: time for “Looking back on the week” (chapter 1), if you like");
        assert_eq!(text("2026-12-07", &c, &wb, Some(0.0), None)[0], "Week 2 of 8 · Being mindful");
    }

    #[test]
    fn the_next_step_is_the_first_required_one_not_done() {
        let wb = workbook();
        let c = course("2026-11-30", Pace::Calendar);
        let required: Vec<_> = wb.chapters[0].steps.iter().filter(|s| !s.is_optional()).collect();
        let mut progress = Progress::default();
        let out = text("2026-11-30", &c, &wb, None, Some(&progress));
        assert_eq!(out[2], format!("Next: “{}” (chapter 1)", required[0].title()));
        let done = BTreeSet::from([required[0].id().clone()]);
        progress.chapters.insert(wb.chapters[0].id.clone(), ChapterProgress { done, ..Default::default() });
        let out = text("2026-11-30", &c, &wb, None, Some(&progress));
        assert_eq!(out[2], format!("Next: “{}” (chapter 1)", required[1].title()));
        let all = wb.chapters[0].steps.iter().map(|s| s.id().clone()).collect();
        progress.chapters.insert(wb.chapters[0].id.clone(), ChapterProgress { done: all, ..Default::default() });
        let out = text("2026-11-30", &c, &wb, None, Some(&progress));
        assert!(out[2].starts_with("Intention: "), "{out:?}");
    }

    #[test]
    fn before_the_start_and_after_the_end() {
        let wb = workbook();
        let c = course("2026-11-30", Pace::Calendar);
        assert_eq!(
            text("2026-11-29", &c, &wb, Some(5.0), None),
            [
                "“8 weeks: one chapter a week” starts on Mon 30 Nov 2026, tomorrow.",
                "Intention: Ask for feedback once a week"
            ]
        );
        assert_eq!(
            text("2026-11-20", &c, &wb, None, None)[0],
            "“8 weeks: one chapter a week” starts on Mon 30 Nov 2026, in 10 days."
        );
        assert_eq!(
            text("2027-01-25", &c, &wb, None, None)[0],
            "“8 weeks: one chapter a week” ended on Sun 24 Jan 2027; its practices stay here for whenever you want one."
        );
        assert_eq!(text("2027-01-24", &c, &wb, None, None)[0], "Week 8 of 8 · Embracing work");
    }

    #[test]
    fn at_one_s_own_pace_the_week_is_the_one_chosen() {
        let wb = workbook();
        let c = course("2026-10-01", Pace::Own(2));
        assert_eq!(text("2026-11-05", &c, &wb, None, None)[0], "Week 2 of 8 · Being mindful");
        assert_eq!(text("2027-11-05", &c, &wb, None, None)[0], "Week 2 of 8 · Being mindful");
    }

    #[test]
    fn no_course_says_only_the_intentions_and_nothing_says_nothing() {
        let out = lines(d("2026-11-30"), None, &["One\nthing  at a time", " "], false, Lang::En);
        assert_eq!(out.iter().map(ToString::to_string).collect::<Vec<_>>(), ["Intention: One thing at a time"]);
        assert!(lines(d("2026-11-30"), None, &[], false, Lang::En).is_empty());
    }

    #[test]
    fn ascii_marks() {
        let wb = workbook();
        let c = course("2026-11-30", Pace::Calendar);
        let today = course_today(&wb.paths, &c, d("2026-12-06")).unwrap();
        let cd = CourseDay { workbook: &wb, course: &c, today, minutes: Some(0.2), progress: None };
        let out = lines(d("2026-12-06"), Some(&cd), &["Say “no” — kindly…"], true, Lang::En);
        let all: Vec<String> = out.iter().map(ToString::to_string).collect();
        assert_eq!(all[0], "Week 1 of 8 - Building strengths");
        assert_eq!(all[2], "This week: <1 min practised; about 30 min a day is suggested");
        assert_eq!(all[3], "Last day of the week: time for \"Looking back on the week\" (chapter 1), if you like");
        assert_eq!(all[4], "Intention: Say \"no\" - kindly...");
        assert!(all.iter().all(|l| l.is_ascii()), "{all:?}");
    }
}

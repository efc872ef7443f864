//! The course rhythm (issue 16): a path chosen in settings, this week on
//! Home with today's practice, the minutes practised and the next step, a
//! gentle choice when a week slips by, the weekly look back saved like any
//! answer, and answers dated by their week in History and the export — with
//! a manual clock across weeks, a month end and the end of summer time.

mod support;

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use crossterm::event::KeyCode;
use mscwork::app::{App, Clock};
use mscwork::content;
use mscwork::journal::{Course, Pace, PracticeEntry};
use mscwork::theme::{Theme, ThemeName};
use support::{
    Place, at, chars, checked_frame_at, key, line_of, open_journal, place, replace_in, screen, workbook_copy,
};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A data folder that follows `path` from `start`, welcome and intake seen.
fn following(path: &str, start: &str, pace: Pace) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut j = open_journal(dir.path());
    j.update_settings(|s| s.course = Some(Course { path: path.into(), start: day(start), pace })).unwrap();
    j.update_progress(|p| {
        p.welcomed = true;
        p.intake_seen = true;
    })
    .unwrap();
    j.flush_progress().unwrap();
    dir
}

/// The app as it starts at `now`, at 80×24.
fn app_on(dir: &Path, now: &str) -> App {
    let workbook = content::builtin().unwrap();
    App::new(workbook, open_journal(dir), Clock::manual(at(now)), Theme::new(ThemeName::Default), (80, 24))
}

fn home(app: &mut App) -> String {
    if place(app) != Place::Home {
        key(app, KeyCode::Esc);
    }
    assert_eq!(place(app), Place::Home, "{}", screen(app));
    screen(app)
}

fn practice(j: &mut Journal, start: &str, minutes: f64) {
    j.log_practice(PracticeEntry {
        practice: "self-compassion-break".into(),
        chapter: "building-strengths".into(),
        start: at(start),
        planned_minutes: 5,
        actual_minutes: minutes,
        finished: true,
        rating_before: None,
        rating_after: None,
    })
    .unwrap();
}

use mscwork::journal::Journal;

#[test]
fn choosing_a_path_in_settings_starts_it_today_and_home_shows_the_week() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(dir.path(), "2026-11-24T21:30:00+01:00");
    support::past_welcome(&mut app);
    assert!(!screen(&app).contains("This week"), "{}", screen(&app));
    chars(&mut app, "s");
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Right);
    let settings = screen(&app);
    assert!(settings.contains("‹ 8 weeks ›") && settings.contains("‹ Tue 24 Nov 2026 ›"), "{settings}");
    assert!(settings.contains("‹ the calendar ›"), "{settings}");
    let file = std::fs::read_to_string(dir.path().join("settings.ron")).unwrap();
    assert!(file.contains("path: \"eight-weeks\"") && file.contains("start: \"2026-11-24\""), "{file}");
    key(&mut app, KeyCode::Esc);
    let page = home(&mut app);
    assert!(page.contains("> This week: 1 of 8 · Building strengths"), "{page}");
    assert!(page.contains("Today: The Self-Compassion Break, 5 min · about 30 min a day suggested"), "{page}");
    assert!(page.contains("Next: Why self-compassion at work"), "{page}");
    // Enter goes to the week's next step (through the intake, on a first start).
    support::open_from_home(&mut app);
    assert_eq!((place(&app), app.chapter().number, app.view.step), (Place::Chapter, 1, 0));
    // And "none" again: the course leaves Home, nothing else changes.
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "s");
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Esc);
    assert!(!home(&mut app).contains("This week"));
}

#[test]
fn the_week_turns_at_the_day_start_hour_across_a_month_end() {
    // Week 1 runs Mon 26 Oct to Sun 1 Nov; a day starts at 04:00.
    let dir = following("eight-weeks", "2026-10-26", Pace::Calendar);
    let mut app = app_on(dir.path(), "2026-11-01T21:00:00+01:00");
    let sunday = home(&mut app);
    assert!(sunday.contains("This week: 1 of 8"), "{sunday}");
    assert!(sunday.contains("Look back on week 1"), "the last day of the week offers the look back\n{sunday}");
    // Half past midnight still belongs to Sunday.
    support::wait(&mut app, 3 * 3600 + 30 * 60);
    assert!(home(&mut app).contains("This week: 1 of 8"), "{}", screen(&app));
    // At 03:59 still Sunday; from 04:00 on Monday 2 November, week 2.
    support::wait(&mut app, 3 * 3600 + 29 * 60);
    assert!(home(&mut app).contains("This week: 1 of 8"), "{}", screen(&app));
    support::wait(&mut app, 60);
    let monday = home(&mut app);
    assert!(monday.contains("This week: 2 of 8 · Being mindful"), "{monday}");
    assert!(!monday.contains("Look back on week"), "{monday}");
}

#[test]
fn the_end_of_summer_time_moves_no_practice_to_another_week() {
    // Summer time ends in Amsterdam at 03:00 on Sun 25 Oct 2026; week 2 starts Mon 26 Oct.
    let dir = following("eight-weeks", "2026-10-19", Pace::Calendar);
    {
        let mut j = open_journal(dir.path());
        // 02:30 twice that night: before (+02:00) and after (+01:00) the clocks go back;
        // both before 04:00, so both count for Saturday 24 October, week 1.
        practice(&mut j, "2026-10-25T02:30:00+02:00", 10.0);
        practice(&mut j, "2026-10-25T02:30:00+01:00", 10.0);
        // Monday 26 October at 03:59 is still Sunday: week 1.
        practice(&mut j, "2026-10-26T03:59:00+01:00", 5.0);
        // Monday at 04:00: week 2.
        practice(&mut j, "2026-10-26T04:00:00+01:00", 7.0);
    }
    let mut app = app_on(dir.path(), "2026-10-25T20:00:00+01:00");
    support::read_ahead(&mut app);
    let sunday = home(&mut app);
    assert!(sunday.contains("This week: 1 of 8") && sunday.contains("25 min practised"), "{sunday}");
    drop(app);
    let mut app = app_on(dir.path(), "2026-10-26T12:00:00+01:00");
    support::read_ahead(&mut app);
    let monday = home(&mut app);
    assert!(monday.contains("This week: 2 of 8") && monday.contains("7 min practised"), "{monday}");
}

#[test]
fn a_week_that_slipped_by_can_be_stayed_with_at_ones_own_pace_and_left_again() {
    // Started three weeks ago; nothing of week 2 done.
    let dir = following("eight-weeks", "2026-11-03", Pace::Calendar);
    let mut app = app_on(dir.path(), "2026-11-24T21:30:00+01:00");
    let page = home(&mut app);
    assert!(page.contains("This week: 4 of 8"), "{page}");
    assert!(page.contains("Stay with week 3 at your own pace: it has steps open"), "{page}");
    for word in ["behind", "missed", "streak", "late"] {
        assert!(!page.to_lowercase().contains(word), "{word:?} on Home:\n{page}");
    }
    let entries = app.home_entries();
    let stay = entries.iter().position(|e| matches!(e, mscwork::app::state::HomeEntry::Pace(_))).unwrap();
    for _ in 0..stay {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    let file = std::fs::read_to_string(dir.path().join("settings.ron")).unwrap();
    assert!(file.contains("pace: Own(3)"), "{file}");
    let own = home(&mut app);
    assert!(own.contains("This week: 3 of 8 · Befriending ourselves"), "{own}");
    assert!(own.contains("Move on to week 4 when you are ready"), "{own}");
    assert!(own.contains("Follow the calendar again (week 4)"), "{own}");
    // Moving on is one Enter; the calendar never pushes.
    let entries = app.home_entries();
    let on = entries
        .iter()
        .position(|e| *e == mscwork::app::state::HomeEntry::Pace(mscwork::app::state::PaceChoice::MoveOn(4)))
        .unwrap();
    for _ in 0..on {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert!(home(&mut app).contains("This week: 4 of 8"), "{}", screen(&app));
    support::wait(&mut app, 14 * 24 * 3600);
    let later = home(&mut app);
    assert!(later.contains("This week: 4 of 8") && later.contains("Follow the calendar again (week 6)"), "{later}");
}

#[test]
fn the_look_back_is_saved_like_any_answer_and_history_and_the_export_know_its_week() {
    let dir = following("four-weeks", "2026-11-16", Pace::Calendar);
    let mut app = app_on(dir.path(), "2026-11-29T21:00:00+01:00");
    let page = home(&mut app);
    assert!(page.contains("This week: 2 of 4 · Soles of the Feet and backdraft"), "{page}");
    let entries = app.home_entries();
    let look = entries.iter().position(|e| *e == mscwork::app::state::HomeEntry::LookBack).unwrap();
    for _ in 0..look {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.step().id(), "week-look-back");
    assert_eq!(app.chapter().id, "being-mindful");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Soles of the feet helped on the ward round");
    key(&mut app, KeyCode::Esc);
    app.flush_progress(true);
    // History: the day it was written, with its week.
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "r");
    let history = screen(&app);
    assert!(history.contains("Sunday 29 November 2026 · week 2 of 4"), "{history}");
    assert!(history.contains("Looking back on the week"), "{history}");
    drop(app);
    let out =
        Command::new(env!("CARGO_BIN_EXE_mscwork")).arg("--data-dir").arg(dir.path()).arg("export").output().unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("#### Sun 29 Nov 2026, 21:00 · week 2 of 4"), "{md}");
    assert!(md.contains("Soles of the feet helped on the ward round"), "{md}");
}

#[test]
fn minutes_this_week_count_only_this_weeks_practice() {
    let dir = following("eight-weeks", "2026-11-23", Pace::Calendar);
    {
        let mut j = open_journal(dir.path());
        practice(&mut j, "2026-11-22T20:00:00+01:00", 30.0); // the Sunday before
        practice(&mut j, "2026-11-23T08:00:00+01:00", 12.4);
        practice(&mut j, "2026-11-24T07:30:00+01:00", 20.0);
    }
    let mut app = app_on(dir.path(), "2026-11-24T21:30:00+01:00");
    support::read_ahead(&mut app);
    let page = home(&mut app);
    assert!(page.contains("32 min practised"), "{page}");
}

#[test]
fn before_the_start_and_after_the_end_home_says_so_gently() {
    let dir = following("four-weeks", "2026-12-07", Pace::Calendar);
    let mut app = app_on(dir.path(), "2026-11-30T09:00:00+01:00");
    assert!(home(&mut app).contains("Your 4-week course starts on Mon 7 Dec"), "{}", screen(&app));
    drop(app);
    let mut app = app_on(dir.path(), "2027-01-10T09:00:00+01:00");
    let done = home(&mut app);
    assert!(done.contains("all 4 weeks are behind you"), "{done}");
    assert!(!done.contains("This week"), "{done}");
}

#[test]
fn home_with_a_course_fits_80x24_and_50x14() {
    let dir = following("eight-weeks", "2026-11-03", Pace::Calendar);
    let mut app = app_on(dir.path(), "2026-11-24T21:30:00+01:00");
    home(&mut app);
    checked_frame_at(&app, 80, 24);
    checked_frame_at(&app, 50, 14);
}

#[test]
fn every_path_is_checked_and_a_broken_week_is_named_at_its_line() {
    let wb = content::builtin().unwrap();
    let ids: Vec<&str> = wb.paths.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["eight-weeks", "six-weeks", "four-weeks"]);
    let weeks: Vec<usize> = wb.paths.iter().map(|p| p.weeks.len()).collect();
    assert_eq!(weeks, [8, 6, 4]);
    // The 8-week path is one chapter a week, in order.
    for (week, chapter) in wb.paths[0].weeks.iter().zip(&wb.chapters) {
        assert_eq!(week.chapters, std::slice::from_ref(&chapter.id));
    }
    let dir = workbook_copy();
    let paths = dir.path().join("paths.ron");
    replace_in(
        &paths,
        "practices: [StepRef(chapter: \"being-mindful\", step: \"soles-of-the-feet\")",
        "practices: [StepRef(chapter: \"being-mindful\", step: \"backdraft\")",
    );
    let errors = content::load(&content::Source::Folder(dir.path().to_path_buf())).unwrap_err().0;
    let line = line_of(&paths, "step: \"backdraft\")");
    assert!(errors.iter().any(|e| e.line == line && e.message.contains("is not a Practice step")), "{errors:?}");
}

#[test]
fn a_week_across_a_month_end_counts_the_practice_of_both_months() {
    let dir = following("eight-weeks", "2026-10-26", Pace::Calendar);
    {
        let mut j = open_journal(dir.path());
        practice(&mut j, "2026-10-25T22:00:00+01:00", 50.0); // the day before week 1
        practice(&mut j, "2026-10-30T20:00:00+01:00", 11.0);
        practice(&mut j, "2026-11-01T02:00:00+01:00", 4.0); // Saturday night, late
        practice(&mut j, "2026-11-01T19:00:00+01:00", 6.0);
    }
    // The log is kept in a file per month: two of them make this week.
    let months: Vec<String> = std::fs::read_dir(dir.path().join("practice-log"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(months.contains(&"2026-10.ron".to_string()) && months.contains(&"2026-11.ron".to_string()), "{months:?}");
    let mut app = app_on(dir.path(), "2026-11-01T21:00:00+01:00");
    let page = home(&mut app);
    assert!(page.contains("21 min practised"), "{page}");
}

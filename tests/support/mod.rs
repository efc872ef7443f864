//! Shared helpers for the integration tests: an app on a temporary data dir
//! with a hand-moved clock, keys fed as events, and rendering to a TestBackend.
#![allow(dead_code)]

mod view;
// Not every test file asks what the screen shows.
#[allow(unused_imports)]
pub use view::*;

use std::fs;
use std::path::Path;

use chrono::{DateTime, Duration, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use mscwork::app::{App, Clock, Effect, Event};
use mscwork::content::{self, BUILTIN_FILES};
use mscwork::journal::{ChoiceAnswer, EditTarget, Journal, PracticeEntry};
use mscwork::theme::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T21:30:00+01:00").unwrap()
}

/// Opens the journal of `dir`. Tests run side by side in one process, and
/// one that starts a program (an editor, the binary) forks it with every
/// open file, the lock of another test's journal among them, until the
/// program replaces itself a moment later: a lock found held is tried again.
pub fn open_journal(dir: &Path) -> Journal {
    let mut tries = 0;
    loop {
        match Journal::open(dir) {
            Ok(journal) => return journal,
            Err(mscwork::journal::DataDirError::InUse { .. }) if tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => panic!("{}: {e}", dir.display()),
        }
    }
}

pub fn app_at(dir: &Path, size: (u16, u16)) -> App {
    let workbook = content::builtin().unwrap();
    let journal = open_journal(dir);
    App::new(workbook, journal, Clock::manual(t0()), Theme::new(ThemeName::Default), size)
}

/// What the terminal loop does after the first frame; true if the screen
/// needs drawing again.
pub fn read_ahead(app: &mut App) -> bool {
    let mut redraw = false;
    for ahead in app.read_ahead() {
        redraw |= app.take_ahead(ahead);
    }
    redraw
}

/// A key press; returns what the app asked the terminal loop to do.
pub fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    app.handle(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)))
}

/// Whether the app asked to quit.
pub fn quits(effects: &[Effect]) -> bool {
    effects.contains(&Effect::Quit)
}

pub fn chars(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' { KeyCode::Enter } else { KeyCode::Char(c) };
        key(app, code);
    }
}

pub fn render(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| mscwork::ui::render(f, app)).unwrap();
    terminal
}

/// The screen as text, one line per row.
pub fn screen(app: &App) -> String {
    let terminal = render(app);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Closes the first-start welcome.
/// The id of chapter 1's first step of a kind ("Reflection", "Text", …).
pub fn first_step_of_chapter_1(kind: &str) -> String {
    let workbook = content::builtin().unwrap();
    workbook.chapters[0].steps.iter().find(|s| s.kind_name() == kind).unwrap().id().to_string()
}

pub fn past_welcome(app: &mut App) {
    if overlay(app).is_some() {
        key(app, KeyCode::Enter);
    }
}

/// Enter on Home; on the first opening of a chapter the intake ("Before
/// you begin") comes first, and Enter goes on from it, as a reader would.
pub fn open_from_home(app: &mut App) {
    key(app, KeyCode::Enter);
    if overlay(app) == Some("Before you begin") {
        key(app, KeyCode::Enter);
    }
}

/// Opens chapter `number` from Home at its first step.
pub fn open_chapter_from_home(app: &mut App, number: usize) {
    past_welcome(app);
    key(app, KeyCode::Home);
    let skip = app.home_entries().len() - app.workbook.chapters.len();
    for _ in 0..(skip + number - 1) {
        key(app, KeyCode::Down);
    }
    open_from_home(app);
}

/// Moves forward to the first step of `kind` in the current chapter.
pub fn go_to_first(app: &mut App, kind: &str) {
    while app.step().kind_name() != kind {
        let before = (app.view.chapter, app.view.step);
        key(app, KeyCode::Char('n'));
        assert_ne!(before, (app.view.chapter, app.view.step), "no {kind} step found");
    }
}

/// Moves forward through the current chapter to the step with `id`.
pub fn go_to_step(app: &mut App, id: &str) {
    while app.step().id() != id {
        let before = (app.view.chapter, app.view.step);
        key(app, KeyCode::Char('n'));
        assert_ne!(before, (app.view.chapter, app.view.step), "no step {id:?} found");
        assert_eq!(before.0, app.view.chapter, "step {id:?} is not in this chapter");
    }
}

/// Opens chapter `number` at its first step, from wherever the app is.
pub fn open_chapter(app: &mut App, number: usize) {
    past_welcome(app);
    if place(app) == Place::Chapter {
        key(app, KeyCode::Esc);
    }
    assert_eq!(place(app), Place::Home);
    open_chapter_from_home(app, number);
    assert_eq!(app.chapter().number as usize, number);
    while app.view.step > 0 {
        key(app, KeyCode::Char('p'));
    }
}

/// Lets `secs` seconds pass, then delivers the tick the event loop would.
/// Time passes: the clock moves on and the deadline that came due is handled.
pub fn wait(app: &mut App, secs: i64) -> Vec<Effect> {
    app.clock.advance(Duration::seconds(secs));
    app.handle(Event::Tick)
}

pub fn to_practice_before(app: &mut App) {
    open_chapter(app, 1);
    go_to_step(app, "self-compassion-break");
    key(app, KeyCode::Enter);
}

pub fn to_practice_running(app: &mut App) {
    to_practice_before(app);
    key(app, KeyCode::Enter);
    wait(app, 90);
}

pub fn to_practice_paused(app: &mut App) {
    to_practice_running(app);
    key(app, KeyCode::Char(' '));
}

pub fn to_practice_after(app: &mut App) {
    to_practice_running(app);
    wait(app, 400);
}

pub fn to_practice_done(app: &mut App) {
    to_practice_after(app);
    key(app, KeyCode::Enter);
}

/// A copy of the built-in workbook in a temporary folder, to break on purpose.
pub fn workbook_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in BUILTIN_FILES {
        let target = dir.path().join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, text).unwrap();
    }
    dir
}

pub fn replace_in(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

pub fn line_of(path: &Path, needle: &str) -> usize {
    fs::read_to_string(path).unwrap().lines().position(|l| l.contains(needle)).unwrap() + 1
}

pub fn to_scale(app: &mut App) {
    open_chapter(app, 1);
    go_to_step(app, "stress-now");
    key(app, KeyCode::Enter);
}

/// The values choice of chapter 5, open, with two options picked.
pub fn to_choice(app: &mut App) {
    open_chapter(app, 5);
    go_to_step(app, "core-values");
    key(app, KeyCode::Enter);
    key(app, KeyCode::Char(' '));
    key(app, KeyCode::Right);
    key(app, KeyCode::Char(' '));
}

/// Moves the choice cursor down until it is on the "Other" row.
pub fn down_to_other(app: &mut App) {
    let options = match app.step() {
        content::Step::Choice(c) => c.options.len(),
        _ => panic!("not on a choice step"),
    };
    let cursor = |app: &App| match app.answering() {
        Some(mscwork::app::state::Answering::Choice { cursor, .. }) => *cursor,
        _ => panic!("not choosing"),
    };
    for _ in 0..=options {
        if cursor(app) == options {
            return;
        }
        key(app, KeyCode::Down);
    }
    assert_eq!(cursor(app), options, "Down never reached Other");
}

pub fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// What [`seed_journal`] writes: the texts, and the practice sessions as
/// (start, minutes, practice, chapter, finished).
pub struct Seed<'a> {
    pub first: &'a str,
    pub revised: &'a str,
    pub phrases: &'a str,
    pub other: &'a str,
    pub practices: &'a [(&'a str, f64, &'a str, &'a str, bool)],
}

/// Answers over three days (one revised, the phrases of chapter 3, a
/// check-in, a choice with "other") and a practice log.
pub fn seed_journal(dir: &Path, seed: &Seed) {
    let mut j = Journal::open(dir).unwrap();
    let mut first = EditTarget::default();
    j.save_reflection(
        "building-strengths",
        "colleague-struggling",
        &mut first,
        seed.first,
        at("2026-11-20T21:10:00+01:00"),
    )
    .unwrap();
    let mut again = EditTarget { entry: first.entry, revision: None };
    j.save_reflection(
        "building-strengths",
        "colleague-struggling",
        &mut again,
        seed.revised,
        at("2026-11-22T08:05:00+01:00"),
    )
    .unwrap();
    let mut phrases = EditTarget::default();
    j.save_reflection(
        "befriending-ourselves",
        "my-phrases",
        &mut phrases,
        seed.phrases,
        at("2026-11-22T22:40:00+01:00"),
    )
    .unwrap();
    j.save_scale("building-strengths", "stress-now", 7, at("2026-11-24T01:30:00+01:00")).unwrap();
    let choice = ChoiceAnswer {
        at: at("2026-11-24T20:00:00+01:00"),
        picks: vec!["Honesty".into(), "Care".into()],
        other: Some(seed.other.into()),
    };
    j.save_choice("values-based-working", "core-values", choice).unwrap();
    for &(start, minutes, practice, chapter, finished) in seed.practices {
        j.log_practice(PracticeEntry {
            practice: practice.into(),
            chapter: chapter.into(),
            start: at(start),
            planned_minutes: 15,
            actual_minutes: minutes,
            finished,
            rating_before: Some(6),
            rating_after: finished.then_some(4),
        })
        .unwrap();
    }
}

/// Copies a folder tree file by file.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A private copy of a fixture data dir (`tests/fixtures/...`), to change freely.
pub fn copy_of(fixture: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture), dir.path());
    dir
}

/// A chapter's answers as saved, read the way mscwork reads them (its
/// folder of months, or a format-2 file); None when it has none.
pub fn saved_answers(dir: &Path, chapter: &str) -> Option<mscwork::journal::Answers> {
    mscwork::journal::store::read_answers(&mscwork::journal::DataDir::new(dir), chapter)
        .unwrap_or_else(|e| panic!("{chapter}'s answers cannot be read: {e}"))
        .map(|read| read.answers)
}

/// The text of every file of a chapter's answers (its month files and
/// `recent.ron`, or its format-2 file), one after the other; empty when none.
pub fn saved_text(dir: &Path, chapter: &str) -> String {
    let folder = dir.join("answers").join(chapter);
    let mut files: Vec<std::path::PathBuf> = match fs::read_dir(&folder) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => vec![dir.join("answers").join(format!("{chapter}.ron"))],
    };
    files.sort();
    files.iter().filter_map(|f| fs::read_to_string(f).ok()).collect()
}

/// The month files of a chapter's folder, sorted.
pub fn month_files(dir: &Path, chapter: &str) -> Vec<std::path::PathBuf> {
    let folder = dir.join("answers").join(chapter);
    let mut files: Vec<std::path::PathBuf> = fs::read_dir(&folder)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|f| f.file_name().is_some_and(|n| n != "recent.ron"));
    files.sort();
    files
}

/// The practice log as saved, read the way mscwork reads it (its folder of
/// months, or its one file); None when nothing was logged.
pub fn saved_practice_log(dir: &Path) -> Option<mscwork::journal::PracticeLog> {
    mscwork::journal::store::read_practice_log(&mscwork::journal::DataDir::new(dir))
        .unwrap_or_else(|e| panic!("the practice log cannot be read: {e}"))
        .map(|(log, _)| log)
}

/// The app in Dutch, as the Language setting would make it: the Dutch
/// workbook, spoken in Dutch.
pub fn speak_dutch(app: &mut App) {
    app.workbook = content::builtin_in(mscwork::i18n::Lang::Nl).unwrap().unwrap();
    app.lang = mscwork::i18n::Lang::Nl;
}

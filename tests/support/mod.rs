//! Shared helpers for the integration tests: an app on a temporary data dir
//! with a hand-moved clock, keys fed as events, and rendering to a TestBackend.
#![allow(dead_code)]

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use mscwork::app::{App, Clock, Event};
use mscwork::content;
use mscwork::journal::Journal;
use mscwork::ui::theme::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T21:30:00+01:00").unwrap()
}

pub fn app_at(dir: &Path, size: (u16, u16)) -> App {
    let workbook = content::builtin().unwrap();
    let journal = Journal::open(dir).unwrap();
    App::new(workbook, journal, Clock::manual(t0()), Theme::new(ThemeName::Default), size)
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)));
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
pub fn past_welcome(app: &mut App) {
    if app.overlay.is_some() {
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
    key(app, KeyCode::Enter);
}

/// Moves forward to the first step of `kind` in the current chapter.
pub fn go_to_first(app: &mut App, kind: &str) {
    while app.step().kind_name() != kind {
        let before = (app.view.chapter, app.view.step);
        key(app, KeyCode::Char('n'));
        assert_ne!(before, (app.view.chapter, app.view.step), "no {kind} step found");
    }
}

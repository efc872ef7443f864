//! The settings screen: "A day starts at" offers the early-morning hours only,
//! and an hour written in the file by hand is still read and shown.

mod support;

use std::fs;

use crossterm::event::KeyCode;
use support::{app_at, checked_frame_at, key, past_welcome};

fn day_start_row(rows: &[String]) -> String {
    rows.iter().find(|r| r.contains("A day starts at")).cloned().unwrap_or_default()
}

/// The screen's words with its line breaks as spaces.
fn flat(rows: &[String]) -> String {
    rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ")
}

fn to_day_start(app: &mut mscwork::app::App) {
    past_welcome(app);
    key(app, KeyCode::Char('s'));
    key(app, KeyCode::Down);
    key(app, KeyCode::Down);
}

#[test]
fn a_day_starts_at_cycles_within_midnight_to_six() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_day_start(&mut app);
    assert!(day_start_row(&checked_frame_at(&app, 80, 24)).contains("‹ 04:00 ›"));
    let mut seen = Vec::new();
    for _ in 0..7 {
        key(&mut app, KeyCode::Right);
        seen.push(app.journal.settings().day_starts_at);
    }
    assert_eq!(seen, [5, 6, 0, 1, 2, 3, 4], "→ goes round 00:00 to 06:00");
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    assert_eq!(app.journal.settings().day_starts_at, 6, "← from 00:00 goes to 06:00");
    for (w, h) in [(80, 24), (50, 14)] {
        assert!(day_start_row(&checked_frame_at(&app, w, h)).contains("‹ 06:00 ›"), "{w}×{h}");
    }
    let saved = fs::read_to_string(dir.path().join("settings.ron")).unwrap();
    assert!(saved.contains("day_starts_at: 6"), "{saved}");
}

#[test]
fn an_hour_set_in_the_file_by_hand_is_kept_and_said() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("settings.ron"), "(version: 1, day_starts_at: 9)").unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_day_start(&mut app);
    assert_eq!(app.journal.settings().day_starts_at, 9, "read as written");
    let rows = checked_frame_at(&app, 80, 24);
    assert!(day_start_row(&rows).contains("‹ 09:00 ›"), "{rows:#?}");
    let text = flat(&rows);
    assert!(text.contains("A day starts at 09:00, as the settings file says"), "{text}");
    assert!(text.contains("00:00 to 06:00"), "{text}");
    assert_eq!(fs::read_to_string(dir.path().join("settings.ron")).unwrap(), "(version: 1, day_starts_at: 9)");

    // A change brings it into the offered hours: → to the first, ← to the last.
    key(&mut app, KeyCode::Right);
    assert_eq!(app.journal.settings().day_starts_at, 0);
    let text = flat(&checked_frame_at(&app, 50, 14));
    assert!(!text.contains("as the settings file says"), "{text}");

    drop(app);
    fs::write(dir.path().join("settings.ron"), "(version: 1, day_starts_at: 30)").unwrap();
    let mut app = app_at(dir.path(), (50, 14));
    to_day_start(&mut app);
    let rows = checked_frame_at(&app, 50, 14);
    assert!(day_start_row(&rows).contains("23:00"), "shown as the workbook counts it: {rows:#?}");
    key(&mut app, KeyCode::Left);
    assert_eq!(app.journal.settings().day_starts_at, 6);
}

//! Every main screen in Dutch at 80×24 (issue 17): drawn whole, with the
//! header, rule, body and hint bar every frame must have, no English
//! interface words left, and a snapshot to read it by.

mod support;

use crossterm::event::KeyCode;
use mscwork::app::App;
use support::{app_at, chars, checked_frame_at, go_to_first, key, past_welcome};

/// A first start in Dutch, past the welcome and the intake.
fn dutch(dir: &std::path::Path) -> App {
    let mut app = app_at(dir, (80, 24));
    past_welcome(&mut app);
    app.journal.update_progress(|p| p.intake_seen = true).unwrap();
    support::speak_dutch(&mut app);
    app
}

fn check(app: &App, name: &str) {
    let rows = checked_frame_at(app, 80, 24);
    // The data folder is a new temporary one each run.
    let dir = app.journal.dir().root().display().to_string();
    let frame = rows.join("\n").replace(&dir, "DATA");
    let english_words = [
        "Press Enter",
        "step 1/",
        "more below",
        "Your answer",
        "Search:",
        " keys",
        "(here)",
        "optional",
        " of 10",
        "or type",
    ];
    for english in english_words {
        assert!(!frame.contains(english), "{name}: {english:?} in Dutch:\n{frame}");
    }
    insta::assert_snapshot!(format!("nl_{name}"), frame);
}

#[test]
fn every_main_screen_in_dutch_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = dutch(dir.path());
    check(&app, "home");
    key(&mut app, KeyCode::Enter);
    check(&app, "chapter_text");
    go_to_first(&mut app, "Reflection");
    check(&app, "chapter_reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Vriendelijk en rustig");
    check(&app, "editor");
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "?");
    check(&app, "help");
    key(&mut app, KeyCode::Esc);
    go_to_first(&mut app, "Practice");
    check(&app, "practice_page");
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "h");
    check(&app, "support");
    key(&mut app, KeyCode::Esc);
    for (letter, name) in
        [("s", "settings"), ("r", "history"), ("l", "practice_log"), ("p", "practices"), ("a", "assessment")]
    {
        chars(&mut app, letter);
        check(&app, name);
        key(&mut app, KeyCode::Esc);
    }
}

/// `dutch` on a copy of the fixture data (answers, check-ins, a take).
fn dutch_with_data() -> (tempfile::TempDir, App) {
    let dir = support::copy_of("tests/fixtures/data");
    let app = dutch(dir.path());
    (dir, app)
}

#[test]
fn the_welcome_in_dutch_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    support::speak_dutch(&mut app);
    check(&app, "welcome");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    check(&app, "intake");
}

#[test]
fn answering_and_practising_in_dutch_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = dutch(dir.path());
    support::to_scale(&mut app);
    check(&app, "scale_answering");
    key(&mut app, KeyCode::Esc);
    support::to_choice(&mut app);
    check(&app, "choice_answering");
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "t");
    check(&app, "contents");
    key(&mut app, KeyCode::Esc);
    support::to_practice_running(&mut app);
    check(&app, "practice_running");
    key(&mut app, KeyCode::Char(' '));
    check(&app, "practice_paused");
    key(&mut app, KeyCode::Char(' '));
    support::wait(&mut app, 400);
    check(&app, "practice_after");
}

#[test]
fn history_and_the_timer_in_dutch_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = dutch(dir.path());
    key(&mut app, KeyCode::Enter);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Eerst een kop thee, dan pas de mail.");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "r");
    chars(&mut app, "/");
    chars(&mut app, "e");
    key(&mut app, KeyCode::Down);
    check(&app, "history_search");
    key(&mut app, KeyCode::Enter);
    check(&app, "history_reading");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "p");
    key(&mut app, KeyCode::Enter);
    support::wait(&mut app, 65);
    check(&app, "timer");
}

#[test]
fn the_assessment_in_dutch_at_80x24() {
    let (_dir, mut app) = dutch_with_data();
    chars(&mut app, "a");
    chars(&mut app, "d");
    check(&app, "assessment_item");
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "a");
    chars(&mut app, "r");
    check(&app, "results_overview");
    for name in ["results_chart", "results_scales"] {
        key(&mut app, KeyCode::Tab);
        check(&app, name);
    }
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char(' '));
    check(&app, "plan");
}

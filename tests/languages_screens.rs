//! Every main screen in Dutch at 80×24 (issue 17): drawn whole, with the
//! header, rule, body and hint bar every frame must have, no English
//! interface words left, and a snapshot to read it by.

mod support;

use crossterm::event::KeyCode;
use mscwork::app::App;
use mscwork::content;
use mscwork::i18n::Lang;
use support::{app_at, chars, checked_frame_at, go_to_first, key, past_welcome};

/// A first start in Dutch, past the welcome and the intake.
fn dutch(dir: &std::path::Path) -> App {
    let mut app = app_at(dir, (80, 24));
    past_welcome(&mut app);
    app.journal.update_progress(|p| p.intake_seen = true).unwrap();
    app.workbook = content::builtin_in(Lang::Nl).unwrap().unwrap();
    app.lang = Lang::Nl;
    app
}

fn check(app: &App, name: &str) {
    let rows = checked_frame_at(app, 80, 24);
    // The data folder is a new temporary one each run.
    let dir = app.journal.dir().root().display().to_string();
    let frame = rows.join("\n").replace(&dir, "DATA");
    for english in ["Press Enter", "step 1/", "more below", "Your answer", "Search:", " keys"] {
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

//! Finding one's way (issue 14, items 12 and 15): the chapter's contents
//! and a jump to step N, Space reading on at the end of a text, the
//! Continue line keeping the step's name, and support and the welcome
//! found again from Home and from every screen's help.

mod support;

use crossterm::event::KeyCode;
use support::{app_at, chars, checked_frame_at, key, open_chapter_from_home, past_welcome, screen, wait};

fn has_box(app: &mut mscwork::app::App, title: &str) -> bool {
    screen(app).contains(&format!("┌ {title} ─"))
}

/// The header's step indicator, "step N/M".
fn header(app: &mut mscwork::app::App) -> String {
    screen(app).lines().next().unwrap_or_default().to_string()
}

#[test]
fn t_lists_the_chapters_steps_with_kind_and_done_marks_and_enter_goes_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    // Step 2 is a check-in: answered, it is done.
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert!(app.is_step_done(0, 1));

    key(&mut app, KeyCode::Char('t'));
    let shown = screen(&app);
    assert!(shown.contains("┌ Contents ─"), "{shown}");
    let row = |text: &str, needle: &str| text.lines().find(|l| l.contains(needle)).unwrap_or_default().to_string();
    let check_in = row(&shown, "Check-in (here)");
    assert!(
        check_in.contains("> ") && check_in.contains("2 ✓ check-in"),
        "the step on screen is picked, done: {shown}"
    );
    assert!(check_in.contains("(here)"), "{shown}");
    assert!(shown.contains("│    1   text       Why self-compassion at work"), "{shown}");
    assert!(shown.contains("Chapter 1: 1 of 15 steps done, 1 optional"), "{shown}");
    let hints = shown.lines().last().unwrap();
    assert!(
        hints.contains("Enter go") && hints.contains("Esc close"),
        "the hint bar shows the contents' keys: {hints}"
    );

    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert!(!has_box(&mut app, "Contents"));
    assert_eq!(app.view.step, 3);
    assert!(header(&mut app).contains("step 4/16"));

    // Esc closes and stays.
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Esc);
    assert!(!has_box(&mut app, "Contents"));
    assert_eq!(app.view.step, 3);
}

#[test]
fn typing_a_steps_number_in_the_contents_then_enter_jumps_there_at_50x14() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (50, 14));
    open_chapter_from_home(&mut app, 1);
    key(&mut app, KeyCode::Char('t'));
    chars(&mut app, "12");
    let rows = checked_frame_at(&app, 50, 14);
    let frame = rows.join("\n");
    assert!(frame.contains("> 12   text"), "the typed number picks step 12, in view:\n{frame}");
    assert!(frame.contains("Enter go"), "{frame}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.view.step, 11);
    assert!(header(&mut app).contains("step 12/16"), "{}", screen(&app));
    // A jump reads nothing: the text left was not read.
    assert!(!app.is_step_done(0, 0));

    // A number past the last step starts again at its last digit.
    key(&mut app, KeyCode::Char('t'));
    chars(&mut app, "19");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.view.step, 8, "19 is not a step of 16: 9 is");
}

#[test]
fn space_at_the_end_of_a_text_goes_on_as_n_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    wait(&mut app, 60);
    let mut presses = 0;
    while app.view.step == 0 {
        screen(&app);
        assert!(presses < 20, "Space never left the text");
        let at_end = app.view.scroll.at_end();
        key(&mut app, KeyCode::Char(' '));
        assert_eq!(app.view.step == 1, at_end, "Space pages until the end is on screen, then goes on");
        presses += 1;
    }
    assert!(presses > 1, "the text is longer than a page");
    assert!(app.is_step_done(0, 0), "read to its end and gone on from: done, as with n");

    // A check-in is not passed by with Space.
    screen(&app);
    key(&mut app, KeyCode::Char(' '));
    screen(&app);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(app.view.step, 1);
}

#[test]
fn continue_on_home_keeps_the_steps_name_at_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    key(&mut app, KeyCode::Char('t'));
    chars(&mut app, "12\n");
    key(&mut app, KeyCode::Esc);
    let shown = screen(&app);
    let line = shown.lines().find(|l| l.contains("Continue:")).unwrap();
    assert!(line.contains("— Shaping your own job") && line.contains("step 12/16"), "{line}");
    assert!(line.contains("1. Building Strengths"), "the chapter is cut, not left out: {line}");
    // At 50 columns the chapter's title gives way to the step's.
    let rows = checked_frame_at(&app, 50, 14);
    let line = rows.iter().find(|l| l.contains("Continue:")).unwrap();
    assert!(line.contains("Continue: 1 — Shaping your own"), "{line}");
}

#[test]
fn home_hints_support_and_h_opens_it_at_50_columns() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (50, 14));
    past_welcome(&mut app);
    let rows = checked_frame_at(&app, 50, 14);
    let hints = rows.last().unwrap();
    assert!(hints.contains("h support") && hints.contains("? help") && hints.contains("Enter open"), "{hints}");
    key(&mut app, KeyCode::Char('h'));
    let frame = checked_frame_at(&app, 50, 14).join("\n");
    assert!(frame.contains("┌ Support ─"), "{frame}");
    assert!(frame.contains("carry them alone"), "{frame}");
    key(&mut app, KeyCode::Esc);
    assert!(!has_box(&mut app, "Support"));
}

#[test]
fn every_screens_help_offers_support_and_the_welcome() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    // The chapter page, the editor (F1), and History.
    let mut screens = 0;
    for (open, help) in [
        (None, KeyCode::Char('?')),
        (Some(vec![KeyCode::Char('t'), KeyCode::Char('4'), KeyCode::Enter, KeyCode::Enter]), KeyCode::F(1)),
        (Some(vec![KeyCode::Esc, KeyCode::Esc, KeyCode::Char('r')]), KeyCode::Char('?')),
    ] {
        for k in open.unwrap_or_default() {
            key(&mut app, k);
        }
        key(&mut app, help);
        let mut shown = screen(&app);
        // Its last lines may be below the box.
        for _ in 0..10 {
            key(&mut app, KeyCode::PageDown);
            shown.push_str(&screen(&app));
        }
        assert!(shown.contains("support: where to find help"), "{shown}");
        assert!(shown.contains("welcome: read it again"), "{shown}");
        key(&mut app, KeyCode::Char('h'));
        assert!(has_box(&mut app, "Support"), "{}", screen(&app));
        key(&mut app, KeyCode::Esc);
        screens += 1;
    }
    assert_eq!(screens, 3);
}

#[test]
fn the_welcome_can_be_read_again_from_home_and_from_help() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    let first = screen(&app);
    assert!(first.contains("┌ Welcome ─"));
    past_welcome(&mut app);
    assert!(!has_box(&mut app, "Welcome"));
    key(&mut app, KeyCode::Char('w'));
    let again = screen(&app);
    assert!(again.contains("┌ Welcome ─") && again.contains("Esc close"), "{again}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('?'));
    key(&mut app, KeyCode::Char('w'));
    assert!(has_box(&mut app, "Welcome"));
    key(&mut app, KeyCode::Enter);
    assert!(!has_box(&mut app, "Welcome"));
    // Read again, it stays seen: the next start opens without it.
    drop(app);
    let mut app = app_at(dir.path(), (80, 24));
    assert!(!has_box(&mut app, "Welcome"));
}

//! Whole-app screens on ratatui's TestBackend at 80×24, fed with real keys,
//! on a real journal in a temporary folder, with a hand-moved clock.

mod support;

use chrono::Duration;
use crossterm::event::KeyCode;
use insta::assert_snapshot;
use mscwork::app::Event;
use ratatui::style::{Color, Modifier};
use support::{app_at, chars, ctrl, go_to_first, key, open_chapter_from_home, past_welcome, quits, render, screen};

#[test]
fn welcome_on_first_start() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at(dir.path(), (80, 24));
    assert_snapshot!("welcome", render(&app).backend());
}

#[test]
fn home_with_progress_and_continue() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 2);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "I rush the first coffee.");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    assert_eq!(support::place(&app), support::Place::Home);
    assert_snapshot!("home", render(&app).backend());
}

#[test]
fn chapter_text_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    assert_snapshot!("chapter_text", render(&app).backend());
}

#[test]
fn chapter_reflection_with_dated_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "I would sit with her and say it was a hard night.");
    key(&mut app, KeyCode::Esc);
    app.clock.advance(Duration::days(1));
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Today: the same, and a cup of tea.");
    key(&mut app, KeyCode::Esc);
    assert_snapshot!("chapter_reflection", render(&app).backend());
}

#[test]
fn editor_with_an_earlier_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Yesterday's answer.");
    key(&mut app, KeyCode::Esc);
    app.clock.advance(Duration::days(1));
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "A new answer, in two lines\nsecond line");
    assert_snapshot!("editor", render(&app).backend());
}

#[test]
fn help_lists_every_key_of_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    key(&mut app, KeyCode::Char('?'));
    let text = screen(&app);
    for b in mscwork::app::keymap::bindings(mscwork::app::keymap::Context::Chapter) {
        let help = mscwork::i18n::tr(mscwork::i18n::Lang::En, b.help);
        assert!(text.contains(&help), "help misses {help:?}");
    }
    assert_snapshot!("help_chapter", render(&app).backend());
}

#[test]
fn too_small_terminal_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    app.handle(Event::Resize(40, 10));
    assert!(screen(&app).starts_with("terminal too small: 40×10, needs 50×14"));
    let at = |app: &mut mscwork::app::App, w, h| {
        app.handle(Event::Resize(w, h));
        support::checked_frame_at(app, w, h)
    };
    assert_eq!(at(&mut app, 1, 1), ["t"], "as much of the note as fits");
    assert!(at(&mut app, 0, 0).is_empty());
    for (w, h) in [(49, 24), (80, 13)] {
        let rows = at(&mut app, w, h);
        let note = format!("terminal too small: {w}×{h}, needs 50×14");
        assert!(rows[0].starts_with(&note), "{w}×{h}:\n{}", rows.join("\n"));
        assert!(rows[2..].iter().all(|r| r.trim().is_empty()), "{w}×{h}: nothing below the note");
    }
    // From the minimum up: Home, whole.
    for (w, h) in [(50, 14), (300, 100)] {
        let rows = at(&mut app, w, h);
        let frame = rows.join("\n");
        assert!(rows[0].starts_with(" Mindful Self-Compassion at Work "), "{w}×{h}: header\n{frame}");
        assert!(rows[0].trim_end().ends_with("mscwork"), "{w}×{h}: header\n{frame}");
        let body = rows[2..rows.len() - 2].join("\n");
        for chapter in ["> 1. Building Strengths", "2. Being Mindful at Work", "8. Embracing Work as Your Life"] {
            assert!(body.contains(chapter), "{w}×{h}: {chapter:?} not in the body\n{frame}");
        }
        assert!(rows[rows.len() - 1].starts_with(" Enter open  a assessment"), "{w}×{h}: hint bar\n{frame}");
    }
}

#[test]
fn autosave_after_two_idle_seconds_with_an_injected_clock() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "typed but not saved");
    let saved = |dir: &std::path::Path| support::saved_text(dir, "building-strengths");
    // Progress (the place in the workbook) goes to disk first, after a second.
    app.clock.advance(Duration::milliseconds(1000));
    app.handle(Event::Tick);
    let due = app.next_deadline().expect("a dirty editor has a deadline");
    assert_eq!(due, app.clock.now() + Duration::seconds(1), "two seconds after the last key");
    app.clock.advance(Duration::milliseconds(500));
    app.handle(Event::Tick);
    assert!(!saved(dir.path()).contains("typed but not saved"), "saved before the pause was over");
    app.clock.advance(Duration::milliseconds(600));
    app.handle(Event::Tick);
    assert!(saved(dir.path()).contains("typed but not saved"));
    // Saving marked the step done: that progress follows a second later.
    assert!(app.next_deadline().is_some());
    app.clock.advance(Duration::milliseconds(1000));
    app.handle(Event::Tick);
    assert_eq!(app.next_deadline(), None, "nothing left to wait for");
    assert!(screen(&app).contains("Saved 21:30:0"), "{}", screen(&app));
}

#[test]
fn ctrl_s_saves_and_undo_redo_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "ab abc");
    // A word at a time (tests/editor_truth.rs has the details).
    ctrl(&mut app, 'z');
    assert_eq!(app.editor().unwrap().text(), "ab ");
    ctrl(&mut app, 'z');
    ctrl(&mut app, 'y');
    ctrl(&mut app, 'y');
    assert_eq!(app.editor().unwrap().text(), "ab abc");
    ctrl(&mut app, 's');
    assert!(support::saved_text(dir.path(), "building-strengths").contains("\"ab abc\""));
}

#[test]
fn resume_reopens_the_step_and_the_open_editor() {
    let dir = tempfile::tempdir().unwrap();
    let (chapter, step) = {
        let mut app = app_at(dir.path(), (80, 24));
        open_chapter_from_home(&mut app, 3);
        go_to_first(&mut app, "Reflection");
        key(&mut app, KeyCode::Enter);
        chars(&mut app, "half a thought");
        let effects = ctrl(&mut app, 'c');
        assert!(quits(&effects));
        (app.view.chapter, app.view.step)
    };
    let mut app = app_at(dir.path(), (80, 24));
    assert_eq!(support::overlay(&app), None, "the welcome is shown once");
    assert_eq!((app.view.chapter, app.view.step), (chapter, step));
    assert_eq!(support::place(&app), support::Place::Editor);
    assert_eq!(app.editor().unwrap().text(), "half a thought");
    chars(&mut app, ", finished");
    key(&mut app, KeyCode::Esc);
    // Continuing the draft of the same session does not add a revision.
    let answers = app.journal.answers(&app.workbook.chapters[chapter].id).unwrap().unwrap();
    let list = answers.reflections(app.step().id());
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].revisions.len(), 1);
    assert_eq!(list[0].revisions[0].text, "half a thought, finished");
    key(&mut app, KeyCode::Char('q'));
    drop(app);
    let app = app_at(dir.path(), (80, 24));
    assert_eq!(support::place(&app), support::Place::Chapter);
    assert!(screen(&app).contains("half a thought, finished"));
}

#[test]
fn reading_a_text_step_to_the_end_marks_it_done() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    let first = support::screen(&app);
    assert!(first.contains("more below") && !first.contains("✓ Text"), "{first}");
    key(&mut app, KeyCode::PageDown);
    support::screen(&app);
    key(&mut app, KeyCode::PageDown);
    let end = support::screen(&app);
    assert!(end.contains("end of step"), "{end}");
    support::wait(&mut app, 60);
    key(&mut app, KeyCode::Char('n'));
    assert!(app.is_step_done(0, 0), "read to the end, for a while, and went on");
    assert_eq!(app.chapter_progress(0).0, 1);
    key(&mut app, KeyCode::Char('p'));
    assert!(support::screen(&app).contains("✓ Text"), "the header says so");
}

#[test]
fn paging_through_or_going_back_reads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 40));
    open_chapter_from_home(&mut app, 1);
    let steps = app.workbook.chapters[0].steps.len();
    for _ in 0..steps {
        support::screen(&app);
        key(&mut app, KeyCode::Char('n'));
    }
    assert_eq!(app.chapter_progress(0).0, 0, "paging with n at once reads nothing");
    assert!(support::screen(&app).contains("2. Being Mindful"), "n went on into chapter 2");
    // p on chapter 2's first step goes back into chapter 1, as n went on.
    key(&mut app, KeyCode::Char('p'));
    let back = support::screen(&app);
    assert!(back.contains(&format!("step {steps}/{steps}")) && back.contains("1. Building"), "{back}");
    // A short step whose end shows at once, left with p after a long while: still not read.
    support::wait(&mut app, 120);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.chapter_progress(0).0, 0);
}

#[test]
fn the_monochrome_setting_uses_no_colour_and_marks_selection_by_reverse() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Left);
    assert!(screen(&app).contains("‹ monochrome ›"), "{}", screen(&app));
    key(&mut app, KeyCode::Esc);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset);
        assert_eq!(cell.bg, Color::Reset);
    }
    let row = (0..24).find(|&y| buffer[(2, y)].symbol() == ">").expect("a > marker on the selection");
    assert!(buffer[(4, row)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn a_tick_that_only_writes_progress_draws_nothing_new_and_one_that_saves_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    key(&mut app, KeyCode::Char('n'));
    // The place in the workbook is written a second later: nothing to see.
    assert!(app.next_deadline().is_some());
    app.clock.advance(Duration::seconds(1));
    let before = screen(&app);
    assert!(!app.tick().0, "a progress write needs no new frame");
    assert_eq!(screen(&app), before);
    assert_eq!(app.next_deadline(), None);
    // An autosave says so on the status line: that is drawn.
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "typed");
    app.clock.advance(Duration::seconds(2));
    assert!(app.tick().0, "the autosave's note must be drawn");
    assert!(screen(&app).contains("Saved"), "{}", screen(&app));
}

#[test]
fn taking_the_assessment_from_home_ticks_chapter_1s_baseline_step_which_says_when() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 40));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Enter);
    let total = app.assessment_def().unwrap().item_count();
    for _ in 0..total {
        key(&mut app, KeyCode::Char('3'));
    }
    let (c, s) = app.first_assessment_step().unwrap();
    assert_eq!(c, 0, "the baseline is in chapter 1");
    assert!(app.is_step_done(c, s), "the baseline step is ticked");
    app.open_step(c, s);
    let page = screen(&app);
    assert!(page.contains("✓ Assessment") && page.contains("You last took it on Tue 24 Nov 2026"), "{page}");
}

#[test]
fn hint_bars_at_the_smallest_width_keep_whole_hints_and_the_way_to_help() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (50, 14));
    past_welcome(&mut app);
    let bar = |app: &mscwork::app::App| screen(app).lines().last().unwrap_or_default().trim_end().to_string();
    let home = bar(&app);
    assert!(home.ends_with("? help"), "Home: {home:?}");
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    let chapter = bar(&app);
    assert!(chapter.ends_with("? help"), "chapter: {chapter:?}");
    key(&mut app, KeyCode::Enter);
    let editor = bar(&app);
    assert!(editor.ends_with("F1 help"), "editor: {editor:?}");
    for text in [&home, &chapter, &editor] {
        // Hints are separated by two spaces; none is cut short.
        for hint in text.split("  ").map(str::trim).filter(|h| !h.is_empty()) {
            assert!(hint.split_once(' ').is_some_and(|(_, what)| what.len() > 2), "a cut hint {hint:?} in {text:?}");
        }
    }
}

#[test]
fn hints_say_what_the_keys_do_under_boxes_at_check_ins_and_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    let bar = |app: &mscwork::app::App| screen(app).lines().last().unwrap_or_default().trim().to_string();
    // The welcome says "Press ? on any screen": ? shows the keys.
    assert_eq!(support::overlay(&app), Some("Welcome"), "{}", screen(&app));
    assert!(bar(&app).contains("Esc close") && !bar(&app).contains("a assessment"), "{}", bar(&app));
    key(&mut app, KeyCode::Char('?'));
    assert_eq!(support::overlay(&app), Some("Help"), "{}", screen(&app));
    key(&mut app, KeyCode::Esc);
    // Before a practice: Esc skips the check-in, and the bar says so.
    support::to_practice_before(&mut app);
    let before = bar(&app);
    assert!(before.contains("Esc skip") && !before.contains("cancel"), "{before}");
    key(&mut app, KeyCode::Esc);
    // Over grounding, Esc closes the box (the practice goes on).
    key(&mut app, KeyCode::Char('g'));
    let grounding = bar(&app);
    assert!(grounding.contains("Esc close") && !grounding.contains("stop"), "{grounding}");
    key(&mut app, KeyCode::Esc);
    assert_eq!(support::place(&app), support::Place::Practice);
}

#[test]
fn the_scales_tab_says_what_each_scale_means_and_that_the_bands_are_our_own() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('r'));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    assert_eq!(support::header_note(&app), "Scales");
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&support::screen(&app));
        key(&mut app, KeyCode::PageDown);
    }
    assert!(seen.contains("What each scale means"), "{seen}");
    assert!(seen.contains("more work than time"), "a scale's meaning is shown");
    assert!(seen.contains("Lower is better."), "its favourable direction too");
    assert!(seen.contains("not norms from a study"), "the bands are said to be our own");
}

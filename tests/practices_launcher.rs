//! The practices launcher (`p` on the chapter list): every practice of the
//! workbook with its length, favourites first and kept in progress.ron, each
//! started as its chapter page starts it; and the plain timer for silent
//! practice, with its interval bell, pause, early stop and its log entry.
//! Real files in temporary folders, time moved by hand.

mod support;

use crossterm::event::KeyCode;
use mscwork::app::{App, Effect};
use mscwork::content::Step;
use mscwork::journal::{DataDir, PracticeEntry, TIMER_CHAPTER, TIMER_PRACTICE};
use support::*;

/// The launcher, from the chapter list.
fn open_launcher(app: &mut App) {
    past_welcome(app);
    if place(app) != Place::Home {
        key(app, KeyCode::Esc);
    }
    key(app, KeyCode::Char('p'));
    assert_eq!(place(app), Place::Practices, "{}", screen(app));
}

/// Every practice of the workbook: (chapter number, title, minutes).
fn workbook_practices(app: &App) -> Vec<(u32, String, u32)> {
    let mut all = Vec::new();
    for c in &app.workbook.chapters {
        for s in &c.steps {
            if let Step::Practice(p) = s {
                all.push((c.number, p.title.clone(), p.minutes));
            }
        }
    }
    all
}

/// The row marked as chosen (`>`), trimmed.
fn chosen_row(app: &App) -> String {
    rows(app).iter().find(|r| r.trim_start().starts_with('>')).map(|r| r.trim().to_string()).unwrap_or_default()
}

/// Moves the cursor down to the practice titled `title`.
fn choose(app: &mut App, title: &str) {
    for _ in 0..200 {
        if chosen_row(app).contains(title) {
            return;
        }
        key(app, KeyCode::Down);
    }
    panic!("{title} never chosen:\n{}", screen(app));
}

/// The rows of the practices' list, in order, as the screen shows them
/// (a tall screen shows them all).
fn listed(app: &App) -> Vec<String> {
    let rows = rows(app);
    let from = rows.iter().position(|r| r.contains("favourites first")).expect("no list heading") + 1;
    rows[from..rows.len() - 2].iter().filter(|r| r.contains(" min")).map(|r| r.trim().to_string()).collect()
}

fn log(dir: &std::path::Path) -> Vec<PracticeEntry> {
    saved_practice_log(dir).map(|l| l.entries).unwrap_or_default()
}

/// Starts the timer from the launcher with `minutes` and the interval bell
/// `rights` steps along (0 none, 1 every minute, 2 every 2, …).
fn start_timer(app: &mut App, minutes: &str, rights: usize) -> Vec<Effect> {
    open_launcher(app);
    chars(app, minutes);
    key(app, KeyCode::Down);
    for _ in 0..rights {
        key(app, KeyCode::Right);
    }
    let effects = key(app, KeyCode::Enter);
    assert_eq!(place(app), Place::Timer, "{}", screen(app));
    effects
}

#[test]
fn every_practice_is_listed_with_its_chapter_and_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 80));
    open_launcher(&mut app);
    let practices = workbook_practices(&app);
    assert!(practices.len() > 20, "the workbook has its practices: {}", practices.len());
    assert!(header_note(&app).contains(&format!("{} practices", practices.len())), "{}", screen(&app));
    let listed = listed(&app);
    assert_eq!(listed.len(), practices.len(), "{listed:#?}");
    // In the workbook's order, each with its chapter, minutes and kind.
    for ((number, title, minutes), row) in practices.iter().zip(&listed) {
        assert!(row.contains(title.as_str()), "{title} not in {row}");
        assert!(row.contains(&format!("ch. {number}")), "{row}");
        assert!(row.contains(&format!(" {minutes} min")), "{row}");
        assert!(row.ends_with("formal") || row.ends_with("informal"), "{row}");
    }
    // Optional practices are there too (chapter 4's compassionate letter is one).
    let optional = app.workbook.chapters.iter().flat_map(|c| &c.steps).filter(|s| s.is_optional());
    for s in optional.filter(|s| matches!(s, Step::Practice(_))) {
        assert!(listed.iter().any(|r| r.contains(s.title())), "optional {} is missing", s.title());
    }
    // The timer comes first, ten minutes and no interval bell unless chosen.
    let text = screen(&app);
    assert!(text.contains("Silent timer") && text.contains("‹ 10 ›") && text.contains("‹ none ›"), "{text}");
    assert!(chosen_row(&app).starts_with("> Minutes"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Home);
}

#[test]
fn a_favourite_comes_first_and_is_kept_in_progress_ron_over_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app_at(dir.path(), (100, 80));
        open_launcher(&mut app);
        // f on the timer's rows marks nothing.
        key(&mut app, KeyCode::Char('f'));
        assert!(!listed(&app).iter().any(|r| r.starts_with('★') || r.contains("★")), "{}", screen(&app));
        choose(&mut app, "Soles of the Feet");
        key(&mut app, KeyCode::Char('f'));
        let list = listed(&app);
        assert!(list[0].contains("★ Soles of the Feet"), "{list:#?}");
        assert_eq!(list.iter().filter(|r| r.contains('★')).count(), 1);
        assert!(chosen_row(&app).contains("Soles of the Feet"), "the cursor stays on it as it moves up");
        assert!(status(&app).contains("favourite"), "{}", status(&app));
        // A second favourite comes after the first, both before the rest, in workbook order.
        choose(&mut app, "Supportive Touch at your desk");
        key(&mut app, KeyCode::Char('f'));
        let list = listed(&app);
        assert!(list[0].contains("★ Supportive Touch"), "{list:#?}");
        assert!(list[1].contains("★ Soles of the Feet"), "{list:#?}");
        assert!(!list[2].contains('★'), "{list:#?}");
        // Unmarked again, it goes back to its place in the workbook.
        key(&mut app, KeyCode::Char('f'));
        assert!(listed(&app)[0].contains("★ Soles of the Feet"));
        assert!(quits(&key(&mut app, KeyCode::Char('q'))));
    }
    let progress = std::fs::read_to_string(dir.path().join("progress.ron")).unwrap();
    let favourites = &progress[progress.find("favourites:").expect("no favourites in progress.ron")..];
    assert!(favourites.contains("\"being-mindful/soles-of-the-feet\""), "{progress}");
    assert!(!favourites.contains("supportive-touch"), "unmarked, it is gone from the file: {progress}");
    let mut app = app_at(dir.path(), (100, 80));
    open_launcher(&mut app);
    let list = listed(&app);
    assert!(list[0].contains("★ Soles of the Feet"), "read back after a restart: {list:#?}");
    assert_eq!(list.iter().filter(|r| r.contains('★')).count(), 1);
}

#[test]
fn no_favourites_leaves_progress_ron_without_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_launcher(&mut app);
    assert!(quits(&key(&mut app, KeyCode::Char('q'))));
    let progress = std::fs::read_to_string(dir.path().join("progress.ron")).unwrap();
    assert!(!progress.contains("favourites"), "{progress}");
}

#[test]
fn enter_starts_the_chosen_practice_as_its_chapter_page_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_launcher(&mut app);
    choose(&mut app, "Soles of the Feet");
    // Before the first chapter: the page on who should go carefully comes
    // first, and going on from it opens the practice's page.
    key(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Some("Before you begin"), "{}", screen(&app));
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter);
    assert_eq!(app.step().id().as_str(), "soles-of-the-feet");

    // From then on, Enter starts it at once.
    open_launcher(&mut app);
    choose(&mut app, "Soles of the Feet");
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Practice, "{}", screen(&app));
    assert!(header_note(&app).starts_with("Practice · 4 min"), "{}", screen(&app));
    assert!(hint_bar(&app).contains("g ground"), "grounding and backdraft as in any practice");
    wait(&mut app, 4 * 60);
    assert!(screen(&app).contains("You practised the full 4 minutes."), "{}", screen(&app));
    let logged = log(dir.path());
    assert_eq!(logged.len(), 1);
    assert_eq!((logged[0].chapter.as_str(), logged[0].practice.as_str()), ("being-mindful", "soles-of-the-feet"));
    assert!(logged[0].finished);
    // It ends on its chapter page, as a practice started there does.
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter);
    assert_eq!(app.step().id().as_str(), "soles-of-the-feet");

    // A practice with a check-in starts with it.
    open_launcher(&mut app);
    choose(&mut app, "The Self-Compassion Break");
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Practice);
    assert!(screen(&app).contains("Check-in before:"), "{}", screen(&app));
}

/// Runs the app as the event loop does: to each deadline, a tick, until
/// none is left; returns the seconds since `from` at which a bell rang.
fn run_to_the_end(app: &mut App) -> Vec<i64> {
    let from = app.clock.now();
    let mut bells = Vec::new();
    for _ in 0..10_000 {
        let Some(due) = app.next_deadline() else { return bells };
        app.clock.advance(due - app.clock.now());
        let (redraw, effects) = app.tick();
        assert!(redraw || place(app) != Place::Timer, "a running timer redraws on each tick");
        if effects.contains(&Effect::Bell) {
            bells.push((app.clock.now() - from).num_seconds());
        }
    }
    panic!("the timer never ended");
}

#[test]
fn the_timer_rings_at_each_interval_and_at_the_end_and_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    app.journal.update_settings(|s| s.bell = true).unwrap();
    let started = app.clock.now();
    let effects = start_timer(&mut app, "3", 1);
    assert!(effects.contains(&Effect::Bell), "a bell at the start, as a practice has");
    let text = screen(&app);
    assert!(text.contains("3:00 left of 3:00"), "{text}");
    assert!(text.contains("A bell every minute, and at the end."), "{text}");
    assert_eq!(run_to_the_end(&mut app), vec![60, 120, 180], "at 1 and 2 minutes, and once at the end");
    let text = screen(&app);
    assert!(text.contains("You sat for the full 3 minutes.") && text.contains("in your practice log"), "{text}");
    assert_eq!(app.next_deadline(), None, "an ended timer does not wake the loop");

    let logged = log(dir.path());
    assert_eq!(logged.len(), 1, "{logged:#?}");
    let e = &logged[0];
    assert_eq!((e.chapter.as_str(), e.practice.as_str()), (TIMER_CHAPTER, TIMER_PRACTICE));
    assert_eq!((e.chapter.as_str(), e.practice.as_str()), ("timer", "silent-timer"));
    assert_eq!((e.start, e.planned_minutes, e.actual_minutes, e.finished), (started, 3, 3.0, true));
    assert_eq!((e.rating_before, e.rating_after), (None, None));

    // Enter goes back to the list as it was left.
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Practices);
    assert!(screen(&app).contains("‹ 3 ›") && screen(&app).contains("‹ every minute ›"), "{}", screen(&app));
}

#[test]
fn with_the_bell_off_in_settings_the_timer_rings_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_launcher(&mut app);
    assert!(screen(&app).contains("The bell is off in Settings"), "{}", screen(&app));
    key(&mut app, KeyCode::Esc);
    let effects = start_timer(&mut app, "2", 1);
    assert!(!effects.contains(&Effect::Bell));
    assert!(screen(&app).contains("No bell: it is off in Settings."), "{}", screen(&app));
    assert_eq!(run_to_the_end(&mut app), Vec::<i64>::new());
    assert_eq!(log(dir.path()).len(), 1);
}

#[test]
fn minutes_are_chosen_with_arrows_or_digits_within_one_to_120() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_launcher(&mut app);
    key(&mut app, KeyCode::Right);
    assert!(screen(&app).contains("‹ 15 ›"), "{}", screen(&app));
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    assert!(screen(&app).contains("‹ 5 ›"));
    for _ in 0..10 {
        key(&mut app, KeyCode::Left);
    }
    assert!(screen(&app).contains("‹ 1 ›"), "never below one minute");
    chars(&mut app, "120");
    assert!(screen(&app).contains("‹ 120 ›"));
    key(&mut app, KeyCode::Right);
    assert!(screen(&app).contains("‹ 120 ›"), "never over two hours");
    chars(&mut app, "45");
    assert!(screen(&app).contains("‹ 45 ›"));
    // The interval bell on its own row: none, every 1, 2, 5, 10 minutes.
    key(&mut app, KeyCode::Down);
    for shown in ["every minute", "every 2 min", "every 5 min", "every 10 min", "every 10 min"] {
        key(&mut app, KeyCode::Right);
        assert!(screen(&app).contains(&format!("‹ {shown} ›")), "{shown}:\n{}", screen(&app));
    }
    for _ in 0..5 {
        key(&mut app, KeyCode::Left);
    }
    assert!(screen(&app).contains("‹ none ›"));
    assert!(screen(&app).contains("‹ 45 ›"), "the bell's row leaves the minutes alone");
}

#[test]
fn space_pauses_the_timer_and_paused_time_does_not_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    start_timer(&mut app, "10", 0);
    wait(&mut app, 30);
    assert!(screen(&app).contains("9:30 left of 10:00"), "{}", screen(&app));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(app.next_deadline(), None, "a paused timer does not wake the loop");
    wait(&mut app, 300);
    assert!(screen(&app).contains("paused · 9:30 left of 10:00"), "{}", screen(&app));
    assert!(hint_bar(&app).contains("Space pause"), "{}", hint_bar(&app));
    key(&mut app, KeyCode::Char(' '));
    wait(&mut app, 30);
    assert!(screen(&app).contains("9:00 left of 10:00"), "{}", screen(&app));
    key(&mut app, KeyCode::Esc);
    let logged = log(dir.path());
    assert_eq!(logged.len(), 1);
    assert_eq!((logged[0].actual_minutes, logged[0].finished), (1.0, false), "five paused minutes not counted");
}

#[test]
fn esc_ends_the_timer_early_and_logs_the_minutes_sat() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    start_timer(&mut app, "10", 2);
    wait(&mut app, 90);
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Timer);
    let text = screen(&app);
    assert!(text.contains("You sat for 1:30 of 10 minutes. Stopping is part of practising too."), "{text}");
    assert_eq!(hint_bar(&app), "Enter back  ? help", "an ended timer only goes back");
    let logged = log(dir.path());
    assert_eq!(logged.len(), 1);
    let e = &logged[0];
    assert_eq!((e.chapter.as_str(), e.planned_minutes, e.actual_minutes, e.finished), ("timer", 10, 1.5, false));
    // Time after it ended changes nothing.
    wait(&mut app, 600);
    assert_eq!(log(dir.path()).len(), 1);
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Practices);
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Home);
}

#[test]
fn q_asks_before_it_ends_the_timer_and_quitting_logs_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    start_timer(&mut app, "10", 0);
    wait(&mut app, 45);
    assert!(!quits(&key(&mut app, KeyCode::Char('q'))));
    assert_eq!(overlay(&app), Some("Quit?"));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(place(&app), Place::Timer);
    assert!(log(dir.path()).is_empty(), "it goes on");
    key(&mut app, KeyCode::Char('q'));
    assert!(quits(&key(&mut app, KeyCode::Char('y'))));
    let logged = log(dir.path());
    assert_eq!(logged.len(), 1);
    assert_eq!((logged[0].actual_minutes, logged[0].finished), (0.75, false));
}

#[test]
fn the_practice_log_and_the_export_call_it_silent_timer() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    start_timer(&mut app, "2", 0);
    run_to_the_end(&mut app);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Home);
    key(&mut app, KeyCode::Char('l'));
    assert_eq!(place(&app), Place::PracticeLog);
    let text = screen(&app);
    assert!(text.contains("21:30  Silent timer  2 min"), "{text}");
    assert!(!text.contains("silent-timer"), "{text}");

    let export = mscwork::export::build(
        &app.workbook,
        &DataDir::new(dir.path()),
        &mscwork::export::ExportOptions::default(),
        app.clock.now(),
    )
    .unwrap();
    assert!(export.markdown.contains("21:30 — Silent timer: 2 of 2 minutes, finished"), "{}", export.markdown);
    assert!(!export.markdown.contains("no longer in the workbook"), "{}", export.markdown);
}

/// Every frame of the launcher and the timer at a size: whole, nothing cut.
fn frames_at(w: u16, h: u16) -> Vec<(String, Vec<String>)> {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (w, h));
    open_launcher(&mut app);
    let mut frames = vec![("launcher, on the timer".to_string(), checked_frame_at(&app, w, h))];
    choose(&mut app, "Soles of the Feet");
    key(&mut app, KeyCode::Char('f'));
    frames.push(("launcher, a favourite".into(), checked_frame_at(&app, w, h)));
    key(&mut app, KeyCode::End);
    frames.push(("launcher, at the end".into(), checked_frame_at(&app, w, h)));
    key(&mut app, KeyCode::Esc);
    start_timer(&mut app, "10", 3);
    wait(&mut app, 65);
    frames.push(("timer running".into(), checked_frame_at(&app, w, h)));
    key(&mut app, KeyCode::Char(' '));
    frames.push(("timer paused".into(), checked_frame_at(&app, w, h)));
    key(&mut app, KeyCode::Esc);
    frames.push(("timer ended".into(), checked_frame_at(&app, w, h)));
    frames
}

#[test]
fn the_screens_draw_whole_at_80x24_and_50x14() {
    for (w, h) in [(80, 24), (50, 14)] {
        for (what, rows) in frames_at(w, h) {
            let frame = rows.join("\n");
            assert!(!frame.contains('…'), "{what} at {w}×{h} cuts something:\n{frame}");
            let hints = rows.last().unwrap();
            assert!(hints.contains("? help"), "{what} at {w}×{h}: {hints}");
            if what == "launcher, on the timer" {
                assert!(frame.contains("‹ 10 ›") && frame.contains("Practices"), "{what} at {w}×{h}:\n{frame}");
            }
            if what.starts_with("timer running") {
                assert!(frame.contains("8:55 left of 10:00"), "{what} at {w}×{h}:\n{frame}");
                assert!(hints.contains("Space pause") && hints.contains("Esc stop"), "{hints}");
                let note = &rows[rows.len() - 2];
                assert!(note.trim_end().ends_with("stopping is fine."), "the status line whole: {note}");
            }
        }
    }
}

#[test]
fn p_on_the_chapter_list_opens_the_launcher_and_its_hint_fits() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (120, 24));
    past_welcome(&mut app);
    assert!(hint_bar(&app).contains("p practices"), "{}", hint_bar(&app));
    // Where it does not fit, the way to every key stays.
    let rows = checked_frame_at(&app, 50, 14);
    assert!(rows.last().unwrap().contains("? help"), "{}", rows.join("\n"));
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(place(&app), Place::Practices);
    key(&mut app, KeyCode::Char('?'));
    let help = screen(&app);
    assert!(help.contains("favourite: mark or unmark; favourites come first"), "{help}");
}

#[test]
fn launcher_snapshot_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_launcher(&mut app);
    choose(&mut app, "Soles of the Feet");
    key(&mut app, KeyCode::Char('f'));
    key(&mut app, KeyCode::Home);
    insta::assert_snapshot!("launcher", render(&app).backend());
}

#[test]
fn a_timer_session_counts_in_the_weeks_minutes_on_home() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let course = mscwork::journal::Course { path: "eight-weeks".into(), start, pace: mscwork::journal::Pace::Calendar };
    app.journal.update_settings(|s| s.course = Some(course)).unwrap();
    start_timer(&mut app, "7", 0);
    run_to_the_end(&mut app);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Home);
    assert!(screen(&app).contains("7 min practised"), "{}", screen(&app));
}

#[test]
fn a_chapter_may_not_take_the_silent_timers_id() {
    let dir = support::workbook_copy();
    let ch8 = dir.path().join("chapters/08-embracing-work.ron");
    support::replace_in(&ch8, "id: \"embracing-work\"", "id: \"timer\"");
    let errors = mscwork::content::load(&mscwork::content::Source::Folder(dir.path().to_path_buf())).unwrap_err().0;
    assert!(errors.iter().any(|e| e.message.contains("reserved for the silent timer")), "{errors:?}");
}

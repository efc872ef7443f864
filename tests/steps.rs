//! Practices, check-ins, choices, recall and settings, driven through the
//! whole app on ratatui's TestBackend at 80×24, with real keys, a real journal
//! in a temporary folder and a hand-moved clock (no sleeping).

mod support;

use support::{
    down_to_other, go_to_step, open_chapter, quits, to_choice, to_practice_after, to_practice_before, to_practice_done,
    to_practice_paused, to_practice_running, to_scale, wait,
};

use std::fs;
use std::path::Path;

use chrono::Duration;
use crossterm::event::KeyCode;
use insta::assert_snapshot;
use mscwork::app::state::Answering;
use mscwork::app::{App, Clock, Effect, Event};
use mscwork::content::{self, BUILTIN_FILES, Step};
use mscwork::journal::{
    ANSWERS_VERSION, Answers, ChoiceAnswer, Journal, PracticeLog, SETTINGS_VERSION, ScaleAnswer, Settings,
    ThemeSetting, read_file,
};
use mscwork::layout::{MIN_HEIGHT, MIN_WIDTH};
use mscwork::screens::practice::session::Phase;
use mscwork::theme::{Theme, ThemeName};
use support::{Place, app_at, chars, go_to_first, key, overlay, past_welcome, place, render, screen, status, t0};

// ---------------------------------------------------------------- helpers

fn phase(app: &App) -> Option<Phase> {
    app.practice().map(|p| p.phase)
}

fn practice_log(dir: &Path) -> PracticeLog {
    support::saved_practice_log(dir).expect("the practice log was not written")
}

fn answers_file(dir: &Path, chapter: &str) -> Answers {
    support::saved_answers(dir, chapter).unwrap_or_else(|| panic!("no answers of {chapter} were saved"))
}

/// The first few words of a text: they fit on the first wrapped line.
fn opening(text: &str) -> String {
    text.split_whitespace().take(4).collect::<Vec<_>>().join(" ")
}

fn practice_of(app: &App) -> mscwork::content::PracticeStep {
    match app.step() {
        Step::Practice(p) => p.clone(),
        other => panic!("{} is a {}, not a Practice", other.id(), other.kind_name()),
    }
}

fn choice_of(app: &App) -> mscwork::content::ChoiceStep {
    match app.step() {
        Step::Choice(c) => c.clone(),
        other => panic!("{} is a {}, not a Choice", other.id(), other.kind_name()),
    }
}

fn choice_state(app: &App) -> (usize, Vec<usize>, bool) {
    match app.answering() {
        Some(Answering::Choice { cursor, picked, typing, .. }) => (*cursor, picked.iter().copied().collect(), *typing),
        _ => panic!("not answering a choice"),
    }
}

fn scale_value(app: &App) -> i32 {
    match app.answering() {
        Some(Answering::Scale { value }) => *value,
        _ => panic!("not answering a scale"),
    }
}

/// Every line of the current step, also those scrolled out of view.
fn step_text(app: &App) -> String {
    let width = mscwork::layout::body_width(app.size);
    mscwork::screens::chapter::view::step_lines(app, app.view.chapter, app.view.step, width)
        .lines
        .iter()
        .map(|l| format!("{l}\n"))
        .collect()
}

/// An app on a workbook folder instead of the built-in workbook.
fn app_on_workbook(workbook_dir: &Path, data_dir: &Path) -> App {
    let workbook = content::from_folder(workbook_dir).unwrap_or_else(|e| panic!("{e}"));
    App::new(workbook, Journal::open(data_dir).unwrap(), Clock::manual(t0()), Theme::new(ThemeName::Default), (80, 24))
}

// -------------------------------------------------------------- practices

#[test]
fn practice_with_check_ins_runs_pauses_finishes_and_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 1);
    go_to_step(&mut app, "self-compassion-break");
    let step = app.view.step;
    let p = practice_of(&app);
    let rating = p.rating.clone().expect("the break has a check-in");
    assert_eq!(p.minutes, 5);
    assert!(!app.is_step_done(0, step));

    // Before: the check-in, starting in the middle of the scale.
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Practice);
    assert_eq!(phase(&app), Some(Phase::Before));
    let text = screen(&app);
    assert!(text.contains("Check-in before"), "{text}");
    assert!(text.contains(&opening(&rating.question)), "{text}");
    assert!(text.contains("[5]"), "{text}");
    assert_eq!(app.practice().unwrap().next_tick(app.clock.now()), None, "no timer before the start");
    key(&mut app, KeyCode::Char('7'));
    assert!(screen(&app).contains("[7]"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Some(Phase::Running));

    // Running: the first cue, the whole time left, a tick within a second.
    let n = p.cues.len();
    let start = screen(&app);
    assert!(start.contains("5:00 left of 5:00"), "{start}");
    assert!(start.contains(&format!("1 of {n}")), "{start}");
    assert!(start.contains(&opening(&p.cues[0])), "{start}");
    let due = app.next_deadline().expect("a running practice ticks");
    assert!(due > app.clock.now() && due <= app.clock.now() + Duration::seconds(1));

    wait(&mut app, 90);
    let cue = 90 * n / (5 * 60);
    assert!(cue > 0, "the cue has moved on after 90 s");
    let later = screen(&app);
    assert!(later.contains("3:30 left of 5:00"), "{later}");
    assert!(later.contains(&format!("{} of {n}", cue + 1)), "{later}");
    assert!(later.contains(&opening(&p.cues[cue])), "{later}");
    assert!(!later.contains(&opening(&p.cues[0])), "{later}");
    assert_snapshot!("practice_running", render(&app).backend());

    // Paused: time passes, the timer does not.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(phase(&app), Some(Phase::Paused));
    wait(&mut app, 60);
    let paused = screen(&app);
    assert!(paused.contains("paused · 3:30 left of 5:00"), "{paused}");
    assert!(paused.contains(&format!("{} of {n}", cue + 1)), "{paused}");
    assert_eq!(app.next_deadline(), None, "no ticks while paused");
    assert_snapshot!("practice_paused", render(&app).backend());
    assert!(support::saved_practice_log(dir.path()).is_none(), "logged before the practice ended");

    // Continue, and run past the end: the after check-in.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(phase(&app), Some(Phase::Running));
    wait(&mut app, 209);
    assert_eq!(phase(&app), Some(Phase::Running), "ended a second early");
    wait(&mut app, 30);
    assert_eq!(phase(&app), Some(Phase::After));
    let after = screen(&app);
    assert!(after.contains("Check-in after"), "{after}");
    assert!(after.contains(&opening(&rating.question)), "{after}");
    key(&mut app, KeyCode::Char('4'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Some(Phase::Done));
    let done = screen(&app);
    assert!(done.contains("You practised the full 5 minutes."), "{done}");
    assert!(done.contains("from 7 to 4"), "{done}");
    assert!(done.contains("It is in your practice log."), "{done}");

    let log = practice_log(dir.path());
    assert_eq!(log.entries.len(), 1, "{log:#?}");
    let e = &log.entries[0];
    assert_eq!(e.practice, "self-compassion-break");
    assert_eq!(e.chapter, "building-strengths");
    assert_eq!(e.start, t0());
    assert_eq!(e.planned_minutes, 5);
    assert!(e.finished);
    assert_eq!(e.rating_before, Some(7));
    assert_eq!(e.rating_after, Some(4));
    assert!((e.actual_minutes - 5.0).abs() < 1e-9, "{}", e.actual_minutes);
    assert!(app.is_step_done(0, step), "a finished practice counts as done");

    // Enter goes back to the chapter, which now knows the practice was done.
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter);
    assert!(app.practice().is_none());
    assert_eq!(app.view.step, step);
    assert!(step_text(&app).contains("You have done this practice once"));
}

#[test]
fn stopping_early_is_logged_as_unfinished_and_does_not_mark_the_step_done() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 1);
    go_to_step(&mut app, "supportive-touch");
    let step = app.view.step;
    let p = practice_of(&app);
    assert!(p.rating.is_none(), "this practice has no check-in");

    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Some(Phase::Running), "no check-in: it starts");
    wait(&mut app, 30);
    key(&mut app, KeyCode::Esc);
    assert_eq!(phase(&app), Some(Phase::Done));
    let text = screen(&app);
    assert!(text.contains(&format!("You practised 0:30 of {} minutes.", p.minutes)), "{text}");

    let log = practice_log(dir.path());
    assert_eq!(log.entries.len(), 1);
    let e = &log.entries[0];
    assert_eq!(e.practice, "supportive-touch");
    assert_eq!(e.chapter, "building-strengths");
    assert_eq!(e.planned_minutes, p.minutes);
    assert!(!e.finished);
    assert!((e.actual_minutes - 0.5).abs() < 1e-9, "{}", e.actual_minutes);
    assert_eq!((e.rating_before, e.rating_after), (None, None));
    assert!(!app.is_step_done(0, step), "stopping early is not done");

    // Esc on the summary goes back; a stop while paused counts no pause time.
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Chapter);
    key(&mut app, KeyCode::Enter);
    wait(&mut app, 45);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(phase(&app), Some(Phase::Paused));
    wait(&mut app, 600);
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(phase(&app), Some(Phase::Done));
    let log = practice_log(dir.path());
    assert_eq!(log.entries.len(), 2);
    assert!(!log.entries[1].finished);
    assert!((log.entries[1].actual_minutes - 0.75).abs() < 1e-9);
    assert!(!app.is_step_done(0, step));
}

#[test]
fn quitting_during_a_practice_logs_it_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 1);
    go_to_step(&mut app, "supportive-touch");
    key(&mut app, KeyCode::Enter);
    wait(&mut app, 42);
    key(&mut app, KeyCode::Char('q'));
    // q asks first in a running practice; y stops it and quits.
    let effects = key(&mut app, KeyCode::Char('y'));
    assert!(quits(&effects));
    let log = practice_log(dir.path());
    assert_eq!(log.entries.len(), 1);
    assert!(!log.entries[0].finished);
    assert!((log.entries[0].actual_minutes - 0.7).abs() < 1e-9);
}

#[test]
fn grounding_pauses_the_practice_and_shows_the_grounding_practice() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    let grounding = app.workbook.manifest.grounding.clone().unwrap();
    let title = app
        .workbook
        .chapter(&grounding.chapter)
        .and_then(|c| c.steps.iter().find(|s| s.id() == grounding.step))
        .map(|s| s.title().to_string())
        .unwrap();
    open_chapter(&mut app, 1);
    go_to_step(&mut app, "self-compassion-break");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    wait(&mut app, 20);
    assert_eq!(phase(&app), Some(Phase::Running));

    key(&mut app, KeyCode::Char('g'));
    assert_eq!(overlay(&app), Some("Grounding"));
    assert_eq!(phase(&app), Some(Phase::Paused));
    let text = screen(&app);
    assert!(text.contains(&title), "{title:?} not in\n{text}");
    assert!(text.contains("is paused"), "{text}");
    assert_eq!(app.next_deadline(), None);
    wait(&mut app, 120);

    key(&mut app, KeyCode::Esc);
    assert_eq!(overlay(&app), None);
    assert_eq!(phase(&app), Some(Phase::Paused), "still paused after grounding");
    assert!(screen(&app).contains("paused · 4:40 left of 5:00"));

    // Backdraft too pauses (when running) and shows its Text step.
    key(&mut app, KeyCode::Char(' '));
    wait(&mut app, 10);
    key(&mut app, KeyCode::Char('b'));
    assert_eq!(overlay(&app), Some("Backdraft"));
    assert_eq!(phase(&app), Some(Phase::Paused));
    assert!(screen(&app).contains("Backdraft"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(overlay(&app), None);
    assert!(screen(&app).contains("paused · 4:30 left of 5:00"));
}

// ------------------------------------------------------------------ scales

#[test]
fn scale_check_ins_are_saved_with_their_time_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 1);
    go_to_step(&mut app, "stress-now");
    let step = app.view.step;
    assert!(screen(&app).contains("Press Enter to check in."));

    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Answer);
    assert_eq!(scale_value(&app), 5, "starts in the middle of 0–10");
    key(&mut app, KeyCode::Right);
    assert_eq!(scale_value(&app), 6);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    assert_eq!(scale_value(&app), 4);
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Right);
    assert_eq!(scale_value(&app), 10, "not above the maximum");
    key(&mut app, KeyCode::Home);
    key(&mut app, KeyCode::Left);
    assert_eq!(scale_value(&app), 0, "not below the minimum");
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(scale_value(&app), 3);
    assert!(screen(&app).contains("[3]"));
    assert_snapshot!("scale_answering", render(&app).backend());

    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter);
    assert_eq!(overlay(&app), None, "3 is no reason for the support pointer");
    assert!(status(&app).contains("Saved your check-in: 3"));
    assert!(app.is_step_done(0, step));
    let raw = support::saved_text(dir.path(), "building-strengths");
    assert!(raw.contains("2026-11-24T21:30:00+01:00"), "{raw}");
    let saved = answers_file(dir.path(), "building-strengths");
    assert_eq!(saved.scales("stress-now"), [ScaleAnswer { at: t0(), value: 3 }]);

    // Revisiting the step shows the dated check-in.
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Char('p'));
    let text = screen(&app);
    assert!(text.contains("Your check-ins (newest first)"), "{text}");
    assert!(text.contains("  3   Tue 24 Nov 2026, 21:30"), "{text}");

    // A second check-in a day later starts from the last value and keeps the first.
    app.clock.advance(Duration::days(1));
    key(&mut app, KeyCode::Enter);
    assert_eq!(scale_value(&app), 3, "starts from the last check-in");
    key(&mut app, KeyCode::Char('6'));
    key(&mut app, KeyCode::Enter);
    let saved = answers_file(dir.path(), "building-strengths");
    assert_eq!(
        saved.scales("stress-now"),
        [ScaleAnswer { at: t0(), value: 3 }, ScaleAnswer { at: t0() + Duration::days(1), value: 6 },]
    );
    let text = screen(&app);
    assert!(text.contains("  6   Wed 25 Nov 2026, 21:30"), "{text}");
    assert!(text.contains("  3   Tue 24 Nov 2026, 21:30"), "{text}");

    // Esc cancels without saving.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Chapter);
    assert_eq!(answers_file(dir.path(), "building-strengths").scales("stress-now").len(), 2);
}

#[test]
fn a_very_high_check_in_opens_the_support_pointer() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 1);
    go_to_step(&mut app, "stress-now");

    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('5'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), None, "5 shows no support pointer");

    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Some("Support"));
    let text = screen(&app);
    for number in ["113", "988", "116 123", "112"] {
        assert!(text.contains(number), "{number} not in\n{text}");
    }
    key(&mut app, KeyCode::Esc);
    assert_eq!(overlay(&app), None);
    assert_eq!(place(&app), Place::Chapter);
    assert_eq!(
        answers_file(dir.path(), "building-strengths").scales("stress-now").iter().map(|a| a.value).collect::<Vec<_>>(),
        [5, 9],
        "the high check-in is saved like any other"
    );

    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Some("Support"), "10 too");
}

// ----------------------------------------------------------------- choices

#[test]
fn choosing_values_with_other_saves_the_picks_and_recalls_them_next() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 5);
    go_to_step(&mut app, "core-values");
    let step = app.view.step;
    let c = choice_of(&app);
    let columns = mscwork::layout::choice_columns(&c, mscwork::layout::body_width(app.size));
    assert!(step_text(&app).contains("Press Enter to choose."));

    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Answer);
    assert_eq!(choice_state(&app), (0, vec![], false));
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('x'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    let picked = vec![0, 1, 1 + columns];
    assert_eq!(choice_state(&app), (1 + columns, picked.clone(), false));
    // Space again unpicks, and once more picks.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(choice_state(&app).1, vec![0, 1]);
    key(&mut app, KeyCode::Char(' '));
    let text = screen(&app);
    assert!(text.contains(&format!("[x] {}", c.options[0])), "{text}");
    assert!(text.contains(&format!("> [x] {}", c.options[1 + columns])), "{text}");
    assert!(text.contains("Pick up to 5."), "{text}");
    assert_snapshot!("choice_answering", render(&app).backend());

    // Other: Space starts writing; letters are text, not keys.
    down_to_other(&mut app);
    key(&mut app, KeyCode::Char(' '));
    assert!(choice_state(&app).2, "Space on Other starts writing");
    chars(&mut app, "quiet joy");
    assert_eq!(place(&app), Place::Answer, "q did not quit or leave");
    assert!(screen(&app).contains("Other: quiet joy"));
    key(&mut app, KeyCode::Enter);
    assert!(!choice_state(&app).2, "Enter ends the writing");
    assert_eq!(place(&app), Place::Answer);
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter, "{}", status(&app));
    assert!(app.is_step_done(4, step));

    let names: Vec<String> = picked.iter().map(|&i| c.options[i].clone()).collect();
    let saved = answers_file(dir.path(), "values-based-working");
    assert_eq!(
        saved.choices("core-values"),
        [ChoiceAnswer { at: t0(), picks: names.clone(), other: Some("quiet joy".into()) }]
    );
    let text = step_text(&app);
    assert!(text.contains("[x] Other: quiet joy"), "{text}");
    assert!(text.contains("Chosen Tue 24 Nov 2026, 21:30"), "{text}");

    // The next step recalls the values just chosen.
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.step().id(), "values-in-action");
    let text = screen(&app);
    for name in names.iter().map(String::as_str).chain(["quiet joy"]) {
        assert!(text.contains(name), "{name:?} not recalled in\n{text}");
    }

    // Choosing again starts from the last choice and keeps the first.
    key(&mut app, KeyCode::Char('p'));
    app.clock.advance(Duration::days(2));
    key(&mut app, KeyCode::Enter);
    assert_eq!(choice_state(&app).1, picked);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    let saved = answers_file(dir.path(), "values-based-working");
    let list = saved.choices("core-values");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].picks, names);
    assert_eq!(list[1].picks, names[1..]);
    assert_eq!(list[1].other.as_deref(), Some("quiet joy"));
}

#[test]
fn at_most_five_values_can_be_picked() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 5);
    go_to_step(&mut app, "core-values");
    let c = choice_of(&app);
    assert_eq!(c.max_picks, Some(5));
    key(&mut app, KeyCode::Enter);

    // Nothing picked: Enter does not save an empty choice.
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Answer);
    assert!(status(&app).contains("Pick an option"));

    for _ in 0..5 {
        key(&mut app, KeyCode::Char(' '));
        key(&mut app, KeyCode::Right);
    }
    assert_eq!(choice_state(&app).1, vec![0, 1, 2, 3, 4]);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(choice_state(&app).1, vec![0, 1, 2, 3, 4], "a sixth pick was added");
    assert!(status(&app).contains("At most 5"));
    assert!(screen(&app).contains("At most 5"));

    // Unpicking one makes room again.
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(choice_state(&app).1, vec![0, 1, 2, 3, 5]);

    // Five picks and an "other" are six: not saved.
    down_to_other(&mut app);
    key(&mut app, KeyCode::Char(' '));
    chars(&mut app, "Calm");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Answer);
    assert!(status(&app).contains("At most 5"));
    assert!(!dir.path().join("answers/values-based-working.ron").exists());

    // Without the other, the five are saved.
    key(&mut app, KeyCode::Char(' '));
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter, "{}", status(&app));
    let saved = answers_file(dir.path(), "values-based-working");
    let expected: Vec<String> = [0, 1, 2, 3, 5].iter().map(|&i| c.options[i].clone()).collect();
    assert_eq!(saved.choices("core-values")[0].picks, expected);
    assert_eq!(saved.choices("core-values")[0].other, None);
}

/// The built-in workbook has no single Choice, so one is made in a copy.
fn workbook_with_a_single_choice() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in BUILTIN_FILES {
        let target = dir.path().join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        let text = if path.contains("06-emotional-agility") {
            let from = "id: \"emotion-words\"";
            let at = text.find(from).unwrap();
            let (head, tail) = text.split_at(at);
            format!("{head}{}", tail.replacen("multiple: true,", "multiple: false,", 1))
        } else {
            text.to_string()
        };
        fs::write(target, text).unwrap();
    }
    dir
}

#[test]
fn a_single_choice_keeps_one_pick() {
    let workbook = workbook_with_a_single_choice();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on_workbook(workbook.path(), dir.path());
    open_chapter(&mut app, 6);
    go_to_step(&mut app, "emotion-words");
    let c = choice_of(&app);
    assert!(!c.multiple);
    assert!(screen(&app).contains("Pick one."));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(choice_state(&app).1, vec![1], "the second pick replaces the first");
    let text = screen(&app);
    assert_eq!(text.matches("(•)").count(), 1, "{text}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter);
    let saved = answers_file(dir.path(), "emotional-agility");
    assert_eq!(saved.choices("emotion-words")[0].picks, [c.options[1].clone()]);
}

#[test]
fn a_single_choice_with_other_saves_one_answer() {
    let workbook = workbook_with_a_single_choice();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on_workbook(workbook.path(), dir.path());
    open_chapter(&mut app, 6);
    go_to_step(&mut app, "emotion-words");
    assert!(choice_of(&app).other);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char(' '));
    down_to_other(&mut app);
    key(&mut app, KeyCode::Char(' '));
    chars(&mut app, "wistful");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let saved = read_file::<Answers>(&dir.path().join("answers/emotional-agility.ron"), ANSWERS_VERSION).unwrap();
    if let Some(saved) = saved {
        for a in saved.choices("emotion-words") {
            let total = a.picks.len() + usize::from(a.other.is_some());
            assert!(total <= 1, "a pick-one choice saved {a:?}");
        }
    }
}

// ------------------------------------------------------------------ recall

#[test]
fn chapter_4_recalls_the_phrases_written_in_chapter_3_in_the_same_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 3);
    go_to_step(&mut app, "my-phrases");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "May I be patient with myself");
    key(&mut app, KeyCode::Esc);
    open_chapter(&mut app, 4);
    go_to_step(&mut app, "loving-kindness-ourselves");
    assert!(screen(&app).contains("May I be patient with myself"));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Some(Phase::Running));
    let text = screen(&app);
    assert!(text.contains("Your own words:"), "{text}");
    assert!(text.contains("May I be patient with myself"), "{text}");
}

#[test]
fn chapter_4_recalls_the_phrases_of_chapter_3_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app_at(dir.path(), (80, 24));
        open_chapter(&mut app, 3);
        go_to_step(&mut app, "my-phrases");
        key(&mut app, KeyCode::Enter);
        chars(&mut app, "May I be patient with myself");
        key(&mut app, KeyCode::Esc);
        // Leave off elsewhere, so the next start does not reopen chapter 3.
        open_chapter(&mut app, 1);
        let effects = key(&mut app, KeyCode::Char('q'));
        assert!(quits(&effects));
    }
    let mut app = app_at(dir.path(), (80, 24));
    assert_eq!(app.chapter().number, 1);
    open_chapter(&mut app, 4);
    go_to_step(&mut app, "loving-kindness-ourselves");
    let text = screen(&app);
    assert!(text.contains("May I be patient with myself"), "the phrases of chapter 3 are not recalled:\n{text}");
}

// ---------------------------------------------------------------- settings

#[test]
fn settings_are_saved_as_they_change_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app_at(dir.path(), (80, 24));
        past_welcome(&mut app);
        key(&mut app, KeyCode::Char('s'));
        assert_eq!(place(&app), Place::Settings);
        let text = screen(&app);
        assert!(text.contains("‹ off ›"), "{text}");
        assert!(text.contains("‹ default ›"), "{text}");
        assert!(!dir.path().join("settings.ron").exists());

        key(&mut app, KeyCode::Enter);
        assert!(app.journal.settings().bell);
        assert!(screen(&app).contains("‹ on ›"));
        let raw = fs::read_to_string(dir.path().join("settings.ron")).unwrap();
        assert!(raw.contains("bell: true"), "{raw}");

        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Right);
        assert_eq!(app.journal.settings().theme, ThemeSetting::Light);
        let raw = fs::read_to_string(dir.path().join("settings.ron")).unwrap();
        assert!(raw.contains("theme: Light"), "{raw}");
        // That the theme applies at once, in colour or under NO_COLOR, is seen
        // in a terminal: e2e_pty.rs.
        assert!(screen(&app).contains("‹ light ›"));
        // Left goes back, and wraps around.
        key(&mut app, KeyCode::Left);
        key(&mut app, KeyCode::Left);
        assert_eq!(app.journal.settings().theme, ThemeSetting::Monochrome);
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Right);
        assert_eq!(app.journal.settings().theme, ThemeSetting::Light);

        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Left);
        assert_eq!(app.journal.settings().day_starts_at, 3);
        assert!(screen(&app).contains("‹ 03:00 ›"));
        key(&mut app, KeyCode::Right);
        assert_eq!(app.journal.settings().day_starts_at, 4);

        key(&mut app, KeyCode::Esc);
        assert_eq!(place(&app), Place::Home);
    }
    let file = read_file::<Settings>(&dir.path().join("settings.ron"), SETTINGS_VERSION).unwrap().unwrap();
    assert_eq!(
        file,
        Settings {
            version: SETTINGS_VERSION,
            bell: true,
            theme: ThemeSetting::Light,
            day_starts_at: 4,
            course: None,
            language: None,
            workbook: None
        }
    );
    let app = app_at(dir.path(), (80, 24));
    assert!(app.journal.settings().bell);
    assert_eq!(app.journal.settings().theme, ThemeSetting::Light);
    assert_eq!(app.journal.settings().day_starts_at, 4);
}

#[test]
fn settings_values_are_whole_at_the_minimum_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (50, 14));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('s'));
    let text = screen(&app);
    for value in ["‹ off ›", "‹ default ›", "‹ 04:00 ›"] {
        assert!(text.contains(value), "{value} cut off:\n{text}");
    }
}

#[test]
fn with_the_bell_on_a_practice_rings_at_its_start_and_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    open_chapter(&mut app, 1);
    go_to_step(&mut app, "supportive-touch");
    let bell = |effects: Vec<Effect>| effects.contains(&Effect::Bell);
    assert!(bell(key(&mut app, KeyCode::Enter)), "the bell rings at the start");
    assert!(!bell(wait(&mut app, 60)), "no bell in the middle");
    let end = wait(&mut app, 60);
    assert_eq!(phase(&app), Some(Phase::Done));
    assert!(bell(end), "the bell rings at the end");
}

// ------------------------------------------------------------- round trips

#[test]
fn practice_log_and_answers_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (log, scales, choices) = {
        let mut app = app_at(dir.path(), (80, 24));
        open_chapter(&mut app, 1);
        go_to_step(&mut app, "stress-now");
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Char('4'));
        key(&mut app, KeyCode::Enter);
        go_to_step(&mut app, "supportive-touch");
        key(&mut app, KeyCode::Enter);
        wait(&mut app, 50);
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Enter);
        go_to_step(&mut app, "self-compassion-break");
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Char('8'));
        key(&mut app, KeyCode::Enter);
        wait(&mut app, 301);
        key(&mut app, KeyCode::Esc); // skips the after check-in
        assert_eq!(phase(&app), Some(Phase::Done));
        key(&mut app, KeyCode::Enter);
        open_chapter(&mut app, 5);
        go_to_step(&mut app, "core-values");
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Char(' '));
        down_to_other(&mut app);
        key(&mut app, KeyCode::Char(' '));
        chars(&mut app, "Play");
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Enter);
        assert_eq!(place(&app), Place::Chapter);
        let log = app.journal.practice_log_loaded().unwrap().clone();
        // Let go of as chapter 5 opened: read again from its files.
        let scales = app.journal.load_answers("building-strengths").unwrap().scales.clone();
        let choices = app.journal.answers("values-based-working").unwrap().unwrap().choices.clone();
        let effects = key(&mut app, KeyCode::Char('q'));
        assert!(quits(&effects));
        (log, scales, choices)
    };
    assert_eq!(log.entries.len(), 2);
    assert_eq!(
        (log.entries[1].rating_before, log.entries[1].rating_after, log.entries[1].finished),
        (Some(8), None, true)
    );
    assert_eq!(scales["stress-now"].len(), 1);
    assert_eq!(choices["core-values"][0].other.as_deref(), Some("Play"), "{choices:?}");

    let mut journal = Journal::open(dir.path()).unwrap();
    assert_eq!(journal.practice_log().unwrap(), &log);
    assert_eq!(journal.load_answers("building-strengths").unwrap().scales, scales);
    assert_eq!(journal.load_answers("values-based-working").unwrap().choices, choices);
}

#[test]
fn a_practice_step_shows_its_history_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app_at(dir.path(), (80, 24));
        open_chapter(&mut app, 1);
        go_to_step(&mut app, "supportive-touch");
        key(&mut app, KeyCode::Enter);
        wait(&mut app, 200);
        key(&mut app, KeyCode::Enter);
        assert!(step_text(&app).contains("You have done this practice once"));
        key(&mut app, KeyCode::Char('q'));
    }
    let app = app_at(dir.path(), (80, 24));
    assert_eq!(app.step().id(), "supportive-touch");
    let text = screen(&app);
    assert!(text.contains("You have done this practice once"), "no history after a restart:\n{text}");
}

// ------------------------------------------------------------- every size

type Drive = fn(&mut App);

fn to_editor(app: &mut App) {
    open_chapter(app, 1);
    go_to_first(app, "Reflection");
    key(app, KeyCode::Enter);
    chars(app, "A few words\nand a second line");
}

fn to_choice_other(app: &mut App) {
    to_choice(app);
    down_to_other(app);
    key(app, KeyCode::Char(' '));
    chars(app, "a word of my own");
}

fn to_recalling_practice(app: &mut App) {
    open_chapter(app, 3);
    go_to_step(app, "my-phrases");
    key(app, KeyCode::Enter);
    chars(app, "May I be kind to myself\nMay I be patient");
    key(app, KeyCode::Esc);
    open_chapter(app, 4);
    go_to_step(app, "loving-kindness-ourselves");
    key(app, KeyCode::Enter);
    key(app, KeyCode::Enter);
    wait(app, 30);
}

fn to_settings(app: &mut App) {
    past_welcome(app);
    key(app, KeyCode::Char('s'));
}

const STATES: &[(&str, Drive)] = &[
    ("welcome", |_| {}),
    ("home", past_welcome),
    ("home help", |app| {
        past_welcome(app);
        key(app, KeyCode::Char('?'));
    }),
    ("chapter", |app| open_chapter(app, 1)),
    ("chapter help", |app| {
        open_chapter(app, 1);
        key(app, KeyCode::Char('?'));
    }),
    ("chapter practice step", |app| {
        open_chapter(app, 1);
        go_to_step(app, "self-compassion-break");
    }),
    ("chapter choice step", |app| {
        open_chapter(app, 5);
        go_to_step(app, "core-values");
    }),
    ("editor", to_editor),
    ("editor help", |app| {
        to_editor(app);
        key(app, KeyCode::F(1));
    }),
    ("scale", to_scale),
    ("scale help", |app| {
        to_scale(app);
        key(app, KeyCode::Char('?'));
    }),
    ("support", |app| {
        to_scale(app);
        key(app, KeyCode::Char('9'));
        key(app, KeyCode::Enter);
    }),
    ("choice", to_choice),
    ("choice help", |app| {
        to_choice(app);
        key(app, KeyCode::Char('?'));
    }),
    ("choice other", to_choice_other),
    ("choice at max", |app| {
        to_choice(app);
        for _ in 0..6 {
            key(app, KeyCode::Right);
            key(app, KeyCode::Char(' '));
        }
    }),
    ("practice before", to_practice_before),
    ("practice running", to_practice_running),
    ("practice paused", to_practice_paused),
    ("practice help", |app| {
        to_practice_running(app);
        key(app, KeyCode::Char('?'));
    }),
    ("grounding", |app| {
        to_practice_running(app);
        key(app, KeyCode::Char('g'));
    }),
    ("backdraft", |app| {
        to_practice_running(app);
        key(app, KeyCode::Char('b'));
    }),
    ("practice after", to_practice_after),
    ("practice done", to_practice_done),
    ("practice stopped", |app| {
        to_practice_running(app);
        key(app, KeyCode::Esc);
    }),
    ("practice with recall", to_recalling_practice),
    ("settings", to_settings),
    ("settings help", |app| {
        to_settings(app);
        key(app, KeyCode::Char('?'));
    }),
];

const SIZES: [(u16, u16); 7] = [(1, 1), (20, 5), (49, 13), (50, 14), (80, 24), (120, 40), (300, 100)];

#[test]
fn every_screen_renders_at_every_size() {
    for (name, drive) in STATES {
        // Reached at 80×24, then resized through every size.
        let dir = tempfile::tempdir().unwrap();
        let mut app = app_at(dir.path(), (80, 24));
        drive(&mut app);
        let before = (place(&app), overlay(&app));
        for (w, h) in SIZES {
            app.handle(Event::Resize(w, h));
            support::checked_frame_at(&app, w, h);
        }
        assert_eq!((place(&app), overlay(&app)), before, "{name}: resizing changed the screen");

        // Reached at each size (or the smallest that takes keys), then moved about there.
        for (w, h) in SIZES {
            let dir = tempfile::tempdir().unwrap();
            let mut app = app_at(dir.path(), (w.max(MIN_WIDTH), h.max(MIN_HEIGHT)));
            drive(&mut app);
            app.handle(Event::Resize(w, h));
            support::checked_frame_at(&app, w, h);
            for code in [KeyCode::Down, KeyCode::PageDown, KeyCode::Right, KeyCode::Up, KeyCode::Left, KeyCode::PageUp]
            {
                key(&mut app, code);
                support::checked_frame_at(&app, w, h);
            }
            wait(&mut app, 1);
            support::checked_frame_at(&app, w, h);
        }
    }
}

/// A fresh app that ran a practice with these check-ins before and after.
fn practised_with(before: char, after: char) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 40));
    past_welcome(&mut app);
    support::to_practice_before(&mut app);
    key(&mut app, KeyCode::Char(before));
    key(&mut app, KeyCode::Enter);
    support::wait(&mut app, 400);
    key(&mut app, KeyCode::Char(after));
    key(&mut app, KeyCode::Enter);
    (dir, app)
}

#[test]
fn a_practice_that_stirs_up_a_lot_is_answered_with_support_grounding_and_backdraft() {
    // Before 4, after 9: very high.
    let (_dir, mut app) = practised_with('4', '9');
    assert_eq!(support::overlay(&app), Some("Support"), "{}", screen(&app));
    assert!(support::status(&app).contains("g grounds you"), "{:?}", support::status(&app));
    key(&mut app, KeyCode::Esc);
    let bar = screen(&app).lines().last().unwrap_or_default().to_string();
    assert!(bar.contains("g ground") && bar.contains("b backdraft"), "still at hand: {bar}");
    // A calm one (before 4, after 2) is not.
    let (_dir, app) = practised_with('4', '2');
    assert_eq!(support::overlay(&app), None);
    // A steep rise (2 to 6) is.
    let (_dir, app) = practised_with('2', '6');
    assert_eq!(support::overlay(&app), Some("Support"));
}

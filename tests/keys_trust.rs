//! Keys a user can trust: a typed 10 is 10, nothing acts unseen behind
//! "terminal too small", nothing is thrown away unasked, and pasted text
//! reaches the field in focus, quickly however long it is. Driven through
//! `App::handle` on a real journal in a temporary folder with a hand-moved
//! clock, and through the real binary in a pseudo-terminal where the path
//! goes through the terminal.

mod support;

#[path = "common/pty.rs"]
#[allow(dead_code)]
mod pty;

use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use mscwork::app::state::Answering;
use mscwork::app::{App, Event};
use mscwork::content::{self, Step};
use mscwork::journal::{Answers, PracticeLog};
use mscwork::screens::assessment::AssessView;
use mscwork::screens::practice::session::Phase;
use support::{
    Place, app_at, chars, ctrl, down_to_other, go_to_first, key, open_chapter, overlay, past_welcome, place, quits,
    screen, to_choice, to_practice_before, to_practice_running, to_scale, wait,
};

// ---------------------------------------------------------------- helpers

fn answers_file(dir: &Path, chapter: &str) -> Answers {
    support::saved_answers(dir, chapter).unwrap_or_else(|| panic!("no answers of {chapter} were saved"))
}

/// The check-ins saved for chapter 1's stress check-in, oldest first.
fn stress_check_ins(dir: &Path) -> Vec<i32> {
    answers_file(dir, "building-strengths").scales("stress-now").iter().map(|a| a.value).collect()
}

fn scale_value(app: &App) -> i32 {
    match app.answering() {
        Some(Answering::Scale { value }) => *value,
        _ => panic!("not on a check-in; screen is {:?}", support::place(app)),
    }
}

fn practice_log(dir: &Path) -> PracticeLog {
    support::saved_practice_log(dir).expect("the practice log was not written")
}

fn digits(app: &mut App, typed: &str) {
    for c in typed.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// A second and a half without keys: longer than digits compose over.
fn pause(app: &mut App) {
    app.clock.advance(chrono::Duration::milliseconds(1500));
    app.handle(Event::Tick);
}

/// The reflection text of the first Reflection step of chapter 1, latest version.
fn first_reflection_text(dir: &Path) -> Option<String> {
    let step = first_reflection_id();
    let answers = answers_file(dir, "building-strengths");
    answers.reflections(&step).last().and_then(|r| r.latest()).map(|r| r.text.clone())
}

fn first_reflection_id() -> String {
    let workbook = content::builtin().unwrap();
    let step = workbook.chapters[0].steps.iter().find(|s| matches!(s, Step::Reflection(_)));
    step.expect("chapter 1 has a reflection").id().to_string()
}

fn to_editor(app: &mut App) {
    open_chapter(app, 1);
    go_to_first(app, "Reflection");
    key(app, KeyCode::Enter);
    assert_eq!(place(app), Place::Editor);
}

fn editor_text(app: &App) -> String {
    app.editor().expect("the editor is open").text()
}

/// About `bytes` of text in lines, with accents, as someone might paste it.
fn long_text(bytes: usize) -> String {
    let mut lines = Vec::new();
    let mut len = 0;
    let mut n = 0;
    while len < bytes {
        let line = format!("{n:05} Café shift notes: I breathed, I was kind to myself, I went on; line {n}.");
        len += line.len() + 1;
        lines.push(line);
        n += 1;
    }
    lines.join("\n")
}

// ------------------------------------------- 4. a typed 10 is 10 on a check-in

#[test]
fn typing_one_then_zero_on_a_check_in_saves_ten_and_brings_up_support() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_scale(&mut app);
    digits(&mut app, "10");
    assert_eq!(scale_value(&app), 10);
    assert!(screen(&app).contains("[10]"), "the screen shows what was typed:\n{}", screen(&app));
    key(&mut app, KeyCode::Enter);
    assert_eq!(stress_check_ins(dir.path()), vec![10]);
    assert_eq!(overlay(&app), Some("Support"), "10 on a distress check-in brings up support");
}

#[test]
fn a_lone_digit_stays_after_a_pause_and_a_digit_that_cannot_extend_starts_anew() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_scale(&mut app);
    digits(&mut app, "1");
    assert_eq!(scale_value(&app), 1);
    pause(&mut app);
    assert_eq!(scale_value(&app), 1, "a lone 1 stays 1");
    digits(&mut app, "0");
    assert_eq!(scale_value(&app), 0, "after the pause, 0 is a new number");
    digits(&mut app, "53");
    assert_eq!(scale_value(&app), 3, "53 is off the scale: 3 starts anew");
    digits(&mut app, "11");
    assert_eq!(scale_value(&app), 1, "11 is off the scale: 1 starts anew");
    digits(&mut app, "0");
    assert_eq!(scale_value(&app), 10, "and 1 then 0 is 10");
    key(&mut app, KeyCode::Left);
    digits(&mut app, "1");
    assert_eq!(scale_value(&app), 1, "an arrow ends the number");
    pause(&mut app);
    key(&mut app, KeyCode::Enter);
    assert_eq!(stress_check_ins(dir.path()), vec![1]);
    assert_eq!(overlay(&app), None);
}

#[test]
fn practice_ratings_before_and_after_take_ten() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_practice_before(&mut app);
    digits(&mut app, "10");
    assert!(screen(&app).contains("[10]"), "{}", screen(&app));
    key(&mut app, KeyCode::Enter);
    wait(&mut app, 30);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.practice().map(|p| p.phase), Some(Phase::After));
    digits(&mut app, "10");
    key(&mut app, KeyCode::Enter);
    let session = app.practice().unwrap();
    assert_eq!((session.rating_before, session.rating_after), (Some(10), Some(10)));
    let log = practice_log(dir.path());
    let entry = log.entries.last().expect("the practice is logged");
    assert_eq!((entry.rating_before, entry.rating_after), (Some(10), Some(10)));
}

#[test]
fn a_mistyped_check_in_is_corrected_by_checking_in_again_and_support_still_comes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_scale(&mut app);
    digits(&mut app, "0");
    key(&mut app, KeyCode::Enter);
    assert_eq!(stress_check_ins(dir.path()), vec![0]);
    let after_saving = screen(&app);

    key(&mut app, KeyCode::Enter);
    assert_eq!(scale_value(&app), 0, "the check-in starts from the saved value");
    app.clock.advance(chrono::Duration::minutes(1));
    digits(&mut app, "10");
    key(&mut app, KeyCode::Enter);
    let saved = answers_file(dir.path(), "building-strengths");
    let check_ins = saved.scales("stress-now");
    assert_eq!(check_ins.iter().map(|a| a.value).collect::<Vec<_>>(), vec![0, 10], "the earlier one stays");
    assert!(check_ins[0].at < check_ins[1].at, "each is dated");
    assert_eq!(overlay(&app), Some("Support"));

    assert!(after_saving.contains("Not right? Enter checks in again"), "{after_saving}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('j'));
    let step = screen(&app);
    assert!(step.contains("also to correct a mistyped one"), "the step says how to correct:\n{step}");
}

// ------------------------------------- 7. nothing acts behind "too small"

#[test]
fn keys_and_paste_behind_too_small_are_ignored_and_q_quits_saving() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_editor(&mut app);
    chars(&mut app, "seen");
    app.handle(Event::Resize(40, 10));
    chars(&mut app, "unseen r\n");
    app.handle(Event::Paste("pasted unseen".into()));
    key(&mut app, KeyCode::Esc);
    ctrl(&mut app, 'z');
    app.handle(Event::Resize(80, 24));
    assert_eq!(place(&app), Place::Editor);
    assert_eq!(editor_text(&app), "seen", "nothing went into the text unseen");

    app.handle(Event::Resize(40, 10));
    let small = screen(&app);
    assert!(small.contains("Enlarge the window, or press q to quit"), "{small}");
    let effects = key(&mut app, KeyCode::Char('q'));
    assert!(quits(&effects), "q quits even in the editor while the window is too small");
    assert_eq!(first_reflection_text(dir.path()).as_deref(), Some("seen"), "and saves as usual");
}

#[test]
fn behind_too_small_r_does_not_open_history_and_ctrl_c_quits() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    app.handle(Event::Resize(49, 24));
    for c in ['r', 'a', 's', 'l', '?'] {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    // What the keys did (nothing) shows once the window is large enough again.
    app.handle(Event::Resize(80, 24));
    assert_eq!((place(&app), overlay(&app)), (Place::Home, None));
    app.handle(Event::Resize(49, 24));
    let effects = ctrl(&mut app, 'c');
    assert!(quits(&effects));
}

// ----------------------------------------- 8. ask before throwing away

/// Answers a few assessment items and leaves: a draft is saved.
fn with_a_draft(app: &mut App, dir: &Path) {
    past_welcome(app);
    key(app, KeyCode::Char('a'));
    key(app, KeyCode::Enter);
    digits(app, "4444");
    key(app, KeyCode::Esc);
    assert!(dir.join("assessments/draft.ron").exists());
    key(app, KeyCode::Char('a'));
    assert!(matches!(app.assess().unwrap().view, AssessView::Intro));
}

#[test]
fn n_on_the_assessment_intro_keeps_the_draft_and_d_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("assessments/draft.ron");
    let mut app = app_at(dir.path(), (80, 24));
    with_a_draft(&mut app, dir.path());
    key(&mut app, KeyCode::Char('n'));
    assert!(draft.exists(), "n means next elsewhere: it must not discard");
    assert!(matches!(app.assess().unwrap().view, AssessView::Intro));
    let intro = screen(&app);
    assert!(intro.contains("Enter continues it; d discards it"), "{intro}");
    assert!(intro.contains(" d discard "), "the hint shows d:\n{intro}");

    key(&mut app, KeyCode::Char('d'));
    assert_eq!(overlay(&app), Some("Start over?"));
    let asked = screen(&app);
    assert!(asked.contains("Discard your answers so far?"), "{asked}");
    assert!(asked.contains("y = discard, any other key = keep"), "{asked}");
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(overlay(&app), None);
    assert!(draft.exists(), "any other key keeps the draft");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.assess().unwrap().answers.len(), 4, "and Enter continues it");

    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Char('y'));
    assert!(!draft.exists(), "y discards");
    let state = app.assess().unwrap();
    assert!(matches!(state.view, AssessView::Item { index: 0, .. }));
    assert!(state.answers.is_empty());
}

#[test]
fn d_and_n_in_the_help_of_the_assessment_intro() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    with_a_draft(&mut app, dir.path());
    key(&mut app, KeyCode::Char('?'));
    let help = screen(&app);
    assert!(help.contains("discard: your draft and start over (asks first)"), "{help}");
}

#[test]
fn q_in_a_running_practice_asks_and_any_other_key_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_practice_running(&mut app);
    let effects = key(&mut app, KeyCode::Char('q'));
    assert!(!quits(&effects), "q does not end a practice unasked");
    assert_eq!(overlay(&app), Some("Quit?"));
    let asked = screen(&app);
    assert!(asked.contains("Stop the practice and quit? It is logged as stopped early."), "{asked}");
    let effects = key(&mut app, KeyCode::Char('n'));
    assert_eq!(overlay(&app), None);
    assert!(!quits(&effects));
    assert_eq!(app.practice().map(|p| p.phase), Some(Phase::Running), "the practice goes on");
    assert!(support::saved_practice_log(dir.path()).is_none(), "nothing logged yet");

    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('q'));
    let effects = key(&mut app, KeyCode::Char('y'));
    assert!(quits(&effects));
    let log = practice_log(dir.path());
    let entry = log.entries.last().expect("logged as it quit");
    assert!(!entry.finished, "logged as stopped early");
}

#[test]
fn ctrl_c_in_a_practice_and_q_after_it_quit_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_practice_running(&mut app);
    let effects = ctrl(&mut app, 'c');
    assert!(quits(&effects), "Ctrl-C stays the way out at once");
    assert_eq!(practice_log(dir.path()).entries.len(), 1);

    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    support::to_practice_done(&mut app);
    let effects = key(&mut app, KeyCode::Char('q'));
    assert!(quits(&effects), "a finished practice has nothing to lose");
}

// ------------------------------------ 9. paste reaches the field in focus

#[test]
fn paste_goes_into_the_history_search() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_editor(&mut app);
    chars(&mut app, "Honesty at the night desk");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('r'));
    key(&mut app, KeyCode::Char('/'));
    app.handle(Event::Paste("night\r\ndesk\r\n".into()));
    assert_eq!(app.history().unwrap().query, "night desk");
    assert_eq!(app.history().unwrap().visible().len(), 1);
    assert!(screen(&app).contains("night desk"), "{}", screen(&app));
}

#[test]
fn paste_goes_into_a_choice_s_other_field_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_choice(&mut app);
    down_to_other(&mut app);
    key(&mut app, KeyCode::Char(' '));
    app.handle(Event::Paste("quiet\r\ncourage".into()));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let saved = answers_file(dir.path(), "values-based-working");
    let choice = saved.choices("core-values").last().expect("the choice is saved");
    assert_eq!(choice.other.as_deref(), Some("quiet courage"));
}

#[test]
fn paste_goes_into_the_plan_s_own_intention() {
    let dir = support::copy_of("tests/fixtures/data"); // a saved take
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('r'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Char('o'));
    app.handle(Event::Paste("Leave at six\non Fridays\n".into()));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let takes = fs::read_to_string(dir.path().join("assessments/2026-11-20T21-40-00+0100.ron")).unwrap();
    assert!(takes.contains("\"Leave at six on Fridays\""), "{takes}");
}

#[test]
fn esc_sets_an_own_intention_aside_and_o_goes_on_with_it() {
    let dir = support::copy_of("tests/fixtures/data"); // a saved take
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('r'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    let plan = |app: &App| {
        let plan = app.assess().and_then(|s| s.plan.as_ref()).expect("the plan is open");
        (plan.typing.as_ref().map(|area| area.lines().join("|")), plan.own.clone())
    };
    key(&mut app, KeyCode::Char('o'));
    chars(&mut app, "Walk at noon");
    key(&mut app, KeyCode::Esc);
    assert_eq!(plan(&app), (None, vec![]));
    assert!(screen(&app).contains("Your intention is kept for now"), "{}", screen(&app));
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(plan(&app), (Some("Walk at noon".to_string()), vec![]), "the text is back");
    chars(&mut app, " daily");
    key(&mut app, KeyCode::Enter);
    assert_eq!(plan(&app), (None, vec!["Walk at noon daily".to_string()]));
    // A fresh field after that one was added.
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(plan(&app).0.as_deref(), Some(""));
}

#[test]
fn paste_over_a_screen_without_a_text_field_does_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter(&mut app, 1);
    let before = screen(&app);
    let effects = app.handle(Event::Paste("rq".into()));
    assert_eq!(screen(&app), before);
    assert!(!quits(&effects));
}

/// Feeds `events` to the app as the event loop does with what arrived together.
fn burst(app: &mut App, events: Vec<Event>) {
    let mut events = events.into_iter();
    app.handle_burst(|| events.next());
}

fn typed(text: &str) -> Vec<Event> {
    text.chars()
        .map(|c| {
            let code = if c == '\n' { KeyCode::Enter } else { KeyCode::Char(c) };
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
        })
        .collect()
}

/// Runs `work` on a thread; a hang (minutes, as before) fails after `limit`.
fn within<T: Send + 'static>(limit: Duration, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    receive.recv_timeout(limit).unwrap_or_else(|_| panic!("still not done after {limit:?}"))
}

#[test]
fn a_hundred_kilobytes_typed_key_by_key_go_into_the_editor_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let text = long_text(100_000);
    let expected = text.clone();
    let (in_editor, saved) = within(Duration::from_secs(60), move || {
        let mut app = app_at(&path, (80, 24));
        to_editor(&mut app);
        burst(&mut app, typed(&text));
        let in_editor = editor_text(&app);
        burst(&mut app, vec![Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE))]);
        (in_editor, first_reflection_text(&path))
    });
    assert!(in_editor == expected, "the editor's text differs from what was typed");
    assert!(saved.as_deref() == Some(expected.as_str()), "the saved answer differs from what was typed");
}

#[test]
fn a_burst_stops_at_keys_that_act_and_types_into_search_and_other() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_editor(&mut app);
    // Typing, then Esc (saves and closes), then keys of the chapter: n moves on.
    let mut events = typed("first line\nsecond");
    events.push(Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
    events.extend(typed("n"));
    let step = app.view.step;
    burst(&mut app, events);
    assert_eq!(first_reflection_text(dir.path()).as_deref(), Some("first line\nsecond"));
    assert_eq!(app.view.step, step + 1, "n after Esc is the chapter's next step, not text");

    key(&mut app, KeyCode::Esc);
    let mut events = typed("r/second");
    events.push(Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
    burst(&mut app, events);
    let h = app.history().expect("History is open");
    assert_eq!((h.query.as_str(), h.typing, h.visible().len()), ("second", false, 1));
}

#[test]
fn a_line_break_inside_typed_text_of_one_line_fields_is_a_space_and_a_final_enter_acts() {
    let dir = support::copy_of("tests/fixtures/data"); // a saved take
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    // The plan's own intention: a pasted "walk\rat noon" stays in the field.
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('r'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Char('o'));
    let plan = |app: &App| {
        let plan = app.assess().and_then(|s| s.plan.as_ref()).expect("the plan is open");
        (plan.typing.as_ref().map(|area| area.lines().join("|")), plan.own.clone())
    };
    burst(&mut app, typed("Walk\nat noon"));
    assert_eq!(plan(&app), (Some("Walk at noon".to_string()), vec![]), "still typing, nothing added");
    // A run that ends in Enter: the Enter confirms, as typed on its own.
    burst(&mut app, typed(" daily\n"));
    assert_eq!(plan(&app), (None, vec!["Walk at noon daily".to_string()]));
    key(&mut app, KeyCode::Enter);
    let after = fs::read_to_string(dir.path().join("assessments/2026-11-20T21-40-00+0100.ron")).unwrap();
    assert!(after.contains("\"Walk at noon daily\""), "{after}");

    // History search: the query keeps both words and stays open for typing.
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    to_editor(&mut app);
    chars(&mut app, "Honesty at the night desk");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    burst(&mut app, typed("r/night\ndesk"));
    let h = app.history().expect("History is open");
    assert_eq!((h.query.as_str(), h.typing), ("night desk", true));
}

// ------------------------------------------ through the real terminal

const EXIT: Duration = Duration::from_secs(10);

fn header_of(screen: &str) -> &str {
    screen.lines().next().unwrap_or_default()
}

/// From a first start, the editor on chapter 1's first Reflection step.
fn open_first_reflection(tui: &mut pty::Tui) {
    tui.wait_for("Welcome", pty::TIMEOUT);
    tui.send(pty::ENTER);
    tui.wait_until("the chapter list", pty::TIMEOUT, |s| !s.contains("Welcome") && s.contains("1. Building"));
    tui.open_from_home(pty::TIMEOUT);
    tui.wait_for("step 1/", pty::TIMEOUT);
    for _ in 0..20 {
        if tui.header().contains("Reflection · step") {
            tui.send(pty::ENTER);
            tui.wait_until("the editor", pty::TIMEOUT, |s| header_of(s).contains("writing ·"));
            return;
        }
        let before = tui.header();
        tui.send(b"n");
        tui.wait_until("the next step", pty::TIMEOUT, |s| header_of(s) != before);
    }
    panic!("no Reflection step in chapter 1:\n{}", tui.screen());
}

#[test]
fn pty_a_hundred_kilobytes_without_bracketed_paste_are_saved_within_a_minute() {
    let data = tempfile::tempdir().unwrap();
    let text = long_text(100_000);
    let mut tui = pty::Tui::start(data.path());
    open_first_reflection(&mut tui);

    // As a terminal without bracketed paste sends it: keys, Enter as CR.
    let limit = Duration::from_secs(60);
    let start = Instant::now();
    for chunk in text.replace('\n', "\r").as_bytes().chunks(4096) {
        tui.send(chunk);
        assert!(start.elapsed() < limit, "the paste was still going in after {limit:?}");
    }
    tui.send(pty::ESC);
    tui.wait_until("the chapter view again", limit.saturating_sub(start.elapsed()), |s| {
        !header_of(s).contains("writing ·") && header_of(s).contains("Reflection · step")
    });
    let saved = first_reflection_text(data.path());
    assert!(saved.as_deref() == Some(text.as_str()), "the saved answer differs from what was sent");
    tui.send(b"q");
    assert!(tui.wait_exit(EXIT).success());
}

#[test]
fn pty_bracketed_paste_goes_into_the_history_search() {
    let data = tempfile::tempdir().unwrap();
    let mut tui = pty::Tui::start(data.path());
    open_first_reflection(&mut tui);
    tui.send(b"Honesty at the night desk");
    tui.wait_for("night desk", pty::TIMEOUT);
    tui.send(pty::ESC);
    tui.wait_until("the chapter view", pty::TIMEOUT, |s| !header_of(s).contains("writing ·"));
    tui.send(pty::ESC);
    tui.wait_until("the chapter list", pty::TIMEOUT, |s| !header_of(s).contains("· step"));
    tui.send(b"r");
    tui.wait_for("History", pty::TIMEOUT);
    tui.send(b"/");
    tui.wait_for("Search: ▏", pty::TIMEOUT);
    tui.send(b"\x1b[200~night\r\ndesk\x1b[201~");
    tui.wait_for("Search: night desk▏", pty::TIMEOUT);
    tui.send(pty::CTRL_C);
    assert!(tui.wait_exit(EXIT).success());
}

#[test]
fn pty_unbracketed_paste_with_a_line_break_stays_in_the_history_search() {
    let data = tempfile::tempdir().unwrap();
    let mut tui = pty::Tui::start(data.path());
    open_first_reflection(&mut tui);
    tui.send(b"Honesty at the night desk");
    tui.wait_for("night desk", pty::TIMEOUT);
    tui.send(pty::ESC);
    tui.wait_until("the chapter view", pty::TIMEOUT, |s| !header_of(s).contains("writing ·"));
    tui.send(pty::ESC);
    tui.wait_until("the chapter list", pty::TIMEOUT, |s| !header_of(s).contains("· step"));
    tui.send(b"r");
    tui.wait_for("History", pty::TIMEOUT);
    tui.send(b"/");
    tui.wait_for("Search: ▏", pty::TIMEOUT);
    // One write, as a terminal without bracketed paste sends a paste.
    tui.send(b"night\rdesk");
    tui.wait_for("Search: night desk▏", pty::TIMEOUT);
    tui.send(pty::CTRL_C);
    assert!(tui.wait_exit(EXIT).success());
}

#[test]
fn pty_keys_behind_too_small_are_ignored_and_q_quits_saving() {
    let data = tempfile::tempdir().unwrap();
    let mut tui = pty::Tui::start(data.path());
    open_first_reflection(&mut tui);
    tui.send(b"seen 4c1d");
    tui.wait_for("seen 4c1d", pty::TIMEOUT);
    tui.resize(40, 10);
    tui.wait_for("terminal too small", pty::TIMEOUT);
    tui.send(b"unseen\r");
    tui.send(b"\x1b[200~pasted unseen\x1b[201~");
    tui.resize(pty::COLS, pty::ROWS);
    let screen = tui.wait_until("the editor again", pty::TIMEOUT, |s| header_of(s).contains("writing ·"));
    assert!(!screen.contains("unseen"), "keys went in unseen:\n{screen}");
    tui.resize(40, 10);
    tui.wait_for("Enlarge the window, or press q to quit", pty::TIMEOUT);
    tui.send(b"q");
    assert!(tui.wait_exit(EXIT).success());
    assert_eq!(first_reflection_text(data.path()).as_deref(), Some("seen 4c1d"));
}

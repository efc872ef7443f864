//! The reflection editor tells the truth (issue 14, items 5 and 13): what a
//! prompt recalls stays in view while writing, undo takes back a word, the
//! movement keys work and are listed, a wrapped row never starts with a
//! space, and the status line counts the words. The app is driven through
//! its events on a real data folder; what counts is the screen text at the
//! named size, or the file.

mod support;

use std::path::Path;

use crossterm::event::KeyCode;
use mscwork::app::{App, Event};
use support::{Place, app_at, chars, ctrl, go_to_first, go_to_step, key, place, screen};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Writes `text` as a new answer to the reflection on screen and closes the editor.
fn answer(app: &mut App, text: &str) {
    key(app, KeyCode::Enter);
    assert_eq!(place(app), Place::Editor);
    chars(app, text);
    key(app, KeyCode::Esc);
    assert_eq!(place(app), Place::Chapter);
}

/// Chapter 5's values, chosen: the first two options.
fn choose_values(dir: &Path) -> Vec<String> {
    let mut app = app_at(dir, (80, 24));
    support::open_chapter(&mut app, 5);
    go_to_step(&mut app, "core-values");
    let mscwork::content::Step::Choice(choice) = app.step().clone() else { panic!("core-values is a Choice") };
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Chapter);
    let saved = support::saved_answers(dir, "values-based-working").expect("the choice is saved");
    let picks = saved.choices("core-values").last().expect("one choice").picks.clone();
    assert_eq!(picks, choice.options[..2].to_vec());
    picks
}

#[test]
fn the_values_a_step_recalls_stay_in_view_while_writing() {
    let dir = tempfile::tempdir().unwrap();
    let values = choose_values(dir.path());
    for size in SIZES {
        let mut app = app_at(dir.path(), size);
        support::open_chapter(&mut app, 5);
        go_to_step(&mut app, "values-in-action");
        let page = screen(&app);
        for v in &values {
            assert!(page.contains(v.as_str()), "{size:?}: the step page shows {v:?}:\n{page}");
        }
        key(&mut app, KeyCode::Enter);
        assert_eq!(place(&app), Place::Editor);
        chars(&mut app, "Care means staying on the phone a minute longer.");
        let text = screen(&app);
        for v in &values {
            assert!(text.contains(v.as_str()), "{size:?}: {v:?} is not in view while writing:\n{text}");
        }
        assert!(text.contains("Your values in your work") || text.contains("core values"), "{text}");
        assert!(text.contains("Care means staying on the phone"), "{size:?}: the text is in view too:\n{text}");
        key(&mut app, KeyCode::Esc);
    }
}

#[test]
fn the_difference_recalls_both_answers_it_compares_on_its_page_and_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app_at(dir.path(), (80, 24));
        support::open_chapter(&mut app, 1);
        go_to_step(&mut app, "colleague-struggling");
        answer(&mut app, "I told Sam a late report happens to everyone.");
        go_to_step(&mut app, "myself-struggling");
        answer(&mut app, "I called myself useless all evening.");
    }
    for size in SIZES {
        let mut app = app_at(dir.path(), size);
        support::open_chapter(&mut app, 1);
        go_to_step(&mut app, "the-difference");
        let page = screen(&app);
        assert!(page.contains("happens to everyone"), "{size:?}: the page recalls the colleague:\n{page}");
        assert!(page.contains("useless all evening"), "{size:?}: the page recalls yourself:\n{page}");
        key(&mut app, KeyCode::Enter);
        assert_eq!(place(&app), Place::Editor);
        chars(&mut app, "Kinder to Sam than to me.");
        let text = screen(&app);
        assert!(text.contains("happens to everyone"), "{size:?}: the colleague answer in view:\n{text}");
        assert!(text.contains("useless all evening"), "{size:?}: your own answer in view:\n{text}");
        assert!(text.contains("Kinder to Sam than to me."), "{size:?}: and what is being written:\n{text}");
        key(&mut app, KeyCode::Esc);
    }
}

#[test]
fn a_step_not_yet_answered_says_so_where_it_is_recalled_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    support::open_chapter(&mut app, 1);
    go_to_step(&mut app, "the-difference");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert_eq!(text.matches("nothing written there yet").count(), 2, "{text}");
    // The text area keeps its room: at least five rows with its frame.
    let framed = text.lines().filter(|l| l.contains('│')).count();
    assert!(framed >= 3, "{text}");
}

#[test]
fn recalls_are_checked_like_recall() {
    let copy = support::workbook_copy();
    let file = copy.path().join("chapters/01-building-strengths.ron");
    support::replace_in(
        &file,
        "StepRef(chapter: \"building-strengths\", step: \"myself-struggling\"),\n            ],",
        "StepRef(chapter: \"building-strengths\", step: \"myself-lost\"),\n                StepRef(chapter: \"building-strengths\", step: \"colleague-struggling\"),\n            ],",
    );
    let errors = mscwork::content::from_folder(copy.path()).unwrap_err().0;
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 2, "{report:#?}");
    let lost = errors.iter().find(|e| e.message.contains("myself-lost")).unwrap_or_else(|| panic!("{report:#?}"));
    assert_eq!(lost.line, support::line_of(&file, "myself-lost"), "pointed at the wrong recall: {report:#?}");
    assert!(errors.iter().any(|e| e.message.contains("recalls the same step twice")), "{report:#?}");
}

/// Helps the compiler see every import used in every test build.
#[allow(dead_code)]
fn unused(app: &mut App) {
    ctrl(app, 'z');
    go_to_first(app, "Reflection");
    app.handle(Event::Tick);
}

/// Chapter 1's first reflection, in the editor, on a fresh folder.
fn writing(dir: &Path, size: (u16, u16)) -> App {
    let mut app = app_at(dir, size);
    support::open_chapter(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    assert_eq!(place(&app), Place::Editor);
    app
}

fn text(app: &App) -> String {
    app.editor().expect("the editor is open").text()
}

/// The latest saved text of chapter 1's first reflection.
fn saved(dir: &Path) -> String {
    let answers = support::saved_answers(dir, "building-strengths").expect("an answer is saved");
    let step = support::first_step_of_chapter_1("Reflection");
    answers.reflections(&step).last().and_then(|r| r.latest()).map(|r| r.text.clone()).unwrap_or_default()
}

#[test]
fn undo_takes_back_a_word_and_redo_puts_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path(), (80, 24));
    chars(&mut app, "Deadlines again. I froze\nthen breathed");
    ctrl(&mut app, 'z');
    assert_eq!(text(&app), "Deadlines again. I froze\nthen ");
    ctrl(&mut app, 'z');
    assert_eq!(text(&app), "Deadlines again. I froze\n");
    ctrl(&mut app, 'z');
    assert_eq!(text(&app), "Deadlines again. I ");
    ctrl(&mut app, 'y');
    assert_eq!(text(&app), "Deadlines again. I froze\n");
    ctrl(&mut app, 'z');
    ctrl(&mut app, 'z');
    assert_eq!(text(&app), "Deadlines again. ");
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved(dir.path()), "Deadlines again. ", "what is saved is what undo left");
}

#[test]
fn undo_after_a_backspace_run_brings_back_the_deleted_word() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path(), (80, 24));
    chars(&mut app, "I was calm");
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(text(&app), "I was ");
    ctrl(&mut app, 'z');
    assert_eq!(text(&app), "I was calm", "one undo restores what the backspaces took");
    ctrl(&mut app, 'z');
    assert_eq!(text(&app), "I was ");
}

#[test]
fn ctrl_home_and_ctrl_end_go_to_the_start_and_end_of_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path(), (80, 24));
    chars(&mut app, "first line\nsecond line\nthird");
    key(&mut app, KeyCode::Left);
    app.handle(Event::Key(crossterm::event::KeyEvent::new(KeyCode::Home, crossterm::event::KeyModifiers::CONTROL)));
    chars(&mut app, ">");
    app.handle(Event::Key(crossterm::event::KeyEvent::new(KeyCode::End, crossterm::event::KeyModifiers::CONTROL)));
    chars(&mut app, ".");
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved(dir.path()), ">first line\nsecond line\nthird.");
}

#[test]
fn a_wrapped_row_never_starts_with_a_space() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path(), (80, 24));
    // The text area is 76 columns wide at 80×24: a word ends at its edge.
    let line = format!("{}wxyz and on it goes, {}and on.", "abc ".repeat(18), "xy ".repeat(24));
    chars(&mut app, &line);
    let shown = screen(&app);
    let rows: Vec<&str> = shown
        .lines()
        .filter_map(|l| l.trim_end().strip_prefix(" │"))
        .map(|l| l.trim_end_matches('│').trim_end())
        .filter(|l| !l.is_empty())
        .collect();
    assert!(rows.len() >= 2, "the line wraps:\n{shown}");
    for row in &rows {
        assert!(!row.starts_with(' '), "a row starts with a space: {row:?}\n{shown}");
    }
    assert!(rows[0].ends_with("wxyz"), "the first row ends at the edge with its word:\n{shown}");
    assert!(rows[1].starts_with("and on it goes"), "{shown}");
    // Every character is still shown, in order, apart from the spaces at the row ends.
    let joined = rows.join(" ");
    assert_eq!(joined, line.trim_end(), "{shown}");
}

#[test]
fn help_in_the_editor_lists_the_movement_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path(), (80, 24));
    key(&mut app, KeyCode::F(1));
    let help = screen(&app);
    for what in ["Ctrl-Home", "start of the text", "Ctrl-End", "end of the text", "Home End", "Ctrl-← Ctrl-→", "PgUp"]
    {
        assert!(help.contains(what), "{what:?} not in the editor's help:\n{help}");
    }
}

#[test]
fn the_status_line_counts_the_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path(), (80, 24));
    let status = |app: &App| screen(app).lines().nth(22).unwrap_or_default().to_string();
    assert!(status(&app).contains("0 words"), "{}", screen(&app));
    chars(&mut app, "One two  three\nfour — five");
    // A dash is no word.
    assert!(status(&app).contains(" 5 words · "), "{}", screen(&app));
    ctrl(&mut app, 's');
    // The message "Saved …" and the count share the line.
    let line = status(&app);
    assert!(line.contains("Saved 21:30") && line.trim_end().ends_with("5 words"), "{line:?}");
    key(&mut app, KeyCode::End);
    let line = status(&app);
    assert!(line.contains("5 words · saved 21:30"), "{line:?}\n{}", screen(&app));
    chars(&mut app, " six");
    assert!(status(&app).contains("6 words"), "{}", screen(&app));
}

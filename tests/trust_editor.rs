//! The editor never overwrites an earlier version, never lets steady typing
//! go unsaved, and never lets words vanish on a failed save: real files, the
//! app driven through its events with a hand-moved clock. A "crash" is the
//! app dropped without quitting, then started again on the same folder.

mod support;

use std::fs;
use std::path::Path;

use chrono::Duration;
use crossterm::event::KeyCode;
use mscwork::app::{App, Event};
use support::{app_at, chars, ctrl, go_to_first, key, open_chapter_from_home, quits, screen, wait};

/// Every version of every answer in chapter 1, oldest first, as saved on disk.
fn saved_versions(dir: &Path) -> Vec<Vec<String>> {
    let Some(answers) = support::saved_answers(dir, "building-strengths") else {
        return Vec::new();
    };
    answers.reflections.values().flatten().map(|r| r.revisions.iter().map(|v| v.text.clone()).collect()).collect()
}

/// Chapter 1's first reflection, in the editor.
fn writing(dir: &Path) -> App {
    let mut app = app_at(dir, (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    assert_eq!(support::place(&app), support::Place::Editor);
    app
}

/// The process is killed (kill -9): what is on disk at this moment is all a
/// restart finds. The files are copied as they are into a fresh folder and
/// the app starts there; the old app is dropped without being asked to quit
/// (dropping would flush what a killed process never writes).
fn crash_and_restart(app: App, dir: &Path) -> (App, tempfile::TempDir) {
    let after = tempfile::tempdir().unwrap();
    support::copy_dir(dir, after.path());
    std::mem::forget(app);
    let restarted = app_at(after.path(), (80, 24));
    (restarted, after)
}

#[test]
fn resuming_a_continued_answer_adds_a_version_and_keeps_the_earlier_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path());
    chars(&mut app, "the first version");
    key(&mut app, KeyCode::Esc);
    // Continue it, change nothing, and let progress record the open editor.
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(support::place(&app), support::Place::Editor);
    wait(&mut app, 2);
    let (mut app, dir) = crash_and_restart(app, dir.path());
    assert_eq!(support::place(&app), support::Place::Editor, "the editor is back");
    assert_eq!(app.editor().unwrap().text(), "the first version");
    chars(&mut app, ", changed later");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        saved_versions(dir.path()),
        [["the first version", "the first version, changed later"]],
        "the earlier version stays beside the new one"
    );
}

#[test]
fn a_draft_resumed_after_its_own_autosave_goes_on_in_that_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path());
    chars(&mut app, "before");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('e'));
    chars(&mut app, " and during");
    wait(&mut app, 3);
    let (mut app, dir) = crash_and_restart(app, dir.path());
    assert_eq!(app.editor().unwrap().text(), "before and during");
    chars(&mut app, " and after");
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved_versions(dir.path()), [["before", "before and during and after"]]);
}

#[test]
fn a_crash_right_after_the_first_autosave_brings_back_that_text_not_an_empty_editor() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path());
    chars(&mut app, "a");
    // Progress is written a second after a change: the open editor is on disk.
    wait(&mut app, 1);
    chars(&mut app, "bc new words");
    // The first autosave, and the process is killed right after it.
    app.clock.advance(Duration::seconds(2));
    app.handle(Event::Tick);
    assert_eq!(saved_versions(dir.path()), [["abc new words"]]);
    let (mut app, dir) = crash_and_restart(app, dir.path());
    assert_eq!(support::place(&app), support::Place::Editor);
    assert_eq!(app.editor().unwrap().text(), "abc new words", "the saved answer is the draft");
    chars(&mut app, ", then more");
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved_versions(dir.path()), [["abc new words, then more"]], "one answer, not a duplicate");
}

#[test]
fn a_crash_before_anything_was_saved_starts_afresh_without_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path());
    chars(&mut app, "x");
    wait(&mut app, 1);
    let (mut app, dir) = crash_and_restart(app, dir.path());
    // Within the 2 s before the first save: nothing was saved, and the
    // editor says so by starting empty, as the file does.
    assert_eq!(saved_versions(dir.path()), Vec::<Vec<String>>::new());
    assert_eq!(support::place(&app), support::Place::Editor);
    assert_eq!(app.editor().unwrap().text(), "");
    chars(&mut app, "y");
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved_versions(dir.path()), [["y"]]);
}

#[test]
fn steady_typing_is_saved_every_two_seconds_without_a_pause() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path());
    let mut typed = String::new();
    // A key every 0.4 s for a minute: never the 2 s pause of an idle save.
    for i in 0..150 {
        let c = char::from(b'a' + (i % 26) as u8);
        key(&mut app, KeyCode::Char(c));
        typed.push(c);
        app.clock.advance(Duration::milliseconds(400));
        let on_disk = saved_versions(dir.path()).concat().last().cloned().unwrap_or_default();
        // At most the last 2 s of typing (five keys here, six with the key
        // that finds the deadline passed) are not on disk yet.
        assert!(typed.starts_with(&on_disk), "saved text is what was typed");
        assert!(typed.len() - on_disk.len() <= 6, "after {} keys only {} are saved", typed.len(), on_disk.len());
    }
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved_versions(dir.path()), [[typed]], "one answer, updated in place while typing");
}

#[test]
fn a_failed_save_is_shown_whole_and_stays_until_a_save_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = a_new_answer_the_disk_refuses(dir.path(), "words the disk refuses");
    ctrl(&mut app, 's');
    // Other news on the status line does not push the failure away.
    wait(&mut app, 5);
    let effects = ctrl(&mut app, 'c');
    assert!(!quits(&effects), "a first quit with unsaved words stays");
    for size in [(80, 24), (50, 14)] {
        app.handle(Event::Resize(size.0, size.1));
        let shown = screen(&app).lines().map(str::trim).collect::<Vec<_>>().join(" ");
        assert!(shown.contains("Not saved"), "{shown}");
        assert!(shown.contains("Press Ctrl-C again to quit anyway"), "at {size:?} the way out is cut off:\n{shown}");
        assert!(shown.contains("for you to copy."), "at {size:?} the end of the message is cut off:\n{shown}");
    }
    // Space again: the failure goes with the next save.
    repair_answers_folder(dir.path());
    chars(&mut app, "!");
    wait(&mut app, 3);
    assert!(!support::status(&app).contains("Not saved"));
    assert!(saved_versions(dir.path()).concat().contains(&"words the disk refuses!".to_string()));
}

#[test]
fn leaving_with_words_that_cannot_be_saved_hands_them_over_with_where_they_belong() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = a_new_answer_the_disk_refuses(dir.path(), "nowhere to go");
    let effects = ctrl(&mut app, 'c');
    assert!(!quits(&effects) && app.unsaved.is_none());
    let effects = ctrl(&mut app, 'c');
    assert!(quits(&effects));
    let unsaved = app.unsaved.clone().expect("the words to print");
    assert_eq!(unsaved.text, "nowhere to go");
    let report = unsaved.report();
    assert!(report.contains("answers/building-strengths") && report.contains("nowhere to go"), "{report}");
}

/// A second answer, `text`, typed after the answers folder became unwritable.
fn a_new_answer_the_disk_refuses(dir: &Path, text: &str) -> App {
    let mut app = writing(dir);
    chars(&mut app, "kept words");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('a'));
    break_answers_folder(dir);
    chars(&mut app, text);
    app
}

/// A regular file where the answers folder was: nothing can be written under
/// it, not even by root (tests run as root, so modes would not stop a write).
fn break_answers_folder(dir: &Path) {
    fs::rename(dir.join("answers"), dir.join("answers.away")).unwrap();
    fs::write(dir.join("answers"), "in the way").unwrap();
}

fn repair_answers_folder(dir: &Path) {
    fs::remove_file(dir.join("answers")).unwrap();
    fs::rename(dir.join("answers.away"), dir.join("answers")).unwrap();
}

#[test]
fn a_crash_just_after_closing_and_continuing_never_takes_the_saved_version_for_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path());
    chars(&mut app, "closed and saved");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('e'));
    // Killed at once: no time for progress to catch up on its own.
    let (mut app, _dir) = crash_and_restart(app, dir.path());
    if support::place(&app) != support::Place::Editor {
        key(&mut app, KeyCode::Char('e'));
    }
    chars(&mut app, " and changed");
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved_versions(_dir.path()), [["closed and saved", "closed and saved and changed"]]);
}

#[test]
fn the_line_being_typed_stays_in_view_above_a_long_failure_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = a_new_answer_the_disk_refuses(dir.path(), "");
    for i in 0..17 {
        chars(&mut app, &format!("line {i}\n"));
    }
    chars(&mut app, "LASTLINE");
    ctrl(&mut app, 's');
    for size in [(80, 24), (50, 14)] {
        app.handle(Event::Resize(size.0, size.1));
        let shown = screen(&app);
        assert!(shown.contains("Not saved"), "{shown}");
        assert!(shown.contains("LASTLINE"), "at {size:?} the line being typed is hidden:\n{shown}");
    }
}

#[test]
fn a_failed_outside_edit_stays_said_when_the_place_in_the_workbook_cannot_be_saved_either() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = writing(dir.path());
    chars(&mut app, "abc");
    // Saving the place now fails too (a folder where progress.ron goes) and is due.
    let _ = fs::remove_file(dir.path().join("progress.ron"));
    fs::create_dir(dir.path().join("progress.ron")).unwrap();
    assert!(app.journal.progress_pending());
    app.clock.advance(Duration::seconds(1));
    app.handle(Event::ExternalEdit(Err(mscwork::external::EditError::Exit {
        command: "vi".into(),
        status: "exit status: 1".into(),
    })));
    assert_eq!(support::status(&app), "vi exited with exit status: 1; your text is unchanged");
}

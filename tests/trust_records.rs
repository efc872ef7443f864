//! Records that must be kept as they are: a self-assessment draft that
//! cannot be read is never written over or removed, on real files.

mod support;

use std::fs;

use crossterm::event::KeyCode;
use support::{app_at, key, past_welcome, quits};

/// A draft this mscwork cannot read: cut off, garbage, or from a newer version.
fn unreadable_drafts() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("truncated", b"(\n    version: 1,\n    assessment: \"jdr-work\",\n    started: \"2026-11-2".to_vec()),
        ("garbage", vec![0xff, 0x00, 0x13, 0x37, b'(', b'\n']),
        (
            "newer",
            b"(version: 99, assessment: \"jdr-work\", started: \"2026-11-20T21:40:00+01:00\", answers: {}, position: 0)"
                .to_vec(),
        ),
    ]
}

#[test]
fn an_unreadable_draft_is_left_byte_for_byte_through_a_whole_take() {
    for (what, bytes) in unreadable_drafts() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("assessments/draft.ron");
        fs::create_dir_all(draft.parent().unwrap()).unwrap();
        fs::write(&draft, &bytes).unwrap();
        let mut app = app_at(dir.path(), (80, 24));
        past_welcome(&mut app);
        key(&mut app, KeyCode::Char('a'));
        key(&mut app, KeyCode::Enter);
        // Answering items would save a draft after each one.
        for _ in 0..5 {
            key(&mut app, KeyCode::Char('3'));
        }
        assert_eq!(fs::read(&draft).unwrap(), bytes, "{what}: the draft was written over mid-way");
        let shown = support::screen(&app).split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(shown.contains("draft.ron"), "{what}: the screen does not say the draft is not kept:\n{shown}");
        // Esc does not leave quietly with answers that are nowhere on disk.
        key(&mut app, KeyCode::Esc);
        assert_eq!(support::place(&app), support::Place::Assessment, "{what}");
        let state = app.assess().unwrap();
        assert_eq!(state.answers.len(), 5, "{what}: the answers are kept in memory");
        // Finishing saves the take beside it, and still leaves the draft alone.
        let total = app.assessment_def().unwrap().item_count();
        key(&mut app, KeyCode::Enter);
        for _ in 5..total {
            key(&mut app, KeyCode::Char('3'));
        }
        assert_eq!(support::header_note(&app), "Overview", "{what}: the results are not shown");
        assert_eq!(fs::read(&draft).unwrap(), bytes, "{what}: the draft was removed or changed");
        let takes = mscwork::journal::read_takes(&dir.path().join("assessments"));
        assert_eq!(takes.takes.len(), 1, "{what}: the take is saved");
    }
}

#[test]
fn esc_twice_leaves_an_assessment_whose_draft_cannot_be_kept() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("assessments/draft.ron");
    fs::create_dir_all(draft.parent().unwrap()).unwrap();
    fs::write(&draft, "not a draft").unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('4'));
    key(&mut app, KeyCode::Esc);
    assert!(support::status(&app).contains("Esc again"));
    key(&mut app, KeyCode::Esc);
    assert_ne!(support::place(&app), support::Place::Assessment);
    assert_eq!(fs::read_to_string(&draft).unwrap(), "not a draft");
}

/// A regular file where a folder of the data dir should be: nothing can be
/// saved under it, not even by root.
fn block(dir: &std::path::Path, folder: &str) {
    fs::write(dir.join(folder), "in the way").unwrap();
}

#[test]
fn a_check_in_that_cannot_be_saved_is_not_dropped_by_one_quit() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    support::to_scale(&mut app);
    block(dir.path(), "answers");
    key(&mut app, KeyCode::Char('7'));
    key(&mut app, KeyCode::Enter);
    let effects = support::ctrl(&mut app, 'c');
    assert!(!quits(&effects), "a first quit with an unsaved check-in stays");
    assert!(support::status(&app).contains("Ctrl-C again"), "{}", support::status(&app));
    let effects = support::ctrl(&mut app, 'c');
    assert!(quits(&effects));
    let lost = app.unsaved.clone().expect("the check-in to print");
    assert_eq!(lost.text, "check-in: 7");
    assert!(lost.report().contains("answers/building-strengths"), "{}", lost.report());
}

#[test]
fn a_finished_take_that_cannot_be_saved_is_not_dropped_by_one_quit() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Enter);
    block(dir.path(), "assessments");
    let total = app.assessment_def().unwrap().item_count();
    for _ in 0..total {
        key(&mut app, KeyCode::Char('4'));
    }
    let effects = support::ctrl(&mut app, 'c');
    assert!(!quits(&effects), "a first quit with an unsaved take stays");
    let effects = support::ctrl(&mut app, 'c');
    assert!(quits(&effects));
    let lost = app.unsaved.clone().expect("the answers to print");
    assert_eq!(lost.text.lines().count(), total, "{}", lost.text);
    assert!(lost.text.lines().all(|l| l.ends_with(": 4")), "{}", lost.text);
}

//! The journal on real files in temporary folders: round trips, damage,
//! versions, permissions and the lock.

mod support;

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crossterm::event::KeyCode;
use mscwork::journal::monthly::{self, FOLDER_VERSION};
use mscwork::journal::store::read_recent;
use mscwork::journal::{ChoiceAnswer, EditTarget, Journal, Position, Shown};
use support::{app_at, chars, go_to_first, key, open_chapter_from_home, quits, t0};

#[test]
fn answers_and_progress_round_trip_with_every_revision_kept() {
    let parent = tempfile::tempdir().unwrap();
    let dir = &parent.path().join("data");
    {
        let mut j = Journal::open(dir.as_path()).unwrap();
        let mut target = EditTarget::default();
        assert!(j.save_reflection("being-mindful", "my-resistance", &mut target, "first draft", t0()).unwrap());
        // Same session: the revision is updated in place.
        j.save_reflection("being-mindful", "my-resistance", &mut target, "first draft, longer", t0()).unwrap();
        // A later session on the same answer adds a revision.
        let mut later = EditTarget { entry: target.entry, revision: None };
        j.save_reflection("being-mindful", "my-resistance", &mut later, "second thoughts\nwith two lines", t0())
            .unwrap();
        // A fresh answer.
        let mut fresh = EditTarget::default();
        j.save_reflection("being-mindful", "my-resistance", &mut fresh, "a new answer 漢字 🙂", t0()).unwrap();
        j.update_progress(|p| {
            p.last = Some(Position { chapter: "being-mindful".into(), step: "my-resistance".into() })
        })
        .unwrap();
    }
    let mut j = Journal::open(dir.as_path()).unwrap();
    let answers = j.load_answers("being-mindful").unwrap();
    let list = answers.reflections("my-resistance");
    assert_eq!(list.len(), 2);
    let texts: Vec<&str> = list[0].revisions.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["first draft, longer", "second thoughts\nwith two lines"]);
    assert_eq!(list[1].revisions[0].text, "a new answer 漢字 🙂");
    assert_eq!(list[0].revisions[0].at, t0());
    assert_eq!(j.progress().last.as_ref().unwrap().step, "my-resistance");

    let file = dir.as_path().join(format!("answers/being-mindful/{}.ron", t0().format("%Y-%m")));
    assert!(fs::read_to_string(&file).unwrap().contains(&format!("version: {FOLDER_VERSION},")));
    assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    let folder = dir.as_path().join("answers/being-mindful");
    assert_eq!(fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700);
    assert_eq!(fs::metadata(dir.as_path()).unwrap().permissions().mode() & 0o777, 0o700);
    assert_eq!(fs::metadata(dir.as_path().join("answers")).unwrap().permissions().mode() & 0o777, 0o700);
}

#[test]
fn an_empty_new_answer_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let mut target = EditTarget::default();
    assert!(!j.save_reflection("being-mindful", "my-resistance", &mut target, "  \n", t0()).unwrap());
    assert!(!dir.path().join("answers/being-mindful").exists());
}

#[test]
fn a_damaged_answers_file_is_reported_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("answers")).unwrap();
    let file = dir.path().join("answers/building-strengths.ron");
    let damaged = b"(\n    version: 1,\n    chapter: \"building-strengths\",\n    reflections: {\n        \"x\": [ (revisions: [ (at: 12" as &[u8];
    fs::write(&file, damaged).unwrap();

    let mut app = app_at(dir.path(), (80, 24));
    // As in the terminal: every chapter is read moments after the first frame.
    support::read_ahead(&mut app);
    open_chapter_from_home(&mut app, 1);
    let status = support::status(&app);
    assert!(status.contains(&format!("{}:5:", file.display())), "{status}");
    assert!(status.contains("read-only"));
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    assert_eq!(support::place(&app), support::Place::Chapter, "the editor must not open on a damaged chapter");
    assert!(support::screen(&app).contains("damaged"));
    // Other chapters stay usable.
    key(&mut app, KeyCode::Esc);
    open_chapter_from_home(&mut app, 2);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    assert_eq!(support::place(&app), support::Place::Editor);
    chars(&mut app, "still works");
    key(&mut app, KeyCode::Esc);
    let effects = key(&mut app, KeyCode::Char('q'));
    assert!(quits(&effects));
    drop(app);
    assert_eq!(fs::read(&file).unwrap(), damaged);
    assert!(support::saved_text(dir.path(), "being-mindful").contains("still works"));
}

#[test]
fn a_newer_version_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("answers")).unwrap();
    let file = dir.path().join("answers/being-mindful.ron");
    let future = "(version: 99, chapter: \"being-mindful\", reflections: {}, moods: [])\n";
    fs::write(&file, future).unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let err = j.load_answers("being-mindful").unwrap_err().to_string();
    assert!(err.contains("newer mscwork"), "{err}");
    let mut target = EditTarget::default();
    assert!(j.save_reflection("being-mindful", "my-resistance", &mut target, "text", t0()).is_err());
    assert_eq!(fs::read_to_string(&file).unwrap(), future);
}

#[test]
fn a_damaged_progress_file_is_kept_and_the_app_still_runs() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.ron");
    fs::write(&file, "(version: 1, welcomed: maybe)").unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    assert!(support::status(&app).contains("progress.ron:1:"));
    open_chapter_from_home(&mut app, 1);
    key(&mut app, KeyCode::Char('n'));
    drop(app);
    assert_eq!(fs::read_to_string(&file).unwrap(), "(version: 1, welcomed: maybe)");
}

#[test]
fn invalid_utf8_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("answers")).unwrap();
    let file = dir.path().join("answers/being-mindful.ron");
    fs::write(&file, b"(\n  version: 1,\n  chapter: \"\xff\xfe\",\n)").unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let err = j.load_answers("being-mindful").unwrap_err().to_string();
    assert!(err.contains(":3:") && err.contains("UTF-8"), "{err}");
}

#[test]
fn a_second_instance_on_the_same_data_dir_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let first = Journal::open(dir.path()).unwrap();
    let err = Journal::open(dir.path()).unwrap_err();
    assert!(matches!(err, mscwork::journal::DataDirError::InUse { .. }), "{err}");
    assert!(err.to_string().contains("already using"), "{err}");
    drop(first);
    // Released with the first one: the next start works.
    Journal::open(dir.path()).unwrap();
}

/// Seven reflections, ten check-ins and two choices in chapter 2.
fn busy_chapter(dir: &std::path::Path) {
    let mut j = Journal::open(dir).unwrap();
    for i in 0..7 {
        let mut fresh = EditTarget::default();
        j.save_reflection("being-mindful", "my-resistance", &mut fresh, &format!("answer {i}"), t0()).unwrap();
    }
    for value in 0..10 {
        j.save_scale("being-mindful", "stress-now", value, t0()).unwrap();
    }
    for pick in ["first", "second"] {
        let choice = ChoiceAnswer { at: t0(), picks: vec![pick.into()], other: None };
        j.save_choice("being-mindful", "values", choice).unwrap();
    }
}

/// A chapter's answers written as format 2 kept them: one file, with the
/// latest answers of each step repeated at its top.
fn format_2_file(dir: &std::path::Path, chapter: &str) -> std::path::PathBuf {
    let answers = support::saved_answers(dir, chapter).unwrap();
    let path = dir.join(format!("{chapter}.v2.ron"));
    fs::write(&path, mscwork::journal::store::to_ron(&answers).unwrap()).unwrap();
    path
}

#[test]
fn recent_ron_holds_each_steps_latest_answers_and_their_count() {
    let dir = tempfile::tempdir().unwrap();
    busy_chapter(dir.path());
    let folder = dir.path().join("answers/being-mindful");
    let recent = monthly::read_recent(&folder, "being-mindful").expect("the latest answers are read from recent.ron");
    // And the same from the top of a format-2 file, as before.
    let path = format_2_file(dir.path(), "being-mindful");
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.find("recent:").unwrap() < text.find("reflections: {\n        \"my-resistance\": [").unwrap(),
        "{text}"
    );
    assert_eq!(read_recent(&path, "being-mindful").as_ref(), Some(&recent));
    let reflections = &recent.reflections["my-resistance"];
    assert_eq!(reflections.count, 7);
    let latest: Vec<&str> = reflections.latest.iter().map(|g| g.latest.text.as_str()).collect();
    assert_eq!(latest, ["answer 2", "answer 3", "answer 4", "answer 5", "answer 6"]);
    let scales = &recent.scales["stress-now"];
    assert_eq!((scales.count, scales.latest.len(), scales.latest[7].value), (10, 8, 9));
    let choices = &recent.choices["values"];
    assert_eq!((choices.count, choices.latest[0].picks[0].as_str()), (2, "second"));
    assert!(read_recent(&path, "another-chapter").is_none(), "the file of another chapter");
    assert!(monthly::read_recent(&folder, "another-chapter").is_none(), "the folder of another chapter");

    // What a page shows is the same from the top alone as from the whole file.
    let mut j = Journal::open(dir.path()).unwrap();
    let whole = j.load_answers("being-mindful").unwrap().clone();
    for step in ["my-resistance", "stress-now", "values"] {
        let (all, top) = (Shown::All(&whole), Shown::Recent(&recent));
        assert_eq!(all.latest_text(step), top.latest_text(step), "{step}");
        assert_eq!(all.reflections(step, 5), top.reflections(step, 5), "{step}");
        assert_eq!(all.scales(step).1, top.scales(step).1, "{step}");
        assert_eq!(all.choices(step).1, top.choices(step).1, "{step}");
        assert!(all.scales(step).0.ends_with(top.scales(step).0), "{step}");
    }
}

#[test]
fn a_file_without_recent_answers_at_the_top_offers_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("being-mindful.ron");
    let older = "(version: 1, chapter: \"being-mindful\", reflections: {\"my-resistance\": [(revisions: [(at: \"2026-01-05T20:00:00+01:00\", text: \"old words\")])]})\n";
    fs::write(&path, older).unwrap();
    assert!(read_recent(&path, "being-mindful").is_none(), "an older format");
    for damaged in [
        "",
        "(version: 2, chap",
        "(version: 2, chapter: \"being-mindful\", recent: (reflections: {\"x\": (count: 1, lat",
    ] {
        fs::write(&path, damaged).unwrap();
        assert!(read_recent(&path, "being-mindful").is_none(), "{damaged:?}");
    }
    assert!(read_recent(&dir.path().join("missing.ron"), "being-mindful").is_none());
}

#[test]
fn long_latest_answers_are_read_from_the_top_whatever_their_length() {
    // Three paddings put the first 64 KB boundary at each byte of a
    // three-byte character; the latest answers run past it.
    for pad in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let mut texts = vec!["x".repeat(pad)];
        texts.extend((0..5).map(|i| format!("{i}{}", "漢".repeat(10_000))));
        for text in &texts {
            let mut fresh = EditTarget::default();
            j.save_reflection("being-mindful", "my-resistance", &mut fresh, text, t0()).unwrap();
        }
        drop(j);
        let path = format_2_file(dir.path(), "being-mindful");
        let recent = read_recent(&path, "being-mindful").expect("read past the first 64 KB");
        let latest: Vec<&str> =
            recent.reflections["my-resistance"].latest.iter().map(|g| g.latest.text.as_str()).collect();
        assert_eq!(latest, texts[1..].iter().map(String::as_str).collect::<Vec<_>>(), "pad {pad}");
    }
}

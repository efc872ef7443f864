//! Never lose a word: write failures, damaged files of every kind, older
//! formats, unusual text and hostile workbooks, on real files.

mod support;

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Duration;
use crossterm::event::KeyCode;
use mscwork::app::{App, Event};
use mscwork::journal::atomic::Writer;
use mscwork::journal::{ChoiceAnswer, EditTarget, Journal};
use support::{
    app_at, chars, ctrl, first_step_of_chapter_1, go_to_first, key, open_chapter_from_home, quits, read_ahead, render,
    t0,
};

/// A disk that fills up: half the bytes go in, then "no space left".
#[derive(Debug, Default)]
struct FullDisk {
    full: AtomicBool,
}

impl Writer for FullDisk {
    fn fill(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.full.load(Ordering::SeqCst) {
            file.write_all(&bytes[..bytes.len() / 2])?;
            return Err(io::Error::new(io::ErrorKind::StorageFull, "no space left on device"));
        }
        file.write_all(bytes)
    }
}

/// Chapter 1's month file in the data of [`full_data_dir`] (written at `t0`).
const MONTH_FILE: &str = "answers/building-strengths/2026-11.ron";

/// The practice log's month in the data of [`full_data_dir`].
const LOG_MONTH_FILE: &str = "practice-log/2026-11.ron";

fn leftovers(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let p = entry.path();
        if p.is_dir() {
            out.extend(leftovers(&p));
        } else if p.extension().is_some_and(|e| e == "tmp") {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_full_disk_keeps_the_text_in_memory_says_so_and_retries() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "first words");
    ctrl(&mut app, 's');
    let before = support::saved_text(dir.path(), "building-strengths");
    assert!(before.contains("first words"));

    let disk = Arc::new(FullDisk::default());
    disk.full.store(true, Ordering::SeqCst);
    app.journal.set_writer(disk.clone());
    chars(&mut app, " and more words");
    ctrl(&mut app, 's');
    let status = support::status(&app);
    assert!(status.contains("Not saved") && status.contains("no space left"), "{status}");
    assert!(status.contains("kept"), "{status}");
    assert_eq!(
        support::saved_text(dir.path(), "building-strengths"),
        before,
        "the files on disk are the last good ones"
    );
    assert!(leftovers(dir.path()).is_empty(), "no half-written temporary is left");
    assert_eq!(app.editor().unwrap().text(), "first words and more words");
    // Leaving the editor does not drop the text either.
    key(&mut app, KeyCode::Esc);
    assert_eq!(support::place(&app), support::Place::Editor, "the editor stays open while the text is unsaved");
    // A first quit refuses; the words are still here.
    let effects = ctrl(&mut app, 'c');
    assert!(!quits(&effects));
    assert!(support::status(&app).contains("Ctrl-C again"));
    // Space again: the next autosave succeeds.
    disk.full.store(false, Ordering::SeqCst);
    chars(&mut app, "!");
    app.clock.advance(Duration::seconds(3));
    app.handle(Event::Tick);
    assert!(support::saved_text(dir.path(), "building-strengths").contains("first words and more words!"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(support::place(&app), support::Place::Chapter);
}

#[test]
fn an_unwritable_answers_folder_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the answers folder should be: nothing can be written under it.
    fs::write(dir.path().join("answers"), "not a folder").unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 2);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    let status = support::status(&app);
    assert!(status.contains("answers"), "the problem is not on the status line: {status:?}");
    if support::place(&app) == support::Place::Editor {
        chars(&mut app, "kept in memory");
        ctrl(&mut app, 's');
        assert!(support::status(&app).contains("Not saved"));
        assert_eq!(app.editor().unwrap().text(), "kept in memory");
    }
    support::checked_frame_at(&app, 80, 24);
    assert_eq!(fs::read_to_string(dir.path().join("answers")).unwrap(), "not a folder");
}

/// Damage a good file in every way the issue lists.
fn damages(good: &str) -> Vec<(&'static str, Vec<u8>)> {
    let mut garbage: Vec<u8> = (0..300u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    garbage.push(0);
    vec![
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec()),
        ("empty", Vec::new()),
        ("garbage", garbage),
        ("invalid utf-8", [b"(\n  version: 1,\n  ".as_slice(), &[0xff, 0xfe, 0xfd], b"\n)"].concat()),
        ("wrong types", with_version(good, "\"one\"")),
        ("unknown field", good.replacen("version: ", "surprise: 42,\n    version: ", 1).into_bytes()),
        ("newer version", with_version(good, "99")),
    ]
}

/// The file with its format version replaced by `value`.
fn with_version(good: &str, value: &str) -> Vec<u8> {
    let at = good.find("version: ").unwrap() + "version: ".len();
    let end = at + good[at..].find(|c: char| !c.is_ascii_digit()).unwrap();
    format!("{}{value}{}", &good[..at], &good[end..]).into_bytes()
}

/// A data dir with one good file of each kind, written by the app itself.
fn full_data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "a good answer");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    drop(app);
    let mut j = Journal::open(dir.path()).unwrap();
    j.log_practice(mscwork::journal::PracticeEntry {
        practice: "supportive-touch".into(),
        chapter: "building-strengths".into(),
        start: t0(),
        planned_minutes: 2,
        actual_minutes: 2.0,
        finished: true,
        rating_before: None,
        rating_after: None,
    })
    .unwrap();
    dir
}

/// Uses the app in ways that would write each kind of file.
fn use_everything(app: &mut App) {
    support::past_welcome(app);
    if support::place(app) != support::Place::Home {
        key(app, KeyCode::Esc);
    }
    open_chapter_from_home(app, 1);
    key(app, KeyCode::Char('n'));
    go_to_first(app, "Reflection");
    key(app, KeyCode::Enter);
    chars(app, " more");
    while support::place(app) != support::Place::Home {
        key(app, KeyCode::Esc);
    }
    open_chapter_from_home(app, 1);
    while app.view.step > 0 {
        key(app, KeyCode::Char('p'));
    }
    go_to_first(app, "Practice");
    key(app, KeyCode::Enter);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Enter);
    key(app, KeyCode::Esc);
    while support::place(app) != support::Place::Home {
        key(app, KeyCode::Esc);
    }
    key(app, KeyCode::Char('s'));
    key(app, KeyCode::Enter);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('r'));
    render(app);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('l'));
    render(app);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('a'));
    render(app);
    key(app, KeyCode::Esc);
}

#[test]
fn every_kind_of_damage_to_every_file_is_named_and_left_byte_for_byte() {
    for rel in ["progress.ron", MONTH_FILE, LOG_MONTH_FILE, "settings.ron"] {
        let template = full_data_dir();
        let good = fs::read_to_string(template.path().join(rel)).unwrap();
        for (what, bytes) in damages(&good) {
            let dir = full_data_dir();
            let path = dir.path().join(rel);
            fs::write(&path, &bytes).unwrap();
            // The message names the file and a line.
            let err = match rel {
                "progress.ron" => mscwork::journal::read_file::<mscwork::journal::Progress>(&path, 1).map(|_| ()),
                "settings.ron" => mscwork::journal::read_file::<mscwork::journal::Settings>(&path, 1).map(|_| ()),
                LOG_MONTH_FILE => {
                    mscwork::journal::store::read_practice_log(&mscwork::journal::DataDir::new(dir.path())).map(|_| ())
                }
                _ => {
                    let data = mscwork::journal::DataDir::new(dir.path());
                    mscwork::journal::store::read_answers(&data, "building-strengths").map(|_| ())
                }
            }
            .expect_err(&format!("{rel} {what} was accepted"))
            .to_string();
            let named = format!("{}:", path.display());
            assert!(err.starts_with(&named), "{rel} {what}: {err}");
            let line = err[named.len()..].split(':').next().unwrap_or("");
            assert!(line.parse::<usize>().is_ok_and(|l| l >= 1), "{rel} {what}: no line in {err}");
            // The app runs, the rest stays usable, and the file is not touched.
            let mut app = app_at(dir.path(), (80, 24));
            use_everything(&mut app);
            key(&mut app, KeyCode::Char('q'));
            drop(app);
            assert_eq!(fs::read(&path).unwrap(), bytes, "{rel} {what}: the damaged file was changed");
        }
    }
}

#[test]
fn a_damaged_take_is_skipped_and_the_others_still_show() {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data/assessments");
    fs::create_dir_all(dir.path().join("assessments")).unwrap();
    for e in fs::read_dir(source).unwrap().filter_map(Result::ok) {
        fs::copy(e.path(), dir.path().join("assessments").join(e.file_name())).unwrap();
    }
    let good = fs::read_to_string(dir.path().join("assessments/2026-11-20T21-40-00+0100.ron")).unwrap();
    for (what, bytes) in damages(&good) {
        let bad = dir.path().join("assessments/2026-10-01T10-00-00+0200.ron");
        fs::write(&bad, &bytes).unwrap();
        let mut app = app_at(dir.path(), (80, 24));
        support::past_welcome(&mut app);
        key(&mut app, KeyCode::Char('a'));
        // The path may wrap across lines on screen.
        let text: String = support::screen(&app).split_whitespace().collect();
        assert!(text.contains("2026-10-01T10-00-00+0200.ron"), "{what}: the damaged take is not named:\n{text}");
        key(&mut app, KeyCode::Char('r'));
        assert_eq!(support::place(&app), support::Place::Assessment, "{what}");
        assert!(support::screen(&app).contains("take 2 of 2"), "{what}: the good takes still show");
        drop(app);
        assert_eq!(fs::read(&bad).unwrap(), bytes, "{what}");
        let takes = mscwork::journal::read_takes(&dir.path().join("assessments"));
        assert_eq!(takes.damaged.len(), 1, "{what}");
        assert!(takes.damaged[0].to_string().contains("2026-10-01T10-00-00+0200.ron:"), "{what}");
    }
}

#[test]
fn an_older_format_is_read_and_kept_as_a_backup_before_the_first_rewrite() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("answers")).unwrap();
    let old_answers = "(version: 0, chapter: \"being-mindful\", reflections: {\"my-resistance\": [(revisions: [(at: \"2026-01-05T20:00:00+01:00\", text: \"old words\")])]})\n";
    let old_progress = "(version: 0, welcomed: true)\n";
    fs::write(dir.path().join("answers/being-mindful.ron"), old_answers).unwrap();
    fs::write(dir.path().join("progress.ron"), old_progress).unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    assert!(app.journal.progress_error().is_none());
    open_chapter_from_home(&mut app, 2);
    // Progress is written a moment after it changes.
    app.clock.advance(Duration::seconds(2));
    app.handle(Event::Tick);
    assert_eq!(fs::read_to_string(dir.path().join("progress.ron.v0.bak")).unwrap(), old_progress);
    assert!(fs::read_to_string(dir.path().join("progress.ron")).unwrap().contains("version: 1"));
    go_to_first(&mut app, "Reflection");
    while app.step().id() != "my-resistance" {
        key(&mut app, KeyCode::Char('n'));
    }
    assert!(support::screen(&app).contains("old words"));
    assert!(!dir.path().join("answers/being-mindful.ron.v0.bak").exists(), "reading alone writes nothing");
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "new words");
    key(&mut app, KeyCode::Esc);
    // The chapter moved into its folder of months; the old file is kept, renamed.
    assert_eq!(fs::read_to_string(dir.path().join("answers/being-mindful.ron.v0.bak")).unwrap(), old_answers);
    assert!(!dir.path().join("answers/being-mindful.ron").exists());
    let now = support::saved_text(dir.path(), "being-mindful");
    let version = format!("version: {}", mscwork::journal::monthly::FOLDER_VERSION);
    assert!(now.contains(&version) && now.contains("old words") && now.contains("new words"), "{now}");
    let months: Vec<_> =
        support::month_files(dir.path(), "being-mindful").iter().map(|f| f.file_name().unwrap().to_owned()).collect();
    assert_eq!(months, ["2026-01.ron", "2026-11.ron"], "each answer in the month it was begun");
}

#[test]
fn unusual_text_round_trips_exactly_and_renders() {
    let long_line = "x".repeat(10_000);
    let megabyte: String = "Één zin met 漢字 en 🙂 emoji.\n".repeat(1_048_576 / 40);
    let texts = [
        "emoji 🙂🧘‍♀️👩🏽‍⚕️ and flags 🇳🇱".to_string(),
        "漢字かな交じり文、한국어, 中文全角：　".to_string(),
        "combining: e\u{301} a\u{308} n\u{303} Z\u{335}\u{30d}".to_string(),
        "right to left: שלום עולם and مرحبا بالعالم mixed".to_string(),
        "tabs\tbetween\twords\n\tand at the start".to_string(),
        long_line,
        megabyte,
        "  leading and trailing spaces  \n\n\nblank lines\n".to_string(),
    ];
    let dir = tempfile::tempdir().unwrap();
    {
        let mut j = Journal::open(dir.path()).unwrap();
        for text in &texts {
            let mut target = EditTarget::default();
            j.save_reflection("being-mindful", "my-resistance", &mut target, text, t0()).unwrap();
        }
    }
    let mut j = Journal::open(dir.path()).unwrap();
    let back: Vec<String> = j
        .load_answers("being-mindful")
        .unwrap()
        .reflections("my-resistance")
        .iter()
        .map(|r| r.latest().unwrap().text.clone())
        .collect();
    assert_eq!(back.len(), texts.len());
    for (a, b) in back.iter().zip(&texts) {
        assert!(a == b, "a text changed on its way through the file ({} bytes)", b.len());
    }
    drop(j);
    // Each shows in the chapter, the editor and History without a panic.
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 2);
    while app.step().id() != "my-resistance" {
        key(&mut app, KeyCode::Char('n'));
    }
    for size in [(80, 24), (20, 6), (200, 50)] {
        app.handle(Event::Resize(size.0, size.1));
        render(&app);
    }
    app.handle(Event::Resize(80, 24));
    key(&mut app, KeyCode::Enter);
    render(&app);
    key(&mut app, KeyCode::End);
    render(&app);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('r'));
    render(&app);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "שלום");
    assert_eq!(app.history().unwrap().visible().len(), 1);
    render(&app);
}

#[test]
fn a_hostile_workbook_cannot_reach_outside_the_data_dir() {
    let outer = tempfile::tempdir().unwrap();
    let workbook = outer.path().join("workbook");
    let data = outer.path().join("data");
    for (path, text) in mscwork::content::BUILTIN_FILES {
        let target = workbook.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, text).unwrap();
    }
    let ch1 = workbook.join("chapters/01-building-strengths.ron");
    let manifest = workbook.join("workbook.ron");
    let cases: [(&Path, &str, &str); 4] = [
        (&ch1, "id: \"building-strengths\"", "id: \"../../escaped\""),
        (&ch1, "id: \"building-strengths\"", "id: \"a/b\""),
        (&ch1, "id: \"building-strengths\"", "id: \"bell\\u{7}\""),
        (&manifest, "\"chapters/02-being-mindful.ron\"", "\"../../../etc/passwd.ron\""),
    ];
    for (file, from, to) in cases {
        let original = fs::read_to_string(file).unwrap();
        fs::write(file, original.replacen(from, to, 1)).unwrap();
        let before: Vec<_> =
            fs::read_dir(outer.path()).unwrap().filter_map(Result::ok).map(|e| e.file_name()).collect();
        let check = Command::new(env!("CARGO_BIN_EXE_mscwork")).arg("check").arg(&workbook).output().unwrap();
        assert_eq!(check.status.code(), Some(1), "{to} accepted");
        let stderr = String::from_utf8_lossy(&check.stderr);
        assert!(stderr.contains(&file.display().to_string()), "{to}: {stderr}");
        let run = Command::new(env!("CARGO_BIN_EXE_mscwork"))
            .args(["--workbook"])
            .arg(&workbook)
            .arg("--data-dir")
            .arg(&data)
            .arg("chapters")
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(1), "{to}: a broken workbook is refused");
        let after: Vec<_> = fs::read_dir(outer.path()).unwrap().filter_map(Result::ok).map(|e| e.file_name()).collect();
        assert_eq!(before, after, "{to}: something was created beside the data dir");
        assert!(!outer.path().join("escaped.ron").exists());
        fs::write(file, original).unwrap();
    }
}

/// A journal that resumes in chapter 1 on `step`, with that chapter's
/// answers file damaged by `damage`.
fn resuming_on_a_damaged_chapter(step: &str, damage: impl Fn(&[u8]) -> Vec<u8>) -> (tempfile::TempDir, Vec<u8>) {
    let dir = full_data_dir();
    let path = dir.path().join(MONTH_FILE);
    let bad = damage(&fs::read(&path).unwrap());
    fs::write(&path, &bad).unwrap();
    resume_at(dir.path(), step);
    (dir, bad)
}

/// Progress that resumes on chapter 1's `step`.
fn resume_at(dir: &Path, step: &str) {
    resume_in(dir, "building-strengths", step);
}

fn resume_in(dir: &Path, chapter: &str, step: &str) {
    let progress = mscwork::journal::Progress {
        version: 1,
        welcomed: true,
        last: Some(mscwork::journal::Position { chapter: chapter.into(), step: step.into() }),
        ..Default::default()
    };
    fs::write(dir.join("progress.ron"), mscwork::journal::store::to_ron(&progress).unwrap()).unwrap();
}

/// Cut in half.
fn truncated(good: &[u8]) -> Vec<u8> {
    good[..good.len() / 2].to_vec()
}

/// The closing parenthesis gone: everything but the very end still reads.
fn unclosed(good: &[u8]) -> Vec<u8> {
    good[..good.len() - 2].to_vec()
}

fn named_damaged(app: &App) -> bool {
    let text: String = support::screen(app).split_whitespace().collect();
    text.contains("damaged") && text.contains("building-strengths/2026-11.ron:")
}

#[test]
fn resuming_on_a_text_step_does_not_wait_for_the_answers_but_still_names_their_damage() {
    let (dir, bad) = resuming_on_a_damaged_chapter(&first_step_of_chapter_1("Text"), truncated);
    let mut app = app_at(dir.path(), (80, 24));
    assert_eq!(support::place(&app), support::Place::Chapter);
    assert!(app.journal.answers("building-strengths").is_none(), "the text step waited for the chapter's answers");
    assert!(!named_damaged(&app), "nothing is known about the file yet");
    assert!(read_ahead(&mut app), "the chapter on screen was read: it must be drawn again");
    assert!(named_damaged(&app), "{}", support::screen(&app));
    assert!(support::status(&app).contains("read-only"), "{}", support::status(&app));
    use_everything(&mut app);
    drop(app);
    assert_eq!(fs::read(dir.path().join(MONTH_FILE)).unwrap(), bad);
}

#[test]
fn resuming_on_a_reflection_draws_its_latest_answers_from_the_top_of_the_file_then_reads_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let step = first_step_of_chapter_1("Reflection");
    let mut j = Journal::open(dir.path()).unwrap();
    for i in 0..12 {
        let mut fresh = EditTarget::default();
        j.save_reflection("building-strengths", &step, &mut fresh, &format!("answer number {i}"), t0()).unwrap();
    }
    drop(j);
    resume_at(dir.path(), &step);
    let mut app = app_at(dir.path(), (80, 24));
    assert!(app.journal.answers("building-strengths").is_none(), "the whole file was read before the first frame");
    let first = support::screen(&app);
    assert!(first.contains("Your answers (12, newest first)") && first.contains("answer number 11"), "{first}");
    read_ahead(&mut app);
    assert!(app.journal.answers("building-strengths").is_none(), "read ahead for History, not kept whole");
    assert_eq!(support::screen(&app), first, "the page is the same once every answer is read");
}

#[test]
fn damage_below_the_latest_answers_is_named_once_the_whole_file_is_read() {
    let (dir, bad) = resuming_on_a_damaged_chapter(&first_step_of_chapter_1("Reflection"), unclosed);
    let mut app = app_at(dir.path(), (80, 24));
    assert!(support::screen(&app).contains("a good answer"), "drawn from the top of the file");
    assert!(read_ahead(&mut app));
    assert!(named_damaged(&app), "{}", support::screen(&app));
    assert!(support::status(&app).contains("read-only"), "{}", support::status(&app));
    use_everything(&mut app);
    drop(app);
    assert_eq!(fs::read(dir.path().join(MONTH_FILE)).unwrap(), bad);
}

#[test]
fn damaged_latest_answers_are_read_from_the_months_instead_and_written_afresh() {
    // recent.ron only repeats what the months hold: cut short, the chapter
    // is read whole at once, and the next save writes it again.
    let dir = full_data_dir();
    let recent = dir.path().join("answers/building-strengths/recent.ron");
    let good = fs::read(&recent).unwrap();
    fs::write(&recent, &good[..good.len() / 8]).unwrap();
    resume_at(dir.path(), &first_step_of_chapter_1("Reflection"));
    let mut app = app_at(dir.path(), (80, 24));
    assert!(app.journal.answers("building-strengths").is_some_and(|a| a.is_ok()));
    assert!(support::screen(&app).contains("a good answer"), "{}", support::screen(&app));
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "another");
    key(&mut app, KeyCode::Esc);
    drop(app);
    let folder = dir.path().join("answers/building-strengths");
    let read = mscwork::journal::monthly::read_recent(&folder, "building-strengths").expect("sound again");
    assert_eq!(read.reflections[first_step_of_chapter_1("Reflection").as_str()].count, 2);
}

#[test]
fn latest_answers_edited_by_hand_give_way_to_the_lists_and_are_written_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let step = first_step_of_chapter_1("Reflection");
    let mut j = Journal::open(dir.path()).unwrap();
    for i in 0..3 {
        let mut fresh = EditTarget::default();
        j.save_reflection("building-strengths", &step, &mut fresh, &format!("listed answer {i}"), t0()).unwrap();
    }
    drop(j);
    let folder = dir.path().join("answers/building-strengths");
    let path = folder.join("recent.ron");
    // Someone edits the repeated latest answers, not the months.
    let edited = fs::read_to_string(&path).unwrap().replacen("count: 3", "count: 40", 1).replacen(
        "listed answer 2",
        "only in recent",
        1,
    );
    fs::write(&path, &edited).unwrap();
    resume_at(dir.path(), &step);
    let mut app = app_at(dir.path(), (80, 24));
    assert!(support::screen(&app).contains("Your answers (40, newest first)"), "the first frame trusts the top");
    read_ahead(&mut app);
    let screen = support::screen(&app);
    assert!(screen.contains("Your answers (3, newest first)") && screen.contains("listed answer 2"), "{screen}");
    assert!(!screen.contains("only in recent"), "{screen}");
    // The next save writes the top again from the lists.
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "a fourth");
    key(&mut app, KeyCode::Esc);
    drop(app);
    let recent = mscwork::journal::monthly::read_recent(&folder, "building-strengths").unwrap();
    let top = &recent.reflections[step.as_str()];
    assert_eq!(top.count, 4);
    assert!(!fs::read_to_string(&path).unwrap().contains("only in recent"));
}

#[test]
fn a_recalled_answer_shown_from_the_top_is_drawn_again_once_its_chapter_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let choice = ChoiceAnswer { at: t0(), picks: vec!["Honesty".into()], other: Some("words from the lists".into()) };
    j.save_choice("values-based-working", "core-values", choice).unwrap();
    drop(j);
    let path = dir.path().join("answers/values-based-working/recent.ron");
    let edited = fs::read_to_string(&path).unwrap().replacen("words from the lists", "words edited at the top", 1);
    fs::write(&path, edited).unwrap();
    resume_in(dir.path(), "emotional-agility", "your-why-here");
    let mut app = app_at(dir.path(), (100, 40));
    assert!(support::screen(&app).contains("words edited at the top"), "{}", support::screen(&app));
    let recalled = app.workbook.chapter_index("values-based-working").unwrap();
    for ahead in app.read_ahead() {
        let chapter = ahead.chapter;
        let redraw = app.take_ahead(ahead);
        if chapter == recalled {
            assert!(redraw, "the recalled chapter arrived: the step must be drawn again");
        }
    }
    let screen = support::screen(&app);
    assert!(screen.contains("words from the lists") && !screen.contains("words edited at the top"), "{screen}");
}

#[test]
fn a_count_edited_below_what_is_listed_counts_what_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    for picks in [["Honesty"], ["Care"]] {
        let choice = ChoiceAnswer { at: t0(), picks: picks.map(String::from).to_vec(), other: None };
        j.save_choice("values-based-working", "core-values", choice).unwrap();
    }
    drop(j);
    let path = dir.path().join("answers/values-based-working/recent.ron");
    let edited = fs::read_to_string(&path).unwrap().replacen("count: 2", "count: 0", 1);
    fs::write(&path, edited).unwrap();
    resume_in(dir.path(), "values-based-working", "core-values");
    let app = app_at(dir.path(), (100, 40));
    let screen = support::screen(&app);
    assert!(screen.contains("Chosen") && !screen.contains("earlier choices"), "{screen}");
}

#[test]
fn an_answer_revised_many_times_keeps_the_top_of_its_file_small() {
    let dir = tempfile::tempdir().unwrap();
    let step = first_step_of_chapter_1("Reflection");
    let mut j = Journal::open(dir.path()).unwrap();
    let mut first = EditTarget::default();
    j.save_reflection("building-strengths", &step, &mut first, "start", t0()).unwrap();
    for i in 0..200 {
        // Each editing session on the same answer adds a version.
        let mut again = EditTarget { entry: first.entry, revision: None };
        j.save_reflection("building-strengths", &step, &mut again, &format!("{i} {}", "w".repeat(4_000)), t0())
            .unwrap();
    }
    drop(j);
    let folder = dir.path().join("answers/building-strengths");
    let size = fs::metadata(folder.join("recent.ron")).unwrap().len();
    assert!(size < 16 * 1024, "the repeated latest answers take {size} bytes");
    let recent = mscwork::journal::monthly::read_recent(&folder, "building-strengths").unwrap();
    let glance = &recent.reflections[step.as_str()].latest[0];
    assert_eq!((glance.versions, glance.latest.text.starts_with("199 ")), (201, true));
}

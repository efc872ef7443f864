//! Answers kept per chapter in a folder of monthly files (format 3): a save
//! writes one month and `recent.ron`, whatever the size of the journal, and
//! a chapter of format 2 (one file) moves into its folder on its first save
//! without losing a byte, its old file kept as a backup. Real files in
//! temporary folders.

#[path = "../benches/support/data.rs"]
mod bench_data;
mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use bench_data::Format;
use mscwork::journal::store::read_answers;
use mscwork::journal::{Answers, DataDir, EditTarget, Journal};
use support::t0;

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let path = e.path();
            if e.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn read(dir: &Path, chapter: &str) -> (Answers, u32) {
    let read = read_answers(&DataDir::new(dir), chapter).unwrap().unwrap();
    (read.answers, read.version)
}

#[test]
fn ten_years_of_format_2_move_into_folders_without_losing_a_byte() {
    let dir = tempfile::tempdir().unwrap();
    bench_data::generate(dir.path(), 1, Format::Legacy).unwrap();
    let workbook = mscwork::content::builtin().unwrap();
    let before = snapshot(dir.path());
    let mut journal = Journal::open(dir.path()).unwrap();
    for chapter in &workbook.chapters {
        let (old, version) = read(dir.path(), &chapter.id);
        assert_eq!(version, 2);
        let step = old.reflections.keys().next().unwrap().clone();
        let mut target = EditTarget::default();
        journal.save_reflection(&chapter.id, &step, &mut target, "written after the move", t0()).unwrap();

        let (now, version) = read(dir.path(), &chapter.id);
        assert_eq!(version, mscwork::journal::monthly::FOLDER_VERSION);
        let mut expected = old.clone();
        expected.reflections.get_mut(&step).unwrap().push(now.reflections[&step].last().unwrap().clone());
        assert!(now == expected, "{}: the answers differ after the move", chapter.id);
        assert_eq!(now.reflections[&step].last().unwrap().revisions[0].text, "written after the move");
        // The old file, byte for byte, under its backup name; nothing in its place.
        let file = PathBuf::from(format!("answers/{}.ron", chapter.id));
        let backup = dir.path().join(format!("answers/{}.ron.v2.bak", chapter.id));
        assert_eq!(fs::read(&backup).unwrap(), before[&file], "{}", chapter.id);
        assert!(!dir.path().join(&file).exists());
        // About ten years of months, each small.
        let months = support::month_files(dir.path(), &chapter.id);
        assert!((100..=125).contains(&months.len()), "{}: {} months", chapter.id, months.len());
        let biggest = months.iter().map(|m| fs::metadata(m).unwrap().len()).max().unwrap();
        assert!(biggest < 64 * 1024, "{}: a month of {biggest} bytes", chapter.id);
    }
    drop(journal);
    // Read again from scratch, the journal sees the same.
    let mut again = Journal::open(dir.path()).unwrap();
    for chapter in &workbook.chapters {
        let (now, _) = read(dir.path(), &chapter.id);
        assert!(again.load_answers(&chapter.id).unwrap() == &now);
    }
}

#[test]
fn a_save_writes_its_month_and_the_latest_answers_only() {
    let dir = tempfile::tempdir().unwrap();
    bench_data::generate(dir.path(), 1, Format::Legacy).unwrap();
    let chapter = "being-mindful";
    let mut journal = Journal::open(dir.path()).unwrap();
    let (old, _) = read(dir.path(), chapter);
    let (step, list) = old.reflections.iter().next().unwrap();
    // The move into the folder, then a new version of the oldest answer.
    let mut target = EditTarget::default();
    journal.save_reflection(chapter, step, &mut target, "moved", t0()).unwrap();
    let before = snapshot(dir.path());
    let oldest_month = list[0].revisions[0].at.format("%Y-%m").to_string();
    let mut again = EditTarget { entry: Some(0), revision: None };
    journal.save_reflection(chapter, step, &mut again, "a new version of the first answer", t0()).unwrap();
    let after = snapshot(dir.path());
    let changed: Vec<String> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(*bytes))
        .map(|(path, _)| path.display().to_string())
        .collect();
    // Not among the step's latest answers: recent.ron stays as it is.
    assert_eq!(changed, [format!("answers/{chapter}/{oldest_month}.ron")], "only the answer's month is written");
    let written: usize = changed.iter().map(|p| after[&PathBuf::from(p)].len()).sum();
    assert!(written < 64 * 1024, "{written} bytes written for one answer");
    let (now, _) = read(dir.path(), chapter);
    let first = &now.reflections[step][0];
    assert_eq!(first.revisions.last().unwrap().text, "a new version of the first answer");
    assert_eq!(first.revisions[..first.revisions.len() - 1], list[0].revisions[..], "the earlier versions stay");
}

#[test]
fn a_move_cut_short_leaves_the_old_file_as_the_chapter() {
    let dir = tempfile::tempdir().unwrap();
    bench_data::generate(dir.path(), 1, Format::Legacy).unwrap();
    let (old, _) = read(dir.path(), "being-mindful");
    // A crash while the folder was being filled: it has some months only.
    let filling = dir.path().join("answers/.being-mindful.Ab3dE6g8.new");
    fs::create_dir(&filling).unwrap();
    fs::write(filling.join("2016-11.ron"), "(version: 3, chapter: \"being-mindful\", month: \"2016-11\")\n").unwrap();
    let mut journal = Journal::open(dir.path()).unwrap();
    assert!(!filling.exists(), "the half-filled folder goes");
    assert!(journal.load_answers("being-mindful").unwrap() == &old);
    drop(journal);
    assert!(read(dir.path(), "being-mindful").0 == old);
}

#[test]
fn a_folder_and_a_leftover_old_file_the_folder_is_the_chapter_and_the_file_is_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path()).unwrap();
    let mut target = EditTarget::default();
    journal.save_reflection("being-mindful", "my-resistance", &mut target, "in the folder", t0()).unwrap();
    drop(journal);
    // As a crash after the folder's rename but before the old file's leaves it.
    let old = dir.path().join("answers/being-mindful.ron");
    fs::write(&old, "(version: 2, chapter: \"being-mindful\")\n").unwrap();
    fs::write(dir.path().join("answers/being-mindful.ron.v2.bak"), "an earlier backup").unwrap();
    let mut journal = Journal::open(dir.path()).unwrap();
    let texts: Vec<String> = journal
        .load_answers("being-mindful")
        .unwrap()
        .reflections("my-resistance")
        .iter()
        .map(|r| r.revisions[0].text.clone())
        .collect();
    assert_eq!(texts, ["in the folder"]);
    let mut target = EditTarget::default();
    journal.save_reflection("being-mindful", "my-resistance", &mut target, "and more", t0()).unwrap();
    assert!(!old.exists());
    assert_eq!(
        fs::read_to_string(dir.path().join("answers/being-mindful.ron.v2-2.bak")).unwrap(),
        "(version: 2, chapter: \"being-mindful\")\n"
    );
    assert_eq!(fs::read_to_string(dir.path().join("answers/being-mindful.ron.v2.bak")).unwrap(), "an earlier backup");
}

#[test]
fn the_practice_log_moves_into_months_without_losing_a_session_and_a_session_writes_its_month() {
    let dir = tempfile::tempdir().unwrap();
    bench_data::generate(dir.path(), 1, Format::Legacy).unwrap();
    let old_bytes = fs::read(dir.path().join("practice-log.ron")).unwrap();
    let old = support::saved_practice_log(dir.path()).unwrap();
    assert!(old.entries.len() > 3000);
    let mut journal = Journal::open(dir.path()).unwrap();
    let mut session = old.entries[0].clone();
    session.start = t0();
    let index = journal.log_practice(session.clone()).unwrap();
    assert_eq!(index, old.entries.len());
    // Moved: the old file kept byte for byte, every session in its month.
    assert_eq!(fs::read(dir.path().join("practice-log.ron.v1.bak")).unwrap(), old_bytes);
    assert!(!dir.path().join("practice-log.ron").exists());
    let now = support::saved_practice_log(dir.path()).unwrap();
    assert_eq!(now.entries[..old.entries.len()], old.entries[..]);
    assert_eq!(now.entries[index], session);
    // Rating an old session afterwards writes its month only.
    let before = snapshot(dir.path());
    journal.update_practice(0, |e| e.rating_after = Some(3)).unwrap();
    let after = snapshot(dir.path());
    let changed: Vec<String> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(*bytes))
        .map(|(path, _)| path.display().to_string())
        .collect();
    let month = old.entries[0].start.format("%Y-%m");
    assert_eq!(changed, [format!("practice-log/{month}.ron")]);
    assert!(after[&PathBuf::from(&changed[0])].len() < 64 * 1024);
    assert_eq!(support::saved_practice_log(dir.path()).unwrap().entries[0].rating_after, Some(3));
}

#[test]
fn the_generated_folders_hold_what_the_generated_old_files_hold() {
    let (legacy, current) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let text = bench_data::generate(legacy.path(), 1, Format::Legacy).unwrap();
    assert_eq!(bench_data::generate(current.path(), 1, Format::Current).unwrap(), text);
    let workbook = mscwork::content::builtin().unwrap();
    for chapter in &workbook.chapters {
        let (old, version) = read(legacy.path(), &chapter.id);
        assert_eq!(version, 2);
        let (now, version) = read(current.path(), &chapter.id);
        assert_eq!(version, mscwork::journal::monthly::FOLDER_VERSION);
        assert!(now == old, "{}: the folder differs from the file", chapter.id);
        assert!(current.path().join(format!("answers/{}/recent.ron", chapter.id)).is_file());
    }
    assert!(!current.path().join("practice-log.ron").exists());
    let log = support::saved_practice_log(current.path()).unwrap();
    assert_eq!(log.entries, support::saved_practice_log(legacy.path()).unwrap().entries);
    // Both resume at the same place.
    assert_eq!(
        fs::read(current.path().join("progress.ron")).unwrap(),
        fs::read(legacy.path().join("progress.ron")).unwrap()
    );
}

#[test]
fn history_reads_a_folder_a_month_at_a_time_to_the_same_index_and_latest_answers() {
    let dir = tempfile::tempdir().unwrap();
    bench_data::generate(dir.path(), 1, Format::Current).unwrap();
    let workbook = mscwork::content::builtin().unwrap();
    let data = DataDir::new(dir.path());
    for (c, chapter) in workbook.chapters.iter().enumerate() {
        let streamed = mscwork::screens::history::read_for_history(&data, &workbook, c, 4).unwrap();
        assert!(streamed.whole.is_none(), "a folder is not kept whole");
        let whole = read_answers(&data, &chapter.id).unwrap().unwrap();
        let at_once = mscwork::history::index_chapter(&workbook, c, &whole.answers, whole.layout.as_ref(), 4);
        let key = |e: &mscwork::history::Entry| format!("{:?} {} {:?} {:?}", e.kind, e.step_id, e.month, e.at);
        let mut a: Vec<String> = streamed.index.entries.iter().map(key).collect();
        let mut b: Vec<String> = at_once.entries.iter().map(key).collect();
        assert!(a.len() > 400, "{}: {}", chapter.id, a.len());
        a.sort();
        b.sort();
        assert_eq!(a, b, "{}", chapter.id);
        assert_eq!(streamed.recent.unwrap(), mscwork::journal::Recent::of(&whole.answers), "{}", chapter.id);
    }
}

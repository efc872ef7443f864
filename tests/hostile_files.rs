//! Files and folders that are not what mscwork expects, some put there on
//! purpose: symbolic links where the lock or a temporary goes, FIFOs in
//! place of data and workbook files, a data folder with loose modes or one
//! that is not mscwork's at all, texts left behind by the user's own editor.
//! Real files in temporary folders; the real binary where the path goes
//! through it.

mod support;

#[path = "common/pty.rs"]
#[allow(dead_code)]
mod pty;

use std::ffi::{OsStr, OsString};
use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::KeyCode;
use mscwork::app::Event;
use mscwork::journal::{Answers, EditTarget, Journal};
use pty::{ENTER, ESC, Tui};
use support::{app_at, chars, ctrl, go_to_first, key, open_chapter_from_home, t0};

/// Generous: these tests are about not hanging at all, not about speed.
const LONG: Duration = Duration::from_secs(30);
const CHAPTER: &str = "building-strengths";
const REFLECTION: &str = "colleague-struggling";
const TAKE: &str = "assessments/2026-01-01T10-00-00+0100.ron";

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo {}", path.display());
}

#[track_caller]
fn assert_fifo(path: &Path) {
    let kind = fs::symlink_metadata(path).unwrap().file_type();
    assert!(kind.is_fifo(), "{} is no longer a FIFO: {kind:?}", path.display());
}

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = match fs::read_dir(dir) {
        Ok(entries) => entries.map(|e| e.unwrap().file_name().into_string().unwrap()).collect(),
        Err(_) => Vec::new(),
    };
    out.sort();
    out
}

fn args(list: &[&dyn AsRef<OsStr>]) -> Vec<OsString> {
    list.iter().map(|a| a.as_ref().to_os_string()).collect()
}

struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

/// Runs the real binary; it must end within [`LONG`] (a FIFO that blocks
/// would hang it for good: then it is killed and the test fails).
#[track_caller]
fn run(args: &[OsString]) -> Run {
    let out = tempfile::tempdir().unwrap();
    let (stdout, stderr) = (out.path().join("stdout"), out.path().join("stderr"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .args(args)
        .env_remove("MSCWORK_DATA_DIR")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&stdout).unwrap())
        .stderr(fs::File::create(&stderr).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > LONG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mscwork {args:?} did not finish within {LONG:?}; stderr: {}", fs::read_to_string(&stderr).unwrap());
        }
        thread::sleep(Duration::from_millis(20));
    };
    Run { status, stdout: fs::read_to_string(stdout).unwrap(), stderr: fs::read_to_string(stderr).unwrap() }
}

/// From a first start: past the welcome, on the chapter list.
fn to_home(tui: &mut Tui) {
    tui.wait_for("Welcome", LONG);
    tui.send(ENTER);
    tui.wait_until("the chapter list", LONG, |s| !s.contains("Welcome") && s.contains("1. Building Strengths"));
}

/// Esc back to the chapter list. Waited for: an Esc followed at once by
/// another key reads as Alt and that key.
fn back_home(tui: &mut Tui) {
    tui.send(ESC);
    back_home_seen(tui);
}

fn is_home(screen: &str) -> bool {
    screen.contains("r review") && screen.contains("1. Building Strengths")
}

/// Whether the chapter list shows within `wait`.
fn home_within(tui: &Tui, wait: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < wait {
        if is_home(&tui.screen()) {
            return true;
        }
        thread::sleep(Duration::from_millis(20));
    }
    false
}

#[track_caller]
fn back_home_seen(tui: &Tui) {
    tui.wait_until("the chapter list", LONG, is_home);
}

#[track_caller]
fn quit(tui: &mut Tui) {
    tui.send(b"q");
    let status = tui.wait_exit(LONG);
    assert!(status.success(), "quit with {status:?}");
}

fn answers(dir: &Path, chapter: &str) -> Answers {
    support::saved_answers(dir, chapter).unwrap()
}

fn texts(answers: &Answers, step: &str) -> Vec<String> {
    answers.reflections(step).iter().flat_map(|r| &r.revisions).map(|r| r.text.clone()).collect()
}

// ===================================================== 10: links planted where mscwork writes

#[test]
fn a_lock_that_is_a_symbolic_link_is_refused_and_its_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("someone-elses-file");
    fs::write(&target, "not yours").unwrap();
    symlink(&target, dir.path().join(".lock")).unwrap();
    let e = Journal::open(dir.path()).unwrap_err().to_string();
    assert!(e.contains(".lock") && e.contains("symbolic link"), "{e}");
    assert_eq!(fs::read_to_string(&target).unwrap(), "not yours");
}

#[test]
fn a_temporary_name_planted_as_a_link_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("world-readable");
    fs::write(&target, "").unwrap();
    set_mode(&target, 0o644);
    fs::create_dir_all(dir.path().join(format!("answers/{CHAPTER}"))).unwrap();
    let planted = dir.path().join(format!("answers/{CHAPTER}.ron.tmp"));
    symlink(&target, &planted).unwrap();
    // Also inside the chapter's folder, under the names its files take.
    let month = t0().format("%Y-%m").to_string();
    for name in [format!("{month}.ron.tmp"), "recent.ron.tmp".into(), format!(".{month}.ron.Ab3dE6g8.tmp")] {
        symlink(&target, dir.path().join(format!("answers/{CHAPTER}/{name}"))).unwrap();
    }

    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "my private words");
    ctrl(&mut app, 's');

    assert_eq!(fs::read_to_string(&target).unwrap(), "", "nothing reached the file outside");
    assert_eq!(texts(&answers(dir.path(), CHAPTER), REFLECTION), ["my private words"]);
    assert_eq!(mode(&dir.path().join(format!("answers/{CHAPTER}/{month}.ron"))), 0o600);
    assert_eq!(mode(&dir.path().join(format!("answers/{CHAPTER}/recent.ron"))), 0o600);
    assert!(fs::symlink_metadata(&planted).unwrap().file_type().is_symlink(), "what was planted is left alone");
}

#[test]
fn export_out_does_not_write_through_a_planted_temporary() {
    let data = tempfile::tempdir().unwrap();
    support::seed_journal(
        data.path(),
        &support::Seed { first: "first", revised: "private words", phrases: "p", other: "o", practices: &[] },
    );
    let shared = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("world-readable");
    fs::write(&target, "").unwrap();
    set_mode(&target, 0o644);
    let out = shared.path().join("export.md");
    symlink(&target, shared.path().join("export.md.tmp")).unwrap();

    let r = run(&args(&[&"--data-dir", &data.path(), &"export", &"--out", &out]));
    assert!(r.status.success(), "{}", r.stderr);
    assert_eq!(fs::read_to_string(&target).unwrap(), "", "nothing reached the file outside");
    assert!(fs::read_to_string(&out).unwrap().contains("private words"));
    assert_eq!(mode(&out), 0o600);
    assert_eq!(names(shared.path()), ["export.md", "export.md.tmp"], "no temporary of ours is left");
}

#[test]
fn temporaries_left_by_a_crash_are_removed_on_start_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("answers")).unwrap();
    fs::write(root.join(".progress.ron.Ab3dE6g8.tmp"), "half a write").unwrap();
    fs::write(root.join(format!("answers/.{CHAPTER}.ron.x9Y8z7W6.tmp")), "half a write").unwrap();
    fs::write(root.join(format!("answers/{CHAPTER}.ron.tmp")), "an older mscwork's").unwrap();
    fs::write(root.join("answers/notes.tmp"), "not ours").unwrap();
    symlink(root.join("answers/notes.tmp"), root.join("answers/being-mindful.ron.tmp")).unwrap();
    // A chapter's folder: a write cut short, and a folder a crash left half
    // filled while moving a chapter out of its one-file format.
    fs::create_dir(root.join(format!("answers/{CHAPTER}"))).unwrap();
    let crashed = root.join(format!("answers/{CHAPTER}/.2026-11.ron.Qw3eR5t7.tmp"));
    fs::write(&crashed, "half a write").unwrap();
    fs::write(root.join(format!("answers/{CHAPTER}/2026-11.ron")), "kept").unwrap();
    fs::create_dir(root.join("answers/.being-mindful.Zx8cV6b4.new")).unwrap();
    fs::write(root.join("answers/.being-mindful.Zx8cV6b4.new/2026-01.ron"), "half").unwrap();
    fs::create_dir(root.join("answers/.mine.new")).unwrap();
    // Among the months and takes: one left by a crash yesterday, and one
    // as new as a write of this run could be.
    let yesterday = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
    fs::File::options().write(true).open(&crashed).unwrap().set_modified(yesterday).unwrap();
    fs::create_dir(root.join("assessments")).unwrap();
    let take = root.join("assessments/.2026-11-24T21-30.ron.Lk9jH7g5.tmp");
    fs::write(&take, "half a take").unwrap();
    fs::File::options().write(true).open(&take).unwrap().set_modified(yesterday).unwrap();
    fs::write(root.join("assessments/.2026-11-25T08-00.ron.Mn4bV2c1.tmp"), "being written").unwrap();

    let mut app = app_at(root, (80, 24));
    assert_eq!(names(root), [".lock", "answers", "assessments"]);
    assert_eq!(names(&root.join("answers")), [".mine.new", "being-mindful.ron.tmp", CHAPTER, "notes.tmp"]);
    // The folders that grow with the years are tidied moments after the first frame.
    support::read_ahead(&mut app);
    drop(app);
    assert_eq!(names(&root.join(format!("answers/{CHAPTER}"))), ["2026-11.ron"]);
    assert_eq!(names(&root.join("assessments")), [".2026-11-25T08-00.ron.Mn4bV2c1.tmp"], "a new one may be in use");
}

#[test]
fn a_chapter_folder_planted_as_a_link_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("answers")).unwrap();
    symlink(outside.path(), dir.path().join(format!("answers/{CHAPTER}"))).unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    // The chapter cannot be read through the link: it is read-only and says why.
    key(&mut app, KeyCode::Enter);
    assert!(app.editor().is_none(), "no editor opens on a chapter that cannot be saved");
    let screen: String = support::screen(&app).split_whitespace().collect();
    assert!(screen.contains("isasymboliclink,notafolderofanswers"), "{screen}");
    drop(app);
    assert_eq!(names(outside.path()), Vec::<String>::new(), "nothing reached the folder outside");
}

// ===================================================== 12: a FIFO in place of a file

#[test]
fn a_fifo_for_progress_is_named_at_start_and_quitting_works() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("progress.ron");
    mkfifo(&fifo);
    let mut tui = Tui::start(dir.path());
    to_home(&mut tui);
    tui.wait_until("progress.ron named", LONG, |s| s.contains("progress.ron") && s.contains("FIFO"));
    quit(&mut tui);
    assert_fifo(&fifo);
}

#[test]
fn a_fifo_for_settings_is_named_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("settings.ron");
    mkfifo(&fifo);
    let mut tui = Tui::start(dir.path());
    to_home(&mut tui);
    // Named on the first screen already; the Settings screen names it too.
    tui.wait_until("settings.ron named on Home", LONG, |s| s.contains("settings.ron") && s.contains("FIFO"));
    tui.send(b"s");
    tui.wait_until("settings.ron named in Settings", LONG, |s| {
        s.contains("Settings live in") && s.contains("settings.ron") && s.contains("FIFO")
    });
    // A change is for this session only: the FIFO is not written over.
    tui.send(ENTER);
    back_home(&mut tui);
    quit(&mut tui);
    assert_fifo(&fifo);
}

#[test]
fn a_fifo_for_the_practice_log_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("practice-log.ron");
    mkfifo(&fifo);
    let mut tui = Tui::start(dir.path());
    to_home(&mut tui);
    tui.send(b"l");
    tui.wait_until("practice-log.ron named", LONG, |s| s.contains("practice-log.ron") && s.contains("FIFO"));
    back_home(&mut tui);
    quit(&mut tui);
    assert_fifo(&fifo);
}

#[test]
fn a_fifo_for_a_chapters_answers_is_named_in_history_and_the_chapter() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("answers")).unwrap();
    let fifo = dir.path().join(format!("answers/{CHAPTER}.ron"));
    mkfifo(&fifo);
    let mut tui = Tui::start(dir.path());
    to_home(&mut tui);
    tui.send(b"r");
    // Long paths wrap at their hyphens.
    tui.wait_until("the answers file named", LONG, |s| s.contains("strengths.ron") && s.contains("FIFO"));
    back_home(&mut tui);
    tui.open_from_home(LONG);
    tui.wait_for("step 1/", LONG);
    for _ in 0..20 {
        if tui.header().contains("Reflection · step") {
            break;
        }
        tui.send(b"n");
        thread::sleep(Duration::from_millis(100));
    }
    tui.wait_until("the chapter read-only", LONG, |s| s.contains("read-only") || s.contains("FIFO"));
    quit(&mut tui);
    assert_fifo(&fifo);
}

#[test]
fn a_fifo_for_a_take_is_named_and_home_still_starts() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("assessments")).unwrap();
    let fifo = dir.path().join(TAKE);
    mkfifo(&fifo);
    let mut tui = Tui::start(dir.path());
    to_home(&mut tui);
    tui.send(b"a");
    tui.wait_until("the take named", LONG, |s| s.contains("T10-00-00+0100.ron") && s.contains("FIFO"));
    back_home(&mut tui);
    quit(&mut tui);
    assert_fifo(&fifo);
}

#[test]
fn a_fifo_for_the_assessment_draft_is_named_and_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("assessments")).unwrap();
    let fifo = dir.path().join("assessments/draft.ron");
    mkfifo(&fifo);
    let mut tui = Tui::start(dir.path());
    to_home(&mut tui);
    tui.send(b"a");
    tui.wait_until("draft.ron named", LONG, |s| s.contains("draft.ron") && s.contains("FIFO"));
    // Answering an item would save the draft: refused, the FIFO stays.
    tui.send(ENTER);
    tui.send(b"3");
    tui.wait_until("the draft not saved", LONG, |s| s.contains("not saved") && s.contains("draft.ron"));
    // Esc pauses the assessment, Esc again (if needed) leaves it.
    for _ in 0..3 {
        tui.send(ESC);
        if home_within(&tui, Duration::from_secs(3)) {
            break;
        }
    }
    back_home_seen(&tui);
    quit(&mut tui);
    assert_fifo(&fifo);
    assert_eq!(names(&dir.path().join("assessments")), ["draft.ron"]);
}

#[test]
fn fifos_in_the_workbook_folder_are_named_at_start() {
    for rel in ["workbook.ron", "chapters/01-building-strengths.ron"] {
        let workbook = support::workbook_copy();
        let fifo = workbook.path().join(rel);
        fs::remove_file(&fifo).unwrap();
        mkfifo(&fifo);
        let data = tempfile::tempdir().unwrap();
        let argv = args(&[&"--data-dir", &data.path(), &"--workbook", &workbook.path()]);
        let argv: Vec<&OsStr> = argv.iter().map(OsString::as_os_str).collect();
        let mut tui = Tui::start_args(data.path(), &argv, &[]);
        let name = Path::new(rel).file_name().unwrap().to_str().unwrap();
        tui.wait_until("the workbook file named", LONG, |s| s.contains(name) && s.contains("FIFO"));
        assert!(!tui.wait_exit(LONG).success());
        assert_fifo(&fifo);
    }
}

#[test]
fn export_names_every_fifo_and_finishes() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("answers")).unwrap();
    fs::create_dir(dir.path().join("assessments")).unwrap();
    let fifos: Vec<PathBuf> = ["settings.ron", "practice-log.ron", &format!("answers/{CHAPTER}.ron"), TAKE]
        .iter()
        .map(|rel| dir.path().join(rel))
        .collect();
    for f in &fifos {
        mkfifo(f);
    }
    let r = run(&args(&[&"--data-dir", &dir.path(), &"export"]));
    assert!(r.status.success(), "{}", r.stderr);
    for f in &fifos {
        let name = f.file_name().unwrap().to_str().unwrap();
        assert!(r.stderr.contains(name), "{name} not named in: {}", r.stderr);
        assert_fifo(f);
    }
    assert!(r.stderr.contains("not a regular file (a FIFO)"), "{}", r.stderr);
    assert!(r.stdout.contains(&format!("{CHAPTER}.ron")), "the export names the answers file too");
}

#[test]
fn check_chapters_and_assessment_name_a_fifo_and_finish() {
    for rel in ["workbook.ron", "chapters/01-building-strengths.ron", "assessment/jdr.ron"] {
        let workbook = support::workbook_copy();
        let fifo = workbook.path().join(rel);
        fs::remove_file(&fifo).unwrap();
        mkfifo(&fifo);
        let name = Path::new(rel).file_name().unwrap().to_str().unwrap();
        let r = run(&args(&[&"check", &workbook.path()]));
        assert!(!r.status.success());
        assert!(r.stderr.contains(name) && r.stderr.contains("not a regular file (a FIFO)"), "{}", r.stderr);
        let data = tempfile::tempdir().unwrap();
        let r = run(&args(&[&"--data-dir", &data.path(), &"--workbook", &workbook.path(), &"chapters"]));
        assert!(!r.status.success());
        assert!(r.stderr.contains(name) && r.stderr.contains("FIFO"), "{}", r.stderr);
        assert_fifo(&fifo);
    }

    let data = tempfile::tempdir().unwrap();
    mkfifo(&data.path().join("progress.ron"));
    let r = run(&args(&[&"--data-dir", &data.path(), &"chapters"]));
    assert!(r.stderr.contains("progress.ron") && r.stderr.contains("FIFO"), "{}", r.stderr);
    assert_fifo(&data.path().join("progress.ron"));

    fs::create_dir(data.path().join("assessments")).unwrap();
    mkfifo(&data.path().join(TAKE));
    let r = run(&args(&[&"--data-dir", &data.path(), &"assessment"]));
    assert!(r.status.success(), "{}", r.stderr);
    assert!(r.stderr.contains("2026-01-01T10-00-00+0100.ron") && r.stderr.contains("FIFO"), "{}", r.stderr);
    assert_fifo(&data.path().join(TAKE));
}

// ===================================================== 13: whose folder, and how private

/// A data folder as a copy or an unpacked archive might leave it.
fn loose_data_folder(root: &Path) {
    support::seed_journal(
        root,
        &support::Seed {
            first: "a",
            revised: "b",
            phrases: "c",
            other: "d",
            practices: &[("2026-11-10T07:30:00+01:00", 15.0, "self-compassion-break", CHAPTER, true)],
        },
    );
    set_mode(root, 0o755);
    set_mode(&root.join("answers"), 0o777);
    for entry in fs::read_dir(root.join("answers")).unwrap() {
        set_mode(&entry.unwrap().path(), 0o644);
    }
    fs::write(root.join("settings.ron"), "(version: 1)").unwrap();
    set_mode(&root.join("settings.ron"), 0o644);
    set_mode(&root.join("practice-log"), 0o755);
    for entry in fs::read_dir(root.join("practice-log")).unwrap() {
        set_mode(&entry.unwrap().path(), 0o644);
    }
}

#[test]
fn a_loose_data_folder_is_made_private_on_start() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    loose_data_folder(&root);
    fs::write(root.join("my-notes.txt"), "the user's own").unwrap();
    set_mode(&root.join("my-notes.txt"), 0o644);
    let outside = dir.path().join("elsewhere.ron");
    fs::write(&outside, "").unwrap();
    set_mode(&outside, 0o644);
    symlink(&outside, root.join("answers/linked.ron")).unwrap();

    // The folders before the first frame: then nobody else can reach the files.
    let mut app = support::app_at(&root, (80, 24));
    assert_eq!(mode(&root), 0o700);
    assert_eq!(mode(&root.join("answers")), 0o700);
    assert_eq!(mode(&root.join("practice-log")), 0o700);
    // The files moments later, as the terminal reads ahead.
    support::read_ahead(&mut app);
    drop(app);
    for name in names(&root.join("answers")).iter().filter(|n| *n != "linked.ron") {
        assert_eq!(mode(&root.join("answers").join(name)), 0o600, "{name}");
    }
    assert_eq!(mode(&root.join("settings.ron")), 0o600);
    assert_eq!(mode(&root.join("practice-log")), 0o700);
    assert_eq!(mode(&root.join("practice-log/2026-11.ron")), 0o600);
    // What is not mscwork's, and what a link points at, is left as it is.
    assert_eq!(mode(&root.join("my-notes.txt")), 0o644);
    assert_eq!(mode(&outside), 0o644);
}

#[test]
fn export_leaves_the_modes_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    loose_data_folder(&root);
    let r = run(&args(&[&"--data-dir", &root, &"export"]));
    assert!(r.status.success(), "{}", r.stderr);
    assert_eq!(mode(&root), 0o755);
    assert_eq!(mode(&root.join("answers")), 0o777);
    assert_eq!(mode(&root.join("settings.ron")), 0o644);
}

#[test]
fn a_folder_of_other_files_is_refused_and_left_as_it_is() {
    let home = tempfile::tempdir().unwrap();
    fs::create_dir(home.path().join("Documents")).unwrap();
    fs::write(home.path().join(".bashrc"), "").unwrap();
    fs::write(home.path().join("notes.txt"), "").unwrap();
    set_mode(home.path(), 0o755);
    // A folder of the user's that only shares a name with ours is no proof.
    fs::create_dir(home.path().join("answers")).unwrap();
    fs::write(home.path().join("answers/notes.txt"), "mine").unwrap();
    set_mode(&home.path().join("answers/notes.txt"), 0o644);
    let before = names(home.path());

    let e = Journal::open(home.path()).unwrap_err().to_string();
    assert!(e.contains("none of mscwork's") && e.contains("--data-dir"), "{e}");
    assert_eq!(mode(&home.path().join("answers/notes.txt")), 0o644, "nothing of the user's made private");
    assert!(e.contains("Documents"), "names what is there: {e}");
    assert_eq!(names(home.path()), before, "no .lock, nothing written");
    assert_eq!(mode(home.path()), 0o755);

    // The real binary says the same and ends.
    let argv = args(&[&"--data-dir", &home.path()]);
    let argv: Vec<&OsStr> = argv.iter().map(OsString::as_os_str).collect();
    let mut tui = Tui::start_args(home.path(), &argv, &[]);
    tui.wait_for("none of mscwork's", LONG);
    assert!(!tui.wait_exit(LONG).success());
    assert_eq!(names(home.path()), before);
}

#[test]
fn new_empty_and_own_folders_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    // Not there yet, parents too.
    drop(Journal::open(&dir.path().join("a/b/data")).unwrap());
    assert_eq!(mode(&dir.path().join("a/b/data")), 0o700);
    // Empty.
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    drop(Journal::open(&empty).unwrap());
    // Only what a first start that wrote nothing leaves.
    drop(Journal::open(&empty).unwrap());
    assert_eq!(names(&empty), [".lock"]);
    // mscwork's data with something of the user's beside it.
    let own = dir.path().join("own");
    loose_data_folder(&own);
    fs::create_dir(own.join(".git")).unwrap();
    set_mode(&own.join(".git"), 0o755);
    drop(Journal::open(&own).unwrap());
    assert_eq!(mode(&own.join(".git")), 0o755, "not ours: left as it is");
}

// ===================================================== 16: the text in the user's own editor

/// A scripted editor: `body` runs with the file as "$1".
fn editor_script(dir: &Path, body: &str) -> String {
    let path = dir.join("editor.sh");
    fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    set_mode(&path, 0o755);
    path.to_str().unwrap().to_string()
}

/// Esc out of the editor, waited for (see [`back_home`]).
fn close_editor(tui: &mut Tui) {
    tui.send(ESC);
    tui.wait_until("the chapter view", LONG, |s| {
        let header = s.lines().next().unwrap_or_default();
        header.contains("Reflection · step") && !header.contains("writing ·")
    });
}

/// Opens chapter 1's first reflection in the editor and types `text`.
fn typing(tui: &mut Tui, text: &str) {
    to_home(tui);
    tui.open_from_home(LONG);
    tui.wait_for("step 1/", LONG);
    for _ in 0..20 {
        if tui.header().contains("Reflection · step") {
            break;
        }
        let before = tui.header();
        tui.send(b"n");
        tui.wait_until("the next step", LONG, |s| s.lines().next() != Some(before.as_str()));
    }
    tui.send(ENTER);
    tui.wait_for("Your answer", LONG);
    tui.send(text.as_bytes());
    tui.wait_for(text, LONG);
}

#[test]
fn the_editors_file_is_private_in_the_data_folder_ends_in_a_newline_and_goes() {
    let dir = tempfile::tempdir().unwrap();
    let tools = tempfile::tempdir().unwrap();
    let log = tools.path().join("log");
    let copy = tools.path().join("copy");
    let script = editor_script(
        tools.path(),
        &format!(
            "{{ echo \"$1\"; stat -c %a \"$1\"; stat -c %a \"$(dirname \"$1\")\"; }} > '{}'\ncp \"$1\" '{}'\nprintf 'words from my editor\\n' > \"$1\"",
            log.display(),
            copy.display()
        ),
    );
    let mut tui = Tui::start_with(dir.path(), &[("VISUAL", &script)]);
    typing(&mut tui, "my draft words");
    tui.send(b"\x05"); // Ctrl-E
    tui.wait_for("words from my editor", LONG);
    close_editor(&mut tui);
    quit(&mut tui);

    let log = fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    let editing = dir.path().join("editing");
    assert!(Path::new(lines[0]).starts_with(&editing), "the file was {}, not in {}", lines[0], editing.display());
    assert_eq!(&lines[1..], ["600", "700"], "file and folder private");
    assert_eq!(fs::read_to_string(&copy).unwrap(), "my draft words\n", "one final newline for the editor");
    assert_eq!(texts(&answers(dir.path(), CHAPTER), REFLECTION), ["my draft words", "words from my editor"]);
    assert_eq!(names(&editing), Vec::<String>::new(), "the file is removed afterwards");
}

#[test]
fn an_emptied_text_from_the_editor_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start_with(dir.path(), &[("VISUAL", "truncate -s 0")]);
    typing(&mut tui, "words to keep");
    tui.send(b"\x05"); // Ctrl-E
    tui.wait_for("empty text; nothing was changed", LONG);
    tui.wait_for("words to keep", LONG);
    close_editor(&mut tui);
    quit(&mut tui);
    assert_eq!(texts(&answers(dir.path(), CHAPTER), REFLECTION), ["words to keep"]);

    // Whitespace only is empty too; an answer that was empty may be left so.
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    open_chapter_from_home(&mut app, 1);
    go_to_first(&mut app, "Reflection");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "earlier words");
    ctrl(&mut app, 's');
    app.handle(Event::ExternalEdit(Ok(" \n\t".into())));
    assert!(support::status(&app).contains("empty text"), "{}", support::status(&app));
    assert_eq!(app.editor().unwrap().text(), "earlier words");
    assert_eq!(texts(&answers(dir.path(), CHAPTER), REFLECTION), ["earlier words"]);
}

#[test]
fn a_text_left_by_a_killed_run_comes_back_as_an_answer() {
    let dir = tempfile::tempdir().unwrap();
    let tools = tempfile::tempdir().unwrap();
    let written = tools.path().join("written");
    // The user writes and saves in their editor, then mscwork is killed
    // while the editor is still open.
    let script = editor_script(
        tools.path(),
        &format!("printf 'only in my editor\\n' > \"$1\"\ntouch '{}'\nexec sleep 5", written.display()),
    );
    let mut tui = Tui::start_with(dir.path(), &[("VISUAL", &script)]);
    typing(&mut tui, "saved before");
    tui.send(b"\x05"); // Ctrl-E
    let start = Instant::now();
    while !written.exists() {
        assert!(start.elapsed() < LONG, "the editor never ran");
        thread::sleep(Duration::from_millis(20));
    }
    tui.signal("KILL");
    let _ = tui.wait_exit(LONG);
    drop(tui);
    let left = names(&dir.path().join("editing"));
    assert_eq!(left.len(), 1, "the text waits in the data folder: {left:?}");
    assert!(left[0].starts_with(&format!("{CHAPTER}.{REFLECTION}.")), "{left:?}");

    // The next start makes it an answer and says so on its first screen.
    let mut tui = Tui::start(dir.path());
    let screen = tui.wait_until("the note on the first screen", LONG, |s| {
        s.split_whitespace().collect::<Vec<_>>().join(" ").contains("is now a new answer")
    });
    // Named as the user knows it, by its titles.
    let workbook = mscwork::content::builtin().unwrap();
    let chapter = workbook.chapter(CHAPTER).unwrap();
    let step = chapter.steps.iter().find(|s| s.id() == REFLECTION).unwrap();
    let place = format!("new answer in chapter {}, “{}”, step “{}”", chapter.number, chapter.title, step.title());
    // Wrapped lines may break after a hyphen: compared without any spaces.
    let bare = |text: &str| text.split_whitespace().collect::<String>();
    assert!(bare(&screen).contains(&bare(&place)), "{place} not in: {screen}");
    tui.send(b"\x03"); // Ctrl-C
    assert!(tui.wait_exit(LONG).success());
    drop(tui);
    let saved = answers(dir.path(), CHAPTER);
    let list = saved.reflections(REFLECTION);
    assert_eq!(list.len(), 2, "a new answer beside the earlier one");
    assert_eq!(list[1].revisions[0].text, "only in my editor");
    assert_eq!(names(&dir.path().join("editing")), Vec::<String>::new());
}

#[test]
fn leftovers_already_saved_go_and_ones_that_cannot_be_added_stay() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut journal = Journal::open(root).unwrap();
    journal.save_reflection(CHAPTER, REFLECTION, &mut EditTarget::default(), "already saved", t0()).unwrap();
    drop(journal);
    let editing = root.join("editing");
    fs::create_dir(&editing).unwrap();
    fs::write(editing.join(format!("{CHAPTER}.{REFLECTION}.Ab3dE6g8.md")), "already saved\n").unwrap();
    // A damaged answers file: its chapter's leftover cannot be added to it.
    fs::write(root.join("answers/being-mindful.ron"), "(damaged").unwrap();
    let kept = editing.join("being-mindful.some-step.Zz9Yy8Xx.md");
    fs::write(&kept, "words nowhere else\n").unwrap();
    fs::write(editing.join("notes.md"), "not ours").unwrap();

    let journal = Journal::open(root).unwrap();
    let mut notes: Vec<String> = journal.outside_edits().iter().map(|n| n.describe(|_, _| None)).collect();
    notes.sort();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].starts_with(&format!("{}: ", kept.display())) && notes[0].contains("kept"), "{notes:?}");
    // Not ours, so not touched, but named: only mscwork writes in this folder.
    let planted = format!("{}: not a text mscwork gave your editor, left as it is", editing.join("notes.md").display());
    assert!(notes[1].starts_with(&planted), "{notes:?}");
    drop(journal);
    assert_eq!(texts(&answers(root, CHAPTER), REFLECTION), ["already saved"], "no copy of a saved text");
    assert_eq!(names(&editing), ["being-mindful.some-step.Zz9Yy8Xx.md", "notes.md"]);
    assert_eq!(fs::read_to_string(&kept).unwrap(), "words nowhere else\n");
    assert_eq!(fs::read_to_string(root.join("answers/being-mindful.ron")).unwrap(), "(damaged");
}

// ===================================================== 17: messages that say what is wrong

#[test]
fn a_data_dir_that_is_a_file_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    fs::write(&file, "mine").unwrap();
    let argv = args(&[&"--data-dir", &file]);
    let argv: Vec<&OsStr> = argv.iter().map(OsString::as_os_str).collect();
    let mut tui = Tui::start_args(dir.path(), &argv, &[]);
    tui.wait_until("the message", LONG, |s| s.contains("notes.txt") && s.contains("not a folder"));
    assert!(!tui.wait_exit(LONG).success());
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn the_lock_message_names_only_a_running_holder() {
    let dir = tempfile::tempdir().unwrap();
    let held = Journal::open(dir.path()).unwrap();
    // What an earlier holder left, or garbage: not named.
    for left in ["4194305", "\u{1b}[2Jgarbage", ""] {
        fs::write(dir.path().join(".lock"), left).unwrap();
        let e = Journal::open(dir.path()).unwrap_err().to_string();
        assert!(e.starts_with("another mscwork is already using"), "{left:?}: {e}");
        assert!(!e.contains("process") && !e.contains('\u{1b}'), "{e}");
    }
    drop(held);
    // A real holder is named.
    let mut tui = Tui::start(dir.path());
    to_home(&mut tui);
    let e = Journal::open(dir.path()).unwrap_err().to_string();
    assert!(e.contains(&format!("(process {})", tui.pid())), "{e}");
    quit(&mut tui);
}

#[test]
fn check_on_a_missing_or_empty_folder_says_so() {
    let r = run(&args(&[&"check", &"/nonexistent-mscwork-folder"]));
    assert!(!r.status.success());
    assert!(r.stderr.contains("/nonexistent-mscwork-folder: no such folder"), "{}", r.stderr);
    assert!(!r.stderr.contains(":1:1"), "{}", r.stderr);
    let empty = tempfile::tempdir().unwrap();
    let r = run(&args(&[&"check", &empty.path()]));
    assert!(r.stderr.contains("no workbook.ron in this folder"), "{}", r.stderr);
    assert!(!r.stderr.contains(":1:1"), "{}", r.stderr);
}

//! The plain-text commands' output: where `export --out` may write, what
//! reaches a terminal (never a control sequence from a file), closed pipes
//! and full disks, and messages that say what is wrong with which file.

#[path = "common/pty.rs"]
#[allow(dead_code)] // Only its one-shot runner is used here.
mod pty;
mod support;

use std::fs::{self, File};
use std::os::unix::fs::FileTypeExt;
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use mscwork::app::{App, Clock};
use mscwork::journal::{EditTarget, Journal};
use mscwork::theme::{Theme, ThemeName};

const FIXTURE: &str = "tests/fixtures/export-data";

/// An answer as pasted from somewhere hostile: it retitles the window (OSC 0),
/// puts text on the clipboard (OSC 52), clears the screen and rings the bell.
const HOSTILE: &str = "Calm now.\u{1b}]0;owned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m done";

fn mscwork(args: &[&std::ffi::OsStr]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mscwork"));
    cmd.env_remove("MSCWORK_DATA_DIR").env_remove("RUST_BACKTRACE").args(args);
    cmd
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    mscwork(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The fixture data with [`HOSTILE`] saved as an answer, the way the editor saves one.
fn hostile_data() -> tempfile::TempDir {
    let data = support::copy_of(FIXTURE);
    let mut journal = Journal::open(data.path()).unwrap();
    let mut target = EditTarget::default();
    journal.save_reflection("befriending-ourselves", "my-phrases", &mut target, HOSTILE, support::t0()).unwrap();
    data
}

/// A copy of the built-in workbook whose titles (workbook, first chapter,
/// self-assessment) hold escape sequences.
fn hostile_workbook() -> tempfile::TempDir {
    let wb = support::workbook_copy();
    let esc = "\u{1b}]0;owned\u{7}\u{1b}[2J";
    support::replace_in(&wb.path().join("workbook.ron"), "title: \"Mindful", &format!("title: \"{esc}Mindful"));
    let chapter = wb.path().join("chapters/01-building-strengths.ron");
    support::replace_in(&chapter, "title: \"Building", &format!("title: \"{esc}Building"));
    let jdr = wb.path().join("assessment/jdr.ron");
    support::replace_in(&jdr, "title: \"Your job", &format!("title: \"{esc}Your job"));
    wb
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

// ---------------------------------------------------------------------------
// 11. `export --out`: only a new or regular file is written.

fn export_to(data: &Path, out: &Path) -> Output {
    mscwork(&[os("--data-dir"), data.as_os_str(), os("export"), os("--out"), out.as_os_str()])
        .current_dir(out.parent().unwrap_or(Path::new(".")))
        .output()
        .unwrap()
}

/// The one line on stderr of a refused `--out`, with exit code 1 and nothing written.
#[track_caller]
fn refused(out: &Output) -> String {
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "not refused; stderr: {err}");
    assert_eq!(err.lines().count(), 1, "not one line: {err}");
    assert!(!err.contains("os error"), "a raw system error instead of a message: {err}");
    err
}

#[test]
fn export_out_refuses_a_fifo_a_symlink_and_a_socket_and_leaves_each_as_it_was() {
    let data = support::copy_of(FIXTURE);
    let dir = tempfile::tempdir().unwrap();

    let fifo = dir.path().join("pipe.md");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let err = refused(&export_to(data.path(), &fifo));
    assert!(err.contains("pipe.md") && err.contains("named pipe"), "{err}");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");

    let target = dir.path().join("notes.md");
    fs::write(&target, "my own notes").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let err = refused(&export_to(data.path(), &link));
    assert!(err.contains("link.md") && err.contains("symbolic link"), "{err}");
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert_eq!(fs::read_to_string(&target).unwrap(), "my own notes");

    let socket = dir.path().join("socket.md");
    let _listener = UnixListener::bind(&socket).unwrap();
    let err = refused(&export_to(data.path(), &socket));
    assert!(err.contains("socket.md") && err.contains("socket"), "{err}");
    assert!(fs::symlink_metadata(&socket).unwrap().file_type().is_socket(), "the socket was replaced");

    // A regular file is kept unless --force is given; then it is replaced.
    let plain = dir.path().join("export.md");
    fs::write(&plain, "old").unwrap();
    let err = refused(&export_to(data.path(), &plain));
    assert!(err.contains("export.md: a file of that name exists") && err.contains("--force"), "{err}");
    assert_eq!(fs::read_to_string(&plain).unwrap(), "old");
    let done = mscwork(&[os("--data-dir"), data.path().as_os_str(), os("export"), os("--force"), os("--out")])
        .arg(&plain)
        .output()
        .unwrap();
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(fs::read_to_string(&plain).unwrap().starts_with("# My workbook: Mindful Self-Compassion at Work"));

    // --force never replaces anything but a regular file.
    let err = refused(
        &mscwork(&[os("--data-dir"), data.path().as_os_str(), os("export"), os("--force"), os("--out")])
            .arg(&link)
            .output()
            .unwrap(),
    );
    assert!(err.contains("symbolic link"), "{err}");
    assert_eq!(fs::read_to_string(&target).unwrap(), "my own notes");
}

#[test]
fn export_out_naming_a_folder_says_to_give_a_file_name() {
    let data = support::copy_of(FIXTURE);
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("exports");
    fs::create_dir(&folder).unwrap();
    let with_slash = PathBuf::from(format!("{}/", folder.display()));
    for out in [&folder, &with_slash] {
        let err = refused(&export_to(data.path(), out));
        let example = folder.join("mscwork-export.md");
        assert!(err.contains("is a folder"), "{err}");
        assert!(err.contains(&format!("give a file name such as {}", example.display())), "{err}");
    }
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0, "something was written into the folder");

    let missing = PathBuf::from(format!("{}/", dir.path().join("missing").display()));
    let err = refused(&export_to(data.path(), &missing));
    assert!(err.contains("missing/: no such folder; create it first"), "{err}");

    let file = dir.path().join("file.md");
    fs::write(&file, "mine").unwrap();
    let err = refused(&export_to(data.path(), &PathBuf::from(format!("{}/", file.display()))));
    assert!(err.contains("is a file, not a folder"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
}

// ---------------------------------------------------------------------------
// 14. Text from files reaches a terminal shown, never obeyed.

/// The control characters (other than newline, tab and the pty's carriage
/// returns) in what a terminal received.
fn controls(bytes: &[u8]) -> Vec<char> {
    text(bytes).chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).collect()
}

#[test]
fn export_to_a_terminal_shows_escape_sequences_instead_of_sending_them() {
    let data = hostile_data();
    let wb = hostile_workbook();
    let args = [os("--data-dir"), data.path().as_os_str(), os("--workbook"), wb.path().as_os_str(), os("export")];
    let (bytes, status) = pty::output_in_pty(&args);
    assert!(status.success(), "{}", text(&bytes));
    assert_eq!(controls(&bytes), Vec::<char>::new(), "control characters reached the terminal");
    let shown = text(&bytes);
    assert!(shown.contains(r"Calm now.\x1b]0;owned\x07\x1b]52;c;ZXZpbA==\x07\x1b[2J\u{9b}31m done"), "{shown}");
    assert!(shown.contains(r"\x1b]0;owned\x07\x1b[2JBuilding Strengths"), "the chapter title: {shown}");
}

#[test]
fn chapters_and_assessment_on_a_terminal_show_escapes_in_titles() {
    let data = support::copy_of(FIXTURE);
    let wb = hostile_workbook();
    for command in [&["chapters"][..], &["assessment"], &["assessment", "--history"]] {
        let mut args = vec![os("--data-dir"), data.path().as_os_str(), os("--workbook"), wb.path().as_os_str()];
        args.extend(command.iter().map(|c| os(c)));
        let (bytes, status) = pty::output_in_pty(&args);
        assert!(status.success(), "{command:?}: {}", text(&bytes));
        assert_eq!(controls(&bytes), Vec::<char>::new(), "{command:?}: control characters reached the terminal");
        assert!(text(&bytes).contains(r"\x1b]0;owned\x07\x1b[2J"), "{command:?}: {}", text(&bytes));
    }
}

#[test]
fn messages_on_a_terminal_show_escapes_in_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("wb\u{1b}]0;owned\u{7}");
    let args = [os("--workbook"), hostile.as_os_str(), os("chapters")];
    let (bytes, status) = pty::output_in_pty(&args);
    assert_eq!(status.exit_code(), 1, "{}", text(&bytes));
    assert_eq!(controls(&bytes), Vec::<char>::new(), "control characters reached the terminal");
    assert!(text(&bytes).contains(r"wb\x1b]0;owned\x07: no such folder"), "{}", text(&bytes));
}

#[test]
fn export_to_a_pipe_or_a_file_keeps_the_text_exact() {
    let data = hostile_data();
    let piped = run(&[os("--data-dir"), data.path().as_os_str(), os("export")]);
    assert!(piped.status.success(), "{}", text(&piped.stderr));
    assert!(text(&piped.stdout).contains(HOSTILE), "the answer was changed on its way to a pipe");

    let out = data.path().join("export.md");
    let written = export_to(data.path(), &out);
    assert!(written.status.success(), "{}", text(&written.stderr));
    assert!(fs::read_to_string(&out).unwrap().contains(HOSTILE), "the answer was changed on its way to a file");
}

/// Not a fix: proof that ratatui already drops control characters when it
/// draws, so the workbook's screens cannot send them either.
#[test]
fn the_workbook_screens_draw_no_control_characters_from_answers_or_titles() {
    use crossterm::event::KeyCode;
    let data = hostile_data();
    let wb = hostile_workbook();
    let workbook = mscwork::content::from_folder(wb.path()).unwrap();
    let journal = Journal::open(data.path()).unwrap();
    let mut app = App::new(workbook, journal, Clock::manual(support::t0()), Theme::new(ThemeName::Default), (80, 24));
    let mut screens = Vec::new();
    support::open_chapter(&mut app, 3);
    support::go_to_step(&mut app, "my-phrases");
    screens.push(support::screen(&app));
    support::key(&mut app, KeyCode::Enter);
    screens.push(support::screen(&app));
    support::key(&mut app, KeyCode::Esc);
    support::key(&mut app, KeyCode::Esc);
    screens.push(support::screen(&app));
    support::key(&mut app, KeyCode::Char('r'));
    screens.push(support::screen(&app));
    assert!(screens[0].contains("Calm now."), "the answer is not on the step's page:\n{}", screens[0]);
    assert!(screens[2].contains("]0;owned[2JMindful"), "not Home with the workbook title:\n{}", screens[2]);
    // Widths leave out what is not drawn: the header's note sits at the right edge.
    let header = screens[2].lines().next().unwrap_or_default();
    assert!(header.ends_with(" mscwork "), "{header:?}");
    for screen in &screens {
        let found: Vec<char> = screen.chars().filter(|&c| c.is_control() && c != '\n').collect();
        assert!(found.is_empty(), "{found:?} drawn on:\n{screen}");
    }
}

// ---------------------------------------------------------------------------
// 15. A closed pipe ends quietly; a full disk is said in one line.

fn commands(data: &Path) -> Vec<Vec<&std::ffi::OsStr>> {
    let d = data.as_os_str();
    vec![
        vec![os("check")],
        vec![os("--data-dir"), d, os("chapters")],
        vec![os("--data-dir"), d, os("assessment"), os("--history")],
        vec![os("--data-dir"), d, os("export")],
        vec![os("--help")],
        vec![os("--version")],
    ]
}

#[test]
fn output_to_a_closed_standard_output_is_said_with_exit_1_and_dev_null_is_fine() {
    use std::os::unix::process::CommandExt;
    let data = support::copy_of(FIXTURE);
    for args in commands(data.path()) {
        let mut cmd = mscwork(&args);
        // As `mscwork chapters >&-` starts it.
        // SAFETY: close is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::close(1);
                Ok(())
            });
        }
        let out = cmd.stderr(Stdio::piped()).output().unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(
            err,
            "mscwork: cannot write to standard output: it is closed; send the output to a file or a pipe\n"
        );
        // Output thrown away on purpose is a success.
        let null = File::options().write(true).open("/dev/null").unwrap();
        let out = mscwork(&args).stdout(null).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?} > /dev/null: {}", text(&out.stderr));
    }
}

#[test]
fn a_data_folder_that_is_a_file_is_named_by_every_command_that_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    fs::write(&file, "mine").unwrap();
    for command in ["chapters", "assessment", "export", "today"] {
        let out = run(&[os("--data-dir"), file.as_os_str(), os(command)]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {err}");
        assert!(
            err.starts_with(&format!("mscwork: {}: is a file, not a folder; give mscwork a folder", file.display())),
            "{command}: {err}"
        );
        assert_eq!(text(&out.stdout), "", "{command}");
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
    // An assessments "folder" that is a file is named, not taken for "no take yet".
    let data = support::copy_of(FIXTURE);
    fs::remove_dir_all(data.path().join("assessments")).unwrap();
    fs::write(data.path().join("assessments"), "").unwrap();
    let out = run(&[os("--data-dir"), data.path().as_os_str(), os("assessment")]);
    let err = text(&out.stderr);
    assert!(err.contains("assessments: cannot read the folder of self-assessments: Not a directory"), "{err}");
}

#[test]
fn output_to_a_closed_pipe_ends_quietly_and_successfully() {
    let data = support::copy_of(FIXTURE);
    for args in commands(data.path()) {
        // The reading end is closed before mscwork starts: its first write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = mscwork(&args).stdout(writer).stderr(Stdio::piped()).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stderr), "", "{args:?} said something");
    }
}

#[test]
fn output_to_a_full_disk_is_said_in_one_line_with_exit_1() {
    let data = support::copy_of(FIXTURE);
    for args in commands(data.path()) {
        let full = File::options().write(true).open("/dev/full").unwrap();
        let out = mscwork(&args).stdout(full).output().unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("mscwork: cannot write to standard output: No space left on device"),
            "{args:?}: {err}"
        );
        assert!(err.contains("free some space"), "{args:?}: {err}");
    }
}

// ---------------------------------------------------------------------------
// 17. Messages that say what is wrong, with which file, and what to do.

#[test]
fn a_settings_file_cut_off_mid_word_is_named_as_cut_off() {
    let data = support::copy_of(FIXTURE);
    let settings = data.path().join("settings.ron");
    let good = fs::read_to_string(&settings).unwrap();
    let cut = &good[..good.find("theme").unwrap() + 1];
    assert!(cut.ends_with("\n    t"));
    fs::write(&settings, cut).unwrap();
    let out = run(&[os("--data-dir"), data.path().as_os_str(), os("export")]);
    let err = text(&out.stderr);
    let line = cut.lines().count();
    assert!(
        err.contains(&format!("{}:{line}:5: the file stops part-way through here: it looks cut off or damaged; fix the file or move it aside", settings.display())),
        "{err}"
    );
    assert!(!err.contains("Unexpected field"), "{err}");
    assert_eq!(fs::read_to_string(&settings).unwrap(), cut, "the damaged file was changed");
}

#[test]
fn a_deeply_nested_file_is_named_as_damaged_not_with_serde_stacker() {
    let data = support::copy_of(FIXTURE);
    let answers = data.path().join("answers/being-mindful.ron");
    let nested = format!(
        "(\n    version: 2,\n    chapter: \"being-mindful\",\n    recent: {}{},\n)\n",
        "[".repeat(500),
        "]".repeat(500)
    );
    fs::write(&answers, &nested).unwrap();
    let out = run(&[os("--data-dir"), data.path().as_os_str(), os("export")]);
    let err = text(&out.stderr);
    let at = format!("{}:4:", answers.display());
    assert!(err.contains(&at), "no file:line:col {at}: {err}");
    assert!(err.contains("nested too deeply to be a mscwork file"), "{err}");
    assert!(!err.contains("serde_stacker"), "{err}");
}

#[test]
fn a_damaged_settings_file_is_said_on_the_first_screen() {
    // Resuming in a chapter (the fixture's progress has a last step) as well
    // as starting on Home.
    for resume in [true, false] {
        let data = support::copy_of(FIXTURE);
        if !resume {
            fs::remove_file(data.path().join("progress.ron")).unwrap();
        }
        fs::write(data.path().join("settings.ron"), "(\n    version: 1,\n    t").unwrap();
        let app = support::app_at(data.path(), (200, 30));
        let status = support::status(&app);
        assert!(status.starts_with("settings.ron is damaged and left as it is"), "resume {resume}: {status:?}");
        assert!(status.contains("settings.ron:3:5: the file stops part-way through"), "resume {resume}: {status:?}");
        assert!(support::screen(&app).contains("settings.ron is damaged"), "resume {resume}: not on screen");
    }
}

#[test]
fn damaged_settings_and_progress_files_are_both_said_on_home_after_the_welcome() {
    let data = support::copy_of(FIXTURE);
    fs::write(data.path().join("progress.ron"), "(\n    version: 1,\n    w").unwrap();
    fs::write(data.path().join("settings.ron"), "(\n    version: 1,\n    t").unwrap();
    let mut app = support::app_at(data.path(), (100, 30));
    // The welcome shows (the damaged progress cannot say it was seen); closing
    // it fails to save progress, which takes the status line.
    support::key(&mut app, crossterm::event::KeyCode::Enter);
    let screen = support::screen(&app);
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Progress file damaged, left untouched"), "{screen}");
    assert!(flat.contains("Settings file damaged, left untouched"), "{screen}");
    assert!(flat.contains("settings.ron:3:5: the file stops part-way through"), "{screen}");
}

#[test]
fn one_unreadable_chapter_file_is_reported_once() {
    for what in ["a folder", "garbage"] {
        let wb = support::workbook_copy();
        let chapter = wb.path().join("chapters/02-being-mindful.ron");
        if what == "a folder" {
            fs::remove_file(&chapter).unwrap();
            fs::create_dir(&chapter).unwrap();
        } else {
            fs::write(&chapter, "garbage(").unwrap();
        }
        let out = run(&[os("check"), wb.path().as_os_str()]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(err.lines().count(), 1, "{what}: follow-on errors:\n{err}");
        assert!(err.contains("02-being-mindful.ron"), "{what}: {err}");
    }
}

#[test]
fn a_chapter_out_of_place_is_still_found_when_another_is_unreadable() {
    let wb = support::workbook_copy();
    fs::remove_file(wb.path().join("chapters/02-being-mindful.ron")).unwrap();
    support::replace_in(&wb.path().join("chapters/04-compassionate-voice.ron"), "number: 4,", "number: 5,");
    let out = run(&[os("check"), wb.path().as_os_str()]);
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("04-compassionate-voice.ron:2:9: chapter number is 5, expected 4"), "{err}");
}

#[test]
fn since_with_an_impossible_date_says_the_format() {
    let out = run(&[os("export"), os("--since"), os("2026-13-45")]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("'2026-13-45'") && err.contains("expected YYYY-MM-DD, e.g. 2026-11-24"), "{err}");
}

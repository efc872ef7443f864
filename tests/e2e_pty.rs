//! End to end: the real binary in a pseudo-terminal. Few and slow-ish on
//! purpose; these are the tests that prove the product works for a user.

#[path = "common/pty.rs"]
mod pty;

use std::process::{Command, Stdio};
use std::time::Duration;

use pty::{CTRL_C, ENTER, ESC, TIMEOUT, Tui};

const EXIT: Duration = Duration::from_secs(5);

/// "Reflection · step 4/15" out of a header such as
/// "1. Building Strengths   ✓ Reflection · step 4/15".
fn step_indicator(header: &str) -> Option<String> {
    const MID: &str = " · step ";
    let mid = header.find(MID)?;
    let start = header[..mid].rfind(' ').map_or(0, |i| i + 1);
    let after = mid + MID.len();
    let end = header[after..].find(char::is_whitespace).map_or(header.len(), |i| after + i);
    Some(header[start..end].to_string())
}

fn header_of(screen: &str) -> &str {
    screen.lines().next().unwrap_or_default()
}

/// The chapter view (not the editor) of a Reflection step, showing `text`
/// under the "Your answer" heading.
fn shows_answer(screen: &str, text: &str) -> bool {
    let header = header_of(screen);
    if header.contains("writing ·") || !header.contains("Reflection · step") {
        return false;
    }
    match (screen.find("Your answer"), screen.find(text)) {
        (Some(heading), Some(answer)) => heading < answer,
        _ => false,
    }
}

/// From a first start: closes the welcome, opens chapter 1 and moves on
/// with `n` to its first Reflection step. Returns that step's indicator.
fn first_reflection_of_chapter_one(tui: &mut Tui) -> String {
    tui.wait_for("Welcome", TIMEOUT);
    tui.send(ENTER);
    tui.wait_until("the chapter list", TIMEOUT, |s| !s.contains("Welcome") && s.contains("1. Building Strengths"));
    tui.open_from_home(TIMEOUT);
    tui.wait_for("step 1/", TIMEOUT);
    for _ in 0..20 {
        let header = tui.header();
        if header.contains("Reflection · step") {
            return step_indicator(&header).expect("a step indicator in the header");
        }
        let before = step_indicator(&header);
        tui.send(b"n");
        tui.wait_until("the next step", TIMEOUT, |s| step_indicator(header_of(s)) != before);
    }
    panic!("no Reflection step within 20 steps of chapter 1; the screen is:\n{}", tui.screen());
}

/// Opens the editor on the current Reflection step and types `text`.
fn write(tui: &mut Tui, text: &str) {
    tui.send(ENTER);
    tui.wait_until("the editor", TIMEOUT, |s| header_of(s).contains("writing ·") && s.contains("Your answer"));
    tui.send(text.as_bytes());
}

#[test]
fn reflection_survives_restart_and_resumes_at_the_same_step() {
    let data = tempfile::tempdir().unwrap();
    let sentence = "Tonight I was kind to myself after the night shift 7f3a";

    let mut tui = Tui::start(data.path());
    let indicator = first_reflection_of_chapter_one(&mut tui);
    write(&mut tui, sentence);
    tui.wait_for(sentence, TIMEOUT);
    tui.send(ESC);
    tui.wait_until("the saved answer in the chapter view", TIMEOUT, |s| shows_answer(s, sentence));
    tui.send(b"q");
    let status = tui.wait_exit(EXIT);
    assert!(status.success(), "quit with {status:?}");
    drop(tui);

    let saved = saved(data.path());
    assert!(saved.contains(sentence), "chapter 1's answers lack the sentence:\n{saved}");

    let mut tui = Tui::start(data.path());
    let screen = tui.wait_until(&format!("the same step ({indicator}) with the saved sentence"), TIMEOUT, |s| {
        header_of(s).contains(&indicator) && shows_answer(s, sentence)
    });
    assert!(!screen.contains("Welcome"), "welcome shown again:\n{screen}");
    tui.send(b"q");
    let status = tui.wait_exit(EXIT);
    assert!(status.success(), "quit with {status:?}");
}

#[test]
fn ctrl_c_in_the_editor_saves_and_the_draft_reopens() {
    let data = tempfile::tempdir().unwrap();
    let sentence = "A hard call at 3am and I still breathed slowly b9e1";

    let mut tui = Tui::start(data.path());
    let indicator = first_reflection_of_chapter_one(&mut tui);
    let (_, step) = indicator.split_once(" · ").unwrap();
    write(&mut tui, sentence);
    // At once: no time for the idle autosave.
    tui.send(CTRL_C);
    let status = tui.wait_exit(EXIT);
    assert!(status.success(), "Ctrl-C exited with {status:?}");
    drop(tui);

    let mut tui = Tui::start(data.path());
    let screen = tui.wait_until("the editor reopened with the draft", TIMEOUT, |s| {
        header_of(s).contains(&format!("writing · {step}"))
            && s.contains("Your answer")
            && s.contains("Your draft is back")
            && s.contains(sentence)
    });
    assert!(!screen.contains("Welcome"), "welcome shown again:\n{screen}");
    tui.send(ESC);
    tui.wait_until("the saved answer in the chapter view", TIMEOUT, |s| {
        header_of(s).contains(&indicator) && shows_answer(s, sentence)
    });
    tui.send(b"q");
    let status = tui.wait_exit(EXIT);
    assert!(status.success(), "quit with {status:?}");
    drop(tui);

    let saved = chapter_one(data.path()).unwrap();
    let revisions: Vec<&str> =
        saved.reflections.values().flatten().flat_map(|r| &r.revisions).map(|r| r.text.as_str()).collect();
    assert_eq!(revisions, [sentence], "reopening and closing the draft must not store it twice");
}

#[test]
fn refuses_without_a_terminal() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .arg("--data-dir")
        .arg(data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "started without a terminal");
    assert!(stderr.contains("needs a terminal"), "unclear refusal: {stderr:?}");
    assert!(out.stdout.is_empty(), "wrote to a non-terminal: {out:?}");
}

#[test]
fn second_instance_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let mut first = Tui::start(data.path());
    first.wait_for("Welcome", TIMEOUT);

    let mut second = Tui::start(data.path());
    second.wait_for("already using", TIMEOUT);
    let status = second.wait_exit(EXIT);
    assert!(!status.success(), "the second instance ran: {status:?}");
    drop(second);

    // The first one is unharmed and still answers keys.
    first.send(ENTER);
    first.wait_until("the chapter list", TIMEOUT, |s| !s.contains("Welcome") && s.contains("1. Building Strengths"));
    first.send(b"q");
    let status = first.wait_exit(EXIT);
    assert!(status.success(), "quit with {status:?}");
}

#[test]
fn own_editor_takes_the_text_and_returns_a_new_version() {
    let dir = tempfile::tempdir().unwrap();
    // A scripted "editor": changes the text in place, as a person would.
    let mut tui = Tui::start_with(dir.path(), &[("VISUAL", "sed -i s/draft/final/"), ("EDITOR", "false")]);
    first_reflection_of_chapter_one(&mut tui);
    tui.send(ENTER);
    tui.wait_for("Your answer", TIMEOUT);
    tui.send(b"my draft words");
    tui.wait_for("my draft words", TIMEOUT);
    tui.send(b"\x05"); // Ctrl-E
    tui.wait_for("my final words", TIMEOUT);
    tui.send(ESC);
    tui.wait_until("the chapter view", TIMEOUT, |s| shows_answer(s, "my final words"));
    tui.send(b"q");
    assert!(tui.wait_exit(EXIT).success());
    let saved = chapter_one(dir.path()).unwrap();
    // Both versions are kept: the text before the outside edit, and after.
    let versions: Vec<&str> =
        saved.reflections.values().flatten().flat_map(|r| &r.revisions).map(|r| r.text.as_str()).collect();
    assert_eq!(versions, ["my draft words", "my final words"]);
    // The text went through the data folder's editing/, never /tmp, and is gone.
    let editing = dir.path().join("editing");
    assert!(editing.is_dir(), "the private folder for the own editor");
    let leftovers: Vec<_> = std::fs::read_dir(&editing).unwrap().filter_map(Result::ok).collect();
    assert!(leftovers.is_empty(), "the temporary file is removed: {leftovers:?}");
}

/// Opens the editor on chapter 1's first reflection and types `text`.
fn typing(tui: &mut Tui, text: &str) {
    first_reflection_of_chapter_one(tui);
    tui.send(ENTER);
    tui.wait_for("Your answer", TIMEOUT);
    tui.send(text.as_bytes());
    tui.wait_for(text, TIMEOUT);
}

/// Every text saved in chapter 1, one after the other.
fn saved(dir: &std::path::Path) -> String {
    let Some(answers) = chapter_one(dir) else { return String::new() };
    answers.reflections.values().flatten().flat_map(|r| &r.revisions).map(|r| format!("{}\n", r.text)).collect()
}

/// Chapter 1's answers as saved, read the way mscwork reads them.
fn chapter_one(dir: &std::path::Path) -> Option<mscwork::journal::Answers> {
    let dir = mscwork::journal::DataDir::new(dir);
    mscwork::journal::store::read_answers(&dir, "building-strengths").unwrap().map(|read| read.answers)
}

#[test]
fn kill_9_after_the_idle_pause_loses_nothing_and_the_lock_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path());
    typing(&mut tui, "words before the crash 41d");
    // The idle autosave says so on the status line.
    tui.wait_for("Saved", Duration::from_secs(5));
    tui.signal("KILL");
    let _ = tui.wait_exit(EXIT);
    assert!(saved(dir.path()).contains("words before the crash 41d"));
    // The dead process's lock does not block the next start.
    let mut again = Tui::start(dir.path());
    again.wait_for("words before the crash 41d", TIMEOUT);
    again.send(ESC);
    again.wait_until("the chapter view", TIMEOUT, |s| shows_answer(s, "words before the crash 41d"));
    again.send(b"q");
    assert!(again.wait_exit(EXIT).success());
}

#[test]
fn sigterm_and_sighup_save_and_restore_the_terminal() {
    for (signal, text) in [("TERM", "typed then terminated 5e1"), ("HUP", "typed then hung up 9c2")] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::start(dir.path());
        typing(&mut tui, text);
        assert!(tui.in_alternate_screen());
        // No pause: the text is not autosaved yet.
        assert!(!saved(dir.path()).contains(text));
        tui.signal(signal);
        let status = tui.wait_exit(EXIT);
        assert!(status.success(), "SIG{signal}: {status:?}");
        assert!(saved(dir.path()).contains(text), "SIG{signal}: not saved");
        assert!(!tui.in_alternate_screen(), "SIG{signal}: the terminal is left in the alternate screen");
    }
}

#[test]
fn a_damaged_chapter_is_named_moments_after_resuming_on_its_text_step() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = mscwork::content::builtin().unwrap();
    let text_step = workbook.chapters[0].steps.iter().find(|s| s.kind_name() == "Text").unwrap().id().clone();
    // Already visited and read, so that opening it changes nothing: no
    // progress write is due, and only the arriving answers can redraw.
    let seen = mscwork::journal::ChapterProgress {
        last_step: Some(text_step.clone()),
        visited: [text_step.clone()].into(),
        done: [text_step.clone()].into(),
    };
    let progress = mscwork::journal::Progress {
        version: 1,
        welcomed: true,
        last: Some(mscwork::journal::Position { chapter: "building-strengths".into(), step: text_step }),
        chapters: [("building-strengths".into(), seen)].into(),
        ..Default::default()
    };
    std::fs::write(dir.path().join("progress.ron"), mscwork::journal::store::to_ron(&progress).unwrap()).unwrap();
    std::fs::create_dir_all(dir.path().join("answers")).unwrap();
    let damaged = "(\n    version: 1,\n    chapter: \"building-str";
    std::fs::write(dir.path().join("answers/building-strengths.ron"), damaged).unwrap();
    let mut tui = Tui::start(dir.path());
    // Drawn first without the answers; named once they are read, with no key pressed.
    tui.wait_for("read-only", TIMEOUT);
    tui.send(b"q");
    assert!(tui.wait_exit(EXIT).success());
    assert_eq!(std::fs::read_to_string(dir.path().join("answers/building-strengths.ron")).unwrap(), damaged);
}

/// Every version of every answer in chapter 1, oldest first.
fn versions(dir: &std::path::Path) -> Vec<Vec<String>> {
    let Some(answers) = chapter_one(dir) else {
        return Vec::new();
    };
    answers.reflections.values().flatten().map(|r| r.revisions.iter().map(|v| v.text.clone()).collect()).collect()
}

/// Waits until progress.ron on disk records an open editor that has saved
/// nothing yet (no version of its own).
fn editor_recorded(dir: &std::path::Path) {
    let start = std::time::Instant::now();
    let recorded = |p: String| p.contains("editing: Some") && !p.contains("revision:");
    while !recorded(std::fs::read_to_string(dir.join("progress.ron")).unwrap_or_default()) {
        assert!(start.elapsed() < TIMEOUT, "progress.ron never recorded the open editor");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_continued_answer_resumed_after_any_ending_adds_a_version_and_keeps_the_earlier() {
    for ending in ["Ctrl-C", "HUP", "KILL"] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::start(dir.path());
        typing(&mut tui, "the earlier version 3c8");
        tui.send(ESC);
        tui.wait_until("the chapter view", TIMEOUT, |s| shows_answer(s, "the earlier version 3c8"));
        // Continue it, change nothing, and leave.
        tui.send(b"e");
        tui.wait_until("the editor", TIMEOUT, |s| header_of(s).contains("writing ·"));
        editor_recorded(dir.path());
        match ending {
            "Ctrl-C" => tui.send(CTRL_C),
            signal => tui.signal(signal),
        }
        let _ = tui.wait_exit(EXIT);
        drop(tui);

        let mut tui = Tui::start(dir.path());
        tui.wait_for("Your draft is back", TIMEOUT);
        tui.send(b" and a later thought");
        tui.wait_for("and a later thought", TIMEOUT);
        tui.send(ESC);
        tui.wait_until("the chapter view", TIMEOUT, |s| shows_answer(s, "and a later thought"));
        tui.send(b"q");
        assert!(tui.wait_exit(EXIT).success());
        assert_eq!(
            versions(dir.path()),
            [["the earlier version 3c8", "the earlier version 3c8 and a later thought"]],
            "after {ending}: the earlier version is kept, with its date"
        );
    }
}

#[test]
fn steady_typing_is_saved_while_it_goes_on_and_kill_9_loses_at_most_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path());
    typing(&mut tui, "s");
    // A key every 100 ms for 7 s: never the pause an idle save waits for.
    let mut sent = Vec::new();
    let start = std::time::Instant::now();
    let mut i = 0u8;
    while start.elapsed() < Duration::from_secs(7) {
        tui.send(&[b'a' + i % 26]);
        sent.push((start.elapsed(), b'a' + i % 26));
        i = i.wrapping_add(1);
        std::thread::sleep(Duration::from_millis(100));
    }
    let killed_at = start.elapsed();
    tui.signal("KILL");
    let _ = tui.wait_exit(EXIT);
    // Everything typed up to 3 s before the kill is on disk (2 s allowed, and
    // a second for a busy machine).
    let must: String = std::iter::once('s')
        .chain(sent.iter().filter(|(at, _)| *at + Duration::from_secs(3) <= killed_at).map(|(_, c)| char::from(*c)))
        .collect();
    let on_disk = versions(dir.path()).concat().pop().unwrap_or_default();
    assert!(on_disk.starts_with(&must), "typed up to 3 s before the kill:\n{must}\nsaved:\n{on_disk}");
}

#[test]
fn kill_9_right_after_the_first_autosave_brings_the_draft_back_with_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path());
    typing(&mut tui, "first autosave then killed 7d0");
    tui.wait_for("Saved", Duration::from_secs(5));
    tui.signal("KILL");
    let _ = tui.wait_exit(EXIT);
    drop(tui);
    let mut tui = Tui::start(dir.path());
    tui.wait_until("the draft with its text", TIMEOUT, |s| {
        s.contains("Your draft is back") && s.contains("first autosave then killed 7d0")
    });
    tui.send(b", and more");
    tui.wait_for(", and more", TIMEOUT);
    tui.send(ESC);
    tui.wait_until("the chapter view", TIMEOUT, |s| shows_answer(s, "and more"));
    tui.send(b"q");
    assert!(tui.wait_exit(EXIT).success());
    assert_eq!(versions(dir.path()), [["first autosave then killed 7d0, and more"]], "one answer, no duplicate");
}

/// A regular file where the answers folder was: no save can go there, not
/// even as root.
fn break_answers_folder(dir: &std::path::Path) {
    std::fs::rename(dir.join("answers"), dir.join("answers.away")).unwrap();
    std::fs::write(dir.join("answers"), "in the way").unwrap();
}

#[test]
fn words_that_cannot_be_saved_are_printed_after_the_terminal_is_restored() {
    for ending in ["Ctrl-C twice", "TERM"] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::start(dir.path());
        typing(&mut tui, "saved first");
        tui.send(ESC);
        tui.wait_until("the chapter view", TIMEOUT, |s| shows_answer(s, "saved first"));
        tui.send(b"a");
        tui.wait_until("a new answer", TIMEOUT, |s| header_of(s).contains("writing ·"));
        break_answers_folder(dir.path());
        tui.send(b"words with nowhere to go 2b6");
        tui.wait_for("words with nowhere to go 2b6", TIMEOUT);
        if ending == "TERM" {
            tui.signal("TERM");
        } else {
            tui.send(CTRL_C);
            // Said in full, wrapped, at 80 columns.
            tui.wait_until("the whole message", TIMEOUT, |s| {
                let joined: String = s.lines().map(str::trim).collect::<Vec<_>>().join(" ");
                joined.contains("Not saved")
                    && joined.contains("Press Ctrl-C again to quit anyway")
                    && joined.contains("for you to copy.")
            });
            tui.send(CTRL_C);
        }
        let status = tui.wait_exit(EXIT);
        assert!(!status.success(), "{ending}: leaving with unsaved words must not exit 0");
        assert!(!tui.in_alternate_screen(), "{ending}: the terminal is restored");
        let screen = tui.wait_until("the words printed", TIMEOUT, |s| s.contains("words with nowhere to go 2b6"));
        assert!(screen.contains("answers/building-strengths"), "{ending}: where they belong is said:\n{screen}");
    }
}

/// How often the app's main thread has given up the processor of its own
/// accord: each time it waits for something and is woken.
fn wake_ups(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("voluntary_ctxt_switches:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn a_quiet_screen_sleeps_until_a_key_or_a_signal_which_ends_it_at_once() {
    for signal in ["HUP", "TERM", "INT"] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = Tui::start(dir.path());
        tui.wait_for("Welcome", TIMEOUT);
        tui.send(ENTER);
        tui.wait_until("Home without the welcome", TIMEOUT, |s| !s.contains("Welcome"));
        // Past the first second, in which the place in the workbook is saved.
        std::thread::sleep(Duration::from_millis(1500));
        let before = wake_ups(tui.pid());
        // Longer than any "now and then" a loop might look for a signal.
        std::thread::sleep(Duration::from_millis(2500));
        assert_eq!(wake_ups(tui.pid()), before, "SIG{signal}: the quiet app woke up");
        // Nothing wakes it but the signal, which ends it.
        tui.signal(signal);
        let status = tui.wait_exit(EXIT);
        assert!(status.success(), "SIG{signal}: {status:?}");
        assert!(!tui.in_alternate_screen(), "SIG{signal}: the terminal is left in the alternate screen");
    }
}

// ---------------------------------------------------------------- colour

/// Whether a cell is drawn in a colour (foreground or background) rather than the terminal's own.
fn coloured(cell: &vt100::Cell) -> bool {
    cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default
}

/// The cells of the first row whose text contains `text`.
fn row_with(tui: &Tui, text: &str) -> Vec<vt100::Cell> {
    let screen = tui.screen();
    let row = screen.lines().position(|l| l.contains(text)).unwrap_or_else(|| panic!("no {text:?} on\n{screen}"));
    tui.cells().swap_remove(row)
}

/// The cells that show `text`'s characters in `row`.
fn cells_of<'a>(row: &'a [vt100::Cell], text: &str) -> &'a [vt100::Cell] {
    let line: String = row.iter().map(|c| if c.has_contents() { c.contents() } else { " " }).collect();
    let start = line.find(text).unwrap_or_else(|| panic!("no {text:?} in {line:?}"));
    // The chapter list is ASCII up to the titles: bytes are columns.
    &row[start..start + text.len()]
}

/// Home after the welcome, chapter 1 selected.
fn home(tui: &mut Tui) {
    tui.wait_for("Welcome", TIMEOUT);
    tui.send(ENTER);
    tui.wait_until("the chapter list", TIMEOUT, |s| !s.contains("Welcome") && s.contains("> 1. Building Strengths"));
}

/// The selection is the reversed row marked `>`, and moves with the keys.
fn selection_is_reversed(tui: &mut Tui) {
    let selected = row_with(tui, "> 1. Building Strengths");
    assert!(
        cells_of(&selected, "> 1. Building Strengths").iter().all(|c| c.inverse()),
        "the selection is not reversed"
    );
    let other = row_with(tui, "2. Being Mindful at Work");
    assert!(other.iter().all(|c| !c.inverse()), "a row not selected is reversed");
    tui.send(b"\x1b[B");
    tui.wait_for("> 2. Being Mindful at Work", TIMEOUT);
    let selected = row_with(tui, "> 2. Being Mindful at Work");
    assert!(cells_of(&selected, "> 2. Being Mindful at Work").iter().all(|c| c.inverse()), "the moved selection");
    assert!(row_with(tui, "1. Building Strengths").iter().all(|c| !c.inverse()), "the old selection stays reversed");
}

/// NO_COLOR in the environment: not one cell in colour, on Home or in
/// Settings, whatever theme is picked there; the selection shows by reverse video.
#[test]
fn no_color_shows_no_colour_whatever_the_theme() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start_with(dir.path(), &[("NO_COLOR", "1")]);
    home(&mut tui);
    let uncoloured = |tui: &Tui, what: &str| {
        for (y, row) in tui.cells().iter().enumerate() {
            if let Some(x) = row.iter().position(coloured) {
                panic!("{what}: colour at ({x}, {y}) under NO_COLOR:\n{}", tui.screen());
            }
        }
    };
    uncoloured(&tui, "Home");
    selection_is_reversed(&mut tui);
    tui.send(b"s");
    tui.wait_for("NO_COLOR is set, so mscwork shows no colour whatever the theme.", TIMEOUT);
    // Down to the theme, and on to light.
    tui.send(b"\x1b[B");
    tui.send(b"\x1b[C");
    tui.wait_for("‹ light ›", TIMEOUT);
    uncoloured(&tui, "Settings, with the light theme picked");
    tui.send(ESC);
    tui.wait_for("> 2. Being Mindful at Work", TIMEOUT);
    uncoloured(&tui, "Home, with the light theme picked");
}

/// Without NO_COLOR the default theme is in colour, and a theme picked in
/// Settings applies at once; the selection shows by reverse video as well.
#[test]
fn without_no_color_the_theme_colours_the_screen_and_changes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path());
    home(&mut tui);
    assert!(tui.cells().iter().flatten().any(coloured), "no colour on Home:\n{}", tui.screen());
    selection_is_reversed(&mut tui);
    tui.send(b"s");
    tui.wait_for("‹ default ›", TIMEOUT);
    assert!(!tui.screen().contains("NO_COLOR"), "{}", tui.screen());
    let title_colour = |tui: &Tui| cells_of(&row_with(tui, " Settings "), "Settings")[0].fgcolor();
    let default = title_colour(&tui);
    assert_ne!(default, vt100::Color::Default, "the title is not in colour:\n{}", tui.screen());
    tui.send(b"\x1b[B");
    tui.send(b"\x1b[C");
    tui.wait_for("‹ light ›", TIMEOUT);
    let light = title_colour(&tui);
    assert_ne!(light, vt100::Color::Default, "the light theme has no colour");
    assert_ne!(light, default, "the light theme did not apply at once");
    // Monochrome, two steps on: no colour left.
    tui.send(b"\x1b[C");
    tui.wait_for("‹ monochrome ›", TIMEOUT);
    // The rows below the theme's may still be on their way.
    let start = std::time::Instant::now();
    while tui.cells().iter().flatten().any(coloured) {
        assert!(start.elapsed() < TIMEOUT, "colour under the monochrome theme:\n{}", tui.screen());
        std::thread::sleep(Duration::from_millis(20));
    }
}

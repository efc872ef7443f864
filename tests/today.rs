//! `mscwork today`, the real binary on real files in temporary folders:
//! the week across week ends, month ends and a daylight-saving change,
//! one's own pace, before the start and after the end, intentions alone,
//! silence when there is nothing to say, damaged files, `--plain`, output
//! to `/dev/null`, and that it writes nothing and takes no lock.

#[path = "common/pty.rs"]
#[allow(dead_code)] // Only its one-shot runner and the app in a terminal are used here.
mod pty;

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, SystemTime};

use mscwork::journal::store::to_ron;
use mscwork::journal::{Course, Pace, SETTINGS_VERSION, Settings};

/// `mscwork --data-dir DIR today ARGS`, with the shell's settings that
/// would change the output left out.
fn today_cmd(data: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mscwork"));
    cmd.env_remove("MSCWORK_DATA_DIR").env_remove("NO_COLOR").env_remove("RUST_BACKTRACE");
    cmd.arg("--data-dir").arg(data).arg("today").args(args);
    cmd
}

fn today(data: &Path, args: &[&str]) -> Output {
    today_cmd(data, args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The lines printed on `date`, after checking the run was quiet and fine.
fn on(data: &Path, date: &str) -> Vec<String> {
    let out = today(data, &["--date", date]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "on {date}");
    text(&out.stdout).lines().map(str::to_string).collect()
}

fn settings(data: &Path, path: &str, start: &str, pace: &str, day_starts_at: u8) {
    let text = format!(
        "(version: 1, bell: false, theme: Default, day_starts_at: {day_starts_at}, \
         course: Some((path: \"{path}\", start: \"{start}\", pace: {pace})))\n"
    );
    fs::write(data.join("settings.ron"), text).unwrap();
}

/// A practice-log month file with sessions (start, minutes).
fn log(data: &Path, month: &str, sessions: &[(&str, f64)]) {
    let dir = data.join("practice-log");
    fs::create_dir_all(&dir).unwrap();
    let entries: String = sessions
        .iter()
        .map(|(start, minutes)| {
            format!(
                "(practice: \"self-compassion-break\", chapter: \"building-strengths\", start: \"{start}\", \
                 planned_minutes: 5, actual_minutes: {minutes:?}, finished: true),\n"
            )
        })
        .collect();
    fs::write(dir.join(format!("{month}.ron")), format!("(version: 2, month: \"{month}\", entries: [\n{entries}])\n"))
        .unwrap();
}

/// A self-assessment take with a plan, named by its time as mscwork names it.
fn take(data: &Path, taken: &str, plan: &[&str]) {
    let dir = data.join("assessments");
    fs::create_dir_all(&dir).unwrap();
    let plan: String = plan.iter().map(|p| format!("(direction: None, text: {p:?}),")).collect();
    let body = format!(
        "(version: 1, assessment: \"jdr-work\", taken: \"{taken}\", answers: {{}}, scores: {{}}, \
         demands: 3.2, resources: 3.4, quadrant: \"high-high\", plan: [{plan}])\n"
    );
    let name = format!("{}.ron", taken.replace(':', "-").replacen("+01-00", "+0100", 1).replacen("+02-00", "+0200", 1));
    fs::write(dir.join(name), body).unwrap();
}

fn data() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn settings_hold_the_course_as_the_readme_writes_it() {
    let settings = Settings {
        course: Some(Course { path: "eight-weeks".into(), start: "2026-11-30".parse().unwrap(), pace: Pace::Own(2) }),
        ..Settings::default()
    };
    let written = to_ron(&settings).unwrap();
    let one_line: String = written.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        one_line.contains(r#"course: Some(( path: "eight-weeks", start: "2026-11-30", pace: Own(2), ))"#),
        "{written}"
    );
    let by_hand = format!(
        "(version: {SETTINGS_VERSION}, bell: false, theme: Default, day_starts_at: 4, \
         course: Some((path: \"eight-weeks\", start: \"2026-11-30\", pace: Own(2))))"
    );
    assert_eq!(ron::from_str::<Settings>(&by_hand).unwrap(), settings);
}

#[test]
fn across_weeks_the_last_day_invites_the_look_back() {
    let data = data();
    settings(data.path(), "eight-weeks", "2026-11-30", "Calendar", 4);
    log(data.path(), "2026-12", &[("2026-12-01T07:30:00+01:00", 12.0), ("2026-12-07T07:30:00+01:00", 6.0)]);
    assert_eq!(
        on(data.path(), "2026-11-30"),
        [
            "Week 1 of 8 · Building strengths",
            "Today: The Self-Compassion Break, 5 min (chapter 1)",
            "Next: “Why self-compassion at work” (chapter 1)",
            "This week: nothing logged yet; about 30 min a day is suggested",
        ]
    );
    let saturday = on(data.path(), "2026-12-05");
    assert_eq!(saturday[3], "This week: 12 min practised; about 30 min a day is suggested");
    assert!(!saturday.iter().any(|l| l.contains("Looking back")), "{saturday:?}");
    let sunday = on(data.path(), "2026-12-06");
    assert_eq!(sunday[0], "Week 1 of 8 · Building strengths");
    assert_eq!(sunday[4], "Last day of the week: time for “Looking back on the week” (chapter 1), if you like");
    let monday = on(data.path(), "2026-12-07");
    assert_eq!(monday[0], "Week 2 of 8 · Being mindful");
    assert_eq!(monday[1], "Today: Affectionate Breathing, 15 min (chapter 2)");
    assert_eq!(monday[3], "This week: 6 min practised; about 30 min a day is suggested");
    assert_eq!(monday.len(), 4, "{monday:?}");
}

#[test]
fn a_week_across_a_month_end_counts_both_months() {
    let data = data();
    settings(data.path(), "eight-weeks", "2026-10-26", "Calendar", 4);
    log(
        data.path(),
        "2026-10",
        &[
            ("2026-10-25T20:00:00+01:00", 7.0), // the day before the course
            ("2026-10-27T08:00:00+01:00", 10.0),
        ],
    );
    log(
        data.path(),
        "2026-11",
        &[
            ("2026-11-01T02:00:00+01:00", 5.0), // Saturday night, 31 October
            ("2026-11-01T09:00:00+01:00", 3.0),
            ("2026-11-02T01:00:00+01:00", 2.0), // still Sunday 1 November
            ("2026-11-02T09:00:00+01:00", 20.0),
        ],
    );
    let minutes = |date: &str| on(data.path(), date)[3].clone();
    assert_eq!(minutes("2026-10-27"), "This week: 10 min practised; about 30 min a day is suggested");
    assert_eq!(minutes("2026-10-31"), "This week: 15 min practised; about 30 min a day is suggested");
    let sunday = on(data.path(), "2026-11-01");
    assert_eq!(sunday[0], "Week 1 of 8 · Building strengths");
    assert_eq!(sunday[3], "This week: 20 min practised; about 30 min a day is suggested");
    assert!(sunday[4].starts_with("Last day of the week: "), "{sunday:?}");
    let monday = on(data.path(), "2026-11-02");
    assert_eq!(monday[0], "Week 2 of 8 · Being mindful");
    assert_eq!(monday[3], "This week: 20 min practised; about 30 min a day is suggested");
    // A moment before 04:00 is still the day before.
    assert_eq!(on(data.path(), "2026-11-02T03:30")[0], "Week 1 of 8 · Building strengths");
    assert_eq!(on(data.path(), "2026-11-02T04:00")[0], "Week 2 of 8 · Being mindful");
}

#[test]
fn the_night_the_clocks_go_back_counts_on_the_right_day() {
    // Europe/Amsterdam falls back on 25 October 2026 at 03:00 → 02:00, so
    // 02:30 comes twice: at +02:00 and at +01:00. Both belong to Saturday
    // the 24th when a day starts at 04:00, and to Sunday the 25th when it
    // starts at midnight, whatever zone the shell is in.
    let data = data();
    log(
        data.path(),
        "2026-10",
        &[("2026-10-25T02:30:00+02:00", 8.0), ("2026-10-25T02:30:00+01:00", 4.0), ("2026-10-25T04:00:00+01:00", 1.0)],
    );
    for (day_starts_at, expected) in [(4, "1 min"), (0, "13 min")] {
        settings(data.path(), "eight-weeks", "2026-10-25", "Calendar", day_starts_at);
        for zone in ["Europe/Amsterdam", "UTC", "America/New_York"] {
            let out = today_cmd(data.path(), &["--date", "2026-10-31"]).env("TZ", zone).output().unwrap();
            let lines = text(&out.stdout);
            assert!(
                lines.contains(&format!("This week: {expected} practised;")),
                "day starts at {day_starts_at}, TZ={zone}:\n{lines}"
            );
        }
    }
    // 03:30 on the night of the change, local time, is still Saturday.
    settings(data.path(), "eight-weeks", "2026-10-25", "Calendar", 4);
    let out = today_cmd(data.path(), &["--date", "2026-10-25T03:30"]).env("TZ", "Europe/Amsterdam").output().unwrap();
    assert_eq!(text(&out.stdout), "“8 weeks: one chapter a week” starts on Sun 25 Oct 2026, tomorrow.\n");
}

#[test]
fn at_one_s_own_pace_the_week_is_the_one_the_user_is_in() {
    let data = data();
    settings(data.path(), "eight-weeks", "2026-10-01", "Own(2)", 4);
    // The calendar says week 6 (from Thursday 5 November).
    log(data.path(), "2026-11", &[("2026-11-04T08:00:00+01:00", 9.0), ("2026-11-05T08:00:00+01:00", 4.0)]);
    let lines = on(data.path(), "2026-11-06");
    assert_eq!(lines[0], "Week 2 of 8 · Being mindful");
    assert_eq!(lines[1], "Today: Soles of the Feet, 4 min (chapter 2)");
    assert_eq!(lines[3], "This week: 4 min practised; about 30 min a day is suggested");
    // Never "finished" at one's own pace, however long it takes.
    assert_eq!(on(data.path(), "2028-01-01")[0], "Week 2 of 8 · Being mindful");
}

#[test]
fn after_the_last_week_and_before_the_first_a_gentle_line() {
    let data = data();
    settings(data.path(), "four-weeks", "2026-09-07", "Calendar", 4);
    take(data.path(), "2026-09-01T20:15:00+02:00", &["Take the lunch break outside"]);
    assert_eq!(
        on(data.path(), "2026-10-05"),
        [
            "“4 weeks: the core skills” ended on Sun 4 Oct 2026; its practices stay here for whenever you want one.",
            "Intention: Take the lunch break outside",
        ]
    );
    assert_eq!(on(data.path(), "2026-10-04")[0], "Week 4 of 4 · Soften-Soothe-Allow and equanimity");
    assert_eq!(
        on(data.path(), "2026-09-04"),
        ["“4 weeks: the core skills” starts on Mon 7 Sep 2026, in 3 days.", "Intention: Take the lunch break outside",]
    );
}

#[test]
fn without_a_course_the_newest_plan_s_intentions_and_nothing_else() {
    let data = data();
    fs::write(data.path().join("settings.ron"), "(version: 1, bell: true)").unwrap();
    take(data.path(), "2026-09-01T20:15:00+02:00", &["An older intention"]);
    take(data.path(), "2026-11-20T21:40:00+01:00", &["Ask for feedback once a week", "Close the laptop at six"]);
    assert_eq!(
        on(data.path(), "2026-12-01"),
        ["Intention: Ask for feedback once a week", "Intention: Close the laptop at six"]
    );
    // A newer take that cannot be read is named; the plan before it still shows.
    let damaged = data.path().join("assessments/2026-12-01T08-00-00+0100.ron");
    fs::write(&damaged, "(version: 1, assessment: \"jdr-work\", tak").unwrap();
    let out = today(data.path(), &["--date", "2026-12-01"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "Intention: Ask for feedback once a week\nIntention: Close the laptop at six\n");
    let err = text(&out.stderr);
    assert!(err.starts_with(&format!("mscwork: {}:1:", damaged.display())), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Every file and folder under `dir` (the folder itself too) with its size,
/// modification time and mode.
fn listing(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime, u32)> {
    let mut out = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let meta = fs::symlink_metadata(&folder).unwrap();
        out.insert(folder.clone(), (0, meta.modified().unwrap(), meta.mode()));
        for entry in fs::read_dir(&folder).unwrap().map(Result::unwrap) {
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                folders.push(entry.path());
            } else {
                out.insert(entry.path(), (meta.len(), meta.modified().unwrap(), meta.mode()));
            }
        }
    }
    out
}

#[test]
fn nothing_to_say_says_nothing_and_creates_nothing() {
    let data = data();
    // No data folder at all: not created.
    let missing = data.path().join("not-yet");
    let out = today(&missing, &[]);
    assert_eq!((out.status.code(), text(&out.stdout), text(&out.stderr)), (Some(0), String::new(), String::new()));
    assert!(!missing.exists());
    // A folder in use, with no course and no plan.
    fs::write(data.path().join("settings.ron"), "(version: 1, day_starts_at: 5)").unwrap();
    take(data.path(), "2026-11-20T21:40:00+01:00", &[]);
    let before = listing(data.path());
    let out = today(data.path(), &[]);
    assert_eq!((out.status.code(), text(&out.stdout), text(&out.stderr)), (Some(0), String::new(), String::new()));
    assert_eq!(listing(data.path()), before);
}

#[test]
fn a_damaged_file_is_named_on_one_line_and_the_rest_is_said() {
    let data = data();
    fs::write(data.path().join("settings.ron"), "(version: 1, bell: false,\n theme: Defau").unwrap();
    take(data.path(), "2026-11-20T21:40:00+01:00", &["Ask for feedback once a week"]);
    let out = today(data.path(), &["--date", "2026-12-01"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "Intention: Ask for feedback once a week\n");
    let err = text(&out.stderr);
    let settings_file = data.path().join("settings.ron");
    assert!(err.starts_with(&format!("mscwork: {}:2:", settings_file.display())), "{err}");
    assert!(err.contains("cut off"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    // With a course: a damaged practice-log month leaves out only the minutes.
    settings(data.path(), "eight-weeks", "2026-11-30", "Calendar", 4);
    let month = data.path().join("practice-log/2026-12.ron");
    fs::create_dir_all(month.parent().unwrap()).unwrap();
    fs::write(&month, b"(version: 2, month: \"2026-12\", entries: [\xff])").unwrap();
    let out = today(data.path(), &["--date", "2026-12-01"]);
    assert_eq!(out.status.code(), Some(0));
    let lines = text(&out.stdout);
    assert!(lines.starts_with("Week 1 of 8 · Building strengths\nToday: "), "{lines}");
    assert!(!lines.contains("This week"), "{lines}");
    assert!(lines.ends_with("Intention: Ask for feedback once a week\n"), "{lines}");
    let err = text(&out.stderr);
    assert_eq!(err, format!("mscwork: {}:1:42: not valid UTF-8 text\n", month.display()));
    assert_eq!(fs::read(&month).unwrap(), b"(version: 2, month: \"2026-12\", entries: [\xff])");
}

#[test]
fn a_course_the_workbook_does_not_have_is_named_and_the_rest_is_said() {
    let data = data();
    settings(data.path(), "twelve-weeks", "2026-11-30", "Calendar", 4);
    take(data.path(), "2026-11-20T21:40:00+01:00", &["Ask for feedback once a week"]);
    let out = today(data.path(), &["--date", "2026-12-01"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "Intention: Ask for feedback once a week\n");
    assert!(text(&out.stderr).contains("the course \"twelve-weeks\" is not in this workbook"), "{:?}", out.stderr);
}

/// A week with every kind of line: look back, minutes, an intention with typographic marks.
fn full_week() -> tempfile::TempDir {
    let data = data();
    settings(data.path(), "eight-weeks", "2026-11-30", "Calendar", 4);
    log(data.path(), "2026-12", &[("2026-12-01T07:30:00+01:00", 0.2)]);
    take(data.path(), "2026-11-20T21:40:00+01:00", &["Say “no” — kindly…"]);
    data
}

#[test]
fn plain_is_ascii_without_colour() {
    let data = full_week();
    let out = today(data.path(), &["--plain", "--date", "2026-12-06"]);
    let plain = text(&out.stdout);
    assert_eq!(
        plain,
        "Week 1 of 8 - Building strengths\n\
         Today: The Self-Compassion Break, 5 min (chapter 1)\n\
         Next: \"Why self-compassion at work\" (chapter 1)\n\
         This week: <1 min practised; about 30 min a day is suggested\n\
         Last day of the week: time for \"Looking back on the week\" (chapter 1), if you like\n\
         Intention: Say \"no\" - kindly...\n"
    );
    assert!(plain.is_ascii());
    // On a terminal: bold and colour, unless --plain or NO_COLOR.
    let args = |extra: &[&str]| {
        let mut a = vec!["--data-dir".to_string(), data.path().display().to_string(), "today".into()];
        a.extend(["--date", "2026-12-06"].iter().chain(extra).map(|s| s.to_string()));
        a
    };
    let (bytes, status) = pty::output_in_pty_with(&args(&[]), Some(&[]));
    assert!(status.success());
    let shown = text(&bytes);
    assert!(shown.contains("\u{1b}[1mWeek 1 of 8 · Building strengths\u{1b}[22m"), "{shown:?}");
    assert!(shown.contains("\u{1b}[36mToday: \u{1b}[39mThe Self-Compassion Break"), "{shown:?}");
    let (bytes, _) = pty::output_in_pty_with(&args(&["--plain"]), Some(&[]));
    assert!(bytes.is_ascii() && !bytes.contains(&0x1b), "{:?}", text(&bytes));
    let (bytes, _) = pty::output_in_pty_with(&args(&[]), Some(&[("NO_COLOR", "1")]));
    assert!(!bytes.contains(&0x1b), "{:?}", text(&bytes));
    assert!(text(&bytes).contains("Week 1 of 8 · Building strengths"));
}

#[test]
fn dev_null_open_for_reading_and_writing_is_a_success_and_a_closed_stdout_is_not() {
    use std::os::unix::process::CommandExt;
    let data = full_week();
    // As cron and systemd may give it: /dev/null open for reading and writing.
    let null = File::options().read(true).write(true).open("/dev/null").unwrap();
    let out = today_cmd(data.path(), &["--date", "2026-12-06"]).stdout(null).stderr(Stdio::piped()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let null = File::options().write(true).open("/dev/null").unwrap();
    assert_eq!(today_cmd(data.path(), &[]).stdout(null).status().unwrap().code(), Some(0));
    // `>&-`: the greeting would be lost, which is said.
    let mut cmd = today_cmd(data.path(), &["--date", "2026-12-06"]);
    // SAFETY: close is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::close(1);
            Ok(())
        });
    }
    let out = cmd.stderr(Stdio::piped()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("standard output: it is closed"), "{}", text(&out.stderr));
}

#[test]
fn it_writes_nothing_and_takes_no_lock_even_while_mscwork_runs() {
    let data = full_week();
    let before = listing(data.path());
    assert_eq!(on(data.path(), "2026-12-06").len(), 6);
    let out = today(data.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(listing(data.path()), before, "today changed the data folder");
    assert!(!data.path().join(".lock").exists());

    // With the workbook open in the folder (holding its lock).
    let mut tui = pty::Tui::start(data.path());
    tui.wait_until("the workbook's first screen", pty::TIMEOUT, |s| s.contains("Welcome") || s.contains("Continue"));
    let held = File::options().read(true).write(true).open(data.path().join(".lock")).unwrap();
    assert!(matches!(held.try_lock(), Err(std::fs::TryLockError::WouldBlock)), "the workbook holds the lock");
    // The workbook makes its files private after its first frame, in the
    // background: that is its change, not today's, so it is waited for.
    let private = |l: &BTreeMap<PathBuf, (u64, SystemTime, u32)>| l.values().all(|&(_, _, mode)| mode & 0o077 == 0);
    let waited = std::time::Instant::now();
    while !private(&listing(data.path())) && waited.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let before = listing(data.path());
    let started = std::time::Instant::now();
    assert_eq!(on(data.path(), "2026-12-06").len(), 6);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(listing(data.path()), before, "today changed the data folder while mscwork ran");
    drop(held);
    tui.send(pty::CTRL_C);
    tui.wait_exit(pty::TIMEOUT);
}

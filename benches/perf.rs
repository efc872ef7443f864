//! Speed and memory as the journal grows: `cargo bench` (both sizes),
//! `cargo bench -- 1x` or `cargo bench -- 10x` (one).
//!
//! Generates the data dir of `support/data.rs` in today's folders of
//! months, at 1x (ten years of daily use: 3,650 reflections, 120 assessment
//! takes, 3,650 practice entries) and 10x (a hundred years' worth), and
//! prints each figure of issue 12 (and `mscwork today`, issue 16) beside its target. The binary runs in a
//! real pseudo-terminal (120×40) for the first frame, memory and idle; the
//! rest drives the app in this process on a 120×40 `TestBackend`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

// Shared with tests/layout.rs and examples/gen-data.rs, which use the legacy format this bench does not.
#[allow(dead_code)]
#[path = "support/data.rs"]
mod data;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use data::{Format, generate};
use mscwork::app::{App, Clock, Event, Screen};
use mscwork::journal::store::to_ron;
use mscwork::journal::{EditTarget, Journal, Position, Progress};
use mscwork::theme::{Theme, ThemeName};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const COLS: u16 = 120;
const ROWS: u16 = 40;

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// One figure beside its target; `ok` None for a figure only reported.
fn report(what: &str, measured: String, target: &str, ok: Option<bool>) {
    let verdict = match ok {
        Some(true) => "ok",
        Some(false) => "MISSED",
        None => "",
    };
    println!("{what:<54} {measured:>24}   target {target:<24} {verdict}");
}

struct Pty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Bytes the program has sent to the terminal so far.
    output: Arc<AtomicUsize>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    fn start(data: &Path) -> Pty {
        let pair =
            native_pty_system().openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_mscwork"));
        cmd.arg("--data-dir");
        cmd.arg(data);
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let output = Arc::new(AtomicUsize::new(0));
        let (sink, count) = (Arc::clone(&screen), Arc::clone(&output));
        let mut reader = pair.master.try_clone_reader().unwrap();
        thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                count.fetch_add(n, Ordering::Relaxed);
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Pty { child, writer, screen, output, _master: pair.master }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the last row (the hint bar, drawn last) has text and the
    /// screen shows `contains`.
    fn wait_frame(&self, contains: &str) {
        self.wait_for(Duration::from_secs(10), |text| {
            // The hint bar is drawn last: the screen's ("help") or a box's ("close").
            text.lines().last().is_some_and(|l| l.contains("help") || l.contains("close")) && text.contains(contains)
        });
    }

    fn wait_for(&self, limit: Duration, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if done(&self.contents()) {
                return;
            }
            thread::sleep(Duration::from_micros(200));
        }
        panic!("the screen never showed what was awaited:\n{}", self.contents());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// A key after an Esc, apart from it: the terminal reads Esc and a key
    /// sent together as Alt and that key.
    fn send_apart(&mut self, bytes: &[u8]) {
        self.send(bytes);
        thread::sleep(Duration::from_millis(300));
    }

    fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    fn quit(mut self) {
        self.send(b"\x03");
        let _ = self.child.wait();
    }
}

fn proc_field(status: &str, field: &str) -> Option<u64> {
    status.lines().find(|l| l.starts_with(field))?.split_whitespace().nth(1)?.parse().ok()
}

/// `field` of /proc/PID/status summed over the process's threads.
fn threads_field(pid: u32, field: &str) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return 0 };
    tasks
        .filter_map(Result::ok)
        .filter_map(|t| std::fs::read_to_string(t.path().join("status")).ok())
        .filter_map(|s| proc_field(&s, field))
        .sum()
}

/// Time the process's threads have spent on a CPU, in nanoseconds (from the
/// scheduler, finer than the 10 ms ticks of /proc/PID/stat).
fn cpu_ns(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return 0 };
    tasks
        .filter_map(Result::ok)
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next().and_then(|v| v.parse::<u64>().ok()))
        .sum()
}

/// "N of M answers" in a History header.
fn history_counts(text: &str) -> Option<(usize, usize)> {
    let number = |w: &str| w.replace([',', '.', '\u{202f}', '\u{a0}'], "").parse::<usize>().ok();
    text.lines().find_map(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words.windows(4).find_map(|w| {
            (w[1] == "of" && w[3].starts_with("answer")).then_some(())?;
            Some((number(w[0])?, number(w[2])?))
        })
    })
}

/// The time to the first complete frame, medians of `runs` starts of each
/// data dir, taken in turn so that a slow moment of the machine hits all.
fn first_frames(dirs: &[&Path], runs: usize) -> Vec<Duration> {
    let mut times = vec![Vec::new(); dirs.len()];
    for _ in 0..runs {
        for (dir, times) in dirs.iter().zip(&mut times) {
            let t = Instant::now();
            let pty = Pty::start(dir);
            pty.wait_frame("");
            times.push(t.elapsed());
            pty.quit();
        }
    }
    times.into_iter().map(median).collect()
}

/// Bytes this process has passed to write calls so far (`wchar` in /proc/self/io).
fn bytes_written() -> u64 {
    let io = std::fs::read_to_string("/proc/self/io").unwrap();
    io.lines().find_map(|l| l.strip_prefix("wchar: ")).unwrap().trim().parse().unwrap()
}

/// Every file of the data dir but the lock, with its size and modification time.
fn files(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    let mut files = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap().map(Result::unwrap) {
            let (path, meta) = (entry.path(), entry.metadata().unwrap());
            if meta.is_dir() {
                folders.push(path);
            } else if path.file_name().is_some_and(|n| n != ".lock") {
                let path = path.strip_prefix(dir).unwrap().to_path_buf();
                files.insert(path, (meta.len(), meta.modified().unwrap()));
            }
        }
    }
    files
}

fn app(data: &Path) -> App {
    let workbook = mscwork::content::builtin().unwrap();
    let journal = Journal::open(data).unwrap();
    App::new(workbook, journal, Clock::System, Theme::new(ThemeName::Default), (COLS, ROWS))
}

/// An app on the chapter list with every chapter read ahead, as in the
/// terminal a moment after the first frame.
fn app_read_ahead(data: &Path) -> App {
    let mut a = app(data);
    while a.screen() != Screen::Home {
        key(&mut a, KeyCode::Esc);
    }
    for ahead in a.read_ahead() {
        a.take_ahead(ahead);
    }
    a
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn draw(app: &App, terminal: &mut Terminal<TestBackend>) {
    terminal.draw(|f| mscwork::ui::render(f, app)).unwrap();
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

/// Medians of a key press plus the redraw it causes, and of a redraw alone
/// (the floor: what drawing the screen costs when nothing changed).
fn redraw(app: &mut App, terminal: &mut Terminal<TestBackend>, keys: &[KeyCode]) -> (Duration, Duration) {
    let (mut with_key, mut floor) = (Vec::new(), Vec::new());
    for i in 0..200 {
        let t = Instant::now();
        key(app, keys[i % keys.len()]);
        draw(app, terminal);
        with_key.push(t.elapsed());
        let t = Instant::now();
        draw(app, terminal);
        floor.push(t.elapsed());
    }
    (median(with_key), median(floor))
}

/// The targets of one size, from issue 12.
struct Targets {
    search_letter_ms: f64,
    /// tui-journal's one-shot filter, for "grateful" and "cafe".
    peer_grateful_ms: f64,
    peer_cafe_ms: f64,
    peak_mb: f64,
    /// Runs of the searches, fewer where each letter takes long.
    search_runs: usize,
    export_runs: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let mut sizes: Vec<u32> = args.iter().filter_map(|a| a.strip_suffix('x')?.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![1, 10];
    }
    let root = tempfile::tempdir().unwrap();
    let empty = root.path().join("empty");
    println!(
        "mscwork {}, {COLS}×{ROWS}; this machine: {} cores; data in {}",
        env!("CARGO_PKG_VERSION"),
        thread::available_parallelism().map_or(1, |n| n.get()),
        root.path().display()
    );
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average at the start: {}", load.split_whitespace().take(3).collect::<Vec<_>>().join(" "));
    let started = Instant::now();
    let mut greetings = Vec::new();
    for scale in sizes {
        greetings.push((scale, bench(root.path(), &empty, scale)));
    }
    if let [(small, at_small), .., (large, at_large)] = greetings[..] {
        println!();
        let gap = millis(at_large) - millis(at_small);
        report(
            &format!("mscwork today, {large}x over {small}x"),
            format!("{gap:+.3} ms"),
            "< 1 ms (flat)",
            Some(gap < 1.0),
        );
    }
    println!();
    println!("(the whole bench took {:.0} s)", started.elapsed().as_secs_f64());
}

/// Runs every figure at one size; returns the time of `mscwork today`.
fn bench(root: &Path, empty: &Path, scale: u32) -> Duration {
    let targets = if scale >= 10 {
        Targets {
            search_letter_ms: 30.0,
            peer_grateful_ms: 312.0,
            peer_cafe_ms: 209.0,
            peak_mb: 30.0,
            search_runs: 5,
            export_runs: 3,
        }
    } else {
        Targets {
            search_letter_ms: 5.0,
            peer_grateful_ms: 37.0,
            peer_cafe_ms: 23.0,
            peak_mb: 20.0,
            search_runs: 11,
            export_runs: 7,
        }
    };
    let data = root.join(format!("{scale}x"));
    let t = Instant::now();
    let bytes = generate(&data, scale, Format::Current).unwrap();
    let generated = t.elapsed();
    // Tens of megabytes just written would otherwise be flushed to disk
    // during the timings that follow.
    // SAFETY: sync has no preconditions.
    unsafe { libc::sync() };
    // And the generator's memory goes back to the system: starting the
    // binary forks this process, and a fork costs more the more it holds
    // (without this the empty data dir's first frame took 14 ms at 10x).
    // SAFETY: malloc_trim only releases free memory.
    unsafe { libc::malloc_trim(0) };
    let on_disk: u64 = files(&data).values().map(|(len, _)| len).sum();
    println!();
    println!(
        "== {scale}x: {} years of daily use, {:.1} MB of reflection text, {} files, {:.1} MB on disk (generated in {:.1} s) ==",
        10 * scale,
        bytes as f64 / 1e6,
        files(&data).len(),
        on_disk as f64 / 1e6,
        generated.as_secs_f64()
    );

    first_frame(&data, empty);
    let greeting = today(&data);
    redraws(&data);
    save(&data);
    let total = search(&data, &targets);
    export(&data, bytes, scale, &targets);
    memory_and_idle(&data, total, &targets);
    greeting
}

/// `mscwork today` as a new shell runs it: the real binary from start to
/// exit, its output to a pipe, with a course set (week 7 of 8, with a
/// session each day), a plan in the newest take, and years of files it
/// must not read. The course and the plan are taken away afterwards, so
/// the other figures see the data as generated.
fn today(data: &Path) -> Duration {
    use mscwork::journal::{Intention, TAKE_VERSION, Take, read_file};
    let settings = data.join("settings.ron");
    let takes = data.join("assessments");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&takes).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let newest = names.pop().unwrap();
    let as_generated = std::fs::read(&newest).unwrap();
    let mut take: Take = read_file(&newest, TAKE_VERSION).unwrap().unwrap();
    take.plan = vec![Intention { direction: None, text: "Ask for feedback once a week".into() }];
    std::fs::write(&newest, to_ron(&take).unwrap()).unwrap();
    let course = r#"(version: 1, course: Some((path: "eight-weeks", start: "2026-10-05", pace: Calendar)))"#;
    std::fs::write(&settings, course).unwrap();
    let run = || {
        let t = Instant::now();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_mscwork"))
            .arg("--data-dir")
            .arg(data)
            .args(["today", "--date", "2026-11-20"])
            .output()
            .unwrap();
        let took = t.elapsed();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(text.starts_with("Week 7 of 8") && text.contains(" min practised") && text.contains("Intention: "));
        took
    };
    for _ in 0..5 {
        run();
    }
    let d = median((0..51).map(|_| run()).collect());
    report("mscwork today, start to exit (median of 51)", ms(d), "≤ 10 ms", Some(d <= Duration::from_millis(10)));
    std::fs::remove_file(&settings).unwrap();
    std::fs::write(&newest, as_generated).unwrap();
    d
}

/// Start-up to the first complete frame, in a pty.
fn first_frame(data: &Path, empty: &Path) {
    let flat = |with_data: Duration, bare: Duration| {
        let gap = millis(with_data) - millis(bare);
        report("  difference from the empty data dir", format!("{gap:.3} ms"), "< 1 ms (flat)", Some(gap < 1.0));
    };
    let six = Duration::from_millis(6);
    let _ = first_frames(&[data, empty], 2);
    let times = first_frames(&[empty, data], 21);
    let (bare, full) = (times[0], times[1]);
    report("first frame, empty data dir (pty)", ms(bare), "≤ 6 ms", Some(bare <= six));
    report("first frame, generated journal (pty)", ms(full), "≤ 6 ms", Some(full <= six));
    flat(full, bare);
    // The generated journal resumes on the last chapter's first step, a
    // text step, whose frame needs none of the chapter's answers. A
    // reflection step shows its latest answers.
    let mut journal = Journal::open(data).unwrap();
    let here = journal.progress().last.clone().unwrap();
    let answers = journal.load_answers(&here.chapter).unwrap();
    let (step, count) =
        answers.reflections.iter().map(|(s, list)| (s.clone(), list.len())).max_by_key(|(_, n)| *n).unwrap();
    drop(journal);
    let resume = |step: &str| {
        let progress = Progress {
            version: mscwork::journal::PROGRESS_VERSION,
            welcomed: true,
            last: Some(Position { chapter: here.chapter.clone(), step: step.into() }),
            ..Progress::default()
        };
        std::fs::write(data.join("progress.ron"), to_ron(&progress).unwrap()).unwrap();
    };
    resume(&step);
    let times = first_frames(&[empty, data], 21);
    let (bare, on_reflection) = (times[0], times[1]);
    resume(&here.step);
    report(
        &format!("first frame, resuming on a reflection ({count} answers)"),
        ms(on_reflection),
        "≤ 6 ms",
        Some(on_reflection <= six),
    );
    flat(on_reflection, bare);
}

/// Redraw after a key press, per screen, at 120×40.
fn redraws(data: &Path) {
    let mut a = app_read_ahead(data);
    let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS)).unwrap();
    let screens: Vec<(&str, Vec<KeyCode>, Vec<KeyCode>)> = vec![
        ("home", vec![], vec![KeyCode::Down, KeyCode::Up]),
        ("chapter (text step)", vec![KeyCode::Enter], vec![KeyCode::Down, KeyCode::Up]),
        ("chapter (next/previous step n/p)", vec![], vec![KeyCode::Char('n'), KeyCode::Char('p')]),
        ("history list", vec![KeyCode::Esc, KeyCode::Char('r')], vec![KeyCode::Down, KeyCode::Up]),
        ("history reading", vec![KeyCode::Enter], vec![KeyCode::Down, KeyCode::Up]),
        ("practice log", vec![KeyCode::Esc, KeyCode::Esc, KeyCode::Char('l')], vec![KeyCode::Down, KeyCode::Up]),
        (
            "assessment results",
            vec![KeyCode::Esc, KeyCode::Char('a'), KeyCode::Char('r')],
            vec![KeyCode::Down, KeyCode::Up],
        ),
        ("assessment scales tab", vec![KeyCode::Tab, KeyCode::Tab], vec![KeyCode::Down, KeyCode::Up]),
        ("settings", vec![KeyCode::Esc, KeyCode::Char('s')], vec![KeyCode::Down, KeyCode::Up]),
    ];
    let mut measure = |a: &mut App, name: &str, keys: &[KeyCode]| {
        let (with_key, floor) = redraw(a, &mut terminal, keys);
        let net = with_key.saturating_sub(floor);
        report(
            &format!("  {name}"),
            format!("{:.3} − {:.3} = {:.3} ms", millis(with_key), millis(floor), millis(net)),
            "net ≤ 0.5 ms",
            Some(net <= Duration::from_micros(500)),
        );
    };
    println!("redraw after a key, per screen: key + draw − floor (a draw with no key) = net");
    for (name, setup, keys) in &screens {
        for k in setup {
            key(&mut a, *k);
        }
        measure(&mut a, name, keys);
    }
    key(&mut a, KeyCode::Esc);
    // The editor, on a reflection of the last chapter.
    a.open_step(7, 0);
    while a.step().kind_name() != "Reflection" {
        key(&mut a, KeyCode::Char('n'));
    }
    key(&mut a, KeyCode::Enter);
    measure(&mut a, "editor", &[KeyCode::Char('x'), KeyCode::Backspace]);
    key(&mut a, KeyCode::Esc);
}

/// Saving one reflection (the same answer 31 times, as while typing) into
/// the first chapter's busiest step, dated just after its latest answer.
fn save(data: &Path) {
    let chapter = "being-mindful";
    let mut j = Journal::open(data).unwrap();
    let answers = j.load_answers(chapter).unwrap();
    let count = answers.reflections.values().map(Vec::len).sum::<usize>();
    let (step, _) = answers.reflections.iter().max_by_key(|(_, list)| list.len()).unwrap();
    let step = step.clone();
    let latest = answers.reflections.values().flatten().filter_map(|r| r.created()).max().unwrap();
    let now = latest + chrono::Duration::hours(1);
    let month = now.format("%Y-%m").to_string();
    let before = files(data);
    let written_before = bytes_written();
    let mut times = Vec::new();
    let mut target = EditTarget::default();
    for i in 0..31 {
        let t = Instant::now();
        j.save_reflection(chapter, &step, &mut target, &format!("a new answer, version {i}"), now).unwrap();
        times.push(t.elapsed());
    }
    let per_save = (bytes_written() - written_before) / 31;
    let after = files(data);
    let changed: Vec<&PathBuf> = after
        .keys()
        .chain(before.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let allowed = [
        PathBuf::from(format!("answers/{chapter}/{month}.ron")),
        PathBuf::from(format!("answers/{chapter}/recent.ron")),
    ];
    let d = median(times);
    report(
        &format!("save one reflection ({count} answers in the chapter)"),
        ms(d),
        "≤ 2 ms",
        Some(d <= Duration::from_millis(2)),
    );
    let sizes: Vec<String> =
        allowed.iter().filter_map(|p| Some(format!("{} KB", after.get(p)?.0.div_ceil(1024)))).collect();
    report(
        &format!("  bytes written per save (month + recent.ron: {})", sizes.join(" + ")),
        format!("{:.1} KB", per_save as f64 / 1024.0),
        "≤ 64 KB",
        Some(per_save <= 64 * 1024),
    );
    let others: Vec<String> =
        changed.iter().filter(|p| !allowed.contains(p)).map(|p| p.display().to_string()).collect();
    report(
        &format!("  files changed other than {month}.ron and recent.ron"),
        if others.is_empty() { "none".into() } else { others.join(", ") },
        "none",
        Some(others.is_empty()),
    );
}

/// History opened after the read-ahead, then searches typed letter by
/// letter. Returns the number of History entries (for the pty's wait).
fn search(data: &Path, targets: &Targets) -> usize {
    let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS)).unwrap();
    let mut a = app_read_ahead(data);
    let t = Instant::now();
    key(&mut a, KeyCode::Char('r'));
    draw(&a, &mut terminal);
    let open = t.elapsed();
    let total = history_counts(&screen_text(&terminal)).map_or(0, |(_, total)| total);
    report(
        &format!("open History after the read-ahead ({total} entries)"),
        ms(open),
        "(bench's own) < 20 ms",
        Some(open < Duration::from_millis(20)),
    );
    let peers = [("grateful", targets.peer_grateful_ms), ("cafe", targets.peer_cafe_ms)];
    for (query, peer) in peers {
        // letters[i]: key + draw for the ith letter, over the runs.
        let mut letters: Vec<Vec<Duration>> = vec![Vec::new(); query.chars().count()];
        let mut whole = Vec::new();
        let mut found = None;
        for _ in 0..targets.search_runs {
            key(&mut a, KeyCode::Char('/'));
            draw(&a, &mut terminal);
            let mut keys = Duration::ZERO;
            let mut last_draw = Duration::ZERO;
            for (i, c) in query.chars().enumerate() {
                let t = Instant::now();
                key(&mut a, KeyCode::Char(c));
                let k = t.elapsed();
                let t = Instant::now();
                draw(&a, &mut terminal);
                last_draw = t.elapsed();
                keys += k;
                letters[i].push(k + last_draw);
            }
            whole.push(keys + last_draw);
            found = history_counts(&screen_text(&terminal)).map(|(n, _)| n);
            // Esc while typing clears the search.
            key(&mut a, KeyCode::Esc);
            draw(&a, &mut terminal);
        }
        let per_letter: Vec<Duration> = letters.into_iter().map(median).collect();
        let slowest = per_letter.iter().max().copied().unwrap_or_default();
        let typical = median(per_letter.clone());
        let limit = targets.search_letter_ms;
        let list: Vec<String> = per_letter.iter().map(|d| format!("{:.1}", millis(*d))).collect();
        println!("  search \"{query}\", key + draw per letter (ms): {}", list.join(" "));
        report(
            &format!("search \"{query}\": median letter (key + draw)"),
            ms(typical),
            &format!("≤ {limit} ms"),
            Some(millis(typical) <= limit),
        );
        report(
            &format!("search \"{query}\": slowest letter"),
            ms(slowest),
            &format!("≤ {limit} ms"),
            Some(millis(slowest) <= limit),
        );
        let whole = median(whole);
        report(
            &format!("search \"{query}\": whole query ({} found)", found.map_or("?".to_string(), |n| n.to_string())),
            ms(whole),
            &format!("< {peer} ms (tui-journal)"),
            Some(millis(whole) < peer),
        );
    }
    total
}

fn export(data: &Path, bytes: usize, scale: u32, targets: &Targets) {
    let workbook = mscwork::content::builtin().unwrap();
    let dir = mscwork::journal::DataDir::new(data);
    let mut times = Vec::new();
    for _ in 0..targets.export_runs {
        let t = Instant::now();
        let out =
            mscwork::export::build(&workbook, &dir, &Default::default(), chrono::Local::now().fixed_offset()).unwrap();
        times.push(t.elapsed());
        assert!(out.markdown.len() > bytes);
    }
    let d = median(times);
    if scale >= 10 {
        report("Markdown export of everything", ms(d), "(report only)", None);
    } else {
        report("Markdown export of everything", ms(d), "< 150 ms", Some(d < Duration::from_millis(150)));
    }
}

/// Peak memory of the real binary after start, History (with the read-ahead
/// done), a search and the practice log; then wake-ups, CPU and output over
/// ten quiet seconds.
fn memory_and_idle(data: &Path, total: usize, targets: &Targets) {
    let mut pty = Pty::start(data);
    pty.wait_frame("");
    while !pty.contents().contains("Continue") {
        pty.send_apart(b"\x1b");
    }
    pty.send(b"r");
    pty.wait_frame("History");
    if total > 0 {
        // Every answer in the list: the read-ahead is done.
        pty.wait_for(Duration::from_secs(60), |text| history_counts(text).is_some_and(|(_, all)| all >= total));
    } else {
        println!("  (no \"N of M answers\" in History's header: waiting 5 s for the read-ahead instead)");
        thread::sleep(Duration::from_secs(5));
    }
    pty.send(b"/grateful");
    pty.wait_for(Duration::from_secs(30), |text| text.contains("Search: grateful"));
    pty.send_apart(b"\x1b");
    pty.send_apart(b"\x1b");
    pty.send(b"l");
    pty.wait_frame("Practice log");
    thread::sleep(Duration::from_millis(200));
    let status = std::fs::read_to_string(format!("/proc/{}/status", pty.pid())).unwrap_or_default();
    let hwm = proc_field(&status, "VmHWM:").unwrap_or(0) as f64 / 1024.0;
    let rss = proc_field(&status, "VmRSS:").unwrap_or(0) as f64 / 1024.0;
    report(
        "peak memory (start, History, search, practice log)",
        format!("{hwm:.1} MB (now {rss:.1})"),
        &format!("≤ {} MB", targets.peak_mb),
        Some(hwm <= targets.peak_mb),
    );

    // Quiet: nothing typed, nothing due.
    thread::sleep(Duration::from_secs(1));
    let (pid, quiet) = (pty.pid(), Duration::from_secs(10));
    let switches = |pid| threads_field(pid, "voluntary_ctxt_switches:");
    let (cpu, woken, shown) = (cpu_ns(pid), switches(pid), pty.output.load(Ordering::Relaxed));
    thread::sleep(quiet);
    let used = (cpu_ns(pid) - cpu) as f64 / 1e6;
    let woken = switches(pid) - woken;
    let shown = pty.output.load(Ordering::Relaxed) - shown;
    let threads = std::fs::read_dir(format!("/proc/{pid}/task")).map_or(0, |t| t.count());
    report(
        &format!("idle {} s: wake-ups (voluntary switches, {threads} threads)", quiet.as_secs()),
        woken.to_string(),
        "0",
        Some(woken == 0),
    );
    report(&format!("idle {} s: CPU", quiet.as_secs()), format!("{used:.2} ms"), "(report)", None);
    report(
        &format!("idle {} s: bytes sent to the terminal (redraws)", quiet.as_secs()),
        shown.to_string(),
        "0",
        Some(shown == 0),
    );
    pty.quit();
}

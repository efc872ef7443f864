//! Speed and memory with ten years of data: `cargo bench`.
//!
//! Generates the data dir of `mscwork::bench_data` (3,650 reflections, 120
//! assessment takes, 3,650 practice entries) and prints, for each target,
//! the median measured here beside the target. The binary runs in a real
//! pseudo-terminal for start-up, memory and idle CPU.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use mscwork::app::{App, Clock, Event};
use mscwork::journal::store::to_ron;
use mscwork::journal::{EditTarget, Journal, Position, Progress};
use mscwork::ui::theme::{Theme, ThemeName};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

/// The difference from the empty data dir, negative when it was faster (noise).
fn report_gap(with_data: Duration, empty: Duration) {
    let gap = (with_data.as_secs_f64() - empty.as_secs_f64()) * 1000.0;
    report("  difference", format!("{gap:.3} ms"), "< 2 ms", gap < 2.0);
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn report(what: &str, measured: String, target: &str, ok: bool) {
    println!("{:<58} {:>14}   target {:<22} {}", what, measured, target, if ok { "ok" } else { "MISSED" });
}

struct Pty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    fn start(data: &Path) -> Pty {
        let pair =
            native_pty_system().openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 }).unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_mscwork"));
        cmd.arg("--data-dir");
        cmd.arg(data);
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(40, 120, 0)));
        let sink = Arc::clone(&screen);
        let mut reader = pair.master.try_clone_reader().unwrap();
        thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Pty { child, writer, screen, _master: pair.master }
    }

    /// Waits until the last row (the hint bar, drawn last) has text.
    fn wait_frame(&self, contains: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let text = self.screen.lock().unwrap().screen().contents();
            if text.lines().last().is_some_and(|l| l.contains("help")) && text.contains(contains) {
                return;
            }
            thread::sleep(Duration::from_micros(200));
        }
        panic!("no frame: {}", self.screen.lock().unwrap().screen().contents());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    fn quit(mut self) {
        self.send(b"\x03");
        let _ = self.child.wait();
    }
}

fn proc_field(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find(|l| l.starts_with(field))?.split_whitespace().nth(1)?.parse().ok()
}

/// Time a process has spent on a CPU, in nanoseconds (from the scheduler,
/// finer than the 10 ms ticks of /proc/PID/stat).
fn cpu_ns(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/schedstat")).unwrap_or_default();
    stat.split_whitespace().next().and_then(|v| v.parse().ok()).unwrap_or(0)
}

fn startup(data: &Path, runs: usize) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                let pty = Pty::start(data);
                pty.wait_frame("");
                let d = t.elapsed();
                pty.quit();
                d
            })
            .collect(),
    )
}

/// The last chapter's reflection step with the most answers (that chapter
/// is where the generated journal resumes).
fn busiest_reflection(data: &Path) -> (String, String, usize) {
    let mut journal = Journal::open(data).unwrap();
    let chapter = journal.progress().last.clone().unwrap().chapter;
    let answers = journal.load_answers(&chapter).unwrap();
    let (step, list) = answers.reflections.iter().max_by_key(|(_, list)| list.len()).unwrap();
    (chapter.clone(), step.clone(), list.len())
}

/// Bytes this process has passed to write calls so far (`wchar` in /proc/self/io).
fn bytes_written() -> u64 {
    let io = std::fs::read_to_string("/proc/self/io").unwrap();
    io.lines().find_map(|l| l.strip_prefix("wchar: ")).unwrap().trim().parse().unwrap()
}

/// Every file of the data dir but `except`, with its size and modification time.
fn files_except(dir: &Path, except: &Path) -> Vec<(std::path::PathBuf, u64, std::time::SystemTime)> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap().map(Result::unwrap) {
            let (path, meta) = (entry.path(), entry.metadata().unwrap());
            if meta.is_dir() {
                folders.push(path);
            } else if path != except && path.file_name().is_some_and(|n| n != ".lock") {
                files.push((path, meta.len(), meta.modified().unwrap()));
            }
        }
    }
    files.sort();
    files
}

fn app(data: &Path) -> App {
    let workbook = mscwork::content::builtin().unwrap();
    let journal = Journal::open(data).unwrap();
    App::new(workbook, journal, Clock::System, Theme::new(ThemeName::Default), (120, 40))
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// Median time of a key press plus the redraw it causes.
fn redraw(app: &mut App, terminal: &mut Terminal<TestBackend>, keys: &[KeyCode]) -> Duration {
    let mut times = Vec::new();
    for i in 0..200 {
        let t = Instant::now();
        key(app, keys[i % keys.len()]);
        terminal.draw(|f| mscwork::ui::render(f, app)).unwrap();
        times.push(t.elapsed());
    }
    median(times)
}

fn main() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("ten-years");
    let bytes = mscwork::bench_data::generate(&data).unwrap();
    let empty = root.path().join("empty");
    println!(
        "data: {} ({} KB of reflection text); this machine: {} cores",
        data.display(),
        bytes / 1024,
        thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!();

    // Start-up to the first complete frame.
    let _ = startup(&data, 2);
    let full = startup(&data, 21);
    let bare = startup(&empty, 21);
    report("start to first frame, ten years of data (pty)", ms(full), "< 8 ms", full < Duration::from_millis(8));
    report("start to first frame, empty data dir (pty)", ms(bare), "", true);
    report_gap(full, bare);
    // The generated journal resumes on the last chapter's first step, a text
    // step, whose frame needs none of the chapter's answers. A reflection
    // step shows its latest answers, read from the top of the chapter's file.
    let (chapter, step, answers) = busiest_reflection(&data);
    let resume = |step: &str| {
        let progress = Progress {
            version: mscwork::journal::PROGRESS_VERSION,
            welcomed: true,
            last: Some(Position { chapter: chapter.clone(), step: step.to_string() }),
            ..Progress::default()
        };
        std::fs::write(data.join("progress.ron"), to_ron(&progress).unwrap()).unwrap();
    };
    let text_step = Journal::open(&data).unwrap().progress().last.clone().unwrap().step;
    resume(&step);
    let on_reflection = startup(&data, 21);
    resume(&text_step);
    report(
        &format!("start to first frame, resuming on a reflection ({answers} answers)"),
        ms(on_reflection),
        "< 8 ms",
        on_reflection < Duration::from_millis(8),
    );
    report_gap(on_reflection, bare);

    // Redraw after a key press, per screen, at 120×40.
    let mut a = app(&data);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    while a.screen != mscwork::app::Screen::Home {
        key(&mut a, KeyCode::Esc);
    }
    let screens: Vec<(&str, Vec<KeyCode>, Vec<KeyCode>)> = vec![
        ("home", vec![], vec![KeyCode::Down, KeyCode::Up]),
        ("chapter (text step)", vec![KeyCode::Enter], vec![KeyCode::Down, KeyCode::Up]),
        ("chapter (next/previous step)", vec![], vec![KeyCode::Char('n'), KeyCode::Char('p')]),
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
    for (name, setup, keys) in &screens {
        for k in setup {
            key(&mut a, *k);
        }
        let d = redraw(&mut a, &mut terminal, keys);
        report(&format!("redraw after a key: {name}"), ms(d), "< 0.5 ms", d < Duration::from_micros(500));
    }
    key(&mut a, KeyCode::Esc);
    // The editor, on a reflection of the last chapter.
    a.open_step(7, 0);
    while a.step().kind_name() != "Reflection" {
        key(&mut a, KeyCode::Char('n'));
    }
    key(&mut a, KeyCode::Enter);
    let d = redraw(&mut a, &mut terminal, &[KeyCode::Char('x'), KeyCode::Backspace]);
    report("redraw after a key: editor", ms(d), "< 0.5 ms", d < Duration::from_micros(500));
    key(&mut a, KeyCode::Esc);
    drop(a);

    // Saving one reflection into a chapter that holds ~450 answers.
    let mut j = Journal::open(&data).unwrap();
    let answers = j.load_answers("being-mindful").unwrap().reflections.values().map(Vec::len).sum::<usize>();
    let file = data.join("answers/being-mindful.ron");
    let mut times = Vec::new();
    let mut target = EditTarget::default();
    let others_before = files_except(&data, &file);
    let written_before = bytes_written();
    for i in 0..31 {
        let t = Instant::now();
        j.save_reflection(
            "being-mindful",
            "my-resistance",
            &mut target,
            &format!("a new answer, version {i}"),
            chrono::Local::now().fixed_offset(),
        )
        .unwrap();
        times.push(t.elapsed());
    }
    let per_save = (bytes_written() - written_before) / 31;
    let others_untouched = files_except(&data, &file) == others_before;
    let size = std::fs::metadata(&file).unwrap().len();
    let d = median(times);
    report(
        &format!("save one reflection ({answers} answers in the chapter)"),
        ms(d),
        "< 3 ms",
        d < Duration::from_millis(3),
    );
    report(
        &format!("  bytes written per save (the chapter's file is {} KB)", size / 1024),
        format!("{} KB", per_save / 1024),
        "≤ chapter file",
        per_save <= size,
    );
    report(
        "  other files of the journal changed by the saves",
        if others_untouched { "none".into() } else { "some".into() },
        "none",
        others_untouched,
    );
    drop(j);

    // History: open over everything, then a full-text search.
    let mut times = Vec::new();
    let mut search = Vec::new();
    for _ in 0..11 {
        let mut a = app(&data);
        while a.screen != mscwork::app::Screen::Home {
            key(&mut a, KeyCode::Esc);
        }
        // As in the terminal: the answers were read ahead after the first frame.
        for ahead in a.read_ahead() {
            a.take_ahead(ahead);
        }
        let t = Instant::now();
        key(&mut a, KeyCode::Char('r'));
        terminal.draw(|f| mscwork::ui::render(f, &a)).unwrap();
        times.push(t.elapsed());
        assert!(a.history.as_ref().is_some_and(|h| h.len() > 3000), "History did not open");
        key(&mut a, KeyCode::Char('/'));
        let t = Instant::now();
        for c in "grateful".chars() {
            key(&mut a, KeyCode::Char(c));
        }
        terminal.draw(|f| mscwork::ui::render(f, &a)).unwrap();
        search.push(t.elapsed() / 8);
    }
    let d = median(times);
    report("open History over all answers (first time)", ms(d), "< 20 ms", d < Duration::from_millis(20));
    let d = median(search);
    report("full-text search, per key typed", ms(d), "< 20 ms", d < Duration::from_millis(20));

    // Markdown export of everything.
    let workbook = mscwork::content::builtin().unwrap();
    let dir = mscwork::journal::DataDir::new(&data);
    let mut times = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let out =
            mscwork::export::export(&workbook, &dir, &Default::default(), chrono::Local::now().fixed_offset()).unwrap();
        times.push(t.elapsed());
        assert!(out.markdown.len() > bytes);
    }
    let d = median(times);
    report("Markdown export of everything", ms(d), "< 150 ms", d < Duration::from_millis(150));

    // Peak memory and idle CPU of the real binary.
    let mut pty = Pty::start(&data);
    pty.wait_frame("");
    for _ in 0..3 {
        pty.send(b"\x1b");
        thread::sleep(Duration::from_millis(300));
    }
    pty.send(b"r");
    pty.wait_frame("History");
    pty.send(b"/grateful");
    thread::sleep(Duration::from_millis(300));
    for _ in 0..2 {
        // Apart, or the terminal reads two Escs as one Alt-Esc.
        pty.send(b"\x1b");
        thread::sleep(Duration::from_millis(300));
    }
    pty.send(b"l");
    pty.wait_frame("Practice log");
    let hwm = proc_field(pty.pid(), "VmHWM:").unwrap_or(0);
    report(
        "peak resident memory (start, History, search, practice log)",
        format!("{:.1} MB", hwm as f64 / 1024.0),
        "< 15 MB",
        hwm < 15 * 1024,
    );
    // Let the read-ahead of the answers finish first; then ten quiet seconds.
    thread::sleep(Duration::from_secs(1));
    let before = cpu_ns(pty.pid());
    thread::sleep(Duration::from_secs(10));
    let used = (cpu_ns(pty.pid()) - before) as f64 / 1e6;
    report("CPU while idle for 10 s with the TUI open", format!("{used:.2} ms"), "< 10 ms", used < 10.0);
    pty.quit();
}

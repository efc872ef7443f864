//! The real `mscwork` binary in a pseudo-terminal, read back through a
//! terminal emulator (`vt100`), so tests see the screen a user would see.
//!
//! ratatui redraws only the cells that changed, so the raw output bytes do
//! not hold the screen's text in order: always ask the parsed screen.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

pub const COLS: u16 = 80;
pub const ROWS: u16 = 24;
/// How long any one expected screen may take to appear.
pub const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

pub const ENTER: &[u8] = b"\r";
pub const ESC: &[u8] = b"\x1b";
pub const CTRL_C: &[u8] = b"\x03";

/// A running `mscwork`. Dropping it kills the process, so a failing test
/// never leaves a child behind or hangs.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    /// Set once everything the child wrote has been read into `parser`.
    drained: Arc<std::sync::atomic::AtomicBool>,
    // Kept open for the child's lifetime: closing the master hangs it up.
    _master: Box<dyn MasterPty + Send>,
}

impl Tui {
    /// Starts `mscwork --data-dir <data_dir>` in an 80×24 pseudo-terminal.
    pub fn start(data_dir: &Path) -> Tui {
        Tui::start_with(data_dir, &[])
    }

    /// As `start`, with extra environment variables for the child.
    pub fn start_with(data_dir: &Path, env: &[(&str, &str)]) -> Tui {
        Tui::start_args(data_dir, &[std::ffi::OsStr::new("--data-dir"), data_dir.as_os_str()], env)
    }

    /// The text of the whole screen, rows joined by newlines.
    /// Sends a signal by name (TERM, HUP, KILL) with the system's `kill`.
    pub fn signal(&self, name: &str) {
        let status =
            std::process::Command::new("kill").arg(format!("-{name}")).arg(self.pid().to_string()).status().unwrap();
        assert!(status.success(), "kill -{name} failed");
    }

    /// Whether the program still has the terminal in its alternate screen.
    pub fn in_alternate_screen(&self) -> bool {
        self.parser.lock().unwrap().screen().alternate_screen()
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap_or(0)
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// The screen's cells, row by row, as the terminal holds them: text,
    /// colours, bold, reverse.
    #[allow(dead_code)]
    pub fn cells(&self) -> Vec<Vec<vt100::Cell>> {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        (0..rows).map(|r| (0..cols).filter_map(|c| screen.cell(r, c).cloned()).collect()).collect()
    }

    /// The first row: the header with the step indicator.
    pub fn header(&self) -> String {
        self.screen().lines().next().unwrap_or_default().to_string()
    }

    /// Sends bytes as if typed.
    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// Enter on the chapter list; on a first start the intake comes first
    /// ("Before you begin"), and Enter goes on from it, as a reader would.
    #[track_caller]
    pub fn open_from_home(&mut self, timeout: Duration) {
        self.send(ENTER);
        let screen = self.wait_until("a chapter or the intake", timeout, |s| {
            s.contains("Before you begin") || s.lines().next().is_some_and(|h| h.contains(" · step "))
        });
        if screen.contains("Before you begin") {
            self.send(ENTER);
            self.wait_until("the chapter", timeout, |s| s.lines().next().is_some_and(|h| h.contains(" · step ")));
        }
    }

    /// Waits until the screen contains `text`; on timeout, panics showing
    /// the whole screen.
    #[track_caller]
    pub fn wait_for(&self, text: &str, timeout: Duration) {
        self.wait_until(&format!("{text:?} on screen"), timeout, |s| s.contains(text));
    }

    /// Waits until `ok` holds for the screen's text; `what` names it in the
    /// panic message.
    #[track_caller]
    pub fn wait_until(&self, what: &str, timeout: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() >= timeout {
                panic!(
                    "timed out after {timeout:?} waiting for {what}; the screen is:\n{}\n{screen}\n{}",
                    "─".repeat(usize::from(COLS)),
                    "─".repeat(usize::from(COLS)),
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Waits for the process to end; panics (and the drop kills it) after
    /// `timeout`.
    #[track_caller]
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                // What it wrote last (restoring the terminal) may still be
                // on its way to the screen.
                let drain = Instant::now();
                while !self.drained.load(std::sync::atomic::Ordering::SeqCst) && drain.elapsed() < TIMEOUT {
                    thread::sleep(POLL);
                }
                return status;
            }
            if start.elapsed() >= timeout {
                panic!("mscwork did not exit within {timeout:?}; the screen is:\n{}", self.screen());
            }
            thread::sleep(POLL);
        }
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Runs `mscwork ARGS` to its end with stdout and stderr on a pseudo-terminal
/// and returns every byte it wrote, as the terminal got them (before any
/// emulator interprets them), with its exit status.
#[allow(dead_code)]
pub fn output_in_pty<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> (Vec<u8>, ExitStatus) {
    output_in_pty_with(args, None)
}

/// As [`output_in_pty`]; with `env`, `NO_COLOR` is left out unless `env`
/// sets it, so that colour is the test's choice, not the shell's.
#[allow(dead_code)]
pub fn output_in_pty_with<S: AsRef<std::ffi::OsStr>>(
    args: &[S],
    env: Option<&[(&str, &str)]>,
) -> (Vec<u8>, ExitStatus) {
    let pair = native_pty_system()
        .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_mscwork"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("MSCWORK_DATA_DIR");
    if let Some(env) = env {
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawn mscwork");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let (sender, received) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let mut buf = [0u8; 4096];
        // Ends when the child (the only holder of the slave) has exited.
        while let Ok(n @ 1..) = reader.read(&mut buf) {
            bytes.extend_from_slice(&buf[..n]);
        }
        let _ = sender.send(bytes);
    });
    let bytes = received.recv_timeout(TIMEOUT).unwrap_or_else(|_| {
        let _ = child.kill();
        panic!("mscwork {:?} did not finish within {TIMEOUT:?}", args.iter().map(AsRef::as_ref).collect::<Vec<_>>())
    });
    let status = child.wait().expect("wait for mscwork");
    (bytes, status)
}

impl Tui {
    /// Starts `mscwork ARGS` exactly as given (no `--data-dir` added) in
    /// `cwd`, in an 80×24 pseudo-terminal, with extra environment variables.
    pub fn start_args(cwd: &Path, args: &[&std::ffi::OsStr], env: &[(&str, &str)]) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_mscwork"));
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("MSCWORK_DATA_DIR");
        // Colour or none is the test's choice, not that of the shell running it.
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn mscwork");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&parser);
        let drained = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let done = Arc::clone(&drained);
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Ends when the child (the only holder of the slave) has exited.
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                sink.lock().unwrap().process(&buf[..n]);
            }
            done.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Tui { child, writer, parser, drained, _master: pair.master }
    }

    /// Resizes the terminal, as a user dragging the window would; the
    /// program gets SIGWINCH.
    #[allow(dead_code)]
    pub fn resize(&mut self, cols: u16, rows: u16) {
        // The screen first: the program may draw its new frame the moment
        // the terminal changes size, and that frame must land on a screen
        // of the new size (the other order lost a whole frame now and then).
        self.parser.lock().unwrap().screen_mut().set_size(rows, cols);
        self._master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize the pty");
    }
}

//! The terminal: set-up, the event loop, and restoring it on every way out.

use std::io::{self, IsTerminal, Stdout, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};

use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event as CtEvent, KeyCode, KeyModifiers};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::{App, Effect, Event};
use crate::ui;

type Term = Terminal<CrosstermBackend<Stdout>>;

/// There is no terminal to draw on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "mscwork needs a terminal: its output is not a terminal. For plain text use a subcommand such as `mscwork chapters` or `mscwork export`."
)]
pub struct NoTerminal;

/// Refuses early, with a reason, when there is no terminal to draw on.
pub fn check_terminal() -> Result<(), NoTerminal> {
    if !stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(NoTerminal);
    }
    Ok(())
}

fn init() -> io::Result<Term> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enter_screen()?;
    Terminal::new(CrosstermBackend::new(stdout()))
}

/// Raw mode, the alternate screen and bracketed paste; `restore` undoes them.
fn enter_screen() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)
}

/// Safe to call more than once, and from the panic hook.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), DisableBracketedPaste, LeaveAlternateScreen, crossterm::cursor::Show);
}

/// Runs the app until it quits. The terminal is restored on return, on
/// error and on panic.
pub fn run(app: &mut App) -> io::Result<()> {
    let mut terminal = match init() {
        Ok(t) => t,
        Err(e) => {
            restore();
            return Err(e);
        }
    };
    let signals = Signals::register();
    let result = event_loop(&mut terminal, app, &signals);
    if result.is_err() {
        // The terminal failed (or went away): the words still get saved.
        app.quit_now();
    }
    if terminal.show_cursor().is_err() {
        // The terminal is gone. Dropping ratatui's Terminal would report that
        // on stderr, which is gone too, and end in a panic instead of a quiet exit.
        std::mem::forget(terminal);
    }
    restore();
    result
}

/// How often the loop looks for answers read ahead, while they arrive.
const READ_AHEAD_CHECK: Duration = Duration::from_millis(10);

/// Termination requests, raised by signal handlers and read by the loop.
struct Signals {
    /// SIGTERM or SIGHUP.
    term: Arc<AtomicBool>,
    /// SIGINT: in raw mode Ctrl-C is a key, so this comes from `kill`, or
    /// from Ctrl-C inside the user's own editor (meant for that editor).
    int: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> Signals {
        let signals = Signals { term: Arc::new(AtomicBool::new(false)), int: Arc::new(AtomicBool::new(false)) };
        // If a handler cannot be registered the default applies; quitting still saves.
        for signal in [SIGTERM, SIGHUP] {
            let _ = signal_hook::flag::register(signal, Arc::clone(&signals.term));
        }
        let _ = signal_hook::flag::register(SIGINT, Arc::clone(&signals.int));
        // The loop waits in crossterm, which wakes up for input and for a
        // window-size change only: a stop request is passed on as the
        // latter, so it is acted on at once and a quiet loop never has to
        // wake up to look for one.
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            // SAFETY: raise is async-signal-safe.
            let _ = unsafe { signal_hook::low_level::register(signal, wake_the_loop) };
        }
        watch_for_hang_up();
        signals
    }

    fn stop_requested(&self) -> bool {
        self.term.load(Ordering::Relaxed) || self.int.load(Ordering::Relaxed)
    }
}

/// Makes crossterm's wait for input return (with a resize event); the
/// loop then looks at the stop flags and whether the terminal is still there.
fn wake_the_loop() {
    // SAFETY: raise is async-signal-safe and takes no pointers.
    unsafe {
        libc::raise(SIGWINCH);
    }
}

/// A terminal can go away without a SIGHUP reaching us (its controlling
/// process ignores it or is elsewhere); crossterm's wait would then spin
/// until its timeout, and there is none when nothing is due. A thread that
/// sleeps until the terminal hangs up wakes the loop once when it does.
fn watch_for_hang_up() {
    let _ = std::thread::Builder::new().name("hang-up".into()).spawn(|| {
        // Asking for no events still reports a hang-up or an error.
        let mut fds = libc::pollfd { fd: libc::STDIN_FILENO, events: 0, revents: 0 };
        loop {
            // SAFETY: one valid pollfd for the duration of the call; no timeout.
            let ready = unsafe { libc::poll(&mut fds, 1, -1) };
            if ready > 0 {
                wake_the_loop();
                return;
            }
            if ready < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                return;
            }
        }
    });
}

fn event_loop(terminal: &mut Term, app: &mut App, signals: &Signals) -> io::Result<()> {
    let size = terminal.size()?;
    app.handle(Event::Resize(size.width, size.height));
    let mut redraw = true;
    let mut bell = false;
    // After the first frame, the other chapters' answers are read on a
    // thread of their own, ready for History.
    let mut ahead: Option<std::sync::mpsc::Receiver<_>> = None;
    let mut first_frame = true;
    loop {
        if signals.stop_requested() || terminal_hung_up() {
            // SIGTERM, SIGHUP, SIGINT or a vanished terminal: save first and draw nothing, the
            // terminal may be gone. A failed save is retried once, then we
            // leave, because the process is being ended.
            app.quit_now();
            return Ok(());
        }
        if let Some(receive) = &ahead {
            loop {
                match receive.try_recv() {
                    Ok(read) => redraw |= app.take_ahead(read),
                    Err(std::sync::mpsc::TryRecvError::Empty) => break,
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                        ahead = None;
                        release_spare_memory();
                        break;
                    }
                }
            }
        }
        // Drawn before waiting: nothing may wake the loop for a long time.
        if redraw {
            terminal.draw(|frame| ui::render(frame, app))?;
            if std::mem::take(&mut bell) {
                ring_bell()?;
            }
            redraw = false;
        }
        if first_frame {
            first_frame = false;
            ahead = Some(app.read_ahead());
        }
        // Block on input, a signal, or until something is due (autosave,
        // the practice timer); nothing else wakes a quiet loop.
        let wait = app.next_deadline().map(|due| (due - app.clock.now()).to_std().unwrap_or(Duration::ZERO));
        let timeout =
            if ahead.is_some() { Some(wait.map_or(READ_AHEAD_CHECK, |w| w.min(READ_AHEAD_CHECK))) } else { wait };
        if let Some(timeout) = timeout
            && !event::poll(timeout)?
        {
            if wait.is_some_and(|w| w <= timeout) {
                let (changed, effects) = app.tick();
                redraw |= changed;
                match run_effects(terminal, app, signals, effects)? {
                    Next::Quit => return Ok(()),
                    Next::Bell => (bell, redraw) = (true, true),
                    Next::Reopened => (ahead, redraw) = (Some(app.read_ahead()), true),
                    Next::Draw => {}
                }
            }
            continue;
        }
        // Every queued event (a paste without bracketed paste, key repeat)
        // is handled before the next draw, up to a Ctrl-E: the keys after it
        // wait until the user's own editor is done.
        let effects = handle_burst(app, event::read()?)?;
        match run_effects(terminal, app, signals, effects)? {
            Next::Quit => return Ok(()),
            Next::Bell => bell = true,
            Next::Reopened => ahead = Some(app.read_ahead()),
            Next::Draw => {}
        }
        redraw = true;
    }
}

/// What the loop does after the effects of an event have run.
enum Next {
    Draw,
    /// Draw, then ring the bell.
    Bell,
    /// Draw, and read ahead again for the workbook now open.
    Reopened,
    Quit,
}

/// Does what update asked for: hands the text to the user's own editor (and
/// what comes back to the app, which may ask for more), notes a bell, quits.
fn run_effects(terminal: &mut Term, app: &mut App, signals: &Signals, effects: Vec<Effect>) -> io::Result<Next> {
    let mut next = Next::Draw;
    let mut pending = std::collections::VecDeque::from(effects);
    while let Some(effect) = pending.pop_front() {
        match effect {
            Effect::Quit => return Ok(Next::Quit),
            // Reading ahead again must not be lost to a bell in the same batch.
            Effect::Bell if !matches!(next, Next::Reopened) => next = Next::Bell,
            Effect::Bell => {}
            Effect::Reopened => next = Next::Reopened,
            Effect::EditOutside(text, place) => {
                let result = with_terminal_handed_over(terminal, || crate::external::edit(&place, &text))?;
                // Ctrl-C inside the user's editor reaches us too; it was meant for the editor.
                signals.int.store(false, Ordering::Relaxed);
                pending.extend(app.handle(Event::ExternalEdit(result)));
            }
        }
    }
    Ok(next)
}

/// Whether the terminal has gone away (its window closed, the connection
/// dropped) without a SIGHUP reaching us: reading it would only ever return
/// end-of-input.
fn terminal_hung_up() -> bool {
    let mut fds = libc::pollfd { fd: libc::STDIN_FILENO, events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd for the duration of the call, zero timeout.
    let ready = unsafe { libc::poll(&mut fds, 1, 0) };
    ready > 0 && fds.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Hands memory freed after reading ahead (file buffers, the reading
/// thread's arena) back to the system, so it does not stay counted against us.
fn release_spare_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns unused heap pages; it takes no pointers.
    unsafe {
        libc::malloc_trim(0);
    }
}

fn ring_bell() -> io::Result<()> {
    use std::io::Write;
    let mut out = stdout();
    out.write_all(b"\x07")?;
    out.flush()
}

/// Leaves the screen to another program and takes it back afterwards.
fn with_terminal_handed_over<T>(terminal: &mut Term, run: impl FnOnce() -> T) -> io::Result<T> {
    restore();
    let result = run();
    enter_screen()?;
    // A full redraw. `Terminal::clear` would ask the terminal where its
    // cursor is, which not every terminal answers; resizing redraws without asking.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    Ok(result)
}

/// After a typed character, how long the next key may take to still arrive
/// together with it: a terminal without bracketed paste sends a paste as
/// keys far faster than anyone types.
const PASTE_GAP: Duration = Duration::from_millis(5);
/// How long a burst waits for more keys at most, so that a long paste still
/// shows how it is getting on.
const BURST_WAITS_AT_MOST: Duration = Duration::from_millis(200);

/// Hands the app the events that arrive together, `first` first. Keys that
/// closely follow typing are waited for: a paste without bracketed paste
/// then goes into the text in one piece, not in as many pieces as the
/// terminal's small input buffer cuts it into, each of which would cost the
/// editor time in proportion to the whole text.
fn handle_burst(app: &mut App, first: CtEvent) -> io::Result<Vec<Effect>> {
    let started = Instant::now();
    let mut next = Some(first);
    let mut gap = Duration::ZERO;
    let mut failed = None;
    let effects = app.handle_burst(|| {
        loop {
            let read = match next.take() {
                Some(event) => event,
                None => {
                    let wait = if started.elapsed() < BURST_WAITS_AT_MOST { gap } else { Duration::ZERO };
                    match event::poll(wait).and_then(|ready| ready.then(event::read).transpose()) {
                        Ok(Some(event)) => event,
                        Ok(None) => return None,
                        Err(e) => {
                            failed = Some(e);
                            return None;
                        }
                    }
                }
            };
            gap = if types(&read) { PASTE_GAP } else { Duration::ZERO };
            if let Some(event) = app_event(read) {
                return Some(event);
            }
        }
    });
    failed.map_or(Ok(effects), Err)
}

/// Whether a key would type a character or a line break.
fn types(event: &CtEvent) -> bool {
    matches!(event, CtEvent::Key(key)
        if matches!(key.code, KeyCode::Char(_) | KeyCode::Enter)
            && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT))
}

/// The terminal's events the app takes; focus and mouse are not among them.
fn app_event(event: CtEvent) -> Option<Event> {
    match event {
        CtEvent::Key(key) => Some(Event::Key(key)),
        CtEvent::Paste(text) => Some(Event::Paste(text)),
        CtEvent::Resize(w, h) => Some(Event::Resize(w, h)),
        _ => None,
    }
}

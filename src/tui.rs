//! The terminal: set-up, the event loop, and restoring it on every way out.

use std::io::{self, IsTerminal, Stdout, stdout};
use std::time::Duration;

use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event as CtEvent};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::{App, Event};
use crate::ui;

type Term = Terminal<CrosstermBackend<Stdout>>;

/// Refuses early, with a reason, when there is no terminal to draw on.
pub fn check_terminal() -> Result<(), String> {
    if !stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err("mscwork needs a terminal: its output is not a terminal. \
                    For plain text use a subcommand such as `mscwork chapters` or `mscwork export`."
            .to_string());
    }
    Ok(())
}

fn init() -> io::Result<Term> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    Terminal::new(CrosstermBackend::new(stdout()))
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
    let result = event_loop(&mut terminal, app);
    restore();
    result
}

fn event_loop(terminal: &mut Term, app: &mut App) -> io::Result<()> {
    let size = terminal.size()?;
    app.handle(Event::Resize(size.width, size.height));
    loop {
        terminal.draw(|frame| ui::render(frame, app))?;
        if app.bell {
            app.bell = false;
            use std::io::Write;
            let mut out = stdout();
            out.write_all(b"\x07")?;
            out.flush()?;
        }
        if app.quit {
            return Ok(());
        }
        // Block on input; wake up only when something is due (autosave).
        let wait = app.next_deadline().map(|due| (due - app.clock.now()).to_std().unwrap_or(Duration::ZERO));
        let ready = match wait {
            Some(timeout) => event::poll(timeout)?,
            None => true,
        };
        if !ready {
            app.handle(Event::Tick);
            continue;
        }
        forward(app, event::read()?);
        if let Some(text) = app.external_edit.take() {
            let result = with_terminal_handed_over(terminal, || crate::external::edit(&text))?;
            app.handle(Event::ExternalEdit(result));
            continue;
        }
        // Several queued events (a paste without bracketed paste, key
        // repeat) are handled before the next draw.
        while !app.quit && event::poll(Duration::ZERO)? {
            forward(app, event::read()?);
            if let Some(text) = app.external_edit.take() {
                let result = with_terminal_handed_over(terminal, || crate::external::edit(&text))?;
                app.handle(Event::ExternalEdit(result));
                continue;
            }
        }
    }
}

/// Leaves the screen to another program and takes it back afterwards.
fn with_terminal_handed_over<T>(terminal: &mut Term, run: impl FnOnce() -> T) -> io::Result<T> {
    restore();
    let result = run();
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    // A full redraw. `Terminal::clear` would ask the terminal where its
    // cursor is, which not every terminal answers; resizing redraws without asking.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    Ok(result)
}

fn forward(app: &mut App, event: CtEvent) {
    match event {
        CtEvent::Key(key) => app.handle(Event::Key(key)),
        CtEvent::Paste(text) => app.handle(Event::Paste(text)),
        CtEvent::Resize(w, h) => app.handle(Event::Resize(w, h)),
        _ => {}
    }
}

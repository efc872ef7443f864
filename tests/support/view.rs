//! What the user sees: a frame as a terminal shows it, the checks every
//! frame must pass at any size, and where the app is, read from its header.
//! Tests ask these rather than `App`'s fields, so that a change to how the
//! app keeps its state touches this file and not every test.

use mscwork::app::App;
use mscwork::layout::{MIN_HEIGHT, MIN_WIDTH};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// The frame the app draws on a `w`×`h` terminal.
pub fn frame_at(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| mscwork::ui::render(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// Each row as a terminal shows it: a wide character's second cell left out.
/// Fails where a terminal would not show the frame as drawn: a control
/// character in a cell, a character that runs past the right edge or takes
/// no column (the rest of the row would shift), a symbol drawn in a cell a
/// wide character covers (it would never appear).
pub fn shown_rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    let mut rows = Vec::with_capacity(usize::from(area.height));
    for y in 0..area.height {
        let mut row = String::new();
        let mut x = 0;
        while x < area.width {
            let s = buffer[(x, y)].symbol();
            let at = format!("{s:?} at ({x}, {y}) of {}×{}", area.width, area.height);
            assert!(!s.chars().any(char::is_control), "a control character would move the cursor: {at}");
            let cols = u16::try_from(s.width()).unwrap();
            assert!(cols > 0, "a symbol that takes no column shifts the rest of the row: {at}");
            assert!(x + cols <= area.width, "runs past the right edge: {at}");
            for covered in x + 1..x + cols {
                let hidden = buffer[(covered, y)].symbol();
                assert!(hidden == " " || hidden.is_empty(), "{hidden:?} is hidden behind the wide {at}");
            }
            row.push_str(s);
            x += cols;
        }
        rows.push(row);
    }
    rows
}

/// The frame drawn at `w`×`h`, checked as every frame must be (see
/// [`check_frame`]); returns its rows.
pub fn checked_frame_at(app: &App, w: u16, h: u16) -> Vec<String> {
    let rows = shown_rows(&frame_at(app, w, h));
    check_frame(app, &rows, w, h);
    rows
}

/// Below the minimum size the whole frame is the note saying so, with the
/// size it needs; from it up, a header with a title of the workbook, its
/// rule, a body with something in it, and the hint bar at the bottom.
pub fn check_frame(app: &App, rows: &[String], w: u16, h: u16) {
    let frame = || rows.join("\n");
    if w < MIN_WIDTH || h < MIN_HEIGHT {
        // Wrapped to any width: compare the text without its spaces.
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let shown = squash(&rows.concat());
        let note = squash(&format!("terminal too small: {w}×{h}, needs {MIN_WIDTH}×{MIN_HEIGHT}."));
        assert!(shown.starts_with(&note) || note.starts_with(&shown), "no too-small note at {w}×{h}:\n{}", frame());
        assert_eq!(shown.is_empty(), w == 0 || h == 0, "at {w}×{h}:\n{}", frame());
        return;
    }
    let last = rows.len() - 1;
    assert!(header_title(app, &rows[0]).is_some(), "no title in the header at {w}×{h}:\n{}", frame());
    // An overlay's box may cover the rule, never its ends.
    assert!(rows[1].starts_with('─') && rows[1].ends_with('─'), "no rule under the header at {w}×{h}:\n{}", frame());
    assert!(rows[2..last - 1].iter().any(|r| !r.trim().is_empty()), "an empty body at {w}×{h}:\n{}", frame());
    assert!(!rows[last].trim().is_empty(), "no hint bar at {w}×{h}:\n{}", frame());
}

/// The titles a header can show: the workbook's, a chapter's, the assessment's, and the app's own screens'.
fn titles(app: &App) -> Vec<String> {
    let workbook = &app.workbook;
    let mut titles = vec![workbook.manifest.title.clone()];
    titles.extend(workbook.chapters.iter().map(|c| format!("{}. {}", c.number, c.title)));
    titles.extend(workbook.assessment.iter().map(|a| a.title.clone()));
    titles.extend(["History", "Settings", "Practice log", "Practices", "Silent timer"].map(String::from));
    // The same screens in the language spoken.
    let own = ["ui-history", "ui-settings-title", "ui-log", "ui-practices", "ui-timer"];
    titles.extend(own.map(|id| mscwork::i18n::tr(app.lang, id)));
    titles.iter().map(|t| drawn(t)).collect()
}

/// A text as drawn: a control character is never drawn (ratatui leaves it out).
fn drawn(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// The title `header` (the top row) starts with, whole or cut short with
/// `…`, and what follows it on the right; None when it shows no known title.
fn header_title(app: &App, header: &str) -> Option<(String, String)> {
    let shown = header.strip_prefix(' ')?;
    let cut = shown.find('…').map(|i| &shown[..i]);
    // The longest first: "1. A" must not be taken for "1. A B".
    let mut titles = titles(app);
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles.into_iter().find_map(|t| {
        if let Some(rest) = shown.strip_prefix(t.as_str())
            && (rest.is_empty() || rest.starts_with(' '))
        {
            return Some((t, rest.trim().to_string()));
        }
        let cut = cut?;
        t.starts_with(cut).then(|| (t.clone(), shown[cut.len() + '…'.len_utf8()..].trim().to_string()))
    })
}

/// Where the app is, as its screen shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Home,
    /// A chapter's page, on one of its steps.
    Chapter,
    /// Answering a check-in or a choice on a chapter's page.
    Answer,
    Editor,
    Practice,
    Assessment,
    History,
    Settings,
    PracticeLog,
    /// The practices launcher.
    Practices,
    /// The plain timer, running or just ended.
    Timer,
    /// The terminal is below the minimum size: only the note shows.
    TooSmall,
}

/// The screen drawn at the app's size, rows as a terminal shows them.
pub fn rows(app: &App) -> Vec<String> {
    let (w, h) = app.size;
    shown_rows(&frame_at(app, w, h))
}

/// Where the app is, read from the header (its title and the note on the
/// right) and, on a chapter's page, from the hint bar.
pub fn place(app: &App) -> Place {
    let rows = rows(app);
    if rows.len() < usize::from(MIN_HEIGHT) || rows[0].width() < usize::from(MIN_WIDTH) {
        return Place::TooSmall;
    }
    let frame = || rows.join("\n");
    let Some((title, right)) = header_title(app, &rows[0]) else {
        panic!("no title in the header:\n{}", frame());
    };
    let hints = rows.last().unwrap();
    match title.as_str() {
        "History" => Place::History,
        "Settings" => Place::Settings,
        "Practice log" => Place::PracticeLog,
        "Practices" => Place::Practices,
        "Silent timer" => Place::Timer,
        t if t == drawn(&app.workbook.manifest.title) => Place::Home,
        t if app.workbook.assessment.as_ref().is_some_and(|a| drawn(&a.title) == t) => Place::Assessment,
        _ if right.starts_with(&mscwork::i18n::tr(app.lang, "ui-editor-writing")) => Place::Editor,
        // A practice's page says how long it lasts; its step on the chapter page does not.
        _ if right.contains(" min ·") => Place::Practice,
        _ if hints
            .trim_start()
            .starts_with(&format!("n {} ", mscwork::i18n::tr(app.lang, "keys-chapter-next-hint"))) =>
        {
            Place::Chapter
        }
        // Under a box the hint bar has the box's keys: the page below is told by the app.
        _ if overlay(app).is_some() && app.screen() == mscwork::app::Screen::Chapter => Place::Chapter,
        _ => Place::Answer,
    }
}

/// The title of the screen shown, as the header has it.
pub fn title(app: &App) -> String {
    let rows = rows(app);
    header_title(app, &rows[0]).unwrap_or_else(|| panic!("no title in the header:\n{}", rows.join("\n"))).0
}

/// The note on the right of the header (a step's kind and number, a tab, a count).
pub fn header_note(app: &App) -> String {
    let rows = rows(app);
    header_title(app, &rows[0]).unwrap_or_else(|| panic!("no title in the header:\n{}", rows.join("\n"))).1
}

/// The hint bar, trimmed.
pub fn hint_bar(app: &App) -> String {
    rows(app).last().map(|r| r.trim().to_string()).unwrap_or_default()
}

/// The titles of the boxes the app draws over a screen.
/// The boxes by their English title, with the message that titles them in
/// the language spoken.
const OVERLAYS: [(&str, &str); 9] = [
    ("Welcome", "ui-box-welcome"),
    ("Help", "ui-box-help"),
    ("Grounding", "ui-box-grounding"),
    ("Backdraft", "ui-box-backdraft"),
    ("Support", "ui-box-support"),
    ("Look after yourself", "ui-box-care"),
    ("Before you begin", "ui-box-intake"),
    ("Start over?", "ui-confirm-discard"),
    ("Quit?", "ui-confirm-quit"),
];

/// The box drawn over the screen, by its English title whatever the
/// language; None when there is none.
pub fn overlay(app: &App) -> Option<&'static str> {
    let rows = rows(app);
    OVERLAYS.into_iter().find_map(|(english, id)| {
        let spoken = mscwork::i18n::tr(app.lang, id);
        let drawn = |t: &str| rows.iter().any(|r| r.contains(&format!("┌ {t} ─")));
        (drawn(english) || drawn(&spoken)).then_some(english)
    })
}

/// What the status line says (an error's text without its `!`); empty when nothing.
pub fn status(app: &App) -> String {
    app.shown_status().map(|s| s.text).unwrap_or_default()
}

//! Rendering: pure functions of `App`. Each screen draws itself (its
//! `view` in [`crate::screens`]); here is what they share, and the one
//! entry point that picks the screen.

pub mod text;
pub mod widgets;

use ratatui::Frame;

use crate::app::{App, Screen};
use crate::layout;
use crate::screens::{assessment, chapter, editor, history, home, overlay, practice, practice_log, settings};

pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        widgets::too_small(frame, area, app);
        return;
    }
    match (app.screen, &app.editor) {
        (Screen::Editor, Some(editor)) => editor::view::render(frame, app, area, editor),
        (Screen::Chapter | Screen::Answer, _) | (Screen::Editor, None) => chapter::view::render(frame, app, area),
        (Screen::Practice, _) => practice::view::render(frame, app, area),
        (Screen::Settings, _) => settings::view::render(frame, app, area),
        (Screen::Assessment, _) => assessment::view::render(frame, app, area),
        (Screen::History, _) => history::view::render(frame, app, area),
        (Screen::PracticeLog, _) => practice_log::view::render(frame, app, area),
        (Screen::Home, _) => home::view::render(frame, app, area),
    }
    widgets::long_status(frame, area, app);
    if let Some(overlay) = app.overlay {
        overlay::view::render(frame, app, area, overlay);
    }
}

//! Rendering: pure functions of `App`, one file per screen.

pub mod assessment;
pub mod chapter;
pub mod editor;
pub mod history;
pub mod home;
pub mod overlay;
pub mod practice;
pub mod practice_log;
pub mod settings;
pub mod text;
pub mod widgets;

use ratatui::Frame;

use crate::app::{App, Screen};
use crate::layout;

pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        widgets::too_small(frame, area, app);
        return;
    }
    match (app.screen, &app.editor) {
        (Screen::Editor, Some(editor)) => editor::render(frame, app, area, editor),
        (Screen::Chapter | Screen::Answer, _) | (Screen::Editor, None) => chapter::render(frame, app, area),
        (Screen::Practice, _) => practice::render(frame, app, area),
        (Screen::Settings, _) => settings::render(frame, app, area),
        (Screen::Assessment, _) => assessment::render(frame, app, area),
        (Screen::History, _) => history::render(frame, app, area),
        (Screen::PracticeLog, _) => practice_log::render(frame, app, area),
        (Screen::Home, _) => home::render(frame, app, area),
    }
    widgets::long_status(frame, area, app);
    if let Some(overlay) = app.overlay {
        overlay::render(frame, app, area, overlay);
    }
}

//! Rendering: pure functions of `App`. Each screen draws itself (its
//! `view` in [`crate::screens`]); here is what they share, and the one
//! entry point that picks the screen.

pub mod text;
pub mod widgets;

use ratatui::Frame;

use crate::app::App;
use crate::app::state::Shown;
use crate::layout;
use crate::screens::{
    assessment, chapter, editor, history, home, overlay, practice, practice_log, practices, settings,
};

pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        widgets::too_small(frame, area, app);
        return;
    }
    match &app.shown {
        Shown::Editor(editor) => editor::view::render(frame, app, area, editor),
        Shown::Chapter | Shown::Answer(_) => chapter::view::render(frame, app, area),
        Shown::Practice(_) => practice::view::render(frame, app, area),
        Shown::Settings => settings::view::render(frame, app, area),
        Shown::Assessment(_) => assessment::view::render(frame, app, area),
        Shown::History(_) => history::view::render(frame, app, area),
        Shown::PracticeLog => practice_log::view::render(frame, app, area),
        Shown::Practices(state) => practices::view::render(frame, app, area, state),
        Shown::Home => home::view::render(frame, app, area),
    }
    widgets::long_status(frame, area, app);
    if let Some(overlay) = app.overlay {
        overlay::view::render(frame, app, area, overlay);
    }
}

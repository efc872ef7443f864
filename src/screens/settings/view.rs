//! The settings screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::journal::ThemeSetting;
use crate::screens::settings::{DAY_START_HOURS, Row, no_color};

use crate::layout::{areas, column};
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{header, hints, status, truncate};

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.theme;
    let a = areas(area);
    header(frame, a.header, app, "Settings", "saved as you change them");
    let body = column(a.body);
    let s = app.journal.settings();
    let theme_name = match s.theme {
        ThemeSetting::Default => "default",
        ThemeSetting::Light => "light",
        ThemeSetting::Monochrome => "monochrome",
    };
    let rows = Row::ALL.map(|row| match row {
        Row::Bell => {
            ("Bell at the start and end of a practice", if s.bell { "on".to_string() } else { "off".to_string() })
        }
        Row::Theme => ("Theme", theme_name.to_string()),
        // As the rest of the workbook reads it: the hour, at most 23.
        Row::DayStart => ("A day starts at (for late practice)", format!("{:02}:00", s.day_starts_at.min(23))),
    });
    let mut lines = Vec::new();
    for (i, (label, value)) in rows.iter().enumerate() {
        let selected = i == app.settings_selected;
        let style = if selected { theme.selected } else { theme.base };
        let marker = if selected { "> " } else { "  " };
        // The value always shows whole; a long label gives way on a narrow screen.
        let value_text = format!("‹ {value} ›");
        let room = usize::from(body.width).saturating_sub(crate::ui::widgets::width(&value_text) + 3);
        let label = truncate(label, room.saturating_sub(2));
        let gap = room.saturating_sub(crate::ui::widgets::width(&label) + 2).max(1);
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}{label}"), style),
            Span::styled(" ".repeat(gap), style),
            Span::styled(value_text, if selected { theme.selected } else { theme.title }),
        ]));
    }
    lines.push(Line::default());
    if !DAY_START_HOURS.contains(&s.day_starts_at) {
        lines.extend(wrap_styled(
            &format!(
                "A day starts at {:02}:00, as the settings file says; here you can choose {:02}:00 to {:02}:00.",
                s.day_starts_at.min(23),
                DAY_START_HOURS.start(),
                DAY_START_HOURS.end()
            ),
            usize::from(body.width),
            theme.dim,
            &[],
        ));
    }
    if no_color() {
        lines.extend(wrap_styled(
            "NO_COLOR is set, so mscwork shows no colour whatever the theme.",
            usize::from(body.width),
            theme.dim,
            &[],
        ));
    }
    lines.extend(wrap_styled(
        &format!("Settings live in {}.", app.journal.dir().settings().display()),
        usize::from(body.width),
        theme.dim,
        &[],
    ));
    frame.render_widget(Paragraph::new(lines), body);
    status(frame, a.status, app, None);
    hints(frame, a.hints, app, app.screen_context());
}

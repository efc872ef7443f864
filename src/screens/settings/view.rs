//! The settings screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::journal::{Pace, ThemeSetting};
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
    let rows = row_values(app);
    let mut lines = Vec::new();
    for (i, (label, value)) in rows.iter().enumerate() {
        if matches!(Row::ALL[i], Row::Course | Row::Language) {
            lines.push(Line::default());
        }
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
    course_lines(app, usize::from(body.width), &mut lines);
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

/// "8 weeks: one chapter a week" as "8 weeks": the value column is narrow.
fn short_title(title: &str) -> String {
    title.split(':').next().unwrap_or(title).trim().to_string()
}

/// Under the rows: what the chosen path is, where the user stands in it,
/// and what the pace means, or how to choose one.
fn course_lines(app: &App, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &app.theme;
    let text = match app.course_today() {
        None if app.workbook.paths.is_empty() => return,
        None => "Choose a course path (8, 6 or 4 weeks) to see each week's chapter, practices and minutes on the chapter list. Nothing is lost if you change it later.".to_string(),
        Some(t) => {
            let pace = match app.journal.settings().course.as_ref().map(|c| c.pace) {
                Some(Pace::Own(_)) => "At your own pace, a week ends when you move on from the chapter list.",
                _ => "By the calendar, a new week starts every seven days; if a week slips by, you can stay with it at your own pace.",
            };
            format!("{}: {} {pace}", t.path.title, t.path.about)
        }
    };
    lines.extend(wrap_styled(&text, width, theme.dim, &[]));
    lines.push(Line::default());
}

/// Each row's label and its value as shown.
fn row_values(app: &App) -> [(&'static str, String); 7] {
    let s = app.journal.settings();
    let theme_name = match s.theme {
        ThemeSetting::Default => "default",
        ThemeSetting::Light => "light",
        ThemeSetting::Monochrome => "monochrome",
    };
    let path = s
        .course
        .as_ref()
        .map(|c| app.workbook.paths.iter().find(|p| p.id == c.path).map_or(c.path.clone(), |p| short_title(&p.title)));
    Row::ALL.map(|row| match row {
        Row::Bell => {
            ("Bell at the start and end of a practice", if s.bell { "on".to_string() } else { "off".to_string() })
        }
        Row::Theme => ("Theme", theme_name.to_string()),
        // As the rest of the workbook reads it: the hour, at most 23.
        Row::DayStart => ("A day starts at (for late practice)", format!("{:02}:00", s.day_starts_at.min(23))),
        Row::Course => ("Course path", path.clone().unwrap_or_else(|| "none".to_string())),
        Row::CourseStart => (
            "Week 1 started on",
            s.course.as_ref().map_or("—".to_string(), |c| c.start.format("%a %-d %b %Y").to_string()),
        ),
        Row::Language => ("Language (taal)", app.lang.name().to_string()),
        Row::Pace => (
            "The weeks follow",
            match s.course.as_ref().map(|c| c.pace) {
                None => "—".to_string(),
                Some(Pace::Calendar) => "the calendar".to_string(),
                Some(Pace::Own(week)) => format!("my own pace (week {week})"),
            },
        ),
    })
}

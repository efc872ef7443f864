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
    header(frame, a.header, app, &app.t("ui-settings-title"), &app.t("ui-settings-saved-as-you-go"));
    let body = column(a.body);
    let s = app.journal.settings();
    let rows = row_values(app);
    let mut lines = Vec::new();
    for (i, (label, value)) in rows.iter().enumerate() {
        if matches!(Row::ALL[i], Row::Course | Row::Language | Row::Workbook) {
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
            &app.t_with(
                "ui-settings-day-start-by-hand",
                &[
                    ("hour", format!("{:02}:00", s.day_starts_at.min(23)).into()),
                    ("first", format!("{:02}:00", DAY_START_HOURS.start()).into()),
                    ("last", format!("{:02}:00", DAY_START_HOURS.end()).into()),
                ],
            ),
            usize::from(body.width),
            theme.dim,
            &[],
        ));
    }
    if no_color() {
        lines.extend(wrap_styled(&app.t("ui-settings-no-color"), usize::from(body.width), theme.dim, &[]));
    }
    lines.extend(wrap_styled(
        &app.t_with("ui-settings-live-in", &[("path", app.journal.dir().settings().display().to_string().into())]),
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
        None => app.t("ui-settings-choose-course"),
        Some(t) => {
            let pace = match app.journal.settings().course.as_ref().map(|c| c.pace) {
                Some(Pace::Own(_)) => app.t("ui-settings-own-pace"),
                _ => app.t("ui-settings-calendar-pace"),
            };
            format!("{}: {} {pace}", t.path.title, t.path.about)
        }
    };
    lines.extend(wrap_styled(&text, width, theme.dim, &[]));
    lines.push(Line::default());
}

/// Each row's label and its value as shown.
fn row_values(app: &App) -> [(String, String); 8] {
    let s = app.journal.settings();
    let theme_name = match s.theme {
        ThemeSetting::Default => app.t("ui-settings-theme-default"),
        ThemeSetting::Light => app.t("ui-settings-theme-light"),
        ThemeSetting::Monochrome => app.t("ui-settings-theme-monochrome"),
    };
    let path = s
        .course
        .as_ref()
        .map(|c| app.workbook.paths.iter().find(|p| p.id == c.path).map_or(c.path.clone(), |p| short_title(&p.title)));
    Row::ALL.map(|row| match row {
        Row::Bell => (app.t("ui-settings-bell"), app.t(if s.bell { "ui-on" } else { "ui-off" })),
        Row::Theme => (app.t("ui-settings-theme"), theme_name.clone()),
        // As the rest of the workbook reads it: the hour, at most 23.
        Row::DayStart => (app.t("ui-settings-day-start"), format!("{:02}:00", s.day_starts_at.min(23))),
        Row::Course => (app.t("ui-settings-course"), path.clone().unwrap_or_else(|| app.t("ui-none"))),
        Row::CourseStart => (
            app.t("ui-settings-course-start"),
            s.course.as_ref().map_or("—".to_string(), |c| app.lang.day(c.start, "%a %-d %b %Y")),
        ),
        Row::Language => (app.t("ui-settings-language"), app.lang.name().to_string()),
        Row::Workbook => (app.t("ui-settings-workbook"), app.workbook.manifest.title.clone()),
        Row::Pace => (
            app.t("ui-settings-pace"),
            match s.course.as_ref().map(|c| c.pace) {
                None => "—".to_string(),
                Some(Pace::Calendar) => app.t("ui-settings-pace-calendar"),
                Some(Pace::Own(week)) => app.t_with("ui-settings-pace-own", &[("n", week.into())]),
            },
        ),
    })
}

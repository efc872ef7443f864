//! The practices launcher: the plain timer's two rows on top, then every
//! practice with its chapter, length and kind, favourites (★) first. And
//! the timer while it runs: a gauge, the time left, when the bell rings.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::content::{PracticeKind, Step};
use crate::screens::practice::session::{Phase, clock_text};
use crate::screens::practices::{PracticesState, TIMER_ROWS, Timer};

use crate::layout::{areas, column};
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{header, hints, status, truncate, width as cols};

/// Below this width the kind (formal, informal) is left out of a practice's row.
const KIND_FROM_WIDTH: usize = 60;

pub fn render(frame: &mut Frame, app: &App, area: Rect, state: &PracticesState) {
    match &state.timer {
        Some(timer) => render_timer(frame, app, area, timer),
        None => render_list(frame, app, area, state),
    }
}

fn render_list(frame: &mut Frame, app: &App, area: Rect, state: &PracticesState) {
    let theme = &app.theme;
    let a = areas(area);
    let count = app.t_with("ui-practices-count", &[("count", state.order.len().into())]);
    header(frame, a.header, app, &app.t("ui-practices"), &count);
    let body = column(a.body);
    let width = usize::from(body.width);
    let mut lines = vec![Line::styled(app.t("ui-timer"), theme.heading)];
    let interval = match state.interval() {
        None => app.t("ui-none"),
        Some(m) => app.t_with("ui-timer-every", &[("minutes", m.into())]),
    };
    lines.push(setting_line(app, &app.t("ui-timer-minutes"), &state.minutes.to_string(), state.selected == 0, width));
    lines.push(setting_line(app, &app.t("ui-timer-interval"), &interval, state.selected == 1, width));
    if !app.journal.settings().bell {
        let text = app.t("ui-timer-bell-off");
        lines.extend(wrap_styled(&text, width, theme.dim, &[]));
    }
    lines.push(Line::default());
    lines.push(Line::styled(truncate(&app.t("ui-practices-favourites-first"), width), theme.heading));
    let right: Vec<String> = state.order.iter().map(|&(c, s)| right_text(app, c, s, width)).collect();
    let right_w = right.iter().map(|r| cols(r)).max().unwrap_or(0);
    // The timer's rows come right under its heading.
    let mut focus = state.selected + 1;
    for (i, (&(c, s), right)) in state.order.iter().zip(&right).enumerate() {
        let selected = state.selected == TIMER_ROWS + i;
        if selected {
            focus = lines.len();
        }
        lines.extend(practice_lines(app, (c, s), right, right_w, selected, width));
    }
    let height = usize::from(body.height);
    let top = state.scroll.fit_focus(lines.len(), height, Some(focus));
    let shown: Vec<Line> = lines.into_iter().skip(top).take(height).collect();
    frame.render_widget(Paragraph::new(shown), body);
    status(frame, a.status, app, None);
    hints(frame, a.hints, app, app.screen_context());
}

/// A row of the timer: its name, and its value between ‹ › on the right.
fn setting_line(app: &App, label: &str, value: &str, selected: bool, width: usize) -> Line<'static> {
    let theme = &app.theme;
    let style = if selected { theme.selected } else { theme.base };
    let marker = if selected { "> " } else { "  " };
    let value = format!("‹ {value} ›");
    let gap = width.saturating_sub(cols(label) + cols(&value) + 2).max(1);
    Line::from(vec![
        Span::styled(format!("{marker}{label}"), style),
        Span::styled(" ".repeat(gap), style),
        Span::styled(value, if selected { theme.selected } else { theme.title }),
    ])
}

/// A practice's chapter, length and (where there is room) kind.
fn right_text(app: &App, chapter: usize, step: usize, width: usize) -> String {
    let c = &app.workbook.chapters[chapter];
    let Step::Practice(p) = &c.steps[step] else { return String::new() };
    let kind = match p.kind {
        PracticeKind::Formal => app.t("ui-practices-formal"),
        PracticeKind::Informal => app.t("ui-practices-informal"),
    };
    if width >= KIND_FROM_WIDTH {
        format!("{} {}  {:>2} min  {kind:<8}", app.t("ui-practices-ch"), c.number, p.minutes)
    } else {
        format!("{} {}  {:>2} min", app.t("ui-practices-ch"), c.number, p.minutes)
    }
}

/// One practice: ★ when a favourite, its title, then its chapter, length
/// and kind in columns; a title too long for its room goes on below,
/// so nothing is cut.
fn practice_lines(
    app: &App,
    (chapter, step): (usize, usize),
    right: &str,
    right_w: usize,
    selected: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let style = if selected { theme.selected } else { theme.base };
    let marker = if selected { "> " } else { "  " };
    let star = if app.is_favourite(chapter, step) { "★ " } else { "  " };
    let room = width.saturating_sub(right_w + 6).max(8);
    let title = app.workbook.chapters[chapter].steps[step].title();
    let parts = textwrap::wrap(title, textwrap::Options::new(room).break_words(true));
    let first = parts.first().map(|p| p.to_string()).unwrap_or_default();
    let gap = width.saturating_sub(4 + cols(&first) + right_w).max(1);
    let mut lines = vec![Line::from(vec![
        Span::styled(marker, style),
        Span::styled(star, if selected { theme.selected } else { theme.title }),
        Span::styled(first, style),
        Span::styled(" ".repeat(gap), style),
        Span::styled(format!("{right:<right_w$}"), if selected { theme.selected } else { theme.dim }),
    ])];
    for part in parts.iter().skip(1) {
        let rest = width.saturating_sub(4 + cols(part));
        lines.push(Line::styled(format!("    {part}{}", " ".repeat(rest)), style));
    }
    lines
}

fn render_timer(frame: &mut Frame, app: &App, area: Rect, timer: &Timer) {
    let theme = &app.theme;
    let a = areas(area);
    let session = &timer.session;
    let planned = session.planned.num_minutes();
    header(frame, a.header, app, &app.t("ui-timer"), &app.t_with("ui-timer-header", &[("minutes", planned.into())]));
    let body = column(a.body);
    let width = usize::from(body.width);
    let now = app.clock.now();
    let mut lines = Vec::new();
    if session.phase == Phase::Done {
        lines.extend(summary_lines(app, timer, width));
    } else {
        lines.extend(wrap_styled(&app.t("ui-timer-sit"), width, theme.base, &[]));
        lines.push(Line::default());
    }
    let top_h = u16::try_from(lines.len()).unwrap_or(0).min(body.height);
    frame.render_widget(Paragraph::new(lines), Rect::new(body.x, body.y, body.width, top_h));
    if session.phase != Phase::Done && body.height > top_h + 2 {
        let g = crate::screens::practice::view::time_gauge(app, session, now);
        frame.render_widget(g, Rect::new(body.x, body.y + top_h, body.width, 1));
        let bell = wrap_styled(&bell_text(app, timer), width, theme.dim, &[]);
        let rest = Rect::new(body.x, body.y + top_h + 2, body.width, body.height - top_h - 2);
        frame.render_widget(Paragraph::new(bell), rest);
    }
    status(frame, a.status, app, crate::screens::practice::view::status_note(app, session.phase, false));
    hints(frame, a.hints, app, app.screen_context());
}

/// When the bell rings, as the settings allow.
fn bell_text(app: &App, timer: &Timer) -> String {
    if !app.journal.settings().bell {
        return app.t("ui-timer-no-bell");
    }
    match timer.interval {
        None => app.t("ui-timer-bell-end"),
        Some(m) => app.t_with("ui-timer-bell-every", &[("minutes", m.into())]),
    }
}

fn summary_lines(app: &App, timer: &Timer, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let session = &timer.session;
    let planned = session.planned.num_minutes();
    let text = if session.finished {
        app.t_with("ui-timer-full", &[("minutes", planned.into())])
    } else {
        app.t_with("ui-timer-part", &[("done", clock_text(session.accumulated).into()), ("minutes", planned.into())])
    };
    let mut lines = wrap_styled(&text, width, theme.base, &[]);
    if session.log_index.is_some() {
        lines.extend(wrap_styled(&app.t("ui-practice-logged"), width, theme.dim, &[]));
    }
    lines.push(Line::default());
    lines.extend(wrap_styled(&app.t("ui-timer-back"), width, theme.key, &[]));
    lines
}

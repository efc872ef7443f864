//! Practice over the weeks: minutes per week against the guidance, a
//! calendar of practised days, and every session by day. Gentle by design:
//! it shows what was done, never what was missed.

use chrono::{Duration, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Paragraph};

use crate::app::App;
use crate::history::practice::{daily_minutes, weekly};
use crate::journal::PracticeEntry;
use crate::journal::days::{practice_day, week_start};

use crate::layout::{areas, column};
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{header, hints, status, truncate};

const WEEKS: usize = 12;
/// The training's guidance: 30 to 60 minutes a day.
const GUIDE_WEEK: (u32, u32) = (210, 420);

fn entries(app: &App) -> &[PracticeEntry] {
    app.journal.practice_log_loaded().map_or(&[], |l| l.entries.as_slice())
}

fn today(app: &App) -> NaiveDate {
    practice_day(&app.clock.now(), app.journal.settings().day_starts_at)
}

/// Rows above the session list: summary, chart and calendar.
fn top_height(body: Rect) -> u16 {
    if body.height >= 16 { 12 } else { 0 }
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.theme;
    let a = areas(area);
    let body = column(a.body);
    let all = entries(app);
    let count = if all.len() == 1 { "1 session".to_string() } else { format!("{} sessions", all.len()) };
    header(frame, a.header, app, "Practice log", &count);
    let today = today(app);
    let day_start = app.journal.settings().day_starts_at;
    // The chart and calendar need only the last twelve weeks: the log is in
    // the order sessions happened, so they are the tail of it.
    let first = week_start(today) - Duration::weeks(WEEKS as i64 - 1);
    let recent = &all[all.iter().rposition(|e| practice_day(&e.start, day_start) < first).map_or(0, |i| i + 1)..];
    let weeks = weekly(recent, day_start, today, WEEKS);
    let top = top_height(body);
    if top > 0 {
        let this_week = weeks.last().map_or((0.0, 0), |w| (w.minutes, w.sessions));
        let summary = format!(
            "This week: {} session{}, {:.0} minutes. The training suggests 30–60 minutes a day ({}–{} a week); every minute counts.",
            this_week.1,
            if this_week.1 == 1 { "" } else { "s" },
            this_week.0,
            GUIDE_WEEK.0,
            GUIDE_WEEK.1
        );
        let summary_lines = wrap_styled(&summary, usize::from(body.width), theme.base, &[]);
        let sh = u16::try_from(summary_lines.len()).unwrap_or(2).min(2);
        frame.render_widget(Paragraph::new(summary_lines), Rect::new(body.x, body.y, body.width, sh));
        let chart_w = (WEEKS as u16 * 4).min(body.width);
        let chart_area = Rect::new(body.x, body.y + sh + 1, chart_w, top - sh - 1);
        let bars: Vec<Bar> = weeks
            .iter()
            .map(|w| {
                Bar::with_label(w.start.format("%d").to_string(), w.minutes.round() as u64)
                    .text_value(format!("{:.0}", w.minutes))
            })
            .collect();
        let max = weeks.iter().map(|w| w.minutes.round() as u64).max().unwrap_or(0).max(u64::from(GUIDE_WEEK.0));
        let chart = BarChart::vertical(bars)
            .bar_width(3)
            .bar_gap(1)
            .max(max)
            .bar_style(theme.title)
            .value_style(theme.selected)
            .label_style(theme.dim);
        frame.render_widget(
            chart,
            Rect::new(chart_area.x, chart_area.y, chart_area.width, chart_area.height.saturating_sub(1)),
        );
        let caption = Line::styled("minutes per week, weeks from Monday", theme.dim);
        frame.render_widget(
            Paragraph::new(caption),
            Rect::new(chart_area.x, chart_area.y + chart_area.height.saturating_sub(1), chart_area.width, 1),
        );
        if body.width >= chart_w + 28 {
            let cal = Rect::new(body.x + chart_w + 2, chart_area.y, body.width - chart_w - 2, chart_area.height);
            frame.render_widget(Paragraph::new(calendar(app, recent, first, today, day_start)), cal);
        }
    }
    let list_area = Rect::new(body.x, body.y + top, body.width, body.height.saturating_sub(top));
    let height = usize::from(list_area.height);
    // The rows were counted as the log opened (it cannot change while shown);
    // with no session, the text saying so is what scrolls.
    let rows =
        if all.is_empty() { session_lines(app, all, usize::from(body.width), 0, 0).1 } else { app.practice_log_rows };
    let first = app.practice_log_scroll.fit(rows, height);
    let (lines, _) = session_lines(app, all, usize::from(body.width), first, height);
    frame.render_widget(Paragraph::new(lines), list_area);
    status(frame, a.status, app, None);
    hints(frame, a.hints, app, app.screen_context());
}

/// Twelve weeks of days, Monday on top: darker for more minutes.
/// `first` is the Monday of the first week shown.
fn calendar(app: &App, all: &[PracticeEntry], first: NaiveDate, today: NaiveDate, day_start: u8) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let days = daily_minutes(all, day_start);
    let mut lines = vec![Line::styled("days practised", theme.dim)];
    for (row, name) in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].iter().enumerate() {
        let mut spans = vec![Span::styled(format!("{name} "), theme.dim)];
        for week in 0..WEEKS {
            let day = first + Duration::weeks(week as i64) + Duration::days(row as i64);
            let cell = if day > today {
                " "
            } else {
                match days.get(&day).copied().unwrap_or(0.0) {
                    m if m <= 0.0 => "·",
                    m if m < 10.0 => "░",
                    m if m < 30.0 => "▒",
                    m if m < 60.0 => "▓",
                    _ => "█",
                }
            };
            let style = if day == today { theme.selected } else { theme.title };
            if week > 0 {
                spans.push(Span::raw(" "));
            }
            spans.push(Span::styled(cell.to_string(), style));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled("·0 ░<10 ▒<30 ▓<60 █60+ min", theme.dim));
    lines
}

/// Every session, newest first, under its day: the rows from `first`, at
/// most `count` of them. Only the rows on screen are built, and the log is
/// read no further than they reach. With no session: the empty-log text,
/// and its length.
fn session_lines(
    app: &App,
    all: &[PracticeEntry],
    width: usize,
    first: usize,
    count: usize,
) -> (Vec<Line<'static>>, usize) {
    let theme = &app.theme;
    let day_start = app.journal.settings().day_starts_at;
    let mut lines = Vec::new();
    if all.is_empty() {
        lines.extend(wrap_styled(
            "No practice logged yet. Each chapter has guided practices: open one with Enter and the time you spend appears here.",
            width,
            theme.dim,
            &[],
        ));
        let n = lines.len();
        return (lines, n);
    }
    let visible = first..first + count;
    let mut row = 0;
    let mut day = None;
    for e in all.iter().rev() {
        let d = practice_day(&e.start, day_start);
        if day != Some(d) {
            if day.is_some() {
                if visible.contains(&row) {
                    lines.push(Line::default());
                }
                row += 1;
            }
            if visible.contains(&row) {
                lines.push(Line::styled(d.format("%A %-d %B %Y").to_string(), theme.heading));
            }
            row += 1;
            day = Some(d);
        }
        if visible.contains(&row) {
            lines.push(Line::styled(session_text(app, e, width), theme.base));
        }
        row += 1;
        if row >= visible.end {
            break;
        }
    }
    (lines, row)
}

fn session_text(app: &App, e: &PracticeEntry, width: usize) -> String {
    let title = app
        .workbook
        .chapter(&e.chapter)
        .and_then(|c| c.step(&e.practice).map(|s| (c.number, s.title().to_string())))
        .map_or(e.practice.to_string(), |(n, t)| format!("{t} (ch. {n})"));
    let mut text = format!(
        "  {}  {:.0} of {} min{}",
        e.start.format("%H:%M"),
        e.actual_minutes,
        e.planned_minutes,
        if e.finished { "" } else { ", stopped early" }
    );
    if let (Some(b), Some(a)) = (e.rating_before, e.rating_after) {
        text.push_str(&format!(", check-in {b} → {a}"));
    } else if let Some(b) = e.rating_before {
        text.push_str(&format!(", check-in {b}"));
    }
    // The practice's name gives way first on a narrow screen.
    let room = width.saturating_sub(crate::ui::widgets::width(&text) + 2);
    let (time, rest) = text.split_at(9);
    format!("{time}{}  {}", truncate(&title, room.max(8)), rest.trim_start())
}

//! Practice over the weeks: minutes per week, a calendar of practised days,
//! and every session by day. Gentle by design: it shows what was done, never
//! what was missed; the training's suggestion is said once, in the chart's
//! caption, and nothing is measured against it. Every length is in whole
//! minutes, "12 min" ("<1 min" for a few seconds).

use chrono::{Datelike, Duration, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph};

use crate::app::App;
use crate::history::practice::{WeekTotal, daily_minutes, minutes_text, weekly, whole_minutes};
use crate::journal::PracticeEntry;
use crate::journal::days::{practice_day, week_start};

use crate::layout::{areas, column};
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{header, hints, status, truncate};

const WEEKS: usize = 12;

fn entries(app: &App) -> &[PracticeEntry] {
    app.journal.practice_log_loaded().map_or(&[], |l| l.entries.as_slice())
}

fn today(app: &App) -> NaiveDate {
    app.practice_today()
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
    let count = sessions(app, all.len());
    header(frame, a.header, app, &app.t("ui-log"), &count);
    let today = today(app);
    let day_start = app.journal.settings().day_starts_at;
    // The chart and calendar need only the last twelve weeks: the log is in
    // the order sessions happened, so they are the tail of it.
    let first = week_start(today) - Duration::weeks(WEEKS as i64 - 1);
    let recent = &all[all.iter().rposition(|e| practice_day(&e.start, day_start) < first).map_or(0, |i| i + 1)..];
    let weeks = weekly(recent, day_start, today, WEEKS);
    let mut top = top_height(body);
    let summary = summary(app, all, weeks.last(), usize::from(body.width));
    if top > 0 {
        let summary_lines = wrap_styled(&summary, usize::from(body.width), theme.base, &[]);
        let sh = u16::try_from(summary_lines.len()).unwrap_or(2).min(2);
        frame.render_widget(Paragraph::new(summary_lines), Rect::new(body.x, body.y, body.width, sh));
        let chart_w = (WEEKS as u16 * 4).min(body.width);
        // Between the summary and the caption, which has the last row.
        let chart_area = Rect::new(body.x, body.y + sh + 1, chart_w, top.saturating_sub(sh + 2));
        frame.render_widget(week_chart(app, &weeks), chart_area);
        frame.render_widget(
            Paragraph::new(Line::styled(caption(app, usize::from(body.width)), theme.dim)),
            Rect::new(body.x, body.y + top - 1, body.width, 1),
        );
        if body.width >= chart_w + 28 {
            let cal = Rect::new(body.x + chart_w + 2, body.y + sh, body.width - chart_w - 2, top - sh - 1);
            frame.render_widget(Paragraph::new(calendar(app, recent, first, today, day_start)), cal);
        }
    } else if !all.is_empty() && body.height > 2 {
        // No room for the chart: what was done, in a line.
        let line = truncate(&summary, usize::from(body.width));
        frame.render_widget(Paragraph::new(Line::styled(line, theme.base)), Rect::new(body.x, body.y, body.width, 1));
        top = 1;
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

/// What was done: this week, and in all (this week alone where both do
/// not fit in `width`). Nothing is set against a target.
fn summary(app: &App, all: &[PracticeEntry], this_week: Option<&WeekTotal>, width: usize) -> String {
    let total: f64 = all.iter().map(|e| e.actual_minutes).sum();
    let in_all = app.t_with(
        "ui-log-in-all",
        &[("sessions", sessions(app, all.len()).into()), ("minutes", minutes_text(total).into())],
    );
    match this_week.filter(|w| w.sessions > 0) {
        Some(w) => {
            let week = app.t_with(
                "ui-log-this-week",
                &[("sessions", sessions(app, w.sessions).into()), ("minutes", minutes_text(w.minutes).into())],
            );
            let both = format!("{week} {in_all}");
            if crate::ui::widgets::width(&both) <= width { both } else { week }
        }
        None => in_all,
    }
}

fn sessions(app: &App, n: usize) -> String {
    app.t_with("ui-log-sessions", &[("count", n.into())])
}

/// Under the chart: what it shows, and the training's suggestion once, as a
/// guide; shorter where the full line does not fit.
fn caption(app: &App, width: usize) -> String {
    let guide = app.t("ui-log-guide");
    let long = format!("{} · {guide}", app.t("ui-log-caption-long"));
    if crate::ui::widgets::width(&long) <= width {
        long
    } else {
        truncate(&format!("{} · {guide}", app.t("ui-log-caption-short")), width)
    }
}

/// Minutes per week, each bar labelled with the day its week starts on and
/// the weeks grouped by month, the month's name under them ("23" over
/// "Nov"). Scaled to the user's own weeks, not to a target.
fn week_chart<'a>(app: &App, weeks: &[WeekTotal]) -> BarChart<'a> {
    let theme = &app.theme;
    let max = weeks.iter().map(|w| w.minutes.round() as u64).max().unwrap_or(0).max(1);
    let mut chart = BarChart::default()
        .bar_width(3)
        .bar_gap(1)
        .group_gap(0)
        .max(max)
        .bar_style(theme.title)
        .value_style(theme.selected)
        .label_style(theme.dim);
    let mut at = 0;
    while at < weeks.len() {
        let month = weeks[at].start.month();
        let len = weeks[at..].iter().take_while(|w| w.start.month() == month).count();
        let bars: Vec<Bar> = weeks[at..at + len]
            .iter()
            .map(|w| {
                // A bar of at least a sliver for any practice, however short.
                let value = if w.sessions > 0 { (w.minutes.round() as u64).max(1) } else { 0 };
                let bar = Bar::with_label(w.start.format("%-d").to_string(), value);
                if w.sessions > 0 { bar.text_value(whole_minutes(w.minutes)) } else { bar.text_value(String::new()) }
            })
            .collect();
        chart = chart.data(BarGroup::with_label(app.lang.day(weeks[at].start, "%b"), bars));
        at += len;
    }
    chart
}

/// Twelve weeks of days, Monday on top: darker for more minutes.
/// `first` is the Monday of the first week shown.
fn calendar(app: &App, all: &[PracticeEntry], first: NaiveDate, today: NaiveDate, day_start: u8) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let days = daily_minutes(all, day_start);
    let mut lines = vec![Line::styled(app.t("ui-log-days-practised"), theme.dim)];
    // Two letters a day, Monday first, in the language spoken.
    let names: Vec<String> =
        (0..7).map(|d| app.lang.day(first + Duration::days(d), "%a").chars().take(2).collect()).collect();
    for (row, name) in names.iter().enumerate() {
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
        lines.extend(wrap_styled(&app.t("ui-log-empty"), width, theme.dim, &[]));
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
                lines.push(Line::styled(app.lang.day(d, "%A %-d %B %Y"), theme.heading));
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
    let title = if e.is_silent_timer() {
        app.t("ui-timer")
    } else {
        app.workbook
            .chapter(&e.chapter)
            .and_then(|c| c.step(&e.practice).map(|s| (c.number, s.title().to_string())))
            .map_or(e.practice.to_string(), |(n, t)| format!("{t} ({} {n})", app.t("ui-practices-ch")))
    };
    let mut text = format!(
        "  {}  {}{}",
        e.start.format("%H:%M"),
        minutes_text(e.actual_minutes),
        if e.finished { String::new() } else { format!(", {}", app.t("ui-log-stopped-early")) }
    );
    if let (Some(b), Some(a)) = (e.rating_before, e.rating_after) {
        text.push_str(&format!(", {} {b} → {a}", app.t("ui-log-check-in")));
    } else if let Some(b) = e.rating_before {
        text.push_str(&format!(", {} {b}", app.t("ui-log-check-in")));
    }
    // The practice's name gives way first on a narrow screen.
    let room = width.saturating_sub(crate::ui::widgets::width(&text) + 2);
    let (time, rest) = text.split_at(9);
    // Still too wide: cut at the edge with a mark, never mid-character.
    truncate(&format!("{time}{}  {}", truncate(&title, room.max(8)), rest.trim_start()), width)
}

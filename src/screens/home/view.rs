//! Home: the chapters with progress, and "Continue" to the last position.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::keymap::Context;
use crate::app::state::{HomeEntry, PaceChoice};
use crate::content::Step;

use crate::layout::{areas, column};
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{header, hints, status, truncate};

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let a = areas(area);
    header(frame, a.header, app, &app.workbook.manifest.title, "mscwork");
    let body = column(a.body);
    let theme = &app.theme;
    let width = usize::from(body.width);
    let entries = app.home_entries();
    let mut lines: Vec<Line> = Vec::new();
    if let Some(e) = app.journal.progress_error() {
        lines.extend(wrap_styled(
            &app.t_with("ui-home-progress-damaged", &[("error", e.to_string().into())]),
            width,
            theme.error,
            &[],
        ));
    }
    // Said here as well as on the status line, which the next message replaces.
    if let Some(e) = app.journal.settings_error() {
        let text = app.t_with("ui-home-settings-damaged", &[("error", e.to_string().into())]);
        lines.extend(wrap_styled(&text, width, theme.error, &[]));
    }
    if let Some(t) = app.course_today().filter(|t| t.finished) {
        let text =
            app.t_with("ui-course-finished", &[("path", t.path.title.clone().into()), ("weeks", t.weeks().into())]);
        lines.extend(wrap_styled(&text, width, theme.dim, &[]));
        lines.push(Line::default());
    }
    let mut selected_line = 0;
    for (i, entry) in entries.iter().enumerate() {
        let selected = i == app.home_selected;
        if selected {
            selected_line = lines.len();
        }
        lines.push(entry_line(app, entry, selected, width));
        if *entry == HomeEntry::Week {
            lines.extend(week_detail(app, width));
        }
        let next_is_course = matches!(entries.get(i + 1), Some(HomeEntry::LookBack | HomeEntry::Pace(_)));
        let course = matches!(entry, HomeEntry::Week | HomeEntry::LookBack | HomeEntry::Pace(_));
        if matches!(entry, HomeEntry::Continue(..)) || (course && !next_is_course) {
            lines.push(Line::default());
        }
    }
    // The aim of the highlighted chapter, under the list.
    let aim_chapter = match entries.get(app.home_selected) {
        Some(HomeEntry::Continue(c, _)) | Some(HomeEntry::Chapter(c)) => Some(&app.workbook.chapters[*c]),
        _ => None,
    };
    if let Some(chapter) = aim_chapter {
        lines.push(Line::default());
        lines.extend(wrap_styled(&chapter.aim, width, theme.dim, &[]));
    }
    // Settings' key may not fit the hint bar: say where a course is chosen.
    if app.journal.settings().course.is_none() && !app.workbook.paths.is_empty() {
        lines.push(Line::default());
        lines.extend(wrap_styled(&app.t("ui-home-choose-course"), width, theme.dim, &[]));
    }
    plan_lines(app, width, &mut lines);
    // Keep the selection visible on short terminals.
    let height = usize::from(body.height);
    let scroll = selected_line.saturating_sub(height.saturating_sub(3));
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)), body);
    status(frame, a.status, app, None);
    hints(frame, a.hints, app, Context::Home);
}

/// One entry of the list: its label, and on the right where it stands.
fn entry_line(app: &App, entry: &HomeEntry, selected: bool, width: usize) -> Line<'static> {
    let theme = &app.theme;
    let marker = if selected { "> " } else { "  " };
    let (label, right, finished) = match *entry {
        HomeEntry::Week | HomeEntry::LookBack | HomeEntry::Pace(_) => course_entry(app, entry),
        HomeEntry::Continue(c, s) => {
            let chapter = &app.workbook.chapters[c];
            let right = app.t_with("ui-step-of", &[("n", (s + 1).into()), ("total", chapter.steps.len().into())]);
            let room = width.saturating_sub(crate::ui::widgets::width(&right) + 3);
            // One column more than the chapters get, so two spaces part the label and the step count.
            (
                continue_label(&app.t("ui-home-continue"), chapter, chapter.steps[s].title(), room.saturating_sub(1)),
                right,
                false,
            )
        }
        HomeEntry::Chapter(c) => {
            let chapter = &app.workbook.chapters[c];
            let (done, total) = app.chapter_progress(c);
            let mark = if done == total { format!(" ✓ {}", app.t("ui-done")) } else { String::new() };
            (format!("{}. {}", chapter.number, chapter.title), format!("{done}/{total}{mark}"), done == total)
        }
    };
    let room = width.saturating_sub(crate::ui::widgets::width(&right) + 3);
    let label = truncate(&label, room);
    let gap = width.saturating_sub(crate::ui::widgets::width(&label) + crate::ui::widgets::width(&right) + 2);
    let style = if selected { theme.selected } else { theme.base };
    let right_style = if selected {
        theme.selected
    } else if finished {
        theme.done
    } else {
        theme.dim
    };
    Line::from(vec![
        Span::styled(marker, style),
        Span::styled(label, style),
        Span::styled(" ".repeat(gap), style),
        Span::styled(right, right_style),
    ])
}

/// A course entry's label and what stands on its right.
fn course_entry(app: &App, entry: &HomeEntry) -> (String, String, bool) {
    let Some(t) = app.course_today() else { return (String::new(), String::new(), false) };
    match *entry {
        HomeEntry::Week if !t.started() => (
            app.t_with(
                "ui-course-starts",
                &[("weeks", t.weeks().into()), ("day", app.lang.day(t.week_start, "%a %-d %b").into())],
            ),
            String::new(),
            false,
        ),
        HomeEntry::Week => {
            let label = app.t_with(
                "ui-course-this-week",
                &[("n", t.number().into()), ("weeks", t.weeks().into()), ("title", t.week().title.clone().into())],
            );
            // Read when Home was shown; a week begun since then shows none until it is again.
            let minutes = app.week_minutes.filter(|(from, _)| *from == t.week_start).map(|(_, m)| m);
            let right = minutes.map_or(String::new(), |m| {
                app.t_with("ui-course-minutes", &[("minutes", (m.round().max(0.0) as u64).into())])
            });
            (label, right, false)
        }
        HomeEntry::LookBack => (app.t_with("ui-course-look-back", &[("n", t.number().into())]), String::new(), false),
        HomeEntry::Pace(PaceChoice::StayWith(week)) => {
            (app.t_with("ui-course-stay-with", &[("n", week.into())]), String::new(), false)
        }
        HomeEntry::Pace(PaceChoice::MoveOn(week)) => {
            (app.t_with("ui-course-move-on", &[("n", week.into())]), String::new(), false)
        }
        HomeEntry::Pace(PaceChoice::FollowCalendar) => {
            (app.t_with("ui-course-follow-calendar", &[("n", (t.calendar + 1).into())]), String::new(), false)
        }
        _ => (String::new(), String::new(), false),
    }
}

/// Under this week's entry: the practice suggested today and the daily
/// minutes suggested, then the next step to do.
fn week_detail(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(t) = app.course_today() else { return Vec::new() };
    let mut parts = Vec::new();
    if let Some(Step::Practice(p)) = t.practice().and_then(|at| app.workbook.step(at)) {
        parts.push(app.t_with("ui-course-today", &[("title", p.title.clone().into()), ("minutes", p.minutes.into())]));
    }
    parts.push(app.t_with("ui-course-daily", &[("minutes", t.week().minutes.into())]));
    let next = match app.week_next_step(t.week()) {
        Some(at) => {
            app.workbook.step(&at).map(|s| app.t_with("ui-course-next", &[("title", s.title().to_string().into())]))
        }
        None => Some(app.t("ui-course-week-done")),
    };
    // Indented under the entry's text, also where a line wraps.
    const INDENT: usize = 6;
    let mut lines = Vec::new();
    for text in std::iter::once(parts.join(" · ")).chain(next) {
        for mut line in wrap_styled(&text, width.saturating_sub(INDENT), theme.dim, &[]) {
            line.spans.insert(0, Span::raw(" ".repeat(INDENT)));
            lines.push(line);
        }
    }
    lines
}

/// "Continue: 1. Chapter — Step" in `room` columns: the step is where the
/// user goes, so the chapter's title is cut first, and left out (the
/// number stays) when a few letters of it would be all that is left.
fn continue_label(word: &str, chapter: &crate::content::Chapter, step: &str, room: usize) -> String {
    let full = format!("{word}: {}. {} — {step}", chapter.number, chapter.title);
    let over = crate::ui::widgets::width(&full).saturating_sub(room);
    if over == 0 {
        return full;
    }
    const MIN_TITLE: usize = 8;
    let title_room = crate::ui::widgets::width(&chapter.title).saturating_sub(over);
    if title_room < MIN_TITLE {
        return format!("{word}: {} — {step}", chapter.number);
    }
    format!("{word}: {}. {} — {step}", chapter.number, truncate(&chapter.title, title_room))
}

/// The job-crafting plan of the latest take, until the next take.
fn plan_lines(app: &App, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &app.theme;
    if let Some(take) = app.journal.latest_take_loaded()
        && !take.plan.is_empty()
    {
        lines.push(Line::default());
        let from = app.t_with("ui-home-plan", &[("date", app.date(&take.taken).into())]);
        lines.push(Line::styled(from, theme.title));
        for intention in &take.plan {
            for (i, mut line) in
                wrap_styled(&intention.text, width.saturating_sub(4), theme.base, &[]).into_iter().enumerate()
            {
                line.spans.insert(0, Span::raw(if i == 0 { "  • " } else { "    " }));
                lines.push(line);
            }
        }
    }
}

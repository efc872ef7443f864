//! History: every answer, newest first by day, filtered and searched; and
//! one answer read whole.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::history::search::fold;
use crate::history::words::query_terms;
use crate::history::{Entry, entry_revisions, entry_text, prompt_of};
use crate::screens::history::{HistoryState, Row};

use crate::layout::{areas, column};
use crate::theme::Theme;
use crate::ui::text::{plain_lines, wrap_styled};
use crate::ui::widgets::{header, hints, status, truncate, width as text_width};

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let Some(h) = app.history() else { return };
    let a = areas(area);
    let body = column(a.body);
    match &h.reading {
        Some(r) => {
            header(frame, a.header, app, &app.t("ui-history"), &app.t("ui-history-reading"));
            let lines = reading_lines(app, h, r.entry, r.versions, usize::from(body.width));
            let scroll = r.scroll.fit(lines.len(), usize::from(body.height));
            let more = (scroll + usize::from(body.height) < lines.len())
                .then(|| Line::styled(format!(" {}", app.t("ui-history-more-below")), app.theme.dim));
            frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)), body);
            status(frame, a.status, app, more);
        }
        None => {
            let visible = h.visible();
            let right = app.t_with("ui-history-count", &[("shown", visible.len().into()), ("total", h.len().into())]);
            header(frame, a.header, app, &app.t("ui-history"), &right);
            render_list(frame, app, h, visible, body);
            status(frame, a.status, app, None);
        }
    }
    hints(frame, a.hints, app, app.screen_context());
}

fn render_list(frame: &mut Frame, app: &App, h: &HistoryState, visible: &[usize], body: Rect) {
    let theme = &app.theme;
    let width = usize::from(body.width);
    let filter = match h.chapter {
        None if !h.others.is_empty() => app.t("ui-history-all-workbooks"),
        None => app.t("ui-history-all-chapters"),
        Some(c) => {
            let (book, local) = h.book_of(&app.workbook, c);
            let chapter = &book.chapters[local];
            let name = app
                .t_with("ui-history-chapter", &[("n", chapter.number.into()), ("title", chapter.title.clone().into())]);
            match h.other_of(c) {
                Some(o) => format!("{}{name}", book_mark(&o.workbook)),
                None => name,
            }
        }
    };
    let search = if h.typing {
        Span::styled(format!("{}: {}▏", app.t("ui-history-search"), h.query), theme.emphasis)
    } else if h.query.is_empty() {
        Span::styled(app.t("ui-history-slash-to-search"), theme.dim)
    } else {
        Span::styled(format!("{}: {}", app.t("ui-history-search"), h.query), theme.title)
    };
    let bar = Line::from(vec![
        Span::styled(format!("‹ {} › ", truncate(&filter, width.saturating_sub(30))), theme.title),
        Span::raw("  "),
        search,
    ]);
    frame.render_widget(Paragraph::new(bar), Rect::new(body.x, body.y, body.width, 1.min(body.height)));
    let list = Rect::new(body.x, body.y + 2, body.width, body.height.saturating_sub(2));
    let terms = query_terms(&h.query);
    let mut lines: Vec<Line> = Vec::new();
    if visible.is_empty() {
        let text = if h.is_empty() {
            app.t("ui-history-empty")
        } else if !h.query.is_empty() {
            app.t_with("ui-history-no-match", &[("query", h.query.clone().into())])
        } else {
            app.t("ui-history-chapter-empty")
        };
        lines.extend(wrap_styled(&text, width, theme.dim, &[]));
    }
    for e in &h.damaged {
        lines.extend(wrap_styled(
            &app.t_with("ui-history-damaged", &[("error", e.to_string().into())]),
            width,
            theme.error,
            &[],
        ));
    }
    // Only the rows on screen are built.
    for row in h.rows().skip(h.scroll).take(usize::from(list.height)) {
        lines.push(match row {
            Row::Gap => Line::default(),
            Row::Day(day) => {
                Line::styled(format!("{}{}", app.lang.day(day, "%A %-d %B %Y"), app.course_week_of(day)), theme.heading)
            }
            Row::Entry(pos) => entry_row(app, h, h.entry(visible[pos]), pos == h.selected, &terms, width),
        });
    }
    frame.render_widget(Paragraph::new(lines), list);
}

/// Borrowed from the answers for a reflection: no copy of the text per row and frame.
fn text_of<'a>(app: &'a App, h: &'a HistoryState, e: &Entry) -> Cow<'a, str> {
    let (book, local) = h.book_of(&app.workbook, e.chapter);
    match h.source(&app.journal, &book.chapters[local].id, e) {
        // Told by its place in its own workbook.
        Ok(Some(source)) => entry_text(book, source, &Entry { chapter: local, ..e.clone() }),
        Ok(None) => Cow::Borrowed(""),
        Err(why) => Cow::Owned(app.t_with("ui-history-unreadable", &[("error", why.to_string().into())])),
    }
}

/// How an answer of another workbook is marked in the list: its title's
/// first letter ("S1." for chapter 1 of Selfcare for Healthcare).
fn book_mark(book: &crate::content::Workbook) -> String {
    book.manifest.title.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default()
}

fn entry_row(app: &App, h: &HistoryState, e: &Entry, selected: bool, terms: &[String], width: usize) -> Line<'static> {
    let theme = &app.theme;
    let (book, local) = h.book_of(&app.workbook, e.chapter);
    let chapter = &book.chapters[local];
    let title = e.step.map_or(e.step_id.to_string(), |s| part_first(chapter.steps[s].title()));
    let base = if selected { theme.selected } else { theme.base };
    let mark = h.other_of(e.chapter).map(|o| book_mark(&o.workbook)).unwrap_or_default();
    let lead = format!("{} {}  {mark}{}. ", if selected { ">" } else { " " }, e.at.format("%H:%M"), chapter.number);
    let title = truncate(&title, (width / 3).max(10));
    let used = text_width(&lead) + text_width(&title) + 3;
    let mut spans = vec![
        Span::styled(lead, base),
        Span::styled(title, if selected { base } else { theme.title }),
        Span::styled(" — ", base),
    ];
    let text = text_of(app, h, e);
    spans.extend(snippet(&text, terms, width.saturating_sub(used), base, theme));
    Line::from(spans)
}

/// A step title that ends in its part ("How would I treat a colleague? (1 of
/// 3)") with the part first, so that steps of one series can be told apart
/// when the title is cut: "(1 of 3) How would I treat a colleague?".
fn part_first(title: &str) -> String {
    match title.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((head, part))
            if part.split_once(" of ").is_some_and(|(a, b)| a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok()) =>
        {
            format!("({part}) {head}")
        }
        _ => title.to_string(),
    }
}

/// The answer on one line, around the first match, with matches marked.
fn snippet(text: &str, terms: &[String], room: usize, base: Style, theme: &Theme) -> Vec<Span<'static>> {
    let flat: String = text.chars().map(|c| if c == '\n' || c == '\t' { ' ' } else { c }).collect();
    // Positions are worked out only for the rows on screen.
    let matches = if terms.is_empty() { Vec::new() } else { fold(text).matches(text, terms) };
    let start = matches.first().map_or(0, |&(a, _)| {
        // Some words of context before the match.
        let before: Vec<(usize, char)> = text[..a].char_indices().collect();
        before.len().checked_sub(15).map_or(0, |i| before[i].0)
    });
    let mut spans = Vec::new();
    if start > 0 {
        spans.push(Span::styled("…", base));
    }
    let mut used = usize::from(start > 0);
    let mut at = start;
    let mark = theme.selected.add_modifier(ratatui::style::Modifier::BOLD | ratatui::style::Modifier::UNDERLINED);
    for &(a, b) in matches.iter().filter(|&&(a, _)| a >= start) {
        for (piece, style) in [(&flat[at..a], base), (&flat[a..b], mark)] {
            let cut = truncate(piece, room.saturating_sub(used));
            used += text_width(&cut);
            spans.push(Span::styled(cut, style));
        }
        at = b;
        if used >= room {
            return spans;
        }
    }
    spans.push(Span::styled(truncate(&flat[at..], room.saturating_sub(used)), base));
    spans
}

fn reading_lines(app: &App, h: &HistoryState, index: usize, versions: bool, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let e = h.entry(index);
    let (book, local) = h.book_of(&app.workbook, e.chapter);
    let chapter = &book.chapters[local];
    let mut lines = Vec::new();
    if let Some(o) = h.other_of(e.chapter) {
        lines.extend(wrap_styled(&o.workbook.manifest.title, width, theme.dim, &[]));
    }
    lines.extend(wrap_styled(&format!("{}. {}", chapter.number, chapter.title), width, theme.dim, &[]));
    match e.step {
        Some(s) => {
            lines.extend(wrap_styled(chapter.steps[s].title(), width, theme.title, &[]));
            lines.extend(wrap_styled(prompt_of(&chapter.steps[s]), width, theme.emphasis, &[]));
        }
        None => lines.extend(wrap_styled(
            &app.t_with("ui-history-step-gone", &[("id", e.step_id.to_string().into())]),
            width,
            theme.dim,
            &[],
        )),
    }
    lines.push(Line::default());
    let mut when = app.date(&e.at);
    if e.revisions > 1 {
        let hint = app.t(if versions { "ui-history-versions-hide" } else { "ui-history-versions-show" });
        when = format!(
            "{when} · {}",
            app.t_with("ui-history-versions", &[("count", e.revisions.into()), ("hint", hint.into())])
        );
    }
    lines.extend(wrap_styled(&when, width, theme.dim, &[]));
    lines.push(Line::default());
    let terms = query_terms(&h.query);
    let text = text_of(app, h, e);
    lines.extend(highlighted(&text, &fold(&text), &terms, width, theme));
    if versions {
        let earlier = match h.source(&app.journal, &chapter.id, e) {
            Ok(Some(source)) => entry_revisions(source, e),
            _ => &[],
        };
        for rev in earlier.iter().rev().skip(1) {
            lines.push(Line::default());
            lines.push(Line::styled(
                app.t_with("ui-history-earlier-version", &[("date", app.date(&rev.at).into())]),
                theme.heading,
            ));
            lines.extend(plain_lines(&rev.text, width, theme.dim));
        }
    }
    lines
}

/// The user's text wrapped, with search matches marked.
fn highlighted(
    text: &str,
    folded: &crate::history::search::Folded,
    terms: &[String],
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let ranges = folded.matches(text, terms);
    if ranges.is_empty() {
        return plain_lines(text, width, theme.base);
    }
    let mark = theme.selected;
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let marks: Vec<(usize, usize, Style)> = ranges
            .iter()
            .filter(|&&(a, b)| a >= offset && b <= offset + line.len())
            .map(|&(a, b)| (a - offset, b - offset, mark))
            .collect();
        if line.trim().is_empty() {
            out.push(Line::default());
        } else {
            out.extend(wrap_styled(line, width, theme.base, &marks));
        }
        offset += line.len() + 1;
    }
    out
}

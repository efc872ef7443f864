//! Pieces shared by the screens: header, status line, hint bar.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::keymap::{Action, Context, Hint, hint_line};
use crate::app::state::StatusKind;
use crate::content::Step;

use crate::layout;

/// Title on the left, a short note on the right, a rule below.
pub fn header(frame: &mut Frame, area: Rect, app: &App, title: &str, right: &str) {
    let theme = &app.theme;
    let w = usize::from(area.width);
    let right_w = width(right);
    let title = truncate(title, w.saturating_sub(right_w + 3));
    let gap = w.saturating_sub(width(&title) + right_w + 2);
    let line = Line::from(vec![
        Span::raw(" "),
        Span::styled(title, theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(right.to_string(), theme.dim),
        Span::raw(" "),
    ]);
    frame.render_widget(Paragraph::new(vec![line, Line::styled("─".repeat(w), theme.border)]), area);
}

pub fn status(frame: &mut Frame, area: Rect, app: &App, fallback: Option<Line<'static>>) {
    let line = match &app.shown_status() {
        Some(s) => {
            let (marker, style) = marked(s.kind, app);
            Line::styled(format!(" {marker}{}", s.text), style)
        }
        None => fallback.unwrap_or_default(),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// How a status of `kind` is marked and styled: errors stand out even without colour.
fn marked(kind: StatusKind, app: &App) -> (&'static str, Style) {
    match kind {
        StatusKind::Info => ("", app.theme.info),
        StatusKind::Error => ("! ", app.theme.error),
    }
}

/// A status too long for its line, drawn whole: wrapped upwards from the
/// status line over the bottom of the body, so a message such as "press
/// Ctrl-C again to quit anyway" is never cut off at the terminal's edge.
pub fn long_status(frame: &mut Frame, area: Rect, app: &App) {
    let Some(lines) = long_status_lines(app, area.width) else {
        return;
    };
    let a = layout::areas(area);
    let room = a.body.height.saturating_add(1);
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(room);
    let rect = Rect::new(area.x, a.status.y + 1 - height, area.width, height);
    frame.render_widget(ratatui::widgets::Clear, rect);
    frame.render_widget(Paragraph::new(lines), rect);
}

/// How many rows of the body a long status takes, for a screen that must
/// keep what is being typed in view above it.
pub fn long_status_rows(app: &App, width: u16) -> u16 {
    long_status_lines(app, width).map_or(0, |l| u16::try_from(l.len() - 1).unwrap_or(u16::MAX))
}

/// The status wrapped to `width`, when it does not fit on its one line.
fn long_status_lines(app: &App, width: u16) -> Option<Vec<Line<'static>>> {
    let status = app.shown_status()?;
    let (marker, style) = marked(status.kind, app);
    let text = format!("{marker}{}", status.text);
    let width = usize::from(width.saturating_sub(2)).max(1);
    if unicode_width::UnicodeWidthStr::width(text.as_str()) <= width {
        return None;
    }
    let lines = textwrap::wrap(&text, textwrap::Options::new(width).break_words(true))
        .into_iter()
        .map(|l| Line::styled(format!(" {l}"), style))
        .collect();
    Some(lines)
}

/// The hint bar, from the keymap of `ctx`.
pub fn hints(frame: &mut Frame, area: Rect, app: &App, ctx: Context) {
    let theme = &app.theme;
    // Under an overlay its keys act, not the screen's.
    let ctx = if app.overlay.is_some() { app.context() } else { ctx };
    let mut spans = vec![Span::raw(" ")];
    // Opening means nothing on a Text step; a new answer only on a Reflection.
    let step = (app.screen() == crate::app::Screen::Chapter).then(|| app.step());
    let done = crate::screens::practice::session::Phase::Done;
    let timer = app.practices().and_then(|p| p.timer.as_ref());
    let finished = app.practice().is_some_and(|p| p.phase == done) || timer.is_some_and(|t| t.session.phase == done);
    // The launcher's ← → set the timer, f marks a practice: each on its own rows.
    let on_timer_rows = app.practices().is_some_and(|p| p.selected < crate::screens::practices::TIMER_ROWS);
    let applies = |a: Action| match (a, step) {
        (Action::Edit, Some(Step::Text(_))) => false,
        (Action::NewAnswer, Some(s)) => matches!(s, Step::Reflection(_)),
        // A finished practice only goes back.
        (Action::Pause | Action::Stop, _) => !finished,
        // After a practice that stirred a lot up, grounding and backdraft stay at hand.
        (Action::Grounding | Action::Backdraft, _) => !finished || app.practice().is_some_and(|p| p.stirred_up()),
        (Action::Open, _) if matches!(ctx, Context::Practice | Context::Timer) => finished,
        (Action::Left | Action::Right, _) if ctx == Context::Practices => on_timer_rows,
        (Action::Favourite, _) => !on_timer_rows,
        // Only a draft can be discarded.
        (Action::StartOver, _) => app.assess().is_some_and(|a| a.draft.is_some()),
        _ => true,
    };
    let room = usize::from(area.width).saturating_sub(1);
    let mut line = hint_line(ctx, app.lang, applies);
    // The number keys of an item: as many as the answers it has.
    if ctx == Context::AssessItem
        && let Some(def) = app.assessment_def()
    {
        for (key, action, _) in &mut line {
            if *action == Action::Digit {
                *key = format!("1–{}", def.max_answer());
            }
        }
    }
    for (i, (key, _, what)) in fitting(line, room).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("  ", theme.dim));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::raw(format!(" {what}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The hints that fit in `room` columns, whole: never a word cut in half.
/// The way to all keys (help) stays when there is room for it at all.
fn fitting(hints: Vec<Hint>, room: usize) -> Vec<Hint> {
    let cost = |(key, _, what): &Hint| width(key) + 1 + width(what);
    let total = |list: &[Hint]| list.iter().map(cost).sum::<usize>() + 2 * list.len().saturating_sub(1);
    if total(&hints) <= room {
        return hints;
    }
    let help = hints.iter().position(|(_, action, _)| *action == Action::Help);
    let kept_help = help.map(|i| hints[i].clone());
    let reserve = kept_help.as_ref().map_or(0, |h| cost(h) + 2);
    let mut out: Vec<Hint> = Vec::new();
    for (i, hint) in hints.into_iter().enumerate() {
        if Some(i) == help {
            continue;
        }
        out.push(hint);
        if total(&out) + reserve > room {
            out.pop();
            break;
        }
    }
    if let Some(h) = kept_help
        && total(&out) + reserve <= room
    {
        out.push(h);
    }
    out
}

/// Keys do nothing behind this note but quit, so it says how to go on.
/// An error (a quit whose save failed) shows below it.
pub fn too_small(frame: &mut Frame, area: Rect, app: &App) {
    let text = format!(
        "terminal too small: {}×{}, needs {}×{}. Enlarge the window, or press q to quit.",
        area.width,
        area.height,
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT
    );
    let mut lines = vec![Line::raw(text)];
    if let Some(s) = app.shown_status().filter(|s| s.kind == StatusKind::Error) {
        lines.push(Line::raw(format!("! {}", s.text)));
    }
    let note = Paragraph::new(lines).alignment(Alignment::Left).style(Style::new()).wrap(Wrap { trim: false });
    frame.render_widget(note, area);
}

/// How many terminal columns `text` takes: wide characters (CJK, most
/// emoji) take two, combining marks none.
pub fn width(text: &str) -> usize {
    // Control characters are dropped when drawn: they take no column.
    text.chars().filter(|c| !c.is_control()).map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)).sum()
}

/// Cuts `text` to at most `max` columns, marking the cut with `…`; a wide
/// character that would straddle the edge goes whole.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let room = max.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// `text` followed by spaces up to `cols` columns (as `{:<cols$}` would,
/// counting columns instead of characters).
pub fn pad(text: &str, cols: usize) -> String {
    format!("{text}{}", " ".repeat(cols.saturating_sub(width(text))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_and_pads_by_columns_not_characters() {
        assert_eq!(truncate("今日は良い日でした", 7), "今日は…");
        assert_eq!(width(&truncate("今日は良い日でした", 7)), 7);
        // A wide character that would straddle the edge goes whole.
        assert_eq!(truncate("ab今日", 4), "ab…");
        assert_eq!(truncate("🙂🙂🙂 ok", 5), "🙂🙂…");
        assert_eq!(truncate("café", 4), "café");
        assert_eq!(truncate("re\u{301}sume\u{301} x", 8), "re\u{301}sume\u{301} x");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(pad("今日", 6), "今日  ");
        assert_eq!(width(&pad("🙂 hi", 8)), 8);
    }
}

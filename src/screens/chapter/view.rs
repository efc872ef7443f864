//! Chapter: one step at a time, with a step indicator.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use ratatui::text::Span;
use unicode_width::UnicodeWidthStr;

use crate::app::state::Answering;
use crate::app::{App, Screen};
use crate::content::{ChoiceStep, PracticeKind, PracticeStep, ReflectionStep, ScaleStep, Step, StepRef};
use crate::journal::{RECENT_CHECK_INS, RECENT_REFLECTIONS, Shown};

use crate::theme::Theme;

use crate::layout::{areas, choice_columns, column};
use crate::ui::text::{markup_lines, plain_lines, wrap_styled};
use crate::ui::widgets::{header, hints, status, truncate};

/// Width of the step text for a terminal of `size`; update uses it to scroll.
/// A page's lines (a step, an assessment page), and the line that must stay
/// visible (a picked option).
pub struct StepText {
    pub lines: Vec<Line<'static>>,
    pub focus: Option<usize>,
}

/// Every line of a step, wrapped to `width`. Render shows a window of it.
pub fn step_lines(app: &App, chapter: usize, step: usize, width: usize) -> StepText {
    let theme = &app.theme;
    let c = &app.workbook.chapters[chapter];
    let s = &c.steps[step];
    let mut lines = wrap_styled(s.title(), width, theme.title, &[]);
    let mut focus = None;
    lines.push(Line::default());
    let answers = app.journal.shown(&c.id);
    if let Some(Err(e)) = answers {
        lines.extend(wrap_styled(
            &app.t_with("ui-chapter-damaged", &[("error", e.to_string().into())]),
            width,
            theme.error,
            &[],
        ));
        lines.push(Line::default());
    }
    let answers = answers.and_then(Result::ok);
    let answering = if app.screen() == Screen::Answer { app.answering() } else { None };
    match s {
        Step::Text(t) => lines.extend(markup_lines(&t.body, width, theme)),
        Step::Reflection(r) => reflection_lines(app, r, answers, width, &mut lines),
        Step::Practice(p) => practice_lines(app, &c.id, p, width, &mut lines),
        Step::Scale(sc) => scale_step_lines(app, sc, answers, answering, width, &mut lines),
        Step::Choice(ch) => {
            let chapter_id = app.workbook.chapters[chapter].id.to_string();
            focus = choice_lines(app, (&chapter_id, ch), answers, answering, width, &mut lines);
        }
        Step::Assessment(a) => {
            lines.extend(markup_lines(&a.intro, width, theme));
            lines.push(Line::default());
            if let Some(take) = app.journal.latest_take_loaded() {
                let when = app.t_with("ui-assessment-last-taken", &[("date", app.date(&take.taken).into())]);
                lines.extend(wrap_styled(&when, width, theme.dim, &[]));
            }
            lines.extend(wrap_styled(&app.t("ui-assessment-open"), width, theme.key, &[]));
        }
    }
    StepText { lines, focus }
}

/// A reflection: its prompt, what it recalls, and the latest answers.
fn reflection_lines(
    app: &App,
    r: &ReflectionStep,
    answers: Option<Shown<'_>>,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let theme = &app.theme;
    lines.extend(wrap_styled(&r.prompt, width, theme.emphasis, &[]));
    if let Some(hint) = &r.hint {
        lines.extend(wrap_styled(hint, width, theme.dim, &[]));
    }
    for target in r.recalled() {
        lines.extend(recall_lines(app, Some(target), width));
    }
    lines.push(Line::default());
    let (glances, count) = answers.map_or((Vec::new(), 0), |a| a.reflections(&r.id, RECENT_REFLECTIONS));
    if count == 0 {
        lines.extend(wrap_styled(&app.t("ui-reflection-not-yet"), width, theme.dim, &[]));
    } else {
        let heading = app.t_with("ui-your-answers", &[("count", count.into())]);
        lines.push(Line::styled(heading, theme.title));
        // The latest few; History (r) holds them all, so a step with
        // years of answers still draws at once.
        let chosen = app.view.continue_entry.filter(|&i| i + 1 < count);
        for (k, glance) in glances.into_iter().enumerate() {
            let mut when = app.date(&glance.latest.at);
            if glance.versions > 1 {
                when = format!("{when} (first written {}, {} versions kept)", app.date(&glance.first), glance.versions);
            }
            let this = chosen == Some(count - 1 - k);
            let (mark, style) = if this { ("▸ ", theme.emphasis) } else { ("— ", theme.dim) };
            let note = if this { format!(" · {}", app.t("ui-reflection-continues-this")) } else { String::new() };
            lines.push(Line::default());
            lines.extend(wrap_styled(&format!("{mark}{when}{note}"), width, style, &[]));
            lines.extend(plain_lines(&glance.latest.text, width, theme.base));
        }
        if count > RECENT_REFLECTIONS {
            lines.push(Line::default());
            let more = format!(
                "… and {} earlier answers, all kept: r on the chapter list shows them.",
                count - RECENT_REFLECTIONS
            );
            lines.extend(wrap_styled(&more, width, theme.dim, &[]));
        }
        lines.push(Line::default());
        let how = match chosen {
            None if count > 1 => "ui-reflection-how-many",
            None => "ui-reflection-how-one",
            Some(i) if i + RECENT_REFLECTIONS < count => "ui-reflection-how-from-history",
            Some(_) => "ui-reflection-how-marked",
        };
        lines.extend(wrap_styled(&app.t(how), width, theme.dim, &[]));
    }
}

/// A practice: what kind, its introduction, and how often it was done.
fn practice_lines(app: &App, chapter_id: &str, p: &PracticeStep, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &app.theme;
    let kind = match p.kind {
        PracticeKind::Formal => app.t("ui-practice-formal"),
        PracticeKind::Informal => app.t("ui-practice-informal"),
    };
    let length = app.t_with("ui-practice-minutes", &[("minutes", p.minutes.into())]);
    lines.extend(wrap_styled(&format!("{kind} · {length}"), width, theme.dim, &[]));
    if let Some(source) = &p.source {
        lines.extend(wrap_styled(source, width, theme.dim, &[]));
    }
    lines.push(Line::default());
    lines.extend(markup_lines(&p.intro, width, theme));
    lines.extend(recall_lines(app, p.recall.as_ref(), width));
    lines.push(Line::default());
    // From progress, so the whole practice log need not be read.
    let key = crate::journal::practiced_key(chapter_id, &p.id);
    let stat = app.journal.progress().practiced.get(&key).cloned().or_else(|| {
        let log = app.journal.practice_log_loaded()?;
        let mine = log.entries.iter().filter(|e| e.practice == p.id && e.chapter == chapter_id);
        let (count, last) = mine.fold((0, None), |(n, _), e| (n + 1, Some(e.start)));
        last.map(|last| crate::journal::Practiced { count, last })
    });
    if let Some(stat) = stat {
        lines.extend(wrap_styled(
            &app.t_with(
                "ui-practice-done-before",
                &[("count", stat.count.into()), ("date", app.date(&stat.last).into())],
            ),
            width,
            theme.dim,
            &[],
        ));
    }
    lines.extend(wrap_styled(&app.t("ui-practice-begin"), width, theme.key, &[]));
}

/// A check-in: the scale (being answered, or the latest value) and the latest check-ins.
fn scale_step_lines(
    app: &App,
    sc: &ScaleStep,
    answers: Option<Shown<'_>>,
    answering: Option<&Answering>,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let theme = &app.theme;
    lines.extend(wrap_styled(&sc.prompt, width, theme.emphasis, &[]));
    lines.push(Line::default());
    let (history, count) = answers.map_or((&[][..], 0), |a| a.scales(&sc.id));
    let shown = match answering {
        Some(Answering::Scale { value }) => Some(*value),
        _ => history.last().map(|a| a.value),
    };
    lines.extend(scale_lines(sc.min, sc.max, &sc.low, &sc.high, shown, answering.is_some(), width, theme));
    lines.push(Line::default());
    if answering.is_some() {
        lines.extend(wrap_styled(&app.t("ui-scale-keys"), width, theme.key, &[]));
    } else if history.is_empty() {
        lines.extend(wrap_styled(&app.t("ui-scale-check-in"), width, theme.dim, &[]));
    } else {
        lines.push(Line::styled(app.t("ui-scale-your-check-ins"), theme.title));
        for a in history.iter().rev().take(RECENT_CHECK_INS) {
            lines.push(Line::styled(format!("  {:>3}   {}", a.value, app.date(&a.at)), theme.base));
        }
        if count > RECENT_CHECK_INS {
            lines.push(Line::styled(
                format!("  {}", app.t_with("ui-scale-earlier", &[("count", (count - RECENT_CHECK_INS).into())])),
                theme.dim,
            ));
        }
        lines.push(Line::default());
        lines.extend(wrap_styled(&app.t("ui-scale-again"), width, theme.dim, &[]));
    }
}

/// A choice: the options (being picked, or as last chosen); returns the
/// line of the option in focus while choosing.
fn choice_lines(
    app: &App,
    (chapter_id, ch): (&str, &ChoiceStep),
    answers: Option<Shown<'_>>,
    answering: Option<&Answering>,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) -> Option<usize> {
    let theme = &app.theme;
    let mut focus = None;
    lines.extend(wrap_styled(&ch.prompt, width, theme.emphasis, &[]));
    let how = match (ch.multiple, ch.max_picks) {
        (false, _) => app.t("ui-choice-pick-one"),
        (true, Some(m)) => app.t_with("ui-choice-pick-up-to", &[("max", m.into())]),
        (true, None) => app.t("ui-choice-pick-many"),
    };
    lines.extend(wrap_styled(&how, width, theme.dim, &[]));
    lines.push(Line::default());
    let (history, count) = answers.map_or((&[][..], 0), |a| a.choices(&ch.id));
    match answering {
        Some(Answering::Choice { cursor, picked, other, typing }) => {
            let grid = choice_grid(ch, width, Some(*cursor), picked, theme);
            focus = Some(lines.len() + cursor / choice_columns(ch, width));
            lines.extend(grid);
            if ch.other {
                let text = other.lines().join(" ");
                let marker = if *cursor == ch.options.len() { "> " } else { "  " };
                let shown = if *typing {
                    format!("{text}▏")
                } else if text.is_empty() {
                    "…".into()
                } else {
                    text
                };
                let style = if *cursor == ch.options.len() { theme.selected } else { theme.base };
                if *cursor == ch.options.len() {
                    focus = Some(lines.len());
                }
                lines.push(Line::from(vec![
                    Span::styled(format!("{marker}{}: ", app.t("ui-choice-other")), style),
                    Span::styled(shown, if *typing { theme.emphasis } else { style }),
                ]));
            }
            lines.push(Line::default());
            let keys = app.t(if *typing { "ui-choice-typing" } else { "ui-choice-keys" });
            lines.extend(wrap_styled(&keys, width, theme.key, &[]));
        }
        _ => {
            let latest: std::collections::BTreeSet<usize> = history
                .last()
                .map(|l| l.picks.iter().filter_map(|p| app.pick_index(chapter_id, &ch.id, &ch.options, p)).collect())
                .unwrap_or_default();
            lines.extend(choice_grid(ch, width, None, &latest, theme));
            if let Some(other) = history.last().and_then(|l| l.other.as_ref()) {
                lines.push(Line::styled(format!("  [x] {}: {other}", app.t("ui-choice-other")), theme.base));
            }
            lines.push(Line::default());
            if let Some(last) = history.last() {
                let earlier = count.saturating_sub(1);
                let note = if earlier > 0 {
                    format!(" ({})", app.t_with("ui-choice-earlier", &[("count", earlier.into())]))
                } else {
                    String::new()
                };
                lines.extend(wrap_styled(
                    &app.t_with("ui-choice-chosen", &[("date", app.date(&last.at).into()), ("note", note.into())]),
                    width,
                    theme.dim,
                    &[],
                ));
            } else {
                lines.extend(wrap_styled(&app.t("ui-choice-enter"), width, theme.dim, &[]));
            }
        }
    }
    focus
}

/// The latest answer of an earlier step, shown where a step recalls it.
fn recall_lines(app: &App, recall: Option<&StepRef>, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(target) = recall else {
        return Vec::new();
    };
    let Some(chapter) = app.workbook.chapter(&target.chapter) else {
        return Vec::new();
    };
    let title = chapter.step(&target.step).map_or("", |s| s.title());
    let mut lines = vec![Line::default()];
    let heading = app.t_with("ui-recall-from", &[("n", chapter.number.into()), ("title", title.to_string().into())]);
    lines.extend(wrap_styled(&heading, width, theme.title, &[]));
    match app.journal.shown(&target.chapter).and_then(Result::ok).and_then(|a| a.latest_text(&target.step)) {
        Some((at, text)) => {
            lines.extend(plain_lines(&text, width.saturating_sub(2), theme.emphasis).into_iter().map(|mut l| {
                l.spans.insert(0, Span::raw("  "));
                l
            }));
            lines.extend(wrap_styled(
                &format!("  ({})", app.t_with("ui-recall-written", &[("date", app.date(&at).into())])),
                width,
                theme.dim,
                &[],
            ));
        }
        None => {
            let text = app.t_with("ui-recall-nothing", &[("n", chapter.number.into())]);
            lines.extend(wrap_styled(&text, width.saturating_sub(2), theme.dim, &[]).into_iter().map(|mut l| {
                l.spans.insert(0, Span::raw("  "));
                l
            }));
        }
    }
    lines
}

/// A labelled scale: every value, the chosen one marked in brackets.
#[allow(clippy::too_many_arguments)]
pub fn scale_lines(
    min: i32,
    max: i32,
    low: &str,
    high: &str,
    value: Option<i32>,
    active: bool,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let count = (max - min + 1).max(1) as usize;
    let cell = (width / count).clamp(3, 6);
    let mut spans = Vec::new();
    for v in min..=max {
        let label = if Some(v) == value { format!("[{v}]") } else { format!(" {v} ") };
        let style = match (Some(v) == value, active) {
            (true, true) => theme.selected,
            (true, false) => theme.title,
            _ => theme.base,
        };
        let pad = cell.saturating_sub(label.width());
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" ".repeat(pad)));
    }
    let used = cell * count;
    let gap = used.saturating_sub(low.width() + high.width()).max(1);
    vec![
        Line::from(spans),
        Line::from(vec![
            Span::styled(format!("{min} = {low}"), theme.dim),
            Span::raw(" ".repeat(gap.saturating_sub(8))),
            Span::styled(format!("{max} = {high}"), theme.dim),
        ]),
    ]
}

/// Options in columns, `[x]` for picked, `>` and reverse on the cursor.
fn choice_grid(
    choice: &ChoiceStep,
    width: usize,
    cursor: Option<usize>,
    picked: &std::collections::BTreeSet<usize>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let columns = choice_columns(choice, width);
    let cell = width / columns;
    choice
        .options
        .chunks(columns)
        .enumerate()
        .map(|(row, options)| {
            let mut spans = Vec::new();
            for (col, option) in options.iter().enumerate() {
                let i = row * columns + col;
                let mark = match (choice.multiple, picked.contains(&i)) {
                    (true, true) => "[x]",
                    (true, false) => "[ ]",
                    (false, true) => "(•)",
                    (false, false) => "( )",
                };
                let here = cursor == Some(i);
                let text =
                    truncate(&format!("{} {mark} {option}", if here { ">" } else { " " }), cell.saturating_sub(1));
                let pad = cell.saturating_sub(text.width());
                spans.push(Span::styled(text, if here { theme.selected } else { theme.base }));
                spans.push(Span::raw(" ".repeat(pad)));
            }
            Line::from(spans)
        })
        .collect()
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let a = areas(area);
    let c = app.chapter();
    let step = app.view.step;
    let done = if app.is_step_done(app.view.chapter, step) { "✓ " } else { "" };
    let optional = if app.step().is_optional() { format!(" · {}", app.t("ui-optional")) } else { String::new() };
    let kind = app.t(kind_message(app.step()));
    let of = app.t_with("ui-step-of", &[("n", (step + 1).into()), ("total", c.steps.len().into())]);
    let right = format!("{done}{kind}{optional} · {of}");
    header(frame, a.header, app, &format!("{}. {}", c.number, c.title), &right);
    let body = column(a.body);
    let StepText { lines, focus } = step_lines(app, app.view.chapter, step, usize::from(body.width));
    let total = lines.len();
    let visible = usize::from(body.height);
    // A picked option stays in view.
    let scroll = app.view.scroll.fit_focus(total, visible, focus);
    let window: Vec<Line> = lines.into_iter().skip(scroll).take(visible).collect();
    frame.render_widget(Paragraph::new(window), body);
    let more = (total > visible).then(|| {
        let shown = (scroll + visible).min(total);
        let text = if shown < total {
            format!(" {}", app.t_with("ui-more-below", &[("shown", shown.into()), ("total", total.into())]))
        } else {
            format!(" {}", app.t_with("ui-end-of-step", &[("total", total.into())]))
        };
        Line::styled(text, app.theme.dim)
    });
    status(frame, a.status, app, more);
    hints(frame, a.hints, app, app.screen_context());
}

/// The message naming a step's kind in the header.
fn kind_message(step: &crate::content::Step) -> &'static str {
    use crate::content::Step;
    match step {
        Step::Text(_) => "ui-kind-text",
        Step::Practice(_) => "ui-kind-practice",
        Step::Reflection(_) => "ui-kind-reflection",
        Step::Scale(_) => "ui-kind-scale",
        Step::Choice(_) => "ui-kind-choice",
        Step::Assessment(_) => "ui-kind-assessment",
    }
}

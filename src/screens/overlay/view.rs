//! Boxes over the screen: help (generated from the keymap) and the welcome.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::App;
use crate::app::keymap::{Action, Binding, Context, bindings, keys_label};
use crate::app::state::{Confirm, Overlay};
use crate::content::{HelpKind, HelpLine, Step, StepRef};

use crate::ui::text::{markup_lines, wrap_styled};
use crate::ui::widgets::truncate;

fn boxed(area: Rect, max_w: u16, max_h: u16) -> Rect {
    let w = area.width.saturating_sub(4).min(max_w);
    let h = area.height.saturating_sub(2).min(max_h);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

fn context_name(ctx: Context) -> &'static str {
    match ctx {
        Context::Home => "ui-ctx-home",
        Context::Chapter => "ui-ctx-chapter",
        Context::Editor => "ui-ctx-editor",
        Context::Overlay => "ui-ctx-overlay",
        Context::Scale => "ui-ctx-scale",
        Context::Rating => "ui-ctx-rating",
        Context::Choice => "ui-ctx-choice",
        Context::ChoiceOther => "ui-ctx-choice-other",
        Context::Practice => "ui-ctx-practice",
        Context::Settings => "ui-ctx-settings",
        Context::AssessIntro => "ui-ctx-assess-intro",
        Context::AssessItem => "ui-ctx-assess-item",
        Context::Results => "ui-ctx-results",
        Context::Plan => "ui-ctx-plan",
        Context::History => "ui-ctx-history",
        Context::HistorySearch => "ui-ctx-history-search",
        Context::HistoryRead => "ui-ctx-history-read",
        Context::PracticeLog => "ui-ctx-practice-log",
        Context::Contents => "ui-ctx-contents",
        Context::Intake => "ui-ctx-intake",
        Context::Practices => "ui-ctx-practices",
        Context::Timer => "ui-ctx-timer",
    }
}

/// The help text for a screen: every binding of its keymap.
pub fn help_lines(app: &App, ctx: Context) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let table = bindings(ctx);
    let key_w = table.iter().map(|b| crate::ui::widgets::width(&keys_label(b))).max().unwrap_or(0);
    let mut lines = vec![
        Line::styled(app.t_with("ui-help-keys-of", &[("screen", app.t(context_name(ctx)).into())]), theme.heading),
        Line::default(),
    ];
    for b in table {
        lines.push(binding_line(app, b, key_w));
    }
    if ctx == Context::Editor {
        lines.push(Line::default());
        lines.push(Line::styled(app.t("ui-help-editor-saves-1"), theme.dim));
        lines.push(Line::styled(app.t("ui-help-editor-saves-2"), theme.dim));
    }
    lines.extend(help_box_lines(app, key_w));
    lines
}

/// On a first welcome: the other built-in workbook, one key away — a line
/// above the welcome, where it is seen at once, and what it is below.
fn other_workbook_lines(app: &App, width: usize) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let Some(other) = app.other_workbook_offered() else { return (Vec::new(), Vec::new()) };
    let (short, about) = match other {
        "healthcare" => ("ui-welcome-other-healthcare-short", "ui-welcome-other-healthcare"),
        _ => ("ui-welcome-other-msc-at-work-short", "ui-welcome-other-msc-at-work"),
    };
    let mut top = markup_lines(&app.t(short), width, &app.theme);
    top.push(Line::default());
    let mut below = vec![Line::default(), Line::styled(app.t("ui-welcome-other-heading"), app.theme.heading)];
    below.extend(markup_lines(&app.t(about), width, &app.theme));
    (top, below)
}

/// A key and what it does, the keys in a column `key_w` wide.
fn binding_line(app: &App, b: &Binding, key_w: usize) -> Line<'static> {
    let keys = keys_label(b);
    let pad = " ".repeat(key_w.saturating_sub(crate::ui::widgets::width(&keys)) + 2);
    Line::from(vec![Span::styled(keys, app.theme.key), Span::raw(pad), Span::raw(crate::i18n::tr(app.lang, b.help))])
}

/// What every screen's help offers besides its keys: the support lines and
/// the welcome, one key away in this box.
fn help_box_lines(app: &App, key_w: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut lines = vec![Line::default(), Line::styled(app.t("ui-help-in-this-box"), theme.heading)];
    for b in crate::screens::overlay::OVERLAY.iter().filter(|b| match b.action {
        Action::Support | Action::Welcome => true,
        Action::Intake => app.workbook.manifest.intake.is_some(),
        _ => false,
    }) {
        lines.push(binding_line(app, b, key_w));
    }
    lines
}

fn linked_step<'a>(app: &'a App, link: Option<&StepRef>) -> Option<&'a Step> {
    app.workbook.step(link?)
}

/// The grounding practice as a script to read at one's own pace.
fn grounding_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(Step::Practice(p)) = linked_step(app, app.workbook.manifest.grounding.as_ref()) else {
        return vec![Line::raw(app.t("ui-grounding-fallback"))];
    };
    let mut lines = markup_lines(&format!("# {}", p.title), width, theme);
    lines.extend(markup_lines(&app.t("ui-grounding-read-slowly"), width, theme));
    lines.push(Line::default());
    for cue in &p.cues {
        lines.extend(markup_lines(&format!("- {cue}"), width, theme));
    }
    lines
}

fn backdraft_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    match linked_step(app, app.workbook.manifest.backdraft.as_ref()) {
        Some(Step::Text(t)) => {
            let mut lines = markup_lines(&format!("# {}", t.title), width, &app.theme);
            lines.extend(markup_lines(&t.body, width, &app.theme));
            lines
        }
        _ => Vec::new(),
    }
}

/// Where to turn, in tiers: crisis lines and emergencies first (this box
/// also answers a distress check-in), then someone to talk to, then the
/// people at work and in care for strain that is not a crisis, then where
/// to look in any other country; with how fresh the numbers are.
pub fn support_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let support = &app.workbook.manifest.support;
    let mut lines = markup_lines(&support.intro, width, theme);
    let tiers = [
        (HelpKind::Crisis, "ui-support-crisis"),
        (HelpKind::Emergency, "ui-support-emergency"),
        (HelpKind::Listening, "ui-support-listening"),
    ];
    for (kind, heading) in tiers {
        help_lines_of(app, kind, &app.t(heading), width, &mut lines);
    }
    if let Some(care) = &support.care {
        lines.push(Line::default());
        lines.extend(markup_lines(&format!("# {}\n{care}", app.t("ui-support-care")), width, theme));
    }
    help_lines_of(app, HelpKind::Directory, &app.t("ui-support-directory"), width, &mut lines);
    if let Some(oldest) = support.lines.iter().filter_map(|l| l.checked.as_deref()).min() {
        let day = chrono::NaiveDate::parse_from_str(oldest, "%Y-%m-%d")
            .map_or_else(|_| oldest.to_string(), |d| app.lang.day(d, "%-d %B %Y"));
        lines.push(Line::default());
        lines.extend(wrap_styled(&app.t_with("ui-support-checked", &[("day", day.into())]), width, theme.dim, &[]));
    }
    lines
}

fn help_lines_of(app: &App, kind: HelpKind, heading: &str, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &app.theme;
    let of_kind: Vec<&HelpLine> = app.workbook.manifest.support.lines.iter().filter(|l| l.kind == kind).collect();
    if of_kind.is_empty() {
        return;
    }
    lines.push(Line::default());
    lines.extend(markup_lines(&format!("# {heading}"), width, theme));
    for line in of_kind {
        lines.extend(markup_lines(&format!("- *{}*: {} — {}", line.region, line.name, line.contact), width, theme));
    }
}

/// For strain and exhaustion, not crisis: the people at work and in care
/// who can help, and the key to the crisis lines should they be needed.
pub fn care_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let support = &app.workbook.manifest.support;
    let Some(care) = &support.care else { return support_lines(app, width) };
    let mut lines = markup_lines(care, width, theme);
    lines.push(Line::default());
    lines.extend(markup_lines(&app.t("ui-care-crisis-key"), width, theme));
    lines
}

/// The overlay's title, lines and footer for a screen of `area`.
fn content(app: &App, area: Rect, overlay: Overlay) -> (String, Vec<Line<'static>>, String) {
    let t = |id: &str| format!(" {} ", app.t(id));
    let theme = &app.theme;
    let width = usize::from(boxed(area, 76, 30).width.saturating_sub(4));
    match overlay {
        Overlay::Help => (t("ui-box-help"), help_lines(app, app.screen_context()), t("ui-box-esc-close")),
        Overlay::Welcome => {
            // Read again later, it closes rather than begins.
            let footer = if app.journal.progress().welcomed { t("ui-box-esc-close") } else { t("ui-box-enter-begin") };
            let (short, long) = other_workbook_lines(app, width);
            let mut lines = short;
            lines.extend(markup_lines(&app.workbook.manifest.welcome, width, theme));
            lines.extend(long);
            (t("ui-box-welcome"), lines, footer)
        }
        Overlay::Contents { selected } => {
            (t("ui-box-contents"), contents_lines(app, width, selected), t("ui-box-contents-keys"))
        }
        Overlay::Grounding => (t("ui-box-grounding"), grounding_lines(app, width), t("ui-box-esc-back")),
        Overlay::Backdraft => (t("ui-box-backdraft"), backdraft_lines(app, width), t("ui-box-esc-back")),
        Overlay::Support => (t("ui-box-support"), support_lines(app, width), t("ui-box-esc-close")),
        Overlay::Care => (t("ui-box-care"), care_lines(app, width), t("ui-box-care-keys")),
        Overlay::Intake { then } => {
            let text = app.workbook.manifest.intake.as_deref().unwrap_or_default();
            let mut lines = markup_lines(text, width, theme);
            lines.push(Line::default());
            lines.extend(support_lines(app, width));
            let footer = if then.is_some() { t("ui-box-intake-keys") } else { t("ui-box-esc-close") };
            (t("ui-box-intake"), lines, footer)
        }
        Overlay::Confirm(what) => confirm(app, what, width),
    }
}

/// The chapter's steps, numbered, with their kind and a ✓ when done; the
/// step on screen is marked "here". The heading is two lines (the second
/// says a number picks a step), so the selected step is line `selected + 2`.
fn contents_lines(app: &App, width: usize, selected: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let chapter = &app.workbook.chapters[app.view.chapter];
    let (done, total) = app.chapter_progress(app.view.chapter);
    // The chapter's title is in the header just above.
    let optional = chapter.steps.len() - total;
    let extra = if optional > 0 {
        format!(", {}", app.t_with("ui-contents-optional-count", &[("count", optional.into())]))
    } else {
        String::new()
    };
    let heading = app
        .t_with("ui-contents-heading", &[("n", chapter.number.into()), ("done", done.into()), ("total", total.into())]);
    let heading = format!("{heading}{extra}");
    let mut lines = vec![
        Line::styled(truncate(&heading, width), theme.heading),
        Line::styled(truncate(&app.t("ui-contents-how"), width), theme.dim),
    ];
    let number_w = chapter.steps.len().to_string().len();
    let kind_w = chapter.steps.iter().map(|s| crate::ui::widgets::width(&app.t(kind_word(s)))).max().unwrap_or(0);
    for (i, step) in chapter.steps.iter().enumerate() {
        let is_selected = i == selected;
        let mark = if app.is_step_done(app.view.chapter, i) { "✓" } else { " " };
        let marker = if is_selected { "> " } else { "  " };
        let here = match (i == app.view.step, step.is_optional()) {
            (true, true) => format!(" ({})", app.t("ui-contents-optional-here")),
            (true, false) => format!(" ({})", app.t("ui-contents-here")),
            (false, true) => format!(" ({})", app.t("ui-contents-optional")),
            (false, false) => String::new(),
        };
        let kind = crate::ui::widgets::pad(&app.t(kind_word(step)), kind_w);
        let front = format!("{marker}{:>number_w$} {mark} {kind} ", i + 1);
        let room = width.saturating_sub(crate::ui::widgets::width(&front) + crate::ui::widgets::width(&here));
        let text = format!("{front}{}{here}", truncate(step.title(), room));
        let style = if is_selected {
            theme.selected
        } else if mark == "✓" {
            theme.done
        } else {
            theme.base
        };
        lines.push(Line::styled(text, style));
    }
    lines
}

/// A step's kind as the user meets it in the contents (its message id).
fn kind_word(step: &Step) -> &'static str {
    match step {
        Step::Text(_) => "ui-contents-text",
        Step::Practice(_) => "ui-contents-practice",
        Step::Reflection(_) => "ui-contents-reflection",
        Step::Scale(_) => "ui-contents-check-in",
        Step::Choice(_) => "ui-contents-choice",
        Step::Assessment(_) => "ui-contents-assessment",
    }
}

/// The question, and what y and the other keys do.
fn confirm(app: &App, what: Confirm, width: usize) -> (String, Vec<Line<'static>>, String) {
    let ids = match what {
        Confirm::DiscardDraft => [
            "ui-confirm-discard",
            "ui-confirm-discard-question",
            "ui-confirm-discard-keys",
            "ui-confirm-discard-footer",
        ],
        Confirm::QuitPractice => {
            ["ui-confirm-quit", "ui-confirm-quit-question", "ui-confirm-quit-keys", "ui-confirm-quit-footer"]
        }
    };
    let [title, question, keys, footer] = ids.map(|id| app.t(id));
    let mut lines = markup_lines(&question, width, &app.theme);
    lines.push(Line::default());
    lines.extend(wrap_styled(&keys, width, app.theme.key, &[]));
    (format!(" {title} "), lines, format!(" {footer} "))
}

fn rect_for(area: Rect, lines: usize) -> Rect {
    boxed(area, 76, u16::try_from(lines + 2).unwrap_or(u16::MAX).max(5))
}

/// How far the open overlay can scroll at this terminal size.
pub fn render(frame: &mut Frame, app: &App, area: Rect, overlay: Overlay) {
    let theme = &app.theme;
    let (title, lines, footer) = content(app, area, overlay);
    let rect = rect_for(area, lines.len());
    let inner_h = usize::from(rect.height.saturating_sub(2));
    // The contents keep the picked step in view.
    let focus = match overlay {
        Overlay::Contents { selected } => Some(selected + 2),
        _ => None,
    };
    let scroll = app.overlay_scroll.fit_focus(lines.len(), inner_h, focus);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title))
        .title_bottom(Line::styled(footer, theme.dim).right_aligned())
        .title_bottom(Line::styled(
            if scroll < lines.len().saturating_sub(inner_h) {
                format!(" {} ", app.t("ui-box-more"))
            } else {
                String::new()
            },
            theme.dim,
        ))
        .padding(ratatui::widgets::Padding::horizontal(1));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((u16::try_from(scroll).unwrap_or(0), 0)), rect);
}

//! Boxes over the screen: help (generated from the keymap) and the welcome.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::App;
use crate::app::keymap::{Action, Context, bindings, keys_label};
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
        Context::Home => "Chapter list",
        Context::Chapter => "Chapter",
        Context::Editor => "Editor",
        Context::Overlay => "",
        Context::Scale => "Check-in",
        Context::Rating => "Check-in",
        Context::Choice => "Choice",
        Context::ChoiceOther => "Writing your own option",
        Context::Practice => "Practice",
        Context::Settings => "Settings",
        Context::AssessIntro => "Self-assessment",
        Context::AssessItem => "Self-assessment item",
        Context::Results => "Results",
        Context::Plan => "Job-crafting plan",
        Context::History => "History",
        Context::HistorySearch => "Searching",
        Context::HistoryRead => "Reading an answer",
        Context::PracticeLog => "Practice log",
        Context::Contents => "Contents",
        Context::Intake => "Before you begin",
        Context::Practices => "Practices",
        Context::Timer => "Silent timer",
    }
}

/// The help text for a screen: every binding of its keymap.
pub fn help_lines(app: &App, ctx: Context) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let table = bindings(ctx);
    let key_w = table.iter().map(|b| crate::ui::widgets::width(&keys_label(b))).max().unwrap_or(0);
    let mut lines = vec![Line::styled(format!("{} keys", context_name(ctx)), theme.heading), Line::default()];
    for b in table {
        let keys = keys_label(b);
        let pad = " ".repeat(key_w.saturating_sub(crate::ui::widgets::width(&keys)) + 2);
        lines.push(Line::from(vec![
            Span::styled(keys, theme.key),
            Span::raw(pad),
            Span::raw(crate::i18n::tr(app.lang, b.help)),
        ]));
    }
    if ctx == Context::Editor {
        lines.push(Line::default());
        lines.push(Line::styled("Text is saved when you leave the editor, on Ctrl-S,", theme.dim));
        lines.push(Line::styled("on quit, and within 2 seconds of a change.", theme.dim));
    }
    lines.extend(help_box_lines(app, key_w));
    lines
}

/// What every screen's help offers besides its keys: the support lines and
/// the welcome, one key away in this box.
fn help_box_lines(app: &App, key_w: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut lines = vec![Line::default(), Line::styled("In this box", theme.heading)];
    for b in crate::screens::overlay::OVERLAY.iter().filter(|b| match b.action {
        Action::Support | Action::Welcome => true,
        Action::Intake => app.workbook.manifest.intake.is_some(),
        _ => false,
    }) {
        let keys = keys_label(b);
        let pad = " ".repeat(key_w.saturating_sub(crate::ui::widgets::width(&keys)) + 2);
        lines.push(Line::from(vec![
            Span::styled(keys, theme.key),
            Span::raw(pad),
            Span::raw(crate::i18n::tr(app.lang, b.help)),
        ]));
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
        return vec![Line::raw("Feel your feet on the floor. Let the floor hold you.")];
    };
    let mut lines = markup_lines(&format!("# {}", p.title), width, theme);
    lines.extend(markup_lines("Read slowly, one line at a time. The practice you were in is paused.", width, theme));
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
        (HelpKind::Crisis, "In a crisis, now"),
        (HelpKind::Emergency, "In danger, now"),
        (HelpKind::Listening, "To talk, when it is not a crisis"),
    ];
    for (kind, heading) in tiers {
        help_lines_of(app, kind, heading, width, &mut lines);
    }
    if let Some(care) = &support.care {
        lines.push(Line::default());
        lines.extend(markup_lines(&format!("# When work weighs on you\n{care}"), width, theme));
    }
    help_lines_of(app, HelpKind::Directory, "Anywhere else", width, &mut lines);
    if let Some(oldest) = support.lines.iter().filter_map(|l| l.checked.as_deref()).min() {
        let day = chrono::NaiveDate::parse_from_str(oldest, "%Y-%m-%d")
            .map_or_else(|_| oldest.to_string(), |d| d.format("%-d %B %Y").to_string());
        lines.push(Line::default());
        lines.extend(wrap_styled(
            &format!("These numbers were checked on {day}. Numbers change; the directory above keeps current ones."),
            width,
            theme.dim,
            &[],
        ));
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
    lines.extend(markup_lines(
        "If it is more than strain, if you feel unsafe or think of ending your life, press *h* for crisis lines.",
        width,
        theme,
    ));
    lines
}

/// The overlay's title, lines and footer for a screen of `area`.
fn content(app: &App, area: Rect, overlay: Overlay) -> (&'static str, Vec<Line<'static>>, &'static str) {
    let theme = &app.theme;
    let width = usize::from(boxed(area, 76, 30).width.saturating_sub(4));
    match overlay {
        Overlay::Help => (" Help ", help_lines(app, app.screen_context()), " Esc close "),
        Overlay::Welcome => {
            // Read again later, it closes rather than begins.
            let footer = if app.journal.progress().welcomed { " Esc close " } else { " Enter begin " };
            (" Welcome ", markup_lines(&app.workbook.manifest.welcome, width, theme), footer)
        }
        Overlay::Contents { selected } => {
            (" Contents ", contents_lines(app, width, selected), " Enter go · Esc close ")
        }
        Overlay::Grounding => (" Grounding ", grounding_lines(app, width), " Esc back "),
        Overlay::Backdraft => (" Backdraft ", backdraft_lines(app, width), " Esc back "),
        Overlay::Support => (" Support ", support_lines(app, width), " Esc close "),
        Overlay::Care => (" Look after yourself ", care_lines(app, width), " h crisis lines · Esc close "),
        Overlay::Intake { then } => {
            let text = app.workbook.manifest.intake.as_deref().unwrap_or_default();
            let mut lines = markup_lines(text, width, theme);
            lines.push(Line::default());
            lines.extend(support_lines(app, width));
            let footer = if then.is_some() { " Enter go on · Esc not now " } else { " Esc close " };
            (" Before you begin ", lines, footer)
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
    let extra = if optional > 0 { format!(", {optional} optional") } else { String::new() };
    let heading = format!("Chapter {}: {done} of {total} steps done{extra}", chapter.number);
    let mut lines = vec![
        Line::styled(truncate(&heading, width), theme.heading),
        Line::styled(truncate("Type a step's number or move to it, then Enter", width), theme.dim),
    ];
    let number_w = chapter.steps.len().to_string().len();
    for (i, step) in chapter.steps.iter().enumerate() {
        let is_selected = i == selected;
        let mark = if app.is_step_done(app.view.chapter, i) { "✓" } else { " " };
        let marker = if is_selected { "> " } else { "  " };
        let here = match (i == app.view.step, step.is_optional()) {
            (true, true) => " (optional, here)",
            (true, false) => " (here)",
            (false, true) => " (optional)",
            (false, false) => "",
        };
        let front = format!("{marker}{:>number_w$} {mark} {:<10} ", i + 1, kind_word(step));
        let room = width.saturating_sub(crate::ui::widgets::width(&front) + here.len());
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

/// A step's kind as the user meets it.
fn kind_word(step: &Step) -> &'static str {
    match step {
        Step::Text(_) => "text",
        Step::Practice(_) => "practice",
        Step::Reflection(_) => "reflection",
        Step::Scale(_) => "check-in",
        Step::Choice(_) => "choice",
        Step::Assessment(_) => "assessment",
    }
}

/// The question, and what y and the other keys do.
fn confirm(app: &App, what: Confirm, width: usize) -> (&'static str, Vec<Line<'static>>, &'static str) {
    let (title, question, keys, footer) = match what {
        Confirm::DiscardDraft => (
            " Start over? ",
            "Discard your answers so far?",
            "y = discard, any other key = keep",
            " y discard · other keys keep ",
        ),
        Confirm::QuitPractice => (
            " Quit? ",
            "Stop the practice and quit? It is logged as stopped early.",
            "y = stop and quit, any other key = go on with the practice",
            " y quit · other keys go on ",
        ),
    };
    let mut lines = markup_lines(question, width, &app.theme);
    lines.push(Line::default());
    lines.extend(wrap_styled(keys, width, app.theme.key, &[]));
    (title, lines, footer)
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
            if scroll < lines.len().saturating_sub(inner_h) { " ↓ more " } else { "" },
            theme.dim,
        ))
        .padding(ratatui::widgets::Padding::horizontal(1));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((u16::try_from(scroll).unwrap_or(0), 0)), rect);
}

//! The reflection editor: the prompt, the text, and earlier dated answers.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::App;
use crate::app::keymap::Context;
use crate::app::state::EditorState;
use crate::content::Step;
use crate::journal::Revision;

use crate::layout::areas;
use crate::ui::text::{plain_lines, wrap_styled};
use crate::ui::widgets::{date, header, hints, status};

/// Width from which earlier answers sit beside the editor rather than below.
const SIDE_PANEL_FROM: u16 = 110;

pub fn render(frame: &mut Frame, app: &App, area: Rect, editor: &EditorState) {
    let theme = &app.theme;
    let a = areas(area);
    let c = &app.workbook.chapters[editor.chapter];
    let step = &c.steps[editor.step];
    header(
        frame,
        a.header,
        app,
        &format!("{}. {}", c.number, c.title),
        &format!("writing · step {}/{}", editor.step + 1, c.steps.len()),
    );
    let body = Rect::new(a.body.x + 1, a.body.y, a.body.width.saturating_sub(2), a.body.height);
    let width = usize::from(body.width);

    let mut top = Vec::new();
    if let Step::Reflection(r) = step {
        top.extend(wrap_styled(&r.prompt, width, theme.emphasis, &[]));
        if let Some(hint) = &r.hint {
            top.extend(wrap_styled(hint, width, theme.dim, &[]));
        }
    }
    // The prompt may take at most a third of the room.
    top.truncate(usize::from(body.height / 3).max(1));
    let top_h = u16::try_from(top.len()).unwrap_or(0);
    frame.render_widget(Paragraph::new(top), Rect::new(body.x, body.y, body.width, top_h));

    // A long message (a failed save) takes rows at the bottom: the text
    // being typed stays in view above it.
    let below = crate::ui::widgets::long_status_rows(app, area.width);
    let rest = Rect::new(body.x, body.y + top_h, body.width, body.height.saturating_sub(top_h + below));
    let earlier = earlier_answers(app, editor);
    let (edit_area, panel) = if earlier.is_empty() { (rest, None) } else { split_for_panel(rest, area.width) };

    // Only a session that adds a revision to an existing answer keeps an earlier version.
    let title = if editor.target.entry.is_some() && editor.target.revision != Some(0) {
        " Your answer — a new version; the earlier one is kept "
    } else {
        " Your answer "
    };
    // Drawn in place: cloning the text area (with its undo history) per frame
    // cost milliseconds on long answers. Its frame is drawn separately.
    let block =
        Block::default().borders(Borders::ALL).border_style(theme.border).title(Span::styled(title, theme.title));
    let inner = block.inner(edit_area);
    frame.render_widget(block, edit_area);
    frame.render_widget(&editor.textarea, inner);

    if let Some(panel) = panel {
        earlier_panel(frame, app, panel, &earlier);
    }

    let fallback = if editor.is_dirty() {
        Some(Line::styled(" ● not saved yet — saved within 2 s", theme.dim))
    } else {
        editor.saved_at.map(|t| Line::styled(format!(" Saved {}", t.format("%H:%M:%S")), theme.info))
    };
    status(frame, a.status, app, fallback);
    hints(frame, a.hints, app, Context::Editor);
}

/// Where the text area and the panel of earlier answers go in `rest`: the
/// panel beside the editor on a wide terminal, below it on a tall one, and
/// none when there is no room.
fn split_for_panel(rest: Rect, screen_width: u16) -> (Rect, Option<Rect>) {
    if screen_width >= SIDE_PANEL_FROM {
        let panel_w = rest.width / 3;
        (
            Rect::new(rest.x, rest.y, rest.width - panel_w - 1, rest.height),
            Some(Rect::new(rest.x + rest.width - panel_w, rest.y, panel_w, rest.height)),
        )
    } else if rest.height >= 14 {
        let panel_h = (rest.height / 3).min(7);
        (
            Rect::new(rest.x, rest.y, rest.width, rest.height - panel_h),
            Some(Rect::new(rest.x, rest.y + rest.height - panel_h, rest.width, panel_h)),
        )
    } else {
        (rest, None)
    }
}

/// The earlier answers, newest first, as many as fit in `panel`.
fn earlier_panel(frame: &mut Frame, app: &App, panel: Rect, earlier: &[&Revision]) {
    let theme = &app.theme;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Span::styled(" Earlier answers ", theme.dim));
    let inner = block.inner(panel);
    frame.render_widget(block, panel);
    // Wrapped a line of the text at a time, only until the panel is full.
    let room = usize::from(inner.height);
    let mut lines: Vec<Line> = Vec::with_capacity(room);
    for rev in earlier {
        if lines.len() >= room {
            break;
        }
        lines.push(Line::styled(format!("— {}", date(&rev.at)), theme.dim));
        for line in rev.text.split('\n') {
            if lines.len() >= room {
                break;
            }
            lines.extend(plain_lines(line, usize::from(inner.width), theme.dim));
        }
        lines.push(Line::default());
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Earlier answers to the same prompt, newest first: borrowed, so a frame
/// copies none of their text.
fn earlier_answers<'a>(app: &'a App, editor: &EditorState) -> Vec<&'a Revision> {
    let c = &app.workbook.chapters[editor.chapter];
    let Some(Ok(answers)) = app.journal.answers(&c.id) else {
        return Vec::new();
    };
    let list = answers.reflections(c.steps[editor.step].id());
    list.iter()
        .enumerate()
        .rev()
        .take(5)
        .filter_map(|(i, r)| {
            // The answer being continued shows its previous version, not this session's text.
            let rev = if Some(i) == editor.target.entry {
                let skip = usize::from(editor.target.revision.is_some());
                r.revisions.iter().rev().nth(skip)?
            } else {
                r.latest()?
            };
            Some(rev)
        })
        .collect()
}

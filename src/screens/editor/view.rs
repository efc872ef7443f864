//! The reflection editor: the prompt, the text, and earlier dated answers.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::App;
use crate::app::keymap::Context;
use crate::app::state::EditorState;
use crate::content::{ReflectionStep, Step};
use crate::journal::Revision;

use crate::layout::areas;
use crate::ui::text::{plain_lines, wrap_styled};
use crate::ui::widgets::{header, hints, status, truncate};

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
        &format!(
            "{} · {}",
            app.t("ui-editor-writing"),
            app.t_with("ui-step-of", &[("n", (editor.step + 1).into()), ("total", c.steps.len().into())])
        ),
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
    // A long message (a failed save) takes rows at the bottom: the text
    // being typed stays in view above it.
    let below = crate::ui::widgets::long_status_rows(app, area.width);
    // What the prompt recalls stays in view while writing, as on the step
    // page: up to a third of the room, leaving the text area five rows.
    if let Step::Reflection(r) = step {
        let left = usize::from(body.height.saturating_sub(below)).saturating_sub(top.len() + 5);
        top.extend(recalled_lines(app, r, width, usize::from(body.height / 3).min(left)));
    }
    let top_h = u16::try_from(top.len()).unwrap_or(0);
    frame.render_widget(Paragraph::new(top), Rect::new(body.x, body.y, body.width, top_h));
    let rest = Rect::new(body.x, body.y + top_h, body.width, body.height.saturating_sub(top_h + below));
    let earlier = earlier_answers(app, editor);
    let (edit_area, panel) = if earlier.is_empty() { (rest, None) } else { split_for_panel(rest, area.width) };

    // Only a session that adds a revision to an existing answer keeps an earlier version.
    let title = if editor.target.entry.is_some() && editor.target.revision != Some(0) {
        format!(" {} ", app.t("ui-editor-new-version"))
    } else {
        format!(" {} ", app.t("ui-editor-your-answer"))
    };
    // Drawn in place: cloning the text area (with its undo history) per frame
    // cost milliseconds on long answers. Its frame is drawn separately.
    let block =
        Block::default().borders(Borders::ALL).border_style(theme.border).title(Span::styled(title, theme.title));
    let inner = block.inner(edit_area);
    frame.render_widget(block, edit_area);
    draw_text(frame, inner, app, editor);

    if let Some(panel) = panel {
        earlier_panel(frame, app, panel, &earlier);
    }

    word_count_line(frame, app, editor, a.status);
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
        .title(Span::styled(format!(" {} ", app.t("ui-editor-earlier-answers")), theme.dim));
    let inner = block.inner(panel);
    frame.render_widget(block, panel);
    // Wrapped a line of the text at a time, only until the panel is full.
    let room = usize::from(inner.height);
    let mut lines: Vec<Line> = Vec::with_capacity(room);
    for rev in earlier {
        if lines.len() >= room {
            break;
        }
        lines.push(Line::styled(format!("— {}", app.date(&rev.at)), theme.dim));
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

/// Words as a reader counts them: runs between white space that hold a
/// letter or a digit (a dash standing alone is no word).
pub(crate) fn word_count(lines: &[String]) -> usize {
    lines.iter().map(|l| l.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()).sum()
}

/// What the step recalls, each answer under its step's name, in at most
/// `room` rows: a long answer is cut (its end marked …) so every recalled
/// answer keeps a share of the room.
fn recalled_lines(app: &App, r: &ReflectionStep, width: usize, room: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let nothing = app.t("ui-editor-nothing-there");
    let mut blocks: Vec<Vec<Line<'static>>> = Vec::new();
    for target in r.recalled() {
        let Some(chapter) = app.workbook.chapter(&target.chapter) else { continue };
        let title = chapter.step(&target.step).map_or("", |s| s.title());
        let mut block = vec![Line::styled(
            truncate(&app.t_with("ui-recall-from", &[("n", chapter.number.into()), ("title", title.into())]), width),
            theme.dim,
        )];
        let answer = app.journal.shown(&target.chapter).and_then(Result::ok).and_then(|a| a.latest_text(&target.step));
        let (text, style) = match &answer {
            Some((_, text)) => (text.as_str(), theme.emphasis),
            None => (nothing.as_str(), theme.dim),
        };
        block.extend(plain_lines(text.trim_end(), width.saturating_sub(2), style).into_iter().map(|mut l| {
            l.spans.insert(0, Span::raw("  "));
            l
        }));
        blocks.push(block);
    }
    if blocks.is_empty() || room < 2 {
        return Vec::new();
    }
    // Shares: the longest block gives up a row until all fit; each keeps
    // its heading and a line of its answer where there is room for that.
    let mut sizes: Vec<usize> = blocks.iter().map(Vec::len).collect();
    while sizes.iter().sum::<usize>() > room {
        let Some((i, _)) = sizes.iter().enumerate().filter(|(_, n)| **n > 0).max_by_key(|(i, n)| (**n, *i)) else {
            break;
        };
        sizes[i] -= 1;
    }
    let mut lines = Vec::new();
    for (mut block, size) in blocks.into_iter().zip(sizes) {
        let cut = block.len() > size;
        block.truncate(size);
        if cut && let Some(last) = block.last_mut() {
            last.spans.push(Span::styled(" …", theme.dim));
        }
        lines.extend(block);
    }
    lines
}

/// One row of the text as drawn: chars `start..end` of line `line`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Row {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// Cells a character takes; a tab is drawn as one space, other control
/// characters not at all.
fn cells(c: char) -> usize {
    if c == '\t' { 1 } else { unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) }
}

/// The rows of one line at `width`, wrapped as a word processor does: after
/// the spaces that end a word, which may hang past the edge, so no row but
/// the first starts with a space. A word longer than a row is split.
pub(crate) fn wrap_line(chars: &[char], width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let n = chars.len();
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let (mut used, mut i, mut brk, mut end) = (0, start, None, n);
        while i < n {
            let c = chars[i];
            let w = cells(c);
            if c.is_whitespace() {
                used += w;
                i += 1;
                if i < n && !chars[i].is_whitespace() {
                    brk = Some(i);
                }
                continue;
            }
            if used + w > width && i > start {
                end = brk.filter(|&b| b > start).unwrap_or(i);
                break;
            }
            used += w;
            i += 1;
        }
        out.push((start, end));
        start = end;
    }
    if out.is_empty() {
        out.push((0, 0));
    }
    out
}

/// Every row of the text at `width`.
pub(crate) fn wrap_rows(lines: &[String], width: usize) -> Vec<Row> {
    let mut rows = Vec::with_capacity(lines.len());
    for (line, text) in lines.iter().enumerate() {
        let chars: Vec<char> = text.chars().collect();
        rows.extend(wrap_line(&chars, width).into_iter().map(|(start, end)| Row { line, start, end }));
    }
    rows
}

/// The text area's text, drawn with [`wrap_rows`]: the text area's own
/// wrapping starts a row with the space after a word that ends at the
/// edge. The text area still does the editing, and keeps the cursor in
/// view: it is drawn off screen first, and the cursor is put as far down
/// the window as the text area put it.
fn draw_text(frame: &mut Frame, area: Rect, app: &App, editor: &EditorState) {
    let textarea = &editor.textarea;
    if textarea.is_empty() || area.width == 0 || area.height == 0 {
        // The placeholder, drawn by the text area itself.
        frame.render_widget(textarea, area);
        return;
    }
    let mut scratch = ratatui::buffer::Buffer::empty(area);
    ratatui::widgets::Widget::render(textarea, area, &mut scratch);
    let height = usize::from(area.height);
    let down = (textarea.screen_cursor().row).saturating_sub(usize::from(textarea.scroll_offset().0)).min(height - 1);

    let lines = textarea.lines();
    let rows = wrap_rows(lines, usize::from(area.width));
    let (cl, cc) = (textarea.cursor().0, textarea.cursor().1);
    // The cursor's row: the one holding its char, or the line's last row
    // when it stands after the line's end.
    let cursor_row = rows
        .iter()
        .enumerate()
        .position(|(i, r)| r.line == cl && (cc < r.end || rows.get(i + 1).is_none_or(|next| next.line != cl)))
        .unwrap_or(0);
    let top = cursor_row.saturating_sub(down);
    let theme = &app.theme;
    let selection = textarea.selection_range();
    let selected = |line: usize, col: usize| {
        selection.is_some_and(|((r0, c0), (r1, c1))| (line, col) >= (r0, c0) && (line, col) < (r1, c1))
    };
    let mut drawn = Vec::with_capacity(height);
    for (i, row) in rows.iter().enumerate().skip(top).take(height) {
        let text = &lines[row.line];
        let mut spans: Vec<Span<'_>> = Vec::new();
        let mut used = 0;
        for (col, c) in text.chars().enumerate().skip(row.start).take(row.end - row.start) {
            let w = cells(c);
            // Spaces hanging past the edge are not drawn; the cursor on
            // one stays in the last column.
            if used + w > usize::from(area.width) {
                if i == cursor_row && col == cc {
                    if let Some(last) = spans.last_mut() {
                        last.content.to_mut().pop();
                    }
                    spans.push(Span::styled(" ", theme.cursor));
                }
                break;
            }
            if w == 0 && c != '\t' {
                continue;
            }
            let shown = if c == '\t' { ' ' } else { c };
            let style = if i == cursor_row && col == cc {
                theme.cursor
            } else if selected(row.line, col) {
                theme.selected
            } else {
                theme.base
            };
            // Runs of one style make one span.
            match spans.last_mut() {
                Some(last) if last.style == style => last.content.to_mut().push(shown),
                _ => spans.push(Span::styled(shown.to_string(), style)),
            }
            used += w;
        }
        if i == cursor_row && cc >= row.end && used < usize::from(area.width) {
            spans.push(Span::styled(" ", theme.cursor));
        }
        drawn.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(drawn).style(theme.base), area);
}

/// The status line: the word count and whether the text is saved, or a
/// message with the count at its right end when there is room.
fn word_count_line(frame: &mut Frame, app: &App, editor: &EditorState, area: Rect) {
    let theme = &app.theme;
    let words = word_count(editor.textarea.lines());
    let words = app.t_with("ui-editor-words", &[("count", words.into())]);
    let fallback = if editor.is_dirty() {
        Line::styled(format!(" {words} · {}", app.t("ui-editor-not-saved-yet")), theme.dim)
    } else if let Some(t) = editor.saved_at {
        Line::styled(
            format!(
                " {words} · {}",
                app.t_with("ui-editor-saved-at", &[("time", t.format("%H:%M").to_string().into())])
            ),
            theme.info,
        )
    } else {
        Line::styled(format!(" {words}"), theme.dim)
    };
    status(frame, area, app, Some(fallback));
    // A message on the status line leaves the count at its right end, room permitting.
    if let Some(shown) = app.shown_status() {
        let used = crate::ui::widgets::width(&shown.text) + 4;
        let count = format!("{words} ");
        let w = crate::ui::widgets::width(&count);
        if used + w <= usize::from(area.width) {
            let x = area.x + area.width - u16::try_from(w).unwrap_or(0);
            let at = Rect::new(x, area.y, area.width - (x - area.x), 1);
            frame.render_widget(Paragraph::new(Line::styled(count, theme.dim)), at);
        }
    }
}

//! Boxes over the screen: help (generated from the keymap) and the welcome.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::App;
use crate::app::keymap::{Context, bindings, keys_label};
use crate::app::state::Overlay;

use super::text::markup_lines;

fn boxed(area: Rect, max_w: u16, max_h: u16) -> Rect {
    let w = area.width.saturating_sub(4).min(max_w);
    let h = area.height.saturating_sub(2).min(max_h);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn context_name(ctx: Context) -> &'static str {
    match ctx {
        Context::Home => "Chapter list",
        Context::Chapter => "Chapter",
        Context::Editor => "Editor",
        Context::Overlay => "",
    }
}

/// The help text for a screen: every binding of its keymap.
pub fn help_lines(app: &App, ctx: Context) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let table = bindings(ctx);
    let key_w = table
        .iter()
        .map(|b| keys_label(b).chars().count())
        .max()
        .unwrap_or(0);
    let mut lines = vec![
        Line::styled(format!("{} keys", context_name(ctx)), theme.heading),
        Line::default(),
    ];
    for b in table {
        let keys = keys_label(b);
        let pad = " ".repeat(key_w.saturating_sub(keys.chars().count()) + 2);
        lines.push(Line::from(vec![
            Span::styled(keys, theme.key),
            Span::raw(pad),
            Span::raw(b.help),
        ]));
    }
    if ctx == Context::Editor {
        lines.push(Line::default());
        lines.push(Line::styled(
            "Text is saved when you leave the editor, on Ctrl-S,",
            theme.dim,
        ));
        lines.push(Line::styled(
            "on quit, and after 2 seconds without typing.",
            theme.dim,
        ));
    }
    lines
}

pub fn render(frame: &mut Frame, app: &App, area: Rect, overlay: Overlay) {
    let theme = &app.theme;
    let (title, lines, footer) = match overlay {
        Overlay::Help => (
            " Help ",
            help_lines(app, app.screen_context()),
            " Esc close ",
        ),
        Overlay::Welcome => {
            let width = usize::from(boxed(area, 76, 30).width.saturating_sub(4));
            (
                " Welcome ",
                markup_lines(&app.workbook.manifest.welcome, width, theme),
                " Enter begin ",
            )
        }
    };
    let rect = boxed(
        area,
        76,
        u16::try_from(lines.len() + 2).unwrap_or(u16::MAX).max(5),
    );
    let inner_h = usize::from(rect.height.saturating_sub(2));
    let scroll = app.overlay_scroll.min(lines.len().saturating_sub(inner_h));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title))
        .title_bottom(Line::styled(footer, theme.dim).right_aligned())
        .padding(ratatui::widgets::Padding::horizontal(1));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        rect,
    );
}

//! Every style the app uses, in one place. No colours in render code.

use ratatui::style::{Color, Modifier, Style};
use ratatui_textarea::TextArea;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Default,
    Light,
    Monochrome,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    pub base: Style,
    pub title: Style,
    pub heading: Style,
    pub emphasis: Style,
    pub dim: Style,
    pub selected: Style,
    pub done: Style,
    pub border: Style,
    pub key: Style,
    pub info: Style,
    pub error: Style,
    pub cursor: Style,
    pub cursor_line: Style,
    pub gauge: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match name {
            ThemeName::Default => Theme {
                name,
                base: Style::new(),
                title: bold.fg(Color::Cyan),
                heading: bold.fg(Color::Yellow),
                emphasis: Style::new().add_modifier(Modifier::ITALIC).fg(Color::LightYellow),
                dim: Style::new().fg(Color::DarkGray),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                done: Style::new().fg(Color::Green),
                border: Style::new().fg(Color::DarkGray),
                key: bold.fg(Color::Cyan),
                info: Style::new().fg(Color::Green),
                error: bold.fg(Color::Red),
                cursor: Style::new().add_modifier(Modifier::REVERSED),
                cursor_line: Style::new(),
                gauge: Style::new().fg(Color::Cyan).bg(Color::Black),
            },
            ThemeName::Light => Theme {
                name,
                base: Style::new(),
                title: bold.fg(Color::Blue),
                heading: bold.fg(Color::Magenta),
                emphasis: Style::new().add_modifier(Modifier::ITALIC).fg(Color::Blue),
                dim: Style::new().fg(Color::Gray),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                done: Style::new().fg(Color::Green),
                border: Style::new().fg(Color::Gray),
                key: bold.fg(Color::Blue),
                info: Style::new().fg(Color::Green),
                error: bold.fg(Color::Red),
                cursor: Style::new().add_modifier(Modifier::REVERSED),
                cursor_line: Style::new(),
                gauge: Style::new().fg(Color::Blue).bg(Color::Gray),
            },
            // No colour at all: state is carried by bold, reverse and markers.
            ThemeName::Monochrome => Theme {
                name,
                base: Style::new(),
                title: bold,
                heading: bold,
                emphasis: Style::new().add_modifier(Modifier::ITALIC),
                dim: Style::new(),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                done: Style::new(),
                border: Style::new(),
                key: bold,
                info: Style::new(),
                error: bold,
                cursor: Style::new().add_modifier(Modifier::REVERSED),
                cursor_line: Style::new(),
                gauge: Style::new(),
            },
        }
    }

    pub fn style_textarea(&self, textarea: &mut TextArea<'_>) {
        textarea.set_style(self.base);
        textarea.set_cursor_style(self.cursor);
        textarea.set_cursor_line_style(self.cursor_line);
        textarea.set_placeholder_style(self.dim);
    }
}

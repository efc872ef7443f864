//! The frame every screen shares: header, body, status line, hint bar.
//! Plain geometry of a terminal's size, shared by the views that draw in
//! it and by update, which pages by what a screen shows.

use ratatui::layout::Rect;

/// Below this the app shows one line saying so, instead of a squashed screen.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 14;
/// Reading is easier in a column than across a wide terminal.
pub const MAX_TEXT_WIDTH: u16 = 90;

pub struct Areas {
    pub header: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let h = area.height;
    Areas {
        header: Rect::new(area.x, area.y, area.width, 2.min(h)),
        body: Rect::new(area.x, area.y + 2, area.width, h.saturating_sub(4)),
        status: Rect::new(area.x, area.y + h.saturating_sub(2), area.width, 1.min(h)),
        hints: Rect::new(area.x, area.y + h.saturating_sub(1), area.width, 1.min(h)),
    }
}

/// A centred reading column inside `area`, with a margin of two.
pub fn column(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(MAX_TEXT_WIDTH);
    let x = area.x + (area.width - width) / 2;
    Rect::new(x, area.y, width, area.height)
}

/// The whole screen of a terminal of `size`: update uses the same layout as
/// render to scroll by what is shown.
pub fn screen(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// The reading column of the body for a terminal of `size`.
pub fn body_column(size: (u16, u16)) -> Rect {
    column(areas(screen(size)).body)
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// How wide the reading column is on a terminal of `size`.
pub fn body_width(size: (u16, u16)) -> usize {
    usize::from(body_column(size).width)
}

/// How tall the body (between header and status line) is on a terminal of `size`.
pub fn body_height(size: (u16, u16)) -> u16 {
    areas(screen(size)).body.height
}

/// Rows for History's list under its two-line filter bar.
pub fn list_height(size: (u16, u16)) -> u16 {
    areas(screen(size)).body.height.saturating_sub(2)
}

/// How many columns a choice's options are laid out in at `width`.
pub fn choice_columns(choice: &crate::content::ChoiceStep, width: usize) -> usize {
    let widest =
        choice.options.iter().map(|o| unicode_width::UnicodeWidthStr::width(o.as_str())).max().unwrap_or(1).max(10) + 7;
    (width / widest).clamp(1, 4)
}

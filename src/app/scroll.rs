//! A page that scrolls. Update moves it; only the view knows how many lines
//! the page has at the width it is drawn at, so the view records how far it
//! can go (and how tall a page is) as it draws, and the next key reads that
//! (as gitui's vertical scroll does). Nothing in update asks a view.

use std::cell::Cell;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scroll {
    /// A cell, as the view may move it to keep a line in focus in view.
    top: Cell<usize>,
    /// The furthest `top` can go, and the height of a page, as last drawn.
    drawn: Cell<Option<Drawn>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Drawn {
    limit: usize,
    height: usize,
}

impl Scroll {
    /// The first line shown: within what the last draw allowed.
    pub fn top(&self) -> usize {
        let top = self.top.get();
        self.drawn.get().map_or(top, |d| top.min(d.limit))
    }

    /// For the view: the page has `lines` lines and shows `height` of them.
    /// Records that for the next key, and returns the first line to show.
    pub fn fit(&self, lines: usize, height: usize) -> usize {
        let limit = lines.saturating_sub(height);
        self.drawn.set(Some(Drawn { limit, height }));
        self.top.get().min(limit)
    }

    /// [`Scroll::fit`], moving the page as little as needed to show line
    /// `focus` (a picked option) with a line of context.
    pub fn fit_focus(&self, lines: usize, height: usize, focus: Option<usize>) -> usize {
        if let Some(focus) = focus {
            let top = self.top.get();
            if focus < top {
                self.top.set(focus.saturating_sub(1));
            } else if focus >= top + height.max(1) {
                self.top.set((focus + 2).saturating_sub(height.max(1)));
            }
        }
        self.fit(lines, height)
    }

    /// Whether the last line has been on screen (known once drawn).
    pub fn at_end(&self) -> bool {
        self.drawn.get().is_some_and(|d| self.top.get() >= d.limit)
    }

    /// Moves by `lines`, down when positive; never past the end as last drawn.
    pub fn by(&mut self, lines: isize) {
        let top = self.top().saturating_add_signed(lines);
        self.top.set(self.drawn.get().map_or(top, |d| top.min(d.limit)));
    }

    /// Moves by a page, keeping `overlap` lines of the last one in view.
    pub fn page(&mut self, down: bool, overlap: usize) {
        let page = self.drawn.get().map_or(10, |d| d.height.saturating_sub(overlap).max(1));
        self.by(if down { page as isize } else { -(page as isize) });
    }

    /// Back to the top of a page that is about to show something else.
    pub fn reset(&mut self) {
        self.top.set(0);
        self.drawn.set(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_within_what_the_view_last_drew() {
        let mut s = Scroll::default();
        s.by(3);
        assert_eq!(s.top(), 3, "before any draw, nothing is known to stop it");
        assert!(!s.at_end());
        assert_eq!(s.fit(12, 10), 2, "a draw clamps what it shows");
        assert_eq!(s.top(), 2);
        assert!(s.at_end());
        s.by(5);
        assert_eq!(s.top(), 2, "not past the end");
        s.by(-1);
        assert_eq!(s.top(), 1);
        s.fit(100, 10);
        s.page(true, 1);
        assert_eq!(s.top(), 10);
        s.page(false, 1);
        assert_eq!(s.top(), 1);
        s.reset();
        assert_eq!((s.top(), s.at_end()), (0, false));
        // A line in focus below the page brings the page to it.
        assert_eq!(s.fit_focus(100, 10, Some(30)), 22);
        assert_eq!(s.fit_focus(100, 10, Some(5)), 4);
    }
}

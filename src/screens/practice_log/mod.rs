//! The practice log: minutes per week, the days practised, every session.
//! Its keys here, its drawing in [`view`].

pub mod view;

use crate::app::App;
use crate::app::keymap::Action;
use crate::app::keymap::{Binding, DOWN, HELP, PAGE_DOWN, PAGE_UP, QUIT, UP, bind, code, key};
use crate::app::state::{Overlay, Shown};
use crossterm::event::KeyCode;

impl App {
    pub(crate) fn open_practice_log(&mut self) {
        if let Err(e) = self.journal.practice_log() {
            let e = e.to_string();
            self.error(self.t_with("ui-err-file-left", &[("error", e.into())]));
        }
        self.practice_log_scroll.reset();
        let day_start = self.journal.settings().day_starts_at;
        self.practice_log_rows = self
            .journal
            .practice_log_loaded()
            .map_or(0, |l| crate::history::practice::row_count(&l.entries, day_start));
        self.show(Shown::PracticeLog);
    }

    pub(crate) fn practice_log_action(&mut self, action: Action) {
        let s = &mut self.practice_log_scroll;
        match action {
            Action::Up => s.by(-1),
            Action::Down => s.by(1),
            Action::PageUp => s.page(false, 1),
            Action::PageDown => s.page(true, 1),
            Action::Back => self.show(Shown::Home),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }
}

/// What the keys do on this screen.
pub(crate) static PRACTICE_LOG: &[Binding] = &[
    bind(UP, Action::Up, "keys-practice-log-up", None),
    bind(DOWN, Action::Down, "keys-practice-log-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-practice-log-page-up", None),
    bind(PAGE_DOWN, Action::PageDown, "keys-practice-log-page-down", None),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-practice-log-back", Some("keys-practice-log-back-hint")),
    bind(HELP, Action::Help, "keys-practice-log-help", Some("keys-practice-log-help-hint")),
    bind(QUIT, Action::Quit, "keys-practice-log-quit", Some("keys-practice-log-quit-hint")),
];

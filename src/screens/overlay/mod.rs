//! What shows over a screen: welcome, help, grounding, backdraft, support,
//! a question before something ends. Its drawing in [`view`].

pub mod view;

use crate::app::keymap::{Binding, DOWN, PAGE_DOWN, PAGE_UP, UP, bind, code, ctrl, key};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::App;
use crate::app::keymap::Action;
use crate::app::state::{Confirm, Overlay};

impl App {
    /// y does what was asked about; any other key keeps things as they are.
    pub(crate) fn answer_confirm(&mut self, what: Confirm, key: &KeyEvent) {
        self.overlay = None;
        let yes = matches!(key.code, KeyCode::Char('y' | 'Y')) && (key.modifiers - KeyModifiers::SHIFT).is_empty();
        match (what, yes) {
            (Confirm::DiscardDraft, true) => self.discard_draft(),
            (Confirm::DiscardDraft, false) => self.info("Your draft is kept: Enter continues it".into()),
            (Confirm::QuitPractice, true) => self.quit_safely(),
            (Confirm::QuitPractice, false) => self.info("The practice goes on".into()),
        }
    }

    pub(crate) fn overlay_action(&mut self, action: Action) {
        match action {
            Action::Up => self.overlay_scroll.by(-1),
            Action::Down => self.overlay_scroll.by(1),
            Action::PageUp => self.overlay_scroll.by(-10),
            Action::PageDown => self.overlay_scroll.by(10),
            Action::Back => {
                self.welcome_seen();
                self.overlay = None;
                self.overlay_scroll.reset();
            }
            // As the welcome says: ? shows the keys (and closes them again).
            Action::Help if self.overlay == Some(Overlay::Help) => {
                self.overlay = None;
                self.overlay_scroll.reset();
            }
            Action::Help => {
                self.welcome_seen();
                self.show_overlay(Overlay::Help);
            }
            _ => {}
        }
    }

    /// The welcome, once closed, is not shown on the next start.
    fn welcome_seen(&mut self) {
        if self.overlay == Some(Overlay::Welcome)
            && let Err(e) = self.journal.update_progress(|p| p.welcomed = true)
        {
            self.error(e.to_string());
        }
    }

    pub(crate) fn show_overlay(&mut self, overlay: Overlay) {
        self.overlay = Some(overlay);
        self.overlay_scroll.reset();
    }
}

/// What the keys do on this screen.
pub(crate) static OVERLAY: &[Binding] = &[
    bind(UP, Action::Up, "scroll up", None),
    bind(DOWN, Action::Down, "scroll down", None),
    bind(PAGE_UP, Action::PageUp, "page up", None),
    bind(PAGE_DOWN, Action::PageDown, "page down", None),
    bind(&[code(KeyCode::Esc), code(KeyCode::Enter), key('q')], Action::Back, "close", Some("close")),
    bind(&[key('?'), code(KeyCode::F(1))], Action::Help, "help: the keys of the screen below; closes help", None),
    bind(&[ctrl('c')], Action::Quit, "save and quit", None),
];

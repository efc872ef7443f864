//! What shows over a screen: welcome, help, grounding, backdraft, support,
//! a question before something ends. Its drawing in [`view`].

pub mod view;

use crate::app::keymap::{Binding, DIGITS, DOWN, PAGE_DOWN, PAGE_UP, UP, bind, code, ctrl, key};
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
            (Confirm::DiscardDraft, false) => self.info(self.t("ui-status-draft-kept")),
            (Confirm::QuitPractice, true) => self.quit_safely(),
            (Confirm::QuitPractice, false) => self.info(self.t("ui-status-practice-goes-on")),
        }
    }

    pub(crate) fn overlay_action(&mut self, action: Action) {
        if self.scroll_overlay(action) {
            return;
        }
        match action {
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
            // From any screen's help: where to find support, and the welcome again.
            Action::Support => {
                self.welcome_seen();
                self.show_overlay(Overlay::Support);
            }
            Action::Welcome => self.show_overlay(Overlay::Welcome),
            Action::Intake => self.show_overlay(Overlay::Intake { then: None }),
            Action::OtherWorkbook => {
                if let Some(other) = self.other_workbook_offered() {
                    self.switch_workbook(other);
                }
            }
            _ => {}
        }
    }

    /// The chapter's contents: ↑/↓ (or the step's number) picks a step,
    /// Enter goes there.
    pub(crate) fn contents_action(&mut self, action: Action, key: &KeyEvent) {
        let Some(Overlay::Contents { selected }) = self.overlay else { return };
        let steps = self.chapter().steps.len();
        let last = steps.saturating_sub(1);
        let select = match action {
            Action::Up => selected.saturating_sub(1),
            Action::Down => (selected + 1).min(last),
            Action::PageUp => selected.saturating_sub(CONTENTS_PAGE),
            Action::PageDown => (selected + CONTENTS_PAGE).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Digit => {
                let digit = match key.code {
                    KeyCode::Char(c) => c.to_digit(10),
                    _ => None,
                };
                let Some(d) = digit.and_then(|d| i32::try_from(d).ok()) else { return };
                let steps = i32::try_from(steps).unwrap_or(i32::MAX);
                match self.typed_number.push(d, self.clock.now(), (1, steps)) {
                    Some(n) => usize::try_from(n - 1).unwrap_or(selected),
                    None => selected,
                }
            }
            Action::Open => {
                self.overlay = None;
                self.overlay_scroll.reset();
                self.jump_to_step(selected);
                return;
            }
            Action::Back => {
                self.overlay = None;
                self.overlay_scroll.reset();
                return;
            }
            Action::Help => {
                self.show_overlay(Overlay::Help);
                return;
            }
            _ => selected,
        };
        self.overlay = Some(Overlay::Contents { selected: select });
    }

    /// Before the first chapter: Enter goes on (and the intake is not shown
    /// again unasked), Esc goes back to the chapter list with nothing stored.
    pub(crate) fn intake_action(&mut self, action: Action) {
        let Some(Overlay::Intake { then }) = self.overlay else { return };
        if self.scroll_overlay(action) {
            return;
        }
        match action {
            Action::Open => {
                self.overlay = None;
                self.overlay_scroll.reset();
                if let Err(e) = self.journal.update_progress(|p| p.intake_seen = true) {
                    self.error(e.to_string());
                }
                if let Some((chapter, step)) = then {
                    self.open_step(chapter, step);
                }
            }
            Action::Back => {
                self.overlay = None;
                self.overlay_scroll.reset();
                if then.is_some() {
                    self.info(self.t("ui-status-nothing-lost"));
                }
            }
            Action::Support => self.show_overlay(Overlay::Support),
            _ => {}
        }
    }

    /// Moves a box's text by a line or a page; false for any other action.
    fn scroll_overlay(&mut self, action: Action) -> bool {
        let by = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -10,
            Action::PageDown => 10,
            _ => return false,
        };
        self.overlay_scroll.by(by);
        true
    }

    /// The other built-in workbook, offered in the welcome until one has
    /// been chosen (never for a workbook folder given with `--workbook`).
    pub fn other_workbook_offered(&self) -> Option<&'static str> {
        // On a workbook's first welcome, and every time the welcome is read
        // again until a workbook has been chosen.
        let unchosen = !self.journal.progress().welcomed || self.journal.settings().workbook.is_none();
        if self.overlay != Some(Overlay::Welcome) || !unchosen || self.workbook_dir.is_some() {
            return None;
        }
        crate::content::WORKBOOKS.iter().map(|w| w.id).find(|id| *id != self.workbook.manifest.id)
    }

    /// Whether the intake should come before opening a chapter.
    pub(crate) fn intake_due(&self) -> bool {
        self.workbook.manifest.intake.is_some() && !self.journal.progress().intake_seen
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
    bind(UP, Action::Up, "keys-overlay-up", None),
    bind(DOWN, Action::Down, "keys-overlay-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-overlay-page-up", None),
    bind(PAGE_DOWN, Action::PageDown, "keys-overlay-page-down", None),
    bind(
        &[code(KeyCode::Esc), code(KeyCode::Enter), key('q')],
        Action::Back,
        "keys-overlay-back",
        Some("keys-overlay-back-hint"),
    ),
    bind(&[key('?'), code(KeyCode::F(1))], Action::Help, "keys-overlay-help", None),
    bind(&[key('h')], Action::Support, "keys-overlay-support", None),
    bind(&[key('w')], Action::Welcome, "keys-overlay-welcome", None),
    bind(&[key('o')], Action::OtherWorkbook, "keys-overlay-other-workbook", None),
    bind(&[key('i')], Action::Intake, "keys-overlay-intake", None),
    bind(&[ctrl('c')], Action::Quit, "keys-overlay-quit", None),
];

/// The keys of the intake before the first chapter.
pub(crate) static INTAKE: &[Binding] = &[
    bind(UP, Action::Up, "keys-intake-up", None),
    bind(DOWN, Action::Down, "keys-intake-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-intake-page-up", None),
    bind(PAGE_DOWN, Action::PageDown, "keys-intake-page-down", None),
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-intake-open", Some("keys-intake-open-hint")),
    bind(&[code(KeyCode::Esc), key('q')], Action::Back, "keys-intake-back", Some("keys-intake-back-hint")),
    bind(&[key('h')], Action::Support, "keys-intake-support", Some("keys-intake-support-hint")),
    bind(&[ctrl('c')], Action::Quit, "keys-intake-quit", None),
];

/// How far PgUp/PgDn move in the contents.
const CONTENTS_PAGE: usize = 5;

/// The keys of the chapter's contents.
pub(crate) static CONTENTS: &[Binding] = &[
    bind(UP, Action::Up, "keys-contents-up", Some("keys-contents-up-hint")),
    bind(DOWN, Action::Down, "keys-contents-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-contents-page-up", None),
    bind(PAGE_DOWN, Action::PageDown, "keys-contents-page-down", None),
    bind(&[code(KeyCode::Home), key('g')], Action::Top, "keys-contents-top", None),
    bind(&[code(KeyCode::End), key('G')], Action::Bottom, "keys-contents-bottom", None),
    bind(DIGITS, Action::Digit, "keys-contents-digit", None),
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-contents-open", Some("keys-contents-open-hint")),
    bind(
        &[code(KeyCode::Esc), key('t'), key('q')],
        Action::Back,
        "keys-contents-back",
        Some("keys-contents-back-hint"),
    ),
    bind(&[key('?'), code(KeyCode::F(1))], Action::Help, "keys-contents-help", None),
    bind(&[ctrl('c')], Action::Quit, "keys-contents-quit", None),
];

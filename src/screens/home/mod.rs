//! Home: the chapter list, where to continue, the job-crafting plan.
//! Its drawing in [`view`]; its keys in `home_action` (below).

pub mod view;

use crate::app::App;
use crate::app::keymap::Action;
use crate::app::keymap::{Binding, DOWN, HELP, QUIT, UP, bind, code, key};
use crate::app::state::{HomeEntry, Overlay};
use crossterm::event::KeyCode;

impl App {
    pub(crate) fn home_action(&mut self, action: Action) {
        let entries = self.home_entries();
        let last = entries.len().saturating_sub(1);
        match action {
            Action::Up => self.home_selected = self.home_selected.saturating_sub(1),
            Action::Down => self.home_selected = (self.home_selected + 1).min(last),
            Action::Top => self.home_selected = 0,
            Action::Bottom => self.home_selected = last,
            Action::Help => self.show_overlay(Overlay::Help),
            Action::Support => self.show_overlay(Overlay::Support),
            Action::Welcome => self.show_overlay(Overlay::Welcome),
            Action::Intake if self.workbook.manifest.intake.is_some() => {
                self.show_overlay(Overlay::Intake { then: None });
            }
            Action::Settings => self.open_settings(),
            Action::Assessment => self.start_assessment(),
            Action::History => self.open_history(),
            Action::PracticeLog => self.open_practice_log(),
            Action::Open => match entries.get(self.home_selected) {
                Some(&HomeEntry::Continue(c, s)) if self.intake_due() => {
                    self.show_overlay(Overlay::Intake { then: Some((c, s)) });
                }
                Some(HomeEntry::Continue(c, s)) => self.open_step(*c, *s),
                Some(HomeEntry::Chapter(c)) => {
                    let chapter = &self.workbook.chapters[*c];
                    let step = self
                        .journal
                        .progress()
                        .chapters
                        .get(&chapter.id)
                        .and_then(|p| p.last_step.as_deref())
                        .and_then(|id| chapter.step_index(id))
                        .unwrap_or(0);
                    if self.intake_due() {
                        self.show_overlay(Overlay::Intake { then: Some((*c, step)) });
                    } else {
                        self.open_step(*c, step);
                    }
                }
                None => {}
            },
            _ => {}
        }
    }
}

/// What the keys do on this screen. The hint bar shows them in this order
/// and is cut at the window's edge: at 50 columns it shows opening, the
/// assessment, help and support; quitting is in the help.
pub(crate) static HOME: &[Binding] = &[
    bind(UP, Action::Up, "previous entry", None),
    bind(DOWN, Action::Down, "next entry", None),
    bind(&[code(KeyCode::Home), key('g')], Action::Top, "first entry", None),
    bind(&[code(KeyCode::End), key('G')], Action::Bottom, "last entry", None),
    bind(
        &[code(KeyCode::Enter), code(KeyCode::Right)],
        Action::Open,
        "open: continue where you left off",
        Some("open"),
    ),
    bind(&[key('a')], Action::Assessment, "assessment: your job demands and resources", Some("assessment")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(&[key('h')], Action::Support, "support: where to find help", Some("support")),
    bind(&[key('w')], Action::Welcome, "welcome: read it again", None),
    bind(&[key('i')], Action::Intake, "before you begin: who should go carefully", None),
    bind(&[key('r')], Action::History, "review: everything you have written", Some("review")),
    bind(&[key('l')], Action::PracticeLog, "log: your practice over the weeks", Some("log")),
    bind(&[key('s')], Action::Settings, "settings: bell, theme, day start", Some("settings")),
    bind(QUIT, Action::Quit, "quit", None),
];

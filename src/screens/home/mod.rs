//! Home: the chapter list, where to continue, the job-crafting plan.
//! Its drawing in [`view`]; its keys in `home_action` (below).

pub mod view;

use crate::app::App;
use crate::app::keymap::Action;
use crate::app::state::{HomeEntry, Overlay};

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
            Action::Settings => self.open_settings(),
            Action::Assessment => self.start_assessment(),
            Action::History => self.open_history(),
            Action::PracticeLog => self.open_practice_log(),
            Action::Open => match entries.get(self.home_selected) {
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
                    self.open_step(*c, step);
                }
                None => {}
            },
            _ => {}
        }
    }
}

//! Home: the chapter list, where to continue, the job-crafting plan.
//! Its drawing in [`view`]; its keys in `home_action` (below).

pub mod view;

use crate::app::App;
use crate::app::keymap::Action;
use crate::app::keymap::{Binding, DOWN, HELP, QUIT, UP, bind, code, key};
use crate::app::state::{HomeEntry, Overlay, PaceChoice};
use crate::journal::Pace;
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
            Action::Practices => self.open_practices(),
            Action::Open => {
                if let Some(&entry) = entries.get(self.home_selected) {
                    self.open_home_entry(entry);
                }
            }
            _ => {}
        }
    }
}

impl App {
    fn open_home_entry(&mut self, entry: HomeEntry) {
        match entry {
            HomeEntry::Continue(c, s) => self.open_gently(c, s),
            HomeEntry::Chapter(c) => {
                let chapter = &self.workbook.chapters[c];
                let step = self
                    .journal
                    .progress()
                    .chapters
                    .get(&chapter.id)
                    .and_then(|p| p.last_step.as_deref())
                    .and_then(|id| chapter.step_index(id))
                    .unwrap_or(0);
                self.open_gently(c, step);
            }
            HomeEntry::Week | HomeEntry::LookBack => {
                let Some(today) = self.course_today() else { return };
                let week = today.week();
                let next = if entry == HomeEntry::Week { self.week_next_step(week) } else { None };
                let at = next.unwrap_or_else(|| week.look_back.clone());
                if let Some((c, s)) = self.workbook.place(&at.chapter, &at.step) {
                    self.open_gently(c, s);
                }
            }
            HomeEntry::Pace(choice) => self.change_pace(choice),
        }
    }

    /// Opens a step, with the intake first when it is due.
    fn open_gently(&mut self, chapter: usize, step: usize) {
        if self.intake_due() {
            self.show_overlay(Overlay::Intake { then: Some((chapter, step)) });
        } else {
            self.open_step(chapter, step);
        }
    }

    fn change_pace(&mut self, choice: PaceChoice) {
        let (pace, said) = match choice {
            PaceChoice::StayWith(week) => {
                (Pace::Own(week), self.t_with("ui-status-staying-with", &[("n", week.into())]))
            }
            PaceChoice::MoveOn(week) => (Pace::Own(week), self.t_with("ui-status-on-to-week", &[("n", week.into())])),
            PaceChoice::FollowCalendar => (Pace::Calendar, self.t("ui-status-following-calendar")),
        };
        let result = self.journal.update_settings(|s| {
            if let Some(c) = s.course.as_mut() {
                c.pace = pace;
            }
        });
        self.home_selected = 0;
        match result {
            Ok(()) => self.info(said),
            Err(e) => self.error(self.t_with("ui-not-saved", &[("error", e.to_string().into())])),
        }
    }
}

/// What the keys do on this screen. The hint bar shows them in this order
/// and is cut at the window's edge: at 50 columns it shows opening, the
/// assessment, help and support; quitting is in the help.
pub(crate) static HOME: &[Binding] = &[
    bind(UP, Action::Up, "keys-home-up", None),
    bind(DOWN, Action::Down, "keys-home-down", None),
    bind(&[code(KeyCode::Home), key('g')], Action::Top, "keys-home-top", None),
    bind(&[code(KeyCode::End), key('G')], Action::Bottom, "keys-home-bottom", None),
    bind(&[code(KeyCode::Enter), code(KeyCode::Right)], Action::Open, "keys-home-open", Some("keys-home-open-hint")),
    bind(&[key('a')], Action::Assessment, "keys-home-assessment", Some("keys-home-assessment-hint")),
    bind(HELP, Action::Help, "keys-home-help", Some("keys-home-help-hint")),
    bind(&[key('h')], Action::Support, "keys-home-support", Some("keys-home-support-hint")),
    bind(&[key('w')], Action::Welcome, "keys-home-welcome", None),
    bind(&[key('i')], Action::Intake, "keys-home-intake", None),
    bind(&[key('r')], Action::History, "keys-home-history", Some("keys-home-history-hint")),
    bind(&[key('l')], Action::PracticeLog, "keys-home-practice-log", Some("keys-home-practice-log-hint")),
    bind(&[key('p')], Action::Practices, "keys-home-practices", Some("keys-home-practices-hint")),
    bind(&[key('s')], Action::Settings, "keys-home-settings", Some("keys-home-settings-hint")),
    bind(QUIT, Action::Quit, "keys-home-quit", None),
];

//! The practice screen: check-in, timer, cues, pause, stop, and the log.

pub mod session;
pub mod view;

use crate::app::keymap::{Binding, DIGITS, HELP, HIGHER, LOWER, bind, code, ctrl, key};
use chrono::Duration;
use crossterm::event::{KeyCode, KeyEvent};

use crate::content::{PracticeStep, Step};
use crate::journal::{PracticeEntry, Timestamp};

use crate::app::keymap::Action;
use crate::app::state::{App, Confirm, Overlay, Shown};
use crate::screens::answer::digit;
use crate::screens::practice::session::{Phase, Session};

impl App {
    /// The bell at a practice's start and end, if the user wants it.
    pub(crate) fn ring_if_wanted(&mut self) {
        if self.journal.settings().bell {
            self.effect(crate::app::update::Effect::Bell);
        }
    }

    /// The practice step being run.
    pub fn practice_step(&self) -> Option<&PracticeStep> {
        let session = self.practice()?;
        match &self.workbook.chapters[session.chapter].steps[session.step] {
            Step::Practice(p) => Some(p),
            _ => None,
        }
    }

    pub(crate) fn start_practice(&mut self) {
        let Step::Practice(p) = self.step() else {
            return;
        };
        let range = p.rating.as_ref().map(|r| (r.min, r.max));
        let mut session = Session::new(self.view.chapter, self.view.step, p.minutes, range);
        if session.phase == Phase::Running {
            session.begin(self.clock.now());
            self.ring_if_wanted();
        }
        // Loaded now so the log can be written when the practice ends.
        if let Err(e) = self.journal.practice_log() {
            let e = e.to_string();
            self.error(self.t_with("ui-err-practice-not-logged", &[("error", e.into())]));
        }
        self.show(Shown::Practice(Box::new(session)));
    }

    /// A check-in before or after the practice.
    pub(crate) fn rating_action(&mut self, action: Action, key: &KeyEvent) {
        let now = self.clock.now();
        let Some(session) = self.shown.practice_mut() else {
            return;
        };
        let Some((min, max)) = session.rating_range else {
            return;
        };
        let before = session.phase == Phase::Before;
        match action {
            Action::Right => session.set_rating(session.rating + 1),
            Action::Left => session.set_rating(session.rating - 1),
            Action::Top => session.set_rating(min),
            Action::Bottom => session.set_rating(max),
            Action::Digit => {
                if let Some(v) = digit(key).and_then(|d| self.typed_number.push(d, now, (min, max))) {
                    session.set_rating(v);
                }
            }
            Action::Save => {
                let value = session.rating;
                session.answer_rating(Some(value), now);
            }
            Action::Back => session.answer_rating(None, now),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
        let Some(session) = self.practice() else {
            return;
        };
        match (before, session.phase) {
            (true, Phase::Running) => self.ring_if_wanted(),
            (false, Phase::Done) => {
                let after = session.rating_after;
                let stirred_up = session.stirred_up();
                self.update_logged(|e| e.rating_after = after);
                // A practice can stir up what it touches (backdraft): it is
                // answered as a check-in of 9 or 10 is, with grounding and
                // backdraft at hand.
                if stirred_up {
                    self.show_overlay(Overlay::Support);
                    self.info(self.t("ui-status-stirred-up"));
                }
            }
            _ => {}
        }
    }

    pub(crate) fn practice_action(&mut self, action: Action) {
        let now = self.clock.now();
        let Some(session) = self.shown.practice_mut() else {
            return;
        };
        match action {
            Action::Pause => session.toggle_pause(now),
            Action::Stop => {
                if session.phase == Phase::Done {
                    self.close_practice();
                } else {
                    session.stop(now);
                    self.log_session();
                }
            }
            Action::Grounding => {
                if session.phase == Phase::Running {
                    session.toggle_pause(now);
                }
                if self.workbook.manifest.grounding.is_some() {
                    self.show_overlay(Overlay::Grounding);
                }
            }
            Action::Backdraft => {
                if session.phase == Phase::Running {
                    session.toggle_pause(now);
                }
                if self.workbook.manifest.backdraft.is_some() {
                    self.show_overlay(Overlay::Backdraft);
                }
            }
            Action::Open if session.phase == Phase::Done => self.close_practice(),
            // q means quit everywhere; in a practice, often done with eyes
            // closed, a stray q should not end it unasked.
            Action::AskQuit if matches!(session.phase, Phase::Running | Phase::Paused) => {
                self.show_overlay(Overlay::Confirm(Confirm::QuitPractice))
            }
            Action::AskQuit => self.quit_safely(),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    /// Time passed: moves the timer, and ends the practice when it is over.
    pub(crate) fn practice_tick(&mut self) {
        let now = self.clock.now();
        let Some(session) = self.shown.practice_mut() else {
            return;
        };
        if session.tick(now) {
            self.ring_if_wanted();
            self.log_session();
        }
    }

    pub(crate) fn practice_deadline(&self) -> Option<Timestamp> {
        // An overlay over a paused practice needs no ticks.
        self.practice()?.next_tick(self.clock.now())
    }

    /// Writes the session to the practice log, once, when the timer stops.
    fn log_session(&mut self) {
        let Some(session) = self.practice() else {
            return;
        };
        if session.log_index.is_some() {
            return;
        }
        let Some(started) = session.started else {
            return;
        };
        let chapter = &self.workbook.chapters[session.chapter];
        let step = &chapter.steps[session.step];
        let elapsed = session.accumulated;
        let entry = PracticeEntry {
            practice: step.id().clone(),
            chapter: chapter.id.clone(),
            start: started,
            planned_minutes: u32::try_from(session.planned.num_minutes()).unwrap_or(0),
            actual_minutes: minutes(elapsed),
            finished: session.finished,
            rating_before: session.rating_before,
            rating_after: session.rating_after,
        };
        let (chapter_index, step_index, finished) = (session.chapter, session.step, session.finished);
        match self.journal.log_practice(entry) {
            Ok(index) => {
                if let Some(s) = self.shown.practice_mut() {
                    s.log_index = Some(index);
                }
                if finished {
                    self.mark_done(chapter_index, step_index);
                }
                let chapter = &self.workbook.chapters[chapter_index];
                let key = crate::journal::practiced_key(&chapter.id, chapter.steps[step_index].id());
                self.update_progress(|p| {
                    let stat = p.practiced.entry(key).or_insert(crate::journal::Practiced { count: 0, last: started });
                    stat.count += 1;
                    stat.last = started;
                });
            }
            Err(e) => self.error(self.t_with("ui-err-log-not-written", &[("error", e.to_string().into())])),
        }
    }

    fn update_logged(&mut self, change: impl FnOnce(&mut PracticeEntry)) {
        let Some(index) = self.practice().and_then(|s| s.log_index) else {
            return;
        };
        if let Err(e) = self.journal.update_practice(index, change) {
            self.error(self.t_with("ui-err-log-not-written", &[("error", e.to_string().into())]));
        }
    }

    fn close_practice(&mut self) {
        self.show(Shown::Chapter);
    }

    /// On quit: a running practice is stopped and logged first.
    pub(crate) fn stop_practice_for_quit(&mut self) {
        let now = self.clock.now();
        if let Some(session) = self.shown.practice_mut()
            && matches!(session.phase, Phase::Running | Phase::Paused)
        {
            session.stop(now);
            self.log_session();
        }
    }
}

/// Minutes to a hundredth, as the log stores them.
pub(crate) fn minutes(d: Duration) -> f64 {
    (d.num_milliseconds() as f64 / 600.0).round() / 100.0
}

/// What the keys do on this screen.
pub(crate) static PRACTICE: &[Binding] = &[
    bind(&[key(' '), key('p')], Action::Pause, "keys-practice-pause", Some("keys-practice-pause-hint")),
    bind(&[code(KeyCode::Esc), key('x')], Action::Stop, "keys-practice-stop", Some("keys-practice-stop-hint")),
    bind(&[key('g')], Action::Grounding, "keys-practice-grounding", Some("keys-practice-grounding-hint")),
    bind(&[key('b')], Action::Backdraft, "keys-practice-backdraft", Some("keys-practice-backdraft-hint")),
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-practice-open", Some("keys-practice-open-hint")),
    bind(HELP, Action::Help, "keys-practice-help", Some("keys-practice-help-hint")),
    bind(&[key('q')], Action::AskQuit, "keys-practice-ask-quit", None),
    bind(&[ctrl('c')], Action::Quit, "keys-practice-quit", None),
];

/// The check-in before or after a practice.
pub(crate) static RATING: &[Binding] = &[
    bind(HIGHER, Action::Right, "keys-rating-right", Some("keys-rating-right-hint")),
    bind(LOWER, Action::Left, "keys-rating-left", Some("keys-rating-left-hint")),
    bind(DIGITS, Action::Digit, "keys-rating-digit", None),
    bind(&[code(KeyCode::Home)], Action::Top, "keys-rating-top", None),
    bind(&[code(KeyCode::End)], Action::Bottom, "keys-rating-bottom", None),
    bind(&[code(KeyCode::Enter)], Action::Save, "keys-rating-save", Some("keys-rating-save-hint")),
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-rating-back", Some("keys-rating-back-hint")),
    bind(&[code(KeyCode::F(1)), key('?')], Action::Help, "keys-rating-help", Some("keys-rating-help-hint")),
    bind(&[ctrl('c')], Action::Quit, "keys-rating-quit", None),
];

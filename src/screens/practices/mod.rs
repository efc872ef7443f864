//! The practices launcher: every practice of the workbook with its length,
//! favourites first, each started from one list as its chapter page starts
//! it; and above them a plain timer for silent practice, with a bell at
//! intervals if wanted, logged like a practice. Its drawing in [`view`].

pub mod view;

use std::ops::RangeInclusive;

use crossterm::event::{KeyCode, KeyEvent};

use crate::app::keymap::{Action, Binding, DIGITS, DOWN, HELP, QUIT, UP, bind, code, ctrl, key};
use crate::app::scroll::Scroll;
use crate::app::state::{App, Confirm, Overlay, Shown};
use crate::content::Step;
use crate::journal::{PracticeEntry, TIMER_CHAPTER, TIMER_PRACTICE, Timestamp, practiced_key};
use crate::screens::answer::digit;
use crate::screens::practice::minutes;
use crate::screens::practice::session::{Phase, Session};

/// The plain timer's length in minutes: up to two hours.
pub const TIMER_MINUTES: RangeInclusive<u32> = 1..=120;
/// The timer's length until another is chosen.
pub const DEFAULT_MINUTES: u32 = 10;
/// The interval bell's choices, in minutes; None rings at the end only.
pub const INTERVALS: [Option<u32>; 5] = [None, Some(1), Some(2), Some(5), Some(10)];
/// The timer's rows (its length, its interval bell) above the practices.
pub const TIMER_ROWS: usize = 2;

/// The launcher, while it is shown, and the timer when it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticesState {
    /// The row chosen: the timer's two rows, then the practices of `order`.
    pub selected: usize,
    pub minutes: u32,
    /// Which of [`INTERVALS`] is chosen.
    pub interval: usize,
    /// Every practice of the workbook as (chapter, step): favourites
    /// first, then in the workbook's order.
    pub order: Vec<(usize, usize)>,
    pub scroll: Scroll,
    /// The plain timer, from its start until the user leaves its screen.
    pub timer: Option<Timer>,
}

impl PracticesState {
    /// The practice chosen, when a practice's row is (not the timer's).
    pub fn selected_practice(&self) -> Option<(usize, usize)> {
        self.selected.checked_sub(TIMER_ROWS).and_then(|i| self.order.get(i)).copied()
    }

    pub fn interval(&self) -> Option<u32> {
        INTERVALS.get(self.interval).copied().flatten()
    }
}

/// A run of the plain timer.
#[derive(Debug, Clone, PartialEq)]
pub struct Timer {
    /// The practices' timer (pause, stop, ticks on whole seconds); its
    /// chapter and step mean nothing here.
    pub session: Session,
    /// A bell every this many minutes of sitting, besides the one at the end.
    pub interval: Option<u32>,
    /// How many interval bells have come due.
    pub rung: i64,
}

impl Timer {
    /// Interval bells due by `now`: one per whole interval sat, pauses not counted.
    fn bells_due(&self, now: Timestamp) -> i64 {
        let Some(every) = self.interval.filter(|m| *m > 0) else { return 0 };
        self.session.elapsed(now).num_seconds() / (i64::from(every) * 60)
    }
}

impl App {
    pub(crate) fn open_practices(&mut self) {
        let state = PracticesState {
            selected: 0,
            minutes: DEFAULT_MINUTES,
            interval: 0,
            order: self.practice_order(),
            scroll: Scroll::default(),
            timer: None,
        };
        self.show(Shown::Practices(Box::new(state)));
    }

    /// Every practice step of the workbook, optional ones too: the
    /// favourites first, each group in the workbook's order.
    pub fn practice_order(&self) -> Vec<(usize, usize)> {
        let mut all: Vec<(usize, usize)> = self
            .workbook
            .chapters
            .iter()
            .enumerate()
            .flat_map(|(c, chapter)| {
                chapter
                    .steps
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| matches!(s, Step::Practice(_)))
                    .map(move |(s, _)| (c, s))
            })
            .collect();
        all.sort_by_key(|&(c, s)| !self.is_favourite(c, s));
        all
    }

    pub fn is_favourite(&self, chapter: usize, step: usize) -> bool {
        let key = self.favourite_key(chapter, step);
        self.journal.progress().favourites.contains(&key)
    }

    fn favourite_key(&self, chapter: usize, step: usize) -> String {
        let c = &self.workbook.chapters[chapter];
        practiced_key(&c.id, c.steps[step].id())
    }

    pub(crate) fn practices_action(&mut self, action: Action, key: &KeyEvent) {
        let now = self.clock.now();
        let Some(state) = self.shown.practices_mut() else { return };
        let last = TIMER_ROWS + state.order.len() - 1;
        let on_timer = state.selected < TIMER_ROWS;
        match action {
            Action::Up => state.selected = state.selected.saturating_sub(1),
            Action::Down => state.selected = (state.selected + 1).min(last),
            Action::Top => state.selected = 0,
            Action::Bottom => state.selected = last,
            Action::Right | Action::Left if on_timer => {
                let step = if action == Action::Right { 1 } else { -1 };
                if state.selected == 0 {
                    state.minutes = next_minutes(state.minutes, step);
                } else {
                    state.interval = state.interval.saturating_add_signed(step as isize).min(INTERVALS.len() - 1);
                }
            }
            Action::Digit if on_timer => {
                let range = (*TIMER_MINUTES.start() as i32, *TIMER_MINUTES.end() as i32);
                if let Some(m) = digit(key).and_then(|d| self.typed_number.push(d, now, range)) {
                    state.minutes = u32::try_from(m).unwrap_or(DEFAULT_MINUTES);
                    state.selected = 0;
                }
            }
            Action::Open if on_timer => self.start_timer(),
            Action::Open => self.start_listed_practice(),
            Action::Favourite => self.toggle_favourite(),
            Action::Back => self.show(Shown::Home),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    /// Marks or unmarks the chosen practice, which keeps its place under
    /// the cursor as the list sorts the favourites first.
    fn toggle_favourite(&mut self) {
        let Some((c, s)) = self.practices().and_then(PracticesState::selected_practice) else {
            self.info(self.t("ui-favourite-how"));
            return;
        };
        let key = self.favourite_key(c, s);
        let was = self.is_favourite(c, s);
        let result = self.journal.update_progress(|p| {
            if was {
                p.favourites.retain(|k| *k != key);
            } else {
                p.favourites.push(key.clone());
            }
        });
        let order = self.practice_order();
        if let Some(state) = self.shown.practices_mut() {
            state.selected = TIMER_ROWS + order.iter().position(|&at| at == (c, s)).unwrap_or(0);
            state.order = order;
        }
        let title = self.workbook.chapters[c].steps[s].title().to_string();
        match result {
            Err(e) => self.error(self.t_with("ui-err-favourites", &[("error", e.to_string().into())])),
            Ok(()) if was => self.info(self.t_with("ui-favourite-off", &[("title", title.into())])),
            Ok(()) => self.info(self.t_with("ui-favourite-on", &[("title", title.into())])),
        }
    }

    /// Starts the chosen practice as its chapter page does: the page opens
    /// on it (so Enter after it ends goes back to that page) and it begins,
    /// check-in first if it has one. Before the first chapter has been
    /// opened, the page on who should go carefully comes first, and its
    /// Enter opens the practice's page.
    fn start_listed_practice(&mut self) {
        let Some((c, s)) = self.practices().and_then(PracticesState::selected_practice) else { return };
        if self.intake_due() {
            self.show_overlay(Overlay::Intake { then: Some((c, s)) });
            return;
        }
        self.open_step(c, s);
        self.start_practice();
    }

    fn start_timer(&mut self) {
        let now = self.clock.now();
        let Some(state) = self.shown.practices_mut() else { return };
        let mut session = Session::new(0, 0, state.minutes, None);
        session.begin(now);
        state.timer = Some(Timer { session, interval: state.interval(), rung: 0 });
        self.ring_if_wanted();
        // Loaded now so the session can be written when it ends.
        if let Err(e) = self.journal.practice_log() {
            let e = e.to_string();
            self.error(self.t_with("ui-err-session-not-logged", &[("error", e.into())]));
        }
    }

    pub(crate) fn timer_action(&mut self, action: Action) {
        let now = self.clock.now();
        let Some(timer) = self.shown.practices_mut().and_then(|p| p.timer.as_mut()) else { return };
        let session = &mut timer.session;
        let running = matches!(session.phase, Phase::Running | Phase::Paused);
        match action {
            Action::Pause => session.toggle_pause(now),
            Action::Stop | Action::Open if !running => self.close_timer(),
            Action::Stop => {
                session.stop(now);
                self.log_timer();
            }
            Action::Grounding | Action::Backdraft => {
                if session.phase == Phase::Running {
                    session.toggle_pause(now);
                }
                let manifest = &self.workbook.manifest;
                match action {
                    Action::Grounding if manifest.grounding.is_some() => self.show_overlay(Overlay::Grounding),
                    Action::Backdraft if manifest.backdraft.is_some() => self.show_overlay(Overlay::Backdraft),
                    _ => {}
                }
            }
            // As in a practice: a stray q, eyes closed, does not end it unasked.
            Action::AskQuit if running => self.show_overlay(Overlay::Confirm(Confirm::QuitPractice)),
            Action::AskQuit => self.quit_safely(),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    /// Time passed: an interval bell, or the end (a bell, and the log).
    pub(crate) fn timer_tick(&mut self) {
        let now = self.clock.now();
        let Some(timer) = self.shown.practices_mut().and_then(|p| p.timer.as_mut()) else { return };
        let due = timer.bells_due(now);
        let interval_bell = due > timer.rung;
        timer.rung = timer.rung.max(due);
        if timer.session.tick(now) {
            // The end's bell stands for an interval's that falls with it.
            self.ring_if_wanted();
            self.log_timer();
        } else if interval_bell {
            self.ring_if_wanted();
        }
    }

    pub(crate) fn timer_deadline(&self) -> Option<Timestamp> {
        self.practices()?.timer.as_ref()?.session.next_tick(self.clock.now())
    }

    /// Writes the timer's session to the practice log, once, when it stops.
    fn log_timer(&mut self) {
        let Some(session) = self.practices().and_then(|p| p.timer.as_ref()).map(|t| &t.session) else { return };
        let (None, Some(start)) = (session.log_index, session.started) else { return };
        let entry = PracticeEntry {
            practice: TIMER_PRACTICE.to_string().into(),
            chapter: TIMER_CHAPTER.to_string().into(),
            start,
            planned_minutes: u32::try_from(session.planned.num_minutes()).unwrap_or(0),
            actual_minutes: minutes(session.accumulated),
            finished: session.finished,
            rating_before: None,
            rating_after: None,
        };
        match self.journal.log_practice(entry) {
            Ok(index) => {
                if let Some(t) = self.shown.practices_mut().and_then(|p| p.timer.as_mut()) {
                    t.session.log_index = Some(index);
                }
            }
            Err(e) => self.error(self.t_with("ui-err-log-not-written", &[("error", e.to_string().into())])),
        }
    }

    /// Back from the ended timer to the list, as it was left.
    fn close_timer(&mut self) {
        if let Some(state) = self.shown.practices_mut() {
            state.timer = None;
        }
    }

    /// On quit: a running timer is stopped and logged first.
    pub(crate) fn stop_timer_for_quit(&mut self) {
        let now = self.clock.now();
        if let Some(timer) = self.shown.practices_mut().and_then(|p| p.timer.as_mut())
            && matches!(timer.session.phase, Phase::Running | Phase::Paused)
        {
            timer.session.stop(now);
            self.log_timer();
        }
    }
}

/// The timer's length one step up (`step` 1) or down (-1): by one minute
/// up to five, then by five, so an hour is a few presses away; a length
/// typed between fives goes to the next five either way.
pub fn next_minutes(minutes: u32, step: i32) -> u32 {
    let (min, max) = (*TIMER_MINUTES.start(), *TIMER_MINUTES.end());
    let next = if step > 0 {
        if minutes < 5 { minutes + 1 } else { (minutes / 5 + 1) * 5 }
    } else if minutes <= 5 {
        minutes.saturating_sub(1)
    } else {
        (minutes - 1) / 5 * 5
    };
    next.clamp(min, max)
}

/// What the keys do on the launcher.
pub(crate) static PRACTICES: &[Binding] = &[
    bind(UP, Action::Up, "keys-practices-up", None),
    bind(DOWN, Action::Down, "keys-practices-down", None),
    bind(&[code(KeyCode::Home), key('g')], Action::Top, "keys-practices-top", None),
    bind(&[code(KeyCode::End), key('G')], Action::Bottom, "keys-practices-bottom", None),
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-practices-open", Some("keys-practices-open-hint")),
    bind(
        &[code(KeyCode::Right), key('l'), key('+')],
        Action::Right,
        "keys-practices-right",
        Some("keys-practices-right-hint"),
    ),
    bind(
        &[code(KeyCode::Left), key('h'), key('-')],
        Action::Left,
        "keys-practices-left",
        Some("keys-practices-left-hint"),
    ),
    bind(DIGITS, Action::Digit, "keys-practices-digit", None),
    bind(&[key('f')], Action::Favourite, "keys-practices-favourite", Some("keys-practices-favourite-hint")),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-practices-back", Some("keys-practices-back-hint")),
    bind(HELP, Action::Help, "keys-practices-help", Some("keys-practices-help-hint")),
    bind(QUIT, Action::Quit, "keys-practices-quit", None),
];

/// What the keys do while the plain timer runs.
pub(crate) static TIMER: &[Binding] = &[
    bind(&[key(' '), key('p')], Action::Pause, "keys-timer-pause", Some("keys-timer-pause-hint")),
    bind(&[code(KeyCode::Esc), key('x')], Action::Stop, "keys-timer-stop", Some("keys-timer-stop-hint")),
    bind(&[key('g')], Action::Grounding, "keys-timer-grounding", Some("keys-timer-grounding-hint")),
    bind(&[key('b')], Action::Backdraft, "keys-timer-backdraft", Some("keys-timer-backdraft-hint")),
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-timer-open", Some("keys-timer-open-hint")),
    bind(HELP, Action::Help, "keys-timer-help", Some("keys-timer-help-hint")),
    bind(&[key('q')], Action::AskQuit, "keys-timer-ask-quit", None),
    bind(&[ctrl('c')], Action::Quit, "keys-timer-quit", None),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_go_by_one_to_five_then_by_five_within_two_hours() {
        assert_eq!(next_minutes(1, -1), 1);
        assert_eq!(next_minutes(1, 1), 2);
        assert_eq!(next_minutes(4, 1), 5);
        assert_eq!(next_minutes(5, 1), 10);
        assert_eq!(next_minutes(10, -1), 5);
        assert_eq!(next_minutes(5, -1), 4);
        assert_eq!(next_minutes(12, 1), 15);
        assert_eq!(next_minutes(12, -1), 10);
        assert_eq!(next_minutes(120, 1), 120);
        assert_eq!(next_minutes(118, 1), 120);
    }
}

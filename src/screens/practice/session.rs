//! A timed practice as a small state machine over injected time, so the
//! timer is tested without sleeping.

use chrono::Duration;

use crate::journal::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The optional check-in before starting.
    Before,
    Running,
    Paused,
    /// The optional check-in after finishing or stopping.
    After,
    Done,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub chapter: usize,
    pub step: usize,
    pub planned: Duration,
    pub phase: Phase,
    /// The value being chosen in a check-in.
    pub rating: i32,
    pub rating_range: Option<(i32, i32)>,
    pub rating_before: Option<i32>,
    pub rating_after: Option<i32>,
    pub started: Option<Timestamp>,
    /// Time run before the current stretch (pauses excluded).
    pub accumulated: Duration,
    pub running_since: Option<Timestamp>,
    pub finished: bool,
    /// Where this session sits in the practice log, once written.
    pub log_index: Option<usize>,
}

impl Session {
    /// The practice stirred up more than is easy to hold: the check-in
    /// after it is at the top of its scale, or rose by 3 or more.
    pub fn stirred_up(&self) -> bool {
        let Some((_, max)) = self.rating_range else { return false };
        let very_high = self.rating_after.is_some_and(|a| a >= max - 1);
        let steep_rise = self.rating_before.zip(self.rating_after).is_some_and(|(b, a)| a - b >= 3);
        very_high || steep_rise
    }

    pub fn new(chapter: usize, step: usize, minutes: u32, rating_range: Option<(i32, i32)>) -> Session {
        Session {
            chapter,
            step,
            planned: Duration::minutes(i64::from(minutes)),
            phase: if rating_range.is_some() { Phase::Before } else { Phase::Running },
            rating: rating_range.map_or(0, |(lo, hi)| lo + (hi - lo) / 2),
            rating_range,
            rating_before: None,
            rating_after: None,
            started: None,
            accumulated: Duration::zero(),
            running_since: None,
            finished: false,
            log_index: None,
        }
    }

    pub fn elapsed(&self, now: Timestamp) -> Duration {
        let running = self.running_since.map_or(Duration::zero(), |since| (now - since).max(Duration::zero()));
        (self.accumulated + running).min(self.planned)
    }

    pub fn remaining(&self, now: Timestamp) -> Duration {
        self.planned - self.elapsed(now)
    }

    /// Share of the planned time done, 0.0 to 1.0.
    pub fn ratio(&self, now: Timestamp) -> f64 {
        let planned = self.planned.num_milliseconds().max(1) as f64;
        (self.elapsed(now).num_milliseconds() as f64 / planned).clamp(0.0, 1.0)
    }

    /// Which of `cues` cues shows now: they are spread evenly over the time.
    pub fn cue_index(&self, now: Timestamp, cues: usize) -> usize {
        if cues == 0 {
            return 0;
        }
        ((self.ratio(now) * cues as f64) as usize).min(cues - 1)
    }

    pub fn begin(&mut self, now: Timestamp) {
        self.started = Some(now);
        self.running_since = Some(now);
        self.phase = Phase::Running;
    }

    pub fn toggle_pause(&mut self, now: Timestamp) {
        match self.phase {
            Phase::Running => {
                self.accumulated = self.elapsed(now);
                self.running_since = None;
                self.phase = Phase::Paused;
            }
            Phase::Paused => {
                self.running_since = Some(now);
                self.phase = Phase::Running;
            }
            _ => {}
        }
    }

    /// Ends the timed part, early or on time.
    pub fn stop(&mut self, now: Timestamp) {
        if !matches!(self.phase, Phase::Running | Phase::Paused) {
            return;
        }
        self.accumulated = self.elapsed(now);
        self.running_since = None;
        self.finished = self.accumulated >= self.planned;
        self.phase = if self.rating_range.is_some() { Phase::After } else { Phase::Done };
    }

    /// Moves time on; true when the practice reached its end just now.
    pub fn tick(&mut self, now: Timestamp) -> bool {
        if self.phase == Phase::Running && self.elapsed(now) >= self.planned {
            self.stop(now);
            return true;
        }
        false
    }

    /// The next moment the screen changes: the next whole second of the
    /// timer while it runs, nothing otherwise (no busy loop).
    pub fn next_tick(&self, now: Timestamp) -> Option<Timestamp> {
        if self.phase != Phase::Running {
            return None;
        }
        let elapsed_ms = self.elapsed(now).num_milliseconds();
        let to_next_second = 1000 - elapsed_ms.rem_euclid(1000);
        let to_end = self.remaining(now).num_milliseconds();
        Some(now + Duration::milliseconds(to_next_second.min(to_end).max(1)))
    }

    pub fn set_rating(&mut self, value: i32) {
        if let Some((lo, hi)) = self.rating_range {
            self.rating = value.clamp(lo, hi);
        }
    }

    /// Confirms (or skips, with `None`) the current check-in.
    pub fn answer_rating(&mut self, value: Option<i32>, now: Timestamp) {
        match self.phase {
            Phase::Before => {
                self.rating_before = value;
                self.begin(now);
            }
            Phase::After => {
                self.rating_after = value;
                self.phase = Phase::Done;
            }
            _ => {}
        }
    }
}

/// "4:05" for four minutes and five seconds.
pub fn clock_text(d: Duration) -> String {
    let secs = d.num_seconds().max(0);
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn t(s: i64) -> Timestamp {
        DateTime::parse_from_rfc3339("2026-11-24T21:00:00+01:00").unwrap() + Duration::seconds(s)
    }

    #[test]
    fn runs_pauses_and_finishes_on_time() {
        let mut p = Session::new(0, 0, 2, None);
        assert_eq!(p.phase, Phase::Running);
        p.begin(t(0));
        assert_eq!(clock_text(p.remaining(t(30))), "1:30");
        p.toggle_pause(t(30));
        assert_eq!(p.elapsed(t(90)), Duration::seconds(30), "paused time does not count");
        assert_eq!(p.next_tick(t(90)), None, "no ticks while paused");
        p.toggle_pause(t(90));
        assert_eq!(p.elapsed(t(100)), Duration::seconds(40));
        assert!(!p.tick(t(179)));
        assert!(p.tick(t(180)));
        assert_eq!(p.phase, Phase::Done);
        assert!(p.finished);
        assert_eq!(p.elapsed(t(500)), Duration::seconds(120));
    }

    #[test]
    fn cues_spread_evenly_and_ticks_land_on_whole_seconds() {
        let mut p = Session::new(0, 0, 4, None);
        p.begin(t(0));
        assert_eq!(p.cue_index(t(0), 4), 0);
        assert_eq!(p.cue_index(t(59), 4), 0);
        assert_eq!(p.cue_index(t(60), 4), 1);
        assert_eq!(p.cue_index(t(239), 4), 3);
        assert_eq!(p.cue_index(t(240), 4), 3);
        let half = t(10) + Duration::milliseconds(400);
        assert_eq!(p.next_tick(half), Some(t(11)));
    }

    #[test]
    fn stopping_early_with_ratings_before_and_after() {
        let mut p = Session::new(1, 2, 10, Some((0, 10)));
        assert_eq!(p.phase, Phase::Before);
        assert_eq!(p.rating, 5);
        p.set_rating(12);
        assert_eq!(p.rating, 10);
        p.answer_rating(Some(7), t(0));
        assert_eq!(p.phase, Phase::Running);
        p.stop(t(150));
        assert_eq!(p.phase, Phase::After);
        assert!(!p.finished);
        p.answer_rating(None, t(160));
        assert_eq!((p.rating_before, p.rating_after, p.phase), (Some(7), None, Phase::Done));
        assert_eq!(p.elapsed(t(999)), Duration::seconds(150));
    }
}

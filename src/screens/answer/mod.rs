//! Scale check-ins and choices: picking, saving (a new answer never replaces
//! an old one) and the support pointer after a very high distress check-in.

use crate::app::keymap::{Binding, DIGITS, DOWN, HIGHER, LOWER, UP, bind, code, ctrl, key};
use std::collections::BTreeSet;

use chrono::Duration;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

use crate::content::Step;
use crate::journal::{ChoiceAnswer, Timestamp};

use crate::app::keymap::Action;
use crate::app::state::{Answering, App, Overlay, Shown};

/// The digit of a key, if it is one.
pub(crate) fn digit(key: &KeyEvent) -> Option<i32> {
    match key.code {
        KeyCode::Char(c) => c.to_digit(10).map(|d| d as i32),
        _ => None,
    }
}

/// How soon a digit must follow the one before to make one number with it.
pub const COMPOSE_WITHIN: Duration = Duration::seconds(1);

/// Digits typed on a scale compose one number: 1 then 0 is 10, so the
/// highest answer of a 0–10 scale can be typed. A digit that cannot extend
/// the number (after a pause, or past the scale) starts a new one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypedNumber {
    /// The number typed so far and when its last digit came.
    so_far: Option<(i32, Timestamp)>,
}

impl TypedNumber {
    /// Types digit `d` at `now` on a scale of `min..=max`: the value it
    /// picks, if the number typed so far is on the scale.
    pub fn push(&mut self, d: i32, now: Timestamp, (min, max): (i32, i32)) -> Option<i32> {
        let on_scale = |n: i32| (min..=max).contains(&n);
        // A longer number could still follow: 1 on a 10–20 scale.
        let leads_somewhere = |n: i32| (min..=max).any(|v| v > n && v.to_string().starts_with(&n.to_string()));
        let extended = self
            .so_far
            .filter(|&(n, at)| n > 0 && now - at <= COMPOSE_WITHIN)
            .map(|(n, _)| n * 10 + d)
            .filter(|&n| on_scale(n) || leads_somewhere(n));
        let number = extended.unwrap_or(d);
        self.so_far = (on_scale(number) || leads_somewhere(number)).then_some((number, now));
        on_scale(number).then_some(number)
    }

    /// Any other key ends the number.
    pub fn end(&mut self) {
        self.so_far = None;
    }
}

impl App {
    pub(crate) fn start_scale(&mut self) {
        let Step::Scale(s) = self.step() else { return };
        let (min, max, step_id) = (s.min, s.max, s.id.clone());
        let Some(answers) = self.chapter_answers() else { return };
        let latest = answers.scales(&step_id).last().map(|a| a.value);
        let value = latest.unwrap_or(min + (max - min) / 2).clamp(min, max);
        self.show(Shown::Answer(Box::new(Answering::Scale { value })));
    }

    pub(crate) fn scale_action(&mut self, action: Action, key: &KeyEvent) {
        let Step::Scale(s) = self.step() else { return };
        let (min, max) = (s.min, s.max);
        let now = self.clock.now();
        // The shown state and the typed digits are apart, so both can be changed.
        let Shown::Answer(answering) = &mut self.shown else { return };
        let Answering::Scale { value } = answering.as_mut() else {
            return;
        };
        match action {
            Action::Right => *value = (*value + 1).min(max),
            Action::Left => *value = (*value - 1).max(min),
            Action::Top => *value = min,
            Action::Bottom => *value = max,
            Action::Digit => {
                if let Some(v) = digit(key).and_then(|d| self.typed_number.push(d, now, (min, max))) {
                    *value = v;
                }
            }
            Action::Save => {
                let v = *value;
                self.save_scale(v);
            }
            Action::Back => self.finish_answering(),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    fn save_scale(&mut self, value: i32) {
        let Step::Scale(s) = self.step() else { return };
        let support = s.support_from.is_some_and(|from| value >= from);
        let (chapter_id, step_id) = (self.chapter().id.clone(), s.id.clone());
        let now = self.clock.now();
        match self.journal.save_scale(&chapter_id, &step_id, value, now) {
            Ok(()) => {
                self.not_saved = None;
                self.mark_done(self.view.chapter, self.view.step);
                self.finish_answering();
                self.info(self.t_with("ui-status-check-in-saved", &[("value", value.into())]));
                if support {
                    self.show_overlay(Overlay::Support);
                }
            }
            Err(e) => {
                let place = self.place_of_step();
                let file = self.journal.dir().answers(&chapter_id);
                self.answer_not_saved(place, format!("check-in: {value}"), file, e.to_string());
            }
        }
    }

    /// "chapter. title — step title" of the step on screen, for messages.
    fn place_of_step(&self) -> String {
        let c = self.chapter();
        format!("{}. {} — {}", c.number, c.title, self.step().title())
    }

    pub(crate) fn start_choice(&mut self) {
        let Step::Choice(c) = self.step() else { return };
        let (options, step_id) = (c.options.clone(), c.id.clone());
        let chapter_id = self.chapter().id.to_string();
        let Some(answers) = self.chapter_answers() else { return };
        let latest = answers.choices(&step_id).last().cloned();
        // Start from the last choice, so adjusting it is a small change.
        let picked: BTreeSet<usize> = latest
            .as_ref()
            .map(|l| l.picks.iter().filter_map(|p| self.pick_index(&chapter_id, &step_id, &options, p)).collect())
            .unwrap_or_default();
        let other_text = latest.and_then(|l| l.other).unwrap_or_default();
        let mut other = TextArea::new(vec![other_text]);
        other.set_placeholder_text(self.t("ui-choice-own-word"));
        self.theme.style_textarea(&mut other);
        other.move_cursor(ratatui_textarea::CursorMove::End);
        self.show(Shown::Answer(Box::new(Answering::Choice {
            cursor: 0,
            picked,
            other: Box::new(other),
            typing: false,
        })));
    }

    pub(crate) fn choice_action(&mut self, action: Action) {
        let Step::Choice(c) = self.step().clone() else {
            return;
        };
        let columns = crate::layout::choice_columns(&c, crate::layout::body_width(self.size));
        let count = c.options.len() + usize::from(c.other);
        let Some(Answering::Choice { cursor, picked, typing, .. }) = self.shown.answering_mut() else {
            return;
        };
        match action {
            Action::Up => *cursor = cursor.saturating_sub(columns),
            Action::Down => *cursor = (*cursor + columns).min(count - 1),
            Action::Left => *cursor = cursor.saturating_sub(1),
            Action::Right => *cursor = (*cursor + 1).min(count - 1),
            Action::Toggle => {
                if *cursor == c.options.len() {
                    *typing = true;
                    if !c.multiple {
                        // One answer only: writing your own replaces the picked option.
                        picked.clear();
                    }
                } else if picked.contains(cursor) {
                    picked.remove(cursor);
                } else if !c.multiple {
                    // One answer only: an option replaces any text under Other.
                    picked.clear();
                    picked.insert(*cursor);
                    if let Some(Answering::Choice { other, .. }) = self.shown.answering_mut() {
                        **other = TextArea::default();
                    }
                } else if c.max_picks.is_some_and(|m| picked.len() >= m as usize) {
                    let max = c.max_picks.unwrap_or_default();
                    self.info(self.t_with("ui-status-at-most", &[("max", max.into())]));
                } else {
                    picked.insert(*cursor);
                }
            }
            Action::Save => self.save_choice(),
            Action::Back => self.finish_answering(),
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    pub(crate) fn choice_other_action(&mut self, action: Action) {
        match action {
            Action::Open | Action::Back => {
                if let Some(Answering::Choice { typing, .. }) = self.shown.answering_mut() {
                    *typing = false;
                }
            }
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    pub(crate) fn choice_other_input(&mut self, key: KeyEvent) {
        if let Some(Answering::Choice { other, .. }) = self.shown.answering_mut() {
            other.input(key);
        }
    }

    /// Text typed or pasted under Other.
    pub(crate) fn choice_other_insert(&mut self, text: &str) {
        if let Some(Answering::Choice { other, .. }) = self.shown.answering_mut() {
            other.insert_str(text);
        }
    }

    fn save_choice(&mut self) {
        let Step::Choice(c) = self.step().clone() else {
            return;
        };
        let Some(Answering::Choice { picked, other, .. }) = self.answering() else {
            return;
        };
        let other_text = other.lines().join(" ").trim().to_string();
        let picks: Vec<String> = picked.iter().filter_map(|&i| c.options.get(i).cloned()).collect();
        let total = picks.len() + usize::from(!other_text.is_empty());
        if total == 0 {
            self.info(self.t("ui-status-pick-first"));
            return;
        }
        if let Some(max) = c.max_picks.filter(|&m| total > m as usize) {
            self.info(self.t_with("ui-status-at-most", &[("max", max.into())]));
            return;
        }
        let shown = picks.iter().chain(std::iter::once(&other_text).filter(|o| !o.is_empty())).cloned();
        let shown = shown.collect::<Vec<_>>().join(", ");
        let answer =
            ChoiceAnswer { at: self.clock.now(), picks, other: (!other_text.is_empty()).then_some(other_text) };
        let chapter_id = self.chapter().id.clone();
        match self.journal.save_choice(&chapter_id, &c.id, answer) {
            Ok(()) => {
                self.not_saved = None;
                self.mark_done(self.view.chapter, self.view.step);
                self.finish_answering();
                self.info(self.t("ui-status-choice-saved"));
            }
            Err(e) => {
                let place = self.place_of_step();
                let file = self.journal.dir().answers(&chapter_id);
                self.answer_not_saved(place, format!("chosen: {shown}"), file, e.to_string());
            }
        }
    }

    fn finish_answering(&mut self) {
        self.show(Shown::Chapter);
    }
}

/// What the keys do on this screen.
pub(crate) static SCALE: &[Binding] = &[
    bind(HIGHER, Action::Right, "keys-scale-right", Some("keys-scale-right-hint")),
    bind(LOWER, Action::Left, "keys-scale-left", Some("keys-scale-left-hint")),
    bind(DIGITS, Action::Digit, "keys-scale-digit", None),
    bind(&[code(KeyCode::Home)], Action::Top, "keys-scale-top", None),
    bind(&[code(KeyCode::End)], Action::Bottom, "keys-scale-bottom", None),
    bind(&[code(KeyCode::Enter)], Action::Save, "keys-scale-save", Some("keys-scale-save-hint")),
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-scale-back", Some("keys-scale-back-hint")),
    bind(&[code(KeyCode::F(1)), key('?')], Action::Help, "keys-scale-help", Some("keys-scale-help-hint")),
    bind(&[ctrl('c')], Action::Quit, "keys-scale-quit", None),
];

pub(crate) static CHOICE: &[Binding] = &[
    bind(UP, Action::Up, "keys-choice-up", None),
    bind(DOWN, Action::Down, "keys-choice-down", None),
    bind(&[code(KeyCode::Left), key('h')], Action::Left, "keys-choice-left", None),
    bind(&[code(KeyCode::Right), key('l')], Action::Right, "keys-choice-right", None),
    bind(&[key(' '), key('x')], Action::Toggle, "keys-choice-toggle", Some("keys-choice-toggle-hint")),
    bind(&[code(KeyCode::Enter)], Action::Save, "keys-choice-save", Some("keys-choice-save-hint")),
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-choice-back", Some("keys-choice-back-hint")),
    bind(&[code(KeyCode::F(1)), key('?')], Action::Help, "keys-choice-help", Some("keys-choice-help-hint")),
    bind(&[ctrl('c')], Action::Quit, "keys-choice-quit", None),
];

pub(crate) static CHOICE_OTHER: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-choice-other-open", Some("keys-choice-other-open-hint")),
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-choice-other-back", None),
    bind(&[code(KeyCode::F(1))], Action::Help, "keys-choice-other-help", Some("keys-choice-other-help-hint")),
    bind(&[ctrl('c')], Action::Quit, "keys-choice-other-quit", None),
];

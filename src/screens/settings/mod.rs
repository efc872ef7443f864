//! The settings screen: bell, theme and the hour a day starts.

pub mod view;

use crate::app::keymap::{Binding, DOWN, HELP, QUIT, UP, bind, code, key};
use crate::i18n::Lang;
use crate::journal::{Course, Pace, ThemeSetting};
use crate::theme::{Theme, ThemeName};
use chrono::NaiveDate;
use crossterm::event::KeyCode;

use crate::app::keymap::Action;
use crate::app::state::{App, Overlay, Shown};

/// The rows of the settings screen, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Bell,
    Theme,
    DayStart,
    /// The course path followed, or none.
    Course,
    /// The first day of week 1.
    CourseStart,
    /// Follow the calendar, or move on when ready.
    Pace,
    /// The language of the workbook and the screens.
    Language,
    /// Which built-in workbook: each keeps its own progress and answers.
    Workbook,
}

impl Row {
    pub const ALL: [Row; 8] =
        [Row::Bell, Row::Theme, Row::DayStart, Row::Course, Row::CourseStart, Row::Pace, Row::Language, Row::Workbook];
}

impl App {
    pub(crate) fn open_settings(&mut self) {
        self.settings_selected = 0;
        self.show(Shown::Settings);
        if let Some(e) = self.journal.settings_error() {
            let e = e.to_string();
            self.error(self.t_with("ui-settings-damaged", &[("error", e.into())]));
        }
    }

    pub(crate) fn settings_action(&mut self, action: Action) {
        let step: i32 = match action {
            Action::Up => {
                self.settings_selected = self.settings_selected.saturating_sub(1);
                return;
            }
            Action::Down => {
                self.settings_selected = (self.settings_selected + 1).min(Row::ALL.len() - 1);
                return;
            }
            Action::Back => {
                self.show(Shown::Home);
                return;
            }
            Action::Help => {
                self.show_overlay(Overlay::Help);
                return;
            }
            Action::Right => 1,
            Action::Left => -1,
            _ => return,
        };
        let row = Row::ALL.get(self.settings_selected).copied().unwrap_or(Row::Bell);
        if row == Row::Workbook {
            return self.step_workbook(step);
        }
        let today = self.practice_today();
        let paths: Vec<String> = self.workbook.paths.iter().map(|p| p.id.clone()).collect();
        let lang = self.lang;
        let result = self.journal.update_settings(|s| match row {
            // Stepped above: a workbook is saved as the choice once it is open.
            Row::Workbook => {}
            Row::Bell => s.bell = !s.bell,
            Row::Theme => {
                let order = [ThemeSetting::Default, ThemeSetting::Light, ThemeSetting::Monochrome];
                let at = order.iter().position(|t| *t == s.theme).unwrap_or(0) as i32;
                s.theme = order[(at + step).rem_euclid(3) as usize];
            }
            Row::DayStart => s.day_starts_at = next_day_start(s.day_starts_at, step),
            Row::Course => s.course = next_course(s.course.take(), &paths, step, today),
            Row::CourseStart => {
                if let Some(c) = s.course.as_mut() {
                    c.start += chrono::Duration::days(i64::from(step));
                }
            }
            Row::Language => {
                let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) as i32;
                s.language = Some(Lang::ALL[(at + step).rem_euclid(Lang::ALL.len() as i32) as usize]);
            }
            Row::Pace => {
                if let Some(c) = s.course.as_mut() {
                    c.pace = match c.pace {
                        // Own pace starts at the week the calendar has reached.
                        Pace::Calendar => Pace::Own(crate::course::calendar_week(c, today)),
                        Pace::Own(_) => Pace::Calendar,
                    };
                }
            }
        });
        self.apply_theme_setting();
        if row == Row::Language {
            self.apply_language_setting();
        }
        match result {
            Ok(()) => self.info(self.t("ui-saved")),
            Err(e) => self.error(self.t_with("ui-not-saved", &[("error", e.to_string().into())])),
        }
    }

    /// The Workbook row: the built-in workbook `step` along from the open one.
    fn step_workbook(&mut self, step: i32) {
        if self.workbook_dir.is_some() {
            return self.error(self.t("ui-workbook-folder-given"));
        }
        let books = crate::content::WORKBOOKS;
        let at = books.iter().position(|b| b.id == self.workbook.manifest.id).unwrap_or(0) as i32;
        self.switch_workbook(books[(at + step).rem_euclid(books.len() as i32) as usize].id);
    }

    /// Opens the built-in workbook `id` with its own progress and answers,
    /// as a start would, and stays in Settings. This workbook's last moves
    /// are saved first; nothing of either is lost or mixed.
    pub fn switch_workbook(&mut self, id: &str) {
        let loaded =
            crate::content::builtin_id_in(id, self.lang).or_else(|| crate::content::builtin_id_in(id, Lang::En));
        let workbook = match loaded {
            Some(Ok(w)) => w,
            Some(Err(e)) => return self.error(e.to_string()),
            None => return,
        };
        let mut journal = match self.journal.reopen(id) {
            Ok(j) => j,
            Err(e) => return self.error(e.localized(self.lang)),
        };
        let saved = journal.update_settings(|s| s.workbook = Some(id.to_string()));
        // It speaks the language it was loaded in (App::new takes it from the workbook).
        let fresh = crate::app::App::new(workbook, journal, self.clock.clone(), self.theme.clone(), self.size);
        let old = std::mem::replace(self, fresh);
        self.effects.push(crate::app::update::Effect::Reopened);
        // The old journal saves its last moves as it goes.
        drop(old);
        // As a start would: at the step (or the draft) left in that workbook;
        // from its chapter list, back in Settings on the row just used.
        if self.overlay.is_none() && self.screen() == crate::app::state::Screen::Home {
            self.open_settings();
            self.settings_selected = Row::ALL.len() - 1;
        }
        let title = self.workbook.manifest.title.clone();
        match saved {
            Ok(()) => self.info(self.t_with("ui-workbook-switched", &[("title", title.into())])),
            Err(e) => self.error(self.t_with("ui-not-saved", &[("error", e.to_string().into())])),
        }
    }

    /// Speaks the language chosen in settings: the workbook is loaded again
    /// in it (the same ids, so progress and answers stay as they are).
    pub fn apply_language_setting(&mut self) {
        let Some(lang) = self.journal.settings().language.filter(|l| *l != self.lang) else { return };
        match self.workbook_in(lang) {
            Some(Ok(workbook)) if crate::content::agree::differences(&self.workbook, &workbook).is_empty() => {
                self.workbook = workbook;
                self.lang = lang;
            }
            Some(Ok(_)) => self.error(self.t_with("ui-language-differs", &[("language", lang.name().into())])),
            Some(Err(e)) => self.error(
                self.t_with("ui-language-errors", &[("language", lang.name().into()), ("error", e.to_string().into())]),
            ),
            None => self.error(self.t_with("ui-language-missing", &[("language", lang.name().into())])),
        }
    }

    /// The theme from settings, unless `NO_COLOR` asks for none.
    pub fn apply_theme_setting(&mut self) {
        self.theme = theme_for(self.journal.settings().theme, no_color());
        if let Some(editor) = self.shown.editor_mut() {
            self.theme.style_textarea(&mut editor.textarea);
        }
    }
}

/// The path after (`step` 1) or before (-1) the one followed, with "none"
/// between the last and the first; a new path starts today at the
/// calendar's pace, a path changed keeps its start and pace.
fn next_course(course: Option<Course>, paths: &[String], step: i32, today: NaiveDate) -> Option<Course> {
    let count = paths.len() as i32 + 1;
    let at = course.as_ref().and_then(|c| paths.iter().position(|p| *p == c.path)).map_or(0, |i| i as i32 + 1);
    let next = (at + step).rem_euclid(count);
    let id = paths.get(usize::try_from(next - 1).ok()?)?.clone();
    Some(match course {
        Some(c) => Course { path: id, ..c },
        None => Course { path: id, start: today, pace: Pace::Calendar },
    })
}

/// The hours a day can be set to start at: a day that starts later than
/// early morning would count a morning practice for the day before.
pub const DAY_START_HOURS: std::ops::RangeInclusive<u8> = 0..=6;

/// The hour after (`step` 1) or before (-1) `hour`, cycling within
/// [`DAY_START_HOURS`]. An hour outside them (written in the file by hand)
/// is kept until changed here; then → starts at the first and ← at the last.
pub fn next_day_start(hour: u8, step: i32) -> u8 {
    let (first, last) = (*DAY_START_HOURS.start(), *DAY_START_HOURS.end());
    if !DAY_START_HOURS.contains(&hour) {
        return if step > 0 { first } else { last };
    }
    let count = i32::from(last - first) + 1;
    let at = (i32::from(hour - first) + step).rem_euclid(count);
    first + u8::try_from(at).unwrap_or(0)
}

pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

pub fn theme_for(setting: ThemeSetting, no_color: bool) -> Theme {
    let name = match (no_color, setting) {
        (true, _) | (false, ThemeSetting::Monochrome) => ThemeName::Monochrome,
        (false, ThemeSetting::Default) => ThemeName::Default,
        (false, ThemeSetting::Light) => ThemeName::Light,
    };
    Theme::new(name)
}

/// What the keys do on this screen.
pub(crate) static SETTINGS: &[Binding] = &[
    bind(UP, Action::Up, "keys-settings-up", None),
    bind(DOWN, Action::Down, "keys-settings-down", Some("keys-settings-down-hint")),
    bind(
        &[code(KeyCode::Right), key('l'), key(' '), code(KeyCode::Enter)],
        Action::Right,
        "keys-settings-right",
        Some("keys-settings-right-hint"),
    ),
    bind(&[code(KeyCode::Left), key('h')], Action::Left, "keys-settings-left", Some("keys-settings-left-hint")),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-settings-back", Some("keys-settings-back-hint")),
    bind(HELP, Action::Help, "keys-settings-help", Some("keys-settings-help-hint")),
    bind(QUIT, Action::Quit, "keys-settings-quit", None),
];

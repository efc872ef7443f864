//! The History screen: every answer, filtered by chapter and searched as
//! you type; reading one whole, its earlier versions, and going back to its
//! prompt to write again.

use crossterm::event::{KeyCode, KeyEvent};

use crate::history::{self, Entry, search::fold_query};

use super::keymap::Action;
use super::state::{App, Overlay, Screen};

pub struct Reading {
    pub entry: usize,
    pub scroll: usize,
    pub versions: bool,
}

pub struct HistoryState {
    pub entries: Vec<Entry>,
    /// Each step's folded chapter title, step title and prompt.
    pub contexts: Vec<Vec<String>>,
    /// Answers files that could not be read, with the reason.
    pub damaged: Vec<String>,
    pub chapter: Option<usize>,
    pub query: String,
    pub typing: bool,
    /// Indices into `entries` of what the filter and search leave, newest
    /// first: worked out when they change, not on every frame.
    shown: Vec<usize>,
    /// The query `shown` was worked out for.
    shown_for: (Option<usize>, String),
    /// Position in the visible list.
    pub selected: usize,
    /// First visible row of the list.
    pub scroll: usize,
    pub reading: Option<Reading>,
}

impl HistoryState {
    /// Indices into `entries` of what the filter and search leave.
    pub fn visible(&self) -> &[usize] {
        &self.shown
    }

    /// The rows of the list, top to bottom: each day's heading (after a
    /// blank row from the second day on), then its entries. Drawing the list
    /// and scrolling to the selection both walk these.
    pub fn rows(&self) -> impl Iterator<Item = Row> + '_ {
        let mut day = None;
        self.shown.iter().enumerate().flat_map(move |(pos, &e)| {
            let d = self.entries[e].day;
            let heading = (day != Some(d)).then(|| (day.replace(d).is_some(), d));
            let gap = heading.filter(|&(after_another, _)| after_another).map(|_| Row::Gap);
            [gap, heading.map(|(_, d)| Row::Day(d)), Some(Row::Entry(pos))].into_iter().flatten()
        })
    }

    /// The row of the list where visible entry `pos` is.
    pub fn row_of(&self, pos: usize) -> usize {
        self.rows().position(|r| r == Row::Entry(pos)).unwrap_or_else(|| self.rows().count())
    }
}

/// A row of the History list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The blank row between two days.
    Gap,
    Day(chrono::NaiveDate),
    /// An entry, by its position in the visible list.
    Entry(usize),
}

impl App {
    pub(super) fn open_history(&mut self) {
        let day_start = self.journal.settings().day_starts_at;
        let mut entries = Vec::new();
        let mut damaged = Vec::new();
        for chapter in 0..self.workbook.chapters.len() {
            let id = self.workbook.chapters[chapter].id.clone();
            let generation = self.journal.answers_generation(&id);
            // Entries built before (or read ahead) are reused while the answers are unchanged.
            match self.history_cache.remove(&chapter) {
                Some(cached) if cached.generation == generation => entries.extend(cached.entries),
                _ => match self.journal.load_answers(&id) {
                    Ok(answers) => {
                        entries.extend(history::chapter_entries(&self.workbook, chapter, answers, day_start))
                    }
                    Err(e) => damaged.push(e.to_string()),
                },
            }
        }
        history::sort(&mut entries);
        self.history = Some(HistoryState {
            entries,
            contexts: history::step_contexts(&self.workbook),
            shown: Vec::new(),
            shown_for: (None, String::from("\u{0}")),
            damaged,
            chapter: None,
            query: String::new(),
            typing: false,
            selected: 0,
            scroll: 0,
            reading: None,
        });
        self.screen = Screen::History;
        self.refresh_shown();
    }

    /// Works out which entries the filter and search leave. Typing one more
    /// letter only narrows what was shown before.
    pub(super) fn refresh_shown(&mut self) {
        let Some(h) = self.history.as_mut() else { return };
        let query = fold_query(&h.query);
        let (old_chapter, old_query) = &h.shown_for;
        if *old_chapter == h.chapter && *old_query == query {
            return;
        }
        let narrowing = *old_chapter == h.chapter && !old_query.is_empty() && query.contains(old_query.as_str());
        let candidates: Vec<usize> =
            if narrowing { std::mem::take(&mut h.shown) } else { (0..h.entries.len()).collect() };
        let chapters = &self.workbook.chapters;
        h.shown = candidates
            .into_iter()
            .filter(|&i| {
                let e = &h.entries[i];
                h.chapter.is_none_or(|c| e.chapter == c)
                    && match self.journal.answers(&chapters[e.chapter].id) {
                        Some(Ok(answers)) => history::matches(&self.workbook, answers, &h.contexts, e, &query),
                        _ => false,
                    }
            })
            .collect();
        h.shown_for = (h.chapter, query);
    }

    pub(super) fn history_action(&mut self, action: Action) {
        let page = usize::from(crate::ui::chapter::body_height(self.size)).saturating_sub(3).max(1);
        let chapters = self.workbook.chapters.len();
        let Some(h) = self.history.as_mut() else { return };
        let count = h.visible().len();
        let last = count.saturating_sub(1);
        match action {
            Action::Up => h.selected = h.selected.saturating_sub(1),
            Action::Down => h.selected = (h.selected + 1).min(last),
            Action::PageUp => h.selected = h.selected.saturating_sub(page),
            Action::PageDown => h.selected = (h.selected + page).min(last),
            Action::Top => h.selected = 0,
            Action::Bottom => h.selected = last,
            Action::Search => h.typing = true,
            Action::FilterNext => {
                h.chapter = match h.chapter {
                    None => Some(0),
                    Some(c) if c + 1 < chapters => Some(c + 1),
                    Some(_) => None,
                };
                h.selected = 0;
            }
            Action::FilterPrev => {
                h.chapter = match h.chapter {
                    None => chapters.checked_sub(1),
                    Some(0) => None,
                    Some(c) => Some(c - 1),
                };
                h.selected = 0;
            }
            Action::Open => {
                if let Some(&entry) = h.visible().get(h.selected) {
                    h.reading = Some(Reading { entry, scroll: 0, versions: false });
                }
            }
            Action::Back => {
                if h.query.is_empty() {
                    self.close_history();
                    self.screen = Screen::Home;
                    return;
                }
                h.query.clear();
                h.selected = 0;
            }
            Action::Export => {
                self.export_from_tui();
                return;
            }
            Action::Help => {
                self.show_overlay(Overlay::Help);
                return;
            }
            _ => {}
        }
        self.refresh_shown();
        self.follow_history_selection();
    }

    /// Typing a search: each key narrows the list at once.
    pub(super) fn history_search_key(&mut self, action: Option<Action>, key: &KeyEvent) {
        let Some(h) = self.history.as_mut() else { return };
        match action {
            Some(Action::Open) => h.typing = false,
            Some(Action::Back) => {
                h.query.clear();
                h.typing = false;
            }
            Some(Action::Help) => {
                self.show_overlay(Overlay::Help);
                return;
            }
            _ => match key.code {
                KeyCode::Backspace => {
                    h.query.pop();
                }
                KeyCode::Char(c) if !key.modifiers.contains(crossterm::event::KeyModifiers::CONTROL) => h.query.push(c),
                _ => return,
            },
        }
        self.search_changed();
    }

    /// Text typed or pasted into the search.
    pub(super) fn history_search_insert(&mut self, text: &str) {
        let Some(h) = self.history.as_mut() else { return };
        h.query.push_str(text);
        self.search_changed();
    }

    /// The list from the top for the new search.
    fn search_changed(&mut self) {
        if let Some(h) = self.history.as_mut() {
            h.selected = 0;
            h.scroll = 0;
        }
        self.refresh_shown();
        self.follow_history_selection();
    }

    pub(super) fn history_read_action(&mut self, action: Action) {
        let page = usize::from(crate::ui::chapter::body_height(self.size)).saturating_sub(3).max(1);
        let max = crate::ui::history::reading_max_scroll(self);
        let Some(h) = self.history.as_mut() else { return };
        let Some(r) = h.reading.as_mut() else { return };
        match action {
            Action::Up => r.scroll = r.scroll.saturating_sub(1),
            Action::Down => r.scroll = (r.scroll + 1).min(max),
            Action::PageUp => r.scroll = r.scroll.saturating_sub(page),
            Action::PageDown => r.scroll = (r.scroll + page).min(max),
            Action::Versions => r.versions = !r.versions,
            Action::Back => h.reading = None,
            Action::Write => {
                let entry = &h.entries[r.entry];
                match entry.step {
                    Some(step) => {
                        let chapter = entry.chapter;
                        self.open_step(chapter, step);
                        self.back_to_history = true;
                        self.info("Enter continues this answer; a writes a new one. Esc returns to History.".into());
                    }
                    None => self.info("That prompt is no longer in the workbook; the answer is kept here".into()),
                }
            }
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    /// Keeps the selected row on screen.
    fn follow_history_selection(&mut self) {
        let height = usize::from(crate::ui::history::list_height(self.size)).max(1);
        let Some(h) = self.history.as_mut() else { return };
        h.selected = h.selected.min(h.shown.len().saturating_sub(1));
        let row = h.row_of(h.selected);
        if row < h.scroll + 1 {
            h.scroll = row.saturating_sub(1);
        } else if row >= h.scroll + height {
            h.scroll = row + 1 - height;
        }
    }

    /// Keeps the entries for the next visit, by chapter.
    pub(super) fn close_history(&mut self) {
        let Some(h) = self.history.take() else { return };
        let mut by_chapter: std::collections::HashMap<usize, Vec<Entry>> = std::collections::HashMap::new();
        for e in h.entries {
            by_chapter.entry(e.chapter).or_default().push(e);
        }
        for (chapter, entries) in by_chapter {
            let generation = self.journal.answers_generation(&self.workbook.chapters[chapter].id);
            self.history_cache.insert(chapter, super::read_ahead::CachedEntries { generation, entries });
        }
    }

    /// Returns from a chapter opened from History, with the list rebuilt.
    pub(super) fn return_to_history(&mut self) {
        let kept = self.history.as_ref().map(|h| (h.chapter, h.query.clone()));
        self.close_history();
        self.back_to_history = false;
        self.open_history();
        if let (Some(h), Some((chapter, query))) = (self.history.as_mut(), kept) {
            h.chapter = chapter;
            h.query = query;
        }
        self.refresh_shown();
        self.follow_history_selection();
    }

    /// Writes everything to a Markdown file in the data folder and says where.
    pub(super) fn export_from_tui(&mut self) {
        use crate::export::{ExportOptions, default_export_path, export};
        let now = self.clock.now();
        let dir = self.journal.dir().clone();
        let path = default_export_path(&dir, &now);
        let result = export(&self.workbook, &dir, &ExportOptions::default(), now).and_then(|out| {
            let folder = path.parent().unwrap_or(dir.root());
            crate::journal::atomic::create_private_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            crate::journal::atomic::write_atomic(&path, out.markdown.as_bytes())
                .map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(out.warnings)
        });
        match result {
            Ok(warnings) if warnings.is_empty() => self.info(format!("Exported to {}", path.display())),
            Ok(warnings) => self.error(format!("Exported to {}; left out: {}", path.display(), warnings.join("; "))),
            Err(e) => self.error(format!("Not exported: {e}")),
        }
    }
}

impl App {
    pub(super) fn open_practice_log(&mut self) {
        if let Err(e) = self.journal.practice_log() {
            let e = e.to_string();
            self.error(format!("{e} — the file is left as it is"));
        }
        self.practice_log_scroll = 0;
        self.screen = Screen::PracticeLog;
    }

    pub(super) fn practice_log_action(&mut self, action: Action) {
        let max = crate::ui::practice_log::max_scroll(self);
        let page = usize::from(crate::ui::chapter::body_height(self.size)).saturating_sub(3).max(1);
        let s = &mut self.practice_log_scroll;
        match action {
            Action::Up => *s = s.saturating_sub(1),
            Action::Down => *s = (*s + 1).min(max),
            Action::PageUp => *s = s.saturating_sub(page),
            Action::PageDown => *s = (*s + page).min(max),
            Action::Back => self.screen = Screen::Home,
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }
}

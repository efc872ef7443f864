//! The History screen: every answer, filtered by chapter and searched as
//! you type; reading one whole, its earlier versions, and going back to its
//! prompt to write again. Its state and keys here, its drawing in [`view`].

pub mod view;

use crate::app::keymap::{Binding, DOWN, HELP, PAGE_DOWN, PAGE_UP, QUIT, UP, bind, code, ctrl, key};
use crossterm::event::{KeyCode, KeyEvent};

use crate::history::texts::MonthTexts;
use crate::history::words::{Bits, query_terms};
use crate::history::{self, ChapterIndex, Entry, Source};
use crate::journal::JournalError;
use crate::journal::store::{ReadChapter, read_answers};

use crate::app::keymap::Action;
use crate::app::state::{App, Overlay, Shown};

pub struct Reading {
    /// The entry, by its place in [`HistoryState::entry`]'s order.
    pub entry: usize,
    pub scroll: crate::app::scroll::Scroll,
    pub versions: bool,
}

pub struct HistoryState {
    /// Each chapter's entries and words, by chapter number.
    pub chapters: Vec<ChapterIndex>,
    /// Every entry as (chapter, place in its chapter's entries), newest first.
    order: Vec<(u32, u32)>,
    /// Each step's folded chapter title, step title and prompt.
    pub contexts: Vec<Vec<String>>,
    /// Answers files that could not be read, with the reason.
    pub damaged: Vec<String>,
    pub chapter: Option<usize>,
    pub query: String,
    pub typing: bool,
    /// Places in the order of what the filter and search leave, newest
    /// first: worked out when they change, not on every frame.
    shown: Vec<usize>,
    /// The chapter filter and query words `shown` was worked out for.
    shown_for: Option<(Option<usize>, Vec<String>)>,
    /// Position in the visible list.
    pub selected: usize,
    /// First visible row of the list.
    pub scroll: usize,
    pub reading: Option<Reading>,
    /// The month files of the answers on screen.
    pub texts: MonthTexts,
    /// The other workbooks' answers too, read only, when History shows every workbook.
    pub others: Vec<OtherBook>,
}

/// Another built-in workbook's answers in History: its chapters follow the
/// open workbook's in [`HistoryState::chapters`], from `first` on.
pub struct OtherBook {
    pub workbook: crate::content::Workbook,
    pub dir: crate::journal::DataDir,
    pub first: usize,
    /// Its chapters still kept in one file, by id, to read their texts from.
    pub whole: std::collections::HashMap<String, crate::journal::Answers>,
}

impl HistoryState {
    /// The workbook chapter `c` of the list belongs to (`open`, or another),
    /// and its place there.
    pub fn book_of<'a>(
        &'a self,
        open: &'a crate::content::Workbook,
        c: usize,
    ) -> (&'a crate::content::Workbook, usize) {
        match self.other_of(c) {
            Some(o) => (&o.workbook, c - o.first),
            None => (open, c),
        }
    }

    /// The other workbook an entry's chapter belongs to; None for the open one.
    pub fn other_of(&self, c: usize) -> Option<&OtherBook> {
        self.others.iter().rev().find(|o| c >= o.first)
    }
}

impl HistoryState {
    fn new(chapters: Vec<ChapterIndex>, contexts: Vec<Vec<String>>, damaged: Vec<String>) -> HistoryState {
        let mut order: Vec<(u32, u32)> = chapters
            .iter()
            .enumerate()
            .flat_map(|(c, ix)| (0..ix.entries.len()).map(move |i| (c as u32, i as u32)))
            .collect();
        // Newest first; ties keep chapter order.
        order.sort_by(|&(ca, ia), &(cb, ib)| {
            let (a, b) = (&chapters[ca as usize].entries[ia as usize], &chapters[cb as usize].entries[ib as usize]);
            b.at.cmp(&a.at).then(ca.cmp(&cb))
        });
        HistoryState {
            chapters,
            order,
            contexts,
            damaged,
            chapter: None,
            query: String::new(),
            typing: false,
            shown: Vec::new(),
            shown_for: None,
            selected: 0,
            scroll: 0,
            reading: None,
            texts: MonthTexts::default(),
            others: Vec::new(),
        }
    }

    /// How many answers there are in all.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The entry at a place in the newest-first order.
    pub fn entry(&self, at: usize) -> &Entry {
        let (c, i) = self.order[at];
        &self.chapters[c as usize].entries[i as usize]
    }

    /// Places in the order of what the filter and search leave.
    pub fn visible(&self) -> &[usize] {
        &self.shown
    }

    /// Where an entry's text can be read now: its chapter's answers if the
    /// journal holds them, else its month file if read; an error when that
    /// file could not be read.
    pub fn source<'a>(
        &'a self,
        journal: &'a crate::journal::Journal,
        chapter_id: &str,
        e: &Entry,
    ) -> Result<Option<Source<'a>>, &'a JournalError> {
        match self.other_of(e.chapter) {
            Some(other) => {
                if let Some(answers) = other.whole.get(chapter_id) {
                    return Ok(Some(Source::Whole(answers)));
                }
            }
            None => {
                if let Some(Ok(answers)) = journal.answers(chapter_id) {
                    return Ok(Some(Source::Whole(answers)));
                }
            }
        }
        match self.texts.get(e) {
            Some(Ok(month)) => Ok(Some(Source::Month(month))),
            Some(Err(e)) => Err(e),
            None => Ok(None),
        }
    }

    /// The rows of the list, top to bottom: each day's heading (after a
    /// blank row from the second day on), then its entries. Drawing the list
    /// and scrolling to the selection both walk these.
    pub fn rows(&self) -> impl Iterator<Item = Row> + '_ {
        let mut day = None;
        self.shown.iter().enumerate().flat_map(move |(pos, &e)| {
            let d = self.entry(e).day;
            let heading = (day != Some(d)).then(|| (day.replace(d).is_some(), d));
            let gap = heading.filter(|&(after_another, _)| after_another).map(|_| Row::Gap);
            [gap, heading.map(|(_, d)| Row::Day(d)), Some(Row::Entry(pos))].into_iter().flatten()
        })
    }

    /// The row of the list where visible entry `pos` is.
    pub fn row_of(&self, pos: usize) -> usize {
        self.rows().position(|r| r == Row::Entry(pos)).unwrap_or_else(|| self.rows().count())
    }

    /// Works out which entries the filter and search leave: those holding
    /// every word of the query, in their text or their question.
    fn refresh_shown(&mut self) {
        let terms = query_terms(&self.query);
        let key = (self.chapter, terms);
        if self.shown_for.as_ref() == Some(&key) {
            return;
        }
        let (filter, terms) = &key;
        let found: Vec<Option<Bits>> = self
            .chapters
            .iter()
            .enumerate()
            .map(|(c, ix)| {
                if terms.is_empty() || filter.is_some_and(|f| f != c) {
                    return None;
                }
                let mut all: Option<Bits> = None;
                for term in terms {
                    let mut bits = Bits::new(ix.entries.len());
                    ix.words.mark(term, &mut bits);
                    let asks: Vec<bool> = self
                        .contexts
                        .get(c)
                        .map_or(Vec::new(), |steps| steps.iter().map(|s| s.contains(term.as_str())).collect());
                    if asks.contains(&true) {
                        for (i, e) in ix.entries.iter().enumerate() {
                            if e.step.is_some_and(|s| asks.get(s) == Some(&true)) {
                                bits.set(i);
                            }
                        }
                    }
                    match all.as_mut() {
                        Some(all) => all.and(&bits),
                        None => all = Some(bits),
                    }
                }
                all
            })
            .collect();
        self.shown = self
            .order
            .iter()
            .enumerate()
            .filter(|&(_, &(c, i))| {
                filter.is_none_or(|f| f == c as usize)
                    && (terms.is_empty() || found[c as usize].as_ref().is_some_and(|b| b.get(i as usize)))
            })
            .map(|(at, _)| at)
            .collect();
        self.shown_for = Some(key);
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

/// A chapter read from disk for History: its index, and its answers when
/// they have no month files to read texts from later (a chapter still in
/// its format-2 file), to be kept by the journal.
pub struct ReadForHistory {
    pub index: ChapterIndex,
    pub whole: Option<ReadChapter>,
    /// Each step's latest answers, as worked out from all of them.
    pub recent: Option<crate::journal::Recent>,
}

/// Reads a chapter and builds its History index and each step's latest
/// answers. A chapter's folder is read a month at a time, so no more than a
/// month of answers is held at once; a chapter still in one file is kept
/// whole (its texts are read from it).
pub fn read_for_history(
    dir: &crate::journal::DataDir,
    workbook: &crate::content::Workbook,
    chapter: usize,
    day_starts_at: u8,
) -> Result<ReadForHistory, JournalError> {
    let id = &workbook.chapters[chapter].id;
    let folder = dir.answers(id);
    if crate::journal::monthly::is_folder(&folder)? {
        let mut index = history::IndexBuilder::new(workbook, chapter, day_starts_at);
        let mut recent = crate::journal::Recent::default();
        crate::journal::monthly::for_each_month(&folder, id, |month, part| {
            index.add_month(month, &part);
            recent.add(part);
        })?;
        return Ok(ReadForHistory { index: index.finish(), whole: None, recent: Some(recent) });
    }
    Ok(match read_answers(dir, id)? {
        Some(read) => {
            let index = history::index_chapter(workbook, chapter, &read.answers, read.layout.as_ref(), day_starts_at);
            let recent = Some(crate::journal::Recent::of(&read.answers));
            ReadForHistory { index, whole: Some(read), recent }
        }
        None => ReadForHistory { index: ChapterIndex::default(), whole: None, recent: None },
    })
}

impl App {
    pub(crate) fn open_history(&mut self) {
        let day_start = self.journal.settings().day_starts_at;
        let mut chapters = Vec::new();
        let mut damaged = Vec::new();
        for chapter in 0..self.workbook.chapters.len() {
            let id = self.workbook.chapters[chapter].id.clone();
            let generation = self.journal.answers_generation(&id);
            // Indexes built before (or read ahead) are reused while the answers are unchanged.
            let index = match self.history_cache.remove(&chapter) {
                Some(cached) if cached.generation == generation => cached.index,
                _ => match self.journal.answers(&id) {
                    Some(Ok(answers)) => {
                        history::index_chapter(&self.workbook, chapter, answers, self.journal.layout(&id), day_start)
                    }
                    Some(Err(e)) => {
                        damaged.push(e.to_string());
                        ChapterIndex::default()
                    }
                    None => match read_for_history(self.journal.dir(), &self.workbook, chapter, day_start) {
                        Ok(read) => {
                            if let Some(whole) = read.whole {
                                self.journal.take_answers(&id, Ok(Some(whole)));
                            }
                            read.index
                        }
                        Err(e) => {
                            damaged.push(e.to_string());
                            self.journal.take_answers(&id, Err(e));
                            ChapterIndex::default()
                        }
                    },
                },
            };
            chapters.push(index);
        }
        let state = HistoryState::new(chapters, history::step_contexts(&self.workbook), damaged);
        self.show(Shown::History(Box::new(state)));
        self.refresh_shown();
        self.follow_history_selection();
    }

    /// Works out which entries the filter and search leave.
    pub(crate) fn refresh_shown(&mut self) {
        if let Some(h) = self.shown.history_mut() {
            h.refresh_shown();
        }
    }

    /// History with every built-in workbook's answers, or only the open one's.
    fn toggle_all_workbooks(&mut self) {
        let all = self.shown.history().is_some_and(|h| !h.others.is_empty());
        if self.workbook_dir.is_some() {
            self.info(self.t("ui-workbook-folder-given"));
            return;
        }
        self.close_history();
        self.open_history();
        if !all {
            self.add_other_workbooks();
            let n = self.shown.history().map_or(0, |h| h.others.len());
            if n == 0 {
                self.info(self.t("ui-history-no-other"));
            }
        }
    }

    /// Adds the answers of every other built-in workbook that has any, read
    /// only, after the open workbook's.
    pub(crate) fn add_other_workbooks(&mut self) {
        let day_start = self.journal.settings().day_starts_at;
        let root = self.journal.dir().root().to_path_buf();
        let open_id = self.workbook.manifest.id.clone();
        let lang = self.lang;
        let Some(h) = self.shown.history_mut() else { return };
        let mut damaged = Vec::new();
        for book in crate::content::WORKBOOKS.iter().filter(|b| b.id != open_id) {
            let Ok(dir) = crate::journal::DataDir::for_workbook(&root, book.id) else { continue };
            match crate::journal::folder::check_book_readable(dir.root(), dir.book()) {
                Ok(true) if dir.answers_dir().is_dir() => {}
                Ok(_) => continue,
                Err(e) => {
                    damaged.push(e.localized(lang));
                    continue;
                }
            }
            let loaded = crate::content::builtin_id_in(book.id, lang)
                .or_else(|| crate::content::builtin_id_in(book.id, crate::i18n::Lang::En));
            let Some(Ok(workbook)) = loaded else { continue };
            let first = h.chapters.len();
            let mut whole = std::collections::HashMap::new();
            for c in 0..workbook.chapters.len() {
                let mut index = match read_for_history(&dir, &workbook, c, day_start) {
                    Ok(read) => {
                        if let Some(w) = read.whole {
                            whole.insert(workbook.chapters[c].id.to_string(), w.answers);
                        }
                        read.index
                    }
                    Err(e) => {
                        damaged.push(e.to_string());
                        ChapterIndex::default()
                    }
                };
                for e in &mut index.entries {
                    e.chapter += first;
                }
                h.chapters.push(index);
            }
            h.contexts.extend(history::step_contexts(&workbook));
            h.others.push(OtherBook { workbook, dir, first, whole });
        }
        h.damaged.extend(damaged);
        let rebuilt = HistoryState::new(
            std::mem::take(&mut h.chapters),
            std::mem::take(&mut h.contexts),
            std::mem::take(&mut h.damaged),
        );
        let others = std::mem::take(&mut h.others);
        *h = HistoryState { others, ..rebuilt };
        self.refresh_shown();
        self.follow_history_selection();
    }

    pub(crate) fn history_action(&mut self, action: Action) {
        let page = usize::from(crate::layout::body_height(self.size)).saturating_sub(3).max(1);
        if action == Action::AllWorkbooks {
            return self.toggle_all_workbooks();
        }
        let Some(h) = self.shown.history_mut() else { return };
        let chapters = h.chapters.len();
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
                    h.reading = Some(Reading { entry, scroll: Default::default(), versions: false });
                }
            }
            Action::Back => {
                if h.query.is_empty() {
                    self.close_history();
                    self.show(Shown::Home);
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
    pub(crate) fn history_search_key(&mut self, action: Option<Action>, key: &KeyEvent) {
        let Some(h) = self.shown.history_mut() else { return };
        match action {
            // The results take the key at once: no key is spent leaving the field.
            Some(a @ (Action::Open | Action::Down | Action::Up)) => {
                h.typing = false;
                self.history_action(a);
                return;
            }
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
    pub(crate) fn history_search_insert(&mut self, text: &str) {
        let Some(h) = self.shown.history_mut() else { return };
        h.query.push_str(text);
        self.search_changed();
    }

    /// The list from the top for the new search.
    fn search_changed(&mut self) {
        if let Some(h) = self.shown.history_mut() {
            h.selected = 0;
            h.scroll = 0;
        }
        self.refresh_shown();
        self.follow_history_selection();
    }

    pub(crate) fn history_read_action(&mut self, action: Action) {
        let Some(h) = self.shown.history_mut() else { return };
        let Some(entry) = h.reading.as_ref().map(|r| h.entry(r.entry).clone()) else { return };
        let Some(r) = h.reading.as_mut() else { return };
        match action {
            Action::Up => r.scroll.by(-1),
            Action::Down => r.scroll.by(1),
            Action::PageUp => r.scroll.page(false, 3),
            Action::PageDown => r.scroll.page(true, 3),
            Action::Versions => r.versions = !r.versions,
            Action::Back => h.reading = None,
            Action::Write if h.other_of(entry.chapter).is_some() => {
                let title = h.other_of(entry.chapter).map(|o| o.workbook.manifest.title.clone()).unwrap_or_default();
                self.info(self.t_with("ui-history-other-write", &[("title", title.into())]));
            }
            Action::Write => match entry.step {
                Some(step) => {
                    let chapter = entry.chapter;
                    // History is kept as it is, to come back to with Esc.
                    if let Shown::History(h) = std::mem::replace(&mut self.shown, Shown::Chapter) {
                        self.back_to_history = Some(h);
                    }
                    self.open_step(chapter, step);
                    if let crate::history::Kind::Reflection(i) = entry.kind {
                        self.view.continue_entry = Some(i);
                        self.info(self.t("ui-status-history-continue"));
                    } else {
                        self.info(self.t("ui-status-history-again"));
                    }
                }
                None => self.info(self.t("ui-status-history-gone")),
            },
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    /// Keeps the selected row on screen, with the texts of what is on screen read.
    pub(crate) fn follow_history_selection(&mut self) {
        let height = usize::from(crate::layout::list_height(self.size)).max(1);
        let Some(h) = self.shown.history_mut() else { return };
        h.selected = h.selected.min(h.shown.len().saturating_sub(1));
        let row = h.row_of(h.selected);
        if row < h.scroll + 1 {
            h.scroll = row.saturating_sub(1);
        } else if row >= h.scroll + height {
            h.scroll = row + 1 - height;
        }
        let own = self.journal.dir();
        let mut chapters: Vec<(&crate::journal::DataDir, &str)> =
            self.workbook.chapters.iter().map(|c| (own, c.id.as_str())).collect();
        for o in &h.others {
            chapters.extend(o.workbook.chapters.iter().map(|c| (&o.dir, c.id.as_str())));
        }
        let on_screen: Vec<usize> = h
            .rows()
            .skip(h.scroll)
            .take(height)
            .filter_map(|r| match r {
                Row::Entry(pos) => h.shown.get(pos).copied(),
                _ => None,
            })
            .chain(h.reading.as_ref().map(|r| r.entry))
            .collect();
        let mut texts = std::mem::take(&mut h.texts);
        texts.keep(&chapters, on_screen.iter().map(|&at| h.entry(at)));
        h.texts = texts;
    }

    /// Leaves History for Home, keeping each chapter's index for the next visit.
    pub(crate) fn close_history(&mut self) {
        if let Shown::History(h) = std::mem::replace(&mut self.shown, Shown::Home) {
            self.keep_history_index(*h);
        }
    }

    /// Keeps each chapter's index of `h` for the next visit.
    fn keep_history_index(&mut self, h: HistoryState) {
        let own = self.workbook.chapters.len();
        for (chapter, index) in h.chapters.into_iter().enumerate().take(own) {
            let generation = self.journal.answers_generation(&self.workbook.chapters[chapter].id);
            self.history_cache.insert(chapter, crate::app::read_ahead::CachedIndex { generation, index });
        }
    }

    /// Returns from a chapter opened from History, with the list rebuilt.
    pub(crate) fn return_to_history(&mut self) {
        let Some(left) = self.back_to_history.take() else { return };
        let kept = Some((left.chapter, left.query.clone()));
        let all = !left.others.is_empty();
        // The answer that was open (or selected), to find again in the list
        // rebuilt with what was written meanwhile.
        let was_reading = left.reading.is_some();
        let was = left
            .reading
            .as_ref()
            .map(|r| r.entry)
            .or_else(|| left.visible().get(left.selected).copied())
            .map(|at| left.entry(at).clone());
        self.keep_history_index(*left);
        self.open_history();
        if all {
            self.add_other_workbooks();
        }
        if let (Some(h), Some((chapter, query))) = (self.shown.history_mut(), kept) {
            h.chapter = chapter;
            h.query = query;
        }
        self.refresh_shown();
        if let (Some(h), Some(was)) = (self.shown.history_mut(), was) {
            let same = |e: &Entry| e.chapter == was.chapter && e.step_id == was.step_id && e.kind == was.kind;
            if let Some(pos) = h.visible().iter().position(|&at| same(h.entry(at))) {
                h.selected = pos;
                if was_reading {
                    let entry = h.visible()[pos];
                    h.reading = Some(Reading { entry, scroll: Default::default(), versions: false });
                }
            }
        }
        self.follow_history_selection();
    }

    /// Writes everything to a Markdown file in the data folder and says where.
    pub(crate) fn export_from_tui(&mut self) {
        use crate::export::{ExportOptions, build, default_export_path};
        let now = self.clock.now();
        let dir = self.journal.dir().clone();
        let path = default_export_path(&dir, &now);
        let result =
            build(&self.workbook, &dir, &ExportOptions::default(), now).map_err(|e| e.to_string()).and_then(|out| {
                let folder = path.parent().unwrap_or(dir.root());
                crate::journal::atomic::create_private_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
                crate::journal::atomic::write_atomic(&path, out.markdown.as_bytes())
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                Ok(out.warnings)
            });
        let file = path.display().to_string();
        match result {
            Ok(warnings) if warnings.is_empty() => {
                self.info(self.t_with("ui-history-exported", &[("file", file.into())]))
            }
            Ok(warnings) => self.error(self.t_with(
                "ui-history-exported-left-out",
                &[("file", file.into()), ("left", warnings.join("; ").into())],
            )),
            Err(e) => self.error(self.t_with("ui-history-not-exported", &[("error", e.into())])),
        }
    }
}

/// What the keys do on this screen.
pub(crate) static HISTORY: &[Binding] = &[
    bind(UP, Action::Up, "keys-history-up", None),
    bind(DOWN, Action::Down, "keys-history-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-history-page-up", None),
    bind(&[code(KeyCode::PageDown), ctrl('d')], Action::PageDown, "keys-history-page-down", None),
    bind(&[code(KeyCode::Home), key('g')], Action::Top, "keys-history-top", None),
    bind(&[code(KeyCode::End), key('G')], Action::Bottom, "keys-history-bottom", None),
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-history-open", Some("keys-history-open-hint")),
    bind(&[key('/')], Action::Search, "keys-history-search", Some("keys-history-search-hint")),
    bind(
        &[code(KeyCode::Right), key('l'), key(']')],
        Action::FilterNext,
        "keys-history-filter-next",
        Some("keys-history-filter-next-hint"),
    ),
    bind(&[code(KeyCode::Left), key('h'), key('[')], Action::FilterPrev, "keys-history-filter-prev", None),
    bind(&[key('x')], Action::Export, "keys-history-export", Some("keys-history-export-hint")),
    bind(&[key('w')], Action::AllWorkbooks, "keys-history-all-workbooks", Some("keys-history-all-workbooks-hint")),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-history-back", Some("keys-history-back-hint")),
    bind(HELP, Action::Help, "keys-history-help", Some("keys-history-help-hint")),
    bind(QUIT, Action::Quit, "keys-history-quit", None),
];

pub(crate) static HISTORY_SEARCH: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Action::Open, "keys-history-search-open", Some("keys-history-search-open-hint")),
    bind(&[code(KeyCode::Down)], Action::Down, "keys-history-search-down", Some("keys-history-search-down-hint")),
    bind(&[code(KeyCode::Up)], Action::Up, "keys-history-search-up", None),
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-history-search-back", Some("keys-history-search-back-hint")),
    bind(&[code(KeyCode::F(1))], Action::Help, "keys-history-search-help", None),
    bind(&[ctrl('c')], Action::Quit, "keys-history-search-quit", None),
];

pub(crate) static HISTORY_READ: &[Binding] = &[
    bind(UP, Action::Up, "keys-history-read-up", None),
    bind(DOWN, Action::Down, "keys-history-read-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-history-read-page-up", None),
    bind(PAGE_DOWN, Action::PageDown, "keys-history-read-page-down", None),
    bind(&[key('v')], Action::Versions, "keys-history-read-versions", Some("keys-history-read-versions-hint")),
    bind(
        &[key('w'), code(KeyCode::Enter)],
        Action::Write,
        "keys-history-read-write",
        Some("keys-history-read-write-hint"),
    ),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-history-read-back", Some("keys-history-read-back-hint")),
    bind(HELP, Action::Help, "keys-history-read-help", Some("keys-history-read-help-hint")),
    bind(QUIT, Action::Quit, "keys-history-read-quit", None),
];

//! Reading and writing the journal files, and keeping them safe.

use super::ids::StepId;
use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::atomic::{
    PlainWriter, Writer, create_private_dir, remove_stale_temporaries, write_atomic, write_atomic_with,
};
use super::error::DataDirError;
use super::files::{NotRegular, open_regular, read_regular};
use super::folder::{self, SUBFOLDERS};
use super::lock::Lock;
use super::model::{
    ANSWERS_VERSION, Answers, ChoiceAnswer, Draft, Intention, PRACTICE_LOG_VERSION, PROGRESS_VERSION, PracticeEntry,
    PracticeLog, Progress, RECENT_REFLECTIONS, Recent, Reflection, Revision, SETTINGS_VERSION, ScaleAnswer, Settings,
    Shown, TAKE_VERSION, Take, Timestamp,
};
use super::monthly::{self, FOLDER_VERSION, Kind, Layout, LogLayout};
use super::paths::DataDir;

/// A journal file that cannot be used, named with its line where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalError {
    pub path: PathBuf,
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for JournalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => {
                write!(f, "{}:{line}:{col}: {}", self.path.display(), self.message)
            }
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for JournalError {}

/// What is wrong with a file RON could not read, in the owner's words where
/// RON's would mislead: a file cut off mid-word reads to RON as a field with
/// a strange name (`Unexpected field named `t``), and its guard against deep
/// nesting speaks to programmers (`serde_stacker`).
fn parse_problem(text: &str, e: &ron::error::SpannedError) -> String {
    let damaged = "fix the file or move it aside";
    if text.trim().is_empty() {
        format!("the file is empty: it looks cut off or damaged; {damaged}")
    } else if e.code == ron::Error::ExceededRecursionLimit {
        format!("nested too deeply to be a mscwork file: it is damaged; {damaged}")
    } else if reaches_end(text, &e.span.end) {
        format!("the file stops part-way through here: it looks cut off or damaged; {damaged}")
    } else {
        e.code.to_string()
    }
}

/// Whether RON read up to the end of the file's text (trailing blanks aside)
/// before it failed: the file stops where it should go on.
fn reaches_end(text: &str, at: &ron::error::Position) -> bool {
    let content = text.trim_end();
    let line = content.matches('\n').count() + 1;
    let col = content.chars().rev().take_while(|&c| c != '\n').count() + 1;
    (at.line, at.col) >= (line, col)
}

impl JournalError {
    /// `action` is left out when something else stands in the file's place:
    /// then what it is and what to do say it all.
    pub(crate) fn io(path: &Path, action: &str, e: &io::Error) -> Self {
        let message = match NotRegular::of(e) {
            Some(odd) => odd.to_string(),
            None => format!("{action}: {e}"),
        };
        JournalError { path: path.to_path_buf(), position: None, message }
    }
}

#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Reads a journal file: `Ok(None)` when it does not exist yet. The file is
/// only read; a damaged one is reported, never rewritten.
pub fn read_file<T: DeserializeOwned + Versioned>(path: &Path, known_version: u32) -> Result<Option<T>, JournalError> {
    read_versioned(path, known_version).map(|r| r.map(|(value, _)| value))
}

/// Like [`read_file`], also returning the format version the file had.
/// Older versions read into today's types: fields added since then take
/// their defaults.
pub fn read_versioned<T: DeserializeOwned + Versioned>(
    path: &Path,
    known_version: u32,
) -> Result<Option<(T, u32)>, JournalError> {
    let bytes = match read_regular(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(JournalError::io(path, "cannot read", &e)),
    };
    let text = simdutf8::compat::from_utf8(&bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        JournalError { path: path.to_path_buf(), position: Some((line, col)), message: "not valid UTF-8 text".into() }
    })?;
    let newer = |version: u32| {
        let at = text.find("version").map(|offset| {
            let before = &text[..offset];
            (before.matches('\n').count() + 1, before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1)
        });
        JournalError {
            path: path.to_path_buf(),
            position: at,
            message: format!(
                "written by a newer mscwork (format version {version}, this one knows {known_version}); update mscwork to use it"
            ),
        }
    };
    // One parse in the usual case (it is most of the cost of opening a
    // chapter); only a file that fails is probed for its version, so that a
    // newer format is named as such rather than as a field we do not know.
    match ron::from_str::<T>(text) {
        Ok(value) if value.version() > known_version => Err(newer(value.version())),
        Ok(value) => {
            let version = value.version();
            Ok(Some((value, version)))
        }
        Err(e) => match ron::from_str::<VersionProbe>(text) {
            Ok(probe) if probe.version > known_version => Err(newer(probe.version)),
            _ => Err(JournalError {
                path: path.to_path_buf(),
                position: Some((e.span.start.line.max(1), e.span.start.col.max(1))),
                message: parse_problem(text, &e),
            }),
        },
    }
}

/// Every journal file says which format version wrote it.
pub trait Versioned {
    fn version(&self) -> u32;
}

/// Pretty RON with texts written as they are, not escaped: an answer's line
/// breaks stay line breaks in the file, and writing a chapter of long
/// answers is ten times faster than escaping it character by character.
/// Texts holding `"` or `\` are written as raw strings (`r#"…"#`).
pub fn to_ron<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new().struct_names(false).escape_strings(false);
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

/// Every journal write: a file read in an older format is backed up first
/// (see [`back_up_older`]).
fn write_tracked<T: Serialize>(
    writer: &dyn Writer,
    older: &mut HashMap<PathBuf, u32>,
    path: &Path,
    value: &T,
) -> Result<(), JournalError> {
    back_up_older(older, path)?;
    write_file(writer, path, value)
}

fn write_file<T: Serialize>(writer: &dyn Writer, path: &Path, value: &T) -> Result<(), JournalError> {
    let text = to_ron(value).map_err(|e| JournalError {
        path: path.to_path_buf(),
        position: None,
        message: format!("cannot encode: {e}"),
    })?;
    write_atomic_with(writer, path, text.as_bytes()).map_err(|e| JournalError::io(path, "cannot save", &e))
}

/// Which answer an editor session writes to. The first save of a session adds
/// a revision (or a new answer); later saves in the same session update it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EditTarget {
    pub entry: Option<usize>,
    pub revision: Option<usize>,
}

/// The open journal: the lock, progress, and each chapter's answers once loaded.
#[derive(Debug)]
pub struct Journal {
    dir: DataDir,
    /// Shared with the journal of another workbook in the same folder
    /// while one replaces the other (see [`Journal::reopen`]).
    _lock: std::sync::Arc<Lock>,
    progress: Progress,
    progress_error: Option<JournalError>,
    settings: Settings,
    settings_error: Option<JournalError>,
    answers: HashMap<String, Result<Answers, JournalError>>,
    /// Which month file holds each answer, per chapter read from (or new
    /// to) its folder; a chapter read from a format-2 file has none until
    /// its first save moves it into a folder.
    layouts: HashMap<String, Layout>,
    /// The latest answers of chapters not read whole yet (see [`Recent`]).
    recent: HashMap<String, Recent>,
    practice_log: Option<Result<PracticeLog, JournalError>>,
    /// Which month holds each session; None for a log read from its one-file format.
    practice_layout: Option<LogLayout>,
    takes: Option<Takes>,
    writer: std::sync::Arc<dyn Writer>,
    /// Files read in an older format: path → that version. Each is copied to
    /// `NAME.v<N>.bak` before it is first written in today's format.
    older: HashMap<PathBuf, u32>,
    progress_dirty: bool,
    /// The newest take alone, read before (or instead of) all of them.
    latest: Option<Option<Take>>,
    /// Per chapter: how many times its answers were written this session,
    /// so what is built from them (History) knows when it is out of date.
    generations: HashMap<String, u64>,
    /// See [`Journal::outside_edits`].
    outside_edits: Vec<super::outside_edits::OutsideEdit>,
    /// Chapters whose last write failed: their answers in memory hold what
    /// the disk does not, so they are never let go of (see [`Journal::keep_only`]).
    unwritten: std::collections::HashSet<String>,
    /// When the journal was opened (see [`tidy`]).
    opened: std::time::SystemTime,
}

impl Drop for Journal {
    /// The last moves through the workbook reach the disk however the journal ends.
    fn drop(&mut self) {
        let _ = self.flush_progress();
    }
}

/// Every readable take, oldest first, and the files that could not be read.
#[derive(Debug, Default)]
pub struct Takes {
    pub takes: Vec<(PathBuf, Take)>,
    pub damaged: Vec<JournalError>,
}

impl Journal {
    /// Creates the data dir if needed (0700), or checks that it is
    /// mscwork's and makes it private (see [`folder::prepare`]), takes its
    /// lock, and tidies up after a crash: temporaries of unfinished writes
    /// go; texts left by the user's own editor become answers or stay (see
    /// [`outside_edits`](super::outside_edits)).
    pub fn open(root: &Path) -> Result<Journal, DataDirError> {
        Journal::open_book(root, super::paths::FIRST_WORKBOOK)
    }

    /// [`Journal::open`] for the data of workbook `id` (see [`DataDir::for_workbook`]).
    pub fn open_book(root: &Path, id: &str) -> Result<Journal, DataDirError> {
        folder::prepare(root)?;
        let dir = book_dir(root, id)?;
        let lock = std::sync::Arc::new(Lock::acquire(&dir.lock())?);
        if dir.book() != root {
            // settings.ron is written at the top whichever workbook is open.
            remove_stale_temporaries(root);
        }
        Journal::load(dir, lock)
    }

    /// The journal of workbook `id` in the same data folder, under the
    /// same lock, so no other mscwork can slip in between; this one's last
    /// moves are saved as it is dropped.
    pub fn reopen(&self, id: &str) -> Result<Journal, DataDirError> {
        let dir = book_dir(self.dir.root(), id)?;
        Journal::load(dir, self._lock.clone())
    }

    fn load(dir: DataDir, lock: std::sync::Arc<Lock>) -> Result<Journal, DataDirError> {
        let book = dir.book().to_path_buf();
        if book != dir.root() {
            folder::prepare_book(&book)?;
        }
        let opened = std::time::SystemTime::now();
        remove_stale_temporaries(&book);
        // The folders that grow with the years are tidied after the first frame (see [`tidy`]).
        for sub in SUBFOLDERS.iter().filter(|s| !GROWING.contains(s)) {
            remove_stale_temporaries(&book.join(sub));
        }
        monthly::remove_leftovers(&dir.answers_dir());
        monthly::remove_half_filled(&book);
        let mut older = HashMap::new();
        let (progress, progress_error) = match read_tracked::<Progress>(&mut older, &dir.progress(), PROGRESS_VERSION) {
            Ok(p) => (p.unwrap_or_default(), None),
            Err(e) => (Progress::default(), Some(e)),
        };
        let progress = Progress { version: PROGRESS_VERSION, ..progress };
        let (settings, settings_error) = match read_tracked::<Settings>(&mut older, &dir.settings(), SETTINGS_VERSION) {
            Ok(s) => (s.unwrap_or_default(), None),
            Err(e) => (Settings::default(), Some(e)),
        };
        let settings = Settings { version: SETTINGS_VERSION, ..settings };
        let mut journal = Journal {
            dir,
            _lock: lock,
            progress,
            progress_error,
            settings,
            settings_error,
            answers: HashMap::new(),
            layouts: HashMap::new(),
            recent: HashMap::new(),
            practice_log: None,
            practice_layout: None,
            takes: None,
            writer: std::sync::Arc::new(PlainWriter),
            older,
            progress_dirty: false,
            latest: None,
            generations: HashMap::new(),
            outside_edits: Vec::new(),
            unwritten: std::collections::HashSet::new(),
            opened,
        };
        let editing = journal.dir.editing_dir();
        journal.outside_edits = super::outside_edits::recover(&mut journal, &editing);
        Ok(journal)
    }

    /// One line for each text left by the user's own editor in an earlier
    /// run that was made a new answer on this start, or kept in its file.
    pub fn outside_edits(&self) -> &[super::outside_edits::OutsideEdit] {
        &self.outside_edits
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn settings_error(&self) -> Option<&JournalError> {
        self.settings_error.as_ref()
    }

    /// Changes settings and saves them; a damaged settings file is left alone.
    pub fn update_settings(&mut self, change: impl FnOnce(&mut Settings)) -> Result<(), JournalError> {
        change(&mut self.settings);
        if let Some(e) = &self.settings_error {
            return Err(e.clone());
        }
        write_tracked(&*self.writer, &mut self.older, &self.dir.settings(), &self.settings)
    }

    /// The practice log, loaded on first use.
    pub fn practice_log(&mut self) -> Result<&PracticeLog, &JournalError> {
        if self.practice_log.is_none() {
            let read = read_practice_log(&self.dir).map(|read| match read {
                Some((log, Some(layout))) => {
                    self.practice_layout = Some(layout);
                    PracticeLog { version: PRACTICE_LOG_VERSION, ..log }
                }
                Some((log, None)) => {
                    remember_older(&mut self.older, &self.dir.practice_log_v1(), log.version, monthly::LOG_VERSION);
                    PracticeLog { version: PRACTICE_LOG_VERSION, ..log }
                }
                None => {
                    self.practice_layout = Some(LogLayout::default());
                    PracticeLog { version: PRACTICE_LOG_VERSION, entries: Vec::new() }
                }
            });
            self.practice_log = Some(read);
        }
        match self.practice_log.as_ref() {
            Some(read) => read.as_ref(),
            None => unreachable!("read just above"),
        }
    }

    /// All completed JD-R takes, read once.
    pub fn takes(&mut self) -> &Takes {
        let dir = self.dir.assessments_dir();
        self.takes.get_or_insert_with(|| read_takes(&dir))
    }

    /// The takes if they have been read.
    pub fn takes_loaded(&self) -> Option<&Takes> {
        self.takes.as_ref()
    }

    /// The most recent take, reading only its file when the others are not
    /// needed yet (Home shows its plan; start-up stays fast with years of takes).
    pub fn latest_take(&mut self) -> Option<&Take> {
        if self.takes.is_none() && self.latest.is_none() {
            self.latest = Some(read_latest_take(&self.dir.assessments_dir()));
        }
        self.latest_take_loaded()
    }

    /// The most recent take, if known without reading anything.
    pub fn latest_take_loaded(&self) -> Option<&Take> {
        match &self.takes {
            Some(t) => t.takes.last().map(|(_, t)| t),
            None => self.latest.as_ref().and_then(Option::as_ref),
        }
    }

    /// Saves a completed take as a new file; an existing file is never replaced.
    pub fn save_take(&mut self, take: Take) -> Result<usize, JournalError> {
        let mut n = 1;
        let mut path = self.dir.take(&take.taken);
        // Anything at all there (a symbolic link too, even a broken one) is kept.
        while fs::symlink_metadata(&path).is_ok() {
            n += 1;
            path = self.dir.take_numbered(&take.taken, n);
        }
        create_private_dir(&self.dir.assessments_dir())
            .map_err(|e| JournalError::io(&path, "cannot create the assessments folder", &e))?;
        // The others are read before the new file exists, or it would be listed twice.
        self.takes();
        write_tracked(&*self.writer, &mut self.older, &path, &take)?;
        let Some(takes) = self.takes.as_mut() else { unreachable!("read just above") };
        takes.takes.push((path, take));
        takes.takes.sort_by_key(|(_, t)| t.taken);
        Ok(takes.takes.len() - 1)
    }

    /// Rewrites one take with its job-crafting plan.
    pub fn save_plan(&mut self, index: usize, plan: Vec<Intention>) -> Result<(), JournalError> {
        let Some((path, take)) = self.takes.as_mut().and_then(|t| t.takes.get_mut(index)) else {
            return Err(JournalError {
                path: self.dir.assessments_dir(),
                position: None,
                message: "no such take".into(),
            });
        };
        take.plan = plan;
        write_tracked(&*self.writer, &mut self.older, path, &*take)
    }

    pub fn load_draft(&self) -> Result<Option<Draft>, JournalError> {
        read_file(&self.dir.assessment_draft(), TAKE_VERSION)
    }

    pub fn save_draft(&mut self, draft: &Draft) -> Result<(), JournalError> {
        let path = self.dir.assessment_draft();
        self.draft_is_ours()?;
        create_private_dir(&self.dir.assessments_dir())
            .map_err(|e| JournalError::io(&path, "cannot create the assessments folder", &e))?;
        write_tracked(&*self.writer, &mut self.older, &path, draft)
    }

    /// A draft on disk that cannot be read (damaged, or from a newer
    /// mscwork) is left exactly as it is: it is neither written over nor
    /// removed. Read again before each write, as it is small, so the answer
    /// does not depend on what happened earlier in the session.
    fn draft_is_ours(&self) -> Result<(), JournalError> {
        let path = self.dir.assessment_draft();
        match read_file::<Draft>(&path, TAKE_VERSION) {
            Ok(_) => Ok(()),
            Err(e) => Err(JournalError {
                path,
                position: e.position,
                message: format!("{} — that draft is left as it is", e.message),
            }),
        }
    }

    /// Removes the draft once its take is saved (or the user starts over);
    /// one that cannot be read is left where it is.
    pub fn remove_draft(&self) -> Result<(), JournalError> {
        let path = self.dir.assessment_draft();
        if self.draft_is_ours().is_err() {
            return Ok(());
        }
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(JournalError::io(&path, "cannot remove", &e)),
            _ => Ok(()),
        }
    }

    /// The practice log if it has been loaded and is readable.
    pub fn practice_log_loaded(&self) -> Option<&PracticeLog> {
        self.practice_log.as_ref().and_then(|l| l.as_ref().ok())
    }

    /// Adds a practice session to the log; returns its index for a later update.
    pub fn log_practice(&mut self, entry: PracticeEntry) -> Result<usize, JournalError> {
        self.change_practice_log(None, |log| {
            log.entries.push(entry);
            log.entries.len() - 1
        })
    }

    /// Changes a logged session (e.g. adds the after-practice rating).
    pub fn update_practice(
        &mut self,
        index: usize,
        change: impl FnOnce(&mut PracticeEntry),
    ) -> Result<(), JournalError> {
        self.change_practice_log(Some(index), |log| {
            if let Some(e) = log.entries.get_mut(index) {
                change(e);
            }
        })
    }

    /// Changes the log in memory and saves the month of the session
    /// changed (`index`), or of the one added (None). A log still in its
    /// one-file format is first moved into its folder.
    fn change_practice_log<R>(
        &mut self,
        index: Option<usize>,
        change: impl FnOnce(&mut PracticeLog) -> R,
    ) -> Result<R, JournalError> {
        let folder = self.dir.practice_log();
        if let Err(e) = self.practice_log() {
            return Err(read_only(e));
        }
        let Some(Ok(log)) = self.practice_log.as_mut() else {
            return unreachable_loaded(&folder);
        };
        let result = change(log);
        let Some(layout) = self.practice_layout.as_mut() else {
            let old = self.dir.practice_log_v1();
            let version = self.older.get(&old).copied().unwrap_or(PRACTICE_LOG_VERSION);
            let layout = monthly::migrate_log(&*self.writer, &folder, log, &old, version)?;
            self.older.remove(&old);
            self.practice_layout = Some(layout);
            return Ok(result);
        };
        let month = match index {
            Some(i) => layout.month(i).map(str::to_string),
            None => log.entries.last().map(|e| layout.add(&e.start)),
        };
        let Some(month) = month else { return unreachable_loaded(&folder) };
        monthly::write_log_change(&*self.writer, &folder, log, layout, &month)?;
        Ok(result)
    }

    /// Replaces how bytes reach the disk (tests simulate a full disk with it).
    pub fn set_writer(&mut self, writer: std::sync::Arc<dyn Writer>) {
        self.writer = writer;
    }

    pub fn dir(&self) -> &DataDir {
        &self.dir
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Why progress is not being saved (its file is damaged), if it is not.
    pub fn progress_error(&self) -> Option<&JournalError> {
        self.progress_error.as_ref()
    }

    /// Changes progress and saves it. A damaged progress file is left as it
    /// is; the change then lives only in memory for this session.
    pub fn update_progress(&mut self, change: impl FnOnce(&mut Progress)) -> Result<(), JournalError> {
        let before = self.progress.clone();
        change(&mut self.progress);
        if self.progress == before {
            return Ok(());
        }
        if let Some(e) = &self.progress_error {
            return Err(e.clone());
        }
        // Written by `flush_progress` shortly after (and on quit): a place in
        // the workbook is not worth an fsync on every step.
        self.progress_dirty = true;
        Ok(())
    }

    /// Whether progress has changes not yet on disk.
    pub fn progress_pending(&self) -> bool {
        self.progress_dirty
    }

    /// Writes progress if it changed since the last write.
    pub fn flush_progress(&mut self) -> Result<(), JournalError> {
        if !self.progress_dirty {
            return Ok(());
        }
        write_tracked(&*self.writer, &mut self.older, &self.dir.progress(), &self.progress)?;
        self.progress_dirty = false;
        Ok(())
    }

    /// Loads a chapter's answers on first use.
    pub fn load_answers(&mut self, chapter: &str) -> Result<&Answers, &JournalError> {
        if !self.answers.contains_key(chapter) {
            let read = read_answers(&self.dir, chapter);
            self.take_answers(chapter, read);
        }
        match self.answers.get(chapter) {
            Some(r) => r.as_ref(),
            None => unreachable!("inserted just above"),
        }
    }

    /// Reads only the latest answers of each of a chapter's steps, from the
    /// top of its file, unless the chapter is read already. False when the
    /// file has none to offer (an older format, a file that does not start
    /// as expected): then only reading it whole can tell.
    pub fn load_recent(&mut self, chapter: &str) -> bool {
        if self.answers.contains_key(chapter) || self.recent.contains_key(chapter) {
            return true;
        }
        let folder = self.dir.answers(chapter);
        let recent = match monthly::is_folder(&folder) {
            Ok(true) => monthly::read_recent(&folder, chapter),
            Ok(false) => read_recent(&self.dir.answers_v2(chapter), chapter),
            Err(_) => None,
        };
        match recent {
            Some(recent) => {
                self.recent.insert(chapter.to_string(), recent);
                true
            }
            None => false,
        }
    }

    /// Takes the latest answers of a chapter worked out from all of them
    /// (read on the read-ahead thread, then let go of), in place of what
    /// `recent.ron` said: that file only repeats the months, and may have
    /// been edited by hand. True when the page may now show something else.
    pub fn settle_recent(&mut self, chapter: &str, recent: Recent) -> bool {
        if self.answers.contains_key(chapter) {
            return false;
        }
        self.recent.insert(chapter.to_string(), recent.clone()).is_none_or(|before| before != recent)
    }

    /// What a chapter's page can show: all its answers once read, else the
    /// latest ones from [`Journal::load_recent`].
    pub fn shown(&self, chapter: &str) -> Option<Result<Shown<'_>, &JournalError>> {
        match self.answers.get(chapter) {
            Some(read) => Some(read.as_ref().map(Shown::All)),
            None => self.recent.get(chapter).map(|r| Ok(Shown::Recent(r))),
        }
    }

    /// Takes in a chapter's answers read elsewhere (on the read-ahead thread),
    /// unless they were loaded meanwhile.
    pub fn take_answers(&mut self, chapter: &str, read: Result<Option<ReadChapter>, JournalError>) {
        self.recent.remove(chapter);
        if self.answers.contains_key(chapter) {
            return;
        }
        let result = read.map(|read| match read {
            Some(ReadChapter { answers, version, layout }) => {
                match layout {
                    Some(layout) => {
                        self.layouts.insert(chapter.to_string(), layout);
                        // A crash between putting the folder in place and
                        // keeping the old file as a backup leaves both.
                        let old = self.dir.answers_v2(chapter);
                        if fs::symlink_metadata(&old).is_ok() {
                            self.older.insert(old, ANSWERS_VERSION);
                        }
                    }
                    None => remember_older(&mut self.older, &self.dir.answers_v2(chapter), version, FOLDER_VERSION),
                }
                Answers { version: ANSWERS_VERSION, ..answers }
            }
            None => {
                self.layouts.insert(chapter.to_string(), Layout::default());
                Answers::new(chapter)
            }
        });
        self.answers.insert(chapter.to_string(), result);
    }

    /// Which month file holds each answer of a loaded chapter; None for a
    /// chapter still in its format-2 file.
    pub fn layout(&self, chapter: &str) -> Option<&Layout> {
        self.layouts.get(chapter)
    }

    /// Lets go of the answers read whole of every chapter but `keep`: a
    /// chapter is read whole to be written to, and years of answers of
    /// chapters left behind need not stay in memory. Their latest answers
    /// stay (a page draws from them); a damaged chapter stays known as such;
    /// a chapter whose last write failed stays whole.
    pub fn keep_only(&mut self, keep: &[&str]) {
        let unwritten = &self.unwritten;
        let layouts = &mut self.layouts;
        let recent = &mut self.recent;
        self.answers.retain(|chapter, read| {
            let stays = keep.contains(&chapter.as_str()) || unwritten.contains(chapter) || read.is_err();
            if !stays {
                // Only chapters in their folder: one still in its format-2
                // file is read whole again for History.
                let Some(_) = layouts.remove(chapter) else { return true };
                if let Ok(answers) = read {
                    recent.insert(chapter.clone(), Recent::of(answers));
                }
            }
            stays
        });
    }

    /// When the journal was opened: what [`tidy`] needs.
    pub fn opened(&self) -> std::time::SystemTime {
        self.opened
    }

    /// A chapter's answers if they have been loaded.
    pub fn answers(&self, chapter: &str) -> Option<Result<&Answers, &JournalError>> {
        self.answers.get(chapter).map(Result::as_ref)
    }

    /// A chapter's answers, loaded, for changing; an error if the file is damaged.
    fn answers_mut(&mut self, chapter: &str) -> Result<&mut Answers, JournalError> {
        let path = self.dir.answers(chapter);
        if let Err(e) = self.load_answers(chapter) {
            return Err(read_only(e));
        }
        match self.answers.get_mut(chapter) {
            Some(Ok(a)) => Ok(a),
            _ => unreachable_loaded(&path),
        }
    }

    /// Changes each time a chapter's answers change in memory.
    pub fn answers_generation(&self, chapter: &str) -> u64 {
        self.generations.get(chapter).copied().unwrap_or(0)
    }

    /// Saves the change to one answer: the answer `index` of `step` (of
    /// `kind`), just changed or added in memory. Only its month and the
    /// latest answers are written; a chapter still in its format-2 file is
    /// first moved into its folder.
    fn write_answers(&mut self, chapter: &str, kind: Kind, step: &str, index: usize) -> Result<(), JournalError> {
        let written = self.write_answers_now(chapter, kind, step, index);
        if written.is_err() {
            self.unwritten.insert(chapter.to_string());
        } else {
            self.unwritten.remove(chapter);
        }
        written
    }

    fn write_answers_now(&mut self, chapter: &str, kind: Kind, step: &str, index: usize) -> Result<(), JournalError> {
        *self.generations.entry(chapter.to_string()).or_insert(0) += 1;
        let folder = self.dir.answers(chapter);
        let Some(Ok(answers)) = self.answers.get(chapter) else {
            return unreachable_loaded(&folder);
        };
        let Some(layout) = self.layouts.get_mut(chapter) else {
            let old = self.dir.answers_v2(chapter);
            let version = self.older.get(&old).copied().unwrap_or(ANSWERS_VERSION);
            let (layout, _) = monthly::migrate(&*self.writer, &folder, answers, &old, version)?;
            self.older.remove(&old);
            self.layouts.insert(chapter.to_string(), layout);
            return Ok(());
        };
        let old = self.dir.answers_v2(chapter);
        // Renamed to its backup name, so nobody takes it for the chapter;
        // if that fails it stays as it is, and the save goes on.
        if let Some(version) = self.older.remove(&old) {
            let _ = monthly::keep_old(&old, version);
        }
        let month = match layout.month(kind, step, index) {
            Some(month) => month.to_string(),
            None => {
                let at = match kind {
                    Kind::Reflection => answers.reflections(step).get(index).and_then(Reflection::created),
                    Kind::Scale => answers.scales(step).get(index).map(|s| s.at),
                    Kind::Choice => answers.choices(step).get(index).map(|c| c.at),
                };
                let Some(at) = at else { return unreachable_loaded(&folder) };
                layout.add(kind, step, &at)
            }
        };
        // A new version of an answer older than a step's latest ones
        // leaves them as they are.
        let recent = kind != Kind::Reflection || index + RECENT_REFLECTIONS >= answers.reflections(step).len();
        monthly::write_change(&*self.writer, &folder, answers, layout, &month, recent)
    }

    /// Saves the text of an editor session. Returns `Ok(false)` when there
    /// was nothing to save (a new answer with no text).
    /// Where the next save of an editor session writing to `target` will
    /// put its text: the answer and version [`Journal::save_reflection`]
    /// creates, or `target` itself when it already names a version. Recorded
    /// in progress before that save, so a restart after a crash at any
    /// moment agrees with the file.
    pub fn next_target(&mut self, chapter: &str, step: &str, target: EditTarget) -> Result<EditTarget, JournalError> {
        let list = self.answers_mut(chapter)?.reflections(step);
        Ok(match (target.entry.filter(|&i| i < list.len()), target.revision) {
            (None, _) => EditTarget { entry: Some(list.len()), revision: Some(0) },
            (Some(e), Some(r)) if r < list[e].revisions.len() => target,
            (Some(e), _) => EditTarget { entry: Some(e), revision: Some(list[e].revisions.len()) },
        })
    }

    pub fn save_reflection(
        &mut self,
        chapter: &str,
        step: &str,
        target: &mut EditTarget,
        text: &str,
        now: Timestamp,
    ) -> Result<bool, JournalError> {
        let list = self.answers_mut(chapter)?.reflections.entry(StepId::from(step)).or_default();
        let revision = Revision { at: now, text: text.to_string() };
        let index;
        match (target.entry.filter(|&i| i < list.len()), target.revision) {
            (None, _) => {
                if text.trim().is_empty() {
                    return Ok(false);
                }
                list.push(Reflection { revisions: vec![revision] });
                index = list.len() - 1;
                target.entry = Some(index);
                target.revision = Some(0);
            }
            (Some(e), Some(r)) if r < list[e].revisions.len() => {
                list[e].revisions[r] = revision;
                index = e;
            }
            (Some(e), _) => {
                if list[e].latest().is_some_and(|r| r.text == text) {
                    return Ok(false);
                }
                list[e].revisions.push(revision);
                target.revision = Some(list[e].revisions.len() - 1);
                index = e;
            }
        }
        self.write_answers(chapter, Kind::Reflection, step, index)?;
        Ok(true)
    }

    /// Adds a check-in; earlier ones are kept.
    pub fn save_scale(&mut self, chapter: &str, step: &str, value: i32, now: Timestamp) -> Result<(), JournalError> {
        let list = self.answers_mut(chapter)?.scales.entry(StepId::from(step)).or_default();
        list.push(ScaleAnswer { at: now, value });
        let index = list.len() - 1;
        self.write_answers(chapter, Kind::Scale, step, index)
    }

    /// Adds a choice; earlier ones are kept.
    pub fn save_choice(&mut self, chapter: &str, step: &str, answer: ChoiceAnswer) -> Result<(), JournalError> {
        let list = self.answers_mut(chapter)?.choices.entry(StepId::from(step)).or_default();
        list.push(answer);
        let index = list.len() - 1;
        self.write_answers(chapter, Kind::Choice, step, index)
    }
}

/// The `recent` part at the top of a chapter's answers file, read without
/// going further: the parse is stopped on purpose once it is in. None when
/// the file does not begin with a readable `version`, `chapter` and `recent`
/// of today's format for this chapter.
pub fn read_recent(path: &Path, chapter: &str) -> Option<Recent> {
    use std::io::Read;
    // Only the start of the file is read: `recent` is a few kilobytes
    // however many years of answers follow it.
    let mut file = open_regular(path).ok()?;
    let mut bytes = Vec::new();
    let mut want: usize = 64 * 1024;
    loop {
        let missing = want - bytes.len();
        let got = (&mut file).take(missing as u64).read_to_end(&mut bytes).ok()?;
        let whole = got < missing;
        let text = match simdutf8::compat::from_utf8(&bytes) {
            Ok(text) => text,
            // A character cut at the end of what was read so far.
            Err(e) if e.error_len().is_none() && !whole => std::str::from_utf8(&bytes[..e.valid_up_to()]).ok()?,
            Err(_) => return None,
        };
        match parse_recent(text) {
            RecentTop { version: Some(ANSWERS_VERSION), chapter: Some(c), recent: Some(recent), .. } => {
                return (c == chapter).then_some(recent);
            }
            // What was read shows the file has none: an older format, the
            // lists first, another chapter, or damage before the end.
            RecentTop { version: Some(v), .. } if v != ANSWERS_VERSION => return None,
            RecentTop { chapter: Some(c), .. } if c != chapter => return None,
            RecentTop { passed: true, .. } => return None,
            _ if whole => return None,
            // Cut short by the end of what was read so far.
            _ => want *= 4,
        }
    }
}

fn parse_recent(text: &str) -> RecentTop {
    use serde::de::DeserializeSeed;
    let mut top = RecentTop::default();
    if let Ok(mut deserializer) = ron::Deserializer::from_str(text) {
        // Ends in the error that stops the parse: what was read is in `top`.
        let _ = ReadRecent(&mut top).deserialize(&mut deserializer);
    }
    top
}

#[derive(Default)]
struct RecentTop {
    version: Option<u32>,
    chapter: Option<String>,
    recent: Option<Recent>,
    /// A field that comes after `recent` was met first.
    passed: bool,
}

struct ReadRecent<'a>(&'a mut RecentTop);

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum TopField {
    Version,
    Chapter,
    Recent,
    Reflections,
    Scales,
    Choices,
}

impl<'de> serde::de::DeserializeSeed<'de> for ReadRecent<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        const FIELDS: &[&str] = &["version", "chapter", "recent", "reflections", "scales", "choices"];
        deserializer.deserialize_struct("Answers", FIELDS, self)
    }
}

impl<'de> serde::de::Visitor<'de> for ReadRecent<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answers file")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error;
        while let Some(field) = map.next_key::<TopField>()? {
            match field {
                TopField::Version => self.0.version = Some(map.next_value()?),
                TopField::Chapter => self.0.chapter = Some(map.next_value()?),
                TopField::Recent => {
                    self.0.recent = Some(map.next_value()?);
                    break;
                }
                // The lists come after `recent` in the files we write.
                _ => {
                    self.0.passed = true;
                    break;
                }
            }
        }
        Err(A::Error::custom("stopped after `recent`"))
    }
}

/// Reads a file and remembers it when it is in an older format.
fn read_tracked<T: DeserializeOwned + Versioned>(
    older: &mut HashMap<PathBuf, u32>,
    path: &Path,
    known: u32,
) -> Result<Option<T>, JournalError> {
    Ok(read_versioned::<T>(path, known)?.map(|(value, version)| {
        remember_older(older, path, version, known);
        value
    }))
}

fn remember_older(older: &mut HashMap<PathBuf, u32>, path: &Path, version: u32, known: u32) {
    if version < known {
        older.insert(path.to_path_buf(), version);
    }
}

/// A chapter's answers as read, and how they were kept.
#[derive(Debug)]
pub struct ReadChapter {
    pub answers: Answers,
    /// The format they were in.
    pub version: u32,
    /// Where each answer is, for answers read from the chapter's folder;
    /// None for a format-2 (or older) file.
    pub layout: Option<Layout>,
}

/// The data of workbook `id` in the data folder `root`; an id that is not
/// kebab-case cannot name a folder there.
fn book_dir(root: &Path, id: &str) -> Result<DataDir, DataDirError> {
    DataDir::for_workbook(root, id)
        .map_err(|e| DataDirError::Use { path: root.to_path_buf(), source: std::io::Error::other(e.to_string()) })
}

/// The folders that grow with the years: a month file or a take each
/// (and the chapters' folders in `answers/`).
const GROWING: &[&str] = &["assessments", "practice-log"];

/// What [`Journal::open`] leaves for after the first frame, on another
/// thread, as it grows with the years: the modes of every file (see
/// [`folder::tighten_files`]), and temporaries a crash left among the
/// months and takes. Only temporaries older than the journal's opening
/// (less a margin for coarse file times) go: a newer one may be a write of
/// this run in progress.
pub fn tidy(dir: &DataDir, opened: std::time::SystemTime) {
    folder::tighten_files(dir.root());
    if dir.book() != dir.root() {
        folder::tighten_files(dir.book());
    }
    let before = opened.checked_sub(std::time::Duration::from_secs(2)).unwrap_or(opened);
    let folders =
        [dir.assessments_dir(), dir.practice_log()].into_iter().chain(monthly::chapter_folders(&dir.answers_dir()));
    for folder in folders {
        super::atomic::remove_temporaries_older(&folder, before);
    }
}

/// A chapter's answers, from its folder or else from its format-2 file,
/// checked to be that chapter's, with the room the parser left in its texts
/// given back. The one way the journal, the read-ahead thread and the
/// export read answers. `Ok(None)`: the chapter has none yet.
pub fn read_answers(dir: &DataDir, chapter: &str) -> Result<Option<ReadChapter>, JournalError> {
    let folder = dir.answers(chapter);
    if monthly::is_folder(&folder)? {
        let (mut answers, layout) = monthly::read_folder(&folder, chapter)?;
        answers.shrink_to_fit();
        return Ok(Some(ReadChapter { answers, version: FOLDER_VERSION, layout: Some(layout) }));
    }
    Ok(read_answers_v2(&dir.answers_v2(chapter), chapter)?.map(|(answers, version)| ReadChapter {
        answers,
        version,
        layout: None,
    }))
}

/// The practice log, from its folder of months or else its one file
/// (then without a layout); `Ok(None)` when nothing was logged yet. The one
/// way the journal and the export read it.
pub fn read_practice_log(dir: &DataDir) -> Result<Option<(PracticeLog, Option<LogLayout>)>, JournalError> {
    let folder = dir.practice_log();
    if monthly::is_folder(&folder)? {
        let (log, layout) = monthly::read_log_folder(&folder)?;
        return Ok(Some((log, Some(layout))));
    }
    Ok(read_versioned::<PracticeLog>(&dir.practice_log_v1(), PRACTICE_LOG_VERSION)?
        .map(|(log, version)| (PracticeLog { version, ..log }, None)))
}

/// The practice sessions of the given months (`YYYY-MM`), read from their
/// month files only; from a log still in one file (format 1), all of it.
/// `Ok` and empty when nothing was logged yet.
pub fn read_practice_months(dir: &DataDir, months: &[String]) -> Result<Vec<PracticeEntry>, JournalError> {
    let folder = dir.practice_log();
    if monthly::is_folder(&folder)? {
        return monthly::read_log_months(&folder, months);
    }
    Ok(read_file::<PracticeLog>(&dir.practice_log_v1(), PRACTICE_LOG_VERSION)?
        .map(|log| log.entries)
        .unwrap_or_default())
}

/// A chapter's answers file of format 2 (or older).
fn read_answers_v2(path: &Path, chapter: &str) -> Result<Option<(Answers, u32)>, JournalError> {
    match read_versioned::<Answers>(path, ANSWERS_VERSION)? {
        Some((a, _)) if a.chapter != chapter => Err(JournalError {
            path: path.to_path_buf(),
            position: None,
            message: format!("holds answers of chapter {:?}, not {chapter:?}", a.chapter),
        }),
        Some((mut a, version)) => {
            a.shrink_to_fit();
            Ok(Some((a, version)))
        }
        None => Ok(None),
    }
}

/// Before a file read in an older format is first rewritten, its original
/// is kept as `NAME.v<N>.bak` (never replacing an earlier backup).
fn back_up_older(older: &mut HashMap<PathBuf, u32>, path: &Path) -> Result<(), JournalError> {
    let Some(&version) = older.get(path) else { return Ok(()) };
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".v{version}.bak"));
    let backup = path.with_file_name(name);
    if !backup.exists() {
        let bytes = read_regular(path).map_err(|e| JournalError::io(path, "cannot read for the backup", &e))?;
        write_atomic(&backup, &bytes).map_err(|e| JournalError::io(&backup, "cannot write the backup", &e))?;
    }
    older.remove(path);
    Ok(())
}

/// The newest readable take: take files are named by their time, so the
/// last names are tried first.
fn read_latest_take(dir: &Path) -> Option<Take> {
    read_newest_take(dir).take
}

/// The newest readable take, and the newer files that could not be read
/// (or the folder, when it cannot be listed).
#[derive(Debug, Default)]
pub struct NewestTake {
    pub take: Option<Take>,
    pub damaged: Vec<JournalError>,
}

/// Reads the take files newest first until one can be read: one file in
/// the usual case, however many years of takes there are.
pub fn read_newest_take(dir: &Path) -> NewestTake {
    let mut out = NewestTake::default();
    let names = take_names(dir).unwrap_or_else(|e| {
        out.damaged.push(e);
        Vec::new()
    });
    for name in names.iter().rev() {
        let path = dir.join(name);
        match read_file::<Take>(&path, TAKE_VERSION) {
            Ok(Some(take)) => {
                out.take = Some(take);
                break;
            }
            Ok(None) => {}
            Err(e) => out.damaged.push(e),
        }
    }
    out
}

/// The take files in a folder (not the draft), sorted by name.
fn take_paths(dir: &Path) -> Result<Vec<PathBuf>, JournalError> {
    Ok(take_names(dir)?.into_iter().map(|n| dir.join(n)).collect())
}

/// The names of the take files in a folder, sorted.
fn take_names(dir: &Path) -> Result<Vec<std::ffi::OsString>, JournalError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            let message = format!("cannot read the folder of self-assessments: {e}");
            return Err(JournalError { path: dir.to_path_buf(), position: None, message });
        }
    };
    // Sorted by name, not by path: comparing paths splits each into its
    // components on every comparison, which with a thousand takes cost a
    // millisecond that `mscwork today` (and Home's plan) would pay.
    let mut names: Vec<std::ffi::OsString> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| Path::new(n).extension().is_some_and(|x| x == "ron") && n != "draft.ron")
        .collect();
    names.sort_unstable();
    Ok(names)
}

/// Reads every take file; the draft and unreadable files are set aside.
pub fn read_takes(dir: &Path) -> Takes {
    let mut out = Takes::default();
    let paths = take_paths(dir).unwrap_or_else(|e| {
        out.damaged.push(e);
        Vec::new()
    });
    for path in paths {
        match read_file::<Take>(&path, TAKE_VERSION) {
            Ok(Some(take)) => out.takes.push((path, take)),
            Ok(None) => {}
            Err(e) => out.damaged.push(e),
        }
    }
    out.takes.sort_by_key(|(_, t)| t.taken);
    out
}

fn read_only(e: &JournalError) -> JournalError {
    JournalError {
        path: e.path.clone(),
        position: e.position,
        message: format!("{} — read-only until the file is repaired", e.message),
    }
}

fn unreachable_loaded<T>(path: &Path) -> Result<T, JournalError> {
    Err(JournalError { path: path.to_path_buf(), position: None, message: "answers were not loaded".into() })
}

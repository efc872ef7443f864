//! A chapter's answers on disk since format 3: a folder `answers/<chapter>/`
//! with one file per month, `YYYY-MM.ron`, holding the answers begun that
//! month with all their versions, and `recent.ron`, the latest answers of
//! each step, from which a step's page is drawn before the rest is read.
//! A save rewrites one month and `recent.ron`: a few kilobytes, however
//! many years the journal holds.
//!
//! Format 2 kept a chapter in one file, `answers/<chapter>.ron`, rewritten
//! whole on every save. It is read as before; on the chapter's first save
//! it moves into a folder (see [`migrate`]) and the old file is kept as
//! `<chapter>.ron.v2.bak`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{Writer, create_private_dir, write_atomic_with};
use super::ids::{ChapterId, StepId};
use super::model::{
    Answers, ChoiceAnswer, PracticeEntry, PracticeLog, Recent, RecentOf, Reflection, ScaleAnswer, Timestamp,
};
use super::store::{JournalError, Versioned, read_versioned, to_ron};

/// The version of month files and `recent.ron`.
pub const FOLDER_VERSION: u32 = 3;

/// The name of the file with each step's latest answers.
pub const RECENT_FILE: &str = "recent.ron";

/// How a folder being filled by [`migrate`] ends; such a folder left by a
/// crash is removed on the next start (the old file is still in place).
const FILLING_SUFFIX: &str = ".new";

/// Which month file holds each answer of a chapter: per step, runs of
/// consecutive answers (in the order of the step's list) with their month.
/// Months only grow along a step's list, so the list is its months' lists
/// put together in order, and an answer's place in it never changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    reflections: BTreeMap<StepId, Vec<Run>>,
    scales: BTreeMap<StepId, Vec<Run>>,
    choices: BTreeMap<StepId, Vec<Run>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Run {
    month: String,
    count: usize,
}

/// The three kinds of answer, each a list per step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Reflection,
    Scale,
    Choice,
}

fn month_of(at: &Timestamp) -> String {
    at.format("%Y-%m").to_string()
}

/// `YYYY-MM.ron`: the month it holds.
fn month_of_name(name: &str) -> Option<&str> {
    let month = name.strip_suffix(".ron")?;
    let b = month.as_bytes();
    let ok = b.len() == 7 && b[4] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit());
    ok.then_some(month)
}

impl Layout {
    /// The layout for answers read from a format-2 file: each answer goes to
    /// the month it was begun in, or a later one where the clock went back,
    /// so that months grow along every list.
    pub fn of(answers: &Answers) -> Layout {
        fn runs<T>(
            lists: &BTreeMap<StepId, Vec<T>>,
            at: impl Fn(&T) -> Option<Timestamp>,
        ) -> BTreeMap<StepId, Vec<Run>> {
            lists
                .iter()
                .map(|(step, list)| {
                    let mut runs: Vec<Run> = Vec::new();
                    for item in list {
                        push(&mut runs, at(item).map(|t| month_of(&t)));
                    }
                    (step.clone(), runs)
                })
                .collect()
        }
        Layout {
            reflections: runs(&answers.reflections, Reflection::created),
            scales: runs(&answers.scales, |s| Some(s.at)),
            choices: runs(&answers.choices, |c| Some(c.at)),
        }
    }

    fn runs(&self, kind: Kind) -> &BTreeMap<StepId, Vec<Run>> {
        match kind {
            Kind::Reflection => &self.reflections,
            Kind::Scale => &self.scales,
            Kind::Choice => &self.choices,
        }
    }

    fn runs_mut(&mut self, kind: Kind) -> &mut BTreeMap<StepId, Vec<Run>> {
        match kind {
            Kind::Reflection => &mut self.reflections,
            Kind::Scale => &mut self.scales,
            Kind::Choice => &mut self.choices,
        }
    }

    /// Places an answer just added at the end of its step's list, begun at
    /// `at`; returns the month file it goes in.
    pub fn add(&mut self, kind: Kind, step: &str, at: &Timestamp) -> String {
        let runs = self.runs_mut(kind).entry(StepId::from(step)).or_default();
        push(runs, Some(month_of(at)));
        runs.last().map(|r| r.month.clone()).unwrap_or_default()
    }

    /// The month file of the `index`th answer of a step.
    pub fn month(&self, kind: Kind, step: &str, index: usize) -> Option<&str> {
        let mut start = 0;
        for run in self.runs(kind).get(step)? {
            if index < start + run.count {
                return Some(&run.month);
            }
            start += run.count;
        }
        None
    }

    /// The month file of the `index`th answer of a step, and the answer's
    /// place in that month's list of the step.
    pub fn locate(&self, kind: Kind, step: &str, index: usize) -> Option<(&str, usize)> {
        let mut start = 0;
        for run in self.runs(kind).get(step)? {
            if index < start + run.count {
                return Some((&run.month, index - start));
            }
            start += run.count;
        }
        None
    }

    /// Every month that holds an answer.
    pub fn months(&self) -> BTreeSet<&str> {
        [&self.reflections, &self.scales, &self.choices]
            .into_iter()
            .flat_map(|lists| lists.values().flatten().map(|r| r.month.as_str()))
            .collect()
    }

    /// The part of a step's list in `month`.
    fn range(runs: &[Run], month: &str) -> Option<std::ops::Range<usize>> {
        let mut start = 0;
        for run in runs {
            if run.month == month {
                return Some(start..start + run.count);
            }
            start += run.count;
        }
        None
    }
}

/// Adds one answer to a step's runs: into `month`, or the step's latest
/// month if that is later (or the answer has no date).
fn push(runs: &mut Vec<Run>, month: Option<String>) {
    match runs.last_mut() {
        Some(last) if month.as_ref().is_none_or(|m| *m <= last.month) => last.count += 1,
        _ => runs.push(Run { month: month.unwrap_or_else(|| "0000-00".into()), count: 1 }),
    }
}

/// A month file as written: borrowed from the chapter's lists.
#[derive(Serialize)]
struct MonthOut<'a> {
    version: u32,
    chapter: &'a str,
    month: &'a str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    reflections: BTreeMap<&'a str, &'a [Reflection]>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    scales: BTreeMap<&'a str, &'a [ScaleAnswer]>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    choices: BTreeMap<&'a str, &'a [ChoiceAnswer]>,
}

impl<'a> MonthOut<'a> {
    fn new(answers: &'a Answers, layout: &'a Layout, month: &'a str) -> Self {
        fn part<'a, T>(
            lists: &'a BTreeMap<StepId, Vec<T>>,
            runs: &BTreeMap<StepId, Vec<Run>>,
            month: &str,
        ) -> BTreeMap<&'a str, &'a [T]> {
            lists
                .iter()
                .filter_map(|(step, list)| {
                    let range = Layout::range(runs.get(step)?, month)?;
                    Some((step.as_str(), list.get(range)?))
                })
                .filter(|(_, part)| !part.is_empty())
                .collect()
        }
        MonthOut {
            version: FOLDER_VERSION,
            chapter: &answers.chapter,
            month,
            reflections: part(&answers.reflections, &layout.reflections, month),
            scales: part(&answers.scales, &layout.scales, month),
            choices: part(&answers.choices, &layout.choices, month),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MonthIn {
    version: u32,
    chapter: ChapterId,
    month: String,
    #[serde(default)]
    reflections: BTreeMap<StepId, Vec<Reflection>>,
    #[serde(default)]
    scales: BTreeMap<StepId, Vec<ScaleAnswer>>,
    #[serde(default)]
    choices: BTreeMap<StepId, Vec<ChoiceAnswer>>,
}

#[derive(Serialize)]
struct RecentOut<'a> {
    version: u32,
    chapter: &'a str,
    recent: RecentOf<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecentIn {
    version: u32,
    chapter: ChapterId,
    recent: Recent,
}

impl Versioned for MonthIn {
    fn version(&self) -> u32 {
        self.version
    }
}

impl Versioned for RecentIn {
    fn version(&self) -> u32 {
        self.version
    }
}

fn month_text(answers: &Answers, layout: &Layout, month: &str, path: &Path) -> Result<String, JournalError> {
    encode(&MonthOut::new(answers, layout, month), path)
}

fn recent_text(answers: &Answers, path: &Path) -> Result<String, JournalError> {
    encode(&RecentOut { version: FOLDER_VERSION, chapter: &answers.chapter, recent: RecentOf::new(answers) }, path)
}

fn encode<T: Serialize>(value: &T, path: &Path) -> Result<String, JournalError> {
    to_ron(value).map_err(|e| JournalError {
        path: path.to_path_buf(),
        position: None,
        message: format!("cannot encode: {e}"),
    })
}

fn io_error(path: &Path, action: &str, e: &io::Error) -> JournalError {
    JournalError::io(path, action, e)
}

/// Whether `folder` is there as a real folder (not a link to one); an
/// error when something else stands in its place.
pub fn is_folder(folder: &Path) -> Result<bool, JournalError> {
    match fs::symlink_metadata(folder) {
        Ok(meta) if meta.is_dir() => Ok(true),
        Ok(meta) => {
            let kind = if meta.file_type().is_symlink() {
                "a symbolic link"
            } else {
                super::files::odd_kind(&meta.file_type()).unwrap_or("a file")
            };
            Err(JournalError {
                path: folder.to_path_buf(),
                position: None,
                message: format!("is {kind}, not a folder of answers; move it away and start again"),
            })
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error(folder, "cannot read", &e)),
    }
}

/// Reads a chapter's folder: every month, in order, put together.
pub fn read_folder(folder: &Path, chapter: &str) -> Result<(Answers, Layout), JournalError> {
    let mut answers = Answers::new(chapter);
    let mut layout = Layout::default();
    for_each_month(folder, chapter, |month, part| {
        merge(&mut answers.reflections, &mut layout.reflections, part.reflections, month);
        merge(&mut answers.scales, &mut layout.scales, part.scales, month);
        merge(&mut answers.choices, &mut layout.choices, part.choices, month);
    })?;
    Ok((answers, layout))
}

/// Reads a chapter's folder one month at a time, oldest first, handing
/// each month's answers to `each` (each step's list holds that month's
/// part): what is built from them need not hold all of them at once.
pub fn for_each_month(folder: &Path, chapter: &str, mut each: impl FnMut(&str, Answers)) -> Result<(), JournalError> {
    for (month, path) in month_files(folder)? {
        let Some(file) = read_month_file(&path, chapter, &month)? else { continue };
        let mut part = Answers::new(chapter);
        part.reflections = file.reflections;
        part.scales = file.scales;
        part.choices = file.choices;
        each(&month, part);
    }
    Ok(())
}

/// The answers of one month of a chapter's folder (each step's list holds
/// only that month's part; see [`Layout::locate`]).
pub fn read_month(folder: &Path, chapter: &str, month: &str) -> Result<Answers, JournalError> {
    let file = read_month_file(&folder.join(format!("{month}.ron")), chapter, month)?;
    let mut answers = Answers::new(chapter);
    if let Some(file) = file {
        answers.reflections = file.reflections;
        answers.scales = file.scales;
        answers.choices = file.choices;
    }
    Ok(answers)
}

fn read_month_file(path: &Path, chapter: &str, month: &str) -> Result<Option<MonthIn>, JournalError> {
    // A month is a file of the chapter's own folder: a link put in its place
    // would show someone else's text as the user's (the folder itself may
    // not be a link either, see [`is_folder`]).
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(JournalError {
            path: path.to_path_buf(),
            position: None,
            message: "is a symbolic link, not a month of answers; move it away and start again".into(),
        });
    }
    let Some((file, _)) = read_versioned::<MonthIn>(path, FOLDER_VERSION)? else { return Ok(None) };
    if file.chapter != chapter || file.month != month {
        return Err(JournalError {
            path: path.to_path_buf(),
            position: None,
            message: format!(
                "holds answers of chapter {:?} for {}, not of {chapter:?} for {month}",
                file.chapter, file.month
            ),
        });
    }
    Ok(Some(file))
}

fn merge<T>(
    lists: &mut BTreeMap<StepId, Vec<T>>,
    runs: &mut BTreeMap<StepId, Vec<Run>>,
    part: BTreeMap<StepId, Vec<T>>,
    month: &str,
) {
    for (step, items) in part {
        if items.is_empty() {
            continue;
        }
        runs.entry(step.clone()).or_default().push(Run { month: month.to_string(), count: items.len() });
        lists.entry(step).or_default().extend(items);
    }
}

/// The latest answers of each step from `recent.ron`, if it is there and
/// readable; otherwise the whole folder has to be read.
pub fn read_recent(folder: &Path, chapter: &str) -> Option<Recent> {
    let (file, _) = read_versioned::<RecentIn>(&folder.join(RECENT_FILE), FOLDER_VERSION).ok()??;
    (file.chapter == chapter).then_some(file.recent)
}

/// Writes the month of a changed answer, then (`recent`) the latest
/// answers. The folder is made if needed (0700) and must be a real folder.
pub fn write_change(
    writer: &dyn Writer,
    folder: &Path,
    answers: &Answers,
    layout: &Layout,
    month: &str,
    recent: bool,
) -> Result<(), JournalError> {
    if !is_folder(folder)? {
        create_private_dir(folder).map_err(|e| io_error(folder, "cannot create the folder", &e))?;
        is_folder(folder)?;
    }
    let path = folder.join(format!("{month}.ron"));
    let text = month_text(answers, layout, month, &path)?;
    write_atomic_with(writer, &path, text.as_bytes()).map_err(|e| io_error(&path, "cannot save", &e))?;
    if !recent && fs::symlink_metadata(folder.join(RECENT_FILE)).is_ok() {
        return Ok(());
    }
    let path = folder.join(RECENT_FILE);
    let text = recent_text(answers, &path)?;
    write_atomic_with(writer, &path, text.as_bytes()).map_err(|e| io_error(&path, "cannot save", &e))
}

/// Moves a chapter kept in one format-2 (or older) file, `old`, into its
/// folder: every month and `recent.ron` are written into a new private
/// folder beside it and flushed to disk, the folder is renamed into place,
/// and only then is the old file renamed to its backup. A crash before the
/// folder's rename leaves the old file as the chapter (the half-filled
/// folder goes on the next start); after it, the folder is complete.
/// Returns the layout and where the old file was kept.
pub fn migrate(
    writer: &dyn Writer,
    folder: &Path,
    answers: &Answers,
    old: &Path,
    old_version: u32,
) -> Result<(Layout, PathBuf), JournalError> {
    let layout = write_folder(writer, folder, answers)?;
    let backup = keep_old(old, old_version)?;
    Ok((layout, backup))
}

/// Writes a chapter's whole folder, which must not exist yet: every month
/// and `recent.ron`, filled beside it, flushed to disk and renamed into
/// place (the part of [`migrate`] that needs no old file; the benchmarks'
/// data generator writes its folders with it). Returns the layout.
pub fn write_folder(writer: &dyn Writer, folder: &Path, answers: &Answers) -> Result<Layout, JournalError> {
    let layout = Layout::of(answers);
    let mut files = Vec::new();
    for month in layout.months() {
        let name = format!("{month}.ron");
        files.push((name.clone(), month_text(answers, &layout, month, &folder.join(&name))?));
    }
    files.push((RECENT_FILE.to_string(), recent_text(answers, &folder.join(RECENT_FILE))?));
    fill_and_put_in_place(writer, folder, &answers.chapter, files)?;
    Ok(layout)
}

/// Writes `files` into a new private folder beside `folder`, flushes them
/// and the folder to disk, and renames it to `folder`, which must not
/// exist yet. On any error the new folder is removed and nothing changed.
fn fill_and_put_in_place(
    writer: &dyn Writer,
    folder: &Path,
    name: &str,
    files: Vec<(String, String)>,
) -> Result<(), JournalError> {
    let parent = folder.parent().unwrap_or(Path::new("."));
    create_private_dir(parent).map_err(|e| io_error(parent, "cannot create the folder", &e))?;
    let filling = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(FILLING_SUFFIX)
        .rand_bytes(8)
        .tempdir_in(parent)
        .map_err(|e| io_error(parent, "cannot create a folder", &e))?;
    for (name, text) in files {
        let path = filling.path().join(name);
        let mut file = File::options()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| io_error(&path, "cannot create", &e))?;
        writer
            .fill(&mut file, text.as_bytes())
            .and_then(|()| file.flush())
            .and_then(|()| file.sync_all())
            .map_err(|e| io_error(&path, "cannot save", &e))?;
    }
    sync_dir(filling.path())?;
    let filled = filling.keep();
    if let Err(e) = fs::rename(&filled, folder) {
        let _ = fs::remove_dir_all(&filled);
        return Err(io_error(folder, "cannot put the folder in place", &e));
    }
    sync_dir(parent)
}

/// Renames the format-2 file of a chapter whose folder is in place to a
/// backup name not taken yet: `NAME.v<N>.bak`, then `NAME.v<N>-2.bak`, …
pub fn keep_old(old: &Path, version: u32) -> Result<PathBuf, JournalError> {
    let parent = old.parent().unwrap_or(Path::new("."));
    let name = old.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let backup = (1..)
        .map(|n| {
            let suffix = if n == 1 { format!(".v{version}.bak") } else { format!(".v{version}-{n}.bak") };
            parent.join(format!("{name}{suffix}"))
        })
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| parent.join(format!("{name}.v{version}.bak")));
    fs::rename(old, &backup).map_err(|e| io_error(old, "cannot keep as a backup", &e))?;
    sync_dir(parent)?;
    Ok(backup)
}

fn sync_dir(dir: &Path) -> Result<(), JournalError> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| io_error(dir, "cannot save", &e))
}

/// Removes folders half filled by [`migrate`] that a crash left in
/// `answers/` (their chapter's old file is still in place).
pub fn remove_leftovers(answers_dir: &Path) {
    let Ok(entries) = fs::read_dir(answers_dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        // DirEntry::file_type does not follow a symbolic link.
        if entry.file_type().is_ok_and(|t| t.is_dir()) && is_filling(name) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Each chapter's folder in `answers/` (real folders, with a chapter's name).
pub fn chapter_folders(answers_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(answers_dir) else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter(|e| e.file_name().to_str().is_some_and(|n| super::paths::check_id(n).is_ok()))
        .map(|e| e.path())
        .collect()
}

/// Removes folders half filled by [`migrate_log`] from the data folder.
pub fn remove_half_filled(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let real_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if real_dir && entry.file_name().to_str().is_some_and(is_filling) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// `.<chapter>.<8 random>.new`, as [`migrate`] names the folder it fills.
fn is_filling(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.').and_then(|n| n.strip_suffix(FILLING_SUFFIX)) else { return false };
    rest.rsplit_once('.').is_some_and(|(chapter, random)| {
        super::paths::check_id(chapter).is_ok()
            && random.len() == 8
            && random.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// The practice log since format 2: `practice-log/YYYY-MM.ron`, one file
/// per month with the sessions started in it. Which month holds each
/// session, in the order of the log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogLayout(Vec<Run>);

/// The version of the practice log's month files.
pub const LOG_VERSION: u32 = 2;

impl LogLayout {
    /// For a log read from its one-file format: each session in the month
    /// it started, or a later one where the clock went back.
    pub fn of(entries: &[PracticeEntry]) -> LogLayout {
        let mut runs = Vec::new();
        for e in entries {
            push(&mut runs, Some(month_of(&e.start)));
        }
        LogLayout(runs)
    }

    /// Places a session just added at the end of the log; returns its month.
    pub fn add(&mut self, start: &Timestamp) -> String {
        push(&mut self.0, Some(month_of(start)));
        self.0.last().map(|r| r.month.clone()).unwrap_or_default()
    }

    /// The month file of the `index`th session.
    pub fn month(&self, index: usize) -> Option<&str> {
        let mut start = 0;
        for run in &self.0 {
            if index < start + run.count {
                return Some(&run.month);
            }
            start += run.count;
        }
        None
    }
}

#[derive(Serialize)]
struct LogMonthOut<'a> {
    version: u32,
    month: &'a str,
    entries: &'a [PracticeEntry],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LogMonthIn {
    version: u32,
    month: String,
    #[serde(default)]
    entries: Vec<PracticeEntry>,
}

impl Versioned for LogMonthIn {
    fn version(&self) -> u32 {
        self.version
    }
}

fn log_month_text(log: &PracticeLog, layout: &LogLayout, month: &str, path: &Path) -> Result<String, JournalError> {
    let range = Layout::range(&layout.0, month).unwrap_or(0..0);
    let entries = log.entries.get(range).unwrap_or_default();
    encode(&LogMonthOut { version: LOG_VERSION, month, entries }, path)
}

/// The month files in `folder` (`YYYY-MM.ron`), oldest first.
fn month_files(folder: &Path) -> Result<Vec<(String, PathBuf)>, JournalError> {
    let entries = fs::read_dir(folder).map_err(|e| io_error(folder, "cannot read the folder", &e))?;
    let mut months: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name();
            let month = month_of_name(name.to_str()?)?.to_string();
            Some((month, e.path()))
        })
        .collect();
    months.sort();
    Ok(months)
}

/// One month file's sessions; a file holding another month's is an error.
fn read_log_month(month: &str, path: PathBuf) -> Result<Vec<PracticeEntry>, JournalError> {
    let Some((file, _)) = read_versioned::<LogMonthIn>(&path, LOG_VERSION)? else { return Ok(Vec::new()) };
    if file.month != month {
        return Err(JournalError {
            path,
            position: None,
            message: format!("holds the sessions of {}, not of {month}", file.month),
        });
    }
    Ok(file.entries)
}

/// Reads the practice log's folder: every month, in order.
pub fn read_log_folder(folder: &Path) -> Result<(PracticeLog, LogLayout), JournalError> {
    let mut log = PracticeLog { version: LOG_VERSION, entries: Vec::new() };
    let mut layout = LogLayout::default();
    for (month, path) in month_files(folder)? {
        let entries = read_log_month(&month, path)?;
        if !entries.is_empty() {
            layout.0.push(Run { month, count: entries.len() });
            log.entries.extend(entries);
        }
    }
    Ok((log, layout))
}

/// The sessions of some months of the practice log's folder, in the
/// order given; a month without a file has none. For a reader that needs
/// a week, not the years (`mscwork today`).
pub fn read_log_months(folder: &Path, months: &[String]) -> Result<Vec<PracticeEntry>, JournalError> {
    let mut entries = Vec::new();
    for month in months {
        entries.extend(read_log_month(month, folder.join(format!("{month}.ron")))?);
    }
    Ok(entries)
}

/// Writes the month of a session just logged or changed.
pub fn write_log_change(
    writer: &dyn Writer,
    folder: &Path,
    log: &PracticeLog,
    layout: &LogLayout,
    month: &str,
) -> Result<(), JournalError> {
    if !is_folder(folder)? {
        create_private_dir(folder).map_err(|e| io_error(folder, "cannot create the folder", &e))?;
        is_folder(folder)?;
    }
    let path = folder.join(format!("{month}.ron"));
    let text = log_month_text(log, layout, month, &path)?;
    write_atomic_with(writer, &path, text.as_bytes()).map_err(|e| io_error(&path, "cannot save", &e))
}

/// Moves a practice log kept in one file into its folder of months, as
/// [`migrate`] does for a chapter.
pub fn migrate_log(
    writer: &dyn Writer,
    folder: &Path,
    log: &PracticeLog,
    old: &Path,
    old_version: u32,
) -> Result<LogLayout, JournalError> {
    let layout = write_log_folder(writer, folder, log)?;
    keep_old(old, old_version)?;
    Ok(layout)
}

/// Writes the practice log's whole folder of months, which must not exist
/// yet, as [`write_folder`] does for a chapter.
pub fn write_log_folder(writer: &dyn Writer, folder: &Path, log: &PracticeLog) -> Result<LogLayout, JournalError> {
    let layout = LogLayout::of(&log.entries);
    let months: Vec<String> = layout.0.iter().map(|r| r.month.clone()).collect();
    let files = months
        .iter()
        .map(|m| {
            let name = format!("{m}.ron");
            log_month_text(log, &layout, m, &folder.join(&name)).map(|text| (name, text))
        })
        .collect::<Result<Vec<_>, _>>()?;
    fill_and_put_in_place(writer, folder, "practice-log", files)?;
    Ok(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn months_only_grow_along_a_list() {
        let mut runs = Vec::new();
        for m in ["2026-01", "2026-01", "2025-12", "2026-03"] {
            push(&mut runs, Some(m.to_string()));
        }
        let months: Vec<(&str, usize)> = runs.iter().map(|r| (r.month.as_str(), r.count)).collect();
        assert_eq!(months, [("2026-01", 3), ("2026-03", 1)]);
    }

    #[test]
    fn a_layout_finds_each_answer_s_month() {
        let mut layout = Layout::default();
        layout.add(Kind::Reflection, "s", &at("2026-01-05T10:00:00+01:00"));
        layout.add(Kind::Reflection, "s", &at("2026-02-05T10:00:00+01:00"));
        layout.add(Kind::Reflection, "s", &at("2026-02-06T10:00:00+01:00"));
        assert_eq!(layout.month(Kind::Reflection, "s", 0), Some("2026-01"));
        assert_eq!(layout.month(Kind::Reflection, "s", 2), Some("2026-02"));
        assert_eq!(layout.month(Kind::Reflection, "s", 3), None);
        assert_eq!(layout.month(Kind::Scale, "s", 0), None);
    }

    #[test]
    fn only_our_names() {
        assert_eq!(month_of_name("2026-11.ron"), Some("2026-11"));
        assert_eq!(month_of_name("recent.ron"), None);
        assert_eq!(month_of_name("2026-1.ron"), None);
        assert!(is_filling(".being-mindful.Ab3dE6g8.new"));
        assert!(!is_filling(".being-mindful.new"));
        assert!(!is_filling("being-mindful"));
    }
}

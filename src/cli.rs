//! The command line: clap types and the plain-text subcommands.

use std::borrow::Cow;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, Ordering};

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Parser, Subcommand};

use crate::app::{App, Clock};
use crate::content::{self, Workbook};
use crate::course::greeting::{self, CourseDay, Line};
use crate::i18n::Lang;
use crate::journal::{
    self, JournalError, PROGRESS_VERSION, Progress, SETTINGS_VERSION, Settings, read_file, resolve_data_dir,
};
use crate::tui;

#[derive(Debug, Parser)]
#[command(name = "mscwork", version, about = "A terminal workbook for Mindful Self-Compassion at Work")]
pub struct Cli {
    /// Folder for your answers and progress (default: $MSCWORK_DATA_DIR, else the platform data dir)
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Use the workbook in DIR instead of the built-in one
    #[arg(long, global = true, value_name = "DIR")]
    pub workbook: Option<PathBuf>,
    /// The language: en or nl (default: the one chosen in settings, else the system's)
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// A built-in workbook: msc-at-work or healthcare (default: the one chosen in settings, else msc-at-work)
    #[arg(long, global = true, value_name = "ID", value_parser = parse_workbook_id)]
    pub workbook_id: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// settings.ron, read once when the command starts (without a lock; a
    /// damaged or missing file counts as none): the language and the
    /// workbook chosen come from it.
    #[arg(skip)]
    pub settings: Option<Settings>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a workbook folder (default: the built-in workbook); lists every error as file:line:column
    Check {
        /// The workbook folder to check
        dir: Option<PathBuf>,
        /// Also print each chapter's words, steps, reflections and practices with their minutes
        #[arg(long)]
        stats: bool,
    },
    /// One line per chapter: number, id, title, progress
    Chapters,
    /// The latest JD-R self-assessment result as plain text
    Assessment {
        /// Every take, oldest first, with the changes between them
        #[arg(long)]
        history: bool,
    },
    /// Markdown of everything you wrote, by chapter and prompt, every answer dated
    Export {
        /// Only this chapter: its number or id, as `mscwork chapters` lists them
        #[arg(long, value_name = "N|ID")]
        chapter: Option<String>,
        /// Only what is dated on or after this day (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        since: Option<NaiveDate>,
        /// Write to FILE (readable by you only) instead of printing; FILE must not exist yet
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// With --out: replace FILE if it exists
        #[arg(long, requires = "out")]
        force: bool,
        /// Every built-in workbook you have written in, one after another (default: the one in use)
        #[arg(long, conflicts_with = "chapter")]
        all_workbooks: bool,
    },
    /// A few lines for a shell greeting or a cron mail: the course's week, a practice for today, your intention
    Today {
        /// No colour, and ASCII only
        #[arg(long)]
        plain: bool,
        /// The day as it would be on DATE (YYYY-MM-DD; or YYYY-MM-DDTHH:MM, local time, whose day follows the hour a day starts)
        #[arg(long, value_name = "DATE", value_parser = parse_moment)]
        date: Option<Moment>,
    },
}

/// `today --date`: a day, or a moment of local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    Day(NaiveDate),
    At(NaiveDateTime),
}

impl Moment {
    /// The day it is: a moment before the day's start hour belongs to the day before.
    fn day(self, day_starts_at: u8) -> NaiveDate {
        match self {
            Moment::Day(day) => day,
            Moment::At(at) => journal::days::practice_day(&at.and_utc().fixed_offset(), day_starts_at),
        }
    }
}

/// An error for the user: one line, and the exit code. An empty message
/// ends the program with that code and says nothing.
pub struct Failure {
    pub message: String,
    pub code: i32,
}

impl Failure {
    /// The reader of the output went away (`mscwork chapters | head -1`).
    /// It stopped because it had what it wanted, so this ends quietly and
    /// successfully, as if the rest had been read: 141 (a death by SIGPIPE)
    /// would fail such a pipeline under `set -o pipefail` for no fault.
    fn reader_gone() -> Failure {
        Failure { message: String::new(), code: 0 }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure { message, code: 1 }
    }
}

impl From<journal::NoHomeDir> for Failure {
    fn from(_: journal::NoHomeDir) -> Self {
        spoken_with("ui-cli-no-home", &[("env", journal::paths::ENV_DATA_DIR.to_string())]).into()
    }
}

impl From<journal::DataDirError> for Failure {
    fn from(e: journal::DataDirError) -> Self {
        e.localized(crate::i18n::spoken()).into()
    }
}

impl From<crate::export::ExportError> for Failure {
    fn from(e: crate::export::ExportError) -> Self {
        e.localized(crate::i18n::spoken()).into()
    }
}

/// The command line, or what clap has to say about it: help and the version
/// go to standard output, where a failed write is said as for any command;
/// a mistake in the arguments is clap's message and exit code 2.
pub fn parse() -> Result<Cli, Failure> {
    match Cli::try_parse() {
        Ok(cli) => Ok(cli),
        Err(e) if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion) => {
            let mut out = Out::new()?;
            out.print(&e.render().to_string())?;
            out.finish()?;
            Err(Failure { message: String::new(), code: 0 })
        }
        Err(e) => e.exit(),
    }
}

pub fn run(mut cli: Cli) -> Result<(), Failure> {
    cli.settings = settings_read(&cli);
    crate::i18n::set_spoken(language(&cli));
    match &cli.command {
        Some(Command::Check { dir, stats }) => {
            check(dir.as_deref().or(cli.workbook.as_deref()), cli.workbook_id.as_deref(), *stats)
        }
        Some(Command::Chapters) => chapters(&cli),
        Some(Command::Assessment { history }) => assessment(&cli, *history),
        Some(Command::Export { chapter, since, out, force, all_workbooks }) => {
            let to = out.as_deref().map(|path| Destination { path, force: *force });
            export(&cli, chapter.clone(), *since, to, *all_workbooks)
        }
        Some(Command::Today { plain, date }) => today(&cli, *plain, *date),
        None => interactive(&cli),
    }
}

/// `--workbook-id`: one of the built-in workbooks.
fn parse_workbook_id(text: &str) -> Result<String, String> {
    match content::builtin_workbook(text) {
        Some(book) => Ok(book.id.to_string()),
        None => {
            let ids: Vec<&str> = content::WORKBOOKS.iter().map(|w| w.id).collect();
            Err(format!("not a built-in workbook; choose one of: {}", ids.join(", ")))
        }
    }
}

/// `--since`: clap puts the value and the option around this message.
fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| "not a date; expected YYYY-MM-DD, e.g. 2026-11-24".into())
}

/// `today --date`.
fn parse_moment(text: &str) -> Result<Moment, String> {
    if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(Moment::Day(day));
    }
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .map(Moment::At)
        .map_err(|_| "not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2026-11-24 or 2026-11-24T07:30".into())
}

/// Standard output of the plain-text commands, where every write's error
/// is handled (`println!` panics on a closed pipe or a full disk). Into a
/// file or pipe the text goes exactly as it is; to a terminal it goes
/// through [`visible`], since it holds text from files: answers, workbook titles.
struct Out {
    stdout: io::StdoutLock<'static>,
    terminal: bool,
}

/// Whether standard output was open when the program started, as
/// [`note_stdout`] found it: 0 not noted, 1 open, 2 closed.
static STDOUT_AT_START: AtomicU8 = AtomicU8::new(0);

/// Notes whether standard output is open. The binary calls this before
/// `main`, from the start-up functions of its executable (`.init_array`),
/// because Rust's own start-up then puts `/dev/null` (open for reading and
/// writing) on a closed standard stream, so that no file opened later
/// takes its number: after that, `>&-` and a `/dev/null` given on purpose
/// (as systemd and some cron set-ups do, open for reading and writing) cannot be
/// told apart. Only the first is a mistake to say; the second is a success.
pub fn note_stdout() {
    // SAFETY: F_GETFD only reads the flags of a descriptor; -1 when it is not open.
    let open = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } != -1;
    STDOUT_AT_START.store(if open { 1 } else { 2 }, Ordering::Relaxed);
}

/// Whether the program was started with standard output closed (`>&-`):
/// writes would then go to Rust's `/dev/null` and succeed, and a command's
/// whole output would vanish with exit 0. Not noted (the library used
/// without the binary) counts as open.
fn stdout_closed() -> bool {
    STDOUT_AT_START.load(Ordering::Relaxed) == 2
}

impl Out {
    /// Fails when there is no standard output to write to.
    fn new() -> Result<Out, Failure> {
        if stdout_closed() {
            return Err(spoken("ui-cli-stdout-closed").into());
        }
        let stdout = io::stdout();
        Ok(Out { terminal: stdout.is_terminal(), stdout: stdout.lock() })
    }

    fn print(&mut self, text: &str) -> Result<(), Failure> {
        let text = if self.terminal { visible(text) } else { Cow::Borrowed(text) };
        self.stdout.write_all(text.as_bytes()).map_err(output_failure)
    }

    fn line(&mut self, text: &str) -> Result<(), Failure> {
        self.print(text)?;
        self.print("\n")
    }

    /// Terminal sequences of our own (bold, colour), written as they are.
    fn control(&mut self, sequence: &str) -> Result<(), Failure> {
        self.stdout.write_all(sequence.as_bytes()).map_err(output_failure)
    }

    /// Must end every command that printed: at exit Rust flushes what is
    /// left but drops the error, and a full disk would go unsaid.
    fn finish(mut self) -> Result<(), Failure> {
        self.stdout.flush().map_err(output_failure)
    }
}

fn output_failure(e: io::Error) -> Failure {
    match e.kind() {
        io::ErrorKind::BrokenPipe => Failure::reader_gone(),
        io::ErrorKind::StorageFull => spoken_with("ui-cli-stdout-full", &[("error", e.to_string())]).into(),
        _ => spoken_with("ui-cli-stdout-error", &[("error", e.to_string())]).into(),
    }
}

/// `text` made safe for a terminal: every control character but newline and
/// tab is written as its escape (`\x1b`, `\x07`, `\u{9b}`), which the terminal
/// shows instead of obeying. So an escape sequence pasted into an answer or
/// put in a workbook title cannot retitle the window (OSC 0), fill the
/// clipboard (OSC 52) or clear the screen, and the reader still sees which
/// character is in the file (a replacement character would hide that). The
/// escapes are plain ASCII, so they show in any font.
fn visible(text: &str) -> Cow<'_, str> {
    let shown = |c: char| !c.is_control() || c == '\n' || c == '\t';
    if text.chars().all(shown) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if shown(c) => out.push(c),
            c if c.is_ascii() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    }
    Cow::Owned(out)
}

/// Writes a line to stderr, through [`visible`] on a terminal: messages
/// quote file names and what files hold. An error writing it is dropped:
/// there is nowhere left to say it.
pub fn say(line: &str) {
    let stderr = io::stderr();
    let text = format!("{line}\n");
    let text = if stderr.is_terminal() { visible(&text) } else { Cow::Borrowed(text.as_str()) };
    let _ = stderr.lock().write_all(text.as_bytes());
}

/// The data folder of a command that only reads it: it may not exist yet,
/// but if it does it must be a folder.
fn data_to_read(cli: &Cli, workbook: &Workbook) -> Result<journal::DataDir, Failure> {
    let root = resolve_data_dir(cli.data_dir.as_deref())?;
    journal::folder::check_readable(&root)?;
    book_of(root, workbook)
}

/// The data of `workbook` in the data folder `root`.
fn book_of(root: PathBuf, workbook: &Workbook) -> Result<journal::DataDir, Failure> {
    book_named(root, &workbook.manifest.id)
}

/// The data of workbook `id`, its folder checked to be no link.
fn book_named(root: PathBuf, id: &str) -> Result<journal::DataDir, Failure> {
    let dir = journal::DataDir::for_workbook(root, id).map_err(|e| Failure::from(e.to_string()))?;
    journal::folder::check_book_readable(dir.root(), dir.book())?;
    Ok(dir)
}

/// The settings, read without a lock; a damaged or missing file counts as none.
fn settings_read(cli: &Cli) -> Option<Settings> {
    let root = resolve_data_dir(cli.data_dir.as_deref()).ok()?;
    read_file::<Settings>(&journal::DataDir::new(root).settings(), SETTINGS_VERSION).ok().flatten()
}

/// The language to speak: `--lang`, else the setting, else the system's.
fn language(cli: &Cli) -> Lang {
    Lang::choose(cli.lang, cli.settings.as_ref().and_then(|s| s.language))
}

/// The built-in workbook to use: `--workbook-id`, else the one chosen in
/// settings, else MSC@Work.
fn workbook_id(cli: &Cli, settings: Option<&Settings>) -> String {
    let chosen = settings.and_then(|s| s.workbook.clone()).filter(|id| content::builtin_workbook(id).is_some());
    cli.workbook_id.clone().or(chosen).unwrap_or_else(|| journal::paths::FIRST_WORKBOOK.to_string())
}

fn load_workbook(cli: &Cli) -> Result<Workbook, Failure> {
    workbook_in(cli.workbook.as_deref(), &workbook_id(cli, cli.settings.as_ref()), language(cli))
}

/// The workbook in `lang`: the folder `dir`, else the built-in `id`, which
/// falls back to English when it carries no workbook in that language.
fn workbook_in(dir: Option<&Path>, id: &str, lang: Lang) -> Result<Workbook, Failure> {
    let result = match dir {
        Some(d) => content::from_folder_in(d, lang),
        None => content::builtin_id_in(id, lang)
            .or_else(|| content::builtin_id_in(id, Lang::En))
            .unwrap_or_else(content::builtin),
    };
    result.map_err(|e| Failure { message: format!("{}\n{e}", spoken("ui-cli-workbook-errors")), code: 1 })
}

/// A message of the command line in the language this run speaks.
fn spoken(id: &str) -> String {
    crate::i18n::text::tr(crate::i18n::spoken(), id)
}

/// The same with variables.
fn spoken_with(id: &str, pairs: &[(&str, String)]) -> String {
    crate::i18n::text::tr_text(crate::i18n::spoken(), id, pairs)
}

/// Checks the workbook in every language it has, and that each
/// translation is the same workbook as the English one.
/// Checks a workbook folder, else the built-in workbook `--workbook-id`
/// names, else every built-in workbook.
fn check(dir: Option<&Path>, only: Option<&str>, stats: bool) -> Result<(), Failure> {
    let mut out = Out::new()?;
    match dir {
        Some(d) => check_one(&mut out, "", stats, |lang| match lang {
            Lang::En => Some(content::from_folder(d)),
            _ => d.join(lang.code()).join("workbook.ron").is_file().then(|| content::from_folder(&d.join(lang.code()))),
        })?,
        None => {
            for book in content::WORKBOOKS.iter().filter(|w| only.is_none_or(|id| id == w.id)) {
                // The first workbook is said as before there were two.
                let label =
                    if book.id == journal::paths::FIRST_WORKBOOK { String::new() } else { format!("{}: ", book.id) };
                check_one(&mut out, &label, stats, |lang| content::builtin_id_in(book.id, lang))?;
            }
        }
    }
    out.finish()
}

/// Checks one workbook in every language it has, and that each
/// translation is the same workbook as the English one.
fn check_one(
    out: &mut Out,
    label: &str,
    stats: bool,
    load: impl Fn(Lang) -> Option<Result<Workbook, content::ContentErrors>>,
) -> Result<(), Failure> {
    let failed = |e: content::ContentErrors| Failure { message: e.to_string(), code: 1 };
    let english = load(Lang::En).unwrap_or_else(content::builtin).map_err(failed)?;
    let summary = |w: &Workbook| {
        let steps: usize = w.chapters.iter().map(|c| c.steps.len()).sum();
        format!("{} chapters, {steps} steps", w.chapters.len())
    };
    out.line(&format!("ok: {label}{}", summary(&english)))?;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let Some(other) = load(lang) else { continue };
        let other = other.map_err(failed)?;
        let differences = content::agree::differences(&english, &other);
        if !differences.is_empty() {
            let list = differences.iter().map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n");
            return Err(Failure {
                message: format!("{label}the {} workbook is not the English one in other words:\n{list}", lang.name()),
                code: 1,
            });
        }
        out.line(&format!("ok: {label}{}: {}, the same as English", lang.code(), summary(&other)))?;
    }
    if stats {
        for line in content::stats::report(&english) {
            out.line(&line)?;
        }
    }
    Ok(())
}

fn chapters(cli: &Cli) -> Result<(), Failure> {
    let workbook = load_workbook(cli)?;
    let dir = data_to_read(cli, &workbook)?;
    let progress: Progress =
        read_file(&dir.progress(), PROGRESS_VERSION).map_err(|e| e.to_string())?.unwrap_or_default();
    let mut out = Out::new()?;
    // In the workbook's language, as its titles are.
    let lang = Lang::from_tag(&workbook.manifest.language).unwrap_or_default();
    let done_word = crate::i18n::text::tr(lang, "ui-cli-chapter-done");
    for c in &workbook.chapters {
        let read = progress.chapters.get(&c.id);
        let (done, total) = c.progress(|id| read.is_some_and(|p| p.done.contains(id)));
        let mark = if done == total { format!("  {done_word}") } else { String::new() };
        out.line(&format!("{}\t{}\t{}\t{done}/{total}{mark}", c.number, c.id, c.title))?;
    }
    out.finish()
}

fn assessment(cli: &Cli, history: bool) -> Result<(), Failure> {
    let workbook = load_workbook(cli)?;
    let Some(def) = workbook.assessment.as_ref() else {
        return Err(spoken("ui-cli-no-assessment").into());
    };
    let dir = data_to_read(cli, &workbook)?;
    let found = journal::read_takes(&dir.assessments_dir());
    for e in &found.damaged {
        say(&format!("mscwork: {}", spoken_with("ui-cli-skipped", &[("error", e.to_string())])));
    }
    let lang = Lang::from_tag(&workbook.manifest.language).unwrap_or_default();
    let takes: Vec<&journal::Take> = found.takes.iter().map(|(_, t)| t).filter(|t| t.assessment == def.id).collect();
    let mut out = Out::new()?;
    if takes.is_empty() {
        out.line(&crate::i18n::text::tr(lang, "ui-cli-no-take"))?;
    } else {
        out.print(&crate::assessment::report::history_text(lang, def, &takes, history))?;
    }
    out.finish()
}

/// Every built-in workbook with data in the folder `root`, in the
/// language spoken; the one in use when none has any yet.
fn workbooks_written_in(cli: &Cli, root: &Path) -> Result<Vec<Workbook>, Failure> {
    let lang = language(cli);
    let mut found = Vec::new();
    for book in content::WORKBOOKS {
        let dir = book_named(root.to_path_buf(), book.id)?;
        if dir.progress().exists() || dir.answers_dir().exists() || dir.assessments_dir().exists() {
            found.push(workbook_in(None, book.id, lang)?);
        }
    }
    if found.is_empty() {
        found.push(load_workbook(cli)?);
    }
    Ok(found)
}

/// `--out FILE`, and whether `--force` allows replacing it.
struct Destination<'a> {
    path: &'a Path,
    force: bool,
}

/// Reads the data dir without locking or writing it, so it works while the workbook is open.
fn export(
    cli: &Cli,
    chapter: Option<String>,
    since: Option<NaiveDate>,
    to: Option<Destination>,
    all_workbooks: bool,
) -> Result<(), Failure> {
    let root = resolve_data_dir(cli.data_dir.as_deref())?;
    let options = crate::export::ExportOptions { chapter, since };
    let now = chrono::Local::now().fixed_offset();
    let workbooks = if all_workbooks && cli.workbook.is_none() {
        workbooks_written_in(cli, &root)?
    } else {
        vec![load_workbook(cli)?]
    };
    let mut parts = Vec::new();
    for workbook in &workbooks {
        let result = crate::export::build(workbook, &book_of(root.clone(), workbook)?, &options, now)?;
        for w in &result.warnings {
            say(&format!("mscwork: {w}"));
        }
        parts.push(result.markdown);
    }
    let markdown = parts.join("\n---\n\n");
    match to {
        Some(Destination { path: out, force }) => {
            let path = export_destination(out, force)?;
            let written = if force {
                journal::atomic::write_atomic(&path, markdown.as_bytes())
            } else {
                crate::export::write_new(&path, markdown.as_bytes())
            };
            written.map_err(|e| match e.kind() {
                // Came there since the check above.
                io::ErrorKind::AlreadyExists => already_there(out),
                _ => format!("{}: cannot write the export: {e}", out.display()),
            })?;
            say(&spoken_with("ui-cli-exported", &[("file", out.display().to_string())]));
            Ok(())
        }
        None => {
            let mut stdout = Out::new()?;
            stdout.print(&markdown)?;
            stdout.finish()
        }
    }
}

/// The file `--out` names, checked before anything is written. A file
/// there already is kept unless `force`: it may be an earlier export, or
/// anything else, and a typo must not cost it. With `force` the export is
/// renamed over it, which would put a regular file in place of a pipe, a
/// device or a link (and the link's target would keep the old text), so
/// only a regular file is replaced.
fn export_destination(out: &Path, force: bool) -> Result<PathBuf, String> {
    let shown = out.display();
    let example = out.join("mscwork-export.md").display().to_string();
    // `exports/`, `.` or `..`: the name of a folder, never of a file.
    if out.as_os_str().as_bytes().ends_with(b"/") || out.file_name().is_none() {
        // Without the slash: `file/` is an error of its own (not a directory) that hides what `file` is.
        let bare: PathBuf = out.components().collect();
        return Err(match fs::metadata(&bare) {
            Ok(m) if m.is_dir() => is_a_folder(out),
            Ok(_) => spoken_with("ui-cli-out-slash-file", &[("path", shown.to_string())]),
            Err(_) => spoken_with("ui-cli-out-slash-none", &[("path", shown.to_string()), ("example", example)]),
        });
    }
    // A bare file name lives in the current folder.
    let path = match out.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new(".").join(out),
        _ => out.to_path_buf(),
    };
    let parent = path.parent().unwrap_or(Path::new("."));
    match fs::metadata(parent) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(spoken_with("ui-cli-out-parent-file", &[("path", parent.display().to_string())])),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(spoken_with("ui-cli-out-no-folder", &[("path", parent.display().to_string())]));
        }
        Err(e) => {
            let pairs = [("path", parent.display().to_string()), ("error", e.to_string())];
            return Err(spoken_with("ui-cli-out-folder-error", &pairs));
        }
    }
    match fs::symlink_metadata(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(path),
        Err(e) => Err(spoken_with("ui-cli-out-check-error", &[("path", shown.to_string()), ("error", e.to_string())])),
        Ok(m) if m.is_file() && force => Ok(path),
        Ok(m) if m.is_file() => Err(already_there(out)),
        Ok(m) if m.is_dir() => Err(is_a_folder(out)),
        Ok(m) => {
            let kind = crate::journal::kind_word(crate::i18n::spoken(), special_kind(m.file_type()));
            Err(spoken_with("ui-cli-out-odd", &[("path", shown.to_string()), ("kind", kind)]))
        }
    }
}

fn already_there(out: &Path) -> String {
    spoken_with("ui-cli-out-exists", &[("path", out.display().to_string())])
}

fn is_a_folder(out: &Path) -> String {
    let example = out.join("mscwork-export.md").display().to_string();
    spoken_with("ui-cli-out-is-folder", &[("path", out.display().to_string()), ("example", example)])
}

fn special_kind(kind: fs::FileType) -> &'static str {
    if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "something else"
    }
}

/// `mscwork today`: a shell greeting, so it only reads, takes no lock and
/// writes nothing (not even the data folder, when there is none yet). A
/// file it cannot read is named on standard error and its part of the
/// greeting left out; the rest is said and the exit is 0, since a new
/// shell should not fail over a damaged file. Nothing to say prints
/// nothing. It reads `settings.ron`, the newest take, and with a course
/// `progress.ron` and the week's months of the practice log: a few files,
/// however many years there are.
fn today(cli: &Cli, plain: bool, date: Option<Moment>) -> Result<(), Failure> {
    let root = resolve_data_dir(cli.data_dir.as_deref())?;
    if !journal::folder::check_readable(&root)? {
        return Ok(());
    }
    let settings: Settings =
        readable(read_file(&journal::DataDir::new(&root).settings(), SETTINGS_VERSION)).flatten().unwrap_or_default();
    let lang = Lang::choose(cli.lang, settings.language);
    let id = workbook_id(cli, Some(&settings));
    // The built-in workbook's data is found by its id; a folder's needs its manifest.
    let dir = match &cli.workbook {
        Some(d) => book_of(root, &workbook_in(Some(d), &id, lang)?)?,
        None => book_named(root, &id)?,
    };
    let newest = journal::read_newest_take(&dir.assessments_dir());
    for e in &newest.damaged {
        say(&format!("mscwork: {e}"));
    }
    let intentions: Vec<&str> = newest.take.iter().flat_map(|t| &t.plan).map(|i| i.text.as_str()).collect();
    let starts = settings.day_starts_at;
    let day = match date {
        Some(moment) => moment.day(starts),
        None => journal::days::practice_day(&chrono::Local::now().fixed_offset(), starts),
    };
    let lines = match &settings.course {
        Some(course) => {
            let workbook = workbook_in(cli.workbook.as_deref(), &id, lang)?;
            course_lines(&dir, &workbook, (course, starts), day, &intentions, plain, lang)
        }
        None => greeting::lines(day, None, &intentions, plain, lang),
    };
    if lines.is_empty() {
        return Ok(());
    }
    let mut out = Out::new()?;
    let styled = !plain && out.terminal && !crate::screens::settings::no_color();
    for line in &lines {
        greeting_line(&mut out, line, styled)?;
    }
    out.finish()
}

/// The greeting with a course: the week's minutes and the next step are
/// read only while the course runs.
fn course_lines(
    dir: &journal::DataDir,
    workbook: &Workbook,
    (course, day_starts_at): (&journal::Course, u8),
    day: NaiveDate,
    intentions: &[&str],
    plain: bool,
    lang: Lang,
) -> Vec<Line> {
    let Some(today) = crate::course::today(&workbook.paths, course, day) else {
        let file = dir.settings().display().to_string();
        say(&format!(
            "mscwork: {}",
            spoken_with("ui-cli-course-gone", &[("file", file), ("course", course.path.clone())])
        ));
        return greeting::lines(day, None, intentions, plain, lang);
    };
    let (mut minutes, mut progress) = (None, None);
    if today.started() && !today.finished {
        let months = crate::course::log_months(today.week_start);
        // Up to the day shown: `--date` shows a day as it was then.
        let until = |e: &&journal::PracticeEntry| journal::days::practice_day(&e.start, day_starts_at) <= day;
        minutes = readable(journal::read_practice_months(dir, &months)).map(|entries| {
            crate::course::minutes_in_week(entries.iter().filter(until), today.week_start, day_starts_at)
        });
        progress = readable(read_file::<Progress>(&dir.progress(), PROGRESS_VERSION)).map(Option::unwrap_or_default);
    }
    let course_day = CourseDay { workbook, course, today, minutes, progress: progress.as_ref() };
    greeting::lines(day, Some(&course_day), intentions, plain, lang)
}

/// What could be read; what could not is named on standard error.
fn readable<T>(read: Result<T, JournalError>) -> Option<T> {
    read.map_err(|e| say(&format!("mscwork: {e}"))).ok()
}

/// One line of the greeting; on a terminal (unless `--plain` or
/// `NO_COLOR`) its heading is bold and its label coloured.
fn greeting_line(out: &mut Out, line: &Line, styled: bool) -> Result<(), Failure> {
    match (styled, line.heading) {
        (false, _) => out.print(&line.to_string())?,
        (true, true) => {
            out.control("\x1b[1m")?;
            out.print(&line.text)?;
            out.control("\x1b[22m")?;
        }
        (true, false) => {
            out.control("\x1b[36m")?;
            out.print(&line.label)?;
            out.control("\x1b[39m")?;
            out.print(&line.text)?;
        }
    }
    out.print("\n")
}

fn interactive(cli: &Cli) -> Result<(), Failure> {
    tui::check_terminal().map_err(|_| Failure::from(spoken("ui-cli-no-terminal")))?;
    let root = resolve_data_dir(cli.data_dir.as_deref())?;
    let lang = language(cli);
    let workbook = workbook_in(cli.workbook.as_deref(), &workbook_id(cli, cli.settings.as_ref()), lang)?;
    let journal = journal::Journal::open_book(&root, &workbook.manifest.id)?;
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let theme = crate::screens::settings::theme_for(journal.settings().theme, crate::screens::settings::no_color());
    let mut app = App::new(workbook, journal, Clock::System, theme, size);
    app.workbook_dir = cli.workbook.clone();
    let result = tui::run(&mut app);
    // Words that could not be saved are never dropped: the terminal is back
    // to normal now, so they are printed there to be copied.
    if let Some(unsaved) = &app.unsaved {
        let _ = Out::new().and_then(|mut out| out.print(&unsaved.report()).and_then(|()| out.finish()));
        return Err(spoken_with("ui-cli-unsaved", &[("file", unsaved.file.display().to_string())]).into());
    }
    result.map_err(|e| spoken_with("ui-cli-terminal-error", &[("error", e.to_string())]))?;
    Ok(())
}

//! The command line: clap types and the plain-text subcommands.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::app::{App, Clock};
use crate::content::{self, Workbook};
use crate::journal::{self, PROGRESS_VERSION, Progress, read_file, resolve_data_dir};
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
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a workbook folder (default: the built-in workbook); lists every error as file:line:column
    Check {
        /// The workbook folder to check
        dir: Option<PathBuf>,
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
        /// Only this chapter (its id, as `mscwork chapters` lists it)
        #[arg(long, value_name = "ID")]
        chapter: Option<String>,
        /// Only what is dated on or after this day (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        since: Option<NaiveDate>,
        /// Write to FILE (readable by you only) instead of printing
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// An error for the user: one line, and the exit code.
pub struct Failure {
    pub message: String,
    pub code: i32,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure { message, code: 1 }
    }
}

pub fn run(cli: Cli) -> Result<(), Failure> {
    match &cli.command {
        Some(Command::Check { dir }) => check(dir.as_deref().or(cli.workbook.as_deref())),
        Some(Command::Chapters) => chapters(&cli),
        Some(Command::Assessment { history }) => assessment(&cli, *history),
        Some(Command::Export { chapter, since, out }) => export(&cli, chapter.clone(), *since, out.as_deref()),
        None => interactive(&cli),
    }
}

fn load_workbook(dir: Option<&Path>) -> Result<Workbook, Failure> {
    let result = match dir {
        Some(d) => content::from_folder(d),
        None => content::builtin(),
    };
    result.map_err(|e| Failure { message: format!("the workbook has errors:\n{e}"), code: 1 })
}

fn check(dir: Option<&Path>) -> Result<(), Failure> {
    let workbook = match dir {
        Some(d) => content::from_folder(d),
        None => content::builtin(),
    }
    .map_err(|e| Failure { message: e.to_string(), code: 1 })?;
    let steps: usize = workbook.chapters.iter().map(|c| c.steps.len()).sum();
    println!("ok: {} chapters, {steps} steps", workbook.chapters.len());
    Ok(())
}

fn chapters(cli: &Cli) -> Result<(), Failure> {
    let workbook = load_workbook(cli.workbook.as_deref())?;
    let dir = journal::DataDir::new(resolve_data_dir(cli.data_dir.as_deref())?);
    let progress: Progress =
        read_file(&dir.progress(), PROGRESS_VERSION).map_err(|e| e.to_string())?.unwrap_or_default();
    for c in &workbook.chapters {
        let done =
            progress.chapters.get(&c.id).map_or(0, |p| c.steps.iter().filter(|s| p.done.contains(s.id())).count());
        let total = c.steps.len();
        let mark = if done == total { "  done" } else { "" };
        println!("{}\t{}\t{}\t{done}/{total}{mark}", c.number, c.id, c.title);
    }
    Ok(())
}

fn assessment(cli: &Cli, history: bool) -> Result<(), Failure> {
    let workbook = load_workbook(cli.workbook.as_deref())?;
    let Some(def) = workbook.assessment.as_ref() else {
        return Err("this workbook has no self-assessment".to_string().into());
    };
    let dir = journal::DataDir::new(resolve_data_dir(cli.data_dir.as_deref())?);
    let found = journal::read_takes(&dir.assessments_dir());
    for e in &found.damaged {
        eprintln!("mscwork: skipped, left untouched: {e}");
    }
    let takes: Vec<&journal::Take> = found.takes.iter().map(|(_, t)| t).filter(|t| t.assessment == def.id).collect();
    if takes.is_empty() {
        println!(
            "No self-assessment taken yet. Start mscwork and press a on the home screen to take it (about 10 minutes)."
        );
        return Ok(());
    }
    print!("{}", crate::assessment::report::history_text(def, &takes, history));
    Ok(())
}

/// Reads the data dir without locking or writing it, so it works while the workbook is open.
fn export(cli: &Cli, chapter: Option<String>, since: Option<NaiveDate>, out: Option<&Path>) -> Result<(), Failure> {
    let workbook = load_workbook(cli.workbook.as_deref())?;
    let dir = journal::DataDir::new(resolve_data_dir(cli.data_dir.as_deref())?);
    let options = crate::export::ExportOptions { chapter, since };
    let now = chrono::Local::now().fixed_offset();
    let result = crate::export::export(&workbook, &dir, &options, now)?;
    for w in &result.warnings {
        eprintln!("mscwork: {w}");
    }
    let markdown = result.markdown;
    match out {
        Some(out) => {
            // A bare file name lives in the current folder.
            let path = match out.parent() {
                Some(p) if p.as_os_str().is_empty() => Path::new(".").join(out),
                _ => out.to_path_buf(),
            };
            let parent = path.parent().unwrap_or(Path::new("."));
            if !parent.is_dir() {
                return Err(format!("{}: no such folder; create it first", parent.display()).into());
            }
            journal::atomic::write_atomic(&path, markdown.as_bytes())
                .map_err(|e| format!("{}: cannot write the export: {e}", out.display()))?;
            eprintln!("Exported to {}", out.display());
        }
        None => {
            let mut stdout = io::stdout().lock();
            match stdout.write_all(markdown.as_bytes()).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    return Err(format!("cannot print the export: {e}").into());
                }
                _ => {}
            }
        }
    }
    Ok(())
}

fn interactive(cli: &Cli) -> Result<(), Failure> {
    tui::check_terminal()?;
    let workbook = load_workbook(cli.workbook.as_deref())?;
    let root = resolve_data_dir(cli.data_dir.as_deref())?;
    let journal = journal::Journal::open(&root)?;
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let theme = crate::app::settings::theme_for(journal.settings().theme, crate::app::settings::no_color());
    let mut app = App::new(workbook, journal, Clock::System, theme, size);
    let result = tui::run(&mut app);
    // Words that could not be saved are never dropped: the terminal is back
    // to normal now, so they are printed there to be copied.
    if let Some(unsaved) = &app.unsaved {
        let mut out = io::stdout().lock();
        let _ = out.write_all(unsaved.report().as_bytes()).and_then(|()| out.flush());
        return Err(format!(
            "your last words could not be saved to {}; they are printed above",
            unsaved.file.display()
        )
        .into());
    }
    result.map_err(|e| format!("terminal error: {e}"))?;
    Ok(())
}

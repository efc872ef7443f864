//! The Markdown export: everything the user wrote, grouped by chapter and
//! prompt, every answer dated; then the self-assessment takes and a summary
//! of the practice log.
//!
//! The data dir is only read: no lock is taken and nothing is written there,
//! so an export works while the workbook is open. An answers, take or
//! practice-log file that cannot be read is named in the export (and in a
//! warning), never silently left out; damaged settings only in a warning.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::assessment::report::{other_take_text, take_text};
use crate::content::{Chapter, Step, Workbook};
use crate::i18n::{Lang, tr, tr_args};
use crate::journal::days::{practice_day, week_start};
use crate::journal::{
    Answers, ChoiceAnswer, Course, DataDir, DataDirError, JournalError, PracticeEntry, Reflection, SETTINGS_VERSION,
    ScaleAnswer, Settings, Take, Timestamp, read_file, read_takes,
};
use fluent_bundle::FluentValue;

/// What to export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Only this chapter, by id or number (its answers and its practice sessions; no self-assessment).
    pub chapter: Option<String>,
    /// Only what is dated on or after this day (a day starts at the settings' hour).
    pub since: Option<NaiveDate>,
}

/// The exported document, and the files that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub markdown: String,
    /// One line per problem, e.g. a damaged answers file (also named in the Markdown).
    pub warnings: Vec<String>,
}

/// Where the workbook saves an export:
/// `<data dir>/exports/mscwork-export-YYYY-MM-DD-HHMM.md`, or with `-2`,
/// `-3` … before `.md` when that name is taken (a second export in the same
/// minute), so an earlier export is never replaced. Only one workbook has
/// the data folder open at a time, so the name is still free when written.
pub fn default_export_path(dir: &DataDir, now: &Timestamp) -> PathBuf {
    let folder = dir.root().join("exports");
    let stem = format!("mscwork-export-{}", now.format("%Y-%m-%d-%H%M"));
    let first = folder.join(format!("{stem}.md"));
    let taken = |p: &PathBuf| fs::symlink_metadata(p).is_ok();
    if !taken(&first) {
        return first;
    }
    (2..).map(|n| folder.join(format!("{stem}-{n}.md"))).find(|p| !taken(p)).unwrap_or(first)
}

/// Writes `bytes` to a new file at `path` (mode 0600), never replacing
/// one: a file that is there already, or comes there while this writes,
/// stays as it is and the error is [`io::ErrorKind::AlreadyExists`]. Written
/// beside it first and linked into place whole, so a crash leaves no half file.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::PermissionsExt;
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".");
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .rand_bytes(8)
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(parent)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    fs::File::open(parent)?.sync_all()
}

/// Why there is no export at all. (A file that cannot be read is a
/// warning in an export that goes on without it.)
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// `--chapter` names no chapter; `known`: the workbook's chapters, number and id.
    #[error("no chapter {id:?} in this workbook; give its number or id: {}", known.join(", "))]
    UnknownChapter { id: String, known: Vec<String> },
    #[error("{}: no such data folder (nothing has been written yet?)", .0.display())]
    NoDataFolder(PathBuf),
    #[error(transparent)]
    DataDir(#[from] DataDirError),
}

impl ExportError {
    /// The message in `lang` (its `Display` is the English one).
    pub fn localized(&self, lang: Lang) -> String {
        use crate::i18n::text::tr_text;
        match self {
            ExportError::UnknownChapter { id, known } => {
                tr_text(lang, "ui-export-no-chapter", &[("id", id.clone()), ("known", known.join(", "))])
            }
            ExportError::NoDataFolder(path) => {
                tr_text(lang, "ui-export-no-folder", &[("path", path.display().to_string())])
            }
            ExportError::DataDir(e) => e.localized(lang),
        }
    }
}

/// Builds the Markdown export of the data in `dir`, reading it only.
pub fn build(
    workbook: &Workbook,
    dir: &DataDir,
    options: &ExportOptions,
    now: Timestamp,
) -> Result<Export, ExportError> {
    let only = match options.chapter.as_deref() {
        Some(wanted) => Some(find_chapter(workbook, wanted).ok_or_else(|| ExportError::UnknownChapter {
            id: wanted.to_string(),
            known: workbook.chapters.iter().map(|c| format!("{} {}", c.number, c.id)).collect(),
        })?),
        None => None,
    };
    if !crate::journal::folder::check_readable(dir.root())? {
        return Err(ExportError::NoDataFolder(dir.root().to_path_buf()));
    }

    let mut warnings = Vec::new();
    let settings = match read_file::<Settings>(&dir.settings(), SETTINGS_VERSION) {
        Ok(s) => s.unwrap_or_default(),
        Err(e) => {
            warnings.push(format!("settings not read, so a day starts at 04:00 in this export: {e}"));
            Settings::default()
        }
    };
    let course = settings.course.clone().and_then(|c| {
        let weeks = workbook.paths.iter().find(|p| p.id == c.path)?.weeks.len();
        Some((c, weeks))
    });
    // The export speaks the language of the workbook it is given.
    let lang = Lang::from_tag(&workbook.manifest.language).unwrap_or_default();
    let mut w = Writer {
        out: String::new(),
        warnings,
        since: options.since,
        day_starts_at: settings.day_starts_at,
        course,
        lang,
    };

    w.header(&workbook.manifest.title, dir, only, now);
    let mut anything = false;
    let chapters: Vec<&Chapter> = match only {
        Some(c) => vec![c],
        None => workbook.chapters.iter().collect(),
    };
    for chapter in chapters {
        let answers = read_answers(dir, &chapter.id);
        anything |= w.chapter(Some(chapter), &chapter.id, answers);
    }
    if only.is_none() {
        for id in chapters_no_longer_in(workbook, dir, &mut w.warnings) {
            let answers = read_answers(dir, &id);
            anything |= w.chapter(None, &id, answers);
        }
        anything |= w.assessments(workbook, dir);
    }
    anything |= w.practice(workbook, dir, only.map(|c| c.id.as_str()));
    if !anything {
        let nothing = if w.since.is_some() { "ui-export-nothing-since" } else { "ui-export-nothing" };
        let _ = writeln!(w.out, "{}\n", tr(w.lang, nothing));
    }
    while w.out.ends_with("\n\n") {
        w.out.pop();
    }
    Ok(Export { markdown: w.out, warnings: w.warnings })
}

/// A chapter by its id or by the number `mscwork chapters` prints before it.
pub fn find_chapter<'w>(workbook: &'w Workbook, wanted: &str) -> Option<&'w Chapter> {
    let wanted = wanted.trim();
    workbook.chapter(wanted).or_else(|| {
        let number: u32 = wanted.parse().ok()?;
        workbook.chapters.iter().find(|c| c.number == number)
    })
}

fn read_answers(dir: &DataDir, chapter: &str) -> Result<Option<Answers>, JournalError> {
    Ok(crate::journal::store::read_answers(dir, chapter)?.map(|read| read.answers))
}

/// Answers files whose chapter is not (or no longer) in the workbook, by id.
fn chapters_no_longer_in(workbook: &Workbook, dir: &DataDir, warnings: &mut Vec<String>) -> Vec<String> {
    let folder = dir.answers_dir();
    let entries = match fs::read_dir(&folder) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            warnings.push(format!("{}: cannot list the answers folder: {e}", folder.display()));
            return Vec::new();
        }
    };
    let mut ids: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_string))
        .filter(|id| workbook.chapter(id).is_none())
        .collect();
    ids.sort();
    ids
}

struct Writer {
    out: String,
    warnings: Vec<String>,
    since: Option<NaiveDate>,
    day_starts_at: u8,
    /// The course followed and its number of weeks, to date answers by week.
    course: Option<(Course, usize)>,
    lang: Lang,
}

impl Writer {
    /// A moment as written everywhere, and its week of the course while the
    /// course lasts: "Tue 1 Dec 2026, 21:30 · week 2 of 8".
    fn dated(&self, t: &Timestamp) -> String {
        let week = self.course.as_ref().and_then(|(course, weeks)| {
            let n = crate::course::week_of(course, *weeks, practice_day(t, self.day_starts_at))?;
            Some(format!(" · {}", self.say("ui-week-of", &[("n", n.into()), ("weeks", (*weeks).into())])))
        });
        format!("{}{}", self.lang.moment(t), week.unwrap_or_default())
    }

    fn keep(&self, t: &Timestamp) -> bool {
        self.since.is_none_or(|since| practice_day(t, self.day_starts_at) >= since)
    }

    fn damaged(&mut self, e: &JournalError) -> String {
        self.warnings.push(format!("not in the export, left untouched: {e}"));
        format!(
            "_This file could not be read, so what it holds is not in this export:_ {}. \
             _The file has been left exactly as it is._\n\n",
            code_span(&e.to_string())
        )
    }

    fn header(&mut self, title: &str, dir: &DataDir, only: Option<&Chapter>, now: Timestamp) {
        let mut text = format!("# {}\n\n", self.say("ui-export-title", &[("title", title.into())]));
        let folder = code_span(&dir.root().display().to_string());
        text.push_str(
            &self.say("ui-export-exported", &[("date", self.lang.moment(&now).into()), ("folder", folder.into())]),
        );
        text.push_str("\n\n");
        if let Some(c) = only {
            text.push_str(
                &self.say("ui-export-only-chapter", &[("n", c.number.into()), ("title", c.title.clone().into())]),
            );
            text.push_str("\n\n");
        }
        if let Some(since) = self.since {
            text.push_str(&self.say("ui-export-only-since", &[("date", self.lang.day(since, "%a %-d %b %Y").into())]));
            text.push_str("\n\n");
        }
        text.push_str(&tr(self.lang, "ui-export-clock"));
        text.push_str("\n\n");
        self.out.push_str(&text);
    }

    /// A message of the export in its language, with variables.
    fn say(&self, id: &str, pairs: &[(&str, fluent_bundle::FluentValue)]) -> String {
        tr_args(self.lang, id, Some(&crate::i18n::text::args(pairs)))
    }

    /// One chapter's answers; returns whether anything was written.
    fn chapter(&mut self, chapter: Option<&Chapter>, id: &str, answers: Result<Option<Answers>, JournalError>) -> bool {
        let body = match answers {
            Ok(None) => return false,
            Ok(Some(a)) => self.chapter_body(chapter, &a),
            Err(e) => self.damaged(&e),
        };
        if body.is_empty() {
            return false;
        }
        match chapter {
            Some(c) => {
                let _ = writeln!(self.out, "## {}. {}\n", c.number, c.title);
            }
            None => {
                let _ = writeln!(self.out, "## {}: {}\n", tr(self.lang, "ui-export-chapter-gone"), code_span(id));
            }
        }
        self.out.push_str(&body);
        true
    }

    fn chapter_body(&self, chapter: Option<&Chapter>, answers: &Answers) -> String {
        let mut out = String::new();
        let steps = chapter.map_or(&[][..], |c| c.steps.as_slice());
        for step in steps {
            let id = step.id();
            let body = self.step_body(Some(step), answers.reflections(id), answers.scales(id), answers.choices(id));
            if !body.is_empty() {
                let _ = writeln!(out, "### {}\n", step.title());
                if let Some(prompt) = step.prompt() {
                    for line in prompt.lines() {
                        let _ = writeln!(out, "> {line}");
                    }
                    out.push('\n');
                }
                out.push_str(&body);
            }
        }
        let gone: BTreeSet<&crate::journal::StepId> = answers
            .reflections
            .keys()
            .chain(answers.scales.keys())
            .chain(answers.choices.keys())
            .filter(|id| !steps.iter().any(|s| s.id() == id.as_str()))
            .collect();
        for id in gone {
            let body = self.step_body(None, answers.reflections(id), answers.scales(id), answers.choices(id));
            if !body.is_empty() {
                if chapter.is_some() {
                    let _ = writeln!(out, "### Answers to steps no longer in the workbook: {}\n", code_span(id));
                } else {
                    let _ = writeln!(out, "### Step {}\n", code_span(id));
                }
                out.push_str(&body);
            }
        }
        out
    }

    fn step_body(
        &self,
        step: Option<&Step>,
        reflections: &[Reflection],
        scales: &[ScaleAnswer],
        choices: &[ChoiceAnswer],
    ) -> String {
        let mut out = String::new();
        for reflection in reflections {
            let kept: Vec<_> = reflection.revisions.iter().filter(|r| self.keep(&r.at)).collect();
            let Some((latest, earlier)) = kept.split_last() else { continue };
            let _ = writeln!(out, "#### {}\n", self.dated(&latest.at));
            out.push_str(&user_block(self.lang, &latest.text, ""));
            out.push('\n');
            if !earlier.is_empty() {
                out.push_str(&format!("_{}:_\n\n", tr(self.lang, "ui-export-earlier-versions")));
                for r in earlier {
                    let _ = writeln!(out, "> **{}**\n>", self.lang.moment(&r.at));
                    out.push_str(&user_block(self.lang, &r.text, "> "));
                    out.push('\n');
                }
            }
        }
        let range = match step {
            Some(Step::Scale(s)) => format!(" ({} = {} … {} = {})", s.min, s.low, s.max, s.high),
            _ => String::new(),
        };
        let mut list = String::new();
        for s in scales.iter().filter(|s| self.keep(&s.at)) {
            let _ = writeln!(list, "- {} — {}{range}", self.dated(&s.at), s.value);
        }
        for c in choices.iter().filter(|c| self.keep(&c.at)) {
            let _ = writeln!(list, "- {} — {}", self.dated(&c.at), choice_text(self.lang, c));
        }
        if !list.is_empty() {
            out.push_str(&list);
            out.push('\n');
        }
        out
    }

    /// Every self-assessment take, oldest first, compared with the one before.
    fn assessments(&mut self, workbook: &Workbook, dir: &DataDir) -> bool {
        let found = read_takes(&dir.assessments_dir());
        let def = workbook.assessment.as_ref();
        let ours: Vec<&Take> =
            found.takes.iter().map(|(_, t)| t).filter(|t| def.is_some_and(|d| d.id == t.assessment)).collect();
        let mut blocks = Vec::new();
        // This take's place among those of our assessment, counted as we go.
        let mut number = 0;
        for (path, take) in &found.takes {
            let known = def.filter(|d| d.id == take.assessment);
            number += usize::from(known.is_some());
            if !self.keep(&take.taken) {
                continue;
            }
            let text = match known {
                Some(def) => {
                    take_text(self.lang, def, take, number.checked_sub(2).map(|p| ours[p]), (number, ours.len()))
                }
                None => other_take_text(self.lang, take, &path.display().to_string()),
            };
            blocks.push(fenced(&text));
        }
        let mut notes = String::new();
        for e in &found.damaged {
            notes.push_str(&self.damaged(e));
        }
        if blocks.is_empty() && notes.is_empty() {
            return false;
        }
        let _ = writeln!(self.out, "## {}\n", tr(self.lang, "ui-export-assessment"));
        for b in blocks {
            self.out.push_str(&b);
            self.out.push('\n');
        }
        self.out.push_str(&notes);
        true
    }

    /// The practice log: totals, a table of weeks and the sessions by day.
    fn practice(&mut self, workbook: &Workbook, dir: &DataDir, only: Option<&str>) -> bool {
        let log = match crate::journal::store::read_practice_log(dir) {
            Ok(log) => log.map(|(log, _)| log).unwrap_or_default(),
            Err(e) => {
                let note = self.damaged(&e);
                let _ = writeln!(self.out, "## Practice log\n");
                self.out.push_str(&note);
                return true;
            }
        };
        let mut entries: Vec<&PracticeEntry> = log
            .entries
            .iter()
            .filter(|e| only.is_none_or(|c| e.chapter == c))
            .filter(|e| self.keep(&e.start))
            .collect();
        if entries.is_empty() {
            return false;
        }
        entries.sort_by_key(|e| e.start);
        let mut days: BTreeMap<NaiveDate, Vec<&PracticeEntry>> = BTreeMap::new();
        for e in &entries {
            days.entry(practice_day(&e.start, self.day_starts_at)).or_default().push(e);
        }
        let mut weeks: BTreeMap<NaiveDate, (usize, f64)> = BTreeMap::new();
        for (d, list) in &days {
            let week = weeks.entry(week_start(*d)).or_default();
            week.0 += list.len();
            week.1 += list.iter().map(|e| e.actual_minutes).sum::<f64>();
        }
        let total: f64 = entries.iter().map(|e| e.actual_minutes).sum();
        let summary = self.say(
            "ui-export-log-summary",
            &[
                ("sessions", entries.len().into()),
                ("minutes", minutes(self.lang, total).into()),
                ("hour", format!("{:02}:00", self.day_starts_at.min(23)).into()),
            ],
        );
        let lang = self.lang;
        let [heading, week_of, sessions_h, minutes_h, by_day] =
            ["ui-log", "ui-export-week-of", "ui-export-sessions", "ui-export-minutes", "ui-export-by-day"]
                .map(|id| tr(lang, id));
        let out = &mut self.out;
        let _ = writeln!(out, "## {heading}\n");
        let _ = writeln!(out, "{summary}\n");
        let _ = writeln!(out, "| {week_of} | {sessions_h} | {minutes_h} |\n|---|---:|---:|");
        for (week, (n, m)) in &weeks {
            let _ = writeln!(out, "| {} | {n} | {} |", lang.day(*week, "%a %-d %b %Y"), minutes(lang, *m));
        }
        let _ = writeln!(out, "\n### {by_day}\n");
        for (d, list) in &days {
            let _ = writeln!(out, "**{}**\n", lang.day(*d, "%a %-d %b %Y"));
            for e in list {
                let _ = writeln!(out, "- {}", session_text(lang, workbook, e, *d));
            }
            out.push('\n');
        }
        true
    }
}

/// One session, under the heading of the day it counts for (`day`).
fn session_text(lang: Lang, workbook: &Workbook, e: &PracticeEntry, day: NaiveDate) -> String {
    let say = |id: &str, pairs: &[(&str, String)]| crate::i18n::text::tr_text(lang, id, pairs);
    let chapter = workbook.chapter(&e.chapter);
    let step = chapter.and_then(|c| c.step(&e.practice));
    let title = match (chapter, step) {
        _ if e.is_silent_timer() => tr(lang, "ui-timer"),
        (Some(c), Some(s)) => {
            say("ui-export-session-chapter", &[("title", s.title().to_string()), ("number", c.number.to_string())])
        }
        _ => say("ui-export-session-gone", &[("id", code_span(&format!("{}/{}", e.chapter, e.practice)))]),
    };
    let how = tr(lang, if e.finished { "ui-export-finished" } else { "ui-log-stopped-early" });
    // After midnight, before the day starts: say which night it was.
    let at =
        if e.start.date_naive() == day { lang.at(&e.start, "%H:%M") } else { lang.at(&e.start, "%a %-d %b, %H:%M") };
    // `planned` a number, for the plural of "minutes".
    let values = [
        ("at", FluentValue::from(at)),
        ("title", FluentValue::from(title)),
        ("minutes", FluentValue::from(minutes(lang, e.actual_minutes))),
        ("planned", FluentValue::from(e.planned_minutes)),
        ("how", FluentValue::from(how)),
    ];
    let mut text = tr_args(lang, "ui-export-session", Some(&crate::i18n::text::args(&values)));
    let check_in = match (e.rating_before, e.rating_after) {
        (Some(b), Some(a)) => Some(say("ui-export-check-in", &[("before", b.to_string()), ("after", a.to_string())])),
        (Some(b), None) => Some(say("ui-export-check-in-before", &[("before", b.to_string())])),
        (None, Some(a)) => Some(say("ui-export-check-in-after", &[("after", a.to_string())])),
        (None, None) => None,
    };
    if let Some(c) = check_in {
        let _ = write!(text, "; {c}");
    }
    text
}

fn choice_text(lang: Lang, c: &ChoiceAnswer) -> String {
    let picks = c.picks.join(", ");
    let other = c.other.as_deref().filter(|o| !o.trim().is_empty());
    let other_word = tr(lang, "ui-export-other");
    let text = match other {
        Some(o) if picks.is_empty() => format!("{other_word}: {o}"),
        Some(o) => format!("{picks}; {other_word}: {o}"),
        None if picks.is_empty() => tr(lang, "ui-export-nothing-picked"),
        None => picks,
    };
    // Keep any further lines of "other" inside the list item. The first
    // line follows "- date — ", where nothing it starts with is markup.
    let mut lines = kept_lines(&text, 1).into_iter();
    let mut out = lines.next().unwrap_or_default();
    for line in lines {
        out.push_str("\n  ");
        out.push_str(&line);
    }
    out
}

/// The user's text as written, each line after `prefix` (see [`kept_lines`]).
fn user_block(lang: Lang, text: &str, prefix: &str) -> String {
    let text = text.trim_end_matches(['\n', '\r']);
    if text.trim().is_empty() {
        return format!("{prefix}_({})_\n", tr(lang, "ui-export-empty"));
    }
    let mut out = String::new();
    for line in kept_lines(text, 0) {
        if line.is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(prefix);
            out.push_str(&line);
        }
        out.push('\n');
    }
    out
}

/// The lines of `text` as Markdown that renders them as written: a line
/// that would start a heading, list, quote, code block or the like is
/// escaped ([`escape_line`]), and a line followed by another in the same
/// paragraph ends in a hard break (`\`), so a single line break stays one
/// instead of running the lines together. A backslash is used, not two
/// trailing spaces: it shows in the file, and editors that trim trailing
/// spaces keep it. Blank lines (paragraph breaks) come back empty. Lines
/// before `escape_from` follow other text on their line and are not escaped.
fn kept_lines(text: &str, escape_from: usize) -> Vec<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    let blank = |l: &str| l.trim().is_empty();
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            out.push(String::new());
            continue;
        }
        let mut kept = if i < escape_from { (*line).to_string() } else { escape_line(line) };
        if !blank(line) && lines.get(i + 1).is_some_and(|next| !blank(next)) {
            // An odd run of backslashes at the end would escape ours.
            let run = kept.len() - kept.trim_end_matches('\\').len();
            if run % 2 == 1 {
                kept.push('\\');
            }
            kept.push('\\');
        }
        out.push(kept);
    }
    out
}

/// Characters that start block markup at the beginning of a line (after up
/// to three spaces): a heading (`#`), a quote (`>`), a list item or a rule
/// (`-`, `*`, `+`, `_`), a heading underline (`=`), a code fence (`` ` ``,
/// `~`), HTML (`<`), a table row (`|`), a link definition (`[`), or a
/// backslash that would itself escape what follows.
const BLOCK_MARKS: &[char] = &['#', '>', '-', '*', '+', '_', '=', '`', '~', '<', '|', '[', '\\'];

/// `line` with a backslash before the mark that would make it Markdown
/// formatting (see [`BLOCK_MARKS`], and `1.` or `1)` of a numbered list,
/// and `:-` of a table's alignment row); any other line as it is. Indented
/// four spaces or more, a line is no markup but text or code, and is left.
fn escape_line(line: &str) -> String {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return line.to_string();
    }
    let (lead, rest) = line.split_at(indent);
    if rest.starts_with(BLOCK_MARKS) || rest.starts_with(":-") {
        return format!("{lead}\\{rest}");
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, after) = rest.split_at(digits);
    let numbered = (1..=9).contains(&digits)
        && after.starts_with(['.', ')'])
        && (after.len() == 1 || after[1..].starts_with([' ', '\t']));
    if numbered { format!("{lead}{number}\\{after}") } else { line.to_string() }
}

/// Inline code that survives backticks in `s`.
fn code_span(s: &str) -> String {
    let ticks = "`".repeat(longest_run(s, '`') + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') { " " } else { "" };
    format!("{ticks}{pad}{s}{pad}{ticks}")
}

/// A ```text block whose fence is longer than any run of backticks inside.
fn fenced(text: &str) -> String {
    let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
    format!("{fence}text\n{}\n{fence}\n", text.trim_end_matches('\n'))
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in s.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// Minutes to a tenth, without a trailing `.0`.
fn minutes(lang: Lang, m: f64) -> String {
    let tenths = (m * 10.0).round() / 10.0;
    lang.decimal(tenths, if tenths.fract() == 0.0 { 0 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lines_that_would_be_markup_are_escaped() {
        assert_eq!(escape_line("# Title"), "\\# Title");
        assert_eq!(escape_line("   #tag"), "   \\#tag");
        assert_eq!(escape_line("    # code"), "    # code");
        assert_eq!(escape_line("C# and *stars* _under_ 🌱"), "C# and *stars* _under_ 🌱");
        assert_eq!(escape_line("\t# tab"), "\t# tab");
        for (line, kept) in [
            ("- a", "\\- a"),
            ("> quoted", "\\> quoted"),
            ("* star", "\\* star"),
            ("+ plus", "\\+ plus"),
            ("---", "\\---"),
            ("===", "\\==="),
            ("```rust", "\\```rust"),
            ("~~~", "\\~~~"),
            ("<div>", "\\<div>"),
            ("| a | b |", "\\| a | b |"),
            (":--|--:", "\\:--|--:"),
            ("[1]: http://x", "\\[1]: http://x"),
            ("\\# kept", "\\\\# kept"),
            ("1. first", "1\\. first"),
            ("12) twelve", "12\\) twelve"),
            ("3.", "3\\."),
            ("3.5 hours", "3.5 hours"),
            ("2026. A year", "2026\\. A year"),
            ("1234567890. too long", "1234567890. too long"),
            ("Me: fine :-)", "Me: fine :-)"),
        ] {
            assert_eq!(escape_line(line), kept, "{line:?}");
        }
    }

    #[test]
    fn user_text_is_kept_line_by_line() {
        assert_eq!(user_block(Lang::En, "a\n\n# b\n", "> "), "> a\n>\n> \\# b\n");
        assert_eq!(user_block(Lang::En, "  \n", ""), "_(empty)_\n");
        assert_eq!(user_block(Lang::En, "one\ntwo\n\nthree", ""), "one\\\ntwo\n\nthree\n");
        assert_eq!(user_block(Lang::En, "C:\\dir\\\nnext", ""), "C:\\dir\\\\\\\nnext\n");
        assert_eq!(user_block(Lang::En, "a\n- b", "> "), "> a\\\n> \\- b\n");
    }

    #[test]
    fn other_keeps_its_lines_in_the_list_item() {
        let c = ChoiceAnswer {
            at: chrono::DateTime::parse_from_rfc3339("2026-12-01T09:05:00+01:00").unwrap(),
            picks: vec!["Care".into()],
            other: Some("- calm\n# focus".into()),
        };
        assert_eq!(choice_text(Lang::En, &c), "Care; other: - calm\\\n  \\# focus");
    }

    #[test]
    fn code_survives_backticks() {
        assert_eq!(code_span("a"), "`a`");
        assert_eq!(code_span("a `b`"), "`` a `b` ``");
        assert_eq!(code_span("a ` b"), "``a ` b``");
        assert_eq!(fenced("x ``` y\n"), "````text\nx ``` y\n````\n");
    }

    #[test]
    fn minutes_to_a_tenth() {
        assert_eq!(minutes(Lang::En, 5.0), "5");
        assert_eq!(minutes(Lang::En, 2.54), "2.5");
        assert_eq!(minutes(Lang::Nl, 2.54), "2,5");
        assert_eq!(minutes(Lang::En, 0.04), "0");
    }
}

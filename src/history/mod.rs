//! Every answer across the workbook as one list, newest first, for the
//! History screen: built once from the journal and searched in memory.

pub mod practice;
pub mod search;
pub mod texts;
pub mod words;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::content::{Step, Workbook};
use crate::journal::days::practice_day;
use crate::journal::monthly::{self, Layout};
use crate::journal::{Answers, Revision, Timestamp};

use search::fold_text;
use words::WordIndex;

/// Which answer of its step an entry is (an index into that step's list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reflection(usize),
    Scale(usize),
    Choice(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub at: Timestamp,
    pub day: NaiveDate,
    pub chapter: usize,
    pub step_id: Arc<str>,
    /// Where the step is now; None when the workbook no longer has it.
    pub step: Option<usize>,
    pub kind: Kind,
    pub revisions: usize,
    /// The month file holding the answer and its place in that month's
    /// list of the step; None for a chapter still kept in one file.
    pub month: Option<(Arc<str>, usize)>,
}

/// A chapter's entries, in the order of its answers, and the words they hold.
#[derive(Debug, Default, Clone)]
pub struct ChapterIndex {
    pub entries: Vec<Entry>,
    pub words: WordIndex,
}

/// Where an entry's text is read from: the chapter's answers read whole,
/// or the one month file that holds it.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    Whole(&'a Answers),
    Month(&'a Answers),
}

impl Entry {
    /// The answer's place in its step's list, in what `source` holds.
    fn index_in(&self, source: Source<'_>) -> Option<usize> {
        match source {
            Source::Whole(_) => Some(match self.kind {
                Kind::Reflection(i) | Kind::Scale(i) | Kind::Choice(i) => i,
            }),
            Source::Month(_) => self.month.as_ref().map(|(_, i)| *i),
        }
    }
}

impl<'a> Source<'a> {
    fn answers(self) -> &'a Answers {
        match self {
            Source::Whole(a) | Source::Month(a) => a,
        }
    }
}

/// The entries of one chapter's answers, with their words.
pub fn index_chapter(
    workbook: &Workbook,
    chapter: usize,
    answers: &Answers,
    layout: Option<&Layout>,
    day_starts_at: u8,
) -> ChapterIndex {
    let c = &workbook.chapters[chapter];
    let mut entries = Vec::new();
    let mut words = words::Builder::default();
    let mut months: HashMap<String, Arc<str>> = HashMap::new();
    let mut push = |at: Timestamp, step_id: &Arc<str>, kind: Kind, revisions: usize| {
        let (mkind, i) = match kind {
            Kind::Reflection(i) => (monthly::Kind::Reflection, i),
            Kind::Scale(i) => (monthly::Kind::Scale, i),
            Kind::Choice(i) => (monthly::Kind::Choice, i),
        };
        let month = layout.and_then(|l| l.locate(mkind, step_id, i)).map(|(m, local)| {
            let shared = months.entry(m.to_string()).or_insert_with(|| Arc::from(m));
            (Arc::clone(shared), local)
        });
        let entry = Entry {
            at,
            day: practice_day(&at, day_starts_at),
            chapter,
            step_id: Arc::clone(step_id),
            step: c.step_index(step_id),
            kind,
            revisions,
            month,
        };
        words.add(&fold_text(&entry_text(workbook, Source::Whole(answers), &entry)));
        entries.push(entry);
    };
    for (step_id, list) in &answers.reflections {
        let step_id: Arc<str> = Arc::from(step_id.as_str());
        for (i, r) in list.iter().enumerate() {
            if let Some(latest) = r.latest() {
                push(latest.at, &step_id, Kind::Reflection(i), r.revisions.len());
            }
        }
    }
    for (step_id, list) in &answers.scales {
        let step_id: Arc<str> = Arc::from(step_id.as_str());
        for (i, a) in list.iter().enumerate() {
            push(a.at, &step_id, Kind::Scale(i), 1);
        }
    }
    for (step_id, list) in &answers.choices {
        let step_id: Arc<str> = Arc::from(step_id.as_str());
        for (i, a) in list.iter().enumerate() {
            push(a.at, &step_id, Kind::Choice(i), 1);
        }
    }
    ChapterIndex { entries, words: words.finish() }
}

fn scale_text(workbook: &Workbook, chapter: usize, step_id: &str, value: i32) -> String {
    let c = &workbook.chapters[chapter];
    match c.step_index(step_id).map(|i| &c.steps[i]) {
        Some(Step::Scale(s)) => format!("{value} (from {} = {} to {} = {})", s.min, s.low, s.max, s.high),
        _ => value.to_string(),
    }
}

/// What an entry says, read from the answers it came from (entries keep no
/// copy of the text, so years of answers need not be held in memory).
pub fn entry_text<'a>(workbook: &Workbook, source: Source<'a>, entry: &Entry) -> Cow<'a, str> {
    let answers = source.answers();
    let Some(i) = entry.index_in(source) else { return Cow::Borrowed("") };
    match entry.kind {
        Kind::Reflection(_) => answers
            .reflections(&entry.step_id)
            .get(i)
            .and_then(|r| r.latest())
            .map_or(Cow::Borrowed(""), |r| Cow::Borrowed(r.text.as_str())),
        Kind::Scale(_) => answers
            .scales(&entry.step_id)
            .get(i)
            .map_or(Cow::Borrowed(""), |a| Cow::Owned(scale_text(workbook, entry.chapter, &entry.step_id, a.value))),
        Kind::Choice(_) => {
            answers.choices(&entry.step_id).get(i).map_or(Cow::Borrowed(""), |a| Cow::Owned(a.summary()))
        }
    }
}

/// Every version of a reflection entry, oldest first; none for other kinds.
pub fn entry_revisions<'a>(source: Source<'a>, entry: &Entry) -> &'a [Revision] {
    match (entry.kind, entry.index_in(source)) {
        (Kind::Reflection(_), Some(i)) => {
            source.answers().reflections(&entry.step_id).get(i).map_or(&[], |r| r.revisions.as_slice())
        }
        _ => &[],
    }
}

/// The question a step asks, for showing and searching.
pub fn prompt_of(step: &Step) -> &str {
    step.prompt().unwrap_or(step.title())
}

/// Chapter title, step title and prompt of every step, folded, so a search
/// finds answers by their question too. Built once per History, per step.
pub fn step_contexts(workbook: &Workbook) -> Vec<Vec<String>> {
    workbook
        .chapters
        .iter()
        .map(|c| c.steps.iter().map(|s| fold_text(&format!("{} {} {}", c.title, s.title(), prompt_of(s)))).collect())
        .collect()
}

//! Every answer across the workbook as one list, newest first, for the
//! History screen: built once from the journal and searched in memory.

pub mod practice;
pub mod search;

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::content::{Step, Workbook};
use crate::journal::days::practice_day;
use crate::journal::{Answers, Timestamp};

use search::fold_text;

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
    pub step_id: String,
    /// Where the step is now; None when the workbook no longer has it.
    pub step: Option<usize>,
    pub kind: Kind,
    pub revisions: usize,
}

/// The entries of one chapter's answers.
pub fn chapter_entries(workbook: &Workbook, chapter: usize, answers: &Answers, day_starts_at: u8) -> Vec<Entry> {
    let c = &workbook.chapters[chapter];
    let mut out = Vec::new();
    let step_index = |id: &str| c.step_index(id);
    let mut push = |at: Timestamp, step_id: &str, kind: Kind, revisions: usize| {
        out.push(Entry {
            at,
            day: practice_day(&at, day_starts_at),
            chapter,
            step_id: step_id.to_string(),
            step: step_index(step_id),
            kind,
            revisions,
        });
    };
    for (step_id, list) in &answers.reflections {
        for (i, r) in list.iter().enumerate() {
            if let Some(latest) = r.latest() {
                push(latest.at, step_id, Kind::Reflection(i), r.revisions.len());
            }
        }
    }
    for (step_id, list) in &answers.scales {
        for (i, a) in list.iter().enumerate() {
            push(a.at, step_id, Kind::Scale(i), 1);
        }
    }
    for (step_id, list) in &answers.choices {
        for (i, a) in list.iter().enumerate() {
            push(a.at, step_id, Kind::Choice(i), 1);
        }
    }
    out
}

fn scale_text(workbook: &Workbook, chapter: usize, step_id: &str, value: i32) -> String {
    let c = &workbook.chapters[chapter];
    match c.step_index(step_id).map(|i| &c.steps[i]) {
        Some(Step::Scale(s)) => format!("{value} (from {} = {} to {} = {})", s.min, s.low, s.max, s.high),
        _ => value.to_string(),
    }
}

/// What an entry says, read from the answers it came from (entries keep no
/// copy of the text, so years of answers are held in memory once).
pub fn entry_text<'a>(workbook: &Workbook, answers: &'a Answers, entry: &Entry) -> Cow<'a, str> {
    match entry.kind {
        Kind::Reflection(i) => answers
            .reflections(&entry.step_id)
            .get(i)
            .and_then(|r| r.latest())
            .map_or(Cow::Borrowed(""), |r| Cow::Borrowed(r.text.as_str())),
        Kind::Scale(i) => answers
            .scales(&entry.step_id)
            .get(i)
            .map_or(Cow::Borrowed(""), |a| Cow::Owned(scale_text(workbook, entry.chapter, &entry.step_id, a.value))),
        Kind::Choice(i) => {
            answers.choices(&entry.step_id).get(i).map_or(Cow::Borrowed(""), |a| Cow::Owned(a.summary()))
        }
    }
}

/// The question a step asks, for showing and searching.
pub fn prompt_of(step: &Step) -> &str {
    step.prompt().unwrap_or(step.title())
}

/// Newest first; ties keep chapter order.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| b.at.cmp(&a.at).then(a.chapter.cmp(&b.chapter)));
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

/// Whether an entry matches a folded query, by its text or its question.
/// The text is folded as it is read: keeping a folded copy of every answer
/// would double what years of answers hold in memory.
pub fn matches(
    workbook: &Workbook,
    answers: &Answers,
    contexts: &[Vec<String>],
    e: &Entry,
    folded_query: &str,
) -> bool {
    folded_query.is_empty()
        || e.step.and_then(|s| contexts.get(e.chapter)?.get(s)).is_some_and(|c| c.contains(folded_query))
        || fold_text(&entry_text(workbook, answers, e)).contains(folded_query)
}

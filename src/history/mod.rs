//! Every answer across the workbook as one list, newest first, for the
//! History screen: built once from the journal and searched in memory.

pub mod practice;
pub mod search;

use chrono::NaiveDate;

use crate::content::{Step, Workbook};
use crate::journal::days::practice_day;
use crate::journal::{Answers, Timestamp};

use search::{Folded, fold};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A reflection: which answer of the step.
    Reflection(usize),
    Scale,
    Choice,
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
    /// What was answered, as text.
    pub text: String,
    pub revisions: usize,
    pub folded: Folded,
    /// Chapter, step title and prompt, folded, so a search finds answers by their question too.
    pub folded_context: Folded,
}

/// The entries of one chapter's answers.
pub fn chapter_entries(workbook: &Workbook, chapter: usize, answers: &Answers, day_starts_at: u8) -> Vec<Entry> {
    let c = &workbook.chapters[chapter];
    let mut out = Vec::new();
    let step_index = |id: &str| c.step_index(id);
    let context = |id: &str| {
        let prompt =
            step_index(id).map_or(id.to_string(), |i| format!("{} {}", c.steps[i].title(), prompt_of(&c.steps[i])));
        fold(&format!("{} {}", c.title, prompt))
    };
    let mut push = |at: Timestamp, step_id: &str, kind: Kind, text: String, revisions: usize| {
        out.push(Entry {
            at,
            day: practice_day(&at, day_starts_at),
            chapter,
            step_id: step_id.to_string(),
            step: step_index(step_id),
            kind,
            folded: fold(&text),
            folded_context: context(step_id),
            text,
            revisions,
        });
    };
    for (step_id, list) in &answers.reflections {
        for (i, r) in list.iter().enumerate() {
            if let Some(latest) = r.latest() {
                push(latest.at, step_id, Kind::Reflection(i), latest.text.clone(), r.revisions.len());
            }
        }
    }
    for (step_id, list) in &answers.scales {
        let labels = step_index(step_id).and_then(|i| match &c.steps[i] {
            Step::Scale(s) => Some((s.min, s.low.clone(), s.max, s.high.clone())),
            _ => None,
        });
        for a in list {
            let text = match &labels {
                Some((min, low, max, high)) => format!("{} (from {min} = {low} to {max} = {high})", a.value),
                None => a.value.to_string(),
            };
            push(a.at, step_id, Kind::Scale, text, 1);
        }
    }
    for (step_id, list) in &answers.choices {
        for a in list {
            push(a.at, step_id, Kind::Choice, a.summary(), 1);
        }
    }
    out
}

/// The question a step asks, for showing and searching.
pub fn prompt_of(step: &Step) -> String {
    match step {
        Step::Reflection(r) => r.prompt.clone(),
        Step::Scale(s) => s.prompt.clone(),
        Step::Choice(c) => c.prompt.clone(),
        other => other.title().to_string(),
    }
}

/// Newest first; ties keep chapter order.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| b.at.cmp(&a.at).then(a.chapter.cmp(&b.chapter)));
}

/// Indices of the entries shown for a chapter filter and a folded query.
pub fn visible(entries: &[Entry], chapter: Option<usize>, folded_query: &str) -> Vec<usize> {
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| chapter.is_none_or(|c| e.chapter == c))
        .filter(|(_, e)| e.folded.contains(folded_query) || e.folded_context.contains(folded_query))
        .map(|(i, _)| i)
        .collect()
}

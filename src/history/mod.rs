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

impl Kind {
    fn of(kind: monthly::Kind, i: usize) -> Kind {
        match kind {
            monthly::Kind::Reflection => Kind::Reflection(i),
            monthly::Kind::Scale => Kind::Scale(i),
            monthly::Kind::Choice => Kind::Choice(i),
        }
    }

    /// The same kind of answer at another place.
    fn at(self, i: usize) -> Kind {
        match self {
            Kind::Reflection(_) => Kind::Reflection(i),
            Kind::Scale(_) => Kind::Scale(i),
            Kind::Choice(_) => Kind::Choice(i),
        }
    }
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
    let mut builder = IndexBuilder::new(workbook, chapter, day_starts_at);
    builder.add(answers, |kind, step, i| {
        let (month, local) = layout?.locate(kind, step, i)?;
        Some((month.to_string(), local))
    });
    builder.finish()
}

/// Builds a chapter's index from its answers all at once
/// ([`index_chapter`]) or a month at a time ([`IndexBuilder::add_month`]),
/// so a chapter's folder is indexed without holding all of it.
pub struct IndexBuilder<'w> {
    workbook: &'w Workbook,
    chapter: usize,
    day_starts_at: u8,
    entries: Vec<Entry>,
    words: words::Builder,
    months: HashMap<String, Arc<str>>,
    steps: HashMap<crate::journal::StepId, Arc<str>>,
    /// Answers taken in so far per kind and step: where a month's part starts.
    counts: HashMap<(monthly::Kind, Arc<str>), usize>,
}

impl<'w> IndexBuilder<'w> {
    pub fn new(workbook: &'w Workbook, chapter: usize, day_starts_at: u8) -> Self {
        IndexBuilder {
            workbook,
            chapter,
            day_starts_at,
            entries: Vec::new(),
            words: words::Builder::default(),
            months: HashMap::new(),
            steps: HashMap::new(),
            counts: HashMap::new(),
        }
    }

    /// Takes in the next month of the chapter's folder (its answers follow
    /// those taken in so far).
    pub fn add_month(&mut self, month: &str, part: &Answers) {
        self.add(part, |_, _, local| Some((month.to_string(), local)));
    }

    /// Takes in `answers`; `month` says where the `i`th answer of a step's
    /// list in them is kept on disk.
    fn add(&mut self, answers: &Answers, month: impl Fn(monthly::Kind, &str, usize) -> Option<(String, usize)>) {
        // Per step: when each answer was last written and how many versions
        // it has; None for a reflection without a version (only a
        // hand-edited file has one), which is no entry but keeps its place.
        type Items = Vec<Option<(Timestamp, usize)>>;
        let mut lists: Vec<(monthly::Kind, &crate::journal::StepId, Items)> = Vec::new();
        for (step, list) in &answers.reflections {
            let items = list.iter().map(|r| r.latest().map(|l| (l.at, r.revisions.len()))).collect();
            lists.push((monthly::Kind::Reflection, step, items));
        }
        for (step, list) in &answers.scales {
            lists.push((monthly::Kind::Scale, step, list.iter().map(|a| Some((a.at, 1))).collect()));
        }
        for (step, list) in &answers.choices {
            lists.push((monthly::Kind::Choice, step, list.iter().map(|a| Some((a.at, 1))).collect()));
        }
        let c = &self.workbook.chapters[self.chapter];
        for (kind, step, items) in lists {
            let step_id = Arc::clone(self.steps.entry(step.clone()).or_insert_with(|| Arc::from(step.as_str())));
            let start = self.counts.get(&(kind, Arc::clone(&step_id))).copied().unwrap_or(0);
            for (local, item) in items.iter().enumerate() {
                let Some((at, revisions)) = *item else { continue };
                let i = start + local;
                let place = month(kind, step, local).map(|(m, local)| {
                    let shared = Arc::clone(self.months.entry(m.clone()).or_insert_with(|| Arc::from(m.as_str())));
                    (shared, local)
                });
                let entry = Entry {
                    at,
                    day: practice_day(&at, self.day_starts_at),
                    chapter: self.chapter,
                    step_id: Arc::clone(&step_id),
                    step: c.step_index(step),
                    kind: Kind::of(kind, i),
                    revisions,
                    month: place,
                };
                // The text is read from `answers` by the answer's place in them.
                let text = answer_text(self.workbook, self.chapter, answers, Kind::of(kind, local), step);
                self.words.add(&fold_text(&text));
                self.entries.push(entry);
            }
            self.counts.insert((kind, step_id), start + items.len());
        }
    }

    pub fn finish(self) -> ChapterIndex {
        ChapterIndex { entries: self.entries, words: self.words.finish() }
    }
}

fn scale_text(workbook: &Workbook, chapter: usize, step_id: &str, value: i32) -> String {
    let c = &workbook.chapters[chapter];
    match c.step_index(step_id).map(|i| &c.steps[i]) {
        Some(Step::Scale(s)) => {
            // In the workbook's own language, as its low and high words are.
            let lang = crate::i18n::Lang::from_tag(&workbook.manifest.language).unwrap_or_default();
            let pairs = [
                ("value", value.to_string()),
                ("min", s.min.to_string()),
                ("low", s.low.clone()),
                ("max", s.max.to_string()),
                ("high", s.high.clone()),
            ];
            crate::i18n::text::tr_text(lang, "ui-history-scale", &pairs)
        }
        _ => value.to_string(),
    }
}

/// What an entry says, read from the answers it came from (entries keep no
/// copy of the text, so years of answers need not be held in memory).
pub fn entry_text<'a>(workbook: &Workbook, source: Source<'a>, entry: &Entry) -> Cow<'a, str> {
    let Some(i) = entry.index_in(source) else { return Cow::Borrowed("") };
    answer_text(workbook, entry.chapter, source.answers(), entry.kind.at(i), &entry.step_id)
}

/// The text of the answer `kind` names (by its place in `answers`) to a step.
fn answer_text<'a>(workbook: &Workbook, chapter: usize, answers: &'a Answers, kind: Kind, step: &str) -> Cow<'a, str> {
    match kind {
        Kind::Reflection(i) => answers
            .reflections(step)
            .get(i)
            .and_then(|r| r.latest())
            .map_or(Cow::Borrowed(""), |r| Cow::Borrowed(r.text.as_str())),
        Kind::Scale(i) => answers
            .scales(step)
            .get(i)
            .map_or(Cow::Borrowed(""), |a| Cow::Owned(scale_text(workbook, chapter, step, a.value))),
        Kind::Choice(i) => answers.choices(step).get(i).map_or(Cow::Borrowed(""), |a| Cow::Owned(a.summary())),
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

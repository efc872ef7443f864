//! The user's data as it is stored: every file carries a `version`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::ids::{ChapterId, StepId};
use super::store::Versioned;

pub type Timestamp = DateTime<FixedOffset>;

pub const PROGRESS_VERSION: u32 = 1;
/// 2 added `recent`, the latest answers of each step at the top of the file.
pub const ANSWERS_VERSION: u32 = 2;

fn is_false(b: &bool) -> bool {
    !*b
}

/// `progress.ron`: where the user is, and what they have done.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub version: u32,
    /// The first-start welcome has been seen.
    #[serde(default)]
    pub welcomed: bool,
    /// The intake before the first chapter has been read and the user went on.
    #[serde(default, skip_serializing_if = "is_false")]
    pub intake_seen: bool,
    /// The last step the user was on.
    #[serde(default)]
    pub last: Option<Position>,
    /// The editor was open when the program stopped: reopen it on start.
    #[serde(default)]
    pub editing: Option<OpenEditor>,
    #[serde(default)]
    pub chapters: BTreeMap<ChapterId, ChapterProgress>,
    /// Per practice ("chapter-id/step-id"): how often and when last, so a
    /// practice step can say so without reading the whole practice log.
    #[serde(default)]
    pub practiced: BTreeMap<String, Practiced>,
    /// The practices marked as favourites in the practices launcher, by
    /// [`practiced_key`] ("chapter-id/step-id"), in the order marked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub favourites: Vec<String>,
}

/// The key of a practice in [`Progress::practiced`].
pub fn practiced_key(chapter: &str, practice: &str) -> String {
    format!("{chapter}/{practice}")
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Practiced {
    pub count: u32,
    pub last: Timestamp,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub chapter: ChapterId,
    pub step: StepId,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OpenEditor {
    pub chapter: ChapterId,
    pub step: StepId,
    /// Which answer was being written (index into that step's answers).
    pub entry: Option<usize>,
    /// The version of that answer this editor session writes, recorded
    /// before the session first saves it. None until then: a resumed session
    /// then adds a version of its own instead of writing over an earlier one.
    /// An index not (yet) in the file means the save did not happen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<usize>,
    /// Cursor (row, column) in the text.
    pub cursor: (usize, usize),
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct ChapterProgress {
    /// The step the user was last on in this chapter.
    #[serde(default)]
    pub last_step: Option<StepId>,
    #[serde(default)]
    pub visited: BTreeSet<StepId>,
    /// Answered, finished or read to the end.
    #[serde(default)]
    pub done: BTreeSet<StepId>,
}

/// `answers/<chapter-id>.ron`: every answer to one chapter's steps.
///
/// On disk the file also holds `recent` (see [`Recent`]), written from these
/// lists on every save and ignored when the whole file is read.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(from = "AnswersFile")]
pub struct Answers {
    pub version: u32,
    pub chapter: ChapterId,
    /// Step id → answers, oldest first.
    pub reflections: BTreeMap<StepId, Vec<Reflection>>,
    /// Step id → check-ins, oldest first; a new one never replaces an old one.
    pub scales: BTreeMap<StepId, Vec<ScaleAnswer>>,
    /// Step id → choices made, oldest first.
    pub choices: BTreeMap<StepId, Vec<ChoiceAnswer>>,
}

/// An answers file as read: `recent` is skipped, the lists are the truth.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFile {
    version: u32,
    chapter: ChapterId,
    #[serde(default, rename = "recent")]
    _recent: serde::de::IgnoredAny,
    #[serde(default)]
    reflections: BTreeMap<StepId, Vec<Reflection>>,
    #[serde(default)]
    scales: BTreeMap<StepId, Vec<ScaleAnswer>>,
    #[serde(default)]
    choices: BTreeMap<StepId, Vec<ChoiceAnswer>>,
}

impl From<AnswersFile> for Answers {
    fn from(f: AnswersFile) -> Self {
        Answers {
            version: f.version,
            chapter: f.chapter,
            reflections: f.reflections,
            scales: f.scales,
            choices: f.choices,
        }
    }
}

impl Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut file = serializer.serialize_struct("Answers", 6)?;
        file.serialize_field("version", &self.version)?;
        file.serialize_field("chapter", &self.chapter)?;
        file.serialize_field("recent", &RecentOf::new(self))?;
        file.serialize_field("reflections", &self.reflections)?;
        file.serialize_field("scales", &self.scales)?;
        file.serialize_field("choices", &self.choices)?;
        file.end()
    }
}

/// How many of a step's latest answers its page shows, and so how many
/// `recent` keeps.
pub const RECENT_REFLECTIONS: usize = 5;
pub const RECENT_CHECK_INS: usize = 8;
pub const RECENT_CHOICES: usize = 1;

/// The latest answers of each step, repeated at the top of the chapter's
/// file: the step the user comes back to is drawn from them at once, however
/// many years of answers follow, while the whole file is read moments later.
/// A reflection is kept as its page shows it ([`Glance`]), so however often
/// an answer was revised, this stays small.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Recent {
    #[serde(default)]
    pub reflections: BTreeMap<StepId, Tail<Glance>>,
    #[serde(default)]
    pub scales: BTreeMap<StepId, Tail<ScaleAnswer>>,
    #[serde(default)]
    pub choices: BTreeMap<StepId, Tail<ChoiceAnswer>>,
}

/// A step's latest answers (oldest first) and how many it has in all.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tail<T> {
    pub count: usize,
    pub latest: Vec<T>,
}

/// One reflection as its step's page shows it: when it was first written,
/// how many versions it has, and the latest version.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Glance {
    pub first: Timestamp,
    pub versions: usize,
    pub latest: Revision,
}

/// A [`Glance`] at a reflection, borrowed from wherever it was read.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GlanceAt<'a> {
    pub first: Timestamp,
    pub versions: usize,
    pub latest: &'a Revision,
}

impl<'a> GlanceAt<'a> {
    /// None for a reflection without any version (only a hand-edited file has one).
    fn of(reflection: &'a Reflection) -> Option<Self> {
        Some(GlanceAt {
            first: reflection.created()?,
            versions: reflection.revisions.len(),
            latest: reflection.latest()?,
        })
    }
}

impl Recent {
    /// Adds the answers that follow those taken in so far (the next month
    /// of a chapter's folder), keeping only the latest of each step.
    pub fn add(&mut self, later: Answers) {
        for (step, list) in later.reflections {
            let count = list.len();
            let keep = list.iter().skip(count.saturating_sub(RECENT_REFLECTIONS)).filter_map(Glance::of);
            push_tail(&mut self.reflections, step, count, keep, RECENT_REFLECTIONS);
        }
        for (step, list) in later.scales {
            push_tail(&mut self.scales, step, list.len(), list.into_iter(), RECENT_CHECK_INS);
        }
        for (step, list) in later.choices {
            push_tail(&mut self.choices, step, list.len(), list.into_iter(), RECENT_CHOICES);
        }
    }

    /// The latest answers of each step of `answers`, as `recent.ron` would
    /// hold them once written.
    pub fn of(answers: &Answers) -> Recent {
        fn latest<T: Clone>(list: &[T], keep: usize) -> impl Iterator<Item = T> + '_ {
            list[list.len().saturating_sub(keep)..].iter().cloned()
        }
        let mut recent = Recent::default();
        for (step, list) in &answers.reflections {
            let keep = list[list.len().saturating_sub(RECENT_REFLECTIONS)..].iter().filter_map(Glance::of);
            push_tail(&mut recent.reflections, step.clone(), list.len(), keep, RECENT_REFLECTIONS);
        }
        for (step, list) in &answers.scales {
            push_tail(&mut recent.scales, step.clone(), list.len(), latest(list, RECENT_CHECK_INS), RECENT_CHECK_INS);
        }
        for (step, list) in &answers.choices {
            push_tail(&mut recent.choices, step.clone(), list.len(), latest(list, RECENT_CHOICES), RECENT_CHOICES);
        }
        recent
    }
}

/// Adds `count` answers to a step's tail, of which `latest` are the last
/// ones; only the last `keep` stay.
fn push_tail<T>(
    tails: &mut BTreeMap<StepId, Tail<T>>,
    step: StepId,
    count: usize,
    latest: impl Iterator<Item = T>,
    keep: usize,
) {
    let tail = tails.entry(step).or_insert(Tail { count: 0, latest: Vec::new() });
    tail.count += count;
    tail.latest.extend(latest);
    let extra = tail.latest.len().saturating_sub(keep);
    tail.latest.drain(..extra);
}

impl Glance {
    /// None for a reflection without any version (only a hand-edited file has one).
    fn of(reflection: &Reflection) -> Option<Glance> {
        Some(Glance {
            first: reflection.created()?,
            versions: reflection.revisions.len(),
            latest: reflection.latest()?.clone(),
        })
    }
}

/// [`Recent`] as written: borrowed from the answers, never stored apart.
#[derive(Serialize)]
pub(crate) struct RecentOf<'a> {
    reflections: BTreeMap<&'a str, TailOf<GlanceAt<'a>>>,
    scales: BTreeMap<&'a str, TailOf<&'a ScaleAnswer>>,
    choices: BTreeMap<&'a str, TailOf<&'a ChoiceAnswer>>,
}

#[derive(Serialize)]
struct TailOf<T> {
    count: usize,
    latest: Vec<T>,
}

impl<'a> RecentOf<'a> {
    pub(crate) fn new(answers: &'a Answers) -> Self {
        fn tails<'a, T, U>(
            lists: &'a BTreeMap<StepId, Vec<T>>,
            keep: usize,
            glance: impl Fn(&'a T) -> Option<U>,
        ) -> BTreeMap<&'a str, TailOf<U>> {
            lists
                .iter()
                .map(|(step, list)| {
                    let latest = list[list.len().saturating_sub(keep)..].iter().filter_map(&glance).collect();
                    (step.as_str(), TailOf { count: list.len(), latest })
                })
                .collect()
        }
        RecentOf {
            reflections: tails(&answers.reflections, RECENT_REFLECTIONS, GlanceAt::of),
            scales: tails(&answers.scales, RECENT_CHECK_INS, Some),
            choices: tails(&answers.choices, RECENT_CHOICES, Some),
        }
    }
}

/// What a chapter's page shows of a step: from all its answers once read,
/// or from `recent` before that.
#[derive(Debug, Clone, Copy)]
pub enum Shown<'a> {
    All(&'a Answers),
    Recent(&'a Recent),
}

impl<'a> Shown<'a> {
    /// Up to `n` of a step's latest reflections, newest first, and how many
    /// it has in all.
    pub fn reflections(self, step: &str, n: usize) -> (Vec<GlanceAt<'a>>, usize) {
        match self {
            Shown::All(a) => {
                let list = a.reflections(step);
                (list.iter().rev().take(n).filter_map(GlanceAt::of).collect(), list.len())
            }
            Shown::Recent(r) => {
                let (latest, count) = tail(r.reflections.get(step));
                let glances = latest.iter().rev().take(n);
                (glances.map(|g| GlanceAt { first: g.first, versions: g.versions, latest: &g.latest }).collect(), count)
            }
        }
    }

    /// A step's latest check-ins (at least [`RECENT_CHECK_INS`] when it has
    /// that many), oldest first, and how many there are.
    pub fn scales(self, step: &str) -> (&'a [ScaleAnswer], usize) {
        match self {
            Shown::All(a) => counted(a.scales(step)),
            Shown::Recent(r) => tail(r.scales.get(step)),
        }
    }

    /// Like [`Shown::scales`], for choices.
    pub fn choices(self, step: &str) -> (&'a [ChoiceAnswer], usize) {
        match self {
            Shown::All(a) => counted(a.choices(step)),
            Shown::Recent(r) => tail(r.choices.get(step)),
        }
    }

    /// The latest answer to a step as text, whatever its kind.
    pub fn latest_text(self, step: &str) -> Option<(Timestamp, String)> {
        let reflection = self.reflections(step, 1).0.first().map(|g| (g.latest.at, g.latest.text.clone()));
        latest_text(reflection, self.scales(step).0, self.choices(step).0)
    }
}

fn counted<T>(list: &[T]) -> (&[T], usize) {
    (list, list.len())
}

/// A hand-edited count below what is listed counts what is listed.
fn tail<T>(tail: Option<&Tail<T>>) -> (&[T], usize) {
    tail.map_or((&[], 0), |t| (t.latest.as_slice(), t.count.max(t.latest.len())))
}

fn latest_text(
    reflection: Option<(Timestamp, String)>,
    scales: &[ScaleAnswer],
    choices: &[ChoiceAnswer],
) -> Option<(Timestamp, String)> {
    let scale = scales.last().map(|s| (s.at, s.value.to_string()));
    let choice = choices.last().map(|c| (c.at, c.summary()));
    [reflection, scale, choice].into_iter().flatten().max_by_key(|(at, _)| *at)
}

impl Answers {
    pub fn new(chapter: &str) -> Self {
        Self {
            version: ANSWERS_VERSION,
            chapter: ChapterId::from(chapter),
            reflections: BTreeMap::new(),
            scales: BTreeMap::new(),
            choices: BTreeMap::new(),
        }
    }

    pub fn reflections(&self, step: &str) -> &[Reflection] {
        self.reflections.get(step).map_or(&[], Vec::as_slice)
    }

    pub fn scales(&self, step: &str) -> &[ScaleAnswer] {
        self.scales.get(step).map_or(&[], Vec::as_slice)
    }

    pub fn choices(&self, step: &str) -> &[ChoiceAnswer] {
        self.choices.get(step).map_or(&[], Vec::as_slice)
    }

    /// Gives back the spare room the parser leaves in texts with escapes
    /// (it grows them as it goes): with years of answers, megabytes.
    pub fn shrink_to_fit(&mut self) {
        for list in self.reflections.values_mut() {
            for r in list.iter_mut() {
                for rev in r.revisions.iter_mut() {
                    rev.text.shrink_to_fit();
                }
                r.revisions.shrink_to_fit();
            }
            list.shrink_to_fit();
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ScaleAnswer {
    pub at: Timestamp,
    pub value: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ChoiceAnswer {
    pub at: Timestamp,
    /// The options picked, by their text.
    pub picks: Vec<String>,
    /// What the user wrote under "other", if anything.
    #[serde(default)]
    pub other: Option<String>,
}

impl ChoiceAnswer {
    pub fn summary(&self) -> String {
        let mut all: Vec<&str> = self.picks.iter().map(String::as_str).collect();
        if let Some(other) = self.other.as_deref().filter(|o| !o.trim().is_empty()) {
            all.push(other);
        }
        all.join(", ")
    }
}

/// The format of `practice-log.ron`, the log in one file; since 2 it is a
/// folder of months (see [`monthly`](super::monthly)).
pub const PRACTICE_LOG_VERSION: u32 = 1;

/// `practice-log.ron`: one entry per practice session, finished or stopped.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct PracticeLog {
    pub version: u32,
    #[serde(default)]
    pub entries: Vec<PracticeEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PracticeEntry {
    pub practice: StepId,
    pub chapter: ChapterId,
    pub start: Timestamp,
    pub planned_minutes: u32,
    /// Time actually practised, pauses not counted, to a hundredth of a minute.
    pub actual_minutes: f64,
    /// Ran to the end rather than stopped early.
    pub finished: bool,
    #[serde(default)]
    pub rating_before: Option<i32>,
    #[serde(default)]
    pub rating_after: Option<i32>,
}

/// A session of the plain timer, in the practice log: it is no step of the
/// workbook, so it has a chapter and a practice id of its own.
pub const TIMER_CHAPTER: &str = "timer";
pub const TIMER_PRACTICE: &str = "silent-timer";

impl PracticeEntry {
    /// Whether this is a session of the plain timer rather than of a practice.
    pub fn is_silent_timer(&self) -> bool {
        self.chapter.as_str() == TIMER_CHAPTER && self.practice.as_str() == TIMER_PRACTICE
    }
}

pub const SETTINGS_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum ThemeSetting {
    #[default]
    Default,
    Light,
    Monochrome,
}

/// `settings.ron`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub version: u32,
    /// A terminal bell at the start and end of a timed practice.
    #[serde(default)]
    pub bell: bool,
    #[serde(default)]
    pub theme: ThemeSetting,
    /// The hour (0–23) a day starts, so late-night practice counts for the evening it belongs to.
    #[serde(default = "default_day_start")]
    pub day_starts_at: u8,
    /// The language chosen in settings; None follows the system's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
    /// The course path followed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<Course>,
    /// The built-in workbook chosen (its id); None: not chosen yet, MSC@Work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workbook: Option<String>,
}

/// A course path the user follows: from `start`, one week at a time.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// The path's id in the workbook.
    pub path: String,
    /// The first day of week 1.
    pub start: chrono::NaiveDate,
    #[serde(default)]
    pub pace: Pace,
}

/// Whether the weeks follow the calendar from the start date, or the user
/// moves on when ready (a missed week then waits rather than being lost).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum Pace {
    #[default]
    Calendar,
    /// The week the user is in, from 1.
    Own(u32),
}

fn default_day_start() -> u8 {
    4
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: SETTINGS_VERSION,
            bell: false,
            theme: ThemeSetting::Default,
            day_starts_at: default_day_start(),
            course: None,
            language: None,
            workbook: None,
        }
    }
}

/// One answer to a prompt. Every edit session adds a revision; none is dropped.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    pub revisions: Vec<Revision>,
}

impl Reflection {
    pub fn latest(&self) -> Option<&Revision> {
        self.revisions.last()
    }

    pub fn created(&self) -> Option<Timestamp> {
        self.revisions.first().map(|r| r.at)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    pub at: Timestamp,
    pub text: String,
}

pub const TAKE_VERSION: u32 = 1;

/// `assessments/<timestamp>.ron`: one completed JD-R take. The computed
/// scores are stored with the answers, so a later change of scoring never
/// rewrites history.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Take {
    pub version: u32,
    pub assessment: String,
    pub taken: Timestamp,
    /// Item id → answer (1–5).
    pub answers: BTreeMap<String, u8>,
    /// Scale id → score (mean after reversing).
    pub scores: BTreeMap<String, f64>,
    /// Balance id → score.
    #[serde(default)]
    pub balances: BTreeMap<String, f64>,
    pub demands: f64,
    pub resources: f64,
    pub quadrant: String,
    /// The job-crafting intentions chosen from this result.
    #[serde(default)]
    pub plan: Vec<Intention>,
    /// How the intentions of the take before went, asked as this one
    /// began; absent when there were none or the question was passed by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_plan: Option<PlanReview>,
}

/// The answer to "how did your intentions go?", kept with the next take.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PlanReview {
    /// When the take whose plan this was was taken.
    pub from: Timestamp,
    /// The intentions as they were then.
    pub plan: Vec<String>,
    /// 1 (not at all) to 5 (fully), as offered in [`PLAN_REVIEW_ANSWERS`].
    pub went: u8,
}

/// The answers to "how did your intentions go?", 1 first.
pub const PLAN_REVIEW_ANSWERS: [&str; 5] = ["not yet", "a little", "partly", "mostly", "fully"];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Intention {
    /// The crafting direction it came from; None when written by the user.
    #[serde(default)]
    pub direction: Option<String>,
    pub text: String,
}

/// `assessments/draft.ron`: a take in progress.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub version: u32,
    pub assessment: String,
    pub started: Timestamp,
    pub answers: BTreeMap<String, u8>,
    /// The item the user was on.
    pub position: usize,
}

macro_rules! versioned {
    ($($file:ty),*) => {
        $(impl Versioned for $file {
            fn version(&self) -> u32 {
                self.version
            }
        })*
    };
}

versioned!(Progress, Answers, PracticeLog, Settings, Take, Draft);

//! The workbook as data: the serde types that `workbook/*.ron` deserialises into.
//!
//! Ids are stable forever: the user's answers refer to them, and chapter ids
//! become file names in the data directory.

use serde::{Deserialize, Serialize};

pub use crate::journal::{ChapterId, StepId};

/// `workbook/workbook.ron`: the manifest.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub id: String,
    pub title: String,
    pub language: String,
    /// Chapter files, relative to the workbook folder, in reading order.
    pub chapters: Vec<String>,
    /// The JD-R self-assessment file, relative to the workbook folder.
    #[serde(default)]
    pub assessment: Option<String>,
    /// The course paths file (weeks of 8-, 6- and 4-week courses).
    #[serde(default)]
    pub paths: Option<String>,
    /// Shown once, on the first start (markup, see [`crate::content::markup`]).
    pub welcome: String,
    /// Before the first chapter: who should go carefully or start with a
    /// trainer or therapist, with the choice to go on (markup). Shown once,
    /// and again on request.
    #[serde(default)]
    pub intake: Option<String>,
    /// Where to turn for support; carried as data so a translation brings its own.
    pub support: Support,
    /// A grounding Practice offered from every practice (key `g`).
    #[serde(default)]
    pub grounding: Option<StepRef>,
    /// The Text step on backdraft, reachable from every practice (key `b`).
    #[serde(default)]
    pub backdraft: Option<StepRef>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Said first when someone is in distress: they need not carry it alone.
    pub intro: String,
    /// The first tier, for strain and exhaustion rather than crisis: the GP,
    /// the occupational physician, an employee assistance programme, someone
    /// trusted. Shown alone after a self-assessment that calls for it.
    #[serde(default)]
    pub care: Option<String>,
    /// Help lines by region and kind.
    pub lines: Vec<HelpLine>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HelpLine {
    pub region: String,
    pub name: String,
    pub contact: String,
    #[serde(default)]
    pub kind: HelpKind,
    /// When the number was last checked against its service, `YYYY-MM-DD`:
    /// numbers change, and a reader should know how fresh this one is.
    #[serde(default)]
    pub checked: Option<String>,
}

/// Which tier of support a help line belongs to.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Default)]
pub enum HelpKind {
    /// For thoughts of suicide and acute distress.
    #[default]
    Crisis,
    /// Someone to talk to when it is not a crisis.
    Listening,
    /// Emergency services.
    Emergency,
    /// Where to find a line in any other country.
    Directory,
}

/// One chapter file, `workbook/chapters/NN-name.ron`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// kebab-case, stable forever.
    pub id: ChapterId,
    pub number: u32,
    pub title: String,
    /// One line: what the chapter is for.
    pub aim: String,
    pub steps: Vec<Step>,
}

/// One screen of a chapter.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub enum Step {
    /// Teaching text in the small markup of [`crate::content::markup`].
    Text(TextStep),
    /// A guided, timed practice.
    Practice(PracticeStep),
    /// A prompt answered in the multi-line editor; every dated answer is kept.
    Reflection(ReflectionStep),
    /// A check-in on a labelled numeric scale.
    Scale(ScaleStep),
    /// Pick one or several options, optionally with a free-text "other".
    Choice(ChoiceStep),
    /// Opens the JD-R self-assessment.
    Assessment(AssessmentStep),
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TextStep {
    pub id: StepId,
    pub title: String,
    pub body: String,
    /// Extra this week: shown as optional, not counted in the chapter's progress.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Default)]
pub enum PracticeKind {
    /// A sit-down practice with a timer.
    #[default]
    Formal,
    /// Done during the working day, woven into something else.
    Informal,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PracticeStep {
    pub id: StepId,
    pub title: String,
    #[serde(default)]
    pub kind: PracticeKind,
    /// Planned length; the timer counts this down.
    pub minutes: u32,
    /// What to expect and how to settle in (markup), shown before starting.
    pub intro: String,
    /// Guidance lines, shown one after another, spread evenly over the time.
    pub cues: Vec<String>,
    /// Optional before/after check-in, e.g. "How tense do you feel?".
    #[serde(default)]
    pub rating: Option<Rating>,
    /// Shows the latest answer of an earlier step, e.g. the user's own phrases.
    #[serde(default)]
    pub recall: Option<StepRef>,
    /// Where the practice comes from ("Adapted from … (Neff & Germer)"),
    /// shown on its page.
    #[serde(default)]
    pub source: Option<String>,
    /// Extra this week: shown as optional, not counted in the chapter's progress.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub question: String,
    pub min: i32,
    pub max: i32,
    pub low: String,
    pub high: String,
}

/// A reference to a step in this or an earlier chapter: `chapter-id/step-id`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct StepRef {
    pub chapter: ChapterId,
    pub step: StepId,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReflectionStep {
    pub id: StepId,
    pub title: String,
    pub prompt: String,
    /// A short nudge shown under the prompt.
    #[serde(default)]
    pub hint: Option<String>,
    /// One earlier step whose latest answer is shown with the prompt.
    #[serde(default)]
    pub recall: Option<StepRef>,
    /// Several earlier steps, for a prompt that draws on more than one
    /// answer (e.g. comparing two). A list of its own, so workbooks written
    /// with `recall` stay valid as they are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recalls: Vec<StepRef>,
    /// Extra this week: shown as optional, not counted in the chapter's progress.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

impl ReflectionStep {
    /// Every step this one recalls, `recall` first, in the order given.
    pub fn recalled(&self) -> impl Iterator<Item = &StepRef> {
        self.recall.iter().chain(&self.recalls)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScaleStep {
    pub id: StepId,
    pub title: String,
    pub prompt: String,
    pub min: i32,
    pub max: i32,
    /// Label of the lowest value.
    pub low: String,
    /// Label of the highest value.
    pub high: String,
    /// From this value up, the answer shows the support pointer (a distress check-in).
    #[serde(default)]
    pub support_from: Option<i32>,
    /// Extra this week: shown as optional, not counted in the chapter's progress.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChoiceStep {
    pub id: StepId,
    pub title: String,
    pub prompt: String,
    pub options: Vec<String>,
    /// Several options may be picked.
    #[serde(default)]
    pub multiple: bool,
    /// At most this many picks (with `multiple`).
    #[serde(default)]
    pub max_picks: Option<u32>,
    /// Offer a free-text "other".
    #[serde(default)]
    pub other: bool,
    /// Extra this week: shown as optional, not counted in the chapter's progress.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AssessmentStep {
    pub id: StepId,
    pub title: String,
    pub intro: String,
    /// Show the comparison with the first take (the chapter 1 baseline).
    #[serde(default)]
    pub compare_with_baseline: bool,
    /// Extra this week: shown as optional, not counted in the chapter's progress.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

impl Step {
    pub fn id(&self) -> &StepId {
        match self {
            Step::Text(s) => &s.id,
            Step::Practice(s) => &s.id,
            Step::Reflection(s) => &s.id,
            Step::Scale(s) => &s.id,
            Step::Choice(s) => &s.id,
            Step::Assessment(s) => &s.id,
        }
    }

    pub fn title(&self) -> &str {
        match self {
            Step::Text(s) => &s.title,
            Step::Practice(s) => &s.title,
            Step::Reflection(s) => &s.title,
            Step::Scale(s) => &s.title,
            Step::Choice(s) => &s.title,
            Step::Assessment(s) => &s.title,
        }
    }

    /// The question a step asks, for the steps that ask one.
    pub fn prompt(&self) -> Option<&str> {
        match self {
            Step::Reflection(s) => Some(&s.prompt),
            Step::Scale(s) => Some(&s.prompt),
            Step::Choice(s) => Some(&s.prompt),
            _ => None,
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            Step::Text(_) => "Text",
            Step::Practice(_) => "Practice",
            Step::Reflection(_) => "Reflection",
            Step::Scale(_) => "Scale",
            Step::Choice(_) => "Choice",
            Step::Assessment(_) => "Assessment",
        }
    }

    /// An extra step the reader may skip; the chapter counts as done without it.
    pub fn is_optional(&self) -> bool {
        match self {
            Step::Text(s) => s.optional,
            Step::Practice(s) => s.optional,
            Step::Reflection(s) => s.optional,
            Step::Scale(s) => s.optional,
            Step::Choice(s) => s.optional,
            Step::Assessment(s) => s.optional,
        }
    }

    /// Steps whose answers are stored in the journal and can be recalled.
    pub fn is_answerable(&self) -> bool {
        matches!(self, Step::Reflection(_) | Step::Scale(_) | Step::Choice(_))
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A loaded, validated workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    pub manifest: Manifest,
    /// The JD-R self-assessment, when the manifest names one.
    pub assessment: Option<crate::content::assessment::AssessmentDef>,
    pub chapters: Vec<Chapter>,
    /// Course paths; empty when the manifest names none.
    pub paths: Vec<crate::content::course::CoursePath>,
}

impl Workbook {
    pub fn chapter(&self, id: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.id == id)
    }

    pub fn chapter_index(&self, id: &str) -> Option<usize> {
        self.chapters.iter().position(|c| c.id == id)
    }

    /// Where a step is, as (chapter index, step index), if the workbook has it.
    pub fn place(&self, chapter: &str, step: &str) -> Option<(usize, usize)> {
        let c = self.chapter_index(chapter)?;
        Some((c, self.chapters[c].step_index(step)?))
    }

    /// The step a link points to, if the workbook has it.
    pub fn step(&self, link: &StepRef) -> Option<&Step> {
        self.chapter(&link.chapter)?.step(&link.step)
    }
}

impl Chapter {
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id() == id)
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id() == id)
    }

    /// (done, total) over the steps that are not optional: an optional
    /// step done is welcome but neither needed nor counted.
    pub fn progress(&self, is_done: impl Fn(&StepId) -> bool) -> (usize, usize) {
        let required = self.steps.iter().filter(|s| !s.is_optional());
        required.fold((0, 0), |(done, total), s| (done + usize::from(is_done(s.id())), total + 1))
    }
}

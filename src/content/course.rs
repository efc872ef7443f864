//! Course paths as data (`workbook/paths.ron`): which chapters or steps
//! each week holds, the practices suggested for it, the daily minutes, and
//! the reflection that looks back on it.

use serde::{Deserialize, Serialize};

use super::model::{ChapterId, StepRef};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Paths {
    pub paths: Vec<CoursePath>,
}

/// One way through the workbook, week by week.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CoursePath {
    /// kebab-case, stable forever: the user's settings name it.
    pub id: String,
    pub title: String,
    /// One or two sentences: for whom, and how it goes.
    pub about: String,
    pub weeks: Vec<Week>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Week {
    pub title: String,
    /// Whole chapters read this week.
    #[serde(default)]
    pub chapters: Vec<ChapterId>,
    /// Single steps read this week, for a week that takes parts of chapters.
    #[serde(default)]
    pub steps: Vec<StepRef>,
    /// The practices suggested for the week, one a day in turn.
    pub practices: Vec<StepRef>,
    /// Suggested minutes of practice a day.
    pub minutes: u32,
    /// A Reflection step that looks back on the week.
    pub look_back: StepRef,
}

impl Paths {
    pub fn path(&self, id: &str) -> Option<&CoursePath> {
        self.paths.iter().find(|p| p.id == id)
    }
}

impl Week {
    /// The steps that belong to this week, in order: whole chapters first,
    /// then single steps.
    pub fn step_refs<'a>(&'a self, workbook: &'a super::Workbook) -> impl Iterator<Item = StepRef> + 'a {
        let whole = self
            .chapters
            .iter()
            .filter_map(|id| workbook.chapter(id))
            .flat_map(|c| c.steps.iter().map(move |s| StepRef { chapter: c.id.clone(), step: s.id().clone() }));
        whole.chain(self.steps.iter().cloned())
    }
}

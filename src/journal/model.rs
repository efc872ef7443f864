//! The user's data as it is stored: every file carries a `version`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

pub type Timestamp = DateTime<FixedOffset>;

pub const PROGRESS_VERSION: u32 = 1;
pub const ANSWERS_VERSION: u32 = 1;

/// `progress.ron`: where the user is, and what they have done.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub version: u32,
    /// The first-start welcome has been seen.
    #[serde(default)]
    pub welcomed: bool,
    /// The last step the user was on.
    #[serde(default)]
    pub last: Option<Position>,
    /// The editor was open when the program stopped: reopen it on start.
    #[serde(default)]
    pub editing: Option<OpenEditor>,
    #[serde(default)]
    pub chapters: BTreeMap<String, ChapterProgress>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub chapter: String,
    pub step: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OpenEditor {
    pub chapter: String,
    pub step: String,
    /// Which answer was being written (index into that step's answers).
    pub entry: Option<usize>,
    /// Cursor (row, column) in the text.
    pub cursor: (usize, usize),
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct ChapterProgress {
    /// The step the user was last on in this chapter.
    #[serde(default)]
    pub last_step: Option<String>,
    #[serde(default)]
    pub visited: BTreeSet<String>,
    /// Answered, finished or read to the end.
    #[serde(default)]
    pub done: BTreeSet<String>,
}

/// `answers/<chapter-id>.ron`: every answer to one chapter's steps.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    pub version: u32,
    pub chapter: String,
    /// Step id → answers, oldest first.
    #[serde(default)]
    pub reflections: BTreeMap<String, Vec<Reflection>>,
}

impl Answers {
    pub fn new(chapter: &str) -> Self {
        Self {
            version: ANSWERS_VERSION,
            chapter: chapter.to_string(),
            reflections: BTreeMap::new(),
        }
    }

    pub fn reflections(&self, step: &str) -> &[Reflection] {
        self.reflections.get(step).map_or(&[], Vec::as_slice)
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

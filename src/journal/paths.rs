//! Where the user's data lives.

use std::path::{Path, PathBuf};

use super::error::DataDirError;

pub const ENV_DATA_DIR: &str = "MSCWORK_DATA_DIR";

/// `--data-dir` > `MSCWORK_DATA_DIR` > the platform data dir
/// (`~/.local/share/mscwork` on Linux).
pub fn resolve_data_dir(flag: Option<&Path>) -> Result<PathBuf, DataDirError> {
    if let Some(dir) = flag {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(ENV_DATA_DIR).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "mscwork").map(|p| p.data_dir().to_path_buf()).ok_or(DataDirError::NoHome)
}

/// The files inside a data dir.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn progress(&self) -> PathBuf {
        self.root.join("progress.ron")
    }

    pub fn answers_dir(&self) -> PathBuf {
        self.root.join("answers")
    }

    /// A chapter's folder of answers (see [`monthly`](super::monthly)).
    /// `chapter` is a validated kebab-case id, so it cannot leave the folder.
    pub fn answers(&self, chapter: &str) -> PathBuf {
        self.answers_dir().join(chapter)
    }

    /// A chapter's answers in one file, as formats 1 and 2 kept them.
    pub fn answers_v2(&self, chapter: &str) -> PathBuf {
        self.answers_dir().join(format!("{chapter}.ron"))
    }

    pub fn assessments_dir(&self) -> PathBuf {
        self.root.join("assessments")
    }

    /// One file per take, named by its time so a listing sorts by date.
    pub fn take(&self, taken: &crate::journal::Timestamp) -> PathBuf {
        self.take_numbered(taken, 1)
    }

    /// The `n`th take file at the same second (`-n` after the time from 2 on).
    pub fn take_numbered(&self, taken: &crate::journal::Timestamp, n: u32) -> PathBuf {
        let time = taken.format("%Y-%m-%dT%H-%M-%S%z");
        let name = if n == 1 { format!("{time}.ron") } else { format!("{time}-{n}.ron") };
        self.assessments_dir().join(name)
    }

    pub fn assessment_draft(&self) -> PathBuf {
        self.assessments_dir().join("draft.ron")
    }

    /// The practice log's folder of months (see [`monthly`](super::monthly)).
    pub fn practice_log(&self) -> PathBuf {
        self.root.join("practice-log")
    }

    /// The practice log in one file, as format 1 kept it.
    pub fn practice_log_v1(&self) -> PathBuf {
        self.root.join("practice-log.ron")
    }

    pub fn settings(&self) -> PathBuf {
        self.root.join("settings.ron")
    }

    /// Where a text waits while the user's own editor has it (`Ctrl-E`).
    pub fn editing_dir(&self) -> PathBuf {
        self.root.join("editing")
    }

    pub fn lock(&self) -> PathBuf {
        self.root.join(".lock")
    }
}

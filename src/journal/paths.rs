//! Where the user's data lives.

use std::path::{Path, PathBuf};

pub const ENV_DATA_DIR: &str = "MSCWORK_DATA_DIR";

/// `--data-dir` > `MSCWORK_DATA_DIR` > the platform data dir
/// (`~/.local/share/mscwork` on Linux).
pub fn resolve_data_dir(flag: Option<&Path>) -> Result<PathBuf, NoHomeDir> {
    if let Some(dir) = flag {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(ENV_DATA_DIR).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "mscwork").map(|p| p.data_dir().to_path_buf()).ok_or(NoHomeDir)
}

/// Neither `--data-dir`, `MSCWORK_DATA_DIR` nor a home folder to find the platform data dir in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot find a home directory for the data; pass --data-dir DIR or set {}", ENV_DATA_DIR)]
pub struct NoHomeDir;

/// Ids become file names in the data directory, so they are kept to
/// lowercase ASCII letters, digits and single hyphens: no `/`, `..`, spaces
/// or control characters can reach the file system through them. The
/// workbook's chapters and steps are held to it when it is loaded.
pub fn check_id(id: &str) -> Result<(), BadId> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--");
    if ok { Ok(()) } else { Err(BadId(id.to_string())) }
}

/// An id that could not safely be a file name in the data folder (see [`check_id`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("id {0:?} must be kebab-case: lowercase letters, digits and single hyphens, at most 64 characters")]
pub struct BadId(pub String);

/// The workbook whose data lives at the top of the data folder, where it
/// always has; every other workbook's lives in `workbooks/<id>/`.
pub const FIRST_WORKBOOK: &str = "msc-at-work";

/// The files inside a data dir: settings and the lock at the top, shared
/// by every workbook; progress, answers, takes and the practice log in the
/// folder of the workbook in use (its "book").
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
    book: PathBuf,
}

impl DataDir {
    /// The data folder of the first workbook (MSC@Work, or one with its id).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        Self { book: root.clone(), root }
    }

    /// The data folder with the data of workbook `id` (a kebab-case id, so
    /// it cannot leave the folder; any other is refused).
    pub fn for_workbook(root: impl Into<PathBuf>, id: &str) -> Result<Self, BadId> {
        let root = root.into();
        if id == FIRST_WORKBOOK {
            return Ok(Self::new(root));
        }
        check_id(id)?;
        Ok(Self { book: root.join("workbooks").join(id), root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where this workbook's own files are: the data folder itself for the
    /// first workbook.
    pub fn book(&self) -> &Path {
        &self.book
    }

    pub fn progress(&self) -> PathBuf {
        self.book.join("progress.ron")
    }

    pub fn answers_dir(&self) -> PathBuf {
        self.book.join("answers")
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
        self.book.join("assessments")
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
        self.book.join("practice-log")
    }

    /// The practice log in one file, as format 1 kept it.
    pub fn practice_log_v1(&self) -> PathBuf {
        self.book.join("practice-log.ron")
    }

    pub fn settings(&self) -> PathBuf {
        self.root.join("settings.ron")
    }

    /// Where a text waits while the user's own editor has it (`Ctrl-E`).
    pub fn editing_dir(&self) -> PathBuf {
        self.book.join("editing")
    }

    pub fn lock(&self) -> PathBuf {
        self.root.join(".lock")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_home_the_ways_to_name_a_folder_are_said() {
        assert_eq!(
            NoHomeDir.to_string(),
            "cannot find a home directory for the data; pass --data-dir DIR or set MSCWORK_DATA_DIR"
        );
    }

    #[test]
    fn ids_that_could_escape_the_data_dir_are_rejected() {
        for bad in ["", "a/b", "..", "../x", "a b", "A", "a\u{7}", "-a", "a-", "a--b", "é"] {
            assert!(check_id(bad).is_err(), "{bad:?} accepted");
        }
        for good in ["a", "being-mindful", "step-3"] {
            assert!(check_id(good).is_ok(), "{good:?} rejected");
        }
    }
}

//! Editing a reflection in the user's own editor ($VISUAL, else $EDITOR).
//! The text goes through a private file (0600, in the data folder's own
//! `editing/`, 0700) that is removed afterwards. If mscwork is stopped
//! while the editor has it, the file stays there and the next start takes
//! care of it (see `journal::outside_edits`), so the words are not lost and
//! never lie in a shared folder such as /tmp.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::journal::atomic::create_private_dir;
use crate::journal::files::read_regular;
use crate::journal::outside_edits::{SUFFIX, file_prefix, file_text, text_of};

/// The editor command the user asked for, if any.
pub fn editor_command() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty())
}

/// Where the text of an outside edit waits, and the step it is for: its
/// file is named after the step, so a file left behind can be given back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub dir: PathBuf,
    pub chapter: crate::journal::ChapterId,
    pub step: crate::journal::StepId,
}

/// Why the user's own editor gave nothing back; each says what became of the text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("set $VISUAL or $EDITOR to use your own editor")]
    NoEditor,
    #[error("{path}: cannot create: {why}")]
    Folder { path: PathBuf, why: String },
    #[error("{path}: not a folder; move it away and try again")]
    NotAFolder { path: PathBuf },
    #[error("{path}: cannot create a file for your editor: {why}")]
    File { path: PathBuf, why: String },
    #[error("{path}: {why}")]
    Write { path: PathBuf, why: String },
    #[error("cannot start {command}: {why}")]
    Start { command: String, why: String },
    #[error("{command} exited with {status}; your text is unchanged")]
    Exit { command: String, status: String },
    #[error("{path}: cannot read back: {why}; your text here is unchanged and what you wrote is kept in that file")]
    ReadBack { path: PathBuf, why: String },
}

/// Runs the editor on `text` and returns what it saved. The terminal must
/// already be handed over to the editor.
pub fn edit(place: &Place, text: &str) -> Result<String, EditError> {
    let command = editor_command().ok_or(EditError::NoEditor)?;
    private_folder(&place.dir)?;
    let prefix = file_prefix(&place.chapter, &place.step);
    // A fresh name created anew (O_EXCL), mode 0600; removed when dropped.
    let mut file = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(SUFFIX)
        .rand_bytes(8)
        .tempfile_in(&place.dir)
        .map_err(|e| EditError::File { path: place.dir.clone(), why: e.to_string() })?;
    let path = file.path().to_path_buf();
    file.write_all(file_text(text).as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| EditError::Write { path: path.clone(), why: e.to_string() })?;
    // Through the shell, so an editor setting with arguments ("code -w") works.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status()
        .map_err(|e| EditError::Start { command: command.clone(), why: e.to_string() })?;
    if !status.success() {
        return Err(EditError::Exit { command, status: status.to_string() });
    }
    let edited = read_regular(&path).map_err(|e| e.to_string()).and_then(|bytes| {
        String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text (at byte {})", e.utf8_error().valid_up_to()))
    });
    match edited {
        Ok(edited) => Ok(text_of(&edited).to_string()),
        Err(e) => {
            // What the user wrote there is nowhere else: the file stays.
            let _ = file.keep();
            Err(EditError::ReadBack { path, why: e })
        }
    }
}

/// Creates `dir` (0700) if needed; refuses one that is not a real folder
/// (a symbolic link put there could lead the text elsewhere).
fn private_folder(dir: &Path) -> Result<(), EditError> {
    create_private_dir(dir).map_err(|e| EditError::Folder { path: dir.to_path_buf(), why: e.to_string() })?;
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_dir() => Ok(()),
        Ok(_) => Err(EditError::NotAFolder { path: dir.to_path_buf() }),
        Err(e) => Err(EditError::Write { path: dir.to_path_buf(), why: e.to_string() }),
    }
}

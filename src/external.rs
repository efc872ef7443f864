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
    pub chapter: String,
    pub step: String,
}

/// Runs the editor on `text` and returns what it saved. The terminal must
/// already be handed over to the editor.
pub fn edit(place: &Place, text: &str) -> Result<String, String> {
    let command = editor_command().ok_or("set $VISUAL or $EDITOR to use your own editor")?;
    private_folder(&place.dir)?;
    let prefix = file_prefix(&place.chapter, &place.step);
    // A fresh name created anew (O_EXCL), mode 0600; removed when dropped.
    let mut file = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(SUFFIX)
        .rand_bytes(8)
        .tempfile_in(&place.dir)
        .map_err(|e| format!("{}: cannot create a file for your editor: {e}", place.dir.display()))?;
    let path = file.path().to_path_buf();
    file.write_all(file_text(text).as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    // Through the shell, so an editor setting with arguments ("code -w") works.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status()
        .map_err(|e| format!("cannot start {command}: {e}"))?;
    if !status.success() {
        return Err(format!("{command} exited with {status}; your text is unchanged"));
    }
    let edited = read_regular(&path).map_err(|e| e.to_string()).and_then(|bytes| {
        String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text (at byte {})", e.utf8_error().valid_up_to()))
    });
    match edited {
        Ok(edited) => Ok(text_of(&edited).to_string()),
        Err(e) => {
            // What the user wrote there is nowhere else: the file stays.
            let _ = file.keep();
            Err(format!(
                "{}: cannot read back: {e}; your text here is unchanged and what you wrote is kept in that file",
                path.display()
            ))
        }
    }
}

/// Creates `dir` (0700) if needed; refuses one that is not a real folder
/// (a symbolic link put there could lead the text elsewhere).
fn private_folder(dir: &Path) -> Result<(), String> {
    create_private_dir(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_dir() => Ok(()),
        Ok(_) => Err(format!("{}: not a folder; move it away and try again", dir.display())),
        Err(e) => Err(format!("{}: {e}", dir.display())),
    }
}

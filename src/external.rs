//! Editing a reflection in the user's own editor ($VISUAL, else $EDITOR).
//! The text goes through a private temporary file (0600) that is removed
//! afterwards, whatever the editor did.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// The editor command the user asked for, if any.
pub fn editor_command() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty())
}

struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Runs the editor on `text` and returns what it saved. The terminal must
/// already be handed over to the editor.
pub fn edit(text: &str) -> Result<String, String> {
    let command = editor_command().ok_or("set $VISUAL or $EDITOR to use your own editor")?;
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let path = std::env::temp_dir().join(format!("mscwork-{}-{nanos}.md", std::process::id()));
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| format!("{}: cannot create: {e}", path.display()))?;
    let temp = TempFile(path.clone());
    file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(|e| format!("{}: {e}", path.display()))?;
    drop(file);
    // Through the shell, so an editor setting with arguments ("code -w") works.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$1\""))
        .arg("sh")
        .arg(&temp.0)
        .status()
        .map_err(|e| format!("cannot start {command}: {e}"))?;
    if !status.success() {
        return Err(format!("{command} exited with {status}; your text is unchanged"));
    }
    let edited = fs::read_to_string(&temp.0).map_err(|e| format!("{}: cannot read back: {e}", temp.0.display()))?;
    // Editors add a final newline; the answer did not have one.
    Ok(edited.strip_suffix('\n').unwrap_or(&edited).to_string())
}

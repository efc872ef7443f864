//! Texts handed to the user's own editor (`Ctrl-E`) wait in `editing/`
//! inside the data folder, private like the rest of it. A file still there
//! when mscwork starts was left by a run that was stopped while the editor
//! had it: it may hold words that are nowhere else, so it is never simply
//! deleted. Its text becomes a new answer to the step it was written for,
//! unless that text is saved already; a file that cannot be used that way
//! stays where it is and is named.

use std::fs;
use std::path::Path;

use super::files::read_regular;
use super::model::Timestamp;
use super::paths::check_id;
use super::store::{EditTarget, Journal};

/// How a text's file name ends.
pub const SUFFIX: &str = ".md";

/// How the file name of a text for `chapter`'s `step` starts; a random part
/// and [`SUFFIX`] follow. Ids are kebab-case, so the dots divide them.
pub fn file_prefix(chapter: &str, step: &str) -> String {
    format!("{chapter}.{step}.")
}

/// The chapter and step a file of ours is for.
fn parse(name: &str) -> Option<(&str, &str)> {
    let mut parts = name.strip_suffix(SUFFIX)?.split('.');
    let (chapter, step, random) = (parts.next()?, parts.next()?, parts.next()?);
    let ours = parts.next().is_none() && !random.is_empty() && check_id(chapter).is_ok() && check_id(step).is_ok();
    ours.then_some((chapter, step))
}

/// The answer's text in a file: editors expect a final newline, so one is
/// added on the way out and exactly one taken off on the way back.
pub fn text_of(file: &str) -> &str {
    file.strip_suffix('\n').unwrap_or(file)
}

/// The file's text with a final newline, for the editor.
pub fn file_text(text: &str) -> String {
    format!("{text}\n")
}

/// What became of something found in `editing/` at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutsideEdit {
    /// A text left by the user's editor is now a new answer to this step.
    Answered { chapter: String, step: String },
    /// A file that stays where it is, and why (one line naming it).
    Left(String),
}

impl OutsideEdit {
    /// One line for the user; `titles` names a chapter and step by their
    /// titles, if the workbook has them.
    pub fn describe(&self, titles: impl Fn(&str, &str) -> Option<String>) -> String {
        match self {
            OutsideEdit::Answered { chapter, step } => {
                let place = titles(chapter, step).unwrap_or_else(|| format!("{chapter}, step {step}"));
                format!("A text from your own editor, not saved when mscwork stopped, is now a new answer in {place}")
            }
            OutsideEdit::Left(line) => line.clone(),
        }
    }
}

/// Goes through the texts left in `dir`: each becomes an answer, is
/// removed as saved already, or is left and named; so is anything else
/// found there, since only mscwork should write in this folder.
pub fn recover(journal: &mut Journal, dir: &Path) -> Vec<OutsideEdit> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut notes = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let path = entry.path();
        // DirEntry::file_type does not follow a symbolic link.
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        match name.to_str().and_then(parse) {
            Some((chapter, step)) if regular => notes.extend(recover_one(journal, &path, chapter, step)),
            _ => notes.push(OutsideEdit::Left(format!(
                "{}: not a text mscwork gave your editor, left as it is; move it away if you do not know it",
                path.display()
            ))),
        }
    }
    notes
}

fn recover_one(journal: &mut Journal, path: &Path, chapter: &str, step: &str) -> Option<OutsideEdit> {
    let kept =
        |why: String| Some(OutsideEdit::Left(format!("{}: {why}; your text is kept in that file", path.display())));
    let bytes = match read_regular(path) {
        Ok(b) => b,
        Err(e) => return kept(format!("left by your own editor, cannot be read: {e}")),
    };
    let Ok(file) = String::from_utf8(bytes) else {
        return kept("left by your own editor, is not UTF-8 text".into());
    };
    let text = text_of(&file);
    let saved = match journal.load_answers(chapter) {
        Ok(answers) => answers.reflections(step).iter().any(|r| r.revisions.iter().any(|v| v.text == text)),
        Err(e) => return kept(format!("left by your own editor, not added to your answers: {e}")),
    };
    if saved || text.trim().is_empty() {
        let _ = fs::remove_file(path);
        return None;
    }
    let at = written_at(path);
    match journal.save_reflection(chapter, step, &mut EditTarget::default(), text, at) {
        Ok(_) => {
            let _ = fs::remove_file(path);
            Some(OutsideEdit::Answered { chapter: chapter.to_string(), step: step.to_string() })
        }
        Err(e) => kept(format!("left by your own editor, not added to your answers: {e}")),
    }
}

/// When the editor last saved the file: the time its new answer is dated.
fn written_at(path: &Path) -> Timestamp {
    let local = match fs::metadata(path).and_then(|m| m.modified()) {
        Ok(time) => chrono::DateTime::<chrono::Local>::from(time),
        Err(_) => chrono::Local::now(),
    };
    local.fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        let name = format!("{}Ab3dE6g8{SUFFIX}", file_prefix("building-strengths", "bs-reflect"));
        assert_eq!(parse(&name), Some(("building-strengths", "bs-reflect")));
        assert_eq!(parse("notes.md"), None);
        assert_eq!(parse("../x.y.z.md"), None);
        assert_eq!(parse("a.b.c.d.md"), None);
        assert_eq!(text_of(&file_text("line\n")), "line\n");
    }
}

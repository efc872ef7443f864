//! Making sure the data folder is mscwork's own before anything is written
//! there, and private: the folders 0700, the files 0600.

use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::atomic::{create_private_dir, is_our_temporary};
use super::error::DataDirError;
use super::files::odd_kind;

/// What mscwork keeps at the top of its data folder.
const OURS: &[&str] = &[
    "progress.ron",
    "settings.ron",
    "practice-log.ron",
    "practice-log",
    "answers",
    "assessments",
    "exports",
    "editing",
    ".lock",
    "workbooks",
];

/// Names that only a folder holding someone's mscwork data has (`.lock`
/// and `exports` alone could be left by a start that wrote nothing else,
/// or be anyone's).
const DATA: &[&str] =
    &["progress.ron", "settings.ron", "practice-log.ron", "practice-log", "answers", "assessments", "workbooks"];

/// The folders inside the data folder that hold only mscwork's files.
pub const SUBFOLDERS: &[&str] = &["answers", "assessments", "exports", "editing", "practice-log"];

/// Creates the data folder, or checks that an existing one is mscwork's:
/// empty, holding only names mscwork uses, or holding its data files (then
/// other things beside them, such as a `.git`, are left alone). A folder of
/// other files only (a home folder, `/`) is refused, so nothing is ever
/// written among them. Tightens the modes of what is ours.
pub fn prepare(root: &Path) -> Result<(), DataDirError> {
    match fs::metadata(root) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return create_private_dir(root)
                .map_err(|source| DataDirError::Create { path: root.to_path_buf(), source });
        }
        Err(source) => return Err(DataDirError::Use { path: root.to_path_buf(), source }),
        Ok(meta) if !meta.is_dir() => return Err(not_a_folder(root, &meta)),
        Ok(_) => {}
    }
    check_ours(root)?;
    no_linked_subfolders(root)?;
    tighten(root, false);
    Ok(())
}

/// mscwork's own folders inside a data folder are never links: a planted
/// `answers` link would send private text elsewhere. (Something else in
/// their place, such as a file, leaves the rest usable: the part it holds
/// says it cannot be read or saved.)
fn no_linked_subfolders(root: &Path) -> Result<(), DataDirError> {
    for sub in SUBFOLDERS.iter().chain(["workbooks"].iter()) {
        let path = root.join(sub);
        if let Ok(meta) = fs::symlink_metadata(&path)
            && meta.file_type().is_symlink()
        {
            return Err(not_a_folder(&path, &meta));
        }
    }
    Ok(())
}

/// For reading a workbook's data without opening it (History with every
/// workbook, the plain commands): `workbooks/` and `workbooks/<id>/`, where
/// they exist, are folders and not links. Ok(false) when there is no such
/// folder yet; nothing to read.
pub fn check_book_readable(root: &Path, book: &Path) -> Result<bool, DataDirError> {
    if book == root {
        return Ok(true);
    }
    for path in [book.parent().unwrap_or(root), book] {
        if !is_book_folder(path)? {
            return Ok(false);
        }
    }
    no_linked_subfolders(book)?;
    Ok(true)
}

/// Whether `workbooks/` or `workbooks/<id>/` is there as a folder (false:
/// not yet); never through a link, since the data must stay inside the
/// data folder, and anything else in its place is refused.
fn is_book_folder(path: &Path) -> Result<bool, DataDirError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => Ok(true),
        Ok(meta) => Err(not_a_folder(path, &meta)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(DataDirError::Read { path: path.to_path_buf(), source }),
    }
}

/// The folder of one workbook's data inside the data folder
/// (`workbooks/<id>/`), created private when missing, else checked and
/// made private as the data folder is.
pub fn prepare_book(book: &Path) -> Result<(), DataDirError> {
    if let Some(parent) = book.parent() {
        if is_book_folder(parent)? {
            make_private(parent);
        } else {
            create_private_dir(parent).map_err(|source| DataDirError::Create { path: parent.to_path_buf(), source })?;
        }
    }
    is_book_folder(book)?;
    prepare(book)
}

/// Makes the files of the data folder private too (see [`prepare`], which
/// does the folders): with years of answers that is thousands of files, so
/// it is done after the first frame, off the terminal's thread. Nobody else
/// can reach them meanwhile: their folders are private already.
pub fn tighten_files(root: &Path) {
    tighten(root, true);
}

/// For the commands that only read the data folder: whether it exists
/// (nothing written yet is not an error), or why it cannot be read.
pub fn check_readable(root: &Path) -> Result<bool, DataDirError> {
    match fs::metadata(root) {
        Ok(meta) if meta.is_dir() => Ok(true),
        Ok(meta) => Err(not_a_folder(root, &meta)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(DataDirError::Read { path: root.to_path_buf(), source }),
    }
}

fn not_a_folder(root: &Path, meta: &fs::Metadata) -> DataDirError {
    let kind = odd_kind(&meta.file_type()).unwrap_or("a file");
    DataDirError::NotAFolder { path: root.to_path_buf(), kind }
}

fn check_ours(root: &Path) -> Result<(), DataDirError> {
    let entries = fs::read_dir(root).map_err(|source| DataDirError::Read { path: root.to_path_buf(), source })?;
    let mut foreign = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if is_data(&entry, &name) {
            return Ok(());
        }
        if !is_ours(&name) {
            foreign.push(name.into_owned());
        }
    }
    if foreign.is_empty() {
        return Ok(());
    }
    foreign.sort();
    Err(DataDirError::NotOurs { path: root.to_path_buf(), names: foreign })
}

/// Whether `entry` is mscwork data, not just a name it uses: one of its
/// files, or an answers or assessments folder holding a `.ron` file. So a
/// home folder that happens to have an `answers/` of its own is not taken.
fn is_data(entry: &fs::DirEntry, name: &str) -> bool {
    if !DATA.contains(&name) {
        return false;
    }
    // DirEntry::file_type does not follow a symbolic link.
    match entry.file_type() {
        Ok(t) if t.is_file() => name.ends_with(".ron"),
        // answers/ keeps a folder per chapter, workbooks/ one per workbook.
        Ok(t) if t.is_dir() => holds_ron(&entry.path(), name == "answers" || name == "workbooks"),
        _ => false,
    }
}

/// Whether `dir` holds a `.ron` file, or (`deeper`) a folder that does:
/// answers are kept in a folder per chapter.
fn holds_ron(dir: &Path, deeper: bool) -> bool {
    // A chapter's folder has its recent.ron: one look instead of listing years of months.
    if !deeper && fs::symlink_metadata(dir.join(super::monthly::RECENT_FILE)).is_ok_and(|m| m.is_file()) {
        return true;
    }
    let Ok(inside) = fs::read_dir(dir) else { return false };
    inside.filter_map(Result::ok).any(|e| match e.file_type() {
        Ok(t) if t.is_file() => e.file_name().to_string_lossy().ends_with(".ron"),
        Ok(t) if t.is_dir() && deeper => holds_ron(&e.path(), false),
        _ => false,
    })
}

/// A name mscwork gives to something at the top of its data folder.
fn is_ours(name: &str) -> bool {
    OURS.contains(&name) || is_our_temporary(name) || is_backup(name)
}

/// `NAME.v<N>.bak`, kept from an older format.
fn is_backup(name: &str) -> bool {
    name.strip_suffix(".bak")
        .and_then(|rest| rest.rsplit_once(".v"))
        .is_some_and(|(base, n)| OURS.contains(&base) && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Folders 0700, and (`files`) files 0600 (or stricter): a folder copied
/// or unpacked with looser modes is made private again. Only what is ours;
/// symbolic links and things that are not regular files are left exactly as
/// they are. A mode that cannot be changed (a file of another user) is left
/// too: reading works all the same.
fn tighten(root: &Path, files: bool) {
    make_private(root);
    let Ok(entries) = fs::read_dir(root) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str().filter(|n| is_ours(n)) else { continue };
        // DirEntry::file_type does not follow a symbolic link.
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_file() {
            if files {
                make_private(&entry.path());
            }
        } else if kind.is_dir() && SUBFOLDERS.contains(&name) {
            tighten_subfolder(&entry.path(), files);
        }
    }
}

fn tighten_subfolder(dir: &Path, files: bool) {
    make_private(dir);
    let answers = dir.file_name().is_some_and(|n| n == "answers");
    // Only answers/ holds folders: without files to tighten, nothing else needs listing.
    if !files && !answers {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        match entry.file_type() {
            Ok(t) if t.is_file() && files => make_private(&entry.path()),
            // A chapter's folder of answers.
            Ok(t) if t.is_dir() && answers => tighten_subfolder(&entry.path(), files),
            _ => {}
        }
    }
}

/// Takes away what others may do; what the user may do is left as it is.
fn make_private(path: &Path) {
    if let Ok(meta) = fs::metadata(path) {
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode & 0o700));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_ours() {
        assert!(is_ours("progress.ron.v1.bak"));
        assert!(is_ours(".progress.ron.Ab3dE6g8.tmp"));
        assert!(!is_ours("notes.v1.bak"));
        assert!(!is_ours("progress.ron.vx.bak"));
        assert!(!is_ours("Documents"));
    }
}

//! Why the data folder cannot be used: not a folder, someone else's, or
//! in use. (A file in it that cannot be read is a
//! [`JournalError`](super::JournalError), and the folder stays usable.)

use std::io;
use std::path::PathBuf;

use crate::i18n::Lang;
use crate::i18n::text::{tr, tr_text};

#[derive(Debug, thiserror::Error)]
pub enum DataDirError {
    #[error("{}: cannot create the data folder: {source}", path.display())]
    Create { path: PathBuf, source: io::Error },
    #[error("{}: cannot use it as the data folder: {source}", path.display())]
    Use { path: PathBuf, source: io::Error },
    #[error("{}: cannot read the data folder: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// `kind`: what is there instead ("a file", "a named pipe (FIFO)", …).
    #[error(
        "{}: is {kind}, not a folder; give mscwork a folder for your data (a new or empty one, or the one it \
         already uses) with --data-dir DIR",
        path.display()
    )]
    NotAFolder { path: PathBuf, kind: &'static str },
    /// A folder of other files only; `names`: what is there, sorted.
    #[error(
        "{}: holds other files ({}) and none of mscwork's, so it is not used as the data folder; give mscwork a \
         new or empty folder with --data-dir DIR (nothing was changed)",
        path.display(),
        first_names(names)
    )]
    NotOurs { path: PathBuf, names: Vec<String> },
    /// Another mscwork holds the lock; `pid` when it wrote its process id
    /// and that process is running.
    #[error("{} is already using the data in {}; close it first (nothing was changed)", holder(*pid), dir.display())]
    InUse { dir: PathBuf, pid: Option<libc::pid_t> },
    #[error("{}: cannot lock: {source}", path.display())]
    Lock { path: PathBuf, source: io::Error },
    #[error(
        "{}: is a symbolic link, which mscwork does not follow for its lock; remove it and start again",
        path.display()
    )]
    LockIsLink { path: PathBuf },
    #[error("{}: cannot open the lock file: {source}", path.display())]
    OpenLock { path: PathBuf, source: io::Error },
    #[error(
        "{}: not a regular file ({kind}); mscwork keeps its lock there: move it away and start again",
        path.display()
    )]
    LockNotRegular { path: PathBuf, kind: &'static str },
}

impl DataDirError {
    /// The message in `lang` (its `Display` is the English one).
    pub fn localized(&self, lang: Lang) -> String {
        let say = |id: &str, path: &std::path::Path, extra: &[(&str, String)]| {
            let mut pairs = vec![("path", path.display().to_string())];
            pairs.extend_from_slice(extra);
            tr_text(lang, id, &pairs)
        };
        let io = |e: &io::Error| ("error", e.to_string());
        match self {
            DataDirError::Create { path, source } => say("ui-err-data-create", path, &[io(source)]),
            DataDirError::Use { path, source } => say("ui-err-data-use", path, &[io(source)]),
            DataDirError::Read { path, source } => say("ui-err-data-read", path, &[io(source)]),
            DataDirError::NotAFolder { path, kind } => {
                say("ui-err-data-not-folder", path, &[("kind", kind_word(lang, kind))])
            }
            DataDirError::NotOurs { path, names } => {
                say("ui-err-data-not-ours", path, &[("names", first_names(names))])
            }
            DataDirError::InUse { dir, pid } => match pid {
                Some(pid) => say("ui-err-data-in-use-pid", dir, &[("pid", pid.to_string())]),
                None => say("ui-err-data-in-use", dir, &[]),
            },
            DataDirError::Lock { path, source } => say("ui-err-data-lock", path, &[io(source)]),
            DataDirError::LockIsLink { path } => say("ui-err-data-lock-link", path, &[]),
            DataDirError::OpenLock { path, source } => say("ui-err-data-open-lock", path, &[io(source)]),
            DataDirError::LockNotRegular { path, kind } => {
                say("ui-err-data-lock-odd", path, &[("kind", kind_word(lang, kind))])
            }
        }
    }
}

/// What is somewhere instead of a folder or a file, as `odd_kind` says it
/// in English, in `lang`.
pub fn kind_word(lang: Lang, kind: &str) -> String {
    let id = match kind {
        "a FIFO" | "a named pipe (FIFO)" => "ui-kind-fifo",
        "a socket" => "ui-kind-socket",
        "a character device" | "a block device" | "a device" => "ui-kind-device",
        "a folder" => "ui-kind-folder",
        "a symbolic link" => "ui-kind-link",
        "a file" => "ui-kind-file",
        _ => "ui-kind-other",
    };
    tr(lang, id)
}

/// The first three names, quoted, and `…` when there are more.
fn first_names(names: &[String]) -> String {
    let shown: Vec<String> = names.iter().take(3).map(|n| format!("{n:?}")).collect();
    let more = if names.len() > 3 { ", …" } else { "" };
    format!("{}{more}", shown.join(", "))
}

fn holder(pid: Option<libc::pid_t>) -> String {
    match pid {
        Some(pid) => format!("another mscwork (process {pid})"),
        None => "another mscwork".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// kind_word knows each kind by the English words odd_kind gives it: a
    /// kind renamed there would otherwise be said as "something else".
    #[test]
    fn every_kind_odd_kind_names_has_its_own_word() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path(), &link).unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let other = tr(Lang::En, "ui-kind-other");
        for path in [dir.path(), link.as_path(), fifo.as_path(), std::path::Path::new("/dev/null")] {
            let kind = std::fs::symlink_metadata(path).unwrap().file_type();
            let named = super::super::files::odd_kind(&kind).unwrap();
            assert_ne!(kind_word(Lang::En, named), other, "{named:?} ({})", kind.is_char_device());
        }
        assert_ne!(kind_word(Lang::En, "a file"), other);
    }

    #[test]
    fn other_files_are_named_three_at_most() {
        let names = |n: usize| (0..n).map(|i| format!("f{i}")).collect::<Vec<_>>();
        let said = |n| DataDirError::NotOurs { path: "/d".into(), names: names(n) }.to_string();
        assert!(said(3).starts_with("/d: holds other files (\"f0\", \"f1\", \"f2\") and none of mscwork's,"));
        assert!(said(4).starts_with("/d: holds other files (\"f0\", \"f1\", \"f2\", …) and none"));
        assert!(said(4).ends_with("give mscwork a new or empty folder with --data-dir DIR (nothing was changed)"));
    }

    #[test]
    fn a_holder_is_named_by_its_process_when_known() {
        let said = |pid| DataDirError::InUse { dir: "/d".into(), pid }.to_string();
        assert_eq!(said(None), "another mscwork is already using the data in /d; close it first (nothing was changed)");
        assert!(said(Some(42)).starts_with("another mscwork (process 42) is already using the data in /d;"));
    }
}

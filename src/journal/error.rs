//! Why the data folder cannot be used: not found, not a folder, someone
//! else's, or in use. (A file in it that cannot be read is a
//! [`JournalError`](super::JournalError), and the folder stays usable.)

use std::io;
use std::path::PathBuf;

use super::paths::ENV_DATA_DIR;

#[derive(Debug, thiserror::Error)]
pub enum DataDirError {
    #[error("cannot find a home directory for the data; pass --data-dir DIR or set {}", ENV_DATA_DIR)]
    NoHome,
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

//! One mscwork at a time per data dir.
//!
//! An advisory `flock` on `.lock`: the operating system releases it when the
//! process ends in any way, so a lock left by a crash is never stale.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::error::DataDirError;
use super::files::odd_kind;

#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    pub fn acquire(path: &Path) -> Result<Lock, DataDirError> {
        let mut file = open(path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let dir = path.parent().unwrap_or(path).to_path_buf();
                return Err(DataDirError::InUse { dir, pid: holder(&mut file) });
            }
            Err(TryLockError::Error(source)) => {
                return Err(DataDirError::Lock { path: path.to_path_buf(), source });
            }
        }
        // Only informative: tells a second instance who holds the lock.
        let _ = file.set_len(0);
        let _ = file.seek(SeekFrom::Start(0));
        let _ = write!(file, "{}", std::process::id());
        Ok(Lock { _file: file })
    }
}

/// Opens (or creates) the lock file itself: never what a symbolic link put
/// in its place points at, since the holder's process id is written into it,
/// and never a FIFO or a device.
fn open(path: &Path) -> Result<File, DataDirError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|source| match source.raw_os_error() {
            Some(libc::ELOOP) => DataDirError::LockIsLink { path: path.to_path_buf() },
            _ => DataDirError::OpenLock { path: path.to_path_buf(), source },
        })?;
    let kind = file.metadata().map(|m| odd_kind(&m.file_type()));
    match kind {
        Ok(None) => Ok(file),
        Ok(Some(kind)) => Err(DataDirError::LockNotRegular { path: path.to_path_buf(), kind }),
        Err(source) => Err(DataDirError::OpenLock { path: path.to_path_buf(), source }),
    }
}

/// Who holds the lock, for the message: the process id the holder wrote,
/// when it is one and that process is running (it may not have written its
/// own yet, leaving its predecessor's).
fn holder(file: &mut File) -> Option<libc::pid_t> {
    let mut text = String::new();
    let _ = file.take(32).read_to_string(&mut text);
    text.trim().parse::<libc::pid_t>().ok().filter(|&pid| pid > 0 && is_running(pid))
}

fn is_running(pid: libc::pid_t) -> bool {
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    let sent = unsafe { libc::kill(pid, 0) } == 0;
    sent || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symlinked_lock_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, "theirs").unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join(".lock")).unwrap();
        let e = Lock::acquire(&dir.path().join(".lock")).unwrap_err();
        assert!(matches!(e, DataDirError::LockIsLink { .. }), "{e}");
        assert!(e.to_string().contains("symbolic link"), "{e}");
        assert_eq!(std::fs::read(&target).unwrap(), b"theirs");
    }

    #[test]
    fn a_garbage_or_dead_holder_is_not_named() {
        let dir = tempfile::tempdir().unwrap();
        for text in ["garbage\u{1b}[2J", "999999999", "-1", ""] {
            std::fs::write(dir.path().join("x"), text).unwrap();
            let mut f = std::fs::File::open(dir.path().join("x")).unwrap();
            assert_eq!(holder(&mut f), None, "{text:?}");
        }
        std::fs::write(dir.path().join("x"), std::process::id().to_string()).unwrap();
        let mut f = std::fs::File::open(dir.path().join("x")).unwrap();
        assert_eq!(holder(&mut f), libc::pid_t::try_from(std::process::id()).ok());
    }
}

//! Files that are either the old version or the new one, never half of each.

use std::fs::{self, DirBuilder, File};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;
use std::time::SystemTime;

use super::files::{NotRegular, odd_kind};

/// Creates `dir` (and parents) readable by the user only.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// How the bytes go into the temporary file. The journal uses
/// [`PlainWriter`]; tests put in one that fails (a full disk) to prove that a
/// failed write never touches the real file.
pub trait Writer: Send + Sync + std::fmt::Debug {
    fn fill(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }
}

#[derive(Debug, Default)]
pub struct PlainWriter;

impl Writer for PlainWriter {}

/// Writes a fresh temporary beside `path` (mode 0600), fsyncs it, renames
/// it over `path` and fsyncs the folder, so a crash leaves the old or the
/// new file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(&PlainWriter, path, bytes)
}

/// How many random characters a temporary's name has.
const RANDOM_LEN: usize = 8;

/// [`write_atomic`] with the bytes written by `writer`.
///
/// The temporary is `.NAME.<random>.tmp`, created anew (`O_EXCL`): a name
/// someone planted beforehand (a symbolic link to a file elsewhere, in a
/// shared folder such as /tmp) is never opened, followed or reused. Something
/// other than a regular file or a symbolic link at `path` (a FIFO, a folder)
/// is left as it is and the write refused.
pub fn write_atomic_with(writer: &dyn Writer, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no parent folder"))?;
    // An empty parent is the current folder ("name" alone).
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    if let Ok(meta) = fs::symlink_metadata(path)
        && !meta.file_type().is_symlink()
        && let Some(kind) = odd_kind(&meta.file_type())
    {
        return Err(NotRegular { kind }.into_io());
    }
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".");
    // Dropped on any error below, which removes it: a failed write leaves
    // no temporary behind and the real file untouched.
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(TMP_SUFFIX)
        .rand_bytes(RANDOM_LEN)
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)?;
    writer.fill(tmp.as_file_mut(), bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    File::open(dir)?.sync_all()
}

const TMP_SUFFIX: &str = ".tmp";

/// Whether a file name is one of our temporaries: `.NAME.<random>.tmp`
/// from [`write_atomic`], or `NAME.tmp` of a `.ron`, `.bak` or `.md` file as
/// earlier versions of mscwork named them.
pub fn is_our_temporary(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(TMP_SUFFIX) else { return false };
    if let Some(rest) = stem.strip_prefix('.')
        && let Some((base, random)) = rest.rsplit_once('.')
    {
        return !base.is_empty() && random.len() == RANDOM_LEN && random.bytes().all(|b| b.is_ascii_alphanumeric());
    }
    [".ron", ".bak", ".md"].iter().any(|ext| stem.len() > ext.len() && stem.ends_with(ext))
}

/// Removes temporaries a crash left in `dir` (before their rename, so the
/// real files hold the version before). Only regular files with our names
/// go; anything else is left alone. Returns how many were removed.
pub fn remove_stale_temporaries(dir: &Path) -> usize {
    remove_temporaries(dir, None)
}

/// [`remove_stale_temporaries`] for those last changed before `before`:
/// while the program writes, a newer one may be one of its own writes.
pub fn remove_temporaries_older(dir: &Path, before: SystemTime) -> usize {
    remove_temporaries(dir, Some(before))
}

fn remove_temporaries(dir: &Path, before: Option<SystemTime>) -> usize {
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let ours = entry.file_name().to_str().is_some_and(is_our_temporary);
        // DirEntry::file_type and ::metadata do not follow a symbolic link.
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        let old = before
            .is_none_or(|before| entry.metadata().and_then(|m| m.modified()).is_ok_and(|changed| changed < before));
        if ours && regular && old && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::FileTypeExt;

    #[test]
    fn replaces_whole_file_with_private_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"first version, longer").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "only a.ron, no temporary");
    }

    #[test]
    fn a_planted_temporary_name_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("elsewhere");
        fs::write(&target, "theirs").unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join("a.ron.tmp")).unwrap();
        write_atomic(&dir.path().join("a.ron"), b"mine").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"theirs");
        assert_eq!(fs::read(dir.path().join("a.ron")).unwrap(), b"mine");
    }

    #[test]
    fn a_fifo_in_place_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = write_atomic(&path, b"x").unwrap_err();
        assert!(e.to_string().contains("FIFO"), "{e}");
        assert!(fs::symlink_metadata(&path).unwrap().file_type().is_fifo());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn knows_its_own_temporaries_only() {
        assert!(is_our_temporary(".progress.ron.Ab3dE6g8.tmp"));
        assert!(is_our_temporary("progress.ron.tmp"));
        assert!(is_our_temporary("progress.ron.v1.bak.tmp"));
        assert!(!is_our_temporary(".progress.ron.tmp"));
        assert!(!is_our_temporary("notes.tmp"));
        assert!(!is_our_temporary(".ron.tmp"));
        assert!(!is_our_temporary("progress.ron"));
    }

    #[test]
    fn stale_temporaries_go_and_everything_else_stays() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        fs::write(p.join(".a.ron.Ab3dE6g8.tmp"), "half").unwrap();
        fs::write(p.join("a.ron.tmp"), "old style").unwrap();
        fs::write(p.join("notes.tmp"), "not ours").unwrap();
        std::os::unix::fs::symlink(p.join("notes.tmp"), p.join("b.ron.tmp")).unwrap();
        assert_eq!(remove_stale_temporaries(p), 2);
        let mut left: Vec<String> =
            fs::read_dir(p).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        left.sort();
        assert_eq!(left, ["b.ron.tmp", "notes.tmp"]);
    }

    #[test]
    fn failed_write_leaves_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("a.ron");
        assert!(write_atomic(&path, b"x").is_err());
        assert!(!path.exists());
    }
}

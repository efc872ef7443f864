//! Opening the user's files for reading without being stopped by what
//! stands in their place: a FIFO would block the read forever (and with it
//! quitting), a device could do anything on open. Only regular files are read.

use std::fmt;
use std::fs::{self, File, FileType, Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// Something other than a regular file where a file was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRegular {
    /// "a FIFO", "a socket", …
    pub kind: &'static str,
}

impl fmt::Display for NotRegular {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a regular file ({}); move it away and start again", self.kind)
    }
}

impl std::error::Error for NotRegular {}

impl NotRegular {
    pub fn into_io(self) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidInput, self)
    }

    /// The [`NotRegular`] inside an error from this module, if that is what it is.
    pub fn of(e: &io::Error) -> Option<NotRegular> {
        e.get_ref().and_then(|inner| inner.downcast_ref::<NotRegular>()).copied()
    }
}

/// How a file type is named in messages; `None` for a regular file.
pub fn odd_kind(file_type: &FileType) -> Option<&'static str> {
    if file_type.is_file() {
        None
    } else if file_type.is_fifo() {
        Some("a FIFO")
    } else if file_type.is_socket() {
        Some("a socket")
    } else if file_type.is_char_device() {
        Some("a character device")
    } else if file_type.is_block_device() {
        Some("a block device")
    } else if file_type.is_dir() {
        Some("a folder")
    } else if file_type.is_symlink() {
        Some("a symbolic link")
    } else {
        Some("not a file")
    }
}

fn check(meta: &Metadata) -> io::Result<()> {
    match odd_kind(&meta.file_type()) {
        None => Ok(()),
        Some(kind) => Err(NotRegular { kind }.into_io()),
    }
}

/// Opens a regular file for reading; anything else is refused with a
/// [`NotRegular`] error, without blocking. A symbolic link is followed to
/// what it points at, which must be a regular file too.
pub fn open_regular(path: &Path) -> io::Result<File> {
    // Looked at first, so a device is never opened at all.
    check(&fs::metadata(path)?)?;
    // O_NONBLOCK: if a FIFO was put there since, opening it does not wait
    // for a writer; it is then refused by the check on what was opened.
    let file = OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)?;
    check(&file.metadata()?)?;
    Ok(file)
}

/// [`fs::read`] for regular files only (see [`open_regular`]).
pub fn read_regular(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mkfifo(path: &Path) {
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    }

    #[test]
    fn reads_a_regular_file_and_refuses_a_fifo_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        fs::write(&file, "text").unwrap();
        assert_eq!(read_regular(&file).unwrap(), b"text");
        let fifo = dir.path().join("f.ron");
        mkfifo(&fifo);
        let e = read_regular(&fifo).unwrap_err();
        assert_eq!(NotRegular::of(&e), Some(NotRegular { kind: "a FIFO" }));
        assert_eq!(e.to_string(), "not a regular file (a FIFO); move it away and start again");
        assert_eq!(NotRegular::of(&read_regular(dir.path()).unwrap_err()).map(|n| n.kind), Some("a folder"));
        assert_eq!(read_regular(&dir.path().join("missing")).unwrap_err().kind(), io::ErrorKind::NotFound);
    }
}

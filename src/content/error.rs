use std::fmt;
use std::io;

/// A problem in a workbook file, reported as `file:line:column: message`,
/// or `file: message` when there is no place in it to point at (line 0: a
/// file or folder that is missing or cannot be read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl ContentError {
    /// A problem with a whole file or folder, not a place in it.
    pub fn whole(file: String, message: String) -> Self {
        ContentError { file, line: 0, column: 0, message }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            return write!(f, "{}: {}", self.file, self.message);
        }
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

impl std::error::Error for ContentError {}

/// Why a file that `workbook.ron` lists (or `workbook.ron` itself) cannot
/// be read; said after its name.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("must be a relative .ron path inside the workbook folder")]
    NotInside,
    #[error("no such file in the built-in workbook")]
    NotBuiltIn,
    #[error(transparent)]
    Io(#[from] io::Error),
    /// At this byte the text stops being UTF-8.
    #[error("not valid UTF-8 (at byte {0})")]
    NotUtf8(usize),
}

/// Every error found, so an author can fix them all in one go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

/// Byte offset of the `nth` (0-based) occurrence of `needle`, or of the
/// last one there is when there are fewer.
pub fn find_nth(source: &str, needle: &str, nth: usize) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..=nth {
        match source[from..].find(needle) {
            Some(i) => {
                found = Some(from + i);
                from += i + needle.len().max(1);
            }
            None => break,
        }
    }
    found
}

/// Line and column (1-based) of the `nth` (0-based) occurrence of `needle`,
/// or of the start of the file when it does not occur.
pub fn locate(source: &str, needle: &str, nth: usize) -> (usize, usize) {
    find_nth(source, needle, nth).map_or((1, 1), |offset| position_of(source, offset))
}

/// 1-based line and column (in characters) of a byte offset.
pub fn position_of(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_nth_occurrence() {
        let src = "a\n  id: \"x\"\nid: \"x\"";
        assert_eq!(locate(src, "\"x\"", 0), (2, 7));
        assert_eq!(locate(src, "\"x\"", 1), (3, 5));
        assert_eq!(locate(src, "\"y\"", 0), (1, 1));
    }
}

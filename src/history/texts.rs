//! The texts History shows, read from the month files of the answers on
//! screen when they come on screen, and let go of when they leave: years
//! of answers are never all held in memory at once.

use std::collections::HashMap;
use std::sync::Arc;

use crate::journal::monthly::read_month;
use crate::journal::{Answers, DataDir, JournalError};

use super::Entry;

/// Month files read for History, by chapter number and month.
#[derive(Debug, Default)]
pub struct MonthTexts {
    months: HashMap<(usize, Arc<str>), Result<Answers, JournalError>>,
}

impl MonthTexts {
    /// The month holding an entry's text, if it was read; an error when its
    /// file could not be.
    pub fn get(&self, entry: &Entry) -> Option<Result<&Answers, &JournalError>> {
        let (month, _) = entry.month.as_ref()?;
        let read = self.months.get(&(entry.chapter, Arc::clone(month)))?;
        Some(read.as_ref())
    }

    /// Reads the month files of `entries` not read yet (chapters by their
    /// data folder and id in `chapters`), and lets go of every other month.
    pub fn keep<'a>(&mut self, chapters: &[(&DataDir, &str)], entries: impl Iterator<Item = &'a Entry>) {
        let mut kept: HashMap<(usize, Arc<str>), Result<Answers, JournalError>> = HashMap::new();
        for e in entries {
            let Some((month, _)) = &e.month else { continue };
            let key = (e.chapter, Arc::clone(month));
            if kept.contains_key(&key) {
                continue;
            }
            let read = match self.months.remove(&key) {
                Some(read) => read,
                None => match chapters.get(e.chapter) {
                    Some((dir, id)) => read_month(&dir.answers(id), id, month),
                    None => continue,
                },
            };
            kept.insert(key, read);
        }
        self.months = kept;
    }

    /// Forgets a chapter's months (its answers changed).
    pub fn forget(&mut self, chapter: usize) {
        self.months.retain(|(c, _), _| *c != chapter);
    }
}

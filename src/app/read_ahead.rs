//! Reading every chapter's answers, and building their History entries, on
//! a thread of its own after the first frame: History then opens at once
//! even with years of answers, and start-up does not wait for it.

use std::sync::mpsc::{Receiver, channel};

use crate::content::Workbook;
use crate::history::{self, Entry};
use crate::journal::JournalError;
use crate::journal::store::{ReadChapter, read_answers};

use super::state::{App, Screen};

pub struct Ahead {
    pub chapter: usize,
    pub read: Result<Option<ReadChapter>, JournalError>,
    pub entries: Vec<Entry>,
}

/// History entries of one chapter, with the answers generation they match.
pub struct CachedEntries {
    pub generation: u64,
    pub entries: Vec<Entry>,
}

impl App {
    /// Starts reading the chapters not loaded yet.
    pub fn read_ahead(&self) -> Receiver<Ahead> {
        let mut files: Vec<(usize, String)> = self
            .workbook
            .chapters
            .iter()
            .enumerate()
            .filter(|(_, c)| self.journal.answers(&c.id).is_none())
            .map(|(i, c)| (i, c.id.clone()))
            .collect();
        // The chapter on screen first: it may show only its latest answers so far.
        files.sort_by_key(|(i, _)| *i != self.view.chapter);
        let dir = self.journal.dir().clone();
        let workbook: Workbook = self.workbook.clone();
        let day_start = self.journal.settings().day_starts_at;
        let (send, receive) = channel();
        std::thread::spawn(move || {
            for (chapter, id) in files {
                let read = read_answers(&dir, &id);
                let entries = match &read {
                    Ok(Some(read)) => history::chapter_entries(&workbook, chapter, &read.answers, day_start),
                    _ => Vec::new(),
                };
                if send.send(Ahead { chapter, read, entries }).is_err() {
                    return;
                }
            }
        });
        receive
    }

    /// Takes in what was read ahead, unless the chapter was loaded meanwhile.
    /// True when the chapter is new here: the screen may show it (its page,
    /// or a step recalling it) from its latest answers alone, so it is drawn again.
    pub fn take_ahead(&mut self, ahead: Ahead) -> bool {
        let id = self.workbook.chapters[ahead.chapter].id.clone();
        let fresh = self.journal.answers(&id).is_none();
        self.journal.take_answers(&id, ahead.read);
        match self.journal.answers(&id) {
            Some(Ok(_)) if fresh => {
                self.history_cache.insert(
                    ahead.chapter,
                    CachedEntries { generation: self.journal.answers_generation(&id), entries: ahead.entries },
                );
            }
            // The chapter the user came back to, on a step that did not wait
            // for its answers: say it is damaged as opening it would have.
            Some(Err(e)) if fresh && self.screen == Screen::Chapter && self.view.chapter == ahead.chapter => {
                let e = e.to_string();
                self.say_damaged(&e);
            }
            _ => {}
        }
        fresh
    }
}

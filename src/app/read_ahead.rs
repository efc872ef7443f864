//! Reading every chapter's answers, and building their History index, on
//! a thread of its own after the first frame: History then opens at once
//! even with years of answers, and start-up does not wait for it. The
//! answers themselves are let go of once indexed (a chapter's page draws
//! from its latest answers, and a save reads its chapter then).

use std::sync::mpsc::{Receiver, channel};

use crate::content::Workbook;
use crate::history::ChapterIndex;
use crate::journal::JournalError;

use super::state::{App, Screen};
use crate::screens::history::{ReadForHistory, read_for_history};

pub struct Ahead {
    pub chapter: usize,
    pub read: Result<ReadForHistory, JournalError>,
}

/// The History index of one chapter, with the answers generation it matches.
pub struct CachedIndex {
    pub generation: u64,
    pub index: ChapterIndex,
}

impl App {
    /// Starts reading the chapters not loaded yet.
    pub fn read_ahead(&self) -> Receiver<Ahead> {
        let mut files: Vec<usize> = self
            .workbook
            .chapters
            .iter()
            .enumerate()
            .filter(|(i, c)| self.journal.answers(&c.id).is_none() && !self.history_cache.contains_key(i))
            .map(|(i, _)| i)
            .collect();
        // The chapter on screen first: it may be damaged, which its page should say.
        files.sort_by_key(|i| *i != self.view.chapter);
        let dir = self.journal.dir().clone();
        let workbook: Workbook = self.workbook.clone();
        let day_start = self.journal.settings().day_starts_at;
        let opened = self.journal.opened();
        let (send, receive) = channel();
        std::thread::spawn(move || {
            crate::journal::store::tidy(&dir, opened);
            for chapter in files {
                let read = read_for_history(&dir, &workbook, chapter, day_start);
                if send.send(Ahead { chapter, read }).is_err() {
                    return;
                }
            }
        });
        receive
    }

    /// Takes in what was read ahead, unless the chapter was loaded meanwhile.
    /// True when the journal learnt something the screen may show: a
    /// chapter's latest answers other than `recent.ron` said, its answers
    /// read whole (still in one file), or its damage.
    pub fn take_ahead(&mut self, ahead: Ahead) -> bool {
        let id = self.workbook.chapters[ahead.chapter].id.clone();
        if self.journal.answers(&id).is_some() {
            return false;
        }
        let generation = self.journal.answers_generation(&id);
        match ahead.read {
            Ok(read) => {
                self.history_cache.insert(ahead.chapter, CachedIndex { generation, index: read.index });
                match (read.whole, read.recent) {
                    (Some(whole), _) => {
                        self.journal.take_answers(&id, Ok(Some(whole)));
                        true
                    }
                    (None, Some(recent)) => self.journal.settle_recent(&id, recent),
                    (None, None) => false,
                }
            }
            Err(e) => {
                self.journal.take_answers(&id, Err(e));
                // The chapter the user came back to, on a step that did not
                // wait for its answers: say it is damaged as opening it would have.
                if self.screen() == Screen::Chapter
                    && self.view.chapter == ahead.chapter
                    && let Some(Err(e)) = self.journal.answers(&id)
                {
                    let e = e.to_string();
                    self.say_damaged(&e);
                }
                true
            }
        }
    }
}

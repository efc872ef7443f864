//! A chapter's step page. Its drawing in [`view`].

pub mod view;

use crate::app::App;
use crate::app::keymap::Action;
use crate::app::keymap::{Binding, DOWN, HELP, PAGE_UP, QUIT, UP, bind, code, ctrl, key};
use crate::app::state::{ChapterView, Overlay, Screen, Shown};
use crate::content::Step;
use crate::journal::Position;
use crossterm::event::KeyCode;

impl App {
    /// `c` on a reflection: Enter continues the next older of the answers
    /// the page lists, then the latest again.
    pub(crate) fn choose_answer_to_continue(&mut self) {
        let Step::Reflection(r) = self.step() else { return };
        let id = r.id.clone();
        let chapter_id = self.chapter().id.clone();
        let count = match self.journal.shown(&chapter_id) {
            Some(Ok(shown)) => shown.reflections(&id, 1).1,
            _ => 0,
        };
        if count < 2 {
            self.info(self.t("ui-status-one-answer"));
            return;
        }
        let shown = count.min(crate::journal::RECENT_REFLECTIONS);
        let latest = count - 1;
        let now = self.view.continue_entry.unwrap_or(latest);
        // Down the listed answers, newest first, and round again.
        let next = if now + shown <= latest + 1 || now == 0 { latest } else { now - 1 };
        self.view.continue_entry = (next != latest).then_some(next);
        let which = latest - next + 1;
        let what = if next == latest {
            self.t("ui-status-latest-answer")
        } else {
            self.t_with("ui-status-answer-of-list", &[("n", which.into())])
        };
        self.info(self.t_with("ui-status-enter-continues", &[("what", what.into())]));
    }

    pub(crate) fn chapter_action(&mut self, action: Action) {
        match action {
            Action::Next => {
                self.leave_text_step();
                let steps = self.chapter().steps.len();
                if self.view.step + 1 < steps {
                    self.open_step(self.view.chapter, self.view.step + 1);
                } else if self.view.chapter + 1 < self.workbook.chapters.len() {
                    self.open_step(self.view.chapter + 1, 0);
                    self.info(self.t_with("ui-status-chapter-begins", &[("n", self.chapter().number.into())]));
                } else {
                    self.info(self.t("ui-status-last-step"));
                }
            }
            Action::Prev => {
                if self.view.step > 0 {
                    self.open_step(self.view.chapter, self.view.step - 1);
                } else if self.view.chapter > 0 {
                    // As n goes on into the next chapter, p goes back into the previous one.
                    let previous = self.view.chapter - 1;
                    let last = self.workbook.chapters[previous].steps.len().saturating_sub(1);
                    self.open_step(previous, last);
                    self.info(self.t_with("ui-status-back-in-chapter", &[("n", self.chapter().number.into())]));
                } else {
                    self.info(self.t("ui-status-first-step"));
                }
            }
            Action::Up => self.view.scroll.by(-1),
            Action::Down => self.view.scroll.by(1),
            Action::PageUp => self.view.scroll.page(false, 1),
            Action::PageDown => self.view.scroll.page(true, 1),
            Action::ReadOn => self.read_on(),
            Action::Contents => self.show_overlay(Overlay::Contents { selected: self.view.step }),
            Action::Edit => match self.step() {
                Step::Reflection(_) => self.open_editor(false),
                Step::Scale(_) => self.start_scale(),
                Step::Choice(_) => self.start_choice(),
                Step::Practice(_) => self.start_practice(),
                Step::Assessment(_) => self.start_assessment(),
                Step::Text(_) => {}
            },
            Action::NewAnswer => self.open_editor(true),
            Action::Choose => self.choose_answer_to_continue(),
            Action::Back if self.back_to_history.is_some() => {
                self.leave_text_step();
                self.return_to_history();
            }
            Action::Back => {
                self.leave_text_step();
                self.show(Shown::Home);
                self.home_selected = 0;
                self.status = None;
            }
            Action::Help => self.show_overlay(Overlay::Help),
            _ => {}
        }
    }

    /// Space reads on: a page down, and once a text's end is on screen the
    /// next step, as n (so it counts as read as n does). Other steps only
    /// page: Space must not pass a prompt by before it is answered.
    fn read_on(&mut self) {
        if matches!(self.step(), Step::Text(_)) && self.view.scroll.at_end() {
            self.chapter_action(Action::Next);
        } else {
            self.view.scroll.page(true, 1);
        }
    }

    /// Goes to step `step` of the open chapter from its contents. Like p, a
    /// jump reads nothing: only going on with n counts a text as read.
    pub(crate) fn jump_to_step(&mut self, step: usize) {
        if step != self.view.step && step < self.chapter().steps.len() {
            self.open_step(self.view.chapter, step);
        }
    }

    /// Shows a step and remembers it as the place to come back to. A step
    /// that shows answers is drawn from each step's latest ones (kept
    /// apart in `recent.ron`), so opening a chapter does not wait for years
    /// of answers; they are read when the user writes. Only a chapter with
    /// no such file (an older format) is read whole first.
    pub fn open_step(&mut self, chapter: usize, step: usize) {
        let shows_answers = self.workbook.chapters[chapter].steps[step].is_answerable();
        let id = self.workbook.chapters[chapter].id.clone();
        let read_whole = shows_answers && !self.journal.load_recent(&id);
        self.show_step(chapter, step, read_whole);
    }

    pub(crate) fn show_step(&mut self, chapter: usize, step: usize, load_answers: bool) {
        if self.view.chapter != chapter || self.screen() != Screen::Chapter {
            self.status = None;
        }
        let opened_at = Some(self.clock.now());
        // An assessment step says when it was last taken.
        if matches!(self.workbook.chapters[chapter].steps[step], Step::Assessment(_)) {
            self.journal.latest_take();
        }
        self.view = ChapterView { chapter, step, scroll: Default::default(), continue_entry: None, opened_at };
        self.show(Shown::Chapter);
        let chapter_id = self.chapter().id.clone();
        let step_id = self.step().id().clone();
        let damaged = match self.journal.answers(&chapter_id) {
            _ if load_answers => self.journal.load_answers(&chapter_id).err(),
            // Found damaged already (read ahead, or on an earlier visit).
            Some(Err(e)) => Some(e),
            _ => None,
        };
        if let Some(e) = damaged {
            let e = e.to_string();
            self.say_damaged(&e);
        }
        // What the step shows from elsewhere: an earlier answer, the practice log.
        let recalls: Vec<crate::content::StepRef> = match self.step() {
            Step::Practice(p) => p.recall.iter().cloned().collect(),
            Step::Reflection(r) => r.recalled().cloned().collect(),
            _ => Vec::new(),
        };
        for target in &recalls {
            if !self.journal.load_recent(&target.chapter) {
                let _ = self.journal.load_answers(&target.chapter);
            }
        }
        // Chapters written to before and left behind are let go of.
        let mut keep: Vec<&str> = recalls.iter().map(|t| t.chapter.as_str()).collect();
        keep.push(chapter_id.as_str());
        self.journal.keep_only(&keep);

        self.update_progress(|p| {
            p.last = Some(Position { chapter: chapter_id.clone(), step: step_id.clone() });
            let cp = p.chapters.entry(chapter_id).or_default();
            cp.last_step = Some(step_id.clone());
            cp.visited.insert(step_id);
        });
    }

    /// The open chapter's answers, read whole; None, said on the status
    /// line, when its file is damaged and the chapter is read-only.
    pub(crate) fn chapter_answers(&mut self) -> Option<&crate::journal::Answers> {
        let chapter_id = self.chapter().id.clone();
        if let Err(e) = self.journal.load_answers(&chapter_id) {
            let e = e.to_string();
            self.error(self.t_with("ui-err-chapter-read-only", &[("error", e.into())]));
            return None;
        }
        self.journal.answers(&chapter_id).and_then(Result::ok)
    }

    /// A chapter's answers file found damaged as the chapter is shown.
    pub(crate) fn say_damaged(&mut self, e: &str) {
        self.error(self.t_with("ui-err-chapter-damaged", &[("error", e.to_string().into())]));
    }

    /// The workbook's first Assessment step (the baseline), by chapter and step.
    pub fn first_assessment_step(&self) -> Option<(usize, usize)> {
        self.workbook.chapters.iter().enumerate().find_map(|(c, chapter)| {
            chapter.steps.iter().position(|s| matches!(s, Step::Assessment(_))).map(|s| (c, s))
        })
    }

    /// A Text step counts as read when the user goes on (n, or back to the
    /// chapters) after its last line was on screen (the view records that)
    /// and after time enough to have read it: paging through, or going back
    /// with p, reads nothing.
    fn leave_text_step(&mut self) {
        let Step::Text(t) = self.step() else { return };
        let seconds = reading_seconds(&t.body);
        let stayed = self.view.opened_at.is_some_and(|at| (self.clock.now() - at).num_seconds() >= seconds);
        if stayed && self.view.scroll.at_end() {
            self.mark_done(self.view.chapter, self.view.step);
        }
    }

    pub(crate) fn unmark_done(&mut self, chapter: usize, step: usize) {
        if !self.is_step_done(chapter, step) {
            return;
        }
        let c = &self.workbook.chapters[chapter];
        let (chapter_id, step_id) = (c.id.clone(), c.steps[step].id().clone());
        self.update_progress(|p| {
            if let Some(read) = p.chapters.get_mut(&chapter_id) {
                read.done.remove(&step_id);
            }
        });
    }

    pub(crate) fn mark_done(&mut self, chapter: usize, step: usize) {
        if self.is_step_done(chapter, step) {
            return;
        }
        let c = &self.workbook.chapters[chapter];
        let (chapter_id, step_id) = (c.id.clone(), c.steps[step].id().clone());
        self.update_progress(|p| {
            p.chapters.entry(chapter_id).or_default().done.insert(step_id);
        });
    }
}

/// What the keys do on this screen.
pub(crate) static CHAPTER: &[Binding] = &[
    bind(
        &[key('n'), code(KeyCode::Right), key('l')],
        Action::Next,
        "keys-chapter-next",
        Some("keys-chapter-next-hint"),
    ),
    bind(&[key('p'), code(KeyCode::Left), key('h')], Action::Prev, "keys-chapter-prev", Some("keys-chapter-prev-hint")),
    bind(UP, Action::Up, "keys-chapter-up", None),
    bind(DOWN, Action::Down, "keys-chapter-down", None),
    bind(PAGE_UP, Action::PageUp, "keys-chapter-page-up", None),
    bind(&[code(KeyCode::PageDown), ctrl('d')], Action::PageDown, "keys-chapter-page-down", None),
    bind(&[key(' ')], Action::ReadOn, "keys-chapter-read-on", None),
    bind(&[code(KeyCode::Enter), key('e')], Action::Edit, "keys-chapter-edit", Some("keys-chapter-edit-hint")),
    bind(&[key('a')], Action::NewAnswer, "keys-chapter-new-answer", Some("keys-chapter-new-answer-hint")),
    bind(&[key('c')], Action::Choose, "keys-chapter-choose", None),
    bind(&[key('t')], Action::Contents, "keys-chapter-contents", Some("keys-chapter-contents-hint")),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "keys-chapter-back", Some("keys-chapter-back-hint")),
    bind(HELP, Action::Help, "keys-chapter-help", Some("keys-chapter-help-hint")),
    bind(QUIT, Action::Quit, "keys-chapter-quit", None),
];

/// How long a text takes at least to have been read: half the time of
/// reading it at 250 words a minute, between 2 and 30 seconds.
fn reading_seconds(body: &str) -> i64 {
    let words = body.split_whitespace().count() as i64;
    (words * 60 / 250 / 2).clamp(2, 30)
}

//! Events in, state changes out: the event loop's entry (`handle`), which
//! passes each key to the screen in front (its module in
//! [`crate::screens`] says what the key does there), autosave, progress,
//! quitting and the status line.

use chrono::Duration;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::content::Workbook;
use crate::journal::{Journal, Timestamp};
use crate::theme::Theme;

use super::clock::Clock;
use super::keymap::{Action, Context, action_for};
use super::state::{App, ChapterView, Overlay, Screen, Shown, Status, StatusKind, Unsaved};

/// Text is saved at most this long after it changed: after a pause, and
/// every this often while typing goes on, so a kill loses no more.
pub const AUTOSAVE_AFTER: Duration = Duration::seconds(2);
/// Progress is written this long after it last changed.
pub const PROGRESS_AFTER: Duration = Duration::seconds(1);

#[derive(Debug, Clone)]
pub enum Event {
    Key(KeyEvent),
    Paste(String),
    Resize(u16, u16),
    /// Time passed (the autosave deadline was reached).
    Tick,
    /// The user's own editor finished: the new text, or why not.
    ExternalEdit(Result<String, crate::external::EditError>),
}

/// What update asks of the event loop: what it cannot do itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Ring the terminal bell after the next draw (a practice's start and end).
    Bell,
    /// Hand this text to the user's own editor, through a file named after
    /// its step; what comes back arrives as [`Event::ExternalEdit`]. Events
    /// queued after it wait.
    EditOutside(String, crate::external::Place),
    /// Leave: what could be saved is saved.
    Quit,
    /// Another workbook's journal took over: what was read ahead for the
    /// one before belongs to it, so reading ahead starts again.
    Reopened,
}

impl App {
    /// Starts where the user left off: the open editor, else the last step,
    /// else Home (with the welcome on the very first start).
    pub fn new(workbook: Workbook, journal: Journal, clock: Clock, theme: Theme, size: (u16, u16)) -> App {
        // The workbook's language: what is said while starting (a draft
        // back, a damaged file) is said in it.
        let lang = crate::i18n::Lang::from_tag(&workbook.manifest.language).unwrap_or_default();
        let mut app = App {
            workbook,
            journal,
            clock,
            theme,
            shown: Shown::Home,
            overlay: None,
            overlay_scroll: Default::default(),
            home_selected: 0,
            lang,
            workbook_dir: None,
            translations: std::cell::RefCell::new(None),
            week_minutes: None,
            view: ChapterView::default(),
            settings_selected: 0,
            progress_due: None,
            history_cache: std::collections::HashMap::new(),
            back_to_history: None,
            practice_log_scroll: Default::default(),
            practice_log_rows: 0,
            status: None,
            size,
            ended: false,
            effects: Vec::new(),
            quit_armed: false,
            unsaved: None,
            not_saved: None,
            typed_number: Default::default(),
        };
        if let Some(e) = app.journal.progress_error() {
            app.status = Some(Status {
                kind: StatusKind::Error,
                text: app.t_with("ui-err-progress-damaged", &[("error", e.to_string().into())]),
            });
        }
        if !app.journal.progress().welcomed {
            app.overlay = Some(Overlay::Welcome);
        }
        app.refresh_week_minutes();
        let editing = app.journal.progress().editing.clone();
        if let Some((c, s)) = app.last_position() {
            // Drawn at once; damage in the chapter's months is found by the read-ahead thread.
            app.open_step(c, s);
            if let Some(open) = editing
                && let Some((c, s)) = app.workbook.place(&open.chapter, &open.step)
            {
                app.open_step(c, s);
                app.resume_editor(&open);
            }
        }
        app.say_start_notes();
        app.read_what_home_shows();
        app
    }

    /// What the first screen says besides the step: a damaged settings.ron,
    /// texts of the user's own editor recovered after a crash.
    fn say_start_notes(&mut self) {
        // A damaged settings.ron is said on the first screen, not only once a
        // setting is changed: so after resuming, which clears the status line.
        // An error about the step resumed on comes first; a damaged
        // progress.ron gives way, as Home's body names it too.
        if let Some(e) = self.journal.settings_error()
            && (self.status.is_none() || self.journal.progress_error().is_some())
        {
            let text = self.t_with("ui-err-settings-damaged", &[("error", e.to_string().into())]);
            self.status = Some(Status { kind: StatusKind::Error, text });
        }
        // Texts of the user's own editor left by a crash were made answers
        // (or kept) as the journal opened: said once, on the first screen.
        // It comes before a note such as "Your draft is back", not before an error.
        if self.status.as_ref().is_none_or(|s| s.kind == StatusKind::Info)
            && let Some(note) = self.journal.outside_edits().first()
        {
            let note = note.describe(|chapter, step| {
                let chapter = self.workbook.chapter(chapter)?;
                let step = chapter.steps.iter().find(|s| s.id() == step)?;
                Some(format!("chapter {}, “{}”, step “{}”", chapter.number, chapter.title, step.title()))
            });
            let more = self.journal.outside_edits().len() - 1;
            let text = if more == 0 { note } else { format!("{note} (and {more} more)") };
            self.status = Some(Status { kind: StatusKind::Info, text });
        }
    }

    /// Home shows the plan of the newest take: it is read when Home is first
    /// shown, not before a start that resumes in a chapter.
    fn read_what_home_shows(&mut self) {
        if self.screen() == Screen::Home {
            self.journal.latest_take();
            // A new week began (or the course changed) since the minutes were read.
            let week = self.course_today().map(|t| t.week_start);
            if week != self.week_minutes.map(|(from, _)| from) {
                self.refresh_week_minutes();
            }
        }
    }

    /// Writes progress once it has been still for a moment (or now, with `force`).
    pub fn flush_progress(&mut self, force: bool) {
        let now = self.clock.now();
        if !self.journal.progress_pending() {
            self.progress_due = None;
            return;
        }
        if force || self.progress_due.is_some_and(|due| due <= now) {
            self.progress_due = None;
            // An error already shown (the words, the user's editor) matters
            // more than the place; this one is said again on the next try.
            if let Err(e) = self.journal.flush_progress()
                && self.status.as_ref().is_none_or(|s| s.kind != StatusKind::Error)
            {
                self.error(self.t_with("ui-err-place-not-saved", &[("error", e.to_string().into())]));
            }
        } else if self.progress_due.is_none() {
            self.progress_due = Some(now + PROGRESS_AFTER);
        }
    }

    /// When the next `Event::Tick` is due, if anything is waiting for time.
    pub fn next_deadline(&self) -> Option<Timestamp> {
        let autosave = self.autosave_deadline();
        [autosave, self.practice_deadline(), self.timer_deadline(), self.progress_due].into_iter().flatten().min()
    }

    /// Handles a deadline come due (`Event::Tick`). True when the screen
    /// may look different: a save's note or error, a practice's timer. A
    /// tick that only wrote progress to disk needs no new frame.
    pub fn tick(&mut self) -> (bool, Vec<Effect>) {
        let before = self.tick_visible();
        let effects = self.handle(Event::Tick);
        let timer = self.practices().is_some_and(|p| p.timer.is_some());
        (self.practice().is_some() || timer || self.tick_visible() != before, effects)
    }

    /// What a tick can change on screen, other than a practice.
    fn tick_visible(&self) -> (Option<Status>, Option<Overlay>, Screen, bool, bool) {
        let unsaved = self.editor().is_some_and(|e| e.dirty_since.is_some());
        (self.shown_status(), self.overlay, self.screen(), unsaved, self.ended)
    }

    /// Handles one event; returns what the event loop is to do about it.
    pub fn handle(&mut self, event: Event) -> Vec<Effect> {
        self.handle_event(event);
        self.after_event();
        std::mem::take(&mut self.effects)
    }

    /// Asks the event loop to do something once this event is handled.
    pub(crate) fn effect(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Whether an effect is waiting that the events after it must wait for.
    fn waits(&self) -> bool {
        self.ended || self.effects.iter().any(|e| matches!(e, Effect::EditOutside(..)))
    }

    fn after_event(&mut self) {
        // Not only on Tick: the loop sends none while keys keep coming.
        self.autosave();
        self.read_what_home_shows();
        self.flush_progress(self.ended);
    }

    /// Handles events that arrived together, taking them from `next` until
    /// it has none, the app quits, or the user's own editor is to open (the
    /// events after that wait for it). A run of keys that only type into
    /// the text field in focus goes in as one piece: the editor's text area
    /// works out its whole layout again on every change, so a paste from a
    /// terminal without bracketed paste, one key per character, would take
    /// time growing with the square of its length.
    ///
    /// In a field of one line, Enter between typed characters of one run is
    /// a pasted line break, not the Enter that confirms the field: nobody
    /// types that fast, and a terminal without bracketed paste sends a
    /// pasted line break as Enter. An Enter that ends the run still acts.
    pub fn handle_burst(&mut self, mut next: impl FnMut() -> Option<Event>) -> Vec<Effect> {
        let mut typed = String::new();
        let mut held_enter: Option<Event> = None;
        let mut effects = Vec::new();
        while !self.waits() {
            let Some(event) = next() else { break };
            // Typing changes only the text, so what is typing stays the same over the run.
            if let Some(c) = self.typed_char(&event) {
                if held_enter.take().is_some() {
                    typed.push('\n');
                }
                typed.push(c);
            } else if !typed.is_empty() && held_enter.is_none() && self.confirms_one_line_field(&event) {
                held_enter = Some(event);
            } else {
                self.type_text(&std::mem::take(&mut typed));
                if let Some(enter) = held_enter.take() {
                    effects.extend(self.handle(enter));
                }
                if !self.waits() && !effects.iter().any(|e| matches!(e, Effect::EditOutside(..))) {
                    effects.extend(self.handle(event));
                }
            }
        }
        self.type_text(&typed);
        if let Some(enter) = held_enter {
            effects.extend(self.handle(enter));
        }
        effects.append(&mut self.effects);
        effects
    }

    /// Whether `event` is a plain Enter in a text field of one line.
    fn confirms_one_line_field(&self, event: &Event) -> bool {
        let Event::Key(key) = event else { return false };
        key.kind == KeyEventKind::Press
            && key.code == KeyCode::Enter
            && key.modifiers.is_empty()
            && matches!(self.context(), Context::ChoiceOther | Context::HistorySearch)
    }

    /// The character `event` types into the text field in focus, if typing
    /// is all it does there.
    fn typed_char(&self, event: &Event) -> Option<char> {
        let Event::Key(key) = event else { return None };
        if key.kind != KeyEventKind::Press || self.too_small() {
            return None;
        }
        let ctx = self.context();
        if !matches!(ctx, Context::Editor | Context::ChoiceOther | Context::HistorySearch)
            || action_for(ctx, key).is_some()
        {
            return None;
        }
        match key.code {
            KeyCode::Char(c) if (key.modifiers - KeyModifiers::SHIFT).is_empty() => Some(c),
            KeyCode::Enter if key.modifiers.is_empty() && ctx == Context::Editor => Some('\n'),
            _ => None,
        }
    }

    /// Keys typed in a run, as [`App::key`] would have handled them one by one.
    fn type_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.quit_armed = false;
        self.typed_number.end();
        self.clear_note();
        self.insert_text(text);
        self.after_event();
    }

    /// Text typed or pasted goes to the text field in focus; fields of one
    /// line take line breaks as spaces.
    fn insert_text(&mut self, text: &str) {
        let now = self.clock.now();
        match self.context() {
            Context::Editor => {
                if let Some(editor) = self.shown.editor_mut()
                    && editor.textarea.insert_str(text)
                {
                    editor.changed(now);
                }
            }
            Context::ChoiceOther if self.screen() == Screen::Assessment => self.plan_own_insert(&one_line(text)),
            Context::ChoiceOther => self.choice_other_insert(&one_line(text)),
            Context::HistorySearch => self.history_search_insert(&one_line(text)),
            _ => {}
        }
    }

    /// A note is read once; errors stay until the screen changes or a save works.
    fn clear_note(&mut self) {
        if self.status.as_ref().is_some_and(|s| s.kind == StatusKind::Info) {
            self.status = None;
        }
    }

    fn handle_event(&mut self, event: Event) {
        match event {
            Event::Resize(w, h) => {
                self.size = (w, h);
                // More rows may show: their texts are read.
                if self.history().is_some() {
                    self.follow_history_selection();
                }
            }
            Event::ExternalEdit(result) => self.external_edit_done(result),
            Event::Tick => {
                self.autosave();
                self.practice_tick();
                self.timer_tick();
            }
            // Nothing is seen behind "terminal too small", so nothing goes in.
            Event::Paste(_) if self.too_small() => {}
            // Terminals send pasted line breaks as CR.
            Event::Paste(text) => self.insert_text(&text.replace("\r\n", "\n").replace('\r', "\n")),
            Event::Key(key) if key.kind != KeyEventKind::Press => {}
            Event::Key(key) if self.too_small() => self.key_while_too_small(key),
            Event::Key(key) => self.key(key),
        }
    }

    /// Behind "terminal too small" the user cannot see what a key would do:
    /// only quitting (which saves as usual) acts.
    fn key_while_too_small(&mut self, key: KeyEvent) {
        let q = key.code == KeyCode::Char('q') && key.modifiers.is_empty();
        let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers == KeyModifiers::CONTROL;
        if q || ctrl_c {
            self.quit_safely();
        }
    }

    fn key(&mut self, key: KeyEvent) {
        let ctx = self.context();
        let action = action_for(ctx, &key);
        if action != Some(Action::Quit) {
            self.quit_armed = false;
        }
        if action != Some(Action::Digit) {
            self.typed_number.end();
        }
        self.clear_note();
        if let Some(Overlay::Confirm(what)) = self.overlay
            && action != Some(Action::Quit)
        {
            self.answer_confirm(what, &key);
            return;
        }
        match (ctx, action) {
            (_, Some(Action::Quit)) => self.quit_safely(),
            (Context::Overlay, Some(a)) => self.overlay_action(a),
            (Context::Overlay, None) => {}
            (Context::Contents, Some(a)) => self.contents_action(a, &key),
            (Context::Intake, Some(a)) => self.intake_action(a),
            (Context::Home, Some(a)) => self.home_action(a),
            (Context::Chapter, Some(a)) => self.chapter_action(a),
            // Movement keys are listed in the editor's table for help; the text area moves.
            (Context::Editor, None | Some(Action::Move)) => {
                if let Some(editor) = self.shown.editor_mut()
                    && editor.textarea.input(key)
                {
                    editor.changed(self.clock.now());
                }
            }
            (Context::Editor, Some(a)) => self.editor_action(a),
            (Context::Rating, Some(a)) => self.rating_action(a, &key),
            (Context::Scale, Some(a)) => self.scale_action(a, &key),
            (Context::Choice, Some(a)) => self.choice_action(a),
            (Context::ChoiceOther, Some(a)) if self.screen() == Screen::Assessment => self.plan_own_action(a, &key),
            (Context::ChoiceOther, None) if self.screen() == Screen::Assessment => self.plan_own_input(key),
            (Context::ChoiceOther, Some(a)) => self.choice_other_action(a),
            (Context::ChoiceOther, None) => self.choice_other_input(key),
            (Context::AssessIntro, Some(a)) => self.assess_intro_action(a, &key),
            (Context::AssessItem, Some(a)) => self.assess_item_action(a, &key),
            (Context::Results, Some(a)) => self.results_action(a),
            (Context::Plan, Some(a)) => self.plan_action(a),
            (Context::History, Some(a)) => self.history_action(a),
            (Context::HistorySearch, a) => self.history_search_key(a, &key),
            (Context::HistoryRead, Some(a)) => self.history_read_action(a),
            (Context::PracticeLog, Some(a)) => self.practice_log_action(a),
            (Context::Practices, Some(a)) => self.practices_action(a, &key),
            (Context::Timer, Some(a)) => self.timer_action(a),
            (Context::Practice, Some(a)) => self.practice_action(a),
            (Context::Settings, Some(a)) => self.settings_action(a),
            (_, None) => {}
        }
    }

    /// Changes progress. It fails only when progress.ron is damaged, and then
    /// the status line said at start that progress is not saved this session.
    pub(crate) fn update_progress(&mut self, change: impl FnOnce(&mut crate::journal::Progress)) {
        let _ = self.journal.update_progress(change);
    }

    /// Saves everything, then leaves. An open editor stays recorded in
    /// progress.ron so the next start reopens it with its text.
    pub fn quit_safely(&mut self) {
        self.stop_practice_for_quit();
        self.stop_timer_for_quit();
        self.save_assess_draft();
        if self.editor().is_some() {
            self.record_open_editor();
            self.save_editor();
        }
        // Never drop an answer silently: the first quit says why and what a
        // second one does; the second leaves, and what could not be saved
        // goes to the terminal once it is restored.
        if let Some(lost) = self.unsaved_words().or_else(|| self.not_saved.clone()) {
            if !self.quit_armed {
                self.quit_armed = true;
                return;
            }
            self.unsaved = Some(lost);
        }
        self.ended = true;
        self.effect(Effect::Quit);
        self.flush_progress(true);
    }

    /// Leaves now, whatever happens (a signal, a vanished terminal): saves
    /// what it can, and keeps words it could not save in `unsaved`.
    pub fn quit_now(&mut self) {
        self.quit_safely();
        if !self.ended {
            // The first try armed the second, which saves once more and leaves.
            self.quit_safely();
        }
    }

    /// The open editor's text that could not be saved, with where it belongs.
    fn unsaved_words(&self) -> Option<Unsaved> {
        let editor = self.editor()?;
        let error = editor.save_error.clone()?;
        let chapter = &self.workbook.chapters[editor.chapter];
        Some(Unsaved {
            text: editor.text(),
            place: format!("{}. {} — {}", chapter.number, chapter.title, chapter.steps[editor.step].title()),
            file: self.journal.dir().answers(&chapter.id),
            error,
        })
    }

    /// What the status line says: a failed save of the editor's text comes
    /// first and stays until a save works, whatever else happens meanwhile.
    pub fn shown_status(&self) -> Option<Status> {
        if let Some(error) = self.editor().and_then(|e| e.save_error.as_deref()) {
            let then = if self.quit_armed { "ui-err-text-quit-anyway" } else { "ui-err-text-kept-retrying" };
            let text = self.t_with(then, &[("error", error.to_string().into())]);
            return Some(Status { kind: StatusKind::Error, text });
        }
        if let Some(lost) = self.not_saved.as_ref().filter(|_| self.quit_armed) {
            let text = self.t_with("ui-err-answer-quit-anyway", &[("error", lost.error.clone().into())]);
            return Some(Status { kind: StatusKind::Error, text });
        }
        self.status.clone()
    }

    /// An answer (a check-in, a choice, a take) could not be saved: said
    /// now, and kept until one saves, so quitting cannot drop it unsaid.
    pub(crate) fn answer_not_saved(&mut self, place: String, text: String, file: std::path::PathBuf, error: String) {
        self.error(self.t_with("ui-err-not-saved", &[("error", error.clone().into())]));
        self.not_saved = Some(Unsaved { text, place, file, error });
    }

    pub(crate) fn info(&mut self, text: String) {
        self.status = Some(Status { kind: StatusKind::Info, text });
    }

    pub(crate) fn error(&mut self, text: String) {
        self.status = Some(Status { kind: StatusKind::Error, text });
    }
}

/// Text for a field of one line: line breaks become spaces, a final one goes.
fn one_line(text: &str) -> String {
    text.trim_end_matches('\n').replace('\n', " ")
}

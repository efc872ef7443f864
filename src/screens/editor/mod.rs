//! The reflection editor: opening, saving (explicit, idle and on leave) and resuming.

pub mod view;

use crate::app::keymap::{Binding, bind, code, ctrl};
use crossterm::event::KeyCode;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::content::Step;
use crate::journal::{EditTarget, OpenEditor};

use crate::app::keymap::Action;
use crate::app::state::{App, EditorState, Overlay, Shown};

impl App {
    pub(crate) fn editor_action(&mut self, action: Action) {
        match action {
            Action::Back => self.close_editor(),
            Action::Save => {
                self.save_editor();
            }
            Action::Undo | Action::Redo => {
                if let Some(editor) = self.shown.editor_mut() {
                    let changed = step_words(&mut editor.textarea, action == Action::Undo);
                    if changed {
                        editor.changed(self.clock.now());
                    }
                }
            }
            Action::Top | Action::Bottom => {
                if let Some(editor) = self.shown.editor_mut() {
                    let (row, col) = if action == Action::Top {
                        (CursorMove::Top, CursorMove::Head)
                    } else {
                        (CursorMove::Bottom, CursorMove::End)
                    };
                    editor.textarea.cancel_selection();
                    editor.textarea.move_cursor(row);
                    editor.textarea.move_cursor(col);
                }
            }
            Action::Help => self.show_overlay(Overlay::Help),
            Action::ExternalEditor => match crate::external::editor_command() {
                // Saved first, so the text before the outside edit is a version of its own.
                Some(_) if self.save_editor() => {
                    if let Some(editor) = self.editor() {
                        let chapter = &self.workbook.chapters[editor.chapter];
                        let place = crate::external::Place {
                            dir: self.journal.dir().editing_dir(),
                            chapter: chapter.id.clone(),
                            step: chapter.steps[editor.step].id().clone(),
                        };
                        self.effect(crate::app::update::Effect::EditOutside(editor.text(), place));
                    }
                }
                Some(_) => {}
                None => self.info(self.t("ui-status-set-editor")),
            },
            _ => {}
        }
    }

    /// The user's editor returned: its text becomes a new version, saved now.
    pub(crate) fn external_edit_done(&mut self, result: Result<String, crate::external::EditError>) {
        let now = self.clock.now();
        match result {
            Ok(text) => {
                let Some(editor) = self.shown.editor_mut() else { return };
                if text == editor.text() {
                    self.info(self.t("ui-status-no-changes"));
                    return;
                }
                // An emptied file is more often a slip (or an editor that
                // failed) than a wish to erase the answer: it is not saved.
                if text.trim().is_empty() && !editor.text().trim().is_empty() {
                    self.info(self.t("ui-status-empty-text"));
                    return;
                }
                // Undo steps back through this change like any other.
                editor.textarea.select_all();
                editor.textarea.insert_str(&text);
                editor.changed(now);
                // What the editor made is a new version; the one before it stays.
                if editor.target.entry.is_some() {
                    editor.target.revision = None;
                }
                self.save_editor();
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    pub(crate) fn open_editor(&mut self, fresh: bool) {
        if !matches!(self.step(), Step::Reflection(_)) {
            return;
        }
        let step_id = self.step().id().clone();
        let chosen = self.view.continue_entry;
        let latest = match self.chapter_answers() {
            None => return,
            Some(answers) => {
                let list = answers.reflections(&step_id);
                // The answer chosen with c (or from History), else the latest.
                let at = chosen.filter(|&i| i < list.len()).unwrap_or(list.len().saturating_sub(1));
                list.get(at).and_then(|r| r.latest()).map(|r| (at, r.text.clone()))
            }
        };
        let (target, text) = match latest {
            Some((entry, text)) if !fresh => (EditTarget { entry: Some(entry), revision: None }, text),
            _ => (EditTarget::default(), String::new()),
        };
        self.start_editor(target, text, None);
    }

    /// Reopens the editor that was open when the program stopped.
    pub(crate) fn resume_editor(&mut self, open: &OpenEditor) {
        let chapter_id = self.chapter().id.clone();
        let step_id = self.step().id().clone();
        let Ok(answers) = self.journal.load_answers(&chapter_id) else {
            return;
        };
        let list = answers.reflections(&step_id);
        let (target, text) = match open.entry.and_then(|e| list.get(e).map(|r| (e, r))) {
            Some((e, answer)) => {
                // Only the version that session wrote itself is its draft, to
                // go on updating; any earlier version stays as it is.
                let own = open.revision.filter(|&v| v + 1 == answer.revisions.len());
                let text = answer.latest().map(|r| r.text.clone()).unwrap_or_default();
                (EditTarget { entry: Some(e), revision: own }, text)
            }
            // Never saved (a new answer killed before its first save): start afresh.
            None => (EditTarget::default(), String::new()),
        };
        self.start_editor(target, text, Some(open.cursor));
        self.info(self.t("ui-status-draft-back"));
    }

    pub(crate) fn start_editor(&mut self, target: EditTarget, text: String, cursor: Option<(usize, usize)>) {
        let lines: Vec<String> =
            if text.is_empty() { vec![String::new()] } else { text.split('\n').map(str::to_string).collect() };
        let mut textarea = TextArea::new(lines);
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.set_max_histories(1000);
        textarea.set_placeholder_text(self.t("ui-editor-placeholder"));
        match cursor {
            Some((row, col)) => textarea.move_cursor(CursorMove::Jump(
                u16::try_from(row).unwrap_or(u16::MAX),
                u16::try_from(col).unwrap_or(u16::MAX),
            )),
            None => {
                textarea.move_cursor(CursorMove::Bottom);
                textarea.move_cursor(CursorMove::End);
            }
        }
        self.theme.style_textarea(&mut textarea);
        self.show(Shown::Editor(Box::new(EditorState {
            chapter: self.view.chapter,
            step: self.view.step,
            textarea,
            target,
            saved_text: text,
            dirty_since: None,
            saved_at: None,
            save_error: None,
        })));
        self.record_open_editor();
    }

    /// Remembers the open editor in progress.ron, so a restart reopens it.
    pub(crate) fn record_open_editor(&mut self) {
        if let Some(target) = self.editor().map(|e| e.target) {
            self.record_open_editor_as(target);
        }
    }

    /// Records the open editor as writing to `target`.
    fn record_open_editor_as(&mut self, target: EditTarget) {
        let Some(editor) = self.editor() else { return };
        let c = &self.workbook.chapters[editor.chapter];
        let cursor = editor.textarea.cursor();
        let open = OpenEditor {
            chapter: c.id.clone(),
            step: c.steps[editor.step].id().clone(),
            entry: target.entry,
            revision: target.revision,
            cursor: (cursor.0, cursor.1),
        };
        self.update_progress(|p| p.editing = Some(open));
    }

    /// Saves the editor's text if it changed. False when saving failed.
    pub fn save_editor(&mut self) -> bool {
        let now = self.clock.now();
        let Some(editor) = self.shown.editor_mut() else {
            return true;
        };
        let text = editor.text();
        if text == editor.saved_text {
            editor.dirty_since = None;
            return true;
        }
        let c = &self.workbook.chapters[editor.chapter];
        let (chapter_id, step_id) = (c.id.clone(), c.steps[editor.step].id().to_string());
        if editor.target.revision.is_none() {
            // This save creates an answer or a version: progress names it
            // first, so a restart after a crash between the two writes finds
            // either nothing of this session's, or its own version, and never
            // takes an earlier version for the draft.
            let target = editor.target;
            if let Ok(next) = self.journal.next_target(&chapter_id, &step_id, target) {
                self.record_open_editor_as(next);
                self.flush_progress(true);
            }
        }
        let Some(editor) = self.shown.editor_mut() else {
            return true;
        };
        match self.journal.save_reflection(&chapter_id, &step_id, &mut editor.target, &text, now) {
            Ok(_) => {
                editor.saved_text = text;
                editor.saved_at = Some(now);
                editor.dirty_since = None;
                editor.save_error = None;
                let (chapter, step) = (editor.chapter, editor.step);
                // Done while some answer has words: one typed and then all
                // deleted is kept as written, but does not finish the step.
                let has_words = self.journal.answers(&chapter_id).and_then(Result::ok).is_some_and(|a| {
                    a.reflections(&step_id).iter().any(|r| r.latest().is_some_and(|v| !v.text.trim().is_empty()))
                });
                if has_words {
                    self.mark_done(chapter, step);
                } else {
                    self.unmark_done(chapter, step);
                }
                self.record_open_editor();
                self.info(self.t_with("ui-status-saved-at", &[("time", now.format("%H:%M:%S").to_string().into())]));
                true
            }
            Err(e) => {
                // Keep the text here and try again a little later.
                editor.dirty_since = Some(now);
                editor.save_error = Some(e.to_string());
                false
            }
        }
    }

    /// When the editor's text is due to be saved: a moment after the first
    /// change not yet saved, whether or not the typing has paused.
    pub(crate) fn autosave_deadline(&self) -> Option<crate::journal::Timestamp> {
        // Checked often (every pass of the loop): the cheap test first.
        let due = self.autosave_due()?;
        self.editor()?.is_dirty().then_some(due)
    }

    /// When a save is due if the text still differs from the file: without
    /// comparing the text, so it costs nothing on every key.
    fn autosave_due(&self) -> Option<crate::journal::Timestamp> {
        Some(self.editor()?.dirty_since? + crate::app::update::AUTOSAVE_AFTER)
    }

    /// Saves if the deadline has passed. Checked after every event, so typing
    /// that never pauses is saved too; the text is compared only once due.
    pub(crate) fn autosave(&mut self) {
        if self.autosave_due().is_some_and(|due| due <= self.clock.now()) {
            self.save_editor();
        }
    }

    pub(crate) fn close_editor(&mut self) {
        if !self.save_editor() {
            return;
        }
        self.show(Shown::Chapter);
        // The page from its top, where the answer just saved is listed first.
        self.view.scroll.reset();
        self.update_progress(|p| p.editing = None);
        // At once: a restart must not take the version just saved for a
        // draft to go on writing over.
        self.flush_progress(true);
    }
}

/// One edit as undo or redo sees it, told from the text before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    /// One character typed (true) or deleted (false); a line break counts as white space.
    Char { typed: bool, space: bool, at: (usize, usize) },
    /// Anything larger: a paste, a deleted word, the text from an outside editor.
    Other,
}

/// What the one edit that turned `before` into `after` was; `at` is where the cursor went.
fn edit_between(before: &[String], after: &[String], at: (usize, usize)) -> Edit {
    let chars = |lines: &[String]| lines.iter().map(|l| l.chars().count()).sum::<usize>();
    let (lines_b, lines_a) = (before.len(), after.len());
    let (chars_b, chars_a) = (chars(before), chars(after));
    if lines_b.abs_diff(lines_a) == 1 && chars_b == chars_a {
        return Edit::Char { typed: lines_a > lines_b, space: true, at };
    }
    if lines_b != lines_a || chars_b.abs_diff(chars_a) != 1 {
        return Edit::Other;
    }
    // The one line that differs holds the character.
    let Some((b, a)) = before.iter().zip(after).find(|(b, a)| b != a) else { return Edit::Other };
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    let mut s = short.chars();
    let c = long.chars().find(|&c| s.next() != Some(c));
    match c {
        Some(c) => Edit::Char { typed: chars_a > chars_b, space: c.is_whitespace(), at },
        None => Edit::Other,
    }
}

/// Undoes (or redoes) a word at a time, where the text area's own history
/// holds one character per step: steps are taken one by one and the last is
/// put back once it crosses a word's edge. In the order the edits were made,
/// an edge lies where white space is followed by a word, where typing turns
/// to deleting, where the cursor jumped between edits, and around anything
/// larger than a character (a paste), which is a step of its own. So typing
/// "hello world" undoes as "world", then "hello ". False when there was
/// nothing to undo or redo.
fn step_words(textarea: &mut TextArea<'static>, undo: bool) -> bool {
    let mut last: Option<Edit> = None;
    loop {
        let before = textarea.lines().to_vec();
        let moved = if undo { textarea.undo() } else { textarea.redo() };
        if !moved {
            return last.is_some();
        }
        let cursor = (textarea.cursor().0, textarea.cursor().1);
        let edit = edit_between(&before, textarea.lines(), cursor);
        let Some(prev) = last else {
            last = Some(edit);
            if edit == Edit::Other {
                return true;
            }
            continue;
        };
        let edge = match (prev, edit) {
            (Edit::Char { typed: t0, space: s0, at: a0 }, Edit::Char { typed: t1, space: s1, at: a1 }) => {
                // Undo walks back in time: `edit` came before `prev`.
                let (first_space, then_space) = if undo { (s1, s0) } else { (s0, s1) };
                let near = a0.0.abs_diff(a1.0) + a0.1.abs_diff(a1.1) <= 1 || a0.0.abs_diff(a1.0) == 1;
                t0 != t1 || (first_space && !then_space) || !near
            }
            _ => true,
        };
        if edge {
            if undo {
                textarea.redo();
            } else {
                textarea.undo();
            }
            return true;
        }
        last = Some(edit);
    }
}

/// What the keys do on this screen.
/// In the editor letters are text: only control and function keys act.
pub(crate) static EDITOR: &[Binding] = &[
    bind(&[code(KeyCode::Esc)], Action::Back, "keys-editor-back", Some("keys-editor-back-hint")),
    bind(&[ctrl('s')], Action::Save, "keys-editor-save", Some("keys-editor-save-hint")),
    bind(&[ctrl('z')], Action::Undo, "keys-editor-undo", Some("keys-editor-undo-hint")),
    bind(&[ctrl('e')], Action::ExternalEditor, "keys-editor-external-editor", None),
    bind(&[ctrl('y')], Action::Redo, "keys-editor-redo", None),
    bind(&[code(KeyCode::F(1))], Action::Help, "keys-editor-help", Some("keys-editor-help-hint")),
    bind(&[ctrl('c')], Action::Quit, "keys-editor-quit", None),
    // The keys below move in the text; listed here so help shows them.
    bind(
        &[code(KeyCode::Left), code(KeyCode::Right), code(KeyCode::Up), code(KeyCode::Down)],
        Action::Move,
        "keys-editor-move",
        None,
    ),
    bind(&[ctrl_code(KeyCode::Left), ctrl_code(KeyCode::Right)], Action::Move, "keys-editor-move-2", None),
    bind(&[ctrl_code(KeyCode::Up), ctrl_code(KeyCode::Down)], Action::Move, "keys-editor-move-3", None),
    bind(&[code(KeyCode::Home), code(KeyCode::End)], Action::Move, "keys-editor-move-4", None),
    bind(&[code(KeyCode::PageUp), code(KeyCode::PageDown)], Action::Move, "keys-editor-move-5", None),
    bind(&[ctrl_code(KeyCode::Home)], Action::Top, "keys-editor-top", None),
    bind(&[ctrl_code(KeyCode::End)], Action::Bottom, "keys-editor-bottom", None),
];

/// A special key with Ctrl held.
const fn ctrl_code(code: KeyCode) -> crate::app::keymap::Key {
    crate::app::keymap::Key { code, mods: crossterm::event::KeyModifiers::CONTROL }
}

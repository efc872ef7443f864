//! What the app knows at any moment. Rendering reads it; only `update` changes it.

use ratatui_textarea::TextArea;

use crate::content::{Chapter, Step, Workbook};
use crate::journal::Pace;
use crate::journal::{EditTarget, Journal, Timestamp};
use crate::theme::Theme;

use super::clock::Clock;
use super::keymap::Context;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Chapter,
    Editor,
    /// Answering a Scale or Choice step.
    Answer,
    Practice,
    Settings,
    Assessment,
    History,
    PracticeLog,
    /// The practices launcher and the plain timer.
    Practices,
}

/// The screen in front with its state: a screen's state exists only while
/// it is shown, so no screen can be shown without it.
pub enum Shown {
    Home,
    Chapter,
    Editor(Box<EditorState>),
    Answer(Box<Answering>),
    Practice(Box<crate::screens::practice::session::Session>),
    Settings,
    Assessment(Box<crate::screens::assessment::AssessState>),
    History(Box<crate::screens::history::HistoryState>),
    PracticeLog,
    Practices(Box<crate::screens::practices::PracticesState>),
}

impl Shown {
    pub fn editor(&self) -> Option<&EditorState> {
        match self {
            Shown::Editor(x) => Some(x),
            _ => None,
        }
    }

    /// Borrows only the shown screen, so the rest of the app stays free to use.
    pub fn editor_mut(&mut self) -> Option<&mut EditorState> {
        match self {
            Shown::Editor(x) => Some(x),
            _ => None,
        }
    }

    pub fn answering(&self) -> Option<&Answering> {
        match self {
            Shown::Answer(x) => Some(x),
            _ => None,
        }
    }

    /// Borrows only the shown screen, so the rest of the app stays free to use.
    pub fn answering_mut(&mut self) -> Option<&mut Answering> {
        match self {
            Shown::Answer(x) => Some(x),
            _ => None,
        }
    }

    pub fn practice(&self) -> Option<&crate::screens::practice::session::Session> {
        match self {
            Shown::Practice(x) => Some(x),
            _ => None,
        }
    }

    /// Borrows only the shown screen, so the rest of the app stays free to use.
    pub fn practice_mut(&mut self) -> Option<&mut crate::screens::practice::session::Session> {
        match self {
            Shown::Practice(x) => Some(x),
            _ => None,
        }
    }

    pub fn assess(&self) -> Option<&crate::screens::assessment::AssessState> {
        match self {
            Shown::Assessment(x) => Some(x),
            _ => None,
        }
    }

    /// Borrows only the shown screen, so the rest of the app stays free to use.
    pub fn assess_mut(&mut self) -> Option<&mut crate::screens::assessment::AssessState> {
        match self {
            Shown::Assessment(x) => Some(x),
            _ => None,
        }
    }

    pub fn history(&self) -> Option<&crate::screens::history::HistoryState> {
        match self {
            Shown::History(x) => Some(x),
            _ => None,
        }
    }

    pub fn practices(&self) -> Option<&crate::screens::practices::PracticesState> {
        match self {
            Shown::Practices(x) => Some(x),
            _ => None,
        }
    }

    /// Borrows only the shown screen, so the rest of the app stays free to use.
    pub fn practices_mut(&mut self) -> Option<&mut crate::screens::practices::PracticesState> {
        match self {
            Shown::Practices(x) => Some(x),
            _ => None,
        }
    }

    /// Borrows only the shown screen, so the rest of the app stays free to use.
    pub fn history_mut(&mut self) -> Option<&mut crate::screens::history::HistoryState> {
        match self {
            Shown::History(x) => Some(x),
            _ => None,
        }
    }
}

impl Shown {
    pub fn screen(&self) -> Screen {
        match self {
            Shown::Home => Screen::Home,
            Shown::Chapter => Screen::Chapter,
            Shown::Editor(_) => Screen::Editor,
            Shown::Answer(_) => Screen::Answer,
            Shown::Practice(_) => Screen::Practice,
            Shown::Settings => Screen::Settings,
            Shown::Assessment(_) => Screen::Assessment,
            Shown::History(_) => Screen::History,
            Shown::PracticeLog => Screen::PracticeLog,
            Shown::Practices(_) => Screen::Practices,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Welcome,
    Help,
    /// The grounding practice as a script, from any practice.
    Grounding,
    Backdraft,
    /// Where to find help, after a very high distress check-in.
    Support,
    /// Who can help with strain that is not a crisis, after a self-assessment.
    Care,
    /// Who should go carefully, before the first chapter opens; `then` is
    /// the step Enter goes on to, None when read again on request.
    Intake {
        then: Option<(usize, usize)>,
    },
    /// The open chapter's steps, with `selected` the one Enter goes to.
    Contents {
        selected: usize,
    },
    /// A question before something is thrown away or ended: y does it,
    /// any other key keeps things as they are.
    Confirm(Confirm),
}

/// What a [`Overlay::Confirm`] asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Starting the assessment over drops the saved draft.
    DiscardDraft,
    /// Quitting in a running practice ends it early.
    QuitPractice,
}

/// A Scale or Choice step being answered.
pub enum Answering {
    Scale {
        value: i32,
    },
    Choice {
        /// Index into the options; `options.len()` is "Other".
        cursor: usize,
        picked: std::collections::BTreeSet<usize>,
        other: Box<TextArea<'static>>,
        typing: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
}

/// One entry of the Home list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeEntry {
    /// This week of the course: Enter goes to its next step.
    Week,
    /// The reflection that looks back on this week.
    LookBack,
    /// A change of pace offered on Home.
    Pace(PaceChoice),
    /// Back to the last position: (chapter index, step index).
    Continue(usize, usize),
    Chapter(usize),
}

/// What a [`HomeEntry::Pace`] does, without a word of blame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaceChoice {
    /// The calendar went on while week N (from 1) still has steps open:
    /// stay with it, at one's own pace.
    StayWith(u32),
    /// At one's own pace: on to week N.
    MoveOn(u32),
    /// At one's own pace and behind the calendar: follow it again.
    FollowCalendar,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChapterView {
    pub chapter: usize,
    pub step: usize,
    /// Where the step's page is scrolled to.
    pub scroll: super::scroll::Scroll,
    /// Which answer of a reflection Enter continues (its place in the
    /// step's list); None is the latest.
    pub continue_entry: Option<usize>,
    /// When the step was opened: a text counts as read only after a while.
    pub opened_at: Option<crate::journal::Timestamp>,
}

pub struct EditorState {
    pub chapter: usize,
    pub step: usize,
    pub textarea: TextArea<'static>,
    pub target: EditTarget,
    /// The text as it is on disk; the editor is dirty when it differs.
    pub saved_text: String,
    /// The first change not yet on disk: the text is saved at most
    /// [`AUTOSAVE_AFTER`](super::update::AUTOSAVE_AFTER) later, however
    /// steadily the typing goes on.
    pub dirty_since: Option<Timestamp>,
    /// When it was last saved, for the status line.
    pub saved_at: Option<Timestamp>,
    /// Why the last save failed; shown in full until a save works.
    pub save_error: Option<String>,
}

impl EditorState {
    /// The text changed at `now`.
    pub fn changed(&mut self, now: Timestamp) {
        self.dirty_since.get_or_insert(now);
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    /// Compared line by line, without joining the text on every check.
    pub fn is_dirty(&self) -> bool {
        !self.textarea.lines().iter().map(String::as_str).eq(self.saved_text.split('\n'))
    }
}

pub struct App {
    pub workbook: Workbook,
    pub journal: Journal,
    pub clock: Clock,
    pub theme: Theme,
    /// The screen in front, holding what only it needs.
    pub(crate) shown: Shown,
    pub overlay: Option<Overlay>,
    pub overlay_scroll: super::scroll::Scroll,
    pub home_selected: usize,
    /// The language spoken: the workbook's, and the screens'.
    pub lang: crate::i18n::Lang,
    /// The workbook folder given with `--workbook`; None for the built-in one.
    pub workbook_dir: Option<std::path::PathBuf>,
    /// The open workbook in its other languages, read when first needed
    /// (for the language and workbook shown then): a choice saved in one
    /// language is found by its place in the other.
    pub translations: std::cell::RefCell<Option<super::translations::Translations>>,
    /// Minutes practised in the course's week starting on that day, read
    /// when Home is shown: a week's months only, never the whole log.
    pub week_minutes: Option<(chrono::NaiveDate, f64)>,
    pub view: ChapterView,
    pub settings_selected: usize,
    /// History entries per chapter, kept between visits to History.
    pub history_cache: std::collections::HashMap<usize, crate::app::read_ahead::CachedIndex>,
    /// Esc in a chapter opened from History goes back there, as it was left.
    pub(crate) back_to_history: Option<Box<crate::screens::history::HistoryState>>,
    pub practice_log_scroll: super::scroll::Scroll,
    /// Rows of the practice log's session list, counted as it opens.
    pub practice_log_rows: usize,
    pub status: Option<Status>,
    /// The terminal size, so update can scroll by what render shows.
    pub size: (u16, u16),
    /// The app has quit: the events still queued are not handled.
    pub(crate) ended: bool,
    /// What the event loop is to do once the event is handled.
    pub(crate) effects: Vec<super::update::Effect>,
    /// When pending progress is written.
    pub progress_due: Option<crate::journal::Timestamp>,
    /// A quit failed to save; the next quit leaves anyway.
    pub quit_armed: bool,
    /// Words the app leaves without having saved: printed once the terminal
    /// is restored, so nothing typed vanishes.
    pub unsaved: Option<Unsaved>,
    /// The last check-in, choice or take whose save failed, until one saves.
    pub not_saved: Option<Unsaved>,
    /// Digits being typed on a scale.
    pub(crate) typed_number: crate::screens::answer::TypedNumber,
}

/// Text that could not be saved when the program had to end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    pub text: String,
    /// The chapter and step it answers.
    pub place: String,
    /// The file it was meant for.
    pub file: std::path::PathBuf,
    /// Why it could not be written there (naming the file).
    pub error: String,
}

impl Unsaved {
    /// What the terminal shows after the program has ended.
    pub fn report(&self) -> String {
        format!(
            "mscwork could not save what you wrote for {place}.\n\
             {error}\n\
             Here it is, so you can copy it somewhere safe:\n\n{text}\n\n",
            place = self.place,
            error = self.error,
            text = self.text,
        )
    }
}

impl App {
    /// Which screen is in front.
    pub fn screen(&self) -> Screen {
        self.shown.screen()
    }

    /// The editor, while it is open.
    pub fn editor(&self) -> Option<&EditorState> {
        self.shown.editor()
    }

    /// The check-in or choice being answered.
    pub fn answering(&self) -> Option<&Answering> {
        self.shown.answering()
    }

    /// The practice running (or just ended).
    pub fn practice(&self) -> Option<&crate::screens::practice::session::Session> {
        self.shown.practice()
    }

    /// The self-assessment, while it is open.
    pub fn assess(&self) -> Option<&crate::screens::assessment::AssessState> {
        self.shown.assess()
    }

    /// History, while it is shown.
    pub fn history(&self) -> Option<&crate::screens::history::HistoryState> {
        self.shown.history()
    }

    /// The practices launcher (and its timer), while it is shown.
    pub fn practices(&self) -> Option<&crate::screens::practices::PracticesState> {
        self.shown.practices()
    }

    /// Shows a screen that needs no state of its own, or one with its state.
    pub(crate) fn show(&mut self, shown: Shown) {
        self.shown = shown;
        if matches!(self.shown, Shown::Home) {
            self.refresh_week_minutes();
        }
    }

    /// Reads the minutes practised in the course's current week.
    pub fn refresh_week_minutes(&mut self) {
        let Some(from) = self.course_today().map(|t| t.week_start) else {
            self.week_minutes = None;
            return;
        };
        let day_start = self.journal.settings().day_starts_at;
        let minutes = match self.journal.practice_log_loaded() {
            Some(log) => Some(crate::course::minutes_in_week(&log.entries, from, day_start)),
            None => crate::journal::read_practice_months(self.journal.dir(), &crate::course::log_months(from))
                .ok()
                .map(|entries| crate::course::minutes_in_week(&entries, from, day_start)),
        };
        self.week_minutes = minutes.map(|m| (from, m));
    }

    /// Whether the screen is below the smallest size drawn: then only a
    /// note shows, and keys other than quitting are ignored.
    pub fn too_small(&self) -> bool {
        crate::layout::too_small(crate::layout::screen(self.size))
    }

    pub fn context(&self) -> Context {
        match self.overlay {
            Some(Overlay::Contents { .. }) => return Context::Contents,
            Some(Overlay::Intake { .. }) => return Context::Intake,
            Some(_) => return Context::Overlay,
            None => {}
        }
        self.screen_context()
    }

    /// The context of the screen in front, also under an overlay (for help).
    pub fn screen_context(&self) -> Context {
        use crate::screens::practice::session::Phase;
        match self.screen() {
            Screen::Home => Context::Home,
            Screen::Chapter => Context::Chapter,
            Screen::Editor => Context::Editor,
            Screen::Settings => Context::Settings,
            Screen::PracticeLog => Context::PracticeLog,
            Screen::Practices => match self.practices() {
                Some(p) if p.timer.is_some() => Context::Timer,
                _ => Context::Practices,
            },
            Screen::History => match self.history() {
                Some(h) if h.reading.is_some() => Context::HistoryRead,
                Some(h) if h.typing => Context::HistorySearch,
                _ => Context::History,
            },
            Screen::Assessment => {
                use crate::screens::assessment::AssessView;
                match self.assess().map(|a| (&a.view, a.plan.as_ref().is_some_and(|p| p.typing.is_some()))) {
                    Some((AssessView::Item { .. }, _)) => Context::AssessItem,
                    Some((AssessView::Results { tab: crate::screens::assessment::Tab::Plan, .. }, true)) => {
                        Context::ChoiceOther
                    }
                    Some((AssessView::Results { tab: crate::screens::assessment::Tab::Plan, .. }, false)) => {
                        Context::Plan
                    }
                    Some((AssessView::Results { .. }, _)) => Context::Results,
                    _ => Context::AssessIntro,
                }
            }
            Screen::Answer => match self.answering() {
                Some(Answering::Choice { typing: true, .. }) => Context::ChoiceOther,
                Some(Answering::Choice { .. }) => Context::Choice,
                _ => Context::Scale,
            },
            Screen::Practice => match self.practice().map(|p| p.phase) {
                Some(Phase::Before | Phase::After) => Context::Rating,
                _ => Context::Practice,
            },
        }
    }

    pub fn chapter(&self) -> &Chapter {
        &self.workbook.chapters[self.view.chapter]
    }

    pub fn step(&self) -> &Step {
        &self.chapter().steps[self.view.step]
    }

    pub fn home_entries(&self) -> Vec<HomeEntry> {
        let mut entries = Vec::with_capacity(self.workbook.chapters.len() + 4);
        entries.extend(self.course_entries());
        if let Some(pos) = self.last_position() {
            entries.push(HomeEntry::Continue(pos.0, pos.1));
        }
        entries.extend((0..self.workbook.chapters.len()).map(HomeEntry::Chapter));
        entries
    }

    /// The course's entries on Home: this week, its look back when the week
    /// ends or its steps are done, and a change of pace where one fits.
    fn course_entries(&self) -> Vec<HomeEntry> {
        let Some(today) = self.course_today() else { return Vec::new() };
        if today.finished {
            return Vec::new();
        }
        let mut entries = vec![HomeEntry::Week];
        let own = matches!(self.journal.settings().course.as_ref().map(|c| c.pace), Some(Pace::Own(_)));
        let open = |index: usize| self.week_next_step(&today.path.weeks[index]).is_some();
        let week_done = !open(today.index);
        if today.started() && (today.last_day() || week_done) {
            entries.push(HomeEntry::LookBack);
        }
        let number = today.number() as u32;
        if own {
            if number < today.weeks() as u32 {
                entries.push(HomeEntry::Pace(PaceChoice::MoveOn(number + 1)));
            }
            if today.behind() {
                entries.push(HomeEntry::Pace(PaceChoice::FollowCalendar));
            }
        } else if today.index > 0 && open(today.index - 1) {
            entries.push(HomeEntry::Pace(PaceChoice::StayWith(number - 1)));
        }
        entries
    }

    /// The first required step of a week not yet done.
    pub fn week_next_step(&self, week: &crate::content::course::Week) -> Option<crate::content::StepRef> {
        let progress = self.journal.progress();
        crate::course::next_step(&self.workbook, week, |at| {
            progress.chapters.get(&at.chapter).is_some_and(|p| p.done.contains(&at.step))
        })
    }

    /// The last position, if it still exists in this workbook.
    pub fn last_position(&self) -> Option<(usize, usize)> {
        let last = self.journal.progress().last.as_ref()?;
        self.workbook.place(&last.chapter, &last.step)
    }

    /// A moment as the screens write it, in the language spoken.
    pub fn date(&self, t: &crate::journal::Timestamp) -> String {
        self.lang.moment(t)
    }

    /// An interface message in the language spoken.
    pub fn t(&self, id: &str) -> String {
        crate::i18n::tr(self.lang, id)
    }

    /// An interface message with its variables, e.g. `&[("weeks", 8.into())]`.
    pub fn t_with(&self, id: &str, pairs: &[(&str, fluent_bundle::FluentValue)]) -> String {
        crate::i18n::tr_args(self.lang, id, Some(&crate::i18n::text::args(pairs)))
    }

    /// Today as the practice log counts days (a day starts at the set hour).
    pub fn practice_today(&self) -> chrono::NaiveDate {
        crate::journal::days::practice_day(&self.clock.now(), self.journal.settings().day_starts_at)
    }

    /// Where the course followed stands today; None without one.
    pub fn course_today(&self) -> Option<crate::course::Today<'_>> {
        let course = self.journal.settings().course.as_ref()?;
        crate::course::today(&self.workbook.paths, course, self.practice_today())
    }

    /// " · week 3 of 8" for a day within the course followed; empty otherwise.
    pub fn course_week_of(&self, day: chrono::NaiveDate) -> String {
        let Some(course) = self.journal.settings().course.as_ref() else { return String::new() };
        let Some(path) = self.workbook.paths.iter().find(|p| p.id == course.path) else { return String::new() };
        crate::course::week_of(course, path.weeks.len(), day).map_or(String::new(), |n| {
            format!(" · {}", self.t_with("ui-week-of", &[("n", n.into()), ("weeks", path.weeks.len().into())]))
        })
    }

    /// (done, total) required steps of a chapter.
    pub fn chapter_progress(&self, index: usize) -> (usize, usize) {
        let chapter = &self.workbook.chapters[index];
        let progress = self.journal.progress().chapters.get(&chapter.id);
        chapter.progress(|id| progress.is_some_and(|p| p.done.contains(id)))
    }

    pub fn is_step_done(&self, chapter: usize, step: usize) -> bool {
        let c = &self.workbook.chapters[chapter];
        self.journal.progress().chapters.get(&c.id).is_some_and(|p| p.done.contains(c.steps[step].id()))
    }
}

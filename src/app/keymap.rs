//! Keys as data: each screen's table (key, action, help, hint word) lives
//! in its module in [`crate::screens`]; input handling, the hint bar and the
//! help overlay all read them through [`bindings`], so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the program (saving first).
    Quit,
    /// Leave the program, asking first when that would end something.
    AskQuit,
    Help,
    Back,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Next,
    Prev,
    /// Work on the current step: write, check in, choose or begin.
    Edit,
    /// Start a fresh answer to a reflection.
    NewAnswer,
    Save,
    Undo,
    Redo,
    /// A digit picks a value directly; the key says which.
    Digit,
    /// Pick or unpick an option.
    Toggle,
    Pause,
    /// End a practice before its time.
    Stop,
    Grounding,
    Backdraft,
    Settings,
    /// Open the JD-R self-assessment.
    Assessment,
    /// Start the assessment afresh, setting the draft aside.
    StartOver,
    /// Show the results of the latest take.
    Results,
    /// Write your own intention.
    Own,
    History,
    PracticeLog,
    /// Open the practices launcher.
    Practices,
    /// Mark or unmark a practice as a favourite.
    Favourite,
    Search,
    /// Next or previous chapter filter.
    FilterNext,
    FilterPrev,
    Export,
    /// Show or hide earlier versions.
    Versions,
    /// Choose which earlier answer Enter continues.
    Choose,
    /// Go to the prompt in its chapter.
    Write,
    /// In History: the open workbook's answers, or every workbook's.
    AllWorkbooks,
    /// Open the text in $VISUAL / $EDITOR.
    ExternalEditor,
    /// The chapter's contents: its steps, to jump to one.
    Contents,
    /// Space on a step page: a page down, and at the end of a text the next step.
    ReadOn,
    /// Where to find support: the workbook's help lines.
    Support,
    /// The welcome, to read again.
    Welcome,
    /// On a workbook's first welcome: open the other built-in workbook instead.
    OtherWorkbook,
    /// Who should go carefully before starting, to read again.
    Intake,
    /// A key the text field moves by itself: listed in help, handed to the field.
    Move,
}

/// Which table applies: the screen in front, or an overlay over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Home,
    Chapter,
    Editor,
    Overlay,
    /// Choosing a value on a Scale step.
    Scale,
    /// The check-in before or after a practice.
    Rating,
    Choice,
    /// Typing the free-text "other" of a choice.
    ChoiceOther,
    Practice,
    Settings,
    AssessIntro,
    AssessItem,
    Results,
    Plan,
    History,
    HistorySearch,
    HistoryRead,
    PracticeLog,
    /// The chapter's contents over its step page.
    Contents,
    /// Who should go carefully, before the first chapter.
    Intake,
    /// The practices launcher: every practice, and the plain timer.
    Practices,
    /// The plain timer running (or just ended).
    Timer,
}

pub const ALL_CONTEXTS: [Context; 22] = [
    Context::History,
    Context::HistorySearch,
    Context::HistoryRead,
    Context::PracticeLog,
    Context::AssessIntro,
    Context::AssessItem,
    Context::Results,
    Context::Plan,
    Context::Home,
    Context::Chapter,
    Context::Editor,
    Context::Overlay,
    Context::Scale,
    Context::Rating,
    Context::Choice,
    Context::ChoiceOther,
    Context::Practice,
    Context::Settings,
    Context::Contents,
    Context::Intake,
    Context::Practices,
    Context::Timer,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub(crate) const fn key(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::NONE }
}
pub(crate) const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
}
pub(crate) const fn code(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::NONE }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help overlay says of it: a message id of `i18n/*.ftl`.
    pub help: &'static str,
    /// Its word in the one-line hint bar (a message id); None leaves it to the help overlay.
    pub hint: Option<&'static str>,
}

pub(crate) const fn bind(
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding { keys, action, help, hint }
}

pub(crate) const UP: &[Key] = &[code(KeyCode::Up), key('k')];
pub(crate) const DOWN: &[Key] = &[code(KeyCode::Down), key('j')];
pub(crate) const PAGE_UP: &[Key] = &[code(KeyCode::PageUp), ctrl('u')];
pub(crate) const PAGE_DOWN: &[Key] = &[code(KeyCode::PageDown), ctrl('d'), key(' ')];
pub(crate) const QUIT: &[Key] = &[key('q'), ctrl('c')];
pub(crate) const HELP: &[Key] = &[key('?'), code(KeyCode::F(1))];
/// A higher or lower value on a scale.
pub(crate) const HIGHER: &[Key] = &[code(KeyCode::Right), code(KeyCode::Up), key('l'), key('k'), key('+')];
pub(crate) const LOWER: &[Key] = &[code(KeyCode::Left), code(KeyCode::Down), key('h'), key('j'), key('-')];

pub(crate) const DIGITS: &[Key] =
    &[key('0'), key('1'), key('2'), key('3'), key('4'), key('5'), key('6'), key('7'), key('8'), key('9')];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Home => crate::screens::home::HOME,
        Context::Chapter => crate::screens::chapter::CHAPTER,
        Context::Editor => crate::screens::editor::EDITOR,
        Context::Overlay => crate::screens::overlay::OVERLAY,
        Context::Scale => crate::screens::answer::SCALE,
        Context::Rating => crate::screens::practice::RATING,
        Context::Choice => crate::screens::answer::CHOICE,
        Context::ChoiceOther => crate::screens::answer::CHOICE_OTHER,
        Context::Practice => crate::screens::practice::PRACTICE,
        Context::Settings => crate::screens::settings::SETTINGS,
        Context::AssessIntro => crate::screens::assessment::ASSESS_INTRO,
        Context::AssessItem => crate::screens::assessment::ASSESS_ITEM,
        Context::Results => crate::screens::assessment::RESULTS,
        Context::Plan => crate::screens::assessment::PLAN,
        Context::History => crate::screens::history::HISTORY,
        Context::HistorySearch => crate::screens::history::HISTORY_SEARCH,
        Context::HistoryRead => crate::screens::history::HISTORY_READ,
        Context::PracticeLog => crate::screens::practice_log::PRACTICE_LOG,
        Context::Contents => crate::screens::overlay::CONTENTS,
        Context::Intake => crate::screens::overlay::INTAKE,
        Context::Practices => crate::screens::practices::PRACTICES,
        Context::Timer => crate::screens::practices::TIMER,
    }
}

/// Shift is ignored for characters, which carry their case already.
fn matches(k: &Key, ev: &KeyEvent) -> bool {
    let mods = match ev.code {
        KeyCode::Char(_) | KeyCode::BackTab => ev.modifiers - KeyModifiers::SHIFT,
        _ => ev.modifiers,
    };
    k.code == ev.code && k.mods == mods
}

pub fn action_for(ctx: Context, ev: &KeyEvent) -> Option<Action> {
    bindings(ctx).iter().find(|b| b.keys.iter().any(|k| matches(k, ev))).map(|b| b.action)
}

pub fn key_label(k: &Key) -> String {
    let base = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    match k.code {
        // Ctrl-S, but Ctrl-Home: only a letter is written as a capital.
        KeyCode::Char(_) if k.mods.contains(KeyModifiers::CONTROL) => format!("Ctrl-{}", base.to_uppercase()),
        _ if k.mods.contains(KeyModifiers::CONTROL) => format!("Ctrl-{base}"),
        _ => base,
    }
}

pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(key_label).collect::<Vec<_>>().join(" ")
}

/// One hint of the bar: its key, what it does, its word in `lang`.
pub type Hint = (String, Action, String);

/// The short hint bar: first key of each hinted binding that `applies` now.
pub fn hint_line(ctx: Context, lang: crate::i18n::Lang, applies: impl Fn(Action) -> bool) -> Vec<Hint> {
    bindings(ctx)
        .iter()
        .filter(|b| applies(b.action))
        .filter_map(|b| Some((hint_keys(b.keys), b.action, crate::i18n::tr(lang, b.hint?))))
        .collect()
}

/// The keys of a hint: the first, or a run of digits as "1–5".
fn hint_keys(keys: &[Key]) -> String {
    let digit = |k: &Key| matches!(k.code, KeyCode::Char(c) if c.is_ascii_digit()) && k.mods.is_empty();
    match (keys.first(), keys.last()) {
        (Some(first), Some(last)) if keys.len() > 1 && keys.iter().all(digit) => {
            format!("{}–{}", key_label(first), key_label(last))
        }
        (Some(first), _) => key_label(first),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for ctx in ALL_CONTEXTS {
            let mut seen = Vec::new();
            for b in bindings(ctx) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{ctx:?}: {} bound twice", key_label(k));
                    seen.push(*k);
                }
            }
        }
    }

    #[test]
    fn editor_leaves_printable_keys_to_the_text() {
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(Context::Editor, &q), None);
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(action_for(Context::Editor, &esc), Some(Action::Back));
    }
}

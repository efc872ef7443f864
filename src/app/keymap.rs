//! Every key of every screen, as data: input handling, the hint bar and the
//! help overlay all read these tables, so they cannot drift apart.

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
    Search,
    /// Next or previous chapter filter.
    FilterNext,
    FilterPrev,
    Export,
    /// Show or hide earlier versions.
    Versions,
    /// Go to the prompt in its chapter.
    Write,
    /// Open the text in $VISUAL / $EDITOR.
    ExternalEditor,
}

/// Which table applies: the screen in front, or an overlay over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Home,
    Chapter,
    Editor,
    Overlay,
    /// Choosing a value: a Scale step or a practice check-in.
    Scale,
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
}

pub const ALL_CONTEXTS: [Context; 17] = [
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
    Context::Choice,
    Context::ChoiceOther,
    Context::Practice,
    Context::Settings,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::NONE }
}
const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
}
const fn code(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::NONE }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help overlay says of it.
    pub help: &'static str,
    /// Its word in the one-line hint bar; None leaves it to the help overlay.
    pub hint: Option<&'static str>,
}

const fn bind(keys: &'static [Key], action: Action, help: &'static str, hint: Option<&'static str>) -> Binding {
    Binding { keys, action, help, hint }
}

const UP: &[Key] = &[code(KeyCode::Up), key('k')];
const DOWN: &[Key] = &[code(KeyCode::Down), key('j')];
const PAGE_UP: &[Key] = &[code(KeyCode::PageUp), ctrl('u')];
const PAGE_DOWN: &[Key] = &[code(KeyCode::PageDown), ctrl('d'), key(' ')];
const QUIT: &[Key] = &[key('q'), ctrl('c')];
const HELP: &[Key] = &[key('?'), code(KeyCode::F(1))];

static HOME: &[Binding] = &[
    bind(UP, Action::Up, "previous entry", None),
    bind(DOWN, Action::Down, "next entry", None),
    bind(&[code(KeyCode::Home), key('g')], Action::Top, "first entry", None),
    bind(&[code(KeyCode::End), key('G')], Action::Bottom, "last entry", None),
    bind(
        &[code(KeyCode::Enter), code(KeyCode::Right)],
        Action::Open,
        "open: continue where you left off",
        Some("open"),
    ),
    bind(&[key('a')], Action::Assessment, "assessment: your job demands and resources", Some("assessment")),
    bind(&[key('r')], Action::History, "review: everything you have written", Some("review")),
    bind(&[key('l')], Action::PracticeLog, "log: your practice over the weeks", Some("log")),
    bind(&[key('s')], Action::Settings, "settings: bell, theme, day start", Some("settings")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", Some("quit")),
];

static CHAPTER: &[Binding] = &[
    bind(&[key('n'), code(KeyCode::Right), key('l')], Action::Next, "next step", Some("next step")),
    bind(&[key('p'), code(KeyCode::Left), key('h')], Action::Prev, "previous step", Some("previous step")),
    bind(UP, Action::Up, "scroll up", None),
    bind(DOWN, Action::Down, "scroll down", None),
    bind(PAGE_UP, Action::PageUp, "page up", None),
    bind(PAGE_DOWN, Action::PageDown, "page down", None),
    bind(
        &[code(KeyCode::Enter), key('e')],
        Action::Edit,
        "open: write, check in, choose or begin the practice",
        Some("open"),
    ),
    bind(&[key('a')], Action::NewAnswer, "new answer: the earlier ones are kept", Some("new answer")),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "back: to the chapter list", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", None),
];

/// In the editor letters are text: only control and function keys act.
static EDITOR: &[Binding] = &[
    bind(&[code(KeyCode::Esc)], Action::Back, "save and close the editor", Some("save and close the editor")),
    bind(&[ctrl('s')], Action::Save, "save now", Some("save now")),
    bind(&[ctrl('z')], Action::Undo, "undo", Some("undo")),
    bind(&[ctrl('e')], Action::ExternalEditor, "edit: in your own editor ($VISUAL or $EDITOR)", None),
    bind(&[ctrl('y')], Action::Redo, "redo", None),
    bind(&[code(KeyCode::F(1))], Action::Help, "help: all keys", Some("help")),
    bind(&[ctrl('c')], Action::Quit, "save and quit", None),
];

static OVERLAY: &[Binding] = &[
    bind(UP, Action::Up, "scroll up", None),
    bind(DOWN, Action::Down, "scroll down", None),
    bind(PAGE_UP, Action::PageUp, "page up", None),
    bind(PAGE_DOWN, Action::PageDown, "page down", None),
    bind(
        &[code(KeyCode::Esc), code(KeyCode::Enter), key('q'), key('?'), code(KeyCode::F(1))],
        Action::Back,
        "close",
        Some("close"),
    ),
    bind(&[ctrl('c')], Action::Quit, "save and quit", None),
];

const DIGITS: &[Key] =
    &[key('0'), key('1'), key('2'), key('3'), key('4'), key('5'), key('6'), key('7'), key('8'), key('9')];

static SCALE: &[Binding] = &[
    bind(
        &[code(KeyCode::Right), code(KeyCode::Up), key('l'), key('k'), key('+')],
        Action::Right,
        "higher",
        Some("higher"),
    ),
    bind(
        &[code(KeyCode::Left), code(KeyCode::Down), key('h'), key('j'), key('-')],
        Action::Left,
        "lower",
        Some("lower"),
    ),
    bind(DIGITS, Action::Digit, "type the value: 1 then 0 is 10", None),
    bind(&[code(KeyCode::Home)], Action::Top, "lowest value", None),
    bind(&[code(KeyCode::End)], Action::Bottom, "highest value", None),
    bind(&[code(KeyCode::Enter)], Action::Save, "save", Some("save")),
    bind(&[code(KeyCode::Esc)], Action::Back, "cancel: or skip a practice check-in", Some("cancel")),
    bind(&[code(KeyCode::F(1)), key('?')], Action::Help, "help: all keys", Some("help")),
    bind(&[ctrl('c')], Action::Quit, "save and quit", None),
];

static CHOICE: &[Binding] = &[
    bind(UP, Action::Up, "option above", None),
    bind(DOWN, Action::Down, "option below", None),
    bind(&[code(KeyCode::Left), key('h')], Action::Left, "option to the left", None),
    bind(&[code(KeyCode::Right), key('l')], Action::Right, "option to the right", None),
    bind(&[key(' '), key('x')], Action::Toggle, "pick: or unpick; on Other, write your own", Some("pick")),
    bind(&[code(KeyCode::Enter)], Action::Save, "save: your choice", Some("save")),
    bind(&[code(KeyCode::Esc)], Action::Back, "cancel", Some("cancel")),
    bind(&[code(KeyCode::F(1)), key('?')], Action::Help, "help: all keys", Some("help")),
    bind(&[ctrl('c')], Action::Quit, "save and quit", None),
];

static CHOICE_OTHER: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Action::Open, "done writing", Some("done writing")),
    bind(&[code(KeyCode::Esc)], Action::Back, "done writing; in the plan: set the intention aside for later", None),
    bind(&[code(KeyCode::F(1))], Action::Help, "help: all keys", Some("help")),
    bind(&[ctrl('c')], Action::Quit, "save and quit", None),
];

static PRACTICE: &[Binding] = &[
    bind(&[key(' '), key('p')], Action::Pause, "pause: or continue", Some("pause")),
    bind(
        &[code(KeyCode::Esc), key('x')],
        Action::Stop,
        "stop: end here; it is logged, and stopping is always fine",
        Some("stop"),
    ),
    bind(&[key('g')], Action::Grounding, "ground: feel your feet on the floor", Some("ground")),
    bind(&[key('b')], Action::Backdraft, "backdraft: when kindness stirs up pain", Some("backdraft")),
    bind(&[code(KeyCode::Enter)], Action::Open, "back: to the chapter (when finished)", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(&[key('q')], Action::AskQuit, "quit: asks first while the practice runs; it is logged as stopped early", None),
    bind(&[ctrl('c')], Action::Quit, "stop, log and quit at once", None),
];

static SETTINGS: &[Binding] = &[
    bind(UP, Action::Up, "previous setting", None),
    bind(DOWN, Action::Down, "next setting", None),
    bind(
        &[code(KeyCode::Right), key('l'), key(' '), code(KeyCode::Enter)],
        Action::Right,
        "change: to the next value",
        Some("change"),
    ),
    bind(&[code(KeyCode::Left), key('h')], Action::Left, "change: previous value", None),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "back", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", None),
];

static ASSESS_INTRO: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Action::Open, "begin: or continue your draft", Some("begin")),
    bind(&[key('d')], Action::StartOver, "discard: your draft and start over (asks first)", Some("discard")),
    bind(&[key('r')], Action::Results, "results: of your latest take", Some("results")),
    bind(UP, Action::Up, "scroll up", None),
    bind(DOWN, Action::Down, "scroll down", None),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "back", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", None),
];

static ASSESS_ITEM: &[Binding] = &[
    bind(
        &[key('1'), key('2'), key('3'), key('4'), key('5'), key('6'), key('7'), key('8'), key('9')],
        Action::Digit,
        "answer: with that number and go on",
        Some("answer"),
    ),
    bind(UP, Action::Up, "answer above", None),
    bind(DOWN, Action::Down, "answer below", None),
    bind(&[code(KeyCode::Enter)], Action::Save, "answer: the marked one and go on", None),
    bind(&[code(KeyCode::Left), key('p')], Action::Prev, "back: to the previous item", Some("back")),
    bind(&[code(KeyCode::Right), key('n')], Action::Next, "forward: to the next answered item", None),
    bind(&[code(KeyCode::Esc)], Action::Back, "pause: your answers are kept as a draft", Some("pause")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit: your answers are kept as a draft", None),
];

static RESULTS: &[Binding] = &[
    bind(&[code(KeyCode::Tab), code(KeyCode::Right), key('l')], Action::Next, "next: tab", Some("next")),
    bind(&[code(KeyCode::BackTab), code(KeyCode::Left), key('h')], Action::Prev, "previous tab", None),
    bind(UP, Action::Up, "scroll up", None),
    bind(DOWN, Action::Down, "scroll down", None),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "back", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", None),
];

static PLAN: &[Binding] = &[
    bind(UP, Action::Up, "intention above", None),
    bind(DOWN, Action::Down, "intention below", None),
    bind(&[key(' '), key('x')], Action::Toggle, "pick: or unpick (one to three)", Some("pick")),
    bind(&[key('o')], Action::Own, "own: write your own intention", Some("own")),
    bind(&[code(KeyCode::Enter)], Action::Save, "save: your plan", Some("save")),
    bind(&[code(KeyCode::Tab), code(KeyCode::Right)], Action::Next, "next tab", None),
    bind(&[code(KeyCode::BackTab), code(KeyCode::Left)], Action::Prev, "previous: tab", Some("previous")),
    bind(&[code(KeyCode::Esc)], Action::Back, "back", None),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(&[ctrl('c')], Action::Quit, "quit", None),
];

static HISTORY: &[Binding] = &[
    bind(UP, Action::Up, "previous answer", None),
    bind(DOWN, Action::Down, "next answer", None),
    bind(PAGE_UP, Action::PageUp, "page up", None),
    bind(&[code(KeyCode::PageDown), ctrl('d')], Action::PageDown, "page down", None),
    bind(&[code(KeyCode::Home), key('g')], Action::Top, "newest", None),
    bind(&[code(KeyCode::End), key('G')], Action::Bottom, "oldest", None),
    bind(&[code(KeyCode::Enter)], Action::Open, "read: the whole answer", Some("read")),
    bind(&[key('/')], Action::Search, "search: as you type; case and accents do not matter", Some("search")),
    bind(
        &[code(KeyCode::Right), key('l'), key(']')],
        Action::FilterNext,
        "chapter: show the next chapter only",
        Some("chapter"),
    ),
    bind(&[code(KeyCode::Left), key('h'), key('[')], Action::FilterPrev, "previous chapter filter", None),
    bind(&[key('x')], Action::Export, "export: everything to a Markdown file", Some("export")),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "back: clears the search first", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", None),
];

static HISTORY_SEARCH: &[Binding] = &[
    bind(&[code(KeyCode::Enter), code(KeyCode::Down)], Action::Open, "done: keep the search", Some("done")),
    bind(&[code(KeyCode::Esc)], Action::Back, "clear: the search", Some("clear")),
    bind(&[code(KeyCode::F(1))], Action::Help, "help: all keys", None),
    bind(&[ctrl('c')], Action::Quit, "quit", None),
];

static HISTORY_READ: &[Binding] = &[
    bind(UP, Action::Up, "scroll up", None),
    bind(DOWN, Action::Down, "scroll down", None),
    bind(PAGE_UP, Action::PageUp, "page up", None),
    bind(PAGE_DOWN, Action::PageDown, "page down", None),
    bind(&[key('v')], Action::Versions, "versions: show or hide earlier ones", Some("versions")),
    bind(&[key('w'), code(KeyCode::Enter)], Action::Write, "write: go to this prompt in its chapter", Some("write")),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "back: to the list", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", None),
];

static PRACTICE_LOG: &[Binding] = &[
    bind(UP, Action::Up, "scroll up", None),
    bind(DOWN, Action::Down, "scroll down", None),
    bind(PAGE_UP, Action::PageUp, "page up", None),
    bind(PAGE_DOWN, Action::PageDown, "page down", None),
    bind(&[code(KeyCode::Esc), key('b')], Action::Back, "back", Some("back")),
    bind(HELP, Action::Help, "help: all keys", Some("help")),
    bind(QUIT, Action::Quit, "quit", Some("quit")),
];

pub fn bindings(ctx: Context) -> &'static [Binding] {
    match ctx {
        Context::Home => HOME,
        Context::Chapter => CHAPTER,
        Context::Editor => EDITOR,
        Context::Overlay => OVERLAY,
        Context::Scale => SCALE,
        Context::Choice => CHOICE,
        Context::ChoiceOther => CHOICE_OTHER,
        Context::Practice => PRACTICE,
        Context::Settings => SETTINGS,
        Context::AssessIntro => ASSESS_INTRO,
        Context::AssessItem => ASSESS_ITEM,
        Context::Results => RESULTS,
        Context::Plan => PLAN,
        Context::History => HISTORY,
        Context::HistorySearch => HISTORY_SEARCH,
        Context::HistoryRead => HISTORY_READ,
        Context::PracticeLog => PRACTICE_LOG,
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
    if k.mods.contains(KeyModifiers::CONTROL) { format!("Ctrl-{}", base.to_uppercase()) } else { base }
}

pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(key_label).collect::<Vec<_>>().join(" ")
}

/// The short hint bar: first key of each hinted binding that `applies` now.
pub fn hint_line(ctx: Context, applies: impl Fn(Action) -> bool) -> Vec<(String, &'static str)> {
    bindings(ctx).iter().filter(|b| applies(b.action)).filter_map(|b| Some((key_label(&b.keys[0]), b.hint?))).collect()
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

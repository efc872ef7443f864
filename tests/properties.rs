//! Property tests, on the real app and loaders:
//!
//! - every reachable state (54 of them: every screen, step kind, practice
//!   phase, assessment tab, History mode and overlay) draws at every size from
//!   1×1 to 300×100, before and after keys pressed at that size;
//! - the loaders (content RON, workbook folders, every journal file type,
//!   `Journal::open`) take arbitrary bytes and structured-but-wrong RON
//!   without panicking, and report errors that name the file;
//! - a damaged file is never rewritten, by the journal or by the app;
//! - files that load but hold values at their edges show on every screen.
//!
//! Bounded to a few seconds in debug; `PROPTEST_CASES=N` runs longer. Failures
//! are not persisted (no `proptest-regressions/` in the repository).

mod support;

use support::{
    down_to_other, go_to_step, open_chapter, to_choice, to_practice_after, to_practice_before, to_practice_done,
    to_practice_paused, to_practice_running, to_scale, wait,
};

use std::fs;
use std::path::{Path, PathBuf};

use chrono::Duration;
use crossterm::event::KeyCode;
use mscwork::app::keymap::Context as Cx;
use mscwork::app::{App, Event};
use mscwork::content::assessment::AssessmentDef;
use mscwork::content::load::parse_ron;
use mscwork::content::{BUILTIN_FILES, Chapter, Manifest};
use mscwork::journal::store::to_ron;
use mscwork::journal::{
    ANSWERS_VERSION, Answers, ChoiceAnswer, Draft, Intention, Journal, OpenEditor, PRACTICE_LOG_VERSION,
    PROGRESS_VERSION, Position, PracticeEntry, PracticeLog, Progress, RECENT_CHECK_INS, RECENT_CHOICES,
    RECENT_REFLECTIONS, SETTINGS_VERSION, Settings, Shown, TAKE_VERSION, Take, read_file,
};
use mscwork::layout::{MIN_HEIGHT, MIN_WIDTH};
use proptest::prelude::*;
use proptest::sample::Index;
use support::{Place, app_at, chars, ctrl, go_to_first, key, open_chapter_from_home, past_welcome, t0};

/// A temporary folder, in memory where there is one: the journal syncs every
/// write to disk, which is most of the time spent otherwise.
fn tmp() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    let builder = tempfile::Builder::new().prefix("mscwork-properties-").to_owned();
    if shm.is_dir()
        && let Ok(dir) = builder.tempdir_in(shm)
    {
        return dir;
    }
    builder.tempdir().unwrap()
}

/// `cases` per property, or `PROPTEST_CASES` for a longer run by hand.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(cases);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

// ================================================================ app states

/// Text that is hard to lay out: a 10,000-character line without a break, a
/// 10,000-character line of mixed scripts, emoji, CJK, combining marks,
/// right-to-left Arabic and Hebrew, and tabs.
fn nasty_text() -> String {
    let word = "x".repeat(10_000);
    let mixed: String = "ab 日本😀e\u{301}ש\tمر".chars().cycle().take(10_000).collect();
    format!(
        "{word}\n{mixed}\n😀 👩‍👩‍👧‍👦 🏳️‍🌈 🇳🇱 emoji\n日本語の文章、中文字符，한국어 全角ＡＢＣ\n\
         e\u{301}\u{302}\u{303}\u{304} a\u{20DD} Z\u{336}a\u{337}l\u{338}g\u{335}o\u{334} \u{200B}\u{200D}\u{FEFF}\n\
         مرحبا بالعالم — שלום עולם (mixed with LTR) \u{202E}reversed\u{202C}\n\
         \tindented\twith\ttabs\t\n\n  trailing spaces   "
    )
}

fn to_home(app: &mut App) {
    past_welcome(app);
    while support::place(app) != Place::Home {
        key(app, KeyCode::Esc);
    }
}

fn to_editor(app: &mut App) {
    open_chapter(app, 1);
    go_to_first(app, "Reflection");
    key(app, KeyCode::Enter);
    app.handle(Event::Paste(nasty_text()));
    key(app, KeyCode::Tab);
    chars(app, "typed: 日本 😀 e\u{301} שלום مرحبا");
}

fn to_editor_long_line_end(app: &mut App) {
    to_editor(app);
    for _ in 0..12 {
        key(app, KeyCode::Up);
    }
    key(app, KeyCode::End);
}

fn to_reflection_with_answers(app: &mut App) {
    open_chapter(app, 1);
    go_to_step(app, "colleague-struggling");
    key(app, KeyCode::Enter);
    app.handle(Event::Paste(nasty_text()));
    key(app, KeyCode::Esc);
    app.clock.advance(Duration::days(1));
    key(app, KeyCode::Char('a'));
    chars(app, "A second answer\n日本語 and שלום");
    key(app, KeyCode::Esc);
}

fn to_choice_other(app: &mut App) {
    to_choice(app);
    down_to_other(app);
    key(app, KeyCode::Char(' '));
    chars(app, "my own: 日本 😀 שלום e\u{301} and a rather long line of words that will have to wrap somewhere");
}

fn to_assess_intro(app: &mut App) {
    to_home(app);
    key(app, KeyCode::Char('a'));
}

fn to_assess_item(app: &mut App) {
    to_assess_intro(app);
    key(app, KeyCode::Char('d'));
    for d in ['3', '1', '5'] {
        key(app, KeyCode::Char(d));
    }
}

fn to_results(app: &mut App, tab: usize) {
    to_assess_intro(app);
    key(app, KeyCode::Char('d'));
    let total = app.assessment_def().expect("the built-in workbook has an assessment").item_count();
    for i in 0..total {
        key(app, KeyCode::Char(['1', '2', '3', '4', '5'][i % 5]));
    }
    for _ in 0..tab {
        key(app, KeyCode::Tab);
    }
}

fn to_plan_own(app: &mut App) {
    to_results(app, 3);
    key(app, KeyCode::Char(' '));
    key(app, KeyCode::Char('o'));
    chars(app, "Leave at six 日本 😀 שלום, and a line long enough to wrap at any width at all");
}

fn to_history(app: &mut App) {
    to_home(app);
    key(app, KeyCode::Char('r'));
}

fn to_history_search(app: &mut App) {
    to_history(app);
    key(app, KeyCode::Char('/'));
    chars(app, "日本 é");
}

fn to_history_reading(app: &mut App) {
    to_history(app);
    key(app, KeyCode::End);
    key(app, KeyCode::Enter);
    key(app, KeyCode::Char('v'));
}

fn to_history_reading_newest(app: &mut App) {
    to_history(app);
    key(app, KeyCode::Enter);
}

fn to_practice_log(app: &mut App) {
    to_home(app);
    key(app, KeyCode::Char('l'));
}

fn to_settings(app: &mut App) {
    to_home(app);
    key(app, KeyCode::Char('s'));
}

fn nothing(_: &Path) {}

/// Answers with hard text over several days, and a practice log.
fn seed_journal(dir: &Path) {
    let hard = nasty_text();
    let seed = support::Seed {
        first: &hard,
        revised: "I told Anna.\n日本語 שלום 😀",
        phrases: &hard,
        other: "Présence 日本 😀 שלום",
        practices: &[
            ("2026-11-10T07:30:00+01:00", 15.0, "self-compassion-break", "building-strengths", true),
            ("2026-11-17T21:00:00+01:00", 5.0, "self-compassion-break", "building-strengths", true),
            ("2026-11-24T00:45:00+01:00", 0.01, "self-compassion-break", "building-strengths", false),
            ("2026-11-24T19:00:00+01:00", 12.0, "self-compassion-break", "building-strengths", true),
        ],
    };
    support::seed_journal(dir, &seed);
}

/// Two completed takes (from the fixture), so Home shows a plan and results compare.
fn seed_takes(dir: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data/assessments");
    let to = dir.join("assessments");
    fs::create_dir_all(&to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

fn seed_all(dir: &Path) {
    seed_journal(dir);
    seed_takes(dir);
}

/// Where a state is: the screen (as its header shows it), its key context, and the box over it (by its title).
type Want = (Place, Cx, Option<&'static str>);

struct State {
    name: &'static str,
    want: Want,
    seed: fn(&Path),
    drive: fn(&mut App),
}

const fn st(name: &'static str, want: Want, seed: fn(&Path), drive: fn(&mut App)) -> State {
    State { name, want, seed, drive }
}

/// Every reachable state worth drawing.
static STATES: &[State] = &[
    st("home with the welcome", (Place::Home, Cx::Home, Some("Welcome")), nothing, |_| {}),
    st("home", (Place::Home, Cx::Home, None), nothing, past_welcome),
    st("home with continue and a plan", (Place::Home, Cx::Home, None), seed_all, |app| {
        open_chapter(app, 2);
        to_home(app);
    }),
    st("chapter text", (Place::Chapter, Cx::Chapter, None), nothing, |app| open_chapter(app, 1)),
    st("chapter text scrolled", (Place::Chapter, Cx::Chapter, None), nothing, |app| {
        open_chapter(app, 1);
        key(app, KeyCode::PageDown);
        key(app, KeyCode::Down);
    }),
    st("chapter reflection, no answer", (Place::Chapter, Cx::Chapter, None), nothing, |app| {
        open_chapter(app, 1);
        go_to_first(app, "Reflection");
    }),
    st("chapter reflection with answers", (Place::Chapter, Cx::Chapter, None), nothing, to_reflection_with_answers),
    st("chapter reflection with seeded answers", (Place::Chapter, Cx::Chapter, None), seed_journal, |app| {
        open_chapter(app, 1);
        go_to_step(app, "colleague-struggling");
    }),
    st("chapter practice", (Place::Chapter, Cx::Chapter, None), nothing, |app| {
        open_chapter(app, 1);
        go_to_first(app, "Practice");
    }),
    st("chapter practice with history", (Place::Chapter, Cx::Chapter, None), seed_journal, |app| {
        open_chapter(app, 1);
        go_to_step(app, "self-compassion-break");
    }),
    st("chapter scale", (Place::Chapter, Cx::Chapter, None), nothing, |app| {
        open_chapter(app, 1);
        go_to_first(app, "Scale");
    }),
    st("chapter scale answered", (Place::Chapter, Cx::Chapter, None), seed_journal, |app| {
        open_chapter(app, 1);
        go_to_step(app, "stress-now");
    }),
    st("chapter choice", (Place::Chapter, Cx::Chapter, None), nothing, |app| {
        open_chapter(app, 5);
        go_to_first(app, "Choice");
    }),
    st("chapter choice answered", (Place::Chapter, Cx::Chapter, None), seed_journal, |app| {
        open_chapter(app, 5);
        go_to_step(app, "core-values");
    }),
    st("chapter assessment (ch. 1)", (Place::Chapter, Cx::Chapter, None), nothing, |app| {
        open_chapter(app, 1);
        go_to_first(app, "Assessment");
    }),
    st("chapter assessment with takes (ch. 8)", (Place::Chapter, Cx::Chapter, None), seed_takes, |app| {
        open_chapter(app, 8);
        go_to_first(app, "Assessment");
    }),
    st("chapter recall of hard text (ch. 4)", (Place::Chapter, Cx::Chapter, None), seed_journal, |app| {
        open_chapter(app, 4);
        go_to_first(app, "Practice");
        while !app.step().id().contains("loving-kindness-ourselves") {
            let before = app.view.step;
            key(app, KeyCode::Char('n'));
            if app.view.step == before || app.chapter().number != 4 {
                break;
            }
        }
    }),
    st("editor with hard text", (Place::Editor, Cx::Editor, None), nothing, to_editor),
    st(
        "editor at the end of the 10,000-character line",
        (Place::Editor, Cx::Editor, None),
        nothing,
        to_editor_long_line_end,
    ),
    st("editor help", (Place::Editor, Cx::Editor, Some("Help")), nothing, |app| {
        to_editor(app);
        key(app, KeyCode::F(1));
    }),
    st("scale answering", (Place::Answer, Cx::Scale, None), nothing, to_scale),
    st("scale answering at 9", (Place::Answer, Cx::Scale, None), nothing, |app| {
        to_scale(app);
        key(app, KeyCode::Char('9'));
    }),
    st("choice answering", (Place::Answer, Cx::Choice, None), nothing, to_choice),
    st("choice typing other", (Place::Answer, Cx::ChoiceOther, None), nothing, to_choice_other),
    st("practice before check-in", (Place::Practice, Cx::Rating, None), nothing, to_practice_before),
    st("practice running", (Place::Practice, Cx::Practice, None), nothing, to_practice_running),
    st("practice paused", (Place::Practice, Cx::Practice, None), nothing, to_practice_paused),
    st("practice after check-in", (Place::Practice, Cx::Rating, None), nothing, to_practice_after),
    st("practice done", (Place::Practice, Cx::Practice, None), nothing, to_practice_done),
    st("practice stopped", (Place::Practice, Cx::Rating, None), nothing, |app| {
        to_practice_running(app);
        key(app, KeyCode::Esc);
    }),
    st("practice without check-in", (Place::Practice, Cx::Practice, None), nothing, |app| {
        let (number, id) = app
            .workbook
            .chapters
            .iter()
            .find_map(|c| {
                c.steps.iter().find_map(|s| match s {
                    mscwork::content::Step::Practice(p) if p.rating.is_none() => Some((c.number, p.id.clone())),
                    _ => None,
                })
            })
            .expect("a practice without a check-in");
        open_chapter(app, number as usize);
        go_to_step(app, &id);
        key(app, KeyCode::Enter);
        wait(app, 30);
    }),
    st("settings", (Place::Settings, Cx::Settings, None), nothing, to_settings),
    st("assessment intro", (Place::Assessment, Cx::AssessIntro, None), nothing, to_assess_intro),
    st("assessment intro with a draft and takes", (Place::Assessment, Cx::AssessIntro, None), seed_takes, |app| {
        to_assess_item(app);
        key(app, KeyCode::Esc);
        key(app, KeyCode::Char('a'));
    }),
    st("assessment item", (Place::Assessment, Cx::AssessItem, None), nothing, to_assess_item),
    st("assessment results tab 0", (Place::Assessment, Cx::Results, None), nothing, |app| to_results(app, 0)),
    st("assessment results tab 1", (Place::Assessment, Cx::Results, None), nothing, |app| to_results(app, 1)),
    st("assessment results tab 2", (Place::Assessment, Cx::Results, None), nothing, |app| to_results(app, 2)),
    st("assessment results tab 3 (plan)", (Place::Assessment, Cx::Plan, None), nothing, |app| to_results(app, 3)),
    st("assessment plan typing own", (Place::Assessment, Cx::ChoiceOther, None), nothing, to_plan_own),
    st(
        "assessment results compared (ch. 8) under the care box (strain, not crisis)",
        (Place::Assessment, Cx::Results, Some("Look after yourself")),
        seed_takes,
        |app| {
            open_chapter(app, 8);
            go_to_first(app, "Assessment");
            key(app, KeyCode::Enter);
            key(app, KeyCode::Char('d'));
            let total = app.assessment_def().unwrap().item_count();
            for _ in 0..total {
                key(app, KeyCode::Char('5'));
            }
            key(app, KeyCode::Tab);
        },
    ),
    st("history empty", (Place::History, Cx::History, None), nothing, to_history),
    st("history list", (Place::History, Cx::History, None), seed_journal, to_history),
    st("history search typing", (Place::History, Cx::HistorySearch, None), seed_journal, to_history_search),
    st("history search, nothing found", (Place::History, Cx::History, None), seed_journal, |app| {
        to_history(app);
        key(app, KeyCode::Char('/'));
        chars(app, "zebra");
        key(app, KeyCode::Enter);
    }),
    st("history reading with versions", (Place::History, Cx::HistoryRead, None), seed_journal, to_history_reading),
    st("history reading newest", (Place::History, Cx::HistoryRead, None), seed_journal, to_history_reading_newest),
    st("practice log empty", (Place::PracticeLog, Cx::PracticeLog, None), nothing, to_practice_log),
    st("practice log", (Place::PracticeLog, Cx::PracticeLog, None), seed_journal, to_practice_log),
    st("overlay help (home)", (Place::Home, Cx::Home, Some("Help")), nothing, |app| {
        past_welcome(app);
        key(app, KeyCode::Char('?'));
    }),
    st("overlay help (chapter), scrolled", (Place::Chapter, Cx::Chapter, Some("Help")), nothing, |app| {
        open_chapter(app, 1);
        key(app, KeyCode::Char('?'));
        key(app, KeyCode::PageDown);
    }),
    st("overlay grounding", (Place::Practice, Cx::Practice, Some("Grounding")), nothing, |app| {
        to_practice_running(app);
        key(app, KeyCode::Char('g'));
    }),
    st("overlay backdraft", (Place::Practice, Cx::Practice, Some("Backdraft")), nothing, |app| {
        to_practice_running(app);
        key(app, KeyCode::Char('b'));
    }),
    st("overlay intake before the first chapter", (Place::Home, Cx::Home, Some("Before you begin")), nothing, |app| {
        past_welcome(app);
        key(app, KeyCode::Enter);
    }),
    st("overlay support", (Place::Chapter, Cx::Chapter, Some("Support")), nothing, |app| {
        to_scale(app);
        key(app, KeyCode::Char('9'));
        key(app, KeyCode::Enter);
    }),
];

/// Builds the app in `state` on a fresh data dir, driven at `size`.
fn build(state: &State, dir: &Path, size: (u16, u16)) -> App {
    (state.seed)(dir);
    let mut app = app_at(dir, size);
    (state.drive)(&mut app);
    app
}

/// A state shows by its name when a property fails.
impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.name)
    }
}

fn whereabouts(app: &App) -> Want {
    (support::place(app), app.screen_context(), support::overlay(app))
}

/// Resizes the terminal to `w`×`h` and draws: the frame must show what
/// every frame shows at that size (the too-small note, or header, body and
/// hint bar), and fit the terminal as drawn.
fn draw_at(app: &mut App, w: u16, h: u16) {
    app.handle(Event::Resize(w, h));
    support::checked_frame_at(app, w, h);
}

const KEYS: &[KeyCode] = &[
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Tab,
    KeyCode::Backspace,
    KeyCode::Char(' '),
];

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        3 => prop::sample::select(KEYS),
        2 => (b'0'..=b'9').prop_map(|b| KeyCode::Char(b as char)),
        3 => (b'a'..=b'z').prop_map(|b| KeyCode::Char(b as char)),
        1 => (b'A'..=b'Z').prop_map(|b| KeyCode::Char(b as char)),
    ]
}

const EDGE_SIZES: [(u16, u16); 4] = [(1, 1), (300, 100), (49, 13), (50, 14)];

/// Every state at the exact sizes that matter: the smallest, the largest,
/// and both sides of the "terminal too small" limit. Reached at 80×24, then
/// resized through them.
#[test]
fn every_state_renders_at_the_edge_sizes() {
    assert!(!STATES.is_empty());
    for state in STATES {
        let dir = tmp();
        let mut app = build(state, dir.path(), (80, 24));
        assert_eq!(whereabouts(&app), state.want, "{}: not reached", state.name);
        for (w, h) in EDGE_SIZES {
            draw_at(&mut app, w, h);
        }
        assert_eq!(whereabouts(&app), state.want, "{}: resizing changed the screen", state.name);
    }
}

/// Every state reached at the smallest size that takes keys (so every scroll
/// and page computation runs with the least room), then keys pressed at each
/// edge size in turn (below that size they are ignored); the largest gets
/// one key, its draws being the slowest.
#[test]
fn every_state_takes_keys_at_the_edge_sizes() {
    let walk = [KeyCode::Down, KeyCode::Char(' '), KeyCode::Right, KeyCode::Char('1'), KeyCode::Tab, KeyCode::Esc];
    let sizes = [(1, 1, 3), (49, 13, 3), (50, 14, 3), (300, 100, 1)];
    for state in STATES {
        let dir = tmp();
        let mut app = build(state, dir.path(), (MIN_WIDTH, MIN_HEIGHT));
        assert_eq!(whereabouts(&app), state.want, "{}: not reached at 50×14", state.name);
        for (i, (w, h, keys)) in sizes.into_iter().enumerate() {
            draw_at(&mut app, w, h);
            for code in walk.iter().cycle().skip(i).take(keys) {
                key(&mut app, *code);
                draw_at(&mut app, w, h);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Any state, any size from 1×1 to 300×100, then a few keys at that size.
    #[test]
    fn any_state_renders_at_any_size(
        state in (0..STATES.len()).prop_map(|i| &STATES[i]),
        w in 1u16..=300,
        h in 1u16..=100,
        driven_at_size in any::<bool>(),
        keys in prop::collection::vec(key_code(), 0..6),
    ) {
        let dir = tmp();
        // Keys act only from the smallest size drawn up.
        let at = if driven_at_size { (w.max(MIN_WIDTH), h.max(MIN_HEIGHT)) } else { (80, 24) };
        let mut app = build(state, dir.path(), at);
        draw_at(&mut app, w, h);
        for code in keys {
            key(&mut app, code);
            draw_at(&mut app, w, h);
        }
        // A second passes; then the terminal turned on its side, and back.
        wait(&mut app, 1);
        draw_at(&mut app, h, w.min(100));
        draw_at(&mut app, w, h);
    }
}

// ================================================================ loaders

/// Text that looks like RON: a loose grammar of real fragments and field
/// names, numbers of every kind, strings with escapes, and deep nesting.
mod ron_like {
    use proptest::prelude::*;
    use proptest::sample::Index;

    #[rustfmt::skip]
    pub const FIELDS: &[&str] = &[
        // journal
        "version", "welcomed", "last", "editing", "chapters", "chapter", "step", "entry", "cursor", "last_step",
        "visited", "done", "reflections", "scales", "choices", "revisions", "at", "text", "value", "picks", "other",
        "entries", "practice", "start", "planned_minutes", "actual_minutes", "finished", "rating_before",
        "rating_after", "bell", "theme", "day_starts_at", "assessment", "taken", "answers", "scores", "balances",
        "demands", "resources", "quadrant", "plan", "direction", "started", "position", "practiced", "count",
        // content
        "id", "title", "number", "steps", "body", "prompt", "hint", "recall", "recalls", "source", "minutes", "cues", "rating", "question",
        "min", "max", "low", "high", "options", "multiple", "max_picks", "kind", "grounding", "backdraft", "support",
        "welcome", "language", "region", "lines", "name", "contact", "intro", "disclaimer", "items", "reverse",
        "group", "short", "about", "bands", "label", "quadrants", "crafting", "ideas", "pointers", "when",
        "support_when", "support_from", "positive", "negative", "aim", "compare_with_baseline",
    ];

    #[rustfmt::skip]
    pub const NAMES: &[&str] = &[
        "Progress", "Answers", "Settings", "PracticeLog", "Take", "Draft", "Reflection", "Revision", "Chapter",
        "Manifest", "AssessmentDef", "Text", "Practice", "Scale", "Choice", "Assessment", "StepRef", "Rating",
        "ScaleDef", "ItemDef", "Band", "QuadrantDef", "CraftingDirection", "Pointer", "BalanceDef", "Default",
        "Light", "Monochrome", "JobDemands", "JobResources", "PersonalResources", "Outcomes", "High", "Low",
        "LowBalance", "Quadrant", "Formal", "Informal", "Some", "None",
    ];

    #[rustfmt::skip]
    const FRAGMENTS: &[&str] = &[
        "(", ")", "[", "]", "{", "}", "version:", "chapter:", "reflections:", "revisions:", "at:", "text:", "Some(",
        "None", "true", "false", ",", ":", "()", " ", "\n", "\t", "#![enable(implicit_some)]",
        "#![enable(unwrap_newtypes)]", "#!", "// comment\n", "/*", "*/", "/* nested /* */", "r#\"", "\"#", "'a'",
        "'\\u{0}'", "b\"bytes\"", "\"", "\\", "-", "+", ".", "e", "0x", "0b", "_", "inf", "NaN", "-inf", "\u{FEFF}",
        "\r\n", "\u{0}",
    ];

    pub fn field() -> impl Strategy<Value = String> {
        prop_oneof![9 => prop::sample::select(FIELDS).prop_map(str::to_string), 1 => ident()]
    }

    pub fn ident() -> impl Strategy<Value = String> {
        "[A-Za-z_][A-Za-z0-9_]{0,8}"
    }

    pub fn number() -> BoxedStrategy<String> {
        prop_oneof![
            prop::sample::select(vec![
                "0",
                "1",
                "-1",
                "2",
                "4",
                "23",
                "24",
                "255",
                "256",
                "-0",
                "-0.0",
                "0.5",
                "3.5",
                "1e308",
                "1e999",
                "-1e999",
                "1e-400",
                "4294967295",
                "4294967296",
                "-4294967296",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775809",
                "18446744073709551616",
                "340282366920938463463374607431768211456",
                "1_000",
                "0x1F",
                "0b101",
                "0o17",
                "1.",
                ".5",
                "1e",
                "--1",
                "+1",
                "1.0e+3",
                "NaN",
                "inf",
                "-inf",
            ])
            .prop_map(str::to_string),
            any::<i64>().prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
            any::<i128>().prop_map(|n| n.to_string()),
            any::<f64>().prop_map(|f| format!("{f:?}")),
            any::<f64>().prop_map(|f| format!("{f:e}")),
        ]
        .boxed()
    }

    pub fn quoted() -> BoxedStrategy<String> {
        let piece = prop_oneof![
            4 => "[a-zA-Z0-9 ]{0,6}",
            1 => prop::sample::select(vec![
                "\\n", "\\t", "\\\"", "\\\\", "\\u{1F600}", "\\u{D800}", "\\u{110000}", "\\u{}", "\\u{ZZ}",
                "\\x41", "\\xFF", "\\0", "\\q", "\\", "é", "日本", "😀", "שלום", "مرحبا", "e\u{301}", "\t", "\n",
                "\u{0}", "\u{202E}",
            ])
            .prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| if c == '"' { "\\\"".to_string() } else { c.to_string() }),
        ];
        (prop::collection::vec(piece, 0..6), 0..24u8)
            .prop_map(|(pieces, how)| {
                let body = pieces.concat();
                match how {
                    0 => format!("\"{body}"),
                    1 => format!("r#\"{body}\"#"),
                    2 => format!("r\"{body}"),
                    _ => format!("\"{body}\""),
                }
            })
            .boxed()
    }

    pub fn timestamp() -> BoxedStrategy<String> {
        prop_oneof![
            prop::sample::select(vec![
                "\"2026-11-24T21:30:00+01:00\"",
                "\"2026-11-24T21:30:00Z\"",
                "\"2026-13-45T99:99:99+25:00\"",
                "\"+262143-12-31T23:59:59+23:59\"",
                "\"-262144-01-01T00:00:00-23:59\"",
                "\"9999999999-01-01T00:00:00+00:00\"",
                "\"2026-11-24\"",
                "\"not a date\"",
                "\"\"",
            ])
            .prop_map(str::to_string),
            (any::<i32>(), 0u32..14, 0u32..33, 0u32..25, 0u32..61, -30i32..30).prop_map(|(y, mo, d, h, mi, off)| {
                format!("\"{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00{off:+03}:00\"")
            }),
        ]
        .boxed()
    }

    pub fn fragment() -> BoxedStrategy<String> {
        prop_oneof![
            5 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            2 => number(),
            2 => quoted(),
            1 => timestamp(),
            1 => ident(),
            2 => field().prop_map(|f| format!("{f}:")),
            1 => prop::sample::select(NAMES).prop_map(|n| format!("{n}(")),
        ]
        .boxed()
    }

    /// A soup of fragments in any order: mostly unbalanced.
    pub fn soup() -> BoxedStrategy<String> {
        prop::collection::vec((fragment(), prop::sample::select(vec!["", " ", ", ", "\n"])), 0..60)
            .prop_map(|parts| parts.into_iter().map(|(f, sep)| f + sep).collect())
            .boxed()
    }

    /// A balanced value of structs, lists, maps and options over leaves.
    pub fn value() -> BoxedStrategy<String> {
        let leaf = prop_oneof![
            3 => number(),
            3 => quoted(),
            1 => timestamp(),
            1 => ident(),
            1 => prop::sample::select(vec!["None", "true", "false", "()", "[]", "{}", "'x'"]).prop_map(str::to_string),
            1 => prop::sample::select(NAMES).prop_map(str::to_string),
        ];
        leaf.prop_recursive(6, 48, 4, |inner| {
            prop_oneof![
                3 => (
                    prop::option::of(prop::sample::select(NAMES)),
                    prop::collection::vec((field(), inner.clone()), 0..5),
                    any::<bool>(),
                )
                    .prop_map(|(name, fields, trailing)| {
                        let body: Vec<String> = fields.into_iter().map(|(f, v)| format!("{f}: {v}")).collect();
                        let comma = if trailing && !body.is_empty() { "," } else { "" };
                        format!("{}({}{comma})", name.unwrap_or(""), body.join(", "))
                    }),
                2 => prop::collection::vec(inner.clone(), 0..5).prop_map(|v| format!("[{}]", v.join(", "))),
                2 => prop::collection::vec((inner.clone(), inner.clone()), 0..4).prop_map(|kv| {
                    let body: Vec<String> = kv.into_iter().map(|(k, v)| format!("{k}: {v}")).collect();
                    format!("{{{}}}", body.join(", "))
                }),
                1 => inner.clone().prop_map(|v| format!("Some({v})")),
                1 => prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("({})", v.join(", "))),
            ]
        })
        .boxed()
    }

    const OPENERS: &[(&str, &str)] = &[
        ("(", ")"),
        ("[", "]"),
        ("Some(", ")"),
        ("{\"k\": ", "}"),
        ("(version: 1, chapter: ", ")"),
        ("(version: 1, reflections: {\"s\": [(revisions: [(at: \"2026-11-24T21:30:00+01:00\", text: ", ")])]})"),
        ("Text(", ")"),
        ("(x: ", ")"),
        ("Chapter(steps: [", "])"),
    ];

    /// A value wrapped in up to 40 layers, closed or not.
    pub fn deep() -> BoxedStrategy<String> {
        (value(), prop::collection::vec(prop::sample::select(OPENERS), 0..=40), any::<bool>())
            .prop_map(|(v, layers, close)| {
                let open: String = layers.iter().map(|l| l.0).collect();
                let shut: String = if close { layers.iter().rev().map(|l| l.1).collect() } else { String::new() };
                format!("{open}{v}{shut}")
            })
            .boxed()
    }

    /// `(version: V, field: value, ...)`: past the version probe, into the real types.
    pub fn versioned() -> BoxedStrategy<String> {
        let version = prop_oneof![
            4 => Just("1".to_string()),
            1 => Just("0".to_string()),
            1 => Just("2".to_string()),
            1 => number(),
        ];
        (
            prop::option::weighted(0.1, prop::sample::select(NAMES)),
            version,
            prop::collection::vec((field(), prop_oneof![4 => value(), 1 => deep()]), 0..6),
            any::<bool>(),
        )
            .prop_map(|(name, version, fields, trailing)| {
                let mut body = vec![format!("version: {version}")];
                body.extend(fields.into_iter().map(|(f, v)| format!("{f}: {v}")));
                let comma = if trailing { "," } else { "" };
                format!("{}({}{comma})", name.unwrap_or(""), body.join(", "))
            })
            .boxed()
    }

    /// A value to put where another was.
    pub fn replacement() -> BoxedStrategy<String> {
        prop_oneof![
            2 => number(),
            4 => quoted(),
            1 => timestamp(),
            2 => value(),
            1 => prop::sample::select(vec!["None", "Some(1)", "Some(-1)", "[]", "{}", "()", "\"\"", "true"])
                .prop_map(str::to_string),
        ]
        .boxed()
    }

    /// Lines holding a whole value: `key: value,`, not `key: Some((`.
    fn value_lines(lines: &[String]) -> Vec<usize> {
        let whole = |l: &str| {
            let l = l.trim_end();
            l.contains(": ") && l.ends_with(',') && !l.ends_with("(,") && !l.ends_with("[,")
        };
        (0..lines.len()).filter(|&i| whole(&lines[i])).collect()
    }

    fn split_value(line: &str) -> (&str, &str) {
        let at = line.find(": ").unwrap() + 2;
        (&line[..at], line[at..].trim_end().strip_suffix(',').unwrap_or(&line[at..]))
    }

    /// Gives up to three `key: value,` lines of `text` another value.
    pub fn swap_values(text: &str, swaps: Vec<(Index, String)>) -> String {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let candidates = value_lines(&lines);
        if candidates.is_empty() {
            return text.to_string();
        }
        for (at, v) in swaps {
            let line = &mut lines[candidates[at.index(candidates.len())]];
            let head = split_value(line).0.to_string();
            *line = format!("{head}{v},");
        }
        lines.join("\n")
    }

    /// Copies the value of one `key: value,` line into another: duplicate
    /// ids, a title where a number was, a chapter naming another's steps.
    pub fn copy_value(text: &str, from: Index, to: Index) -> String {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let candidates = value_lines(&lines);
        if candidates.is_empty() {
            return text.to_string();
        }
        let value = split_value(&lines[candidates[from.index(candidates.len())]]).1.to_string();
        let line = &mut lines[candidates[to.index(candidates.len())]];
        let head = split_value(line).0.to_string();
        *line = format!("{head}{value},");
        lines.join("\n")
    }

    /// A valid text with some values swapped: well-formed RON of the wrong
    /// type or out of range.
    pub fn swapped(valid: Vec<String>) -> BoxedStrategy<String> {
        (prop::sample::select(valid), prop::collection::vec((any::<Index>(), replacement()), 1..4))
            .prop_map(|(text, swaps)| swap_values(&text, swaps))
            .boxed()
    }

    /// A valid text with a fragment spliced in, or a range cut out.
    pub fn spliced(valid: Vec<String>) -> BoxedStrategy<String> {
        (prop::sample::select(valid), any::<Index>(), any::<Index>(), fragment(), any::<bool>())
            .prop_map(|(text, at, len, frag, cut)| {
                let boundaries: Vec<usize> =
                    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
                let a = boundaries[at.index(boundaries.len())];
                if cut {
                    let b = boundaries[(at.index(boundaries.len()) + len.index(16)).min(boundaries.len() - 1)];
                    format!("{}{}", &text[..a], &text[b..])
                } else {
                    format!("{}{frag}{}", &text[..a], &text[a..])
                }
            })
            .boxed()
    }
}

/// Valid journal files of every type, as written by mscwork.
fn valid_journal_texts() -> Vec<String> {
    let at = t0();
    let mut answers = Answers::new("building-strengths");
    answers.reflections.insert(
        "colleague-struggling".into(),
        vec![mscwork::journal::Reflection {
            revisions: vec![mscwork::journal::Revision { at, text: "words 日本 \"quoted\"\n\tline".into() }],
        }],
    );
    answers.scales.insert("stress-now".into(), vec![mscwork::journal::ScaleAnswer { at, value: 7 }]);
    answers.choices.insert(
        "core-values".into(),
        vec![ChoiceAnswer { at, picks: vec!["Care".into()], other: Some("mine".into()) }],
    );
    let mut progress = Progress { version: PROGRESS_VERSION, welcomed: true, ..Progress::default() };
    progress.last = Some(Position { chapter: "building-strengths".into(), step: "stress-now".into() });
    progress.editing = Some(OpenEditor {
        chapter: "building-strengths".into(),
        step: "colleague-struggling".into(),
        entry: Some(0),
        revision: Some(1),
        cursor: (1, 2),
    });
    progress.chapters.entry("building-strengths".into()).or_default().done.insert("stress-now".into());
    let log = PracticeLog {
        version: PRACTICE_LOG_VERSION,
        entries: vec![PracticeEntry {
            practice: "self-compassion-break".into(),
            chapter: "building-strengths".into(),
            start: at,
            planned_minutes: 5,
            actual_minutes: 4.25,
            finished: false,
            rating_before: Some(6),
            rating_after: None,
        }],
    };
    let take = Take {
        version: TAKE_VERSION,
        assessment: "jdr".into(),
        taken: at,
        answers: [("load-1".to_string(), 3u8)].into(),
        scores: [("load".to_string(), 3.0)].into(),
        balances: [("kindness".to_string(), 2.5)].into(),
        demands: 3.0,
        resources: 2.0,
        quadrant: "high-strain".into(),
        plan: vec![Intention { direction: None, text: "rest".into() }],
        last_plan: None,
    };
    let draft = Draft {
        version: TAKE_VERSION,
        assessment: "jdr".into(),
        started: at,
        answers: [("load-1".to_string(), 3u8)].into(),
        position: 1,
    };
    vec![
        to_ron(&progress).unwrap(),
        to_ron(&answers).unwrap(),
        to_ron(&log).unwrap(),
        to_ron(&Settings::default()).unwrap(),
        to_ron(&take).unwrap(),
        to_ron(&draft).unwrap(),
    ]
}

/// Valid content texts: the manifest, a small chapter, a built-in chapter
/// and the assessment.
fn valid_content_texts() -> Vec<String> {
    let small = r#"Chapter(
    id: "c",
    number: 1,
    title: "T",
    aim: "A",
    steps: [
        Text(id: "t", title: "T", body: "b"),
        Reflection(
            id: "r",
            title: "R",
            prompt: "p",
        ),
    ],
)"#;
    let mut texts = vec![small.to_string()];
    texts.extend(
        BUILTIN_FILES
            .iter()
            .filter(|(rel, _)| !rel.starts_with("chapters/0") || rel.starts_with("chapters/01"))
            .map(|(_, t)| t.to_string()),
    );
    texts
}

/// Any text the RON readers might be handed.
fn generic_ron_text() -> BoxedStrategy<String> {
    prop_oneof![
        1 => any::<String>(),
        1 => "[()\\[\\]{}:,\"a-z0-9_ .\\-\\n#!'\\\\]{0,200}",
        1 => ron_like::deep(),
        1 => ron_like::soup(),
        1 => ron_like::value(),
    ]
    .boxed()
}

/// Any text a journal reader might be handed, mostly close to a real file.
fn journal_text() -> BoxedStrategy<String> {
    prop_oneof![
        2 => generic_ron_text(),
        3 => ron_like::versioned(),
        1 => ron_like::spliced(valid_journal_texts()),
        4 => ron_like::swapped(valid_journal_texts()),
    ]
    .boxed()
}

/// Any text a content parser might be handed, mostly close to a real file.
fn content_text() -> BoxedStrategy<String> {
    prop_oneof![
        2 => generic_ron_text(),
        1 => ron_like::versioned(),
        1 => ron_like::spliced(valid_content_texts()),
        3 => ron_like::swapped(valid_content_texts()),
    ]
    .boxed()
}

fn check_content_parsers(text: &str) -> Result<(), TestCaseError> {
    for result in [
        parse_ron::<Chapter>("x.ron", text).map(drop),
        parse_ron::<Manifest>("x.ron", text).map(drop),
        parse_ron::<AssessmentDef>("x.ron", text).map(drop),
    ] {
        if let Err(e) = result {
            prop_assert_eq!(&e.file, "x.ron");
            prop_assert!(e.line >= 1 && e.column >= 1, "{e}");
        }
    }
    Ok(())
}

fn check_journal_reader<T: serde::de::DeserializeOwned + mscwork::journal::Versioned>(
    path: &Path,
    version: u32,
) -> Result<(), TestCaseError> {
    if let Err(e) = read_file::<T>(path, version) {
        let shown = e.to_string();
        prop_assert!(shown.starts_with(&path.display().to_string()), "{shown}");
        prop_assert_eq!(&e.path, path);
        if let Some((line, col)) = e.position {
            prop_assert!(line >= 1 && col >= 1, "{shown}");
        }
    }
    Ok(())
}

fn check_journal_readers(path: &Path) -> Result<(), TestCaseError> {
    check_journal_reader::<Progress>(path, PROGRESS_VERSION)?;
    check_journal_reader::<Answers>(path, ANSWERS_VERSION)?;
    check_journal_reader::<PracticeLog>(path, PRACTICE_LOG_VERSION)?;
    check_journal_reader::<Settings>(path, SETTINGS_VERSION)?;
    check_journal_reader::<Take>(path, TAKE_VERSION)?;
    check_journal_reader::<Draft>(path, TAKE_VERSION)?;
    Ok(())
}

/// Arbitrary bytes: random, random text, or a valid file cut or spliced.
fn file_bytes() -> BoxedStrategy<Vec<u8>> {
    prop_oneof![
        3 => prop::collection::vec(any::<u8>(), 0..300),
        2 => journal_text().prop_map(String::into_bytes),
        1 => (prop::sample::select(valid_journal_texts()), any::<Index>())
            .prop_map(|(t, i)| t.as_bytes()[..i.index(t.len() + 1)].to_vec()),
        1 => (prop::sample::select(valid_journal_texts()), any::<Index>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(t, i, junk)| {
                let mut b = t.into_bytes();
                let at = i.index(b.len() + 1);
                b.splice(at..at, junk);
                b
            }),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn content_parsers_take_any_string(text in any::<String>()) {
        check_content_parsers(&text)?;
    }

    #[test]
    fn content_parsers_take_ron_looking_characters(text in "[()\\[\\]{}:,\"a-zA-Z0-9_ .+\\-\\n#!'\\\\/*]{0,300}") {
        check_content_parsers(&text)?;
    }

    #[test]
    fn content_parsers_take_structured_but_wrong_ron(text in content_text()) {
        check_content_parsers(&text)?;
    }

    #[test]
    fn journal_readers_take_any_bytes(bytes in file_bytes()) {
        let dir = tmp();
        let path = dir.path().join("file.ron");
        fs::write(&path, &bytes).unwrap();
        check_journal_readers(&path)?;
        prop_assert_eq!(fs::read(&path).unwrap(), bytes, "a reader changed the file");
    }

    #[test]
    fn journal_readers_take_structured_but_wrong_ron(text in journal_text()) {
        let dir = tmp();
        let path = dir.path().join("file.ron");
        fs::write(&path, &text).unwrap();
        check_journal_readers(&path)?;
    }
}

/// How one built-in file is damaged.
#[derive(Debug, Clone)]
enum Damage {
    Replace(Vec<u8>),
    Truncate(Index),
    Insert(Index, Vec<u8>),
    Text(String),
    Swap(Vec<(Index, String)>),
    Copy(Index, Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..200).prop_map(Damage::Replace),
        2 => any::<Index>().prop_map(Damage::Truncate),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..6)).prop_map(|(i, b)| Damage::Insert(i, b)),
        1 => (any::<Index>(), ron_like::fragment()).prop_map(|(i, f)| Damage::Insert(i, f.into_bytes())),
        1 => content_text().prop_map(Damage::Text),
        3 => prop::collection::vec((any::<Index>(), ron_like::replacement()), 1..4).prop_map(Damage::Swap),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(from, to)| Damage::Copy(from, to)),
    ]
}

proptest! {
    #![proptest_config(config(64))]

    /// A workbook folder with one damaged file: Ok, or errors that each name
    /// a file in that folder at a real line and column.
    #[test]
    fn a_damaged_workbook_folder_is_reported_not_panicked(file in 0..BUILTIN_FILES.len(), how in damage()) {
        let dir = tmp();
        for (rel, text) in BUILTIN_FILES {
            let path = dir.path().join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, text).unwrap();
        }
        let (rel, text) = BUILTIN_FILES[file];
        let bytes = match how {
            Damage::Replace(b) => b,
            Damage::Truncate(i) => text.as_bytes()[..i.index(text.len() + 1)].to_vec(),
            Damage::Insert(i, junk) => {
                let mut b = text.as_bytes().to_vec();
                let at = i.index(b.len() + 1);
                b.splice(at..at, junk);
                b
            }
            Damage::Text(t) => t.into_bytes(),
            Damage::Swap(swaps) => ron_like::swap_values(text, swaps).into_bytes(),
            Damage::Copy(from, to) => ron_like::copy_value(text, from, to).into_bytes(),
        };
        fs::write(dir.path().join(rel), &bytes).unwrap();
        if let Err(errors) = mscwork::content::from_folder(dir.path()) {
            prop_assert!(!errors.0.is_empty(), "an Err without errors");
            for e in &errors.0 {
                prop_assert!(Path::new(&e.file).starts_with(dir.path()), "{e} is not under {}", dir.path().display());
                prop_assert!(e.line >= 1 && e.column >= 1, "{e}");
            }
        }
    }
}

// ================================================================ journal

fn maybe_file() -> impl Strategy<Value = Option<Vec<u8>>> {
    prop_oneof![
        1 => Just(None),
        6 => file_bytes().prop_map(Some),
        1 => prop::sample::select(valid_journal_texts()).prop_map(|t| Some(t.into_bytes())),
    ]
}

proptest! {
    #![proptest_config(config(128))]

    /// Damaged progress.ron / settings.ron: the journal opens, keeps the
    /// error, and never rewrites the file.
    #[test]
    fn a_journal_opens_on_damaged_progress_and_settings(progress in maybe_file(), settings in maybe_file()) {
        let dir = tmp();
        let progress_path = dir.path().join("progress.ron");
        let settings_path = dir.path().join("settings.ron");
        if let Some(b) = &progress {
            fs::write(&progress_path, b).unwrap();
        }
        if let Some(b) = &settings {
            fs::write(&settings_path, b).unwrap();
        }
        let progress_bad = read_file::<Progress>(&progress_path, PROGRESS_VERSION).is_err();
        let settings_bad = read_file::<Settings>(&settings_path, SETTINGS_VERSION).is_err();

        let mut journal = Journal::open(dir.path()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(journal.progress_error().is_some(), progress_bad);
        prop_assert_eq!(journal.settings_error().is_some(), settings_bad);
        prop_assert_eq!(fs::read(&progress_path).ok(), progress.clone(), "opening changed progress.ron");
        prop_assert_eq!(fs::read(&settings_path).ok(), settings.clone(), "opening changed settings.ron");

        let result = journal.update_progress(|p| p.welcomed = true);
        // Progress is written a moment later, or on quit: flush it now.
        let flushed = journal.flush_progress();
        if progress_bad {
            prop_assert!(result.is_err(), "saved progress over a damaged file");
            prop_assert!(flushed.is_ok() && !journal.progress_pending(), "a change is still waiting to be written");
            prop_assert_eq!(fs::read(&progress_path).ok(), progress.clone(), "progress.ron was rewritten");
        }
        prop_assert_eq!(fs::read(&settings_path).ok(), settings.clone(), "saving progress changed settings.ron");

        let result = journal.update_settings(|s| s.bell = !s.bell);
        if settings_bad {
            prop_assert!(result.is_err(), "saved settings over a damaged file");
            prop_assert_eq!(fs::read(&settings_path).ok(), settings.clone(), "settings.ron was rewritten");
        }
        drop(journal);
        if progress_bad {
            prop_assert_eq!(fs::read(&progress_path).ok(), progress, "progress.ron was rewritten on close");
        }
        if settings_bad {
            prop_assert_eq!(fs::read(&settings_path).ok(), settings, "settings.ron was rewritten on close");
        }
    }
}

// ================================================================ the app never rewrites a damaged file

const CHAPTER_1: &str = "building-strengths";

fn answers_path(dir: &Path) -> PathBuf {
    dir.join(format!("answers/{CHAPTER_1}.ron"))
}

/// Whether the app would refuse these answers: unreadable, or another chapter's.
fn answers_fail_to_load(path: &Path) -> bool {
    match read_file::<Answers>(path, ANSWERS_VERSION) {
        Err(_) => true,
        Ok(Some(a)) => a.chapter != CHAPTER_1,
        Ok(None) => false,
    }
}

fn damaged_answers() -> BoxedStrategy<Vec<u8>> {
    let other_chapter = {
        let mut a = Answers::new("being-mindful");
        a.scales.insert("stress-now".into(), vec![mscwork::journal::ScaleAnswer { at: t0(), value: 3 }]);
        to_ron(&a).unwrap()
    };
    let newer = valid_journal_texts()[1].replacen("version: 1", "version: 2", 1);
    prop_oneof![
        4 => file_bytes(),
        1 => Just(other_chapter.into_bytes()),
        1 => Just(newer.into_bytes()),
    ]
    .boxed()
}

/// Tries every way of writing to chapter 1: the editor (Enter, type, the
/// autosave pause, Esc), a new answer with a paste and Ctrl-S, a check-in,
/// and quitting with the editor open.
fn try_to_write_chapter_1(app: &mut App) {
    open_chapter(app, 1);
    go_to_first(app, "Reflection");
    key(app, KeyCode::Enter);
    if support::place(app) == Place::Editor {
        chars(app, "words that must not land on a damaged file");
        wait(app, 3);
        key(app, KeyCode::Esc);
    }
    key(app, KeyCode::Char('a'));
    if support::place(app) == Place::Editor {
        app.handle(Event::Paste("a new answer".into()));
        ctrl(app, 's');
        key(app, KeyCode::Esc);
    }
    open_chapter(app, 1);
    go_to_step(app, "stress-now");
    key(app, KeyCode::Enter);
    if support::place(app) == Place::Answer {
        key(app, KeyCode::Char('4'));
        key(app, KeyCode::Enter);
    }
    if support::place(app) == Place::Answer {
        key(app, KeyCode::Esc);
    }
    open_chapter(app, 1);
    go_to_step(app, "colleague-struggling");
    key(app, KeyCode::Enter);
    if support::place(app) == Place::Editor {
        chars(app, "typed, then quit");
    }
    ctrl(app, 'c');
    ctrl(app, 'c');
}

proptest! {
    #![proptest_config(config(32))]

    #[test]
    fn a_damaged_answers_file_is_never_rewritten(bytes in damaged_answers()) {
        let dir = tmp();
        let path = answers_path(dir.path());
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &bytes).unwrap();
        prop_assume!(answers_fail_to_load(&path));

        let mut app = app_at(dir.path(), (80, 24));
        try_to_write_chapter_1(&mut app);
        wait(&mut app, 5);
        support::checked_frame_at(&app, 80, 24);
        drop(app);
        prop_assert_eq!(fs::read(&path).unwrap(), bytes, "the damaged answers file was rewritten");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        prop_assert_eq!(names.len(), 1, "files left next to the damaged one: {:?}", names);
    }
}

/// The control: the same keys do write to a sound answers file.
#[test]
fn the_write_attempts_do_write_to_a_sound_file() {
    let dir = tmp();
    let path = answers_path(dir.path());
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let sound = valid_journal_texts()[1].clone();
    fs::write(&path, &sound).unwrap();
    assert!(!answers_fail_to_load(&path));
    let mut app = app_at(dir.path(), (80, 24));
    try_to_write_chapter_1(&mut app);
    drop(app);
    // The sound file moved into the chapter's folder, kept as a backup.
    assert!(!path.exists() && fs::read_to_string(path.with_extension("ron.v2.bak")).unwrap() == sound);
    let after = support::saved_answers(dir.path(), CHAPTER_1).unwrap();
    let text = support::saved_text(dir.path(), CHAPTER_1);
    assert!(text.contains("words that must not land on a damaged file"), "{text}");
    assert!(text.contains("a new answer"), "{text}");
    assert!(after.scales("stress-now").iter().any(|s| s.value == 4), "{text}");
}

// ================================================================ valid files, extreme values

/// Journal values of the right types but at their edges: the first and last
/// representable moments, any integer or float (NaN, infinities), ids the
/// workbook does not have, empty lists, and hard text.
mod extreme {
    use std::collections::BTreeMap;

    use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
    use mscwork::journal::*;
    use proptest::prelude::*;

    fn workbook() -> mscwork::content::Workbook {
        mscwork::content::builtin().unwrap()
    }

    /// Moments as a file can hold them: a local time and its offset, both
    /// in range (the UTC instant too).
    pub fn timestamp() -> BoxedStrategy<Timestamp> {
        let t0 = crate::t0();
        let at = move |local: Option<chrono::NaiveDateTime>, offset: i32| {
            local
                .and_then(|l| FixedOffset::east_opt(offset).and_then(|o| o.from_local_datetime(&l).single()))
                .unwrap_or(t0)
        };
        let first = NaiveDate::MIN.and_hms_opt(0, 0, 0).unwrap();
        let last = NaiveDate::MAX.and_hms_opt(23, 59, 59).unwrap();
        prop_oneof![
            4 => (-3_000_000_000i64..3_000_000_000, -50_400i32..=50_400)
                .prop_map(move |(s, o)| at(t0.naive_local().checked_add_signed(Duration::seconds(s)), o)),
            1 => (0i64..200_000, -86_399i32..=86_399)
                .prop_map(move |(s, o)| at(first.checked_add_signed(Duration::seconds(s)), o)),
            1 => (0i64..200_000, -86_399i32..=86_399)
                .prop_map(move |(s, o)| at(last.checked_sub_signed(Duration::seconds(s)), o)),
            1 => (any::<i64>(), -86_399i32..=86_399)
                .prop_map(move |(s, o)| at(DateTime::from_timestamp(s, 0).map(|d| d.naive_utc()), o)),
        ]
        // Near the ends of its range chrono writes some times with an offset
        // that it then refuses to read ("input is out of range"): a limit of
        // chrono's, which made this generator fail once in some hundred runs.
        // No clock gives such a time, and a file holding one is named as damaged.
        .prop_filter("a time chrono reads back", |t| DateTime::parse_from_rfc3339(&t.to_rfc3339()).is_ok())
        .boxed()
    }

    pub fn text() -> BoxedStrategy<String> {
        prop_oneof![
            1 => Just(String::new()),
            1 => Just(crate::nasty_text()),
            1 => Just("\n\n\n".to_string()),
            3 => "\\PC{0,40}",
            2 => any::<String>(),
            // What decides how a text is quoted in the file: quotes, hashes,
            // backslashes, line breaks and an `r` that could open a raw string.
            2 => "[\"#\\\\r\\n\\r\\t a]{0,30}",
        ]
        .boxed()
    }

    fn int() -> BoxedStrategy<i32> {
        prop_oneof![3 => -3i32..15, 1 => any::<i32>(), 1 => Just(i32::MIN), 1 => Just(i32::MAX)].boxed()
    }

    fn float() -> BoxedStrategy<f64> {
        prop_oneof![
            3 => 0.0f64..20.0,
            1 => any::<f64>(),
            1 => prop::sample::select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.0, 1e300, -0.0, f64::MIN_POSITIVE, 5.0, 1.0]),
        ]
        .boxed()
    }

    fn index() -> BoxedStrategy<usize> {
        prop_oneof![3 => 0usize..4, 1 => any::<usize>()].boxed()
    }

    /// A real id mostly, sometimes one no workbook has.
    fn pick<Id: From<&'static str> + Clone + std::fmt::Debug + 'static>(real: Vec<Id>) -> BoxedStrategy<Id> {
        prop_oneof![
            4 => prop::sample::select(real),
            1 => prop::sample::select(vec!["", "no-such-id", "日本", "a/b", "../x"]).prop_map(Id::from),
        ]
        .boxed()
    }

    fn chapter_ids() -> Vec<ChapterId> {
        workbook().chapters.iter().map(|c| c.id.clone()).collect()
    }

    fn step_ids() -> Vec<StepId> {
        workbook().chapters.iter().flat_map(|c| c.steps.iter().map(|s| s.id().clone())).collect()
    }

    fn reflection() -> impl Strategy<Value = Reflection> {
        prop::collection::vec((timestamp(), text()).prop_map(|(at, text)| Revision { at, text }), 0..3)
            .prop_map(|revisions| Reflection { revisions })
    }

    fn choice() -> impl Strategy<Value = ChoiceAnswer> {
        (timestamp(), prop::collection::vec(text(), 0..3), prop::option::of(text()))
            .prop_map(|(at, picks, other)| ChoiceAnswer { at, picks, other })
    }

    /// The ids of a chapter's steps of one kind.
    fn steps_of(chapter: &str, kind: &str) -> Vec<StepId> {
        let wb = workbook();
        let ids: Vec<StepId> = wb
            .chapter(chapter)
            .unwrap()
            .steps
            .iter()
            .filter(|s| s.kind_name() == kind)
            .map(|s| s.id().clone())
            .collect();
        if ids.is_empty() { step_ids() } else { ids }
    }

    /// Answers to one chapter, mostly to its own steps of the right kind.
    pub fn answers(chapter: &'static str) -> BoxedStrategy<Answers> {
        (
            prop::collection::btree_map(
                pick(steps_of(chapter, "Reflection")),
                prop::collection::vec(reflection(), 0..3),
                0..4,
            ),
            prop::collection::btree_map(
                pick(steps_of(chapter, "Scale")),
                prop::collection::vec((timestamp(), int()).prop_map(|(at, value)| ScaleAnswer { at, value }), 0..3),
                0..3,
            ),
            prop::collection::btree_map(pick(steps_of(chapter, "Choice")), prop::collection::vec(choice(), 0..3), 0..3),
        )
            .prop_map(move |(reflections, scales, choices)| Answers {
                version: ANSWERS_VERSION,
                chapter: chapter.into(),
                reflections,
                scales,
                choices,
            })
            .boxed()
    }

    fn position() -> impl Strategy<Value = Position> {
        (pick(chapter_ids()), pick(step_ids())).prop_map(|(chapter, step)| Position { chapter, step })
    }

    pub fn progress() -> BoxedStrategy<Progress> {
        let editing = (pick(chapter_ids()), pick(step_ids()), prop::option::of(index()), (index(), index()))
            .prop_map(|(chapter, step, entry, cursor)| OpenEditor { chapter, step, entry, revision: None, cursor });
        let chapter = (
            prop::option::of(pick(step_ids())),
            prop::collection::btree_set(pick(step_ids()), 0..6),
            prop::collection::btree_set(pick(step_ids()), 0..6),
        )
            .prop_map(|(last_step, visited, done)| ChapterProgress { last_step, visited, done });
        (
            any::<bool>(),
            prop::option::of(position()),
            prop::option::of(editing),
            prop::collection::btree_map(pick(chapter_ids()), chapter, 0..4),
        )
            .prop_map(|(welcomed, last, editing, chapters)| Progress {
                version: PROGRESS_VERSION,
                welcomed,
                last,
                editing,
                chapters,
                ..Progress::default()
            })
            .boxed()
    }

    pub fn practice_log() -> BoxedStrategy<PracticeLog> {
        let entry = (
            pick(step_ids()),
            pick(chapter_ids()),
            timestamp(),
            prop_oneof![3 => 0u32..60, 1 => any::<u32>()],
            float(),
            any::<bool>(),
            prop::option::of(int()),
            prop::option::of(int()),
        )
            .prop_map(
                |(practice, chapter, start, planned_minutes, actual_minutes, finished, rating_before, rating_after)| {
                    PracticeEntry {
                        practice,
                        chapter,
                        start,
                        planned_minutes,
                        actual_minutes,
                        finished,
                        rating_before,
                        rating_after,
                    }
                },
            );
        prop::collection::vec(entry, 0..6)
            .prop_map(|entries| PracticeLog { version: PRACTICE_LOG_VERSION, entries })
            .boxed()
    }

    pub fn settings() -> BoxedStrategy<Settings> {
        (
            any::<bool>(),
            prop::sample::select(vec![ThemeSetting::Default, ThemeSetting::Light, ThemeSetting::Monochrome]),
            prop_oneof![3 => 0u8..24, 1 => any::<u8>()],
        )
            .prop_map(|(bell, theme, day_starts_at)| Settings {
                version: SETTINGS_VERSION,
                bell,
                theme,
                day_starts_at,
                course: None,
                language: None,
                workbook: None,
            })
            .boxed()
    }

    fn item_answers() -> BoxedStrategy<BTreeMap<String, u8>> {
        let def = workbook().assessment.unwrap();
        let items: Vec<String> = def.items().map(|(_, i)| i.id.clone()).collect();
        let all = items.clone();
        prop_oneof![
            // Every item, as a real take has.
            2 => prop::collection::vec(prop_oneof![4 => 1u8..=5, 1 => any::<u8>()], all.len())
                .prop_map(move |v| all.iter().cloned().zip(v).collect()),
            1 => prop::collection::btree_map(pick(items), any::<u8>(), 0..8),
        ]
        .boxed()
    }

    pub fn take() -> BoxedStrategy<Take> {
        let def = workbook().assessment.unwrap();
        let scales: Vec<String> = def.scales.iter().map(|s| s.id.clone()).collect();
        let balances: Vec<String> = def.balances.iter().map(|b| b.id.clone()).collect();
        let quadrants: Vec<String> = def.quadrants.iter().map(|q| q.id.clone()).collect();
        let directions: Vec<String> = def.crafting.iter().map(|c| c.id.clone()).collect();
        let all_scales = scales.clone();
        let scores = prop_oneof![
            2 => prop::collection::vec(float(), all_scales.len())
                .prop_map(move |v| all_scales.iter().cloned().zip(v).collect::<BTreeMap<_, _>>()),
            1 => prop::collection::btree_map(pick(scales), float(), 0..6),
        ];
        let intention =
            (prop::option::of(pick(directions)), text()).prop_map(|(direction, text)| Intention { direction, text });
        (
            (pick(vec!["jdr".to_string()]), timestamp(), item_answers(), scores),
            prop::collection::btree_map(pick(balances), float(), 0..3),
            (float(), float(), pick(quadrants)),
            prop::collection::vec(intention, 0..4),
        )
            .prop_map(|((assessment, taken, answers, scores), balances, (demands, resources, quadrant), plan)| Take {
                version: TAKE_VERSION,
                assessment,
                taken,
                answers,
                scores,
                balances,
                demands,
                resources,
                quadrant,
                plan,
                last_plan: None,
            })
            .boxed()
    }

    pub fn draft() -> BoxedStrategy<Draft> {
        (timestamp(), item_answers(), index())
            .prop_map(|(started, answers, position)| Draft {
                version: TAKE_VERSION,
                assessment: "jdr".into(),
                started,
                answers,
                position,
            })
            .boxed()
    }

    /// Every file of a journal, each there or not.
    #[derive(Debug, Clone)]
    pub struct Files {
        pub progress: Option<Progress>,
        pub settings: Option<Settings>,
        pub answers: Vec<Answers>,
        pub practice_log: Option<PracticeLog>,
        pub takes: Vec<Take>,
        pub draft: Option<Draft>,
    }

    pub fn files() -> BoxedStrategy<Files> {
        (
            prop::option::of(progress()),
            prop::option::of(settings()),
            (
                prop::option::of(answers("building-strengths")),
                prop::option::of(answers("befriending-ourselves")),
                prop::option::of(answers("values-based-working")),
            ),
            prop::option::of(practice_log()),
            prop::collection::vec(take(), 0..3),
            prop::option::of(draft()),
        )
            .prop_map(|(progress, settings, (a1, a3, a5), practice_log, takes, draft)| Files {
                progress,
                settings,
                answers: [a1, a3, a5].into_iter().flatten().collect(),
                practice_log,
                takes,
                draft,
            })
            .boxed()
    }
}

fn write_files(dir: &Path, files: &extreme::Files) {
    let put = |rel: String, text: String| {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    if let Some(p) = &files.progress {
        put("progress.ron".into(), to_ron(p).unwrap());
    }
    if let Some(s) = &files.settings {
        put("settings.ron".into(), to_ron(s).unwrap());
    }
    for a in &files.answers {
        put(format!("answers/{}.ron", a.chapter), to_ron(a).unwrap());
    }
    if let Some(l) = &files.practice_log {
        put("practice-log.ron".into(), to_ron(l).unwrap());
    }
    for (i, t) in files.takes.iter().enumerate() {
        put(format!("assessments/take-{i}.ron"), to_ron(t).unwrap());
    }
    if let Some(d) = &files.draft {
        put("assessments/draft.ron".into(), to_ron(d).unwrap());
    }
}

/// Back to Home from wherever the app started (an editor, a chapter).
fn leave_to_home(app: &mut App) {
    for _ in 0..8 {
        if support::place(app) == Place::Home && support::overlay(app).is_none() {
            return;
        }
        key(app, KeyCode::Esc);
    }
}

/// Every screen that shows journal data, drawn at `size`.
fn tour(app: &mut App, (w, h): (u16, u16)) {
    let draw = |app: &mut App| draw_at(app, w, h);
    draw(app);
    leave_to_home(app);
    draw(app);
    // History: the list, reading (with versions), the filter, a search.
    key(app, KeyCode::Char('r'));
    draw(app);
    for code in [KeyCode::Enter, KeyCode::Char('v'), KeyCode::PageDown, KeyCode::Esc, KeyCode::End, KeyCode::Enter] {
        key(app, code);
        draw(app);
    }
    for code in [KeyCode::Esc, KeyCode::Right, KeyCode::Right, KeyCode::Left, KeyCode::Left, KeyCode::Char('/')] {
        key(app, code);
        draw(app);
    }
    chars(app, "e");
    draw(app);
    leave_to_home(app);
    // The practice log.
    key(app, KeyCode::Char('l'));
    draw(app);
    key(app, KeyCode::PageDown);
    draw(app);
    leave_to_home(app);
    // The assessment: intro, latest results on every tab, the draft.
    key(app, KeyCode::Char('a'));
    draw(app);
    key(app, KeyCode::Char('r'));
    draw(app);
    for _ in 0..4 {
        key(app, KeyCode::Tab);
        draw(app);
    }
    leave_to_home(app);
    key(app, KeyCode::Char('a'));
    key(app, KeyCode::Enter);
    draw(app);
    key(app, KeyCode::Char('3'));
    draw(app);
    leave_to_home(app);
    key(app, KeyCode::Char('s'));
    draw(app);
    leave_to_home(app);
    // Every step of the chapters with answers, opened where it can be.
    for number in [1, 5] {
        leave_to_home(app);
        open_chapter_from_home(app, number);
        while app.view.step > 0 {
            key(app, KeyCode::Char('p'));
        }
        let steps = app.chapter().steps.len();
        for _ in 0..steps {
            let at = (app.view.chapter, app.view.step);
            if !matches!(app.step(), mscwork::content::Step::Text(_)) {
                draw(app);
                key(app, KeyCode::Enter);
                draw(app);
                for _ in 0..3 {
                    if support::place(app) == Place::Chapter && (app.view.chapter, app.view.step) == at {
                        break;
                    }
                    key(app, KeyCode::Esc);
                }
            }
            key(app, KeyCode::Char('n'));
            if app.view.chapter != at.0 {
                break;
            }
        }
    }
    // The step that recalls chapter 3.
    leave_to_home(app);
    open_chapter_from_home(app, 4);
    for _ in 0..40 {
        if matches!(app.step(), mscwork::content::Step::Practice(p) if p.recall.is_some()) {
            break;
        }
        key(app, KeyCode::Char('n'));
    }
    draw(app);
}

proptest! {
    #![proptest_config(config(12))]

    /// Files that load, holding values at their edges, on every screen.
    #[test]
    fn the_app_shows_any_valid_journal(files in extreme::files(), w in 1u16..=300, h in 1u16..=100) {
        let dir = tmp();
        write_files(dir.path(), &files);
        let mut app = app_at(dir.path(), (80, 24));
        tour(&mut app, (80, 24));
        draw_at(&mut app, w, h);
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Whatever a user wrote comes back from the file exactly: texts are
    /// stored unescaped (raw strings when they hold quotes or backslashes).
    #[test]
    fn any_answers_come_back_from_the_file_exactly(answers in extreme::answers("building-strengths")) {
        let dir = tmp();
        let path = dir.path().join("answers.ron");
        fs::write(&path, to_ron(&answers).unwrap()).unwrap();
        let back = read_file::<Answers>(&path, ANSWERS_VERSION).unwrap().unwrap();
        // Texts only: chrono writes an offset to the minute, so a generated
        // offset with seconds (never a real clock's) would differ.
        prop_assert_eq!(texts(&back), texts(&answers));
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// The latest answers at the top of a chapter's file are the tail of
    /// what the whole file holds, with the same counts.
    #[test]
    fn the_latest_answers_at_the_top_are_those_of_the_whole_file(answers in extreme::answers("building-strengths")) {
        let dir = tmp();
        let path = dir.path().join("answers.ron");
        fs::write(&path, to_ron(&answers).unwrap()).unwrap();
        let whole = read_file::<Answers>(&path, ANSWERS_VERSION).unwrap().unwrap();
        let recent = mscwork::journal::store::read_recent(&path, "building-strengths").unwrap();
        let (all, top) = (Shown::All(&whole), Shown::Recent(&recent));
        let steps = answers.reflections.keys().chain(answers.scales.keys()).chain(answers.choices.keys());
        for step in steps {
            prop_assert_eq!(top.reflections(step, RECENT_REFLECTIONS), all.reflections(step, RECENT_REFLECTIONS));
            let (list, count) = top.scales(step);
            prop_assert_eq!(count, all.scales(step).1);
            prop_assert!(all.scales(step).0.ends_with(list) && list.len() == count.min(RECENT_CHECK_INS));
            let (list, count) = top.choices(step);
            prop_assert_eq!(count, all.choices(step).1);
            prop_assert!(all.choices(step).0.ends_with(list) && list.len() == count.min(RECENT_CHOICES));
        }
    }
}

/// Every text an answers file holds, in order.
fn texts(answers: &Answers) -> Vec<&str> {
    let reflections = answers.reflections.values().flatten().flat_map(|r| &r.revisions).map(|r| r.text.as_str());
    let choices =
        answers.choices.values().flatten().flat_map(|c| c.picks.iter().map(String::as_str).chain(c.other.as_deref()));
    reflections.chain(choices).collect()
}

// ================================================================ found by the properties

// `the_app_shows_any_valid_journal` found these: a file that loads, holding
// the earliest moment chrono can represent, made History and the practice
// log panic (`NaiveDateTime - TimeDelta` overflowed in journal::days).
// Kept with the smallest input.

/// The earliest moment chrono can hold; a hand-edited or foreign file may have it.
const FIRST_MOMENT: &str = "-262143-01-01T00:00:00+00:00";

/// A journal holding one file, opened past the welcome at 80×24.
fn app_with_file(dir: &Path, rel: &str, text: &str) -> App {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, text).unwrap();
    let mut app = app_at(dir, (80, 24));
    past_welcome(&mut app);
    app
}

#[test]
fn history_opens_with_an_answer_at_the_first_representable_moment() {
    let dir = tmp();
    let text = format!(
        "(version: 1, chapter: \"building-strengths\", scales: {{\"stress-now\": [(at: \"{FIRST_MOMENT}\", value: 5)]}})"
    );
    let path = answers_path(dir.path());
    let mut app = app_with_file(dir.path(), "answers/building-strengths.ron", &text);
    assert!(read_file::<Answers>(&path, ANSWERS_VERSION).unwrap().is_some(), "the file loads");
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(support::place(&app), Place::History);
    let shown = support::checked_frame_at(&app, 80, 24).join("\n");
    assert!(shown.contains("1 of 1 answers"), "{shown}");
}

#[test]
fn practice_log_shows_an_entry_at_the_first_representable_moment() {
    let dir = tmp();
    let text = format!(
        "(version: 1, entries: [(practice: \"self-compassion-break\", chapter: \"building-strengths\", \
         start: \"{FIRST_MOMENT}\", planned_minutes: 5, actual_minutes: 5.0, finished: true)])"
    );
    let mut app = app_with_file(dir.path(), "practice-log.ron", &text);
    let log = read_file::<PracticeLog>(&dir.path().join("practice-log.ron"), PRACTICE_LOG_VERSION);
    assert!(log.unwrap().is_some(), "the file loads");
    key(&mut app, KeyCode::Char('l'));
    assert_eq!(support::place(&app), Place::PracticeLog);
    let shown = support::checked_frame_at(&app, 80, 24).join("\n");
    assert!(shown.contains("1 session"), "{shown}");
}

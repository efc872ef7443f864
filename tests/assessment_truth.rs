//! The JD-R results tell the truth at every size: what is typed stays in
//! view, bars share one scale, long tabs scroll and say so, one vocabulary,
//! earlier takes and plans are kept.

mod support;

use crossterm::event::KeyCode;
use mscwork::app::App;
use support::{app_at, chars, key, past_welcome, screen};

/// From Home to the latest take's results, on the first tab.
fn to_results(app: &mut App) {
    past_welcome(app);
    key(app, KeyCode::Char('a'));
    key(app, KeyCode::Char('r'));
}

fn to_tab(app: &mut App, tabs: usize) {
    to_results(app);
    for _ in 0..tabs {
        key(app, KeyCode::Tab);
    }
}

/// The screen with its trailing spaces gone, one string.
fn text(app: &App) -> String {
    screen(app).lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

/// Words that must all show, in order, somewhere on the screen (wrapping
/// may put them on different rows).
fn shows_words(app: &App, words: &str) -> bool {
    let flat: Vec<String> = screen(app).split_whitespace().map(str::to_string).collect();
    let want: Vec<&str> = words.split_whitespace().collect();
    flat.windows(want.len()).any(|w| w.iter().zip(&want).all(|(a, b)| a.trim_matches(|c| c == '▏' || c == '>') == *b))
}

#[test]
fn an_own_intention_stays_in_view_while_it_is_typed() {
    for (w, h) in [(80, 24), (50, 14), (120, 40)] {
        let dir = support::copy_of("tests/fixtures/data");
        let mut app = app_at(dir.path(), (w, h));
        to_tab(&mut app, 3);
        key(&mut app, KeyCode::Char('o'));
        chars(&mut app, "Leave at six");
        assert!(shows_words(&app, "Leave at six"), "{w}×{h}: typed text not in view\n{}", text(&app));
        let long = " on Fridays and tell the team why, so that they know what to expect from me and can plan";
        chars(&mut app, long);
        assert!(shows_words(&app, "can plan"), "{w}×{h}: the end of a long intention not in view\n{}", text(&app));
        key(&mut app, KeyCode::Enter);
        assert!(shows_words(&app, "can plan"), "{w}×{h}: the added intention not in view\n{}", text(&app));
    }
}

const LATEST: &str = "assessments/2026-11-20T21-40-00+0100.ron";

/// The fixture data with the latest take's scores changed: `(scale, from, to)`
/// as written in the file.
fn data_with(changes: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = support::copy_of("tests/fixtures/data");
    for (from, to) in changes {
        support::replace_in(&dir.path().join(LATEST), from, to);
    }
    dir
}

/// Everything a tab shows, paging down with Space until nothing is below;
/// checks every frame on the way.
fn whole_tab(app: &mut App) -> String {
    let (w, h) = app.size;
    let mut all = String::new();
    for _ in 0..40 {
        let rows = support::checked_frame_at(app, w, h);
        all.push_str(&rows.join("\n"));
        all.push('\n');
        if !rows.iter().any(|r| r.contains("more below")) {
            return all;
        }
        key(app, KeyCode::Char(' '));
    }
    panic!("{w}×{h}: never reached the end\n{all}");
}

/// The text with every run of spaces and line breaks as one space.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_results_tab_scrolls_by_page_and_says_there_is_more() {
    for (w, h) in [(80, 24), (50, 14)] {
        let dir = support::copy_of("tests/fixtures/data");
        let mut app = app_at(dir.path(), (w, h));
        to_results(&mut app);
        for tab in ["Overview", "Chart", "Scales"] {
            assert_eq!(support::header_note(&app), tab);
            let first = screen(&app);
            assert!(first.contains("more below"), "{w}×{h} {tab}: no more-below hint\n{first}");
            key(&mut app, KeyCode::PageDown);
            let paged = screen(&app);
            assert_ne!(first, paged, "{w}×{h} {tab}: PgDn did not page");
            key(&mut app, KeyCode::PageUp);
            assert_eq!(screen(&app), first, "{w}×{h} {tab}: PgUp did not go back");
            let all = flat(&whole_tab(&mut app));
            let def = app.assessment_def().unwrap().clone();
            if tab != "Overview" {
                for s in &def.scales {
                    // At 80 columns a long title is cut with …, the same on Chart and Scales.
                    let start: String = s.title.chars().take(20).collect();
                    assert!(all.contains(&start), "{w}×{h} {tab}: {} never shown\n{all}", s.title);
                }
            }
            key(&mut app, KeyCode::Tab);
        }
    }
}

#[test]
fn scales_at_80x24_says_the_outcomes_are_below() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    to_tab(&mut app, 2);
    let first = text(&app);
    assert!(!first.contains("Work engagement"), "{first}");
    assert!(first.contains("↓ more below"), "{first}");
    key(&mut app, KeyCode::Char(' '));
    let next = text(&app);
    assert!(next.contains("Outcomes") && next.contains("Work engagement"), "{next}");
}

/// The rows of a frame that hold a bar, as (column of the bar's start,
/// its length in eighths of a column).
fn bars(rows: &[String]) -> Vec<(usize, usize)> {
    const PARTS: &str = "▏▎▍▌▋▊▉";
    rows.iter()
        .filter_map(|r| {
            let chars: Vec<char> = r.chars().collect();
            let start = chars.iter().position(|&c| c == '█' || PARTS.contains(c))?;
            let eighths = chars[start..]
                .iter()
                .map(|&c| if c == '█' { 8 } else { PARTS.chars().position(|p| p == c).map_or(0, |i| i + 1) })
                .sum();
            Some((start, eighths))
        })
        .collect()
}

#[test]
fn chart_bars_share_one_origin_and_one_scale() {
    for (w, h) in [(50, 14), (80, 24), (120, 40)] {
        let dir = data_with(&[("\"autonomy\": 3.0", "\"autonomy\": 2.6666666666666665")]);
        let mut app = app_at(dir.path(), (w, h));
        to_tab(&mut app, 1);
        let mut found = Vec::new();
        let mut origins = Vec::new();
        for _ in 0..10 {
            let rows = support::checked_frame_at(&app, w, h);
            for (i, row) in rows.iter().enumerate() {
                let bar_row = bars(std::slice::from_ref(row));
                if let Some(&(start, len)) = bar_row.first() {
                    origins.push(start);
                    // The score is on the bar's row; narrow, the name is on the row above.
                    let named = format!("{} {row}", if i > 0 { &rows[i - 1] } else { "" });
                    if row.contains("4.0 high") && named.contains("Mindfulness") {
                        found.push(("4.0", len));
                    }
                    if row.contains("2.7 moderate") && named.contains("Autonomy") {
                        found.push(("2.7", len));
                    }
                }
            }
            if !rows.iter().any(|r| r.contains("more below")) {
                break;
            }
            key(&mut app, KeyCode::Char(' '));
        }
        origins.dedup();
        assert_eq!(origins.len(), 1, "{w}×{h}: bars start at columns {origins:?}");
        let len = |v: &str| found.iter().find(|f| f.0 == v).map(|f| f.1 as f64).expect(v);
        let ratio = len("4.0") / len("2.7");
        assert!((ratio - 4.0 / 2.7).abs() < 0.05, "{w}×{h}: 4.0 is {ratio:.2}× 2.7 ({found:?})");
    }
}

#[test]
fn the_quadrant_grid_fits_the_smallest_window() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (50, 14));
    to_results(&mut app);
    let all = whole_tab(&mut app);
    let grid: Vec<&str> = all.lines().filter(|l| l.contains('│') || l.contains('┌') || l.contains('└')).collect();
    assert!(grid.iter().any(|l| l.contains('┐')) && grid.iter().any(|l| l.contains('┘')), "{}", grid.join("\n"));
    for l in grid.iter().filter(|l| l.contains('│')) {
        assert_eq!(l.matches('│').count(), 3, "a clipped grid row: {l:?}");
    }
    let words = flat(&grid.join("\n"));
    for q in ["High strain", "Active", "Passive", "Relaxed"] {
        assert!(words.contains(q), "{q} not in the grid\n{}", grid.join("\n"));
    }
}

#[test]
fn a_scale_has_one_name_one_number_and_one_band_word_on_every_tab() {
    // Self-kindness 3.5 (moderate) beside a kindness balance of 3.8 (high).
    let dir = data_with(&[
        ("\"self-kindness\": 3.0", "\"self-kindness\": 3.5"),
        ("\"kindness-balance\": 3.0", "\"kindness-balance\": 3.75"),
    ]);
    let mut app = app_at(dir.path(), (80, 24));
    to_results(&mut app);
    let overview = whole_tab(&mut app);
    // The balance is named as a balance, never as the scale of one side.
    assert!(!flat(&overview).contains("Self-kindness 3"), "{overview}");
    assert!(flat(&overview).contains("Self-kindness vs self-judgement 3.8 high"), "{overview}");
    key(&mut app, KeyCode::Tab);
    let chart = flat(&whole_tab(&mut app));
    key(&mut app, KeyCode::Tab);
    let scales = flat(&whole_tab(&mut app));
    for (tab, all) in [("Chart", &chart), ("Scales", &scales)] {
        assert!(all.contains("Self-kindness 3.5 moderate"), "{tab}: {all}");
        assert!(!all.contains("Kindness "), "{tab} uses a second name: {all}");
    }
}

#[test]
fn demands_at_the_midpoint_read_the_same_in_the_band_and_the_half() {
    let dir = data_with(&[("demands: 3.0833333333333335", "demands: 3.0")]);
    let mut app = app_at(dir.path(), (80, 24));
    to_results(&mut app);
    let all = whole_tab(&mut app);
    let words = flat(&all);
    assert!(words.contains("Job demands 3.0 (moderate)"), "{all}");
    assert!(words.contains("splits each at 3.0, whatever its band"), "the rule is said\n{all}");
    assert!(!words.contains("demands: high") && !words.contains("high demands"), "{all}");
    let marked = all.lines().find(|l| l.contains('●')).unwrap();
    assert!(marked.contains("demands 3.0 and up"), "{marked}");
}

#[test]
fn lower_is_better_is_marked_and_changes_say_better_or_worse() {
    // Exhaustion rose (worse), workload fell (better), autonomy rose (better).
    let dir = data_with(&[("\"exhaustion\": 3.0", "\"exhaustion\": 4.0")]);
    let mut app = app_at(dir.path(), (80, 24));
    to_results(&mut app);
    let overview = flat(&whole_tab(&mut app));
    assert!(overview.contains("Exhaustion and need for recovery ↑ worse"), "{overview}");
    assert!(overview.contains("Workload and time pressure ↓ better"), "{overview}");
    assert!(overview.contains("Support and feedback from your supervisor ↑ better"), "{overview}");
    key(&mut app, KeyCode::Tab);
    let chart = whole_tab(&mut app);
    key(&mut app, KeyCode::Tab);
    let scales = whole_tab(&mut app);
    for (tab, all) in [("Chart", &chart), ("Scales", &scales)] {
        assert!(all.contains("▽ lower is better"), "{tab}: no legend\n{all}");
        let row = |name: &str| all.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{tab}: {name}"));
        for lower in ["Workload", "Self-judgement", "Exhaustion"] {
            assert!(row(lower).contains('▽'), "{tab}: {:?}", row(lower));
        }
        for higher in ["Autonomy", "Self-kindness", "Work engagement"] {
            assert!(!row(higher).contains('▽'), "{tab}: {:?}", row(higher));
        }
    }
    let row = |name: &str| scales.lines().find(|l| l.contains(name)).unwrap();
    assert!(row("Exhaustion").contains("+0.5 ↑ worse"), "{:?}", row("Exhaustion"));
    assert!(row("Workload").contains("-0.5 ↓ better"), "{:?}", row("Workload"));
    assert!(row("Self-kindness").contains("+1.0 ↑ better"), "{:?}", row("Self-kindness"));
}

#[test]
fn where_the_workbook_can_help_names_each_chapter_once() {
    // High isolation, conflict and emotional demands each point to chapter 7.
    let dir = data_with(&[
        ("\"isolation\": 3.0", "\"isolation\": 4.5"),
        ("\"conflict\": 3.0", "\"conflict\": 4.5"),
        ("\"emotional-demands\": 3.3333333333333335", "\"emotional-demands\": 4.5"),
        ("\"exhaustion\": 3.0", "\"exhaustion\": 4.5"),
    ]);
    let mut app = app_at(dir.path(), (80, 24));
    to_results(&mut app);
    if support::overlay(&app).is_some() {
        key(&mut app, KeyCode::Esc);
    }
    let all = flat(&whole_tab(&mut app));
    let help = all.split("Where the workbook can help").nth(1).expect("no pointers").to_string();
    let help = help.split("Compared with").next().unwrap();
    let mut named = 0;
    for c in &app.workbook.chapters {
        let name = format!("{}. {}", c.number, c.title);
        let n = help.matches(&name).count();
        assert!(n <= 1, "{name} named {n} times: {help}");
        named += n;
    }
    assert!(named >= 4, "{help}");
}

/// Saves the first offered intention as the latest take's plan, and goes Home.
fn save_a_plan(app: &mut App) -> String {
    to_tab(app, 3);
    key(app, KeyCode::Char(' '));
    key(app, KeyCode::Enter);
    let picked = app.journal.takes_loaded().unwrap().takes.last().unwrap().1.plan[0].text.clone();
    key(app, KeyCode::Esc);
    assert!(flat(&screen(app)).contains(&picked), "Home shows the plan\n{}", text(app));
    picked
}

/// A whole new take from Home's `a`, answering every item with `answer`;
/// `review` is typed on the intro first.
fn take_again(app: &mut App, review: Option<char>) {
    key(app, KeyCode::Char('a'));
    if let Some(c) = review {
        key(app, KeyCode::Char(c));
    }
    key(app, KeyCode::Enter);
    let total = app.assessment_def().unwrap().item_count();
    for _ in 0..total {
        key(app, KeyCode::Char('3'));
    }
    if support::overlay(app).is_some() {
        key(app, KeyCode::Esc);
    }
    assert_eq!(support::header_note(app), "Overview");
}

#[test]
fn leaving_a_new_take_without_saving_a_plan_keeps_the_plan_on_home() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    let picked = save_a_plan(&mut app);
    take_again(&mut app, None);
    key(&mut app, KeyCode::Esc);
    assert_eq!(support::place(&app), support::Place::Home);
    let home = flat(&screen(&app));
    assert!(home.contains("Your job-crafting plan") && home.contains(&picked), "{}", text(&app));
    // And after a restart, from the files.
    drop(app);
    let app = app_at(dir.path(), (80, 24));
    assert!(flat(&screen(&app)).contains(&picked), "{}", text(&app));
}

#[test]
fn earlier_takes_open_on_the_results_screen() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    to_tab(&mut app, 2);
    assert!(support::hint_bar(&app).contains("p earlier take"), "{}", support::hint_bar(&app));
    assert!(text(&app).contains("take 2 of 2"));
    key(&mut app, KeyCode::Char('p'));
    let earlier = text(&app);
    assert!(earlier.contains("Taken Tue 1 Sep 2026, 20:15 · take 1 of 2"), "{earlier}");
    assert_eq!(support::header_note(&app), "Scales", "on the same tab");
    key(&mut app, KeyCode::Char('p'));
    assert!(support::status(&app).contains("This is your first take"));
    key(&mut app, KeyCode::Char('n'));
    assert!(text(&app).contains("take 2 of 2"));
    key(&mut app, KeyCode::Char('?'));
    assert!(flat(&screen(&app)).contains("earlier take"), "help names the key\n{}", text(&app));
}

#[test]
fn the_next_take_asks_how_the_intentions_went_and_keeps_the_answer() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    let picked = save_a_plan(&mut app);
    key(&mut app, KeyCode::Char('a'));
    let intro = flat(&screen(&app));
    assert!(intro.contains(&picked) && intro.contains("How did they go? Press 1 not yet"), "{}", text(&app));
    key(&mut app, KeyCode::Esc);
    take_again(&mut app, Some('4'));
    let overview = flat(&whole_tab(&mut app));
    assert!(overview.contains("Your intentions from Fri 20 Nov 2026, 21:40 went: mostly."), "{overview}");
    let newest = std::fs::read_dir(dir.path().join("assessments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("2026-11-24"))
        .collect::<Vec<_>>();
    let file = std::fs::read_to_string(&newest[0]).unwrap();
    assert!(file.contains("last_plan: Some(") && file.contains("went: 4"), "{file}");
    assert!(file.contains(&picked), "{file}");
    // Read back after a restart.
    drop(app);
    let mut app = app_at(dir.path(), (80, 24));
    to_results(&mut app);
    assert!(flat(&whole_tab(&mut app)).contains("went: mostly"));
}

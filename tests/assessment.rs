//! The JD-R self-assessment: scoring by hand-computed cases, the draft,
//! the screens at 80×24 and 120×40, and `mscwork assessment`.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::process::Command;

use crossterm::event::KeyCode;
use insta::assert_snapshot;
use mscwork::app::Event;
use mscwork::assessment::{self, ScoreError, band_id, change, level, rounded, score};
use mscwork::content::assessment::{AssessmentDef, Level};
use mscwork::content::load::parse_ron;
use support::{app_at, key, past_welcome, render};

/// A small assessment whose scores are easy to compute by hand.
fn small_def() -> AssessmentDef {
    parse_ron(
        "small.ron",
        r#"AssessmentDef(
            id: "small", title: "Small", intro: "i", disclaimer: "d", question: "q",
            answers: ["never", "rarely", "sometimes", "often", "always"],
            scales: [
                ScaleDef(id: "load", title: "Load", short: "Load", group: JobDemands, about: "a", items: [
                    ItemDef(id: "load-1", text: "t"), ItemDef(id: "load-2", text: "t"),
                    ItemDef(id: "load-3", text: "t", reverse: true), ItemDef(id: "load-4", text: "t"),
                ]),
                ScaleDef(id: "support", title: "Support", short: "Support", group: JobResources, about: "a", items: [
                    ItemDef(id: "support-1", text: "t"), ItemDef(id: "support-2", text: "t"), ItemDef(id: "support-3", text: "t", reverse: true),
                ]),
                ScaleDef(id: "kind", title: "Kind", short: "Kind", group: PersonalResources, about: "a", items: [
                    ItemDef(id: "kind-1", text: "t"), ItemDef(id: "kind-2", text: "t"),
                ]),
                ScaleDef(id: "harsh", title: "Harsh", short: "Harsh", group: PersonalResources, about: "a", items: [
                    ItemDef(id: "harsh-1", text: "t"), ItemDef(id: "harsh-2", text: "t"),
                ]),
            ],
            balances: [BalanceDef(id: "kindness", title: "Kind vs harsh", positive: "kind", negative: "harsh")],
            bands: [
                Band(id: "low", label: "low", min: 1.0, max: 2.4),
                Band(id: "moderate", label: "moderate", min: 2.5, max: 3.5),
                Band(id: "high", label: "high", min: 3.6, max: 5.0),
            ],
            quadrants: [
                QuadrantDef(id: "active", demands: High, resources: High, title: "Active", text: "t", crafting: ["rest"]),
                QuadrantDef(id: "high-strain", demands: High, resources: Low, title: "High strain", text: "t", crafting: ["ask", "rest"]),
                QuadrantDef(id: "relaxed", demands: Low, resources: High, title: "Relaxed", text: "t", crafting: ["rest"]),
                QuadrantDef(id: "passive", demands: Low, resources: Low, title: "Passive", text: "t", crafting: ["rest"]),
            ],
            crafting: [
                CraftingDirection(id: "rest", title: "Rest", text: "t", ideas: ["nap"], chapters: []),
                CraftingDirection(id: "ask", title: "Ask", text: "t", ideas: ["ask"], chapters: []),
                CraftingDirection(id: "kind", title: "Kind", text: "t", ideas: ["be kind"], chapters: []),
            ],
            pointers: [Pointer(when: [LowBalance("kindness")], text: "t", chapters: [], crafting: ["kind", "rest"])],
            support_when: [High("load"), Quadrant("high-strain")],
        )"#,
    )
    .unwrap()
}

fn answers(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn scale_scores_are_means_after_reversing() {
    let def = small_def();
    let a = answers(&[
        ("load-1", 4),
        ("load-2", 5),
        ("load-3", 2),
        ("load-4", 3), // 4 + 5 + (6-2) + 3 = 16 / 4 = 4.0
        ("support-1", 2),
        ("support-2", 3),
        ("support-3", 5), // 2 + 3 + (6-5) = 6 / 3 = 2.0
        ("kind-1", 2),
        ("kind-2", 3), // 2.5
        ("harsh-1", 4),
        ("harsh-2", 5), // 4.5
    ]);
    let s = score(&def, &a).unwrap();
    assert_eq!(s.scales["load"], 4.0);
    assert_eq!(s.scales["support"], 2.0);
    assert_eq!(s.scales["kind"], 2.5);
    // Balance: (2.5 + (6 - 4.5)) / 2 = 2.0
    assert_eq!(s.balances["kindness"], 2.0);
    assert_eq!((s.demands, s.resources), (4.0, 2.0));
    assert_eq!(s.quadrant, "high-strain");
    assert!(assessment::needs_support(&def, &s));
    let ids: Vec<&str> = assessment::suggestions(&def, &s).iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["ask", "rest", "kind"], "quadrant first, then pointers, each once");
}

#[test]
fn an_unanswered_or_out_of_range_item_is_named() {
    let def = small_def();
    let err = score(&def, &answers(&[("load-1", 4)])).unwrap_err();
    assert_eq!(err, ScoreError::Unanswered("load-2".into()));
    assert_eq!(err.to_string(), "item \"load-2\" is not answered");
    let mut all: BTreeMap<String, u8> = def.items().map(|(_, i)| (i.id.clone(), 3)).collect();
    all.insert("kind-2".into(), 6);
    let err = score(&def, &all).unwrap_err();
    assert!(matches!(&err, ScoreError::OutOfRange { item, answer: 6, .. } if item == "kind-2"), "{err}");
    assert!(err.to_string().starts_with("item \"kind-2\": answer 6 is outside 1–"), "{err}");
}

#[test]
fn bands_at_their_edges_follow_the_one_decimal_shown() {
    let def = small_def();
    for (score, band) in [
        (1.0, "low"),
        (2.25, "low"), // shown 2.3
        (2.4, "low"),
        (2.5, "moderate"),
        (3.0, "moderate"),
        (3.5, "moderate"),
        (3.6, "high"),
        (3.667, "high"), // shown 3.7
        (5.0, "high"),
    ] {
        assert_eq!(band_id(&def, score), band, "score {score}");
    }
    assert_eq!(rounded(2.25), 2.3);
}

#[test]
fn quadrant_at_the_midpoint_counts_as_high() {
    let def = small_def();
    assert_eq!(level(3.0), Level::High);
    // Judged on the one decimal shown, as the bands are: 2.96 reads 3.0.
    assert_eq!(level(2.96), Level::High);
    assert_eq!(level(2.94), Level::Low);
    assert_eq!(assessment::quadrant(&def, 3.0, 3.0).unwrap().id, "active");
    assert_eq!(assessment::quadrant(&def, 3.0, 2.94).unwrap().id, "high-strain");
    assert_eq!(assessment::quadrant(&def, 2.9, 3.0).unwrap().id, "relaxed");
    assert_eq!(assessment::quadrant(&def, 1.0, 1.0).unwrap().id, "passive");
}

#[test]
fn a_noticeable_change_is_two_answers_worth_and_at_least_point_four() {
    use assessment::threshold;
    // One answer moved one step moves a scale of n statements by 1/n.
    assert_eq!(threshold(1.0 / 2.0), 1.0, "a 2-statement facet");
    assert_eq!(threshold(1.0 / 3.0), 0.6, "3 statements, cut to the decimal shown");
    assert_eq!(threshold(1.0 / 4.0), 0.5);
    assert_eq!(threshold(1.0 / 5.0), 0.4);
    assert_eq!(threshold(1.0 / 8.0), 0.4, "never below 0.4");
    let t = threshold(1.0 / 5.0);
    assert_eq!(change(3.0, 3.4, t), 1);
    assert_eq!(change(3.0, 3.3, t), 0);
    assert_eq!(change(3.4, 3.0, t), -1);
    assert_eq!(change(2.25, 2.667, t), 1, "2.3 → 2.7 as shown");
    assert_eq!(change(2.0, 2.333, t), 0);
    // A 2-statement facet: one answer one step (0.5) is not noticeable, two are.
    assert_eq!(change(3.0, 3.5, threshold(0.5)), 0);
    assert_eq!(change(3.0, 4.0, threshold(0.5)), 1);
    // A 4-statement scale: one answer one step (0.25) is not, two are.
    assert_eq!(change(3.0, 3.25, threshold(0.25)), 0);
    assert_eq!(change(3.0, 3.5, threshold(0.25)), 1);
    // Every pair of three-statement means two steps apart is noticeable,
    // however the two round; one step apart never is.
    for start in 3..=15 {
        let a = f64::from(start) / 3.0;
        assert_eq!(change(a, a + 2.0 / 3.0, threshold(1.0 / 3.0)), 1, "{a}");
        assert_eq!(change(a, a + 1.0 / 3.0, threshold(1.0 / 3.0)), 0, "{a}");
    }
}

#[test]
fn the_builtin_assessment_has_about_fifty_items_with_reverse_ones() {
    let wb = mscwork::content::builtin().unwrap();
    let def = wb.assessment.as_ref().unwrap();
    assert!((45..=56).contains(&def.item_count()), "{} items", def.item_count());
    for s in &def.scales {
        assert!((2..=4).contains(&s.items.len()), "{}", s.id);
        if s.items.len() >= 3 {
            assert!(s.items.iter().any(|i| i.reverse), "{} has no reverse item", s.id);
        }
    }
    assert_eq!(def.balances.len(), 3);
}

fn answer_items(app: &mut mscwork::app::App, n: usize, value: char) {
    for _ in 0..n {
        key(app, KeyCode::Char(value));
    }
}

#[test]
fn leaving_midway_keeps_a_draft_that_the_next_start_continues() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app_at(dir.path(), (80, 24));
        past_welcome(&mut app);
        key(&mut app, KeyCode::Char('a'));
        key(&mut app, KeyCode::Enter);
        answer_items(&mut app, 17, '4');
        key(&mut app, KeyCode::Esc);
        assert_eq!(support::place(&app), support::Place::Home);
    }
    assert!(dir.path().join("assessments/draft.ron").exists());
    let mut app = app_at(dir.path(), (80, 24));
    key(&mut app, KeyCode::Char('a'));
    assert!(support::screen(&app).contains("You have a draft with 17 of"));
    key(&mut app, KeyCode::Enter);
    let total = app.assessment_def().unwrap().item_count();
    assert_eq!(support::header_note(&app), format!("18/{total}"), "on at the item after the 17 answered");
    assert_eq!(app.assess().unwrap().answers.len(), 17);
    answer_items(&mut app, total - 17, '2');
    assert_eq!(support::header_note(&app), "Overview", "the results, on their first tab");
    assert!(!dir.path().join("assessments/draft.ron").exists(), "the draft goes once the take is saved");
    let takes: Vec<_> = fs::read_dir(dir.path().join("assessments")).unwrap().collect();
    assert_eq!(takes.len(), 1);
}

#[test]
fn screens_of_an_item_the_results_and_the_plan() {
    for (w, h) in [(80, 24), (120, 40)] {
        let dir = support::copy_of("tests/fixtures/data");
        let mut app = app_at(dir.path(), (w, h));
        past_welcome(&mut app);
        key(&mut app, KeyCode::Char('a'));
        key(&mut app, KeyCode::Char('d'));
        answer_items(&mut app, 3, '3');
        assert_snapshot!(format!("item_{w}x{h}"), render(&app).backend());
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char('a'));
        key(&mut app, KeyCode::Char('r'));
        assert_snapshot!(format!("results_overview_{w}x{h}"), render(&app).backend());
        key(&mut app, KeyCode::Tab);
        assert_snapshot!(format!("results_chart_{w}x{h}"), render(&app).backend());
        key(&mut app, KeyCode::Tab);
        assert_snapshot!(format!("results_scales_{w}x{h}"), render(&app).backend());
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Char(' '));
        assert_snapshot!(format!("plan_{w}x{h}"), render(&app).backend());
        for (w, h) in [(1, 1), (30, 8), (50, 14), (300, 100)] {
            app.handle(Event::Resize(w, h));
            let rows = support::checked_frame_at(&app, w, h);
            if w >= 50 && h >= 14 {
                assert!(rows[0].trim_end().ends_with(" Plan"), "{w}×{h}: not on the plan\n{}", rows.join("\n"));
            }
        }
    }
}

/// From Home to the latest take's Plan tab, with its first intention picked.
fn to_plan_with_a_pick(app: &mut mscwork::app::App) {
    past_welcome(app);
    key(app, KeyCode::Char('a'));
    key(app, KeyCode::Char('r'));
    for _ in 0..3 {
        key(app, KeyCode::Tab);
    }
    key(app, KeyCode::Char(' '));
}

#[test]
fn a_plan_is_saved_with_the_take_and_shown_on_home() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    to_plan_with_a_pick(&mut app);
    key(&mut app, KeyCode::Char('o'));
    support::chars(&mut app, "Leave at six on Fridays");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let latest = fs::read_to_string(dir.path().join("assessments/2026-11-20T21-40-00+0100.ron")).unwrap();
    assert!(latest.contains("Leave at six on Fridays"), "{latest}");
    key(&mut app, KeyCode::Esc);
    let home = support::screen(&app);
    assert!(home.contains("Your job-crafting plan"), "{home}");
    assert!(home.contains("Leave at six on Fridays"));
}

#[test]
fn home_shows_the_plan_after_a_start_that_resumed_in_a_chapter() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    to_plan_with_a_pick(&mut app);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    support::open_chapter_from_home(&mut app, 2);
    key(&mut app, KeyCode::Char('q'));
    drop(app);

    let mut app = app_at(dir.path(), (80, 24));
    assert_eq!(support::place(&app), support::Place::Chapter);
    // Not read for a start in a chapter: only Home shows it.
    assert!(app.journal.latest_take_loaded().is_none());
    key(&mut app, KeyCode::Esc);
    assert_eq!(support::place(&app), support::Place::Home);
    let home = support::screen(&app);
    assert!(home.contains("Your job-crafting plan"), "{home}");
}

#[test]
fn assessment_command_prints_the_latest_take_and_the_history() {
    let dir = support::copy_of("tests/fixtures/data");
    let run = |args: &[&str]| {
        let out =
            Command::new(env!("CARGO_BIN_EXE_mscwork")).arg("--data-dir").arg(dir.path()).args(args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert_snapshot!("cli_assessment_latest", run(&["assessment"]));
    assert_snapshot!("cli_assessment_history", run(&["assessment", "--history"]));
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .arg("--data-dir")
        .arg(empty.path())
        .arg("assessment")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("No self-assessment taken yet"));
}

#[test]
fn a_damaged_take_is_skipped_named_and_left_untouched() {
    let dir = support::copy_of("tests/fixtures/data");
    let bad = dir.path().join("assessments/2026-10-01T10-00-00+0200.ron");
    fs::write(&bad, "(version: 1, assessment: \"jdr\", taken: oops)").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .arg("--data-dir")
        .arg(dir.path())
        .arg("assessment")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2026-10-01T10-00-00+0200.ron:1:"));
    assert_eq!(fs::read_to_string(&bad).unwrap(), "(version: 1, assessment: \"jdr\", taken: oops)");
}

#[test]
fn chapter_8_compares_with_the_chapter_1_baseline() {
    let dir = support::copy_of("tests/fixtures/data");
    // A third take, so "previous" and "baseline" differ.
    let mut app = app_at(dir.path(), (100, 40));
    support::open_chapter_from_home(&mut app, 8);
    support::go_to_first(&mut app, "Assessment");
    key(&mut app, KeyCode::Enter);
    assert_eq!(support::place(&app), support::Place::Assessment);
    key(&mut app, KeyCode::Enter);
    let total = app.assessment_def().unwrap().item_count();
    answer_items(&mut app, total, '3');
    let text = support::screen(&app);
    if support::overlay(&app).is_some() {
        key(&mut app, KeyCode::Esc);
    }
    let text = format!("{text}{}", support::screen(&app));
    key(&mut app, KeyCode::PageDown);
    let text = words(&format!("{text}{}", support::screen(&app)));
    assert!(text.contains("Compared with your first take (baseline) (Tue 1 Sep 2026"), "{text}");
    let step = app.assess().unwrap().from_step.unwrap();
    assert!(app.is_step_done(step.0, step.1), "finishing the take marks the chapter 8 step done");
    // From Home the same take is compared with the one before it.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('r'));
    let first = support::screen(&app);
    key(&mut app, KeyCode::PageDown);
    let text = words(&format!("{first}{}", support::screen(&app)));
    assert!(text.contains("Compared with your previous take (Fri 20 Nov 2026"), "{text}");
}

/// A screen's words, one space apart: a sentence reads the same wrapped or not.
fn words(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

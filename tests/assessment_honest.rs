//! An honest assessment (issue 15, items 12 and 13): demands split into
//! challenges and hindrances, hindrances pointed to fierce
//! self-compassion, and the file's rules for both checked.

mod support;

use crossterm::event::KeyCode;
use mscwork::assessment;
use mscwork::content::{self, assessment::DemandKind};
use support::{app_at, chars, key, line_of, overlay, past_welcome, replace_in, screen, workbook_copy};

/// A screen's words, one space apart: a sentence reads the same wrapped or not.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Takes the assessment answering every hindrance item at the top of its
/// scale (reversed items at the bottom) and every other item "sometimes".
fn take_with_high_hindrances(app: &mut mscwork::app::App) {
    past_welcome(app);
    chars(app, "a");
    key(app, KeyCode::Char('d'));
    let def = app.assessment_def().unwrap().clone();
    for (scale, item) in def.items() {
        let answer = match (scale.demand, item.reverse) {
            (Some(DemandKind::Hindrance), false) => '5',
            (Some(DemandKind::Hindrance), true) => '1',
            _ => '3',
        };
        key(app, KeyCode::Char(answer));
    }
    if overlay(app).is_some() {
        key(app, KeyCode::Esc);
    }
}

#[test]
fn the_overview_splits_the_demands_into_challenges_and_hindrances() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 40));
    take_with_high_hindrances(&mut app);
    let text = words(&screen(&app));
    assert!(text.contains("Of the demands: challenges 3.0 (workload, complexity) · hindrances 5.0"), "{text}");
    assert!(text.contains("hindrances mostly drain it"), "{text}");
    assert!(text.contains("the middle answer, \"sometimes\""), "{text}");
}

#[test]
fn high_hindrances_point_to_fierce_self_compassion_in_the_overview_and_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 40));
    take_with_high_hindrances(&mut app);
    let mut overview = String::new();
    for _ in 0..4 {
        overview.push_str(&screen(&app));
        key(&mut app, KeyCode::PageDown);
    }
    let overview = words(&overview);
    assert!(overview.contains("chapter 4's fierce self-compassion"), "{overview}");
    // The plan tab: the direction that eases hindrances names the step.
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    let mut plan = String::new();
    for _ in 0..30 {
        plan.push_str(&screen(&app));
        key(&mut app, KeyCode::Down);
    }
    let plan = words(&plan);
    assert!(plan.contains("Ease the demands that get in the way"), "{plan}");
    assert!(
        plan.contains("Helps: \"Fierce self-compassion: protecting, providing, motivating\" in chapter 4"),
        "{plan}"
    );
}

#[test]
fn every_job_demand_is_a_challenge_or_a_hindrance_and_the_advice_rests_on_it() {
    let wb = content::builtin().unwrap();
    let def = wb.assessment.as_ref().unwrap();
    for s in def.scales.iter().filter(|s| s.group == content::assessment::Group::JobDemands) {
        assert!(s.demand.is_some(), "{} is neither a challenge nor a hindrance", s.id);
    }
    let mut scales = std::collections::BTreeMap::new();
    for s in &def.scales {
        let v = if s.demand == Some(DemandKind::Hindrance) { 4.0 } else { 2.0 };
        scales.insert(s.id.clone(), v);
    }
    let scores = assessment::Scores {
        scales,
        balances: Default::default(),
        demands: 3.0,
        resources: 2.0,
        quadrant: "high-strain".into(),
    };
    let ids: Vec<&str> = assessment::suggestions(def, &scores).iter().map(|d| d.id.as_str()).collect();
    assert!(ids.contains(&"decrease-hindering"), "{ids:?}");
    let direction = def.direction("decrease-hindering").unwrap();
    assert!(direction.steps.iter().any(|s| s.step == "fierce-self-compassion"), "{:?}", direction.steps);
}

#[test]
fn a_crafting_step_that_does_not_exist_and_a_demand_kind_on_an_outcome_are_errors_at_their_lines() {
    let dir = workbook_copy();
    let jdr = dir.path().join("assessment/jdr.ron");
    replace_in(&jdr, "step: \"fierce-self-compassion\"", "step: \"no-such-step\"");
    replace_in(&jdr, "group: Outcomes,", "group: Outcomes,\n            demand: Hindrance,");
    let errors = content::load(&content::Source::Folder(dir.path().to_path_buf())).unwrap_err().0;
    let step_line = line_of(&jdr, "no-such-step");
    assert!(
        errors
            .iter()
            .any(|e| e.line == step_line && e.message.contains("unknown step compassionate-voice/no-such-step")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.message.contains("only a job demand is a challenge or a hindrance")), "{errors:?}");
}

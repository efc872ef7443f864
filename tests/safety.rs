//! Safety (issue 15, items 1 and 3): an intake before the first chapter,
//! kept as seen and found again; support in tiers, with strain after the
//! assessment pointed to people who can help and crisis lines kept for
//! distress; help lines as data, each dated.

mod support;

use crossterm::event::KeyCode;
use mscwork::content::{self, HelpKind};
use support::{Place, app_at, chars, key, line_of, overlay, past_welcome, place, replace_in, screen, workbook_copy};

fn progress_file(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join("progress.ron")).unwrap_or_default()
}

#[test]
fn the_intake_comes_before_the_first_chapter_and_esc_leaves_it_unseen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Some("Before you begin"), "{}", screen(&app));
    let page = screen(&app);
    for who in ["crisis", "trauma", "depression", "lost someone", "inner critic"] {
        assert!(page.contains(who), "the intake does not mention {who:?}:\n{page}");
    }
    assert!(page.contains("Enter go on") && page.contains("Esc not now"), "{page}");

    // Not now: back on the chapter list, nothing stored, asked again next time.
    key(&mut app, KeyCode::Esc);
    assert_eq!((place(&app), overlay(&app)), (Place::Home, None));
    app.flush_progress(true);
    assert!(!progress_file(dir.path()).contains("intake_seen"), "{}", progress_file(dir.path()));
    key(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Some("Before you begin"));

    // Go on: the chapter opens, and the intake is stored as seen on disk.
    key(&mut app, KeyCode::Enter);
    assert_eq!((place(&app), app.chapter().number), (Place::Chapter, 1));
    app.flush_progress(true);
    assert!(progress_file(dir.path()).contains("intake_seen: true"), "{}", progress_file(dir.path()));
}

#[test]
fn once_seen_the_intake_stays_away_after_a_restart_and_i_shows_it_again() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app_at(dir.path(), (80, 24));
        past_welcome(&mut app);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Enter);
        assert_eq!(place(&app), Place::Chapter);
        app.flush_progress(true);
    }
    let mut app = app_at(dir.path(), (80, 24));
    if place(&app) == Place::Chapter {
        key(&mut app, KeyCode::Esc);
    }
    assert_eq!(place(&app), Place::Home);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!((place(&app), overlay(&app)), (Place::Chapter, None), "{}", screen(&app));

    // Asked for again from the chapter list: it closes rather than leads on.
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "i");
    assert_eq!(overlay(&app), Some("Before you begin"));
    assert!(screen(&app).contains("Esc close"), "{}", screen(&app));
    key(&mut app, KeyCode::Enter);
    assert_eq!((place(&app), overlay(&app)), (Place::Home, None));

    // And from any screen's help.
    chars(&mut app, "?");
    assert!(screen(&app).contains("before you begin"), "{}", screen(&app));
    chars(&mut app, "i");
    assert_eq!(overlay(&app), Some("Before you begin"));
}

#[test]
fn support_from_the_intake_shows_the_lines_and_the_intake_lists_them_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 60));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("113"), "{}", screen(&app));
    chars(&mut app, "h");
    assert_eq!(overlay(&app), Some("Support"));
}

#[test]
fn the_support_box_puts_crisis_lines_first_then_listening_then_care_and_says_when_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 60));
    past_welcome(&mut app);
    chars(&mut app, "h");
    let page = screen(&app);
    let at = |text: &str| page.find(text).unwrap_or_else(|| panic!("no {text:?} in\n{page}"));
    assert!(at("In a crisis, now") < at("To talk, when it is not a crisis"));
    assert!(at("To talk, when it is not a crisis") < at("When work weighs on you"));
    assert!(at("In a crisis, now") < at("113 Zelfmoordpreventie"));
    assert!(at("To talk, when it is not a crisis") < at("De Luisterlijn"));
    for line in ["1813", "988", "116 123", "112", "911", "findahelpline.com", "bedrijfsarts"] {
        at(line);
    }
    assert!(page.contains("checked on 3 December 2026"), "{page}");
}

#[test]
fn every_help_line_is_dated_and_each_tier_has_lines() {
    let wb = content::builtin().unwrap();
    let support = &wb.manifest.support;
    assert!(support.care.as_deref().is_some_and(|c| c.contains("occupational physician")));
    for line in &support.lines {
        let day = line.checked.as_deref().unwrap_or_else(|| panic!("{} has no checked date", line.name));
        assert!(chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(), "{day}");
    }
    for kind in [HelpKind::Crisis, HelpKind::Listening, HelpKind::Emergency, HelpKind::Directory] {
        assert!(support.lines.iter().any(|l| l.kind == kind), "no {kind:?} line");
    }
}

#[test]
fn a_help_line_dated_wrongly_is_an_error_at_its_line() {
    let dir = workbook_copy();
    let manifest = dir.path().join("workbook.ron");
    replace_in(
        &manifest,
        "checked: \"2026-12-03\"),\n            HelpLine(region: \"Belgium\"",
        "checked: \"3 Dec\"),\n            HelpLine(region: \"Belgium\"",
    );
    let errors = content::load(&content::Source::Folder(dir.path().to_path_buf())).unwrap_err().0;
    let line = line_of(&manifest, "\"3 Dec\"");
    assert!(errors.iter().any(|e| e.line == line && e.message.contains("YYYY-MM-DD")), "{errors:?}");
}

/// Every answer 5: exhaustion is high and the job is high strain.
fn take_under_strain(app: &mut mscwork::app::App) {
    past_welcome(app);
    chars(app, "a");
    key(app, KeyCode::Char('d'));
    let total = app.assessment_def().unwrap().item_count();
    for _ in 0..total {
        key(app, KeyCode::Char('5'));
    }
}

#[test]
fn strain_after_the_assessment_points_to_people_who_can_help_not_to_crisis_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 40));
    take_under_strain(&mut app);
    assert_eq!(overlay(&app), Some("Look after yourself"), "{}", screen(&app));
    let care = screen(&app);
    for who in ["GP", "occupational physician", "bedrijfsarts", "employee", "assistance programme", "someone you trust"]
    {
        assert!(care.contains(who), "no {who:?} in\n{care}");
    }
    for crisis in ["113", "988", "116 123", "Zelfmoordlijn"] {
        assert!(!care.contains(crisis), "a crisis line ({crisis}) in the care box:\n{care}");
    }
    assert!(care.contains("press h for crisis lines"), "{care}");
    chars(&mut app, "h");
    assert_eq!(overlay(&app), Some("Support"));
    assert!(screen(&app).contains("113"));
    key(&mut app, KeyCode::Esc);
    // The results say the same in their own words, without crisis lines.
    let results = screen(&app);
    assert!(!results.contains("113 Zelfmoordpreventie"), "{results}");
}

#[test]
fn a_distress_check_in_still_brings_the_crisis_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (100, 60));
    support::to_scale(&mut app);
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(overlay(&app), Some("Support"), "{}", screen(&app));
    let page = screen(&app);
    assert!(page.find("In a crisis, now").unwrap() < page.find("When work weighs on you").unwrap(), "{page}");
}

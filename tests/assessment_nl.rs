//! The self-assessment in Dutch (issue 17): the intro, an item and the
//! results speak Dutch, with a decimal comma, and nothing is cut at 80×24.

mod support;

use crossterm::event::KeyCode;
use mscwork::app::App;
use support::{app_at, checked_frame_at, header_note, key, render, screen};

/// A screen's words, one space apart: a sentence reads the same wrapped or not.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The app in Dutch on Home, the welcome closed (the helpers know boxes by
/// their English titles, so Enter closes it here).
fn dutch_app(dir: &std::path::Path) -> App {
    let mut app = app_at(dir, (80, 24));
    support::speak_dutch(&mut app);
    assert!(screen(&app).contains("┌ Welkom ─"), "{}", screen(&app));
    key(&mut app, KeyCode::Enter);
    app
}

/// Takes the assessment from Home, each item answered by `answer`.
fn take(app: &mut App, answer: impl Fn(bool) -> char) {
    key(app, KeyCode::Char('a'));
    key(app, KeyCode::Char('d'));
    let def = app.assessment_def().unwrap().clone();
    for (_, item) in def.items() {
        key(app, KeyCode::Char(answer(item.reverse)));
    }
    // High exhaustion opens the care box over the results.
    if screen(app).contains("┌ Zorg goed voor jezelf ─") {
        key(app, KeyCode::Esc);
    }
}

/// Every row of the scrolling page from top to bottom, each frame checked at 80×24.
fn whole_page(app: &mut App) -> String {
    let mut text = String::new();
    for _ in 0..8 {
        text.push_str(&checked_frame_at(app, 80, 24).join("\n"));
        key(app, KeyCode::PageDown);
    }
    text
}

#[test]
fn the_intro_and_an_item_speak_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = dutch_app(dir.path());
    key(&mut app, KeyCode::Char('a'));
    let count = app.assessment_def().unwrap().item_count();
    assert_eq!(header_note(&app), format!("{count} uitspraken"));
    let intro = words(&screen(&app));
    assert!(intro.contains(&format!("Druk op Enter om te beginnen: {count} korte uitspraken")), "{intro}");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('3'));
    let item = words(&checked_frame_at(&app, 80, 24).join("\n"));
    assert!(item.contains(&format!("1/{count} beantwoord")), "{item}");
    assert!(item.contains("Taakeisen · Werkdruk en tijdsdruk"), "{item}");
    assert!(item.contains("Druk op 1–5 om te antwoorden"), "{item}");
    key(&mut app, KeyCode::Esc);
    assert!(support::status(&app).starts_with("Je antwoorden zijn bewaard"), "{}", support::status(&app));
}

#[test]
fn the_results_speak_dutch_with_a_decimal_comma_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = dutch_app(dir.path());
    take(&mut app, |_| '3');
    assert_eq!(header_note(&app), "Overzicht");
    assert_eq!(support::status(&app), "Opgeslagen. Dit is je uitslag");
    insta::assert_snapshot!("results_overview_nl_80x24", render(&app).backend());

    let overview = whole_page(&mut app);
    let text = words(&overview);
    for said in [
        "meting 1 van 1",
        "Waar je staat: Actief / bevlogen",
        "Taakeisen 3,0 (gemiddeld) · hulpbronnen 3,0 (gemiddeld)",
        "Van de taakeisen: uitdagende 3,0",
        "belemmerende taakeisen putten je vooral uit",
        "het middelste antwoord, “soms”",
        "hulpbronnen vanaf 3,0",
        "taakeisen onder 3,0",
        "Zelfcompassie op het werk: drie balansen",
        "van 1 tot 5; hoger is vriendelijker",
    ] {
        assert!(text.contains(said), "{said:?} not in\n{overview}");
    }
    assert!(!text.contains("3.0"), "a decimal point in Dutch:\n{overview}");

    key(&mut app, KeyCode::Tab);
    assert_eq!(header_note(&app), "Grafiek");
    let chart = whole_page(&mut app);
    assert!(words(&chart).contains("van 1 (nooit) tot 5 (altijd)"), "{chart}");
    // The band column is as wide as "gemiddeld", and a gap before the bar.
    assert!(chart.contains("3,0 gemiddeld █"), "{chart}");

    key(&mut app, KeyCode::Tab);
    assert_eq!(header_note(&app), "Schalen");
    let scales = whole_page(&mut app);
    let text = words(&scales);
    for said in [
        "Nog geen eerdere meting om mee te vergelijken.",
        "▽ lager is beter · niveaus: laag onder 2,5, gemiddeld 2,5–3,5, hoog boven 3,5",
        "score niveau verandering",
        "Hulpbronnen in je werk",
        "Wat elke schaal betekent",
        "Lager is beter. Een belemmerende taakeis. Merkbare verandering: 0,",
        "De niveaus (laag, gemiddeld, hoog)",
    ] {
        assert!(text.contains(said), "{said:?} not in\n{scales}");
    }
    assert!(!text.contains("3.0") && !text.contains("moderate"), "{scales}");
    for row in scales.lines().filter(|r| r.contains("gemiddel")) {
        assert!(row.contains("gemiddeld"), "a band word cut: {row}");
    }
}

#[test]
fn changes_are_said_as_beter_or_slechter_with_their_sign() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = dutch_app(dir.path());
    take(&mut app, |_| '3');
    key(&mut app, KeyCode::Esc);
    support::wait(&mut app, 7 * 24 * 3600);
    // Every scale a whole point higher: 4 on each statement, 2 on a reversed one.
    take(&mut app, |reverse| if reverse { '2' } else { '4' });
    let overview = words(&whole_page(&mut app));
    assert!(overview.contains("Vergeleken met je vorige meting ("), "{overview}");
    assert!(overview.contains("Autonomie ↑ beter"), "{overview}");
    assert!(overview.contains("Werkdruk en tijdsdruk ↑ slechter"), "{overview}");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let scales = whole_page(&mut app);
    assert!(words(&scales).contains("Verandering sinds je vorige meting,"), "{scales}");
    let row = |name: &str| scales.lines().find(|r| r.contains(name)).unwrap_or_default().to_string();
    assert!(row("Werkdruk en tijdsdruk").contains("4,0   hoog      +1,0 ↑ slechter  "), "{scales}");
    assert!(row("Autonomie").contains("+1,0 ↑ beter"), "{scales}");
}

/// An intention picked from the English ideas is the same idea, ticked, in
/// Dutch, not an intention of the user's own in the other language.
#[test]
fn a_plan_picked_in_english_is_the_same_plan_in_dutch() {
    let dir = support::copy_of("tests/fixtures/data");
    let mut app = app_at(dir.path(), (80, 24));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('r'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    let english = screen(&app);
    assert!(english.contains("[x]"), "{english}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);

    support::speak_dutch(&mut app);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('r'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    let dutch = screen(&app);
    let ticked: Vec<&str> = dutch.lines().filter(|l| l.contains("[x]")).collect();
    assert_eq!(ticked.len(), 1, "one idea ticked:\n{dutch}");
    let def = app.assessment_def().unwrap();
    let second_idea = def.crafting.iter().flat_map(|c| &c.ideas).map(|i| words(i)).collect::<Vec<_>>();
    let ticked_text = words(&dutch[dutch.find("[x]").unwrap()..]);
    assert!(second_idea.iter().any(|i| ticked_text.starts_with(&format!("[x] {}", &i[..20]))), "{dutch}");
    let whole = whole_page(&mut app);
    assert!(!whole.contains("Je eigen voornemens"), "no intention of the user's own:\n{whole}");
    assert!(!whole.contains("Stand up and take three slow breaths"), "no English idea:\n{whole}");
}

//! Two built-in workbooks (issue 18): Selfcare for Healthcare beside
//! MSC@Work, each checked in both languages, each chapter meeting the
//! content brief, and each keeping its own answers in the one data folder.

#[path = "common/pty.rs"]
#[allow(dead_code)] // Starting, typing and waiting are used here; signals are not.
mod pty;

use std::process::Command;
use std::time::Duration;

use mscwork::content::assessment::Group;
use mscwork::content::{PracticeKind, Step, builtin_id_in, stats};
use mscwork::i18n::Lang;
use pty::{ENTER, ESC, TIMEOUT, Tui};

fn mscwork(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork")).args(args).env_remove("MSCWORK_DATA_DIR").output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into(), out.status.success())
}

#[test]
fn check_passes_for_both_workbooks_in_both_languages() {
    let (out, err, ok) = mscwork(&["check"]);
    assert!(ok, "{err}");
    for line in ["ok: 8 chapters", "ok: nl: 8 chapters", "ok: healthcare: 8 chapters", "ok: healthcare: nl: 8 chapters"]
    {
        assert!(out.lines().any(|l| l.starts_with(line)), "{line:?} missing:\n{out}");
    }
    let (out, err, ok) = mscwork(&["--workbook-id", "healthcare", "check"]);
    assert!(ok && out.starts_with("ok: healthcare: 8 chapters") && !out.contains("ok: 8 chapters"), "{out}{err}");
    let (_, err, ok) = mscwork(&["--workbook-id", "nursing", "check"]);
    assert!(!ok && err.contains("msc-at-work, healthcare"), "{err}");
}

#[test]
fn every_healthcare_chapter_meets_the_content_brief_in_both_languages() {
    for lang in Lang::ALL {
        let wb = builtin_id_in("healthcare", lang).expect("built in").expect("valid");
        assert_eq!(wb.manifest.language, lang.code());
        assert_eq!(wb.chapters.len(), 8);
        for c in &wb.chapters {
            let s = stats::chapter_stats(c);
            let at = format!("{}: chapter {} {}", lang.code(), c.number, c.id);
            assert!(s.teaching_words >= 1200, "{at}: {} words of teaching", s.teaching_words);
            assert!(s.practices.iter().any(|p| p.kind == PracticeKind::Formal), "{at}: no formal practice");
            assert!(s.practices.iter().any(|p| p.kind == PracticeKind::Informal), "{at}: no informal practice");
            assert!(s.reflections >= 3, "{at}: {} reflections", s.reflections);
            assert!(c.steps.iter().any(|s| matches!(s, Step::Scale(_))), "{at}: no check-in");
        }
        let def = wb.assessment.as_ref().expect("a questionnaire");
        for (id, group) in [
            ("patient-suffering", Group::JobDemands),
            ("moral-distress", Group::JobDemands),
            ("documentation", Group::JobDemands),
            ("on-call", Group::JobDemands),
            ("debriefing", Group::JobResources),
        ] {
            let scale = def.scales.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("{id} missing"));
            assert_eq!(scale.group, group, "{id}");
        }
        let paths: Vec<&str> = wb.paths.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(paths, ["eight-weeks", "six-weeks", "four-weeks"], "{}", lang.code());
        let weeks: Vec<usize> = wb.paths.iter().map(|p| p.weeks.len()).collect();
        assert_eq!(weeks, [8, 6, 4]);
    }
}

/// The header's right-hand side, such as "Reflection · step 4/15".
fn header(screen: &str) -> &str {
    screen.lines().next().unwrap_or("")
}

/// From the chapter list: opens the selected chapter, goes to its first
/// Reflection, writes `text` and leaves the editor (which saves).
fn write_first_reflection(tui: &mut Tui, text: &str) {
    tui.open_from_home(TIMEOUT);
    for _ in 0..20 {
        if header(&tui.screen()).contains("Reflection · step") {
            break;
        }
        let before = header(&tui.screen()).to_string();
        tui.send(b"n");
        tui.wait_until("the next step", TIMEOUT, |s| header(s) != before);
    }
    tui.send(ENTER);
    tui.wait_until("the editor", TIMEOUT, |s| header(s).contains("writing ·"));
    tui.send(text.as_bytes());
    tui.wait_for(text, TIMEOUT);
    tui.send(ESC);
    tui.wait_until("the saved answer", TIMEOUT, |s| !header(s).contains("writing ·") && s.contains(&text[..20]));
    tui.send(ESC);
}

/// q on the chapter list, and a clean exit.
fn quit(tui: &mut Tui) {
    tui.send(b"q");
    assert!(tui.wait_exit(Duration::from_secs(5)).success());
}

/// Settings, down to the Workbook row, one step along.
fn switch_workbook(tui: &mut Tui, to: &str) {
    tui.send(b"s");
    tui.wait_for("Workbook", TIMEOUT);
    for _ in 0..8 {
        tui.send(b"j");
    }
    tui.send(b"l");
    // Said on the status line, or, on the workbook's first start, its title
    // above its own welcome.
    tui.wait_until(&format!("{to} open"), TIMEOUT, |s| {
        s.contains(&format!("Now open: {to}")) || s.lines().take(2).any(|l| l.contains(to))
    });
}

#[test]
fn switching_workbooks_and_back_loses_nothing_and_mixes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let work = "At work I stopped for one breath before the meeting 41c";
    let care = "On the ward I let the grief be there for a moment 9d2e";

    let mut tui = Tui::start(data.path());
    tui.wait_for("Welcome", TIMEOUT);
    tui.send(ENTER);
    tui.wait_for("1. Building Strengths", TIMEOUT);
    write_first_reflection(&mut tui, work);
    // The chapter list, not the chapter: Esc and a key sent together read as Alt.
    tui.wait_for("2. Being Mindful", TIMEOUT);

    switch_workbook(&mut tui, "Selfcare for Healthcare");
    // Its own first start: its own welcome.
    tui.wait_for("Welcome", TIMEOUT);
    tui.send(ENTER);
    // On the chapter list already: the welcome came over it.
    tui.wait_until("the welcome closed", TIMEOUT, |s| !s.contains("┌ Welcome"));
    tui.wait_for("2. Mindful on the Ward", TIMEOUT);
    write_first_reflection(&mut tui, care);
    tui.wait_for("2. Mindful on the Ward", TIMEOUT);

    switch_workbook(&mut tui, "Mindful Self-Compassion at Work");
    tui.send(ESC);
    tui.wait_for("2. Being Mindful", TIMEOUT);
    quit(&mut tui);
    drop(tui);

    // On disk: each answer in its own workbook's folder.
    let msc = std::fs::read_dir(data.path().join("answers/building-strengths")).unwrap().count();
    assert!(msc > 0);
    assert!(data.path().join("workbooks/healthcare/answers/care-for-the-carer").is_dir());
    assert!(!data.path().join("answers/care-for-the-carer").exists(), "no healthcare chapter among MSC@Work's");

    // The export of each holds its own words only; the setting is remembered.
    let dir = data.path().to_str().unwrap();
    let (msc_export, err, ok) = mscwork(&["--data-dir", dir, "--workbook-id", "msc-at-work", "export"]);
    assert!(ok, "{err}");
    assert!(msc_export.contains(work) && !msc_export.contains(care), "{msc_export}");
    let (care_export, err, ok) = mscwork(&["--data-dir", dir, "--workbook-id", "healthcare", "export"]);
    assert!(ok, "{err}");
    assert!(care_export.contains(care) && !care_export.contains(work), "{care_export}");

    let (both, err, ok) = mscwork(&["--data-dir", dir, "export", "--all-workbooks"]);
    assert!(ok, "{err}");
    let (at_work, in_care) = (both.find(work).expect("MSC@Work's answer"), both.find(care).expect("the care answer"));
    assert!(at_work < in_care, "in the order of the workbooks:\n{both}");
    assert!(both.contains("# My workbook: Selfcare for Healthcare"), "{both}");

    // A new start opens the workbook chosen last, with its answer.
    let mut tui = Tui::start(data.path());
    // It resumes in the chapter left last; Esc goes to the chapter list.
    tui.wait_for("1. Building Strengths", TIMEOUT);
    tui.send(ESC);
    tui.wait_for("2. Being Mindful", TIMEOUT);
    switch_workbook(&mut tui, "Selfcare for Healthcare");
    tui.send(ESC);
    tui.wait_for("2. Mindful on the Ward", TIMEOUT);
    quit(&mut tui);
    let (care_again, _, _) = mscwork(&["--data-dir", dir, "--workbook-id", "healthcare", "export"]);
    assert!(care_again.contains(care), "{care_again}");
}

#[path = "support/mod.rs"]
mod support;

/// On the first start the welcome offers the other workbook: `o` opens it
/// with its own welcome, remembers the choice, and the first one's data
/// folder is left as it was.
#[test]
fn the_first_welcome_offers_the_other_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = support::app_at(dir.path(), (80, 24));
    let first = support::screen(&app);
    assert!(first.contains("Do you work in care? Press o for Selfcare for Healthcare"), "{first}");
    support::key(&mut app, crossterm::event::KeyCode::Char('o'));
    assert_eq!(app.workbook.manifest.id, "healthcare");
    assert_eq!(app.journal.settings().workbook.as_deref(), Some("healthcare"));
    let second = support::screen(&app);
    assert!(second.contains("Not working in care? Press o for Mindful Self-Compassion at Work"), "{second}");
    support::key(&mut app, crossterm::event::KeyCode::Enter);
    let home = support::screen(&app);
    assert!(home.contains("1. Caring for the Carer") && !home.contains("Do you work in care"), "{home}");
    assert!(dir.path().join("workbooks/healthcare").is_dir());
    assert!(!dir.path().join("progress.ron").exists(), "nothing written for the workbook not chosen");
    // Once welcomed, o offers nothing: the welcome read again is only the welcome.
    support::key(&mut app, crossterm::event::KeyCode::Char('?'));
    support::key(&mut app, crossterm::event::KeyCode::Char('w'));
    support::key(&mut app, crossterm::event::KeyCode::Char('o'));
    assert_eq!(app.workbook.manifest.id, "healthcare");
}

/// A `workbooks` link planted in the data folder would send a workbook's
/// private answers elsewhere: it is refused, and nothing is written there.
#[test]
fn a_planted_workbooks_link_is_refused_and_nothing_is_written_through_it() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("settings.ron"), "(version: 1)").unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), data.path().join("workbooks")).unwrap();
    let args = [
        std::ffi::OsStr::new("--data-dir"),
        data.path().as_os_str(),
        std::ffi::OsStr::new("--workbook-id"),
        std::ffi::OsStr::new("healthcare"),
    ];
    let mut tui = Tui::start_args(data.path(), &args, &[]);
    let status = tui.wait_exit(Duration::from_secs(5));
    assert!(!status.success());
    let screen = tui.screen();
    assert!(screen.contains("workbooks") && screen.contains("symbolic link"), "{screen}");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0, "nothing written through the link");
}

/// Writes `text` in the first Reflection of chapter 1 of the open workbook
/// and goes back to the chapter list.
fn write_in_chapter_one(app: &mut mscwork::app::App, text: &str) {
    use crossterm::event::KeyCode;
    support::past_welcome(app);
    support::open_chapter(app, 1);
    support::go_to_first(app, "Reflection");
    support::key(app, KeyCode::Enter);
    support::chars(app, text);
    support::key(app, KeyCode::Esc);
    support::key(app, KeyCode::Esc);
}

/// History shows the open workbook's answers, and with `w` every
/// workbook's: the other's marked by its initial, read but not written.
#[test]
fn history_shows_one_workbook_or_all() {
    use crossterm::event::KeyCode;
    let dir = tempfile::tempdir().unwrap();
    let mut app = support::app_at(dir.path(), (80, 24));
    write_in_chapter_one(&mut app, "Kind words after the stand-up 5a1");
    app.switch_workbook("healthcare");
    write_in_chapter_one(&mut app, "A slow breath at the bedside 7c3");
    support::chars(&mut app, "r");
    let one = support::screen(&app);
    assert!(one.contains("A slow breath at the bedside") && !one.contains("Kind words"), "{one}");
    support::chars(&mut app, "w");
    let all = support::screen(&app);
    assert!(all.contains("All workbooks"), "{all}");
    assert!(all.contains("A slow breath at the bedside") && all.contains("M1. "), "{all}");
    assert!(all.contains("Kind words after the stand-up"), "{all}");
    // The other workbook's answer reads whole, under its workbook's title.
    let at = support::screen(&app).lines().position(|l| l.contains("Kind words")).unwrap();
    let selected = support::screen(&app).lines().position(|l| l.trim_start().starts_with('>')).unwrap();
    let key = if at > selected { KeyCode::Down } else { KeyCode::Up };
    for _ in 0..at.abs_diff(selected) {
        support::key(&mut app, key);
    }
    support::key(&mut app, KeyCode::Enter);
    let reading = support::screen(&app);
    assert!(reading.contains("Mindful Self-Compassion at Work") && reading.contains("Kind words"), "{reading}");
    support::chars(&mut app, "w");
    assert!(
        support::status(&app).starts_with("This answer is in Mindful Self-Compassion at Work"),
        "{}",
        support::status(&app)
    );
    assert_eq!(app.workbook.manifest.id, "healthcare", "nothing opened in the other workbook");
    // And back to the open workbook's only.
    support::key(&mut app, KeyCode::Esc);
    support::chars(&mut app, "w");
    let again = support::screen(&app);
    assert!(!again.contains("Kind words") && again.contains("A slow breath"), "{again}");
}

/// Choices are saved as the words picked; in the other language the same
/// options show picked (by their place), and choosing again starts from them.
#[test]
fn a_choice_made_in_dutch_is_the_same_choice_in_english() {
    use crossterm::event::KeyCode;
    use mscwork::journal::Settings;
    let dir = tempfile::tempdir().unwrap();
    let mut app = support::app_at(dir.path(), (100, 40));
    app.switch_workbook("healthcare");
    support::past_welcome(&mut app);
    // Dutch, as the Language row in Settings would do it.
    app.journal.update_settings(|s: &mut Settings| s.language = Some(Lang::Nl)).unwrap();
    app.apply_language_setting();
    assert_eq!(app.workbook.manifest.language, "nl");
    support::open_chapter(&mut app, 1);
    support::go_to_step(&mut app, "my-rules");
    support::key(&mut app, KeyCode::Enter);
    support::key(&mut app, KeyCode::Char(' '));
    support::key(&mut app, KeyCode::Enter);
    let dutch = support::screen(&app);
    let picked = dutch.lines().find(|l| l.contains("[x]")).unwrap().to_string();
    app.journal.update_settings(|s: &mut Settings| s.language = Some(Lang::En)).unwrap();
    app.apply_language_setting();
    assert_eq!((app.workbook.manifest.language.as_str(), app.workbook.manifest.id.as_str()), ("en", "healthcare"));
    let english = support::screen(&app);
    let ticked: Vec<&str> = english.lines().filter(|l| l.contains("[x]")).collect();
    assert_eq!(ticked.len(), 1, "the first option ticked in English too:\n{english}\n(Dutch: {picked})");
    let first = match app.step() {
        Step::Choice(c) => c.options[0].clone(),
        _ => panic!("not on the choice"),
    };
    assert!(ticked[0].contains(&first[..first.len().min(20)]), "{english}");
    // Choosing again starts from it.
    support::key(&mut app, KeyCode::Enter);
    assert!(support::screen(&app).lines().any(|l| l.contains("[x]") && l.contains(&first[..first.len().min(20)])));
}

/// Until a workbook is chosen, the welcome read again still offers the other.
#[test]
fn the_welcome_read_again_offers_the_other_workbook_until_one_is_chosen() {
    use crossterm::event::KeyCode;
    let dir = tempfile::tempdir().unwrap();
    let mut app = support::app_at(dir.path(), (80, 24));
    support::key(&mut app, KeyCode::Enter);
    assert!(!support::screen(&app).contains("Do you work in care?"));
    support::chars(&mut app, "w");
    assert!(support::screen(&app).contains("Do you work in care? Press o"), "{}", support::screen(&app));
    support::chars(&mut app, "o");
    assert_eq!(app.workbook.manifest.id, "healthcare");
}

/// A pointer speaks to what the answers show: a low mindfulness balance
/// with a kind one points to noticing, not to "being on your own side".
#[test]
fn a_low_mindfulness_balance_alone_does_not_say_self_kindness_is_hard() {
    for id in ["msc-at-work", "healthcare"] {
        let wb = builtin_id_in(id, Lang::En).unwrap().unwrap();
        let def = wb.assessment.as_ref().unwrap();
        // Kind and connected, but swept along: mindfulness low, over-identification high.
        let answers = def
            .items()
            .map(|(scale, item)| {
                let value: u8 = match scale.id.as_str() {
                    "self-kindness" | "common-humanity" => 5,
                    "self-judgement" | "isolation" => 1,
                    "mindfulness" => 1,
                    "over-identification" => 5,
                    _ => 3,
                };
                (item.id.clone(), if item.reverse { 6 - value } else { value })
            })
            .collect();
        let scores = mscwork::assessment::score(def, &answers).unwrap();
        let said: Vec<&str> = mscwork::assessment::pointers(def, &scores).iter().map(|p| p.text.as_str()).collect();
        assert!(!said.iter().any(|t| t.contains("on your own side")), "{id}: {said:#?}");
        assert!(said.iter().any(|t| t.contains("take over your thoughts")), "{id}: {said:#?}");
    }
}

/// A data folder whose only mscwork data is another workbook's is known as
/// mscwork's; a folder of someone's own files with a `workbooks/` of theirs is not.
#[test]
fn another_workbooks_data_makes_a_folder_mscworks_and_a_stranger_workbooks_does_not() {
    let ours = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(ours.path().join("workbooks/healthcare")).unwrap();
    std::fs::write(ours.path().join("workbooks/healthcare/progress.ron"), "(version: 1)").unwrap();
    std::fs::write(ours.path().join("notes.txt"), "mine").unwrap();
    assert!(mscwork::journal::Journal::open_book(ours.path(), "healthcare").is_ok());

    let theirs = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(theirs.path().join("workbooks/excel")).unwrap();
    std::fs::write(theirs.path().join("workbooks/excel/budget.xlsx"), "numbers").unwrap();
    std::fs::write(theirs.path().join("notes.txt"), "mine").unwrap();
    let Err(refused) = mscwork::journal::Journal::open_book(theirs.path(), "healthcare") else {
        panic!("a folder of someone else's files was taken as the data folder")
    };
    assert!(refused.to_string().contains("none of mscwork's"), "{refused}");
    assert!(!theirs.path().join("workbooks/healthcare").exists(), "nothing written there");
}

/// A planted link where a workbook's data would be is never read or
/// written through: not by a switch (which is then not remembered), not by
/// History with every workbook, not by the plain commands.
#[test]
fn a_linked_workbook_folder_is_not_read_through_and_a_refused_switch_is_not_remembered() {
    use crossterm::event::KeyCode;
    let data = tempfile::tempdir().unwrap();
    let victim = tempfile::tempdir().unwrap();
    // Someone else's "healthcare answers" waiting behind the link.
    let planted = victim.path().join("healthcare/answers/care-for-the-carer");
    std::fs::create_dir_all(&planted).unwrap();
    std::fs::write(planted.join("recent.ron"), "(version: 1)").unwrap();
    let mut app = support::app_at(data.path(), (80, 24));
    support::past_welcome(&mut app);
    std::os::unix::fs::symlink(victim.path(), data.path().join("workbooks")).unwrap();

    app.switch_workbook("healthcare");
    assert_eq!(app.workbook.manifest.id, "msc-at-work", "refused");
    assert!(support::status(&app).contains("symbolic link"), "{}", support::status(&app));
    assert_eq!(app.journal.settings().workbook, None, "a refused switch is not saved as the choice");

    support::chars(&mut app, "r");
    support::chars(&mut app, "w");
    let said: Vec<String> = support::screen(&app).split_whitespace().map(str::to_string).collect();
    assert!(said.join(" ").contains("workbooks: is a symbolic link"), "{}", support::screen(&app));
    assert!(!support::screen(&app).contains("S1."), "nothing read through the link");

    let dir = data.path().to_str().unwrap();
    let (out, err, ok) = mscwork(&["--data-dir", dir, "--workbook-id", "healthcare", "chapters"]);
    assert!(!ok && err.contains("workbooks") && err.contains("symbolic link"), "{out}{err}");
    let (_, err, ok) = mscwork(&["--data-dir", dir, "export", "--all-workbooks"]);
    assert!(!ok && err.contains("symbolic link"), "{err}");
    support::key(&mut app, KeyCode::Esc);
}

/// A planted link in place of mscwork's own answers folder makes the data
/// folder refused before anything is written.
#[test]
fn a_linked_answers_folder_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let victim = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("settings.ron"), "(version: 1)").unwrap();
    std::os::unix::fs::symlink(victim.path(), data.path().join("answers")).unwrap();
    let Err(refused) = mscwork::journal::Journal::open(data.path()) else { panic!("opened through a link") };
    assert!(refused.to_string().contains("answers") && refused.to_string().contains("symbolic link"), "{refused}");
    assert_eq!(std::fs::read_dir(victim.path()).unwrap().count(), 0);
}

/// Words typed and then all deleted are saved as written (an empty
/// version), but an empty answer does not tick the step as done.
#[test]
fn an_answer_typed_and_deleted_does_not_finish_the_step() {
    use crossterm::event::KeyCode;
    let dir = tempfile::tempdir().unwrap();
    let mut app = support::app_at(dir.path(), (80, 24));
    support::past_welcome(&mut app);
    support::open_chapter(&mut app, 1);
    support::go_to_first(&mut app, "Reflection");
    let (chapter, step) = (app.view.chapter, app.view.step);
    support::key(&mut app, KeyCode::Enter);
    support::chars(&mut app, "abc");
    // Saved after the idle pause, as the words were typed: done for now.
    support::wait(&mut app, 3);
    assert!(app.is_step_done(chapter, step));
    for _ in 0..3 {
        support::key(&mut app, KeyCode::Backspace);
    }
    support::key(&mut app, KeyCode::Esc);
    assert!(!app.is_step_done(chapter, step), "an empty answer does not finish the step");
    support::key(&mut app, KeyCode::Enter);
    support::chars(&mut app, "a real answer");
    support::key(&mut app, KeyCode::Esc);
    assert!(app.is_step_done(chapter, step));
}

//! mscwork in Dutch (issue 17): the built-in Dutch workbook is the English
//! one in other words, the language comes from --lang, the setting or the
//! locale, and changing it loses nothing.

mod support;

use std::process::Command;

use crossterm::event::KeyCode;
use mscwork::content::{self, agree};
use mscwork::i18n::Lang;
use support::{Place, app_at, chars, key, place, screen, workbook_copy};

fn mscwork(args: &[&str], env: &[(&str, &str)]) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mscwork"));
    cmd.args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn the_dutch_workbook_is_the_english_one_in_other_words() {
    let en = content::builtin().unwrap();
    let nl = content::builtin_in(Lang::Nl).expect("a Dutch workbook is built in").unwrap();
    assert_eq!(nl.manifest.language, "nl");
    assert_eq!(agree::differences(&en, &nl), Vec::<String>::new());
    assert_ne!(en.chapters[0].title, nl.chapters[0].title);
    let answers = &nl.assessment.as_ref().unwrap().answers;
    assert_eq!(answers, &["nooit", "zelden", "soms", "vaak", "altijd"]);
    // Dutch help lines first.
    assert!(nl.manifest.support.lines[0].contact.contains("113"), "{:?}", nl.manifest.support.lines[0]);
    let (out, err, code) = mscwork(&["check"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ok: nl: 8 chapters"), "{out}");
}

#[test]
fn a_translation_that_differs_is_refused_by_check_naming_the_step() {
    let dir = workbook_copy();
    let nl = dir.path().join("nl/chapters/02-being-mindful.ron");
    // One cue fewer in the Dutch Soles of the Feet than in the English.
    let text = std::fs::read_to_string(&nl).unwrap();
    let at = text.find("id: \"soles-of-the-feet\"").unwrap();
    let cues = at + text[at..].find("cues: [").unwrap() + "cues: [".len();
    let first_end = cues + text[cues..].find("\",\n").unwrap() + 3;
    std::fs::write(&nl, format!("{}{}", &text[..cues], &text[first_end..])).unwrap();
    let (_, err, code) = mscwork(&["check", dir.path().to_str().unwrap()], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Nederlands") && err.contains("being-mindful/soles-of-the-feet"), "{err}");
    assert!(err.contains("cues against"), "{err}");
}

#[test]
fn the_language_comes_from_lang_then_the_setting_then_the_locale() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    let first = |out: &str| out.lines().next().unwrap_or_default().to_string();
    let (en, _, _) = mscwork(&["--data-dir", d, "chapters"], &[("LANG", "C.UTF-8")]);
    assert!(first(&en).contains("Building Strengths"), "{en}");
    let (nl, _, _) = mscwork(&["--data-dir", d, "chapters"], &[("LANG", "nl_NL.UTF-8")]);
    assert!(first(&nl).contains("Sterker in je werk"), "{nl}");
    // LC_ALL goes before LANG, as for any program.
    let (all, _, _) = mscwork(&["--data-dir", d, "chapters"], &[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "en_GB.UTF-8")]);
    assert!(first(&all).contains("Building Strengths"), "{all}");
    let (flag, _, _) = mscwork(&["--data-dir", d, "--lang", "nl", "chapters"], &[("LANG", "en_GB.UTF-8")]);
    assert!(first(&flag).contains("Sterker in je werk"), "{flag}");
    // The ids stay the same: one journal in either language.
    assert_eq!(first(&en).split('\t').nth(1), first(&nl).split('\t').nth(1));
    // A setting goes before the locale; --lang before the setting.
    std::fs::write(data.path().join("settings.ron"), "(version: 1, language: Some(nl))").unwrap();
    let (set, _, _) = mscwork(&["--data-dir", d, "chapters"], &[("LANG", "en_GB.UTF-8")]);
    assert!(first(&set).contains("Sterker in je werk"), "{set}");
    let (over, _, _) = mscwork(&["--data-dir", d, "--lang", "en", "chapters"], &[]);
    assert!(first(&over).contains("Building Strengths"), "{over}");
    let (_, err, code) = mscwork(&["--lang", "de", "chapters"], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("use en or nl"), "{err}");
}

#[test]
fn switching_to_dutch_in_settings_keeps_every_answer_and_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    support::open_chapter_from_home(&mut app, 1);
    support::go_to_first(&mut app, "Reflection");
    let step = app.step().id().clone();
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Mijn antwoord blijft");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    chars(&mut app, "s");
    for _ in 0..6 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Right);
    assert_eq!(app.lang, Lang::Nl);
    let settings = screen(&app);
    assert!(settings.contains("Instellingen") && settings.contains("‹ Nederlands ›"), "{settings}");
    key(&mut app, KeyCode::Esc);
    assert_eq!(place(&app), Place::Home);
    let home = screen(&app);
    assert!(home.contains("Verder: 1") && home.contains("Sterker in je werk"), "{home}");
    // The same step, now in Dutch, with the answer written in English mode.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.step().id(), &step);
    assert!(screen(&app).contains("Mijn antwoord blijft"), "{}", screen(&app));
    let file = std::fs::read_to_string(dir.path().join("settings.ron")).unwrap();
    assert!(file.contains("language: Some(nl)"), "{file}");
}

#[test]
fn plurals_and_variables_follow_each_language() {
    use mscwork::i18n::text::args;
    let say = |lang, n: usize| {
        mscwork::i18n::tr_args(
            lang,
            "ui-practice-done-before",
            Some(&args(&[("count", n.into()), ("date", "Tue 1 Dec 2026, 21:00".into())])),
        )
    };
    assert!(
        say(Lang::En, 1).starts_with("You have done this practice once; last on Tue 1 Dec"),
        "{}",
        say(Lang::En, 1)
    );
    assert!(say(Lang::En, 3).starts_with("You have done this practice 3 times;"), "{}", say(Lang::En, 3));
    assert!(say(Lang::Nl, 1).starts_with("Je hebt deze oefening één keer gedaan"), "{}", say(Lang::Nl, 1));
    assert!(say(Lang::Nl, 3).starts_with("Je hebt deze oefening 3 keer gedaan"), "{}", say(Lang::Nl, 3));
    // No invisible isolation marks around variables in a terminal.
    assert!(!say(Lang::Nl, 3).contains('\u{2068}'), "{:?}", say(Lang::Nl, 3));
    assert_eq!(Lang::Nl.day(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(), "%a %-d %b"), "ma 7 dec");
}

#[test]
fn home_in_dutch_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    support::speak_dutch(&mut app);
    assert!(screen(&app).contains("┌ Welkom ─"), "{}", screen(&app));
    key(&mut app, KeyCode::Enter);
    support::checked_frame_at(&app, 80, 24);
    insta::assert_snapshot!("home_nl_80x24", support::render(&app).backend());
}

#[test]
fn today_speaks_dutch_with_lang_nl() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("settings.ron"),
        "(version: 1, course: Some((path: \"eight-weeks\", start: \"2026-11-30\", pace: Calendar)))",
    )
    .unwrap();
    let d = data.path().to_str().unwrap();
    let (out, err, code) = mscwork(&["--data-dir", d, "--lang", "nl", "today", "--date", "2026-12-06"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Week 1 van 8 · "), "{out}");
    assert!(out.contains("Vandaag: ") && out.contains("(hoofdstuk 1)"), "{out}");
    assert!(out.contains("Laatste dag van de week: tijd voor"), "{out}");
    let (en, _, _) = mscwork(&["--data-dir", d, "--lang", "en", "today", "--date", "2026-12-06"], &[]);
    assert!(en.starts_with("Week 1 of 8 · "), "{en}");
}

#[test]
fn the_export_speaks_the_chosen_language() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut j = support::open_journal(data.path());
        let mut target = mscwork::journal::EditTarget::default();
        j.save_reflection("building-strengths", "colleague-struggling", &mut target, "Rustig blijven", support::t0())
            .unwrap();
    }
    let d = data.path().to_str().unwrap();
    let (md, err, code) = mscwork(&["--data-dir", d, "--lang", "nl", "export"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(md.starts_with("# Mijn werkboek: Mindful zelfcompassie op het werk"), "{md}");
    assert!(md.contains("## 1. Sterker in je werk met mindful zelfcompassie"), "{md}");
    assert!(md.contains("De tijden zijn zoals de klok van je computer ze aangaf"), "{md}");
    assert!(md.contains("Rustig blijven"), "{md}");
    let (en, _, _) = mscwork(&["--data-dir", d, "--lang", "en", "export"], &[]);
    assert!(en.starts_with("# My workbook: Mindful Self-Compassion at Work") && en.contains("Rustig blijven"), "{en}");
}

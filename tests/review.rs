//! History and the practice log: what a user sees when they come back to
//! their words and their practice, on real files in a temporary folder.

mod support;

use std::fs;

use crossterm::event::KeyCode;
use insta::assert_snapshot;
use mscwork::app::App;
use support::{Seed, app_at, chars, key, past_welcome, render, screen, seed_journal};

/// A journal with answers over three days, with revisions, accents and CJK.
fn seeded() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seed = Seed {
        first: "I told Anna the night was hard, and brought her a coffee.",
        revised: "I told Anna the night was hard.\nI brought her a Café latte and stayed a minute.",
        phrases: "May I be patient with myself.\n今日は大丈夫。",
        other: "Présence",
        practices: &[
            ("2026-11-10T07:30:00+01:00", 15.0, "affectionate-breathing", "being-mindful", true),
            ("2026-11-17T21:00:00+01:00", 5.0, "self-compassion-break", "building-strengths", true),
            ("2026-11-24T00:45:00+01:00", 3.5, "soles-of-the-feet", "being-mindful", false),
            ("2026-11-24T19:00:00+01:00", 12.0, "loving-kindness-loved-one", "befriending-ourselves", true),
        ],
    };
    seed_journal(dir.path(), &seed);
    dir
}

fn history(app: &mut App) {
    past_welcome(app);
    if support::place(app) != support::Place::Home {
        key(app, KeyCode::Esc);
    }
    key(app, KeyCode::Char('r'));
    assert_eq!(support::place(app), support::Place::History);
}

fn shown(app: &App) -> usize {
    app.history().unwrap().visible().len()
}

#[test]
fn history_lists_every_answer_newest_first_by_day() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    assert_eq!(shown(&app), 4);
    let text = screen(&app);
    let order: Vec<usize> = ["Présence", "7 (from 0", "May I be patient", "I told Anna"]
        .iter()
        .map(|s| text.find(s).unwrap_or_else(|| panic!("{s} not on screen:\n{text}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "newest first:\n{text}");
    // The 01:30 check-in belongs to the evening of the 23rd.
    assert!(text.contains("Monday 23 November 2026"), "{text}");
    assert_snapshot!("history_80x24", render(&app).backend());
}

#[test]
fn search_forgives_case_and_accents_and_says_when_nothing_matches() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "CAFE");
    assert_eq!(shown(&app), 1, "finds Café");
    // ↓ goes to the results at once (here the one already selected).
    key(&mut app, KeyCode::Down);
    assert_snapshot!("history_search_80x24", render(&app).backend());
    key(&mut app, KeyCode::Esc);
    assert_eq!(shown(&app), 4, "Esc clears the search first");
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "presence");
    assert_eq!(shown(&app), 1, "finds Présence");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "大丈夫");
    assert_eq!(shown(&app), 1, "finds CJK");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "zebra");
    assert_eq!(shown(&app), 0);
    assert!(screen(&app).contains("No answer matches “zebra”"));
    // A prompt's words find its answers too.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "core values");
    assert_eq!(shown(&app), 1);
}

#[test]
fn the_chapter_filter_narrows_the_list() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    key(&mut app, KeyCode::Right);
    assert_eq!(shown(&app), 2, "chapter 1: the reflection and the check-in");
    key(&mut app, KeyCode::Right);
    assert_eq!(shown(&app), 0);
    assert!(screen(&app).contains("Nothing written in this chapter yet"));
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    assert_eq!(shown(&app), 4, "back to all chapters");
}

#[test]
fn reading_an_answer_whole_with_its_earlier_versions_and_writing_again() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("stayed a minute") && text.contains("2 versions kept"), "{text}");
    key(&mut app, KeyCode::Char('v'));
    assert!(screen(&app).contains("and brought her a coffee"), "the earlier version shows");
    assert_snapshot!("history_reading_80x24", render(&app).backend());
    // To the prompt, a new version, and back to History.
    key(&mut app, KeyCode::Char('w'));
    assert_eq!(support::place(&app), support::Place::Chapter);
    assert_eq!(app.step().id(), "colleague-struggling");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, " And I thanked her.");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    assert_eq!(support::place(&app), support::Place::History, "Esc returns to History");
    let answers = app.journal.answers("building-strengths").unwrap().unwrap();
    let revisions = &answers.reflections("colleague-struggling")[0].revisions;
    assert_eq!(revisions.len(), 3, "an edit is a new version; the earlier ones stay");
    assert!(revisions[2].text.ends_with("And I thanked her."));
    assert!(revisions[0].text.contains("brought her a coffee"));
}

#[test]
fn empty_history_and_empty_practice_log_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    assert!(screen(&app).contains("Nothing here yet"));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('l'));
    assert!(screen(&app).contains("No practice logged yet"));
}

#[test]
fn practice_log_by_week_and_day_without_blame() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('l'));
    assert_eq!(support::place(&app), support::Place::PracticeLog);
    let text = screen(&app);
    // t0 is Tuesday 24 November: this week holds the 00:45 session (the
    // Monday evening) and the 19:00 one.
    assert!(text.contains("This week: 2 sessions, 16 min."), "{text}");
    assert!(text.contains("check-in 6 → 4"), "{text}");
    for word in ["missed", "broken", "streak", "failed"] {
        assert!(!text.to_lowercase().contains(word), "{word} on the practice screen");
    }
    assert_snapshot!("practice_log_80x24", render(&app).backend());
    app.handle(mscwork::app::Event::Resize(120, 40));
    assert_snapshot!("practice_log_120x40", render(&app).backend());
}

#[test]
fn history_and_practice_render_at_every_size() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    for size in [(1, 1), (20, 5), (50, 14), (80, 24), (200, 60)] {
        app.handle(mscwork::app::Event::Resize(size.0, size.1));
        render(&app);
        key(&mut app, KeyCode::Enter);
        render(&app);
        key(&mut app, KeyCode::Esc);
    }
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('l'));
    for size in [(1, 1), (20, 5), (50, 14), (80, 24), (200, 60)] {
        app.handle(mscwork::app::Event::Resize(size.0, size.1));
        render(&app);
    }
}

#[test]
fn x_in_history_writes_the_export_and_says_where() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    key(&mut app, KeyCode::Char('x'));
    let status = support::status(&app);
    let path = status.strip_prefix("Exported to ").unwrap_or_else(|| panic!("{status}"));
    let text = fs::read_to_string(path).unwrap();
    assert!(path.starts_with(&dir.path().join("exports").display().to_string()));
    assert!(text.contains("I brought her a Café latte and stayed a minute."));
    assert!(text.contains("今日は大丈夫。"));
    assert!(text.contains("## Practice log"));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(fs::metadata(path).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn x_twice_in_one_minute_keeps_the_first_export_and_names_the_second() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    let mut written = Vec::new();
    for _ in 0..3 {
        key(&mut app, KeyCode::Char('x'));
        let status = support::status(&app);
        let path = status.strip_prefix("Exported to ").unwrap_or_else(|| panic!("{status}")).to_string();
        written.push(path);
    }
    let names: Vec<&str> = written.iter().map(|p| p.rsplit('/').next().unwrap()).collect();
    assert_eq!(
        names,
        [
            "mscwork-export-2026-11-24-2130.md",
            "mscwork-export-2026-11-24-2130-2.md",
            "mscwork-export-2026-11-24-2130-3.md"
        ]
    );
    // The first is still there, whole, as are the others.
    fs::write(&written[0], "my notes in the first export").unwrap();
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(fs::read_to_string(&written[0]).unwrap(), "my notes in the first export");
    assert!(support::status(&app).ends_with("-4.md"), "{}", support::status(&app));
    for path in &written[1..] {
        assert!(fs::read_to_string(path).unwrap().contains("## Practice log"));
    }
    // The status names the file at 50 columns too (it may wrap, not vanish).
    let rows = support::checked_frame_at(&app, 50, 14);
    assert!(rows.iter().any(|r| r.contains("Exported to")), "{rows:#?}");
}

#[test]
fn the_practice_log_scrolls_to_its_oldest_session_and_stays_in_range_on_resize() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 14));
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('l'));
    let top = screen(&app);
    assert!(!top.contains("07:30"), "the oldest session is below the first page:\n{top}");
    for _ in 0..50 {
        key(&mut app, KeyCode::Down);
        screen(&app);
    }
    // The oldest session (10 November, 07:30) is the last row.
    let bottom = screen(&app);
    assert!(bottom.contains("07:30"), "{bottom}");
    key(&mut app, KeyCode::Down);
    assert_eq!(screen(&app), bottom, "no further than the end");
    key(&mut app, KeyCode::Up);
    assert_ne!(screen(&app), bottom, "one up moves at once, however often Down was pressed");
    // Taller: all of it fits, from the newest session to the oldest.
    app.handle(mscwork::app::Event::Resize(80, 60));
    let all = screen(&app);
    assert!(all.contains("19:00") && all.contains("07:30"), "{all}");
}

#[test]
fn search_finds_every_word_in_any_order_and_marks_each() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "latte anna");
    assert_eq!(shown(&app), 1, "both words, in the other order");
    chars(&mut app, " zebra");
    assert_eq!(shown(&app), 0, "every word must be there");
    for _ in 0.." zebra".len() {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(shown(&app), 1, "taking a word away widens again");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("Café latte") && text.contains("I told Anna"), "{text}");
    // "coffee" was only in the first version: the search looks at the answer as it is now.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "coffee");
    assert_eq!(shown(&app), 0);
}

#[test]
fn history_reads_the_texts_on_screen_from_their_months_without_holding_every_answer() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    support::read_ahead(&mut app);
    history(&mut app);
    for chapter in &app.workbook.chapters {
        assert!(app.journal.answers(&chapter.id).is_none(), "{} was kept whole", chapter.id);
    }
    let text = screen(&app);
    assert!(text.contains("I told Anna") && text.contains("Présence"), "{text}");
    // A month file that goes bad after it was indexed is named, not shown as empty.
    let month = fs::read_dir(dir.path().join("answers/building-strengths"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("20")))
        .unwrap();
    let good = fs::read(&month).unwrap();
    fs::write(&month, &good[..good.len() / 2]).unwrap();
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('r'));
    let text = screen(&app);
    assert!(text.contains("could not be read"), "{text}");
    drop(app);
    assert_eq!(fs::read(&month).unwrap(), good[..good.len() / 2], "left as it was");
}

#[test]
fn down_and_enter_act_on_the_results_while_typing_and_titles_show_their_part_first() {
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    assert!(screen(&app).contains("(1 of 3) How would I tre"), "{}", screen(&app));
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "i");
    let before = screen(&app);
    let selected = |text: &str| text.lines().find(|l| l.trim_start().starts_with('>')).map(str::to_string);
    key(&mut app, KeyCode::Down);
    let after = screen(&app);
    assert_ne!(selected(&before), selected(&after), "the first ↓ moves in the results:\n{after}");
    assert!(after.contains("Search: i"), "the search stays: {after}");
    key(&mut app, KeyCode::Char('/'));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("reading"), "Enter opens the selected answer at once:\n{}", screen(&app));
}

#[test]
fn an_older_answer_opened_from_history_is_the_one_enter_continues_and_history_shows_it_updated() {
    let dir = tempfile::tempdir().unwrap();
    let step = support::first_step_of_chapter_1("Reflection");
    {
        let mut j = mscwork::journal::Journal::open(dir.path()).unwrap();
        for (i, text) in ["the oldest words", "middle words", "the newest words"].iter().enumerate() {
            let mut fresh = mscwork::journal::EditTarget::default();
            let at = support::t0() - chrono::Duration::days(3 - i as i64);
            j.save_reflection("building-strengths", &step, &mut fresh, text, at).unwrap();
        }
    }
    let mut app = app_at(dir.path(), (80, 24));
    history(&mut app);
    key(&mut app, KeyCode::Char('/'));
    chars(&mut app, "oldest");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("the oldest words"), "{}", screen(&app));
    key(&mut app, KeyCode::Char('w'));
    let page = support::screen(&app);
    assert!(page.contains("Enter continues this answer"), "{page}");
    key(&mut app, KeyCode::Enter);
    let editor = screen(&app);
    assert!(editor.contains("│the oldest words") && !editor.contains("│the newest words"), "{editor}");
    chars(&mut app, ", continued");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    // Back in History on the answer that was open, as it is now.
    let back = screen(&app);
    assert!(back.contains("reading") && back.contains("the oldest words, continued"), "{back}");
    key(&mut app, KeyCode::Esc);
    let list = screen(&app);
    let selected = list.lines().find(|l| l.trim_start().starts_with('>')).unwrap_or_default().to_string();
    assert!(selected.contains("21:30"), "the list shows the new time on the answer it was on:\n{list}");
    drop(app);
    let saved = support::saved_answers(dir.path(), "building-strengths").unwrap();
    let list = saved.reflections(&step);
    assert_eq!(list.len(), 3, "no new answer");
    assert_eq!(list[0].revisions.len(), 2, "the oldest answer got a new version");
    assert_eq!(list[0].latest().unwrap().text, "the oldest words, continued");
}

#[test]
fn c_chooses_which_listed_answer_enter_continues() {
    let dir = tempfile::tempdir().unwrap();
    let step = support::first_step_of_chapter_1("Reflection");
    {
        let mut j = mscwork::journal::Journal::open(dir.path()).unwrap();
        for (i, text) in ["first answer", "second answer"].iter().enumerate() {
            let mut fresh = mscwork::journal::EditTarget::default();
            let at = support::t0() - chrono::Duration::days(2 - i as i64);
            j.save_reflection("building-strengths", &step, &mut fresh, text, at).unwrap();
        }
    }
    let mut app = app_at(dir.path(), (100, 40));
    support::past_welcome(&mut app);
    support::open_chapter_from_home(&mut app, 1);
    support::go_to_first(&mut app, "Reflection");
    assert!(screen(&app).contains("c chooses another"), "{}", screen(&app));
    key(&mut app, KeyCode::Char('c'));
    let page = screen(&app);
    assert!(page.contains("▸") && page.contains("Enter continues this one"), "{page}");
    key(&mut app, KeyCode::Enter);
    let editor = screen(&app);
    assert!(editor.contains("│first answer") && !editor.contains("│second answer"), "{editor}");
}

#[test]
fn a_saved_answer_is_on_screen_when_the_editor_closes() {
    let dir = tempfile::tempdir().unwrap();
    let step = support::first_step_of_chapter_1("Reflection");
    {
        let mut j = mscwork::journal::Journal::open(dir.path()).unwrap();
        for i in 0..5 {
            let mut fresh = mscwork::journal::EditTarget::default();
            let long = format!("answer {i}: {}", "a long line of words to fill the page ".repeat(6));
            j.save_reflection("building-strengths", &step, &mut fresh, &long, support::t0()).unwrap();
        }
    }
    let mut app = app_at(dir.path(), (80, 24));
    support::past_welcome(&mut app);
    support::open_chapter_from_home(&mut app, 1);
    support::go_to_first(&mut app, "Reflection");
    for _ in 0..40 {
        key(&mut app, KeyCode::Down);
        support::screen(&app);
    }
    assert!(!screen(&app).contains("Your answers"), "scrolled past the newest answers");
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "the words just written");
    key(&mut app, KeyCode::Esc);
    let page = support::screen(&app);
    assert!(page.contains("the words just written"), "{page}");
}

#[test]
fn a_month_file_replaced_by_a_fifo_or_a_link_is_named_in_history_not_waited_on() {
    use std::os::unix::fs::symlink;
    let dir = seeded();
    let mut app = app_at(dir.path(), (80, 24));
    support::read_ahead(&mut app);
    let folder = dir.path().join("answers/building-strengths");
    let month = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("20")))
        .unwrap();
    let good = fs::read(&month).unwrap();
    let outside = tempfile::NamedTempFile::new().unwrap();
    fs::write(outside.path(), &good).unwrap();
    for plant in ["fifo", "link"] {
        fs::remove_file(&month).unwrap();
        match plant {
            "fifo" => {
                let c = std::ffi::CString::new(month.to_str().unwrap()).unwrap();
                assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
            }
            _ => symlink(outside.path(), &month).unwrap(),
        }
        history(&mut app);
        let text = screen(&app);
        assert!(text.contains("could not be read"), "{plant}: {text}");
        key(&mut app, KeyCode::Esc);
    }
    drop(app);
    assert_eq!(fs::read(outside.path()).unwrap(), good, "nothing written through the link");
}

//! The practice log says what was done, in one unit, with months on the
//! chart; the training's suggestion once, in the chart's caption.

mod support;

use crossterm::event::KeyCode;
use support::{Seed, app_at, checked_frame_at, key, past_welcome, seed_journal};

fn log_with(practices: &'static [(&'static str, f64, &'static str, &'static str, bool)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seed = Seed { first: "a", revised: "b", phrases: "c", other: "d", practices };
    seed_journal(dir.path(), &seed);
    dir
}

fn open_log(dir: &std::path::Path, size: (u16, u16)) -> mscwork::app::App {
    let mut app = app_at(dir, size);
    past_welcome(&mut app);
    key(&mut app, KeyCode::Char('l'));
    app
}

fn seeded() -> tempfile::TempDir {
    // t0 is Tuesday 24 November 2026, 21:30: this week holds a few seconds
    // (00:45, the Monday evening) and 2 minutes.
    log_with(&[
        ("2026-09-29T07:30:00+01:00", 15.0, "affectionate-breathing", "being-mindful", true),
        ("2026-11-10T07:30:00+01:00", 15.0, "affectionate-breathing", "being-mindful", true),
        ("2026-11-17T21:00:00+01:00", 5.0, "self-compassion-break", "building-strengths", true),
        ("2026-11-24T00:45:00+01:00", 0.1, "soles-of-the-feet", "being-mindful", false),
        ("2026-11-24T19:00:00+01:00", 2.0, "loving-kindness-loved-one", "befriending-ourselves", true),
    ])
}

/// The word before each "min" on the screen, but in the calendar's key
/// ("·0 ░<10 … █60+ min"), which is in the same unit.
fn before_min(rows: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for row in rows.iter().filter(|r| !r.contains("░<10")) {
        let words: Vec<&str> = row.split(|c: char| c.is_whitespace() || c == ',' || c == '.').collect();
        for (i, w) in words.iter().enumerate() {
            if *w == "min" {
                out.push(words[..i].iter().rev().find(|w| !w.is_empty()).unwrap_or(&"").to_string());
            }
        }
    }
    out
}

#[test]
fn the_log_says_what_was_done_in_whole_minutes() {
    let dir = seeded();
    for size in [(80, 24), (50, 14)] {
        let app = open_log(dir.path(), size);
        let rows = checked_frame_at(&app, size.0, size.1);
        let text = rows.join("\n");
        let summary = rows.iter().find(|r| r.contains("This week")).unwrap_or_else(|| panic!("{text}"));
        assert!(summary.contains("This week: 2 sessions, 2 min."), "{size:?}: {summary}");
        assert!(
            !summary.contains("30 min a day") && !summary.contains("suggest"),
            "no target beside the week: {summary}"
        );
        assert!(text.contains("<1 min, stopped early"), "a few seconds still count: {text}");
        assert!(!text.contains("minute"), "one unit, min: {text}");
        for number in before_min(&rows) {
            let whole = number == "<1" || number.chars().all(|c| c.is_ascii_digit());
            // "min per week" starts the caption; "about 30 min a day" is the suggestion, "10–15" a start.
            assert!(whole || number.is_empty() || number == "10–15", "{size:?}: {number:?} min in:\n{text}");
        }
        assert!(!text.contains(" of 15") && !text.contains("0:0"), "one unit, no planned length: {text}");
        for word in ["missed", "only", "streak", "failed", "behind"] {
            assert!(!text.to_lowercase().contains(word), "{word:?} at {size:?}:\n{text}");
        }
    }
}

#[test]
fn the_suggestion_is_said_once_under_the_chart() {
    let dir = seeded();
    for size in [(80, 24), (120, 40)] {
        let app = open_log(dir.path(), size);
        let rows = checked_frame_at(&app, size.0, size.1);
        let text = rows.join("\n");
        assert_eq!(text.matches("about 30 min a day").count(), 1, "{text}");
        let caption = rows.iter().position(|r| r.contains("about 30 min a day suggested")).unwrap();
        assert!(rows[caption].contains("min per week"), "in the chart's caption: {}", rows[caption]);
    }
    // At 50×14 there is no chart and no suggestion: what was done, only.
    let app = open_log(dir.path(), (50, 14));
    assert!(!checked_frame_at(&app, 50, 14).join("\n").contains("30 min a day"));
}

#[test]
fn week_labels_carry_their_month() {
    let dir = seeded();
    let app = open_log(dir.path(), (80, 24));
    let rows = checked_frame_at(&app, 80, 24);
    let months = rows.iter().position(|r| r.trim_start().starts_with("Sep")).unwrap_or_else(|| panic!("{rows:#?}"));
    let (days, months) = (&rows[months - 1], &rows[months]);
    // Twelve weeks from Monday 7 September: each month's name under its first week.
    for (month, day) in [("Sep", "7"), ("Oct", "5"), ("Nov", "2")] {
        let at = months.find(month).unwrap_or_else(|| panic!("{month} in {months:?}"));
        let under: String = days.chars().skip(at).take(3).collect();
        assert_eq!(under.trim(), day, "{month} under the week of {day}:\n{days}\n{months}");
    }
    assert!(days.contains(" 14  21  28 "), "{days}");
    // The bars are the user's own: the biggest week is a full bar, not a sliver under a target.
    assert!(rows.iter().filter(|r| r.contains("███")).count() >= 5, "{rows:#?}");
}

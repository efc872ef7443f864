//! The built-in workbook is valid and complete; broken workbooks are reported
//! as file:line:column.

mod support;

use support::{app_at, chars, key, line_of, past_welcome, replace_in, screen, workbook_copy};

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use mscwork::content::{self, BUILTIN_FILES, Step, markup};

const TITLES: [(&str, &str); 8] = [
    ("building-strengths", "Building Strengths at Work with Mindful Self-Compassion"),
    ("being-mindful", "Being Mindful at Work"),
    ("befriending-ourselves", "Befriending Ourselves"),
    ("compassionate-voice", "Discovering Your Compassionate Voice"),
    ("values-based-working", "Values-Based Working"),
    ("emotional-agility", "Meeting Difficult Situations at Work: Building Emotional Agility"),
    ("healthy-relations", "Healthy Relations at Work: Enhancing Empathy and Inner Resilience"),
    ("embracing-work", "Embracing Work as Your Life"),
];

#[test]
fn builtin_workbook_validates_with_the_eight_msc_at_work_chapters() {
    let wb = content::builtin().unwrap_or_else(|e| panic!("{e}"));
    let got: Vec<(&str, &str)> = wb.chapters.iter().map(|c| (c.id.as_str(), c.title.as_str())).collect();
    assert_eq!(got, TITLES);
    for c in &wb.chapters {
        assert!(!c.aim.trim().is_empty());
        assert!(c.steps.iter().any(|s| matches!(s, Step::Text(_))), "{}: no Text step", c.id);
        assert!(c.steps.iter().any(|s| matches!(s, Step::Reflection(_))), "{}: no Reflection", c.id);
    }
}

fn files_under(dir: &Path, prefix: &str, out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type().unwrap().is_dir() {
            files_under(&entry.path(), &format!("{name}/"), out);
        } else if name.ends_with(".ron") {
            out.insert(name);
        }
    }
}

#[test]
fn every_workbook_file_is_embedded() {
    let mut on_disk = BTreeSet::new();
    files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("workbook"), "", &mut on_disk);
    let embedded: BTreeSet<String> = BUILTIN_FILES.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(on_disk, embedded);
}

#[test]
fn a_copy_of_the_builtin_workbook_loads_from_a_folder() {
    let dir = workbook_copy();
    let wb = content::from_folder(dir.path()).unwrap();
    assert_eq!(wb, content::builtin().unwrap());
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let dir = workbook_copy();
    let ch2 = dir.path().join("chapters/02-being-mindful.ron");
    replace_in(&ch2, "    number: 2,", "    number: two,");
    let errors = content::from_folder(dir.path()).unwrap_err();
    let line = line_of(&ch2, "number: two");
    let msg = errors.to_string();
    assert!(msg.starts_with(&format!("{}:{line}:", ch2.display())), "{msg}");
}

#[test]
fn semantic_errors_are_all_listed_with_their_lines() {
    let dir = workbook_copy();
    let ch1 = dir.path().join("chapters/01-building-strengths.ron");
    let ch4 = dir.path().join("chapters/04-compassionate-voice.ron");
    let ch6 = dir.path().join("chapters/06-emotional-agility.ron");
    // Duplicate step id: the second Text step takes the first one's id.
    let wb = content::builtin().unwrap();
    let texts: Vec<&str> =
        wb.chapters[0].steps.iter().filter(|s| s.kind_name() == "Text").map(|s| s.id().as_str()).collect();
    replace_in(&ch1, &format!("id: \"{}\"", texts[1]), &format!("id: \"{}\"", texts[0]));
    // A reference to a step that does not exist.
    replace_in(&ch4, "step: \"my-phrases\"", "step: \"no-such-step\"");
    // A scale whose min is not below its max, and an id that could escape the data dir.
    let text = fs::read_to_string(&ch6).unwrap();
    fs::write(&ch6, text.replacen("min: 0", "min: 10", 1).replacen("id: \"stress-now\"", "id: \"../stress\"", 1))
        .unwrap();

    let errors = content::from_folder(dir.path()).unwrap_err().0;
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let has = |file: &Path, line: usize, words: &str| {
        errors.iter().any(|e| e.file == file.display().to_string() && e.line == line && e.message.contains(words))
    };
    let dup_line = fs::read_to_string(&ch1)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(&format!("id: \"{}\"", texts[0])))
        .nth(1)
        .unwrap()
        .0
        + 1;
    assert!(has(&ch1, dup_line, "used twice"), "{report:#?}");
    assert!(has(&ch4, line_of(&ch4, "no-such-step"), "unknown step"), "{report:#?}");
    assert!(has(&ch6, line_of(&ch6, "../stress"), "kebab-case"), "{report:#?}");
    assert!(errors.iter().any(|e| e.file == ch6.display().to_string() && e.message.contains("min")), "{report:#?}");
}

#[test]
fn missing_chapter_file_is_reported_at_its_line_in_the_manifest() {
    let dir = workbook_copy();
    fs::remove_file(dir.path().join("chapters/03-befriending-ourselves.ron")).unwrap();
    let manifest = dir.path().join("workbook.ron");
    let errors = content::from_folder(dir.path()).unwrap_err().0;
    let line = line_of(&manifest, "03-befriending-ourselves.ron");
    assert!(errors.iter().any(|e| e.line == line && e.file == manifest.display().to_string()), "{errors:?}");
}

#[test]
fn check_command_exits_1_and_lists_every_error() {
    let dir = workbook_copy();
    let ch5 = dir.path().join("chapters/05-values-based-working.ron");
    let ch7 = dir.path().join("chapters/07-healthy-relations.ron");
    replace_in(&ch5, "title: \"", "title: \" \" + \"");
    replace_in(&ch7, "aim: \"", "aim: 3, x: \"");
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork")).arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{}:", ch5.display())), "{stderr}");
    assert!(stderr.contains(&format!("{}:", ch7.display())), "{stderr}");

    let ok = Command::new(env!("CARGO_BIN_EXE_mscwork")).arg("check").output().unwrap();
    assert!(ok.status.success());
    assert!(String::from_utf8_lossy(&ok.stdout).starts_with("ok: 8 chapters"));
}

#[test]
fn chapters_command_prints_number_id_title_and_progress() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .args(["--data-dir"])
        .arg(data.path())
        .arg("chapters")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 8);
    let wb = content::builtin().unwrap();
    for (line, c) in lines.iter().zip(&wb.chapters) {
        let required = c.steps.iter().filter(|s| !s.is_optional()).count();
        assert_eq!(*line, format!("{}\t{}\t{}\t0/{required}", c.number, c.id, c.title));
    }
}

#[test]
fn teaching_text_markup_parses_in_every_chapter() {
    let wb = content::builtin().unwrap();
    for c in &wb.chapters {
        for s in &c.steps {
            if let Step::Text(t) = s {
                assert!(!markup::parse(&t.body).is_empty(), "{}/{} is empty", c.id, t.id);
            }
        }
    }
}

#[test]
fn every_practice_says_where_it_comes_from_and_its_page_shows_it() {
    let wb = mscwork::content::builtin().unwrap();
    let mut practices = 0;
    for c in &wb.chapters {
        for s in &c.steps {
            if let mscwork::content::Step::Practice(p) = s {
                practices += 1;
                let source = p.source.as_deref().unwrap_or_else(|| panic!("{}/{} has no source", c.id, p.id));
                // It names where it comes from: the programme, an author, or that it is ours.
                let named = ["MSC", "Neff", "Germer", "David", "Singh", "Our own", "Our workplace"];
                assert!(named.iter().any(|n| source.contains(n)), "{}/{}: {source}", c.id, p.id);
            }
        }
    }
    assert!(practices >= 20, "{practices}");
    assert!(wb.manifest.welcome.contains("not made by or affiliated with"));
    let dir = tempfile::tempdir().unwrap();
    let mut app = support::app_at(dir.path(), (100, 40));
    support::past_welcome(&mut app);
    support::open_chapter(&mut app, 1);
    support::go_to_step(&mut app, "self-compassion-break");
    let page = support::screen(&app);
    assert!(page.contains("Adapted from the Self-Compassion Break of the MSC programme"), "{page}");
}

/// Marks the step with this id optional in a workbook copy's chapter file.
fn make_optional(file: &Path, step: &str) {
    replace_in(file, &format!("id: \"{step}\","), &format!("id: \"{step}\", optional: true,"));
}

#[test]
fn optional_steps_are_marked_on_their_page_and_in_the_contents_and_not_counted() {
    let dir = workbook_copy();
    let ch1 = dir.path().join("chapters/01-building-strengths.ron");
    let wb = content::builtin().unwrap();
    let second = wb.chapters[0].steps[1].id().to_string();
    // Required steps before one more is made optional.
    let all = wb.chapters[0].steps.iter().filter(|s| !s.is_optional()).count();
    make_optional(&ch1, &second);
    let wb = content::load(&content::Source::Folder(dir.path().to_path_buf())).unwrap();
    assert_eq!(wb.chapters[0].progress(|_| true), (all - 1, all - 1));

    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .arg("--workbook")
        .arg(dir.path())
        .arg("--data-dir")
        .arg(data.path())
        .arg("chapters")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.lines().next().unwrap().ends_with(&format!("\t0/{}", all - 1)), "{stdout}");

    let wb_steps = wb.chapters[0].steps.len();
    let mut app = app_at(data.path(), (80, 24));
    app.workbook = wb;
    past_welcome(&mut app);
    support::open_chapter(&mut app, 1);
    key(&mut app, crossterm::event::KeyCode::Char('n'));
    let page = screen(&app);
    assert!(page.lines().next().unwrap().contains("optional · step 2/"), "{page}");
    chars(&mut app, "t");
    let contents = screen(&app);
    let optional = wb_steps - (all - 1);
    assert!(contents.contains(&format!("0 of {} steps done, {optional} optional", all - 1)), "{contents}");
    let marked: Vec<&str> = contents.lines().filter(|l| l.contains("(optional")).collect();
    assert!(marked.first().is_some_and(|l| l.contains(" 2 ")), "{contents}");
}

#[test]
fn a_chapter_of_only_optional_steps_is_an_error_at_the_chapter() {
    let dir = workbook_copy();
    let ch2 = dir.path().join("chapters/02-being-mindful.ron");
    for step in content::builtin().unwrap().chapters[1].steps.iter().filter(|s| !s.is_optional()) {
        make_optional(&ch2, step.id());
    }
    let errors = content::load(&content::Source::Folder(dir.path().to_path_buf())).unwrap_err().0;
    let line = line_of(&ch2, "id: \"being-mindful\"");
    assert!(
        errors.iter().any(|e| e.file == ch2.display().to_string() && e.line == line && e.message.contains("optional")),
        "{errors:?}"
    );
}

#[test]
fn check_stats_prints_each_chapters_words_and_practice_inventory() {
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork")).args(["check", "--stats"]).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    // Shown with `cargo test check_stats -- --nocapture`: the inventory the issue asks for.
    println!("{stdout}");
    let wb = content::builtin().unwrap();
    let mut lines = stdout.lines().skip_while(|l| l.starts_with("ok:"));
    for c in &wb.chapters {
        let teaching: usize = c
            .steps
            .iter()
            .filter_map(|s| if let Step::Text(t) = s { Some(markup::word_count(&t.body)) } else { None })
            .sum();
        let head = lines.next().unwrap();
        assert!(head.starts_with(&format!("{}. {} — {teaching} words of teaching", c.number, c.title)), "{head}");
        let reflections = c.steps.iter().filter(|s| matches!(s, Step::Reflection(_))).count();
        assert!(head.contains(&format!("; {reflections} reflections;")), "{head}");
        for step in &c.steps {
            if let Step::Practice(p) = step {
                let line = lines.next().unwrap();
                assert!(line.trim_start().starts_with(&format!("{} min", p.minutes)), "{line}");
                assert!(line.contains(&p.title), "{line}");
            }
        }
    }
    assert!(lines.next().unwrap().starts_with("total: "));
}

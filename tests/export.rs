//! `mscwork export`: the Markdown export of a fixture data dir, compared with
//! a golden file; filters by chapter and date; `--out`; damaged files; and a
//! data dir that is only ever read.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{DateTime, NaiveDate};
use mscwork::export::{ExportOptions, build, default_export_path};
use mscwork::journal::{DataDir, Journal, Timestamp};

const FIXTURE: &str = "tests/fixtures/export-data";
const GOLDEN: &str = "tests/fixtures/export.golden.md";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-12-05T10:00:00+01:00").unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn workbook() -> mscwork::content::Workbook {
    mscwork::content::builtin().unwrap()
}

/// The export of `dir` (relative to the crate, so the path in the header is stable).
fn export_of(dir: &str, options: &ExportOptions) -> mscwork::export::Export {
    let dir = DataDir::new(root().join(dir));
    let mut result = build(&workbook(), &dir, options, now()).unwrap();
    let shown = root().join(FIXTURE).display().to_string();
    result.markdown = result.markdown.replace(&shown, FIXTURE);
    result
}

fn run(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .current_dir(root())
        .arg("--data-dir")
        .arg(data_dir)
        .arg("export")
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The export without its "Exported <time> …" line, which depends on the clock.
fn without_time(markdown: &str) -> String {
    markdown.lines().filter(|l| !l.starts_with("Exported ")).collect::<Vec<_>>().join("\n")
}

/// Every file and folder under `dir`, with its bytes, mode and modification time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, u32, std::time::SystemTime)> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            let meta = entry.metadata().unwrap();
            let bytes = if meta.is_dir() {
                todo.push(entry.path());
                Vec::new()
            } else {
                fs::read(entry.path()).unwrap()
            };
            let rel = entry.path().strip_prefix(dir).unwrap().to_path_buf();
            out.insert(rel, (bytes, meta.permissions().mode(), meta.modified().unwrap()));
        }
    }
    out
}

#[test]
fn full_export_matches_the_golden_file() {
    let result = export_of(FIXTURE, &ExportOptions::default());
    assert_eq!(result.warnings, Vec::<String>::new());
    let golden_path = root().join(GOLDEN);
    if std::env::var_os("MSCWORK_UPDATE_GOLDEN").is_some() {
        fs::write(&golden_path, &result.markdown).unwrap();
    }
    let golden = fs::read_to_string(&golden_path).unwrap();
    if result.markdown != golden {
        let actual = Path::new(env!("CARGO_TARGET_TMPDIR")).join("export.actual.md");
        fs::write(&actual, &result.markdown).unwrap();
        let (a, g): (Vec<&str>, Vec<&str>) = (result.markdown.lines().collect(), golden.lines().collect());
        let line = a.iter().zip(&g).position(|(a, g)| a != g).unwrap_or(a.len().min(g.len()));
        panic!(
            "the export differs from {GOLDEN} first at line {}:\n  golden: {:?}\n  actual: {:?}\n\
             see: diff -u {GOLDEN} {}\n\
             if the change is intended: MSCWORK_UPDATE_GOLDEN=1 cargo test --test export, then read the diff",
            line + 1,
            g.get(line).copied().unwrap_or("<end of file>"),
            a.get(line).copied().unwrap_or("<end of file>"),
            actual.display()
        );
    }
}

#[test]
fn the_command_prints_the_same_export() {
    let out = run(Path::new(FIXTURE), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let golden = fs::read_to_string(root().join(GOLDEN)).unwrap();
    assert_eq!(without_time(&text(&out.stdout)), without_time(&golden));
    assert!(text(&out.stdout).ends_with("finished\n"), "one newline at the end");
}

#[test]
fn every_word_and_every_kind_of_answer_is_there() {
    let md = export_of(FIXTURE, &ExportOptions::default()).markdown;
    for needle in [
        "## 1. Building Strengths at Work with Mindful Self-Compassion",
        "## 2. Being Mindful at Work",
        "## 5. Values-Based Working",
        "## 6. Meeting Difficult Situations at Work: Building Emotional Agility",
        // Revisions: the latest as the answer, the earlier ones dated and quoted.
        "#### Wed 2 Dec 2026, 21:10\n\nThe audit finding.\n\nI replayed the meeting on the train, twice.\\\n",
        "_Earlier versions:_\n\n> **Tue 24 Nov 2026, 21:30**\n>\n> First thoughts\n\n> **Thu 26 Nov 2026, 08:05**\n>\n> First thoughts, and more\n",
        // A heading-like line is escaped, everything else kept as written;
        // a line break inside a paragraph is a hard break.
        "\\# What I said to myself\\\nYou idiot. Everyone saw it.\\\n\\#2 on the list",
        "Café, 11 o'clock, still replaying it — « pourquoi moi ? »",
        "呼吸を友だちのように感じた。",
        "friend 🌊 — my mind",
        "Care 💛: staying on the phone a minute longer with Zoë's worried father.",
        "Colleague:\tpatient, warm\\\nMe:\t\tsharp, impatient",
        // Scales and choices.
        "- Tue 24 Nov 2026, 21:31 — 6 (0 = calm … 10 = overwhelmed)",
        "- Fri 27 Nov 2026, 19:40 — Honesty, Care; other: Presence",
        "- Wed 2 Dec 2026, 19:00 — Care, Craftsmanship, Learning",
        // Prompts as blockquotes.
        "> Over the past week, how well did your work fit what matters to you?",
        // Answers whose step or chapter is gone are kept.
        "### Answers to steps no longer in the workbook: `old-prompt`",
        "An answer to a prompt that was later rewritten. It must still be exported.",
        "## Answers to a chapter no longer in the workbook: `pilot-week`",
        "Notes from the pilot week",
        // Takes, compared with the one before.
        "## Self-assessment",
        "(take 1 of 2)",
        "(take 2 of 2)",
        "Noticeable changes since Tue 1 Sep 2026, 20:15 are said as better or worse",
        "  Mindfulness vs over-identification         3.5  moderate   +0.7 ↑ better",
        "  - Ask Sam to swap the Friday late shift",
        // Practice log.
        "10 sessions in all, 79.3 minutes of practice.",
        "| Mon 23 Nov 2026 | 4 | 28.3 |",
        "| Mon 30 Nov 2026 | 4 | 44 |",
        "**Sun 29 Nov 2026**\n\n- 22:30 — Affectionate Breathing (chapter 2): 6.5 of 15 minutes, stopped early; check-in before 8\n\
         - Mon 30 Nov, 01:30 — The Self-Compassion Break (chapter 1): 5 of 5 minutes, finished; check-in after 5\n",
        "- 21:00 — The Self-Compassion Break (chapter 1): 5 of 5 minutes, finished; check-in 7 → 4",
        "`being-mindful/body-scan` (no longer in the workbook)",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in:\n{md}");
    }
    // Chapters in workbook order; no section for chapters without answers.
    let at = |s: &str| md.find(s).unwrap();
    assert!(at("## 1. ") < at("## 2. ") && at("## 2. ") < at("## 5. ") && at("## 5. ") < at("## 6. "));
    assert!(at("## 6. ") < at("## Answers to a chapter") && at("## Answers to a chapter") < at("## Self-assessment"));
    assert!(at("## Self-assessment") < at("## Practice log"));
    assert!(!md.contains("## 3. ") && !md.contains("## 4. ") && !md.contains("## 7. "));
    // Steps in chapter order, answers oldest first.
    assert!(at("### Your core values") < at("### Your values in your work"));
    assert!(at("Tue 1 Sep 2026, 20:05 — 8") < at("Tue 24 Nov 2026, 21:31 — 6"));
    let log = &md[at("## Practice log")..];
    assert!(!log.to_lowercase().contains("missed"), "a gentle log counts what was done");
}

#[test]
fn one_chapter_has_only_its_answers_and_its_practice() {
    let options = ExportOptions { chapter: Some("being-mindful".into()), since: None };
    let md = export_of(FIXTURE, &options).markdown;
    assert!(md.contains("Only chapter 2, Being Mindful at Work."));
    assert!(md.contains("## 2. Being Mindful at Work"));
    assert!(md.contains("### How I resist"));
    for absent in
        ["## 1. ", "## 5. ", "## 6. ", "pilot-week", "## Self-assessment", "Self-Compassion Break", "Values Pause"]
    {
        assert!(!md.contains(absent), "{absent:?} should not be in:\n{md}");
    }
    assert!(md.contains("## Practice log"));
    assert!(md.contains("5 sessions in all, 45.3 minutes of practice."), "{md}");
    assert!(md.contains("Wed 25 Nov, 01:30 — Soles of the Feet (chapter 2): 1.8 of 4 minutes, stopped early"));
    assert!(md.contains("`being-mindful/body-scan`"));

    let out = run(Path::new(FIXTURE), &["--chapter", "being-mindful"]);
    assert!(out.status.success());
    assert_eq!(without_time(&text(&out.stdout)), without_time(&md));
}

#[test]
fn chapter_takes_the_number_that_chapters_prints() {
    let listed = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .current_dir(root())
        .args(["--data-dir", FIXTURE, "chapters"])
        .output()
        .unwrap();
    let listed = text(&listed.stdout);
    let line = listed.lines().find(|l| l.contains("values-based-working")).unwrap();
    let number = line.split('\t').next().unwrap();
    assert_eq!(number, "5");

    let by_id = run(Path::new(FIXTURE), &["--chapter", "values-based-working"]);
    let by_number = run(Path::new(FIXTURE), &["--chapter", number]);
    assert!(by_number.status.success(), "{}", text(&by_number.stderr));
    assert!(text(&by_number.stdout).contains("Only chapter 5, Values-Based Working."));
    assert_eq!(without_time(&text(&by_number.stdout)), without_time(&text(&by_id.stdout)));

    let out = run(Path::new(FIXTURE), &["--chapter", "9"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with(
            "mscwork: no chapter \"9\" in this workbook; give its number or id: 1 building-strengths, 2 being-mindful,"
        ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Answers as pulldown-cmark (a CommonMark parser, with GitHub's tables and
/// the like) renders them: the text of one paragraph, hard breaks as newlines.
/// Panics on anything else: a heading, a list, a quote, code, a rule, HTML, a
/// table, a link definition that swallows a line, or a soft break (which a
/// viewer shows as a space).
fn rendered_paragraph(markdown: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut out = String::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Text(t) => out.push_str(&t),
            Event::HardBreak => out.push('\n'),
            other => panic!("{other:?} in:\n{markdown}"),
        }
    }
    out
}

#[test]
fn answers_render_exactly_as_written_line_by_line() {
    let written = [
        "# not a heading",
        "- not a list",
        "> not a quote",
        "* not a bullet",
        "+ nor this",
        "1. not numbered",
        "2) nor this",
        "```not code",
        "~~~",
        "---",
        "===",
        "<div> not html",
        "| a | b |",
        "|---|---|",
        "[note]: https://example.com",
        "   #indented mark",
        "\\# a backslash the user typed",
        "ends with a backslash \\",
        "Café, 11 o'clock — « pourquoi moi ? » 🌊",
        "last line",
    ]
    .join("\n");
    let dir = support::copy_of(FIXTURE);
    let answers = dir.path().join("answers/building-strengths.ron");
    let ron_text = written.replace('\\', "\\\\").replace('\n', "\\n");
    support::replace_in(
        &answers,
        "Again this week: Tomás missed a deadline and I told him the plan was too tight, not him.",
        &ron_text,
    );
    let md = build(&workbook(), &DataDir::new(dir.path()), &ExportOptions::default(), now()).unwrap().markdown;
    let start = md.find("#### Tue 24 Nov 2026, 21:35\n\n").unwrap() + "#### Tue 24 Nov 2026, 21:35\n\n".len();
    let block = &md[start..start + md[start..].find("\n\n").unwrap()];
    // Markdown shows no spaces at the start of a line: the only difference.
    assert_eq!(rendered_paragraph(block), written.replace("   #indented", "#indented"));
    // In the file, each line is the line as written, a backslash before a mark at most.
    assert!(block.starts_with("\\# not a heading\\\n\\- not a list\\\n"), "{block}");
    assert!(block.contains("\n1\\. not numbered\\\n"), "{block}");

    // Two lines and a paragraph break: a hard break, and two paragraphs.
    let block = &md[md.find("When Priya's release broke the checkout").unwrap()..];
    let block = &block[..block.find("\n\n_Earlier").unwrap()];
    let (first, second) = block.split_once("\n\n").unwrap();
    assert_eq!(
        rendered_paragraph(first),
        "When Priya's release broke the checkout, I brought her coffee and said: it happens to all of us.\n\
         I sat with her while she wrote the incident report, and I kept my voice low and easy."
    );
    assert_eq!(rendered_paragraph(second), "I didn't once think she was stupid.");

    // Earlier versions, quoted: the lines stay lines inside the quote.
    let quoted = "> **Tue 1 Sep 2026, 20:30**\n>\n> When Priya's release";
    assert!(md.contains(quoted), "{md}");
}

#[test]
fn since_keeps_what_is_dated_that_day_or_later() {
    // 26 Nov: earlier revisions before that day go, later ones stay.
    let md = export_of(FIXTURE, &ExportOptions { chapter: None, since: Some(date("2026-11-26")) }).markdown;
    assert!(md.contains("Only what is dated Thu 26 Nov 2026 or later."));
    assert!(md.contains("#### Wed 2 Dec 2026, 21:10"));
    assert!(md.contains("> **Thu 26 Nov 2026, 08:05**"));
    assert!(!md.contains("Tue 24 Nov 2026"), "{md}");
    assert!(!md.contains("## 1. "), "chapter 1 has nothing from then on");
    assert!(!md.contains("old-prompt") && !md.contains("pilot-week"));
    assert!(!md.contains("## Self-assessment"), "both takes are older");
    assert!(md.contains("- Mon 30 Nov 2026, 22:05 — 4 (0 = calm … 10 = overwhelmed)"));
    assert!(!md.contains("Mon 23 Nov 2026, 08:10"));
    assert!(md.contains("- Fri 27 Nov 2026, 19:40 — Honesty, Care; other: Presence"));

    // 30 Nov: the day starts at 03:00 (settings.ron), so 01:30 on the 30th
    // belongs to the 29th and 03:30 to the 30th.
    let md = export_of(FIXTURE, &ExportOptions { chapter: None, since: Some(date("2026-11-30")) }).markdown;
    assert!(md.contains("03:30 — Mindfulness in Daily Work: one routine act"), "{md}");
    assert!(!md.contains("Mon 30 Nov, 01:30"));
    assert!(!md.contains("22:30 — Affectionate Breathing"));
    assert!(md.contains("4 sessions in all, 44 minutes of practice."), "{md}");
    assert!(md.contains("|---|---:|---:|\n| Mon 30 Nov 2026 | 4 | 44 |\n\n"), "{md}");

    // 1 Dec: answers written at 00:40 and 00:45 that night still count for 30 Nov.
    let md = export_of(FIXTURE, &ExportOptions { chapter: None, since: Some(date("2026-12-01")) }).markdown;
    assert!(!md.contains("## 6. "), "{md}");
    assert!(!md.contains("Discovering Core Values"));
    assert!(md.contains("#### Tue 1 Dec 2026, 20:15"));
    assert!(md.contains("- 12:15 — The Values Pause (chapter 5)"));

    let out = run(Path::new(FIXTURE), &["--since", "2026-12-01"]);
    assert!(out.status.success());
    assert_eq!(without_time(&text(&out.stdout)), without_time(&md));

    // Nothing that late: a short, friendly note.
    let md = export_of(FIXTURE, &ExportOptions { chapter: None, since: Some(date("2027-01-01")) }).markdown;
    assert!(md.contains("Nothing to export yet from that day on."), "{md}");
}

#[test]
fn a_bad_since_or_chapter_is_refused_with_one_line() {
    let out = run(Path::new(FIXTURE), &["--chapter", "being-kind"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let err = text(&out.stderr);
    assert!(
        err.starts_with(
            "mscwork: no chapter \"being-kind\" in this workbook; give its number or id: 1 building-strengths, 2 being-mindful,"
        ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");

    let err =
        build(&workbook(), &DataDir::new(FIXTURE), &ExportOptions { chapter: Some("x".into()), since: None }, now());
    assert!(err.unwrap_err().to_string().contains("embracing-work"));

    let out = run(Path::new(FIXTURE), &["--since", "26-11-2026"]);
    assert_eq!(out.status.code(), Some(2), "clap rejects a date it cannot read");
    assert_eq!(text(&out.stdout), "");

    let missing = tempfile::tempdir().unwrap();
    let out = run(&missing.path().join("nowhere"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no such data folder"));
    assert!(!missing.path().join("nowhere").exists());
}

#[test]
fn out_writes_a_private_file_and_says_so() {
    let target = tempfile::tempdir().unwrap();
    let file = target.path().join("my-workbook.md");
    let out = run(Path::new(FIXTURE), &["--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(text(&out.stderr), format!("Exported to {}\n", file.display()));
    assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    let golden = fs::read_to_string(root().join(GOLDEN)).unwrap();
    assert_eq!(without_time(&fs::read_to_string(&file).unwrap()), without_time(&golden));
    let names: Vec<_> = fs::read_dir(target.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("my-workbook.md")], "no temporary left behind");

    // Again over the same file: refused, the file named and left as it was.
    let first = fs::read(&file).unwrap();
    let out = run(Path::new(FIXTURE), &["--chapter", "emotional-agility", "--out", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let err = text(&out.stderr);
    assert_eq!(
        err,
        format!(
            "mscwork: {}: a file of that name exists and is left as it is; give a new name, or add --force to replace it\n",
            file.display()
        )
    );
    assert_eq!(fs::read(&file).unwrap(), first);

    // With --force: replaced whole.
    let out = run(Path::new(FIXTURE), &["--chapter", "6", "--out", file.to_str().unwrap(), "--force"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let again = fs::read_to_string(&file).unwrap();
    assert!(again.contains("## 6. ") && !again.contains("## 1. "));
    assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    let names: Vec<_> = fs::read_dir(target.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("my-workbook.md")], "no temporary left behind");

    // --force alone, without --out, is a mistake clap names.
    let out = run(Path::new(FIXTURE), &["--force"]);
    assert_eq!(out.status.code(), Some(2));

    // A bare file name goes in the current folder.
    let out = Command::new(env!("CARGO_BIN_EXE_mscwork"))
        .current_dir(target.path())
        .arg("--data-dir")
        .arg(root().join(FIXTURE))
        .args(["export", "--out", "bare.md"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "Exported to bare.md\n");
    assert!(target.path().join("bare.md").is_file());

    // A folder that does not exist is not created.
    let nowhere = target.path().join("no-such-folder").join("x.md");
    let out = run(Path::new(FIXTURE), &["--out", nowhere.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.starts_with("mscwork: ") && err.contains("no-such-folder: no such folder"), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert!(!target.path().join("no-such-folder").exists());
}

#[test]
fn a_damaged_answers_file_is_named_and_left_byte_for_byte() {
    let dir = support::copy_of(FIXTURE);
    let bad = dir.path().join("answers/being-mindful.ron");
    let original = fs::read(&bad).unwrap();
    let damaged = &original[..original.len() / 2];
    fs::write(&bad, damaged).unwrap();

    let out = run(dir.path(), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    let md = text(&out.stdout);
    assert!(err.starts_with("mscwork: ") && err.contains("answers/being-mindful.ron:"), "{err}");
    assert!(err.contains("left untouched"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let section = &md[md.find("## 2. Being Mindful at Work").expect("the chapter is still named")..];
    let section = &section[..section.find("\n## ").unwrap()];
    assert!(section.contains("could not be read"), "{section}");
    assert!(section.contains("being-mindful.ron:"), "{section}");
    assert!(section.contains("left exactly as it is"), "{section}");
    assert!(!md.contains("The audit finding"));
    // The other chapters are all there.
    assert!(md.contains("## 1. ") && md.contains("## 5. ") && md.contains("## Practice log"));
    assert_eq!(fs::read(&bad).unwrap(), damaged, "the damaged file is untouched");

    // The library reports the same as a warning.
    let result = build(&workbook(), &DataDir::new(dir.path()), &ExportOptions::default(), now()).unwrap();
    assert_eq!(result.warnings.len(), 1);
    assert!(result.warnings[0].contains("being-mindful.ron:"));

    // A damaged practice log and take: named too.
    fs::write(dir.path().join("practice-log.ron"), "(version: 1, entries: [(practice: 3)])").unwrap();
    fs::write(dir.path().join("assessments/2026-10-01T10-00-00+0200.ron"), "(version: 1, oops").unwrap();
    let result = build(&workbook(), &DataDir::new(dir.path()), &ExportOptions::default(), now()).unwrap();
    assert_eq!(result.warnings.len(), 3, "{:?}", result.warnings);
    let log = &result.markdown[result.markdown.find("## Practice log").unwrap()..];
    assert!(log.contains("practice-log.ron:1:") && log.contains("could not be read"), "{log}");
    let takes = &result.markdown[result.markdown.find("## Self-assessment").unwrap()..];
    assert!(takes.contains("2026-10-01T10-00-00+0200.ron:1:"), "{takes}");
    assert!(takes.contains("(take 2 of 2)"), "the readable takes are still there");

    // Damaged settings: said so, and a day starts at the usual 04:00.
    fs::write(dir.path().join("settings.ron"), "(version: 1, day_starts_at: \"late\")").unwrap();
    let result = build(&workbook(), &DataDir::new(dir.path()), &ExportOptions::default(), now()).unwrap();
    assert!(result.warnings[0].starts_with("settings not read, so a day starts at 04:00"), "{:?}", result.warnings);
    assert_eq!(fs::read(dir.path().join("settings.ron")).unwrap(), b"(version: 1, day_starts_at: \"late\")");
}

#[test]
fn exporting_only_reads_the_data_dir_even_while_the_workbook_is_open() {
    let dir = support::copy_of(FIXTURE);
    // Hold the lock, as the running workbook does.
    let journal = Journal::open(dir.path()).unwrap();
    let before = snapshot(dir.path());
    let out = run(dir.path(), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for options in [
        ExportOptions::default(),
        ExportOptions { chapter: Some("values-based-working".into()), since: Some(date("2026-11-01")) },
    ] {
        build(&workbook(), &DataDir::new(dir.path()), &options, now()).unwrap();
    }
    assert_eq!(snapshot(dir.path()), before, "nothing created, changed or removed");
    drop(journal);
}

#[test]
fn the_default_export_path_is_in_the_data_dir() {
    let dir = DataDir::new("/home/ana/.local/share/mscwork");
    let at = DateTime::parse_from_rfc3339("2026-12-01T09:05:00+01:00").unwrap();
    assert_eq!(
        default_export_path(&dir, &at),
        PathBuf::from("/home/ana/.local/share/mscwork/exports/mscwork-export-2026-12-01-0905.md")
    );

    // A name that is taken gets the next free number.
    let data = tempfile::tempdir().unwrap();
    let dir = DataDir::new(data.path());
    fs::create_dir(data.path().join("exports")).unwrap();
    fs::write(data.path().join("exports/mscwork-export-2026-12-01-0905.md"), "first").unwrap();
    assert_eq!(default_export_path(&dir, &at), data.path().join("exports/mscwork-export-2026-12-01-0905-2.md"));
    fs::write(data.path().join("exports/mscwork-export-2026-12-01-0905-2.md"), "second").unwrap();
    assert_eq!(default_export_path(&dir, &at), data.path().join("exports/mscwork-export-2026-12-01-0905-3.md"));
}

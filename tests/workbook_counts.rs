//! The built-in workbook holds what CONTENT.md promises for every chapter:
//! enough teaching text, formal and informal practices, reflections with
//! hints, a check-in, a weekly plan, and the chapter-specific choices,
//! assessments and recalls. Every failure names its chapter.

mod support;

use support::{line_of, replace_in, workbook_copy};

use mscwork::content::{self, Chapter, ChoiceStep, PracticeKind, PracticeStep, Step, Workbook, markup};

fn workbook() -> Workbook {
    content::builtin().unwrap_or_else(|e| panic!("the built-in workbook does not load:\n{e}"))
}

fn chapter(wb: &Workbook, number: u32) -> &Chapter {
    wb.chapters.iter().find(|c| c.number == number).unwrap_or_else(|| panic!("no chapter {number}"))
}

fn practices(c: &Chapter) -> impl Iterator<Item = &PracticeStep> {
    c.steps.iter().filter_map(|s| match s {
        Step::Practice(p) => Some(p),
        _ => None,
    })
}

fn choices(c: &Chapter) -> impl Iterator<Item = &ChoiceStep> {
    c.steps.iter().filter_map(|s| match s {
        Step::Choice(ch) => Some(ch),
        _ => None,
    })
}

fn name(c: &Chapter) -> String {
    format!("chapter {} ({})", c.number, c.id)
}

#[test]
fn the_workbook_has_eight_chapters() {
    let wb = workbook();
    let numbers: Vec<u32> = wb.chapters.iter().map(|c| c.number).collect();
    assert_eq!(numbers, (1..=8).collect::<Vec<_>>());
}

#[test]
fn every_chapter_has_at_least_1200_words_of_teaching_text() {
    for c in &workbook().chapters {
        let words: usize = c
            .steps
            .iter()
            .filter_map(|s| match s {
                Step::Text(t) => Some(markup::word_count(&t.body)),
                _ => None,
            })
            .sum();
        assert!(words >= 1200, "{}: its Text steps have {words} words together, fewer than 1,200", name(c));
    }
}

#[test]
fn every_chapter_has_a_formal_practice_with_minutes_and_cues() {
    for c in &workbook().chapters {
        assert!(
            practices(c).any(|p| p.kind == PracticeKind::Formal && p.minutes >= 1 && p.cues.len() >= 3),
            "{}: no Formal practice with at least 1 minute and 3 cues; practices: {:?}",
            name(c),
            practices(c).map(|p| (&p.id, p.kind, p.minutes, p.cues.len())).collect::<Vec<_>>()
        );
    }
}

#[test]
fn every_chapter_has_an_informal_practice() {
    for c in &workbook().chapters {
        assert!(
            practices(c).any(|p| p.kind == PracticeKind::Informal),
            "{}: no Informal practice for the working day",
            name(c)
        );
    }
}

#[test]
fn every_chapter_has_three_reflections_each_with_a_hint() {
    for c in &workbook().chapters {
        let reflections: Vec<_> = c
            .steps
            .iter()
            .filter_map(|s| match s {
                Step::Reflection(r) => Some(r),
                _ => None,
            })
            .collect();
        assert!(reflections.len() >= 3, "{}: {} Reflection steps, fewer than 3", name(c), reflections.len());
        for r in reflections {
            assert!(
                r.hint.as_deref().is_some_and(|h| !h.trim().is_empty()),
                "{}: reflection {:?} has no hint",
                name(c),
                r.id
            );
        }
    }
}

#[test]
fn every_chapter_has_a_scale_check_in() {
    for c in &workbook().chapters {
        assert!(c.steps.iter().any(|s| matches!(s, Step::Scale(_))), "{}: no Scale check-in", name(c));
    }
}

#[test]
fn every_chapter_has_this_weeks_practice_with_minutes() {
    for c in &workbook().chapters {
        let plan = c.steps.iter().find_map(|s| match s {
            Step::Text(t) if t.id == "this-weeks-practice" => Some(t),
            _ => None,
        });
        let Some(plan) = plan else {
            panic!("{}: no Text step \"this-weeks-practice\"", name(c));
        };
        assert!(plan.body.contains("minute"), "{}: this week's practice does not say how many minutes", name(c));
    }
}

/// The one multiple Choice of a chapter with at least `min` options.
fn assert_multiple_choice(wb: &Workbook, number: u32, what: &str, min: usize) -> ChoiceStep {
    let c = chapter(wb, number);
    let found = choices(c).find(|ch| ch.multiple && ch.options.len() >= min).cloned();
    found.unwrap_or_else(|| {
        panic!(
            "{}: no multiple Choice of {what} with at least {min} options; choices: {:?}",
            name(c),
            choices(c).map(|ch| (&ch.id, ch.multiple, ch.options.len())).collect::<Vec<_>>()
        )
    })
}

#[test]
fn chapter_5_offers_about_thirty_values_and_other() {
    let wb = workbook();
    let values = assert_multiple_choice(&wb, 5, "values", 25);
    assert!(values.other, "chapter 5: the values choice {:?} has no \"other\"", values.id);
}

#[test]
fn chapter_6_offers_emotion_words() {
    assert_multiple_choice(&workbook(), 6, "emotion words", 20);
}

#[test]
fn chapter_7_offers_needs() {
    assert_multiple_choice(&workbook(), 7, "needs", 12);
}

#[test]
fn chapters_1_and_8_have_the_assessment_and_8_compares_with_the_baseline() {
    let wb = workbook();
    for (number, compare) in [(1, false), (8, true)] {
        let c = chapter(&wb, number);
        let step = c.steps.iter().find_map(|s| match s {
            Step::Assessment(a) => Some(a),
            _ => None,
        });
        let Some(step) = step else {
            panic!("{}: no Assessment step", name(c));
        };
        assert_eq!(step.compare_with_baseline, compare, "{}: compare_with_baseline of {:?}", name(c), step.id);
    }
    assert!(wb.manifest.assessment.is_some(), "workbook.ron names no assessment file");
}

#[test]
fn chapter_4_practises_with_the_phrases_of_chapter_3() {
    let wb = workbook();
    let c4 = chapter(&wb, 4);
    let recalling = practices(c4)
        .find(|p| p.recall.as_ref().is_some_and(|r| r.chapter == "befriending-ourselves" && r.step == "my-phrases"));
    assert!(recalling.is_some(), "{}: no Practice recalls befriending-ourselves/my-phrases", name(c4));
    let c3 = chapter(&wb, 3);
    assert_eq!(c3.id, "befriending-ourselves");
    let target = c3.steps.iter().find(|s| s.id() == "my-phrases");
    assert!(
        matches!(target, Some(Step::Reflection(_))),
        "{}: \"my-phrases\" is not a Reflection step: {:?}",
        name(c3),
        target.map(Step::kind_name)
    );
}

#[test]
fn grounding_backdraft_and_support_lines_are_in_the_manifest() {
    let wb = workbook();
    let m = &wb.manifest;
    let find =
        |r: &mscwork::content::StepRef| wb.chapter(&r.chapter).and_then(|c| c.steps.iter().find(|s| s.id() == r.step));
    let grounding = m.grounding.as_ref().expect("workbook.ron has no grounding");
    assert!(matches!(find(grounding), Some(Step::Practice(_))), "grounding {grounding:?} is not a Practice");
    let backdraft = m.backdraft.as_ref().expect("workbook.ron has no backdraft");
    assert!(matches!(find(backdraft), Some(Step::Text(_))), "backdraft {backdraft:?} is not a Text step");
    let lines: String = m.support.lines.iter().map(|l| format!("{} {} {}\n", l.region, l.name, l.contact)).collect();
    for number in ["113", "988", "116 123", "112"] {
        assert!(lines.contains(number), "support lines miss {number}:\n{lines}");
    }
}

#[test]
fn grounding_that_names_a_text_step_is_rejected_in_workbook_ron() {
    let dir = workbook_copy();
    let manifest = dir.path().join("workbook.ron");
    replace_in(
        &manifest,
        "grounding: StepRef(chapter: \"being-mindful\", step: \"soles-of-the-feet\")",
        "grounding: StepRef(chapter: \"being-mindful\", step: \"backdraft\")",
    );
    let errors = content::from_folder(dir.path()).unwrap_err().0;
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let line = line_of(&manifest, "grounding: StepRef");
    assert!(
        errors.iter().any(|e| {
            e.file == manifest.display().to_string()
                && e.file.ends_with("workbook.ron")
                && e.line == line
                && e.message.contains("grounding")
        }),
        "no error at workbook.ron:{line} about grounding: {report:#?}"
    );
}

#[test]
fn a_recall_of_a_missing_step_is_reported_at_the_recall() {
    let dir = workbook_copy();
    let ch4 = dir.path().join("chapters/04-compassionate-voice.ron");
    replace_in(
        &ch4,
        "recall: StepRef(chapter: \"befriending-ourselves\", step: \"my-phrases\")",
        "recall: StepRef(chapter: \"befriending-ourselves\", step: \"my-lost-phrases\")",
    );
    let errors = content::from_folder(dir.path()).unwrap_err().0;
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let line = line_of(&ch4, "my-lost-phrases");
    assert!(
        errors.iter().any(|e| {
            e.file == ch4.display().to_string() && e.line == line && e.message.contains("my-lost-phrases")
        }),
        "no error at {}:{line} naming the missing step: {report:#?}",
        ch4.display()
    );
    assert_eq!(errors.len(), 1, "only the recall is wrong: {report:#?}");
}

#[test]
fn backdraft_that_names_a_practice_is_rejected_at_its_own_line() {
    let dir = workbook_copy();
    let manifest = dir.path().join("workbook.ron");
    replace_in(
        &manifest,
        "backdraft: StepRef(chapter: \"being-mindful\", step: \"backdraft\")",
        "backdraft: StepRef(chapter: \"being-mindful\", step: \"soles-of-the-feet\")",
    );
    let errors = content::from_folder(dir.path()).unwrap_err().0;
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let line = line_of(&manifest, "backdraft: StepRef");
    assert!(
        errors.iter().any(|e| e.file == manifest.display().to_string() && e.message.contains("backdraft")),
        "no error about backdraft: {report:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| { e.file == manifest.display().to_string() && e.line == line && e.message.contains("backdraft") }),
        "the backdraft error is not at workbook.ron:{line}: {report:#?}"
    );
}

//! A translation must be the same workbook in other words: the same
//! chapters and steps with the same ids, kinds and numbers, the same
//! practice lengths and number of cues, the same questionnaire and paths.
//! Answers, progress and History then stay one journal when the language
//! changes.

use super::Workbook;
use super::model::Step;

/// Every way `other` differs from `base` in structure, each said in a line
/// naming the chapter and step.
pub fn differences(base: &Workbook, other: &Workbook) -> Vec<String> {
    let mut out = Vec::new();
    let ids = |w: &Workbook| w.chapters.iter().map(|c| c.id.to_string()).collect::<Vec<_>>();
    if ids(base) != ids(other) {
        out.push(format!("chapters differ: {:?} against {:?}", ids(other), ids(base)));
        return out;
    }
    for (b, o) in base.chapters.iter().zip(&other.chapters) {
        let steps =
            |c: &super::Chapter| c.steps.iter().map(|s| (s.id().to_string(), s.kind_name())).collect::<Vec<_>>();
        if steps(b) != steps(o) {
            out.push(format!("chapter {}: its steps differ in id, kind or order", b.id));
            continue;
        }
        for (bs, os) in b.steps.iter().zip(&o.steps) {
            if let Some(what) = step_difference(bs, os) {
                out.push(format!("{}/{}: {what}", b.id, bs.id()));
            }
        }
    }
    if base.manifest.grounding != other.manifest.grounding || base.manifest.backdraft != other.manifest.backdraft {
        out.push("grounding or backdraft points elsewhere".into());
    }
    out.extend(assessment_differences(base, other));
    out.extend(path_differences(base, other));
    out
}

fn step_difference(b: &Step, o: &Step) -> Option<String> {
    if b.is_optional() != o.is_optional() {
        return Some("optional in one language only".into());
    }
    match (b, o) {
        (Step::Practice(b), Step::Practice(o)) => {
            if b.minutes != o.minutes {
                return Some(format!("{} minutes against {}", o.minutes, b.minutes));
            }
            if b.cues.len() != o.cues.len() {
                return Some(format!("{} cues against {}", o.cues.len(), b.cues.len()));
            }
            if b.rating.as_ref().map(|r| (r.min, r.max)) != o.rating.as_ref().map(|r| (r.min, r.max)) {
                return Some("its check-in's range differs".into());
            }
            (b.recall != o.recall).then(|| "it recalls another step".into())
        }
        (Step::Scale(b), Step::Scale(o)) => {
            ((b.min, b.max, b.support_from) != (o.min, o.max, o.support_from)).then(|| "its scale differs".into())
        }
        (Step::Choice(b), Step::Choice(o)) => {
            let shape = |c: &super::ChoiceStep| (c.options.len(), c.multiple, c.max_picks, c.other);
            (shape(b) != shape(o)).then(|| "its options differ in number or kind".into())
        }
        (Step::Reflection(b), Step::Reflection(o)) => {
            (b.recall != o.recall || b.recalls != o.recalls).then(|| "it recalls other steps".into())
        }
        (Step::Assessment(b), Step::Assessment(o)) => {
            (b.compare_with_baseline != o.compare_with_baseline).then(|| "it compares differently".into())
        }
        _ => None,
    }
}

fn assessment_differences(base: &Workbook, other: &Workbook) -> Vec<String> {
    let (Some(b), Some(o)) = (&base.assessment, &other.assessment) else {
        return if base.assessment.is_some() != other.assessment.is_some() {
            vec!["the self-assessment is in one language only".into()]
        } else {
            Vec::new()
        };
    };
    let mut out = Vec::new();
    let items = |a: &super::assessment::AssessmentDef| {
        a.scales
            .iter()
            .flat_map(|s| {
                s.items
                    .iter()
                    .map(move |i| (s.id.clone(), s.group, s.lower_is_better, s.demand, i.id.clone(), i.reverse))
            })
            .collect::<Vec<_>>()
    };
    if items(b) != items(o) {
        out.push("the self-assessment's scales or items differ".into());
    }
    if b.answers.len() != o.answers.len() {
        out.push("the self-assessment's answers differ in number".into());
    }
    let bands =
        |a: &super::assessment::AssessmentDef| a.bands.iter().map(|x| (x.id.clone(), x.min, x.max)).collect::<Vec<_>>();
    if bands(b) != bands(o) {
        out.push("the self-assessment's bands differ".into());
    }
    let refs = |a: &super::assessment::AssessmentDef| {
        let q: Vec<_> = a.quadrants.iter().map(|q| (q.id.clone(), q.crafting.clone())).collect();
        let c: Vec<_> = a.crafting.iter().map(|c| (c.id.clone(), c.chapters.clone(), c.steps.clone())).collect();
        let p: Vec<_> = a.pointers.iter().map(|p| (p.when.clone(), p.chapters.clone(), p.crafting.clone())).collect();
        (q, c, p, a.support_when.clone())
    };
    if refs(b) != refs(o) {
        out.push("the self-assessment's quadrants, crafting or pointers differ".into());
    }
    out
}

fn path_differences(base: &Workbook, other: &Workbook) -> Vec<String> {
    let shape = |w: &Workbook| {
        w.paths
            .iter()
            .map(|p| {
                let weeks: Vec<_> = p
                    .weeks
                    .iter()
                    .map(|k| (k.chapters.clone(), k.steps.clone(), k.practices.clone(), k.minutes, k.look_back.clone()))
                    .collect();
                (p.id.clone(), weeks)
            })
            .collect::<Vec<_>>()
    };
    if shape(base) != shape(other) {
        vec!["the course paths differ in weeks, steps, practices or minutes".into()]
    } else {
        Vec::new()
    }
}

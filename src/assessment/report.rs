//! JD-R results as plain text, for `mscwork assessment` and the export.

use std::fmt::Write;

use super::{band_label, change, change_word, rounded};
use crate::content::assessment::{AssessmentDef, DemandKind, Group};
use crate::journal::Take;

fn when(take: &Take) -> String {
    crate::journal::days::date(&take.taken)
}

/// The job-crafting plan saved with a take, as a list; empty without one.
pub fn plan_text(take: &Take) -> String {
    let mut out = String::new();
    if !take.plan.is_empty() {
        out.push_str("\nJob-crafting plan\n");
        for p in &take.plan {
            let _ = writeln!(out, "  - {}", p.text);
        }
    }
    out
}

/// The change since an earlier score, with its meaning when noticeable:
/// `  +0.5 ↑ worse`; empty without an earlier score.
fn delta(before: Option<f64>, now: f64, threshold: f64, lower_is_better: bool) -> String {
    before.map_or(String::new(), |before| {
        let word = change_word(lower_is_better, change(before, now, threshold)).unwrap_or("");
        format!("  {:+.1} {word}", rounded(now) - rounded(before))
    })
}

/// One take, compared with `previous` when given.
pub fn take_text(def: &AssessmentDef, take: &Take, previous: Option<&Take>, number: usize, of: usize) -> String {
    let mut out = String::new();
    let label = |v: f64| band_label(def, v);
    let _ = writeln!(out, "{} — taken {} (take {number} of {of})", def.title, when(take));
    let quadrant = def.quadrants.iter().find(|q| q.id == take.quadrant).map_or(take.quadrant.as_str(), |q| &q.title);
    let _ = writeln!(
        out,
        "Where you stand: {quadrant} (job demands {:.1}, job resources {:.1}; the midpoint is {:.1})",
        rounded(take.demands),
        rounded(take.resources),
        super::MIDPOINT
    );
    let split: Vec<String> = [DemandKind::Challenge, DemandKind::Hindrance]
        .into_iter()
        .filter_map(|kind| {
            super::demand_mean(def, &take.scores, kind).map(|v| format!("{} {:.1}", kind.plural(), rounded(v)))
        })
        .collect();
    if split.len() == 2 {
        let _ = writeln!(out, "Of the demands: {}", split.join(" · "));
    }
    if let Some(p) = previous {
        let _ = writeln!(
            out,
            "Noticeable changes since {} are said as better or worse: at least two answers' worth on that scale (1.0 on two statements, 0.6 on three, 0.5 on four, 0.4 on five or more).",
            when(p)
        );
    }
    let name_w = def
        .scales
        .iter()
        .map(|s| s.title.chars().count())
        .chain(def.balances.iter().map(|b| b.title.chars().count()))
        .max()
        .unwrap_or(0);
    let mut group: Option<Group> = None;
    for s in &def.scales {
        let Some(&v) = take.scores.get(&s.id) else { continue };
        if group != Some(s.group) {
            group = Some(s.group);
            let _ = writeln!(out, "\n{}", s.group.title());
        }
        let before = previous.and_then(|p| p.scores.get(&s.id)).copied();
        let delta = delta(before, v, super::scale_threshold(s), s.lower_is_better);
        let line = format!("  {:<name_w$}  {:.1}  {:<9}{delta}", s.title, rounded(v), label(v));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if !def.balances.is_empty() {
        let _ = writeln!(out, "\nSelf-compassion balances (higher is kinder)");
        for b in &def.balances {
            if let Some(&v) = take.balances.get(&b.id) {
                let before = previous.and_then(|p| p.balances.get(&b.id)).copied();
                let delta = delta(before, v, super::balance_threshold(def, b), false);
                let line = format!("  {:<name_w$}  {:.1}  {:<9}{delta}", b.title, rounded(v), label(v));
                let _ = writeln!(out, "{}", line.trim_end());
            }
        }
    }
    out.push_str(&plan_text(take));
    let _ = writeln!(out, "\n{}", def.disclaimer);
    out
}

/// The latest take, or every take oldest first with changes, as text.
pub fn history_text(def: &AssessmentDef, takes: &[&Take], all: bool) -> String {
    if all {
        let texts: Vec<String> = takes
            .iter()
            .enumerate()
            .map(|(i, t)| take_text(def, t, i.checked_sub(1).map(|p| takes[p]), i + 1, takes.len()))
            .collect();
        texts.join("\n")
    } else {
        let n = takes.len();
        match takes.last() {
            Some(t) => take_text(def, t, n.checked_sub(2).map(|p| takes[p]), n, n),
            None => String::new(),
        }
    }
}

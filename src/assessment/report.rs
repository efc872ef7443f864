//! JD-R results as plain text, for `mscwork assessment` and the export,
//! in the language of the workbook they belong to.

use std::fmt::Write;

use super::{band_label, change, change_id, rounded};
use crate::content::assessment::{AssessmentDef, DemandKind};
use crate::i18n::Lang;
use crate::i18n::text::{tr, tr_text};
use crate::journal::Take;
use unicode_width::UnicodeWidthStr;

fn cols(text: &str) -> usize {
    text.width()
}

/// Text that fills `width` columns, padded on the right.
fn padded(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(cols(text))))
}

/// A score as this language writes it, one decimal.
fn score(lang: Lang, v: f64) -> String {
    lang.decimal(rounded(v), 1)
}

/// The job-crafting plan saved with a take, as a list; empty without one.
pub fn plan_text(lang: Lang, take: &Take) -> String {
    let mut out = String::new();
    if !take.plan.is_empty() {
        let _ = writeln!(out, "\n{}", tr(lang, "ui-report-plan"));
        for p in &take.plan {
            let _ = writeln!(out, "  - {}", p.text);
        }
    }
    out
}

/// The change since an earlier score, with its meaning when noticeable:
/// `  +0.5 ↑ worse`; empty without an earlier score.
fn delta(lang: Lang, before: Option<f64>, now: f64, threshold: f64, lower_is_better: bool) -> String {
    before.map_or(String::new(), |before| {
        let word =
            change_id(lower_is_better, change(before, now, threshold)).map(|id| tr(lang, id)).unwrap_or_default();
        let diff = rounded(now) - rounded(before);
        let sign = if diff < 0.0 { "-" } else { "+" };
        format!("  {sign}{} {word}", lang.decimal(diff.abs(), 1))
    })
}

/// A take of an assessment this workbook does not know, in a few plain lines.
pub fn other_take_text(lang: Lang, take: &Take, file: &str) -> String {
    let what = [("id", take.assessment.clone()), ("date", lang.moment(&take.taken)), ("file", file.to_string())];
    let mut out = tr_text(lang, "ui-report-other-take", &what);
    out.push('\n');
    let scores = [
        ("demands", score(lang, take.demands)),
        ("resources", score(lang, take.resources)),
        ("quadrant", take.quadrant.clone()),
    ];
    out.push_str(&tr_text(lang, "ui-report-other-scores", &scores));
    out.push('\n');
    out.push_str(&plan_text(lang, take));
    out
}

/// The lines above the scales: when, where you stand, the demands split,
/// and what counts as a change.
fn head_text(
    lang: Lang,
    def: &AssessmentDef,
    take: &Take,
    previous: Option<&Take>,
    (number, of): (usize, usize),
) -> String {
    let say = |id: &str, pairs: &[(&str, String)]| tr_text(lang, id, pairs);
    let mut out = String::new();
    let taken = [
        ("title", def.title.clone()),
        ("date", lang.moment(&take.taken)),
        ("number", number.to_string()),
        ("of", of.to_string()),
    ];
    let _ = writeln!(out, "{}", say("ui-report-taken", &taken));
    let quadrant = def.quadrants.iter().find(|q| q.id == take.quadrant).map_or(take.quadrant.as_str(), |q| &q.title);
    let stand = [
        ("quadrant", quadrant.to_string()),
        ("demands", score(lang, take.demands)),
        ("resources", score(lang, take.resources)),
        ("midpoint", lang.decimal(super::MIDPOINT, 1)),
    ];
    let _ = writeln!(out, "{}", say("ui-report-stand", &stand));
    let challenges = super::demand_mean(def, &take.scores, DemandKind::Challenge);
    let hindrances = super::demand_mean(def, &take.scores, DemandKind::Hindrance);
    if let (Some(c), Some(h)) = (challenges, hindrances) {
        let split = [("challenges", score(lang, c)), ("hindrances", score(lang, h))];
        let _ = writeln!(out, "{}", say("ui-report-demand-split", &split));
    }
    if let Some(p) = previous {
        let _ = writeln!(out, "{}", say("ui-report-noticeable", &[("date", lang.moment(&p.taken))]));
    }
    out
}

/// One take, compared with `previous` when given.
/// `place` is the take's number and how many there are.
pub fn take_text(
    lang: Lang,
    def: &AssessmentDef,
    take: &Take,
    previous: Option<&Take>,
    place: (usize, usize),
) -> String {
    let mut out = head_text(lang, def, take, previous, place);
    let name_w = def.scales.iter().map(|s| cols(&s.title)).chain(def.balances.iter().map(|b| cols(&b.title))).max();
    let name_w = name_w.unwrap_or(0);
    let band_w = def.bands.iter().map(|b| cols(&b.label) + 1).max().unwrap_or(0).max(9);
    let row = |title: &str, v: f64, delta: String| {
        let line =
            format!("  {}  {}  {}{delta}", padded(title, name_w), score(lang, v), padded(band_label(def, v), band_w));
        line.trim_end().to_string()
    };
    let mut group = None;
    for s in &def.scales {
        let Some(&v) = take.scores.get(&s.id) else { continue };
        if group != Some(s.group) {
            group = Some(s.group);
            let _ = writeln!(out, "\n{}", super::group_title(lang, s.group));
        }
        let before = previous.and_then(|p| p.scores.get(&s.id)).copied();
        let _ =
            writeln!(out, "{}", row(&s.title, v, delta(lang, before, v, super::scale_threshold(s), s.lower_is_better)));
    }
    if !def.balances.is_empty() {
        let _ = writeln!(out, "\n{}", tr(lang, "ui-report-balances"));
        for b in &def.balances {
            if let Some(&v) = take.balances.get(&b.id) {
                let before = previous.and_then(|p| p.balances.get(&b.id)).copied();
                let _ = writeln!(
                    out,
                    "{}",
                    row(&b.title, v, delta(lang, before, v, super::balance_threshold(def, b), false))
                );
            }
        }
    }
    out.push_str(&plan_text(lang, take));
    let _ = writeln!(out, "\n{}", def.disclaimer);
    out
}

/// The latest take, or every take oldest first with changes, as text.
pub fn history_text(lang: Lang, def: &AssessmentDef, takes: &[&Take], all: bool) -> String {
    let n = takes.len();
    let text_of = |i: usize| take_text(lang, def, takes[i], i.checked_sub(1).map(|p| takes[p]), (i + 1, n));
    if all {
        (0..n).map(text_of).collect::<Vec<_>>().join("\n")
    } else {
        n.checked_sub(1).map(text_of).unwrap_or_default()
    }
}

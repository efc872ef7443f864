//! JD-R scoring: pure functions from answers to scores, bands, the
//! quadrant, changes between takes and the crafting suggestions.

pub mod report;

use std::collections::BTreeMap;

use crate::content::assessment::{
    AssessmentDef, BalanceDef, Band, Condition, CraftingDirection, DemandKind, Group, Level, Pointer, QuadrantDef,
    ScaleDef,
};

/// The demands and resources indices are High from this value up: the
/// middle of the 1–5 answers ("sometimes"), a point of the answer scale
/// rather than a norm, as no norms exist for these questions.
pub const MIDPOINT: f64 = 3.0;
/// The least change between two takes that is "noticeable", however long
/// the scale.
pub const NOTICEABLE: f64 = 0.4;
/// How many single-step answer moves a noticeable change needs at least:
/// one answer moved by one step is too little to read anything into.
const NOTICEABLE_STEPS: f64 = 2.0;

/// Everything computed from one take's answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub scales: BTreeMap<String, f64>,
    pub balances: BTreeMap<String, f64>,
    pub demands: f64,
    pub resources: f64,
    pub quadrant: String,
}

/// An item's contribution: reverse-keyed items count (top + 1) − answer.
pub fn item_score(def: &AssessmentDef, reverse: bool, answer: u8) -> f64 {
    let top = f64::from(def.max_answer());
    let x = f64::from(answer);
    if reverse { top + 1.0 - x } else { x }
}

fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.into_iter().fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Why a take cannot be scored: an item, by id, without a usable answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    #[error("item {0:?} is not answered")]
    Unanswered(String),
    /// `max`: the top of the answer scale.
    #[error("item {item:?}: answer {answer} is outside 1–{max}")]
    OutOfRange { item: String, answer: u8, max: u8 },
}

/// Scores a complete set of answers; names the first unanswered item otherwise.
pub fn score(def: &AssessmentDef, answers: &BTreeMap<String, u8>) -> Result<Scores, ScoreError> {
    let mut scales = BTreeMap::new();
    for scale in &def.scales {
        let mut values = Vec::with_capacity(scale.items.len());
        for item in &scale.items {
            let answer = *answers.get(&item.id).ok_or_else(|| ScoreError::Unanswered(item.id.clone()))?;
            if answer == 0 || answer > def.max_answer() {
                return Err(ScoreError::OutOfRange { item: item.id.clone(), answer, max: def.max_answer() });
            }
            values.push(item_score(def, item.reverse, answer));
        }
        scales.insert(scale.id.clone(), mean(values).unwrap_or(0.0));
    }
    let top = f64::from(def.max_answer());
    let balances = def
        .balances
        .iter()
        .filter_map(|b| {
            let pos = scales.get(&b.positive)?;
            let neg = scales.get(&b.negative)?;
            Some((b.id.clone(), (pos + (top + 1.0 - neg)) / 2.0))
        })
        .collect();
    let index = |group: Group| {
        mean(def.scales.iter().filter(|s| s.group == group).filter_map(|s| scales.get(&s.id).copied())).unwrap_or(0.0)
    };
    let (demands, resources) = (index(Group::JobDemands), index(Group::JobResources));
    let quadrant = quadrant(def, demands, resources).map(|q| q.id.clone()).unwrap_or_default();
    Ok(Scores { scales, balances, demands, resources, quadrant })
}

/// The score as shown: one decimal. Bands are judged on this value, so
/// what the user reads and the band they see always agree.
pub fn rounded(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}

pub fn band(def: &AssessmentDef, score: f64) -> Option<&Band> {
    let shown = rounded(score);
    def.bands.iter().find(|b| shown >= b.min - 1e-9 && shown <= b.max + 1e-9)
}

pub fn band_id(def: &AssessmentDef, score: f64) -> &str {
    band(def, score).map_or("", |b| b.id.as_str())
}

/// The band's label for a score, as shown; empty outside every band.
pub fn band_label(def: &AssessmentDef, score: f64) -> &str {
    band(def, score).map_or("", |b| b.label.as_str())
}

/// The half of an index, judged on the one decimal shown (as the bands
/// are), so a 2.96 shown as 3.0 is in the upper half the text says it is.
pub fn level(index: f64) -> Level {
    if rounded(index) >= MIDPOINT - 1e-9 { Level::High } else { Level::Low }
}

pub fn quadrant(def: &AssessmentDef, demands: f64, resources: f64) -> Option<&QuadrantDef> {
    let (d, r) = (level(demands), level(resources));
    def.quadrants.iter().find(|q| q.demands == d && q.resources == r)
}

/// The noticeable change for a score that one answer moved by one step
/// shifts by `step`: two such moves, and never less than [`NOTICEABLE`],
/// to the one decimal shown (cut down, so two moves always reach it). A
/// 2-statement facet (step 0.5) needs 1.0, a 3-statement scale 0.6, a
/// 4-statement scale 0.5, a scale of five or more 0.4.
pub fn threshold(step: f64) -> f64 {
    ((NOTICEABLE_STEPS * step).max(NOTICEABLE) * 10.0 + 1e-9).floor() / 10.0
}

/// The noticeable change of a scale, from its number of statements.
pub fn scale_threshold(scale: &ScaleDef) -> f64 {
    threshold(1.0 / scale.items.len().max(1) as f64)
}

/// The noticeable change of a balance: half of each facet counts, so one
/// answer in the shorter facet moves it by 1 / (2 × its statements).
pub fn balance_threshold(def: &AssessmentDef, balance: &BalanceDef) -> f64 {
    let items = |id: &str| def.scales.iter().find(|s| s.id == id).map_or(1, |s| s.items.len().max(1));
    let shortest = items(&balance.positive).min(items(&balance.negative));
    threshold(1.0 / (2.0 * shortest as f64))
}

/// +1 for a noticeable rise, −1 for a noticeable fall, 0 otherwise;
/// compared at the precision shown, so the numbers on screen agree.
pub fn change(previous: f64, now: f64, threshold: f64) -> i8 {
    let diff = rounded(now) - rounded(previous);
    if diff >= threshold - 1e-9 {
        1
    } else if diff <= -threshold + 1e-9 {
        -1
    } else {
        0
    }
}

/// The message id of a noticeable change said as what it means (`↑ better`,
/// `↓ worse`); None when the change is not noticeable.
pub fn change_id(lower_is_better: bool, change: i8) -> Option<&'static str> {
    match (change, lower_is_better) {
        (1, false) => Some("ui-assess-up-better"),
        (1, true) => Some("ui-assess-up-worse"),
        (-1, true) => Some("ui-assess-down-better"),
        (-1, false) => Some("ui-assess-down-worse"),
        _ => None,
    }
}

/// Every change word's id, for measuring the widest.
pub const CHANGE_IDS: [&str; 4] =
    ["ui-assess-up-better", "ui-assess-up-worse", "ui-assess-down-better", "ui-assess-down-worse"];

/// A group of scales by its name in `lang`.
pub fn group_title(lang: crate::i18n::Lang, group: crate::content::assessment::Group) -> String {
    use crate::content::assessment::Group;
    crate::i18n::text::tr(
        lang,
        match group {
            Group::JobDemands => "ui-assess-group-job-demands",
            Group::JobResources => "ui-assess-group-job-resources",
            Group::PersonalResources => "ui-assess-group-personal-resources",
            Group::Outcomes => "ui-assess-group-outcomes",
        },
    )
}

/// The mean of the demand scales of one kind, from a take's scale scores;
/// None when the workbook marks no scale of that kind.
pub fn demand_mean(def: &AssessmentDef, scales: &BTreeMap<String, f64>, kind: DemandKind) -> Option<f64> {
    mean(def.scales.iter().filter(|s| s.demand == Some(kind)).filter_map(|s| scales.get(&s.id).copied()))
}

pub fn holds(def: &AssessmentDef, scores: &Scores, condition: &Condition) -> bool {
    match condition {
        Condition::High(s) => scores.scales.get(s).is_some_and(|&v| band_id(def, v) == "high"),
        Condition::Low(s) => scores.scales.get(s).is_some_and(|&v| band_id(def, v) == "low"),
        Condition::LowBalance(b) => scores.balances.get(b).is_some_and(|&v| band_id(def, v) == "low"),
        Condition::Quadrant(q) => &scores.quadrant == q,
        Condition::Challenges(half) => {
            demand_mean(def, &scores.scales, DemandKind::Challenge).is_some_and(|v| level(v) == *half)
        }
        Condition::Hindrances(half) => {
            demand_mean(def, &scores.scales, DemandKind::Hindrance).is_some_and(|v| level(v) == *half)
        }
    }
}

pub fn pointers<'a>(def: &'a AssessmentDef, scores: &Scores) -> Vec<&'a Pointer> {
    def.pointers.iter().filter(|p| p.when.iter().any(|c| holds(def, scores, c))).collect()
}

pub fn needs_support(def: &AssessmentDef, scores: &Scores) -> bool {
    def.support_when.iter().any(|c| holds(def, scores, c))
}

/// Crafting directions for this result: the quadrant's first, then those the
/// pointers add, each once.
pub fn suggestions<'a>(def: &'a AssessmentDef, scores: &Scores) -> Vec<&'a CraftingDirection> {
    let from_quadrant = def.quadrants.iter().filter(|q| q.id == scores.quadrant).flat_map(|q| q.crafting.iter());
    let from_pointers = pointers(def, scores).into_iter().flat_map(|p| p.crafting.iter());
    let mut out: Vec<&CraftingDirection> = Vec::new();
    for id in from_quadrant.chain(from_pointers) {
        if let Some(d) = def.direction(id)
            && !out.iter().any(|o| o.id == d.id)
        {
            out.push(d);
        }
    }
    out
}

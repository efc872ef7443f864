//! The JD-R self-assessment as data (`workbook/assessment/jdr.ron`): scales,
//! items, the answer scale, bands, quadrants and job-crafting directions.

use serde::{Deserialize, Serialize};

use super::model::StepRef;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDef {
    pub id: String,
    pub title: String,
    /// Shown before the first item (markup).
    pub intro: String,
    /// "Indicative, not a diagnosis": shown with every result.
    pub disclaimer: String,
    /// The stem every item answers, e.g. "Over the last four weeks, how often…".
    pub question: String,
    /// Labels of the answers 1, 2, … in order (five: never … always).
    pub answers: Vec<String>,
    pub scales: Vec<ScaleDef>,
    /// Self-compassion as three balances of a positive and a negative facet.
    pub balances: Vec<BalanceDef>,
    /// Bands over the score rounded to one decimal, in order, covering 1.0–5.0.
    pub bands: Vec<Band>,
    pub quadrants: Vec<QuadrantDef>,
    pub crafting: Vec<CraftingDirection>,
    /// Extra pointers to chapters, by result.
    #[serde(default)]
    pub pointers: Vec<Pointer>,
    /// When any holds, the results show the support pointer.
    #[serde(default)]
    pub support_when: Vec<Condition>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum Group {
    JobDemands,
    JobResources,
    PersonalResources,
    Outcomes,
}

impl Group {
    pub fn title(self) -> &'static str {
        match self {
            Group::JobDemands => "Job demands",
            Group::JobResources => "Job resources",
            Group::PersonalResources => "Personal resources",
            Group::Outcomes => "Outcomes",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScaleDef {
    /// kebab-case, stable forever: saved takes refer to it.
    pub id: String,
    pub title: String,
    /// A short name for charts (at most 12 characters).
    pub short: String,
    pub group: Group,
    /// A high score costs energy (demands, self-judgement, exhaustion):
    /// the results mark the scale and call a fall an improvement.
    #[serde(default)]
    pub lower_is_better: bool,
    /// One line: what a high score means.
    pub about: String,
    pub items: Vec<ItemDef>,
    /// For a job demand: whether it tends to stretch (a challenge) or only
    /// to drain (a hindrance); the crafting advice rests on the difference.
    #[serde(default)]
    pub demand: Option<DemandKind>,
}

/// Challenge and hindrance demands (Cavanaugh et al. 2000; Van den Broeck
/// et al. 2010): both cost energy, but challenges can also bring growth
/// and engagement, while hindrances mostly get in the way.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum DemandKind {
    Challenge,
    Hindrance,
}

impl DemandKind {
    pub fn plural(self) -> &'static str {
        match self {
            DemandKind::Challenge => "challenges",
            DemandKind::Hindrance => "hindrances",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    /// kebab-case, stable forever.
    pub id: String,
    pub text: String,
    /// Scored 6 − x (on a 1–5 scale).
    #[serde(default)]
    pub reverse: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BalanceDef {
    pub id: String,
    /// e.g. "Self-kindness vs self-judgement".
    pub title: String,
    /// The scale of the positive facet (e.g. self-kindness).
    pub positive: String,
    /// The scale of the negative facet (e.g. self-judgement), reversed in the balance.
    pub negative: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// `low`, `moderate` or `high`.
    pub id: String,
    pub label: String,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum Level {
    Low,
    High,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuadrantDef {
    /// `active`, `high-strain`, `relaxed` or `passive`.
    pub id: String,
    pub demands: Level,
    pub resources: Level,
    pub title: String,
    /// What this position means, in plain words.
    pub text: String,
    /// Crafting directions to suggest, by id.
    pub crafting: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CraftingDirection {
    pub id: String,
    pub title: String,
    pub text: String,
    /// Concrete intentions the user can pick (one to three in the plan).
    pub ideas: Vec<String>,
    /// Chapters that help, by id.
    pub chapters: Vec<String>,
    /// Steps that help most, named in the plan beside the chapters.
    #[serde(default)]
    pub steps: Vec<StepRef>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub enum Condition {
    /// The scale is in the high band.
    High(String),
    /// The scale is in the low band.
    Low(String),
    /// The balance is in the low band.
    LowBalance(String),
    /// The result is in this quadrant.
    Quadrant(String),
    /// The mean of the challenge demands is in this half (split at the midpoint).
    Challenges(Level),
    /// The mean of the hindrance demands is in this half.
    Hindrances(Level),
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pointer {
    /// Any of these.
    pub when: Vec<Condition>,
    pub text: String,
    pub chapters: Vec<String>,
    /// Crafting directions this adds, by id.
    #[serde(default)]
    pub crafting: Vec<String>,
}

impl AssessmentDef {
    pub fn items(&self) -> impl Iterator<Item = (&ScaleDef, &ItemDef)> {
        self.scales.iter().flat_map(|s| s.items.iter().map(move |i| (s, i)))
    }

    pub fn item_count(&self) -> usize {
        self.scales.iter().map(|s| s.items.len()).sum()
    }

    pub fn direction(&self, id: &str) -> Option<&CraftingDirection> {
        self.crafting.iter().find(|c| c.id == id)
    }

    pub fn max_answer(&self) -> u8 {
        u8::try_from(self.answers.len()).unwrap_or(u8::MAX)
    }
}

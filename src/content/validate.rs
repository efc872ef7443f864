//! Rules a workbook must meet beyond its shape: ids, texts, ranges, references.

use std::collections::{HashMap, HashSet};

use super::assessment::{AssessmentDef, Condition, Group, Level};
use super::course::{Paths, Week};
use super::error::{ContentError, FileError, find_nth, locate, position_of};
use super::load::Loaded;
use super::model::{Chapter, ChoiceStep, Manifest, PracticeStep, ScaleStep, Step, StepRef};
// The rule for ids is the data folder's: they name its files.
use crate::journal::paths::check_id;

/// Chapter files must stay inside the workbook folder.
pub fn check_relative_path(rel: &str) -> Result<(), FileError> {
    let bad = rel.is_empty()
        || rel.starts_with('/')
        || rel.contains('\\')
        || rel.split('/').any(|part| part.is_empty() || part == "." || part == "..")
        || rel.chars().any(char::is_control)
        || !rel.ends_with(".ron");
    if bad { Err(FileError::NotInside) } else { Ok(()) }
}

struct Reporter<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<ContentError>,
}

impl Reporter<'_> {
    /// Reports at the `nth` occurrence of the quoted `anchor`.
    fn at(&mut self, anchor: &str, nth: usize, message: impl Into<String>) {
        let (line, column) = locate(self.text, &format!("\"{anchor}\""), nth);
        self.errors.push(ContentError { file: self.file.to_string(), line, column, message: message.into() });
    }

    /// Reports at the quoted `needle` that follows the field `key:`.
    fn after_key(&mut self, key: &str, needle: &str, message: impl Into<String>) {
        let start = self.text.find(&format!("{key}:"));
        if let Err(message) = self.at_needle_after(start, needle, message) {
            self.at(needle, 0, message);
        }
    }

    /// Reports at `needle` inside the step found at the `nth` quoted `anchor`,
    /// so a bad reference points at itself rather than at its step.
    fn within(&mut self, anchor: &str, nth: usize, needle: &str, message: impl Into<String>) {
        let start = find_nth(self.text, &format!("\"{anchor}\""), nth);
        if let Err(message) = self.at_needle_after(start, needle, message) {
            self.at(anchor, nth, message);
        }
    }

    /// Reports at the quoted `needle` after `start`; hands the message back
    /// when there is no such place, for the caller's fallback.
    fn at_needle_after<M: Into<String>>(&mut self, start: Option<usize>, needle: &str, message: M) -> Result<(), M> {
        let quoted = format!("\"{needle}\"");
        let Some(offset) = start.and_then(|s| self.text[s..].find(&quoted).map(|i| s + i)) else {
            return Err(message);
        };
        let (line, column) = position_of(self.text, offset);
        self.errors.push(ContentError { file: self.file.to_string(), line, column, message: message.into() });
        Ok(())
    }
}

/// The manifest's own fields: what every workbook needs, and help lines
/// whose dates can be read.
fn validate_manifest(r: &mut Reporter, m: &Manifest) {
    if let Err(e) = check_id(&m.id) {
        r.at(&m.id, 0, e.to_string());
    }
    if m.title.trim().is_empty() {
        r.at("", 0, "the workbook title is empty");
    }
    if m.chapters.is_empty() {
        r.at("", 0, "the workbook lists no chapters");
    }
    if m.welcome.trim().is_empty() {
        r.at("", 0, "the welcome text is empty");
    }
    if m.intake.as_deref().is_some_and(|t| t.trim().is_empty()) {
        r.after_key("intake", "", "the intake text is empty");
    }
    for line in &m.support.lines {
        if let Some(day) = &line.checked
            && chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_err()
        {
            r.at(day, 0, format!("checked must be a date, YYYY-MM-DD, not {day:?}"));
        }
    }
    if m.support.lines.is_empty() {
        r.at("", 0, "support lists no help lines");
    }
}

/// `chapters` holds one entry per chapter the manifest lists, `None` for one
/// that could not be read or parsed (its own error is reported already).
/// Then its id and steps are unknown: rules that would need them are left
/// out, so that one bad file is not reported again as every reference to
/// it and every chapter number after it.
pub fn validate(manifest: &Loaded<Manifest>, chapters: &[Option<Loaded<Chapter>>]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut r = Reporter { file: &manifest.file, text: &manifest.text, errors: Vec::new() };
    let m = &manifest.value;
    validate_manifest(&mut r, m);
    errors.append(&mut r.errors);

    // Chapter numbers and ids, across files.
    let mut ids: HashSet<&str> = HashSet::new();
    for (i, c) in chapters.iter().enumerate() {
        let Some(c) = c else { continue };
        let mut r = Reporter { file: &c.file, text: &c.text, errors: Vec::new() };
        if !ids.insert(&c.value.id) {
            r.at(&c.value.id, 0, format!("chapter id {:?} is used by another chapter", c.value.id));
        }
        let expected = i as u32 + 1;
        if c.value.number != expected {
            r.at(
                &c.value.id,
                0,
                format!("chapter number is {}, expected {expected} from its place in workbook.ron", c.value.number),
            );
        }
        errors.append(&mut r.errors);
    }

    // Which steps exist, for references: chapter id -> (number, step id -> answerable).
    let readable = || chapters.iter().flatten();
    let complete = chapters.iter().all(Option::is_some);
    let index: HashMap<&str, (u32, HashMap<&str, bool>)> = readable()
        .map(|c| {
            let steps = c.value.steps.iter().map(|s| (s.id().as_str(), s.is_answerable())).collect();
            (c.value.id.as_str(), (c.value.number, steps))
        })
        .collect();

    for c in readable() {
        let mut r = Reporter { file: &c.file, text: &c.text, errors: Vec::new() };
        validate_chapter(&mut r, &c.value, m, &index, complete);
        errors.append(&mut r.errors);
    }

    // The safety links every practice offers must point at the right kind of step.
    let mut r = Reporter { file: &manifest.file, text: &manifest.text, errors: Vec::new() };
    let links = [("grounding", &m.grounding, "Practice"), ("backdraft", &m.backdraft, "Text")];
    for (name, link, kind) in links {
        let Some(target) = link else { continue };
        let chapter = readable().find(|c| c.value.id == target.chapter);
        if chapter.is_none() && !complete {
            continue;
        }
        match chapter.and_then(|c| c.value.step(&target.step)) {
            Some(step) if step.kind_name() == kind => {}
            Some(_) => r.after_key(name, &target.step, format!("{name} must name a {kind} step")),
            None => {
                r.after_key(name, &target.step, format!("{name} names unknown step {}/{}", target.chapter, target.step))
            }
        }
    }
    errors.append(&mut r.errors);
    errors
}

type Index<'a> = HashMap<&'a str, (u32, HashMap<&'a str, bool>)>;

/// `complete`: whether `index` holds every chapter, so that a chapter missing
/// from it is unknown rather than unreadable.
fn validate_chapter(r: &mut Reporter, c: &Chapter, m: &Manifest, index: &Index, complete: bool) {
    if let Err(e) = check_id(&c.id) {
        r.at(&c.id, 0, e.to_string());
    }
    if c.id == crate::journal::TIMER_CHAPTER {
        // The practice log files the silent timer under this name.
        r.at(&c.id, 0, format!("the chapter id {:?} is reserved for the silent timer", c.id));
    }
    for (field, value) in [("title", &c.title), ("aim", &c.aim)] {
        if value.trim().is_empty() {
            r.at(&c.id, 0, format!("chapter {field} is empty"));
        }
    }
    if c.steps.is_empty() {
        r.at(&c.id, 0, "chapter has no steps");
    } else if c.steps.iter().all(Step::is_optional) {
        // A chapter of only optional steps would count as done unread.
        r.at(&c.id, 0, "every step is optional; at least one must be required");
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for step in &c.steps {
        let id = step.id().as_str();
        // The chapter's own id occurs once before its steps when they share it.
        let nth = *seen.get(id).unwrap_or(&0) + usize::from(id == c.id.as_str());
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        if *count > 1 {
            r.at(id, nth, format!("step id {id:?} is used twice in this chapter"));
        }
        if let Err(e) = check_id(id) {
            r.at(id, nth, e.to_string());
        }
        let at = StepAt { id, nth };
        validate_step(r, at, step, m);
        let recalled: Vec<&StepRef> = match step {
            Step::Practice(s) => s.recall.iter().collect(),
            Step::Reflection(s) => s.recalled().collect(),
            _ => Vec::new(),
        };
        for (k, target) in recalled.iter().enumerate() {
            if let Some((needle, message)) = recall_problem(target, c, id, index, complete) {
                r.within(id, nth, needle, format!("step {id:?}: {message}"));
            } else if recalled[..k].contains(target) {
                r.within(id, nth, &target.step, format!("step {id:?}: recalls the same step twice"));
            }
        }
    }
}

/// A step in its chapter file: its id, and which occurrence of it (see
/// [`Reporter::at`]) is the step.
#[derive(Clone, Copy)]
struct StepAt<'a> {
    id: &'a str,
    nth: usize,
}

impl Reporter<'_> {
    /// Reports at the step, its id named first.
    fn step(&mut self, at: StepAt, problem: &str) {
        self.at(at.id, at.nth, format!("step {:?}: {problem}", at.id));
    }

    fn non_empty(&mut self, at: StepAt, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.step(at, &format!("{field} is empty"));
        }
    }
}

/// The rules of a step's own fields, by its kind.
fn validate_step(r: &mut Reporter, at: StepAt, step: &Step, m: &Manifest) {
    r.non_empty(at, "title", step.title());
    match step {
        Step::Text(s) => r.non_empty(at, "body", &s.body),
        Step::Reflection(s) => {
            r.non_empty(at, "prompt", &s.prompt);
            if let Some(h) = &s.hint {
                r.non_empty(at, "hint", h);
            }
        }
        Step::Practice(s) => validate_practice(r, at, s),
        Step::Scale(s) => validate_scale(r, at, s),
        Step::Choice(s) => validate_choice(r, at, s),
        Step::Assessment(s) => {
            r.non_empty(at, "intro", &s.intro);
            if m.assessment.is_none() {
                r.step(at, "an Assessment step needs `assessment` in workbook.ron");
            }
        }
    }
}

fn validate_practice(r: &mut Reporter, at: StepAt, s: &PracticeStep) {
    r.non_empty(at, "intro", &s.intro);
    if s.minutes == 0 || s.minutes > 120 {
        r.step(at, "minutes must be 1 to 120");
    }
    if s.cues.is_empty() {
        r.step(at, "a practice needs at least one cue");
    }
    if s.cues.iter().any(|cue| cue.trim().is_empty()) {
        r.step(at, "a cue is empty");
    }
    if let Some(rating) = &s.rating
        && rating.min >= rating.max
    {
        r.step(at, "rating min must be below max");
    }
}

fn validate_scale(r: &mut Reporter, at: StepAt, s: &ScaleStep) {
    r.non_empty(at, "prompt", &s.prompt);
    if s.min >= s.max {
        r.step(at, &format!("scale min ({}) must be below max ({})", s.min, s.max));
    } else if s.max - s.min > 20 {
        r.step(at, "a scale has at most 21 points");
    }
    if let Some(from) = s.support_from
        && (from < s.min || from > s.max)
    {
        r.step(at, "support_from is outside the scale");
    }
}

fn validate_choice(r: &mut Reporter, at: StepAt, s: &ChoiceStep) {
    r.non_empty(at, "prompt", &s.prompt);
    if s.options.is_empty() {
        r.step(at, "a choice needs options");
    }
    let mut options = HashSet::new();
    for o in &s.options {
        if o.trim().is_empty() {
            r.step(at, "an option is empty");
        } else if !options.insert(o.as_str()) {
            r.step(at, &format!("option {o:?} is listed twice"));
        }
    }
    if let Some(max) = s.max_picks
        && (!s.multiple || max == 0 || max as usize > s.options.len() + usize::from(s.other))
    {
        r.step(at, "max_picks needs multiple and must be 1 to the number of options");
    }
}

/// What is wrong with the step `target` that step `id` of chapter `c`
/// recalls, and the text in the file to point at: the part of the
/// reference that is wrong.
fn recall_problem<'a>(
    target: &'a StepRef,
    c: &Chapter,
    id: &str,
    index: &Index,
    complete: bool,
) -> Option<(&'a str, String)> {
    match index.get(target.chapter.as_str()) {
        None if !complete => None,
        None => Some((&target.chapter, format!("recall names unknown chapter {:?}", target.chapter))),
        Some((number, steps)) => match steps.get(target.step.as_str()) {
            None => Some((
                &target.step,
                format!("recall names unknown step {:?} in chapter {:?}", target.step, target.chapter),
            )),
            Some(false) => Some((&target.step, "recall must name a Reflection, Scale or Choice step".to_string())),
            Some(true) if *number > c.number => {
                Some((&target.chapter, "recall must name a step of this or an earlier chapter".to_string()))
            }
            Some(true) if target.chapter == c.id && target.step == id => {
                Some((&target.step, "a step cannot recall itself".to_string()))
            }
            Some(true) => None,
        },
    }
}

/// Rules for the JD-R assessment file: unique ids, items in every scale,
/// bands that cover the answer range, all four quadrants, known references.
/// `chapters` is `None` when a chapter file could not be read: then no
/// chapter or step can be called unknown.
pub fn validate_assessment(
    file: &str,
    text: &str,
    a: &AssessmentDef,
    chapters: Option<&[&Chapter]>,
) -> Vec<ContentError> {
    let mut r = Reporter { file, text, errors: Vec::new() };
    let mut ids: HashSet<&str> = HashSet::new();
    let known = Known {
        scales: a.scales.iter().map(|s| s.id.as_str()).collect(),
        crafting: a.crafting.iter().map(|c| c.id.as_str()).collect(),
        quadrants: a.quadrants.iter().map(|q| q.id.as_str()).collect(),
        balances: a.balances.iter().map(|b| b.id.as_str()).collect(),
        chapters,
    };
    validate_scales(&mut r, &mut ids, a);
    validate_balances(&mut r, &mut ids, a, &known);
    validate_bands(&mut r, a);
    validate_quadrants(&mut r, &mut ids, a, &known);
    validate_crafting(&mut r, &mut ids, a, &known);
    validate_pointers(&mut r, a, &known);
    r.errors
}

/// The ids an assessment's references may name.
struct Known<'a> {
    scales: HashSet<&'a str>,
    crafting: HashSet<&'a str>,
    quadrants: HashSet<&'a str>,
    balances: HashSet<&'a str>,
    /// `None` when a chapter file could not be read (see [`validate_assessment`]).
    chapters: Option<&'a [&'a Chapter]>,
}

impl Known<'_> {
    fn unknown_chapter(&self, id: &str) -> bool {
        self.chapters.is_some_and(|all| !all.iter().any(|c| c.id == id))
    }

    fn unknown_step(&self, at: &StepRef) -> bool {
        self.chapters.is_some_and(|all| !all.iter().any(|c| c.id == at.chapter && c.step(&at.step).is_some()))
    }
}

/// The assessment's own id and answer scale, its scales and their items,
/// and a scale in each group the quadrant is drawn from.
fn validate_scales<'a>(r: &mut Reporter, ids: &mut HashSet<&'a str>, a: &'a AssessmentDef) {
    unique(r, ids, &a.id, "assessment");
    if a.answers.len() < 2 {
        r.at(&a.id, 0, "the answer scale needs at least two labels");
    }
    for s in &a.scales {
        unique(r, ids, &s.id, "scale");
        if s.items.len() < 2 {
            r.at(&s.id, 0, format!("scale {:?} needs at least two items", s.id));
        }
        if s.short.chars().count() > 12 || s.short.trim().is_empty() {
            r.at(&s.id, 0, format!("scale {:?}: short must be 1 to 12 characters", s.id));
        }
        if s.demand.is_some() && s.group != Group::JobDemands {
            r.at(&s.id, 0, format!("scale {:?}: only a job demand is a challenge or a hindrance", s.id));
        }
        for item in &s.items {
            unique(r, ids, &item.id, "item");
            if item.text.trim().is_empty() {
                r.at(&item.id, 0, format!("item {:?} has no text", item.id));
            }
        }
    }
    for group in [Group::JobDemands, Group::JobResources] {
        if !a.scales.iter().any(|s| s.group == group) {
            r.at(&a.id, 0, format!("no scale in group {group:?}: the quadrant needs it"));
        }
    }
}

fn validate_balances<'a>(r: &mut Reporter, ids: &mut HashSet<&'a str>, a: &'a AssessmentDef, known: &Known) {
    for b in &a.balances {
        unique(r, ids, &b.id, "balance");
        for facet in [&b.positive, &b.negative] {
            if !known.scales.contains(facet.as_str()) {
                r.at(facet, 0, format!("balance {:?} names unknown scale {facet:?}", b.id));
            }
        }
    }
}

/// Bands over the score rounded to one decimal: contiguous from 1.0 to the
/// top answer, with the three the results speak of.
fn validate_bands(r: &mut Reporter, a: &AssessmentDef) {
    let top = a.answers.len() as f64;
    let near = |x: f64, y: f64| (x - y).abs() < 1e-6;
    let band_ok = a.bands.first().is_some_and(|b| near(b.min, 1.0))
        && a.bands.last().is_some_and(|b| near(b.max, top))
        && a.bands.windows(2).all(|w| near(w[1].min, w[0].max + 0.1))
        && a.bands.iter().all(|b| b.min <= b.max);
    if !band_ok {
        r.at(&a.id, 0, format!("bands must follow each other in steps of 0.1 and cover 1.0 to {top:.1}"));
    }
    for needed in ["low", "moderate", "high"] {
        if !a.bands.iter().any(|b| b.id == needed) {
            r.at(&a.id, 0, format!("bands need one with id {needed:?}"));
        }
    }
}

/// One quadrant for each pair of levels, each naming known crafting directions.
fn validate_quadrants<'a>(r: &mut Reporter, ids: &mut HashSet<&'a str>, a: &'a AssessmentDef, known: &Known) {
    for (d, res) in
        [(Level::High, Level::High), (Level::High, Level::Low), (Level::Low, Level::High), (Level::Low, Level::Low)]
    {
        let n = a.quadrants.iter().filter(|q| q.demands == d && q.resources == res).count();
        if n != 1 {
            r.at(&a.id, 0, format!("exactly one quadrant must have demands {d:?} and resources {res:?} (found {n})"));
        }
    }
    for q in &a.quadrants {
        unique(r, ids, &q.id, "quadrant");
        for c in &q.crafting {
            if !known.crafting.contains(c.as_str()) {
                r.at(c, 0, format!("quadrant {:?} names unknown crafting direction {c:?}", q.id));
            }
        }
    }
}

/// Rules for the course paths: unique ids, weeks that hold something,
/// practices that are Practice steps, a look back that is a Reflection,
/// minutes a person can give in a day. `chapters` is `None` when a chapter
/// file could not be read: then no reference can be called unknown.
pub fn validate_paths(file: &str, text: &str, p: &Paths, chapters: Option<&[&Chapter]>) -> Vec<ContentError> {
    let mut r = Reporter { file, text, errors: Vec::new() };
    let mut ids: HashSet<&str> = HashSet::new();
    if p.paths.is_empty() {
        r.at("", 0, "no course paths");
    }
    for path in &p.paths {
        if let Err(e) = check_id(&path.id) {
            r.at(&path.id, 0, e.to_string());
        }
        unique(&mut r, &mut ids, &path.id, "path");
        if path.weeks.is_empty() {
            r.at(&path.id, 0, format!("path {:?} has no weeks", path.id));
        }
        for week in &path.weeks {
            validate_week(&mut r, &path.id, week, chapters);
        }
    }
    r.errors
}

fn validate_week(r: &mut Reporter, path: &str, week: &Week, chapters: Option<&[&Chapter]>) {
    if week.chapters.is_empty() && week.steps.is_empty() {
        r.at(&week.title, 0, format!("{path}: week {:?} holds no chapter and no step", week.title));
    }
    if !(1..=120).contains(&week.minutes) {
        r.at(&week.title, 0, format!("{path}: week {:?}: minutes must be 1 to 120", week.title));
    }
    let Some(chapters) = chapters else { return };
    let step = |at: &StepRef| chapters.iter().find(|c| c.id == at.chapter).and_then(|c| c.step(&at.step));
    for id in &week.chapters {
        if !chapters.iter().any(|c| c.id == *id) {
            r.at(id, 0, format!("{path}: week {:?} names unknown chapter {id:?}", week.title));
        }
    }
    for at in &week.steps {
        if step(at).is_none() {
            r.at(&at.step, 0, format!("{path}: unknown step {}/{}", at.chapter, at.step));
        }
    }
    if week.practices.is_empty() {
        r.at(&week.title, 0, format!("{path}: week {:?} suggests no practice", week.title));
    }
    for at in &week.practices {
        if !matches!(step(at), Some(Step::Practice(_))) {
            r.at(&at.step, 0, format!("{path}: {}/{} is not a Practice step", at.chapter, at.step));
        }
    }
    if !matches!(step(&week.look_back), Some(Step::Reflection(_))) {
        let at = &week.look_back;
        r.at(&at.step, 0, format!("{path}: look_back {}/{} is not a Reflection step", at.chapter, at.step));
    }
}

fn validate_crafting<'a>(r: &mut Reporter, ids: &mut HashSet<&'a str>, a: &'a AssessmentDef, known: &Known) {
    for c in &a.crafting {
        unique(r, ids, &c.id, "crafting");
        if c.ideas.is_empty() {
            r.at(&c.id, 0, format!("crafting direction {:?} needs ideas", c.id));
        }
        for ch in &c.chapters {
            if known.unknown_chapter(ch) {
                r.at(ch, 0, format!("crafting direction {:?} names unknown chapter {ch:?}", c.id));
            }
        }
        for step in &c.steps {
            if known.unknown_step(step) {
                r.at(
                    &step.step,
                    0,
                    format!("crafting direction {:?} names unknown step {}/{}", c.id, step.chapter, step.step),
                );
            }
        }
    }
}

/// The conditions of pointers and of `support_when`, and what pointers point to.
fn validate_pointers(r: &mut Reporter, a: &AssessmentDef, known: &Known) {
    let conditions = a.pointers.iter().flat_map(|p| p.when.iter()).chain(a.support_when.iter());
    for cond in conditions {
        let (found, name) = match cond {
            Condition::High(s) | Condition::Low(s) => (known.scales.contains(s.as_str()), s),
            Condition::LowBalance(b) => (known.balances.contains(b.as_str()), b),
            Condition::Quadrant(q) => (known.quadrants.contains(q.as_str()), q),
            Condition::Challenges(_) | Condition::Hindrances(_) => continue,
        };
        if !found {
            r.at(name, 0, format!("condition names unknown {name:?}"));
        }
    }
    for p in &a.pointers {
        for ch in &p.chapters {
            if known.unknown_chapter(ch) {
                r.at(ch, 0, format!("pointer names unknown chapter {ch:?}"));
            }
        }
        for c in &p.crafting {
            if !known.crafting.contains(c.as_str()) {
                r.at(c, 0, format!("pointer names unknown crafting direction {c:?}"));
            }
        }
    }
}

fn unique<'a>(r: &mut Reporter, ids: &mut HashSet<&'a str>, id: &'a str, what: &str) {
    if let Err(e) = check_id(id) {
        r.at(id, 0, e.to_string());
    }
    if !ids.insert(id) {
        r.at(id, 1, format!("{what} id {id:?} is used twice"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapter_paths_stay_inside_the_folder() {
        for bad in ["/etc/x.ron", "../x.ron", "a/../b.ron", "a//b.ron", "x.txt", "a\\b.ron"] {
            assert!(check_relative_path(bad).is_err(), "{bad:?} accepted");
        }
        assert!(check_relative_path("chapters/01-x.ron").is_ok());
    }
}

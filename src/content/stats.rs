//! Counts that show what a chapter asks of a reader: how much there is to
//! read, which practices and how long, how many prompts. Printed by
//! `mscwork check --stats` so an author sees the week's weight at a glance.

use super::markup;
use super::model::{Chapter, PracticeKind, Step, Workbook};

/// One practice in a chapter's inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeLine {
    pub id: String,
    pub title: String,
    pub kind: PracticeKind,
    pub minutes: u32,
    pub optional: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChapterStats {
    pub number: u32,
    pub id: String,
    pub title: String,
    /// Words of the teaching Text steps (the brief asks at least 1,200).
    pub teaching_words: usize,
    /// Every word a reader meets: teaching text, practice intros and cues,
    /// prompts, hints and options.
    pub all_words: usize,
    pub steps: usize,
    pub optional_steps: usize,
    pub reflections: usize,
    pub practices: Vec<PracticeLine>,
}

impl ChapterStats {
    /// Minutes of practice that are not optional, and those that are.
    pub fn minutes(&self) -> (u32, u32) {
        self.practices.iter().fold((0, 0), |(required, optional), p| {
            if p.optional { (required, optional + p.minutes) } else { (required + p.minutes, optional) }
        })
    }
}

pub fn chapter_stats(c: &Chapter) -> ChapterStats {
    let words = |s: &str| markup::word_count(s);
    let mut stats = ChapterStats {
        number: c.number,
        id: c.id.to_string(),
        title: c.title.clone(),
        teaching_words: 0,
        all_words: 0,
        steps: c.steps.len(),
        optional_steps: c.steps.iter().filter(|s| s.is_optional()).count(),
        reflections: 0,
        practices: Vec::new(),
    };
    for step in &c.steps {
        stats.all_words += words(step.prompt().unwrap_or_default());
        match step {
            Step::Text(t) => {
                stats.teaching_words += words(&t.body);
                stats.all_words += words(&t.body);
            }
            Step::Practice(p) => {
                stats.all_words += words(&p.intro) + p.cues.iter().map(|c| words(c)).sum::<usize>();
                stats.practices.push(PracticeLine {
                    id: p.id.to_string(),
                    title: p.title.clone(),
                    kind: p.kind,
                    minutes: p.minutes,
                    optional: p.optional,
                });
            }
            Step::Reflection(r) => {
                stats.reflections += 1;
                stats.all_words += words(r.hint.as_deref().unwrap_or_default());
            }
            Step::Choice(ch) => stats.all_words += ch.options.iter().map(|o| words(o)).sum::<usize>(),
            Step::Scale(_) => {}
            Step::Assessment(a) => stats.all_words += words(&a.intro),
        }
    }
    stats
}

/// The report `check --stats` prints: a line per chapter, then its practices.
pub fn report(workbook: &Workbook) -> Vec<String> {
    let mut lines = Vec::new();
    let mut totals = (0, 0, 0, 0);
    for c in workbook.chapters.iter().map(chapter_stats) {
        let (required, optional) = c.minutes();
        let extra = |n: usize, what: &str| if n > 0 { format!(" ({n} {what})") } else { String::new() };
        lines.push(format!(
            "{}. {} — {} words of teaching, {} in all; {} steps{}; {} reflections; {} practices, {required} min{}",
            c.number,
            c.title,
            c.teaching_words,
            c.all_words,
            c.steps,
            extra(c.optional_steps, "optional"),
            c.reflections,
            c.practices.len(),
            if optional > 0 { format!(" (+{optional} min optional)") } else { String::new() },
        ));
        for p in &c.practices {
            let kind = match p.kind {
                PracticeKind::Formal => "formal",
                PracticeKind::Informal => "informal",
            };
            let optional = if p.optional { ", optional" } else { "" };
            lines.push(format!("   {:>3} min  {kind:<8}  {}{optional}", p.minutes, p.title));
        }
        totals = (
            totals.0 + c.teaching_words,
            totals.1 + c.all_words,
            totals.2 + c.practices.len(),
            totals.3 + c.reflections,
        );
    }
    lines.push(format!(
        "total: {} words of teaching, {} in all; {} practices; {} reflections",
        totals.0, totals.1, totals.2, totals.3
    ));
    lines
}

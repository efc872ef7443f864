//! A realistic data dir for the benchmarks. At scale 1, ten years of daily
//! use: 3,650 daily reflections over the eight chapters (one in ten revised,
//! 50–2,000 characters, some non-ASCII), scale and choice answers, 120 JD-R
//! takes and 3,650 practice-log entries. Scale 10 is a hundred years' worth
//! of the same, from 1926 on, so each month holds as much as at scale 1.
//! Written in today's folders of months ([`Format::Current`]) or in the one
//! file per chapter and the one practice-log file of before
//! ([`Format::Legacy`], to test the move). Deterministic: the same files
//! every run.
//!
//! Not part of the library: the bench, `tests/layout.rs` and
//! `examples/gen-data.rs` each include this file with
//! `#[path = ".../benches/support/data.rs"] mod …;`, and it writes through
//! the library's public API only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset};

use mscwork::assessment::score;
use mscwork::content::assessment::AssessmentDef;
use mscwork::content::{Chapter, Step, builtin};
use mscwork::journal::atomic::{PlainWriter, create_private_dir, write_atomic};
use mscwork::journal::monthly;
use mscwork::journal::store::to_ron;
use mscwork::journal::{
    Answers, ChoiceAnswer, DataDir, PRACTICE_LOG_VERSION, PROGRESS_VERSION, Position, PracticeEntry, PracticeLog,
    Progress, Reflection, Revision, ScaleAnswer, TAKE_VERSION, Take,
};

/// xorshift64*: small, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const WORDS: &[&str] = &[
    "today",
    "the",
    "meeting",
    "was",
    "hard",
    "and",
    "I",
    "noticed",
    "my",
    "breath",
    "colleague",
    "kind",
    "patient",
    "deadline",
    "shift",
    "tired",
    "grateful",
    "café",
    "naïve",
    "über",
    "rôle",
    "team",
    "felt",
    "seen",
    "again",
    "ward",
    "release",
    "review",
    "manager",
    "small",
    "step",
    "warm",
    "voice",
    "critic",
    "safe",
    "enough",
    "rest",
    "可以",
    "ありがとう",
    "🙂",
    "walk",
    "tea",
    "listen",
    "pause",
    "soften",
    "allow",
    "values",
    "honest",
    "care",
];

fn text(rng: &mut Rng) -> String {
    let target = 50 + rng.below(1950) as usize;
    let mut out = String::with_capacity(target + 16);
    while out.chars().count() < target {
        if !out.is_empty() {
            out.push(if rng.below(12) == 0 { '\n' } else { ' ' });
        }
        out.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
    }
    out
}

/// How the answers and the practice log are kept on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `answers/<chapter>.ron` (format 2) and `practice-log.ron` (version 1),
    /// as before the folders of months.
    Legacy,
    /// `answers/<chapter>/YYYY-MM.ron` with `recent.ron`, and
    /// `practice-log/YYYY-MM.ron`.
    Current,
}

/// Days of daily use at scale 1.
const DAYS: i64 = 3650;

type Time = DateTime<FixedOffset>;

/// Writes `scale` times ten years of use into `dir`, ending in November
/// 2026 at every scale; returns the bytes of reflection text.
pub fn generate(dir: &Path, scale: u32, format: Format) -> Result<usize, String> {
    let scale = i64::from(scale.max(1));
    let workbook = builtin().map_err(|e| e.to_string())?;
    let data = DataDir::new(dir);
    create_private_dir(&data.answers_dir()).map_err(|e| e.to_string())?;
    create_private_dir(&data.assessments_dir()).map_err(|e| e.to_string())?;
    // Larger scales start earlier and end on the same day, so scale 1
    // stays what it always was and a save lands in the same month.
    let start: Time = DateTime::parse_from_rfc3339("2016-11-25T21:00:00+01:00").map_err(|e| e.to_string())?
        - Duration::days(DAYS * (scale - 1));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut answers: Vec<Answers> = workbook.chapters.iter().map(|c| Answers::new(&c.id)).collect();
    let mut entries = Vec::new();
    let mut bytes = 0usize;
    for day in 0..DAYS * scale {
        let at = start + Duration::days(day) + Duration::minutes(rng.below(180) as i64);
        let c = (day % 8) as usize;
        bytes += one_day(&mut rng, &workbook.chapters[c], &mut answers[c], &mut entries, at);
    }
    let log = PracticeLog { version: PRACTICE_LOG_VERSION, entries };
    write_answers(&data, format, &answers, &log)?;
    let def = workbook.assessment.as_ref().ok_or("no assessment")?;
    write_takes(&data, &mut rng, def, start, scale)?;
    let last = &workbook.chapters[7];
    let progress = Progress {
        version: PROGRESS_VERSION,
        welcomed: true,
        last: Some(Position { chapter: last.id.clone(), step: last.steps[0].id().clone() }),
        ..Progress::default()
    };
    write(data.progress(), to_ron(&progress).map_err(|e| e.to_string())?)?;
    Ok(bytes)
}

fn write(path: PathBuf, text: String) -> Result<(), String> {
    write_atomic(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))
}

/// A day's use of `chapter`: a reflection (revised one time in ten), now
/// and then a check-in or a choice, and a practice; returns the bytes of
/// reflection text.
fn one_day(
    rng: &mut Rng,
    chapter: &Chapter,
    answers: &mut Answers,
    entries: &mut Vec<PracticeEntry>,
    at: Time,
) -> usize {
    let reflections: Vec<&str> =
        chapter.steps.iter().filter(|s| matches!(s, Step::Reflection(_))).map(|s| s.id().as_str()).collect();
    let step = reflections[rng.below(reflections.len() as u64) as usize];
    let mut revisions = vec![Revision { at, text: text(rng) }];
    // One reflection in ten was revised once.
    for k in 0..u64::from(rng.below(10) == 0) {
        let mut t = revisions[revisions.len() - 1].text.clone();
        t.push_str(" And later: ");
        t.extend(text(rng).chars().take(40));
        revisions.push(Revision { at: at + Duration::days(k as i64 + 1), text: t });
    }
    let bytes = revisions.iter().map(|r| r.text.len()).sum::<usize>();
    answers.reflections.entry(step.into()).or_default().push(Reflection { revisions });
    for s in &chapter.steps {
        match s {
            Step::Scale(sc) if rng.below(4) == 0 => {
                let value = sc.min + rng.below((sc.max - sc.min + 1) as u64) as i32;
                answers.scales.entry(sc.id.clone()).or_default().push(ScaleAnswer { at, value });
            }
            Step::Choice(ch) if rng.below(20) == 0 => {
                let picks = (0..3).map(|_| ch.options[rng.below(ch.options.len() as u64) as usize].clone()).collect();
                answers.choices.entry(ch.id.clone()).or_default().push(ChoiceAnswer { at, picks, other: None });
            }
            _ => {}
        }
    }
    let practices: Vec<&Step> = chapter.steps.iter().filter(|s| matches!(s, Step::Practice(_))).collect();
    if let Some(Step::Practice(p)) = practices.get(rng.below(practices.len() as u64) as usize) {
        let minutes = p.minutes as f64 * (0.5 + rng.below(50) as f64 / 100.0);
        entries.push(PracticeEntry {
            practice: p.id.clone(),
            chapter: chapter.id.clone(),
            start: at - Duration::minutes(30),
            planned_minutes: p.minutes,
            actual_minutes: (minutes * 100.0).round() / 100.0,
            finished: rng.below(5) != 0,
            rating_before: p.rating.as_ref().map(|_| rng.below(11) as i32),
            rating_after: p.rating.as_ref().map(|_| rng.below(11) as i32),
        });
    }
    bytes
}

fn write_answers(data: &DataDir, format: Format, answers: &[Answers], log: &PracticeLog) -> Result<(), String> {
    match format {
        Format::Legacy => {
            for a in answers {
                write(data.answers_v2(&a.chapter), to_ron(a).map_err(|e| e.to_string())?)?;
            }
            write(data.practice_log_v1(), to_ron(log).map_err(|e| e.to_string())?)?;
        }
        Format::Current => {
            for a in answers {
                monthly::write_folder(&PlainWriter, &data.answers(&a.chapter), a).map_err(|e| e.to_string())?;
            }
            monthly::write_log_folder(&PlainWriter, &data.practice_log(), log).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// A take every 30 days, 120 per scale.
fn write_takes(data: &DataDir, rng: &mut Rng, def: &AssessmentDef, start: Time, scale: i64) -> Result<(), String> {
    for take in 0..120 * scale {
        let taken = start + Duration::days(take * 30) + Duration::hours(1);
        let answers: BTreeMap<String, u8> = def.items().map(|(_, i)| (i.id.clone(), 1 + rng.below(5) as u8)).collect();
        let s = score(def, &answers).map_err(|e| e.to_string())?;
        let t = Take {
            version: TAKE_VERSION,
            assessment: def.id.clone(),
            taken,
            answers,
            scores: s.scales,
            balances: s.balances,
            demands: s.demands,
            resources: s.resources,
            quadrant: s.quadrant,
            plan: Vec::new(),
            last_plan: None,
        };
        write(data.take(&taken), to_ron(&t).map_err(|e| e.to_string())?)?;
    }
    Ok(())
}

//! The results tabs as lines of one scrolling page each: overview, chart
//! and scales. One vocabulary throughout: a scale has one name (its title),
//! one number (one decimal, [`rounded`]) and one band word, wherever it shows.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::assessment::{self, MIDPOINT, band_label, change, rounded};
use crate::content::assessment::{AssessmentDef, BalanceDef, DemandKind, Group, Level, ScaleDef};
use crate::journal::{PLAN_REVIEW_ANSWERS, Take};
use crate::screens::assessment::scores_of;
use crate::screens::overlay::view::care_lines;
use crate::theme::Theme;
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{date, pad, truncate, width as cols};

/// The mark of a scale where a lower score is the better one.
pub const LOWER_MARK: &str = "▽";
/// The band column: as wide as the longest band word.
const BAND_W: usize = 8;
/// The widest a scale's name column gets; longer titles are cut with `…`.
const NAME_W: usize = 42;

/// What a take is compared with: the take and how to call it.
pub type Compared<'a> = Option<(&'a Take, &'static str)>;

fn mark(scale: &ScaleDef) -> &'static str {
    if scale.lower_is_better { LOWER_MARK } else { " " }
}

/// A noticeable change said as what it means for this scale: `↑ better`,
/// `↓ worse`; None when it is not noticeable for a scale of its length.
pub fn change_word(scale: &ScaleDef, before: f64, now: f64) -> Option<&'static str> {
    assessment::change_word(scale.lower_is_better, change(before, now, assessment::scale_threshold(scale)))
}

/// The same for a balance, where higher is always kinder.
fn balance_change(def: &AssessmentDef, b: &BalanceDef, before: f64, now: f64) -> Option<&'static str> {
    assessment::change_word(false, change(before, now, assessment::balance_threshold(def, b)))
}

/// The legend for the marks used on a tab.
fn legend(width: usize, theme: &Theme) -> Vec<Line<'static>> {
    wrap_styled(
        &format!("{LOWER_MARK} lower is better · bands: low below 2.5, moderate 2.5–3.5, high above 3.5"),
        width,
        theme.dim,
        &[],
    )
}

pub fn overview_lines(
    app: &App,
    def: &AssessmentDef,
    take: &Take,
    other: Compared,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let scores = scores_of(take);
    let mut lines = wrap_styled(&def.disclaimer, width, theme.dim, &[]);
    lines.push(Line::default());
    if let Some(q) = def.quadrants.iter().find(|q| q.id == take.quadrant) {
        let index = |what: &str, v: f64| format!("{what} {:.1} ({})", rounded(v), band_label(def, v));
        lines.push(Line::styled(format!("Where you stand: {}", q.title), theme.heading));
        lines.extend(wrap_styled(
            &format!("{} · {}", index("Job demands", take.demands), index("job resources", take.resources)),
            width,
            theme.base,
            &[],
        ));
        demand_split_lines(def, take, width, theme, &mut lines);
        // The halves are not the bands: say so, so a moderate 3.0 in the upper half reads true.
        lines.extend(wrap_styled(
            &format!(
                "Where you stand splits each at {MIDPOINT:.1}, whatever its band: the middle answer, \"sometimes\". It is a point of the answer scale, not a comparison with other people: these questions have no norms."
            ),
            width,
            theme.dim,
            &[],
        ));
        lines.push(Line::default());
        lines.extend(quadrant_grid(def, &take.quadrant, width, theme));
        lines.push(Line::default());
        lines.extend(wrap_styled(&q.text, width, theme.base, &[]));
    }
    balance_lines(def, &scores, other, width, theme, &mut lines);
    pointer_lines(app, def, &scores, width, &mut lines);
    compared_lines(def, take, other, width, theme, &mut lines);
    if let Some(review) = &take.last_plan {
        let went = PLAN_REVIEW_ANSWERS.get(usize::from(review.went.saturating_sub(1))).copied().unwrap_or("");
        lines.push(Line::default());
        lines.extend(wrap_styled(
            &format!("Your intentions from {} went: {went}.", date(&review.from)),
            width,
            theme.base,
            &[],
        ));
    }
    if assessment::needs_support(def, &scores) {
        lines.push(Line::default());
        lines.push(Line::styled("Please look after yourself", theme.heading));
        lines.extend(care_lines(app, width));
    }
    lines
}

/// The demands split into challenges, which can also stretch and engage,
/// and hindrances, which mostly drain: the crafting advice adds the first
/// and eases the second.
fn demand_split_lines(def: &AssessmentDef, take: &Take, width: usize, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    let kinds = [DemandKind::Challenge, DemandKind::Hindrance];
    let parts: Vec<String> = kinds
        .into_iter()
        .filter_map(|kind| {
            let v = assessment::demand_mean(def, &take.scores, kind)?;
            let names: Vec<&str> =
                def.scales.iter().filter(|s| s.demand == Some(kind)).map(|s| s.short.as_str()).collect();
            Some(format!("{} {:.1} ({})", kind.plural(), rounded(v), names.join(", ").to_lowercase()))
        })
        .collect();
    if parts.len() < 2 {
        return;
    }
    lines.extend(wrap_styled(&format!("Of the demands: {}", parts.join(" · ")), width, theme.base, &[]));
    lines.extend(wrap_styled(
        "Challenges cost energy but can also stretch you; hindrances mostly drain it.",
        width,
        theme.dim,
        &[],
    ));
}

/// Where the workbook can help: each chapter named once, with the first
/// pointer that leads to it.
fn pointer_lines(
    app: &App,
    def: &AssessmentDef,
    scores: &assessment::Scores,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let theme = &app.theme;
    let pointers = assessment::pointers(def, scores);
    if pointers.is_empty() {
        return;
    }
    lines.push(Line::default());
    lines.push(Line::styled("Where the workbook can help", theme.heading));
    let mut named: Vec<&str> = Vec::new();
    for p in pointers {
        let chapters: Vec<String> = p
            .chapters
            .iter()
            .filter(|id| !named.contains(&id.as_str()))
            .filter_map(|id| app.workbook.chapter(id))
            .map(|c| format!("{}. {}", c.number, c.title))
            .collect();
        named.extend(p.chapters.iter().map(String::as_str));
        let text = if chapters.is_empty() {
            format!("• {}", p.text)
        } else {
            format!("• {} ({})", p.text, chapters.join("; "))
        };
        lines.extend(wrap_styled(&text, width, theme.base, &[]));
    }
}

/// The three balances of self-compassion at work, one a line: the kind
/// side against the harsh side, named as a balance so it is not read as
/// the scale of one side.
fn balance_lines(
    def: &AssessmentDef,
    scores: &assessment::Scores,
    other: Compared,
    width: usize,
    theme: &Theme,
    lines: &mut Vec<Line<'static>>,
) {
    if def.balances.is_empty() {
        return;
    }
    lines.push(Line::default());
    lines.push(Line::styled("Self-compassion at work: three balances", theme.heading));
    lines.extend(wrap_styled(
        "Each balance weighs the kind side against the harsh side, 1 to 5; higher is kinder.",
        width,
        theme.dim,
        &[],
    ));
    let name_w = def.balances.iter().map(|b| cols(&b.title)).max().unwrap_or(0) + 2;
    for b in &def.balances {
        let v = scores.balances.get(&b.id).copied().unwrap_or(0.0);
        let moved = other
            .and_then(|(o, _)| o.balances.get(&b.id))
            .and_then(|&before| balance_change(def, b, before, v))
            .map_or(String::new(), |word| format!("  {word}"));
        let value = format!("{:.1} {}{moved}", rounded(v), band_label(def, v));
        if name_w + cols(&value) <= width {
            lines.push(Line::from(vec![
                Span::styled(pad(&b.title, name_w), theme.base),
                Span::styled(value, theme.title),
            ]));
        } else {
            lines.extend(wrap_styled(&b.title, width, theme.base, &[]));
            lines.push(Line::styled(format!("  {value}"), theme.title));
        }
    }
}

/// What changed noticeably since the take compared with, each said as
/// better or worse for that scale.
fn compared_lines(
    def: &AssessmentDef,
    take: &Take,
    other: Compared,
    width: usize,
    theme: &Theme,
    lines: &mut Vec<Line<'static>>,
) {
    let Some((other, what)) = other else { return };
    let scales = def.scales.iter().filter_map(|s| {
        let (before, now) = (other.scores.get(&s.id)?, take.scores.get(&s.id)?);
        change_word(s, *before, *now).map(|word| format!("{} {word}", s.title))
    });
    let balances = def.balances.iter().filter_map(|b| {
        let (before, now) = (other.balances.get(&b.id)?, take.balances.get(&b.id)?);
        balance_change(def, b, *before, *now).map(|word| format!("{} {word}", b.title))
    });
    let moved: Vec<String> = scales.chain(balances).collect();
    lines.push(Line::default());
    let text = if moved.is_empty() {
        format!("Compared with {what} ({}): no noticeable changes.", date(&other.taken))
    } else {
        format!(
            "Compared with {what} ({}), noticeable changes: {}. See the Scales tab.",
            date(&other.taken),
            moved.join(", ")
        )
    };
    lines.extend(wrap_styled(&text, width, theme.base, &[]));
}

/// The demands-vs-resources grid with the user's cell marked; the halves
/// are named by the midpoint, not by a band word. Narrow, its labels and
/// titles take two lines, so it fits the smallest window.
fn quadrant_grid(def: &AssessmentDef, current: &str, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let wide = width >= 66;
    let (label_w, cell) = if wide { (20, 21) } else { (12, (width.saturating_sub(15) / 2).max(8)) };
    let split = |a: &str, b: String| if wide { vec![format!("{a} {b}")] } else { vec![a.to_string(), b] };
    let (upper, lower) = (format!("{MIDPOINT:.1} and up"), format!("below {MIDPOINT:.1}"));
    let heads = [split("resources", lower.clone()), split("resources", upper.clone())];
    let mut lines: Vec<Line<'static>> = (0..heads[0].len())
        .map(|i| {
            Line::styled(
                format!("{}{}{}", " ".repeat(label_w + 2), pad(&heads[0][i], cell + 1), heads[1][i]),
                theme.dim,
            )
        })
        .collect();
    let rule = |left: &str, mid: &str, right: &str| {
        let cells = "─".repeat(cell);
        Line::styled(format!("{}{left}{cells}{mid}{cells}{right}", " ".repeat(label_w)), theme.border)
    };
    lines.push(rule("┌", "┬", "┐"));
    for (label, d) in [(split("demands", upper), Level::High), (split("demands", lower), Level::Low)] {
        let cells: Vec<(Vec<String>, bool)> = [Level::Low, Level::High]
            .into_iter()
            .map(|r| {
                let q = def.quadrants.iter().find(|q| q.demands == d && q.resources == r);
                let here = q.is_some_and(|q| q.id == current);
                let title = q.map_or(String::new(), |q| q.title.clone());
                let text =
                    textwrap::wrap(&title, cell.saturating_sub(2).max(1)).into_iter().map(|l| l.into_owned()).collect();
                (text, here)
            })
            .collect();
        let height = cells.iter().map(|c| c.0.len()).chain([label.len()]).max().unwrap_or(1);
        for row in 0..height {
            let mut spans =
                vec![Span::styled(pad(&format!(" {}", label.get(row).map_or("", String::as_str)), label_w), theme.dim)];
            for (text, here) in &cells {
                let lead = if *here && row == 0 { "● " } else { "  " };
                let t = truncate(text.get(row).map_or("", String::as_str), cell - 2);
                spans.push(Span::styled("│", theme.border));
                spans.push(Span::styled(
                    pad(&format!("{lead}{t}"), cell),
                    if *here { theme.selected } else { theme.base },
                ));
            }
            spans.push(Span::styled("│", theme.border));
            lines.push(Line::from(spans));
        }
        lines.push(if d == Level::High { rule("├", "┼", "┤") } else { rule("└", "┴", "┘") });
    }
    lines
}

/// The name column for a scale's title: as wide as the longest title up to
/// [`NAME_W`], within `room`; None when a row needs two lines instead.
fn name_width(def: &AssessmentDef, room: usize, least: usize) -> Option<usize> {
    let longest = def.scales.iter().map(|s| cols(&s.title)).max().unwrap_or(0).min(NAME_W);
    let w = longest.min(room);
    (w >= least).then_some(w)
}

/// A bar from 0 to `value` on a scale where `top` fills `cols` columns:
/// every bar starts at the same column and shares the scale, drawn to an
/// eighth of a column.
pub fn bar(value: f64, top: f64, cols: usize) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = ((value.clamp(0.0, top) / top) * cols as f64 * 8.0).round() as usize;
    format!("{}{}", "█".repeat(eighths / 8), PARTS[eighths % 8])
}

/// Every scale as a bar, by group: name, score, band word, then the bar.
/// Too narrow for the name beside the bar, the name takes its own line.
pub fn chart_lines(def: &AssessmentDef, take: &Take, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let top = f64::from(def.max_answer());
    let mut lines = wrap_styled(
        &format!("Every scale, 1 (never) to {top:.0} (always); the bars share one scale from 0."),
        width,
        theme.dim,
        &[],
    );
    lines.extend(legend(width, theme));
    // mark, name, score, band, bar: "▽ name  3.0 moderate █…"
    let fixed = 2 + 2 + 3 + 1 + BAND_W + 1;
    let name_w = name_width(def, width.saturating_sub(fixed + 28), 16);
    let bar_w = width.saturating_sub(fixed + name_w.unwrap_or(0)).max(1);
    let mut group: Option<Group> = None;
    for s in &def.scales {
        if group != Some(s.group) {
            group = Some(s.group);
            lines.push(Line::styled(s.group.title().to_string(), theme.heading));
        }
        let v = rounded(take.scores.get(&s.id).copied().unwrap_or(0.0));
        let mut spans = scale_name(s, name_w, theme, &mut lines);
        spans.push(Span::styled(format!("{v:.1} "), theme.title));
        spans.push(Span::styled(pad(band_label(def, v), BAND_W + 1), theme.dim));
        spans.push(Span::styled(bar(v, top, bar_w), theme.title));
        lines.push(Line::from(spans));
    }
    lines
}

/// Every scale with its score, band, change and a trend over all takes.
/// Too narrow for one line a scale, the name takes its own line.
pub fn scales_lines(
    def: &AssessmentDef,
    take: &Take,
    other: Compared,
    history: &[&Take],
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let what = other.map_or("No earlier take to compare with.".to_string(), |(o, what)| {
        format!(
            "Change since {what}, {}: ↑ or ↓ marks a noticeable change, said as better or worse (at least two answers' worth on that scale; each scale's is below).",
            date(&o.taken)
        )
    });
    let mut lines = wrap_styled(&what, width, theme.dim, &[]);
    lines.extend(legend(width, theme));
    // mark, name, score, band, change ("↓ -0.5 better"), trend
    let fixed = 2 + 2 + 6 + BAND_W + 1 + 15;
    let trend_w = history.len().clamp(1, 12);
    let name_w = name_width(def, width.saturating_sub(fixed + trend_w), 20);
    let head = format!(
        "{}{}{}{}all takes",
        " ".repeat(2 + name_w.map_or(0, |w| w + 2)),
        pad("score", 6),
        pad("band", BAND_W + 1),
        pad("change", 15)
    );
    lines.push(Line::styled(head, theme.dim));
    let mut group: Option<Group> = None;
    for s in &def.scales {
        if group != Some(s.group) {
            group = Some(s.group);
            lines.push(Line::styled(s.group.title().to_string(), theme.heading));
        }
        let v = take.scores.get(&s.id).copied().unwrap_or(0.0);
        let delta = other.and_then(|(o, _)| o.scores.get(&s.id)).map_or(String::new(), |&before| {
            let d = rounded(v) - rounded(before);
            format!("{d:+.1} {}", change_word(s, before, v).unwrap_or(""))
        });
        let mut spans = scale_name(s, name_w, theme, &mut lines);
        spans.push(Span::styled(pad(&format!("{:.1}", rounded(v)), 6), theme.title));
        spans.push(Span::styled(pad(band_label(def, v), BAND_W + 1), theme.dim));
        spans.push(Span::styled(pad(&delta, 15), theme.base));
        spans.push(Span::styled(
            trend(history, &s.id, top_of(def), width.saturating_sub(fixed + name_w.unwrap_or(0))),
            theme.title,
        ));
        lines.push(Line::from(spans));
    }
    lines.extend(meaning_lines(def, width, theme));
    lines
}

/// What each scale measures and which way is favourable, and what the bands are.
fn meaning_lines(def: &AssessmentDef, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default(), Line::styled("What each scale means", theme.heading)];
    for s in &def.scales {
        let way = if s.lower_is_better { " Lower is better." } else { "" };
        let kind = match s.demand {
            Some(DemandKind::Challenge) => " A challenge demand.",
            Some(DemandKind::Hindrance) => " A hindrance demand.",
            None => "",
        };
        let text = format!(
            "{} {}: {}{way}{kind} Noticeable change: {:.1}.",
            mark(s),
            s.title,
            s.about,
            assessment::scale_threshold(s)
        );
        lines.extend(wrap_styled(text.trim_start(), width, theme.base, &[]));
    }
    lines.push(Line::default());
    lines.extend(wrap_styled(
        "The bands (low, moderate, high) are this workbook's own cut-offs for reading a score on the 1 to 5 scale, not norms from a study: they say where your answers lie, not how you compare with other people.",
        width,
        theme.dim,
        &[],
    ));
    lines
}

fn top_of(def: &AssessmentDef) -> f64 {
    f64::from(def.max_answer())
}

/// The latest takes' scores as a one-line sparkline, oldest first; only
/// as many as fit are looked at (years of monthly takes are many).
fn trend(history: &[&Take], id: &str, top: f64, room: usize) -> String {
    const LEVELS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let mut out: Vec<char> = history
        .iter()
        .rev()
        .filter_map(|t| t.scores.get(id))
        .take(room)
        .map(|v| LEVELS[((rounded(*v).clamp(0.0, top) / top) * 8.0) as usize])
        .collect();
    out.reverse();
    out.into_iter().collect()
}

/// A row's start: the scale's marker and name in a column of `name_w`, or,
/// without room for the column, the name on a line of its own in `lines`
/// and the row indented under it.
fn scale_name(
    s: &ScaleDef,
    name_w: Option<usize>,
    theme: &crate::theme::Theme,
    lines: &mut Vec<Line<'static>>,
) -> Vec<Span<'static>> {
    let marker = Span::styled(format!("{} ", mark(s)), theme.dim);
    match name_w {
        Some(w) => vec![marker, Span::styled(pad(&truncate(&s.title, w), w + 2), theme.base)],
        None => {
            lines.push(Line::from(vec![marker, Span::styled(s.title.clone(), theme.base)]));
            vec![Span::raw("  ")]
        }
    }
}

//! The results tabs as lines of one scrolling page each: overview, chart
//! and scales. One vocabulary throughout: a scale has one name (its title),
//! one number (one decimal, [`rounded`]) and one band word, wherever it shows.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::assessment::{self, MIDPOINT, band_label, change, rounded};
use crate::content::assessment::{AssessmentDef, BalanceDef, DemandKind, Group, Level, ScaleDef};
use crate::journal::Take;
use crate::screens::assessment::{review_word, scores_of};
use crate::screens::overlay::view::care_lines;
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{pad, truncate, width as cols};

/// The mark of a scale where a lower score is the better one.
pub const LOWER_MARK: &str = "▽";
/// The band column at its narrowest: as wide as the longest English band
/// word; a language with longer ones widens it ([`band_width`]).
const BAND_W: usize = 8;
/// The change column at its narrowest ("-0.5 ↓ better" and a gap); a
/// language with longer change words widens it ([`change_width`]).
const CHANGE_W: usize = 15;
/// The widest a scale's name column gets; a longer title takes a line of its own.
const NAME_W: usize = 42;

/// What a take is compared with: the take and the message naming it.
pub type Compared<'a> = Option<(&'a Take, &'static str)>;

fn mark(scale: &ScaleDef) -> &'static str {
    if scale.lower_is_better { LOWER_MARK } else { " " }
}

/// A change (+1 up, −1 down, 0 none) said as what it means: `↑ better`,
/// `↓ worse` in the language shown; None when it is not noticeable.
fn change_text(app: &App, lower_is_better: bool, change: i8) -> Option<String> {
    assessment::change_id(lower_is_better, change).map(|id| app.t(id))
}

/// A noticeable change said as what it means for this scale: `↑ better`,
/// `↓ worse`; None when it is not noticeable for a scale of its length.
pub fn change_word(app: &App, scale: &ScaleDef, before: f64, now: f64) -> Option<String> {
    change_text(app, scale.lower_is_better, change(before, now, assessment::scale_threshold(scale)))
}

/// The same for a balance, where higher is always kinder.
fn balance_change(app: &App, def: &AssessmentDef, b: &BalanceDef, before: f64, now: f64) -> Option<String> {
    change_text(app, false, change(before, now, assessment::balance_threshold(def, b)))
}

/// A score as shown: one decimal, written as the language writes numbers.
fn score(app: &App, value: f64) -> String {
    app.lang.decimal(rounded(value), 1)
}

/// The band column: as wide as the longest band word, at least [`BAND_W`].
fn band_width(def: &AssessmentDef) -> usize {
    def.bands.iter().map(|b| cols(&b.label)).max().unwrap_or(0).max(BAND_W)
}

/// The change column: "-0.5 ", the longest change word and a gap, at least [`CHANGE_W`].
fn change_width(app: &App) -> usize {
    let longest = assessment::CHANGE_IDS.iter().map(|id| cols(&app.t(id))).max().unwrap_or(0);
    (5 + longest + 2).max(CHANGE_W)
}

/// The band `id` (low, moderate, high) by its word in the workbook.
fn band_word<'a>(def: &'a AssessmentDef, id: &'a str) -> &'a str {
    def.bands.iter().find(|b| b.id == id).map_or(id, |b| b.label.as_str())
}

/// The legend for the marks used on a tab.
fn legend(app: &App, def: &AssessmentDef, width: usize) -> Vec<Line<'static>> {
    let moderate = def.bands.iter().find(|b| b.id == "moderate");
    let (from, to) = moderate.map_or((2.5, 3.5), |b| (b.min, b.max));
    let text = app.t_with(
        "ui-assess-legend",
        &[
            ("mark", LOWER_MARK.into()),
            ("low", band_word(def, "low").to_string().into()),
            ("moderate", band_word(def, "moderate").to_string().into()),
            ("high", band_word(def, "high").to_string().into()),
            ("from", app.lang.decimal(from, 1).into()),
            ("to", app.lang.decimal(to, 1).into()),
        ],
    );
    wrap_styled(&text, width, app.theme.dim, &[])
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
        lines.push(Line::styled(
            app.t_with("ui-assess-where-you-stand", &[("quadrant", q.title.clone().into())]),
            theme.heading,
        ));
        let indices = app.t_with(
            "ui-assess-indices",
            &[
                ("demands", score(app, take.demands).into()),
                ("demands_band", band_label(def, take.demands).to_string().into()),
                ("resources", score(app, take.resources).into()),
                ("resources_band", band_label(def, take.resources).to_string().into()),
            ],
        );
        lines.extend(wrap_styled(&indices, width, theme.base, &[]));
        demand_split_lines(app, def, take, width, &mut lines);
        // The halves are not the bands: say so, so a moderate 3.0 in the upper half reads true.
        let middle = def.answers.get((MIDPOINT as usize).saturating_sub(1)).cloned().unwrap_or_default();
        lines.extend(wrap_styled(
            &app.t_with(
                "ui-assess-midpoint",
                &[("midpoint", app.lang.decimal(MIDPOINT, 1).into()), ("middle", middle.into())],
            ),
            width,
            theme.dim,
            &[],
        ));
        lines.push(Line::default());
        lines.extend(quadrant_grid(app, def, &take.quadrant, width));
        lines.push(Line::default());
        lines.extend(wrap_styled(&q.text, width, theme.base, &[]));
    }
    balance_lines(app, def, &scores, other, width, &mut lines);
    pointer_lines(app, def, &scores, width, &mut lines);
    compared_lines(app, def, take, other, width, &mut lines);
    if let Some(review) = &take.last_plan {
        lines.push(Line::default());
        lines.extend(wrap_styled(
            &app.t_with(
                "ui-assess-review-result",
                &[("date", app.date(&review.from).into()), ("went", review_word(app, review.went).into())],
            ),
            width,
            theme.base,
            &[],
        ));
    }
    if assessment::needs_support(def, &scores) {
        lines.push(Line::default());
        lines.push(Line::styled(app.t("ui-assess-look-after-yourself"), theme.heading));
        lines.extend(care_lines(app, width));
    }
    lines
}

/// The demands split into challenges, which can also stretch and engage,
/// and hindrances, which mostly drain: the crafting advice adds the first
/// and eases the second.
fn demand_split_lines(app: &App, def: &AssessmentDef, take: &Take, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &app.theme;
    let kinds = [DemandKind::Challenge, DemandKind::Hindrance];
    let parts: Vec<String> = kinds
        .into_iter()
        .filter_map(|kind| {
            let v = assessment::demand_mean(def, &take.scores, kind)?;
            let names: Vec<&str> =
                def.scales.iter().filter(|s| s.demand == Some(kind)).map(|s| s.short.as_str()).collect();
            let id = match kind {
                DemandKind::Challenge => "ui-assess-challenges",
                DemandKind::Hindrance => "ui-assess-hindrances",
            };
            Some(app.t_with(id, &[("score", score(app, v).into()), ("scales", names.join(", ").to_lowercase().into())]))
        })
        .collect();
    if parts.len() < 2 {
        return;
    }
    let split = app.t_with("ui-assess-demand-split", &[("parts", parts.join(" · ").into())]);
    lines.extend(wrap_styled(&split, width, theme.base, &[]));
    lines.extend(wrap_styled(&app.t("ui-assess-demand-split-about"), width, theme.dim, &[]));
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
    lines.push(Line::styled(app.t("ui-assess-workbook-helps"), theme.heading));
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
    app: &App,
    def: &AssessmentDef,
    scores: &assessment::Scores,
    other: Compared,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let theme = &app.theme;
    if def.balances.is_empty() {
        return;
    }
    lines.push(Line::default());
    lines.push(Line::styled(app.t("ui-assess-balances"), theme.heading));
    lines.extend(wrap_styled(
        &app.t_with("ui-assess-balances-about", &[("top", def.max_answer().into())]),
        width,
        theme.dim,
        &[],
    ));
    let name_w = def.balances.iter().map(|b| cols(&b.title)).max().unwrap_or(0) + 2;
    for b in &def.balances {
        let v = scores.balances.get(&b.id).copied().unwrap_or(0.0);
        let moved = other
            .and_then(|(o, _)| o.balances.get(&b.id))
            .and_then(|&before| balance_change(app, def, b, before, v))
            .map_or(String::new(), |word| format!("  {word}"));
        let value = format!("{} {}{moved}", score(app, v), band_label(def, v));
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
    app: &App,
    def: &AssessmentDef,
    take: &Take,
    other: Compared,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let Some((other, what)) = other else { return };
    let scales = def.scales.iter().filter_map(|s| {
        let (before, now) = (other.scores.get(&s.id)?, take.scores.get(&s.id)?);
        change_word(app, s, *before, *now).map(|word| format!("{} {word}", s.title))
    });
    let balances = def.balances.iter().filter_map(|b| {
        let (before, now) = (other.balances.get(&b.id)?, take.balances.get(&b.id)?);
        balance_change(app, def, b, *before, *now).map(|word| format!("{} {word}", b.title))
    });
    let moved: Vec<String> = scales.chain(balances).collect();
    lines.push(Line::default());
    let (what, when) = (app.t(what), app.date(&other.taken));
    let text = if moved.is_empty() {
        app.t_with("ui-assess-compared-none", &[("what", what.into()), ("date", when.into())])
    } else {
        app.t_with(
            "ui-assess-compared-changes",
            &[("what", what.into()), ("date", when.into()), ("changes", moved.join(", ").into())],
        )
    };
    lines.extend(wrap_styled(&text, width, app.theme.base, &[]));
}

/// The demands-vs-resources grid with the user's cell marked; the halves
/// are named by the midpoint, not by a band word. Narrow, its labels and
/// titles take two lines, so it fits the smallest window.
fn quadrant_grid(app: &App, def: &AssessmentDef, current: &str, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let midpoint = app.lang.decimal(MIDPOINT, 1);
    let upper = app.t_with("ui-assess-grid-from", &[("midpoint", midpoint.clone().into())]);
    let lower = app.t_with("ui-assess-grid-below", &[("midpoint", midpoint.into())]);
    let (resources, demands) = (app.t("ui-assess-grid-resources"), app.t("ui-assess-grid-demands"));
    // On one line a row's label has a space before it and one after, however long the language makes it.
    let one_line = [&upper, &lower].iter().map(|half| cols(&demands) + 1 + cols(half) + 2).max().unwrap_or(0).max(20);
    let wide = width >= one_line + 46;
    let (label_w, cell) = if wide { (one_line, 21) } else { (12, (width.saturating_sub(15) / 2).max(8)) };
    let split = |a: &str, b: String| if wide { vec![format!("{a} {b}")] } else { vec![a.to_string(), b] };
    let heads = [split(&resources, lower.clone()), split(&resources, upper.clone())];
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
    for (label, d) in [(split(&demands, upper), Level::High), (split(&demands, lower), Level::Low)] {
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
pub fn chart_lines(app: &App, def: &AssessmentDef, take: &Take, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let top = f64::from(def.max_answer());
    let word = |i: usize| def.answers.get(i).cloned().unwrap_or_default();
    let about = app.t_with(
        "ui-assess-chart-about",
        &[
            ("first", word(0).into()),
            ("top", def.max_answer().into()),
            ("last", word(def.answers.len().saturating_sub(1)).into()),
        ],
    );
    let mut lines = wrap_styled(&about, width, theme.dim, &[]);
    lines.extend(legend(app, def, width));
    // mark, name, score, band, bar: "▽ name  3.0 moderate █…"
    let band_w = band_width(def);
    let fixed = 2 + 2 + 3 + 1 + band_w + 1;
    let name_w = name_width(def, width.saturating_sub(fixed + 28), 16);
    let bar_w = width.saturating_sub(fixed + name_w.unwrap_or(0)).max(1);
    let mut group: Option<Group> = None;
    for s in &def.scales {
        if group != Some(s.group) {
            group = Some(s.group);
            lines.push(Line::styled(super::group_title(app, s.group), theme.heading));
        }
        let v = rounded(take.scores.get(&s.id).copied().unwrap_or(0.0));
        let mut spans = scale_name(s, name_w, theme, &mut lines);
        spans.push(Span::styled(format!("{} ", score(app, v)), theme.title));
        spans.push(Span::styled(pad(band_label(def, v), band_w + 1), theme.dim));
        spans.push(Span::styled(bar(v, top, bar_w), theme.title));
        lines.push(Line::from(spans));
    }
    lines
}

/// Every scale with its score, band, change and a trend over all takes.
/// Too narrow for one line a scale, the name takes its own line.
pub fn scales_lines(
    app: &App,
    def: &AssessmentDef,
    take: &Take,
    other: Compared,
    history: &[&Take],
    width: usize,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let what = other.map_or(app.t("ui-assess-scales-no-earlier"), |(o, what)| {
        app.t_with("ui-assess-scales-since", &[("what", app.t(what).into()), ("date", app.date(&o.taken).into())])
    });
    let mut lines = wrap_styled(&what, width, theme.dim, &[]);
    lines.extend(legend(app, def, width));
    // mark, name, score, band, change ("-0.5 ↓ better"), trend
    let (band_w, change_w) = (band_width(def), change_width(app));
    let fixed = 2 + 2 + 6 + band_w + 1 + change_w;
    // As wide as the trend or its column's name, so neither is cut.
    let trend_w = history.len().clamp(1, 12).max(cols(&app.t("ui-assess-col-trend")));
    let name_w = name_width(def, width.saturating_sub(fixed + trend_w), 20);
    let head = format!(
        "{}{}{}{}{}",
        " ".repeat(2 + name_w.map_or(0, |w| w + 2)),
        pad(&app.t("ui-assess-col-score"), 6),
        pad(&app.t("ui-assess-col-band"), band_w + 1),
        pad(&app.t("ui-assess-col-change"), change_w),
        app.t("ui-assess-col-trend")
    );
    lines.push(Line::styled(head, theme.dim));
    let mut group: Option<Group> = None;
    for s in &def.scales {
        if group != Some(s.group) {
            group = Some(s.group);
            lines.push(Line::styled(super::group_title(app, s.group), theme.heading));
        }
        let v = take.scores.get(&s.id).copied().unwrap_or(0.0);
        let delta = other.and_then(|(o, _)| o.scores.get(&s.id)).map_or(String::new(), |&before| {
            let d = app.lang.decimal(rounded(v) - rounded(before), 1);
            // The sign always shows, as "+0.0" for no change at all.
            let sign = if d.starts_with('-') { "" } else { "+" };
            format!("{sign}{d} {}", change_word(app, s, before, v).unwrap_or_default())
        });
        let mut spans = scale_name(s, name_w, theme, &mut lines);
        spans.push(Span::styled(pad(&score(app, v), 6), theme.title));
        spans.push(Span::styled(pad(band_label(def, v), band_w + 1), theme.dim));
        spans.push(Span::styled(pad(&delta, change_w), theme.base));
        spans.push(Span::styled(
            trend(history, &s.id, top_of(def), width.saturating_sub(fixed + name_w.unwrap_or(0))),
            theme.title,
        ));
        lines.push(Line::from(spans));
    }
    lines.extend(meaning_lines(app, def, width));
    lines
}

/// What each scale measures and which way is favourable, and what the bands are.
fn meaning_lines(app: &App, def: &AssessmentDef, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut lines = vec![Line::default(), Line::styled(app.t("ui-assess-meaning"), theme.heading)];
    for s in &def.scales {
        let mut text = format!("{} {}: {}", mark(s), s.title, s.about);
        if s.lower_is_better {
            text = format!("{text} {}", app.t("ui-assess-meaning-lower"));
        }
        let kind = match s.demand {
            Some(DemandKind::Challenge) => Some("ui-assess-meaning-challenge"),
            Some(DemandKind::Hindrance) => Some("ui-assess-meaning-hindrance"),
            None => None,
        };
        if let Some(kind) = kind {
            text = format!("{text} {}", app.t(kind));
        }
        let threshold = app.lang.decimal(assessment::scale_threshold(s), 1);
        text = format!("{text} {}", app.t_with("ui-assess-meaning-noticeable", &[("change", threshold.into())]));
        lines.extend(wrap_styled(text.trim_start(), width, theme.base, &[]));
    }
    lines.push(Line::default());
    let bands = app.t_with(
        "ui-assess-bands-about",
        &[
            ("low", band_word(def, "low").to_string().into()),
            ("moderate", band_word(def, "moderate").to_string().into()),
            ("high", band_word(def, "high").to_string().into()),
            ("top", def.max_answer().into()),
        ],
    );
    lines.extend(wrap_styled(&bands, width, theme.dim, &[]));
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
        Some(w) if cols(&s.title) <= w => vec![marker, Span::styled(pad(&s.title, w + 2), theme.base)],
        // A name longer than the column gets a line of its own above its
        // row, whole: the columns stay in line and no word is cut.
        Some(w) => {
            lines.push(Line::from(vec![marker, Span::styled(s.title.clone(), theme.base)]));
            vec![Span::raw(" ".repeat(2 + w + 2))]
        }
        None => {
            lines.push(Line::from(vec![marker, Span::styled(s.title.clone(), theme.base)]));
            vec![Span::raw("  ")]
        }
    }
}

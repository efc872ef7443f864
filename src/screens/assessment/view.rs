//! The JD-R self-assessment screens: intro, item, results (overview, chart,
//! scales with changes and trends, plan).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Gauge, Paragraph, Sparkline};

use crate::app::App;
use crate::assessment::{self, band_label, change, rounded};
use crate::content::assessment::{AssessmentDef, Group};
use crate::journal::Take;
use crate::screens::assessment::{AssessState, AssessView, Tab, scores_of};

use crate::layout::{areas, column};
use crate::screens::chapter::view::StepText;
use crate::screens::overlay::view::support_lines;
use crate::ui::text::{markup_lines, wrap_styled};
use crate::ui::widgets::{date, header, hints, pad, status, truncate};

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let (Some(def), Some(state)) = (app.assessment_def(), app.assess()) else { return };
    let a = areas(area);
    let body = column(a.body);
    let right = match &state.view {
        AssessView::Item { index, .. } => format!("{}/{}", index + 1, def.item_count()),
        AssessView::Results { tab, .. } => tab.title().to_string(),
        AssessView::Intro => format!("{} items", def.item_count()),
    };
    header(frame, a.header, app, &def.title, &right);
    match &state.view {
        AssessView::Item { index, cursor } => item(frame, app, def, state, body, *index, *cursor),
        AssessView::Results { take, tab: Tab::Chart } => chart(frame, app, def, *take, body),
        AssessView::Results { take, tab: Tab::Scales } => scales_table(frame, app, def, state, *take, body),
        _ => {
            let StepText { lines, focus } = page_lines(app, def, state, usize::from(body.width));
            let height = usize::from(body.height);
            // On the plan the marked intention, or what is being typed, stays in view.
            let scroll = state.scroll.fit_focus(lines.len(), height, focus);
            let more = (scroll + height < lines.len()).then(|| {
                Line::styled(format!(" ↓ more below ({}/{} lines)", scroll + height, lines.len()), app.theme.dim)
            });
            frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)), body);
            status(frame, a.status, app, more);
            hints(frame, a.hints, app, app.screen_context());
            return;
        }
    }
    status(frame, a.status, app, None);
    hints(frame, a.hints, app, app.screen_context());
}

fn take_at(app: &App, index: usize) -> Option<&Take> {
    app.journal.takes_loaded()?.takes.get(index).map(|(_, t)| t)
}

/// The take a result is compared with: the previous one, or the first
/// (the chapter 1 baseline) when opened from the last chapter.
fn compared<'a>(app: &'a App, state: &AssessState, index: usize) -> Option<(&'a Take, &'static str)> {
    if index == 0 {
        return None;
    }
    if state.compare_baseline {
        take_at(app, 0).map(|t| (t, "your first take (baseline)"))
    } else {
        take_at(app, index - 1).map(|t| (t, "your previous take"))
    }
}

/// The lines of a scrolling page; on the plan, the line of the marked intention.
fn page_lines(app: &App, def: &AssessmentDef, state: &AssessState, width: usize) -> StepText {
    let lines = match &state.view {
        AssessView::Intro => intro_lines(app, def, state, width),
        AssessView::Results { take, tab: Tab::Plan } => return plan_lines(app, def, state, *take, width),
        AssessView::Results { take, .. } => overview_lines(app, def, state, *take, width),
        AssessView::Item { .. } => Vec::new(),
    };
    StepText { lines, focus: None }
}

fn intro_lines(app: &App, def: &AssessmentDef, state: &AssessState, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    // What the user can do now comes first, above the long introduction.
    let mut lines = Vec::new();
    match state.draft.as_ref().map(|d| d.answers.len()) {
        Some(n) => lines.extend(wrap_styled(
            &format!(
                "You have a draft with {n} of {} answered. Enter continues it; d discards it and starts over.",
                def.item_count()
            ),
            width,
            theme.key,
            &[],
        )),
        None => lines.extend(wrap_styled(
            &format!("Press Enter to begin: {} short statements, under 10 minutes.", def.item_count()),
            width,
            theme.key,
            &[],
        )),
    }
    let takes = app.journal.takes_loaded().map_or(0, |t| t.takes.len());
    if takes > 0 {
        let last = take_at(app, takes - 1).map(|t| date(&t.taken)).unwrap_or_default();
        let times = if takes == 1 { "once".to_string() } else { format!("{takes} times") };
        lines.extend(wrap_styled(
            &format!("You have taken it {times}, last on {last}; r shows those results."),
            width,
            theme.dim,
            &[],
        ));
    }
    if let Some(damaged) = app.journal.takes_loaded().map(|t| &t.damaged).filter(|d| !d.is_empty()) {
        for e in damaged {
            lines.extend(wrap_styled(&format!("Left untouched, could not be read: {e}"), width, theme.error, &[]));
        }
    }
    lines.push(Line::default());
    lines.extend(markup_lines(&def.intro, width, theme));
    lines.push(Line::default());
    lines.extend(wrap_styled(&def.disclaimer, width, theme.dim, &[]));
    lines
}

fn item(frame: &mut Frame, app: &App, def: &AssessmentDef, state: &AssessState, body: Rect, index: usize, cursor: u8) {
    let theme = &app.theme;
    let Some((scale, item)) = def.items().nth(index) else { return };
    let width = usize::from(body.width);
    let ratio = state.answers.len() as f64 / def.item_count().max(1) as f64;
    let label = format!("{}/{} answered", state.answers.len(), def.item_count());
    frame.render_widget(
        Gauge::default().gauge_style(theme.gauge).ratio(ratio.clamp(0.0, 1.0)).label(label).use_unicode(true),
        Rect::new(body.x, body.y, body.width, 1.min(body.height)),
    );
    let mut lines = vec![Line::default()];
    lines.push(Line::styled(format!("{} · {}", scale.group.title(), scale.title), theme.dim));
    lines.push(Line::default());
    lines.extend(wrap_styled(&def.question, width, theme.dim, &[]));
    lines.extend(wrap_styled(&item.text, width, theme.title, &[]));
    lines.push(Line::default());
    let saved = state.answers.get(&item.id).copied();
    for (i, label) in def.answers.iter().enumerate() {
        let value = u8::try_from(i + 1).unwrap_or(u8::MAX);
        let here = value == cursor;
        let mark = if saved == Some(value) { "(•)" } else { "( )" };
        let text = format!("{} {mark} {value}  {label}", if here { ">" } else { " " });
        lines.push(Line::styled(text, if here { theme.selected } else { theme.base }));
    }
    lines.push(Line::default());
    lines.extend(wrap_styled(
        &format!("Press 1–{} to answer. ← goes back. Esc pauses; your answers are kept.", def.max_answer()),
        width,
        theme.dim,
        &[],
    ));
    let rest = Rect::new(body.x, body.y + 1, body.width, body.height.saturating_sub(1));
    frame.render_widget(Paragraph::new(lines), rest);
}

fn overview_lines(
    app: &App,
    def: &AssessmentDef,
    state: &AssessState,
    index: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(take) = take_at(app, index) else { return Vec::new() };
    let scores = scores_of(take);
    let count = app.journal.takes_loaded().map_or(0, |t| t.takes.len());
    let mut lines =
        vec![Line::styled(format!("Taken {} · take {} of {count}", date(&take.taken), index + 1), theme.dim)];
    lines.extend(wrap_styled(&def.disclaimer, width, theme.dim, &[]));
    lines.push(Line::default());
    if let Some(q) = def.quadrants.iter().find(|q| q.id == take.quadrant) {
        lines.push(Line::styled(format!("Where you stand: {}", q.title), theme.heading));
        lines.push(Line::styled(
            format!(
                "Job demands {:.1} · job resources {:.1} (each is high from {:.1}, the midpoint)",
                rounded(take.demands),
                rounded(take.resources),
                assessment::MIDPOINT
            ),
            theme.base,
        ));
        lines.push(Line::default());
        lines.extend(quadrant_grid(def, &take.quadrant, theme));
        lines.push(Line::default());
        lines.extend(wrap_styled(&q.text, width, theme.base, &[]));
    }
    balance_lines(app, def, &scores, width, &mut lines);
    let pointers = assessment::pointers(def, &scores);
    if !pointers.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("Where the workbook can help", theme.heading));
        for p in pointers {
            let chapters: Vec<String> = p
                .chapters
                .iter()
                .filter_map(|id| app.workbook.chapter(id))
                .map(|c| format!("{}. {}", c.number, c.title))
                .collect();
            lines.extend(wrap_styled(&format!("• {} ({})", p.text, chapters.join("; ")), width, theme.base, &[]));
        }
    }
    compared_lines(app, def, state, index, take, width, &mut lines);
    if assessment::needs_support(def, &scores) {
        lines.push(Line::default());
        lines.push(Line::styled("Please look after yourself", theme.heading));
        lines.extend(support_lines(app, width));
    }
    lines.push(Line::default());
    lines.extend(wrap_styled(
        "Tab: the chart, every scale with its changes, and your job-crafting plan.",
        width,
        theme.dim,
        &[],
    ));
    lines
}

/// The three balances of self-compassion at work, side by side.
fn balance_lines(
    app: &App,
    def: &AssessmentDef,
    scores: &assessment::Scores,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let theme = &app.theme;
    if def.balances.is_empty() {
        return;
    }
    lines.push(Line::default());
    lines.push(Line::styled("Self-compassion at work: three balances", theme.heading));
    let cell = (width / def.balances.len().max(1)).max(12);
    let mut titles = Vec::new();
    let mut subtitles = Vec::new();
    let mut values = Vec::new();
    for b in &def.balances {
        let v = scores.balances.get(&b.id).copied().unwrap_or(0.0);
        // "Self-kindness vs self-judgement" on two lines, so all three fit side by side.
        let (first, second) = match b.title.split_once(" vs ") {
            Some((a, z)) => (a.to_string(), format!("vs {z}")),
            None => (b.title.clone(), String::new()),
        };
        let fit = |t: &str| pad(&truncate(t, cell - 2), cell);
        titles.push(Span::styled(fit(&first), theme.base));
        subtitles.push(Span::styled(fit(&second), theme.dim));
        values.push(Span::styled(fit(&format!("{:.1} {}", rounded(v), band_label(def, v))), theme.title));
    }
    lines.push(Line::from(titles));
    lines.push(Line::from(subtitles));
    lines.push(Line::from(values));
    lines.extend(wrap_styled(
        "Each balance: the kind side against the harsh side, 1 to 5; higher is kinder.",
        width,
        theme.dim,
        &[],
    ));
}

/// What changed noticeably since the take compared with.
fn compared_lines(
    app: &App,
    def: &AssessmentDef,
    state: &AssessState,
    index: usize,
    take: &Take,
    width: usize,
    lines: &mut Vec<Line<'static>>,
) {
    let theme = &app.theme;
    if let Some((other, what)) = compared(app, state, index) {
        let moved: Vec<String> = def
            .scales
            .iter()
            .filter_map(|s| {
                let (before, now) = (other.scores.get(&s.id)?, take.scores.get(&s.id)?);
                match change(*before, *now) {
                    1 => Some(format!("{} ↑", s.short)),
                    -1 => Some(format!("{} ↓", s.short)),
                    _ => None,
                }
            })
            .collect();
        lines.push(Line::default());
        let text = if moved.is_empty() {
            format!("Compared with {what} ({}): no noticeable changes (0.4 or more).", date(&other.taken))
        } else {
            format!(
                "Compared with {what} ({}), noticeable changes: {}. See the Scales tab.",
                date(&other.taken),
                moved.join(", ")
            )
        };
        lines.extend(wrap_styled(&text, width, theme.base, &[]));
    }
}

/// The demands-vs-resources grid, with the user's cell marked.
fn quadrant_grid(def: &AssessmentDef, current: &str, theme: &crate::theme::Theme) -> Vec<Line<'static>> {
    use crate::content::assessment::Level;
    let title = |d: Level, r: Level| {
        def.quadrants
            .iter()
            .find(|q| q.demands == d && q.resources == r)
            .map_or((String::new(), false), |q| (q.title.clone(), q.id == current))
    };
    let cell = |d: Level, r: Level| {
        let (t, here) = title(d, r);
        let text = format!("{}{}", if here { "● " } else { "  " }, truncate(&t, 18));
        Span::styled(pad(&text, 21), if here { theme.selected } else { theme.base })
    };
    // A rule of the grid: `left`, two cells of ─, joined by `mid`, closed by `right`.
    let rule = |left: &str, mid: &str, right: &str| {
        let cells = "─".repeat(21);
        Line::styled(format!("                   {left}{cells}{mid}{cells}{right}"), theme.border)
    };
    let row = |label: &str, d: Level| {
        Line::from(vec![
            Span::styled(format!(" {}│", pad(label, 18)), theme.dim),
            cell(d, Level::Low),
            Span::styled("│", theme.border),
            cell(d, Level::High),
            Span::styled("│", theme.border),
        ])
    };
    vec![
        Line::styled("                    job resources: low       job resources: high", theme.dim),
        rule("┌", "┬", "┐"),
        row("demands: high", Level::High),
        rule("├", "┼", "┤"),
        row("demands: low", Level::Low),
        rule("└", "┴", "┘"),
    ]
}

fn chart(frame: &mut Frame, app: &App, def: &AssessmentDef, index: usize, body: Rect) {
    let theme = &app.theme;
    let Some(take) = take_at(app, index) else { return };
    let bars: Vec<Bar> = def
        .scales
        .iter()
        .map(|s| {
            let v = take.scores.get(&s.id).copied().unwrap_or(0.0);
            let band = band_label(def, v);
            Bar::with_label(pad(&s.short, 12), (rounded(v) * 10.0) as u64)
                .text_value(format!("{:.1} {band}", rounded(v)))
        })
        .collect();
    let title =
        Line::styled("Every scale, 1 (never) to 5 (always); demands and exhaustion: lower is lighter", theme.dim);
    frame.render_widget(Paragraph::new(title), Rect::new(body.x, body.y, body.width, 1.min(body.height)));
    let chart = BarChart::horizontal(bars)
        .bar_width(1)
        .bar_gap(0)
        .max(50)
        .bar_style(theme.title)
        .value_style(theme.selected)
        .label_style(theme.base);
    frame.render_widget(chart, Rect::new(body.x, body.y + 2, body.width, body.height.saturating_sub(2)));
}

/// One row per scale: name, score, band, change against the compared take.
fn table_rows(
    app: &App,
    def: &AssessmentDef,
    state: &AssessState,
    index: usize,
) -> Vec<(Option<String>, Line<'static>)> {
    let theme = &app.theme;
    let Some(take) = take_at(app, index) else { return Vec::new() };
    let other = compared(app, state, index);
    let mut rows = Vec::new();
    let mut group: Option<Group> = None;
    for s in &def.scales {
        if group != Some(s.group) {
            group = Some(s.group);
            rows.push((None, Line::styled(s.group.title().to_string(), theme.heading)));
        }
        let v = take.scores.get(&s.id).copied().unwrap_or(0.0);
        let band = band_label(def, v);
        let delta = other.and_then(|(o, _)| o.scores.get(&s.id)).map_or(String::from("   "), |&before| {
            let d = rounded(v) - rounded(before);
            match change(before, v) {
                1 => format!("↑ {d:+.1}"),
                -1 => format!("↓ {d:+.1}"),
                _ => format!("  {d:+.1}"),
            }
        });
        let name = truncate(&s.title, 30);
        rows.push((
            Some(s.id.clone()),
            Line::from(vec![
                Span::styled(format!("  {}", pad(&name, 31)), theme.base),
                Span::styled(format!("{:.1}  ", rounded(v)), theme.title),
                Span::styled(format!("{band:<9}"), theme.dim),
                Span::styled(format!("{delta:<7}"), theme.base),
            ]),
        ));
    }
    rows
}

fn scales_table(frame: &mut Frame, app: &App, def: &AssessmentDef, state: &AssessState, index: usize, body: Rect) {
    let theme = &app.theme;
    let what = compared(app, state, index).map_or("no earlier take to compare with".to_string(), |(o, what)| {
        format!("change vs {what}, {}; ↑↓ = 0.4 or more", date(&o.taken))
    });
    let head = Line::styled(format!("  {:<31}score band     change  all takes", "scale"), theme.dim);
    frame.render_widget(
        Paragraph::new(vec![head, Line::styled(format!("  {what}"), theme.dim)]),
        Rect::new(body.x, body.y, body.width, 2.min(body.height)),
    );
    let rows = table_rows(app, def, state, index);
    let height = usize::from(body.height.saturating_sub(2));
    let scroll = state.scroll.fit(rows.len(), height);
    let history: Vec<&Take> =
        app.journal.takes_loaded().map(|t| t.takes.iter().map(|(_, t)| t).collect()).unwrap_or_default();
    let spark_x = body.x + 2 + 31 + 5 + 9 + 8;
    for (row, (scale, line)) in rows.into_iter().skip(scroll).take(height).enumerate() {
        let y = body.y + 2 + u16::try_from(row).unwrap_or(0);
        frame.render_widget(Paragraph::new(line), Rect::new(body.x, y, body.width, 1));
        if let Some(id) = scale
            && spark_x < body.x + body.width
        {
            // Only the latest takes that fit are looked at: years of monthly takes are many.
            let room = usize::from(body.x + body.width - spark_x);
            let mut data: Vec<u64> = history
                .iter()
                .rev()
                .filter_map(|t| t.scores.get(&id))
                .take(room)
                .map(|v| (rounded(*v) * 10.0) as u64)
                .collect();
            data.reverse();
            let width = u16::try_from(data.len()).unwrap_or(u16::MAX).max(1);
            let spark = Sparkline::default().data(data).max(50).style(theme.title);
            frame.render_widget(spark, Rect::new(spark_x, y, width, 1));
        }
    }
}

fn plan_lines(app: &App, def: &AssessmentDef, state: &AssessState, index: usize, width: usize) -> StepText {
    let theme = &app.theme;
    let none = || StepText { lines: Vec::new(), focus: None };
    let Some(take) = take_at(app, index) else { return none() };
    let Some(plan) = state.plan.as_ref() else { return none() };
    let mut focus = None;
    let scores = scores_of(take);
    let mut lines = wrap_styled(
        "Job crafting means reshaping your own job a little. Pick one to three small intentions for the weeks ahead (Space), or write your own (o); Enter saves them with this take.",
        width,
        theme.dim,
        &[],
    );
    let mut i = 0;
    for direction in assessment::suggestions(def, &scores) {
        lines.push(Line::default());
        lines.push(Line::styled(direction.title.clone(), theme.heading));
        lines.extend(wrap_styled(&direction.text, width, theme.base, &[]));
        let chapters: Vec<String> = direction
            .chapters
            .iter()
            .filter_map(|id| app.workbook.chapter(id))
            .map(|c| format!("chapter {}", c.number))
            .collect();
        if !chapters.is_empty() {
            lines.extend(wrap_styled(&format!("Helps: {}", chapters.join(", ")), width, theme.dim, &[]));
        }
        for idea in &direction.ideas {
            if plan.cursor == i {
                focus = Some(lines.len());
            }
            lines.extend(idea_line(plan.cursor == i, plan.picked.contains(&i), idea, width, theme));
            i += 1;
        }
    }
    debug_assert_eq!(i, plan.ideas.len());
    if !plan.own.is_empty() || plan.typing.is_some() {
        lines.push(Line::default());
        lines.push(Line::styled("Your own", theme.heading));
        for own in &plan.own {
            if plan.cursor == i {
                focus = Some(lines.len());
            }
            lines.extend(idea_line(plan.cursor == i, plan.picked.contains(&i), own, width, theme));
            i += 1;
        }
        if let Some(area) = &plan.typing {
            // Wrapped, and in focus at its last line: what is typed is always in view.
            let typed = format!("{}▏", area.lines().join(" "));
            for (n, mut line) in
                wrap_styled(&typed, width.saturating_sub(4), theme.emphasis, &[]).into_iter().enumerate()
            {
                line.spans.insert(0, Span::styled(if n == 0 { "  > " } else { "    " }, theme.emphasis));
                lines.push(line);
            }
            focus = Some(lines.len() - 1);
        }
    }
    if !take.plan.is_empty() {
        lines.push(Line::default());
        lines.extend(wrap_styled(
            &format!("Saved plan: {}", take.plan.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" · ")),
            width,
            theme.dim,
            &[],
        ));
    }
    StepText { lines, focus }
}

fn idea_line(here: bool, picked: bool, text: &str, width: usize, theme: &crate::theme::Theme) -> Vec<Line<'static>> {
    let mark = if picked { "[x]" } else { "[ ]" };
    let style = if here { theme.selected } else { theme.base };
    wrap_styled(text, width.saturating_sub(6), style, &[])
        .into_iter()
        .enumerate()
        .map(|(n, mut l)| {
            let lead = if n == 0 { format!("{} {mark} ", if here { ">" } else { " " }) } else { "      ".to_string() };
            l.spans.insert(0, Span::styled(lead, style));
            l
        })
        .collect()
}

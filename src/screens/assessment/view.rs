//! The JD-R self-assessment screens: intro, item, results (overview, chart,
//! scales with changes and trends, plan).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph};

mod results;

use crate::app::App;
use crate::assessment;
use crate::content::assessment::{AssessmentDef, CraftingDirection, Group};
use crate::journal::Take;
use crate::screens::assessment::{AssessState, AssessView, Tab, review_word, scores_of};

use crate::layout::{areas, column};
use crate::screens::chapter::view::StepText;
use crate::ui::text::{markup_lines, wrap_styled};
use crate::ui::widgets::{header, hints, status};

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let (Some(def), Some(state)) = (app.assessment_def(), app.assess()) else { return };
    let a = areas(area);
    let body = column(a.body);
    let right = match &state.view {
        AssessView::Item { index, .. } => format!("{}/{}", index + 1, def.item_count()),
        AssessView::Results { tab, .. } => app.t(tab.title()),
        AssessView::Intro => app.t_with("ui-assess-items", &[("count", def.item_count().into())]),
    };
    header(frame, a.header, app, &def.title, &right);
    if let AssessView::Item { index, cursor } = &state.view {
        item(frame, app, def, state, body, *index, *cursor);
    } else {
        page(frame, app, def, state, body);
    }
    status(frame, a.status, app, None);
    hints(frame, a.hints, app, app.screen_context());
}

/// Every view but an item is one page that scrolls. When it is longer
/// than the body its last row says what is below, there and not on the
/// status line, so a message ("Saved") never hides it.
fn page(frame: &mut Frame, app: &App, def: &AssessmentDef, state: &AssessState, body: Rect) {
    let StepText { lines, focus } = page_lines(app, def, state, usize::from(body.width));
    let total = lines.len();
    let full = usize::from(body.height);
    let height = if total > full { full.saturating_sub(1) } else { full };
    // On the plan the marked intention, or what is being typed, stays in view.
    let scroll = state.scroll.fit_focus(total, height, focus);
    let shown = Rect::new(body.x, body.y, body.width, u16::try_from(height).unwrap_or(body.height));
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)), shown);
    if height < full {
        let text = if scroll + height < total {
            app.t_with("ui-assess-more-below", &[("shown", (scroll + height).into()), ("total", total.into())])
        } else {
            app.t_with("ui-assess-end", &[("total", total.into())])
        };
        let row = Rect::new(body.x, body.y + shown.height, body.width, 1);
        frame.render_widget(Paragraph::new(Line::styled(text, app.theme.dim)), row);
    }
}

/// A group of scales by its name in the language shown.
pub(super) fn group_title(app: &App, group: Group) -> String {
    crate::assessment::group_title(app.lang, group)
}

fn take_at(app: &App, index: usize) -> Option<&Take> {
    app.journal.takes_loaded()?.takes.get(index).map(|(_, t)| t)
}

/// The take a result is compared with: the previous one, or the first
/// (the chapter 1 baseline) when opened from the last chapter.
fn compared<'a>(app: &'a App, state: &AssessState, index: usize) -> results::Compared<'a> {
    if index == 0 {
        return None;
    }
    if state.compare_baseline {
        take_at(app, 0).map(|t| (t, "ui-assess-compared-baseline"))
    } else {
        take_at(app, index - 1).map(|t| (t, "ui-assess-compared-previous"))
    }
}

/// The lines of a scrolling page; on the plan, the line of the marked intention.
fn page_lines(app: &App, def: &AssessmentDef, state: &AssessState, width: usize) -> StepText {
    let theme = &app.theme;
    let AssessView::Results { take: index, tab } = state.view else {
        return StepText { lines: intro_lines(app, def, state, width), focus: None };
    };
    let Some(take) = take_at(app, index) else { return StepText { lines: Vec::new(), focus: None } };
    let count = app.journal.takes_loaded().map_or(0, |t| t.takes.len());
    let head = app.t_with(
        "ui-assess-taken",
        &[("date", app.date(&take.taken).into()), ("n", (index + 1).into()), ("count", count.into())],
    );
    let mut lines = wrap_styled(&head, width, theme.dim, &[]);
    let other = compared(app, state, index);
    let mut focus = None;
    match tab {
        Tab::Overview => {
            lines.extend(results::overview_lines(app, def, take, other, width));
            lines.push(Line::default());
            lines.extend(wrap_styled(&app.t("ui-assess-overview-tab"), width, theme.dim, &[]));
        }
        Tab::Chart => lines.extend(results::chart_lines(app, def, take, width)),
        Tab::Scales => {
            let history: Vec<&Take> =
                app.journal.takes_loaded().map(|t| t.takes.iter().map(|(_, t)| t).collect()).unwrap_or_default();
            lines.extend(results::scales_lines(app, def, take, other, &history, width));
        }
        Tab::Plan => {
            let plan = plan_lines(app, def, state, take, width);
            focus = plan.focus.map(|f| f + lines.len());
            lines.extend(plan.lines);
        }
    }
    StepText { lines, focus }
}

fn intro_lines(app: &App, def: &AssessmentDef, state: &AssessState, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    // What the user can do now comes first, above the long introduction.
    let mut lines = Vec::new();
    match state.draft.as_ref().map(|d| d.answers.len()) {
        Some(n) => lines.extend(wrap_styled(
            &app.t_with("ui-assess-draft", &[("answered", n.into()), ("total", def.item_count().into())]),
            width,
            theme.key,
            &[],
        )),
        None => lines.extend(wrap_styled(
            &app.t_with(
                "ui-assess-begin",
                &[("count", def.item_count().into()), ("minutes", minutes_for(def.item_count()).into())],
            ),
            width,
            theme.key,
            &[],
        )),
    }
    let takes = app.journal.takes_loaded().map_or(0, |t| t.takes.len());
    if takes > 0 {
        let last = take_at(app, takes - 1).map(|t| app.date(&t.taken)).unwrap_or_default();
        lines.extend(wrap_styled(
            &app.t_with("ui-assess-taken-before", &[("count", takes.into()), ("date", last.into())]),
            width,
            theme.dim,
            &[],
        ));
    }
    lines.extend(review_lines(app, state, width));
    if let Some(damaged) = app.journal.takes_loaded().map(|t| &t.damaged).filter(|d| !d.is_empty()) {
        for e in damaged {
            lines.extend(wrap_styled(
                &app.t_with("ui-assess-damaged", &[("error", e.to_string().into())]),
                width,
                theme.error,
                &[],
            ));
        }
    }
    lines.push(Line::default());
    lines.extend(markup_lines(&def.intro, width, theme));
    lines.push(Line::default());
    lines.extend(wrap_styled(&def.disclaimer, width, theme.dim, &[]));
    lines
}

/// At the next take, how the last intentions went: asked on the intro,
/// answered with a digit, kept with the new take.
fn review_lines(app: &App, state: &AssessState, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(last) = app.journal.takes_loaded().and_then(|t| t.takes.last()).map(|(_, t)| t) else { return Vec::new() };
    if last.plan.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::default()];
    lines.extend(wrap_styled(
        &app.t_with("ui-assess-review-intentions", &[("date", app.date(&last.taken).into())]),
        width,
        theme.heading,
        &[],
    ));
    for intention in &last.plan {
        lines.extend(wrap_styled(&format!("• {}", intention.text), width, theme.base, &[]));
    }
    let options: Vec<String> = (1..=5).map(|n| format!("{n} {}", review_word(app, n))).collect();
    let text = match state.review {
        Some(went) => app.t_with("ui-assess-review-went", &[("went", review_word(app, went.clamp(1, 5)).into())]),
        None => app.t_with("ui-assess-review-ask", &[("options", options.join(" · ").into())]),
    };
    lines.extend(wrap_styled(&text, width, theme.key, &[]));
    lines
}

fn item(frame: &mut Frame, app: &App, def: &AssessmentDef, state: &AssessState, body: Rect, index: usize, cursor: u8) {
    let theme = &app.theme;
    let Some((scale, item)) = def.items().nth(index) else { return };
    let width = usize::from(body.width);
    let ratio = state.answers.len() as f64 / def.item_count().max(1) as f64;
    let label = app
        .t_with("ui-assess-answered", &[("answered", state.answers.len().into()), ("total", def.item_count().into())]);
    frame.render_widget(
        Gauge::default().gauge_style(theme.gauge).ratio(ratio.clamp(0.0, 1.0)).label(label).use_unicode(true),
        Rect::new(body.x, body.y, body.width, 1.min(body.height)),
    );
    let mut lines = vec![Line::default()];
    lines.extend(wrap_styled(&format!("{} · {}", group_title(app, scale.group), scale.title), width, theme.dim, &[]));
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
        &app.t_with("ui-assess-item-how", &[("max", def.max_answer().into())]),
        width,
        theme.dim,
        &[],
    ));
    let rest = Rect::new(body.x, body.y + 1, body.width, body.height.saturating_sub(1));
    frame.render_widget(Paragraph::new(lines), rest);
}

fn plan_lines(app: &App, def: &AssessmentDef, state: &AssessState, take: &Take, width: usize) -> StepText {
    let theme = &app.theme;
    let Some(plan) = state.plan.as_ref() else { return StepText { lines: Vec::new(), focus: None } };
    let mut focus = None;
    let scores = scores_of(take);
    let mut lines = wrap_styled(&app.t("ui-assess-plan-intro"), width, theme.dim, &[]);
    let mut i = 0;
    for direction in assessment::suggestions(def, &scores) {
        lines.push(Line::default());
        lines.push(Line::styled(direction.title.clone(), theme.heading));
        lines.extend(wrap_styled(&direction.text, width, theme.base, &[]));
        if let Some(helps) = helps_line(app, direction) {
            lines.extend(wrap_styled(&helps, width, theme.dim, &[]));
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
        lines.push(Line::styled(app.t("ui-assess-plan-own"), theme.heading));
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
        if carried(app, take) {
            lines.extend(wrap_styled(&app.t("ui-assess-plan-carried"), width, theme.dim, &[]));
        }
        lines.extend(wrap_styled(
            &app.t_with(
                "ui-assess-plan-saved-list",
                &[("plan", take.plan.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" · ").into())],
            ),
            width,
            theme.dim,
            &[],
        ));
    }
    StepText { lines, focus }
}

/// Whether this take's plan is the one carried on from the take before.
fn carried(app: &App, take: &Take) -> bool {
    let Some(takes) = app.journal.takes_loaded() else { return false };
    let Some(i) = takes.takes.iter().position(|(_, t)| t.taken == take.taken) else { return false };
    i.checked_sub(1).and_then(|p| takes.takes.get(p)).is_some_and(|(_, p)| p.plan == take.plan)
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

/// Where the workbook helps with a crafting direction: its steps by title,
/// then its chapters not already named by one of those steps.
fn helps_line(app: &App, direction: &CraftingDirection) -> Option<String> {
    let steps = direction.steps.iter().filter_map(|at| {
        let chapter = app.workbook.chapter(&at.chapter)?;
        let title = chapter.step(&at.step)?.title().to_string();
        Some(app.t_with("ui-assess-helps-step", &[("title", title.into()), ("n", chapter.number.into())]))
    });
    let chapters = direction
        .chapters
        .iter()
        .filter(|id| !direction.steps.iter().any(|at| at.chapter == id.as_str()))
        .filter_map(|id| app.workbook.chapter(id))
        .map(|c| app.t_with("ui-assess-helps-chapter", &[("n", c.number.into())]));
    let helps: Vec<String> = steps.chain(chapters).collect();
    (!helps.is_empty()).then(|| app.t_with("ui-assess-helps", &[("list", helps.join(", ").into())]))
}

/// About how long a questionnaire takes: some twelve seconds a statement,
/// rounded up to five minutes.
fn minutes_for(items: usize) -> usize {
    (items * 12).div_ceil(60).div_ceil(5) * 5
}

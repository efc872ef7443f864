//! The practice screen: a gauge, the time left, and the cue for this moment.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph};

use crate::app::App;
use crate::content::PracticeStep;
use crate::screens::practice::session::{Phase, Session, clock_text};

use crate::layout::{areas, column};
use crate::screens::chapter::view::scale_lines;
use crate::ui::text::wrap_styled;
use crate::ui::widgets::{header, hints, status};

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let (Some(session), Some(step)) = (app.practice(), app.practice_step()) else {
        return;
    };
    let theme = &app.theme;
    let a = areas(area);
    let chapter = &app.workbook.chapters[session.chapter];
    let of = app.t_with("ui-step-of", &[("n", (session.step + 1).into()), ("total", chapter.steps.len().into())]);
    let right = format!("{} · {} min · {of}", app.t("ui-kind-practice"), step.minutes);
    header(frame, a.header, app, &format!("{}. {}", chapter.number, chapter.title), &right);
    let body = column(a.body);
    let width = usize::from(body.width);
    let now = app.clock.now();

    let mut top = wrap_styled(&step.title, width, theme.title, &[]);
    top.push(Line::default());
    let mut lines = Vec::new();
    let mut gauge = false;
    match session.phase {
        Phase::Before | Phase::After => {
            let Some(rating) = &step.rating else { return };
            let lead = app.t(if session.phase == Phase::Before { "ui-practice-before" } else { "ui-practice-and-now" });
            lines.extend(wrap_styled(&format!("{lead}: {}", rating.question), width, theme.emphasis, &[]));
            lines.push(Line::default());
            lines.extend(scale_lines(
                rating.min,
                rating.max,
                &rating.low,
                &rating.high,
                Some(session.rating),
                true,
                width,
                theme,
            ));
            lines.push(Line::default());
            let keys = if session.phase == Phase::Before { "ui-rating-keys-before" } else { "ui-rating-keys-after" };
            lines.extend(wrap_styled(&app.t(keys), width, theme.key, &[]));
        }
        Phase::Running | Phase::Paused => {
            gauge = true;
            lines.extend(cue_lines(session, step, now, width, app));
        }
        Phase::Done => lines.extend(summary_lines(session, step, width, app)),
    }
    let top_h = u16::try_from(top.len()).unwrap_or(0).min(body.height);
    frame.render_widget(Paragraph::new(top), Rect::new(body.x, body.y, body.width, top_h));
    let mut y = body.y + top_h;
    if gauge && body.height > top_h + 2 {
        frame.render_widget(time_gauge(app, session, now), Rect::new(body.x, y, body.width, 1));
        y += 2;
    }
    let rest = Rect::new(body.x, y, body.width, (body.y + body.height).saturating_sub(y));
    frame.render_widget(Paragraph::new(lines), rest);

    // A practice woven into the working day is done with open eyes.
    let informal = step.kind == crate::content::PracticeKind::Informal;
    status(frame, a.status, app, status_note(app, session.phase, informal));
    hints(frame, a.hints, app, app.screen_context());
}

/// The time left of a practice or the timer, as a bar with its words.
pub(crate) fn time_gauge(app: &App, session: &Session, now: crate::journal::Timestamp) -> Gauge<'static> {
    let times = [("left", clock_text(session.remaining(now)).into()), ("planned", clock_text(session.planned).into())];
    let label =
        app.t_with(if session.phase == Phase::Paused { "ui-practice-paused-left" } else { "ui-practice-left" }, &times);
    Gauge::default().gauge_style(app.theme.gauge).ratio(session.ratio(now)).label(label).use_unicode(true)
}

/// What the status line says while a practice or the timer runs or waits.
pub(crate) fn status_note(app: &App, phase: Phase, informal: bool) -> Option<Line<'static>> {
    let note = match phase {
        Phase::Paused => "ui-practice-paused-note",
        Phase::Running if informal => "ui-practice-running-note-informal",
        Phase::Running => "ui-practice-running-note",
        _ => return None,
    };
    Some(Line::styled(format!(" {}", app.t(note)), app.theme.dim))
}

fn cue_lines(
    session: &Session,
    step: &PracticeStep,
    now: crate::journal::Timestamp,
    width: usize,
    app: &App,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let index = session.cue_index(now, step.cues.len());
    let of = app.t_with("ui-practice-cue-of", &[("n", (index + 1).into()), ("total", step.cues.len().into())]);
    let mut lines = vec![Line::styled(of, theme.dim)];
    if let Some(cue) = step.cues.get(index) {
        lines.extend(wrap_styled(cue, width, theme.base, &[]));
    }
    if let Some(target) = &step.recall
        && let Some((_, text)) =
            app.journal.shown(&target.chapter).and_then(Result::ok).and_then(|a| a.latest_text(&target.step))
    {
        lines.push(Line::default());
        lines.push(Line::styled(app.t("ui-practice-own-words"), theme.dim));
        lines.extend(crate::ui::text::plain_lines(&text, width, theme.emphasis));
    }
    lines
}

fn summary_lines(session: &Session, step: &PracticeStep, width: usize, app: &App) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let done = clock_text(session.accumulated);
    let mut lines = if session.finished {
        wrap_styled(&app.t_with("ui-practice-full", &[("minutes", step.minutes.into())]), width, theme.base, &[])
    } else {
        wrap_styled(
            &app.t_with("ui-practice-part", &[("done", done.into()), ("minutes", step.minutes.into())]),
            width,
            theme.base,
            &[],
        )
    };
    if let (Some(before), Some(after)) = (session.rating_before, session.rating_after) {
        lines.extend(wrap_styled(
            &app.t_with("ui-practice-check-in-went", &[("before", before.into()), ("after", after.into())]),
            width,
            theme.dim,
            &[],
        ));
    }
    if session.log_index.is_some() {
        lines.extend(wrap_styled(&app.t("ui-practice-logged"), width, theme.dim, &[]));
    }
    lines.push(Line::default());
    lines.extend(wrap_styled(&app.t("ui-practice-back"), width, theme.key, &[]));
    lines
}

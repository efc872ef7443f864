//! Chapter: one step at a time, with a step indicator.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::keymap::Context;
use crate::content::Step;

use super::layout::{areas, column};
use super::text::{markup_lines, plain_lines, wrap_styled};
use super::widgets::{date, header, hints, status};

fn full(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// Width of the step text for a terminal of `size`; update uses it to scroll.
pub fn body_width(size: (u16, u16)) -> usize {
    usize::from(column(areas(full(size)).body).width)
}

pub fn body_height(size: (u16, u16)) -> u16 {
    areas(full(size)).body.height
}

/// Every line of a step, wrapped to `width`. Render shows a window of it.
pub fn step_lines(app: &App, chapter: usize, step: usize, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let c = &app.workbook.chapters[chapter];
    let s = &c.steps[step];
    let mut lines = wrap_styled(s.title(), width, theme.title, &[]);
    lines.push(Line::default());
    let answers = app.journal.answers(&c.id);
    if let Some(Err(e)) = answers {
        lines.extend(wrap_styled(
            &format!("Your answers file for this chapter is damaged and left untouched, so this chapter is read-only: {e}"),
            width,
            theme.error,
            &[],
        ));
        lines.push(Line::default());
    }
    match s {
        Step::Text(t) => lines.extend(markup_lines(&t.body, width, theme)),
        Step::Reflection(r) => {
            lines.extend(wrap_styled(&r.prompt, width, theme.emphasis, &[]));
            if let Some(hint) = &r.hint {
                lines.extend(wrap_styled(hint, width, theme.dim, &[]));
            }
            lines.push(Line::default());
            let list = answers
                .and_then(Result::ok)
                .map(|a| a.reflections(&r.id))
                .unwrap_or(&[]);
            if list.is_empty() {
                lines.extend(wrap_styled(
                    "You have not written here yet. Press Enter to write.",
                    width,
                    theme.dim,
                    &[],
                ));
            } else {
                let heading = match list.len() {
                    1 => "Your answer".to_string(),
                    n => format!("Your answers ({n}, newest first)"),
                };
                lines.push(Line::styled(heading, theme.title));
                for answer in list.iter().rev() {
                    let Some(latest) = answer.latest() else {
                        continue;
                    };
                    let mut when = date(&latest.at);
                    if answer.revisions.len() > 1
                        && let Some(created) = answer.created()
                    {
                        when = format!(
                            "{when} (first written {}, {} versions kept)",
                            date(&created),
                            answer.revisions.len()
                        );
                    }
                    lines.push(Line::default());
                    lines.extend(wrap_styled(&format!("— {when}"), width, theme.dim, &[]));
                    lines.extend(plain_lines(&latest.text, width, theme.base));
                }
                lines.push(Line::default());
                lines.extend(wrap_styled("Enter continues your latest answer; a starts a new one. Earlier words are always kept.", width, theme.dim, &[]));
            }
        }
        Step::Practice(p) => {
            lines.extend(wrap_styled(
                &format!("{} minutes", p.minutes),
                width,
                theme.dim,
                &[],
            ));
            lines.push(Line::default());
            lines.extend(markup_lines(&p.intro, width, theme));
        }
        Step::Scale(sc) => {
            lines.extend(wrap_styled(&sc.prompt, width, theme.emphasis, &[]));
            lines.extend(wrap_styled(
                &format!("{} = {}  …  {} = {}", sc.min, sc.low, sc.max, sc.high),
                width,
                theme.dim,
                &[],
            ));
        }
        Step::Choice(ch) => {
            lines.extend(wrap_styled(&ch.prompt, width, theme.emphasis, &[]));
            for o in &ch.options {
                lines.extend(wrap_styled(&format!("• {o}"), width, theme.base, &[]));
            }
        }
        Step::Assessment(a) => lines.extend(markup_lines(&a.intro, width, theme)),
    }
    lines
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let a = areas(area);
    let c = app.chapter();
    let step = app.view.step;
    let done = if app.is_step_done(app.view.chapter, step) {
        "✓ "
    } else {
        ""
    };
    let right = format!(
        "{done}{} · step {}/{}",
        app.step().kind_name(),
        step + 1,
        c.steps.len()
    );
    header(
        frame,
        a.header,
        app,
        &format!("{}. {}", c.number, c.title),
        &right,
    );
    let body = column(a.body);
    let lines = step_lines(app, app.view.chapter, step, usize::from(body.width));
    let total = lines.len();
    let visible = usize::from(body.height);
    let scroll = app.view.scroll.min(total.saturating_sub(visible));
    let window: Vec<Line> = lines.into_iter().skip(scroll).take(visible).collect();
    frame.render_widget(Paragraph::new(window), body);
    let more = (total > visible).then(|| {
        let shown = (scroll + visible).min(total);
        let text = if shown < total {
            format!(" ↓ more below ({shown}/{total} lines)")
        } else {
            format!(" end of step ({total} lines)")
        };
        Line::styled(text, app.theme.dim)
    });
    status(frame, a.status, app, more);
    hints(frame, a.hints, app, Context::Chapter);
}

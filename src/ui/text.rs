//! Turning workbook markup and user text into wrapped, styled lines.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::content::markup::{self, Block};

use crate::theme::Theme;

/// Wraps `text` to `width` columns, keeping the given (byte range, style)
/// emphasis. textwrap hands back slices of the input, so each wrapped line
/// is located by its offset and restyled.
pub fn wrap_styled(text: &str, width: usize, base: Style, marks: &[(usize, usize, Style)]) -> Vec<Line<'static>> {
    let width = width.max(1);
    // Never split at a hyphen: a phone number ("0800-0113") or a date
    // stays whole on its line.
    let options = textwrap::Options::new(width).break_words(true).word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|piece| {
            let start = (piece.as_ptr() as usize).checked_sub(text.as_ptr() as usize);
            match start {
                Some(start) if start + piece.len() <= text.len() && text[start..].starts_with(piece.as_ref()) => {
                    styled_line(text, start, start + piece.len(), base, marks)
                }
                _ => Line::styled(piece.into_owned(), base),
            }
        })
        .collect()
}

fn styled_line(text: &str, start: usize, end: usize, base: Style, marks: &[(usize, usize, Style)]) -> Line<'static> {
    let mut spans = Vec::new();
    let mut at = start;
    for &(ms, me, style) in marks {
        let (ms, me) = (ms.max(start), me.min(end));
        if ms >= me {
            continue;
        }
        if at < ms {
            spans.push(Span::styled(text[at..ms].to_string(), base));
        }
        spans.push(Span::styled(text[ms..me].to_string(), style));
        at = me;
    }
    if at < end {
        spans.push(Span::styled(text[at..end].to_string(), base));
    }
    Line::from(spans)
}

/// A line of markup: the plain text and where its emphasis is.
fn inline(text: &str, theme: &Theme) -> (String, Vec<(usize, usize, Style)>) {
    let mut plain = String::new();
    let mut marks = Vec::new();
    for span in markup::spans(text) {
        let start = plain.len();
        plain.push_str(&span.text);
        if span.emphasis {
            marks.push((start, plain.len(), theme.emphasis));
        }
    }
    (plain, marks)
}

/// Renders workbook markup to lines `width` wide: headings, paragraphs, bullets.
pub fn markup_lines(source: &str, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut previous: Option<Block> = None;
    for block in markup::parse(source) {
        // A blank line between blocks, except under a heading and inside a list.
        let tight =
            matches!((&previous, &block), (Some(Block::Heading(_)), _) | (Some(Block::Bullet(_)), Block::Bullet(_)));
        if previous.is_some() && !tight {
            lines.push(Line::default());
        }
        match &block {
            Block::Heading(text) => {
                let (plain, _) = inline(text, theme);
                lines.extend(wrap_styled(&plain, width, theme.heading, &[]));
            }
            Block::Paragraph(text) => {
                let (plain, marks) = inline(text, theme);
                lines.extend(wrap_styled(&plain, width, theme.base, &marks));
            }
            Block::Bullet(text) => {
                let (plain, marks) = inline(text, theme);
                let wrapped = wrap_styled(&plain, width.saturating_sub(2), theme.base, &marks);
                for (i, mut line) in wrapped.into_iter().enumerate() {
                    line.spans.insert(0, Span::raw(if i == 0 { "• " } else { "  " }));
                    lines.push(line);
                }
            }
        }
        previous = Some(block);
    }
    lines
}

/// The user's own text: kept as written (no markup), each line wrapped.
pub fn plain_lines(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    text.split('\n')
        .flat_map(|line| {
            let expanded = line.replace('\t', "    ");
            if expanded.trim().is_empty() { vec![Line::default()] } else { wrap_styled(&expanded, width, style, &[]) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::ThemeName;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }

    #[test]
    fn emphasis_survives_wrapping() {
        let theme = Theme::new(ThemeName::Default);
        let lines = markup_lines("one two *three four* five", 12, &theme);
        assert_eq!(texts(&lines), vec!["one two", "three four", "five"]);
        assert!(lines[1].spans.iter().all(|s| s.style == theme.emphasis));
    }

    #[test]
    fn bullets_hang_and_headings_stand_apart() {
        let theme = Theme::new(ThemeName::Monochrome);
        let lines = markup_lines("# Title\nText.\n\n- alpha beta gamma", 12, &theme);
        assert_eq!(texts(&lines), vec!["Title", "Text.", "", "• alpha beta", "  gamma"]);
    }

    #[test]
    fn wide_and_long_text_wraps_within_width() {
        let lines = plain_lines(&"漢字".repeat(30), 10, Style::new());
        assert!(lines.iter().all(|l| l.width() <= 10));
        let long = "x".repeat(10_000);
        assert_eq!(plain_lines(&long, 100, Style::new()).len(), 100);
    }
}

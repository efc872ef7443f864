//! The small markup of the workbook's teaching text.
//!
//! Deliberately tiny, so content authors cannot get it wrong:
//! - a blank line separates blocks;
//! - a line starting with `# ` is a heading;
//! - a line starting with `- ` starts a bullet item (following lines that are
//!   not blank, not a heading and not a new item continue it);
//! - other lines form a paragraph; its lines are joined with spaces;
//! - `*words*` inside a line is emphasis.

/// A block of teaching text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Bullet(String),
}

/// A run of inline text, emphasised or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub emphasis: bool,
}

pub fn parse(source: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for raw in source.lines() {
        let line = raw.trim();
        if line.is_empty() {
            blocks.extend(current.take());
        } else if let Some(rest) = line.strip_prefix("# ") {
            blocks.extend(current.take());
            blocks.push(Block::Heading(rest.trim().to_string()));
        } else if let Some(rest) = line.strip_prefix("- ") {
            blocks.extend(current.take());
            current = Some(Block::Bullet(rest.trim().to_string()));
        } else {
            match &mut current {
                Some(Block::Paragraph(text)) | Some(Block::Bullet(text)) => {
                    text.push(' ');
                    text.push_str(line);
                }
                _ => current = Some(Block::Paragraph(line.to_string())),
            }
        }
    }
    blocks.extend(current);
    blocks
}

/// Splits a line into plain and emphasised spans. An unmatched `*` is kept as text.
pub fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('*') {
        let after = &rest[start + 1..];
        match after.find('*') {
            Some(end) if end > 0 => {
                if start > 0 {
                    out.push(Span { text: rest[..start].to_string(), emphasis: false });
                }
                out.push(Span { text: after[..end].to_string(), emphasis: true });
                rest = &after[end + 1..];
            }
            _ => break,
        }
    }
    if !rest.is_empty() {
        out.push(Span { text: rest.to_string(), emphasis: false });
    }
    out
}

/// The plain words of a markup text, for counting and searching.
pub fn plain_text(source: &str) -> String {
    parse(source)
        .into_iter()
        .map(|b| match b {
            Block::Heading(t) | Block::Paragraph(t) | Block::Bullet(t) => t.replace('*', ""),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn word_count(source: &str) -> usize {
    plain_text(source).split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_headings_bullets_and_joined_paragraphs() {
        let src = "# Why\nFirst line\nsecond line.\n\n- one\n  more\n- two\nAfter.";
        assert_eq!(
            parse(src),
            vec![
                Block::Heading("Why".into()),
                Block::Paragraph("First line second line.".into()),
                Block::Bullet("one more".into()),
                Block::Bullet("two After.".into()),
            ]
        );
    }

    #[test]
    fn emphasis_spans_and_unmatched_star() {
        let s = spans("a *kind* word * alone");
        assert_eq!(s.len(), 3);
        assert!(s[1].emphasis);
        assert_eq!(s[1].text, "kind");
        assert_eq!(s[2].text, " word * alone");
        assert_eq!(word_count("# Two words\n\n- and *three* more"), 5);
    }
}

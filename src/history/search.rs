//! Search that forgives case and accents: "cafe" finds "Café", "ÉTÉ" finds
//! "été". Text is folded character by character (canonical decomposition,
//! combining marks dropped, lowercased), keeping where each folded character
//! came from so a match can be highlighted in the original.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folded text and, for every folded byte, the original byte it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    origin: Vec<usize>,
}

pub fn fold(original: &str) -> Folded {
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len());
    for (at, c) in original.char_indices() {
        let before = text.len();
        push_folded(&mut text, c);
        origin.extend(std::iter::repeat_n(at, text.len() - before));
    }
    Folded { text, origin }
}

/// Only the folded text, for matching: no position map, so it is cheap to
/// keep for every answer.
pub fn fold_text(original: &str) -> String {
    let mut text = String::with_capacity(original.len());
    for c in original.chars() {
        push_folded(&mut text, c);
    }
    text
}

fn push_folded(text: &mut String, c: char) {
    if c.is_ascii() {
        // Most text: no decomposition needed.
        text.push(c.to_ascii_lowercase());
        return;
    }
    for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
        text.extend(d.to_lowercase());
    }
}

impl Folded {
    /// Byte ranges in the original text of every match of any of the
    /// folded `terms`, in order, none overlapping.
    pub fn matches(&self, original: &str, terms: &[String]) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = terms
            .iter()
            .filter(|t| !t.is_empty())
            .flat_map(|t| self.text.match_indices(t.as_str()))
            .map(|(start, m)| (start, start + m.len()))
            .collect();
        found.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut end = 0;
        for (start, stop) in found {
            if start < end {
                continue;
            }
            end = stop;
            let from = self.origin[start];
            let last = self.origin[stop - 1];
            let to = original[last..].chars().next().map_or(original.len(), |c| last + c.len_utf8());
            out.push((from, to));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_are_forgiven() {
        let f = fold("Café au lait, ÉTÉ, Straße");
        assert!(f.text.contains(&fold_text("cafe")));
        assert!(f.text.contains(&fold_text("CAFÉ")));
        assert!(f.text.contains(&fold_text("ete")));
        assert!(f.text.contains(&fold_text("strasse")) || f.text.contains(&fold_text("straße")));
        assert!(!f.text.contains(&fold_text("tea")));
    }

    #[test]
    fn matches_map_back_to_the_original_text() {
        let original = "Een fijne Café-avond; café!";
        let f = fold(original);
        let ranges = f.matches(original, &["cafe".to_string()]);
        let found: Vec<&str> = ranges.iter().map(|&(a, b)| &original[a..b]).collect();
        assert_eq!(found, ["Café", "café"]);
        let both = f.matches(original, &["avond".to_string(), "cafe".to_string(), "fe".to_string()]);
        let found: Vec<&str> = both.iter().map(|&(a, b)| &original[a..b]).collect();
        assert_eq!(found, ["Café", "avond", "café"]);
    }

    #[test]
    fn combining_marks_and_wide_text() {
        let decomposed = "re\u{301}sume\u{301}"; // résumé written with combining accents
        assert!(fold(decomposed).text.contains(&fold_text("résumé")));
        let cjk = "今日は良い日でした";
        let f = fold(cjk);
        let r = f.matches(cjk, &[fold_text("良い")]);
        assert_eq!(&cjk[r[0].0..r[0].1], "良い");
        assert!(fold("🙂 ok").text.contains(&fold_text("OK")));
    }
}

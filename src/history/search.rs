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

/// The folded form of a query; empty when it has nothing to look for.
pub fn fold_query(query: &str) -> String {
    fold_text(query.trim())
}

impl Folded {
    /// Byte ranges in the original text of every match, in order.
    pub fn matches(&self, original: &str, folded_query: &str) -> Vec<(usize, usize)> {
        if folded_query.is_empty() {
            return Vec::new();
        }
        self.text
            .match_indices(folded_query)
            .map(|(start, m)| {
                let from = self.origin[start];
                let last = self.origin[start + m.len() - 1];
                let to = original[last..].chars().next().map_or(original.len(), |c| last + c.len_utf8());
                (from, to)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_are_forgiven() {
        let f = fold("Café au lait, ÉTÉ, Straße");
        assert!(f.text.contains(&fold_query("cafe")));
        assert!(f.text.contains(&fold_query("CAFÉ")));
        assert!(f.text.contains(&fold_query("ete")));
        assert!(f.text.contains(&fold_query("strasse")) || f.text.contains(&fold_query("straße")));
        assert!(!f.text.contains(&fold_query("tea")));
    }

    #[test]
    fn matches_map_back_to_the_original_text() {
        let original = "Een fijne Café-avond; café!";
        let f = fold(original);
        let ranges = f.matches(original, &fold_query("cafe"));
        let found: Vec<&str> = ranges.iter().map(|&(a, b)| &original[a..b]).collect();
        assert_eq!(found, ["Café", "café"]);
    }

    #[test]
    fn combining_marks_and_wide_text() {
        let decomposed = "re\u{301}sume\u{301}"; // résumé written with combining accents
        assert!(fold(decomposed).text.contains(&fold_query("résumé")));
        let cjk = "今日は良い日でした";
        let f = fold(cjk);
        let r = f.matches(cjk, &fold_query("良い"));
        assert_eq!(&cjk[r[0].0..r[0].1], "良い");
        assert!(fold("🙂 ok").text.contains(&fold_query("OK")));
    }
}

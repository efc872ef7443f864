//! A word index of one chapter's answers, so a search looks at each
//! distinct word once instead of reading every answer's text again for
//! each letter typed. Built on the read-ahead thread from the answers as
//! they are read; the answers themselves are then let go.
//!
//! Words are runs of letters and digits of the folded text (see
//! [`fold_text`]); a query matches an answer when every word of the query
//! is found inside some word of the answer, in any order ("grat" finds
//! "grateful", "cafe avond" finds "Café-avond").

use std::collections::HashMap;

use super::search::fold_text;

/// The words of folded text.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// The folded words of a query, each once, longest first (the rarest
/// usually, so a query that finds nothing finds it soonest).
pub fn query_terms(query: &str) -> Vec<String> {
    let folded = fold_text(query);
    let mut terms: Vec<String> = words(&folded).map(str::to_string).collect();
    terms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    terms.dedup();
    // A term inside another adds nothing: whatever has "grateful" has "grat".
    let kept: Vec<String> =
        terms.iter().filter(|t| !terms.iter().any(|o| o.len() > t.len() && o.contains(t.as_str()))).cloned().collect();
    kept
}

/// For every distinct word, the answers (by their number in the chapter's
/// list of entries) that hold it. The words are kept end to end in one
/// string, so a term is looked for in all of them in one pass; answer
/// numbers are stored as growing differences in variable-length bytes, most
/// taking one byte.
#[derive(Debug, Default, Clone)]
pub struct WordIndex {
    /// Every word followed by a NUL, sorted.
    text: String,
    /// Where each word starts in `text`.
    starts: Vec<u32>,
    lists: Vec<Box<[u8]>>,
    len: usize,
}

/// Builds a [`WordIndex`], one answer at a time, in order.
#[derive(Default)]
pub struct Builder {
    words: HashMap<Box<str>, (u32, Vec<u8>)>,
    next: u32,
}

impl Builder {
    /// Adds the next answer (number `self.next`) with its folded text.
    pub fn add(&mut self, folded: &str) {
        let id = self.next;
        self.next += 1;
        for word in words(folded) {
            match self.words.get_mut(word) {
                Some((last, list)) => {
                    if *last != id {
                        push_varint(list, id - *last);
                        *last = id;
                    }
                }
                None => {
                    let mut list = Vec::new();
                    push_varint(&mut list, id);
                    self.words.insert(word.into(), (id, list));
                }
            }
        }
    }

    pub fn finish(self) -> WordIndex {
        let mut words: Vec<(Box<str>, Vec<u8>)> = self.words.into_iter().map(|(w, (_, list))| (w, list)).collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = WordIndex { len: self.next as usize, ..WordIndex::default() };
        index.text.reserve(words.iter().map(|(w, _)| w.len() + 1).sum());
        for (word, list) in words {
            index.starts.push(index.text.len() as u32);
            index.text.push_str(&word);
            index.text.push('\0');
            index.lists.push(list.into_boxed_slice());
        }
        index
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// The answer numbers of a posting list, in order.
fn decode(list: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut at = 0;
    let mut id = 0u32;
    let mut first = true;
    std::iter::from_fn(move || {
        let mut n = 0u32;
        let mut shift = 0;
        loop {
            let b = *list.get(at)?;
            at += 1;
            n |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        id = if first { n } else { id + n };
        first = false;
        Some(id)
    })
}

impl WordIndex {
    /// How many answers were indexed.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Marks in `found` every answer holding a word that contains `term`.
    pub fn mark(&self, term: &str, found: &mut Bits) {
        if term.is_empty() {
            return;
        }
        let mut next_word = 0;
        for at in memchr::memmem::find_iter(self.text.as_bytes(), term.as_bytes()) {
            if at < next_word {
                continue; // a second match inside the same word
            }
            let word = self.starts.partition_point(|&s| s as usize <= at) - 1;
            next_word = self.starts.get(word + 1).map_or(usize::MAX, |&s| s as usize);
            for id in decode(&self.lists[word]) {
                found.set(id as usize);
            }
        }
    }
}

/// A set of answer numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bits(Vec<u64>);

impl Bits {
    pub fn new(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    pub fn set(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    pub fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Keeps only what is also in `other`.
    pub fn and(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(texts: &[&str]) -> WordIndex {
        let mut b = Builder::default();
        for t in texts {
            b.add(&fold_text(t));
        }
        b.finish()
    }

    fn found(ix: &WordIndex, term: &str) -> Vec<usize> {
        let mut bits = Bits::new(ix.len());
        ix.mark(term, &mut bits);
        (0..ix.len()).filter(|&i| bits.get(i)).collect()
    }

    #[test]
    fn words_inside_words_are_found() {
        let ix = index(&["I felt grateful today", "Café-avond met het team", "nothing here", "ungrateful? no"]);
        assert_eq!(found(&ix, "grat"), [0, 3]);
        assert_eq!(found(&ix, "cafe"), [1]);
        assert_eq!(found(&ix, "avond"), [1]);
        assert!(found(&ix, "coffee").is_empty());
        assert_eq!(found(&ix, "tea"), [1]);
    }

    #[test]
    fn numbers_far_apart_survive_the_encoding() {
        let mut b = Builder::default();
        let mut texts = Vec::new();
        for i in 0..70_000u32 {
            let t = if i % 9_973 == 0 || i == 69_999 { "rare word" } else { "common" };
            texts.push(t);
            b.add(t);
        }
        let ix = b.finish();
        let want: Vec<usize> = (0..70_000).filter(|&i| texts[i] == "rare word").collect();
        assert_eq!(found(&ix, "rare"), want);
        assert_eq!(found(&ix, "common").len(), 70_000 - want.len());
    }

    #[test]
    fn a_word_twice_in_one_answer_is_listed_once() {
        let ix = index(&["tea tea tea", "tea"]);
        assert_eq!(found(&ix, "tea"), [0, 1]);
    }

    #[test]
    fn query_terms_fold_split_and_drop_what_others_hold() {
        assert_eq!(query_terms("  Café  GRAT grateful "), ["grateful", "cafe"]);
        assert_eq!(query_terms("don't"), ["don", "t"]);
        assert!(query_terms(" ,; ").is_empty());
    }
}

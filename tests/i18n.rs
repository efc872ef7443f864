//! Interface strings as data (issue 17): every message is in every
//! language, every message is used, and the code asks for none that is
//! missing.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use mscwork::i18n::text::{FILES, ids};

fn sources(dir: &Path, out: &mut String) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
}

fn code() -> String {
    let mut all = String::new();
    sources(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(), &mut all);
    all
}

#[test]
fn every_language_has_every_message_and_no_more() {
    let (_, english) = FILES[0];
    let english: BTreeSet<String> = ids(english).into_iter().collect();
    assert!(english.len() > 100, "{} messages", english.len());
    for (lang, text) in &FILES[1..] {
        let other: BTreeSet<String> = ids(text).into_iter().collect();
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        assert!(extra.is_empty(), "{}: not in English {extra:?}", lang.code());
    }
}

#[test]
fn every_file_parses_whole() {
    for (lang, text) in FILES {
        let parsed = fluent_syntax::parser::parse(text.to_string());
        assert!(parsed.is_ok(), "{}: {:?}", lang.code(), parsed.err().map(|(_, e)| e));
    }
}

#[test]
fn every_message_is_used_in_the_code() {
    let code = code();
    let (_, english) = FILES[0];
    let unused: Vec<String> = ids(english).into_iter().filter(|id| !code.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_message_the_code_names_exists() {
    let code = code();
    let (_, english) = FILES[0];
    let known: BTreeSet<String> = ids(english).into_iter().collect();
    // Message ids are quoted, kebab-case and start with one of these prefixes.
    let prefixes = ["keys-", "ui-"];
    let mut missing = Vec::new();
    for quoted in code.split('"').skip(1).step_by(2) {
        let looks = prefixes.iter().any(|p| quoted.starts_with(p))
            && quoted.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if looks && !known.contains(quoted) {
            missing.push(quoted.to_string());
        }
    }
    assert!(missing.is_empty(), "the code names messages no file has: {missing:?}");
}

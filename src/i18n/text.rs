//! Interface strings as data: one Fluent file per language (`i18n/en.ftl`,
//! `i18n/nl.ftl`), embedded in the binary. Fluent does plurals and
//! variables per language properly ("1 minuut", "5 minuten"), which plain
//! format strings cannot; a test checks that both files have the same
//! messages and that every message is used.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// The files, by language.
pub const FILES: [(Lang, &str); 2] =
    [(Lang::En, include_str!("../../i18n/en.ftl")), (Lang::Nl, include_str!("../../i18n/nl.ftl"))];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    // Each language's file is parsed on its first use only: start-up reads
    // one, not all.
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    let at = match lang {
        Lang::En => 0,
        Lang::Nl => 1,
    };
    let (lang, text) = FILES[at];
    BUNDLES[at].get_or_init(|| build(lang, text))
}

fn build(lang: Lang, text: &'static str) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: a terminal shows them as gaps.
    bundle.set_use_isolating(false);
    // A broken line is left out (the test of the files names it); the rest works.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `id` in `lang`, with `args`; English when `lang` lacks it,
/// and the id itself when no language has it (a test keeps that from happening).
pub fn tr_args(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// The message `id` in `lang`.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, None)
}

/// Arguments for [`tr_args`] from pairs of names and values.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(Cow::Borrowed(*name), value.clone());
    }
    args
}

/// The message `id` in `lang` with variables given as text, which is how
/// plain-text output (reports, the export, the command line) has them:
/// numbers already written as the language writes them.
pub fn tr_text(lang: Lang, id: &str, pairs: &[(&str, String)]) -> String {
    let values: Vec<(&str, FluentValue)> = pairs.iter().map(|(k, v)| (*k, FluentValue::from(v.as_str()))).collect();
    tr_args(lang, id, Some(&args(&values)))
}

/// Every message id in a file, for the test that keeps the files complete.
pub fn ids(text: &str) -> Vec<String> {
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

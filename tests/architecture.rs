//! The shape of the code, read from the real files under `src/`: the domain
//! (content, journal, history, assessment, export) stands below the terminal
//! layer and never reaches up into it, and no function grows past 80 lines.
//!
//! `cargo test --test architecture -- --nocapture` prints the import graph:
//! each top-level module with the modules and crates it uses, the import
//! circles among them, then the same per file (a `mod.rs` is its folder's
//! module; a file's use of its own submodules is left out), and every
//! function over the limit.
//!
//! The files are tokenized (proc-macro2, as the compiler would), not parsed
//! into items, so paths inside macro calls (`format!("{}", crate::x::y())`)
//! count too, and comments and strings never do. A path counts wherever it
//! is written: `use crate::X`, `crate::X::f()`, `super::…` resolved from the
//! file's place, and a crate's name followed by `::`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// The lower half: it knows files, texts and numbers, never the terminal.
/// A new module below the screens goes here.
const DOMAIN: &[&str] = &["content", "journal", "history", "assessment", "course", "export", "i18n"];

/// Crates of the terminal layer, which the domain must not use.
const TERMINAL_CRATES: &[&str] = &["ratatui", "crossterm", "ratatui_textarea"];

/// Functions still over the limit, each to be split; the test fails when one
/// is shorter or gone, so that this list only shrinks. None today.
const LONG_FUNCTIONS: &[(&str, &str)] = &[];

/// Lines from a function's `fn` line to its closing brace, both counted.
const MAX_FUNCTION_LINES: usize = 80;

/// One source file: where it is, the module it is, its text.
struct Source {
    path: PathBuf,
    module: Vec<String>,
    text: String,
}

/// What a file refers to: the module path named (crate modules), or a crate.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    Module(Vec<String>),
    Crate(String),
}

struct Reference {
    line: usize,
    target: Target,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every file of the library and the binary: `src/a/b.rs` is `a::b`,
/// `src/a/mod.rs` is `a`, `src/main.rs` is `main` (it sees the library as
/// `mscwork::`), `src/lib.rs` the root.
fn sources() -> Vec<Source> {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 10, "no sources found under {}", src.display());
    files
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&src).unwrap().with_extension("");
            let mut module: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            let text = fs::read_to_string(&path).unwrap();
            Source { path: path.strip_prefix(root()).unwrap().to_path_buf(), module, text }
        })
        .collect()
}

/// The crates the package depends on, by the name code uses (`-` as `_`).
fn dependency_crates() -> BTreeSet<String> {
    let manifest = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let mut crates = BTreeSet::new();
    let mut in_deps = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line.ends_with("dependencies]");
        } else if in_deps && let Some((name, _)) = line.split_once('=') {
            crates.insert(name.trim().replace('-', "_"));
        }
    }
    crates.extend(["std", "core", "alloc"].map(String::from));
    crates
}

fn is_punct(t: Option<&TokenTree>, c: char) -> bool {
    matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

fn is_path_sep(tokens: &[TokenTree], i: usize) -> bool {
    matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Joint)
        && is_punct(tokens.get(i + 1), ':')
}

/// The paths written from `tokens[i]` on (`a::b::{c, d::e}` is two), and
/// the index after them.
fn paths_at(tokens: &[TokenTree], mut i: usize) -> (Vec<Vec<String>>, usize) {
    let mut segments = Vec::new();
    loop {
        match tokens.get(i) {
            Some(TokenTree::Ident(ident)) => {
                segments.push(ident.to_string());
                i += 1;
                if !is_path_sep(tokens, i) {
                    return (vec![segments], i);
                }
                i += 2;
            }
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let mut paths = Vec::new();
                for item in inner.split(|t| is_punct(Some(t), ',')) {
                    for tail in paths_at(item, 0).0 {
                        let mut path = segments.clone();
                        path.extend(tail.into_iter().filter(|s| s != "self"));
                        paths.push(path);
                    }
                }
                return (paths, i + 1);
            }
            _ => return (vec![segments], i),
        }
    }
}

/// Which module or crate `path`, written in `module`, names.
/// `children` tells a relative path (`search::fold_text` in `history`) from
/// one that starts with a crate.
fn resolve(
    path: &[String],
    module: &[String],
    children: &BTreeSet<Vec<String>>,
    crates: &BTreeSet<String>,
) -> Option<Target> {
    let first = path.first()?.as_str();
    let mut base: Vec<String> = match first {
        "crate" | "mscwork" => Vec::new(),
        "self" => module.to_vec(),
        "super" => {
            let ups = path.iter().take_while(|s| *s == "super").count();
            if ups > module.len() {
                return None;
            }
            let base = module[..module.len() - ups].to_vec();
            let rest = &path[ups..];
            return Some(Target::Module(base.into_iter().chain(rest.iter().cloned()).collect()));
        }
        _ => {
            let mut child = module.to_vec();
            child.push(first.to_string());
            if children.contains(&child) {
                return Some(Target::Module(child.into_iter().chain(path[1..].iter().cloned()).collect()));
            }
            if module.is_empty() && children.contains(&vec![first.to_string()]) {
                return Some(Target::Module(path.to_vec()));
            }
            return crates.contains(first).then(|| Target::Crate(first.to_string()));
        }
    };
    base.extend(path[1..].iter().cloned());
    Some(Target::Module(base))
}

/// Every path in `stream` that starts a path (not the tail of one) and
/// names a module or crate.
fn collect(
    stream: TokenStream,
    module: &[String],
    children: &BTreeSet<Vec<String>>,
    crates: &BTreeSet<String>,
    out: &mut Vec<Reference>,
) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Group(g) => {
                collect(g.stream(), module, children, crates, out);
                i += 1;
            }
            TokenTree::Ident(ident) if ident == "mod" => {
                // An inline module (`mod tests { … }`) is a level deeper for `super::`.
                if let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(body))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                {
                    let mut inner = module.to_vec();
                    inner.push(name.to_string());
                    collect(body.stream(), &inner, children, crates, out);
                    i += 3;
                } else {
                    i += 1;
                }
            }
            TokenTree::Ident(ident) => {
                let after_sep = i >= 2 && is_punct(tokens.get(i - 1), ':') && is_punct(tokens.get(i - 2), ':');
                if after_sep || !is_path_sep(&tokens, i + 1) {
                    i += 1;
                    continue;
                }
                let line = ident.span().start().line;
                let (paths, next) = paths_at(&tokens, i);
                for path in paths {
                    if let Some(target) = resolve(&path, module, children, crates) {
                        out.push(Reference { line, target });
                    }
                }
                i = next;
            }
            _ => i += 1,
        }
    }
}

/// One use of another module or crate, where it is written.
struct Edge {
    from: Vec<String>,
    to: Target,
    file: PathBuf,
    line: usize,
}

fn edges(sources: &[Source]) -> Vec<Edge> {
    let crates = dependency_crates();
    let modules: BTreeSet<Vec<String>> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges = Vec::new();
    for s in sources {
        let stream = TokenStream::from_str(&s.text).unwrap_or_else(|e| panic!("{}: {e:?}", s.path.display()));
        let mut refs = Vec::new();
        // The binary is a crate of its own: `crate::` there is not the library.
        let module = if s.module == ["main"] { Vec::new() } else { s.module.clone() };
        collect(stream, &module, &modules, &crates, &mut refs);
        for r in refs {
            let to = match r.target {
                // The longest prefix that is a file: `crate::screens::chapter::view::step_lines` is `ui::chapter`.
                Target::Module(path) => {
                    let Some(n) = (0..=path.len()).rev().find(|&n| modules.contains(&path[..n])) else {
                        continue;
                    };
                    if n == 0 {
                        continue;
                    }
                    Target::Module(path[..n].to_vec())
                }
                c => c,
            };
            if to != Target::Module(s.module.clone()) {
                edges.push(Edge { from: s.module.clone(), to, file: s.path.clone(), line: r.line });
            }
        }
    }
    edges
}

fn name(target: &Target) -> String {
    match target {
        Target::Module(m) => m.join("::"),
        Target::Crate(c) => format!("{c} (crate)"),
    }
}

fn top(module: &[String]) -> String {
    module.first().cloned().unwrap_or_else(|| "(lib)".into())
}

/// Each module → the modules and crates it uses; `top_level` counts
/// `ui::chapter` as `ui`.
fn graph(edges: &[Edge], top_level: bool) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut graph: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for e in edges {
        let from = if top_level { top(&e.from) } else { e.from.join("::") };
        let entry = graph.entry(from.clone()).or_default();
        match &e.to {
            // A module's use of its own submodules (`mod.rs` re-exporting
            // them) is how it is built, not a dependency: counted, every
            // `pub use` in a `mod.rs` would close a circle with each child
            // that names a sibling through it.
            Target::Module(m) if !top_level && m.starts_with(&e.from) => {}
            Target::Module(m) => {
                let to = if top_level { top(m) } else { m.join("::") };
                if to != from {
                    entry.0.insert(to);
                }
            }
            Target::Crate(c) if !["std", "core", "alloc"].contains(&c.as_str()) => {
                entry.1.insert(c.clone());
            }
            Target::Crate(_) => {}
        }
    }
    graph
}

/// Groups of modules that import each other round a circle (Tarjan's
/// strongly connected components of more than one module).
fn circles(graph: &BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            let graph = self.graph;
            for w in graph.get(v).into_iter().flat_map(|(m, _)| m.iter()) {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    group.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found.sort();
    walk.found
}

fn render(edges: &[Edge]) -> String {
    let mut out = String::new();
    for (title, top_level) in [("Top-level modules", true), ("Files", false)] {
        let graph = graph(edges, top_level);
        let _ = writeln!(out, "{title} (module → modules; crates):");
        for (from, (modules, crates)) in &graph {
            let modules: Vec<&str> = modules.iter().map(String::as_str).collect();
            let crates: Vec<&str> = crates.iter().map(String::as_str).collect();
            let _ = writeln!(out, "  {from} → {}; {}", modules.join(", "), crates.join(", "));
        }
        let circles = circles(&graph);
        if circles.is_empty() {
            let _ = writeln!(out, "  no import circles");
        }
        for c in circles {
            let _ = writeln!(out, "  circle of {}: {}", c.len(), c.join(", "));
        }
        let _ = writeln!(out);
    }
    out
}

#[test]
fn the_domain_never_imports_the_terminal_layer() {
    let edges = edges(&sources());
    let graph = render(&edges);
    println!("{graph}");
    let wrong: Vec<String> = edges
        .iter()
        .filter(|e| DOMAIN.contains(&top(&e.from).as_str()))
        .filter(|e| match &e.to {
            Target::Module(m) => !DOMAIN.contains(&top(m).as_str()),
            Target::Crate(c) => TERMINAL_CRATES.contains(&c.as_str()),
        })
        .map(|e| format!("{}:{}: {} uses {}", e.file.display(), e.line, e.from.join("::"), name(&e.to)))
        .collect();
    assert!(
        wrong.is_empty(),
        "the domain ({}) may use only itself and crates outside the terminal layer:\n{}\n\n{graph}",
        DOMAIN.join(", "),
        wrong.join("\n")
    );
}

/// The domain's modules stand on each other in layers: none reaches back
/// to one that uses it.
#[test]
fn no_import_circle_among_the_domain_modules() {
    let edges = edges(&sources());
    let circles: Vec<String> = circles(&graph(&edges, true))
        .into_iter()
        .filter(|c| c.iter().any(|m| DOMAIN.contains(&m.as_str())))
        .map(|c| c.join(", "))
        .collect();
    let back: Vec<String> = edges
        .iter()
        .filter(|e| DOMAIN.contains(&top(&e.from).as_str()))
        .filter(|e| matches!(&e.to, Target::Module(m) if top(m) != top(&e.from)))
        .map(|e| format!("{}:{}: {} uses {}", e.file.display(), e.line, e.from.join("::"), name(&e.to)))
        .collect();
    assert!(circles.is_empty(), "import circles through the domain: {}\n\n{}", circles.join("; "), back.join("\n"));
}

/// Update and the views: the views read the app's state; what keys do
/// (`app`, and each screen's `mod.rs`) never asks a view: geometry, the
/// theme and scroll limits recorded at draw time live below both.
#[test]
fn update_never_imports_a_view() {
    let edges = edges(&sources());
    let is_view = |m: &[String]| m.iter().any(|part| part == "view") || matches!(top(m).as_str(), "ui" | "tui");
    let asks: Vec<String> = edges
        .iter()
        .filter(|e| matches!(top(&e.from).as_str(), "app" | "screens") && !is_view(&e.from))
        .filter(|e| matches!(&e.to, Target::Module(m) if is_view(m)))
        .map(|e| format!("{}:{}: {} uses {}", e.file.display(), e.line, e.from.join("::"), name(&e.to)))
        .collect();
    assert!(asks.is_empty(), "update imports a view:\n{}\n\n{}", asks.join("\n"), render(&edges));
}

/// The graph is read from what is written, so check that it sees each
/// kind of path: a grouped `use`, `super::`, a path in a macro call, a
/// relative child path, a crate, and nothing in comments or strings.
#[test]
fn the_import_reader_sees_every_kind_of_path() {
    let text = r#"
        //! Not this: crate::tui
        use crate::{journal::{self, Answers}, content::Step};
        use super::sibling::Thing;
        use ratatui::text::Line;
        fn f() {
            let s = "crate::cli::run";
            let _ = format!("{}", crate::history::search::fold_text(s));
            child::g();
        }
        mod tests {
            use super::super::export::Export;
        }
    "#;
    let crates = dependency_crates();
    let children: BTreeSet<Vec<String>> =
        [vec!["app".into(), "here".into(), "child".into()], vec!["app".into(), "sibling".into()]].into_iter().collect();
    let mut refs = Vec::new();
    let module = vec!["app".to_string(), "here".to_string()];
    collect(TokenStream::from_str(text).unwrap(), &module, &children, &crates, &mut refs);
    let got: BTreeSet<String> = refs.iter().map(|r| name(&r.target)).collect();
    let want: BTreeSet<String> = [
        "journal",
        "journal::Answers",
        "content::Step",
        "app::sibling::Thing",
        "ratatui (crate)",
        "history::search::fold_text",
        "app::here::child::g",
        "app::export::Export",
    ]
    .map(String::from)
    .into();
    assert_eq!(got, want);
}

/// A function's length: from its `fn` line to the first line after it that
/// is only `}` at the same indentation (rustfmt's layout), both counted.
/// `None` for a declaration without a body.
fn function_length(lines: &[&str], start: usize) -> Option<usize> {
    let indent = lines[start].len() - lines[start].trim_start().len();
    let closing = format!("{}}}", &lines[start][..indent]);
    let mut body = None;
    for (i, line) in lines.iter().enumerate().skip(start) {
        let code = line.split("//").next().unwrap_or("");
        if code.contains('{') {
            body = Some(i);
            break;
        }
        if code.trim_end().ends_with(';') {
            return None;
        }
    }
    let open = body?;
    if lines[open].trim_end().ends_with('}') && lines[open].matches('{').count() == lines[open].matches('}').count() {
        return Some(open - start + 1);
    }
    let end = lines.iter().enumerate().skip(open + 1).find(|(_, l)| l.trim_end() == closing)?.0;
    Some(end - start + 1)
}

/// The name of the function declared on `line`, if one is.
fn function_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    if rest.starts_with("pub(") {
        rest = rest.split_once(") ")?.1;
    }
    for word in ["pub ", "const ", "async ", "unsafe ", "extern \"C\" "] {
        rest = rest.strip_prefix(word).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    Some(&rest[..end])
}

#[test]
fn no_function_is_over_80_lines() {
    let mut long = Vec::new();
    for s in sources() {
        let lines: Vec<&str> = s.text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(name) = function_name(line) else { continue };
            if let Some(n) = function_length(&lines, i)
                && n > MAX_FUNCTION_LINES
            {
                long.push((s.path.display().to_string(), name.to_string(), i + 1, n));
            }
        }
    }
    let listed = |file: &str, name: &str| LONG_FUNCTIONS.contains(&(file, name));
    let over: Vec<String> = long
        .iter()
        .filter(|(file, name, _, _)| !listed(file, name))
        .map(|(file, name, line, n)| format!("{file}:{line}: {name} is {n} lines"))
        .collect();
    let split: Vec<String> = LONG_FUNCTIONS
        .iter()
        .filter(|(file, name)| !long.iter().any(|(f, n, _, _)| f == file && n == name))
        .map(|(file, name)| format!("{file}: {name}"))
        .collect();
    println!("Functions over {MAX_FUNCTION_LINES} lines:");
    for (file, name, line, n) in &long {
        println!("  {file}:{line}: {name} ({n} lines)");
    }
    assert!(over.is_empty(), "over {MAX_FUNCTION_LINES} lines; split them:\n{}", over.join("\n"));
    assert!(
        split.is_empty(),
        "within {MAX_FUNCTION_LINES} lines now; take them off LONG_FUNCTIONS:\n{}",
        split.join("\n")
    );
}

//! Reading a workbook from the embedded copy or a folder, then validating it.

use std::io;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::assessment::AssessmentDef;
use super::builtin::{self as embedded, BuiltinWorkbook};
use super::course::Paths;
use super::error::{ContentError, ContentErrors, FileError, position_of};
use super::model::{Chapter, Manifest, Workbook};
use super::validate;
use crate::i18n::Lang;
use crate::journal::files::{NotRegular, odd_kind, read_regular};

/// Where workbook files come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A workbook inside the binary, in a language it carries.
    Builtin(BuiltinWorkbook, Lang),
    Folder(PathBuf),
}

impl Source {
    /// How a file is named in messages: its real path for a folder.
    pub fn display_path(&self, rel: &str) -> String {
        match self {
            Source::Builtin(book, lang) => format!("workbook/{}{}{rel}", book.folder, lang_folder(*lang)),
            Source::Folder(dir) => dir.join(rel).display().to_string(),
        }
    }

    fn read(&self, rel: &str) -> Result<String, FileError> {
        match self {
            Source::Builtin(book, lang) => embedded::file(&format!("{}{}{rel}", book.folder, lang_folder(*lang)))
                .map(str::to_string)
                .ok_or(FileError::NotBuiltIn),
            Source::Folder(dir) => {
                // Only a regular file: a FIFO there would block the read for good.
                let bytes = read_regular(&dir.join(rel))?;
                String::from_utf8(bytes).map_err(|e| FileError::NotUtf8(e.utf8_error().valid_up_to()))
            }
        }
    }
}

/// Where a language's workbook lives inside a workbook folder: English at
/// the top, every other language in its own folder (`nl/`).
fn lang_folder(lang: Lang) -> String {
    match lang {
        Lang::En => String::new(),
        other => format!("{}/", other.code()),
    }
}

/// Parses RON the way workbook authors write it: `Some(..)` may be left out,
/// and a step is written `Text(id: ..)` rather than `Text((id: ..))`.
pub fn parse_ron<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    let options =
        ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES);
    options.from_str(text).map_err(|e| ContentError {
        file: file.to_string(),
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
        message: e.code.to_string(),
    })
}

/// A workbook file's text, kept for locating validation errors.
pub struct Loaded<T> {
    pub file: String,
    pub text: String,
    pub value: T,
}

/// Loads and validates every file; returns all errors found.
pub fn load(source: &Source) -> Result<Workbook, ContentErrors> {
    if let Source::Folder(dir) = source {
        check_folder(dir).map_err(|e| ContentErrors(vec![e]))?;
    }
    let manifest_file = source.display_path("workbook.ron");
    let manifest_text = source.read("workbook.ron").map_err(|e| {
        ContentErrors(vec![ContentError { file: manifest_file.clone(), line: 1, column: 1, message: e.to_string() }])
    })?;
    let manifest: Manifest = parse_ron(&manifest_file, &manifest_text).map_err(|e| ContentErrors(vec![e]))?;

    let mut errors = Vec::new();
    let mut chapters = Vec::new();
    for rel in &manifest.chapters {
        let file = source.display_path(rel);
        let loaded = match validate::check_relative_path(rel).and_then(|()| source.read(rel)) {
            Err(problem) => Err(manifest_error(&manifest_file, &manifest_text, rel, "chapter", &problem)),
            Ok(text) => parse_ron::<Chapter>(&file, &text).map(|value| Loaded { file, text, value }),
        };
        match loaded {
            Ok(chapter) => chapters.push(Some(chapter)),
            Err(e) => {
                errors.push(e);
                chapters.push(None);
            }
        }
    }
    let mut assessment = None;
    if let Some(rel) = &manifest.assessment {
        let file = source.display_path(rel);
        let problem = validate::check_relative_path(rel).and_then(|()| source.read(rel));
        match problem {
            Err(problem) => errors.push(manifest_error(&manifest_file, &manifest_text, rel, "assessment", &problem)),
            Ok(text) => match parse_ron::<AssessmentDef>(&file, &text) {
                Ok(value) => {
                    let read: Option<Vec<&Chapter>> = chapters.iter().map(|c| c.as_ref().map(|c| &c.value)).collect();
                    errors.extend(validate::validate_assessment(&file, &text, &value, read.as_deref()));
                    assessment = Some(value);
                }
                Err(e) => errors.push(e),
            },
        }
    }
    let mut paths = Vec::new();
    if let Some(rel) = &manifest.paths {
        let file = source.display_path(rel);
        match validate::check_relative_path(rel).and_then(|()| source.read(rel)) {
            Err(problem) => errors.push(manifest_error(&manifest_file, &manifest_text, rel, "paths", &problem)),
            Ok(text) => match parse_ron::<Paths>(&file, &text) {
                Ok(value) => {
                    let read: Option<Vec<&Chapter>> = chapters.iter().map(|c| c.as_ref().map(|c| &c.value)).collect();
                    errors.extend(validate::validate_paths(&file, &text, &value, read.as_deref()));
                    paths = value.paths;
                }
                Err(e) => errors.push(e),
            },
        }
    }
    let manifest = Loaded { file: manifest_file, text: manifest_text, value: manifest };
    errors.extend(validate::validate(&manifest, &chapters));
    if errors.is_empty() {
        Ok(Workbook {
            manifest: manifest.value,
            assessment,
            chapters: chapters.into_iter().flatten().map(|c| c.value).collect(),
            paths,
        })
    } else {
        Err(ContentErrors(errors))
    }
}

/// A workbook folder that is not there, or has no `workbook.ron`: said so,
/// rather than as a line of a file that does not exist.
fn check_folder(dir: &Path) -> Result<(), ContentError> {
    let problem = match std::fs::metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            "no such folder; give the workbook folder, the one that holds workbook.ron".to_string()
        }
        Err(e) => format!("cannot read the workbook folder: {e}"),
        Ok(meta) if !meta.is_dir() => "not a folder; give the workbook folder, the one that holds workbook.ron".into(),
        Ok(_) => match std::fs::metadata(dir.join("workbook.ron")) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                "no workbook.ron in this folder; a workbook folder holds workbook.ron and the chapter files it lists"
                    .into()
            }
            Ok(meta) => match odd_kind(&meta.file_type()) {
                Some(kind) => {
                    let file = dir.join("workbook.ron").display().to_string();
                    return Err(ContentError::whole(file, NotRegular { kind }.to_string()));
                }
                None => return Ok(()),
            },
            Err(_) => return Ok(()),
        },
    };
    Err(ContentError::whole(dir.display().to_string(), problem))
}

/// A file the manifest lists (`kind`: chapter or assessment) that cannot be read.
fn manifest_error(file: &str, text: &str, rel: &str, kind: &str, problem: &FileError) -> ContentError {
    let (line, column) = text.find(&format!("\"{rel}\"")).map_or((1, 1), |offset| position_of(text, offset));
    ContentError { file: file.to_string(), line, column, message: format!("{kind} file {rel:?}: {problem}") }
}

/// The built-in workbook. It is validated by the test suite, so a failure
/// here means a broken build; callers still get the errors rather than a panic.
pub fn builtin() -> Result<Workbook, ContentErrors> {
    load(&Source::Builtin(embedded::WORKBOOKS[0], Lang::En))
}

/// The built-in MSC@Work workbook in `lang`; None when the binary carries no
/// workbook in that language.
pub fn builtin_in(lang: Lang) -> Option<Result<Workbook, ContentErrors>> {
    builtin_id_in(embedded::WORKBOOKS[0].id, lang)
}

/// The built-in workbook `id` in `lang`; None when there is no such
/// workbook, or not in that language.
pub fn builtin_id_in(id: &str, lang: Lang) -> Option<Result<Workbook, ContentErrors>> {
    let book = embedded::workbook(id)?;
    embedded::file(&format!("{}{}workbook.ron", book.folder, lang_folder(lang)))
        .map(|_| load(&Source::Builtin(book, lang)))
}

pub fn from_folder(dir: &Path) -> Result<Workbook, ContentErrors> {
    load(&Source::Folder(dir.to_path_buf()))
}

/// A workbook folder in `lang`: its `nl/` (and so on) when it has one,
/// else the folder itself, in the language it was written in.
pub fn from_folder_in(dir: &Path, lang: Lang) -> Result<Workbook, ContentErrors> {
    let translated = dir.join(lang_folder(lang));
    if lang != Lang::En && translated.join("workbook.ron").is_file() {
        return from_folder(&translated);
    }
    from_folder(dir)
}

//! The open workbook in its other languages: what was saved in one
//! language (a choice's picks, a plan's ideas) is found again in another by
//! its place in the workbook, since both languages share ids and order.

use std::sync::Arc;

use crate::content::{ContentErrors, Workbook};
use crate::i18n::Lang;

use super::state::App;

/// The workbook `id` in every language but `lang`, read when first needed.
pub struct Translations {
    pub lang: Lang,
    pub id: String,
    pub workbooks: Arc<Vec<Workbook>>,
}

impl App {
    /// Where a saved pick of a choice step is among `options`: by its text,
    /// or, picked in another language, by its place there.
    pub fn pick_index(&self, chapter: &str, step: &str, options: &[String], pick: &str) -> Option<usize> {
        if let Some(i) = options.iter().position(|o| o == pick) {
            return Some(i);
        }
        let others = self.translations();
        others.iter().find_map(|w| match w.chapter(chapter)?.step(step)? {
            crate::content::Step::Choice(c) => c.options.iter().position(|o| o == pick).filter(|&i| i < options.len()),
            _ => None,
        })
    }

    /// The open workbook in its other languages (see [`App::translations`]).
    pub(crate) fn translations(&self) -> Arc<Vec<Workbook>> {
        let id = &self.workbook.manifest.id;
        if let Some(t) = self.translations.borrow().as_ref().filter(|t| t.lang == self.lang && t.id == *id) {
            return t.workbooks.clone();
        }
        let langs = Lang::ALL.into_iter().filter(|l| *l != self.lang);
        let workbooks = Arc::new(langs.filter_map(|l| self.workbook_in(l)?.ok()).collect::<Vec<_>>());
        let fresh = Translations { lang: self.lang, id: id.clone(), workbooks: workbooks.clone() };
        *self.translations.borrow_mut() = Some(fresh);
        workbooks
    }

    /// This workbook in `lang`, from where it came from; None when it has
    /// no translation into `lang`.
    pub fn workbook_in(&self, lang: Lang) -> Option<Result<Workbook, ContentErrors>> {
        match &self.workbook_dir {
            Some(dir) => Some(crate::content::from_folder_in(dir, lang)),
            None => crate::content::builtin_id_in(&self.workbook.manifest.id, lang),
        }
    }
}

//! The workbook embedded in the binary, so `cargo run` needs no set-up.

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/workbook/", $path)))),*]
    };
}

/// Every file of `workbook/`, by its path relative to that folder.
/// A test checks that this list and the folder agree.
pub const FILES: &[(&str, &str)] = embed!(
    "workbook.ron",
    "chapters/01-building-strengths.ron",
    "chapters/02-being-mindful.ron",
    "chapters/03-befriending-ourselves.ron",
    "chapters/04-compassionate-voice.ron",
    "chapters/05-values-based-working.ron",
    "chapters/06-emotional-agility.ron",
    "chapters/07-healthy-relations.ron",
    "chapters/08-embracing-work.ron",
    "assessment/jdr.ron",
    "paths.ron",
    "nl/workbook.ron",
    "nl/chapters/01-building-strengths.ron",
    "nl/chapters/02-being-mindful.ron",
    "nl/chapters/03-befriending-ourselves.ron",
    "nl/chapters/04-compassionate-voice.ron",
    "nl/chapters/05-values-based-working.ron",
    "nl/chapters/06-emotional-agility.ron",
    "nl/chapters/07-healthy-relations.ron",
    "nl/chapters/08-embracing-work.ron",
    "nl/assessment/jdr.ron",
    "nl/paths.ron",
    "healthcare/workbook.ron",
    "healthcare/chapters/01-care-for-the-carer.ron",
    "healthcare/chapters/02-mindful-on-the-ward.ron",
    "healthcare/chapters/03-compassion-not-distress.ron",
    "healthcare/chapters/04-when-things-go-wrong.ron",
    "healthcare/chapters/05-values-under-pressure.ron",
    "healthcare/chapters/06-loss-and-grief.ron",
    "healthcare/chapters/07-nights-and-home.ron",
    "healthcare/chapters/08-asking-for-help.ron",
    "healthcare/assessment/jdr.ron",
    "healthcare/paths.ron",
    "healthcare/nl/workbook.ron",
    "healthcare/nl/chapters/01-care-for-the-carer.ron",
    "healthcare/nl/chapters/02-mindful-on-the-ward.ron",
    "healthcare/nl/chapters/03-compassion-not-distress.ron",
    "healthcare/nl/chapters/04-when-things-go-wrong.ron",
    "healthcare/nl/chapters/05-values-under-pressure.ron",
    "healthcare/nl/chapters/06-loss-and-grief.ron",
    "healthcare/nl/chapters/07-nights-and-home.ron",
    "healthcare/nl/chapters/08-asking-for-help.ron",
    "healthcare/nl/assessment/jdr.ron",
    "healthcare/nl/paths.ron",
);

/// The workbooks built in: their manifest id, the folder inside
/// `workbook/` that holds them (MSC@Work at the top, where it always was),
/// and the id's name on the command line.
pub const WORKBOOKS: &[BuiltinWorkbook] =
    &[BuiltinWorkbook { id: "msc-at-work", folder: "" }, BuiltinWorkbook { id: "healthcare", folder: "healthcare/" }];

/// One built-in workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinWorkbook {
    pub id: &'static str,
    pub folder: &'static str,
}

/// The built-in workbook with this id.
pub fn workbook(id: &str) -> Option<BuiltinWorkbook> {
    WORKBOOKS.iter().copied().find(|w| w.id == id)
}

pub fn file(path: &str) -> Option<&'static str> {
    FILES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s)
}

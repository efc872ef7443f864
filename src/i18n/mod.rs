//! The languages mscwork speaks, and which one to use: `--lang`, else the
//! setting, else the system's language on first start, else English.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The language this run of the program speaks at its edges (errors on
/// the command line), set once when the command line is read.
static SPOKEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this run's messages; the first call wins.
pub fn set_spoken(lang: Lang) {
    let _ = SPOKEN.set(lang);
}

/// The language of this run's messages: as set, else the system's.
pub fn spoken() -> Lang {
    *SPOKEN.get_or_init(|| Lang::choose(None, None))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The code used on the command line and in files: `en`, `nl`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language's own name, as a person choosing it would look for it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
        }
    }

    /// A language code or locale tag: `nl`, `nl_NL.UTF-8`, `nl-BE`, `en_GB`.
    /// None for a language mscwork does not speak (or `C`/`POSIX`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lang = tag.split(['_', '-', '.', '@']).next()?.to_ascii_lowercase();
        match lang.as_str() {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    /// The system's language if mscwork speaks it. On Unix the first of
    /// LC_ALL, LC_MESSAGES and LANG that is set decides, as for any program.
    pub fn of_system() -> Option<Lang> {
        if cfg!(unix) {
            let set = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())?;
            return Lang::from_tag(&set);
        }
        sys_locale::get_locale().and_then(|l| Lang::from_tag(&l))
    }

    /// `--lang`, else the setting, else the system's language, else English.
    pub fn choose(flag: Option<Lang>, setting: Option<Lang>) -> Lang {
        flag.or(setting).or_else(Lang::of_system).unwrap_or_default()
    }
}

impl Lang {
    fn chrono_locale(self) -> chrono::Locale {
        match self {
            Lang::En => chrono::Locale::en_GB,
            Lang::Nl => chrono::Locale::nl_NL,
        }
    }

    /// A number with `places` decimals as this language writes it: 3.5 in
    /// English, 3,5 in Dutch.
    pub fn decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self {
            Lang::En => text,
            Lang::Nl => text.replace('.', ","),
        }
    }

    /// A moment as every screen writes it, in this language's words:
    /// "Tue 24 Nov 2026, 21:30" or "di 24 nov 2026, 21:30".
    pub fn moment(self, t: &chrono::DateTime<chrono::FixedOffset>) -> String {
        t.format_localized("%a %-d %b %Y, %H:%M", self.chrono_locale()).to_string()
    }

    /// A moment in `format`, with this language's day and month names.
    pub fn at(self, t: &chrono::DateTime<chrono::FixedOffset>, format: &str) -> String {
        t.format_localized(format, self.chrono_locale()).to_string()
    }

    /// A day as people of this language write it: `%a %-d %b` gives
    /// "Mon 7 Dec" or "ma 7 dec".
    pub fn day(self, day: chrono::NaiveDate, format: &str) -> String {
        day.format_localized(format, self.chrono_locale()).to_string()
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// For `--lang`: exactly a code mscwork speaks.
    fn from_str(s: &str) -> Result<Lang, String> {
        match s {
            "en" => Ok(Lang::En),
            "nl" => Ok(Lang::Nl),
            other => Err(format!("{other:?} is not a language mscwork speaks; use en or nl")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_name_their_language() {
        assert_eq!(Lang::from_tag("nl_NL.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("en_GB.utf8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de_DE"), None);
        assert_eq!(Lang::from_tag("C"), None);
        assert_eq!(Lang::from_tag("POSIX"), None);
        assert_eq!(Lang::choose(Some(Lang::En), Some(Lang::Nl)), Lang::En);
        assert_eq!(Lang::choose(None, Some(Lang::Nl)), Lang::Nl);
        assert_eq!(Lang::Nl.decimal(3.45, 1), "3,5");
        assert_eq!(Lang::En.decimal(-0.5, 1), "-0.5");
    }
}

pub mod text;
pub use text::{tr, tr_args};

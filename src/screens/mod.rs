//! One module per screen: each holds the screen's state and what its keys
//! do (`mod.rs`) and how it is drawn (`view.rs`). They sit on the domain
//! (content, journal, history, assessment, export) and on what the app
//! shares (its state, keys, scroll, layout, theme and the ui widgets).

pub mod answer;
pub mod assessment;
pub mod chapter;
pub mod editor;
pub mod history;
pub mod home;
pub mod overlay;
pub mod practice;
pub mod practice_log;
pub mod practices;
pub mod settings;

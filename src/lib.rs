//! mscwork: a terminal workbook for Mindful Self-Compassion at Work.

pub mod app;
pub mod assessment;
pub mod cli;
pub mod content;
pub mod course;
pub mod export;
pub mod external;
pub mod history;
pub mod i18n;
pub mod journal;
pub mod layout;
pub mod screens;
pub mod theme;
pub mod tui;
pub mod ui;

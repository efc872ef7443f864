//! The user's data: answers and progress in RON files under the data dir.

pub mod atomic;
pub mod days;
pub mod error;
pub mod files;
pub mod folder;
pub mod ids;
pub mod lock;
pub mod model;
pub mod monthly;
pub mod outside_edits;
pub mod paths;
pub mod store;

pub use error::{DataDirError, kind_word};
pub use ids::{ChapterId, StepId};
pub use model::*;
pub use paths::{DataDir, NoHomeDir, resolve_data_dir};
pub use store::{
    EditTarget, Journal, JournalError, NewestTake, Takes, Versioned, read_file, read_newest_take, read_practice_months,
    read_takes,
};

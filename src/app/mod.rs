//! The app: state, the keymap, and `update`, which turns events into changes.

pub mod clock;
mod editing;
pub mod keymap;
pub mod practice;
pub mod state;
pub mod update;

pub use clock::Clock;
pub use state::{App, Screen};
pub use update::Event;

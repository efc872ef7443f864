//! The app: state, the keymap, and `update`, which turns events into changes.

pub mod clock;
pub mod keymap;
pub mod read_ahead;
pub mod scroll;
pub mod state;
pub mod translations;
pub mod update;

pub use clock::Clock;
pub use state::{App, Screen};
pub use update::{Effect, Event};

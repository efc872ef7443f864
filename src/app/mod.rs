//! The app: state, the keymap, and `update`, which turns events into changes.

mod answering;
pub mod assessing;
pub mod clock;
mod editing;
pub mod keymap;
pub mod practice;
mod practicing;
pub mod read_ahead;
pub mod reviewing;
pub mod scroll;
pub mod settings;
pub mod state;
pub mod update;

pub use clock::Clock;
pub use state::{App, Screen};
pub use update::{Effect, Event};

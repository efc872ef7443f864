//! The workbook: chapters and steps as data, loaded from RON and validated.

pub mod agree;
pub mod assessment;
mod builtin;
pub mod course;
pub mod error;
pub mod load;
pub mod markup;
pub mod model;
pub mod stats;
pub mod validate;

pub use builtin::{BuiltinWorkbook, FILES as BUILTIN_FILES, WORKBOOKS, workbook as builtin_workbook};
pub use error::{ContentError, ContentErrors, FileError};
pub use load::{Source, builtin, builtin_id_in, builtin_in, from_folder, from_folder_in, load};
pub use model::*;

//! Writes a realistic data dir for the benchmarks:
//! `cargo run --release --example gen-data -- DIR [SCALE] [legacy]`: SCALE
//! times ten years of daily use (default 1), in today's folders of months or
//! the one-file formats of before. See `benches/support/data.rs`.

use std::path::PathBuf;

#[path = "../benches/support/data.rs"]
mod data;

use data::{Format, generate};

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: gen-data DIR [SCALE] [legacy]";
    let dir = args.next().map(PathBuf::from).ok_or(usage)?;
    let scale = match args.next() {
        Some(s) => s.parse().map_err(|_| usage)?,
        None => 1,
    };
    let format = match args.next().as_deref() {
        Some("legacy") => Format::Legacy,
        Some(_) => return Err(usage.into()),
        None => Format::Current,
    };
    let bytes = generate(&dir, scale, format)?;
    println!("wrote {} ({} KB of reflection text)", dir.display(), bytes / 1024);
    Ok(())
}

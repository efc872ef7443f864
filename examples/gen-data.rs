//! Writes a realistic ten-year data dir for the benchmarks:
//! `cargo run --release --example gen-data -- DIR`. See `mscwork::bench_data`.

use std::path::PathBuf;

fn main() -> Result<(), String> {
    let dir = std::env::args().nth(1).map(PathBuf::from).ok_or("usage: gen-data DIR")?;
    let bytes = mscwork::bench_data::generate(&dir)?;
    println!("wrote {} ({} KB of reflection text)", dir.display(), bytes / 1024);
    Ok(())
}

use clap::Parser;

fn main() {
    let cli = mscwork::cli::Cli::parse();
    if let Err(failure) = mscwork::cli::run(cli) {
        eprintln!("mscwork: {}", failure.message);
        std::process::exit(failure.code);
    }
}

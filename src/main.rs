use clap::Parser;

fn main() {
    let cli = mscwork::cli::Cli::parse();
    if let Err(failure) = mscwork::cli::run(cli) {
        if !failure.message.is_empty() {
            mscwork::cli::say(&format!("mscwork: {}", failure.message));
        }
        std::process::exit(failure.code);
    }
}

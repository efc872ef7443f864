fn main() {
    let result = mscwork::cli::parse().and_then(mscwork::cli::run);
    if let Err(failure) = result {
        if !failure.message.is_empty() {
            mscwork::cli::say(&format!("mscwork: {}", failure.message));
        }
        std::process::exit(failure.code);
    }
}

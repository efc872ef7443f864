/// Run by the system's start-up code before `main`, while standard output
/// is still as the program was given it (see `cli::note_stdout`).
#[used]
#[cfg_attr(target_os = "linux", unsafe(link_section = ".init_array"))]
#[cfg_attr(target_os = "macos", unsafe(link_section = "__DATA,__mod_init_func"))]
static NOTE_STDOUT: extern "C" fn() = note_stdout;

extern "C" fn note_stdout() {
    mscwork::cli::note_stdout();
}

fn main() {
    let result = mscwork::cli::parse().and_then(mscwork::cli::run);
    if let Err(failure) = result {
        if !failure.message.is_empty() {
            mscwork::cli::say(&format!("mscwork: {}", failure.message));
        }
        std::process::exit(failure.code);
    }
}

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = livcr::cli::Cli::parse();
    match livcr::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) if livcr::output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // A message may echo stored text (a name in "did you mean"): shown escaped.
            let shown = |s: &str| livcr::output::terminal_text(s).into_owned();
            eprintln!("error: {}", shown(&format!("{err:#}")));
            if let Some(hint) = livcr::error::hint_of(&err) {
                eprintln!("hint: {}", shown(&hint));
            }
            ExitCode::from(1)
        }
    }
}

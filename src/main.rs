use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = livcr::cli::Cli::parse();
    match livcr::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) if livcr::output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            if let Some(hint) = livcr::error::hint_of(&err) {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(1)
        }
    }
}

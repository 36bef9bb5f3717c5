use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = livcr::cli::parse();
    match livcr::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) if livcr::output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // A message may echo stored text (a name in "did you mean"): shown escaped.
            let shown = |s: &str| livcr::output::terminal_text(s).into_owned();
            // A closed stderr must not turn a refusal into a panic: the exit code still says it.
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(
                stderr,
                "{} {}",
                livcr::t!("error-prefix"),
                shown(&livcr::i18n::error_chain(&err))
            );
            if let Some(hint) = livcr::error::hint_of(&err) {
                let _ = writeln!(stderr, "{} {}", livcr::t!("hint-prefix"), shown(&hint));
            }
            ExitCode::from(1)
        }
    }
}

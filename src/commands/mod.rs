//! One module per noun, one function per verb: validate, transact, render.

pub mod action;
pub mod agenda;
pub mod audit;
pub mod case;
pub mod cell;
pub mod config;
pub mod demo;
pub mod encrypt;
pub mod export;
pub mod feedback;
pub mod help;
pub mod init;
pub mod lookup;
pub mod meeting;
pub mod meeting_run;
pub mod member;
pub mod municipality;
pub mod org;
pub mod purge;
pub mod referral;
pub mod remind;
pub mod report;
pub mod restore;

use anyhow::Result;

use crate::cli::Command;
use crate::context::Ctx;

/// Asks before a step that cannot be taken back (cancel a meeting, end a seat, withdraw a
/// form, remove an agenda item). On a terminal the question defaults to No and a "no" stops
/// the command with nothing changed; `--yes` answers it. Without a terminal (a script) the
/// command goes on, as it always did: scripts say what they mean.
pub fn confirm(ctx: &Ctx, question: &str, what: &str) -> Result<()> {
    if ctx.yes || !ctx.interactive() {
        return Ok(());
    }
    if crate::prompt::confirm(question, false)? {
        return Ok(());
    }
    Err(crate::error::fail_hint(
        crate::t!("confirm-not-confirmed", what = what),
        crate::t!("confirm-not-confirmed-hint"),
    ))
}

/// Commands that only read: they never upgrade an older file (an older file is then refused
/// with a hint to run `livcr upgrade`). A command that shows case text, a document or an export
/// writes its audit row, so it is a writing command here.
fn reads_only(command: &Command) -> bool {
    use crate::cli::{
        AuditCmd, CaseCmd, CellCmd, FeedbackCmd, MeetingCmd, MemberCmd, OrgCmd, ReferralCmd,
    };
    matches!(
        command,
        Command::Config(_)
            | Command::Municipality(_)
            | Command::Remind(_)
            | Command::Status
            | Command::Audit(AuditCmd::List { .. } | AuditCmd::Verify { .. } | AuditCmd::Anchor)
            | Command::Cell(CellCmd::List | CellCmd::Show { .. })
            | Command::Org(OrgCmd::List)
            | Command::Member(MemberCmd::List { .. } | MemberCmd::Show { .. })
            | Command::Case(CaseCmd::List(_))
            | Command::Meeting(MeetingCmd::List { .. })
            | Command::Referral(ReferralCmd::List { .. })
            | Command::Feedback(FeedbackCmd::List)
    ) || matches!(command, Command::Purge(args) if args.dry_run)
}

/// Commands that write an audit row (or may): every command that does not only read, except
/// those that never touch the database's log.
fn writes_audit(command: &Command) -> bool {
    use crate::cli::KeyCmd;
    !matches!(
        command,
        Command::Completions { .. }
            | Command::Man(_)
            | Command::Key(KeyCmd::New { .. } | KeyCmd::Forget)
    )
}

pub fn dispatch(ctx: &mut Ctx, command: Command) -> Result<u8> {
    if reads_only(&command) {
        ctx.access.set(crate::db::Access::Read);
    } else if writes_audit(&command) {
        // Who is working is needed for the audit row: asked before anything is shown or
        // written, so that a command without a name changes nothing and shows no case text.
        ctx.actor()?;
    }
    match command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Demo(args) => demo::run(ctx, &args),
        Command::Config(cmd) => config::run(ctx, cmd),
        Command::Municipality(cmd) => municipality::run(ctx, cmd),
        Command::Cell(cmd) => cell::run(ctx, cmd),
        Command::Org(cmd) => org::run(ctx, cmd),
        Command::Member(cmd) => member::run(ctx, cmd),
        Command::Case(cmd) => case::run(ctx, cmd),
        Command::Action(cmd) => action::run(ctx, cmd),
        Command::Meeting(cmd) => meeting::run(ctx, cmd),
        Command::Agenda(cmd) => agenda::run(ctx, cmd),
        Command::Referral(cmd) => referral::run(ctx, cmd),
        Command::Feedback(cmd) => feedback::run(ctx, cmd),
        Command::Export(cmd) => export::run(ctx, cmd),
        Command::Report(cmd) => report::run(ctx, cmd),
        Command::Remind(args) => remind::run(ctx, &args),
        Command::Purge(args) => purge::run(ctx, &args),
        Command::Audit(cmd) => audit::run(ctx, cmd),
        Command::Backup(args) => audit::backup(ctx, &args),
        Command::Restore(args) => restore::run(ctx, &args),
        Command::Encrypt => encrypt::encrypt(ctx),
        Command::Rekey(args) => encrypt::rekey(ctx, &args),
        Command::Key(cmd) => encrypt::key(ctx, cmd),
        Command::Upgrade => encrypt::upgrade(ctx),
        Command::Status => encrypt::status(ctx),
        Command::Completions { shell } => help::completions(ctx, shell),
        Command::Man(args) => help::man(ctx, &args),
    }
}

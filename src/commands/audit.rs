//! `livcr audit list|verify` and `livcr backup`.

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{AuditCmd, BackupArgs};
use crate::commands::DATA_FORMATS;
use crate::context::Ctx;
use crate::db;
use crate::domain::dates::parse_date;
use crate::error::fail_hint;

pub fn run(ctx: &mut Ctx, cmd: AuditCmd) -> Result<u8> {
    ctx.check_format(DATA_FORMATS)?;
    let conn = ctx.open()?;
    match cmd {
        AuditCmd::List { since, entity } => {
            let since = since
                .map(|s| parse_date(&s, ctx.clock.today))
                .transpose()?
                .map(|d| d.format("%Y-%m-%d").to_string());
            let rows: Vec<Vec<Value>> =
                db::audit::list(&conn, since.as_deref(), entity.as_deref())?
                    .into_iter()
                    .map(|e| {
                        vec![
                            e.id.into(),
                            e.at.into(),
                            e.actor.into(),
                            e.action.into(),
                            e.entity.into(),
                            e.entity_id.into(),
                            e.summary.into(),
                            e.hash.into(),
                        ]
                    })
                    .collect();
            ctx.out.list(
                &[
                    "id",
                    "at",
                    "actor",
                    "action",
                    "entity",
                    "entity_id",
                    "summary",
                    "hash",
                ],
                &rows,
            )?;
            Ok(0)
        }
        AuditCmd::Verify => {
            let verdict = db::audit::verify(&conn)?;
            let json = json!({
                "ok": verdict.broken_at.is_none(),
                "rows": verdict.rows,
                "broken_at": verdict.broken_at,
                "reason": verdict.reason,
            });
            match (verdict.broken_at, &verdict.reason) {
                (None, _) => {
                    let line = format!("audit chain ok: {} rows verified", verdict.rows);
                    ctx.out.value(&json, &line)?;
                    Ok(0)
                }
                (Some(row), reason) => {
                    if ctx.out.format == crate::output::Format::Json {
                        ctx.out.value(&json, "")?;
                    }
                    Err(fail_hint(
                        format!(
                            "audit chain broken at row {row}: {}",
                            reason.clone().unwrap_or_default()
                        ),
                        "the file was changed outside livcr; restore it from a backup and keep \
                         this copy for investigation",
                    ))
                }
            }
        }
    }
}

pub fn backup(ctx: &mut Ctx, args: &BackupArgs) -> Result<u8> {
    ctx.check_format(&[])?;
    if args.out.exists() {
        return Err(fail_hint(
            format!("{} already exists", args.out.display()),
            "choose a new file name; livcr never overwrites a file",
        ));
    }
    let mut conn = ctx.open()?;
    // Create the target private before SQLite writes into it.
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&args.out)?;
    }
    if let Err(e) = db::backup_to(&conn, &args.out) {
        let _ = std::fs::remove_file(&args.out);
        return Err(e);
    }
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(&tx, "backup", "database", "1", "online backup written")?;
    tx.commit()?;
    ctx.out
        .done(&format!("backup written to {}", args.out.display()))?;
    Ok(0)
}

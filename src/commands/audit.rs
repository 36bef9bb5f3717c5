//! `livcr audit list|verify` and `livcr backup`.

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::{AuditCmd, BackupArgs};
use crate::context::Ctx;
use crate::db;
use crate::domain::dates::parse_date;
use crate::error::fail_hint;

pub fn run(ctx: &mut Ctx, cmd: AuditCmd) -> Result<u8> {
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
        AuditCmd::Anchor => {
            let line = db::audit::anchor_line(&conn)?;
            let a = db::audit::anchor(&conn)?;
            ctx.out
                .value(&json!({ "anchor": line, "head": a }), &line)?;
            Ok(0)
        }
        AuditCmd::Verify { anchor, deep } => {
            let anchors = read_anchors(&anchor)?;
            let (verdict, problems) = db::audit::verify_anchored(&conn, &anchors)?;
            let deep_report = if deep && verdict.broken_at.is_none() {
                Some(db::audit::verify_deep(&conn)?)
            } else {
                None
            };
            let differing = deep_report.as_ref().map_or(0, |d| d.problems.len());
            let json = json!({
                "ok": verdict.broken_at.is_none() && problems.is_empty() && differing == 0,
                "rows": verdict.rows,
                "broken_at": verdict.broken_at,
                "reason": verdict.reason,
                "anchors_checked": anchors.len(),
                "anchor_problems": problems,
                "deep": deep_report,
            });
            if let (Some(row), reason) = (verdict.broken_at, &verdict.reason) {
                if ctx.out.format == crate::output::Format::Json {
                    ctx.out.value(&json, "")?;
                }
                return Err(fail_hint(
                    format!(
                        "audit chain broken at row {row}: {}",
                        reason.clone().unwrap_or_default()
                    ),
                    "the file was changed outside livcr; restore it from a backup \
                     (`livcr restore FILE`) and keep this copy for investigation",
                ));
            }
            if !problems.is_empty() {
                if ctx.out.format == crate::output::Format::Json {
                    ctx.out.value(&json, "")?;
                }
                return Err(fail_hint(
                    problems.join("; "),
                    "the end of the audit log was cut or rewritten outside livcr; restore a \
                     backup taken before it (`livcr restore FILE`) and keep this copy for \
                     investigation",
                ));
            }
            if let Some(d) = &deep_report
                && !d.problems.is_empty()
            {
                if ctx.out.format == crate::output::Format::Json {
                    ctx.out.value(&json, "")?;
                } else {
                    for p in &d.problems {
                        ctx.out.warn(&p.to_string())?;
                    }
                }
                return Err(fail_hint(
                    format!(
                        "{} {} from {} last audited state",
                        crate::output::plural(d.problems.len(), "record"),
                        if d.problems.len() == 1 {
                            "differs"
                        } else {
                            "differ"
                        },
                        if d.problems.len() == 1 {
                            "its"
                        } else {
                            "their"
                        }
                    ),
                    "the records named above were changed outside livcr; restore a backup \
                     (`livcr restore FILE`) and keep this copy for investigation",
                ));
            }
            let mut line = format!(
                "audit chain ok: {} verified",
                crate::output::plural(usize::try_from(verdict.rows).unwrap_or(0), "row")
            );
            if !anchors.is_empty() {
                line.push_str(&format!(
                    ", {} {}",
                    crate::output::plural(anchors.len(), "anchor"),
                    if anchors.len() == 1 {
                        "matches"
                    } else {
                        "match"
                    }
                ));
            }
            if let Some(d) = &deep_report {
                line.push_str(&format!(
                    ", {} records match their audited state",
                    d.records
                ));
            }
            ctx.out.value(&json, &line)?;
            Ok(0)
        }
    }
}

/// Anchors from `--anchor` values: each an anchor line, or a file that holds anchor lines.
fn read_anchors(values: &[String]) -> Result<Vec<db::audit::Anchor>> {
    let mut all = Vec::new();
    for v in values {
        let path = std::path::Path::new(v);
        let (text, from) = if !v.contains("livcr-anchor") && path.is_file() {
            let text = std::fs::read_to_string(path).map_err(|e| {
                fail_hint(
                    format!("cannot read anchor file {}: {e}", path.display()),
                    "give an anchor line (from `livcr audit anchor`) or a file that holds one",
                )
            })?;
            (text, format!("file {}", path.display()))
        } else {
            (v.clone(), format!("{v:?}"))
        };
        // A line that names an anchor but does not parse is an error, not skipped.
        for (n, line) in text.lines().enumerate() {
            if line.contains("livcr-anchor") && db::audit::parse_anchors(line).is_empty() {
                return Err(fail_hint(
                    format!(
                        "line {} of {from} is not a valid anchor: {:?}",
                        n + 1,
                        crate::output::terminal_text(line.trim())
                    ),
                    "an anchor line looks like `livcr-anchor v1 row=N at=TIME sha256=HEX` (64 \
                     hex digits), as printed by `livcr audit anchor`; fix or remove that line",
                ));
            }
        }
        let found = db::audit::parse_anchors(&text);
        if found.is_empty() {
            return Err(fail_hint(
                format!("no anchor line in {from}"),
                "an anchor line looks like `livcr-anchor v1 row=N at=TIME sha256=HEX`, as \
                 printed by `livcr audit anchor`",
            ));
        }
        all.extend(found);
    }
    Ok(all)
}

pub fn backup(ctx: &mut Ctx, args: &BackupArgs) -> Result<u8> {
    if args.out.exists() {
        return Err(fail_hint(
            format!("{} already exists", args.out.display()),
            "choose a new file name; livcr never overwrites a file",
        ));
    }
    let opened = ctx.open_file()?;
    let db_path = ctx.db_path.clone();
    crate::commands::restore::clean_stale_temps(ctx, &db_path)?;
    crate::commands::restore::clean_stale_temps(ctx, &args.out)?;
    let mut conn = opened.conn;
    let started = std::time::Instant::now();
    let progress = crate::commands::restore::Progress::start(ctx, &ctx.db_path, &args.out);
    let written = db::file::copy_to(&conn, &args.out, opened.key.as_deref());
    drop(progress);
    written?;
    // Check the copy before saying it is good; a copy that fails is removed.
    let mut key = || {
        opened
            .key
            .clone()
            .ok_or_else(|| anyhow::anyhow!("the backup is encrypted but the file is not"))
    };
    let checked = crate::commands::restore::check_candidate(&args.out, &mut key);
    let summary = match checked {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_file(&args.out);
            return Err(e.context(format!(
                "the backup {} failed its check and was removed",
                args.out.display()
            )));
        }
    };
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(
        &tx,
        "backup",
        "database",
        "1",
        &format!(
            "verified backup written, {}, up to audit row {}",
            if opened.key.is_some() {
                "encrypted"
            } else {
                "plain"
            },
            summary.last_row
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "backup written to {} ({}, {} verified, {:.1} s)",
        args.out.display(),
        if opened.key.is_some() {
            "encrypted with the same key"
        } else {
            "plain: anyone with the copy can read it"
        },
        crate::output::plural(usize::try_from(summary.last_row).unwrap_or(0), "audit row"),
        started.elapsed().as_secs_f64()
    ))?;
    Ok(0)
}

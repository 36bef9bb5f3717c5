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
                    crate::t!(
                        "file-audit-broken",
                        row = row.to_string(),
                        reason = reason.clone().unwrap_or_default()
                    ),
                    crate::t!("file-audit-broken-hint"),
                ));
            }
            if !problems.is_empty() {
                if ctx.out.format == crate::output::Format::Json {
                    ctx.out.value(&json, "")?;
                }
                return Err(fail_hint(
                    problems
                        .iter()
                        .map(|p| p.text.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                    crate::t!("file-audit-anchor-hint"),
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
                    crate::t!("file-audit-records-differ", count = d.problems.len()),
                    crate::t!("file-audit-records-differ-hint"),
                ));
            }
            let mut line = crate::t!("file-audit-ok", count = verdict.rows);
            if !anchors.is_empty() {
                line.push_str(&crate::t!("file-audit-ok-anchors", count = anchors.len()));
            }
            if let Some(d) = &deep_report {
                line.push_str(&crate::t!("file-audit-ok-deep", count = d.records));
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
                    crate::t!(
                        "file-anchor-file-unreadable",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ),
                    crate::t!("file-anchor-file-unreadable-hint"),
                )
            })?;
            (
                text,
                crate::t!("file-anchor-from-file", path = path.display().to_string()),
            )
        } else {
            (v.clone(), format!("{v:?}"))
        };
        // A line that names an anchor but does not parse is an error, not skipped.
        for (n, line) in text.lines().enumerate() {
            if line.contains("livcr-anchor") && db::audit::parse_anchors(line).is_empty() {
                return Err(fail_hint(
                    crate::t!(
                        "file-anchor-bad-line",
                        line = (n + 1).to_string(),
                        from = from.as_str(),
                        text = format!("{:?}", crate::output::terminal_text(line.trim()))
                    ),
                    crate::t!("file-anchor-bad-line-hint"),
                ));
            }
        }
        let found = db::audit::parse_anchors(&text);
        if found.is_empty() {
            return Err(fail_hint(
                crate::t!("file-anchor-none", from = from.as_str()),
                crate::t!("file-anchor-none-hint"),
            ));
        }
        all.extend(found);
    }
    Ok(all)
}

pub fn backup(ctx: &mut Ctx, args: &BackupArgs) -> Result<u8> {
    if args.out.exists() {
        return Err(fail_hint(
            crate::t!("file-backup-exists", path = args.out.display().to_string()),
            crate::t!("file-backup-exists-hint"),
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
            .ok_or_else(|| anyhow::anyhow!(crate::t!("file-backup-encrypted-file-not")))
    };
    let checked = crate::commands::restore::check_candidate(&args.out, &mut key);
    let summary = match checked {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_file(&args.out);
            return Err(e.context(crate::t!(
                "file-backup-check-failed",
                path = args.out.display().to_string()
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
            "verified backup written, {}, up to audit row {}", // i18n-ok: stored
            if opened.key.is_some() {
                "encrypted"
            } else {
                "plain"
            },
            summary.last_row
        ),
    )?;
    tx.commit()?;
    let (path, seconds) = (
        args.out.display().to_string(),
        format!("{:.1}", started.elapsed().as_secs_f64()),
    );
    ctx.out.done(&if opened.key.is_some() {
        crate::t!(
            "file-backup-written-encrypted",
            path = path,
            count = summary.last_row,
            seconds = seconds
        )
    } else {
        crate::t!(
            "file-backup-written-plain",
            path = path,
            count = summary.last_row,
            seconds = seconds
        )
    })?;
    Ok(0)
}

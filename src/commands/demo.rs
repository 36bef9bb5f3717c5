//! `livcr demo`: a realistic demo database, built with the same code paths as the real
//! commands, and a tour of what it shows.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

use crate::cli::DemoArgs;
use crate::context::{Ctx, begin};
use crate::db;
use crate::domain::municipality::reference;
use crate::error::fail_hint;

/// Where the demo writes when no --db is given.
pub const DEFAULT_DEMO_DB: &str = "livcr-demo.db";

pub fn run(ctx: &mut Ctx, args: &DemoArgs) -> Result<u8> {
    ctx.check_format(&[])?;
    // Only an explicit --db counts: LIVCR_DB and the config point at the real database.
    let path = ctx
        .db_flag
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DEMO_DB));
    if path.exists() {
        ensure_is_demo(&path)?;
        let _ = args.force;
        remove_db_files(&path)?;
    }
    let mut conn = db::create(&path)?;
    {
        let tx = begin(&mut conn)?;
        db::setting::set(&tx, "demo", "1")?;
        ctx.audit(&tx, "init", "database", "1", "demo database created")?;
        tx.commit()?;
    }
    ctx.db_path = path.clone();
    tour(ctx, &conn, &path)?;
    Ok(0)
}

fn ensure_is_demo(path: &Path) -> Result<()> {
    let refuse = || {
        fail_hint(
            format!("{} exists and is not a livcr demo database", path.display()),
            "livcr demo only replaces its own demo files; pass another path with --db",
        )
    };
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|_| refuse())?;
    let is_demo = db::setting::get(&conn, "demo").ok().flatten().as_deref() == Some("1");
    drop(conn);
    if is_demo { Ok(()) } else { Err(refuse()) }
}

fn remove_db_files(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = PathBuf::from(p);
        if p.exists() {
            std::fs::remove_file(&p)
                .with_context(|| format!("cannot replace the old demo file {}", p.display()))?;
        }
    }
    Ok(())
}

fn heading(ctx: &mut Ctx, title: &str) -> Result<()> {
    ctx.out.line(&format!("\n== {title} =="))
}

fn tour(ctx: &mut Ctx, conn: &rusqlite::Connection, path: &Path) -> Result<()> {
    ctx.out.line(&format!(
        "livcr demo database written to {} (schema version {})",
        path.display(),
        db::migrate::version(conn)?
    ))?;
    ctx.out.line(&format!(
        "Try: livcr --db {} municipality list --search gent",
        path.display()
    ))?;

    heading(ctx, "Municipalities (reference data, 2025)")?;
    let refs = reference()?;
    let rows: Vec<Vec<Value>> = ["flanders", "wallonia", "brussels"]
        .iter()
        .map(|r| {
            let n = refs
                .municipalities
                .iter()
                .filter(|m| m.region == *r)
                .count();
            vec![(*r).into(), n.into()]
        })
        .collect();
    ctx.out.list(&["region", "municipalities"], &rows)?;
    let hasselt = refs.resolve("71022")?;
    ctx.out.line(&format!(
        "Old code 71022 is accepted: {}",
        hasselt.note.unwrap_or_default()
    ))?;

    heading(ctx, "Audit chain")?;
    let verdict = db::audit::verify(conn)?;
    ctx.out.line(&format!(
        "{} rows, chain {}",
        verdict.rows,
        if verdict.broken_at.is_none() {
            "intact"
        } else {
            "BROKEN"
        }
    ))?;
    Ok(())
}

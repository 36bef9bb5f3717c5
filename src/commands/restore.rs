//! `livcr restore FILE`, and what `backup` shares with it: checking a candidate file and showing
//! progress while a large file is copied.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::Connection;
use serde::Serialize;

use crate::cli::RestoreArgs;
use crate::context::Ctx;
use crate::db::{self, Access, file};
use crate::error::fail_hint;

/// What a database holds, in a few figures.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub cells: i64,
    pub cases: i64,
    pub last_row: i64,
    pub last_at: String,
    pub last_hash: String,
    pub encrypted: bool,
}

fn summary(conn: &Connection, encrypted: bool) -> Result<Summary> {
    let count = |sql: &str| -> Result<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
    let head = db::audit::anchor(conn)?;
    Ok(Summary {
        cells: count("SELECT count(*) FROM cell")?,
        cases: count("SELECT count(*) FROM case_file")?,
        last_row: head.as_ref().map_or(0, |a| a.row),
        last_at: head.as_ref().map(|a| a.at.clone()).unwrap_or_default(),
        last_hash: head.map(|a| a.sha256).unwrap_or_default(),
        encrypted,
    })
}

/// Checks a database file as a backup: a livcr file (application id), the key, not newer than
/// this livcr, `PRAGMA integrity_check`, an unbroken audit chain. Opens it read-only in spirit:
/// an older schema is refused here, not upgraded.
pub fn check_candidate(path: &Path, key: db::KeyFn) -> Result<Summary> {
    let opened = db::open_with(path, Access::Read, key)?;
    let conn = &opened.conn;
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .with_context(|| format!("checking {}", path.display()))?;
    if integrity != "ok" {
        return Err(fail_hint(
            format!("{} fails the integrity check: {integrity}", path.display()),
            "use another backup",
        ));
    }
    let verdict = db::audit::verify(conn)?;
    if let Some(row) = verdict.broken_at {
        return Err(fail_hint(
            format!(
                "the audit chain of {} is broken at row {row}: {}",
                path.display(),
                verdict.reason.unwrap_or_default()
            ),
            "use another backup",
        ));
    }
    let s = summary(conn, opened.key.is_some())?;
    drop(opened);
    // Opening in WAL mode may leave -wal/-shm beside the candidate; a clean close removes them.
    Ok(s)
}

pub fn run(ctx: &mut Ctx, args: &RestoreArgs) -> Result<u8> {
    ctx.check_format(&[])?;
    let path = ctx.db_path.clone();
    if !args.from.is_file() {
        return Err(fail_hint(
            format!("no backup at {}", args.from.display()),
            "give the file written by `livcr backup FILE`",
        ));
    }
    if same_file(&args.from, &path) {
        return Err(fail_hint(
            format!("{} is the database itself", args.from.display()),
            "give a backup file",
        ));
    }
    // Work on a private copy beside the database, so that the swap is one rename and the
    // backup itself is never written to.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        file::create_private_dir(dir)?;
    }
    let tmp = file::temp_beside(&path);
    let result = restore_via(ctx, args, &path, &tmp);
    file::remove_db_files(&tmp);
    result
}

fn restore_via(ctx: &mut Ctx, args: &RestoreArgs, path: &Path, tmp: &Path) -> Result<u8> {
    {
        let mut out = file::create_private(tmp)?;
        let mut inp = std::fs::File::open(&args.from)
            .with_context(|| format!("cannot read {}", args.from.display()))?;
        std::io::copy(&mut inp, &mut out)
            .with_context(|| format!("cannot copy {}", args.from.display()))?;
    }
    let mut key = || ctx.key();
    let candidate = check_candidate(tmp, &mut key)?;
    let current = if path.exists() {
        let opened = ctx.open_file()?;
        Some(summary(&opened.conn, opened.key.is_some())?)
    } else {
        None
    };
    let describe = |s: &Summary| {
        format!(
            "{}, {}, last audit row {} at {}, {}",
            crate::output::plural(usize::try_from(s.cells).unwrap_or(0), "cell"),
            crate::output::plural(usize::try_from(s.cases).unwrap_or(0), "case"),
            s.last_row,
            s.last_at,
            if s.encrypted { "encrypted" } else { "plain" }
        )
    };
    ctx.out.note(&format!(
        "backup {}: {}",
        args.from.display(),
        describe(&candidate)
    ))?;
    if let Some(c) = &current {
        ctx.out
            .note(&format!("current {}: {}", path.display(), describe(c)))?;
        if c.last_row > candidate.last_row {
            ctx.out.warn(&format!(
                "the current file has {} the backup does not: what was done since \
                 the backup is lost from the live file (the current file is kept beside it)",
                crate::output::plural(
                    usize::try_from(c.last_row - candidate.last_row).unwrap_or(0),
                    "audit row"
                )
            ))?;
        }
    }
    if !ctx.yes {
        let confirmed = ctx.interactive()
            && crate::prompt::confirm(
                &format!("Replace {} with this backup?", path.display()),
                false,
            )?;
        if !confirmed {
            return Err(fail_hint(
                "restore replaces the database and needs confirmation",
                "run it again with --yes to confirm",
            ));
        }
    }
    let kept = if path.exists() {
        // Empty the -wal into the file, so that the kept copy is complete and the old -wal is
        // not applied to the restored file.
        let opened = ctx.open_file()?;
        if !db::checkpoint(&opened.conn)? {
            return Err(fail_hint(
                "another livcr is using the database, so it cannot be replaced now",
                "try again when no other livcr command is running; nothing was changed",
            ));
        }
        drop(opened);
        let stamp = ctx.clock.now.format("%Y%m%dT%H%M%SZ").to_string();
        let mut kept = file::beside(path, &format!(".before-restore-{stamp}"));
        let mut n = 1;
        while kept.exists() {
            n += 1;
            kept = file::beside(path, &format!(".before-restore-{stamp}-{n}"));
        }
        std::fs::hard_link(path, &kept)
            .or_else(|_| std::fs::copy(path, &kept).map(|_| ()))
            .with_context(|| format!("cannot keep the current file as {}", kept.display()))?;
        Some(kept)
    } else {
        None
    };
    file::swap_in(tmp, path)?;
    let mut conn = ctx.open()?;
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(
        &tx,
        "restore",
        "database",
        "1",
        &format!(
            "restored from a backup whose last audit row is {} at {} (sha256 {})",
            candidate.last_row, candidate.last_at, candidate.last_hash
        ),
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "restored {} from {}",
        path.display(),
        args.from.display()
    ))?;
    if let Some(k) = kept {
        ctx.out
            .note(&format!("the previous file is kept as {}", k.display()))?;
    }
    Ok(0)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A progress bar on a terminal while `dest` (or its temporary file) grows towards the size of
/// `source`; nothing when stderr is not a terminal. Stops when dropped.
pub struct Progress {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Progress {
    pub fn start(ctx: &Ctx, source: &Path, dest: &Path) -> Progress {
        use std::io::IsTerminal;
        let stop = Arc::new(AtomicBool::new(false));
        let total = std::fs::metadata(source).map(|m| m.len()).unwrap_or(0);
        // Small files are copied before a bar would be seen.
        if ctx.no_input || !std::io::stderr().is_terminal() || total < 32 << 20 {
            return Progress { stop, handle: None };
        }
        let dir = dest
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let prefix = format!(
            "{}.livcr-tmp-",
            dest.file_name().unwrap_or_default().to_string_lossy()
        );
        let flag = stop.clone();
        let handle = std::thread::spawn(move || {
            let bar = indicatif::ProgressBar::new(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{msg} [{bar:30}] {bytes}/{total_bytes} {elapsed}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message("copying");
            while !flag.load(Ordering::Relaxed) {
                let size = std::fs::read_dir(&dir)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
                    .filter_map(|e| e.metadata().ok())
                    .map(|m| m.len())
                    .max()
                    .unwrap_or(0);
                bar.set_position(size.min(total));
                std::thread::sleep(Duration::from_millis(200));
            }
            bar.finish_and_clear();
        });
        Progress {
            stop,
            handle: Some(handle),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

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
use crate::db::file::Found;
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
    let integrity = db::restore::integrity(conn)
        .with_context(|| crate::t!("file-checking", path = path.display().to_string()))?;
    if integrity != "ok" {
        return Err(fail_hint(
            crate::t!(
                "file-integrity-failed",
                path = path.display().to_string(),
                integrity = integrity
            ),
            crate::t!("file-use-another-backup"),
        ));
    }
    let verdict = db::audit::verify(conn)?;
    if let Some(row) = verdict.broken_at {
        return Err(fail_hint(
            crate::t!(
                "file-chain-broken",
                path = path.display().to_string(),
                row = row.to_string(),
                reason = verdict.reason.unwrap_or_default()
            ),
            crate::t!("file-use-another-backup"),
        ));
    }
    let s = summary(conn, opened.key.is_some())?;
    drop(opened);
    // Opening in WAL mode may leave -wal/-shm beside the candidate; a clean close removes them.
    Ok(s)
}

pub fn run(ctx: &mut Ctx, args: &RestoreArgs) -> Result<u8> {
    let path = ctx.db_path.clone();
    let from = args.from.display().to_string();
    if !args.from.is_file() {
        return Err(fail_hint(
            crate::t!("file-no-backup", path = from.as_str()),
            crate::t!("file-no-backup-hint"),
        ));
    }
    if same_file(&args.from, &path) {
        return Err(fail_hint(
            crate::t!("file-restore-itself", path = from.as_str()),
            crate::t!("file-restore-itself-hint"),
        ));
    }
    // What the backup is, named by its own path, before anything is copied or opened.
    let encrypted = match file::sniff(&args.from)? {
        Found::Missing => {
            return Err(fail_hint(
                crate::t!("file-no-backup", path = from.as_str()),
                crate::t!("file-no-backup-hint"),
            ));
        }
        Found::Empty => {
            return Err(not_a_backup(crate::t!(
                "file-not-backup-empty",
                path = from.as_str()
            )));
        }
        Found::Plain { .. } => false,
        Found::Opaque { text: true, .. } => {
            return Err(not_a_backup(crate::t!(
                "file-not-backup-text",
                path = from.as_str()
            )));
        }
        Found::Opaque { len, .. } if len < 512 => {
            return Err(not_a_backup(crate::t!(
                "file-not-backup-not-db",
                path = from.as_str()
            )));
        }
        Found::Opaque { .. } => true,
    };
    // The live file must be livcr's own and not newer, like for every other command; it is
    // opened (and an older one upgraded, after a copy) before anything else is done.
    let live = if path.exists() {
        Some(ctx.open_file()?)
    } else {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.exists()
        {
            file::create_private_dir(dir)?;
        }
        None
    };
    clean_stale_temps(ctx, &path)?;
    // Work on a private copy beside the database: the backup itself is never opened for writing.
    let tmp = file::temp_beside(&path);
    let result = restore_via(ctx, args, &path, &tmp, encrypted, live);
    file::remove_db_files(&tmp);
    result
}

/// The error for a backup that is not a livcr file: `message` names the backup and what it is.
fn not_a_backup(message: String) -> anyhow::Error {
    fail_hint(message, crate::t!("file-not-backup-hint"))
}

/// A refusal of the backup: `what` names it; nothing was changed.
fn bad_backup(what: String) -> anyhow::Error {
    fail_hint(what, crate::t!("file-bad-backup-hint"))
}

/// Opens the private copy of an encrypted backup: with --backup-key-file, else the current
/// file's key, else the key file, else a passphrase typed on a terminal. Errors name the backup.
fn open_encrypted(
    ctx: &Ctx,
    args: &RestoreArgs,
    tmp: &Path,
    live_key: Option<&str>,
) -> Result<(Connection, String)> {
    let from = &args.from;
    let mut tries: Vec<String> = Vec::new();
    if let Some(f) = &args.backup_key_file {
        tries.push(file::read_key_file(f)?);
    } else {
        tries.extend(live_key.map(str::to_string));
        if let Some((f, _)) = &ctx.key_file {
            let k = file::read_key_file(f)?;
            if !tries.contains(&k) {
                tries.push(k);
            }
        }
    }
    let typed = args.backup_key_file.is_none() && ctx.interactive();
    if tries.is_empty() && !typed {
        return Err(fail_hint(
            crate::t!(
                "file-backup-encrypted-no-key",
                path = from.display().to_string()
            ),
            crate::t!("file-backup-encrypted-no-key-hint"),
        ));
    }
    for k in &tries {
        match db::restore::open_candidate(tmp, Some(k)) {
            Ok(conn) => return Ok((conn, k.clone())),
            Err(e) if is_notadb(&e) => {}
            Err(e) => return Err(unreadable(from, e)),
        }
    }
    if typed {
        let k = crate::prompt::password(&crate::t!(
            "file-backup-passphrase-prompt",
            path = from.display().to_string()
        ))?;
        match db::restore::open_candidate(tmp, Some(&k)) {
            Ok(conn) => return Ok((conn, k)),
            Err(e) if is_notadb(&e) => {}
            Err(e) => return Err(unreadable(from, e)),
        }
    }
    Err(fail_hint(
        crate::t!(
            "file-backup-wrong-passphrase",
            path = from.display().to_string()
        ),
        match &args.backup_key_file {
            Some(f) => crate::t!(
                "file-backup-check-key-file-hint",
                path = f.display().to_string()
            ),
            None => crate::t!("file-backup-old-passphrase-hint"),
        },
    ))
}

fn is_notadb(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<rusqlite::Error>()
            .is_some_and(file::is_notadb)
    })
}

/// SQLite could not read the backup: damaged, truncated, or not a database at all.
fn unreadable(from: &Path, e: anyhow::Error) -> anyhow::Error {
    // SQLite's own words, without its bare error code.
    let cause = e.chain().last().map(|c| c.to_string()).unwrap_or_default();
    let cause = match cause.split_once(": ") {
        // i18n-ok: machine (SQLite's error text, parsed)
        Some((code, rest)) if code.starts_with("Error code ") => rest.to_string(),
        _ => cause,
    };
    bad_backup(crate::t!(
        "file-backup-unreadable",
        path = from.display().to_string(),
        cause = cause
    ))
}

/// Checks the opened copy of a backup as `from`: a livcr file of this schema version, whole,
/// its audit chain unbroken and every record as last audited (`audit verify --deep`).
fn check_opened(conn: &Connection, from: &Path, encrypted: bool) -> Result<Summary> {
    let (app, version) = db::restore::identity(conn).map_err(|e| unreadable(from, e))?;
    if app != file::APPLICATION_ID {
        let path = from.display().to_string();
        return Err(not_a_backup(if encrypted {
            crate::t!("file-not-backup-other-encrypted", path = path)
        } else {
            crate::t!("file-not-backup-other-sqlite", path = path)
        }));
    }
    if version > db::migrate::LATEST {
        return Err(fail_hint(
            crate::t!(
                "file-backup-newer",
                path = from.display().to_string(),
                version = version.to_string(),
                latest = db::migrate::LATEST.to_string()
            ),
            crate::t!("file-backup-newer-hint"),
        ));
    }
    if version < db::migrate::LATEST {
        return Err(fail_hint(
            crate::t!(
                "file-backup-older",
                path = from.display().to_string(),
                version = version.to_string(),
                latest = db::migrate::LATEST.to_string()
            ),
            crate::t!("file-backup-older-hint"),
        ));
    }
    let integrity = db::restore::integrity(conn).map_err(|e| unreadable(from, e))?;
    if integrity != "ok" {
        return Err(bad_backup(crate::t!(
            "file-backup-integrity-failed",
            path = from.display().to_string(),
            integrity = integrity
        )));
    }
    let verdict = db::audit::verify(conn).map_err(|e| unreadable(from, e))?;
    if let Some(row) = verdict.broken_at {
        return Err(bad_backup(crate::t!(
            "file-backup-chain-broken",
            path = from.display().to_string(),
            row = row.to_string(),
            reason = verdict.reason.unwrap_or_default()
        )));
    }
    // Records edited outside livcr would otherwise come back into the live file unnoticed.
    if let Ok(deep) = db::audit::verify_deep(conn)
        && !deep.problems.is_empty()
    {
        let shown: Vec<&str> = deep
            .problems
            .iter()
            .take(5)
            .map(|p| p.text.as_str())
            .collect();
        return Err(bad_backup(crate::t!(
            "file-backup-records-differ",
            count = deep.problems.len(),
            path = from.display().to_string(),
            problems = format!(
                "{}{}",
                shown.join("; "),
                if deep.problems.len() > 5 { "; …" } else { "" }
            )
        )));
    }
    summary(conn, encrypted)
}

fn restore_via(
    ctx: &mut Ctx,
    args: &RestoreArgs,
    path: &Path,
    tmp: &Path,
    encrypted: bool,
    live: Option<db::Opened>,
) -> Result<u8> {
    {
        let mut out = file::create_private(tmp)?;
        let mut inp = std::fs::File::open(&args.from).with_context(|| {
            crate::t!("file-cannot-read", path = args.from.display().to_string())
        })?;
        std::io::copy(&mut inp, &mut out).with_context(|| {
            crate::t!("file-cannot-copy", path = args.from.display().to_string())
        })?;
    }
    let live_key = live.as_ref().and_then(|o| o.key.clone());
    let (cand_conn, cand_key) = if encrypted {
        let (c, k) = open_encrypted(ctx, args, tmp, live_key.as_deref())?;
        (c, Some(k))
    } else {
        (
            db::restore::open_candidate(tmp, None).map_err(|e| unreadable(&args.from, e))?,
            None,
        )
    };
    let candidate = check_opened(&cand_conn, &args.from, encrypted)?;
    drop(cand_conn);
    let current = match &live {
        Some(o) => Some(summary(&o.conn, o.key.is_some())?),
        None => None,
    };
    let describe = |path: String, s: &Summary, current: bool| {
        let (cells, cases) = (s.cells, s.cases);
        let (row, at) = (s.last_row.to_string(), s.last_at.clone());
        match (current, s.encrypted) {
            (false, true) => crate::t!(
                "file-restore-backup-encrypted",
                path = path,
                cells = cells,
                cases = cases,
                row = row,
                at = at
            ),
            (false, false) => crate::t!(
                "file-restore-backup-plain",
                path = path,
                cells = cells,
                cases = cases,
                row = row,
                at = at
            ),
            (true, true) => crate::t!(
                "file-restore-current-encrypted",
                path = path,
                cells = cells,
                cases = cases,
                row = row,
                at = at
            ),
            (true, false) => crate::t!(
                "file-restore-current-plain",
                path = path,
                cells = cells,
                cases = cases,
                row = row,
                at = at
            ),
        }
    };
    ctx.out.note(&describe(
        args.from.display().to_string(),
        &candidate,
        false,
    ))?;
    // The restored file keeps the live file's encryption, and says so.
    // How the restored file will be kept: a phrase that completes "the restored file will be …"
    // and "restored X from Y (…)" in every language.
    let keeps = match (&live, live_key.as_deref(), cand_key.as_deref()) {
        (None, _, Some(_)) => crate::t!("file-keeps-backup-key"),
        (None, _, None) => crate::t!("file-keeps-plain-backup"),
        (Some(_), Some(l), Some(c)) if l == c => crate::t!("file-keeps-current-key"),
        (Some(_), Some(_), _) => crate::t!("file-keeps-current-file-key"),
        (Some(_), None, Some(_)) => crate::t!("file-keeps-plain-current-encrypted-backup"),
        (Some(_), None, None) => crate::t!("file-keeps-plain-current"),
    };
    if let Some(c) = &current {
        ctx.out
            .note(&describe(path.display().to_string(), c, true))?;
        if c.last_row > candidate.last_row {
            ctx.out.warn(&crate::t!(
                "file-restore-loses-rows",
                count = c.last_row - candidate.last_row
            ))?;
        }
    }
    ctx.out
        .note(&crate::t!("file-restore-will-be", keeps = keeps.as_str()))?;
    if !ctx.yes {
        let confirmed = ctx.interactive()
            && crate::prompt::confirm(
                &crate::t!("file-restore-question", path = path.display().to_string()),
                false,
            )?;
        if !confirmed {
            return Err(fail_hint(
                crate::t!("file-restore-needs-yes"),
                crate::t!("file-restore-needs-yes-hint"),
            ));
        }
    }
    let summary_text = format!(
        // i18n-ok: stored
        "restored from a backup whose last audit row is {} at {} (sha256 {})",
        candidate.last_row, candidate.last_at, candidate.last_hash
    );
    let kept = match live {
        Some(opened) => Some(swap_through_sqlite(
            ctx,
            path,
            tmp,
            opened,
            cand_key.as_deref(),
            &candidate,
            &summary_text,
        )?),
        None => {
            // Nothing is open at a path that does not exist: the checked copy becomes the file
            // (a hard link refuses a file that appeared meanwhile).
            file::sync_file(tmp)?;
            std::fs::hard_link(tmp, path).with_context(|| {
                crate::t!("file-cannot-write", path = path.display().to_string())
            })?;
            file::sync_dir(path);
            let k = cand_key.clone();
            let mut conn = db::open_with(path, db::Access::Write, &mut || {
                k.clone()
                    .ok_or_else(|| anyhow::anyhow!(crate::t!("file-no-key")))
            })?
            .conn;
            let tx = crate::context::begin(&mut conn)?;
            ctx.audit(&tx, "restore", "database", "1", &summary_text)?;
            tx.commit()?;
            None
        }
    };
    ctx.out.done(&crate::t!(
        "file-restored",
        path = path.display().to_string(),
        from = args.from.display().to_string(),
        keeps = keeps
    ))?;
    if let Some(k) = kept {
        ctx.out.note(&crate::t!(
            "file-restore-previous-kept",
            path = k.display().to_string()
        ))?;
    }
    Ok(0)
}

/// Replaces the live file's contents with the checked copy inside one write transaction on the
/// live file: the current file is kept beside it (a consistent copy, taken while no one else can
/// write), then the backup is copied in with the live file's key and the audit row written, all
/// committed at once. On any failure the live file is as it was and the kept copy is removed.
fn swap_through_sqlite(
    ctx: &Ctx,
    path: &Path,
    tmp: &Path,
    opened: db::Opened,
    cand_key: Option<&str>,
    candidate: &Summary,
    summary_text: &str,
) -> Result<PathBuf> {
    let conn = opened.conn;
    let live_key = opened.key;
    db::restore::begin(&conn, tmp, cand_key)?;
    let stamp = ctx.clock.now.format("%Y%m%dT%H%M%SZ").to_string();
    // i18n-ok: machine (file name)
    let mut kept = file::beside(path, &format!(".before-restore-{stamp}"));
    let mut n = 1;
    while kept.exists() {
        n += 1;
        // i18n-ok: machine (file name)
        kept = file::beside(path, &format!(".before-restore-{stamp}-{n}"));
    }
    let mut kept_written = false;
    let done = (|| -> Result<()> {
        {
            let k = live_key.clone();
            let reader = db::open_with(path, db::Access::Read, &mut || {
                k.clone()
                    .ok_or_else(|| anyhow::anyhow!(crate::t!("file-no-key")))
            })?;
            file::copy_to(&reader.conn, &kept, live_key.as_deref()).with_context(|| {
                crate::t!(
                    "file-cannot-keep-current",
                    path = kept.display().to_string()
                )
            })?;
            kept_written = true;
        }
        let head = db::restore::replace_contents(&conn)?;
        if head.as_ref().map_or(0, |a| a.row) != candidate.last_row
            || head.as_ref().map(|a| a.sha256.as_str()) != Some(candidate.last_hash.as_str())
                && candidate.last_row > 0
        {
            anyhow::bail!(crate::t!("file-restore-copy-short"));
        }
        ctx.audit(&conn, "restore", "database", "1", summary_text)?;
        db::restore::finish(&conn)
    })();
    if let Err(e) = done {
        db::restore::abandon(&conn);
        if kept_written {
            file::remove_db_files(&kept);
        }
        return Err(e);
    }
    // Write the restored pages back into the file and empty the -wal (best effort: a reader
    // still open keeps it until a later checkpoint).
    let _ = db::checkpoint(&conn);
    drop(conn);
    Ok(kept)
}

/// Removes temporary copies beside `path` (`<name>.livcr-tmp-*`) left by a backup, restore,
/// encrypt or rekey that was killed: those untouched for an hour, which no running livcr writes.
pub fn clean_stale_temps(ctx: &mut Ctx, path: &Path) -> Result<()> {
    let stale: Vec<PathBuf> = livcr_copies(path)
        .into_iter()
        .filter(|(_, kind)| *kind == Kept::Temp)
        .map(|(p, _)| p)
        .filter(|p| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > STALE_AFTER)
        })
        .collect();
    if stale.is_empty() {
        return Ok(());
    }
    for p in &stale {
        file::remove_db_files(p);
    }
    ctx.out.note(&crate::t!(
        "file-removed-stale-temps",
        count = stale.len(),
        files = stale
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    ))?;
    Ok(())
}

/// A temporary copy untouched for this long is left over from a livcr that was killed.
const STALE_AFTER: Duration = Duration::from_secs(3600);

/// A copy livcr itself keeps beside a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// `*.before-restore-<time>`
    BeforeRestore,
    /// `*.before-upgrade-vN`
    BeforeUpgrade,
    /// `*.livcr-tmp-<random>`, a temporary copy
    Temp,
}

/// The copies livcr keeps beside the database at `path` (not their -wal/-shm files), by name.
pub fn livcr_copies(path: &Path) -> Vec<(PathBuf, Kept)> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut found: Vec<(PathBuf, Kept)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let rest = n.strip_prefix(name.as_ref())?;
            if rest.ends_with("-wal") || rest.ends_with("-shm") || rest.ends_with("-journal") {
                return None;
            }
            // A temporary copy of a kept copy (`x.db.before-restore-….livcr-tmp-…`) is temporary.
            let kind = if rest.contains(".livcr-tmp-") {
                Kept::Temp
            } else if rest.starts_with(".before-restore-") {
                Kept::BeforeRestore
            } else if rest.starts_with(".before-upgrade-v") {
                Kept::BeforeUpgrade
            } else {
                return None;
            };
            Some((dir.join(&n), kind))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
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
                    "{msg} [{bar:30}] {bytes}/{total_bytes} {elapsed}", // i18n-ok: machine
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message(crate::t!("file-progress-copying"));
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

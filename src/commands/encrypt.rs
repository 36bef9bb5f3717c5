//! `livcr encrypt`, `rekey`, `upgrade` and `status`: the file itself.

use anyhow::{Context, Result};
use serde_json::json;

use crate::cli::RekeyArgs;
use crate::context::Ctx;
use crate::db::{self, file};
use crate::error::fail_hint;

/// Writes the open database to a temporary file beside it with `new_key` (None: plain), then
/// swaps it in by an atomic rename. Refuses when another process wrote meanwhile; on any
/// failure the file is as it was.
fn rewrite(ctx: &Ctx, conn: rusqlite::Connection, new_key: &str) -> Result<()> {
    let path = ctx.db_path.clone();
    let head_before = db::audit::anchor(&conn)?;
    let tmp = file::temp_beside(&path);
    let done = (|| -> Result<()> {
        // copy_to writes through its own temporary file and refuses an existing target.
        file::copy_to(&conn, &tmp, Some(new_key))?;
        // Check the new file opens with the new key and holds the same chain.
        let mut k = || Ok(new_key.to_string());
        let check = crate::commands::restore::check_candidate(&tmp, &mut k)?;
        if !db::checkpoint(&conn)? || db::audit::anchor(&conn)? != head_before {
            return Err(fail_hint(
                "another livcr wrote to the database meanwhile, so it was not replaced",
                "try again when no other livcr command is running; nothing was changed",
            ));
        }
        if Some(check.last_row) != head_before.as_ref().map(|a| a.row) {
            anyhow::bail!("the new file does not hold the whole audit log; nothing was changed");
        }
        drop(conn);
        file::swap_in(&tmp, &path)
    })();
    if done.is_err() {
        file::remove_db_files(&tmp);
    }
    done
}

pub fn encrypt(ctx: &mut Ctx) -> Result<u8> {
    let opened = ctx.open_file()?;
    if opened.key.is_some() {
        return Err(fail_hint(
            format!("{} is already encrypted", ctx.db_path.display()),
            "change its passphrase with `livcr rekey`",
        ));
    }
    let key = crate::commands::init::new_key(ctx, "encrypt")?;
    rewrite(ctx, opened.conn, &key)?;
    let mut conn = db::open_with(&ctx.db_path, db::Access::Write, &mut || Ok(key.clone()))?.conn;
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(
        &tx,
        "encrypt",
        "database",
        "1",
        "database encrypted (SQLCipher)",
    )?;
    tx.commit()?;
    ctx.out.done(&format!(
        "encrypted {} (SQLCipher); older backups and copies stay plain: replace them with a new \
         `livcr backup` and delete the old ones",
        ctx.db_path.display()
    ))?;
    Ok(0)
}

pub fn rekey(ctx: &mut Ctx, args: &RekeyArgs) -> Result<u8> {
    let opened = ctx.open_file()?;
    if opened.key.is_none() {
        return Err(fail_hint(
            format!("{} is not encrypted", ctx.db_path.display()),
            "encrypt it with `livcr encrypt`",
        ));
    }
    let key = match &args.new_key_file {
        Some(p) => file::read_key_file(p)?,
        None if ctx.interactive() => crate::commands::init::new_passphrase(ctx)?,
        None => {
            return Err(fail_hint(
                "`livcr rekey` needs the new passphrase and cannot ask for one here",
                "give it with --new-key-file FILE (mode 0600, the passphrase on its first line)",
            ));
        }
    };
    rewrite(ctx, opened.conn, &key)?;
    let mut conn = db::open_with(&ctx.db_path, db::Access::Write, &mut || Ok(key.clone()))?.conn;
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(&tx, "rekey", "database", "1", "passphrase changed")?;
    tx.commit()?;
    ctx.out.done(&format!(
        "changed the passphrase of {}; backups taken before keep the old passphrase",
        ctx.db_path.display()
    ))?;
    Ok(0)
}

pub fn upgrade(ctx: &mut Ctx) -> Result<u8> {
    let conn = ctx.open()?;
    let v = db::migrate::version(&conn)?;
    ctx.out.done(&format!(
        "{} is at schema version {v}, the latest this livcr knows",
        ctx.db_path.display()
    ))?;
    Ok(0)
}

pub fn status(ctx: &mut Ctx) -> Result<u8> {
    let opened = ctx.open_file()?;
    let conn = &opened.conn;
    let version = db::migrate::version(conn)?;
    let head = db::audit::anchor(conn)?;
    let size = std::fs::metadata(&ctx.db_path)
        .with_context(|| format!("cannot read {}", ctx.db_path.display()))?
        .len();
    let encrypted = opened.key.is_some();
    let value = json!({
        "db": ctx.db_path.display().to_string(),
        "encrypted": encrypted,
        "schema_version": version,
        "size_bytes": size,
        "audit_head": head,
    });
    let line = format!(
        "{}: {}, schema version {version}, {} bytes, audit head {}",
        ctx.db_path.display(),
        if encrypted {
            "encrypted (SQLCipher)"
        } else {
            "plain (not encrypted)"
        },
        size,
        head.map(|a| a.line()).unwrap_or_else(|| "none".into())
    );
    ctx.out.value(&value, &line)?;
    Ok(0)
}

//! `livcr encrypt`, `rekey`, `upgrade` and `status`: the file itself.

use anyhow::{Context, Result};
use serde_json::json;

use crate::cli::{KeyCmd, RekeyArgs};
use crate::context::{Ctx, KeySource};
use crate::db::{self, file};
use crate::error::fail_hint;
use crate::keystore;

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
                crate::t!("file-rewrite-raced"),
                crate::t!("file-rewrite-raced-hint"),
            ));
        }
        if Some(check.last_row) != head_before.as_ref().map(|a| a.row) {
            anyhow::bail!(crate::t!("file-rewrite-short"));
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
            crate::t!(
                "file-already-encrypted",
                path = ctx.db_path.display().to_string()
            ),
            crate::t!("file-already-encrypted-hint"),
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
        "database encrypted (SQLCipher)", // i18n-ok: stored
    )?;
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "file-encrypted",
        path = ctx.db_path.display().to_string()
    ))?;
    crate::commands::init::offer_keyring(ctx, &key, false)?;
    Ok(0)
}

pub fn rekey(ctx: &mut Ctx, args: &RekeyArgs) -> Result<u8> {
    let opened = ctx.open_file()?;
    if opened.key.is_none() {
        return Err(fail_hint(
            crate::t!(
                "file-not-encrypted",
                path = ctx.db_path.display().to_string()
            ),
            crate::t!("file-encrypt-it-hint"),
        ));
    }
    let key = match &args.new_key_file {
        Some(p) => file::read_key_file(p)?,
        None if ctx.interactive() => crate::commands::init::new_passphrase(ctx)?,
        None => {
            return Err(fail_hint(
                crate::t!("file-rekey-needs-passphrase"),
                crate::t!("file-rekey-needs-passphrase-hint"),
            ));
        }
    };
    if let Some(old) = &opened.key
        && (*old == key || *old == file::keyring_form(&ctx.db_path, &key))
    {
        ctx.out.done(&crate::t!(
            "file-rekey-same",
            path = ctx.db_path.display().to_string()
        ))?;
        return Ok(0);
    }
    rewrite(ctx, opened.conn, &key)?;
    let mut conn = db::open_with(&ctx.db_path, db::Access::Write, &mut || Ok(key.clone()))?.conn;
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(&tx, "rekey", "database", "1", "passphrase changed")?; // i18n-ok: stored
    tx.commit()?;
    ctx.out.done(&crate::t!(
        "file-rekeyed",
        path = ctx.db_path.display().to_string()
    ))?;
    // The keyring's entry, if there is one, follows the file.
    match keystore::get(&ctx.db_path) {
        keystore::Lookup::Found(_) => match keystore::store(&ctx.db_path, &key) {
            Ok(()) => ctx.out.note(&crate::t!(
                "file-rekey-keyring-replaced",
                keyring = keystore::name()
            ))?,
            Err(why) => ctx.out.warn(&crate::t!(
                "file-rekey-keyring-old",
                keyring = keystore::name(),
                why = why.to_string()
            ))?,
        },
        keystore::Lookup::Unreachable(why) if keystore::exists_here() => {
            ctx.out.warn(&crate::t!(
                "file-rekey-keyring-unreachable",
                keyring = keystore::name(),
                why = why.to_string()
            ))?
        }
        _ => {}
    }
    Ok(0)
}

pub fn key(ctx: &mut Ctx, cmd: KeyCmd) -> Result<u8> {
    match cmd {
        KeyCmd::New { file: path } => {
            if path.exists() {
                return Err(fail_hint(
                    crate::t!("file-key-exists", path = path.display().to_string()),
                    crate::t!("file-key-exists-hint"),
                ));
            }
            file::write_new_key_file(&path)?;
            ctx.out.done(&crate::t!(
                "file-key-written",
                path = path.display().to_string()
            ))?;
            ctx.out.note(&crate::t!("file-key-written-note"))?;
        }
        KeyCmd::Store => {
            let opened = ctx.open_file()?;
            let Some(k) = opened.key else {
                return Err(fail_hint(
                    crate::t!(
                        "file-key-store-plain",
                        path = ctx.db_path.display().to_string()
                    ),
                    crate::t!("file-encrypt-it-hint"),
                ));
            };
            if ctx.key_source() == Some(&KeySource::Keyring) {
                ctx.out.done(&crate::t!(
                    "file-key-already-kept",
                    path = ctx.db_path.display().to_string(),
                    keyring = keystore::name()
                ))?;
                return Ok(0);
            }
            keystore::store(&ctx.db_path, &k).map_err(|why| {
                let hint = match ctx.key_source() {
                    Some(KeySource::File(path, _)) => crate::t!(
                        "file-key-store-failed-file-hint",
                        path = path.display().to_string()
                    ),
                    _ => crate::t!("file-key-store-failed-hint"),
                };
                fail_hint(
                    crate::t!("file-key-store-failed", why = why.to_string()),
                    hint,
                )
            })?;
            let mut conn = opened.conn;
            let tx = crate::context::begin(&mut conn)?;
            ctx.audit(
                &tx,
                // i18n-ok: machine (the audit action)
                "key store",
                "database",
                "1",
                "key kept in the OS keyring", // i18n-ok: stored
            )?;
            tx.commit()?;
            ctx.out.done(&crate::t!(
                "file-key-stored",
                path = ctx.db_path.display().to_string(),
                keyring = keystore::name()
            ))?;
        }
        KeyCmd::Forget => {
            let removed = keystore::forget(&ctx.db_path).map_err(|why| {
                fail_hint(
                    crate::t!("file-key-forget-unreachable", why = why.to_string()),
                    crate::t!("file-key-forget-unreachable-hint"),
                )
            })?;
            if removed {
                ctx.out.done(&crate::t!(
                    "file-key-forgotten",
                    path = ctx.db_path.display().to_string(),
                    keyring = keystore::name()
                ))?;
            } else {
                ctx.out.note(&crate::t!(
                    "file-key-forget-none",
                    path = ctx.db_path.display().to_string(),
                    keyring = keystore::name()
                ))?;
            }
        }
    }
    Ok(0)
}

pub fn upgrade(ctx: &mut Ctx) -> Result<u8> {
    let conn = ctx.open()?;
    let v = db::migrate::version(&conn)?;
    ctx.out.done(&crate::t!(
        "file-upgrade-latest",
        path = ctx.db_path.display().to_string(),
        version = v.to_string()
    ))?;
    Ok(0)
}

pub fn status(ctx: &mut Ctx) -> Result<u8> {
    let opened = ctx.open_file()?;
    let conn = &opened.conn;
    let version = db::migrate::version(conn)?;
    let head = db::audit::anchor(conn)?;
    let size = std::fs::metadata(&ctx.db_path)
        .with_context(|| crate::t!("file-cannot-read", path = ctx.db_path.display().to_string()))?
        .len();
    let encrypted = opened.key.is_some();
    let key_from = ctx.key_source().filter(|_| encrypted).map(|s| s.label());
    let value = json!({
        "db": ctx.db_path.display().to_string(),
        "encrypted": encrypted,
        "key_from": key_from,
        "schema_version": version,
        "size_bytes": size,
        "audit_head": head,
    });
    let head = head
        .map(|a| a.line())
        .unwrap_or_else(|| crate::t!("file-status-no-head"));
    let path = ctx.db_path.display().to_string();
    let line = match key_from {
        Some(from) => crate::t!(
            "file-status-encrypted",
            path = path,
            from = from.to_string(),
            version = version.to_string(),
            size = size.to_string(),
            head = head
        ),
        None => crate::t!(
            "file-status-plain",
            path = path,
            version = version.to_string(),
            size = size.to_string(),
            head = head
        ),
    };
    ctx.out.value(&value, &line)?;
    Ok(0)
}

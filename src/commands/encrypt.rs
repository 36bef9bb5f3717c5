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
    crate::commands::init::offer_keyring(ctx, &key, false)?;
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
    if let Some(old) = &opened.key
        && (*old == key || *old == file::keyring_form(&ctx.db_path, &key))
    {
        ctx.out.done(&format!(
            "the new key is the one {} already has: nothing was changed",
            ctx.db_path.display()
        ))?;
        return Ok(0);
    }
    rewrite(ctx, opened.conn, &key)?;
    let mut conn = db::open_with(&ctx.db_path, db::Access::Write, &mut || Ok(key.clone()))?.conn;
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(&tx, "rekey", "database", "1", "passphrase changed")?;
    tx.commit()?;
    ctx.out.done(&format!(
        "changed the passphrase of {}; backups taken before keep the old passphrase",
        ctx.db_path.display()
    ))?;
    // The keyring's entry, if there is one, follows the file.
    match keystore::get(&ctx.db_path) {
        keystore::Lookup::Found(_) => match keystore::store(&ctx.db_path, &key) {
            Ok(()) => ctx.out.note(&format!(
                "the new key replaces the old one in the {}",
                keystore::name()
            ))?,
            Err(why) => ctx.out.warn(&format!(
                "the {} still holds the old key ({why}): run `livcr key forget`, then `livcr key \
                 store` with the new one",
                keystore::name()
            ))?,
        },
        keystore::Lookup::Unreachable(why) if keystore::exists_here() => ctx.out.warn(&format!(
            "the {} could not be reached ({why}): if it keeps the old key of this file, that \
             entry no longer opens it; where the keyring can be reached, run `livcr key forget`, \
             or `livcr key store` with the new key to replace it",
            keystore::name()
        ))?,
        _ => {}
    }
    Ok(0)
}

pub fn key(ctx: &mut Ctx, cmd: KeyCmd) -> Result<u8> {
    match cmd {
        KeyCmd::New { file: path } => {
            if path.exists() {
                return Err(fail_hint(
                    format!(
                        "{} already exists; livcr never overwrites a key file",
                        path.display()
                    ),
                    "choose another path",
                ));
            }
            file::write_new_key_file(&path)?;
            ctx.out.done(&format!(
                "wrote a new random 256-bit key to {} (mode 0600)",
                path.display()
            ))?;
            ctx.out.note(
                "use it with `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` or \
                 `livcr rekey --new-key-file FILE`; keep a copy away from the database and its \
                 backups: a lost key means lost data",
            )?;
        }
        KeyCmd::Store => {
            let opened = ctx.open_file()?;
            let Some(k) = opened.key else {
                return Err(fail_hint(
                    format!(
                        "{} is not encrypted: it has no key to keep",
                        ctx.db_path.display()
                    ),
                    "encrypt it with `livcr encrypt`",
                ));
            };
            if ctx.key_source() == Some(&KeySource::Keyring) {
                ctx.out.done(&format!(
                    "the key of {} is already kept in the {}",
                    ctx.db_path.display(),
                    keystore::name()
                ))?;
                return Ok(0);
            }
            keystore::store(&ctx.db_path, &k).map_err(|why| {
                let hint = match ctx.key_source() {
                    Some(KeySource::File(path, _)) => format!(
                        "nothing was kept; keep giving the key with the key file {} as now, or \
                         run `livcr key store` again where the keyring can be reached (on \
                         Linux the Secret Service needs a desktop session: GNOME Keyring, \
                         KWallet)",
                        path.display()
                    ),
                    _ => "nothing was kept; give the key with --key-file FILE (mode 0600) or \
                          type it on a terminal; on Linux the Secret Service needs a desktop \
                          session (GNOME Keyring, KWallet)"
                        .to_string(),
                };
                fail_hint(
                    format!("could not keep the key in the OS keyring: {why}"),
                    hint,
                )
            })?;
            let mut conn = opened.conn;
            let tx = crate::context::begin(&mut conn)?;
            ctx.audit(
                &tx,
                "key store",
                "database",
                "1",
                "key kept in the OS keyring",
            )?;
            tx.commit()?;
            ctx.out.done(&format!(
                "kept the key of {} in the {}: commands run by this account open it without a \
                 key file or a prompt",
                ctx.db_path.display(),
                keystore::name()
            ))?;
        }
        KeyCmd::Forget => {
            let removed = keystore::forget(&ctx.db_path).map_err(|why| {
                fail_hint(
                    format!("could not reach the OS keyring: {why}"),
                    "nothing was removed; try again in a desktop session",
                )
            })?;
            if removed {
                ctx.out.done(&format!(
                    "removed the key of {} from the {}; livcr now needs --key-file or the \
                     passphrase",
                    ctx.db_path.display(),
                    keystore::name()
                ))?;
            } else {
                ctx.out.note(&format!(
                    "the {} held no key for {}; nothing to remove",
                    keystore::name(),
                    ctx.db_path.display()
                ))?;
            }
        }
    }
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
    let key_from = ctx.key_source().filter(|_| encrypted).map(|s| s.label());
    let value = json!({
        "db": ctx.db_path.display().to_string(),
        "encrypted": encrypted,
        "key_from": key_from,
        "schema_version": version,
        "size_bytes": size,
        "audit_head": head,
    });
    let line = format!(
        "{}: {}, schema version {version}, {} bytes, audit head {}",
        ctx.db_path.display(),
        match key_from {
            Some(from) => format!("encrypted (SQLCipher), key: {from}"),
            None => "plain (not encrypted)".to_string(),
        },
        size,
        head.map(|a| a.line()).unwrap_or_else(|| "none".into())
    );
    ctx.out.value(&value, &line)?;
    Ok(0)
}

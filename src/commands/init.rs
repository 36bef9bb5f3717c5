//! `livcr init`: a new database, encrypted unless `--plain`.

use anyhow::Result;

use crate::cli::InitArgs;
use crate::context::Ctx;
use crate::db;
use crate::error::fail_hint;

pub fn run(ctx: &mut Ctx, args: &InitArgs) -> Result<u8> {
    if ctx.db_path.exists() {
        // db::create_with refuses too; checked first so that nobody types a passphrase for it.
        drop(db::create_with(&ctx.db_path, None)?);
    }
    let key = if args.plain {
        None
    } else {
        Some(new_key(ctx, "init")?)
    };
    let mut conn = db::create_with(&ctx.db_path, key.as_deref())?;
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(
        &tx,
        "init",
        "database",
        "1",
        &format!(
            // i18n-ok: stored
            "database created, schema version {}, {}",
            db::migrate::LATEST,
            if key.is_some() { "encrypted" } else { "plain" }
        ),
    )?;
    tx.commit()?;
    drop(conn);
    let path = ctx.db_path.display().to_string();
    if let Some(key) = &key {
        ctx.out.done(&crate::t!(
            "file-init-created-encrypted",
            path = path.as_str()
        ))?;
        let kept = offer_keyring(ctx, key, args.keyring)?;
        if !kept {
            forget_stale_entry(ctx)?;
        }
        if ctx.key_file.is_none() && !kept {
            ctx.out.note(&crate::t!("file-init-will-ask"))?;
        }
    } else {
        ctx.out
            .done(&crate::t!("file-init-created-plain", path = path.as_str()))?;
        forget_stale_entry(ctx)?;
        ctx.out.warn(&crate::t!("file-init-plain-warning"))?;
    }
    ctx.out.note(&crate::t!("file-init-next"))?;
    Ok(0)
}

/// Removes an entry the OS keyring still holds for this path (from an earlier database there,
/// deleted by hand) when init did not store the new key over it: left there, it would be tried
/// on every later command and fail. A keyring out of reach holds nothing livcr would read.
fn forget_stale_entry(ctx: &mut Ctx) -> Result<()> {
    if let Ok(true) = crate::keystore::forget(&ctx.db_path) {
        ctx.out.note(&crate::t!(
            "file-keyring-stale-removed",
            keyring = crate::keystore::name(),
            path = ctx.db_path.display().to_string()
        ))?;
    }
    Ok(())
}

/// Keeps `key` in the OS keyring when the user asked (`--keyring`), or, on a terminal without a
/// key file, when they answer yes (default No) to the question; the question is not asked when
/// no keyring can be reached. Returns true when the key was kept. A keyring asked for and out of
/// reach is a warning (the file itself is fine) naming what to do later.
pub fn offer_keyring(ctx: &mut Ctx, key: &str, asked: bool) -> Result<bool> {
    use crate::keystore;
    let wanted = asked
        || (ctx.key_file.is_none()
            && ctx.interactive()
            && !matches!(
                keystore::get(&ctx.db_path),
                keystore::Lookup::Unreachable(_)
            )
            && crate::prompt::confirm(
                &crate::t!("file-keyring-question", keyring = keystore::name()),
                false,
            )?);
    if !wanted {
        return Ok(false);
    }
    match keystore::store(&ctx.db_path, key) {
        Ok(()) => {
            ctx.out
                .note(&crate::t!("file-keyring-kept", keyring = keystore::name()))?;
            Ok(true)
        }
        Err(why) => {
            ctx.out
                .warn(&crate::t!("file-keyring-failed", why = why.to_string()))?;
            Ok(false)
        }
    }
}

/// A new passphrase: from the key file, else typed twice on a terminal after the warning that
/// a lost passphrase means lost data. `verb` names the command in the error.
pub fn new_key(ctx: &mut Ctx, verb: &str) -> Result<String> {
    if let Some((path, _)) = &ctx.key_file {
        return db::file::read_key_file(path);
    }
    if !ctx.interactive() {
        return Err(fail_hint(
            crate::t!("file-needs-passphrase", verb = verb),
            crate::t!("file-needs-passphrase-hint"),
        ));
    }
    new_passphrase(ctx)
}

/// Asks for a new passphrase twice, after the warning.
pub fn new_passphrase(ctx: &mut Ctx) -> Result<String> {
    ctx.out.warn(&crate::t!(
        "file-passphrase-warning",
        min = db::file::MIN_PASSPHRASE
    ))?;
    let p = crate::prompt::new_password(&crate::t!("file-passphrase-new"))?;
    db::file::check_passphrase(&p)?;
    Ok(p)
}

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
            "database created, schema version {}, {}",
            db::migrate::LATEST,
            if key.is_some() { "encrypted" } else { "plain" }
        ),
    )?;
    tx.commit()?;
    drop(conn);
    let path = ctx.db_path.display().to_string();
    if let Some(key) = &key {
        ctx.out
            .done(&format!("created database {path} (encrypted, SQLCipher)"))?;
        let kept = offer_keyring(ctx, key, args.keyring)?;
        if !kept {
            forget_stale_entry(ctx)?;
        }
        if ctx.key_file.is_none() && !kept {
            ctx.out.note(
                "livcr will ask for the passphrase on every command; for cron and scripts put it \
                 in a key file of mode 0600 and name it with --key-file, LIVCR_KEY_FILE or the \
                 config's `key_file`",
            )?;
        }
    } else {
        ctx.out
            .done(&format!("created database {path} (plain: not encrypted)"))?;
        forget_stale_entry(ctx)?;
        ctx.out.warn(
            "anyone who gets a copy of this file (a backup, a USB stick, a laptop sent for repair) \
             can read every case; encrypt it with `livcr encrypt`",
        )?;
    }
    ctx.out
        .note("next: add your cell with `livcr cell add CODE --name NAME --municipality NIS`")?;
    Ok(0)
}

/// Removes an entry the OS keyring still holds for this path (from an earlier database there,
/// deleted by hand) when init did not store the new key over it: left there, it would be tried
/// on every later command and fail. A keyring out of reach holds nothing livcr would read.
fn forget_stale_entry(ctx: &mut Ctx) -> Result<()> {
    if let Ok(true) = crate::keystore::forget(&ctx.db_path) {
        ctx.out.note(&format!(
            "removed the key the {} still held for {} (from an earlier database at this path):              it does not open the new file",
            crate::keystore::name(),
            ctx.db_path.display()
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
                &format!(
                    "Keep the passphrase in the {} so that livcr does not ask for it on this \
                     account?",
                    keystore::name()
                ),
                false,
            )?);
    if !wanted {
        return Ok(false);
    }
    match keystore::store(&ctx.db_path, key) {
        Ok(()) => {
            ctx.out.note(&format!(
                "the key is kept in the {}: commands run by this account open the file without \
                 asking; `livcr key forget` removes it",
                keystore::name()
            ))?;
            Ok(true)
        }
        Err(why) => {
            ctx.out.warn(&format!(
                "could not keep the key in the OS keyring ({why}); livcr will need the key file \
                 or the passphrase; try again later with `livcr key store`"
            ))?;
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
            format!("`livcr {verb}` needs a passphrase and cannot ask for one here"),
            "give a key file with --key-file FILE (mode 0600, the passphrase on its first line), \
             or create an unencrypted file with `livcr init --plain`",
        ));
    }
    new_passphrase(ctx)
}

/// Asks for a new passphrase twice, after the warning.
pub fn new_passphrase(ctx: &mut Ctx) -> Result<String> {
    ctx.out.warn(&format!(
        "the passphrase is the only way into the file: a lost passphrase means lost data, backups \
         included. Keep it in a password manager or a sealed envelope in the safe, never beside \
         the file or its backups. At least {} characters; a few random words are easiest.",
        db::file::MIN_PASSPHRASE
    ))?;
    let p = crate::prompt::new_password("New passphrase")?;
    db::file::check_passphrase(&p)?;
    Ok(p)
}

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
    let path = ctx.db_path.display().to_string();
    if key.is_some() {
        ctx.out
            .done(&format!("created database {path} (encrypted, SQLCipher)"))?;
        if ctx.key_file.is_none() {
            ctx.out.note(
                "livcr will ask for the passphrase on every command; for cron and scripts put it \
                 in a key file of mode 0600 and name it with --key-file, LIVCR_KEY_FILE or the \
                 config's `key_file`",
            )?;
        }
    } else {
        ctx.out
            .done(&format!("created database {path} (plain: not encrypted)"))?;
        ctx.out.warn(
            "anyone who gets a copy of this file (a backup, a USB stick, a laptop sent for repair) \
             can read every case; encrypt it with `livcr encrypt`",
        )?;
    }
    ctx.out
        .note("next: add your cell with `livcr cell add CODE --name NAME --municipality NIS`")?;
    Ok(0)
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

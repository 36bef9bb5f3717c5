//! `livcr init`.

use anyhow::Result;

use crate::context::Ctx;
use crate::db;

pub fn run(ctx: &mut Ctx) -> Result<u8> {
    ctx.check_format(&[])?;
    let mut conn = db::create(&ctx.db_path)?;
    let tx = crate::context::begin(&mut conn)?;
    ctx.audit(
        &tx,
        "init",
        "database",
        "1",
        &format!("database created, schema version {}", db::migrate::LATEST),
    )?;
    tx.commit()?;
    let path = ctx.db_path.display().to_string();
    ctx.out.done(&format!("created database {path}"))?;
    ctx.out
        .note("next: add your cell with `livcr cell add CODE --name NAME --municipality NIS`")?;
    Ok(0)
}

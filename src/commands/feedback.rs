//! `livcr feedback …` (the feedback form and its consensus gate, rule R7).

use anyhow::Result;
use rusqlite::Connection;

use crate::context::Ctx;

/// The participants of an agenda item changed: consents given to forms decided in that item no
/// longer hold.
pub fn participants_changed(_ctx: &mut Ctx, _conn: &Connection, _item_id: i64) -> Result<()> {
    Ok(())
}

/// Cases with a feedback form waiting for the cell's decision.
pub fn pending_cases(_conn: &Connection, _cell_id: i64) -> Result<Vec<i64>> {
    Ok(Vec::new())
}

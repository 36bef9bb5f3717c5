//! Resolving what users type: the cell, organisations, members, dates.

use anyhow::Result;
use rusqlite::Connection;

use crate::context::Ctx;
use crate::db::composition::{self as comp, Cell, Org, Person};
use crate::domain::dates::parse_date;
use crate::domain::text::fold;
use crate::error::{fail, fail_hint};

/// ISO text of a date typed by the user (ISO, DD/MM/YYYY or relative), or today.
pub fn date_or_today(ctx: &Ctx, input: Option<&str>) -> Result<String> {
    Ok(iso(match input {
        Some(s) => parse_date(s, ctx.clock.today)?,
        None => ctx.clock.today,
    }))
}

pub fn date(ctx: &Ctx, input: &str) -> Result<String> {
    Ok(iso(parse_date(input, ctx.clock.today)?))
}

pub use crate::domain::dates::iso;

/// The cell named by `code`, else --cell / the config's cell, else the only cell.
pub fn cell(ctx: &Ctx, conn: &Connection, code: Option<&str>) -> Result<Cell> {
    let cell = find_cell(ctx, conn, code)?;
    crate::db::gate::set_cell_lang(&cell.lang);
    Ok(cell)
}

fn find_cell(ctx: &Ctx, conn: &Connection, code: Option<&str>) -> Result<Cell> {
    if let Some(code) = code.or(ctx.cell.as_deref()) {
        return comp::cell_by_code(conn, code.trim())?.ok_or_else(|| {
            let known: Vec<String> = comp::cells(conn)
                .unwrap_or_default()
                .into_iter()
                .map(|c| c.code)
                .collect();
            fail_hint(
                crate::t!("lookup-unknown-cell", code = format!("{code:?}")),
                if known.is_empty() {
                    crate::t!("lookup-no-cell-yet")
                } else {
                    crate::t!("lookup-cells-in-file", cells = known.join(", "))
                },
            )
        });
    }
    let mut all = comp::cells(conn)?;
    match all.len() {
        0 => Err(fail_hint(
            crate::t!("lookup-file-no-cell"),
            crate::t!("lookup-file-no-cell-hint"),
        )),
        1 => Ok(all.remove(0)),
        _ => Err(fail_hint(
            crate::t!("lookup-several-cells"),
            crate::t!(
                "lookup-several-cells-hint",
                cells = all
                    .iter()
                    .map(|c| c.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// An organisation by id, or by name (exact, else a unique part), ignoring case and accents.
pub fn org(conn: &Connection, input: &str) -> Result<Org> {
    let input = input.trim();
    if let Ok(id) = input.trim_start_matches('#').parse::<i64>() {
        return comp::org_by_id(conn, id)?.ok_or_else(|| {
            fail_hint(
                crate::t!("lookup-no-org-id", id = id),
                crate::t!("lookup-list-orgs"),
            )
        });
    }
    let all = comp::orgs(conn)?;
    let wanted = fold(input);
    if let Some(o) = all.iter().find(|o| fold(&o.name) == wanted) {
        return Ok(o.clone());
    }
    let partial: Vec<&Org> = all
        .iter()
        .filter(|o| fold(&o.name).contains(&wanted))
        .collect();
    match partial.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(fail_hint(
            crate::t!("lookup-unknown-org", input = format!("{input:?}")),
            crate::t!("lookup-unknown-org-hint"),
        )),
        many => Err(fail_hint(
            crate::t!(
                "lookup-org-ambiguous",
                input = format!("{input:?}"),
                matches = many
                    .iter()
                    .map(|o| format!("#{} {}", o.id, o.name))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            crate::t!("lookup-org-ambiguous-hint"),
        )),
    }
}

/// A member by id, e-mail, or a unique part of the name.
pub fn member(conn: &Connection, input: &str) -> Result<Person> {
    let input = input.trim();
    if let Ok(id) = input.trim_start_matches('#').parse::<i64>() {
        return comp::person(conn, id)?.ok_or_else(|| {
            fail_hint(
                crate::t!("lookup-no-member-id", id = id),
                crate::t!("lookup-list-members"),
            )
        });
    }
    if input.contains('@') {
        return comp::person_by_email(conn, input)?.ok_or_else(|| {
            fail_hint(
                crate::t!("lookup-no-member-email", input = format!("{input:?}")),
                crate::t!("lookup-list-members"),
            )
        });
    }
    let wanted = fold(input);
    if wanted.is_empty() {
        return Err(fail(crate::t!("lookup-empty-member")));
    }
    let all = comp::persons(conn)?;
    let exact: Vec<&Person> = all.iter().filter(|p| fold(&p.name) == wanted).collect();
    if let [one] = exact.as_slice() {
        return Ok((*one).clone());
    }
    let partial: Vec<&Person> = all
        .iter()
        .filter(|p| fold(&p.name).contains(&wanted))
        .collect();
    match partial.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(fail_hint(
            crate::t!("lookup-unknown-member", input = format!("{input:?}")),
            crate::t!("lookup-unknown-member-hint"),
        )),
        many => Err(fail_hint(
            crate::t!(
                "lookup-member-ambiguous",
                input = format!("{input:?}"),
                matches = many
                    .iter()
                    .map(|p| format!(
                        "#{} {} ({})",
                        p.id,
                        p.name,
                        p.email.as_deref().unwrap_or(&p.organisation)
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            crate::t!("lookup-member-ambiguous-hint"),
        )),
    }
}

/// A missing-values error for a non-interactive run.
pub fn missing(flags: &[&str]) -> anyhow::Error {
    fail_hint(
        crate::t!("lookup-missing", flags = flags.join(", ")),
        crate::t!("lookup-missing-hint"),
    )
}

/// A case of the cell by its code (case and dashes ignored); a typo one edit away from a real
/// code gets "did you mean".
pub fn case(
    ctx: &Ctx,
    conn: &Connection,
    cell: &Cell,
    input: &str,
) -> Result<crate::db::case::Case> {
    use crate::domain::casecode;
    let today = iso(ctx.clock.today);
    let parsed = casecode::parse(input);
    // A case of another cell is as unknown here as a code that does not exist.
    if let Ok(code) = &parsed
        && let Some(c) = crate::db::case::by_code(conn, code.as_str(), &today)?
        && c.cell_id == cell.id
    {
        return Ok(c);
    }
    let codes = crate::db::case::codes_of_cell(conn, cell.id)?;
    let near = casecode::did_you_mean(input, codes.iter().map(String::as_str));
    let shown = casecode::normalize(input);
    let message = match parsed {
        // Not echoed when it looks like an identifier typed where the code belongs (R8).
        Err(e) if near.is_empty() && crate::domain::privacy::lint(input).is_empty() => {
            return Err(e);
        }
        Err(_) if near.is_empty() => {
            return Err(fail_hint(
                crate::t!(
                    "lookup-invalid-case-code",
                    count = shown.chars().count(),
                    alphabet = casecode::ALPHABET
                ),
                crate::t!("casecode-hint", example = casecode::EXAMPLE),
            ));
        }
        Err(_) => crate::t!("lookup-not-a-case-code", code = format!("{shown:?}")),
        Ok(code) => crate::t!("lookup-unknown-case", code = code.to_string()),
    };
    Err(if near.is_empty() {
        fail_hint(message, crate::t!("lookup-list-cases"))
    } else {
        let or = format!(" {} ", crate::t!("word-or"));
        fail_hint(
            message,
            crate::t!("lookup-did-you-mean", codes = near.join(&or)),
        )
    })
}

/// A free text given as an argument, read from a file (`-` is standard input), or, on a
/// terminal, written in $EDITOR; trimmed, and refused when empty. `what` names it in messages.
/// A file, standard input and the editor's file are read within the limits of
/// [`crate::prompt::read_text_file`]: a regular file, at most 64 KiB, UTF-8, no NUL.
pub fn text_input(
    ctx: &Ctx,
    text: Option<String>,
    file: Option<&std::path::Path>,
    what: &str,
) -> Result<String> {
    let raw = match (text, file) {
        (Some(t), _) => t,
        (None, Some(p)) if p == std::path::Path::new("-") => crate::prompt::read_text_stdin(what)?,
        (None, Some(p)) => crate::prompt::read_text_file(p, what)?,
        (None, None) if ctx.interactive() => crate::prompt::editor()?,
        // i18n-ok: machine (the argument and option a script gives)
        (None, None) => return Err(missing(&["TEXT (or --file FILE)"])),
    };
    let t = raw.trim().to_string();
    if t.is_empty() {
        return Err(fail(crate::t!("lookup-empty-text", what = what)));
    }
    Ok(t)
}

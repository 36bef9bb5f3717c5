//! `completions` and `man`: generated from the clap tree in the interface language
//! (`cli::localized_command()`), so they always match `--help`.

use std::path::Path;

use anyhow::{Context, Result};
use clap::Command;

use crate::cli::ManArgs;
use crate::context::Ctx;

pub fn completions(ctx: &mut Ctx, shell: clap_complete::Shell) -> Result<u8> {
    let mut cmd = crate::cli::localized_command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "livcr", &mut buf);
    ctx.out.raw(&String::from_utf8_lossy(&buf))?;
    Ok(0)
}

pub fn man(ctx: &mut Ctx, args: &ManArgs) -> Result<u8> {
    match &args.out {
        None => {
            let text = roff(&page(man_tree()))?;
            ctx.out.raw(&text)?;
        }
        Some(dir) => {
            let pages = write_pages(dir)?;
            ctx.out.done(&crate::t!(
                "man-wrote-pages",
                count = pages,
                dir = dir.display().to_string()
            ))?;
        }
    }
    Ok(0)
}

/// The tree the pages document, in the interface language (as `cli::localized_command()`):
/// without clap's `help` subcommand (`livcr help case` is `livcr case --help`), which has no
/// page of its own. It is left out before the tree is localized, which builds it.
fn man_tree() -> Command {
    crate::i18n::clap_text::localize(
        crate::cli::command().disable_help_subcommand(true),
        crate::i18n::lang(),
    )
}

/// The manual page of one command (its name in the page is `livcr-case-list`).
fn page(cmd: Command) -> clap_mangen::Man {
    clap_mangen::Man::new(cmd)
        .source(format!("livcr {}", env!("CARGO_PKG_VERSION")))
        .manual(crate::t!("man-manual"))
}

/// A page as roff, its section headings in the interface language.
fn roff(page: &clap_mangen::Man) -> Result<String> {
    let mut buf = Vec::new();
    page.render(&mut buf)?;
    Ok(crate::i18n::clap_text::man_headings(
        &String::from_utf8_lossy(&buf),
        crate::i18n::lang(),
    ))
}

/// Writes one page per command into `dir` (created if missing); returns how many.
fn write_pages(dir: &Path) -> Result<usize> {
    std::fs::create_dir_all(dir)
        .with_context(|| crate::t!("man-cannot-create-folder", dir = dir.display().to_string()))?;
    let mut root = man_tree();
    root.build();
    let mut written = 0;
    write_tree(&root, dir, &mut written)?;
    Ok(written)
}

fn write_tree(cmd: &Command, dir: &Path, written: &mut usize) -> Result<()> {
    let page = page(cmd.clone());
    let path = dir.join(page.get_filename());
    std::fs::write(&path, roff(&page)?)
        .with_context(|| crate::t!("man-cannot-write-page", dir = dir.display().to_string()))?;
    *written += 1;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_tree(sub, dir, written)?;
    }
    Ok(())
}

//! Documents (agenda, minutes, feedback form, reports): a small document model rendered to
//! Markdown or to one self-contained printable HTML page, with every label in one language
//! (rule R15: LIVC-R in NL/DE/EN, CSIL-R in FR, never mixed in one document).

pub mod ics;
pub mod labels;

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::domain::Lang;

/// A block of a document.
#[derive(Debug, Clone)]
pub enum Block {
    Heading(String),
    /// A heading under a heading (an item of the minutes).
    Subheading(String),
    Para(String),
    List(Vec<String>),
    /// Numbered lines that keep their own numbers (agenda items).
    Numbered(Vec<(i64, String)>),
    Table(Vec<String>, Vec<Vec<String>>),
}

/// A confidential document in one language.
#[derive(Debug, Clone)]
pub struct Doc {
    pub lang: Lang,
    pub title: String,
    /// Label/value lines under the title (date, time, place…).
    pub meta: Vec<(String, String)>,
    pub blocks: Vec<Block>,
    /// The audit chain's anchor line (`livcr-anchor v1 …`), printed whole on its own line at
    /// the end, so that `livcr audit verify --anchor FILE` reads it back from the document.
    pub anchor: Option<String>,
}

use crate::output::{html_text as html_escape, md_inline, md_lines, md_text};

impl Doc {
    pub fn new(lang: Lang, title: String) -> Doc {
        Doc {
            lang,
            title,
            meta: Vec::new(),
            blocks: Vec::new(),
            anchor: None,
        }
    }

    /// Markdown, with the confidentiality marking at the top and the bottom. Every text is
    /// escaped ([`md_inline`], [`md_text`], [`md_lines`]): whatever a name, an item or a note holds, it stays
    /// text in the block it was placed in.
    pub fn markdown(&self) -> String {
        let mark = md_inline(labels::confidential(self.lang));
        let mut out = format!("**{mark}**\n\n# {}\n\n", md_inline(&self.title));
        for (k, v) in &self.meta {
            out.push_str(&format!("- **{}**: {}\n", md_inline(k), md_inline(v)));
        }
        for b in &self.blocks {
            out.push('\n');
            match b {
                Block::Heading(h) => out.push_str(&format!("## {}\n", md_inline(h))),
                Block::Subheading(h) => out.push_str(&format!("### {}\n", md_inline(h))),
                Block::Para(p) => out.push_str(&format!("{}\n", md_lines(p))),
                Block::List(items) => {
                    for i in items {
                        out.push_str(&format!("- {}\n", md_text(i)));
                    }
                }
                // Not a Markdown ordered list: renderers keep only a list's first number and
                // count on from it, while these numbers are the items' own (`meeting decide M
                // N`) and have gaps. Each item is a paragraph whose number's dot is escaped,
                // so that every renderer shows `13.` as written.
                Block::Numbered(items) => {
                    for (k, (n, i)) in items.iter().enumerate() {
                        if k > 0 {
                            out.push('\n');
                        }
                        out.push_str(&format!("{n}\\. {}\n", md_text(i)));
                    }
                }
                Block::Table(head, rows) => {
                    let head: Vec<String> = head.iter().map(|h| md_inline(h)).collect();
                    out.push_str(&format!("| {} |\n", head.join(" | ")));
                    out.push_str(&format!(
                        "|{}\n",
                        head.iter().map(|_| " --- |").collect::<String>()
                    ));
                    for r in rows {
                        let cells: Vec<String> = r.iter().map(|c| md_inline(c)).collect();
                        out.push_str(&format!("| {} |\n", cells.join(" | ")));
                    }
                }
            }
        }
        out.push_str(&format!("\n---\n\n*{mark}*\n"));
        if let Some(a) = &self.anchor {
            // A fixed shape (digits, a timestamp, hex): nothing to escape.
            out.push_str(&format!("\n{a}\n"));
        }
        out
    }

    // i18n-ok-begin: HTML and CSS markup of a document (its words come from labels.rs)
    /// One self-contained printable HTML page. The marking is a header and a footer on screen;
    /// on paper it is in the margin of every page (see [`STYLE`]).
    pub fn html(&self) -> String {
        let mark = html_escape(labels::confidential(self.lang));
        let mut body = String::new();
        body.push_str(&format!("<h1>{}</h1>\n", html_escape(&self.title)));
        if !self.meta.is_empty() {
            body.push_str("<dl>\n");
            for (k, v) in &self.meta {
                body.push_str(&format!(
                    "<dt>{}</dt><dd>{}</dd>\n",
                    html_escape(k),
                    html_escape(v)
                ));
            }
            body.push_str("</dl>\n");
        }
        for (n, b) in self.blocks.iter().enumerate() {
            match b {
                // A heading goes with its wide table to the landscape pages.
                Block::Heading(h) if self.blocks.get(n + 1).is_some_and(is_wide) => {
                    body.push_str(&format!("<h2 class=\"wide\">{}</h2>\n", html_escape(h)))
                }
                Block::Heading(h) => body.push_str(&format!("<h2>{}</h2>\n", html_escape(h))),
                Block::Subheading(h) => body.push_str(&format!("<h3>{}</h3>\n", html_escape(h))),
                Block::Para(p) => body.push_str(&format!("<p>{}</p>\n", html_escape(p))),
                Block::List(items) => {
                    body.push_str("<ul>\n");
                    for i in items {
                        body.push_str(&format!("<li>{}</li>\n", html_escape(i)));
                    }
                    body.push_str("</ul>\n");
                }
                Block::Numbered(items) => {
                    body.push_str("<ol>\n");
                    for (n, i) in items {
                        body.push_str(&format!("<li value=\"{n}\">{}</li>\n", html_escape(i)));
                    }
                    body.push_str("</ol>\n");
                }
                Block::Table(head, rows) => {
                    let class = if is_wide(b) { " class=\"wide\"" } else { "" };
                    body.push_str(&format!("<table{class}>\n<thead><tr>"));
                    for h in head {
                        body.push_str(&format!("<th>{}</th>", html_escape(h)));
                    }
                    body.push_str("</tr></thead>\n<tbody>\n");
                    for r in rows {
                        body.push_str("<tr>");
                        for c in r {
                            body.push_str(&format!("<td>{}</td>", html_escape(c)));
                        }
                        body.push_str("</tr>\n");
                    }
                    body.push_str("</tbody>\n</table>\n");
                }
            }
        }
        if let Some(a) = &self.anchor {
            // On a line of its own, so that no tag sticks to it.
            body.push_str(&format!("<p class=\"anchor\">\n{}\n</p>\n", html_escape(a)));
        }
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"robots\" content=\"noindex, nofollow\">\n<title>{title}</title>\n\
             <style>\n{STYLE}{boxes}</style>\n</head>\n<body>\n\
             <header class=\"confidential\">{mark}</header>\n\
             <footer class=\"confidential\">{mark}</footer>\n\
             <main>\n{body}</main>\n</body>\n</html>\n",
            lang = self.lang.as_str(),
            title = html_escape(&self.title),
            boxes = page_boxes(
                labels::confidential(self.lang),
                &self.title,
                labels::page(self.lang)
            ),
        )
    }

    /// Renders in `format` (`md` or `html`).
    pub fn render(&self, html: bool) -> String {
        if html { self.html() } else { self.markdown() }
    }
}

/// The print and screen style. On paper (A4) the marking, the title and the page number are
/// in the page margins (`@page` margin boxes), so they never cover the text; table headings
/// repeat on each page; rows, items and headings are not split from what follows them; a table
/// with many columns (the annual report's months) gets landscape pages of its own. On screen the
/// marking is a plain header and footer.
const STYLE: &str = "@page { size: A4 portrait; margin: 20mm 16mm 18mm 16mm; }
@page wide { size: A4 landscape; margin: 16mm 14mm 16mm 14mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.3;
  color: #111; margin: 0 auto; max-width: 180mm; }
header.confidential, footer.confidential { text-align: center; font-weight: bold; color: #a00;
  font-size: 9pt; letter-spacing: 0.05em; }
header.confidential { border-bottom: 1px solid #a00; padding: 0.3em 0; margin-bottom: 1em; }
footer.confidential { border-top: 1px solid #a00; padding: 0.3em 0; margin-top: 1.5em; }
h1 { font-size: 16pt; margin: 0.2em 0 0.6em 0; }
h2 { font-size: 12pt; margin: 1.2em 0 0.4em 0; border-bottom: 1px solid #ccc;
  break-after: avoid; page-break-after: avoid; }
h2 + p, h2 + ol, h2 + ul, h2 + table { break-before: avoid; }
h3 { font-size: 10.5pt; margin: 1em 0 0.3em 0; break-after: avoid; page-break-after: avoid; }
h3 + p, h3 + ul, h3 + table, ul + table { break-before: avoid; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dt { font-weight: bold; }
dd { margin: 0; }
p, li, dd, td, th { overflow-wrap: break-word; }
ol, ul { padding-left: 2em; }
li { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
thead { display: table-header-group; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.wide { font-size: 7.5pt; }
table.wide td:first-child { white-space: nowrap; }
table.wide th, table.wide td { padding: 0.2em 0.3em; }
table.wide td:not(:first-child), table.wide th:not(:first-child) { text-align: right; }
@media print {
  body { max-width: none; }
  header.confidential, footer.confidential { display: none; }
  table.wide, h2.wide { page: wide; }
}
";

/// The `@page` margin boxes of one document: the marking at the top, the title and the page
/// number at the bottom (inside CSS strings, so escaped for CSS and for the `<style>` element).
fn page_boxes(mark: &str, title: &str, page: &str) -> String {
    let boxes = format!(
        "@top-center {{ content: {m}; font: bold 9pt 'DejaVu Sans', Arial, sans-serif; color: #a00; \
         letter-spacing: 0.05em; border-bottom: 1px solid #a00; vertical-align: bottom; \
         padding-bottom: 2mm; margin-bottom: 3mm; }}\n  \
         @bottom-left {{ content: {t}; font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #444; \
         vertical-align: top; padding-top: 3mm; }}\n  \
         @bottom-right {{ content: {p} \" \" counter(page) \" / \" counter(pages); \
         font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #444; vertical-align: top; \
         padding-top: 3mm; }}",
        m = css_string(mark),
        t = css_string(title),
        p = css_string(page),
    );
    format!("@page {{\n  {boxes}\n}}\n@page wide {{\n  {boxes}\n}}\n")
}

// i18n-ok-end

/// A CSS string literal of `s`: quotes, backslashes, line breaks and `<` escaped (so that
/// no text can end the `<style>` element or the string).
fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c if c.is_control() || crate::output::is_bidi_control(c) => {
                out.push_str(&format!("\\{:x} ", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A cell's name as a document in `lang` names it (R15): the other language's term written
/// in it (`LIVC-R`, `livcr`, `LIVC R`, `L.I.V.C.-R.`; `CSIL-R` and its forms) becomes this
/// language's term, and a name without the term gets it in front (`Vlas` → `LIVC-R Vlas`).
/// `None` when the name is blank or still holds the other term afterwards (spelled so that it
/// cannot be replaced cleanly): the caller then writes a title of its own.
pub fn cell_name_in(name: &str, lang: Lang) -> Option<String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return None;
    }
    let term = lang.cell_term();
    // other_vocabulary(text, cell_lang) finds the term that is wrong for cell_lang.
    let (this, other) = if lang == Lang::Fr {
        ("fr", "nl")
    } else {
        ("nl", "fr")
    };
    let wrong: &[char] = if lang == Lang::Fr {
        &['l', 'i', 'v', 'c', 'r']
    } else {
        &['c', 's', 'i', 'l', 'r']
    };
    let name = replace_spelled(&name, wrong, term);
    if crate::domain::privacy::other_vocabulary(&name, this).is_some() {
        return None;
    }
    if crate::domain::privacy::other_vocabulary(&name, other).is_none() {
        return Some(format!("{term} {name}"));
    }
    Some(name)
}

/// `text` with every whole word run that spells `letters` (any case, letters joined by `.`,
/// `-`, `_` or spaces, an end dot included) replaced by `by`.
fn replace_spelled(text: &str, letters: &[char], by: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let joiner = |c: char| matches!(c, '.' | '-' | '_' | ' ');
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
        if starts_word && chars[i].to_ascii_lowercase() == letters[0] {
            // Match the letters with joiners between them.
            let mut j = i;
            let mut k = 0;
            while k < letters.len() && j < chars.len() {
                if chars[j].to_ascii_lowercase() == letters[k] {
                    k += 1;
                    j += 1;
                } else if k > 0 && joiner(chars[j]) {
                    j += 1;
                } else {
                    break;
                }
            }
            let ends_word = j == chars.len() || !chars[j].is_alphanumeric();
            if k == letters.len() && ends_word {
                // A dotted spelling (L.I.V.C.-R.) takes its last dot with it.
                if j < chars.len() && chars[j] == '.' && chars[i + 1] == '.' {
                    j += 1;
                }
                out.push_str(by);
                i = j;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Tables with more columns than this print smaller, on landscape pages.
const WIDE_TABLE: usize = 8;

/// Whether a block is a table that prints on landscape pages.
fn is_wide(b: &Block) -> bool {
    matches!(b, Block::Table(head, _) if head.len() > WIDE_TABLE)
}

/// Writes a document file atomically (temporary file in the same folder, then rename) with
/// mode 0600.
pub fn write_private(path: &Path, text: &str) -> Result<()> {
    // A device or a pipe is not replaced by a file: run as an administrator, a rename over
    // `/dev/null` would turn it into a regular file for the whole system.
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.file_type().is_file()
        && !meta.file_type().is_symlink()
    {
        return Err(crate::error::fail_hint(
            crate::t!("docs-not-a-regular-file", path = path.display().to_string()),
            crate::t!("docs-not-a-regular-file-hint"),
        ));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".livcr-")
        .tempfile_in(dir)
        .with_context(|| crate::t!("docs-cannot-write-in", dir = dir.display().to_string()))?;
    // On Windows the file inherits the folder's ACL (the user's profile is private to them).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| crate::t!("docs-setting-mode"))?;
    }
    tmp.write_all(text.as_bytes())
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| crate::t!("docs-writing", path = path.display().to_string()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| crate::t!("docs-writing", path = path.display().to_string()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Item numbers have gaps (13 after 2); a Markdown ordered list would show 2 and 3.
    #[test]
    fn numbered_items_keep_their_own_numbers_in_every_renderer() {
        let mut d = Doc::new(Lang::Nl, "LIVC-R Gent".into());
        d.blocks.push(Block::Numbered(vec![
            (2, "Casus".into()),
            (13, "1. Punt".into()),
        ]));
        let md = d.markdown();
        assert!(md.contains("\n2\\. Casus\n\n13\\. 1\\. Punt\n"), "{md}");
        // No line starts an ordered list.
        assert!(
            !md.lines().any(|l| {
                let digits = l.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0 && l[digits..].starts_with(['.', ')'])
            }),
            "{md}"
        );
        let html = d.html();
        assert!(
            html.contains("<li value=\"2\">Casus</li>\n<li value=\"13\">"),
            "{html}"
        );
    }

    #[test]
    fn a_heading_goes_with_its_wide_table_to_the_landscape_pages() {
        let mut d = Doc::new(Lang::Nl, "LIVC-R Gent".into());
        d.blocks.push(Block::Heading("Jaar".into()));
        d.blocks.push(Block::List(vec!["a".into()]));
        d.blocks.push(Block::Heading("Maand".into()));
        let head: Vec<String> = (0..=WIDE_TABLE).map(|c| c.to_string()).collect();
        d.blocks.push(Block::Table(head, vec![]));
        d.blocks.push(Block::Subheading("1. Punt".into()));
        let html = d.html();
        assert!(html.contains("<h2>Jaar</h2>"), "{html}");
        assert!(
            html.contains("<h2 class=\"wide\">Maand</h2>\n<table class=\"wide\">"),
            "{html}"
        );
        assert!(html.contains("h2.wide { page: wide; }"), "{html}");
        assert!(html.contains("<h3>1. Punt</h3>"), "{html}");
        assert!(d.markdown().contains("\n### 1. Punt\n"));
    }

    #[test]
    fn a_cells_name_in_each_vocabulary() {
        let nl = |n: &str| cell_name_in(n, Lang::Nl);
        let fr = |n: &str| cell_name_in(n, Lang::Fr);
        assert_eq!(
            nl("LIVC-R Kortrijk-Kuurne-Lendelede").as_deref(),
            Some("LIVC-R Kortrijk-Kuurne-Lendelede")
        );
        assert_eq!(
            fr("LIVC-R Kortrijk-Kuurne-Lendelede").as_deref(),
            Some("CSIL-R Kortrijk-Kuurne-Lendelede")
        );
        assert_eq!(fr("CSIL-R Namur").as_deref(), Some("CSIL-R Namur"));
        assert_eq!(nl("CSIL-R Namur").as_deref(), Some("LIVC-R Namur"));
        assert_eq!(nl("Vlas").as_deref(), Some("LIVC-R Vlas"));
        assert_eq!(fr("Vlas").as_deref(), Some("CSIL-R Vlas"));
        assert_eq!(nl("livcr  Gent").as_deref(), Some("livcr Gent"));
        assert_eq!(fr("livcr Gent").as_deref(), Some("CSIL-R Gent"));
        assert_eq!(fr("L.I.V.C.-R. Gent").as_deref(), Some("CSIL-R Gent"));
        assert_eq!(
            fr("De LIVC R van Gent").as_deref(),
            Some("De CSIL-R van Gent")
        );
        // Words that only begin like the term stay.
        assert_eq!(fr("Livcrab").as_deref(), Some("CSIL-R Livcrab"));
        assert_eq!(nl("  ").as_deref(), None);
    }

    #[test]
    fn html_is_escaped_and_marked_confidential() {
        let mut d = Doc::new(Lang::Fr, "CSIL-R <test>".into());
        d.blocks.push(Block::Para("a & b".into()));
        let html = d.html();
        assert!(html.contains("CSIL-R &lt;test&gt;"));
        assert!(html.contains("a &amp; b"));
        assert_eq!(
            html.matches(&format!(">{}<", labels::confidential(Lang::Fr)))
                .count(),
            2
        );
        assert!(
            html.contains("@top-center"),
            "the marking on every printed page"
        );
        // A title cannot end the style element or the CSS string.
        let d = Doc::new(Lang::Nl, "x\" } </style><script>".into());
        let html = d.html();
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(!html.contains("<script"));
        assert!(!html.contains("http"), "self-contained");
    }
}

//! Rendering: table / json / csv / md. The only module that prints data (stdout); messages and
//! warnings go to stderr. Everything writes to `io::Write`, so tests can render into a buffer.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

use anyhow::{Context, Result};
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Map, Value};

/// Output format of data commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table that fits the terminal (plain ASCII when piped or with NO_COLOR).
    Table,
    /// JSON: an array of objects for lists, an object for one record.
    Json,
    /// CSV with a header line.
    Csv,
    /// Markdown.
    Md,
}

/// A list section inside a record view: a title, columns, rows.
pub struct Section {
    pub title: String,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

/// The output of one run.
pub struct Out {
    pub format: Format,
    fancy: bool,
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
}

impl Out {
    /// Writes to the process's stdout and stderr.
    pub fn stdio(format: Format) -> Out {
        let fancy = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Out {
            format,
            fancy,
            stdout: Box::new(io::stdout()),
            stderr: Box::new(io::stderr()),
        }
    }

    /// Writes into the given sinks, without terminal styling.
    pub fn to_writers(format: Format, stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Out {
        Out {
            format,
            fancy: false,
            stdout,
            stderr,
        }
    }

    /// A list of rows with named columns. Column names are the JSON/CSV field names.
    pub fn list(&mut self, columns: &[&str], rows: &[Vec<Value>]) -> Result<()> {
        let text = match self.format {
            Format::Table => {
                if rows.is_empty() {
                    return self.note("nothing to show");
                }
                let mut table = self.table();
                table.set_header(columns.iter().map(|c| c.replace('_', " ")));
                for row in rows {
                    table.add_row(row.iter().map(table_cell));
                }
                format!("{table}\n")
            }
            Format::Json => {
                let array: Vec<Value> = rows.iter().map(|r| object(columns, r)).collect();
                json_text(&Value::Array(array))?
            }
            Format::Csv => csv_text(columns, rows)?,
            Format::Md => md_table(columns, rows),
        };
        self.write_out(&text)
    }

    /// One record: `json` is printed as it is for `--format json`; the other formats show the
    /// `fields` as label/value pairs followed by the sections.
    pub fn record(
        &mut self,
        json: &Value,
        fields: &[(&str, Value)],
        sections: &[Section],
    ) -> Result<()> {
        let text = match self.format {
            Format::Json => json_text(json)?,
            Format::Csv => {
                let rows: Vec<Vec<Value>> = fields
                    .iter()
                    .map(|(k, v)| vec![Value::from(*k), v.clone()])
                    .collect();
                csv_text(&["field", "value"], &rows)?
            }
            Format::Table => {
                let mut text = String::new();
                let mut table = self.table();
                for (k, v) in fields {
                    table.add_row(vec![k.to_string(), table_cell(v)]);
                }
                text.push_str(&format!("{table}\n"));
                for s in sections {
                    text.push_str(&format!("\n{}\n", s.title));
                    if s.rows.is_empty() {
                        text.push_str("  (none)\n");
                        continue;
                    }
                    let mut t = self.table();
                    t.set_header(s.columns.iter().map(|c| c.replace('_', " ")));
                    for row in &s.rows {
                        t.add_row(row.iter().map(table_cell));
                    }
                    text.push_str(&format!("{t}\n"));
                }
                text
            }
            Format::Md => {
                let mut text = String::new();
                for (k, v) in fields {
                    text.push_str(&format!("- **{k}**: {}\n", md_inline(&cell_text(v))));
                }
                for s in sections {
                    text.push_str(&format!("\n## {}\n\n", s.title));
                    if s.rows.is_empty() {
                        text.push_str("(none)\n");
                    } else {
                        text.push_str(&md_table(&s.columns, &s.rows));
                    }
                }
                text
            }
        };
        self.write_out(&text)
    }

    /// A value for scripts: JSON as it is, otherwise one line of text.
    pub fn value(&mut self, json: &Value, line: &str) -> Result<()> {
        match self.format {
            Format::Json => {
                let text = json_text(json)?;
                self.write_out(&text)
            }
            _ => self.line(line),
        }
    }

    /// A finished document (agenda, report, calendar) or other raw text, as it is.
    pub fn raw(&mut self, text: &str) -> Result<()> {
        self.write_out(&raw_guard(text))
    }

    /// One line of text on stdout.
    pub fn line(&mut self, text: &str) -> Result<()> {
        self.write_out(&format!("{}\n", terminal_text(text)))
    }

    /// A message on stderr.
    pub fn note(&mut self, msg: &str) -> Result<()> {
        self.err_line(&format!("note: {msg}"))
    }

    /// A warning on stderr (a rule marked W in domain.md, a linter warning).
    pub fn warn(&mut self, msg: &str) -> Result<()> {
        self.err_line(&format!("warning: {msg}"))
    }

    /// A confirmation of what a command did, on stderr (stdout stays for data).
    pub fn done(&mut self, msg: &str) -> Result<()> {
        self.err_line(msg)
    }

    fn err_line(&mut self, text: &str) -> Result<()> {
        // A closed stderr is not worth failing a command for.
        let _ = writeln!(self.stderr, "{}", terminal_text(text));
        Ok(())
    }

    fn write_out(&mut self, text: &str) -> Result<()> {
        self.stdout
            .write_all(text.as_bytes())
            .and_then(|_| self.stdout.flush())
            .context("writing to standard output")
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        if self.fancy {
            table
                .load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            table
                .load_style(presets::ASCII_FULL_CONDENSED)
                .force_no_tty();
        }
        table
    }
}

/// A cell as text: strings as they are, null as empty, booleans as yes/no.
pub fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Array(items) => items.iter().map(cell_text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn object(columns: &[&str], row: &[Value]) -> Value {
    let mut map = Map::new();
    for (c, v) in columns.iter().zip(row) {
        map.insert((*c).to_string(), v.clone());
    }
    Value::Object(map)
}

fn json_text(v: &Value) -> Result<String> {
    let s = serde_json::to_string_pretty(v).context("rendering JSON")?;
    // serde_json escapes C0 controls but writes DEL, C1 and bidirectional controls raw.
    let mut s = raw_guard(&s).into_owned();
    s.push('\n');
    Ok(s)
}

/// CSV text with a header (the csv crate quotes what needs quoting). Numbers are written as
/// they are, texts through [`csv_cell`].
pub fn csv_text(columns: &[&str], rows: &[Vec<Value>]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(columns).context("rendering CSV")?;
    for row in rows {
        w.write_record(row.iter().map(csv_field))
            .context("rendering CSV")?;
    }
    let bytes = w.into_inner().context("rendering CSV")?;
    String::from_utf8(bytes).context("rendering CSV")
}

/// A Markdown pipe table.
pub fn md_table(columns: &[&str], rows: &[Vec<Value>]) -> String {
    let mut text = format!("| {} |\n", columns.join(" | "));
    text.push_str(&format!(
        "|{}\n",
        columns.iter().map(|_| " --- |").collect::<String>()
    ));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|v| md_inline(&cell_text(v))).collect();
        text.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    text
}

// ---------------------------------------------------------------------------------------------
// Text that came from the file, made safe for each output. Stored text may predate the input
// rules (or come from a copied file), so every renderer treats it as hostile: nothing it holds
// may steer a terminal, a spreadsheet, a Markdown or HTML viewer, or a calendar program.
// ---------------------------------------------------------------------------------------------

/// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make
/// text read differently from how it is stored.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character that is never written raw where people read: C0 and C1 control characters,
/// DEL, and the bidirectional controls.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The visible form of a hidden character: `\e` for ESC, `\t`, `\r`, `\n`, otherwise
/// `\u{hex}` (`\u{7}` for BEL, `\u{202e}` for RIGHT-TO-LEFT OVERRIDE).
fn push_visible(out: &mut String, c: char) {
    match c {
        '\u{1b}' => out.push_str("\\e"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\n' => out.push_str("\\n"),
        c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
    }
}

/// `s` with every hidden character shown escaped (see [`is_hidden`]), except the characters in
/// `keep`. When `keep` holds `\n` but not `\r`, a CRLF line end becomes a plain `\n`.
pub fn escape_hidden<'a>(s: &'a str, keep: &[char]) -> Cow<'a, str> {
    if !s.chars().any(|c| is_hidden(c) && !keep.contains(&c)) {
        return Cow::Borrowed(s);
    }
    let crlf_to_lf = keep.contains(&'\n') && !keep.contains(&'\r');
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && crlf_to_lf && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_hidden(c) && !keep.contains(&c) {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a terminal line or message: line breaks and tabs stay, CRLF becomes a line break,
/// every other hidden character is shown escaped.
pub fn terminal_text(s: &str) -> Cow<'_, str> {
    escape_hidden(s, &['\n', '\t'])
}

/// A table cell: like [`terminal_text`], with tabs as spaces so the columns stay aligned. A
/// multi-line text (a note) keeps its line breaks: the table shows it on several lines.
fn table_cell(v: &Value) -> String {
    terminal_text(&cell_text(v)).replace('\t', "    ")
}

/// Text written raw (documents, calendars, JSON built by a command): the producers escape what
/// their format needs; this is the last guard. C0 controls other than tab and line ends are
/// shown as in [`terminal_text`]; DEL, C1 and bidirectional controls become `\uXXXX`, which is
/// also a valid escape inside a JSON string (serde_json escapes C0 itself but not those), so
/// JSON stays valid and faithful.
fn raw_guard(s: &str) -> Cow<'_, str> {
    let keep =
        |c: char, next: Option<char>| c == '\n' || c == '\t' || (c == '\r' && next == Some('\n'));
    let mut chars = s.chars().peekable();
    let mut bad = false;
    while let Some(c) = chars.next() {
        if is_hidden(c) && !keep(c, chars.peek().copied()) {
            bad = true;
            break;
        }
    }
    if !bad {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_hidden(c) || keep(c, chars.peek().copied()) {
            out.push(c);
        } else if u32::from(c) < 0x20 {
            push_visible(&mut out, c);
        } else {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        }
    }
    Cow::Owned(out)
}

/// A text cell of a CSV file: hidden characters other than tab and line feed shown escaped
/// (CRLF becomes a line feed, a lone CR `\r`, as a CSV is also read on a terminal), and a
/// leading `'` when the text begins with `=`, `+`, `-`, `@`, a tab or a carriage return, so
/// that a spreadsheet shows it as text instead of running it as a formula. A plain number
/// (`-3`, `2.5`) is left as it is: it is a figure, not a formula.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    let s = escape_hidden(s, &['\n', '\t']);
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(&s) {
        Cow::Owned(format!("'{s}"))
    } else {
        s
    }
}

/// `-12`, `3`, `-0.5`: an optional minus, digits, optionally a point and digits.
fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && frac.is_none_or(all_digits)
}

/// A CSV field from a JSON value: numbers as they are, texts through [`csv_cell`].
fn csv_field(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        other => csv_cell(&cell_text(other)).into_owned(),
    }
}

/// One line of Markdown text from a field: line breaks become spaces, and the text is escaped
/// so that it stays text wherever it is placed (a paragraph, a list item, a heading, a table
/// cell): it cannot start a heading, a list, a block quote, a code block or fence, a thematic
/// break or a table row, nor make a link, an image, emphasis, an autolink or raw HTML.
pub fn md_text(s: &str) -> String {
    let s = escape_hidden(s, &['\n', '\t']);
    let one_line: String = s
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    md_line(&one_line.replace('\t', " "))
}

/// Several lines of Markdown text from a field, for a paragraph: each line escaped as by
/// [`md_text`] and ended with a hard line break, blank lines dropped, so the field stays one
/// paragraph whatever its lines begin with.
pub fn md_lines(s: &str) -> String {
    let s = escape_hidden(s, &['\n', '\t']);
    s.split('\n')
        .map(|l| l.replace('\t', " "))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .map(|l| md_line(&l))
        .collect::<Vec<_>>()
        .join("\\\n")
}

/// One line of Markdown text from a field placed inside a line, after something else (a
/// heading's `## `, a label, a table cell): like [`md_text`] without escaping what only matters
/// at the start of a block (`1.`, `-`, `>`), so `## 1. Opening` stays as it reads.
pub fn md_inline(s: &str) -> String {
    let s = escape_hidden(s, &['\n', '\t']);
    let one_line: String = s
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    md_escape_inline(&one_line.replace('\t', " "), String::new())
}

/// Escapes one line (no line breaks) of Markdown text; see [`md_text`].
fn md_line(line: &str) -> String {
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    // At the start of a line: list and quote markers, setext underlines, ordered list numbers.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let mut rest = line;
    if line.starts_with(['-', '+', '=', '>']) {
        out.push('\\');
    } else if (1..=9).contains(&digits)
        && line[digits..].starts_with(['.', ')'])
        && line[digits + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
    {
        out.push_str(&line[..digits]);
        out.push('\\');
        rest = &line[digits..];
    }
    md_escape_inline(rest, out)
}

/// Appends `rest` to `out` with the inline escapes of [`md_text`].
fn md_escape_inline(rest: &str, mut out: String) -> String {
    let rest = rest.trim_start();
    let bytes = rest.as_bytes();
    let last_gt = rest.rfind('>');
    for (i, c) in rest.char_indices() {
        let next = bytes.get(i + 1).copied();
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' => out.push('\\'),
            // A tag, a comment, a processing instruction or an autolink starts `<` + letter,
            // `/`, `!` or `?`, and ends with a `>` further on, unless it opens an HTML block at
            // the start of the line; `<3` or `<K,` (a hidden small count) stays as it is.
            '<' if next.is_some_and(|b| b.is_ascii_alphabetic() || b"/!?".contains(&b))
                && (i == 0 || last_gt.is_some_and(|g| g > i)) =>
            {
                out.push('\\')
            }
            // An entity or character reference (`&amp;`, `&#60;`).
            '&' if next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'#') => out.push('\\'),
            // GitHub's extended autolinks (`http://…`, `www.…`).
            ':' if rest[i..].starts_with("://") => out.push('\\'),
            '.' if i >= 3 && bytes[i - 3..i].eq_ignore_ascii_case(b"www") => out.push('\\'),
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Text for an HTML page: `&`, `<`, `>` and `"` as entities, hidden characters escaped
/// visibly (line breaks and tabs stay).
pub fn html_text(s: &str) -> String {
    escape_hidden(s, &['\n', '\t'])
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// True when the error chain holds a broken pipe: the reader went away (`livcr … | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn render(format: Format) -> String {
        let buf = Buf::default();
        let mut out = Out::to_writers(format, Box::new(buf.clone()), Box::new(io::sink()));
        out.list(
            &["nis", "name"],
            &[
                vec!["21004".into(), "Brussel, Bruxelles".into()],
                vec!["62063".into(), "a | b".into()],
            ],
        )
        .unwrap();
        String::from_utf8(buf.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn every_format_renders_the_rows() {
        let csv = render(Format::Csv);
        assert_eq!(csv, "nis,name\n21004,\"Brussel, Bruxelles\"\n62063,a | b\n");
        let json: Value = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(json[1]["name"], "a | b");
        let md = render(Format::Md);
        assert!(md.contains("| 62063 | a \\| b |"), "{md}");
        let table = render(Format::Table);
        assert!(table.is_ascii() && table.contains("21004"), "{table}");
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_get_a_quote() {
        for (given, written) in [
            ("=1+2", "'=1+2"),
            ("+cmd", "'+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tX", "'\tX"),
            ("\rX", "\\rX"),
            ("\r\nX", "\nX"),
            ("-3", "-3"),
            ("-0.5", "-0.5"),
            ("a=b", "a=b"),
            ("'quoted", "'quoted"),
            ("\u{1b}[31mred", "\\e[31mred"),
            ("x\u{202e}y", "x\\u{202e}y"),
        ] {
            assert_eq!(csv_cell(given), written, "{given:?}");
        }
        let rows = vec![vec![
            Value::from(-4),
            Value::from("-4+1"),
            Value::from("=A1"),
        ]];
        let text = csv_text(&["n", "a", "b"], &rows).unwrap();
        assert_eq!(text, "n,a,b\n-4,'-4+1,'=A1\n");
    }

    #[test]
    fn terminal_text_shows_control_characters_escaped() {
        assert_eq!(terminal_text("\u{1b}]0;t\u{7}x"), "\\e]0;t\\u{7}x");
        assert_eq!(terminal_text("a\r\nb\tc\rd"), "a\nb\tc\\rd");
        assert_eq!(
            terminal_text("\u{202e}\u{2066}\u{9b}\u{7f}"),
            "\\u{202e}\\u{2066}\\u{9b}\\u{7f}"
        );
        assert!(matches!(terminal_text("plain é"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_stays_valid_and_faithful_without_raw_controls() {
        let v = Value::from("\u{1b}[1m \u{202e} \u{9b} \u{7f}");
        let text = json_text(&v).unwrap();
        assert!(!text.chars().any(|c| is_hidden(c) && c != '\n'), "{text:?}");
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn markdown_text_cannot_make_blocks_links_or_html() {
        for (given, written) in [
            ("# heading", "\\# heading"),
            ("- item", "\\- item"),
            ("+ item", "\\+ item"),
            ("1. item", "1\\. item"),
            ("12) item", "12\\) item"),
            ("> quote", "\\> quote"),
            ("```", "\\`\\`\\`"),
            ("[link](http://evil)", "\\[link\\](http\\://evil)"),
            ("![img](x.png)", "!\\[img\\](x.png)"),
            ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
            ("a &amp; b", "a \\&amp; b"),
            ("|a|b|", "\\|a\\|b\\|"),
            ("*em* _em_ ~~s~~", "\\*em\\* \\_em\\_ \\~\\~s\\~\\~"),
            ("see www.evil.be", "see www\\.evil.be"),
            ("a\n# b", "a \\# b"),
            ("14.00 uur, <3, <K, 2.", "14.00 uur, <3, <K, 2."),
        ] {
            assert_eq!(md_text(given), written, "{given:?}");
        }
        assert_eq!(md_inline("1. Opening"), "1. Opening");
        assert_eq!(
            md_lines("one\r\n- two\n\n# three"),
            "one\\\n\\- two\\\n\\# three"
        );
        assert_eq!(md_text("\u{1b}[31m"), "\\\\e\\[31m");
    }
}

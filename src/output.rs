//! Rendering: table / json / csv / md. The only module that prints data (stdout); messages and
//! warnings go to stderr. Everything writes to `io::Write`, so tests can render into a buffer.

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
                    table.add_row(row.iter().map(cell_text));
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
                    table.add_row(vec![k.to_string(), cell_text(v)]);
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
                        t.add_row(row.iter().map(cell_text));
                    }
                    text.push_str(&format!("{t}\n"));
                }
                text
            }
            Format::Md => {
                let mut text = String::new();
                for (k, v) in fields {
                    text.push_str(&format!("- **{k}**: {}\n", md_escape(&cell_text(v))));
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
        self.write_out(text)
    }

    /// One line of text on stdout.
    pub fn line(&mut self, text: &str) -> Result<()> {
        self.write_out(&format!("{text}\n"))
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
        let _ = writeln!(self.stderr, "{text}");
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
    let mut s = serde_json::to_string_pretty(v).context("rendering JSON")?;
    s.push('\n');
    Ok(s)
}

/// CSV text with a header (the csv crate quotes what needs quoting).
pub fn csv_text(columns: &[&str], rows: &[Vec<Value>]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(columns).context("rendering CSV")?;
    for row in rows {
        w.write_record(row.iter().map(cell_text))
            .context("rendering CSV")?;
    }
    let bytes = w.into_inner().context("rendering CSV")?;
    String::from_utf8(bytes).context("rendering CSV")
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown pipe table.
pub fn md_table(columns: &[&str], rows: &[Vec<Value>]) -> String {
    let mut text = format!("| {} |\n", columns.join(" | "));
    text.push_str(&format!(
        "|{}\n",
        columns.iter().map(|_| " --- |").collect::<String>()
    ));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|v| md_escape(&cell_text(v))).collect();
        text.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    text
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
}

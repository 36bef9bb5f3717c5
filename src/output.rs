//! Rendering: table / json / csv / md. The only module that prints data (stdout); messages and
//! warnings go to stderr. Everything writes to `io::Write`, so tests can render into a buffer.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

use anyhow::{Context, Result};
use comfy_table::{Cell, Color, ContentArrangement, ContentLineStyle, Table, TableStyle};
use serde_json::{Map, Value};
use unicode_width::UnicodeWidthStr;

/// When tables are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set or TERM is dumb.
    #[default]
    Auto,
    /// Always, also into a pipe or a file.
    Always,
    /// Never.
    Never,
}

/// How tables are laid out, from the global flags `--color`, `--wide` and `--columns`.
#[derive(Debug, Clone, Default)]
pub struct View {
    pub color: ColorChoice,
    /// Every column of a list, not only its default ones.
    pub wide: bool,
    /// These columns of a list, in this order (any format).
    pub columns: Option<Vec<String>>,
}

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
    /// Stdout is a terminal.
    terminal: bool,
    /// TERM=dumb: a terminal that shows plain ASCII only.
    dumb: bool,
    /// Box-drawing characters and `…` (a terminal that is not dumb); else plain ASCII.
    unicode: bool,
    color: bool,
    /// Columns available to a table: `COLUMNS`, else the terminal's width, else no limit.
    width: Option<usize>,
    view: View,
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
}

impl Out {
    /// Writes to the process's stdout and stderr.
    pub fn stdio(format: Format) -> Out {
        let terminal = io::stdout().is_terminal();
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let width = env_columns().or_else(|| {
            terminal
                .then(|| {
                    terminal_size::terminal_size_of(io::stdout())
                        .map(|(w, _)| usize::from(w.0))
                        .or_else(terminal_columns_only)
                })
                .flatten()
        });
        let mut out = Out {
            format,
            terminal,
            dumb,
            unicode: terminal && !dumb,
            color: false,
            width,
            view: View::default(),
            stdout: Box::new(io::stdout()),
            stderr: Box::new(io::stderr()),
        };
        out.set_view(View::default());
        out
    }

    /// Writes into the given sinks, without terminal styling or a width limit.
    pub fn to_writers(format: Format, stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Out {
        Out {
            format,
            terminal: false,
            dumb: false,
            unicode: false,
            color: false,
            width: None,
            view: View::default(),
            stdout,
            stderr,
        }
    }

    /// Applies the global table flags (`--color`, `--wide`, `--columns`).
    pub fn set_view(&mut self, view: View) {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        self.color = match view.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => self.terminal && !self.dumb && !no_color,
        };
        self.view = view;
    }

    /// A list of rows with named columns. Column names are the JSON/CSV field names.
    ///
    /// A table shows the list's default columns (all with `--wide`, or those of `--columns`)
    /// and fits the width: codes, dates, times and other single-word values are never cut;
    /// only free text is shortened, with `…`.
    pub fn list(&mut self, columns: &[&str], rows: &[Vec<Value>]) -> Result<()> {
        let chosen = self.chosen_columns(columns)?;
        let text = match self.format {
            Format::Table => {
                if rows.is_empty() {
                    return self.note(&crate::t!("output-nothing-to-show"));
                }
                let (shown, text) = self.fit_list(columns, rows, &chosen);
                if self.terminal && shown.len() < columns.len() {
                    let hidden: Vec<&str> = (0..columns.len())
                        .filter(|i| !shown.contains(i))
                        .map(|i| columns[i])
                        .collect();
                    let line = crate::t!(
                        "output-more-columns",
                        count = hidden.len(),
                        columns = hidden.join(", ")
                    );
                    let line = match self.width {
                        Some(w) => wrap(&line, w),
                        None => line,
                    };
                    let _ = writeln!(self.stderr, "{line}");
                }
                text
            }
            Format::Json => {
                let (cols, rows) =
                    select(columns, rows, self.view.columns.as_ref().map(|_| &chosen));
                let array: Vec<Value> = rows.iter().map(|r| object(&cols, r)).collect();
                json_text(&Value::Array(array))?
            }
            Format::Csv => {
                let (cols, rows) =
                    select(columns, rows, self.view.columns.as_ref().map(|_| &chosen));
                csv_text(&cols, &rows)?
            }
            Format::Md => {
                let (cols, rows) =
                    select(columns, rows, self.view.columns.as_ref().map(|_| &chosen));
                md_table(&cols, &rows)
            }
        };
        self.write_out(&text)
    }

    /// The indexes of the columns a list shows, before fitting: those of `--columns` (an
    /// unknown name is an error that lists the known ones), all with `--wide`, else the
    /// list's defaults.
    fn chosen_columns(&self, columns: &[&str]) -> Result<Vec<usize>> {
        if let Some(wanted) = &self.view.columns {
            let mut chosen = Vec::new();
            for w in wanted {
                let name = w.trim().replace(['-', ' '], "_").to_lowercase();
                if name.is_empty() {
                    continue;
                }
                match columns.iter().position(|c| *c == name) {
                    Some(i) if !chosen.contains(&i) => chosen.push(i),
                    Some(_) => {}
                    None => {
                        return Err(crate::error::fail_hint(
                            crate::t!("output-unknown-column", column = format!("{:?}", w.trim())),
                            crate::t!("output-this-list-has", columns = columns.join(", ")),
                        ));
                    }
                }
            }
            if !chosen.is_empty() {
                return Ok(chosen);
            }
        }
        if self.view.wide {
            return Ok((0..columns.len()).collect());
        }
        Ok(default_columns(columns))
    }

    /// A list as a table that fits [`Out::width`]; returns the columns shown and the text.
    fn fit_list(
        &self,
        columns: &[&str],
        rows: &[Vec<Value>],
        chosen: &[usize],
    ) -> (Vec<usize>, String) {
        // Columns the user named or asked for all of are kept; defaults may be dropped from
        // the right when even shortened they would not fit.
        let may_drop = self.view.columns.is_none() && !self.view.wide;
        let marked = minor_column(columns, chosen);
        let cols: Vec<Col> = chosen
            .iter()
            .map(|&i| {
                Col::new(
                    columns[i],
                    rows.iter()
                        .map(|r| mark_minor(one_line(r.get(i)), columns, r, marked == Some(i))),
                    false,
                )
            })
            .collect();
        let (keep, widths) = plan(&cols, self.width, may_drop);
        let shown: Vec<usize> = keep.iter().map(|&k| chosen[k]).collect();
        let body: Vec<Vec<String>> = rows
            .iter()
            .enumerate()
            .map(|(r, _)| {
                keep.iter()
                    .zip(&widths)
                    .map(|(&k, &w)| {
                        let col = &cols[k];
                        if col.free {
                            truncate(&col.cells[r], w, self.ellipsis())
                        } else {
                            col.cells[r].clone()
                        }
                    })
                    .collect()
            })
            .collect();
        let headers: Vec<&str> = keep.iter().map(|&k| cols[k].header.as_str()).collect();
        let mut table = self.table();
        table.set_header(self.header_cells(&headers, &widths, &body));
        for (cells, row) in body.into_iter().zip(rows) {
            let cells = cells
                .into_iter()
                .enumerate()
                .map(|(j, text)| self.paint(Cell::new(text), columns, row, chosen[keep[j]]));
            table.add_row(cells.collect::<Vec<_>>());
        }
        (shown, self.finish(table))
    }

    /// `…` where the terminal shows it, `...` in plain ASCII.
    fn ellipsis(&self) -> &'static str {
        if self.unicode { "…" } else { "..." }
    }

    /// A cell coloured by what it says: a status, something overdue.
    fn paint(&self, cell: Cell, columns: &[&str], row: &[Value], i: usize) -> Cell {
        if !self.color {
            return cell;
        }
        let value = |name: &str| {
            columns
                .iter()
                .position(|c| *c == name)
                .and_then(|j| row.get(j))
        };
        let yes = |name: &str| {
            value(name).is_some_and(|v| v == &Value::Bool(true) || v.as_str() == Some("yes"))
        };
        let v = row.get(i).unwrap_or(&Value::Null);
        let red = match columns[i] {
            "overdue" | "review_overdue" => yes(columns[i]),
            "overdue_actions" => {
                v.as_i64().is_some_and(|n| n > 0)
                    || v.as_str()
                        .is_some_and(|s| s.parse::<i64>().is_ok_and(|n| n > 0))
            }
            "next_review_on" => yes("review_overdue"),
            "due_on" => yes("overdue"),
            _ => false,
        };
        if red {
            return cell.fg(Color::Red);
        }
        // Rule R12: minors stand out (the age band says it in plain text too).
        if columns[i] == "age_band" && yes("minor") {
            return cell.fg(Color::Magenta);
        }
        if columns[i] == "status" {
            return match status_color(&cell_text(v)) {
                Some(c) => cell.fg(c),
                None => cell,
            };
        }
        cell
    }

    /// Renders a laid-out table: widths are already fitted, so nothing wraps here.
    fn finish(&self, mut table: Table) -> String {
        let n = table.column_count();
        for (i, col) in table.column_iter_mut().enumerate() {
            col.set_padding((0, if i + 1 == n { 0 } else { 1 }));
        }
        let mut text = table.trim_fmt();
        text.push('\n');
        text
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
                    .map(|(k, v)| vec![Value::from(field_name(k)), v.clone()])
                    .collect();
                csv_text(&["field", "value"], &rows)?
            }
            Format::Table => {
                let mut text = self.fit_fields(fields);
                for s in sections {
                    text.push_str(&format!("\n{}\n", terminal_text(&s.title)));
                    if s.rows.is_empty() {
                        text.push_str(&format!("  {}\n", crate::t!("output-none")));
                        continue;
                    }
                    text.push_str(&self.fit_section(s));
                }
                text
            }
            Format::Md => {
                let mut text = String::new();
                for (k, v) in fields {
                    text.push_str(&format!(
                        "- **{}**: {}\n",
                        field_label(k),
                        md_inline(&cell_text(v))
                    ));
                }
                for s in sections {
                    text.push_str(&format!("\n## {}\n\n", s.title));
                    if s.rows.is_empty() {
                        text.push_str(&format!("{}\n", crate::t!("output-none")));
                    } else {
                        // Headings spaced as the fields above them are (`on date`).
                        let labels: Vec<String> =
                            s.columns.iter().map(|c| field_label(c)).collect();
                        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
                        text.push_str(&md_table(&labels, &s.rows));
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
        self.err_line(&format!("{} {msg}", crate::t!("note-prefix")))
    }

    /// A warning on stderr (a rule marked W in domain.md, a linter warning).
    pub fn warn(&mut self, msg: &str) -> Result<()> {
        self.err_line(&format!("{} {msg}", crate::t!("warning-prefix")))
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
            .with_context(|| crate::t!("output-writing-stdout"))
    }

    /// Header cells wrapped to their column and underlined as wide as the column turned out,
    /// the text at the bottom so the underlines are on one line.
    fn header_cells(&self, headers: &[&str], widths: &[usize], body: &[Vec<String>]) -> Vec<Cell> {
        let wrapped: Vec<String> = headers
            .iter()
            .zip(widths)
            .map(|(h, &w)| wrap(&abbreviate(h, w), w))
            .collect();
        let height = wrapped.iter().map(|h| h.lines().count()).max().unwrap_or(1);
        let rule = if self.unicode { "─" } else { "-" };
        wrapped
            .iter()
            .enumerate()
            .map(|(j, h)| {
                let used = body
                    .iter()
                    .flat_map(|r| r[j].lines())
                    .chain(h.lines())
                    .map(UnicodeWidthStr::width)
                    .max()
                    .unwrap_or(0);
                let pad = "\n".repeat(height - h.lines().count().max(1));
                Cell::new(format!("{pad}{h}\n{}", rule.repeat(used)))
            })
            .collect()
    }

    /// The label/value pairs of a record: labels whole, values wrapped to the width.
    fn fit_fields(&self, fields: &[(&str, Value)]) -> String {
        let labels = Col::new("", fields.iter().map(|(k, _)| field_label(k)), true).free(false);
        let values = Col::new("", fields.iter().map(|(_, v)| table_cell(v)), true).free(true);
        let cols = [labels, values];
        let (_, widths) = plan(&cols, self.width, false);
        let mut table = self.table();
        for r in 0..fields.len() {
            table.add_row(vec![
                Cell::new(&cols[0].cells[r]),
                Cell::new(wrap(&cols[1].cells[r], widths[1])),
            ]);
        }
        self.finish(table)
    }

    /// A list inside a record: every column, free text wrapped (not shortened) to the width.
    fn fit_section(&self, s: &Section) -> String {
        // A minor is marked beside the case (R12) rather than in a column of its own.
        let without_minor: Vec<usize> = (0..s.columns.len())
            .filter(|&i| s.columns[i] != "minor")
            .collect();
        let marked = minor_column(&s.columns, &without_minor);
        let shown: Vec<usize> = if marked.is_some() {
            without_minor
        } else {
            (0..s.columns.len()).collect()
        };
        let cols: Vec<Col> = shown
            .iter()
            .map(|&i| {
                Col::new(
                    s.columns[i],
                    s.rows.iter().map(|r| {
                        let text = r.get(i).map(table_cell).unwrap_or_default();
                        mark_minor(text, &s.columns, r, marked == Some(i))
                    }),
                    true,
                )
            })
            .collect();
        let (keep, widths) = plan(&cols, self.width, false);
        let body: Vec<Vec<String>> = (0..s.rows.len())
            .map(|r| {
                keep.iter()
                    .zip(&widths)
                    .map(|(&k, &w)| {
                        if cols[k].free {
                            wrap(&cols[k].cells[r], w)
                        } else {
                            cols[k].cells[r].clone()
                        }
                    })
                    .collect()
            })
            .collect();
        let headers: Vec<&str> = keep.iter().map(|&k| cols[k].header.as_str()).collect();
        let mut table = self.table();
        table.set_header(self.header_cells(&headers, &widths, &body));
        for (cells, row) in body.into_iter().zip(&s.rows) {
            let cells = cells
                .into_iter()
                .enumerate()
                .map(|(j, text)| self.paint(Cell::new(text), &s.columns, row, shown[keep[j]]));
            table.add_row(cells.collect::<Vec<_>>());
        }
        self.finish(table)
    }

    /// A table without outer borders: columns two spaces apart, the header underlined. Box
    /// lines on a terminal, ASCII otherwise; colour only when [`Out::color`].
    fn table(&self) -> Table {
        let style = TableStyle::new()
            .header_lines(ContentLineStyle::none().junction(' '))
            .content_lines(ContentLineStyle::none().junction(' '));
        let mut table = Table::new();
        table
            .load_style(style)
            .set_content_arrangement(ContentArrangement::Disabled)
            .force_no_tty();
        if self.color {
            table.enforce_styling();
            table.style_text_only();
        }
        table
    }
}

/// A record's field as scripts see it (CSV `field` column): snake_case, as in its JSON.
fn field_name(k: &str) -> String {
    k.replace(' ', "_")
}

/// A record's field as a person reads it (table and Markdown label): the catalogue's
/// `field-…` key in the interface language (English: the same name, spaced).
/// A `label-…` key comes first: a record's field named like a column but shown otherwise
/// (`name (nl)` beside the column `name_nl`).
fn field_label(k: &str) -> String {
    let label = ["label", "field"]
        .iter()
        .map(|prefix| field_key(prefix, k))
        .find(|key| crate::i18n::has(crate::i18n::UiLang::En, key))
        .map_or_else(|| k.replace('_', " "), |key| crate::i18n::text(&key, &[]));
    terminal_text(&label).into_owned()
}

/// A column's table heading: the catalogue's `heading-…` key where the heading is shorter
/// than the column's name (`next review`), else its `field-…` key; a column without a key (a
/// month in the monthly figures) as its name, spaced.
pub fn column_heading(name: &str) -> String {
    let short = field_key("heading", name);
    if crate::i18n::has(crate::i18n::UiLang::En, &short) {
        return crate::i18n::text(&short, &[]);
    }
    let key = field_key("field", name);
    if crate::i18n::has(crate::i18n::UiLang::En, &key) {
        return crate::i18n::text(&key, &[]);
    }
    name.replace('_', " ")
}

/// The catalogue key of a column or field name: `prefix-` and the name in lower case, its
/// spaces and underscores as `-`, other signs left out (`name (nl)` → `field-name-nl`).
pub fn field_key(prefix: &str, name: &str) -> String {
    let mut key = format!("{prefix}-");
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        } else if (c == ' ' || c == '_' || c == '-') && !key.ends_with('-') {
            key.push('-');
        }
    }
    key.trim_end_matches('-').to_string()
}

/// Columns two apart: one space of padding and the (blank) column line.
const GAP: usize = 2;

/// The narrowest a free-text column is made (unless its content is narrower, or a leading
/// code needs more).
const FREE_MIN: usize = 6;

/// The narrowest a free-text column's heading is abbreviated to.
const HEADER_MIN: usize = 6;

/// The terminal's columns when it reports no rows (a pseudo-terminal whose rows were never
/// set, as `script` or a CI runner makes): `terminal_size` then gives nothing, and a table
/// would run unshortened past the right edge.
#[cfg(unix)]
fn terminal_columns_only() -> Option<usize> {
    use std::os::fd::AsRawFd;
    // SAFETY: an all-zero winsize is a valid value of this plain C struct.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize into `ws`, which lives for the call; stdout's
    // descriptor stays open for the call.
    let r = unsafe { libc::ioctl(io::stdout().as_raw_fd(), libc::TIOCGWINSZ, &mut ws) };
    (r == 0 && ws.ws_col > 0).then_some(usize::from(ws.ws_col))
}

/// Windows consoles always report both dimensions; `terminal_size` covers them.
#[cfg(not(unix))]
fn terminal_columns_only() -> Option<usize> {
    None
}

/// `COLUMNS` from the environment, when it is a sensible number.
fn env_columns() -> Option<usize> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c >= 20)
}

/// The default columns of the lists that have more than fit 80 columns, by the columns that
/// identify the list. The other columns are shown with `--wide` or `--columns`.
const DEFAULT_COLUMNS: &[&[&str]] = &[
    // case list
    &[
        "code",
        "municipality",
        "status",
        "phenomenon",
        "age_band",
        "next_review_on",
        "lead_org",
    ],
    // purge --dry-run
    &[
        "code",
        "status",
        "municipality",
        "age_band",
        "closed_on",
        "purge_due_on",
    ],
    // member list
    &[
        "id",
        "name",
        "organisation",
        "role",
        "municipality_nis",
        "declaration_signed_on",
        "clearance_confirmed_on",
    ],
    // action list
    &["id", "case", "owner_org", "due_on", "overdue", "text"],
    // referral list
    &[
        "id",
        "direction",
        "case",
        "on_date",
        "reason",
        "status",
        "expects_feedback_by",
    ],
    // meeting list
    &[
        "id", "date", "time", "kind", "status", "location", "items", "decided",
    ],
    // feedback list
    &[
        "id",
        "case",
        "item",
        "status",
        "consents",
        "confirmations",
        "drafted_on",
        "sent_on",
    ],
    // cell list
    &[
        "code",
        "name",
        "joint",
        "municipalities",
        "member_count",
        "lang",
        "established_on",
    ],
    // agenda (agenda show, agenda draft)
    &["item", "section", "case", "about", "decision"],
    // audit list
    &["id", "at", "actor", "action", "entity", "summary"],
    // municipality list
    &["nis", "name_nl", "name_fr", "name_de", "region"],
];

/// The default columns of a list: the first entry of [`DEFAULT_COLUMNS`] whose columns the
/// list all has, else every column.
fn default_columns(columns: &[&str]) -> Vec<usize> {
    DEFAULT_COLUMNS
        .iter()
        .find(|d| d.iter().all(|c| columns.contains(c)))
        .map(|d| {
            d.iter()
                .filter_map(|c| columns.iter().position(|x| x == c))
                .collect()
        })
        .unwrap_or_else(|| (0..columns.len()).collect())
}

/// Rule R12: the column of a table that marks a minor, when the rows have a `minor` field: the
/// age band when it is shown, else the case code, unless the `minor` column itself is shown.
/// So a minor stands out in every list that shows a case, also at 80 columns where the
/// `minor` column is not among the defaults.
fn minor_column(columns: &[&str], shown: &[usize]) -> Option<usize> {
    let minor = columns.iter().position(|c| *c == "minor")?;
    if shown.contains(&minor) {
        // The `minor` column says it already.
        return None;
    }
    ["age_band", "case", "code"]
        .iter()
        .find_map(|name| shown.iter().copied().find(|&i| columns[i] == *name))
}

/// A table cell with ` minor` after it when this is the marking column (see [`minor_column`])
/// and the row's `minor` field is true.
fn mark_minor(text: String, columns: &[&str], row: &[Value], marked: bool) -> String {
    let minor = columns
        .iter()
        .position(|c| *c == "minor")
        .and_then(|j| row.get(j))
        .is_some_and(|v| v == &Value::Bool(true));
    if marked && minor && !text.is_empty() {
        format!("{text} {}", crate::i18n::word("mark", "minor"))
    } else {
        text
    }
}

/// Columns that are never shortened, even when a cell holds a space (`12_17 minor`,
/// `MNEE-AHTT minor`): a code with its R12 marker goes whole.
const WHOLE: &[&str] = &["case", "code", "age_band", "item", "date", "time"];

/// The chosen columns of the rows, for json/csv/md (all of them when `chosen` is `None`).
fn select<'a>(
    columns: &[&'a str],
    rows: &[Vec<Value>],
    chosen: Option<&Vec<usize>>,
) -> (Vec<&'a str>, Vec<Vec<Value>>) {
    match chosen {
        None => (columns.to_vec(), rows.to_vec()),
        Some(idx) => (
            idx.iter().map(|&i| columns[i]).collect(),
            rows.iter()
                .map(|r| {
                    idx.iter()
                        .map(|&i| r.get(i).cloned().unwrap_or(Value::Null))
                        .collect()
                })
                .collect(),
        ),
    }
}

/// Columns whose values are free text (names, places, notes), which may be shortened or
/// wrapped; any column holding a space is free text too. Every other column holds single
/// tokens (codes, dates, times, NIS codes, statuses, numbers) that are never cut.
const FREE_TEXT: &[&str] = &[
    "name",
    "owner_org",
    "lead_org",
    "source_org",
    "name_nl",
    "name_fr",
    "name_de",
    "organisation",
    "owner",
    "lead",
    "municipality",
    "municipalities",
    "location",
    "text",
    "summary",
    "about",
    "detail",
    "members",
    "legal_basis",
    "email",
    "actor",
    "via_io",
    "value",
];

/// A column being laid out: its header, its cells as text and the widths it may take.
struct Col {
    header: String,
    cells: Vec<String>,
    free: bool,
    /// Its width when nothing is shortened.
    natural: usize,
    /// The width of its widest cell.
    content: usize,
    /// The least width it may be given.
    min: usize,
    /// The widest word of its header.
    header_word: usize,
}

impl Col {
    fn new(name: &str, cells: impl Iterator<Item = String>, multiline: bool) -> Col {
        let header = if name.is_empty() {
            String::new()
        } else {
            column_heading(name)
        };
        let cells: Vec<String> = cells.collect();
        let free = !WHOLE.contains(&name)
            && (FREE_TEXT.contains(&name) || cells.iter().any(|c| c.contains(char::is_whitespace)));
        let content = cells
            .iter()
            .map(|c| {
                if multiline {
                    c.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
                } else {
                    c.width()
                }
            })
            .max()
            .unwrap_or(0);
        let natural = content.max(header.width());
        Col {
            header,
            cells,
            free,
            natural,
            content,
            min: 0,
            header_word: 0,
        }
        .free(free)
    }

    /// Makes the column free text (shortened or wrapped down to [`FREE_MIN`]) or not (whole).
    fn free(mut self, free: bool) -> Col {
        let header_word = self
            .header
            .split(' ')
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(0);
        self.free = free;
        self.header_word = header_word;
        self.min = if free {
            // Room for the longest leading code of a cell (`34022 …`, `QAAU-YR56 — …`) with
            // its `…`, so that shortening never leaves a code cut; a long heading is
            // abbreviated (`municip.`).
            let lead = self
                .cells
                .iter()
                .filter_map(|c| c.split_whitespace().next().filter(|w| is_token(w)))
                .map(|w| w.width() + 3)
                .max()
                .unwrap_or(0);
            header_word
                .min(HEADER_MIN)
                .max(self.content.min(FREE_MIN.max(lead)))
        } else {
            header_word.max(self.content)
        };
        self
    }
}

/// Widths for the columns within `width`: each at its natural width when that fits, else the
/// free-text columns narrowed (the widest first) down to their minimum. When that is still too
/// wide and `may_drop`, columns are dropped from the right. Returns the columns kept (indexes
/// into `cols`) and their widths.
fn plan(cols: &[Col], width: Option<usize>, may_drop: bool) -> (Vec<usize>, Vec<usize>) {
    let mut keep: Vec<usize> = (0..cols.len()).collect();
    loop {
        let mut widths: Vec<usize> = keep.iter().map(|&k| cols[k].natural).collect();
        let Some(max) = width else {
            return (keep, widths);
        };
        let avail = max.saturating_sub(GAP * keep.len().saturating_sub(1));
        let mut total: usize = widths.iter().sum();
        // First headers wrap onto two lines (`next review` / `on`), then free text gives way.
        let floors = [|c: &Col| c.content.max(c.header_word), |c: &Col| c.min];
        for floor in floors {
            while total > avail {
                let widest = (0..keep.len())
                    .filter(|&j| widths[j] > floor(&cols[keep[j]]))
                    .max_by_key(|&j| (widths[j], std::cmp::Reverse(j)));
                let Some(j) = widest else { break };
                let room = widths[j] - floor(&cols[keep[j]]);
                // A little at a time, so that the widest columns give way first.
                let step = room.min(total - avail).min(1.max(room / 4));
                widths[j] -= step;
                total -= step;
            }
        }
        if total <= avail || !may_drop || keep.len() <= 1 {
            return (keep, widths);
        }
        keep.pop();
    }
}

/// A cell of a list on one line: line breaks become spaces.
fn one_line(v: Option<&Value>) -> String {
    let text = v.map(table_cell).unwrap_or_default();
    if text.contains('\n') {
        text.split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text
    }
}

/// `s` shortened to `width` columns with `ell` at the end, cut between words where there is
/// a word boundary (so that a code or date inside the text stays whole or goes whole).
fn truncate(s: &str, width: usize, ell: &str) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let budget = width.saturating_sub(ell.width());
    let mut end = 0;
    let mut used = 0;
    for (i, c) in s.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > budget {
            break;
        }
        used += w;
        end = i + c.len_utf8();
    }
    let hard = &s[..end];
    // Cut inside a word only when it is a plain word and keeps a few letters of it; a word
    // that is a code, a date, a time or a number goes whole.
    let start = hard.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word_end = s[start..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| start + i);
    let mid_word = end > start && end < word_end;
    let cut = if mid_word && (is_token(&s[start..word_end]) || hard[start..].chars().count() < 3) {
        &s[..start]
    } else {
        hard
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—(/".contains(c));
    let cut = if cut.is_empty() { hard } else { cut };
    format!("{cut}{ell}")
}

/// A word that must not be cut: it holds a digit (a code, date, time, NIS code, number) or
/// an underscore (a vocabulary token), or it is in capitals (a case or cell code, an acronym).
fn is_token(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    word.contains(|c: char| c.is_ascii_digit() || c == '_')
        || (word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase))
}

/// A heading whose words fit `width`: a longer word is cut and ends with `.` (`municip.`).
fn abbreviate(heading: &str, width: usize) -> String {
    heading
        .split(' ')
        .map(|w| {
            if w.width() <= width || width < 2 {
                return w.to_string();
            }
            let mut out = String::new();
            for c in w.chars() {
                if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > width
                {
                    break;
                }
                out.push(c);
            }
            out.push('.');
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `s` wrapped at spaces to lines of at most `width` columns; a word longer than a line is
/// split. Existing line breaks stay.
fn wrap(s: &str, width: usize) -> String {
    let width = width.max(1);
    let mut out: Vec<String> = Vec::new();
    for line in s.split('\n') {
        if line.width() <= width {
            out.push(line.to_string());
            continue;
        }
        let mut current = String::new();
        for word in line.split(' ') {
            let sep = usize::from(!current.is_empty());
            if current.width() + sep + word.width() <= width {
                if sep == 1 {
                    current.push(' ');
                }
                current.push_str(word);
                continue;
            }
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            let mut rest = word;
            while rest.width() > width {
                let mut used = 0;
                let mut end = 0;
                for (i, c) in rest.char_indices() {
                    let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    if used + w > width && end > 0 {
                        break;
                    }
                    used += w;
                    end = i + c.len_utf8();
                }
                out.push(rest[..end].to_string());
                rest = &rest[end..];
            }
            current.push_str(rest);
        }
        out.push(current);
    }
    out.join("\n")
}

/// The colour of a status: new and waiting work yellow, followed-up cyan, done green,
/// ended grey, broken rules red.
fn status_color(status: &str) -> Option<Color> {
    Some(match status {
        "signal" | "screening" | "draft" | "received" | "warning" => Color::Yellow,
        "on_list" | "follow_up" | "planned" | "approved" | "discussed" | "accepted" => Color::Cyan,
        "held" | "sent" | "ok" => Color::Green,
        "closed" | "declined" | "cancelled" | "withdrawn" => Color::DarkGrey,
        "error" => Color::Red,
        _ => return None,
    })
}

/// A cell as text: strings as they are, null as empty, booleans as yes/no.
/// "no" and "yes" in the interface language, looked up once per run (a table asks per cell).
fn yes_no() -> &'static [String; 2] {
    static WORDS: std::sync::OnceLock<[String; 2]> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        [
            crate::i18n::word("bool", "false"),
            crate::i18n::word("bool", "true"),
        ]
    })
}

pub fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        // A person's yes and no (CSV and JSON keep true and false).
        Value::Bool(b) => yes_no()[usize::from(*b)].clone(),
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
    let s = serde_json::to_string_pretty(v).with_context(|| crate::t!("output-rendering-json"))?;
    // serde_json escapes C0 controls but writes DEL, C1 and bidirectional controls raw.
    let mut s = raw_guard(&s).into_owned();
    s.push('\n');
    Ok(s)
}

/// CSV text with a header (the csv crate quotes what needs quoting). Numbers are written as
/// they are, texts through [`csv_cell`].
pub fn csv_text(columns: &[&str], rows: &[Vec<Value>]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(columns)
        .with_context(|| crate::t!("output-rendering-csv"))?;
    for row in rows {
        w.write_record(row.iter().map(csv_field))
            .with_context(|| crate::t!("output-rendering-csv"))?;
    }
    let bytes = w
        .into_inner()
        .with_context(|| crate::t!("output-rendering-csv"))?;
    String::from_utf8(bytes).with_context(|| crate::t!("output-rendering-csv"))
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

pub use crate::domain::input::is_bidi_control;

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

/// A CSV field from a JSON value: numbers as they are, booleans `true`/`false` as in JSON,
/// texts through [`csv_cell`].
fn csv_field(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
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

pub use crate::domain::text::plural;

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
    fn the_line_naming_hidden_columns_is_wrapped_to_the_terminal_width() {
        let err = Buf::default();
        let mut out = Out::to_writers(Format::Table, Box::new(io::sink()), Box::new(err.clone()));
        out.terminal = true;
        out.width = Some(80);
        let columns = crate::commands::case::CASE_COLUMNS;
        let row: Vec<Value> = columns.iter().map(|c| Value::from(*c)).collect();
        out.list(columns, &[row]).unwrap();
        let text = String::from_utf8(err.0.lock().unwrap().clone()).unwrap();
        let joined = text.trim_end().replace('\n', " ");
        assert!(
            joined.starts_with("(10 more: municipality_nis, minor,"),
            "{text}"
        );
        assert!(joined.ends_with("see --wide and --columns)"), "{text}");
        assert!(text.lines().count() > 1, "{text}");
        for line in text.lines() {
            assert!(
                line.width() <= 80,
                "a line of {} columns: {line}",
                line.width()
            );
        }
    }

    #[test]
    fn booleans_are_true_and_false_in_csv_and_a_minor_is_marked_in_tables() {
        let columns = ["code", "age_band", "minor"];
        let rows = vec![
            vec!["QAAU-YR56".into(), "12_17".into(), Value::Bool(true)],
            vec!["BDKE-R3MW".into(), "25_plus".into(), Value::Bool(false)],
        ];
        let text = csv_text(&columns, &rows).unwrap();
        assert_eq!(
            text,
            "code,age_band,minor\nQAAU-YR56,12_17,true\nBDKE-R3MW,25_plus,false\n"
        );
        // The `minor` column hidden: the age band says it; shown: it says it itself.
        assert_eq!(minor_column(&columns, &[0, 1]), Some(1));
        assert_eq!(minor_column(&columns, &[0]), Some(0));
        assert_eq!(minor_column(&columns, &[0, 1, 2]), None);
        assert_eq!(minor_column(&["code", "age_band"], &[0, 1]), None);
        assert_eq!(
            mark_minor("12_17".into(), &columns, &rows[0], true),
            "12_17 minor"
        );
        assert_eq!(
            mark_minor("25_plus".into(), &columns, &rows[1], true),
            "25_plus"
        );
    }

    #[test]
    fn counts_read_as_words() {
        assert_eq!(plural(1, "case"), "1 case");
        assert_eq!(plural(0, "case"), "0 cases");
        assert_eq!(plural(2, "municipality"), "2 municipalities");
        assert_eq!(plural(3, "day"), "3 days");
        assert_eq!(plural(2, "feedback form"), "2 feedback forms");
        assert_eq!(plural(2, "match"), "2 matches");
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
    fn free_text_is_shortened_between_words_and_never_inside_a_token() {
        for (given, width, shortened) in [
            (
                "Gesprek met de leerling en de ouders",
                20,
                "Gesprek met de leer…",
            ),
            ("34022 Kortrijk", 10, "34022 Kor…"),
            ("34022 Kortrijk", 8, "34022…"),
            ("34022 Kortrijk", 7, "34022…"),
            ("QAAU-YR56 — 34023 Kuurne, religious", 14, "QAAU-YR56…"),
            ("gezien op 2026-11-29 en", 18, "gezien op…"),
            ("om 14:00 uur", 7, "om…"),
            ("short", 10, "short"),
            ("Zuid-West-Vlaanderen", 8, "Zuid-We…"),
        ] {
            let got = truncate(given, width, "…");
            assert_eq!(got, shortened, "{given:?} at {width}");
            assert!(got.width() <= width, "{got:?}");
        }
        assert_eq!(truncate("abcdefghij", 6, "..."), "abc...");
        for token in [
            "34022",
            "2026-11-29",
            "14:00",
            "QAAU-YR56",
            "anti_government",
            "LIVC-R",
        ] {
            assert!(is_token(token), "{token}");
        }
        for word in ["Kortrijk", "gesprek", "Zuid-West-Vlaanderen"] {
            assert!(!is_token(word), "{word}");
        }
    }

    #[test]
    fn tables_fit_the_width_with_tokens_whole_and_headings_wrapped() {
        let buf = Buf::default();
        let mut out = Out::to_writers(Format::Table, Box::new(buf.clone()), Box::new(io::sink()));
        out.width = Some(40);
        out.list(
            &["code", "next_review_on", "lead"],
            &[
                vec![
                    "QAAU-YR56".into(),
                    "2026-12-04".into(),
                    "CAW Zuid-West-Vlaanderen Kortrijk".into(),
                ],
                vec!["BDKE-R3MW".into(), Value::Null, "CLB".into()],
            ],
        )
        .unwrap();
        let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        for line in text.lines() {
            assert!(line.width() <= 40, "{line:?}\n{text}");
        }
        assert!(text.contains("QAAU-YR56  2026-12-04  CAW"), "{text}");
        assert!(text.contains("..."), "{text}");
        // The heading wraps rather than widen the column of dates.
        assert_eq!(text.lines().next().map(str::trim), Some("next"), "{text}");
        assert!(wrap("next review on", 10).contains('\n'));
        assert_eq!(abbreviate("municipality", 9), "municipa.");
    }

    #[test]
    fn colour_is_applied_only_when_on() {
        let buf = Buf::default();
        let mut out = Out::to_writers(Format::Table, Box::new(buf.clone()), Box::new(io::sink()));
        let rows = vec![vec![
            Value::from("2026-01-01"),
            Value::from("yes"),
            Value::from("draft"),
        ]];
        out.list(&["due_on", "overdue", "status"], &rows).unwrap();
        out.color = true;
        out.list(&["due_on", "overdue", "status"], &rows).unwrap();
        let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        let (plain, coloured) = text.split_at(text.rfind("due").unwrap());
        assert!(!plain.contains('\u{1b}'));
        assert!(coloured.contains('\u{1b}'), "{coloured:?}");
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

//! Hostile texts and what each output format must make of them (issue 11): the corpus, and
//! checks that a terminal, a spreadsheet, a Markdown or HTML viewer or a calendar program is not
//! steered by what the file holds.
#![allow(dead_code)]

/// Texts that try to steer an output. Those with control characters cannot be typed in any
/// more; tests store them straight into the file, as data kept from before the input rules.
pub const CORPUS: &[&str] = &[
    "=1+2",
    "+cmd",
    "-2+3",
    "@SUM(A1)",
    "\tX",
    "\rX",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\",
    "abc\u{202e}fdp.exe",
    "\u{2066}isolate\u{2069}",
    "# heading",
    "- item",
    "> quote",
    "1. first",
    "```",
    "[link](http://evil)",
    "![img](http://evil/x.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "|a|b|",
    "one\r\ntwo",
    "first\n# second\n- third",
];

/// A character no output may carry raw: C0/C1 controls, DEL, bidirectional controls.
pub fn hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `payload` holds a character that the outputs show escaped.
pub fn has_hidden(payload: &str) -> bool {
    payload
        .chars()
        .any(|c| hidden(c) && c != '\n' && c != '\t' && c != '\r')
}

/// Panics when `text` holds a hidden character other than a line feed, a tab, or a carriage
/// return before a line feed.
pub fn assert_no_hidden(what: &str, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let ok = *c == '\n' || *c == '\t' || (*c == '\r' && chars.get(i + 1) == Some(&'\n'));
        assert!(
            !hidden(*c) || ok,
            "{what}: raw {c:?} at char {i} in:\n{}",
            text.escape_debug()
        );
    }
}

/// Whether `needle` occurs in `text` without a backslash right before it.
pub fn unescaped(text: &str, needle: &str) -> bool {
    text.match_indices(needle)
        .any(|(i, _)| !text[..i].ends_with('\\'))
}

/// The block markers a payload could open a block with.
const BLOCK_STARTS: &[&str] = &["# ", "- ", "+ ", "> ", "1. ", "```", "<script", "<img"];

/// Markdown in which no payload made a heading, list, quote, fence, link, image, table row or
/// HTML: a line (or a line's content after the one list marker or heading marker livcr writes)
/// may not begin with a payload's block marker, and links, images, tags and pipes from the
/// payloads appear only escaped.
pub fn assert_md_safe(what: &str, md: &str) {
    assert_no_hidden(what, md);
    for line in md.lines() {
        let content = strip_marker(line);
        for start in BLOCK_STARTS {
            for candidate in [line, content] {
                // livcr's own markers: "- " list lines, "# " and "## " headings, "1. " items.
                if candidate == line && (start == &"- " || start == &"1. " || start == &"# ") {
                    continue;
                }
                assert!(
                    !candidate.starts_with(start),
                    "{what}: a payload starts a block ({start:?}) in line {line:?} of:\n{md}"
                );
            }
        }
        assert!(
            !line.starts_with("- - ") && !line.starts_with("- # ") && !line.starts_with("1. - "),
            "{what}: nested block in {line:?}"
        );
    }
    for needle in ["[link]", "[img]", "|a|"] {
        assert!(
            !md.contains(needle),
            "{what}: {needle:?} unescaped in:\n{md}"
        );
    }
    for needle in ["<script", "</script", "<img", "](http"] {
        assert!(
            !unescaped(md, needle),
            "{what}: {needle:?} unescaped in:\n{md}"
        );
    }
}

/// The line without livcr's own leading marker ("- ", "N. ", "## ", "# ").
fn strip_marker(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(". ") {
        return &line[digits + 2..];
    }
    for m in ["## ", "# ", "- "] {
        if let Some(rest) = line.strip_prefix(m) {
            return rest;
        }
    }
    line
}

/// HTML where the payloads' tags are text.
pub fn assert_html_safe(what: &str, html: &str) {
    assert_no_hidden(what, html);
    let lower = html.to_lowercase();
    for needle in ["<script", "<img", "onerror=alert(1)>"] {
        assert!(!lower.contains(needle), "{what}: {needle:?} in:\n{html}");
    }
}

/// Whether a spreadsheet would take `cell` as a formula.
pub fn formula_like(cell: &str) -> bool {
    let number = {
        let d = cell.strip_prefix('-').unwrap_or(cell);
        !d.is_empty()
            && d.split('.').count() <= 2
            && d.split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number
}

/// Parses CSV (with its header), asserting that no cell is formula-like and nothing hidden is
/// raw; returns the records.
pub fn assert_csv_safe(what: &str, text: &str) -> Vec<Vec<String>> {
    assert_no_hidden(what, text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.unwrap_or_else(|e| panic!("{what}: bad CSV ({e}):\n{text}"));
        let row: Vec<String> = record.iter().map(str::to_string).collect();
        for cell in &row {
            assert!(
                !formula_like(cell),
                "{what}: formula-like cell {cell:?} in:\n{text}"
            );
        }
        rows.push(row);
    }
    rows
}

/// The cell a CSV must hold for `payload` when nothing in it is hidden: CRLF read as a line
/// feed, a lone CR shown as `\r`, and a `'` before what a spreadsheet would run.
pub fn csv_expected(payload: &str) -> String {
    let text = payload.replace("\r\n", "\n").replace('\r', "\\r");
    if formula_like(&text) {
        format!("'{text}")
    } else {
        text
    }
}

/// An iCalendar file with lines of at most 75 octets ended by CRLF, no other control
/// character, that the icalendar crate parses.
pub fn assert_ics_safe(what: &str, ics: &str) -> icalendar::Calendar {
    assert!(ics.ends_with("\r\n"), "{what}: not CRLF-terminated");
    for line in ics.trim_end_matches("\r\n").split("\r\n") {
        assert!(
            line.len() <= 75,
            "{what}: {} octets in {line:?}",
            line.len()
        );
        assert!(
            !line.chars().any(|c| hidden(c) && c != '\t'),
            "{what}: control character in {line:?}"
        );
    }
    ics.parse::<icalendar::Calendar>()
        .unwrap_or_else(|e| panic!("{what}: the icalendar parser refuses it ({e}):\n{ics}"))
}

//! The interface in English, Dutch, French and German: the catalogues are complete and agree,
//! no text a person reads is left without a key, and the help speaks each language.
//!
//! `LIVCR_BLESS=1 cargo test --test i18n` rewrites `i18n/en/help.ftl` from the doc comments.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

const LANGS: [&str; 4] = ["en", "nl", "fr", "de"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.ftl` area of a language folder.
fn areas(lang: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("i18n").join(lang))
        .expect("i18n folder")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".ftl")
                .map(str::to_string)
        })
        .collect()
}

/// Messages of a catalogue: id → (value text as written, variables used).
type Messages = BTreeMap<String, (String, BTreeSet<String>)>;

/// A catalogue file's messages, and the problems found reading it.
fn messages(path: &Path) -> (Messages, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut problems = Vec::new();
    let res = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let line = text[..e.pos.start.min(text.len())].lines().count();
                problems.push(format!("{}:{line}: {:?}", path.display(), e.kind));
            }
            r
        }
    };
    let mut out = BTreeMap::new();
    for entry in &res.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                let mut vars = BTreeSet::new();
                let mut body = String::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars, &mut body);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars, &mut body);
                }
                if out.insert(id.clone(), (body, vars)).is_some() {
                    problems.push(format!("{}: key {id} given twice", path.display()));
                }
            }
            ast::Entry::Junk { content } => problems.push(format!(
                "{}: cannot parse {:?}",
                path.display(),
                content.lines().next().unwrap_or("")
            )),
            _ => {}
        }
    }
    (out, problems)
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, body: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => body.push_str(value),
            ast::PatternElement::Placeable { expression } => expr_vars(expression, vars, body),
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, body: &mut String) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars, body);
            for v in variants {
                pattern_vars(&v.value, vars, body);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars, body),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, body: &mut String) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::StringLiteral { value } => body.push_str(value),
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, vars, body),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars, body);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_key_with_the_same_placeables() {
    let mut problems = Vec::new();
    let en_areas = areas("en");
    for lang in LANGS {
        assert_eq!(
            areas(lang),
            en_areas,
            "{lang}: the same .ftl files as English"
        );
    }
    for area in &en_areas {
        let (en, p) = messages(&root().join(format!("i18n/en/{area}.ftl")));
        problems.extend(p);
        for lang in &LANGS[1..] {
            let (other, p) = messages(&root().join(format!("i18n/{lang}/{area}.ftl")));
            problems.extend(p);
            for (k, (_, vars)) in &en {
                match other.get(k) {
                    None => problems.push(format!("{lang}/{area}.ftl: missing {k}")),
                    Some((_, v)) if v != vars => problems.push(format!(
                        "{lang}/{area}.ftl: {k} uses {v:?}, English uses {vars:?}"
                    )),
                    Some((text, _)) if text.trim().is_empty() && !en[k].0.trim().is_empty() => {
                        problems.push(format!("{lang}/{area}.ftl: {k} is empty"))
                    }
                    _ => {}
                }
            }
            for k in other.keys() {
                if !en.contains_key(k) {
                    problems.push(format!("{lang}/{area}.ftl: {k} is not in English"));
                }
            }
        }
    }
    // A key belongs to one area: the same id in two files would hide one of them.
    for lang in LANGS {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for area in &en_areas {
            let (m, _) = messages(&root().join(format!("i18n/{lang}/{area}.ftl")));
            for k in m.keys() {
                if let Some(first) = seen.insert(k.clone(), area.clone()) {
                    problems.push(format!("{lang}: {k} in both {first}.ftl and {area}.ftl"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Rust sources of the binary, without their `#[cfg(test)]` modules.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                let text = match text.find("#[cfg(test)]\nmod tests") {
                    Some(i) => text[..i].to_string(),
                    None => text,
                };
                out.push((p, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("src"), &mut out);
    out.sort();
    out
}

/// The keys the code asks for: `t!("key"…)` and the `clap-…` words of the clap texts.
fn keys_in_code() -> BTreeMap<String, String> {
    let mut keys = BTreeMap::new();
    for (path, text) in sources() {
        let text: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n")
            // `said_t!` is `t!` with the English kept for scripts.
            .replace("said_t!(", " t!(");
        let mut rest = text.as_str();
        while let Some(i) = rest.find("t!(") {
            let word_start = i == 0 || {
                let c = rest.as_bytes()[i - 1];
                !(c.is_ascii_alphanumeric() || c == b'_')
            };
            let after = rest[i + 3..].trim_start();
            if !word_start {
                rest = &rest[i + 3..];
                continue;
            }
            if let Some(lit) = after.strip_prefix('"')
                && let Some(end) = lit.find('"')
            {
                keys.insert(lit[..end].to_string(), path.display().to_string());
            }
            rest = &rest[i + 3..];
        }
        for lit in text.split('"').skip(1).step_by(2) {
            if lit.starts_with("clap-") && !lit.contains(' ') {
                keys.insert(lit.to_string(), path.display().to_string());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_asks_for_is_in_english() {
    let mut en = BTreeSet::new();
    for area in areas("en") {
        en.extend(
            messages(&root().join(format!("i18n/en/{area}.ftl")))
                .0
                .into_keys(),
        );
    }
    let missing: Vec<String> = keys_in_code()
        .into_iter()
        .filter(|(k, _)| !en.contains(k))
        .map(|(k, f)| format!("{f}: {k}"))
        .collect();
    assert!(
        missing.is_empty(),
        "keys not in i18n/en:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_english_help_catalogue_is_current() {
    let generated = livcr::i18n::clap_text::english_catalogue(&livcr::cli::command());
    let path = root().join("i18n/en/help.ftl");
    if std::env::var_os("LIVCR_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let kept = std::fs::read_to_string(&path).unwrap();
    assert!(
        kept == generated,
        "i18n/en/help.ftl is not the doc comments of src/cli: run \
         `LIVCR_BLESS=1 cargo test --test i18n`, then translate the changed keys"
    );
}

/// A string literal of the source: where it starts and its text.
struct Lit {
    at: usize,
    text: String,
}

/// The string literals of Rust source `s` (plain, raw and byte strings), outside comments.
fn literals(s: &str) -> Vec<Lit> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else if c == b'\'' {
            // A char literal ('x', '\'', '"') or a lifetime ('a).
            if b.get(i + 1) == Some(&b'\\') {
                i += 2;
                while i < b.len() && b[i] != b'\'' {
                    i += 1;
                }
                i += 1;
            } else {
                let ch_len = s[i + 1..].chars().next().map_or(1, char::len_utf8);
                if b.get(i + 1 + ch_len) == Some(&b'\'') {
                    i += 2 + ch_len;
                } else {
                    i += 1;
                }
            }
        } else if c == b'r'
            && (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#'))
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&b'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                i += 1;
                continue;
            }
            let close = format!("\"{}", "#".repeat(hashes));
            let body_start = j + 1;
            let end = s[body_start..]
                .find(&close)
                .map_or(s.len(), |e| body_start + e);
            out.push(Lit {
                at: i,
                text: s[body_start..end].to_string(),
            });
            i = end + close.len();
        } else if c == b'"' {
            let start = i;
            i += 1;
            let mut text = String::new();
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    // `\` at a line end joins lines; other escapes are one character.
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 2;
                        while i < b.len() && (b[i] == b' ' || b[i] == b'\n') {
                            i += 1;
                        }
                        continue;
                    }
                    text.push(' ');
                    i += 2;
                    continue;
                }
                let ch = s[i..].chars().next().unwrap();
                text.push(ch);
                i += ch.len_utf8();
            }
            out.push(Lit { at: start, text });
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// The name of the call or macro whose parentheses enclose `at`, if any (`prepare`, `t!`).
fn enclosing_call(s: &str, at: usize) -> Option<String> {
    let b = s.as_bytes();
    let mut depth = 0i32;
    let mut i = at;
    while i > 0 {
        i -= 1;
        match b[i] {
            b')' | b']' => depth += 1,
            b'(' | b'[' if depth > 0 => depth -= 1,
            b'(' => {
                let mut j = i;
                while j > 0
                    && (b[j - 1].is_ascii_alphanumeric() || b[j - 1] == b'_' || b[j - 1] == b'!')
                {
                    j -= 1;
                }
                return Some(s[j..i].to_string());
            }
            // An attribute: `#[…]`.
            b'[' if i > 0 && b[i - 1] == b'#' => return Some("#".to_string()),
            b';' | b'{' | b'}' if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Whether any call enclosing `at` (up to the statement) is one of `names`.
fn inside_any(s: &str, at: usize, names: &[&str]) -> bool {
    let mut pos = at;
    for _ in 0..8 {
        let Some(name) = enclosing_call(s, pos) else {
            return false;
        };
        if names.contains(&name.as_str()) {
            return true;
        }
        // Step out of this call: find its opening parenthesis.
        let b = s.as_bytes();
        let mut depth = 0i32;
        let mut i = pos;
        let mut found = None;
        while i > 0 {
            i -= 1;
            match b[i] {
                b')' | b']' => depth += 1,
                b'(' | b'[' if depth > 0 => depth -= 1,
                b'(' | b'[' => {
                    found = Some(i);
                    break;
                }
                _ => {}
            }
        }
        match found {
            Some(i) => pos = i,
            None => return false,
        }
    }
    false
}

/// Calls whose texts no person reads: SQL, panics that name a bug, file names, tests.
const NOT_SHOWN: &[&str] = &[
    "t!",
    "#",
    "prepare",
    "prepare_cached",
    "execute",
    "execute_batch",
    "query_row",
    "query_map",
    "query",
    "pragma_update",
    "pragma_query_value",
    "expect",
    "unreachable!",
    "panic!",
    "assert!",
    "assert_eq!",
    "debug_assert!",
    "debug_assert_eq!",
    "include_str!",
    "include_bytes!",
    "concat!",
    "env!",
];

fn looks_like_sql(t: &str) -> bool {
    let up = t.trim_start();
    const START: &[&str] = &[
        "SELECT ",
        "INSERT ",
        "UPDATE ",
        "DELETE ",
        "CREATE ",
        "WITH ",
        "PRAGMA ",
        "ALTER ",
        "DROP ",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT",
        "RELEASE ",
        "ATTACH ",
        "DETACH ",
        "VACUUM",
        "EXPLAIN ",
        "REPLACE ",
        "FROM ",
        "WHERE ",
        "AND ",
        "OR ",
        "ORDER BY",
        "GROUP BY",
        "JOIN ",
        "LEFT JOIN",
        "VALUES",
        "ON CONFLICT",
        "SET ",
        "LIMIT ",
        "UNION",
        "CASE ",
        "WHEN ",
        "END",
        "HAVING ",
        "NOT ",
        "EXISTS",
    ];
    START.iter().any(|k| up.starts_with(k))
        || [
            " FROM ",
            " WHERE ",
            "SELECT ",
            " JOIN ",
            " AND ",
            " ORDER BY ",
            " IS NULL",
        ]
        .iter()
        .any(|k| t.contains(k))
}

/// Lines of `text` between `// i18n-ok-begin` and `// i18n-ok-end` (data, not messages).
fn in_ok_block(text: &str, at: usize) -> bool {
    let before = &text[..at];
    match (before.rfind("i18n-ok-begin"), before.rfind("i18n-ok-end")) {
        (Some(b), Some(e)) => b > e,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Whether a string literal holds a phrase: two words of letters outside `{…}` placeholders.
fn has_words(lit: &str) -> bool {
    let mut depth = 0;
    let mut plain = String::new();
    for c in lit.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => plain.push(c),
            _ => plain.push(' '),
        }
    }
    plain
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .count()
        >= 2
        && plain.contains(' ')
}

/// The strings of the code a person may read, without a key: `file:line: "text"`.
fn unkeyed() -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in sources() {
        let rel = path.strip_prefix(root()).unwrap().display().to_string();
        // Documents speak the cell's language (docs/labels.rs); the clap tree is the English
        // reference of help.ftl; the i18n module holds the catalogues' machinery.
        if rel == "src/docs/labels.rs"
            || rel.starts_with("src/cli/")
            || rel.starts_with("src/i18n/")
        {
            continue;
        }
        for lit in literals(&text) {
            if !has_words(&lit.text) || looks_like_sql(&lit.text) {
                continue;
            }
            let line_start = text[..lit.at].rfind('\n').map_or(0, |n| n + 1);
            let line_end = text[lit.at..].find('\n').map_or(text.len(), |n| lit.at + n);
            let prev_start = text[..line_start.saturating_sub(1)]
                .rfind('\n')
                .map_or(0, |n| n + 1);
            if text[prev_start..line_end].contains("i18n-ok")
                && !text[prev_start..line_end].contains("i18n-ok-end")
            {
                continue;
            }
            if in_ok_block(&text, lit.at) || inside_any(&text, lit.at, NOT_SHOWN) {
                continue;
            }
            let n = text[..lit.at].lines().count().max(1);
            let short: String = lit.text.chars().take(60).collect();
            found.push(format!("{rel}:{n}: {short:?}"));
        }
    }
    found
}

#[test]
fn no_text_a_person_reads_is_without_a_key() {
    let found = unkeyed();
    assert!(
        found.is_empty(),
        "{} texts without a key (use t!, or mark a text no person reads `// i18n-ok: why` on \
         its line or the line before, or a data block `// i18n-ok-begin` … `// i18n-ok-end`):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// Words that mark a sentence as English in any of the other three languages.
const ENGLISH: &[&str] = &[
    " the ",
    " cannot ",
    " which ",
    " should ",
    " must ",
    " with ",
    " found",
    " missing",
    " invalid",
    " unknown ",
    " print ",
    " when ",
    " this ",
    " and ",
    " or ",
    " to ",
    " for ",
    " from ",
    " not ",
    " has ",
    " have ",
    " are ",
    " been ",
    " will ",
    " nothing ",
    " already ",
    " only ",
    " there ",
];

fn english_words(text: &str) -> Vec<String> {
    let lower = format!(
        " {} ",
        text.to_lowercase().replace(['\n', '(', ')', ','], " ")
    );
    ENGLISH
        .iter()
        .filter(|w| lower.contains(*w))
        .map(|w| w.trim().to_string())
        .collect()
}

#[test]
fn help_speaks_each_language() {
    let env = common::Env::new();
    let mut problems = Vec::new();
    let mut paths: Vec<Vec<String>> = vec![vec![]];
    let mut root = livcr::cli::command();
    root.build();
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            path.push(sub.get_name().to_string());
            out.push(path.clone());
            walk(sub, path, out);
            path.pop();
        }
    }
    walk(&root, &mut Vec::new(), &mut paths);
    for lang in &LANGS[1..] {
        for path in &paths {
            let out = env
                .cmd()
                .env("LIVCR_LANG", lang)
                .args(path)
                .arg("--help")
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            let words = english_words(&text);
            if !words.is_empty() {
                problems.push(format!("{lang} livcr {} --help: {words:?}", path.join(" ")));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// One scenario in four languages: what a script reads is the same byte for byte
// ---------------------------------------------------------------------------------------------

/// Copies the database of `from` into a fresh environment.
fn copy_env(from: &common::Env) -> common::Env {
    let env = common::Env::empty();
    let src = from.db_path();
    let dst = env.db_path();
    std::fs::create_dir_all(dst.parent().unwrap()).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let s = PathBuf::from(format!("{}{suffix}", src.display()));
        if s.exists() {
            std::fs::copy(&s, format!("{}{suffix}", dst.display())).unwrap();
        }
    }
    env
}

/// Times and hashes change from run to run (audit rows carry the clock time): masked.
fn masked(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // 64 hex digits: a hash of the chain.
        let hex = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        if hex >= 32 {
            out.push_str("<hash>");
            i += hex;
            continue;
        }
        // HH:MM:SS after a `T` or a space: a clock time.
        if i + 8 <= chars.len()
            && (i > 0 && (chars[i - 1] == 'T' || chars[i - 1] == ' '))
            && chars[i..i + 8].iter().enumerate().all(|(k, c)| {
                if k == 2 || k == 5 {
                    *c == ':'
                } else {
                    c.is_ascii_digit()
                }
            })
        {
            out.push_str("<time>");
            i += 8;
            while i < chars.len() && (chars[i].is_ascii_digit() || ".Z+-:".contains(chars[i])) {
                i += 1;
            }
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Every table of the file as text, a row per line.
fn readable_dump(conn: &rusqlite::Connection) -> String {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("## {t}\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| match r.get::<_, rusqlite::types::Value>(i).unwrap() {
                    rusqlite::types::Value::Text(t) => t,
                    v => format!("{v:?}"),
                })
                .collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

/// The commands of the scenario, run in each language on a copy of the same file: reads in
/// every machine format, writes with `--format json`, and refusals (their exit codes).
fn scenario(code: &str, code2: &str, meeting: &str) -> Vec<Vec<String>> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    vec![
        s(&["status", "--format", "json"]),
        s(&["cell", "list", "--format", "json"]),
        s(&["cell", "list", "--format", "csv"]),
        s(&["member", "list", "--format", "json"]),
        s(&["member", "list", "--format", "csv"]),
        s(&["org", "list", "--format", "csv"]),
        s(&["case", "list", "--format", "json"]),
        s(&["case", "list", "--format", "csv", "--wide"]),
        s(&["case", "show", code, "--format", "json"]),
        s(&[
            "case",
            "note",
            code,
            "Contact with the school went well.",
            "--format",
            "json",
        ]),
        s(&[
            "case",
            "move",
            code2,
            "--to",
            "screening",
            "--format",
            "json",
        ]),
        s(&[
            "case",
            "review",
            code,
            "--interval",
            "8w",
            "--format",
            "json",
        ]),
        s(&[
            "action",
            "add",
            code,
            "Meet the youth worker",
            "--org",
            "CAW Zuid-West-Vlaanderen",
            "--due",
            "+2w",
            "--format",
            "json",
        ]),
        s(&["action", "list", "--format", "csv"]),
        s(&["meeting", "list", "--format", "json"]),
        s(&["agenda", "draft", meeting, "--format", "json"]),
        s(&["agenda", "show", meeting, "--format", "json"]),
        s(&["agenda", "show", meeting, "--format", "csv"]),
        s(&[
            "export", "monthly", "--month", "2026-11", "--format", "json",
        ]),
        s(&["export", "monthly", "--month", "2026-11", "--format", "csv"]),
        s(&["export", "cases", "--format", "csv"]),
        s(&["remind", "--format", "json", "--within", "60d"]),
        s(&[
            "municipality",
            "list",
            "--search",
            "Kortrijk",
            "--format",
            "csv",
        ]),
        s(&["audit", "verify", "--format", "json"]),
        // Refusals: the same exit code and nothing on stdout in every language.
        s(&["case", "move", code, "--to", "on_list", "--format", "json"]),
        s(&["case", "show", "ZZZZ-ZZZZ", "--format", "json"]),
        s(&[
            "case",
            "note",
            code,
            "--on",
            "2031-02-30",
            "--format",
            "json",
        ]),
        s(&["case", "list", "--format", "xml"]),
        s(&["case", "frobnicate"]),
    ]
}

#[test]
fn one_scenario_in_four_languages_reads_the_same_to_a_script() {
    use common::scene;
    let base = common::Env::new();
    scene::vlas(&base);
    let code = scene::case(&base);
    let code2 = scene::open(&base, "Kuurne", "right_wing", "12_17", &[]);
    let meeting = scene::plan(&base, "2026-12-14", "14:00", &[]);
    // Per language: the exit code and stdout of each command, and the file afterwards.
    type Run = (String, Vec<(i32, String)>, String);
    let mut runs: Vec<Run> = Vec::new();
    for lang in LANGS {
        let env = copy_env(&base);
        let mut outputs = Vec::new();
        for args in scenario(&code, &code2, &meeting) {
            let out = env
                .cmd()
                .env("LIVCR_LANG", lang)
                .args(&args)
                .output()
                .unwrap();
            let dir = env.dir.path().display().to_string();
            let stdout = masked(&String::from_utf8_lossy(&out.stdout).replace(&dir, "<dir>"));
            outputs.push((out.status.code().unwrap_or(-1), stdout));
        }
        let file = masked(&readable_dump(&env.db()));
        runs.push((lang.to_string(), outputs, file));
    }
    let (_, english, english_file) = &runs[0];
    let commands = scenario(&code, &code2, &meeting);
    for (lang, outputs, file) in &runs[1..] {
        for (i, (got, want)) in outputs.iter().zip(english).enumerate() {
            assert_eq!(
                got,
                want,
                "livcr {} under LIVCR_LANG={lang}: exit code or stdout differs from English",
                commands[i].join(" ")
            );
        }
        let first = file.lines().zip(english_file.lines()).find(|(a, b)| a != b);
        assert!(
            file == english_file,
            "the file after the scenario under LIVCR_LANG={lang} differs from English: {first:?}"
        );
    }
    // The scenario did something: writes went through, refusals were refused.
    let codes: Vec<i32> = english.iter().map(|(c, _)| *c).collect();
    assert!(codes[..24].iter().all(|c| *c == 0), "{codes:?}");
    assert_eq!(&codes[24..], &[1, 1, 1, 2, 2], "{codes:?}");
    // `config show` differs in one row only: the interface language itself.
    let rows = |lang: &str| {
        let out = base
            .cmd()
            .env("LIVCR_LANG", lang)
            .args(["config", "show", "--format", "json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let (ui, rest): (Vec<_>, Vec<_>) = v
            .as_array()
            .unwrap()
            .iter()
            .cloned()
            .partition(|r| r["setting"] == "ui_lang");
        (ui, rest)
    };
    let (ui_en, rest_en) = rows("en");
    assert_eq!(ui_en.len(), 1, "config show has a ui_lang row");
    for lang in &LANGS[1..] {
        let (ui, rest) = rows(lang);
        assert_eq!(rest, rest_en, "config show under {lang}");
        assert_eq!(ui[0]["value"], *lang, "{ui:?}");
        assert_eq!(ui[0]["source"], "environment variable LIVCR_LANG", "{ui:?}");
    }
}

/// The same scenario as a person runs it (tables and texts): in Dutch, French and German no
/// English sentence is left on stdout or stderr.
#[test]
fn one_scenario_in_four_languages_speaks_each_to_a_person() {
    use common::scene;
    let base = common::Env::new();
    scene::vlas(&base);
    let code = scene::case(&base);
    let code2 = scene::open(&base, "Kuurne", "right_wing", "12_17", &[]);
    let meeting = scene::plan(&base, "2026-12-14", "14:00", &[]);
    let mut problems = Vec::new();
    for lang in &LANGS[1..] {
        let env = copy_env(&base);
        for args in scenario(&code, &code2, &meeting) {
            // The person's view: the default format of each command.
            let mut args: Vec<String> = args;
            if let Some(i) = args.iter().position(|a| a == "--format")
                && args.get(i + 1).is_some_and(|f| f != "xml")
            {
                args.drain(i..i + 2);
            }
            let out = env
                .cmd()
                .env("LIVCR_LANG", lang)
                .args(&args)
                .output()
                .unwrap();
            for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                let text = String::from_utf8_lossy(text);
                // Texts the tests typed (the note, the action) are data, not interface.
                let text = text
                    .replace("Contact with the school went well.", "")
                    .replace("Meet the youth worker", "");
                let words = english_words(&text);
                if !words.is_empty() {
                    problems.push(format!(
                        "{lang} livcr {} ({stream}): {words:?}\n{text}",
                        args.join(" ")
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A config `ui_lang` livcr does not speak is set aside with a warning naming it, not an error
/// that would stop every command (`config show` included); `LIVCR_LANG` still wins over it.
#[test]
fn a_ui_lang_livcr_does_not_speak_is_named_and_set_aside() {
    let env = common::Env::new();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "ui_lang = \"klingon\"\nlang = \"de\"\n").unwrap();
    let out = env.run(&["config", "show", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("ui_lang in") && out.stderr.contains("klingon"),
        "{}",
        out.stderr
    );
    let fr = env
        .cmd()
        .env("LIVCR_LANG", "fr")
        .args(["status"])
        .output()
        .unwrap();
    assert_eq!(fr.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&fr.stdout);
    assert!(stdout.contains("schéma"), "{stdout}");
    // --lang on the command line is named as the source of the documents' language, even
    // when the config file sets one too.
    let rows: serde_json::Value =
        serde_json::from_str(&env.ok(&["--lang", "en", "config", "show", "--format", "json"]))
            .unwrap();
    let lang = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == "lang")
        .unwrap();
    assert_eq!(lang["value"], "en", "{lang}");
    assert_eq!(lang["source"], "command-line flag --lang", "{lang}");
}

/// The system's file errors are said in the interface language, not in the OS's English.
#[test]
fn a_missing_file_is_named_in_the_interface_language() {
    let env = common::Env::new();
    let missing = env.path("work/missing.toml");
    let missing = missing.to_str().unwrap();
    let en = env.run(&["--config", missing, "status"]);
    assert_eq!(en.code, 1);
    assert!(
        en.stderr.contains("No such file or directory"),
        "{}",
        en.stderr
    );
    for (lang, words) in [
        ("nl", "bestand of map niet gevonden"),
        ("fr", " : fichier ou répertoire introuvable"),
        ("de", "Datei oder Ordner nicht gefunden"),
    ] {
        let out = env.run_in(lang, &["--config", missing, "status"]);
        assert_eq!(out.code, 1, "{lang}");
        assert!(out.stderr.contains(words), "{lang}: {}", out.stderr);
        assert!(
            !out.stderr.contains("No such file"),
            "{lang}: {}",
            out.stderr
        );
    }
}

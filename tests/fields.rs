//! One name per thing (issue 13, part 5): every list, show and export of an entity names a
//! field the same way and writes it in the same form. On the demo database, the views of each
//! entity (list json and csv, show json, export json and csv, and the lists a show holds) are
//! joined record by record, and the test fails when
//! - a field present in two views has two values for the same record (`34022 Kortrijk` in one,
//!   `Kortrijk` in the other; `true` in JSON and `yes` in CSV),
//! - a value present in two views sits under two names (`lead` here, `lead_org` there),
//! - a field breaks the shared forms: `*_nis` a five-digit code, `municipality` a name,
//!   `*_on` an ISO date, booleans `true`/`false` in CSV and JSON alike.

mod common;

use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many field values were compared across views (so the test shows it compared).
static COMPARED: AtomicUsize = AtomicUsize::new(0);

use common::{Env, json};
use serde_json::Value;

/// One demo database for the whole file (building it is the slow part).
fn demo() -> &'static (Env, String) {
    static DEMO: OnceLock<(Env, String)> = OnceLock::new();
    DEMO.get_or_init(|| {
        let env = Env::empty();
        let db = env
            .path("work/demo.db")
            .to_str()
            .expect("utf-8 path")
            .to_string();
        env.ok(&["demo", "--db", &db]);
        (env, db)
    })
}

fn run(args: &[&str]) -> String {
    let (env, db) = demo();
    let mut all = vec!["--db", db.as_str()];
    all.extend_from_slice(args);
    env.ok(&all)
}

/// A field's value: JSON as written, or a CSV cell as text.
#[derive(Debug, Clone, PartialEq)]
enum Field {
    Json(Value),
    Csv(String),
}

/// One view of an entity: its records by key, each a map of field to value.
struct View {
    name: String,
    records: BTreeMap<String, BTreeMap<String, Field>>,
}

fn key_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A JSON array of objects (a list or an export), keyed by `key`.
fn json_view(name: &str, rows: &Value, key: &str) -> View {
    let mut records = BTreeMap::new();
    for r in rows
        .as_array()
        .unwrap_or_else(|| panic!("{name}: not an array"))
    {
        let o = r.as_object().expect("an object");
        let fields = o
            .iter()
            .filter(|(_, v)| !v.is_object() && !is_object_list(v))
            .map(|(k, v)| (k.clone(), Field::Json(v.clone())))
            .collect();
        records.insert(key_of(&o[key]), fields);
    }
    View {
        name: name.to_string(),
        records,
    }
}

fn is_object_list(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| a.first().is_some_and(Value::is_object))
}

/// A command's JSON output as a view (`--format json` added).
fn json_cmd(args: &[&str], key: &str) -> View {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let v = json(&run(&a));
    let rows = if v.is_array() {
        v
    } else {
        Value::Array(vec![v])
    };
    json_view(&format!("{} (json)", args.join(" ")), &rows, key)
}

/// A command's CSV output as a view (`--format csv` added).
fn csv_cmd(args: &[&str], key: &str) -> View {
    let mut a = args.to_vec();
    a.extend(["--format", "csv"]);
    let text = run(&a);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    let mut records = BTreeMap::new();
    for r in reader.records() {
        let r = r.expect("a CSV record");
        let fields: BTreeMap<String, Field> = header
            .iter()
            .cloned()
            .zip(r.iter().map(|c| Field::Csv(c.to_string())))
            .collect();
        let Some(Field::Csv(k)) = fields.get(key) else {
            panic!("{}: no {key} column", args.join(" "))
        };
        records.insert(k.clone(), fields);
    }
    View {
        name: format!("{} (csv)", args.join(" ")),
        records,
    }
}

/// The nested list `field` of each show's JSON, as one view keyed by `key`.
fn nested(shows: &[(String, Value)], field: &str, key: &str) -> View {
    let mut rows = Vec::new();
    for (_, v) in shows {
        if let Some(a) = v[field].as_array() {
            rows.extend(a.iter().cloned());
        }
    }
    json_view(&format!("show .{field}[]"), &Value::Array(rows), key)
}

/// Every show of the listed records, merged into one view.
fn shows(command: &[&str], ids: &[String], key: &str) -> (View, Vec<(String, Value)>) {
    let mut raw = Vec::new();
    for id in ids {
        let mut a = command.to_vec();
        a.extend([id.as_str(), "--format", "json"]);
        raw.push((id.clone(), json(&run(&a))));
    }
    let rows = Value::Array(raw.iter().map(|(_, v)| v.clone()).collect());
    (
        json_view(&format!("{} ID (json)", command.join(" ")), &rows, key),
        raw,
    )
}

/// Every show of the listed records as CSV (`field,value` rows), merged into one view.
fn csv_shows(command: &[&str], ids: &[String], key: &str) -> View {
    let mut records = BTreeMap::new();
    for id in ids {
        let mut a = command.to_vec();
        a.extend([id.as_str(), "--format", "csv"]);
        let text = run(&a);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("a header")
            .iter()
            .map(String::from)
            .collect();
        assert_eq!(
            header,
            ["field", "value"],
            "{} {id} (csv)",
            command.join(" ")
        );
        let fields: BTreeMap<String, Field> = reader
            .records()
            .map(|r| {
                let r = r.expect("a CSV record");
                (r[0].to_string(), Field::Csv(r[1].to_string()))
            })
            .collect();
        let Some(Field::Csv(k)) = fields.get(key) else {
            panic!("{} {id} (csv): no {key} field", command.join(" "))
        };
        records.insert(k.clone(), fields);
    }
    View {
        name: format!("{} ID (csv)", command.join(" ")),
        records,
    }
}

/// The field names of a show's Markdown (`- **label**: value`), as JSON names them.
fn md_fields(command: &[&str], id: &str) -> Vec<String> {
    let mut a = command.to_vec();
    a.extend([id, "--format", "md"]);
    run(&a)
        .lines()
        .filter_map(|l| l.strip_prefix("- **")?.split_once("**:"))
        .map(|(label, _)| label.replace(' ', "_"))
        .collect()
}

/// The single fields of a show's JSON (not the lists it holds), sorted.
fn json_fields(show: &Value) -> Vec<String> {
    show.as_object()
        .expect("an object")
        .iter()
        .filter(|(_, v)| !v.is_array() && !v.is_object())
        .map(|(k, _)| k.clone())
        .collect()
}

/// A show carries the same single fields in every format: those of its JSON.
fn same_fields_in_every_format(
    command: &[&str],
    raw: &[(String, Value)],
    csv: &View,
    problems: &mut Vec<String>,
) {
    let what = command.join(" ");
    for (id, show) in raw {
        let json = json_fields(show);
        let mut md = md_fields(command, id);
        md.sort();
        let Some(record) = csv.records.get(id) else {
            problems.push(format!(
                "{what} {id}: its csv holds no record like its json"
            ));
            continue;
        };
        let csv: Vec<String> = record.keys().cloned().collect();
        for (format, fields) in [("csv", &csv), ("md", &md)] {
            if fields != &json {
                problems.push(format!(
                    "{what} {id}: its {format} has fields {fields:?}, its json {json:?}"
                ));
            }
        }
    }
}

/// The lists a show holds name the record they belong to as every other view does (`case`
/// with the case code), never by the file's internal number (`case_id`).
fn lists_name_their_case(command: &[&str], raw: &[(String, Value)], problems: &mut Vec<String>) {
    for (id, show) in raw {
        for (list, v) in show.as_object().expect("an object") {
            for entry in v.as_array().into_iter().flatten() {
                let Some(o) = entry.as_object() else { continue };
                if o.contains_key("case_id") {
                    problems.push(format!(
                        "{} {id}: .{list}[] names its case by the internal number `case_id`; \
                         other views write `case` with the code",
                        command.join(" ")
                    ));
                    break;
                }
                if command == ["case", "show"]
                    && let Some(c) = o.get("case")
                    && c.as_str() != Some(id.as_str())
                {
                    problems.push(format!(
                        "{} {id}: .{list}[] has case {c}, not {id}",
                        command.join(" ")
                    ));
                    break;
                }
            }
        }
    }
}

/// The form a JSON value takes in a CSV cell: numbers and booleans as JSON writes them,
/// null empty, texts as they are, lists joined.
fn csv_form(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(csv_form).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn same(a: &Field, b: &Field) -> bool {
    match (a, b) {
        (Field::Json(x), Field::Json(y)) => x == y,
        (Field::Csv(x), Field::Csv(y)) => x == y,
        (Field::Json(j), Field::Csv(c)) | (Field::Csv(c), Field::Json(j)) => &csv_form(j) == c,
    }
}

fn shown(f: &Field) -> String {
    match f {
        Field::Json(v) => v.to_string(),
        Field::Csv(s) => format!("{s:?} (csv)"),
    }
}

/// The checks over the views of one entity; returns the problems found.
fn compare(entity: &str, views: &[View]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, a) in views.iter().enumerate() {
        for b in &views[i + 1..] {
            let common: Vec<&String> = a
                .records
                .keys()
                .filter(|k| b.records.contains_key(*k))
                .collect();
            if common.is_empty() {
                problems.push(format!(
                    "{entity}: {} and {} share no record",
                    a.name, b.name
                ));
                continue;
            }
            // One form: a field in both views has the same value for the same record.
            for k in &common {
                let (ra, rb) = (&a.records[*k], &b.records[*k]);
                for (f, va) in ra {
                    let Some(vb) = rb.get(f) else { continue };
                    COMPARED.fetch_add(1, Ordering::Relaxed);
                    if !same(va, vb) {
                        problems.push(format!(
                            "{entity} {k}: `{f}` is {} in {} but {} in {}",
                            shown(va),
                            a.name,
                            shown(vb),
                            b.name
                        ));
                    }
                }
            }
            // One name: a field of one view only, whose values are those of a field of the
            // other view only, is one thing under two names.
            let only = |x: &View, y: &View| -> Vec<String> {
                let mut names: Vec<String> = common
                    .iter()
                    .flat_map(|k| x.records[*k].keys())
                    .filter(|f| common.iter().all(|k| !y.records[*k].contains_key(*f)))
                    .cloned()
                    .collect();
                names.sort();
                names.dedup();
                names
            };
            let (only_a, only_b) = (only(a, b), only(b, a));
            for fa in &only_a {
                for fb in &only_b {
                    let values: Vec<(&Field, &Field)> = common
                        .iter()
                        .filter_map(|k| Some((a.records[*k].get(fa)?, b.records[*k].get(fb)?)))
                        .collect();
                    let telling = values.iter().any(|(x, _)| match x {
                        Field::Json(v) => v.is_string() || v.is_number(),
                        Field::Csv(s) => !s.is_empty() && s != "true" && s != "false",
                    });
                    let empty = |f: &Field| match f {
                        Field::Json(v) => v.is_null(),
                        Field::Csv(s) => s.is_empty(),
                    };
                    if telling
                        && values.len() == common.len()
                        && values.iter().any(|(x, _)| !empty(x))
                        && values.iter().all(|(x, y)| same(x, y))
                    {
                        problems.push(format!(
                            "{entity}: one field with two names: `{fa}` in {} is `{fb}` in {}",
                            a.name, b.name
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// The forms every view shares, whatever the entity.
fn forms(views: &[View]) -> Vec<String> {
    let mut problems = Vec::new();
    let iso = |s: &str| {
        let b = s.as_bytes();
        b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && s.chars().filter(char::is_ascii_digit).count() == 8
    };
    for v in views {
        for (k, r) in &v.records {
            for (f, value) in r {
                let text = match value {
                    Field::Json(Value::String(s)) => Some(s.clone()),
                    Field::Csv(s) if !s.is_empty() => Some(s.clone()),
                    _ => None,
                };
                if let Field::Csv(s) = value
                    && (s == "yes" || s == "no")
                    && f != "consent"
                {
                    problems.push(format!("{}: {k}.{f} is {s:?}, not true/false", v.name));
                }
                let Some(text) = text else { continue };
                if f.ends_with("_nis")
                    && !(text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()))
                    && !text.contains(", ")
                {
                    problems.push(format!("{}: {k}.{f} = {text:?} is not a NIS code", v.name));
                }
                if f == "municipality" && text.starts_with(|c: char| c.is_ascii_digit()) {
                    problems.push(format!(
                        "{}: {k}.municipality = {text:?} holds a code; the code is municipality_nis",
                        v.name
                    ));
                }
                if (f.ends_with("_on") || f == "date") && !iso(&text) {
                    problems.push(format!("{}: {k}.{f} = {text:?} is not an ISO date", v.name));
                }
            }
        }
    }
    problems
}

fn ids(view: &View) -> Vec<String> {
    view.records.keys().cloned().collect()
}

fn check(entity: &str, views: &[View], problems: &mut Vec<String>) {
    problems.extend(compare(entity, views));
    problems.extend(forms(views));
}

#[test]
fn every_entity_names_each_field_once_and_writes_it_in_one_form() {
    let mut problems = Vec::new();

    // Cases: list, export, show.
    let list = json_cmd(&["case", "list", "--all"], "code");
    let codes = ids(&list);
    let (case_shows, case_raw) = shows(&["case", "show"], &codes, "code");
    let case_csv_shows = csv_shows(&["case", "show"], &codes, "code");
    same_fields_in_every_format(&["case", "show"], &case_raw, &case_csv_shows, &mut problems);
    lists_name_their_case(&["case", "show"], &case_raw, &mut problems);
    assert!(
        case_raw.iter().any(|(_, v)| v["minor"] == true),
        "the demo holds a minor's case, so the minor's age band is compared"
    );
    let cases = [
        list,
        csv_cmd(&["case", "list", "--all"], "code"),
        json_cmd(&["export", "cases"], "code"),
        csv_cmd(&["export", "cases"], "code"),
        case_shows,
        case_csv_shows,
    ];
    check("case", &cases, &mut problems);

    // Actions: list, export, the actions of a case's show.
    let actions = [
        json_cmd(&["action", "list", "--all"], "id"),
        csv_cmd(&["action", "list", "--all"], "id"),
        json_cmd(&["export", "actions", "--with-text"], "id"),
        csv_cmd(&["export", "actions", "--with-text"], "id"),
        nested(&case_raw, "actions", "id"),
    ];
    check("action", &actions, &mut problems);

    // Referrals and feedback forms: list, show, and as a case's show lists them.
    let list = json_cmd(&["referral", "list"], "id");
    let (referral_shows, _) = shows(&["referral", "show"], &ids(&list), "id");
    let referrals = [
        list,
        csv_cmd(&["referral", "list"], "id"),
        referral_shows,
        nested(&case_raw, "referrals", "id"),
    ];
    check("referral", &referrals, &mut problems);
    let list = json_cmd(&["feedback", "list"], "id");
    let (form_shows, _) = shows(&["feedback", "show"], &ids(&list), "id");
    let forms_ = [
        list,
        csv_cmd(&["feedback", "list"], "id"),
        form_shows,
        nested(&case_raw, "feedback_forms", "id"),
    ];
    check("feedback form", &forms_, &mut problems);

    // Meetings: list, export, show; agenda items: agenda show and the meeting's show.
    let list = json_cmd(&["meeting", "list"], "id");
    let meeting_ids = ids(&list);
    let (meeting_shows, meeting_raw) = shows(&["meeting", "show"], &meeting_ids, "id");
    let meetings = [
        list,
        csv_cmd(&["meeting", "list"], "id"),
        json_cmd(&["export", "meetings"], "id"),
        csv_cmd(&["export", "meetings"], "id"),
        meeting_shows,
    ];
    check("meeting", &meetings, &mut problems);
    for (id, show) in &meeting_raw {
        let items = [
            json_cmd(&["agenda", "show", id], "item"),
            csv_cmd(&["agenda", "show", id], "item"),
            nested(&[(id.clone(), show.clone())], "agenda", "item"),
        ];
        if items[0].records.is_empty() {
            continue;
        }
        check(
            &format!("agenda item of meeting {id}"),
            &items,
            &mut problems,
        );
    }

    // Members: the list (one row a seat; the first seat per member) and the show.
    let list = json_cmd(&["member", "list", "--all"], "id");
    let (member_shows, member_raw) = shows(&["member", "show"], &ids(&list), "id");
    let members = [
        list,
        csv_cmd(&["member", "list", "--all"], "id"),
        member_shows,
    ];
    check("member", &members, &mut problems);
    let seats = [
        json_cmd(&["member", "list", "--all"], "id"),
        nested(&member_raw, "seats", "seat_id"),
    ];
    problems.extend(forms(&seats));

    // Cells, organisations, municipalities, the audit log.
    let list = json_cmd(&["cell", "list"], "code");
    let (cell_shows, cell_raw) = shows(&["cell", "show"], &ids(&list), "code");
    let cells = [list, csv_cmd(&["cell", "list"], "code"), cell_shows];
    check("cell", &cells, &mut problems);
    problems.extend(forms(&[nested(&cell_raw, "coverage", "municipality_nis")]));
    let orgs = [
        json_cmd(&["org", "list"], "id"),
        csv_cmd(&["org", "list"], "id"),
    ];
    check("organisation", &orgs, &mut problems);
    let mut munis = vec![
        json_cmd(&["municipality", "list"], "nis"),
        csv_cmd(&["municipality", "list"], "nis"),
    ];
    let (muni_shows, _) = shows(&["municipality", "show"], &["34022".to_string()], "nis");
    munis.push(muni_shows);
    check("municipality", &munis, &mut problems);
    let audit = [
        json_cmd(&["audit", "list"], "id"),
        csv_cmd(&["audit", "list"], "id"),
    ];
    check("audit row", &audit, &mut problems);

    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let compared = COMPARED.load(Ordering::Relaxed);
    assert!(compared > 3000, "only {compared} values compared");
    eprintln!("{compared} field values compared across views");
}

#[test]
fn the_checks_catch_two_names_and_two_forms() {
    // The test above can fail: the old shapes of the case list are caught.
    let record = |pairs: &[(&str, Field)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    let view = |name: &str, r: BTreeMap<String, Field>| View {
        name: name.into(),
        records: BTreeMap::from([("X".to_string(), r)]),
    };
    let list = view(
        "list",
        record(&[
            ("municipality", Field::Csv("34022 Kortrijk".into())),
            ("minor", Field::Csv("no".into())),
            ("lead", Field::Csv("CLB Kortrijk".into())),
        ]),
    );
    let show = view(
        "show",
        record(&[
            ("municipality", Field::Json("Kortrijk".into())),
            ("minor", Field::Json(Value::Bool(false))),
            ("lead_org", Field::Json("CLB Kortrijk".into())),
        ]),
    );
    let problems = compare("case", &[list, show]);
    let text = problems.join("\n");
    assert!(text.contains("`municipality` is"), "{text}");
    assert!(text.contains("`minor` is"), "{text}");
    assert!(
        text.contains("`lead` in list is `lead_org` in show"),
        "{text}"
    );
    let forms = forms(&[view(
        "old list",
        record(&[
            ("municipality", Field::Csv("34022 Kortrijk".into())),
            ("minor", Field::Csv("yes".into())),
            ("opened_on", Field::Csv("30/11/2026".into())),
        ]),
    )])
    .join("\n");
    assert!(forms.contains("holds a code"), "{forms}");
    assert!(forms.contains("not true/false"), "{forms}");
    assert!(forms.contains("not an ISO date"), "{forms}");
}

#[test]
fn booleans_are_true_and_false_in_csv_as_in_json() {
    let csv = run(&["case", "list", "--all", "--format", "csv"]);
    let header = csv.lines().next().expect("a header");
    assert!(
        header.starts_with("code,status,municipality_nis,municipality,"),
        "{header}"
    );
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(rows.iter().any(|r| r.contains(",true,")), "{csv}");
    assert!(
        !rows
            .iter()
            .any(|r| r.contains(",yes,") || r.contains(",no,"))
    );
    let v = json(&run(&["case", "list", "--all", "--format", "json"]));
    let first = &v[0];
    assert!(first["minor"].is_boolean(), "{first}");
    assert_eq!(
        first["municipality_nis"].as_str().map(str::len),
        Some(5),
        "{first}"
    );
    assert!(
        !first["municipality"]
            .as_str()
            .expect("a name")
            .starts_with(|c: char| c.is_ascii_digit()),
        "{first}"
    );
}

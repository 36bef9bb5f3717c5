//! The composition commands: cells, organisations, members and the rules R1-R5 (domain.md).

mod common;

use common::scene::{CHAIR, IO, KORTRIJK, KUURNE, LENDELEDE, PREVENTION, add_member, member_from};
use common::{Env, id, json};
use serde_json::Value;

const WEVELGEM: &str = "34041";

/// The joint cell ZONE-VLAS (Kortrijk, Kuurne, Lendelede, established 2026-01-01) with its two
/// organisations, without members.
fn vlas_cell(env: &Env) {
    let out = env.run(&[
        "cell",
        "add",
        "ZONE-VLAS",
        "--name",
        "LIVC-R Zone Vlas",
        "--municipality",
        "Kortrijk",
        "--municipality",
        "Kuurne",
        "--municipality",
        LENDELEDE,
        "--established",
        "2026-01-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("joint cell of 3 municipalities"),
        "{}",
        out.stderr
    );
    env.ok(&["org", "add", "Stad Kortrijk", "--sector", "municipality"]);
    env.ok(&["org", "add", "Politiezone Vlas", "--sector", "local_police"]);
}

/// Member ids of the complete ZONE-VLAS composition.
struct Vlas {
    mayor_kortrijk: i64,
    mayor_kuurne: i64,
    mayor_lendelede: i64,
    io: i64,
    prevention: i64,
}

fn mayor(env: &Env, name: &str, municipality: &str, email: &str) -> i64 {
    id(
        env,
        &[
            "member",
            "add",
            name,
            "--org",
            "Stad Kortrijk",
            "--role",
            "mayor",
            "--municipality",
            municipality,
            "--email",
            email,
            "--from",
            "2026-01-01",
        ],
    )
}

/// ZONE-VLAS with a mayor per municipality, the Kortrijk mayor as chair, an IO with a confirmed
/// clearance and a prevention official, every declaration signed.
fn vlas(env: &Env) -> Vlas {
    vlas_cell(env);
    let mayor_kortrijk = mayor(
        env,
        "Ruth Vandenberghe",
        "Kortrijk",
        "burgemeester@kortrijk.be",
    );
    let mayor_kuurne = mayor(env, "Francis Declercq", "Kuurne", "burgemeester@kuurne.be");
    let mayor_lendelede = mayor(env, "Karel Lagae", "Lendelede", "burgemeester@lendelede.be");
    let chair = member_from(env, CHAIR, "2026-01-01");
    assert_eq!(
        chair, mayor_kortrijk,
        "the chair seat goes to the same person"
    );
    let io = member_from(env, IO, "2026-01-01");
    env.ok(&[
        "member",
        "clearance",
        "io@pzvlas.be",
        "--confirmed",
        "2026-02-01",
    ]);
    let prevention = member_from(env, PREVENTION, "2026-01-01");
    for m in [
        mayor_kortrijk,
        mayor_kuurne,
        mayor_lendelede,
        io,
        prevention,
    ] {
        env.ok(&[
            "member",
            "declare",
            &m.to_string(),
            "--signed",
            "2026-01-15",
        ]);
    }
    Vlas {
        mayor_kortrijk,
        mayor_kuurne,
        mayor_lendelede,
        io,
        prevention,
    }
}

/// `cell check --format json` of the only cell (or `args` more): exit code and (rule, status,
/// detail) triples.
fn check(env: &Env, args: &[&str]) -> (i32, Vec<(String, String, String)>) {
    let mut all = vec!["cell", "check", "--format", "json"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    let findings = json(&out.stdout)
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["status"].as_str().unwrap().to_string(),
                f["detail"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (out.code, findings)
}

fn statuses(findings: &[(String, String, String)], rule: &str) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.0 == rule)
        .map(|f| f.1.clone())
        .collect()
}

/// The NIS codes `cell show` lists on a date.
fn municipalities_on(env: &Env, code: &str, on: &str) -> Vec<String> {
    let show = json(&env.ok(&["cell", "show", code, "--on", on, "--format", "json"]));
    assert_eq!(show["on"], on);
    show["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["municipality_nis"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_complete_joint_cell_passes_every_rule_until_its_io_leaves() {
    let env = Env::new();
    let v = vlas(&env);

    // Mayor and chair are one person with two seats.
    assert_eq!(
        env.count("SELECT count(*) FROM person WHERE email = 'burgemeester@kortrijk.be'"),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM membership WHERE person_id = {}",
            v.mayor_kortrijk
        )),
        2
    );
    assert_eq!(env.count("SELECT count(*) FROM person"), 5);

    let out = env.run(&["cell", "check"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    for rule in ["R1", "R2", "R3", "R4", "R5"] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.split_whitespace().take(2).eq([rule, "ok"])),
            "{rule} not ok:\n{}",
            out.stdout
        );
    }
    assert!(!out.stdout.contains("error") && !out.stdout.contains("warning"));

    let show = json(&env.ok(&["cell", "show", "--format", "json"]));
    assert_eq!(show["code"], "ZONE-VLAS");
    assert_eq!(show["joint"], true);
    assert_eq!(show["ok"], true);
    assert_eq!(show["lang"], "nl");
    assert_eq!(show["on"], common::TODAY);
    let nis: Vec<&str> = show["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["municipality_nis"].as_str().unwrap())
        .collect();
    assert_eq!(nis, vec![KORTRIJK, KUURNE, LENDELEDE]);
    let checks = show["checks"].as_array().unwrap();
    assert_eq!(checks.len(), 5, "{checks:?}");
    assert!(checks.iter().all(|c| c["status"] == "ok"), "{checks:?}");
    let members = show["members"].as_array().unwrap();
    assert_eq!(
        members.len(),
        6,
        "3 mayors, a chair, an IO, a prevention official"
    );
    let chair: Vec<&Value> = members.iter().filter(|m| m["role"] == "chair").collect();
    assert_eq!(chair.len(), 1);
    assert_eq!(chair[0]["member_id"], v.mayor_kortrijk);
    let io = members.iter().find(|m| m["role"] == "io").unwrap();
    assert_eq!(io["member_id"], v.io);
    assert_eq!(io["clearance_confirmed_on"], "2026-02-01");
    for (id, nis) in [
        (v.mayor_kortrijk, KORTRIJK),
        (v.mayor_kuurne, KUURNE),
        (v.mayor_lendelede, LENDELEDE),
    ] {
        assert!(
            members.iter().any(|m| m["role"] == "mayor"
                && m["member_id"] == id
                && m["municipality_nis"] == nis),
            "{members:?}"
        );
    }

    // The IO leaves today.
    let out = env.run(&["member", "end", &v.io.to_string()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("cell check"), "{}", out.stderr);
    let (code, findings) = check(&env, &[]);
    assert_eq!(code, 1);
    assert_eq!(statuses(&findings, "R2"), vec!["error"]);
    assert!(
        findings
            .iter()
            .any(|f| f.0 == "R2" && f.2.contains("no Information Officer")),
        "{findings:?}"
    );
    let out = env.run(&["cell", "check"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("breaks rule R2"), "{}", out.stderr);

    // History kept: the seat is ended, not deleted, and the end is audited.
    let (seat, until): (i64, Option<String>) = env
        .db()
        .query_row(
            "SELECT id, until_on FROM membership WHERE person_id = ?1 AND role = 'io'",
            [v.io],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(until.as_deref(), Some(common::TODAY));
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'end' AND entity = 'membership'
             AND entity_id = '{seat}'"
        )),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM person"), 5);
    // Yesterday the cell was complete.
    let (code, _) = check(&env, &["--on", "2026-11-29"]);
    assert_eq!(code, 0);
    let all = json(&env.ok(&["member", "list", "--all", "--format", "json"]));
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .any(|m| m["id"] == v.io && m["until_on"] == common::TODAY)
    );
    let now = json(&env.ok(&["member", "list", "--format", "json"]));
    assert!(!now.as_array().unwrap().iter().any(|m| m["id"] == v.io));
}

#[test]
fn the_default_language_follows_the_region_and_lang_overrides_it() {
    let env = Env::new();
    let cases = [
        ("KORTRIJK", "Kortrijk", &[][..], "nl"),
        ("NAMUR", "Namur", &[][..], "fr"),
        ("EUPEN", "Eupen", &[][..], "de"),
        ("ANDERLECHT", "Anderlecht", &[][..], "nl"),
        ("IXELLES", "Elsene", &["--lang", "fr"][..], "fr"),
        ("GENT", "Gent", &["--lang", "fr"][..], "fr"),
    ];
    for (code, muni, extra, lang) in cases {
        let mut args = extra.to_vec();
        args.extend(["cell", "add", code, "--name", "Cel", "--municipality", muni]);
        let out = env.run(&args);
        assert_eq!(out.code, 0, "{code}: {}", out.stderr);
        assert!(
            out.stderr.contains(&format!("documents in {lang}")),
            "{code}: {}",
            out.stderr
        );
        let brussels_note = out.stderr.contains("note:") && out.stderr.contains("--lang fr");
        assert_eq!(
            brussels_note,
            code == "ANDERLECHT",
            "{code}: the Brussels note only for a Brussels cell without --lang:\n{}",
            out.stderr
        );
        let (db_lang, retention, review): (String, i64, i64) = env
            .db()
            .query_row(
                "SELECT lang, retention_months, review_weeks FROM cell WHERE code = ?1",
                [code],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(db_lang, lang, "{code}");
        assert_eq!((retention, review), (24, 12), "{code}");
        let show = json(&env.ok(&["cell", "show", code, "--format", "json"]));
        assert_eq!(show["lang"], lang);
        assert_eq!(show["retention_months"], 24);
        assert_eq!(show["review_weeks"], 12);
        assert_eq!(show["joint"], false);
    }
    // The Brussels note says where French is.
    let out = env.run(&[
        "cell",
        "add",
        "BXL",
        "--name",
        "Cel",
        "--municipality",
        "21004",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.trim() == "BXL", "{}", out.stdout);
    assert!(
        out.stderr.contains("note:") && out.stderr.contains("fr"),
        "{}",
        out.stderr
    );
    // The table names the vocabulary of the language (R15).
    let table = env.ok(&["cell", "show", "NAMUR"]);
    assert!(table.contains("fr (CSIL-R)"), "{table}");
    let table = env.ok(&["cell", "show", "KORTRIJK"]);
    assert!(table.contains("nl (LIVC-R)"), "{table}");
    // A language can be changed later.
    env.ok(&["--lang", "fr", "cell", "edit", "ANDERLECHT"]);
    assert_eq!(
        env.count("SELECT count(*) FROM cell WHERE code = 'ANDERLECHT' AND lang = 'fr'"),
        1
    );
}

#[test]
fn join_and_leave_keep_the_history_by_date() {
    let env = Env::new();
    let v = vlas(&env);
    let out = env.run(&[
        "cell",
        "join",
        "ZONE-VLAS",
        "--municipality",
        "Wevelgem",
        "--from",
        "2026-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("--role mayor"), "{}", out.stderr);
    let out = env.run(&[
        "cell",
        "leave",
        "ZONE-VLAS",
        "--municipality",
        "Lendelede",
        "--on",
        "2026-09-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("mayor's seat ends on 2026-09-01"),
        "{}",
        out.stderr
    );

    assert_eq!(
        municipalities_on(&env, "ZONE-VLAS", "2026-05-31"),
        vec![KORTRIJK, KUURNE, LENDELEDE]
    );
    assert_eq!(
        municipalities_on(&env, "ZONE-VLAS", "2026-06-01"),
        vec![KORTRIJK, KUURNE, LENDELEDE, WEVELGEM]
    );
    assert_eq!(
        municipalities_on(&env, "ZONE-VLAS", "2026-08-31"),
        vec![KORTRIJK, KUURNE, LENDELEDE, WEVELGEM]
    );
    assert_eq!(
        municipalities_on(&env, "ZONE-VLAS", "2026-09-01"),
        vec![KORTRIJK, KUURNE, WEVELGEM]
    );

    // Lendelede's mayor seat ended with the municipality; the person and the row stay.
    let until: Option<String> = env
        .db()
        .query_row(
            "SELECT until_on FROM membership WHERE person_id = ?1 AND role = 'mayor'",
            [v.mayor_lendelede],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(until.as_deref(), Some("2026-09-01"));
    let before = json(&env.ok(&["cell", "show", "--on", "2026-08-31", "--format", "json"]));
    assert!(
        before["members"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["member_id"] == v.mayor_lendelede)
    );
    let after = json(&env.ok(&["cell", "show", "--on", "2026-09-01", "--format", "json"]));
    assert!(
        !after["members"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["member_id"] == v.mayor_lendelede)
    );

    // Before Wevelgem joined the cell was complete; after, Wevelgem has no mayor (R1).
    let (code, _) = check(&env, &["--on", "2026-05-31"]);
    assert_eq!(code, 0);
    let (code, findings) = check(&env, &["--on", "2026-10-01"]);
    assert_eq!(code, 1);
    assert!(
        findings
            .iter()
            .any(|f| f.0 == "R1" && f.1 == "error" && f.2.contains(WEVELGEM)),
        "{findings:?}"
    );
    // A mayor seat needs the municipality covered on its first day.
    let err = env.refused(&[
        "member",
        "add",
        "Lieve Deweer",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        "Wevelgem",
        "--from",
        "2026-05-01",
    ]);
    assert!(err.contains("does not cover Wevelgem"), "{err}");
    env.ok(&[
        "member",
        "add",
        "Lieve Deweer",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        "Wevelgem",
        "--from",
        "2026-06-01",
    ]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM membership WHERE nis = '{WEVELGEM}'"
        )),
        1
    );
    let (code, findings) = check(&env, &["--on", "2026-10-01"]);
    assert_eq!(code, 0, "{findings:?}");

    // The join and the leave are audited.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE entity = 'cell' AND action IN ('join', 'leave')"
        ),
        2
    );

    // Leaving the last municipality is refused (R1).
    env.ok(&[
        "cell",
        "add",
        "NAMUR",
        "--name",
        "CSIL-R Namur",
        "--municipality",
        "Namur",
    ]);
    let err = env.refused(&[
        "cell",
        "leave",
        "NAMUR",
        "--municipality",
        "Namur",
        "--on",
        "2026-12-15",
    ]);
    assert!(err.contains("last municipality"), "{err}");
    assert!(err.contains("R1"), "{err}");
    // Down to one municipality in the joint cell, then the last one is refused too.
    for (m, on) in [("Kuurne", "2026-10-01"), ("Wevelgem", "2026-10-01")] {
        env.ok(&[
            "cell",
            "leave",
            "ZONE-VLAS",
            "--municipality",
            m,
            "--on",
            on,
        ]);
    }
    let err = env.refused(&[
        "cell",
        "leave",
        "ZONE-VLAS",
        "--municipality",
        "Kortrijk",
        "--on",
        "2026-11-01",
    ]);
    assert!(
        err.contains("last municipality") && err.contains("R1"),
        "{err}"
    );
    // A municipality the cell does not cover on that date cannot leave.
    let err = env.refused(&[
        "cell",
        "leave",
        "ZONE-VLAS",
        "--municipality",
        "Lendelede",
        "--on",
        "2026-11-01",
    ]);
    assert!(err.contains("does not cover Lendelede"), "{err}");
}

#[test]
fn a_municipality_is_covered_by_one_cell_at_a_time() {
    let env = Env::new();
    vlas_cell(&env);
    let err = env.refused(&[
        "cell",
        "add",
        "KUURNE",
        "--name",
        "LIVC-R Kuurne",
        "--municipality",
        "Kuurne",
    ]);
    assert!(err.contains("already covered by cell ZONE-VLAS"), "{err}");
    assert!(err.contains("R1"), "{err}");
    assert!(err.contains("cell leave ZONE-VLAS"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM cell"), 1);

    // A second cell for Harelbeke, which later takes over Kuurne.
    env.ok(&[
        "cell",
        "add",
        "HARELBEKE",
        "--name",
        "LIVC-R Harelbeke",
        "--municipality",
        "Harelbeke",
        "--established",
        "2026-01-01",
    ]);
    let err = env.refused(&[
        "cell",
        "join",
        "HARELBEKE",
        "--municipality",
        "Kuurne",
        "--from",
        "2026-09-01",
    ]);
    assert!(err.contains("already covered by cell ZONE-VLAS"), "{err}");

    env.ok(&[
        "cell",
        "leave",
        "ZONE-VLAS",
        "--municipality",
        "Kuurne",
        "--on",
        "2026-09-01",
    ]);
    let err = env.refused(&[
        "cell",
        "join",
        "HARELBEKE",
        "--municipality",
        "Kuurne",
        "--from",
        "2026-08-31",
    ]);
    assert!(err.contains("already covered by cell ZONE-VLAS"), "{err}");
    assert!(err.contains("until 2026-09-01"), "{err}");
    env.ok(&[
        "cell",
        "join",
        "HARELBEKE",
        "--municipality",
        "Kuurne",
        "--from",
        "2026-09-01",
    ]);
    assert_eq!(municipalities_on(&env, "ZONE-VLAS", "2026-08-31").len(), 3);
    assert_eq!(
        municipalities_on(&env, "HARELBEKE", "2026-08-31"),
        vec!["34013"]
    );
    assert_eq!(
        municipalities_on(&env, "HARELBEKE", "2026-09-01"),
        vec!["34013", KUURNE]
    );
    assert_eq!(
        municipalities_on(&env, "ZONE-VLAS", "2026-09-01"),
        vec![KORTRIJK, LENDELEDE]
    );
    // Now ZONE-VLAS cannot take it back, and a third cell cannot have it either.
    let err = env.refused(&[
        "cell",
        "join",
        "ZONE-VLAS",
        "--municipality",
        "Kuurne",
        "--from",
        "2026-12-01",
    ]);
    assert!(err.contains("already covered by cell HARELBEKE"), "{err}");
    let err = env.refused(&[
        "cell",
        "add",
        "KUURNE",
        "--name",
        "LIVC-R Kuurne",
        "--municipality",
        KUURNE,
        "--established",
        "2026-01-01",
    ]);
    assert!(err.contains("already covered by cell"), "{err}");
    // A cell code is unique.
    let err = env.refused(&[
        "cell",
        "add",
        "zone-vlas",
        "--name",
        "Nog een",
        "--municipality",
        "Wevelgem",
    ]);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn security_services_are_refused_in_every_language_r4() {
    let env = Env::new();
    for name in [
        "Staatsveiligheid",
        "Veiligheid van de Staat",
        "Sûreté de l'État",
        "Staatssicherheit",
        "State Security Service",
        "VSSE",
        "V.S.S.E.",
        "SGRS",
        "ADIV",
        "OCAD",
        "OCAM",
        "Federale Politie",
        "Police fédérale",
        "Lokale Taskforce",
        "LTF",
    ] {
        for sector in ["other", "local_police"] {
            let err = env.refused(&["org", "add", name, "--sector", sector]);
            assert!(err.contains("R4"), "{name}: {err}");
            assert!(err.contains(&format!("{name:?}")), "{name}: {err}");
            assert!(
                err.contains("security and intelligence services"),
                "{name}: {err}"
            );
            assert!(err.contains("hint:") && err.contains("io"), "{name}: {err}");
        }
    }
    assert_eq!(env.count("SELECT count(*) FROM organisation"), 0);
    // The right service is named.
    let err = env.refused(&["org", "add", "V.S.S.E.", "--sector", "other"]);
    assert!(err.contains("State Security Service (VSSE)"), "{err}");
    let err = env.refused(&["org", "add", "Police fédérale", "--sector", "other"]);
    assert!(err.contains("federal police"), "{err}");
    let err = env.refused(&["org", "add", "LTF", "--sector", "other"]);
    assert!(err.contains("Local Taskforce"), "{err}");

    env.ok(&["org", "add", "OCMW Kortrijk", "--sector", "ocmw"]);
    env.ok(&[
        "org",
        "add",
        "CAW Zuid-West-Vlaanderen",
        "--sector",
        "caw",
        "--legal-basis",
        "decreet van 21 mei 2021",
    ]);
    env.ok(&["org", "add", "Politiezone Vlas", "--sector", "local_police"]);
    assert_eq!(env.count("SELECT count(*) FROM organisation"), 3);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM organisation WHERE name = 'Politiezone Vlas'
             AND sector = 'local_police'"
        ),
        1
    );
    // Renaming an allowed organisation into a service is refused as well.
    let err = env.refused(&["org", "edit", "OCMW Kortrijk", "--name", "OCAM"]);
    assert!(err.contains("R4"), "{err}");
    // A police zone with the wrong sector gets a warning.
    let out = env.run(&["org", "add", "Lokale Politie Gent", "--sector", "other"]);
    assert_eq!(out.code, 0);
    assert!(
        out.stderr.contains("warning:") && out.stderr.contains("local_police"),
        "{}",
        out.stderr
    );
}

/// ZONE-VLAS with its mayors and chair only, plus an OCMW.
fn vlas_with_mayors(env: &Env) -> (i64, i64) {
    vlas_cell(env);
    env.ok(&["org", "add", "OCMW Kortrijk", "--sector", "ocmw"]);
    let kortrijk = mayor(
        env,
        "Ruth Vandenberghe",
        "Kortrijk",
        "burgemeester@kortrijk.be",
    );
    mayor(env, "Francis Declercq", "Kuurne", "burgemeester@kuurne.be");
    member_from(env, CHAIR, "2026-01-01");
    let prevention = add_member(env, PREVENTION);
    (kortrijk, prevention)
}

#[test]
fn police_seats_follow_r4() {
    let env = Env::new();
    vlas_with_mayors(&env);
    for role in ["partner", "prevention", "mayor", "chair", "secretariat"] {
        let mut args = vec![
            "member",
            "add",
            "Jan Agent",
            "--org",
            "Politiezone Vlas",
            "--role",
            role,
        ];
        if role == "mayor" {
            args.extend(["--municipality", "Lendelede"]);
        }
        let err = env.refused(&args);
        assert!(
            err.contains("Politiezone Vlas is a local police service") && err.contains("R4"),
            "{role}: {err}"
        );
        assert!(err.contains("--role io"), "{role}: {err}");
    }
    let err = env.refused(&[
        "member",
        "add",
        "Jan Ambtenaar",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "io",
    ]);
    assert!(
        err.contains("the io seat belongs to the local police") && err.contains("OCMW Kortrijk"),
        "{err}"
    );
    assert!(err.contains("local_police"), "{err}");
    // The IO of the local police is welcome; without clearance R3 warns.
    let out = env.run(&[
        "member",
        "add",
        "Ingrid Maes",
        "--org",
        "politiezone vlas",
        "--role",
        "io",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("warning:") && out.stderr.contains("R3"),
        "{}",
        out.stderr
    );
}

#[test]
fn mayor_and_chair_seats_follow_r1_and_r2() {
    let env = Env::new();
    let (kortrijk, prevention) = vlas_with_mayors(&env);

    // A mayor for a municipality outside the cell.
    let err = env.refused(&[
        "member",
        "add",
        "Hans Mayor",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        "Wevelgem",
    ]);
    assert!(
        err.contains("cell ZONE-VLAS does not cover Wevelgem (34041)"),
        "{err}"
    );
    assert!(err.contains("cell join ZONE-VLAS"), "{err}");

    // A second mayor for Kortrijk names the first.
    let err = env.refused(&[
        "member",
        "add",
        "Hans Mayor",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        "Courtrai",
    ]);
    assert!(err.contains("already has a mayor seat"), "{err}");
    assert!(
        err.contains(&format!("Ruth Vandenberghe (#{kortrijk})")),
        "{err}"
    );
    assert!(err.contains("member end"), "{err}");
    // After the first seat ends, the next mayor may start on that day, not before.
    env.ok(&[
        "member",
        "end",
        &kortrijk.to_string(),
        "--role",
        "mayor",
        "--on",
        "2027-01-01",
    ]);
    let err = env.refused(&[
        "member",
        "add",
        "Hans Mayor",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        KORTRIJK,
        "--from",
        "2026-12-31",
    ]);
    assert!(err.contains("already has a mayor seat"), "{err}");
    env.ok(&[
        "member",
        "add",
        "Hans Mayor",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        KORTRIJK,
        "--from",
        "2027-01-01",
    ]);

    // A mayor seat needs its municipality.
    let err = env.refused(&[
        "member",
        "add",
        "Lotte Mayor",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
    ]);
    assert!(err.contains("missing --municipality"), "{err}");

    // A chair who is not a mayor (the prevention official).
    let err = env.refused(&[
        "--cell",
        "ZONE-VLAS",
        "member",
        "add",
        "Pieter Dewulf",
        "--org",
        "Stad Kortrijk",
        "--role",
        "chair",
        "--email",
        "preventie@kortrijk.be",
    ]);
    assert!(err.contains("the chair must be a mayor"), "{err}");
    // Nor a new person.
    let err = env.refused(&[
        "member",
        "add",
        "Nieuwe Voorzitter",
        "--org",
        "Stad Kortrijk",
        "--role",
        "chair",
    ]);
    assert!(err.contains("the chair must be a mayor"), "{err}");

    // A second chair, even a mayor, names the first.
    let err = env.refused(&[
        "member",
        "add",
        "Francis Declercq",
        "--org",
        "Stad Kortrijk",
        "--role",
        "chair",
        "--email",
        "burgemeester@kuurne.be",
    ]);
    assert!(err.contains("already has a chair"), "{err}");
    assert!(
        err.contains(&format!("Ruth Vandenberghe (#{kortrijk})")),
        "{err}"
    );

    // --municipality belongs to a mayor seat only.
    for role in ["prevention", "partner", "chair", "io"] {
        let err = env.refused(&[
            "member",
            "add",
            "Els Peeters",
            "--org",
            "Stad Kortrijk",
            "--role",
            role,
            "--municipality",
            "Kortrijk",
        ]);
        assert!(
            err.contains("--municipality is only for a mayor seat") && err.contains(role),
            "{role}: {err}"
        );
    }

    // The same seat twice.
    let err = env.refused(&[
        "member",
        "add",
        "Pieter Dewulf",
        "--org",
        "Stad Kortrijk",
        "--role",
        "prevention",
        "--email",
        "preventie@kortrijk.be",
    ]);
    assert!(
        err.contains(&format!("(#{prevention}) already holds a prevention seat")),
        "{err}"
    );
    // An e-mail of a person of another organisation.
    let err = env.refused(&[
        "member",
        "add",
        "Pieter Dewulf",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "partner",
        "--email",
        "PREVENTIE@kortrijk.be",
    ]);
    assert!(
        err.contains("is recorded with organisation Stad Kortrijk"),
        "{err}"
    );
}

#[test]
fn partners_are_invited_by_a_mayor_or_the_chair() {
    let env = Env::new();
    let (kortrijk, prevention) = vlas_with_mayors(&env);
    let err = env.refused(&[
        "member",
        "add",
        "Sara Hulp",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "partner",
        "--invited-by",
        &prevention.to_string(),
    ]);
    assert!(
        err.contains(&format!(
            "Pieter Dewulf (#{prevention}) is not a mayor or the chair"
        )),
        "{err}"
    );
    let err = env.refused(&[
        "member",
        "add",
        "Sara Hulp",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "prevention",
        "--invited-by",
        &kortrijk.to_string(),
    ]);
    assert!(
        err.contains("--invited-by is for partner and ad_hoc"),
        "{err}"
    );
    let err = env.refused(&[
        "member",
        "add",
        "Sara Hulp",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "partner",
        "--invited-by",
        "Niemand",
    ]);
    assert!(err.contains("unknown member \"Niemand\""), "{err}");

    // Invited by the mayor of Kortrijk, referred to by a part of the name.
    let sara = id(
        &env,
        &[
            "member",
            "add",
            "Sara Hulp",
            "--org",
            "OCMW Kortrijk",
            "--role",
            "partner",
            "--invited-by",
            "vandenberghe",
            "--invited-on",
            "2026-11-15",
        ],
    );
    let (by, on): (Option<i64>, Option<String>) = env
        .db()
        .query_row(
            "SELECT invited_by, invited_on FROM membership WHERE person_id = ?1",
            [sara],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(by, Some(kortrijk));
    assert_eq!(on.as_deref(), Some("2026-11-15"));

    // Without --invited-by: accepted, with a warning.
    let out = env.run(&[
        "member",
        "add",
        "Tom Bijstand",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "partner",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("warning:") && out.stderr.contains("--invited-by"),
        "{}",
        out.stderr
    );
    let tom: i64 = out.stdout.trim().parse().unwrap();
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM membership WHERE person_id = {tom} AND role = 'partner'
             AND invited_by IS NULL"
        )),
        1
    );
}

#[test]
fn members_are_found_by_id_email_or_a_unique_part_of_the_name() {
    let env = Env::new();
    vlas_cell(&env);
    let lieve = id(
        &env,
        &[
            "member",
            "add",
            "Lieve Jansens",
            "--org",
            "Stad Kortrijk",
            "--role",
            "secretariat",
            "--email",
            "lieve.jansens@kortrijk.be",
        ],
    );
    let marc = id(
        &env,
        &[
            "member",
            "add",
            "Marc Jansens",
            "--org",
            "Stad Kortrijk",
            "--role",
            "prevention",
        ],
    );
    let zoe = id(
        &env,
        &[
            "member",
            "add",
            "Zoë Vercauteren",
            "--org",
            "Stad Kortrijk",
            "--role",
            "secretariat",
        ],
    );
    let name_of = |reference: &str| -> (i64, String) {
        let show = json(&env.ok(&["member", "show", reference, "--format", "json"]));
        (
            show["id"].as_i64().unwrap(),
            show["name"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(name_of(&marc.to_string()).1, "Marc Jansens");
    assert_eq!(name_of(&format!("#{lieve}")).1, "Lieve Jansens");
    assert_eq!(name_of("lieve.jansens@kortrijk.be").0, lieve);
    assert_eq!(name_of("LIEVE.JANSENS@KORTRIJK.BE").0, lieve);
    assert_eq!(name_of("marc").0, marc);
    assert_eq!(name_of("ZOE").0, zoe);
    assert_eq!(name_of("zoë vercaut").0, zoe);
    assert_eq!(name_of("Vercauteren").0, zoe);
    assert_eq!(name_of("lieve jansens").0, lieve);

    let err = env.refused(&["member", "show", "jansens"]);
    assert!(err.contains("member \"jansens\" is ambiguous"), "{err}");
    assert!(
        err.contains(&format!(
            "#{lieve} Lieve Jansens (lieve.jansens@kortrijk.be)"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("#{marc} Marc Jansens (Stad Kortrijk)")),
        "{err}"
    );
    assert!(err.contains("give the id or the e-mail"), "{err}");
    // The same in a command that writes.
    let err = env.refused(&["member", "declare", "Jansens", "--signed", "2026-11-01"]);
    assert!(err.contains("ambiguous"), "{err}");
    let err = env.refused(&["member", "end", "JANSENS"]);
    assert!(err.contains("ambiguous"), "{err}");

    let err = env.refused(&["member", "show", "Peeters"]);
    assert!(err.contains("unknown member \"Peeters\""), "{err}");
    assert!(err.contains("member list --all"), "{err}");
    let err = env.refused(&["member", "show", "99"]);
    assert!(err.contains("no member with id 99"), "{err}");
    let err = env.refused(&["member", "show", "niemand@kortrijk.be"]);
    assert!(
        err.contains("no member with e-mail \"niemand@kortrijk.be\""),
        "{err}"
    );

    // A write through a name reference.
    env.ok(&["member", "declare", "zoe", "--signed", "2026-11-01"]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM person WHERE id = {zoe} AND declaration_signed_on = '2026-11-01'"
        )),
        1
    );
}

#[test]
fn declarations_and_clearance_drive_the_r5_and_r3_warnings() {
    let env = Env::new();
    let v = vlas(&env);
    // An expired declaration: an R5 warning naming the member, exit 0.
    env.ok(&[
        "member",
        "declare",
        "preventie@kortrijk.be",
        "--signed",
        "2025-01-01",
        "--valid-until",
        "2026-06-30",
    ]);
    let (code, findings) = check(&env, &[]);
    assert_eq!(code, 0, "{findings:?}");
    assert_eq!(statuses(&findings, "R5"), vec!["warning"]);
    assert!(
        findings
            .iter()
            .any(|f| f.0 == "R5" && f.2.contains("expired on 2026-06-30")),
        "{findings:?}"
    );
    let out = env.run(&["cell", "check"]);
    assert_eq!(out.code, 0);
    assert!(
        out.stdout
            .contains(&format!("Pieter Dewulf (#{})", v.prevention)),
        "{}",
        out.stdout
    );
    // Still valid on its last day.
    let (_, findings) = check(&env, &["--on", "2026-06-30"]);
    assert_eq!(statuses(&findings, "R5"), vec!["ok"]);
    // A new declaration clears it.
    env.ok(&["member", "declare", "Dewulf", "--signed", "2026-11-01"]);
    let (_, findings) = check(&env, &[]);
    assert_eq!(statuses(&findings, "R5"), vec!["ok"]);
    // --valid-until before --signed is refused.
    let err = env.refused(&[
        "member",
        "declare",
        "Dewulf",
        "--signed",
        "2026-11-01",
        "--valid-until",
        "2026-10-01",
    ]);
    assert!(err.contains("before --signed"), "{err}");

    // A new IO without clearance: an R3 warning, exit 0; clearance clears it.
    env.ok(&["member", "end", &v.io.to_string(), "--on", "2026-11-01"]);
    let new_io = id(
        &env,
        &[
            "member",
            "add",
            "Bram Wouters",
            "--org",
            "Politiezone Vlas",
            "--role",
            "io",
            "--from",
            "2026-11-01",
        ],
    );
    env.ok(&["member", "declare", "Wouters", "--signed", "2026-11-01"]);
    let (code, findings) = check(&env, &[]);
    assert_eq!(code, 0, "{findings:?}");
    assert_eq!(statuses(&findings, "R3"), vec!["warning"]);
    let out = env.run(&["cell", "check"]);
    assert!(
        out.stdout.contains(&format!("Bram Wouters (#{new_io})")),
        "{}",
        out.stdout
    );
    // A clearance in the future is refused.
    let err = env.refused(&[
        "member",
        "clearance",
        "wouters",
        "--confirmed",
        "2026-12-01",
    ]);
    assert!(err.contains("in the future"), "{err}");
    env.ok(&[
        "member",
        "clearance",
        "wouters",
        "--confirmed",
        "2026-11-20",
    ]);
    let (code, findings) = check(&env, &[]);
    assert_eq!(code, 0);
    assert!(findings.iter().all(|f| f.1 == "ok"), "{findings:?}");
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action IN ('declare', 'clearance')"),
        8 + 2,
        "8 declarations, 2 clearances"
    );
}

#[test]
fn missing_values_are_listed_when_there_is_no_terminal() {
    let env = Env::new();
    vlas_cell(&env);
    for args in [&["--no-input", "member", "add"][..], &["member", "add"][..]] {
        let err = env.refused(args);
        assert!(
            err.contains("missing NAME (first argument), --org, --role"),
            "{args:?}: {err}"
        );
        assert!(err.contains("hint:"), "{err}");
    }
    let err = env.refused(&["--no-input", "member", "add", "Els Peeters"]);
    assert!(err.contains("missing --org, --role"), "{err}");
    let err = env.refused(&["--no-input", "member", "add", "--role", "mayor"]);
    assert!(
        err.contains("NAME") && err.contains("--org") && err.contains("--municipality"),
        "{err}"
    );
    for args in [&["--no-input", "cell", "add"][..], &["cell", "add"][..]] {
        let err = env.refused(args);
        assert!(
            err.contains("missing CODE")
                && err.contains("--name")
                && err.contains("--municipality"),
            "{args:?}: {err}"
        );
    }
    let err = env.refused(&["cell", "add", "GENT", "--name", "LIVC-R Gent"]);
    assert!(err.contains("missing --municipality"), "{err}");
    assert!(!err.contains("CODE"), "{err}");
    let err = env.refused(&["--no-input", "org", "add"]);
    assert!(
        err.contains("missing NAME (first argument), --sector"),
        "{err}"
    );
}

#[test]
fn bad_input_is_named_in_the_error() {
    let env = Env::new();
    // No cell yet.
    let err = env.refused(&["cell", "show"]);
    assert!(err.contains("no cell yet"), "{err}");
    assert!(err.contains("livcr cell add"), "{err}");

    vlas_cell(&env);
    let err = env.refused(&[
        "cell",
        "join",
        "ZONE-VLAS",
        "--municipality",
        "Wevelgem",
        "--from",
        "2026-02-30",
    ]);
    assert!(err.contains("invalid date \"2026-02-30\""), "{err}");
    assert!(err.contains("February 2026 has 28 days"), "{err}");
    let err = env.refused(&[
        "member",
        "add",
        "Els Peeters",
        "--org",
        "Stad Kortrijk",
        "--role",
        "prevention",
        "--from",
        "31/04/2026",
    ]);
    assert!(err.contains("invalid date \"31/04/2026\""), "{err}");

    let err = env.refused(&[
        "cell",
        "add",
        "HASSELT",
        "--name",
        "LIVC-R Hasselt",
        "--municipality",
        "Haselt",
    ]);
    assert!(err.contains("unknown municipality \"Haselt\""), "{err}");
    assert!(err.contains("did you mean Hasselt (71072)"), "{err}");
    let err = env.refused(&["cell", "join", "ZONE-VLAS", "--municipality", "Wevelgm"]);
    assert!(err.contains("Wevelgem (34041)"), "{err}");

    for bad in [
        "not-an-email",
        "els@kortrijk",
        "els peeters@kortrijk.be",
        "@kortrijk.be",
    ] {
        let err = env.refused(&[
            "member",
            "add",
            "Els Peeters",
            "--org",
            "Stad Kortrijk",
            "--role",
            "prevention",
            "--email",
            bad,
        ]);
        assert!(
            err.contains(&format!("invalid e-mail address {bad:?}")),
            "{bad}: {err}"
        );
    }
    let err = env.refused(&[
        "member",
        "add",
        "Els Peeters",
        "--org",
        "Stad Kortrijk",
        "--role",
        "prevention",
        "--phone",
        "12",
    ]);
    assert!(err.contains("invalid phone number \"12\""), "{err}");
    let err = env.refused(&[
        "member",
        "add",
        "Els Peeters",
        "--org",
        "Stad Gent",
        "--role",
        "prevention",
    ]);
    assert!(err.contains("unknown organisation \"Stad Gent\""), "{err}");

    let err = env.refused(&["cell", "add", "X", "--name", "Y", "--municipality", "Gent"]);
    assert!(err.contains("invalid cell code \"X\""), "{err}");

    env.ok(&[
        "cell",
        "add",
        "NAMUR",
        "--name",
        "CSIL-R Namur",
        "--municipality",
        "Namur",
    ]);
    let err = env.refused(&["cell", "show", "GENT"]);
    assert!(err.contains("unknown cell \"GENT\""), "{err}");
    assert!(
        err.contains("cells in this file: NAMUR, ZONE-VLAS"),
        "{err}"
    );
    let err = env.refused(&["--cell", "GENT", "member", "list"]);
    assert!(err.contains("unknown cell \"GENT\""), "{err}");

    // Two cells: commands without a code ask for --cell.
    for args in [
        &["cell", "show"][..],
        &["cell", "check"][..],
        &["member", "list"][..],
        &[
            "member",
            "add",
            "Els Peeters",
            "--org",
            "Stad Kortrijk",
            "--role",
            "prevention",
        ][..],
    ] {
        let err = env.refused(args);
        assert!(err.contains("several cells"), "{args:?}: {err}");
        assert!(
            err.contains("--cell CODE (one of: NAMUR, ZONE-VLAS)"),
            "{args:?}: {err}"
        );
    }
    env.ok(&[
        "--cell",
        "ZONE-VLAS",
        "member",
        "add",
        "Els Peeters",
        "--org",
        "Stad Kortrijk",
        "--role",
        "prevention",
    ]);
    // Cell codes are found in any case.
    env.ok(&["cell", "show", "zone-vlas"]);
}

#[test]
fn lists_parse_back_in_json_and_csv() {
    let env = Env::new();
    let v = vlas(&env);
    env.ok(&[
        "org",
        "add",
        "CAW Zuid-West-Vlaanderen, regio Kortrijk",
        "--sector",
        "caw",
        "--legal-basis",
        "decreet van 21 mei 2021",
    ]);

    // org list
    let orgs = json(&env.ok(&["org", "list", "--format", "json"]));
    let orgs = orgs.as_array().unwrap();
    assert_eq!(orgs.len(), 3);
    let caw = orgs
        .iter()
        .find(|o| o["name"] == "CAW Zuid-West-Vlaanderen, regio Kortrijk")
        .unwrap();
    assert_eq!(caw["sector"], "caw");
    assert_eq!(caw["legal_basis"], "decreet van 21 mei 2021");
    assert!(orgs.iter().any(|o| o["sector"] == "local_police"));
    let csv_text = env.ok(&["org", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        vec!["id", "name", "sector", "legal_basis"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .any(|r| &r[1] == "CAW Zuid-West-Vlaanderen, regio Kortrijk" && &r[2] == "caw")
    );

    // member list
    let members = json(&env.ok(&["member", "list", "--format", "json"]));
    let members = members.as_array().unwrap();
    assert_eq!(members.len(), 6);
    let io = members.iter().find(|m| m["role"] == "io").unwrap();
    assert_eq!(io["id"], v.io);
    assert_eq!(io["organisation"], "Politiezone Vlas");
    assert_eq!(io["clearance_confirmed_on"], "2026-02-01");
    assert_eq!(io["email"], "io@pzvlas.be");
    assert_eq!(io["secret_holder"], false);
    assert!(io["until_on"].is_null());
    let mayors = json(&env.ok(&["member", "list", "--role", "mayor", "--format", "json"]));
    let mut nis: Vec<&str> = mayors
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["municipality_nis"].as_str().unwrap())
        .collect();
    nis.sort_unstable();
    assert_eq!(nis, vec![KORTRIJK, KUURNE, LENDELEDE]);
    let csv_text = env.ok(&["member", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "id");
    assert_eq!(&headers[3], "role");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 6);
    assert!(
        rows.iter()
            .any(|r| r[0] == v.mayor_kortrijk.to_string() && &r[3] == "chair")
    );

    // cell list
    env.ok(&[
        "cell",
        "add",
        "NAMUR",
        "--name",
        "CSIL-R Namur",
        "--municipality",
        "Namur",
    ]);
    let cells = json(&env.ok(&["cell", "list", "--format", "json"]));
    let cells = cells.as_array().unwrap();
    assert_eq!(cells.len(), 2);
    let vlas = cells.iter().find(|c| c["code"] == "ZONE-VLAS").unwrap();
    assert_eq!(vlas["joint"], true);
    assert_eq!(vlas["member_count"], 5, "five people hold the six seats");
    assert_eq!(vlas["lang"], "nl");
    assert!(
        vlas["municipality_nis"]
            .as_array()
            .unwrap()
            .contains(&"34025".into())
    );
    assert!(
        vlas["municipalities"]
            .as_array()
            .unwrap()
            .contains(&"Lendelede".into())
    );
    let namur = cells.iter().find(|c| c["code"] == "NAMUR").unwrap();
    assert_eq!(namur["joint"], false);
    assert_eq!(namur["lang"], "fr");
    assert_eq!(namur["member_count"], 0);
    let csv_text = env.ok(&["cell", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        vec![
            "code",
            "name",
            "joint",
            "municipality_nis",
            "municipalities",
            "member_count",
            "lang",
            "established_on"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .any(|r| &r[0] == "ZONE-VLAS" && &r[2] == "true" && &r[7] == "2026-01-01")
    );
    // Documents formats are refused for lists.
    let err = env.usage_error(&["org", "list", "--format", "html"]);
    assert!(
        err.contains("html") && err.contains("table, json, csv, md"),
        "{err}"
    );
}

// ---- Bugs found while writing these tests ----

#[test]

fn show_json_declaration_valid_respects_expiry() {
    let env = Env::new();
    let v = vlas(&env);
    env.ok(&[
        "member",
        "declare",
        "preventie@kortrijk.be",
        "--signed",
        "2025-01-01",
        "--valid-until",
        "2026-06-30",
    ]);
    let show = json(&env.ok(&["cell", "show", "--format", "json"]));
    let seat = show["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member_id"] == v.prevention)
        .unwrap();
    // The table (and rule R5) say "no" / "expired"; the JSON must agree.
    assert_eq!(seat["declaration_valid"], false, "{seat}");
}

#[test]
fn leave_in_reverse_date_order_cannot_empty_the_cell() {
    let env = Env::new();
    env.ok(&[
        "cell",
        "add",
        "DUO",
        "--name",
        "LIVC-R Duo",
        "--municipality",
        "Harelbeke",
        "--municipality",
        "Wevelgem",
        "--established",
        "2026-01-01",
    ]);
    env.ok(&[
        "cell",
        "leave",
        "DUO",
        "--municipality",
        "Wevelgem",
        "--on",
        "2026-09-01",
    ]);
    // From 2026-09-01 on, Harelbeke is the last municipality: leaving it on any date must be
    // refused (it would leave the cell covering nothing from 2026-09-01).
    let err = env.refused(&[
        "cell",
        "leave",
        "DUO",
        "--municipality",
        "Harelbeke",
        "--on",
        "2026-06-01",
    ]);
    assert!(err.contains("R1"), "{err}");
}

#[test]
fn leave_ends_a_later_mayor_seat_too() {
    let env = Env::new();
    vlas_cell(&env);
    let old = mayor(
        &env,
        "Karel Lagae",
        "Lendelede",
        "burgemeester@lendelede.be",
    );
    env.ok(&["member", "end", &old.to_string(), "--on", "2027-01-01"]);
    let new = id(
        &env,
        &[
            "member",
            "add",
            "Nele Nieuw",
            "--org",
            "Stad Kortrijk",
            "--role",
            "mayor",
            "--municipality",
            "Lendelede",
            "--from",
            "2027-01-01",
        ],
    );
    env.ok(&[
        "cell",
        "leave",
        "ZONE-VLAS",
        "--municipality",
        "Lendelede",
        "--on",
        "2026-09-01",
    ]);
    let open = env.count(&format!(
        "SELECT count(*) FROM membership WHERE person_id = {new} AND until_on IS NULL"
    ));
    assert_eq!(
        open, 0,
        "the later Lendelede mayor seat should have ended too"
    );
    let (_, findings) = check(&env, &["--on", "2027-02-01"]);
    assert!(
        !findings
            .iter()
            .any(|f| f.0 == "R1" && f.2.contains("which the cell does not cover")),
        "{findings:?}"
    );
}

#[test]
fn mayor_seat_ends_with_the_coverage_of_its_municipality() {
    let env = Env::new();
    vlas_cell(&env);
    env.ok(&[
        "cell",
        "join",
        "ZONE-VLAS",
        "--municipality",
        "Wevelgem",
        "--from",
        "2026-06-01",
    ]);
    env.ok(&[
        "cell",
        "leave",
        "ZONE-VLAS",
        "--municipality",
        "Wevelgem",
        "--on",
        "2026-10-01",
    ]);
    // Wevelgem is covered on 2026-06-01, so the seat may start then, but it cannot outlast the
    // coverage: either refused, or ended on 2026-10-01 like `cell leave` ends mayor seats.
    let out = env.run(&[
        "member",
        "add",
        "Lieve Deweer",
        "--org",
        "Stad Kortrijk",
        "--role",
        "mayor",
        "--municipality",
        "Wevelgem",
        "--from",
        "2026-06-01",
    ]);
    if out.code == 0 {
        let open = env.count(&format!(
            "SELECT count(*) FROM membership WHERE nis = '{WEVELGEM}' AND until_on IS NULL"
        ));
        assert_eq!(open, 0, "the Wevelgem mayor seat outlives the coverage");
    }
    let (_, findings) = check(&env, &["--on", "2026-11-01"]);
    assert!(
        !findings
            .iter()
            .any(|f| f.0 == "R1" && f.2.contains("which the cell does not cover")),
        "{findings:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Issue 10: the rules hold whatever the path (the other verb, the other date, the other person)
// ---------------------------------------------------------------------------------------------

mod doors {
    use super::common::scene::{self, audit_rows, case_id, open, to_follow_up};
    use super::common::{Env, id, json};

    /// The shared VLAS scene (established 2024-01-01, members from then on).
    fn vlas(env: &Env) -> scene::Vlas {
        scene::vlas(env)
    }

    fn cell_of(env: &Env, code: &str) -> String {
        env.db()
            .query_row(
                "SELECT c.code FROM case_file f JOIN cell c ON c.id = f.cell_id WHERE f.code = ?1",
                [code],
                |r| r.get(0),
            )
            .unwrap()
    }

    fn case_field(env: &Env, code: &str, column: &str) -> Option<String> {
        env.column("case", "case_file", "code", code, column)
    }

    #[test]
    fn r4_holds_for_org_edit_and_member_edit_as_for_add() {
        let env = Env::new();
        let v = vlas(&env);
        let io = v.io.unwrap().to_string();
        // The other verb: renaming the CAW (which seats a partner) into a police zone or a
        // security service, or giving it the police sector.
        for args in [
            &[
                "org",
                "edit",
                "CAW Zuid-West-Vlaanderen",
                "--name",
                "Politiezone Kuurne",
            ][..],
            &["org", "edit", "CAW Zuid-West-Vlaanderen", "--name", "OCAM"],
            &[
                "org",
                "edit",
                "CAW Zuid-West-Vlaanderen",
                "--sector",
                "local_police",
            ],
        ] {
            let err = env.refused(args);
            assert!(
                err.contains("(rule R4)") && err.contains("hint:"),
                "{args:?}: {err}"
            );
        }
        // The police zone renamed to the federal police takes its IO with it: refused.
        let err = env.refused(&[
            "org",
            "edit",
            "Politiezone Vlas",
            "--name",
            "Federale Politie",
        ]);
        assert!(
            err.contains("R4") && err.contains("federal police"),
            "{err}"
        );
        // The other person: the chair (a mayor with two seats) moved into the police.
        let err = env.refused(&[
            "member",
            "edit",
            &v.chair.to_string(),
            "--org",
            "Politiezone Vlas",
        ]);
        assert!(
            err.contains("R4") && err.contains("Ruth Vandenberghe"),
            "{err}"
        );
        // The IO moved out of the police.
        let err = env.refused(&["member", "edit", &io, "--org", "CAW Zuid-West-Vlaanderen"]);
        assert!(
            err.contains("io seat belongs to the local police") && err.contains("R4"),
            "{err}"
        );
        // A partner moved into an organisation that is a security service (added before the
        // service names were known cannot happen: the add refuses it), or a police-named one.
        env.ok(&["org", "add", "Lokale Politie Kuurne", "--sector", "other"]);
        let err = env.refused(&[
            "member",
            "edit",
            &v.partner.to_string(),
            "--org",
            "Lokale Politie Kuurne",
        ]);
        assert!(err.contains("looks like a local police service"), "{err}");
        // An ended seat no longer binds: once the IO's seat ended, the person may move.
        env.ok(&["member", "end", &io, "--on", "2026-11-30"]);
        env.ok(&["member", "edit", &io, "--org", "CAW Zuid-West-Vlaanderen"]);
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id
                 WHERE p.id = {io} AND o.sector = 'caw'"
            )),
            1
        );
    }

    #[test]
    fn the_same_person_under_a_second_email_gets_no_police_seat_r4() {
        let env = Env::new();
        let _ = vlas(&env);
        // The IO under a private address, as a partner of the police zone: refused as before.
        let err = env.refused(&[
            "member",
            "add",
            "Ingrid Maes",
            "--org",
            "Politiezone Vlas",
            "--role",
            "partner",
            "--email",
            "ingrid.maes@example.be",
        ]);
        assert!(err.contains("R4"), "{err}");
        // As a CAW partner she is a different record; moving that record into the police later
        // is refused by the same rule.
        let p = id(
            &env,
            &[
                "member",
                "add",
                "Ingrid Maes",
                "--org",
                "CAW Zuid-West-Vlaanderen",
                "--role",
                "ad_hoc",
                "--email",
                "ingrid.maes@example.be",
                "--from",
                "2026-01-01",
            ],
        );
        let err = env.refused(&[
            "member",
            "edit",
            &p.to_string(),
            "--org",
            "Politiezone Vlas",
        ]);
        assert!(err.contains("R4") && err.contains("ad_hoc"), "{err}");
    }

    #[test]
    fn leave_is_refused_while_the_municipality_has_open_cases_r9() {
        let env = Env::new();
        let v = vlas(&env);
        let open_case = open(
            &env,
            "Kuurne",
            "religious",
            "18_24",
            &["--on", "2026-06-01"],
        );
        to_follow_up(&env, &open_case, "2026-06-02", v.chair);
        let closed = open(&env, "Kuurne", "mixed", "25_plus", &["--on", "2026-06-01"]);
        to_follow_up(&env, &closed, "2026-06-02", v.chair);
        env.ok(&[
            "case",
            "close",
            &closed,
            "--reason",
            "goals_reached",
            "--on",
            "2026-07-01",
        ]);
        let err = env.refused(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kuurne",
            "--on",
            "2026-11-01",
        ]);
        assert!(
            err.contains("(rule R9)") && err.contains(&open_case),
            "{err}"
        );
        assert!(
            !err.contains(&closed),
            "a closed case does not block: {err}"
        );
        assert!(
            err.contains("--transfer-to") && err.contains("--close-open-cases"),
            "{err}"
        );
        // An unknown cell, the cell itself, and a future leave with closure are refused too.
        let err = env.refused(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kuurne",
            "--on",
            "2026-11-01",
            "--transfer-to",
            "NOPE",
        ]);
        assert!(err.contains("unknown cell"), "{err}");
        let err = env.refused(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kuurne",
            "--on",
            "2026-11-01",
            "--transfer-to",
            "VLAS",
        ]);
        assert!(err.contains("the cell the municipality leaves"), "{err}");
        let err = env.refused(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kuurne",
            "--on",
            "2026-12-15",
            "--close-open-cases",
            "moved_away",
        ]);
        assert!(err.contains("in the future"), "{err}");
        assert_eq!(cell_of(&env, &open_case), "VLAS");
    }

    #[test]
    fn leave_transfers_the_open_cases_with_their_history_r9() {
        let env = Env::new();
        let v = vlas(&env);
        let code = open(
            &env,
            "Kuurne",
            "religious",
            "18_24",
            &["--on", "2026-06-01"],
        );
        to_follow_up(&env, &code, "2026-06-02", v.chair);
        env.ok(&[
            "action",
            "add",
            &code,
            "--org",
            "CAW Zuid-West-Vlaanderen",
            "--due",
            "2027-01-15",
            "Begeleiding opstarten",
        ]);
        let events_before = env.count(&format!(
            "SELECT count(*) FROM case_event WHERE case_id = {}",
            case_id(&env, &code)
        ));
        // The taking cell is established after the leave date: refused, naming what is needed.
        env.ok(&[
            "cell",
            "add",
            "WEVELGEM",
            "--name",
            "LIVC-R Wevelgem",
            "--municipality",
            super::WEVELGEM,
            "--established",
            "2026-11-15",
        ]);
        let err = env.refused(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kuurne",
            "--on",
            "2026-11-01",
            "--transfer-to",
            "WEVELGEM",
        ]);
        assert!(
            err.contains("established on 2026-11-15") && err.contains("R9"),
            "{err}"
        );
        assert!(
            err.contains("hint:") && err.contains("cell edit WEVELGEM"),
            "{err}"
        );
        let out = env.run(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kuurne",
            "--on",
            "2026-11-20",
            "--transfer-to",
            "WEVELGEM",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("1 open case moved to cell WEVELGEM"),
            "{}",
            out.stderr
        );
        assert_eq!(cell_of(&env, &code), "WEVELGEM");
        // History kept and one journal entry and audit row for the move.
        let cid = case_id(&env, &code);
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM case_event WHERE case_id = {cid}"
            )),
            events_before + 1
        );
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM case_event WHERE case_id = {cid} AND kind = 'note'
                 AND text LIKE 'moved from cell VLAS to cell WEVELGEM%' AND on_date = '2026-11-20'"
            )),
            1
        );
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM action WHERE case_id = {cid}"
            )),
            1
        );
        assert_eq!(audit_rows(&env, "transfer", "case", &code), 1);
        // WEVELGEM covers Kuurne from the leave date on; VLAS no longer does.
        assert_eq!(
            super::municipalities_on(&env, "WEVELGEM", "2026-11-20"),
            vec![super::WEVELGEM.to_string(), super::KUURNE.to_string()]
        );
        assert_eq!(
            super::municipalities_on(&env, "VLAS", "2026-11-20"),
            vec![super::KORTRIJK.to_string(), super::LENDELEDE.to_string()]
        );
        // The case is now WEVELGEM's: listed there, unknown in VLAS.
        let list = json(&env.ok(&["--cell", "WEVELGEM", "case", "list", "--format", "json"]));
        assert!(list.to_string().contains(&code), "{list}");
        env.refused(&["--cell", "VLAS", "case", "show", &code]);
    }

    #[test]
    fn leave_closes_the_open_cases_as_case_close_does_r9() {
        let env = Env::new();
        let v = vlas(&env);
        let follow = open(
            &env,
            "Kuurne",
            "religious",
            "18_24",
            &["--on", "2026-06-01"],
        );
        to_follow_up(&env, &follow, "2026-06-02", v.chair);
        let signal = open(&env, "Kuurne", "mixed", "25_plus", &["--on", "2026-06-01"]);
        let kortrijk = open(
            &env,
            "Kortrijk",
            "mixed",
            "25_plus",
            &["--on", "2026-06-01"],
        );
        // A case opened after the leave date cannot be closed before it was opened.
        let out = env.run(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kuurne",
            "--on",
            "2026-11-01",
            "--close-open-cases",
            "moved_away",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("2 open cases closed on 2026-11-01"),
            "{}",
            out.stderr
        );
        assert_eq!(
            case_field(&env, &follow, "status").as_deref(),
            Some("closed")
        );
        assert_eq!(
            case_field(&env, &follow, "close_reason").as_deref(),
            Some("moved_away")
        );
        assert_eq!(
            case_field(&env, &follow, "closed_on").as_deref(),
            Some("2026-11-01")
        );
        assert_eq!(
            case_field(&env, &follow, "purge_due_on").as_deref(),
            Some("2028-11-01")
        );
        assert_eq!(case_field(&env, &follow, "next_review_on"), None);
        // A case never put on the list is declined (a closure reason needs the list).
        assert_eq!(
            case_field(&env, &signal, "status").as_deref(),
            Some("declined")
        );
        assert_eq!(
            case_field(&env, &signal, "purge_due_on").as_deref(),
            Some("2028-11-01")
        );
        assert_eq!(audit_rows(&env, "close", "case", &follow), 1);
        let cid = case_id(&env, &follow);
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM case_event WHERE case_id = {cid} AND kind = 'closed'
                 AND text = 'reason: moved_away' AND on_date = '2026-11-01'"
            )),
            1
        );
        // Kortrijk's case is untouched.
        assert_eq!(
            case_field(&env, &kortrijk, "status").as_deref(),
            Some("signal")
        );
    }

    #[test]
    fn a_new_retention_recomputes_the_purge_dates_r11() {
        let env = Env::new();
        let v = vlas(&env);
        let old = open(
            &env,
            "Kortrijk",
            "religious",
            "18_24",
            &["--on", "2025-01-10"],
        );
        to_follow_up(&env, &old, "2025-01-11", v.chair);
        env.ok(&[
            "case",
            "close",
            &old,
            "--reason",
            "goals_reached",
            "--on",
            "2025-06-01",
        ]);
        let recent = open(
            &env,
            "Kortrijk",
            "mixed",
            "25_plus",
            &["--on", "2026-06-01"],
        );
        env.ok(&[
            "case",
            "move",
            &recent,
            "--to",
            "screening",
            "--on",
            "2026-06-02",
        ]);
        env.ok(&[
            "case",
            "move",
            &recent,
            "--to",
            "declined",
            "--on",
            "2026-06-03",
        ]);
        assert_eq!(
            case_field(&env, &old, "purge_due_on").as_deref(),
            Some("2027-06-01")
        );
        let out = env.run(&["cell", "edit", "VLAS", "--retention-months", "12"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr
                .contains("2 cases (closed or declined) got a new purge date, 1 of them due"),
            "{}",
            out.stderr
        );
        assert_eq!(
            case_field(&env, &old, "purge_due_on").as_deref(),
            Some("2026-06-01")
        );
        assert_eq!(
            case_field(&env, &recent, "purge_due_on").as_deref(),
            Some("2027-06-03")
        );
        // Judged on the clock: a day later nothing changes in the dates, only what is due.
        let mut later = Env::empty();
        later.dir = env.dir;
        later.today = "2027-06-03".into();
        let out = later.run(&["cell", "edit", "VLAS", "--retention-months", "13"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr
                .contains("2 cases (closed or declined) got a new purge date, 1 of them"),
            "{}",
            out.stderr
        );
        let out = later.run(&["cell", "edit", "VLAS", "--retention-months", "12"]);
        assert!(
            out.stderr.contains("got a new purge date, 2 of them due"),
            "{}",
            out.stderr
        );
    }

    #[test]
    fn declarations_and_clearances_are_not_dated_in_the_future() {
        let env = Env::new();
        let v = vlas(&env);
        let io = v.io.unwrap().to_string();
        let err = env.refused(&["member", "declare", &io, "--signed", "2026-12-01"]);
        assert!(
            err.contains("in the future") && err.contains("hint:"),
            "{err}"
        );
        let err = env.refused(&["member", "declare", &io, "--signed", "+1d"]);
        assert!(err.contains("in the future"), "{err}");
        env.ok(&["member", "declare", &io, "--signed", "2026-11-30"]);
        let err = env.refused(&["member", "clearance", &io, "--confirmed", "2026-12-01"]);
        assert!(err.contains("in the future"), "{err}");
        env.ok(&["member", "clearance", &io, "--confirmed", "2026-11-30"]);
    }

    #[test]
    fn the_establishment_date_carries_what_began_with_it() {
        let env = Env::new();
        let _ = vlas(&env);
        // A seat that began later than the new date blocks it.
        env.ok(&[
            "member",
            "add",
            "An Callens",
            "--org",
            "CLB Kortrijk",
            "--role",
            "secretariat",
            "--from",
            "2024-03-01",
        ]);
        let err = env.refused(&["cell", "edit", "VLAS", "--established", "2024-06-01"]);
        assert!(
            err.contains("begins on 2024-03-01") && err.contains("hint:"),
            "{err}"
        );
        // A later date up to that seat moves the coverage and the seats that began with the cell.
        let out = env.run(&["cell", "edit", "VLAS", "--established", "2024-02-01"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(
            env.count("SELECT count(*) FROM cell_municipality WHERE from_on < '2024-02-01'"),
            0
        );
        assert_eq!(
            env.count("SELECT count(*) FROM membership WHERE from_on < '2024-02-01'"),
            0
        );
        assert_eq!(
            env.count("SELECT count(*) FROM cell_municipality WHERE from_on = '2024-02-01'"),
            3
        );
        // Earlier again: everything that began with it follows.
        env.ok(&["cell", "edit", "VLAS", "--established", "2023-12-01"]);
        assert_eq!(
            env.count("SELECT count(*) FROM cell_municipality WHERE from_on = '2023-12-01'"),
            3
        );
        // Never before another cell's coverage of the same municipality.
        env.ok(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Lendelede",
            "--on",
            "2026-01-01",
        ]);
        env.ok(&[
            "cell",
            "add",
            "LEND",
            "--name",
            "LIVC-R Lendelede",
            "--municipality",
            "Lendelede",
            "--established",
            "2026-01-01",
        ]);
        env.ok(&["cell", "edit", "LEND", "--established", "2026-03-01"]);
        let err = env.refused(&["cell", "edit", "LEND", "--established", "2025-06-01"]);
        assert!(err.contains("R1") && err.contains("VLAS"), "{err}");
    }

    #[test]
    fn a_mayor_seat_held_for_another_municipality_of_a_joint_cell_is_warned_about() {
        let env = Env::new();
        scene::vlas_cell(&env, &[]);
        scene::vlas_orgs(&env, &[]);
        // Kuurne's mayor recorded as a member of Stad Kortrijk: warned, written.
        let out = env.run(&[
            "member",
            "add",
            "Francis Declercq",
            "--org",
            "Stad Kortrijk",
            "--role",
            "mayor",
            "--municipality",
            "Kuurne",
            "--from",
            "2024-01-01",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("warning:")
                && out.stderr.contains("mayor seat for Kuurne")
                && out.stderr.contains("Kortrijk (34022)"),
            "{}",
            out.stderr
        );
        // Kortrijk's mayor of Stad Kortrijk: nothing to say.
        let out = env.run(&[
            "member",
            "add",
            "Ruth Vandenberghe",
            "--org",
            "Stad Kortrijk",
            "--role",
            "mayor",
            "--municipality",
            "Kortrijk",
            "--from",
            "2024-01-01",
            "--email",
            "b@kortrijk.be",
        ]);
        assert!(!out.stderr.contains("warning:"), "{}", out.stderr);
        // The other verb: moving her to Gemeente Kuurne warns too.
        let out = env.run(&[
            "member",
            "edit",
            "b@kortrijk.be",
            "--org",
            "Gemeente Kuurne",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("mayor seat for Kortrijk"),
            "{}",
            out.stderr
        );
        // A municipal organisation naming no municipality of the cell says nothing.
        env.ok(&[
            "org",
            "add",
            "Intercommunale Leiedal",
            "--sector",
            "municipality",
        ]);
        let out = env.run(&[
            "member",
            "edit",
            "b@kortrijk.be",
            "--org",
            "Intercommunale Leiedal",
        ]);
        assert!(!out.stderr.contains("warning:"), "{}", out.stderr);
    }

    /// A case consultation held on 2026-11-23 with the chair, IO and prevention official.
    fn held(env: &Env, v: &scene::Vlas) -> String {
        let m = scene::plan(env, "2026-11-23", "14:00", &["--yes"]);
        env.ok(&[
            "meeting",
            "attend",
            &m,
            "--present",
            &format!("{},{},{}", v.chair, v.io.unwrap(), v.prevention),
        ]);
        env.ok(&["meeting", "close", "--yes", &m]);
        m
    }

    #[test]
    fn a_seat_at_a_held_meeting_cannot_be_ended_before_it_r2() {
        let env = Env::new();
        let v = vlas(&env);
        let m = held(&env, &v);
        let io = v.io.unwrap().to_string();
        // The other date: back-dated before the meeting, and on its very day.
        for on in ["2026-11-01", "2026-11-23"] {
            let err = env.refused(&["member", "end", &io, "--on", on]);
            assert!(
                err.contains(&format!("meeting {m} held on 2026-11-23")) && err.contains("R2"),
                "{err}"
            );
        }
        // The other verb: the chair's municipality leaving before the meeting ends her mayor seat.
        let err = env.refused(&[
            "cell",
            "leave",
            "VLAS",
            "--municipality",
            "Kortrijk",
            "--on",
            "2026-11-01",
        ]);
        assert!(err.contains("R2") && err.contains("2026-11-23"), "{err}");
        // After the meeting: allowed, with a warning that the cell now lacks its IO.
        let out = env.run(&["member", "end", &io, "--on", "2026-11-24"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("warning:")
                && out.stderr.contains("breaks rule R2")
                && out.stderr.contains("no Information Officer"),
            "{}",
            out.stderr
        );
        // The chair's mayor seat ending leaves the cell without a lawful chair: warned.
        let out = env.run(&[
            "member",
            "end",
            &v.chair.to_string(),
            "--role",
            "mayor",
            "--on",
            "2026-11-25",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("the chair holds no mayor seat"),
            "{}",
            out.stderr
        );
        // Ending a partner seat warns about nothing new.
        let out = env.run(&[
            "member",
            "end",
            &v.partner.to_string(),
            "--on",
            "2026-11-26",
        ]);
        assert!(!out.stderr.contains("R2"), "{}", out.stderr);
    }
}

#[test]
fn a_second_member_of_the_same_name_and_organisation_is_warned_about_not_refused() {
    let env = Env::new();
    vlas_with_mayors(&env);
    let args = [
        "member",
        "add",
        "Sara Hulp",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "partner",
        "--no-input",
    ];
    let first = env.run(&args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        !first.stderr.contains("already has a member"),
        "{}",
        first.stderr
    );
    let count = || {
        env.count(
            "SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id \
             WHERE p.name = 'Sara Hulp' AND o.name = 'OCMW Kortrijk'",
        )
    };
    assert_eq!(count(), 1);
    let first_id = env.count("SELECT id FROM person WHERE name = 'Sara Hulp'");
    // The same again: added (two people may share a name), with a warning naming the first.
    let second = env.run(&args);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(
        second.stderr.contains(&format!(
            "warning: OCMW Kortrijk already has a member of this name: Sara Hulp (#{first_id}, no \
             e-mail); if it is the same person, give this seat with their --email (a member \
             without one gets it with `livcr member edit {first_id} --email E`); if not, give \
             each an --email to tell them apart"
        )),
        "{}",
        second.stderr
    );
    assert_eq!(count(), 2);
    // Case and accents do not hide a namesake; an e-mail on the new one does not either.
    let third = env.run(&[
        "member",
        "add",
        "sara hulp",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "partner",
        "--email",
        "sara.hulp@ocmw-kortrijk.be",
        "--no-input",
    ]);
    assert_eq!(third.code, 0, "{}", third.stderr);
    assert!(
        third
            .stderr
            .contains("OCMW Kortrijk already has a member of this name: Sara Hulp"),
        "{}",
        third.stderr
    );
    // A second seat for the same person, found by e-mail, is no namesake.
    let again = env.run(&[
        "member",
        "add",
        "Sara Hulp",
        "--org",
        "OCMW Kortrijk",
        "--role",
        "ad_hoc",
        "--email",
        "sara.hulp@ocmw-kortrijk.be",
        "--no-input",
    ]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        !again.stderr.contains("already has a member of this name"),
        "{}",
        again.stderr
    );
}

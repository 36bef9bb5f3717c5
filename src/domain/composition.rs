//! The composition rules R1-R5 (domain.md), as a pure function over a cell's state on a date.

use serde::Serialize;

pub const ROLES: &[&str] = &[
    "chair",
    "mayor",
    "io",
    "prevention",
    "partner",
    "ad_hoc",
    "secretariat",
];

pub fn role_str(role: Role) -> &'static str {
    match role {
        Role::Chair => "chair",
        Role::Mayor => "mayor",
        Role::Io => "io",
        Role::Prevention => "prevention",
        Role::Partner => "partner",
        Role::AdHoc => "ad_hoc",
        Role::Secretariat => "secretariat",
    }
}

/// Organisation sectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Sector {
    Municipality,
    LocalPolice,
    Ocmw,
    Caw,
    Clb,
    School,
    YouthWelfare,
    JusticeHouse,
    Employment,
    MentalHealth,
    Prevention,
    Other,
}

/// Seats in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Role {
    /// Chair: a mayor of one of the cell's municipalities
    Chair,
    /// Mayor (or the mayor's representative) of one municipality
    Mayor,
    /// Information Officer of the local police, representing the Local Taskforce
    Io,
    /// The municipal prevention official
    Prevention,
    /// Standing invitee
    Partner,
    /// Invited for specific cases
    AdHoc,
    /// Secretariat
    Secretariat,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        role_str(self)
    }
}

impl Sector {
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Municipality => "municipality",
            Sector::LocalPolice => "local_police",
            Sector::Ocmw => "ocmw",
            Sector::Caw => "caw",
            Sector::Clb => "clb",
            Sector::School => "school",
            Sector::YouthWelfare => "youth_welfare",
            Sector::JusticeHouse => "justice_house",
            Sector::Employment => "employment",
            Sector::MentalHealth => "mental_health",
            Sector::Prevention => "prevention",
            Sector::Other => "other",
        }
    }
}

/// A seat in force on the checked date, with what the rules need to know about its holder.
#[derive(Debug, Clone)]
pub struct SeatView {
    pub person_id: i64,
    pub name: String,
    pub organisation: String,
    pub sector: String,
    pub role: String,
    pub nis: Option<String>,
    pub declaration_signed_on: Option<String>,
    pub declaration_valid_until: Option<String>,
    pub clearance_confirmed_on: Option<String>,
    pub invited_by: Option<i64>,
}

/// Ok, warning (W rules) or error (E rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warning,
    Error,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warning => "warning",
            Status::Error => "error",
        }
    }
}

/// The verdict on one rule.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub status: Status,
    /// English in `--format json` and csv (scripts read them), the interface language for a
    /// person (tables, messages, warnings).
    pub detail: Said,
    /// Members concerned, as "Name (#id)".
    pub members: Vec<String>,
}

use crate::i18n::Said;

fn who(s: &SeatView) -> String {
    format!("{} (#{})", s.name, s.person_id)
}

fn finding(
    rule: &'static str,
    problems: Vec<(Status, Said, Vec<String>)>,
    ok: Said,
) -> Vec<Finding> {
    if problems.is_empty() {
        return vec![Finding {
            rule,
            status: Status::Ok,
            detail: ok,
            members: vec![],
        }];
    }
    problems
        .into_iter()
        .map(|(status, said, members)| Finding {
            rule,
            status,
            detail: said,
            members,
        })
        .collect()
}

/// Whether a confidentiality declaration is in force on `on` (ISO dates): signed on or before
/// that day and not expired (R5).
pub fn declaration_valid(signed: Option<&str>, valid_until: Option<&str>, on: &str) -> bool {
    signed.is_some_and(|s| s <= on) && valid_until.is_none_or(|u| on <= u)
}

fn of_role<'a>(seats: &'a [SeatView], role: &'a str) -> impl Iterator<Item = &'a SeatView> {
    seats.iter().filter(move |s| s.role == role)
}

/// Checks R1-R5 for a cell on `date` (ISO). `municipalities` are the covered (NIS, name) pairs;
/// `security` tells whether an organisation name is a security or intelligence service.
pub fn check(
    date: &str,
    municipalities: &[(String, String)],
    seats: &[SeatView],
    security: impl Fn(&str) -> Option<&'static str>,
) -> Vec<Finding> {
    let mut out = Vec::new();

    // R1: 1..n municipalities, each with a mayor (or representative) seat.
    let mut p1 = Vec::new();
    if municipalities.is_empty() {
        p1.push((
            Status::Error,
            crate::said_t!("comp-r1-no-municipality"),
            vec![],
        ));
    }
    for (nis, name) in municipalities {
        if !of_role(seats, "mayor").any(|s| s.nis.as_deref() == Some(nis)) {
            p1.push((
                Status::Error,
                crate::said_t!("comp-r1-no-mayor", municipality = name, nis = nis),
                vec![],
            ));
        }
    }
    for s in of_role(seats, "mayor") {
        if let Some(nis) = &s.nis
            && !municipalities.iter().any(|(n, _)| n == nis)
        {
            p1.push((
                Status::Error,
                crate::said_t!("comp-r1-mayor-not-covered", nis = nis),
                vec![who(s)],
            ));
        }
    }
    let joint = if municipalities.len() > 1 {
        crate::said_t!("comp-r1-ok-joint", count = municipalities.len())
    } else {
        crate::said_t!("comp-r1-ok")
    };
    out.extend(finding("R1", p1, joint));

    // R2: a chair who is a mayor of the cell, an IO, a prevention official.
    let mut p2 = Vec::new();
    let chairs: Vec<&SeatView> = of_role(seats, "chair").collect();
    match chairs.as_slice() {
        [] => p2.push((Status::Error, crate::said_t!("comp-r2-no-chair"), vec![])),
        [chair] => {
            if !of_role(seats, "mayor").any(|m| m.person_id == chair.person_id) {
                p2.push((
                    Status::Error,
                    crate::said_t!("comp-r2-chair-not-mayor"),
                    vec![who(chair)],
                ));
            }
        }
        many => p2.push((
            Status::Error,
            crate::said_t!("comp-r2-many-chairs", count = many.len()),
            many.iter().map(|s| who(s)).collect(),
        )),
    }
    for s in of_role(seats, "io").filter(|s| s.sector != "local_police") {
        p2.push((
            Status::Error,
            crate::said_t!("comp-r2-io-not-police"),
            vec![who(s)],
        ));
    }
    if of_role(seats, "io").next().is_none() {
        p2.push((Status::Error, crate::said_t!("comp-r2-no-io"), vec![]));
    }
    if of_role(seats, "prevention").next().is_none() {
        p2.push((
            Status::Error,
            crate::said_t!("comp-r2-no-prevention"),
            vec![],
        ));
    }
    out.extend(finding("R2", p2, crate::said_t!("comp-r2-ok")));

    // R3: IO clearance "geheim" confirmed.
    let p3: Vec<_> = of_role(seats, "io")
        .filter(|s| s.clearance_confirmed_on.is_none())
        .map(|s| {
            (
                Status::Warning,
                crate::said_t!("comp-r3-no-clearance"),
                vec![who(s)],
            )
        })
        .collect();
    out.extend(finding("R3", p3, crate::said_t!("comp-r3-ok")));

    // R4: no security or intelligence service; local police only in the IO seat.
    let mut p4 = Vec::new();
    for s in seats {
        if let Some(service) = security(&s.organisation) {
            p4.push((
                Status::Error,
                crate::said_t!("comp-r4-security", service = service),
                vec![who(s)],
            ));
        } else if s.sector == "local_police" && s.role != "io" {
            p4.push((
                Status::Error,
                crate::said_t!("comp-r4-police-seat", role = s.role.as_str()),
                vec![who(s)],
            ));
        }
    }
    out.extend(finding("R4", p4, crate::said_t!("comp-r4-ok")));

    // R5: confidentiality declarations.
    let mut p5 = Vec::new();
    let mut seen = Vec::new();
    for s in seats {
        if seen.contains(&s.person_id) {
            continue;
        }
        seen.push(s.person_id);
        match (&s.declaration_signed_on, &s.declaration_valid_until) {
            (None, _) => p5.push((
                Status::Warning,
                crate::said_t!("comp-r5-none"),
                vec![who(s)],
            )),
            (Some(_), Some(until)) if until.as_str() < date => p5.push((
                Status::Warning,
                crate::said_t!("comp-r5-expired", date = until.as_str()),
                vec![who(s)],
            )),
            (Some(signed), _) if signed.as_str() > date => p5.push((
                Status::Warning,
                crate::said_t!("comp-r5-future", date = signed.as_str()),
                vec![who(s)],
            )),
            _ => {}
        }
    }
    out.extend(finding("R5", p5, crate::said_t!("comp-r5-ok")));
    out
}

/// A refusal by one of the rules below: what is wrong (naming the rule) and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub hint: String,
}

impl From<Refusal> for anyhow::Error {
    fn from(r: Refusal) -> anyhow::Error {
        crate::error::fail_hint(r.message, r.hint)
    }
}

fn refuse<T>(message: impl Into<String>, hint: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal {
        message: message.into(),
        hint: hint.into(),
    })
}

/// Rule R4 for an organisation on its own: no security or intelligence service. `security`
/// is [`crate::domain::security::security_service`] (given, so the rule is testable alone).
pub fn r4_organisation(
    name: &str,
    security: impl Fn(&str) -> Option<&'static str>,
) -> Result<(), Refusal> {
    if let Some(service) = security(name) {
        return refuse(
            crate::t!(
                "comp-r4-org-refused",
                name = format!("{name:?}"),
                service = service
            ),
            crate::t!("comp-r4-org-refused-hint"),
        );
    }
    Ok(())
}

/// The holder of a seat as rule R4 sees it: the person and their organisation.
#[derive(Debug, Clone, Copy)]
pub struct Holder<'a> {
    pub person_id: i64,
    pub person: &'a str,
    pub org_id: i64,
    pub org: &'a str,
    pub sector: &'a str,
}

/// Rule R4 for one seat: no security or intelligence service; members of a local police
/// organisation (by sector, or by a name that looks like a police zone) sit only as IO; the io
/// seat belongs to the local police. Every db writer that changes an organisation's name or
/// sector, a person's organisation or adds a seat calls it on the state it would write.
pub fn r4_seat(
    h: Holder,
    role: &str,
    security: impl Fn(&str) -> Option<&'static str>,
    looks_like_police: impl Fn(&str) -> bool,
) -> Result<(), Refusal> {
    r4_organisation(h.org, security)?;
    // A person not yet in the file (`member add`) has no id to show.
    let who = if h.person_id > 0 {
        format!("{} (#{})", h.person, h.person_id)
    } else {
        h.person.to_string()
    };
    // The member as a command names it (`MEMBER` is the placeholder of the usage line).
    let member = if h.person_id > 0 {
        h.person_id.to_string()
    } else {
        "MEMBER".to_string()
    };
    if h.sector == "local_police" && role != "io" {
        return refuse(
            crate::t!(
                "comp-r4-police-not-io",
                org = h.org,
                who = who.as_str(),
                role = role
            ),
            crate::t!("comp-r4-police-not-io-hint", member = member, role = role),
        );
    }
    if h.sector != "local_police" && role == "io" {
        return refuse(
            crate::t!(
                "comp-r4-io-not-police",
                who = who.as_str(),
                org = h.org,
                sector = h.sector
            ),
            crate::t!("comp-r4-io-not-police-hint", member = member),
        );
    }
    if h.sector != "local_police" && looks_like_police(h.org) {
        return refuse(
            crate::t!(
                "comp-r4-looks-police",
                org = h.org,
                who = who.as_str(),
                role = role
            ),
            crate::t!("comp-r4-looks-police-hint", id = h.org_id.to_string()),
        );
    }
    Ok(())
}

/// Rule R2 over time: a seat that was in force at a held meeting (`held`: meeting id and date)
/// may not be ended on or before that meeting's date, or the record of who sat in the cell when
/// the meeting was held would change after the fact.
pub fn r2_keeps_held_meetings(
    role: &str,
    from_on: &str,
    old_until: Option<&str>,
    new_until: &str,
    held: &[(i64, String)],
) -> Result<(), Refusal> {
    let lost = held.iter().find(|(_, d)| {
        let d = d.as_str();
        from_on <= d && old_until.is_none_or(|u| d < u) && new_until <= d
    });
    if let Some((id, date)) = lost {
        return refuse(
            crate::t!(
                "comp-r2-held-meeting",
                role = role,
                id = id.to_string(),
                date = date.as_str(),
                until = new_until
            ),
            crate::t!("comp-end-after-hint", date = date.as_str()),
        );
    }
    Ok(())
}

/// Rule R9 on the composition side: a case belongs to the cell that covers its municipality, so
/// a cell cannot stop covering a municipality while it still holds open cases there.
pub fn r9_no_open_cases(
    cell: &str,
    municipality: &str,
    open: &[String],
    on: &str,
) -> Result<(), Refusal> {
    if open.is_empty() {
        return Ok(());
    }
    let shown: Vec<&str> = open.iter().take(5).map(String::as_str).collect();
    let more = if open.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    refuse(
        crate::t!(
            "comp-r9-open-cases",
            cell = cell,
            count = open.len(),
            municipality = municipality,
            codes = format!("{}{more}", shown.join(", ")),
            on = on
        ),
        crate::t!("comp-r9-open-cases-hint"),
    )
}

/// The municipalities (NIS) of `candidates` that an organisation name names, in Dutch, French
/// or German, as whole words (`Stad Kortrijk`, `CPAS de Liège`, `Gemeinde Eupen`).
pub fn named_municipalities<'a>(
    org: &str,
    candidates: &[&'a crate::domain::municipality::Municipality],
) -> Vec<&'a str> {
    use crate::domain::municipality::strip_suffix;
    use crate::domain::text::fold;
    let name = format!(" {} ", fold(org));
    candidates
        .iter()
        .filter(|m| {
            [&m.name_nl, &m.name_fr, &m.name_de].iter().any(|n| {
                let n = fold(strip_suffix(n));
                !n.is_empty() && name.contains(&format!(" {n} "))
            })
        })
        .map(|m| m.nis)
        .collect()
}

/// Joint cells: a warning when the holder of the mayor seat for `nis` belongs to a municipal
/// organisation whose name names another municipality of the cell and not `nis` (organisations
/// have no municipality of their own; the name is the best evidence there is).
pub fn mayor_org_mismatch(
    org: &str,
    sector: &str,
    nis: &str,
    cell_municipalities: &[&crate::domain::municipality::Municipality],
) -> Option<String> {
    if sector != "municipality" || cell_municipalities.len() < 2 {
        return None;
    }
    let named = named_municipalities(org, cell_municipalities);
    if named.is_empty() || named.contains(&nis) {
        return None;
    }
    let label = |n: &str| {
        cell_municipalities
            .iter()
            .find(|m| m.nis == n)
            .map(|m| format!("{} ({n})", m.display_name()))
            .unwrap_or_else(|| n.to_string())
    };
    Some(crate::t!(
        "comp-mayor-org-mismatch",
        municipality = label(nis),
        org = org,
        named = named
            .iter()
            .map(|n| label(n))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// When an establishment date moves from `old` to `new`: the periods (coverage or seats, as
/// `(label, from, until)`) that began on `old` move with it; every other period must begin on or
/// after `new`, and no moved period may end before it begins.
pub fn establishment_move(
    old: &str,
    new: &str,
    periods: &[(String, String, Option<String>)],
) -> Result<Vec<usize>, Refusal> {
    let mut moved = Vec::new();
    for (i, (label, from, until)) in periods.iter().enumerate() {
        if from == old {
            if until.as_deref().is_some_and(|u| u <= new) {
                return refuse(
                    crate::t!(
                        "comp-establish-ended",
                        label = label.as_str(),
                        old = old,
                        until = until.as_deref().unwrap_or_default(),
                        new = new
                    ),
                    crate::t!("comp-establish-before-hint", date = old),
                );
            }
            moved.push(i);
        } else if from.as_str() < new {
            return refuse(
                crate::t!(
                    "comp-establish-depends",
                    label = label.as_str(),
                    from = from.as_str(),
                    new = new
                ),
                crate::t!("comp-establish-before-hint", date = from.as_str()),
            );
        }
    }
    Ok(moved)
}

/// True when any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.status == Status::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat(id: i64, role: &str, nis: Option<&str>) -> SeatView {
        SeatView {
            person_id: id,
            name: format!("P{id}"),
            organisation: if role == "io" {
                "Politiezone X".into()
            } else {
                "Stad X".into()
            },
            sector: if role == "io" {
                "local_police".into()
            } else {
                "municipality".into()
            },
            role: role.into(),
            nis: nis.map(Into::into),
            declaration_signed_on: Some("2026-01-01".into()),
            declaration_valid_until: None,
            clearance_confirmed_on: Some("2026-01-01".into()),
            invited_by: None,
        }
    }

    fn complete() -> (Vec<(String, String)>, Vec<SeatView>) {
        (
            vec![("44021".into(), "Gent".into())],
            vec![
                seat(1, "mayor", Some("44021")),
                seat(1, "chair", None),
                seat(2, "io", None),
                seat(3, "prevention", None),
            ],
        )
    }

    fn statuses(f: &[Finding], rule: &str) -> Vec<Status> {
        f.iter()
            .filter(|x| x.rule == rule)
            .map(|x| x.status)
            .collect()
    }

    #[test]
    fn a_complete_cell_passes() {
        let (m, s) = complete();
        let f = check("2026-06-01", &m, &s, |_| None);
        assert!(!has_errors(&f), "{f:?}");
        assert!(f.iter().all(|x| x.status == Status::Ok), "{f:?}");
    }

    #[test]
    fn each_missing_role_is_an_error() {
        for missing in ["chair", "io", "prevention", "mayor"] {
            let (m, mut s) = complete();
            s.retain(|x| x.role != missing);
            let f = check("2026-06-01", &m, &s, |_| None);
            assert!(has_errors(&f), "{missing}: {f:?}");
        }
    }

    #[test]
    fn warnings_for_clearance_and_declarations() {
        let (m, mut s) = complete();
        s[2].clearance_confirmed_on = None;
        s[3].declaration_valid_until = Some("2026-05-31".into());
        let f = check("2026-06-01", &m, &s, |_| None);
        assert!(!has_errors(&f));
        assert_eq!(statuses(&f, "R3"), vec![Status::Warning]);
        assert_eq!(statuses(&f, "R5"), vec![Status::Warning]);
        assert!(f.iter().any(|x| x.members == vec!["P3 (#3)".to_string()]));
    }

    #[test]
    fn security_services_and_police_outside_the_io_seat_are_errors() {
        let (m, mut s) = complete();
        s.push(SeatView {
            organisation: "VSSE".into(),
            ..seat(9, "partner", None)
        });
        let f = check("2026-06-01", &m, &s, |o| {
            (o == "VSSE").then_some("State Security")
        });
        assert_eq!(statuses(&f, "R4"), vec![Status::Error]);
        let (m, mut s) = complete();
        s.push(SeatView {
            sector: "local_police".into(),
            ..seat(9, "partner", None)
        });
        assert_eq!(
            statuses(&check("2026-06-01", &m, &s, |_| None), "R4"),
            vec![Status::Error]
        );
    }

    #[test]
    fn r4_seat_table() {
        let h = |sector: &'static str, org: &'static str| Holder {
            person_id: 7,
            person: "P",
            org_id: 1,
            org,
            sector,
        };
        let police = |n: &str| n.starts_with("Politiezone");
        let sec = |n: &str| (n == "VSSE").then_some("State Security");
        for (holder, role, ok) in [
            (h("local_police", "PZ"), "io", true),
            (h("local_police", "PZ"), "partner", false),
            (h("caw", "CAW"), "io", false),
            (h("caw", "CAW"), "partner", true),
            (h("other", "Politiezone X"), "partner", false),
            (h("other", "VSSE"), "partner", false),
        ] {
            assert_eq!(
                r4_seat(holder, role, sec, police).is_ok(),
                ok,
                "{holder:?} {role}"
            );
        }
    }

    #[test]
    fn a_seat_at_a_held_meeting_keeps_its_period() {
        let held = vec![(3, "2026-11-23".to_string())];
        let end = |from, old, new| r2_keeps_held_meetings("io", from, old, new, &held).is_ok();
        assert!(!end("2026-01-01", None, "2026-11-23"));
        assert!(end("2026-01-01", None, "2026-11-24"));
        assert!(
            end("2026-11-24", None, "2026-11-24"),
            "not in force at the meeting"
        );
        assert!(
            end("2026-01-01", Some("2026-11-01"), "2026-10-01"),
            "ended before it already"
        );
    }

    #[test]
    fn establishment_moves_what_began_with_it() {
        let p = |from: &str, until: Option<&str>| {
            ("x".to_string(), from.to_string(), until.map(String::from))
        };
        let periods = vec![p("2024-01-01", None), p("2024-03-01", None)];
        assert_eq!(
            establishment_move("2024-01-01", "2024-02-01", &periods),
            Ok(vec![0])
        );
        assert!(establishment_move("2024-01-01", "2024-04-01", &periods).is_err());
        assert_eq!(
            establishment_move("2024-01-01", "2023-01-01", &periods),
            Ok(vec![0])
        );
        let ended = vec![p("2024-01-01", Some("2024-02-01"))];
        assert!(establishment_move("2024-01-01", "2024-02-01", &ended).is_err());
    }

    #[test]
    fn a_joint_cell_needs_a_mayor_per_municipality() {
        let (mut m, s) = complete();
        m.push(("44085".into(), "Lochristi".into()));
        let f = check("2026-06-01", &m, &s, |_| None);
        assert_eq!(statuses(&f, "R1"), vec![Status::Error]);
        assert!(f[0].detail.en.contains("44085"));
    }
}

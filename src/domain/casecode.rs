//! Pseudonymous case codes (rule R8): random, never derived from the person discussed.
//!
//! A code is seven random characters and one check character, shown as `XXXX-XXXX`. The
//! alphabet has the 31 digits and capitals left after dropping the look-alikes `0`, `O`, `1`,
//! `I` and `L`; seven of them carry 31^7 ≈ 2^34.7 possibilities. 31 is prime, which is what makes
//! the check character exact: with position weights 8, 7, …, 1 the weighted sum of the symbol
//! values must be 0 modulo 31. Because every weight is non-zero modulo 31 and neighbouring
//! weights differ by 1, any single wrong character and any swap of two neighbouring characters
//! (the check character included) changes the sum and is caught, the same idea as ISO 7064.

use std::fmt;
use std::str::FromStr;

use anyhow::Context;
use rand::TryRng;

use crate::error::fail_hint;

/// The symbols a case code is made of, in value order (value = index).
pub const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A valid example code, for help texts and hints.
pub const EXAMPLE: &str = "K7M4-QX2A";

/// Number of random characters in a code.
const DATA_LEN: usize = 7;
/// Number of characters in a code without the dash: data plus the check character.
const CODE_LEN: usize = DATA_LEN + 1;
/// The modulus of the check, also the size of [`ALPHABET`].
const MODULUS: u32 = 31;
/// How many distinct random parts exist: 31^7.
const SPACE: u64 = 27_512_614_111;

// The table sizes agree, and a code carries at least 30 bits of randomness.
const _: () = assert!(ALPHABET.len() == MODULUS as usize && SPACE >= 1 << 30);

/// The hint of every refused case code: what one looks like.
fn hint() -> String {
    crate::t!("casecode-hint", example = EXAMPLE)
}

/// A case code in canonical form: eight characters from [`ALPHABET`] with a dash after the
/// fourth, e.g. `K7M4-QX2A`. The only ways to get one are [`parse`] and [`generate`], so a
/// `CaseCode` always carries a correct check character.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseCode(String);

impl CaseCode {
    /// The canonical form, with the dash.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for CaseCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromStr for CaseCode {
    type Err = anyhow::Error;

    /// Same as [`parse`].
    fn from_str(s: &str) -> anyhow::Result<Self> {
        parse(s)
    }
}

/// The value of a symbol in [`ALPHABET`], if it is one.
fn value_of(c: char) -> Option<u32> {
    ALPHABET.find(c).and_then(|i| u32::try_from(i).ok())
}

/// The symbol for a value below 31.
fn symbol_of(v: u32) -> char {
    ALPHABET
        .as_bytes()
        .get(v as usize)
        .map_or('?', |b| char::from(*b))
}

/// Weight of position `i` (0-based, the check character is position 7): 8, 7, …, 1.
fn weight(i: usize) -> u32 {
    (CODE_LEN - i) as u32
}

/// The check value for seven data values: it makes the weighted sum 0 modulo 31. The check
/// character has weight 1, so it is simply the negated sum of the others.
fn check_value(data: &[u32]) -> u32 {
    let sum: u32 = data
        .iter()
        .enumerate()
        .map(|(i, v)| v * weight(i))
        .sum::<u32>()
        % MODULUS;
    (MODULUS - sum) % MODULUS
}

/// Builds the canonical code for a number below 31^7.
fn from_number(mut n: u64) -> CaseCode {
    let mut data = [0u32; DATA_LEN];
    for slot in data.iter_mut().rev() {
        *slot = (n % u64::from(MODULUS)) as u32;
        n /= u64::from(MODULUS);
    }
    let check = check_value(&data);
    let mut out = String::with_capacity(CODE_LEN + 1);
    for (i, v) in data.iter().chain(std::iter::once(&check)).enumerate() {
        if i == 4 {
            out.push('-');
        }
        out.push(symbol_of(*v));
    }
    CaseCode(out)
}

/// Largest multiple of [`SPACE`] that fits in a `u64`: draws at or above it are rejected so
/// that every code is equally likely.
fn acceptance_limit() -> u64 {
    u64::MAX - (u64::MAX % SPACE)
}

/// A new random case code from the operating system's random source.
///
/// Codes are never derived from anything about a person (rule R8). Two cases may still draw the
/// same code (about one chance in 27 billion per pair): the caller checks the database and
/// draws again on a collision. Fails only when the operating system cannot provide randomness.
pub fn generate() -> anyhow::Result<CaseCode> {
    let mut os = rand::rngs::SysRng;
    loop {
        let n = os
            .try_next_u64()
            .with_context(|| crate::t!("casecode-random-failed"))?;
        if n < acceptance_limit() {
            return Ok(from_number(n % SPACE));
        }
    }
}

/// A random case code from the given generator; [`generate`] uses the operating system's, tests
/// can pass a seeded one.
pub fn generate_with<R: rand::Rng + ?Sized>(rng: &mut R) -> CaseCode {
    loop {
        let n = rng.next_u64();
        if n < acceptance_limit() {
            return from_number(n % SPACE);
        }
    }
}

/// The input in upper case with dashes and all whitespace removed, e.g. ` k7m4 - qx2a ` gives
/// `K7M4QX2A`. Other characters are kept, so [`parse`] can name them.
pub fn normalize(input: &str) -> String {
    input
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Reads a case code typed by a user: case, dashes and spaces do not matter.
///
/// Refuses, naming the value, an input of the wrong length, a character outside [`ALPHABET`]
/// (such as `0`, `O`, `1`, `I` or `L`), or a check character that does not match (a typo).
pub fn parse(input: &str) -> anyhow::Result<CaseCode> {
    let norm = normalize(input);
    let count = norm.chars().count();
    if count != CODE_LEN {
        return Err(fail_hint(
            crate::t!(
                "casecode-wrong-length",
                input = format!("{input:?}"),
                count = count
            ),
            hint(),
        ));
    }
    let mut values = Vec::with_capacity(CODE_LEN);
    for c in norm.chars() {
        match value_of(c) {
            Some(v) => values.push(v),
            None => {
                return Err(fail_hint(
                    crate::t!(
                        "casecode-bad-character",
                        input = format!("{input:?}"),
                        character = format!("{c:?}")
                    ),
                    hint(),
                ));
            }
        }
    }
    let (data, check) = values.split_at(DATA_LEN);
    if check != [check_value(data)] {
        return Err(fail_hint(
            crate::t!("casecode-bad-check", input = format!("{input:?}")),
            hint(),
        ));
    }
    let mut out = norm;
    out.insert(4, '-');
    Ok(CaseCode(out))
}

/// The known codes within one edit of `input`: one character substituted, inserted or deleted,
/// or two neighbouring characters swapped (an exact match counts too). Codes are compared
/// normalized (see [`normalize`]); the result holds the known codes as given, without
/// duplicates, in the order given. Meant for "did you mean …?" after [`parse`] or a lookup fails.
pub fn did_you_mean<'a>(input: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let wanted: Vec<char> = normalize(input).chars().collect();
    let mut out: Vec<String> = Vec::new();
    for code in known {
        let candidate: Vec<char> = normalize(code).chars().collect();
        if within_one_edit(&wanted, &candidate) && !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
    }
    out
}

/// Whether `a` becomes `b` by at most one substitution, insertion, deletion or swap of two
/// neighbouring characters.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            let diffs: Vec<usize> = a
                .iter()
                .zip(b)
                .enumerate()
                .filter(|(_, (x, y))| x != y)
                .map(|(i, _)| i)
                .collect();
            match diffs.as_slice() {
                [] | [_] => true,
                [i, j] => *j == i + 1 && a.get(*i) == b.get(*j) && a.get(*j) == b.get(*i),
                _ => false,
            }
        }
        1 => {
            // Skip the first mismatch in the longer one; the rest must line up.
            let first = short
                .iter()
                .zip(long)
                .position(|(x, y)| x != y)
                .unwrap_or(short.len());
            short.get(first..) == long.get(first + 1..)
        }
        _ => false,
    }
}

/// Dashes and other marks people put between the two halves of a code.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '.'
            | '_'
            | '/'
            | ':'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
            | '\u{FE58}'
            | '\u{FE63}'
            | '\u{FF0D}'
    ) || c.is_whitespace()
}

/// Words of ASCII letters and digits in the reading form of `text`, each with the characters
/// between it and the next word.
fn words(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut gap = String::new();
    for (c, _) in crate::domain::text::reading_form(text) {
        if c.is_ascii_alphanumeric() {
            if !gap.is_empty() {
                if word.is_empty() {
                    gap.clear();
                } else {
                    out.push((std::mem::take(&mut word), std::mem::take(&mut gap)));
                }
            }
            word.push(c);
        } else {
            gap.push(c);
        }
    }
    if !word.is_empty() {
        out.push((word, gap));
    }
    out
}

/// The valid case codes written in a free text, in order. Used to keep case codes out of texts
/// that every invitee sees (locations, general agenda items, strategic meetings) and to keep an
/// item's text to its own case.
///
/// Read as a person reads it: invisible characters dropped, full-width and other scripts'
/// digits folded, any case. A code is eight letters and digits written as one word; or two
/// halves of four joined by a dash of any kind, `.`, `_`, `/` or `:` (spaces around allowed);
/// or two halves joined by spaces when both are written in capitals and digits; or its
/// characters spaced out one by one. Two ordinary lower-case words joined by a space are not
/// taken for a code here: see [`loose_codes_in`].
pub fn codes_in(text: &str) -> Vec<String> {
    scan(text, false)
}

/// Every pair of four-character words joined by spaces that makes a valid code, in any case:
/// too many ordinary word pairs qualify to refuse them blindly, so callers keep only the codes
/// that exist in the file.
pub fn loose_codes_in(text: &str) -> Vec<String> {
    scan(text, true)
}

fn scan(text: &str, loose: bool) -> Vec<String> {
    let words = words(text);
    let capitals = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let short_gap = |g: &str| (1..=3).contains(&g.chars().count()) && g.chars().all(is_separator);
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let (w, gap) = &words[k];
        if w.len() == CODE_LEN
            && let Ok(code) = parse(w)
        {
            out.push(code.as_str().to_string());
            k += 1;
            continue;
        }
        if w.len() == CODE_LEN / 2
            && short_gap(gap)
            && let Some((next, _)) = words.get(k + 1)
            && next.len() == CODE_LEN / 2
            && (loose || gap.chars().any(|c| !c.is_whitespace()) || (capitals(w) && capitals(next)))
            && let Ok(code) = parse(&format!("{w}{next}"))
        {
            out.push(code.as_str().to_string());
            k += 2;
            continue;
        }
        // Spaced out: eight one-character words in a row.
        if w.len() == 1
            && k + CODE_LEN <= words.len()
            && words[k..k + CODE_LEN]
                .iter()
                .enumerate()
                .all(|(i, (x, g))| x.len() == 1 && (i + 1 == CODE_LEN || short_gap(g)))
        {
            let joined: String = words[k..k + CODE_LEN]
                .iter()
                .map(|(x, _)| x.as_str())
                .collect();
            if let Ok(code) = parse(&joined) {
                out.push(code.as_str().to_string());
                k += CODE_LEN;
                continue;
            }
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    /// The English hint (the library's tests run in English).
    const HINT: &str = "case codes look like K7M4-QX2A; case and dashes do not matter";
    use crate::error::hint_of;
    use rand::SeedableRng;
    use rand::rngs::SmallRng;

    fn message(err: &anyhow::Error) -> String {
        err.to_string()
    }

    #[test]
    fn codes_are_found_in_any_notation() {
        let code = generate_with(&mut SmallRng::seed_from_u64(7))
            .as_str()
            .to_string();
        let plain: String = code.chars().filter(|c| *c != '-').collect();
        let (a, b) = plain.split_at(4);
        let lower = plain.to_lowercase();
        for text in [
            format!("zie {code}"),
            format!("zie {plain}"),
            format!("zie {a}-{b}."),
            format!("zie {a}.{b}"),
            format!("zie {a}_{b}"),
            format!("zie {a}/{b}"),
            format!("zie {a} {b}"),
            format!("zie {lower}"),
            format!("zie {a}\u{200b}{b}"),
            format!("zie {a}-\u{2060}{b}"),
            format!(
                "zie {}",
                plain
                    .chars()
                    .map(|c| if c.is_ascii_digit() {
                        char::from_u32(0xFF10 + c.to_digit(10).unwrap_or(0)).unwrap_or(c)
                    } else {
                        c
                    })
                    .collect::<String>()
            ),
        ] {
            assert_eq!(codes_in(&text), vec![code.clone()], "{text:?}");
        }
        // Ordinary words and numbers are not codes.
        for text in [
            "deze week plannen",
            "vergadering 2026-12-07 om 14:00",
            "NIS 34022",
            "€ 1.250,00",
        ] {
            assert!(codes_in(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn alphabet_has_31_distinct_symbols_without_look_alikes() {
        assert_eq!(ALPHABET.len(), MODULUS as usize);
        let mut chars: Vec<char> = ALPHABET.chars().collect();
        chars.sort_unstable();
        chars.dedup();
        assert_eq!(chars.len(), MODULUS as usize);
        for bad in ['0', 'O', '1', 'I', 'L'] {
            assert!(!ALPHABET.contains(bad), "{bad} must not be in the alphabet");
        }
        assert_eq!(SPACE, u64::from(MODULUS).pow(DATA_LEN as u32));
    }

    #[test]
    fn example_is_valid() {
        assert_eq!(parse(EXAMPLE).unwrap().as_str(), EXAMPLE);
        assert!(HINT.contains(EXAMPLE));
    }

    #[test]
    fn generated_codes_parse_back_and_have_the_shape() {
        let mut rng = SmallRng::seed_from_u64(7);
        for _ in 0..2000 {
            let code = generate_with(&mut rng);
            let s = code.as_str();
            assert_eq!(s.len(), 9);
            assert_eq!(&s[4..5], "-");
            assert_eq!(parse(s).unwrap(), code);
            assert_eq!(parse(&s.to_lowercase()).unwrap(), code);
        }
    }

    #[test]
    fn generate_uses_the_os_and_varies() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        let c = generate().unwrap();
        assert!(parse(a.as_str()).is_ok());
        // Three equal draws from 2^34.7 would mean a broken source.
        assert!(!(a == b && b == c));
    }

    #[test]
    fn extremes_of_the_number_space() {
        assert_eq!(from_number(0).as_str(), "2222-2222");
        let last = from_number(SPACE - 1);
        assert!(last.as_str().starts_with("ZZZZ-ZZZ"));
        assert!(parse(last.as_str()).is_ok());
    }

    /// The check is linear, so these loops are a complete proof over all codes: a substitution
    /// of value a by b at position i changes the sum by w_i(b − a), a swap at i, i+1 by
    /// (w_i − w_{i+1})(b − a); neither may be 0 modulo 31 for a ≠ b.
    #[test]
    fn check_detects_every_error_algebraically() {
        for i in 0..CODE_LEN {
            for a in 0..MODULUS {
                for b in 0..MODULUS {
                    if a == b {
                        continue;
                    }
                    let delta = (b + MODULUS - a) % MODULUS;
                    assert_ne!(weight(i) * delta % MODULUS, 0, "substitution at {i}");
                    if i + 1 < CODE_LEN {
                        let dw = (weight(i) + MODULUS - weight(i + 1)) % MODULUS;
                        assert_ne!(dw * delta % MODULUS, 0, "swap at {i}");
                    }
                }
            }
        }
    }

    /// The same through `parse`: for many random codes, every single substitution by another
    /// symbol (8 positions × 30 symbols) and every swap of two different neighbours is refused.
    #[test]
    fn check_detects_every_substitution_and_adjacent_swap() {
        let mut rng = SmallRng::seed_from_u64(2026);
        let mut substitutions = 0u32;
        let mut swaps = 0u32;
        for _ in 0..1000 {
            let code = generate_with(&mut rng);
            let chars: Vec<char> = normalize(code.as_str()).chars().collect();
            for i in 0..CODE_LEN {
                for s in ALPHABET.chars().filter(|s| *s != chars[i]) {
                    let mut bad = chars.clone();
                    bad[i] = s;
                    let typed: String = bad.iter().collect();
                    assert!(parse(&typed).is_err(), "{code}: {typed} accepted");
                    substitutions += 1;
                }
                if i + 1 < CODE_LEN && chars[i] != chars[i + 1] {
                    let mut bad = chars.clone();
                    bad.swap(i, i + 1);
                    let typed: String = bad.iter().collect();
                    assert!(parse(&typed).is_err(), "{code}: {typed} accepted");
                    swaps += 1;
                }
            }
        }
        assert_eq!(substitutions, 1000 * 8 * 30);
        assert!(swaps > 1000 * 6);
    }

    #[test]
    fn parse_accepts_case_dashes_and_spaces() {
        let table = [
            "K7M4-QX2A",
            "k7m4-qx2a",
            "K7M4QX2A",
            " k7m4 qx2a ",
            "K7-M4-QX-2A",
            "k 7 m 4 q x 2 a",
            "K7M4\u{2009}QX2A",
        ];
        for input in table {
            assert_eq!(parse(input).unwrap().as_str(), "K7M4-QX2A", "{input:?}");
        }
    }

    #[test]
    fn parse_refuses_with_a_message_naming_the_value() {
        let table = [
            ("", "has 0 characters"),
            ("K7M4-QX2", "has 7 characters"),
            ("K7M4-QX2AA", "has 9 characters"),
            ("K7M0-QX2A", "'0' is not used"),
            ("K7MO-QX2A", "'O' is not used"),
            ("K7M1-QX2A", "'1' is not used"),
            ("K7MI-QX2A", "'I' is not used"),
            ("K7Ml-QX2A", "'L' is not used"),
            ("K7M4_QX2", "'_' is not used"),
            ("K7M4-QX2É", "'É' is not used"),
            ("K7M4-QX2R", "check character does not match"),
            ("7KM4-QX2A", "check character does not match"),
            ("K7M4-QXA2", "check character does not match"),
        ];
        for (input, expected) in table {
            let err = parse(input).unwrap_err();
            let msg = message(&err);
            assert!(msg.contains(&format!("{input:?}")), "{msg}");
            assert!(msg.contains(expected), "{input:?}: {msg}");
            assert!(msg.starts_with("invalid case code"), "{msg}");
            assert_eq!(hint_of(&err).as_deref(), Some(HINT));
        }
    }

    #[test]
    fn odd_input_is_refused_without_panicking() {
        let long = "Z".repeat(1000);
        for input in [
            "\u{0}",
            "ß",
            "ＫＺＺＺＺＺＺＺ",
            "🙂🙂🙂🙂🙂🙂🙂🙂",
            "--------",
            long.as_str(),
        ] {
            assert!(parse(input).is_err(), "{input:?}");
            assert!(did_you_mean(input, ["K7M4-QX2A"]).is_empty(), "{input:?}");
        }
    }

    #[test]
    fn from_str_and_display_round_trip() {
        let code: CaseCode = "k7m4qx2a".parse().unwrap();
        assert_eq!(code.to_string(), "K7M4-QX2A");
        assert_eq!(code.as_ref(), "K7M4-QX2A");
    }

    #[test]
    fn codes_are_found_in_text() {
        let code = generate_with(&mut SmallRng::seed_from_u64(7));
        let text = format!(
            "Stadhuis, bespreking {} en {}",
            code,
            code.as_str().replace('-', "")
        );
        assert_eq!(codes_in(&text), vec![code.as_str().to_string(); 2]);
        assert!(codes_in("Stadhuis Kortrijk, zaal 2; 2026-12-07 14:00").is_empty());
    }

    #[test]
    fn normalize_table() {
        let table = [
            ("k7m4-qx2a", "K7M4QX2A"),
            ("  K7M4 - QX2A\t", "K7M4QX2A"),
            ("k7m4_qx2a", "K7M4_QX2A"),
            ("", ""),
        ];
        for (input, expected) in table {
            assert_eq!(normalize(input), expected, "{input:?}");
        }
    }

    #[test]
    fn did_you_mean_finds_codes_one_edit_away() {
        let known = ["K7M4-QX2A", "ABCD-EFGH", "K7M4-QX3B", "2222-2222"];
        let table: [(&str, &[&str]); 10] = [
            // exact, any case or dashes
            ("k7m4qx2a", &["K7M4-QX2A"]),
            // substitution (also reaches the other code, which differs in two places: no)
            ("K7M4-QX2C", &["K7M4-QX2A"]),
            // look-alike typed: 0 for 2
            ("0222-2222", &["2222-2222"]),
            // adjacent swap
            ("K7M4-XQ2A", &["K7M4-QX2A"]),
            ("7KM4-QX2A", &["K7M4-QX2A"]),
            // deletion and insertion
            ("K7M4-Q2A", &["K7M4-QX2A"]),
            ("K7M44-QX2A", &["K7M4-QX2A"]),
            ("K7M4-QX2AZ", &["K7M4-QX2A"]),
            // two edits away from everything
            ("K7M4-XQA2", &[]),
            ("zzzz", &[]),
        ];
        for (input, expected) in table {
            assert_eq!(
                did_you_mean(input, known.iter().copied()),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{input:?}"
            );
        }
    }

    #[test]
    fn did_you_mean_keeps_order_and_drops_duplicates() {
        let known = ["K7M4-QX2B", "K7M4-QX2A", "K7M4-QX2B"];
        assert_eq!(
            did_you_mean("K7M4-QX2C", known.iter().copied()),
            vec!["K7M4-QX2B".to_string(), "K7M4-QX2A".to_string()]
        );
    }

    #[test]
    fn within_one_edit_table() {
        let table = [
            ("", "", true),
            ("", "A", true),
            ("A", "", true),
            ("AB", "BA", true),
            ("ABC", "CBA", false),
            ("ABCD", "ABDC", true),
            ("ABCD", "ACBD", true),
            ("ABCD", "ABXD", true),
            ("ABCD", "AXYD", false),
            ("ABCD", "ABC", true),
            ("ABCD", "BCD", true),
            ("ABCD", "ACD", true),
            ("ABCD", "AB", false),
            ("ABCD", "XABCD", true),
            ("ABCD", "ABCDX", true),
            ("ABCD", "ABXCD", true),
            ("ABCD", "XBCDY", false),
        ];
        for (a, b, expected) in table {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            assert_eq!(within_one_edit(&a, &b), expected, "{a:?} {b:?}");
        }
    }
}

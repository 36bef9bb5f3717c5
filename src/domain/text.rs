//! Text folding for matching names typed in any language.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercase, accents stripped (NFKD, with ß → ss, œ → oe and the like), punctuation turned
/// into spaces, white space collapsed: `"Sûreté de l'État"` → `"surete de l etat"`,
/// `"Brüssel"` → `"brussel"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.to_lowercase().nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        let spelled = match c {
            'ß' => Some("ss"),
            'œ' => Some("oe"),
            'æ' => Some("ae"),
            'ø' => Some("o"),
            'ł' => Some("l"),
            'đ' => Some("d"),
            'ı' => Some("i"),
            _ => None,
        };
        if !c.is_alphanumeric() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        match spelled {
            Some(text) => out.push_str(text),
            None => out.push(c),
        }
    }
    out
}

/// SHA-256 of `bytes` as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Levenshtein distance between two strings, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        for (input, folded) in [
            ("Brüssel", "brussel"),
            ("Bruxelles", "bruxelles"),
            ("Sûreté de l'État", "surete de l etat"),
            ("  Hove (Antwerpen) ", "hove antwerpen"),
            ("V.S.S.E.", "v s s e"),
            ("Liège", "liege"),
        ] {
            assert_eq!(fold(input), folded, "{input}");
        }
    }

    #[test]
    fn sha256_of_known_text() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("hasselt", "hasselt"), 0);
        assert_eq!(edit_distance("haselt", "hasselt"), 1);
        assert_eq!(edit_distance("gent", "genk"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}

//! Text folding for matching names typed in any language.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{compose, is_combining_mark};

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

/// Whether `c` shows nothing on screen: format characters (Unicode category Cf: zero-width
/// space and joiners, word joiner, byte-order mark, soft hyphen, bidirectional controls, tags),
/// fillers and variation selectors, and the letters and symbols that are drawn blank (the
/// braille blank U+2800, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the Khitan filler
/// U+16FE4). Slipped inside a number or a name they hide it from a
/// matcher without changing what a reader sees.
pub fn is_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x0600..=0x0605
            | 0x061C
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0x2800
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x16FE4
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

/// The first code point of every block of ten decimal digits (Unicode category Nd) outside
/// ASCII: Arabic-Indic, Eastern Arabic-Indic, N'Ko, the Indic scripts, Thai, Lao, Tibetan,
/// Myanmar, Khmer, Mongolian, full-width, mathematical and the historic scripts.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0, 0x10D40, 0x116D0, 0x116DA, 0x11BF0, 0x16130, 0x16D70, 0x1CCF0, 0x1E5F1,
];

/// The value of a decimal digit of any script (`'7'`, `'٧'`, `'۷'`, `'७'`, `'７'`), or `None`.
pub fn decimal_digit(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    let code = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .map(|zero| code - zero)
}

/// The characters a matcher should read in `text`, each with the index (in characters) of the
/// character of `text` it comes from: invisible characters ([`is_invisible`]) left out, each
/// character in its compatibility form (NFKC: full-width `８` → `8`, `ﬁ` → `fi`, no-break
/// space → space), decimal digits of every script turned into ASCII digits, and combining marks
/// (accents, strokes, enclosing circles) composed with the character before them where a
/// composed character exists (`e` + U+0301 → `é`) and left out otherwise (`8` + U+0301 → `8`,
/// `F` + U+0336 → `F`): a mark slipped into a number or a label must not hide it. Positions found
/// in the result map back to `text` through the indices, so messages point at what the user
/// typed.
pub fn reading_form(text: &str) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::with_capacity(text.len());
    let compose_or_drop = |out: &mut Vec<(char, usize)>, mark: char| {
        if let Some(last) = out.last_mut()
            && let Some(composed) = compose(last.0, mark)
        {
            last.0 = composed;
        }
    };
    for (index, c) in text.chars().enumerate() {
        if is_invisible(c) {
            continue;
        }
        if is_combining_mark(c) {
            compose_or_drop(&mut out, c);
            continue;
        }
        if c.is_ascii() {
            out.push((c, index));
            continue;
        }
        for d in std::iter::once(c).nfkc() {
            if is_invisible(d) {
                continue;
            }
            if is_combining_mark(d) {
                compose_or_drop(&mut out, d);
                continue;
            }
            let d = match decimal_digit(d) {
                Some(v) => char::from_digit(v, 10).unwrap_or(d),
                None => d,
            };
            out.push((d, index));
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

/// `n` and the word, singular or plural as the count needs: `1 action`, `3 actions`,
/// `2 municipalities`, `0 cases`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        return format!("1 {word}");
    }
    let consonant_y =
        word.ends_with('y') && !word[..word.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if consonant_y {
        format!("{n} {}ies", &word[..word.len() - 1])
    } else if word.ends_with(['s', 'x']) || word.ends_with("ch") || word.ends_with("sh") {
        format!("{n} {word}es")
    } else {
        format!("{n} {word}s")
    }
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
    fn digits_of_every_script_are_read() {
        let table = [
            ('7', Some(7)),
            ('\u{667}', Some(7)),
            ('\u{6f7}', Some(7)),
            ('\u{96d}', Some(7)),
            ('\u{ff17}', Some(7)),
            ('\u{1d7d5}', Some(7)),
            ('\u{e57}', Some(7)),
            ('a', None),
            ('\u{b2}', None),
            ('\u{2167}', None),
            (' ', None),
        ];
        for (c, value) in table {
            assert_eq!(decimal_digit(c), value, "{c:?}");
        }
        for zero in DIGIT_ZEROS {
            for offset in 0..10 {
                let c = char::from_u32(zero + offset).expect("a char");
                assert!(c.is_numeric(), "{c:?} is not numeric");
                assert_eq!(decimal_digit(c), Some(offset));
            }
        }
    }

    #[test]
    fn invisible_characters() {
        for c in [
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{ad}',
            '\u{202e}',
            '\u{2066}',
            '\u{e0041}',
            '\u{fe0f}',
            '\u{2800}',
            '\u{3164}',
            '\u{115f}',
            '\u{1160}',
            '\u{ffa0}',
            '\u{16fe4}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', ' ', '\n', '\u{a0}', '-', '0', 'é'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn reading_form_maps_back_to_the_text() {
        let text = "8\u{200b}5\u{ff10}\u{663}\u{a0}é";
        let read: String = reading_form(text).iter().map(|(c, _)| *c).collect();
        assert_eq!(read, "8503 é");
        let origins: Vec<usize> = reading_form(text).iter().map(|(_, i)| *i).collect();
        assert_eq!(origins, vec![0, 2, 3, 4, 5, 6]);
        assert!(reading_form("").is_empty());
        let ligature: String = reading_form("\u{fb01}n").iter().map(|(c, _)| *c).collect();
        assert_eq!(ligature, "fin");
    }

    #[test]
    fn combining_marks_compose_or_are_left_out() {
        let read = |text: &str| -> String { reading_form(text).iter().map(|(c, _)| *c).collect() };
        let table = [
            ("e\u{301}", "é"),
            ("ne\u{301}e", "née"),
            ("8\u{301}5", "85"),
            ("8\u{300}5", "85"),
            ("85073\u{336}003328", "85073003328"),
            ("85073\u{20dd}003328", "85073003328"),
            ("F\u{301}TF", "FTF"),
            ("\u{301}x", "x"),
            ("BE68\u{301}5390", "BE685390"),
        ];
        for (text, expected) in table {
            assert_eq!(read(text), expected, "{text:?}");
        }
        let origins: Vec<usize> = reading_form("8\u{301}5").iter().map(|(_, i)| *i).collect();
        assert_eq!(origins, vec![0, 2]);
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

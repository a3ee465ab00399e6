//! French typography in every data file: a French string is the value of a
//! key `fr` or `*_fr` anywhere in `data/**/*.toml`. Before `:` goes a
//! no-break space (U+00A0), before `;` `!` `?` a narrow no-break space
//! (U+202F), and inside « » a no-break space. Code spans (`…`) and URLs
//! are not prose and are not checked.

use std::path::{Path, PathBuf};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// What is wrong with one French string, as `(char index, message)`.
pub(crate) fn problems(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut in_code = false;
    let mut out = Vec::new();
    let mut word_start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '`' {
            in_code = !in_code;
            continue;
        }
        if c == ' ' || c == NBSP || c == NNBSP {
            word_start = i + 1;
        }
        if in_code {
            continue;
        }
        let word: String = chars[word_start..]
            .iter()
            .take_while(|c| !matches!(c, ' '))
            .collect();
        if word.contains("://") || word.contains("www.") {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let ends_clause = after.is_none_or(|a| a == ' ' || a == '\n');
        let wanted = match c {
            ':' => NBSP,
            ';' | '!' | '?' => NNBSP,
            '«' => {
                if after != Some(NBSP) {
                    out.push((
                        i,
                        "« must be followed by U+00A0 (no-break space)".to_string(),
                    ));
                }
                continue;
            }
            '»' => {
                if before != Some(NBSP) {
                    out.push((i, "» must follow U+00A0 (no-break space)".to_string()));
                }
                continue;
            }
            _ => continue,
        };
        let name = if wanted == NBSP {
            "U+00A0 (no-break space)"
        } else {
            "U+202F (narrow no-break space)"
        };
        match before {
            Some(b) if b == wanted => {}
            Some(b @ (' ' | NBSP | NNBSP)) => out.push((
                i,
                format!(
                    "{c} follows {:?}: write {name} before it",
                    b.escape_unicode().to_string()
                ),
            )),
            Some(b) if ends_clause && !b.is_ascii_digit() && !matches!(b, '\n' | '(' | '[') => {
                out.push((i, format!("{c} ends a clause: write {name} before it")))
            }
            _ => {}
        }
    }
    out
}

fn data_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            data_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            out.push(path);
        }
    }
}

fn french_strings(value: &toml::Value, key: &str, path: &str, out: &mut Vec<(String, String)>) {
    let french = key == "fr" || key.ends_with("_fr");
    match value {
        toml::Value::String(text) if french => out.push((path.to_string(), text.clone())),
        toml::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                french_strings(item, key, &format!("{path}[{index}]"), out);
            }
        }
        toml::Value::Table(table) => {
            for (child, value) in table {
                french_strings(value, child, &format!("{path}.{child}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn french_typography_in_every_data_file() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    data_files(&root.join("data"), &mut files);
    files.sort();
    let mut report = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let value: toml::Value = match text.parse::<toml::Table>() {
            Ok(table) => toml::Value::Table(table),
            Err(error) => panic!("{}: {error}", file.display()),
        };
        let mut strings = Vec::new();
        french_strings(&value, "", "", &mut strings);
        checked += strings.len();
        let name = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        for (path, text) in strings {
            for (index, problem) in problems(&text) {
                let around: String = text
                    .chars()
                    .skip(index.saturating_sub(25))
                    .take(40)
                    .collect();
                report.push(format!("{name} {path}: {problem}: …{around}…"));
            }
        }
    }
    assert!(checked > 0, "no French string found under data/");
    assert!(
        report.is_empty(),
        "{} French typography problems:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn the_rules() {
    let count = |text: &str| problems(text).len();
    assert_eq!(count("Postfix\u{a0}: valeur\u{202f}; fin\u{202f}!"), 0);
    assert_eq!(count("Postfix : valeur"), 1);
    assert_eq!(count("Postfix: valeur"), 1);
    assert_eq!(count("valeur ; fin"), 1);
    assert_eq!(count("valeur\u{a0}; fin"), 1);
    assert_eq!(count("vraiment?"), 1);
    assert_eq!(count("« citation »"), 2);
    assert_eq!(count("«\u{a0}citation\u{a0}»"), 0);
    assert_eq!(
        count("`host:25` et `a ; b` 09:44 https://x.example/?a=b"),
        0
    );
    assert_eq!(count("[host]:port"), 0);
}

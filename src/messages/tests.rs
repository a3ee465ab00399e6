//! Compiles `data/messages/*.toml` into `generated/*.rs` and checks every
//! message: both languages, the same placeholders in each.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const LANGS: [&str; 2] = ["en", "fr"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The placeholders of a template, or what is wrong with it.
pub(crate) fn placeholders(template: &str) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) if c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit() => {
                            name.push(c)
                        }
                        _ => {
                            return Err(format!(
                                "a `{{` must open a {{placeholder}} of [a-z0-9_] or be doubled: {template:?}"
                            ));
                        }
                    }
                }
                if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
                    return Err(format!("bad placeholder {{{name}}} in {template:?}"));
                }
                names.insert(name);
            }
            '}' => return Err(format!("a lone `}}` must be doubled: {template:?}")),
            _ => {}
        }
    }
    Ok(names)
}

fn type_name(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

struct Message {
    id: String,
    doc: Option<String>,
    texts: Vec<String>,
    names: BTreeSet<String>,
}

fn read_area(path: &Path) -> Vec<Message> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut messages = Vec::new();
    for (id, value) in table {
        let here = format!("{}: [{id}]", path.display());
        assert!(
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{here}: an id is kebab-case ([a-z0-9-], a letter first)"
        );
        let entry = value
            .as_table()
            .unwrap_or_else(|| panic!("{here}: a message is a table"));
        for key in entry.keys() {
            assert!(
                LANGS.contains(&key.as_str()) || key == "doc",
                "{here}: unknown key {key:?} (en, fr, doc)"
            );
        }
        let mut texts = Vec::new();
        let mut names: Option<BTreeSet<String>> = None;
        for lang in LANGS {
            let text = entry
                .get(lang)
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("{here}: no {lang} text"));
            assert!(!text.trim().is_empty(), "{here}: empty {lang} text");
            let these = placeholders(text).unwrap_or_else(|e| panic!("{here}: {e}"));
            if let Some(names) = &names {
                assert_eq!(
                    names, &these,
                    "{here}: the {lang} text has other placeholders than the en text"
                );
            }
            names = Some(these);
            texts.push(text.to_string());
        }
        messages.push(Message {
            doc: entry
                .get("doc")
                .and_then(|v| v.as_str())
                .map(str::to_string),
            id,
            texts,
            names: names.unwrap_or_default(),
        });
    }
    messages
}

fn generate_area(area: &str, messages: &[Message]) -> String {
    let mut out = format!(
        "//! Generated from `data/messages/{area}.toml` by `messages::tests::generated_messages_are_fresh`.\n\
         //! Do not edit: change the TOML and run `cargo test`.\n\n\
         #![allow(dead_code)]\n\n\
         use crate::codes::Lang;\n"
    );
    if messages.iter().any(|m| !m.names.is_empty()) {
        out.push_str("use std::fmt::Display;\n");
    }
    for message in messages {
        let name = type_name(&message.id);
        out.push('\n');
        writeln!(out, "/// `{}`", message.id).unwrap();
        if let Some(doc) = &message.doc {
            for line in doc.lines() {
                writeln!(out, "/// {line}").unwrap();
            }
        }
        if message.names.is_empty() {
            writeln!(out, "pub(crate) struct {name};\n").unwrap();
            writeln!(out, "impl {name} {{").unwrap();
            writeln!(
                out,
                "    pub(crate) fn get(&self, lang: Lang) -> &'static str {{"
            )
            .unwrap();
            writeln!(out, "        match lang {{").unwrap();
            for (lang, text) in ["En", "Fr"].iter().zip(&message.texts) {
                // Braces are doubled in the data; a plain string has them single.
                let plain = text.replace("{{", "{").replace("}}", "}");
                writeln!(out, "            Lang::{lang} => {plain:?},").unwrap();
            }
        } else {
            writeln!(out, "pub(crate) struct {name}<'a> {{").unwrap();
            for field in &message.names {
                writeln!(out, "    pub(crate) {field}: &'a dyn Display,").unwrap();
            }
            writeln!(out, "}}\n").unwrap();
            writeln!(out, "impl {name}<'_> {{").unwrap();
            writeln!(out, "    pub(crate) fn get(&self, lang: Lang) -> String {{").unwrap();
            writeln!(out, "        match lang {{").unwrap();
            let args: Vec<String> = message
                .names
                .iter()
                .map(|field| format!("{field} = self.{field}"))
                .collect();
            for (lang, text) in ["En", "Fr"].iter().zip(&message.texts) {
                writeln!(
                    out,
                    "            Lang::{lang} => format!({text:?}, {}),",
                    args.join(", ")
                )
                .unwrap();
            }
        }
        writeln!(out, "        }}\n    }}\n}}").unwrap();
    }
    out
}

/// Every `data/messages/*.toml`, by area name, sorted.
fn areas() -> Vec<(String, PathBuf)> {
    let dir = root().join("data/messages");
    let mut areas: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            let area = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            assert!(
                area.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{}: an area name is [a-z_]",
                path.display()
            );
            (area, path)
        })
        .collect();
    areas.sort();
    areas
}

#[test]
fn generated_messages_are_fresh() {
    let dir = root().join("src/messages/generated");
    std::fs::create_dir_all(&dir).expect("create src/messages/generated");
    let mut expected = vec![(
        dir.join("mod.rs"),
        String::from(
            "//! Generated by `messages::tests::generated_messages_are_fresh`: one module per\n\
             //! `data/messages/*.toml`. Do not edit.\n\n",
        ),
    )];
    for (area, path) in areas() {
        let messages = read_area(&path);
        writeln!(expected[0].1, "pub(crate) mod {area};").unwrap();
        expected.push((
            dir.join(format!("{area}.rs")),
            generate_area(&area, &messages),
        ));
    }
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read generated/").flatten() {
        if !expected.iter().any(|(path, _)| *path == entry.path()) {
            std::fs::remove_file(entry.path()).expect("remove a stale generated file");
            stale.push(entry.path());
        }
    }
    for (path, fresh) in &expected {
        if std::fs::read_to_string(path).unwrap_or_default() != *fresh {
            std::fs::write(path, fresh).expect("write a generated file");
            stale.push(path.clone());
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated messages were rewritten: {stale:?}: run cargo test again and commit them"
    );
}

#[test]
fn placeholders_are_read_strictly() {
    let names = |text: &str| placeholders(text).map(|set| set.into_iter().collect::<Vec<_>>());
    assert_eq!(names("no placeholder").unwrap(), Vec::<String>::new());
    assert_eq!(names("{code} and {reply}").unwrap(), ["code", "reply"]);
    assert_eq!(names("{{literal}} {x1}").unwrap(), ["x1"]);
    assert!(names("{Code}").is_err());
    assert!(names("{code").is_err());
    assert!(names("code}").is_err());
    assert!(names("{}").is_err());
    assert!(names("{0}").is_err());
    assert_eq!(type_name("class-mismatch"), "ClassMismatch");
}

#[test]
fn wrapping_keeps_no_break_spaces() {
    let text = "Un nouvel essai peut passer\u{202f}; un autre\u{a0}: « back\u{a0}pressure »";
    for width in 1..40 {
        for line in super::wrap(text, width).lines() {
            assert!(
                !line.starts_with(['\u{202f}', '\u{a0}', ';', ':']),
                "{line:?}"
            );
        }
    }
    assert_eq!(super::wrap("a b\nc", 80), "a b\nc\n");
    assert_eq!(super::wrap("aaa bbb", 3), "aaa\nbbb\n");
}

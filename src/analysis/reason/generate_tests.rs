//! Keeps `generated.rs` equal to what `data/reasons/*.toml` say, and the
//! data well formed: every reason present once with both languages, codes
//! that parse, phrases that fold to what the matcher sees. (French
//! typography is checked for every data file by `messages::typography`.)

use super::Reason;
use super::phrases::fold_char;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use toml::{Table, Value};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/reasons")
}

fn read_table(path: &Path) -> Table {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    text.parse::<Table>()
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn string<'a>(table: &'a Table, key: &str, context: &str) -> &'a str {
    table
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{context}: `{key}` missing or not a string"))
}

fn bilingual(table: &Table, key: &str, context: &str) -> (String, String) {
    let inner = table
        .get(key)
        .and_then(Value::as_table)
        .unwrap_or_else(|| panic!("{context}: `{key}` must have `en` and `fr`"));
    let en = string(inner, "en", &format!("{context}.{key}")).to_string();
    let fr = string(inner, "fr", &format!("{context}.{key}")).to_string();
    assert!(
        !en.trim().is_empty() && !fr.trim().is_empty(),
        "{context}.{key}: empty text"
    );
    (en, fr)
}

fn parse_code_key(key: &str, context: &str) -> (u16, u16) {
    let mut parts = key.split('.');
    let class = parts.next();
    assert_eq!(class, Some("X"), "{context}: `{key}` must start with `X.`");
    let subject = parts.next().and_then(|p| p.parse().ok());
    let detail = parts.next().and_then(|p| p.parse().ok());
    match (subject, detail, parts.next()) {
        (Some(subject), Some(detail), None) => (subject, detail),
        _ => panic!("{context}: `{key}` is not X.subject.detail"),
    }
}

fn reason_named(name: &str, context: &str) -> Reason {
    Reason::from_name_in_data(name).unwrap_or_else(|| panic!("{context}: unknown reason `{name}`"))
}

impl Reason {
    /// The enum variant for a data name (the generated table does not exist
    /// yet while it is being generated).
    fn from_name_in_data(name: &str) -> Option<Reason> {
        Reason::ALL
            .into_iter()
            .find(|reason| variant_name(*reason).to_ascii_lowercase() == name)
    }
}

fn variant_name(reason: Reason) -> String {
    format!("{reason:?}")
}

/// The folded form the matcher compares: lower case, one space for any white space.
pub(crate) fn fold_phrase(text: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in text.chars().map(fold_char) {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

fn side(name: &str, context: &str) -> &'static str {
    match name {
        "sender" => "Sender",
        "recipient" => "Recipient",
        "receiving-server" => "ReceivingServer",
        "sending-server" => "SendingServer",
        "configuration" => "Configuration",
        "network" => "Network",
        "nobody" => "Nobody",
        _ => panic!("{context}: unknown side `{name}`"),
    }
}

fn generate() -> String {
    let dir = data_dir();
    let mut out = String::from(
        "//! Generated from `data/reasons/*.toml` by `reason::generate_tests::generated_tables_are_fresh`.\n\
         //! Do not edit: change the data and run `cargo test`.\n\n\
         use super::table::{Dnsbl, DnsblKind, NotAListing, Phrase, PostfixRule, Signal};\n\
         use super::{Reason, ReasonInfo};\n\
         use crate::codes::{Bi, Side};\n\n",
    );

    // Reasons, in the enum's order.
    let reasons = read_table(&dir.join("reasons.toml"));
    let entries = reasons
        .get("reason")
        .and_then(Value::as_array)
        .expect("reasons.toml: [[reason]] tables");
    let mut by_name: BTreeMap<String, &Table> = BTreeMap::new();
    for entry in entries {
        let table = entry.as_table().expect("[[reason]] is a table");
        let name = string(table, "name", "reasons.toml").to_string();
        reason_named(&name, "reasons.toml");
        assert!(
            by_name.insert(name.clone(), table).is_none(),
            "reasons.toml: `{name}` twice"
        );
    }
    out.push_str("pub(super) static REASONS: &[ReasonInfo] = &[\n");
    for reason in Reason::ALL {
        let name = variant_name(reason).to_ascii_lowercase();
        let table = by_name
            .get(&name)
            .unwrap_or_else(|| panic!("reasons.toml: no [[reason]] named `{name}`"));
        let context = format!("reasons.toml `{name}`");
        let side = side(string(table, "side", &context), &context);
        let hard = table
            .get("hard")
            .and_then(Value::as_bool)
            .unwrap_or_else(|| panic!("{context}: `hard` must be true or false"));
        let status = match string(table, "status", &context) {
            "" => "None".to_string(),
            "2.0.0" => "Some((0, 0))".to_string(),
            key => {
                let (subject, detail) = parse_code_key(key, &context);
                format!("Some(({subject}, {detail}))")
            }
        };
        let (title_en, title_fr) = bilingual(table, "title", &context);
        let (meaning_en, meaning_fr) = bilingual(table, "meaning", &context);
        let (act_en, act_fr) = bilingual(table, "act", &context);
        writeln!(
            out,
            "    ReasonInfo {{ name: {name:?}, side: Side::{side}, hard: {hard}, status: {status}, \
             title: Bi::new({title_en:?}, {title_fr:?}), meaning: Bi::new({meaning_en:?}, {meaning_fr:?}), \
             act: Bi::new({act_en:?}, {act_fr:?}) }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    let precedence: Vec<Reason> = reasons
        .get("precedence")
        .and_then(Value::as_array)
        .expect("reasons.toml: `precedence` list")
        .iter()
        .map(|value| reason_named(value.as_str().expect("a reason name"), "precedence"))
        .collect();
    let unique: BTreeSet<Reason> = precedence.iter().copied().collect();
    assert_eq!(unique.len(), precedence.len(), "precedence: a reason twice");
    for reason in Reason::ALL {
        let structural = matches!(
            reason,
            Reason::Delivered | Reason::Feedback | Reason::Vacation | Reason::Undefined
        );
        assert_eq!(
            unique.contains(&reason),
            !structural,
            "precedence: `{}` {}",
            variant_name(reason),
            if structural {
                "is decided by structure, not text"
            } else {
                "missing"
            }
        );
    }
    out.push_str("pub(super) static PRECEDENCE: &[Reason] = &[\n");
    for reason in &precedence {
        writeln!(out, "    Reason::{reason:?},").unwrap();
    }
    out.push_str("];\n\n");

    // Codes.
    let codes = read_table(&dir.join("codes.toml"));
    let mut seen = BTreeSet::new();
    for table_name in ["specific", "leaning"] {
        let table = codes
            .get(table_name)
            .and_then(Value::as_table)
            .unwrap_or_else(|| panic!("codes.toml: [{table_name}]"));
        let mut rows: Vec<(u16, u16, Reason)> = table
            .iter()
            .map(|(key, value)| {
                let context = format!("codes.toml [{table_name}] {key}");
                let (subject, detail) = parse_code_key(key, &context);
                assert!(seen.insert((subject, detail)), "{context}: in both tables");
                let name = value
                    .as_str()
                    .unwrap_or_else(|| panic!("{context}: a reason name"));
                (subject, detail, reason_named(name, &context))
            })
            .collect();
        rows.sort();
        writeln!(
            out,
            "pub(super) static {}_CODES: &[(u16, u16, Reason)] = &[",
            table_name.to_ascii_uppercase()
        )
        .unwrap();
        for (subject, detail, reason) in rows {
            writeln!(out, "    ({subject}, {detail}, Reason::{reason:?}),").unwrap();
        }
        out.push_str("];\n\n");
    }
    let replies = codes
        .get("reply")
        .and_then(Value::as_table)
        .expect("codes.toml: [reply]");
    let mut rows: Vec<(u16, Reason)> = replies
        .iter()
        .map(|(key, value)| {
            let context = format!("codes.toml [reply] {key}");
            let code: u16 = key
                .parse()
                .unwrap_or_else(|_| panic!("{context}: three digits"));
            assert!(
                crate::codes::reply::parse(key).is_some(),
                "{context}: not a reply code"
            );
            (
                code,
                reason_named(value.as_str().expect("a reason name"), &context),
            )
        })
        .collect();
    rows.sort();
    out.push_str("pub(super) static REPLY_CODES: &[(u16, Reason)] = &[\n");
    for (code, reason) in rows {
        writeln!(out, "    ({code}, Reason::{reason:?}),").unwrap();
    }
    out.push_str("];\n\n");

    // Phrases, one file per language, English first.
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("phrases"))
        .expect("data/reasons/phrases")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort_by_key(|path| {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        (stem != "en", stem)
    });
    let languages: Vec<String> = files
        .iter()
        .map(|path| {
            path.file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string()
        })
        .collect();
    for required in ["en", "fr", "de", "es", "it", "pt", "ja"] {
        assert!(
            languages.iter().any(|lang| lang == required),
            "data/reasons/phrases: no {required}.toml"
        );
    }
    out.push_str("pub(super) static PHRASES: &[Phrase] = &[\n");
    let mut every: BTreeSet<(String, String)> = BTreeSet::new();
    for (path, lang) in files.iter().zip(&languages) {
        let table = read_table(path);
        for (key, list) in &table {
            let context = format!("phrases/{lang}.toml `{key}`");
            let signal = if key == "connection" {
                "Signal::Connection".to_string()
            } else {
                let reason = reason_named(key, &context);
                assert!(
                    precedence.contains(&reason),
                    "{context}: `{key}` is decided by structure, not by phrases"
                );
                format!("Signal::Reason(Reason::{reason:?})")
            };
            let list = list
                .as_array()
                .unwrap_or_else(|| panic!("{context}: a list of phrases"));
            for phrase in list {
                let raw = phrase
                    .as_str()
                    .unwrap_or_else(|| panic!("{context}: phrases are strings"));
                let (weak, text) = match raw.strip_prefix('~') {
                    Some(text) => (true, text),
                    None => (false, raw),
                };
                assert!(
                    !text.trim().is_empty() && text.trim() == text,
                    "{context}: {raw:?} is empty or has spaces at an end"
                );
                let pieces: Vec<String> = text.split(" * ").map(fold_phrase).collect();
                assert!(
                    pieces
                        .iter()
                        .all(|piece| !piece.is_empty() && !piece.contains('*')),
                    "{context}: {raw:?}: `*` only between spaces, between two words"
                );
                assert!(
                    every.insert((key.clone(), pieces.join(" * "))),
                    "{context}: {raw:?} twice"
                );
                writeln!(
                    out,
                    "    Phrase {{ text: {text:?}, pieces: &{pieces:?}, signal: {signal}, weak: {weak}, lang: {lang:?} }},"
                )
                .unwrap();
            }
        }
    }
    out.push_str("];\n\n");

    generate_postfix(&dir, &mut out);
    generate_dnsbl(&dir, &mut out);
    out
}

/// `data/reasons/postfix.toml`: Postfix's reject texts and their rules.
fn generate_postfix(dir: &Path, out: &mut String) {
    let table = read_table(&dir.join("postfix.toml"));
    let rules = table
        .get("rule")
        .and_then(Value::as_array)
        .expect("postfix.toml: [[rule]] tables");
    let mut texts = BTreeSet::new();
    out.push_str("pub(super) static POSTFIX_RULES: &[PostfixRule] = &[\n");
    for rule in rules {
        let rule = rule.as_table().expect("[[rule]] is a table");
        let text = string(rule, "text", "postfix.toml");
        let context = format!("postfix.toml `{text}`");
        let folded = fold_phrase(text);
        assert!(!folded.is_empty(), "{context}: empty text");
        assert!(texts.insert(folded.clone()), "{context}: twice");
        let restriction = string(rule, "restriction", &context);
        let list = string(rule, "list", &context);
        let parameter = string(rule, "parameter", &context);
        let default = string(rule, "default", &context);
        for name in [list, parameter] {
            assert!(
                name.is_empty() || crate::analysis::config::params::is_known(name),
                "{context}: `{name}` is not a Postfix parameter"
            );
        }
        assert!(!default.is_empty(), "{context}: `default` is empty");
        let reason = reason_named(string(rule, "reason", &context), &context);
        let (change_en, change_fr) = bilingual(rule, "change", &context);
        let parameter = if parameter.is_empty() {
            "None".to_string()
        } else {
            format!("Some({parameter:?})")
        };
        writeln!(
            out,
            "    PostfixRule {{ text: {text:?}, folded: {folded:?}, restriction: {restriction:?}, list: {list:?}, \
             parameter: {parameter}, default: {default:?}, reason: Reason::{reason:?}, \
             change: Bi::new({change_en:?}, {change_fr:?}) }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n");
}

/// `data/reasons/dnsbl.toml`: blocklists and the answers that are not listings.
fn generate_dnsbl(dir: &Path, out: &mut String) {
    let table = read_table(&dir.join("dnsbl.toml"));
    let lists = table
        .get("list")
        .and_then(Value::as_array)
        .expect("dnsbl.toml: [[list]] tables");
    let mut zones = BTreeSet::new();
    out.push_str("pub(super) static DNSBLS: &[Dnsbl] = &[\n");
    for list in lists {
        let list = list.as_table().expect("[[list]] is a table");
        let name = string(list, "name", "dnsbl.toml");
        let context = format!("dnsbl.toml `{name}`");
        let these: Vec<String> = list
            .get("zones")
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("{context}: `zones` list"))
            .iter()
            .map(|zone| {
                let zone = zone.as_str().expect("a zone name").to_string();
                assert!(
                    zone.contains('.')
                        && zone == zone.to_ascii_lowercase()
                        && zone
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'),
                    "{context}: `{zone}` is not a lower-case DNS name"
                );
                assert!(zones.insert(zone.clone()), "{context}: `{zone}` twice");
                zone
            })
            .collect();
        let kind = match string(list, "kind", &context) {
            "ip" => "DnsblKind::Address",
            "domain" => "DnsblKind::Domain",
            other => panic!("{context}: kind `{other}` is not ip or domain"),
        };
        let lookup = string(list, "lookup", &context);
        assert!(
            lookup.starts_with("https://"),
            "{context}: lookup must be an https URL"
        );
        let (meaning_en, meaning_fr) = bilingual(list, "meaning", &context);
        writeln!(
            out,
            "    Dnsbl {{ name: {name:?}, zones: &{these:?}, kind: {kind}, lookup: {lookup:?}, \
             meaning: Bi::new({meaning_en:?}, {meaning_fr:?}) }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    let answers = table
        .get("not_a_listing")
        .and_then(Value::as_array)
        .expect("dnsbl.toml: [[not_a_listing]] tables");
    out.push_str("pub(super) static NOT_A_LISTING: &[NotAListing] = &[\n");
    for answer in answers {
        let answer = answer.as_table().expect("[[not_a_listing]] is a table");
        let texts: Vec<String> = answer
            .get("texts")
            .and_then(Value::as_array)
            .expect("dnsbl.toml [[not_a_listing]]: `texts` list")
            .iter()
            .map(|text| fold_phrase(text.as_str().expect("a text")))
            .collect();
        let (meaning_en, meaning_fr) = bilingual(answer, "meaning", "dnsbl.toml [[not_a_listing]]");
        writeln!(
            out,
            "    NotAListing {{ texts: &{texts:?}, meaning: Bi::new({meaning_en:?}, {meaning_fr:?}) }},"
        )
        .unwrap();
    }
    out.push_str("];\n");
}

#[test]
fn generated_tables_are_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis/reason/generated.rs");
    let expected = generate();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != expected {
        std::fs::write(&path, &expected).expect("write generated.rs");
        panic!(
            "src/analysis/reason/generated.rs was stale and has been rewritten: rebuild and commit it"
        );
    }
}

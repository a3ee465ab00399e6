//! Keeps `params_data.rs` equal to what the TSVs say.

use super::*;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn reference(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/reference")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn rows(text: &str, columns: usize) -> Vec<Vec<String>> {
    text.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut row: Vec<String> = line.split('\t').map(str::to_string).collect();
            row.resize(columns, String::new());
            assert!(!row[0].is_empty(), "empty name in {line:?}");
            row
        })
        .collect()
}

/// `name -> (en, fr)` from `data/postfix/parameters/*.toml`, with the
/// problems found: a name that is not a parameter, a name in two files, a
/// text missing or empty in one language, an unknown key.
fn texts(
    names: &std::collections::BTreeSet<String>,
) -> (BTreeMap<String, (String, String)>, Vec<String>) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/postfix/parameters");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|path| path.extension().is_some_and(|e| e == "toml"));
    files.sort();
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{file}: {e}"));
        for (name, value) in table {
            let here = format!("{file}: [{name}]");
            if !names.contains(&name) {
                problems.push(format!("{here} is not a parameter of the table"));
                continue;
            }
            let Some(entry) = value.as_table() else {
                problems.push(format!("{here} is not a table"));
                continue;
            };
            for key in entry.keys() {
                if key != "en" && key != "fr" {
                    problems.push(format!("{here}: unknown key {key}"));
                }
            }
            let lang = |key: &str| {
                entry
                    .get(key)
                    .and_then(|v| v.as_str())
                    .map(|t| t.trim().to_string())
                    .unwrap_or_default()
            };
            let (en, fr) = (lang("en"), lang("fr"));
            if en.is_empty() || fr.is_empty() {
                problems.push(format!("{here}: a text is missing or empty"));
            }
            if out.insert(name.clone(), (en, fr)).is_some() {
                problems.push(format!("{here} is written twice"));
            }
        }
    }
    (out, problems)
}

/// `name -> first version`: postconf(5) of 3.7 for the older names, the
/// branch that first documents it for the newer ones.
fn versions(by_version: &[Vec<String>]) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = rows(&reference("postfix-parameters-since.tsv"), 2)
        .into_iter()
        .map(|row| (row[0].clone(), row[1].clone()))
        .collect();
    for row in by_version {
        let first = row[2].trim_end_matches("-dev");
        if first != "<=3.7" && !first.is_empty() {
            out.insert(row[0].clone(), first.to_string());
        }
    }
    out
}

fn generate() -> String {
    let current = rows(&reference("postfix-parameters.tsv"), 2);
    let extra = rows(&reference("postfix-parameters-extra.tsv"), 3);
    let by_version = rows(&reference("postfix-parameters-by-version.tsv"), 4);
    let deprecations = rows(&reference("postfix-deprecations.tsv"), 5);
    let since = versions(&by_version);
    // name -> (default, kind)
    let mut table: BTreeMap<String, (String, &str)> = BTreeMap::new();
    for row in &current {
        table.insert(row[0].clone(), (row[1].clone(), "Current"));
    }
    let mut templates = Vec::new();
    for row in &extra {
        match row[2].as_str() {
            "per_service_template" => {
                let suffix = row[0].strip_prefix("transport").expect("transport_ prefix");
                templates.push((suffix.to_string(), row[1].clone()));
            }
            "per_service_instance" => {
                table
                    .entry(row[0].clone())
                    .or_insert((row[1].clone(), "Instance"));
            }
            "man_only_legacy_or_hidden" => {
                table
                    .entry(row[0].clone())
                    .or_insert((row[1].clone(), "Legacy"));
            }
            other => panic!("unknown kind {other}"),
        }
    }
    for row in &by_version {
        table
            .entry(row[0].clone())
            .or_insert((row[1].clone(), "Newer"));
    }
    templates.sort();
    let names = table.keys().cloned().collect();
    let (texts, _) = texts(&names);
    let mut out = String::from(
        "//! Generated from `fixtures/reference/postfix-*.tsv` and\n//! `data/postfix/parameters/*.toml` by\n//! `params::tests::generated_table_is_fresh`. Do not edit.\n\nuse super::{Deprecation, Param, ParamKind};\n\npub static PARAMS: &[Param] = &[\n",
    );
    for (name, (default, kind)) in &table {
        let version = since.get(name.as_str()).map_or("", String::as_str);
        let (en, fr) = texts.get(name).cloned().unwrap_or_default();
        writeln!(
            out,
            "    Param {{ name: {name:?}, default: {default:?}, since: {version:?}, kind: ParamKind::{kind},\n        en: {en:?},\n        fr: {fr:?} }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n/// `(suffix, default)` of the per-service parameters.\npub static TEMPLATES: &[(&str, &str)] = &[\n");
    for (suffix, default) in &templates {
        writeln!(out, "    ({suffix:?}, {default:?}),").unwrap();
    }
    out.push_str("];\n\npub static DEPRECATIONS: &[Deprecation] = &[\n");
    let mut deprecations = deprecations;
    deprecations.sort();
    for row in &deprecations {
        assert!(
            matches!(row[1].as_str(), "parameter" | "restriction"),
            "{row:?}"
        );
        writeln!(
            out,
            "    Deprecation {{ name: {:?}, restriction: {}, warned_since: {:?}, removed_in: {:?}, replacement: {:?} }},",
            row[0],
            row[1] == "restriction",
            row[2],
            row[3],
            row[4]
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}

#[test]
fn generated_table_is_fresh() {
    let expected = generate();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis/config/params_data.rs");
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    if actual != expected {
        std::fs::write(&path, &expected).expect("write params_data.rs");
        panic!(
            "src/analysis/config/params_data.rs was stale (a TSV of fixtures/reference or a text of data/postfix/parameters changed) and has been regenerated: commit it and run the tests again"
        );
    }
}

#[test]
fn table_is_sorted_and_complete() {
    assert!(PARAMS.windows(2).all(|w| w[0].name < w[1].name));
    assert!(PARAMS.len() >= 831 + 23);
    let p = lookup("smtpd_banner").expect("smtpd_banner");
    assert_eq!(p.default, "$myhostname ESMTP $mail_name");
    assert_eq!(p.kind, ParamKind::Current);
    assert_eq!(lookup("requiretls_enable").map(|p| p.since), Some("3.11"));
    assert_eq!(
        lookup("smtpd_tls_security_level").map(|p| p.since),
        Some("2.3")
    );
    assert_eq!(
        lookup("smtpd_relay_restrictions").map(|p| p.since),
        Some("2.10")
    );
    assert_eq!(
        lookup("smtpd_forbid_bare_newline").map(|p| p.since),
        Some("3.5")
    );
    assert_eq!(lookup("myhostname").map(|p| p.since), Some(""));
    assert_eq!(
        deprecation("smtp_use_tls").map(|d| d.warned_since),
        Some("3.9")
    );
    assert_eq!(
        deprecation("reject_maps_rbl").map(|d| (d.restriction, d.removed_in)),
        Some((true, "3.9"))
    );
    assert_eq!(
        lookup("virtual_maps").map(|p| p.kind),
        Some(ParamKind::Legacy)
    );
    assert!(is_known("submission_destination_concurrency_limit"));
    assert!(is_known("my-relay_time_limit"));
    assert!(!is_known("_time_limit"));
    assert!(!is_known("smtpd_bannr"));
    assert_eq!(suggest("smtpd_bannr"), Some("smtpd_banner"));
    assert_eq!(suggest("totally_unrelated_name_here"), None);
}

/// Every parameter of the table says what it does, in English and French;
/// no text names a parameter the table lacks, none is written twice.
#[test]
fn every_parameter_has_a_text_in_both_languages() {
    let names = PARAMS.iter().map(|p| p.name.to_string()).collect();
    let (texts, problems) = texts(&names);
    assert!(problems.is_empty(), "{problems:#?}");
    let missing: Vec<&str> = PARAMS
        .iter()
        .map(|p| p.name)
        .filter(|name| !texts.contains_key(*name))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} parameters have no text in data/postfix/parameters: {missing:?}",
        missing.len(),
        PARAMS.len()
    );
    for param in PARAMS {
        assert!(
            param.text(crate::codes::Lang::En).is_some()
                && param.text(crate::codes::Lang::Fr).is_some(),
            "{}: params_data.rs lacks its text (regenerate it)",
            param.name
        );
    }
}

#[test]
fn the_bounded_distance_agrees_with_the_full_one() {
    let long_x = "x".repeat(70);
    let long_y = "xy".repeat(33);
    let words = [
        "",
        "a",
        "ab",
        "smtpd_banner",
        "smtpd_bannr",
        "smtpd_banner_x",
        "mydomain",
        "myhostname",
        "myhostnam",
        "relayhost",
        "relay_host",
        &long_x,
        &long_y,
    ];
    for a in words {
        for b in words {
            let full = crate::codes::lookup::edit_distance(a, b);
            for limit in 0..4 {
                let bounded = distance_within(a.as_bytes(), b.as_bytes(), limit);
                assert_eq!(
                    bounded,
                    (full <= limit).then_some(full),
                    "{a:?} {b:?} {limit}"
                );
            }
        }
    }
}

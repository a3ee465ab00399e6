//! Keeps `params_data.rs` equal to what the TSVs say.

use super::*;
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

fn generate() -> String {
    use std::collections::BTreeMap;
    let current = rows(&reference("postfix-parameters.tsv"), 2);
    let extra = rows(&reference("postfix-parameters-extra.tsv"), 3);
    let versions = rows(&reference("postfix-parameters-by-version.tsv"), 4);
    let since: BTreeMap<&str, &str> = versions
        .iter()
        .map(|row| (row[0].as_str(), row[2].as_str()))
        .collect();
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
    for row in &versions {
        table
            .entry(row[0].clone())
            .or_insert((row[1].clone(), "Newer"));
    }
    templates.sort();
    let mut out = String::from(
        "//! Generated from `fixtures/reference/postfix-parameters*.tsv` by\n//! `params::tests::generated_table_is_fresh`. Do not edit.\n\nuse super::{Param, ParamKind};\n\npub static PARAMS: &[Param] = &[\n",
    );
    for (name, (default, kind)) in &table {
        let version = since.get(name.as_str()).copied().unwrap_or("");
        writeln!(
            out,
            "    Param {{ name: {name:?}, default: {default:?}, since: {version:?}, kind: ParamKind::{kind} }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n/// `(suffix, default)` of the per-service parameters.\npub static TEMPLATES: &[(&str, &str)] = &[\n");
    for (suffix, default) in &templates {
        writeln!(out, "    ({suffix:?}, {default:?}),").unwrap();
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
        panic!("params_data.rs was stale and has been regenerated: run the tests again");
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

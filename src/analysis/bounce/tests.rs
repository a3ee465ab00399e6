use super::*;
use std::path::Path;

fn corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/corpora/sisimai-dev")
}

/// Prints every record of the development set beside Sisimai's values
/// (`cargo test --lib bounce::tests::dev_set_side_by_side -- --ignored --nocapture`).
#[test]
#[ignore = "a development aid: prints the whole set"]
fn dev_set_side_by_side() {
    let expected = std::fs::read_to_string(corpus().join("expected.tsv")).unwrap();
    let mut rows: std::collections::BTreeMap<String, Vec<Vec<String>>> = Default::default();
    for line in expected.lines().skip(1) {
        let cols: Vec<String> = line.split('\t').map(str::to_string).collect();
        rows.entry(cols[0].clone()).or_default().push(cols);
    }
    let (mut total, mut found, mut reason_ok, mut hard_ok) = (0, 0, 0, 0);
    for (file, expected) in &rows {
        let bytes = std::fs::read(corpus().join(file)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let reports = decode_file(&text);
        let records: Vec<&Record> = reports.iter().flat_map(|r| r.records.iter()).collect();
        for (index, row) in expected.iter().enumerate() {
            total += 1;
            let record = records.get(index).copied();
            if record.is_some() {
                found += 1;
            }
            let ours = record.map_or("-".to_string(), |r| r.reason.name().to_string());
            let hard = record.is_some_and(|r| r.hard);
            let ok_reason = ours == row[4];
            let ok_hard = hard == (row[5] == "true");
            reason_ok += ok_reason as usize;
            hard_ok += ok_hard as usize;
            if !ok_reason || !ok_hard {
                println!(
                    "{file} #{} expected {} {} {} | ours {} {} {} | {}",
                    index + 1,
                    row[2],
                    row[4],
                    row[5],
                    record
                        .and_then(|r| r.status)
                        .map_or("-".into(), |s| s.to_string()),
                    ours,
                    hard,
                    record.map_or(String::new(), |r| format!(
                        "cmd={:?} diag={}",
                        r.command,
                        r.diagnostic.chars().take(160).collect::<String>()
                    ))
                );
            }
        }
        if records.len() != expected.len() {
            println!(
                "{file}: {} records, expected {}",
                records.len(),
                expected.len()
            );
        }
    }
    println!("recipients {found}/{total}, reason {reason_ok}/{total}, hard/soft {hard_ok}/{total}");
}

/// Prints the report text and recipients of the files named in `BOUNCE`
/// (`BOUNCE=lhost-qmail-01 cargo test --lib bounce::tests::show_prose -- --ignored --nocapture`).
#[test]
#[ignore = "a development aid"]
fn show_prose() {
    let names = std::env::var("BOUNCE").unwrap_or_default();
    for name in names.split(',').filter(|n| !n.is_empty()) {
        let bytes = std::fs::read(corpus().join("emails").join(format!("{name}.eml"))).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let message = mime::parse(&text, &Limits::default());
        let prose = prose::report_text(&message);
        println!("===== {name}\n{}\n-----", prose.text);
        println!(
            "{:#?}",
            decode(&text).map(|r| r
                .records
                .iter()
                .map(|r| (
                    r.recipient.clone(),
                    r.reason.name(),
                    r.command,
                    r.diagnostic.clone(),
                    r.evidence.clone()
                ))
                .collect::<Vec<_>>())
        );
        for view in message.views() {
            println!(
                "view {:?} part {} orig {}",
                view.region,
                view.part,
                message.parts()[view.part].original
            );
        }
    }
}

#[test]
#[ignore = "a development aid"]
fn show_views() {
    let names = std::env::var("BOUNCE").unwrap_or_default();
    for name in names.split(',').filter(|n| !n.is_empty()) {
        let bytes = std::fs::read(corpus().join("emails").join(format!("{name}.eml"))).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let message = mime::parse(&text, &Limits::default());
        for view in message.views() {
            let part = &message.parts()[view.part];
            println!(
                "--- view {:?} part {} {} orig {}\n{}",
                view.region,
                view.part,
                part.content_type.mime_type,
                part.original,
                message
                    .view_text(view)
                    .chars()
                    .take(600)
                    .collect::<String>()
            );
        }
    }
}

//! The fixture sweep: every real log and bounce under fixtures/corpora is
//! scanned; the codes found and the diagnostics are compared with a
//! committed snapshot (`UPDATE_EXPECT=1 cargo test` rewrites it).

use mail_lsp::analysis::logscan::{self, EnhancedToken};
use mail_lsp::analysis::{self, FileKind, Options};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, out);
        } else if path
            .file_name()
            .is_some_and(|name| name != "SOURCES.md" && name != "expected.tsv")
        {
            out.push(path);
        }
    }
}

#[test]
fn corpora_snapshot() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("fixtures/corpora"), &mut paths);
    assert!(paths.len() >= 60, "{} files", paths.len());
    let options = Options::default();
    let mut snapshot = String::new();
    let mut codes_found = 0;
    for path in &paths {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let name = path.strip_prefix(root).unwrap().display().to_string();
        let kind = FileKind::detect(None, Some(&name), &text);
        writeln!(snapshot, "# {name} ({})", kind.name()).unwrap();
        for (index, _, line) in analysis::lines::lines(&text) {
            for found in logscan::scan_line(kind, line) {
                codes_found += 1;
                let reply = found
                    .reply
                    .as_ref()
                    .map(|(range, code)| format!("{}@{code}", range.start));
                let enhanced = found.enhanced.as_ref().map(|(range, token)| match token {
                    EnhancedToken::Valid(code) => format!("{}@{code}", range.start),
                    EnhancedToken::Malformed(reason) => {
                        format!("{}@{}!{}", range.start, &line[range.clone()], reason.id())
                    }
                });
                writeln!(
                    snapshot,
                    "{}: {} {}",
                    index + 1,
                    reply.unwrap_or_default(),
                    enhanced.unwrap_or_default()
                )
                .unwrap();
            }
        }
        for diagnostic in analysis::document_diagnostics(kind, &text, &options) {
            writeln!(
                snapshot,
                "{}:{} {:?} {}",
                diagnostic.line + 1,
                diagnostic.start,
                diagnostic.severity,
                diagnostic.rule
            )
            .unwrap();
        }
    }
    assert!(codes_found > 80, "{codes_found} codes");
    let expected_path = root.join("fixtures/snapshots/corpora.txt");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_path, &snapshot).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert!(
        expected == snapshot,
        "snapshot differs: run UPDATE_EXPECT=1 cargo test and review fixtures/snapshots/corpora.txt"
    );
}

#[test]
fn every_dsn_value_in_the_corpora_is_read_as_a_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("fixtures/corpora"), &mut paths);
    for path in paths {
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        for (_, _, line) in analysis::lines::lines(&text) {
            for (at, _) in line.match_indices("dsn=") {
                let found = logscan::scan_line(FileKind::MailLog, line);
                assert!(
                    found
                        .iter()
                        .any(|f| f.enhanced.as_ref().is_some_and(|(r, _)| r.start == at + 4)),
                    "{}: {line}",
                    path.display()
                );
            }
        }
    }
}

//! Decoys stay decoys: every number of `fixtures/decoys/decoys.txt` (PIDs,
//! ports, sizes, delays, timestamps, IP addresses, queue IDs, Message-IDs,
//! version strings, dates, spam scores... taken systematically from the
//! real files of fixtures/corpora: fixtures/decoys/SOURCES.md) gets no
//! hover and no diagnostic where it stands in its file, through the entry
//! points the editor and `check` use.

use mail_lsp::analysis::{self, Diagnostic, FileKind, Options};
use std::collections::HashMap;
use std::path::Path;

const OPEN: char = '\u{27e6}';
const CLOSE: char = '\u{27e7}';

/// A document: its kind, text, line starts and diagnostics.
struct Document {
    kind: FileKind,
    text: String,
    line_starts: Vec<usize>,
    diagnostics: Vec<Diagnostic>,
}

impl Document {
    fn new(name: &str, text: String) -> Document {
        let kind = FileKind::detect(None, Some(name), &text);
        let line_starts = analysis::lines::lines(&text)
            .map(|(_, start, _)| start)
            .collect();
        let diagnostics =
            analysis::parallel::document_diagnostics(kind, &text, &Options::default()).diagnostics;
        Document {
            kind,
            text,
            line_starts,
            diagnostics,
        }
    }
}

#[test]
fn decoys_get_no_hover_and_no_diagnostic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = std::fs::read_to_string(root.join("fixtures/decoys/decoys.txt")).unwrap();
    let options = Options::default();
    let mut files: HashMap<String, Document> = HashMap::new();
    let mut count = 0;
    let mut misread = Vec::new();
    for row in fixture
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        count += 1;
        let mut fields = row.splitn(3, '\t');
        let (place, source, marked) = (
            fields.next().unwrap(),
            fields.next().unwrap(),
            fields.next().unwrap(),
        );
        let start = marked.find(OPEN).unwrap();
        let end = marked.find(CLOSE).unwrap() - OPEN.len_utf8();
        let line = marked.replace([OPEN, CLOSE], "");
        let (path, number) = source.rsplit_once(':').unwrap();
        let number: usize = number.parse().unwrap();
        // A decoy is read where it stands in its file; a grok test case's
        // log message (a YAML string) on its own, as a log line.
        let key = if place == "file" {
            path.to_string()
        } else {
            source.to_string()
        };
        let document = files.entry(key).or_insert_with(|| {
            if place == "file" {
                let bytes = std::fs::read(root.join("fixtures/corpora").join(path)).unwrap();
                Document::new(path, String::from_utf8_lossy(&bytes).into_owned())
            } else {
                Document::new("mail.log", format!("{line}\n"))
            }
        });
        let line_index = if place == "file" { number - 1 } else { 0 };
        let line_start = document.line_starts[line_index];
        let text = document.text.as_str();
        assert!(
            text[line_start..].starts_with(&line),
            "{source}: the fixture's line is not the file's"
        );
        let decoy = line_start + start..line_start + end;
        // The decoy's start (a code under it that starts before it) and
        // the start of every run of digits in it (a code that starts in it).
        let bytes = text.as_bytes();
        let hovered = decoy
            .clone()
            .filter(|&at| {
                at == decoy.start || (bytes[at].is_ascii_digit() && !bytes[at - 1].is_ascii_digit())
            })
            .find_map(|at| analysis::hover(document.kind, text, at, &options));
        let diagnosed = document.diagnostics.iter().find(|d| {
            d.line == line_index
                && line_start + d.start < decoy.end
                && decoy.start < line_start + d.end.max(d.start + 1)
        });
        if hovered.is_some() || diagnosed.is_some() {
            misread.push(format!(
                "{source} {:?} in {line:?}: hover {:?}, diagnostic {:?}",
                &text[decoy.clone()],
                hovered.map(|(range, _)| &text[range]),
                diagnosed.map(|d| d.rule)
            ));
        }
    }
    assert!(count >= 200, "{count} decoys");
    assert!(
        misread.is_empty(),
        "{} of {count} decoys misread:\n{}",
        misread.len(),
        misread.join("\n")
    );
}

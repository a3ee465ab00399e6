//! The fuzz targets, shared by cargo-fuzz (`fuzz/fuzz_targets/*.rs`, nightly)
//! and the stable-toolchain driver (`tests/it/fuzz.rs`). Each takes any bytes
//! and must not panic, hang or allocate without bound.

use mail_lsp::analysis::{self, FileKind, Options};
use mail_lsp::codes::{Lang, enhanced, explain};
use mail_lsp::server::transport;

pub const KINDS: [FileKind; 9] = [
    FileKind::MailLog,
    FileKind::Bounce,
    FileKind::PostfixMain,
    FileKind::PostfixMaster,
    FileKind::PostfixTable,
    FileKind::SendmailMc,
    FileKind::SendmailCf,
    FileKind::SendmailTable,
    FileKind::Unknown,
];

/// Frames read from the bytes until the end; every body classified.
pub fn transport(data: &[u8]) {
    let mut reader = std::io::BufReader::new(data);
    for _ in 0..10_000 {
        match transport::read_frame(&mut reader) {
            Ok(transport::Frame::Body(body)) => {
                let _ = transport::classify(&body);
            }
            Ok(transport::Frame::Bad(reason)) => assert!(!reason.is_empty()),
            Ok(transport::Frame::Eof) | Err(_) => break,
        }
    }
    let _ = transport::classify(data);
}

/// The code parsers, and an explanation for whatever parses.
pub fn codes(data: &[u8]) {
    // Codes are short; `explain` takes a command-line argument. Long inputs
    // only slow the edit-distance search down (the scanner caps tokens at 64).
    let text = String::from_utf8_lossy(&data[..data.len().min(256)]);
    if let Ok(code) = enhanced::parse(&text) {
        assert_eq!(
            enhanced::parse(&code.to_string()),
            Ok(code),
            "round trip of {text:?}"
        );
    }
    let _ = mail_lsp::codes::lookup::nearest(&text, 3);
    for lang in [Lang::En, Lang::Fr] {
        if let Ok(query) = explain::parse_query(&text, lang) {
            let explanation = explain::explain(&query, lang);
            for verbosity in [explain::Verbosity::Short, explain::Verbosity::Full] {
                let _ = explain::to_markdown(&explanation, verbosity, lang);
            }
            let _ = explain::to_terminal(&explanation, lang);
        }
    }
}

/// The log scanner on each line of the text, for every file kind.
pub fn logscan(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for kind in KINDS {
        for line in text.split(['\n', '\r']) {
            for found in analysis::replies::scan_line(kind, line) {
                let span = found.span();
                assert!(span.start <= span.end && span.end <= line.len());
                assert!(line.is_char_boundary(span.start) && line.is_char_boundary(span.end));
            }
        }
    }
}

/// Whole-document diagnostics for every file kind; ranges inside the text.
pub fn diagnostics(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let lines = analysis::diagnostics::count_line_breaks(&text) + 1;
    for kind in KINDS {
        for lang in [Lang::En, Lang::Fr] {
            let options = Options {
                lang,
                ..Options::default()
            };
            for diagnostic in analysis::document_diagnostics(kind, &text, &options) {
                assert!(diagnostic.line < lines, "{diagnostic:?}");
                assert!(diagnostic.start <= diagnostic.end, "{diagnostic:?}");
            }
        }
    }
}

/// A fuzz target.
pub type Target = fn(&[u8]);

/// Name -> target, for drivers.
pub const TARGETS: [(&str, Target); 4] = [
    ("transport", transport),
    ("codes", codes),
    ("logscan", logscan),
    ("diagnostics", diagnostics),
];

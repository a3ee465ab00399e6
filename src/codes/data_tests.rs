//! Compiles the prose of `data/codes/**/*.toml` into the committed static
//! tables `texts/generated.rs` and `vendor/generated.rs`, and fails when
//! they were stale (the pattern of `registry::tests::generated_tables_are_fresh`).
//!
//! In the data, a long text may be wrapped over several lines: a line break
//! reads as one space (never write a no-break space at a line end).

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct BiText {
    en: String,
    fr: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrTitle {
    fr: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassesAndSubjects {
    class: Vec<ClassRow>,
    subject: Vec<SubjectRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassRow {
    class: u8,
    title: FrTitle,
    meaning: BiText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubjectRow {
    subject: u16,
    title: FrTitle,
    meaning: BiText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DetailFile {
    detail: Vec<DetailRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DetailRow {
    code: String,
    side: String,
    title: FrTitle,
    meaning: BiText,
    success: Option<BiText>,
    succeeded: Option<BiText>,
    transient: BiText,
    permanent: BiText,
    advice: BiText,
    action: Option<BiText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyFile {
    reply: Vec<ReplyRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyRow {
    code: u16,
    standard: bool,
    side: String,
    title: FrTitle,
    meaning: BiText,
    succeeded: Option<BiText>,
    retry: Option<BiText>,
    advice: BiText,
    action: Option<BiText>,
    #[serde(default)]
    usual: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VendorFile {
    name: String,
    /// What names the vendor in a reply or a log line (lower case): a
    /// hover shows the notes of the vendors its line names.
    markers: Vec<String>,
    sources: BTreeMap<String, String>,
    #[serde(default)]
    code: Vec<VendorCodeRow>,
    #[serde(default)]
    note: Vec<VendorNoteRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VendorCodeRow {
    codes: Vec<String>,
    source: String,
    side: String,
    reply: Option<u16>,
    title: BiText,
    meaning: BiText,
    advice: BiText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VendorNoteRow {
    /// An enhanced code (`5.7.1`) ...
    code: Option<String>,
    /// ... or reply codes (`[550, 554]`), for vendors whose replies carry
    /// no enhanced code of their own.
    replies: Option<Vec<u16>>,
    source: String,
    note: BiText,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A wrapped text as one line: line breaks read as spaces.
fn flat(text: &str) -> String {
    let joined = text
        .trim()
        .split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!joined.contains("  "), "double space in {joined:?}");
    joined
}

fn bi(text: &BiText, what: &str) -> String {
    let (en, fr) = (flat(&text.en), flat(&text.fr));
    assert!(!en.is_empty() && !fr.is_empty(), "{what}: empty text");
    assert_ne!(en, fr, "{what}: the French text is a copy of the English");
    format!("Bi::new({en:?}, {fr:?})")
}

fn side(name: &str, what: &str) -> &'static str {
    match name {
        "sender" => "Side::Sender",
        "recipient" => "Side::Recipient",
        "receiving-server" => "Side::ReceivingServer",
        "sending-server" => "Side::SendingServer",
        "configuration" => "Side::Configuration",
        "network" => "Side::Network",
        "nobody" => "Side::Nobody",
        "unknown" => "Side::Unknown",
        other => panic!("{what}: unknown side {other:?}"),
    }
}

/// `X.7.26` -> (7, 26).
fn any_class_code(code: &str) -> (u16, u16) {
    let parts: Vec<&str> = code.split('.').collect();
    match parts.as_slice() {
        ["X", s, d] => (
            s.parse().unwrap_or_else(|_| panic!("{code}")),
            d.parse().unwrap_or_else(|_| panic!("{code}")),
        ),
        _ => panic!("{code}: a detail is written X.S.D"),
    }
}

/// `4.7.500-699` or `5.7.520` -> (class, subject, first, last).
fn code_range(text: &str) -> (u8, u16, u16, u16) {
    let (code, last) = match text.split_once('-') {
        Some((code, last)) => (code, Some(last)),
        None => (text, None),
    };
    let parsed = super::enhanced::parse(code).unwrap_or_else(|e| panic!("{text}: {e:?}"));
    let last = last.map_or(parsed.detail, |l| {
        l.parse().unwrap_or_else(|_| panic!("{text}"))
    });
    assert!(last >= parsed.detail, "{text}: an empty range");
    (parsed.class, parsed.subject, parsed.detail, last)
}

fn generate_texts() -> String {
    let dir = root().join("data/codes");
    let mut out = String::from(
        "//! Generated from `data/codes/enhanced/*.toml` and `data/codes/replies.toml` by\n\
         //! `codes::data_tests::generated_code_tables_are_fresh`. Do not edit: change the TOML.\n\n\
         use super::{ClassText, DetailText, ReplyText, SubjectText};\n\
         use crate::codes::{Bi, Side};\n\n",
    );
    let cs: ClassesAndSubjects = read(&dir.join("enhanced/classes-and-subjects.toml"));
    let mut classes = cs.class;
    classes.sort_by_key(|row| row.class);
    out.push_str("pub static CLASS_TEXTS: &[ClassText] = &[\n");
    for row in &classes {
        let what = format!("class {}", row.class);
        writeln!(
            out,
            "    ClassText {{ class: {}, title_fr: {:?}, meaning: {} }},",
            row.class,
            flat(&row.title.fr),
            bi(&row.meaning, &what)
        )
        .unwrap();
    }
    let mut subjects = cs.subject;
    subjects.sort_by_key(|row| row.subject);
    out.push_str("];\n\npub static SUBJECT_TEXTS: &[SubjectText] = &[\n");
    for row in &subjects {
        let what = format!("X.{}", row.subject);
        writeln!(
            out,
            "    SubjectText {{ subject: {}, title_fr: {:?}, meaning: {} }},",
            row.subject,
            flat(&row.title.fr),
            bi(&row.meaning, &what)
        )
        .unwrap();
    }
    let mut details = Vec::new();
    for subject in 0..=7 {
        let file: DetailFile = read(&dir.join(format!("enhanced/x{subject}.toml")));
        for row in file.detail {
            let (s, d) = any_class_code(&row.code);
            assert_eq!(s, subject, "{} is in x{subject}.toml", row.code);
            details.push(((s, d), row));
        }
    }
    details.sort_by_key(|(key, _)| *key);
    out.push_str(
        "];\n\n/// Sorted by (subject, detail).\npub static DETAIL_TEXTS: &[DetailText] = &[\n",
    );
    for ((subject, detail), row) in &details {
        let what = &row.code;
        let success = row.success.as_ref().map_or("None".to_string(), |text| {
            format!("Some({})", bi(text, what))
        });
        let action = optional(row.action.as_ref(), what);
        assert!(
            row.succeeded.is_none() || row.success.is_some(),
            "{what}: what succeeded (`succeeded`) comes with a success text"
        );
        let succeeded = optional(row.succeeded.as_ref(), what);
        writeln!(
            out,
            "    DetailText {{ subject: {subject}, detail: {detail}, title_fr: {:?}, side: {}, meaning: {}, success: {success}, succeeded: {succeeded}, transient: {}, permanent: {}, advice: {}, action: {action} }},",
            flat(&row.title.fr),
            side(&row.side, what),
            bi(&row.meaning, what),
            bi(&row.transient, what),
            bi(&row.permanent, what),
            bi(&row.advice, what),
        )
        .unwrap();
    }
    let replies: ReplyFile = read(&dir.join("replies.toml"));
    let mut replies = replies.reply;
    replies.sort_by_key(|row| (row.code, !row.standard));
    out.push_str(
        "];\n\n/// Sorted by (code, standard first).\npub static REPLY_TEXTS: &[ReplyText] = &[\n",
    );
    for row in &replies {
        let what = format!("reply {} standard={}", row.code, row.standard);
        let retry = row.retry.as_ref().map_or("None".to_string(), |text| {
            format!("Some({})", bi(text, &what))
        });
        let action = optional(row.action.as_ref(), &what);
        assert_eq!(
            row.succeeded.is_some(),
            row.code / 100 == 2,
            "{what}: a success reply, and only one, says in `succeeded` what succeeded"
        );
        let succeeded = optional(row.succeeded.as_ref(), &what);
        for code in &row.usual {
            let parsed = super::enhanced::parse(code)
                .unwrap_or_else(|e| panic!("{what}: usual {code}: {e:?}"));
            assert_eq!(
                u16::from(parsed.class),
                row.code / 100,
                "{what}: usual {code} is of another class"
            );
        }
        writeln!(
            out,
            "    ReplyText {{ code: {}, standard: {}, title_fr: {:?}, side: {}, meaning: {}, succeeded: {succeeded}, retry: {retry}, advice: {}, action: {action}, usual: &{:?} }},",
            row.code,
            row.standard,
            flat(&row.title.fr),
            side(&row.side, &what),
            bi(&row.meaning, &what),
            bi(&row.advice, &what),
            row.usual,
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}

fn optional(text: Option<&BiText>, what: &str) -> String {
    text.map_or("None".to_string(), |text| {
        format!("Some({})", bi(text, what))
    })
}

fn type_name(file_stem: &str) -> String {
    let mut chars = file_stem.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn generate_vendors() -> String {
    let dir = root().join("data/codes/vendors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let mut vendors = Vec::new();
    for path in &files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        assert!(
            stem.chars().all(|c| c.is_ascii_lowercase()),
            "{stem}: a vendor file name is [a-z]"
        );
        vendors.push((type_name(stem), read::<VendorFile>(path)));
    }
    let mut out = String::from(
        "//! Generated from `data/codes/vendors/*.toml` by\n\
         //! `codes::data_tests::generated_code_tables_are_fresh`. Do not edit: change the TOML.\n\n\
         use super::{VendorCode, VendorNote, VendorReplyNote};\n\
         use crate::codes::enhanced::EnhancedCode;\n\
         use crate::codes::{Bi, Side};\n\n\
         /// A vendor whose codes or notes are known, one per `data/codes/vendors/*.toml`.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]\n\
         pub enum Vendor {\n",
    );
    for (name, _) in &vendors {
        writeln!(out, "    {name},").unwrap();
    }
    out.push_str(
        "}\n\n/// Every vendor, in the order of the enum.\npub static VENDORS: &[Vendor] = &[",
    );
    for (index, (name, _)) in vendors.iter().enumerate() {
        let separator = if index == 0 { "" } else { ", " };
        write!(out, "{separator}Vendor::{name}").unwrap();
    }
    out.push_str(
        "];\n\nimpl Vendor {\n    pub fn name(self) -> &'static str {\n        match self {\n",
    );
    for (name, file) in &vendors {
        writeln!(out, "            Vendor::{name} => {:?},", file.name).unwrap();
    }
    out.push_str("        }\n    }\n\n");
    out.push_str(
        "    /// What names the vendor in a reply or a log line (lower case).\n    pub fn markers(self) -> &'static [&'static str] {\n        match self {\n",
    );
    for (name, file) in &vendors {
        assert!(!file.markers.is_empty(), "{name}: no markers");
        for marker in &file.markers {
            assert!(
                marker.len() >= 4 && *marker == marker.to_ascii_lowercase(),
                "{name}: marker {marker:?} must be lower case, 4 bytes at least"
            );
        }
        writeln!(out, "            Vendor::{name} => &{:?},", file.markers).unwrap();
    }
    out.push_str("        }\n    }\n}\n\n");
    let mut codes = Vec::new();
    let mut notes = Vec::new();
    let mut reply_notes = Vec::new();
    for (name, file) in &vendors {
        let source = |id: &str, what: &str| -> String {
            let text = file
                .sources
                .get(id)
                .unwrap_or_else(|| panic!("{name} {what}: no source {id:?} in [sources]"));
            flat(text)
        };
        for row in &file.code {
            let what = format!("{name} {:?}", row.codes);
            for range in &row.codes {
                let (class, subject, first, last) = code_range(range);
                codes.push((
                    (class, subject, first),
                    format!(
                        "    VendorCode {{ code: EnhancedCode::new({class}, {subject}, {first}), last: {last}, vendor: Vendor::{name}, source: {:?}, reply: {:?}, title: {}, side: {}, meaning: {}, advice: {} }},",
                        source(&row.source, &what),
                        row.reply,
                        bi(&row.title, &what),
                        side(&row.side, &what),
                        bi(&row.meaning, &what),
                        bi(&row.advice, &what),
                    ),
                    last,
                ));
            }
        }
        for row in &file.note {
            let what = format!("{name} note {:?} {:?}", row.code, row.replies);
            let code = match (&row.code, &row.replies) {
                (Some(code), None) => code,
                (None, Some(replies)) => {
                    for &reply in replies {
                        assert!((200..=599).contains(&reply), "{what}: reply {reply}");
                        reply_notes.push((
                            (reply, name.clone()),
                            format!(
                                "    VendorReplyNote {{ reply: {reply}, vendor: Vendor::{name}, source: {:?}, note: {} }},",
                                source(&row.source, &what),
                                bi(&row.note, &what),
                            ),
                        ));
                    }
                    continue;
                }
                _ => panic!("{what}: a note is on a `code` or on `replies`"),
            };
            let code = super::enhanced::parse(code).unwrap_or_else(|e| panic!("{what}: {e:?}"));
            notes.push((
                (code, name.clone()),
                format!(
                    "    VendorNote {{ code: EnhancedCode::new({}, {}, {}), vendor: Vendor::{name}, source: {:?}, note: {} }},",
                    code.class,
                    code.subject,
                    code.detail,
                    source(&row.source, &what),
                    bi(&row.note, &what),
                ),
            ));
        }
    }
    codes.sort_by_key(|(key, _, _)| *key);
    for pair in codes.windows(2) {
        let ((c, s, _), _, last) = &pair[0];
        let ((c2, s2, first2), _, _) = &pair[1];
        assert!(
            (c, s) != (c2, s2) || last < first2,
            "vendor codes overlap at {c2}.{s2}.{first2}"
        );
    }
    notes.sort_by(|a, b| a.0.cmp(&b.0));
    out.push_str("/// Sorted by first code; the ranges do not overlap.\npub static VENDOR_CODES: &[VendorCode] = &[\n");
    for (_, line, _) in &codes {
        writeln!(out, "{line}").unwrap();
    }
    out.push_str(
        "];\n\n/// Sorted by code, then vendor.\npub static VENDOR_NOTES: &[VendorNote] = &[\n",
    );
    for (_, line) in &notes {
        writeln!(out, "{line}").unwrap();
    }
    reply_notes.sort_by(|a, b| a.0.cmp(&b.0));
    out.push_str(
        "];\n\n/// Sorted by reply code, then vendor.\npub static VENDOR_REPLY_NOTES: &[VendorReplyNote] = &[\n",
    );
    for (_, line) in &reply_notes {
        writeln!(out, "{line}").unwrap();
    }
    out.push_str("];\n");
    out
}

#[test]
fn generated_code_tables_are_fresh() {
    let mut stale = Vec::new();
    for (path, fresh) in [
        ("src/codes/texts/generated.rs", generate_texts()),
        ("src/codes/vendor/generated.rs", generate_vendors()),
    ] {
        let path = root().join(path);
        if std::fs::read_to_string(&path).unwrap_or_default() != fresh {
            std::fs::write(&path, &fresh).expect("write a generated table");
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} were stale and have been rewritten: run cargo test again and commit them"
    );
}

//! Keeps `generated.rs` equal to what the CSVs say, and the tables well formed.

use super::*;
use std::fmt::Write as _;
use std::path::Path;

/// A small CSV reader: commas, double quotes, doubled quotes inside quotes.
pub(crate) fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (in_quotes, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => in_quotes = false,
            (true, _) => field.push(c),
            (false, '"') => in_quotes = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn reference(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/reference")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn code_parts(code: &str) -> Vec<u16> {
    code.split('.')
        .skip(1)
        .map(|part| part.parse().expect("numeric subject/detail"))
        .collect()
}

fn generate() -> String {
    let enhanced = parse_csv(&reference("enhanced-status-codes.csv"));
    let replies = parse_csv(&reference("reply-codes.csv"));
    assert_eq!(
        enhanced[0],
        [
            "code",
            "title",
            "associated_basic_codes",
            "reference",
            "description_short"
        ]
    );
    assert_eq!(
        replies[0],
        ["code", "title", "reference", "standard", "note"]
    );

    let mut classes = Vec::new();
    let mut subjects = Vec::new();
    let mut details = Vec::new();
    for row in &enhanced[1..] {
        assert_eq!(row.len(), 5, "bad row {row:?}");
        let parts = code_parts(&row[0]);
        match parts.len() {
            0 => classes.push((row[0].parse::<u8>().expect("class digit"), row)),
            1 => subjects.push((parts[0], row)),
            2 => details.push(((parts[0], parts[1]), row)),
            _ => panic!("bad code {}", row[0]),
        }
    }
    classes.sort_by_key(|(key, _)| *key);
    subjects.sort_by_key(|(key, _)| *key);
    details.sort_by_key(|(key, _)| *key);

    let mut reply_rows: Vec<(u16, bool, &Vec<String>)> = replies[1..]
        .iter()
        .map(|row| {
            assert_eq!(row.len(), 5, "bad row {row:?}");
            let standard = match row[3].as_str() {
                "yes" => true,
                "no" => false,
                other => panic!("bad standard flag {other}"),
            };
            (row[0].parse().expect("reply code"), standard, row)
        })
        .collect();
    reply_rows.sort_by_key(|(code, standard, _)| (*code, !*standard));

    let mut out = String::new();
    out.push_str(
        "//! Generated from `fixtures/reference/*.csv` by `registry::tests::generated_tables_are_fresh`.\n\
         //! Do not edit: change the CSV and run `cargo test`.\n\n\
         use super::{RegistryClass, RegistryDetail, RegistryReply, RegistrySubject};\n\n",
    );
    out.push_str("pub static CLASSES: &[RegistryClass] = &[\n");
    for (class, row) in &classes {
        writeln!(
            out,
            "    RegistryClass {{ class: {class}, title: {:?}, reference: {:?}, description: {:?} }},",
            row[1], row[3], row[4]
        )
        .unwrap();
    }
    out.push_str("];\n\npub static SUBJECTS: &[RegistrySubject] = &[\n");
    for (subject, row) in &subjects {
        writeln!(
            out,
            "    RegistrySubject {{ subject: {subject}, title: {:?}, reference: {:?}, description: {:?} }},",
            row[1], row[3], row[4]
        )
        .unwrap();
    }
    out.push_str("];\n\npub static DETAILS: &[RegistryDetail] = &[\n");
    for ((subject, detail), row) in &details {
        let basic: Vec<&str> = row[2].split(';').filter(|part| !part.is_empty()).collect();
        writeln!(
            out,
            "    RegistryDetail {{ subject: {subject}, detail: {detail}, title: {:?}, basic: &{basic:?}, reference: {:?}, description: {:?} }},",
            row[1], row[3], row[4]
        )
        .unwrap();
    }
    out.push_str("];\n\npub static REPLIES: &[RegistryReply] = &[\n");
    for (code, standard, row) in &reply_rows {
        writeln!(
            out,
            "    RegistryReply {{ code: {code}, title: {:?}, reference: {:?}, standard: {standard}, note: {:?} }},",
            row[1], row[2], row[4]
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}

#[test]
fn generated_tables_are_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/codes/registry/generated.rs");
    let fresh = generate();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != fresh {
        std::fs::write(&path, &fresh).expect("write generated.rs");
        panic!(
            "src/codes/registry/generated.rs was stale and has been rewritten: run cargo test again and commit it"
        );
    }
}

#[test]
fn registry_has_every_row_of_the_csv() {
    let enhanced = parse_csv(&reference("enhanced-status-codes.csv"));
    assert_eq!(enhanced.len() - 1, 92);
    assert_eq!(CLASSES.len() + SUBJECTS.len() + DETAILS.len(), 92);
    for row in &enhanced[1..] {
        let parts = code_parts(&row[0]);
        let title = match parts.as_slice() {
            [] => class(row[0].parse().unwrap()).map(|r| r.title),
            [s] => subject(*s).map(|r| r.title),
            [s, d] => detail(*s, *d).map(|r| r.title),
            _ => None,
        };
        assert_eq!(title, Some(row[1].as_str()), "{}", row[0]);
    }
    let replies = parse_csv(&reference("reply-codes.csv"));
    assert_eq!(REPLIES.len(), replies.len() - 1);
    for row in &replies[1..] {
        let code: u16 = row[0].parse().unwrap();
        let standard = row[3] == "yes";
        let found = replies_of(code)
            .iter()
            .find(|r| r.standard == standard)
            .unwrap_or_else(|| panic!("reply {code} standard={standard} missing"));
        assert_eq!(found.title, row[1]);
    }
}

fn replies_of(code: u16) -> &'static [RegistryReply] {
    replies(code)
}

#[test]
fn nothing_outside_the_registry_is_claimed() {
    for subject_digit in 0..=999u16 {
        for detail_digit in 0..=999u16 {
            if let Some(row) = detail(subject_digit, detail_digit) {
                assert!(
                    subject_digit <= 7,
                    "X.{subject_digit}.{detail_digit}: {}",
                    row.title
                );
            }
        }
    }
    assert!(detail(7, 31).is_none());
    assert!(detail(7, 38).is_none());
    assert!(detail(6, 11).is_none());
    assert_eq!(detail(7, 28).map(|r| r.title), Some("Mail flood detected"));
}

#[test]
fn tables_are_sorted_and_unique() {
    assert!(SUBJECTS.windows(2).all(|w| w[0].subject < w[1].subject));
    assert!(
        DETAILS
            .windows(2)
            .all(|w| (w[0].subject, w[0].detail) < (w[1].subject, w[1].detail))
    );
    assert!(
        REPLIES
            .windows(2)
            .all(|w| (w[0].code, !w[0].standard) < (w[1].code, !w[1].standard))
    );
}

#[test]
fn associated_codes() {
    let mailbox = detail(1, 1).unwrap();
    assert!(mailbox.associates(550));
    assert!(mailbox.associates(451));
    assert!(!mailbox.associates(554));
    assert!(detail(0, 0).unwrap().associates(421));
    assert!(detail(7, 17).unwrap().associates(550));
    assert!(!detail(7, 17).unwrap().associates(450));
    assert_eq!(mailbox.basic_of_class(5).collect::<Vec<_>>(), [550]);
    assert_eq!(replies(432).len(), 2);
    assert!(replies(432)[0].standard);
    assert!(replies(999).is_empty());
}

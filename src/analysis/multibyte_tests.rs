//! No feature slices user text inside a character.

use super::completion;
use super::config;
use super::test_support::Cursor;
use super::{FileKind, Options};
use crate::codes::Lang;

/// The completions' labels at the `$0` of a one-line document.
fn labels(kind: FileKind, marked: &str) -> Vec<String> {
    let cursor = Cursor::new(marked);
    let items = if kind.is_log_like() {
        completion::log_completion(&cursor.text, cursor.column, Lang::En)
    } else {
        config::completion(kind, &cursor.text, cursor.line, cursor.column, Lang::En)
    };
    items.into_iter().map(|item| item.label).collect()
}

#[test]
fn completion_right_after_a_non_ascii_character() {
    // The token starts after `é`, not one byte into it.
    assert!(labels(FileKind::MailLog, "Zoé$0 said: 550 5.1.1 x").is_empty());
    assert!(labels(FileKind::Bounce, "Zoé said: 5é$0").is_empty());
    // Three bytes before the cursor are not three characters.
    assert!(labels(FileKind::MailLog, "élu $0550 5.1.1").is_empty());
    assert!(labels(FileKind::MailLog, "é$0 550").is_empty());
    assert!(labels(FileKind::MailLog, "élu 550 $0").contains(&"5.1.1".to_string()));
    assert!(labels(FileKind::PostfixMain, "myhostname = é$0$myorigin").is_empty());
    assert!(labels(FileKind::PostfixMain, "myhostname = é$$0").contains(&"myorigin".to_string()));
    assert!(labels(FileKind::PostfixMaster, "é$0 smtp inet n - y - - smtpd").is_empty());
    assert!(labels(FileKind::PostfixMaster, "smtp inet n - y - - smtpd -o é$0").is_empty());
    assert!(labels(FileKind::PostfixTable, "1.2.3.4 REJECT é5$0").is_empty());
    assert!(labels(FileKind::PostfixTable, "1.2.3.4 REJECT 5.7$0").contains(&"5.7.1".to_string()));
    assert!(labels(FileKind::SendmailTable, "To:x ERROR:\"é$0").is_empty());
}

#[test]
fn a_sendmail_table_line_with_a_non_ascii_reason_keeps_the_others_diagnostics() {
    let text = "From:spammer@ ERROR:\"550 4.7.1 go away\"\nTo:x@example.com ERROR:\"Bjørn has left\"\nTo:y@example.com ERROR:\"😀\"\n";
    let found = super::document_diagnostics(FileKind::SendmailTable, text, &Options::default());
    let rules: Vec<(usize, &str)> = found.iter().map(|d| (d.line, d.rule)).collect();
    assert_eq!(rules, [(0, "class-mismatch")]);
}

//! No feature slices user text inside a character: every feature of every
//! file kind runs at every byte position of lines full of multi-byte
//! characters (2, 3 and 4 bytes, and the no-break spaces that
//! `char::is_whitespace` accepts), placed before every character, then
//! before every other one. A slice at a computed position without a
//! boundary check panics here.

use super::completion;
use super::config;
use super::test_support::Cursor;
use super::{FileKind, Options, outline, symbols};
use crate::codes::Lang;

/// The characters put into the lines: `é` (2 bytes), `€` (3), `😀` (4),
/// U+00A0 and U+202F (white space to `char::is_whitespace`).
const WIDE: [char; 5] = ['é', '€', '😀', '\u{a0}', '\u{202f}'];

/// Lines of each kind that reach every code path: codes in their
/// contexts, `$name` references, `-o` options, actions, queue IDs.
const SAMPLES: &[(FileKind, &[&str])] = &[
    (
        FileKind::MailLog,
        &[
            "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A41C0A2: to=<a@b.c>, relay=x[1.2.3.4]:25, dsn=5.1.1, status=bounced (host x said: 550 5.1.1 <a@b.c>: no)",
            "Nov 22 09:44:03 mx postfix/bounce[13]: 3F2A41C0A2: sender non-delivery notification: 4B3C2D1E00",
            "Nov 22 09:44:04 mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from x[1.2.3.4]: 454 4.7.1 <a@b>: Relay access denied; from=<a> to=<b>",
            "2024-01-01 10:00:00 1rABCD-000123-4F ** a@b.c R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<a@b.c>: 550-5.1.1 x",
            "Jan  1 00:00:00 h sm-mta[1]: 0A1B2C3D4E5F: to=<a@b>, delay=00:00:01, mailer=esmtp, dsn=4.4.1, stat=Deferred: 421 4.7.0 x",
        ],
    ),
    (
        FileKind::Bounce,
        &[
            "Status: 5.1.1",
            "Diagnostic-Code: smtp; 550-5.1.1 The email account does not exist",
            "Final-Recipient: rfc822; a@b.c",
            "Remote-MTA: dns; mx.b.c said: 552 5.2.2 mailbox full",
        ],
    ),
    (
        FileKind::Unknown,
        &["reply=550 5.7.1 x smtp; 451 4.7.26 dsn=5.9.9 said: 5."],
    ),
    (
        FileKind::PostfixMain,
        &[
            "myhostname = mx.example.com",
            "mydestination = $myhostname, ${mydomain} $(mydomain) localhost",
            "smtpd_recipient_restrictions = check_client_access hash:/etc/postfix/access, reject_unauth_destination",
            "unknown_local_recipient_reject_code = 550",
            "smtpd_policy_service_default_action = DEFER 4.7.1 later",
            "myhostnam = x",
        ],
    ),
    (
        FileKind::PostfixMaster,
        &[
            "smtp      inet  n       -       y       -       -       smtpd",
            "submission inet n - y - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_client_restrictions=$mua_client_restrictions",
            "  -o smtpd_reject_unlisted_recipient=no",
        ],
    ),
    (
        FileKind::PostfixTable,
        &[
            "1.2.3.4 REJECT 5.7.1 go away",
            "user@ DEFER 4.7.1 later",
            "/^Subject: x/ REJECT 550 5.7.1 no",
        ],
    ),
    (
        FileKind::SendmailTable,
        &[
            "From:spammer@ ERROR:\"550 4.7.1 go away\"",
            "To:x@example.com ERROR:5.1.1:550 Bjørn has left",
            "Connect:1.2.3 TEMP:451 4.7.1 later",
            "x@y error:nouser 550 5.1.1 No such user",
        ],
    ),
    (
        FileKind::SendmailCf,
        &["R$* $#error $@ 5.7.1 $: \"550 Access denied\""],
    ),
    (
        FileKind::SendmailMc,
        &[
            "FEATURE(`access_db', `hash -T<TMPF> /etc/mail/access')dnl",
            "define(`confDEF_USER_ID', `8:12')dnl ERROR:\"550 5.7.1 x\"",
        ],
    ),
];

/// `line` with `wide` put before every character whose index is
/// `phase` modulo `period`.
fn widen(line: &str, wide: char, period: usize, phase: usize) -> String {
    let mut out = String::new();
    for (index, c) in line.chars().enumerate() {
        if index % period == phase {
            out.push(wide);
        }
        out.push(c);
    }
    out
}

/// Every feature the server offers on a document of `kind` whose only line
/// is `line`, at byte `offset` (any byte, boundary or not).
fn every_feature(kind: FileKind, line: &str, offset: usize) {
    let lang = Lang::Fr;
    let options = Options {
        lang,
        postfix_version: config::version::Version::parse("3.5"),
        ..Options::default()
    };
    let _ = super::hover(kind, line, offset, &options);
    let _ = super::completion(kind, line, offset, &options);
    let _ = super::definition(kind, line, offset);
    let _ = super::references(kind, line, offset, true);
    let _ = super::highlights(kind, line, offset);
}

/// What the server computes once per document of `kind`.
fn whole_document(kind: FileKind, text: &str) {
    let options = Options {
        lang: Lang::Fr,
        ..Options::default()
    };
    let _ = super::document_diagnostics(kind, text, &options);
    let _ = super::line_tokens(kind, text);
    let _ = super::line_hints(kind, text, Lang::Fr);
    let _ = super::outcome_counts(kind, text);
    let _ = symbols::symbols(kind, text, 100, Lang::Fr);
    let _ = outline::summarize(kind, text);
    let _ = config::codes(kind, text);
}

#[test]
fn every_feature_at_every_position_of_lines_full_of_multi_byte_characters() {
    for &(kind, lines) in SAMPLES {
        for line in lines.iter().copied() {
            for wide in WIDE {
                for (period, phase) in [(1, 0), (2, 0), (2, 1)] {
                    let line = widen(line, wide, period, phase);
                    let run = || {
                        whole_document(kind, &line);
                        for column in 0..=line.len() + 1 {
                            every_feature(kind, &line, column);
                        }
                    };
                    if std::panic::catch_unwind(run).is_err() {
                        panic!("{kind:?}: a feature panicked on {line:?}");
                    }
                }
            }
        }
    }
}

/// The completions' labels at the `$0` of a one-line document.
fn labels(kind: FileKind, marked: &str) -> Vec<String> {
    let cursor = Cursor::new(marked);
    let items = if kind.is_log_like() {
        completion::log_completion(&cursor.text, cursor.column, Lang::En)
    } else {
        config::completion(
            kind,
            &cursor.text,
            cursor.line,
            cursor.column,
            &Options::default(),
        )
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

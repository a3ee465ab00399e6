use super::*;

fn explained(text: &str, lang: Lang) -> Explanation {
    explain(&parse_query(text, lang).unwrap(), lang)
}

#[test]
fn mismatch_is_reported() {
    let explanation = explained("550 4.1.1", Lang::En);
    assert!(
        explanation
            .warnings
            .iter()
            .any(|w| w.contains("Class mismatch")),
        "{:?}",
        explanation.warnings
    );
    let explanation = explained("550 5.1.1", Lang::En);
    assert!(
        explanation.warnings.is_empty(),
        "{:?}",
        explanation.warnings
    );
}

#[test]
fn the_reply_code_decides_the_retry() {
    let retry = |text: &str| explained(text, Lang::En).retry.unwrap_or_default();
    assert!(
        retry("550 4.1.1").starts_with("not retried"),
        "{}",
        retry("550 4.1.1")
    );
    assert!(
        retry("451 5.7.3").starts_with("retried"),
        "{}",
        retry("451 5.7.3")
    );
    assert!(retry("421 5.7.32").starts_with("retried"));
    assert!(retry("250 5.1.1").ends_with("nobody has to act"));
    assert!(retry("5.1.1").starts_with("not retried"));
    assert!(retry("4.1.1").starts_with("retried"));
    assert!(retry("535").contains("smtp_sasl_auth_soft_bounce"));
    assert!(retry("554").contains("smtp_skip_5xx_greeting"));
    assert!(retry("453").starts_with("nothing to retry"));
}

#[test]
fn success_reads_as_success() {
    for (text, expected) in [
        ("2.0.0", "- **Success**: nobody has to act\n"),
        (
            "250 2.0.0",
            "- **Success**: the command was accepted; nobody has to act\n",
        ),
        (
            "250 2.1.0",
            "- **Success**: the sender address was accepted; nobody has to act\n",
        ),
        (
            "235 2.7.0",
            "- **Success**: the login or the start of TLS was accepted; nobody has to act\n",
        ),
        (
            "2.1.5",
            "- **Success**: the recipient address was accepted; nobody has to act\n",
        ),
        (
            "250",
            "- **Success**: the command was accepted; nobody has to act\n",
        ),
    ] {
        let explanation = explained(text, Lang::En);
        assert!(explanation.nobody_acts, "{text}");
        for verbosity in [Verbosity::Short, Verbosity::Full] {
            let markdown = to_markdown(&explanation, verbosity, Lang::En);
            // One verdict line: no side, no action, no failure advice.
            let items: Vec<&str> = markdown
                .lines()
                .skip(1)
                .take_while(|line| !line.is_empty())
                .collect();
            assert_eq!(items, [expected.trim_end()], "{text}: {markdown}");
            if text.contains('.') {
                assert!(!markdown.contains("postmaster"), "{text}: {markdown}");
            }
        }
    }
}

/// A class-2 code lists only success replies, a class-4 one only 4xx.
#[test]
fn usual_replies_are_of_the_code_class() {
    let usual = |text: &str| {
        explained(text, Lang::En)
            .facts
            .into_iter()
            .find(|(label, _)| label == "Usual reply codes")
            .map(|(_, value)| value)
    };
    assert_eq!(usual("2.7.0").as_deref(), Some("220, 235"));
    assert_eq!(usual("4.2.2").as_deref(), Some("452"));
    assert_eq!(usual("5.2.2").as_deref(), Some("550, 552"));
    assert_eq!(usual("2.0.0").as_deref(), Some("any"));
    for query in every_query() {
        let Some(EnhancedQuery::Full(code)) = query.enhanced else {
            continue;
        };
        let explanation = explain(&query, Lang::En);
        for (label, value) in &explanation.facts {
            if label == "Usual reply codes" && value != "any" {
                for reply in value.split(", ") {
                    assert!(
                        reply.starts_with(char::from(b'0' + code.class)),
                        "{code}: {value}"
                    );
                }
            }
        }
    }
}

/// `550 4.1.1`: the reply code decides the reading; what the enhanced code
/// alone would mean comes after, labelled.
#[test]
fn a_class_mismatch_reads_as_the_reply_code_says() {
    let text = to_terminal(&explained("550 4.1.1", Lang::En), Lang::En);
    let permanent = text.find("The receiving server knows for certain").unwrap();
    let alone = text.find("What 4.1.1 alone would mean").unwrap();
    assert!(permanent < alone, "{text}");
    assert_eq!(text.matches("A retry can pass").count(), 1, "{text}");
    let text = to_terminal(&explained("451 5.7.3", Lang::En), Lang::En);
    assert!(text.contains("What 5.7.3 alone would mean"), "{text}");
}

#[test]
fn real_pairs_get_no_warning() {
    for text in [
        "452 4.5.3",
        "452 4.2.2",
        "554 5.7.1",
        "450 4.7.1",
        "450 4.1.8",
        "421 4.7.0",
        "550 5.2.2",
        "250 2.0.0",
    ] {
        let explanation = explained(text, Lang::En);
        assert!(
            explanation.warnings.is_empty(),
            "{text}: {:?}",
            explanation.warnings
        );
    }
}

/// Every code a hover can show, in both languages.
fn every_query() -> Vec<Query> {
    let mut queries = Vec::new();
    for row in registry::DETAILS {
        for class in [2, 4, 5] {
            let code = EnhancedCode::new(class, row.subject, row.detail);
            queries.push(Query {
                reply: None,
                enhanced: Some(EnhancedQuery::Full(code)),
            });
            for reply in lookup::usual_enhanced_replies_for_tests(code) {
                queries.push(Query {
                    reply: Some(reply),
                    enhanced: Some(EnhancedQuery::Full(code)),
                });
            }
        }
    }
    for row in registry::REPLIES {
        queries.push(Query {
            reply: Some(ReplyCode(row.code)),
            enhanced: None,
        });
    }
    for row in vendor::VENDOR_CODES {
        queries.push(Query {
            reply: None,
            enhanced: Some(EnhancedQuery::Full(row.code)),
        });
    }
    queries
}

#[test]
fn short_hovers_fit_twelve_lines_of_eighty_columns() {
    let mut too_long = Vec::new();
    let mut count = 0;
    for query in every_query() {
        for lang in [Lang::En, Lang::Fr] {
            let markdown = to_markdown(&explain(&query, lang), Verbosity::Short, lang);
            count += 1;
            let lines = rendered_lines(&markdown);
            if lines > SHORT_LINES {
                too_long.push(format!("{lines} lines:\n{markdown}"));
            }
        }
    }
    assert!(count > 500, "{count}");
    assert!(
        too_long.is_empty(),
        "{} too long, e.g.\n{}",
        too_long.len(),
        too_long[0]
    );
}

/// Representative codes and pairs: what a hover and `mail-lsp explain` say,
/// pinned so that every wording change is a reviewed diff.
const REPRESENTATIVE: &[&str] = &[
    "2.0.0",
    "250 2.0.0",
    "250 2.1.0",
    "250 2.1.5",
    "235 2.7.0",
    "250 2.6.0",
    "550 5.1.1",
    "550 4.1.1",
    "451 5.7.3",
    "421 5.7.32",
    "452 4.5.3",
    "452 4.2.2",
    "554 5.7.1",
    "450 4.7.1",
    "450 4.1.8",
    "421 4.7.0",
    "550 5.2.2",
    "5.0.0",
    "4.0.0",
    "550 5.7.26",
    "5.7.520",
    "451 4.7.500",
    "5.7.606",
    "550 5.4.310",
    "4.4.7",
    "535 5.7.8",
    "535",
    "554",
    "521",
    "453",
    "432",
    "530 5.7.0",
    "552 5.3.4",
    "X.1.1",
    "X.7.650",
    "5.1",
    "X.2",
    "5",
    "101",
    "5.9.99",
    "421 4.2.2",
];

fn snapshot(lang: Lang) -> String {
    let mut out = String::new();
    for input in REPRESENTATIVE {
        let query = parse_query(input, lang).unwrap_or_else(|e| panic!("{input}: {e:?}"));
        let explanation = explain(&query, lang);
        out.push_str(&format!("==== {input}: hover\n"));
        out.push_str(&to_markdown(&explanation, Verbosity::Short, lang));
        out.push_str(&format!("==== {input}: explain\n"));
        out.push_str(&to_terminal(&explanation, lang));
    }
    out
}

#[test]
fn representative_explanations_in_english() {
    expect_test::expect_file!["../../../fixtures/snapshots/explain.en.txt"]
        .assert_eq(&snapshot(Lang::En));
}

#[test]
fn representative_explanations_in_french() {
    expect_test::expect_file!["../../../fixtures/snapshots/explain.fr.txt"]
        .assert_eq(&snapshot(Lang::Fr));
}

/// A line that names its vendor gets that vendor's notes only; a line that
/// names none gets none; a code looked up alone gets every note on its
/// enhanced code, and a reply code alone every note on it.
#[test]
fn vendor_notes_follow_the_vendor_the_line_names() {
    use crate::codes::vendor::Vendor;
    let vendors = |text: &str, context: Option<&str>| -> Vec<Vendor> {
        let query = parse_query(text, Lang::En).unwrap();
        let notes = explain_in(&query, Lang::En, context).vendor_notes;
        let mut found: Vec<Vendor> = vendor::VENDORS
            .iter()
            .copied()
            .filter(|vendor| {
                let name = format!("**{}**", vendor.name());
                notes.iter().any(|note| note.starts_with(&name))
            })
            .collect();
        found.dedup();
        found
    };
    assert_eq!(
        vendors("550 5.7.1", None),
        [Vendor::Cisco, Vendor::Google, Vendor::Microsoft]
    );
    assert_eq!(vendors("550", None), [Vendor::Comcast, Vendor::Mimecast]);
    let unnamed =
        "host mx.example.com[192.0.2.1] said: 550 5.7.1 Rejected (in reply to RCPT TO command)";
    assert!(vendors("550 5.7.1", Some(unnamed)).is_empty());
    let google = "said: 550 5.7.1 [192.0.2.1] Our system has detected ... - gsmtp";
    assert_eq!(vendors("550 5.7.1", Some(google)), [Vendor::Google]);
    let mimecast = "host eu-smtp-inbound-1.mimecast.com[192.0.2.2] said: 550 Envelope blocked";
    assert_eq!(vendors("550", Some(mimecast)), [Vendor::Mimecast]);
    assert_eq!(vendors("550 5.7.1", Some(mimecast)), [Vendor::Mimecast]);
    let comcast = "host mx1.comcast.net[192.0.2.3] said: 421 Too many sessions opened";
    assert_eq!(vendors("421", Some(comcast)), [Vendor::Comcast]);
    assert!(vendors("451", Some(comcast)).is_empty());
}

#[test]
fn a_line_names_its_vendors() {
    use crate::codes::vendor::{Vendor, named_in};
    assert_eq!(
        named_in("relay=gmail-smtp-in.l.google.com[142.250.0.26]:25"),
        [Vendor::Google]
    );
    assert_eq!(
        named_in(
            "550 5.4.1 Recipient address rejected: Access denied. [AM0PR01.eurprd01.prod.outlook.com]"
        ),
        [Vendor::Microsoft]
    );
    assert_eq!(
        named_in("554 Message rejected (in reply to end of DATA command)"),
        []
    );
}

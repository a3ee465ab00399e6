use super::*;

const BOUNCE: &str = "From: MAILER-DAEMON@example.org\r
Subject: =?utf-8?Q?Undelivered_Mail?=\r
Content-Type: multipart/report; report-type=delivery-status;\r
\tboundary=\"B1\"\r
\r
This is a MIME-encapsulated message.\r
\r
--B1\r
Content-Type: text/plain; charset=iso-8859-1\r
Content-Transfer-Encoding: quoted-printable\r
\r
Caf=E9: host mx.example.org said: 55=\r
0 5.1.=\r
1 <a@example.org>... User unknown\r
--B1\r
Content-Type: message/delivery-status\r
Content-Transfer-Encoding: base64\r
\r
UmVwb3J0aW5nLU1UQTogZG5zOyBteC5leGFtcGxlLm9yZwoKRmluYWwtUmVjaXBpZW50OiByZmM4\r
MjI7IGFAZXhhbXBsZS5vcmcKQWN0aW9uOiBmYWlsZWQKU3RhdHVzOiA1LjEuMQpEaWFnbm9zdGlj\r
LUNvZGU6IHNtdHA7IDU1MCA1LjEuMSB1c2VyIHVua25vd24KCkZpbmFsLVJlY2lwaWVudDogcmZj\r
ODIyOyBiQGV4YW1wbGUub3JnClN0YXR1czogNC4yLjIK\r
--B1\r
Content-Type: message/rfc822\r
\r
Message-ID: <x@example.org>\r
Subject: hello\r
Content-Type: text/plain; charset=ISO-2022-JP\r
\r
\x1b$B$3$s$K$A$O\x1b(B 550 yen\r
--B1--\r
epilogue\r
";

fn outline(message: &Message) -> String {
    let mut out = String::new();
    for (index, part) in message.parts().iter().enumerate() {
        let content = match &part.content {
            Content::Multipart(children) => format!("multipart {children:?}"),
            Content::Message(root) => format!("message {root}"),
            Content::Text(view) => format!("text {view}"),
            Content::Fields { groups, view } => format!("fields {} view {view}", groups.len()),
            Content::Skipped => "skipped".to_string(),
        };
        out.push_str(&format!(
            "{index} {}{} {:?} {}: {content}\n",
            "  ".repeat(part.depth),
            part.content_type.mime_type,
            part.transfer,
            part.charset.name()
        ));
    }
    for view in message.views() {
        out.push_str(&format!(
            "view part {} {:?}{}: {:?}\n",
            view.part,
            view.region,
            if view.is_decoded() { " decoded" } else { "" },
            message.view_text(view).chars().take(48).collect::<String>()
        ));
    }
    out
}

#[test]
fn a_bounce_is_read_into_parts_and_views() {
    let message = parse(BOUNCE, &Limits::default());
    expect_test::expect![[r#"
        0 multipart/report Identity UTF-8: multipart [1, 2, 3]
        1   text/plain QuotedPrintable windows-1252: text 3
        2   message/delivery-status Base64 UTF-8: fields 3 view 5
        3   message/rfc822 Identity UTF-8: message 4
        4     text/plain Identity ISO-2022-JP: text 8
        view part 0 Header: "From: MAILER-DAEMON@example.org\r\nSubject: =?utf-"
        view part 0 Report: "This is a MIME-encapsulated message.\r\n\r\n"
        view part 1 Header: "Content-Type: text/plain; charset=iso-8859-1\r\nCo"
        view part 1 Report decoded: "Café: host mx.example.org said: 550 5.1.1 <a@exa"
        view part 2 Header: "Content-Type: message/delivery-status\r\nContent-T"
        view part 2 DeliveryStatus decoded: "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipi"
        view part 3 Header: "Content-Type: message/rfc822\r\n\r\n"
        view part 4 OriginalHeader: "Message-ID: <x@example.org>\r\nSubject: hello\r\nCon"
        view part 4 OriginalBody decoded: "こんにちは 550 yen"
        view part 0 Report: "epilogue\r\n"
    "#]]
    .assert_eq(&outline(&message));
    assert_eq!(
        find(&message.parts()[0].fields, "subject").unwrap().value,
        "Undelivered Mail"
    );
}

#[test]
fn both_halves_of_a_split_code_map_back_to_their_lines() {
    let message = parse(BOUNCE, &Limits::default());
    let view = message
        .views()
        .iter()
        .find(|v| v.region == Region::Report && v.is_decoded())
        .unwrap();
    let text = message.view_text(view);
    let at = text.find("550 5.1.1").unwrap();
    let source = message.source_range(view, at..at + 9);
    assert_eq!(&BOUNCE[source.start..source.start + 2], "55");
    assert!(
        BOUNCE[source.clone()].starts_with("55=\r\n0 5.1.=\r\n1"),
        "{:?}",
        &BOUNCE[source]
    );
    // A cursor on either half finds the decoded code.
    for half in ["55=\r\n0", "0 5.1.=", "1 <a@"] {
        let cursor = BOUNCE.find(half).unwrap();
        let (found, offset) = message.view_at(cursor).unwrap();
        assert_eq!(found, view);
        assert!((at..=at + 9).contains(&offset), "{half}: {offset}");
    }
}

#[test]
fn delivery_status_groups() {
    let message = parse(BOUNCE, &Limits::default());
    let report = message.delivery_status().unwrap();
    assert_eq!(
        find(&report.message, "reporting-mta").unwrap().value,
        "dns; mx.example.org"
    );
    assert_eq!(report.recipients.len(), 2);
    assert_eq!(
        find(&report.recipients[0], "STATUS").unwrap().value,
        "5.1.1"
    );
    assert_eq!(
        find(&report.recipients[0], "Diagnostic-Code")
            .unwrap()
            .value,
        "smtp; 550 5.1.1 user unknown"
    );
    assert_eq!(
        find(&report.recipients[1], "Status").unwrap().value,
        "4.2.2"
    );
    // A field in a base64 body maps back into the body's lines.
    let status = find(&report.recipients[1], "Status").unwrap();
    let body = &message.parts()[2].body_source;
    assert!(body.start <= status.source.start && status.source.end <= body.end);
    let original = message.original_headers().unwrap();
    assert_eq!(
        find(original, "message-id").unwrap().value,
        "<x@example.org>"
    );
}

#[test]
fn the_budget_skips_a_large_part_once() {
    let big = "QUFB".repeat(1000);
    let text = format!(
        "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n{big}\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nNTUwIDUuMS4x\n--b--\n"
    );
    let limits = Limits {
        decoded_bytes: 100,
        ..Limits::default()
    };
    let message = parse(&text, &limits);
    assert_eq!(message.notes().len(), 1);
    assert_eq!(message.notes()[0].kind, NoteKind::TooLarge(4000));
    assert_eq!(message.parts()[1].content, Content::Skipped);
    let decoded: Vec<&str> = message
        .views()
        .iter()
        .filter(|v| v.is_decoded())
        .map(|v| message.view_text(v))
        .collect();
    assert_eq!(decoded, ["550 5.1.1"]);
}

#[test]
fn attachments_are_not_decoded() {
    let text = "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\nNTUwIDUuMS4x\n--b--\n";
    let message = parse(text, &Limits::default());
    assert_eq!(message.parts()[1].content, Content::Skipped);
    assert!(message.notes().is_empty());
    assert!(!message.views().iter().any(View::is_decoded));
}

#[test]
fn nesting_and_part_counts_are_bounded() {
    let mut text = String::new();
    for level in 0..40 {
        text.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=b{level}\n\n--b{level}\n"
        ));
    }
    text.push_str("\nhello\n");
    let message = parse(&text, &Limits::default());
    assert!(message.notes().iter().any(|n| n.kind == NoteKind::TooDeep));
    let many = format!(
        "Content-Type: multipart/mixed; boundary=b\n\n{}--b--\n",
        "--b\n\nx\n".repeat(5000)
    );
    let message = parse(&many, &Limits::default());
    assert!(message.parts().len() <= Limits::default().parts);
    assert!(
        message
            .notes()
            .iter()
            .any(|n| n.kind == NoteKind::TooManyParts)
    );
}

#[test]
fn broken_structures_still_read() {
    // No closing boundary, a boundary that only starts the same, no headers.
    let text = "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n\none\n--bb\n--b\nContent-Type: text/plain\n\ntwo";
    let message = parse(text, &Limits::default());
    let texts: Vec<&str> = message
        .views()
        .iter()
        .filter(|v| v.region == Region::Report)
        .map(|v| message.view_text(v))
        .collect();
    assert_eq!(texts, ["one\n--bb", "two"]);
    let plain = parse(
        "I'm sorry to have to inform you\n550 5.1.1 x\n",
        &Limits::default(),
    );
    assert_eq!(plain.views().len(), 1);
    assert_eq!(plain.views()[0].region, Region::Report);
    let empty = parse("", &Limits::default());
    assert_eq!(empty.parts().len(), 1);
    assert_eq!(empty.view_at(0), None);
}

#[test]
fn every_development_bounce_decodes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/corpora/sisimai-dev/emails");
    let mut read = 0;
    let mut with_status = 0;
    for entry in std::fs::read_dir(root).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let message = parse(&text, &Limits::default());
        read += 1;
        assert!(message.notes().is_empty());
        for view in message.views() {
            let span = message.view_source_span(view);
            assert!(span.end <= text.len());
            assert!(text.is_char_boundary(span.start));
        }
        if message.delivery_status().is_some_and(|report| {
            report
                .recipients
                .iter()
                .any(|r| find(r, "status").is_some())
        }) {
            with_status += 1;
        }
    }
    assert_eq!(read, 299);
    assert!(with_status >= 150, "{with_status}");
}

#[test]
fn recipients_are_found_however_the_report_is_laid_out() {
    let report = |body: &str| {
        let text = format!(
            "Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: message/delivery-status\n\n{body}\n--b--\n"
        );
        let message = parse(&text, &Limits::default());
        let report = message.delivery_status().unwrap();
        let names = |fields: &[Field]| {
            fields
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut out = names(&report.message);
        for recipient in &report.recipients {
            out.push_str(" | ");
            out.push_str(&names(recipient));
        }
        out
    };
    assert_eq!(
        report("Reporting-MTA: x\n\nFinal-Recipient: a\nStatus: 5.1.1\n\nFinal-Recipient: b\n"),
        "Reporting-MTA | Final-Recipient,Status | Final-Recipient"
    );
    assert_eq!(
        report("\nAction: failed\nFinal-Recipient: a\nStatus: 5.0.0\n"),
        " | Action,Final-Recipient,Status"
    );
    assert_eq!(
        report(
            "Reporting-MTA: x\nFinal-Recipient: a\nStatus: 5.4.4\nOriginal-Recipient: b\nFinal-Recipient: b\nStatus: 4.0.0\n"
        ),
        "Reporting-MTA | Final-Recipient,Status | Original-Recipient,Final-Recipient,Status"
    );
}

//! The server as an editor drives it: in process (`server::run` over
//! in-memory pipes), except where the binary's own stdout is the subject.

use crate::support::*;
use serde_json::{Value, json};

const BOUNCE_LINE: &str = "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A1C0A: to=<nobody@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))";
const TITLE_EN: &str = "Bad destination mailbox address";

fn column_of(line: &str, needle: &str) -> u32 {
    utf16_len(&line[..line.find(needle).expect(needle)])
}

fn negotiated(offered: Option<Value>) -> String {
    let mut server = Server::in_process();
    let capabilities = match offered {
        Some(kinds) => json!({"general": {"positionEncodings": kinds}}),
        None => json!({}),
    };
    let result = server.initialize_with(json!({ "capabilities": capabilities }));
    result["capabilities"]["positionEncoding"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

#[test]
fn position_encoding_is_negotiated() {
    assert_eq!(negotiated(Some(json!(["utf-8", "utf-16"]))), "utf-8");
    assert_eq!(negotiated(Some(json!(["utf-16"]))), "utf-16");
    assert_eq!(negotiated(None), "utf-16");
}

#[test]
fn a_real_postfix_log_gets_diagnostics_and_hovers() {
    let mut server = Server::started_in_process();
    for name in ["postfix-helo.log", "postfix-relay.log"] {
        let text = fixture(&format!("logs/{name}"));
        let uri = format!("file:///var/log/{name}");
        server.open(&uri, "mail-log", 1, &text);
        let diagnostics = server.diagnostics(&uri, Some(1));
        // Registered codes in their right class: at most hints (504 with
        // 5.5.2 is an unlisted pairing), never an error or a warning.
        for diagnostic in &diagnostics {
            assert!(
                diagnostic["severity"].as_i64().unwrap() >= 3,
                "{name}: {diagnostic}"
            );
        }
        let first = text.lines().next().unwrap();
        let (reply, enhanced) = if name.contains("helo") {
            ("504 5.5.2", "5.5.2")
        } else {
            ("454 4.7.1", "4.7.1")
        };
        let hover = server.hover(&uri, 0, column_of(first, reply) + 1);
        assert_eq!(hover["contents"]["kind"], "markdown");
        assert!(
            hover_text(&hover).starts_with(&format!("### `{reply}`")),
            "{name}: {hover}"
        );
        assert!(hover_text(&hover).contains(enhanced));
        // Timestamp, PID, IP: nothing.
        for needle in ["2024-08-2", "smtpd[", "192.168", "+00:00"] {
            let column = column_of(first, needle) + 1;
            assert_eq!(
                server.hover(&uri, 0, column),
                Value::Null,
                "{name} at {needle}"
            );
        }
    }
    assert!(server.stop().success());
}

#[test]
fn a_delivered_line_hovers_as_a_success_in_twelve_lines() {
    let mut server = Server::started_in_process();
    let uri = "file:///var/log/mail.log";
    let line = "Nov 22 09:44:03 mx postfix/smtp[4242]: 4F1C2A0B3D: to=<a@example.org>, \
                relay=mx.example.org[192.0.2.1]:25, delay=0.5, dsn=2.0.0, status=sent \
                (250 2.0.0 Ok: queued as 9A8B7C6D5E)";
    server.open(uri, "mail-log", 1, &format!("{line}\n"));
    server.diagnostics(uri, Some(1));
    let hover = server.hover(uri, 0, column_of(line, "dsn=2.0.0") + 6);
    let text = hover_text(&hover);
    assert!(text.starts_with("### `2.0.0`"), "{text}");
    assert!(text.contains("**Success**: nobody has to act"), "{text}");
    // One verdict line: no side and no action to take.
    assert!(!text.contains("**Whose side**"), "{text}");
    assert!(!text.contains("**Do**"), "{text}");
    assert!(!text.contains("postmaster"), "{text}");
    assert!(text.lines().count() <= 12, "{text}");
    assert!(server.stop().success());
}

#[test]
fn hover_on_dsn_and_reply_and_not_on_other_numbers() {
    let mut server = Server::started_in_process();
    let uri = "file:///var/log/mail.log";
    server.open(uri, "mail-log", 1, &format!("{BOUNCE_LINE}\n"));
    server.diagnostics(uri, Some(1));

    let on_dsn = server.hover(uri, 0, column_of(BOUNCE_LINE, "dsn=5.1.1") + 6);
    assert_eq!(on_dsn["contents"]["kind"], "markdown");
    assert!(hover_text(&on_dsn).contains(TITLE_EN), "{on_dsn}");
    let start = column_of(BOUNCE_LINE, "5.1.1, status");
    assert_eq!(
        on_dsn["range"]["start"],
        json!({"line": 0, "character": start})
    );
    assert_eq!(
        on_dsn["range"]["end"],
        json!({"line": 0, "character": start + 5})
    );

    let said = column_of(BOUNCE_LINE, "550 5.1.1");
    let on_reply = server.hover(uri, 0, said + 1);
    let text = hover_text(&on_reply);
    assert!(
        text.starts_with(&format!("### `550 5.1.1` {TITLE_EN}")),
        "{text}"
    );
    // Either part of the pair explains both.
    assert_eq!(server.hover(uri, 0, said + 6), on_reply);

    for needle in ["4242", ":25,", "09:44:03", "192.0.2.1", "0.5,"] {
        let column = column_of(BOUNCE_LINE, needle) + 1;
        assert_eq!(
            server.hover(uri, 0, column),
            Value::Null,
            "hover on {needle}"
        );
    }
    // Positions past the end of the line or document: null, not an error.
    assert_eq!(server.hover(uri, 0, 1_000_000), Value::Null);
    assert_eq!(server.hover(uri, 1_000_000, 0), Value::Null);
}

#[test]
fn completion_after_a_reply_code_offers_its_class() {
    let mut server = Server::started_in_process();
    let uri = "file:///var/log/typing.log";
    let line = "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A1C0A: host x said: 550 ";
    server.open(uri, "mail-log", 1, line);
    let result = server.completion(uri, 0, utf16_len(line));
    let mut items = result["items"]
        .as_array()
        .cloned()
        .unwrap_or_else(|| result.as_array().cloned().expect("a completion list"));
    assert!(items.len() > 10, "{result}");
    items.sort_by(|a, b| a["sortText"].as_str().cmp(&b["sortText"].as_str()));
    let codes: Vec<&str> = items
        .iter()
        .map(|i| i["textEdit"]["newText"].as_str().unwrap())
        .collect();
    assert!(codes.iter().all(|l| l.starts_with("5.")), "{codes:?}");
    assert!(codes[..5].contains(&"5.1.1"), "{:?}", &codes[..5]);
    let edit = &items[0]["textEdit"];
    assert_eq!(edit["range"]["start"]["character"], utf16_len(line));
}

/// A client that shows `labelDetails` (VS Code) gets the code as the label
/// and its title beside it; one that shows the label alone (Helix) gets the
/// title in the label. The code alone is inserted either way.
#[test]
fn completion_titles_show_in_every_client() {
    let line = "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A1C0A: host x said: 550 5.1.";
    for details in [true, false] {
        let mut server = Server::spawn();
        server.initialize_with(json!({"capabilities": {"textDocument": {"completion": {
            "completionItem": {"labelDetailsSupport": details}}}}}));
        let uri = "file:///var/log/titles.log";
        server.open(uri, "mail-log", 1, line);
        let result = server.completion(uri, 0, utf16_len(line));
        let item = result["items"]
            .as_array()
            .and_then(|items| items.iter().find(|i| i["textEdit"]["newText"] == "5.1.1"))
            .cloned()
            .unwrap_or_else(|| panic!("5.1.1 offered: {result}"));
        let title = item["labelDetails"]["description"].as_str().unwrap_or("");
        if details {
            assert_eq!(item["label"], "5.1.1", "{item}");
            assert!(!title.is_empty(), "{item}");
        } else {
            let label = item["label"].as_str().unwrap();
            assert!(label.starts_with("5.1.1 ") && label.len() > 10, "{item}");
            assert_eq!(item["filterText"], "5.1.1", "{item}");
        }
        assert!(server.stop().success());
    }
}

/// `😀` is 2 UTF-16 units and 4 UTF-8 bytes: the same code is found at
/// different columns depending on the negotiated encoding.
#[test]
fn astral_characters_shift_columns_by_encoding() {
    let line = "😀 said: 550 5.1.1 <x@example.com>: User unknown";
    let prefix = "😀 said: ";
    let mut results = Vec::new();
    for (offered, character) in [
        ("utf-16", utf16_len(prefix)),
        ("utf-8", prefix.len() as u32),
    ] {
        let mut server = Server::in_process();
        let result = server.initialize_with(
            json!({"capabilities": {"general": {"positionEncodings": [offered]}}}),
        );
        assert_eq!(result["capabilities"]["positionEncoding"], offered);
        let uri = "file:///var/log/emoji.log";
        server.open(uri, "mail-log", 1, line);
        let hover = server.hover(uri, 0, character);
        assert!(hover_text(&hover).contains(TITLE_EN), "{offered}: {hover}");
        assert_eq!(hover["range"]["start"]["character"], character, "{offered}");
        results.push(hover_text(&hover));
    }
    assert_eq!(results[0], results[1]);
}

#[test]
fn french_from_settings_or_client_locale() {
    for params in [
        json!({"initializationOptions": {"locale": "fr"}}),
        json!({"locale": "fr-FR"}),
    ] {
        let mut server = Server::in_process();
        server.initialize_with(params.clone());
        let uri = "file:///var/log/mail.log";
        server.open(uri, "mail-log", 1, BOUNCE_LINE);
        let hover = server.hover(uri, 0, column_of(BOUNCE_LINE, "550 5.1.1") + 1);
        let text = hover_text(&hover);
        assert!(text.starts_with("### `550 5.1.1`"), "{params}: {text}");
        assert!(!text.contains(TITLE_EN), "{params}: still English: {text}");
        assert!(
            text.contains("destinataire") || text.contains("boîte"),
            "{params}: {text}"
        );
    }
}

#[test]
fn stdout_carries_only_valid_frames() {
    let mut server = Server::started();
    let uri = "file:///var/log/mail.log";
    server.open(
        uri,
        "mail-log",
        1,
        &format!("{BOUNCE_LINE}\nx dsn=5.9.9 dsn=6.1.1 dsn=5.1.1000\n"),
    );
    server.diagnostics(uri, Some(1));
    server.hover(uri, 0, 10);
    server.send_raw(b"Content-Length: 3\r\n\r\n{x}");
    server.send_raw(b"Content-Length: 2\r\n\r\n[]");
    server.completion(uri, 1, 6);
    server.notify("$/cancelRequest", json!({"id": 999}));
    server.notify("$/setTrace", json!({"value": "verbose"}));
    let messages = server.drain(std::time::Duration::from_millis(300));
    assert!(server.invalid.is_empty(), "{:?}", server.invalid);
    assert!(!messages.is_empty());
    assert!(server.stop().success());
}

#[test]
fn a_large_open_shows_progress_while_it_is_analysed() {
    let uri = "file:///var/log/mail.log";
    let mut server = Server::spawn();
    server.initialize_with(json!({"capabilities": {"window": {"workDoneProgress": true}}}));
    let text = format!("{BOUNCE_LINE}\n").repeat((9 << 20) / BOUNCE_LINE.len());
    server.open(uri, "mail-log", 1, &text);
    let mut before_diagnostics = Vec::new();
    server
        .wait_for(std::time::Duration::from_secs(120), |m| {
            let token = m["params"]["token"].clone();
            if m["method"] == "window/workDoneProgress/create" {
                before_diagnostics.push(("create".to_string(), token));
            } else if m["method"] == "$/progress" {
                let kind = m["params"]["value"]["kind"].as_str().unwrap_or("?");
                before_diagnostics.push((kind.to_string(), token));
            }
            m["method"] == "textDocument/publishDiagnostics"
        })
        .expect("diagnostics of the large log");
    // The progress is shown while the work runs, not once it is done.
    let kinds: Vec<&str> = before_diagnostics.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds[..2], ["create", "begin"], "{before_diagnostics:?}");
    let token = before_diagnostics[0].1.clone();
    assert!(token.is_string());
    assert_eq!(before_diagnostics[1].1, token);
    let end = server
        .wait_for(TIMEOUT, |m| {
            m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end"
        })
        .expect("the progress ends");
    assert_eq!(end["params"]["token"], token);
    assert!(server.stop().success());
}

#[test]
fn a_hover_is_not_kept_waiting_by_outlines_of_a_large_log() {
    let uri = "file:///var/log/mail.log";
    let mut server = Server::started_in_process();
    let mut text = String::new();
    for n in 0..40_000u64 {
        let line = BOUNCE_LINE.replace("3F2A1C0A", &format!("{:010X}", 0xB0_0000_0000 + n));
        text.push_str(&line);
        text.push('\n');
    }
    server.open(uri, "mail-log", 1, &text);
    server.diagnostics_within(uri, Some(1), std::time::Duration::from_secs(120));
    // Two whole-document requests, then a hover: the hover is answered first.
    let outlines: Vec<i64> = (0..2)
        .map(|_| {
            server.send_request(
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": uri}}),
            )
        })
        .collect();
    let line_7 = text.lines().nth(7).unwrap();
    let column = column_of(line_7, "5.1.1") + 1;
    let hover = server.send_request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 7, "character": column}}),
    );
    let mut answered = Vec::new();
    while answered.len() < 3 {
        let message = server
            .wait_for(std::time::Duration::from_secs(120), |m| {
                m.get("method").is_none() && m.get("id").is_some()
            })
            .expect("every request is answered");
        answered.push(message["id"].as_i64().unwrap());
        if message["id"] == json!(hover) {
            assert!(hover_text(&message["result"]).contains(TITLE_EN));
        }
    }
    assert_eq!(answered[0], hover, "answered in the order {answered:?}");
    assert!(outlines.iter().all(|id| answered.contains(id)));
    assert!(server.stop().success());
}

#[test]
fn the_client_reads_frames_strictly() {
    client_self_test().unwrap();
}

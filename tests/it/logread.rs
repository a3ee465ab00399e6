//! Reading a log like a postmaster (issue 8), through the real binary:
//! follow a message by its queue ID, the outline, semantic tokens, inlay
//! hints, the code lens counts, and `mail-lsp summary --json`.

use crate::support::*;
use serde_json::{Value, json};
use std::process::Command;

const DAY: &str = "file:///var/log/postfix-day.log";

fn day() -> (Server, String) {
    let text = fixture("logs/postfix-day.log");
    let mut server = Server::started_in_process();
    server.open(DAY, "mail-log", 1, &text);
    server.diagnostics(DAY, Some(1));
    (server, text)
}

/// `(line, UTF-16 column)` of the first `needle` on the first line holding `on`.
fn at(text: &str, on: &str, needle: &str) -> (u32, u32) {
    let (line, current) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(on))
        .unwrap_or_else(|| panic!("no line with {on}"));
    let column = current.find(needle).unwrap_or_else(|| panic!("{needle}"));
    (line as u32, utf16_len(&current[..column]))
}

fn position_request(
    server: &mut Server,
    method: &str,
    uri: &str,
    (line, character): (u32, u32),
) -> Value {
    let response = server.request(
        method,
        json!({
            "textDocument": {"uri": uri},
            "position": {"line": line, "character": character},
            "context": {"includeDeclaration": true}
        }),
    );
    assert!(response.get("error").is_none(), "{method}: {response}");
    response["result"].clone()
}

/// The lines (0-based) holding any of `needles` as a whole word.
fn lines_with(text: &str, needles: &[&str]) -> Vec<u64> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            l.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .any(|word| needles.contains(&word))
        })
        .map(|(i, _)| i as u64)
        .collect()
}

fn start_lines(items: &Value) -> Vec<u64> {
    items
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {items}"))
        .iter()
        .map(|item| item["range"]["start"]["line"].as_u64().unwrap())
        .collect()
}

#[test]
fn highlight_references_and_definition_follow_a_message() {
    let (mut server, text) = day();
    let id = at(&text, "3F2A41C0A2: client=", "3F2A41C0A2");
    // Every occurrence, with its exact columns.
    let highlights = position_request(&mut server, "textDocument/documentHighlight", DAY, id);
    let expected: Vec<u64> = lines_with(&text, &["3F2A41C0A2"]);
    assert_eq!(start_lines(&highlights), expected);
    for highlight in highlights.as_array().unwrap() {
        let line = text
            .lines()
            .nth(highlight["range"]["start"]["line"].as_u64().unwrap() as usize)
            .unwrap();
        let (start, end) = (
            highlight["range"]["start"]["character"].as_u64().unwrap() as usize,
            highlight["range"]["end"]["character"].as_u64().unwrap() as usize,
        );
        assert_eq!(&line[start..end], "3F2A41C0A2");
    }
    // Every line of the message, its bounce's lines included.
    let references = position_request(&mut server, "textDocument/references", DAY, id);
    let message = lines_with(&text, &["3F2A41C0A2", "4B3C2D1E0F"]);
    assert_eq!(start_lines(&references), message);
    assert!(
        references
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["uri"] == DAY)
    );
    // The bounce's new ID is linked to the original: same lines, and its
    // definition is the original's first line.
    let bounce = at(&text, "4B3C2D1E0F: from=<>", "4B3C2D1E0F");
    let from_bounce = position_request(&mut server, "textDocument/references", DAY, bounce);
    assert_eq!(start_lines(&from_bounce), message);
    let notification = at(&text, "notification: 4B3C2D1E0F", "4B3C2D1E0F");
    let notification = (notification.0, notification.1 + 3);
    for position in [id, bounce, notification] {
        let definition = position_request(&mut server, "textDocument/definition", DAY, position);
        assert_eq!(
            definition["range"]["start"]["line"], message[0],
            "{definition}"
        );
        assert_eq!(definition["range"]["start"]["character"], id.1);
    }
    // Long IDs too; a non-ID word gives nothing.
    let long = at(&text, "4bVjF55bDkz9tq3: to=", "4bVjF55bDkz9tq3");
    let long_references = position_request(&mut server, "textDocument/references", DAY, long);
    assert_eq!(
        start_lines(&long_references),
        lines_with(&text, &["4bVjF55bDkz9tq3"])
    );
    let noqueue = at(&text, "NOQUEUE", "NOQUEUE");
    assert_eq!(
        position_request(&mut server, "textDocument/documentHighlight", DAY, noqueue),
        Value::Null
    );
    assert!(server.stop().success());
}

#[test]
fn the_outline_has_one_entry_per_message() {
    let (mut server, _) = day();
    let response = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": DAY}}),
    );
    let symbols = response["result"].as_array().expect("symbols").clone();
    let names: Vec<&str> = symbols
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["3F2A41C0A2", "5C6D7E8F90", "4bVjF55bDkz9tq3"]);
    let first = &symbols[0];
    let detail = first["detail"].as_str().unwrap();
    for needle in [
        "<alice@example.org>",
        "bob@example.net",
        "nobody@example.net",
        "bounced",
    ] {
        assert!(detail.contains(needle), "{needle} in {detail}");
    }
    // The bounce nests under its original.
    assert_eq!(first["children"][0]["name"], "4B3C2D1E0F");
    assert!(
        first["children"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("sent")
    );
    assert_eq!(
        symbols[1]["detail"].as_str().unwrap(),
        "<carol> → dave@slow.example · expired"
    );
    assert_eq!(symbols[1]["children"][0]["name"], "6D7E8F90A1");
    assert!(
        symbols[2]["detail"]
            .as_str()
            .unwrap()
            .ends_with("· bounced")
    );
    assert!(server.stop().success());
}

#[test]
fn a_large_outline_lists_five_thousand_messages_and_counts_the_rest() {
    // 5,004 messages, each on two lines far apart, the second with its
    // outcome; 2.5 MB, so the rope has thousands of chunks and lines cross them.
    let uri = "file:///var/log/big.log";
    let messages = 5_004;
    let id = |n: usize| format!("{:010X}", 0xA0_0000_0000_u64 + n as u64);
    let mut text = String::new();
    for pass in 0..2 {
        for n in 0..messages {
            if pass == 0 {
                text.push_str(&format!(
                    "Nov 22 09:44:01 mx postfix/qmgr[11]: {}: from=<s{n}@example.org>, size=100, nrcpt=1 (queue active)\r\n",
                    id(n)
                ));
            } else {
                text.push_str(&format!(
                    "Nov 22 09:45:01 mx postfix/smtp[12]: {}: to=<r{n}@example.net>, relay=none, delay=1, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n",
                    id(n)
                ));
            }
        }
    }
    let mut server = Server::started_in_process();
    server.open(uri, "mail-log", 1, &text);
    server.diagnostics(uri, Some(1));
    let response = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols = response["result"].as_array().expect("symbols");
    assert_eq!(symbols.len(), 5_001);
    let last_listed = &symbols[4_999];
    assert_eq!(last_listed["name"], id(4_999));
    // From its first line to its second, 5,004 lines further down.
    assert_eq!(last_listed["range"]["start"]["line"], 4_999);
    assert_eq!(last_listed["range"]["end"]["line"], 4_999 + messages as u64);
    let detail = last_listed["detail"].as_str().unwrap();
    assert!(
        detail.contains("<s4999@example.org>")
            && detail.contains("r4999@example.net")
            && detail.contains("sent"),
        "{detail}"
    );
    assert_eq!(symbols[5_000]["name"], "… 4 more messages");
    assert!(server.stop().success());
}

/// `(line, start, length, type name, modifier bits)` of LSP's relative encoding.
fn decode(data: &Value, types: &[String]) -> Vec<(u32, u32, u32, String, u64)> {
    let data: Vec<u64> = data
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let (mut line, mut start) = (0u32, 0u32);
    data.chunks(5)
        .map(|t| {
            if t[0] > 0 {
                start = 0;
            }
            line += t[0] as u32;
            start += t[1] as u32;
            (line, start, t[2] as u32, types[t[3] as usize].clone(), t[4])
        })
        .collect()
}

#[test]
fn semantic_tokens_full_and_range_colour_a_log() {
    let text = fixture("logs/postfix-day.log");
    let mut server = Server::in_process();
    let init = server.initialize();
    let provider = &init["capabilities"]["semanticTokensProvider"];
    assert_eq!(provider["range"], true, "{provider}");
    let types: Vec<String> = provider["legend"]["tokenTypes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    let modifiers: Vec<String> = provider["legend"]["tokenModifiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    server.open(DAY, "mail-log", 1, &text);
    server.diagnostics(DAY, Some(1));
    let full = server.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": DAY}}),
    );
    let tokens = decode(&full["result"]["data"], &types);
    let bounced = "dsn=5.1.1, status=bounced";
    let find = |on: &str, needle: &str| {
        let (line, column) = at(&text, on, needle);
        tokens
            .iter()
            .find(|t| t.0 == line && t.1 == column)
            .unwrap_or_else(|| panic!("no token at {needle} on {on}: {tokens:?}"))
            .clone()
    };
    let modifier = |bits: u64| -> Vec<&str> {
        modifiers
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, m)| m.as_str())
            .collect()
    };
    let code = find(bounced, "5.1.1");
    assert_eq!((code.2, code.3.as_str()), (5, "number"));
    assert_eq!(modifier(code.4), ["permanent"]);
    let status = find(bounced, "bounced");
    assert_eq!((status.2, status.3.as_str()), (7, "enumMember"));
    assert_eq!(modifier(status.4), ["permanent"]);
    let sent = find("dsn=2.0.0, status=sent (250", "sent (250");
    assert_eq!(
        (sent.3.as_str(), modifier(sent.4)),
        ("enumMember", vec!["success"])
    );
    let deferred = find("dsn=4.4.1", "4.4.1");
    assert_eq!(modifier(deferred.4), ["transient"]);
    let id = find(bounced, "3F2A41C0A2");
    assert_eq!((id.2, id.3.as_str()), (10, "variable"));
    assert_eq!(modifier(id.4), ["declaration"]);
    assert_eq!(find(bounced, "Nov 22").3, "comment");
    assert_eq!(find(bounced, "mx.example.net").3, "namespace");
    assert_eq!(find(bounced, "198.51.100.5").3, "string");
    // The range request gives the same tokens for its lines, nothing else.
    let (line, _) = at(&text, bounced, "5.1.1");
    let range = server.request(
        "textDocument/semanticTokens/range",
        json!({"textDocument": {"uri": DAY}, "range": {
            "start": {"line": line, "character": 0},
            "end": {"line": line + 1, "character": 0}
        }}),
    );
    let in_range = decode(&range["result"]["data"], &types);
    let expected: Vec<_> = tokens
        .iter()
        .filter(|t| t.0 == line || t.0 == line + 1)
        .cloned()
        .collect();
    assert!(!in_range.is_empty());
    assert_eq!(in_range, expected);
    assert!(server.stop().success());
}

fn hints(server: &mut Server, lines: u32) -> Value {
    let response = server.request(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": DAY}, "range": {
            "start": {"line": 0, "character": 0},
            "end": {"line": lines, "character": 0}
        }}),
    );
    assert!(response.get("error").is_none(), "{response}");
    response["result"].clone()
}

#[test]
fn inlay_hints_show_meanings_unless_disabled() {
    let (mut server, text) = day();
    let lines = text.lines().count() as u32;
    let found = hints(&mut server, lines);
    let (line, column) = at(&text, "dsn=5.1.1, status=bounced", "5.1.1");
    let hint = found
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["position"]["line"] == line && h["position"]["character"] == column + 5)
        .unwrap_or_else(|| panic!("no hint after 5.1.1: {found}"));
    let label = hint["label"].as_str().unwrap();
    assert!(
        label.starts_with("▸ ") || label.contains(" ▸ ") || label.contains('▸'),
        "{label}"
    );
    assert!(label.to_lowercase().contains("mailbox"), "{label}");
    // A comma follows the code: no padding before it (Helix draws a space).
    assert_eq!(hint["paddingRight"], false, "{hint}");
    assert!(server.stop().success());

    let mut server = Server::in_process();
    server.initialize_with(json!({"initializationOptions": {"inlayHints": {"enable": false}}}));
    server.open(DAY, "mail-log", 1, &text);
    server.diagnostics(DAY, Some(1));
    let none = hints(&mut server, lines);
    assert!(
        none.is_null() || none.as_array().is_some_and(|h| h.is_empty()),
        "{none}"
    );
    assert!(server.stop().success());
}

fn lens_title(server: &mut Server, uri: &str) -> String {
    let response = server.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": uri}}),
    );
    let lenses = response["result"].as_array().expect("lenses").clone();
    assert_eq!(lenses.len(), 1, "{response}");
    assert_eq!(lenses[0]["range"]["start"]["line"], 0);
    lenses[0]["command"]["title"].as_str().unwrap().to_string()
}

#[test]
fn the_code_lens_counts_outcomes_and_follows_edits() {
    let (mut server, text) = day();
    // Hand count: fixtures/logs/README.md.
    assert_eq!(
        lens_title(&mut server, DAY),
        "3 sent · 2 deferred · 2 bounced · 1 expired · 2 rejected"
    );
    // Edits keep the counts: one more sent, a deferral edited into a bounce.
    let (line, column) = at(&text, "dsn=4.4.1, status=deferred", "deferred");
    server.change(
        DAY,
        2,
        json!([
            {"range": {"start": {"line": line, "character": column},
                       "end": {"line": line, "character": column + 8}}, "text": "bounced"},
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
             "text": "Nov 22 09:00:00 mx postfix/smtp[1]: 0A0B0C0D0E: to=<x@y>, status=sent\n"}
        ]),
    );
    assert_eq!(
        lens_title(&mut server, DAY),
        "4 sent · 1 deferred · 3 bounced · 1 expired · 2 rejected"
    );
    // A whole-text change counts again.
    server.change(
        DAY,
        3,
        json!([{"text": "a status=expired\nb status=expired\n"}]),
    );
    assert_eq!(
        lens_title(&mut server, DAY),
        "0 sent · 0 deferred · 0 bounced · 2 expired · 0 rejected"
    );
    assert!(server.stop().success());
}

#[test]
fn a_real_exim_log_is_followed_and_outlined() {
    let uri = "file:///var/log/exim/mainlog";
    let text = fixture("corpora/exim-testsuite/0224");
    let mut server = Server::started_in_process();
    server.open(uri, "mail-log", 1, &text);
    server.diagnostics(uri, Some(1));
    let original = "10HmaZ-000000005vi-0000";
    let position = at(&text, &format!("{original} <= "), original);
    let highlights = position_request(&mut server, "textDocument/documentHighlight", uri, position);
    // Its own lines and the bounce that names it (`R=10HmaZ-...`).
    assert_eq!(start_lines(&highlights), lines_with(&text, &[original]));
    let references = position_request(&mut server, "textDocument/references", uri, position);
    assert_eq!(start_lines(&references), lines_with(&text, &[original]));
    let definition = position_request(&mut server, "textDocument/definition", uri, position);
    assert_eq!(definition["range"]["start"]["line"], position.0);
    let response = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let names: Vec<String> = response["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "10HmaX-000000005vi-0000",
            "10HmaY-000000005vi-0000",
            original,
            "10HmbA-000000005vi-0000"
        ]
    );
    // 1 sent (10HmaY) + 1 (10HmbA) delivered, 2 bounced, 6 deferrals.
    assert_eq!(
        lens_title(&mut server, uri),
        "2 sent · 6 deferred · 2 bounced · 0 expired · 0 rejected"
    );
    assert!(server.stop().success());
}

#[test]
fn summary_json_agrees_with_the_hand_count() {
    let path = format!(
        "{}/fixtures/logs/postfix-day.log",
        env!("CARGO_MANIFEST_DIR")
    );
    let output = Command::new(env!("CARGO_BIN_EXE_mail-lsp"))
        .args(["summary", "--json", &path])
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run mail-lsp summary");
    assert!(output.status.success(), "{output:?}");
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let file = &value[0];
    assert_eq!(file["path"], path.as_str());
    assert_eq!(
        file["totals"],
        json!({"sent": 3, "deferred": 2, "bounced": 2, "expired": 1, "rejected": 2})
    );
    let rows = file["by_code"].as_array().unwrap();
    let row = |code: &str| {
        rows.iter()
            .find(|r| r["code"] == code)
            .unwrap_or_else(|| panic!("no row {code}: {file}"))
    };
    assert_eq!(row("2.0.0")["counts"]["sent"], 3);
    assert_eq!(
        row("5.1.1")["counts"],
        json!({"sent": 0, "deferred": 0, "bounced": 1, "expired": 0, "rejected": 0})
    );
    assert_eq!(row("5.1.1")["total"], 1);
    assert!(
        row("5.1.1")["meaning"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("mailbox")
    );
    assert_eq!(row("5.7.1")["counts"]["rejected"], 2);
    assert_eq!(row("4.2.2")["counts"]["deferred"], 1);
    // Every row's total is the sum of its counts; the rows add up to the totals.
    let mut sum = 0;
    for row in rows {
        let counts: u64 = row["counts"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_u64().unwrap())
            .sum();
        assert_eq!(row["total"], counts, "{row}");
        sum += counts;
    }
    assert_eq!(sum, 10);
    // The text output says the same.
    let text = Command::new(env!("CARGO_BIN_EXE_mail-lsp"))
        .args(["summary", &path])
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run mail-lsp summary");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("3 sent, 2 deferred, 2 bounced, 1 expired, 2 rejected"),
        "{text}"
    );
}

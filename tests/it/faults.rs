//! The faults an adversarial probe of the server found, each a test that
//! failed before its fix (`MAIL_LSP_TEST_BINARY=OLD cargo test --test it
//! faults` runs them against another build). The promises they prove are
//! listed in SECURITY.md ("Reliability").

use crate::support::*;
use serde_json::{Value, json};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The wait for a full analysis of a large document in a debug build on
/// busy cores: a hang detector, not a speed goal.
const HEAVY: Duration = Duration::from_secs(180);
/// The wait for the process to end.
const EXIT_WAIT: Duration = Duration::from_secs(20);

fn hover_params(uri: &str, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

/// `count` log lines, each with a code, a status and a queue ID.
fn log_lines(count: usize) -> String {
    (0..count)
        .map(|i| {
            format!(
                "Nov  1 00:00:00 mx postfix/smtp[1]: {:010X}: to=<a@b>, dsn=5.1.1, status=bounced (said: 550 5.1.1 x)\n",
                0xA0_0000_0000u64 + i as u64
            )
        })
        .collect()
}

// ---- 01: frames tower-lsp could not read ----

#[test]
fn frames_that_are_json_but_no_valid_request_get_an_error_and_the_session_goes_on() {
    let mut server = Server::started();
    let uri = "file:///var/log/mail.log";
    server.open(uri, "mail-log", 1, "x said: 550 5.1.1 y\n");
    server.diagnostics(uri, Some(1));
    let hover =
        r#""textDocument":{"uri":"file:///var/log/mail.log"},"position":{"line":0,"character":9}"#;
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    // (body, the id its answer carries, or None for no answer)
    let cases: Vec<(String, Option<Value>)> = vec![
        (
            format!(r#"{{"jsonrpc":"2.0","id":1.5,"method":"textDocument/hover","params":{{{hover}}}}}"#),
            Some(json!(1.5)),
        ),
        (
            format!(r#"{{"jsonrpc":"2.0","id":1e3,"method":"textDocument/hover","params":{{{hover}}}}}"#),
            Some(json!(1e3)),
        ),
        (
            format!(r#"{{"jsonrpc":"2.0","id":18446744073709551615,"method":"textDocument/hover","params":{{{hover}}}}}"#),
            Some(json!(u64::MAX)),
        ),
        (
            r#"{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a\ud800.log"},"position":{"line":0,"character":0}}}"#.into(),
            Some(json!(4)),
        ),
        (
            format!(r#"{{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{{"x":"\udc00",{hover}}}}}"#),
            Some(json!(5)),
        ),
        (
            format!(r#"{{"jsonrpc":"2.0","method":"textDocument/didChange","params":{{"x":{deep}}}}}"#),
            None,
        ),
        (
            format!(r#"{{"jsonrpc":"2.0","id":7,"method":"mailLsp/unknown","params":{{"x":{deep}}}}}"#),
            Some(json!(7)),
        ),
        (
            r#"{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"x":1e400}}"#.into(),
            Some(json!(8)),
        ),
        (
            r#"{"jsonrpc":"2.0","id":9,"method":"workspace/executeCommand","params":{"command":"\ud800"}}"#.into(),
            Some(json!(9)),
        ),
        (r#"{"jsonrpc":"2.0","id":2.5,"result":null}"#.into(), None),
        (
            r#"{"jsonrpc":"2.0","id":10.5,"method":"shutdown"}"#.into(),
            Some(json!(10.5)),
        ),
    ];
    for (body, id) in cases {
        server.send_body(body.as_bytes());
        if let Some(id) = id {
            let answer = server.response(&id, TIMEOUT);
            assert!(
                answer.get("result").is_some() || error_code(&answer).is_some(),
                "{body}: {answer}"
            );
        }
        // The session goes on: the document is still there.
        let hover = server.hover(uri, 0, 9);
        assert!(
            hover_text(&hover).contains("5.1.1"),
            "after {body}: {hover}"
        );
    }
    assert!(
        server.stop().success(),
        "the shutdown with a float id was refused"
    );
}

// ---- 02: an analysis installed into the document it was made for only ----

#[test]
fn a_config_reopened_while_its_analysis_runs_gets_its_own_diagnostics() {
    let mut server = Server::started();
    let uri = "file:///etc/postfix/main.cf";
    // Names that are no typos of a parameter cost the analysis an edit
    // distance against every parameter each, and are not flagged.
    let filler: String = (0..1500)
        .map(|i| format!("custom_setting_number_{i:05} = x\n"))
        .collect();
    let first = format!("myhostnam = mx.example.com\n{filler}");
    let reopened = format!("\n{first}");
    for round in 0..3 {
        let version = 2 * round + 1;
        server.open(uri, "postfix-main", version, &first);
        server.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri}}),
        );
        server.open(uri, "postfix-main", version + 1, &reopened);
        let diagnostics = server.diagnostics_within(uri, Some(version + 1), HEAVY);
        let typo: Vec<i64> = diagnostics
            .iter()
            .filter(|d| d["message"].as_str().unwrap_or("").contains("myhostname"))
            .map(|d| d["range"]["start"]["line"].as_i64().unwrap())
            .collect();
        assert_eq!(typo, [1], "round {round}: {diagnostics:?}");
        server.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri}}),
        );
    }
    assert!(server.stop().success());
}

// ---- 03: no answer lost while diagnostics are published ----

#[test]
fn large_answers_are_all_written_while_diagnostics_are_published() {
    let mut server = Server::started();
    let uri = "file:///var/log/typing.log";
    let mut text = log_lines(2_000);
    text.push_str("x dsn=");
    server.open(uri, "mail-log", 1, &text);
    server.diagnostics(uri, Some(1));
    let typed = "5.1.1 x dsn=";
    let mut column = "x dsn=".len() as u32;
    let mut ids = Vec::new();
    for (k, c) in typed.chars().cycle().take(120).enumerate() {
        server.change(
            uri,
            k as i64 + 2,
            json!([{"range": {"start": {"line": 2000, "character": column}, "end": {"line": 2000, "character": column}}, "text": c.to_string()}]),
        );
        column += 1;
        // Each keystroke: a publish, and a completion of some 400 KB.
        ids.push(server.send_request("textDocument/completion", hover_params(uri, 2000, column)));
    }
    for id in ids {
        let answer = server.response(&json!(id), TIMEOUT);
        assert!(answer.get("error").is_none(), "{answer}");
    }
    assert!(server.invalid.is_empty(), "{:?}", server.invalid);
    assert!(server.stop().success());
}

// ---- 06 and 12: every answer capped ----

#[test]
fn the_outline_of_a_huge_master_cf_is_capped_children_included() {
    let mut server = Server::started();
    let uri = "file:///etc/postfix/master.cf";
    let text = format!(
        "smtp inet n - y - - smtpd{}\n",
        " -o smtpd_tls_security_level=may".repeat(40_000)
    );
    server.open(uri, "postfix-master", 1, &text);
    let response = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols = response["result"].as_array().expect("symbols").clone();
    let children = symbols[0]["children"].as_array().map_or(0, Vec::len);
    assert_eq!(children, 4_999, "the service and 4,999 of its overrides");
    let more = &symbols[1];
    assert!(more["name"].as_str().unwrap().contains("35001"), "{more}");
    assert!(server.stop().success());
}

#[test]
fn range_requests_over_a_whole_log_are_capped() {
    let mut server = Server::started();
    let uri = "file:///var/log/mail.log";
    server.open(uri, "mail-log", 1, &log_lines(30_000));
    server.diagnostics_within(uri, Some(1), HEAVY);
    let whole =
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 30_000, "character": 0}});
    let tokens = server.request(
        "textDocument/semanticTokens/range",
        json!({"textDocument": {"uri": uri}, "range": whole}),
    );
    let data = tokens["result"]["data"].as_array().expect("tokens");
    let last_line: u64 = data.iter().step_by(5).map(|d| d.as_u64().unwrap()).sum();
    assert_eq!(last_line, 19_999, "20,000 lines coloured");
    let hints = server.request(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": uri}, "range": whole}),
    );
    let hinted: Vec<u64> = hints["result"]
        .as_array()
        .expect("hints")
        .iter()
        .map(|hint| hint["position"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(hinted.iter().max(), Some(&4_999), "5,000 lines hinted");
    assert!(server.stop().success());
}

#[test]
fn code_actions_over_a_whole_config_are_capped_and_only_quick_fixes() {
    let mut server = Server::started();
    let uri = "file:///etc/postfix/main.cf";
    let text: String = (0..3_000)
        .map(|i| format!("myhostnam = mx{i}.example.com\n"))
        .collect();
    server.open(uri, "postfix-main", 1, &text);
    assert!(!server.diagnostics_within(uri, Some(1), HEAVY).is_empty());
    let whole =
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 3_000, "character": 0}});
    let actions = server.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": []}}),
    );
    let count = actions["result"].as_array().expect("actions").len();
    assert!((1..=1_000).contains(&count), "{count} actions");
    let sources = server.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": [], "only": ["source"]}}),
    );
    assert_eq!(sources["result"], Value::Null, "{sources}");
    assert!(server.stop().success());
}

// ---- 07: a request answered on the text it was sent against ----

#[test]
fn a_hover_sent_before_an_edit_is_answered_on_the_text_before_it() {
    let mut server = Server::started();
    let uri = "file:///var/log/mail.log";
    let line = "x said: 550 5.1.1 y";
    server.open(uri, "mail-log", 1, line);
    server.diagnostics(uri, Some(1));
    let code = line.find("550").unwrap() as u32;
    let mut ids = Vec::new();
    for k in 0..100u32 {
        let at = code + 10 * k;
        let hover = json!({"jsonrpc": "2.0", "id": 1_000 + k, "method": "textDocument/hover", "params": hover_params(uri, 0, at + 1)});
        let change = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": k + 2},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "0123456789"}]}});
        // The hover and the edit that moves its code, in one write.
        let mut bytes = Vec::new();
        for message in [hover, change] {
            let body = serde_json::to_vec(&message).unwrap();
            bytes.extend(format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes());
            bytes.extend(body);
        }
        server.send_raw(&bytes);
        ids.push((1_000 + k, at));
    }
    for (id, at) in ids {
        let answer = server.response(&json!(id), TIMEOUT);
        let range = &answer["result"]["range"];
        assert_eq!(range["start"]["character"], at, "hover {id}: {answer}");
    }
    assert!(server.stop().success());
}

// ---- 08 and 11: a client that stops reading, or goes away ----

/// The server with its stdout connected to a pipe nobody reads.
fn spawn_unread() -> (
    std::process::Child,
    std::process::ChildStdin,
    std::process::ChildStdout,
) {
    let mut child = Command::new(bin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .env("RUST_LOG", "mail_lsp=off")
        .spawn()
        .expect("spawn mail-lsp");
    let stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    (child, stdin, stdout)
}

fn write_message(stdin: &mut impl Write, message: &Value) -> std::io::Result<()> {
    let body = serde_json::to_vec(message).expect("serialise");
    stdin.write_all(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes())?;
    stdin.write_all(&body)
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

#[test]
fn a_client_that_stops_reading_costs_the_server_bounded_memory() {
    let (mut child, mut stdin, _unread) = spawn_unread();
    let uri = "file:///var/log/mail.log";
    // Unregistered codes: each line has a diagnostic.
    let text: String = (0..3_000)
        .map(|i| format!("Nov  1 00:00:00 mx postfix/smtp[1]: dsn=5.9.{}, status=bounced (said: 550 4.1.{})\n", i % 100, i % 7))
        .collect();
    let setup = [
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "mail-log", "version": 1, "text": text}}}),
    ];
    for message in &setup {
        write_message(&mut stdin, message).unwrap();
    }
    // Each edit would publish some 1,000 diagnostics (about 200 KB); the
    // edits come as typing does, each after the previous one was read.
    for version in 2..3_000 {
        let edit = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": 5, "character": 0}, "end": {"line": 5, "character": 1}}, "text": "N"}]}});
        write_message(&mut stdin, &edit).unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(Duration::from_millis(1));
    }
    // The edits were all read (the server reads on while it cannot write).
    std::thread::sleep(Duration::from_millis(500));
    let rss = rss_kib(child.id());
    let _ = child.kill();
    let _ = child.wait();
    assert!(rss > 0, "RSS is readable");
    assert!(
        rss < 150 * 1024,
        "RSS {rss} KiB after 3,000 unread publishes"
    );
}

#[test]
fn the_server_ends_when_its_stdout_is_closed() {
    let (mut child, mut stdin, stdout) = spawn_unread();
    drop(stdout);
    let initialize =
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}});
    let _ = write_message(&mut stdin, &initialize);
    for id in 2..200 {
        let hover = json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": hover_params("file:///a.log", 0, 0)});
        if write_message(&mut stdin, &hover).is_err() {
            break;
        }
    }
    let _ = stdin.flush();
    let deadline = std::time::Instant::now() + EXIT_WAIT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break Some(status);
        }
        if std::time::Instant::now() > deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = child.kill();
    let _ = child.wait();
    // stdin is still open: only the closed stdout can have ended it.
    drop(stdin);
    assert!(status.is_some(), "still running with its stdout closed");
}

// ---- 09: slow work never holds up other requests ----

#[test]
fn hovers_on_a_slow_config_do_not_hold_up_a_hover_elsewhere() {
    let mut server = Server::started();
    let config = "file:///etc/postfix/main.cf";
    let log = "file:///var/log/mail.log";
    let text: String = (0..1_500)
        .map(|i| format!("custom_setting_number_{i:05} = reject_unauth_destination\n"))
        .collect();
    server.open(log, "mail-log", 1, "x said: 550 5.1.1 y\n");
    server.diagnostics(log, Some(1));
    server.open(config, "postfix-main", 1, &text);
    let slow: Vec<i64> = (0..2)
        .map(|_| server.send_request("textDocument/hover", hover_params(config, 3, 4)))
        .collect();
    let quick = server.send_request("textDocument/hover", hover_params(log, 0, 9));
    let first = server
        .wait_for(HEAVY, |m| {
            m.get("method").is_none() && m.get("id").is_some()
        })
        .expect("an answer");
    assert_eq!(first["id"], json!(quick), "answered first: {first}");
    for id in slow {
        server.response(&json!(id), HEAVY);
    }
    assert!(server.stop().success());
}

#[test]
fn keystrokes_in_a_slow_config_end_in_the_diagnostics_of_the_last_one() {
    let mut server = Server::started();
    let uri = "file:///etc/postfix/main.cf";
    let text: String = (0..1_500)
        .map(|i| format!("custom_setting_number_{i:05} = x\n"))
        .collect();
    server.open(uri, "postfix-main", 1, &format!("{text}myhostnam = x\n"));
    for version in 2..22 {
        server.change(
            uri,
            version,
            json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "a"}]),
        );
    }
    let last = server.diagnostics_within(uri, Some(21), HEAVY);
    assert!(
        last.iter().any(|d| d["range"]["start"]["line"] == 1_500
            && d["message"].as_str().unwrap().contains("myhostname")),
        "{last:?}"
    );
    assert!(server.stop().success());
}

// ---- 10: a refused initialize decides nothing ----

#[test]
fn a_refused_initialize_does_not_choose_the_position_encoding() {
    let mut server = Server::spawn();
    let refused = server.request(
        "initialize",
        json!({"processId": "not a number", "capabilities": {"general": {"positionEncodings": ["utf-8"]}}}),
    );
    assert!(error_code(&refused).is_some(), "{refused}");
    let result = server
        .initialize_with(json!({"capabilities": {"general": {"positionEncodings": ["utf-16"]}}}));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    let uri = "file:///var/log/emoji.log";
    server.open(uri, "mail-log", 1, "😀 said: 550 5.1.1 x");
    let hover = server.hover(uri, 0, utf16_len("😀 said: "));
    assert!(hover_text(&hover).contains("5.1.1"), "{hover}");
    assert!(server.stop().success());
}

// ---- 13: a progress token per progress ----

#[test]
fn every_progress_has_a_token_of_its_own() {
    let mut server = Server::spawn();
    server.initialize_with(json!({"capabilities": {"window": {"workDoneProgress": true}}}));
    let uri = "file:///var/log/mail.log";
    let text = log_lines((9 << 20) / 110);
    server.open(uri, "mail-log", 1, &text);
    server.diagnostics_within(uri, Some(1), HEAVY);
    // Settings changes: each asks for a new analysis of the 9 MB log.
    for max in [500, 600, 700] {
        server.notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"mailLsp": {"diagnostics": {"maxPerDocument": max}}}}),
        );
    }
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]}),
    );
    server.diagnostics_within(uri, Some(2), HEAVY);
    let mut created = Vec::new();
    let mut active: Vec<Value> = Vec::new();
    for message in server.drain(Duration::from_secs(2)) {
        let token = message["params"]["token"].clone();
        if message["method"] == "window/workDoneProgress/create" {
            assert!(!created.contains(&token), "{token} created twice");
            created.push(token);
        } else if message["method"] == "$/progress" {
            match message["params"]["value"]["kind"].as_str() {
                Some("begin") => {
                    assert!(!active.contains(&token), "{token} begun while active");
                    active.push(token);
                }
                Some("end") => active.retain(|t| t != &token),
                _ => {}
            }
        }
    }
    assert!(created.len() >= 2, "{created:?}");
    assert!(server.stop().success());
}

//! The server never dies, never desyncs: malformed frames, lifecycle,
//! panics, edits, pathological documents.

use crate::support::*;
use serde_json::{Value, json};
use std::time::Duration;

fn hover_request(id: i64) -> Vec<u8> {
    serde_json::to_vec(&json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover",
        "params": {"textDocument": {"uri": "file:///a.log"}, "position": {"line": 0, "character": 1}}}))
    .unwrap()
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// After each bad input, the next valid request is answered.
fn then_serves(server: &mut Server, id: i64) {
    server.send_raw(&frame(&hover_request(id)));
    let response = server.response(&json!(id), TIMEOUT);
    assert!(response.get("error").is_none(), "{response}");
}

// ---- 2. Malformed transport ----

#[test]
fn malformed_frames_get_errors_and_the_server_goes_on() {
    let mut server = Server::started();
    server.open("file:///a.log", "mail-log", 1, "said: 550 5.1.1 x");
    let mut id = 100;
    // (raw bytes, expected error code on an id-null response, or None: no reply)
    let cases: Vec<(&str, Vec<u8>, Option<i64>)> = vec![
        ("invalid JSON", frame(b"{\"jsonrpc\": \"2.0\", \"id\": 1,"), Some(-32700)),
        ("not JSON at all", frame(b"hello"), Some(-32700)),
        ("non-numeric Content-Length", b"Content-Length: abc\r\n\r\n".to_vec(), Some(-32700)),
        ("negative Content-Length", b"Content-Length: -5\r\n\r\n".to_vec(), Some(-32700)),
        ("invalid UTF-8", frame(b"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"a\xff\xfe\"}"), Some(-32700)),
        ("empty array", frame(b"[]"), Some(-32600)),
        ("array of a request", frame(&[b"[".as_slice(), &hover_request(4), b"]"].concat()), Some(-32600)),
        ("number", frame(b"42"), Some(-32600)),
        ("string", frame(b"\"initialize\""), Some(-32600)),
        ("null", frame(b"null"), Some(-32600)),
        ("empty body", frame(b""), Some(-32700)),
        ("missing Content-Length", b"Content-Type: application/json\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}".to_vec(), None),
        ("junk before a header", b"garbage garbage\r\n".to_vec(), None),
    ];
    for (name, bytes, expected) in cases {
        server.send_raw(&bytes);
        if let Some(code) = expected {
            let error = server.null_id_error();
            assert_eq!(error_code(&error), Some(code), "{name}: {error}");
        }
        id += 1;
        then_serves(&mut server, id);
        assert!(server.alive(), "{name}");
    }
    // A lower-case header is a valid header (names are case-insensitive).
    let body = hover_request(500);
    server.send_raw(
        &[
            format!("content-length: {}\r\n\r\n", body.len()).as_bytes(),
            &body,
        ]
        .concat(),
    );
    let response = server.response(&json!(500), TIMEOUT);
    assert!(response.get("error").is_none(), "{response}");
    // Well-formed JSON that is not a valid request keeps its id in the error.
    server.send_body(br#"{"jsonrpc":"2.0","id":601}"#);
    assert_eq!(
        error_code(&server.response(&json!(601), TIMEOUT)),
        Some(-32600)
    );
    server.send_body(br#"{"id":602,"method":"textDocument/hover","params":{}}"#);
    assert_eq!(
        error_code(&server.response(&json!(602), TIMEOUT)),
        Some(-32600)
    );
    server.send_body(br#"{"jsonrpc":"2.0","id":{"x":1},"method":"shutdown"}"#);
    assert_eq!(error_code(&server.null_id_error()), Some(-32600));
    // The shutdown inside the "missing Content-Length" junk was not obeyed.
    then_serves(&mut server, 700);
    assert!(server.invalid.is_empty(), "{:?}", server.invalid);
    assert!(server.stop().success());
}

#[test]
fn absurd_content_length_is_refused_and_memory_stays_flat() {
    let mut server = Server::started();
    then_serves(&mut server, 1);
    let before = server.rss_kib();
    for (round, length) in [
        "99999999999",
        "18446744073709551615",
        "1073741825",
        "99999999999999999999999",
    ]
    .iter()
    .cycle()
    .take(40)
    .enumerate()
    {
        server.send_raw(format!("Content-Length: {length}\r\n\r\n").as_bytes());
        let error = server.null_id_error();
        assert_eq!(error_code(&error), Some(-32700), "{length}: {error}");
        then_serves(&mut server, 10 + round as i64);
    }
    let after = server.rss_kib();
    assert!(before > 0, "RSS is readable");
    assert!(
        after < before + 32 * 1024,
        "RSS grew from {before} KiB to {after} KiB"
    );
    assert!(server.stop().success());
}

// ---- 3. Lifecycle ----

#[test]
fn requests_before_initialize_get_server_not_initialized() {
    let mut server = Server::spawn();
    let response = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///a.log"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(error_code(&response), Some(-32002), "{response}");
    server.initialize();
    server.assert_serving();
}

#[test]
fn unknown_methods_and_dollar_requests_get_method_not_found() {
    let mut server = Server::started();
    for method in [
        "mailLsp/nothing",
        "textDocument/nope",
        "$/unknownRequest",
        "$/progress",
    ] {
        let response = server.request(method, json!({}));
        assert_eq!(error_code(&response), Some(-32601), "{method}: {response}");
    }
    // The test hook is not there without MAIL_LSP_TEST_HOOKS=1.
    let response = server.request("mailLsp/panicForTest", json!({}));
    assert_eq!(error_code(&response), Some(-32601), "{response}");
    // Unknown notifications are ignored.
    server.notify("$/unknownNotification", json!({}));
    server.notify("custom/unknown", json!({}));
    server.assert_serving();
    assert!(server.stop().success());
}

#[test]
fn requests_after_shutdown_are_invalid() {
    let mut server = Server::started();
    let response = server.request("shutdown", Value::Null);
    assert!(response.get("error").is_none());
    let response = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///a.log"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(error_code(&response), Some(-32600), "{response}");
    server.notify("exit", Value::Null);
    assert_eq!(
        server.wait_exit(Duration::from_secs(5)).unwrap().code(),
        Some(0)
    );
}

#[test]
fn shutdown_then_exit_ends_with_0_while_stdin_is_open() {
    let mut server = Server::started();
    server.open("file:///a.log", "mail-log", 1, "said: 550 5.1.1 x");
    let response = server.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    server.notify("exit", Value::Null);
    let status = server
        .wait_exit(EXIT_WAIT)
        .expect("exited with stdin still open");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn exit_without_shutdown_ends_with_1() {
    let mut server = Server::started();
    server.notify("exit", Value::Null);
    let status = server.wait_exit(EXIT_WAIT).expect("exited");
    assert_eq!(status.code(), Some(1));
    // Before initialize too.
    let mut server = Server::spawn();
    server.notify("exit", Value::Null);
    let status = server.wait_exit(EXIT_WAIT).expect("exited");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn end_of_input_ends_the_server() {
    let mut server = Server::started();
    server.close_stdin();
    let status = server.wait_exit(EXIT_WAIT).expect("exited on EOF");
    assert_eq!(status.code(), Some(1), "no shutdown was asked");
}

// ---- 4. Panics ----

#[test]
fn a_panicking_handler_gives_internal_error_and_the_server_goes_on() {
    let mut server = Server::spawn_with_env(&[("MAIL_LSP_TEST_HOOKS", "1")]);
    server.initialize();
    let uri = "file:///a.log";
    server.open(uri, "mail-log", 1, "said: 550 5.1.1 x");
    for round in 0..5 {
        let response = server.request("mailLsp/panicForTest", json!({"round": round}));
        assert_eq!(error_code(&response), Some(-32603), "{response}");
        assert!(
            response["error"]["message"]
                .as_str()
                .unwrap()
                .contains("panicked"),
            "{response}"
        );
        assert!(server.alive());
        let hover = server.hover(uri, 0, 7);
        assert!(hover_text(&hover).contains("5.1.1"), "{hover}");
    }
    // Edits still apply after the panics.
    server.change(uri, 2, json!([{"range": {"start": {"line": 0, "character": 10}, "end": {"line": 0, "character": 15}}, "text": "5.9.9"}]));
    let diagnostics = server.diagnostics(uri, Some(2));
    assert!(!diagnostics.is_empty());
    assert!(server.stop().success());
}

// ---- 5. Edits ----

/// A plain model of an LSP document with UTF-16 positions: lines end at
/// `\n`, `\r\n` or `\r`; positions past a line's end clamp to it, past the
/// last line to the document's end, inside a surrogate pair to its start;
/// reversed ranges are swapped.
pub fn model_offset(text: &str, line: u32, character: u32) -> usize {
    let mut starts = vec![0];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                starts.push(i + 2);
                i += 2;
                continue;
            }
            b'\r' | b'\n' => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    let line = line as usize;
    if line >= starts.len() {
        return text.len();
    }
    let start = starts[line];
    let mut units = 0;
    for (at, c) in text[start..].char_indices() {
        if c == '\n' || c == '\r' || units + c.len_utf16() > character as usize {
            return start + at;
        }
        units += c.len_utf16();
    }
    text.len()
}

pub fn model_apply(text: &mut String, range: [u32; 4], insert: &str) {
    let mut a = model_offset(text, range[0], range[1]);
    let mut b = model_offset(text, range[2], range[3]);
    if a > b {
        std::mem::swap(&mut a, &mut b);
    }
    text.replace_range(a..b, insert);
}

/// LSP line count: line breaks + 1.
pub fn model_lines(text: &str) -> usize {
    text.matches("\r\n").count() + text.replace("\r\n", "").matches(['\r', '\n']).count() + 1
}

/// (line, utf-16 character) of the end of `text`.
fn end_position(text: &str) -> (u32, u32) {
    let line = model_lines(text) as u32 - 1;
    let last = text.rsplit(['\r', '\n']).next().unwrap_or("");
    (line, utf16_len(last))
}

#[test]
fn three_thousand_one_character_edits_equal_a_fresh_open() {
    let mut server = Server::started();
    let uri = "file:///var/log/typed.log";
    server.open(uri, "mail-log", 1, "");
    let pattern =
        "host x said: 550 5.1.1 no\r\nq dsn=5.9.9 😀\nlate 450 5.1.1\rdsn=4.4.7 5.1.1000\n";
    let mut text = String::new();
    let mut version = 1;
    for c in pattern.chars().cycle() {
        if version > 3000 {
            break;
        }
        let (line, character) = end_position(&text);
        version += 1;
        server.change(
            uri,
            version,
            json!([{"range": {"start": {"line": line, "character": character}, "end": {"line": line, "character": character}}, "text": c.to_string()}]),
        );
        text.push(c);
    }
    let typed = server.diagnostics(uri, Some(version));
    let fresh_uri = "file:///var/log/fresh.log";
    server.open(fresh_uri, "mail-log", 1, &text);
    let fresh = server.diagnostics(fresh_uri, Some(1));
    assert!(fresh.len() > 20, "the text has findings: {}", fresh.len());
    assert_eq!(normalise(&typed), normalise(&fresh));
    // The server sees the last line as the model does.
    let (last, _) = end_position(&text);
    assert_eq!(server.hover(uri, last, 1), server.hover(fresh_uri, last, 1));
    assert!(server.stop().success());
}

const PIECES: &[&str] = &[
    "",
    "a",
    " ",
    "\n",
    "\r\n",
    "\r",
    "😀",
    "𝄞x",
    "\u{2028}",
    "é",
    "\n\n",
    "\r\r\n",
    "said: 550 5.1.1 ",
    "dsn=5.9.9",
    "dsn=4.4.7,",
    " 450 5.1.1 ",
    "5.1.1000",
    "552 5.2.2",
    "\t",
    "\0",
    "250 2.0.0 ok\n",
];

fn random_position(rng: &mut Rng, text: &str) -> (u32, u32) {
    let lines = model_lines(text) as u32;
    if rng.chance(5) {
        return (lines + rng.below(5) as u32, rng.below(10) as u32);
    }
    let line = rng.below(lines as usize) as u32;
    let character = if rng.chance(10) {
        1000 + rng.below(100) as u32
    } else {
        rng.below(40) as u32
    };
    (line, character)
}

#[test]
fn random_edits_match_a_plain_model() {
    let mut server = Server::started();
    for seed in 1..=3u64 {
        let mut rng = Rng::new(seed);
        let uri = format!("file:///var/log/random-{seed}.log");
        let mut text = String::from(
            "Nov 22 09:44:03 mx postfix/smtp[1]: said: 550 5.1.1 x\r\nline two dsn=5.9.9\rthird\n",
        );
        server.open(&uri, "mail-log", 1, &text);
        let mut version = 1;
        for step in 1..=400 {
            let count = 1 + rng.below(3);
            let mut changes = Vec::new();
            for _ in 0..count {
                let (l1, c1) = random_position(&mut rng, &text);
                let (l2, c2) = if rng.chance(50) {
                    (l1, c1 + rng.below(6) as u32)
                } else {
                    random_position(&mut rng, &text)
                };
                let insert: String = (0..rng.below(3)).map(|_| *rng.pick(PIECES)).collect();
                model_apply(&mut text, [l1, c1, l2, c2], &insert);
                changes.push(json!({"range": {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}, "text": insert}));
            }
            version += 1;
            server.change(&uri, version, Value::Array(changes));
            if step % 100 == 0 {
                let edited = server.diagnostics(&uri, Some(version));
                let fresh_uri = format!("file:///var/log/fresh-{seed}-{step}.log");
                server.open(&fresh_uri, "mail-log", 1, &text);
                let fresh = server.diagnostics(&fresh_uri, Some(1));
                assert_eq!(
                    normalise(&edited),
                    normalise(&fresh),
                    "seed {seed}, step {step}, text {text:?}"
                );
                server.notify(
                    "textDocument/didClose",
                    json!({"textDocument": {"uri": fresh_uri}}),
                );
            }
        }
    }
    assert!(server.stop().success());
}

// ---- 6. Pathological input ----

/// The wait for a full analysis of a huge document (a debug build on 2 busy
/// cores takes seconds; the bound is the hang detector, not the speed goal).
const HEAVY: Duration = Duration::from_secs(120);

/// The wait for the process to end: a hang detector, not a speed goal.
const EXIT_WAIT: Duration = Duration::from_secs(20);

#[test]
fn a_64_mb_line_answers_hover_at_its_end() {
    let mut server = Server::started();
    let uri = "file:///var/log/huge.log";
    let tail = " said: 550 5.1.1 end";
    let mut text = "x".repeat(64 * 1024 * 1024 - tail.len());
    text.push_str(tail);
    server.open(uri, "mail-log", 1, &text);
    let at = utf16_len(&text) - 8;
    // Answered while the scan may still run (its speed is the benchmark's).
    let hover = server.hover(uri, 0, at);
    assert!(hover_text(&hover).contains("5.1.1"), "{hover}");
    server.diagnostics_within(uri, Some(1), HEAVY);
    for _ in 0..5 {
        let hover = server.hover(uri, 0, at);
        assert!(hover_text(&hover).contains("5.1.1"));
    }
    assert!(
        server.rss_kib() < 1024 * 1024,
        "RSS {} KiB",
        server.rss_kib()
    );
    drop(text);
    assert!(server.stop().success());
}

#[test]
fn a_million_codes_on_one_line() {
    let mut server = Server::started();
    let uri = "file:///var/log/million.log";
    let text = "dsn=5.1.1 ".repeat(1_000_000);
    server.open(uri, "mail-log", 1, &text);
    let diagnostics = server.diagnostics_within(uri, Some(1), HEAVY);
    assert!(diagnostics.len() <= 1000);
    for character in [4, 5_000_004, 9_999_994] {
        let hover = server.hover(uri, 0, character);
        assert!(
            hover_text(&hover).contains("5.1.1"),
            "at {character}: {hover}"
        );
    }
    assert!(server.stop().success());
}

#[test]
fn a_hundred_thousand_bad_codes_are_capped_with_a_summary() {
    let text = "Nov 22 09:44:03 mx postfix/smtp[1]: dsn=5.9.9, status=bounced\n".repeat(100_000);
    for (max, params) in [
        (1000, json!({})),
        (
            50,
            json!({"initializationOptions": {"diagnostics": {"maxPerDocument": 50}}}),
        ),
    ] {
        let mut server = Server::spawn();
        server.initialize_with(params);
        let uri = "file:///var/log/bad.log";
        server.open(uri, "mail-log", 1, &text);
        let diagnostics = server.diagnostics_within(uri, Some(1), HEAVY);
        assert_eq!(diagnostics.len(), max, "capped at {max}");
        let summaries: Vec<&Value> = diagnostics
            .iter()
            .filter(|d| d["code"] == "too-many-diagnostics")
            .collect();
        assert_eq!(summaries.len(), 1);
        assert!(summaries[0]["message"].as_str().unwrap().contains("more"));
        // An edit republishes, still capped, with its version.
        server.change(uri, 2, json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]));
        assert_eq!(server.diagnostics_within(uri, Some(2), HEAVY).len(), max);
        assert!(server.stop().success());
    }
}

#[test]
fn nul_bytes_and_line_separators_are_just_text() {
    let mut server = Server::started();
    let uri = "file:///var/log/nul.log";
    let text = "\0\0a\0 said: 550 5.1.1 x\0\n\0dsn=5.9.9\0\nx\u{2028}y said: 550 5.1.1\r\n\0";
    server.open(uri, "mail-log", 1, text);
    let diagnostics = server.diagnostics(uri, Some(1));
    assert!(
        diagnostics.iter().any(|d| d["range"]["start"]["line"] == 1),
        "{diagnostics:?}"
    );
    assert!(hover_text(&server.hover(uri, 0, 13)).contains("5.1.1"));
    // U+2028 does not break the line: the code is on line 2.
    let hover = server.hover(uri, 2, 10);
    assert!(hover_text(&hover).contains("5.1.1"), "{hover}");
    assert_eq!(server.hover(uri, 3, 0), Value::Null);
    assert!(server.stop().success());
}

#[test]
fn deeply_continued_config_lines() {
    let mut server = Server::started();
    let uri = "file:///etc/postfix/main.cf";
    let mut text = String::from("smtpd_recipient_restrictions =\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "    check_client_access hash:/etc/postfix/access{i},\n"
        ));
    }
    text.push_str("    reject_unauth_destination 550 5.1.1\n");
    server.open(uri, "postfix-main", 1, &text);
    server.diagnostics(uri, Some(1));
    let hover = server.hover(uri, 0, 3);
    assert!(
        hover_text(&hover).contains("smtpd_recipient_restrictions"),
        "{hover}"
    );
    // The last of the 100,002 lines is answered too (no hang: `request` waits at most TIMEOUT).
    server.hover(uri, 100_001, 8);
    assert!(server.stop().success());
}

#[test]
fn did_close_publishes_an_empty_list() {
    let mut server = Server::started();
    let uri = "file:///var/log/close.log";
    server.open(uri, "mail-log", 1, "dsn=5.9.9\n");
    assert!(!server.diagnostics(uri, Some(1)).is_empty());
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    let cleared = server
        .wait_for(TIMEOUT, |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["diagnostics"] == json!([])
        })
        .expect("an empty publish after didClose");
    assert_eq!(cleared["params"]["diagnostics"], json!([]));
    assert_eq!(server.hover(uri, 0, 5), Value::Null, "closed: forgotten");
    assert!(server.stop().success());
}

// ---- 8. Security ----

/// A `.mc` that would run a command under m4, and documents that name files
/// (one a FIFO, which would block a reader forever): nothing runs, nothing is
/// opened, the server keeps answering.
#[test]
fn documents_are_only_text() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("security-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let marker = dir.join("esyscmd-ran");
    let fifo = dir.join("fifo");
    let _ = std::process::Command::new("mkfifo").arg(&fifo).status();
    let mut server = Server::started();
    let mc = format!(
        "divert(-1)\nesyscmd(`touch {0}')\nsyscmd(`touch {0}')\ninclude(`{1}')\nFEATURE(`access_db', `hash -T<TMPF> {1}')\n",
        marker.display(),
        fifo.display()
    );
    server.open("file:///etc/mail/sendmail.mc", "sendmail-mc", 1, &mc);
    let main_cf = format!(
        "smtpd_recipient_restrictions = check_client_access hash:{0}, pcre:{0}\nalias_maps = $alias_database\n",
        fifo.display()
    );
    server.open("file:///etc/postfix/main.cf", "postfix-main", 1, &main_cf);
    let log = format!(
        "x said: 550 5.1.1 include:{} $(touch {})\n",
        fifo.display(),
        marker.display()
    );
    server.open("file:///var/log/mail.log", "mail-log", 1, &log);
    server.diagnostics("file:///var/log/mail.log", Some(1));
    for line in 0..5 {
        server.hover("file:///etc/mail/sendmail.mc", line, 3);
        server.hover("file:///etc/postfix/main.cf", line.min(1), 40);
    }
    server.assert_serving();
    std::thread::sleep(Duration::from_millis(200));
    assert!(!marker.exists(), "a command in a document was executed");
    assert!(server.stop().success());
    let _ = std::fs::remove_dir_all(&dir);
}

/// What the black box cannot see, read from the source: no process is
/// spawned, no socket opened, no file opened by the server, no `unsafe`.
#[test]
fn the_server_source_spawns_connects_and_opens_nothing() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("unsafe_code = \"forbid\""));
    let mut stack = vec![
        root.join("src/server"),
        root.join("src/analysis"),
        root.join("src/codes"),
    ];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with("tests.rs"))
            {
                continue; // unit tests read reference fixtures
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Generated tables hold data, not code: their strings (what a
            // Postfix parameter does) may say "unsafe".
            if text.starts_with("//! Generated") {
                continue;
            }
            // The one reader of files: regular files under the workspace
            // folders only, links kept inside, sizes capped (its own tests
            // check those rules).
            let reads_files = path.ends_with("src/server/workspace.rs");
            // Unit tests at the end of a file may read fixtures.
            let text = text.split("#[cfg(test)]").next().unwrap_or("");
            for banned in [
                "std::process::Command",
                "Command::new",
                "std::net",
                "TcpStream",
                "UdpSocket",
                "tokio::net",
                "File::open",
                "fs::read",
                "OpenOptions",
                "unsafe ",
            ] {
                if reads_files && matches!(banned, "fs::read" | "File::open") {
                    continue;
                }
                assert!(
                    !text.contains(banned),
                    "{} contains {banned}",
                    path.display()
                );
            }
            files += 1;
        }
    }
    assert!(files > 10);
}

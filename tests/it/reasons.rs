//! The reason behind a reply, through the real binary: the hover's reason
//! line and Postfix rule, the reason inlay hints (and their setting), the
//! code lens on a bounce.

use crate::support::*;
use serde_json::json;

const LOG: &str = "file:///var/log/mail.log";

const LINES: &str = "\
Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b.c>, relay=mx.b.c[192.0.2.1]:25, dsn=5.7.1, status=bounced (host mx.b.c[192.0.2.1] said: 550 5.7.1 Recipient mailbox quota exceeded (in reply to RCPT TO command))
Nov 22 09:44:04 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from unknown[192.168.1.1]: 554 5.7.1 <x@y.z>: Relay access denied; from=<a@b.c> to=<x@y.z> proto=ESMTP helo=<h>
Nov 22 09:44:05 mx postfix/postscreen[77]: PREGREET 11 after 0.07 from [192.0.2.9]:5678: EHLO x\\r\\n
Nov 22 09:44:06 mx postfix/smtp[1]: 4B2A41C0A3: to=<c@d.e>, relay=mx.d.e[192.0.2.3]:25, dsn=5.1.1, status=bounced (host mx.d.e[192.0.2.3] said: 550 5.1.1 <c@d.e>: Recipient address rejected: User unknown (in reply to RCPT TO command))
";

fn hover_text(server: &mut Server, line: u32, character: u32) -> String {
    let response = server.hover(LOG, line, character);
    response["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn hovers_say_the_reason_and_the_postfix_rule() {
    let mut server = Server::started();
    server.open(LOG, "mail-log", 1, LINES);
    let lines: Vec<&str> = LINES.lines().collect();
    let column = |line: usize, needle: &str| lines[line].find(needle).unwrap() as u32 + 1;

    let quota = hover_text(&mut server, 0, column(0, "550 5.7.1"));
    assert!(
        quota.contains("**Reason**: mailbox full, from the text *quota exceeded*"),
        "{quota}"
    );
    let relay = hover_text(&mut server, 1, column(1, "554 5.7.1"));
    assert!(relay.contains("`reject_unauth_destination`"), "{relay}");
    assert!(
        relay.contains("`relay_domains_reject_code` (default 554)"),
        "{relay}"
    );
    // No code on a postscreen line: the rule behind its words.
    let pregreet = hover_text(&mut server, 2, column(2, "PREGREET"));
    assert!(pregreet.contains("`postscreen_greet_action`"), "{pregreet}");
    // The code says it already: no reason line.
    let known = hover_text(&mut server, 3, column(3, "550 5.1.1"));
    assert!(!known.contains("**Reason**"), "{known}");
    assert!(server.stop().success());
}

fn reason_hints(server: &mut Server) -> Vec<(u64, String)> {
    let response = server.request(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": LOG}, "range": {
            "start": {"line": 0, "character": 0},
            "end": {"line": 4, "character": 0}
        }}),
    );
    assert!(response.get("error").is_none(), "{response}");
    response["result"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|hint| {
            let label = hint["label"].as_str()?;
            label.starts_with("reason").then(|| {
                (
                    hint["position"]["line"].as_u64().unwrap_or(0),
                    label.to_string(),
                )
            })
        })
        .collect()
}

#[test]
fn reason_hints_where_the_code_says_little_unless_turned_off() {
    let mut server = Server::started();
    server.open(LOG, "mail-log", 1, LINES);
    assert_eq!(
        reason_hints(&mut server),
        [
            (0, "reason: mailbox full".to_string()),
            (1, "reason: relaying denied".to_string())
        ]
    );
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"mailLsp": {"inlayHints": {"reasons": false}}}}),
    );
    assert_eq!(reason_hints(&mut server), Vec::<(u64, String)>::new());
    assert!(server.stop().success());
}

#[test]
fn a_bounce_has_a_code_lens_summing_its_records() {
    let uri = "file:///tmp/bounce.eml";
    let text = fixture("corpora/sisimai-dev/emails/lhost-mailru-03.eml");
    let mut server = Server::started();
    server.open(uri, "mail-bounce", 1, &text);
    let response = server.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(
        response["result"][0]["command"]["title"],
        "2 recipients: 1 mailboxfull (soft bounce), 1 userunknown (hard bounce)",
        "{response}"
    );
    assert_eq!(response["result"][0]["range"]["start"]["line"], 0);
    assert!(server.stop().success());
}

#[test]
fn summary_by_reason() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mail-lsp"))
        .args(["summary", "--by", "reason", "--json"])
        .arg(format!(
            "{}/fixtures/logs/postfix-day.log",
            env!("CARGO_MANIFEST_DIR")
        ))
        .output()
        .expect("run mail-lsp summary");
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows: Vec<(String, u64)> = value[0]["by_reason"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["reason"].as_str().unwrap().to_string(),
                row["total"].as_u64().unwrap(),
            )
        })
        .collect();
    // Hand count in fixtures/logs/README.md: 3 sent; deferred: a timeout and
    // a full mailbox; bounced: an unknown user and a DMARC failure; expired:
    // one; rejected: relay access and a missing reverse DNS.
    let expected: Vec<(String, u64)> = [
        ("delivered", 3),
        ("mailboxfull", 1),
        ("norelaying", 1),
        ("authfailure", 1),
        ("userunknown", 1),
        ("requireptr", 1),
        ("networkerror", 1),
        ("expired", 1),
    ]
    .iter()
    .map(|(reason, count)| (reason.to_string(), *count))
    .collect();
    assert_eq!(rows, expected);
    assert_eq!(value[0]["totals"]["rejected"], 2);
}

/// A workspace on disk: `files` written under a fresh folder, its
/// canonical path returned.
fn workspace(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("mail-lsp-reasons-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root.canonicalize().unwrap()
}

fn file_uri(path: &std::path::Path) -> String {
    format!("file://{}", path.display())
}

const DECISIONS: &str = "\
Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 554 5.7.1 <localhost>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (localhost); from=<a@example.net> to=<postmaster@example.com> proto=ESMTP helo=<localhost>
Nov 22 10:01:03 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 554 5.7.1 <someone@example.org>: Relay access denied; from=<a@example.net> to=<someone@example.org> proto=ESMTP helo=<mx.example.net>
Nov 22 10:01:04 mx postfix/smtp[77]: 3F2A41C0A2: to=<b@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 unknown user (in reply to RCPT TO command))
";

/// `(uri, start line)` of each location of a definition answer.
fn locations(answer: &serde_json::Value) -> Vec<(String, u64)> {
    let list = match answer.as_array() {
        Some(list) => list.clone(),
        None if answer.is_null() => Vec::new(),
        None => vec![answer.clone()],
    };
    list.iter()
        .map(|l| {
            (
                l["uri"].as_str().unwrap_or_default().to_string(),
                l["range"]["start"]["line"].as_u64().unwrap_or(u64::MAX),
            )
        })
        .collect()
}

#[test]
fn a_logged_reject_leads_to_the_configuration_line_behind_it() {
    // iRedMail's main.cf and HELO access map (fixtures/reasons/SOURCES.md).
    let main = include_str!("../../fixtures/reasons/iredmail/main.cf");
    let helo = include_str!("../../fixtures/reasons/iredmail/helo_access.pcre");
    let root = workspace(
        "origins",
        &[
            ("etc/postfix/main.cf", main),
            ("etc/postfix/helo_access.pcre", helo),
            ("var/log/mail.log", DECISIONS),
        ],
    );
    let mut server = Server::spawn();
    server.initialize_with(json!({
        "workspaceFolders": [{"uri": file_uri(&root), "name": "mx"}]
    }));
    let log = file_uri(&root.join("var/log/mail.log"));
    server.open(&log, "mail-log", 1, DECISIONS);
    let main_uri = file_uri(&root.join("etc/postfix/main.cf"));
    let helo_uri = file_uri(&root.join("etc/postfix/helo_access.pcre"));
    let lines: Vec<&str> = DECISIONS.lines().collect();
    let at = |line: usize, needle: &str| lines[line].find(needle).unwrap() as u32 + 1;
    let definition = |server: &mut Server, line: usize, character: u32| {
        let response = server.request(
            "textDocument/definition",
            json!({"textDocument": {"uri": log}, "position": {"line": line, "character": character}}),
        );
        assert!(response.get("error").is_none(), "{response}");
        locations(&response["result"])
    };

    // The HELO reject: the map entry that matched, then the restriction
    // that names the map.
    assert_eq!(
        definition(&mut server, 0, at(0, "Helo command")),
        [(helo_uri.clone(), 29), (main_uri.clone(), 178)]
    );
    let hover = crate::support::hover_text(&server.hover(&log, 0, at(0, "554")));
    assert!(hover.contains("**In this configuration**:"), "{hover}");
    assert!(
        hover.contains(&format!("[helo_access.pcre:30]({helo_uri}#L30)")),
        "{hover}"
    );
    assert!(
        hover.contains(
            "`check_helo_access pcre:/etc/postfix/helo_access.pcre` in `smtpd_helo_restrictions`"
        ),
        "{hover}"
    );
    // The relay refusal: the restriction in smtpd_recipient_restrictions.
    assert_eq!(
        definition(&mut server, 1, at(1, "Relay")),
        [(main_uri.clone(), 198)]
    );
    let hover = crate::support::hover_text(&server.hover(&log, 1, at(1, "554")));
    assert!(
        hover.contains(&format!("[main.cf:199]({main_uri}#L199): `reject_unauth_destination` in `smtpd_recipient_restrictions`")),
        "{hover}"
    );
    // A delivery the remote server refused is no decision of this Postfix.
    assert_eq!(definition(&mut server, 2, at(2, "550")), []);
    let hover = crate::support::hover_text(&server.hover(&log, 2, at(2, "550")));
    assert!(!hover.contains("In this configuration"), "{hover}");
    assert!(server.stop().success());

    // The same log without the configuration in the workspace: nothing said.
    let bare = workspace("origins-bare", &[("var/log/mail.log", DECISIONS)]);
    let mut server = Server::spawn();
    server.initialize_with(json!({
        "workspaceFolders": [{"uri": file_uri(&bare), "name": "mx"}]
    }));
    let log = file_uri(&bare.join("var/log/mail.log"));
    server.open(&log, "mail-log", 1, DECISIONS);
    let response = server.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": log}, "position": {"line": 0, "character": at(0, "Helo command")}}),
    );
    assert!(response["result"].is_null(), "{response}");
    let hover = crate::support::hover_text(&server.hover(&log, 0, at(0, "554")));
    assert!(hover.contains("`check_helo_access`"), "{hover}");
    assert!(!hover.contains("In this configuration"), "{hover}");
    assert!(server.stop().success());
    let _ = std::fs::remove_dir_all(&root);
    let _ = std::fs::remove_dir_all(&bare);
}

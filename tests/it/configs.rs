//! Postfix and Sendmail configuration files, as an editor drives the real
//! binary over stdio, and `mail-lsp check` on the command line.

use crate::support::*;
use serde_json::{Value, json};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BAD_MAIN: &str = "myhostname = mx.example.com\n\
smtpd_helo_requird = yes\n\
smtpd_policy_service_default_action = 550 4.3.5 x\n\
unknown_local_recipient_reject_code = 250\n\
relayhost = $myhostname\n\
smtp_helo_name = ${myhostname}\n";

fn position(uri: &str, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

fn result(server: &mut Server, method: &str, params: Value) -> Value {
    let response = server.request(method, params);
    assert!(response.get("error").is_none(), "{method}: {response}");
    response["result"].clone()
}

fn labels(completion: &Value) -> Vec<String> {
    completion["items"]
        .as_array()
        .or_else(|| completion.as_array())
        .map(|items| {
            items
                .iter()
                .map(|i| {
                    // The inserted text: the label may hold a title too.
                    i["textEdit"]["newText"]
                        .as_str()
                        .or_else(|| i["label"].as_str())
                        .unwrap_or("")
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

fn with_rule<'a>(diagnostics: &'a [Value], rule: &str) -> Vec<&'a Value> {
    diagnostics.iter().filter(|d| d["code"] == rule).collect()
}

fn line_of(text: &str, needle: &str) -> u32 {
    text.lines().position(|l| l.contains(needle)).expect(needle) as u32
}

fn column_of(line: &str, needle: &str) -> u32 {
    utf16_len(&line[..line.find(needle).expect(needle)])
}

#[test]
fn a_real_main_cf_hovers_and_navigates() {
    let mut server = Server::started();
    let text = fixture("configs/docker-mailserver/main.cf");
    let uri = "file:///etc/postfix/main.cf";
    server.open(uri, "plaintext", 1, &text);
    let diagnostics = server.diagnostics(uri, Some(1));
    // A working config: nothing above information.
    for diagnostic in &diagnostics {
        assert!(
            diagnostic["severity"].as_i64().unwrap() >= 3,
            "{diagnostic}"
        );
    }
    // Hover on a parameter name.
    let line = line_of(&text, "smtpd_tls_security_level =");
    let hover = server.hover(uri, line, 3);
    let markdown = hover_text(&hover);
    assert!(markdown.contains("smtpd_tls_security_level"), "{markdown}");
    assert!(markdown.contains("postconf.5.html"), "{markdown}");
    // Hover on `$name`: its value here.
    let use_line = line_of(&text, "smtpd_sender_restrictions = $dms");
    let source = text.lines().nth(use_line as usize).unwrap();
    let column = column_of(source, "$dms") + 3;
    let hover = server.hover(uri, use_line, column);
    assert!(
        hover_text(&hover).contains("reject_unknown_sender_domain"),
        "{hover}"
    );
    // Definition of `$name`: the `name =` line.
    let definition = result(
        &mut server,
        "textDocument/definition",
        position(uri, use_line, column),
    );
    let defined = line_of(&text, "dms_smtpd_sender_restrictions =");
    assert_eq!(definition["uri"], uri, "{definition}");
    assert_eq!(definition["range"]["start"]["line"], defined);
    assert_eq!(definition["range"]["start"]["character"], 0);
    assert_eq!(
        definition["range"]["end"]["character"],
        "dms_smtpd_sender_restrictions".len()
    );
    // References: both uses and the definition.
    let mut params = position(uri, use_line, column);
    params["context"] = json!({"includeDeclaration": true});
    let references = result(&mut server, "textDocument/references", params);
    let lines: Vec<i64> = references
        .as_array()
        .expect("locations")
        .iter()
        .map(|l| l["range"]["start"]["line"].as_i64().unwrap())
        .collect();
    let mua = line_of(&text, "mua_sender_restrictions =") as i64;
    assert_eq!(
        lines,
        vec![use_line as i64, defined as i64, mua],
        "{references}"
    );
    // Outline: one symbol per parameter.
    let symbols = result(
        &mut server,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols = symbols.as_array().expect("symbols");
    let tls = symbols
        .iter()
        .find(|s| s["name"] == "smtpd_tls_security_level")
        .expect("a symbol per parameter");
    assert_eq!(tls["detail"], "may");
    assert_eq!(tls["kind"], 7, "PROPERTY"); // SymbolKind::PROPERTY
    let own = symbols
        .iter()
        .find(|s| s["name"] == "dms_smtpd_sender_restrictions")
        .unwrap();
    assert_eq!(own["kind"], 13, "VARIABLE");
    // Off a name: null, not an error.
    let nothing = result(&mut server, "textDocument/definition", position(uri, 0, 0));
    assert_eq!(nothing, Value::Null);
    assert!(server.stop().success());
}

#[test]
fn a_real_master_cf_outline() {
    let mut server = Server::started();
    let text = fixture("configs/docker-mailserver/master.cf");
    let uri = "file:///etc/postfix/master.cf";
    server.open(uri, "plaintext", 1, &text);
    let diagnostics = server.diagnostics(uri, Some(1));
    for diagnostic in &diagnostics {
        assert!(
            diagnostic["severity"].as_i64().unwrap() >= 3,
            "{diagnostic}"
        );
    }
    let symbols = result(
        &mut server,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let names: Vec<&str> = symbols
        .as_array()
        .expect("symbols")
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"smtp/inet"), "{names:?}");
    assert!(names.contains(&"submission/inet"), "{names:?}");
    assert!(server.stop().success());
}

#[test]
fn a_bad_main_cf_is_diagnosed_hovered_and_fixed() {
    let mut server = Server::started();
    let uri = "file:///etc/postfix/main.cf";
    server.open(uri, "plaintext", 1, BAD_MAIN);
    let diagnostics = server.diagnostics(uri, Some(1));
    let unknown = with_rule(&diagnostics, "unknown-parameter");
    assert_eq!(unknown.len(), 1, "{diagnostics:?}");
    assert_eq!(unknown[0]["range"]["start"]["line"], 1);
    let message = unknown[0]["message"].as_str().unwrap();
    assert!(
        message.contains("did you mean smtpd_helo_required"),
        "{message}"
    );
    let mismatch = with_rule(&diagnostics, "class-mismatch");
    assert_eq!(mismatch.len(), 1, "{diagnostics:?}");
    assert_eq!(mismatch[0]["range"]["start"]["line"], 2);
    assert_eq!(mismatch[0]["severity"], 1);
    let refused = with_rule(&diagnostics, "bad-code-value");
    assert_eq!(refused.len(), 1, "{diagnostics:?}");
    assert_eq!(refused[0]["range"]["start"]["line"], 3);
    assert_eq!(refused[0]["severity"], 1);
    assert!(refused[0]["message"].as_str().unwrap().contains("250"));

    // Quick fixes: the class, and the parameter name.
    let actions = result(
        &mut server,
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri},
               "range": {"start": {"line": 1, "character": 0}, "end": {"line": 2, "character": 60}},
               "context": {"diagnostics": []}}),
    );
    let edits: Vec<(String, i64, String)> = actions
        .as_array()
        .expect("code actions")
        .iter()
        .flat_map(|action| {
            action["edit"]["changes"][uri]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|edit| {
                    (
                        action["kind"].as_str().unwrap_or("").to_string(),
                        edit["range"]["start"]["line"].as_i64().unwrap(),
                        edit["newText"].as_str().unwrap().to_string(),
                    )
                })
        })
        .collect();
    assert!(
        edits.contains(&("quickfix".into(), 1, "smtpd_helo_required".into())),
        "{edits:?}"
    );
    let class_fix = edits
        .iter()
        .find(|(_, line, _)| *line == 2)
        .unwrap_or_else(|| panic!("a fix for the class mismatch: {edits:?}"));
    // Either side made to match the other: 550 5.3.5 or 450 4.3.5.
    assert!(
        class_fix.2 == "5.3.5" || class_fix.2 == "450",
        "{class_fix:?}"
    );

    // Hover on `${name}` and go to its definition.
    let line = BAD_MAIN.lines().nth(5).unwrap();
    let column = column_of(line, "myhostname");
    let hover = server.hover(uri, 5, column + 2);
    assert!(hover_text(&hover).contains("mx.example.com"), "{hover}");
    let definition = result(
        &mut server,
        "textDocument/definition",
        position(uri, 5, column + 2),
    );
    assert_eq!(
        definition["range"]["start"],
        json!({"line": 0, "character": 0})
    );

    // Completion of parameter names at the start of a line.
    server.change(
        uri,
        2,
        json!([{"range": {"start": {"line": 6, "character": 0}, "end": {"line": 6, "character": 0}},
                "text": "smtpd_hel"}]),
    );
    let names = labels(&server.completion(uri, 6, 9));
    assert!(
        names.contains(&"smtpd_helo_required".to_string()),
        "{names:?}"
    );
    assert!(
        names.iter().all(|n| n.starts_with("smtpd_hel")),
        "{names:?}"
    );
    assert!(server.stop().success());
}

#[test]
fn a_postfix_access_map_completes_only_matching_codes() {
    let mut server = Server::started();
    let uri = "file:///etc/postfix/sender_access";
    let text = "spam@example.com REJECT 4.7.1 go away\nother@example.com REJECT ";
    server.open(uri, "plaintext", 1, text);
    let diagnostics = server.diagnostics(uri, Some(1));
    let mismatch = with_rule(&diagnostics, "action-class-mismatch");
    assert_eq!(mismatch.len(), 1, "{diagnostics:?}");
    let line = text.lines().nth(1).unwrap();
    let names = labels(&server.completion(uri, 1, utf16_len(line)));
    assert!(names.len() > 10, "{names:?}");
    assert!(names.iter().all(|n| n.starts_with("5.")), "{names:?}");
    // The fix rewrites the enhanced code into 5.x.x.
    let actions = result(
        &mut server,
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri},
               "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
               "context": {"diagnostics": []}}),
    );
    assert!(
        actions.to_string().contains("\"newText\":\"5.7.1\""),
        "{actions}"
    );
    assert!(server.stop().success());
}

#[test]
fn a_sendmail_access_file() {
    let mut server = Server::started();
    let uri = "file:///etc/mail/access";
    let text = "Connect:10.0.0.1\tRELAY\nFrom:spam@x ERROR:\"550 4.7.1 no\"\n";
    server.open(uri, "plaintext", 1, text);
    let diagnostics = server.diagnostics(uri, Some(1));
    let mismatch = with_rule(&diagnostics, "class-mismatch");
    assert_eq!(mismatch.len(), 1, "{diagnostics:?}");
    assert_eq!(mismatch[0]["range"]["start"]["line"], 1);
    assert_eq!(mismatch[0]["severity"], 1);
    let line = text.lines().nth(1).unwrap();
    let hover = server.hover(uri, 1, column_of(line, "550") + 1);
    assert!(hover_text(&hover).contains("550"), "{hover}");
    // No `$name` here: definition answers null.
    let nothing = result(&mut server, "textDocument/definition", position(uri, 1, 3));
    assert_eq!(nothing, Value::Null);
    assert!(server.stop().success());
}

/// Each bad input is answered (diagnostics, hover, completion, outline)
/// within a bound, and the server goes on.
fn survives(server: &mut Server, uri: &str, text: &str, version: i64) -> Vec<Value> {
    let started = Instant::now();
    server.open(uri, "plaintext", version, text);
    let diagnostics = server.diagnostics_within(uri, Some(version), Duration::from_secs(60));
    let last = text.lines().count().saturating_sub(1) as u32;
    for (line, character) in [(0, 0), (0, 5), (last, 3)] {
        server.hover(uri, line, character);
        server.completion(uri, line, character);
        result(
            server,
            "textDocument/definition",
            position(uri, line, character),
        );
    }
    result(
        server,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{uri}: {:?}",
        started.elapsed()
    );
    server.assert_serving();
    diagnostics
}

#[test]
fn bad_input_is_answered() {
    let mut server = Server::started();

    // A binary file named main.cf: one warning, not an error per line.
    let binary: String = (0..4096u32)
        .map(|i| char::from_u32(i % 251).unwrap())
        .collect();
    let diagnostics = survives(&mut server, "file:///etc/postfix/bin/main.cf", &binary, 1);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .contains("binary")
    );
    assert_eq!(diagnostics[0]["severity"], 2);

    // A 1 MB line, in main.cf (value and name) and in an access map.
    let long_value = format!("myhostname = {}$mydomain\n", "x".repeat(1 << 20));
    let diagnostics = survives(
        &mut server,
        "file:///etc/postfix/long/main.cf",
        &long_value,
        1,
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let long_name = format!("{} = 1\n", "y".repeat(1 << 20));
    let diagnostics = survives(
        &mut server,
        "file:///etc/postfix/name/main.cf",
        &long_name,
        1,
    );
    assert!(diagnostics.len() <= 1, "{diagnostics:?}");
    let long_map = format!("spam@x REJECT 5.7.1 {}\n", "5.7.1 ".repeat(1 << 18));
    survives(&mut server, "file:///etc/postfix/long/access", &long_map, 1);

    // An unterminated quote in a Sendmail access map: the code is still read.
    let quote = "From:spam@x\tERROR:\"550 4.7.1 no\nConnect:10.0.0.1\tRELAY\n";
    let diagnostics = survives(&mut server, "file:///etc/mail/access", quote, 1);
    assert!(
        diagnostics.iter().all(|d| d["range"]["start"]["line"] == 0),
        "{diagnostics:?}"
    );

    // CRLF line endings: the same findings, at the same places.
    let lf = "spam@example.com REJECT 4.7.1 go away\nham@example.com OK\nx@y DEFER 5.7.1 later\n";
    let crlf = lf.replace('\n', "\r\n");
    let plain = survives(&mut server, "file:///etc/postfix/lf/access", lf, 1);
    let windows = survives(&mut server, "file:///etc/postfix/crlf/access", &crlf, 1);
    assert_eq!(plain.len(), 2, "{plain:?}");
    assert_eq!(normalise(&plain), normalise(&windows));
    let main_crlf = BAD_MAIN.replace('\n', "\r\n");
    let windows = survives(
        &mut server,
        "file:///etc/postfix/crlf/main.cf",
        &main_crlf,
        1,
    );
    let plain = survives(&mut server, "file:///etc/postfix/lf/main.cf", BAD_MAIN, 1);
    assert_eq!(normalise(&plain), normalise(&windows));
    assert!(server.stop().success());
}

fn check(paths: &[String]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_mail-lsp"))
        .arg("check")
        .args(paths)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run mail-lsp check");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn files(dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().unwrap() != "bad" {
                files(&path, out);
            }
        } else if path.file_name().unwrap() != "SOURCES.md" {
            out.push(path.to_string_lossy().into_owned());
        }
    }
}

#[test]
fn check_fails_on_bad_configs_and_passes_real_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/configs");
    let mut real = Vec::new();
    files(&root, &mut real);
    assert!(real.len() > 10, "{real:?}");
    for path in &real {
        let (status, out) = check(std::slice::from_ref(path));
        assert_eq!(status, 0, "{path}: {out}");
    }
    let (status, out) = check(&real);
    assert_eq!(status, 0, "{out}");
    let bad = root.join("bad");
    for name in [
        "main.cf",
        "master.cf",
        "access",
        "header_checks.pcre",
        "sendmail-access",
        "virtusertable",
        "sendmail.mc",
    ] {
        let path = bad.join(name).to_string_lossy().into_owned();
        let (status, out) = check(std::slice::from_ref(&path));
        assert!(
            out.contains(": error: ") || out.contains(": warning: "),
            "{path}: {out}"
        );
        if out.contains(": error: ") {
            assert_eq!(status, 1, "{path}: {out}");
        }
    }
    let (status, out) = check(&[bad.join("main.cf").to_string_lossy().into_owned()]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("[bad-code-value]"), "{out}");
}

/// A workspace on disk: `files` written under a fresh folder, the folder's
/// canonical path returned.
fn workspace(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("mail-lsp-it-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root.canonicalize().unwrap()
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

#[test]
fn map_files_are_links_into_the_workspace() {
    let main = "alias_maps = hash:/etc/aliases\nvirtual_alias_maps = hash:/etc/postfix/virtual\nsmtpd_recipient_restrictions = check_recipient_access hash:/etc/postfix/maps/recipient_access, reject_unauth_destination\ntransport_maps = lmdb:/etc/postfix/transport\n";
    let root = workspace(
        "links",
        &[
            ("postfix/main.cf", main),
            ("postfix/virtual", "info@example.com  postmaster\n"),
            ("postfix/maps/recipient_access", "spam@example.com REJECT\n"),
        ],
    );
    let mut server = Server::spawn();
    server.initialize_with(json!({
        "workspaceFolders": [{"uri": file_uri(&root), "name": "mail"}]
    }));
    let uri = file_uri(&root.join("postfix/main.cf"));
    server.open(&uri, "postfix-main", 1, main);
    // transport is named but not in the workspace, which holds the other
    // maps: information.
    let diagnostics = server.diagnostics(&uri, Some(1));
    let missing = with_rule(&diagnostics, "missing-map");
    assert_eq!(missing.len(), 1, "{diagnostics:?}");
    assert_eq!(missing[0]["severity"], 3);
    assert_eq!(missing[0]["range"]["start"]["line"], 3);
    assert!(
        missing[0]["message"]
            .as_str()
            .unwrap()
            .contains("/etc/postfix/transport"),
        "{}",
        missing[0]
    );
    // documentLink: hash:/etc/postfix/virtual opens the workspace's virtual.
    let links = result(
        &mut server,
        "textDocument/documentLink",
        json!({"textDocument": {"uri": uri}}),
    );
    let links = links.as_array().expect("links");
    let targets: Vec<(i64, &str)> = links
        .iter()
        .map(|l| {
            (
                l["range"]["start"]["line"].as_i64().unwrap(),
                l["target"].as_str().unwrap(),
            )
        })
        .collect();
    let virtual_uri = file_uri(&root.join("postfix/virtual"));
    let access_uri = file_uri(&root.join("postfix/maps/recipient_access"));
    assert_eq!(
        targets,
        [(1, virtual_uri.as_str()), (2, access_uri.as_str())],
        "{links:?}"
    );
    let virtual_link = &links[0];
    assert_eq!(virtual_link["range"]["start"]["character"], 26);
    assert_eq!(virtual_link["range"]["end"]["character"], 46);
    // Go to definition on the map: the file.
    let definition = result(
        &mut server,
        "textDocument/definition",
        position(&uri, 1, 30),
    );
    assert_eq!(definition["uri"], virtual_uri.as_str(), "{definition}");
    assert!(server.stop().success());
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_split_exim_configuration_goes_to_its_acl_in_another_file() {
    let main = "MAIN_ACL_CHECK_RCPT = acl_check_rcpt\nacl_smtp_rcpt = MAIN_ACL_CHECK_RCPT\nacl_smtp_data = acl_check_data\n";
    let acl = "### acl/30_exim4-config_check_rcpt\nacl_check_rcpt:\n  accept hosts = :\n  deny message = 550 4.7.1 relay not permitted\n";
    let root = workspace(
        "exim",
        &[
            ("exim4/conf.d/main/02_exim4-config_options", main),
            ("exim4/conf.d/acl/30_exim4-config_check_rcpt", acl),
        ],
    );
    let mut server = Server::spawn();
    server.initialize_with(json!({ "rootUri": file_uri(&root) }));
    let uri = file_uri(&root.join("exim4/conf.d/main/02_exim4-config_options"));
    server.open(&uri, "plaintext", 1, main);
    // The macro is defined here; the ACL it names, in the acl piece.
    let definition = result(
        &mut server,
        "textDocument/definition",
        position(&uri, 1, 20),
    );
    assert_eq!(definition["uri"], uri.as_str(), "{definition}");
    assert_eq!(definition["range"]["start"]["line"], 0);
    let definition = result(
        &mut server,
        "textDocument/definition",
        position(&uri, 0, 25),
    );
    let acl_uri = file_uri(&root.join("exim4/conf.d/acl/30_exim4-config_check_rcpt"));
    assert_eq!(definition["uri"], acl_uri.as_str(), "{definition}");
    assert_eq!(definition["range"]["start"]["line"], 1);
    assert_eq!(definition["range"]["start"]["character"], 0);
    // An ACL nobody defines: nothing.
    let nothing = result(
        &mut server,
        "textDocument/definition",
        position(&uri, 2, 20),
    );
    assert_eq!(nothing, Value::Null);
    // The acl piece: its message's class mismatch and hover.
    server.open(&acl_uri, "plaintext", 1, acl);
    let diagnostics = server.diagnostics(&acl_uri, Some(1));
    assert_eq!(
        with_rule(&diagnostics, "class-mismatch").len(),
        1,
        "{diagnostics:?}"
    );
    let hover = server.hover(&acl_uri, 3, 22);
    assert!(
        hover_text(&hover).contains("5.7.1") || hover_text(&hover).contains("4.7.1"),
        "{hover}"
    );
    assert!(server.stop().success());
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn the_postfix_version_setting_makes_newer_parameters_warnings() {
    let text = "smtpd_tls_enable_rpk = yes\nsmtp_tlsrpt_enable = no\nmyhostname = mx.example.com\n";
    let uri = "file:///etc/postfix/main.cf";
    // Without a version: a working file, nothing above information.
    let mut server = Server::started();
    server.open(uri, "postfix-main", 1, text);
    let diagnostics = server.diagnostics(uri, Some(1));
    assert!(
        with_rule(&diagnostics, "postfix-version").is_empty(),
        "{diagnostics:?}"
    );
    assert!(server.stop().success());
    // postfix.version = "3.5": the 3.9 and 3.10 parameters are warnings.
    let mut server = Server::spawn();
    server.initialize_with(json!({
        "initializationOptions": {"mailLsp": {"postfix": {"version": "3.5"}}}
    }));
    server.open(uri, "postfix-main", 1, text);
    let diagnostics = server.diagnostics(uri, Some(1));
    let newer = with_rule(&diagnostics, "postfix-version");
    assert_eq!(newer.len(), 2, "{diagnostics:?}");
    assert_eq!(newer[0]["severity"], 2);
    assert!(
        newer[0]["message"]
            .as_str()
            .unwrap()
            .contains("added in Postfix 3.9"),
        "{}",
        newer[0]
    );
    // The hover says so, and what the parameter does.
    let hover = hover_text(&server.hover(uri, 0, 5));
    assert!(
        hover.contains("Not in Postfix 3.5: added in 3.9"),
        "{hover}"
    );
    // The setting changed to 3.9: only the 3.10 parameter is left.
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"mailLsp": {"postfix": {"version": "3.9"}}}}),
    );
    let diagnostics = server.diagnostics(uri, None);
    let newer = with_rule(&diagnostics, "postfix-version");
    assert_eq!(newer.len(), 1, "{diagnostics:?}");
    assert_eq!(newer[0]["range"]["start"]["line"], 1);
    assert!(server.stop().success());
}

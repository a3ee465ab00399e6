//! The real binary's command line: `explain` and `check`.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mail-lsp"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run mail-lsp")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn explain_a_reply_with_its_enhanced_code() {
    let output = run(&["explain", "550", "5.7.26"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("550 5.7.26  Multiple authentication checks failed"),
        "{text}"
    );
    for needle in ["Permanent", "RFC 7372", "DMARC", "dig"] {
        assert!(text.contains(needle), "missing {needle}: {text}");
    }
}

#[test]
fn explain_in_french() {
    let text = stdout(&run(&["explain", "--lang", "fr", "550", "5.7.26"]));
    assert!(
        text.contains("Plusieurs contrôles d'authentification ont échoué"),
        "{text}"
    );
    assert!(text.contains("Échec définitif"), "{text}");
    let from_env = Command::new(env!("CARGO_BIN_EXE_mail-lsp"))
        .args(["explain", "5.1.1"])
        .env("LC_ALL", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&from_env).contains("Classe"));
}

#[test]
fn explain_accepts_every_documented_form() {
    for args in [
        &["550"][..],
        &["5.1.1"],
        &["550 5.1.1"],
        &["550-5.1.1"],
        &[
            "550", "5.1.1", "The", "email", "account", "does", "not", "exist",
        ],
        &["X.1.1"],
        &["5.1"],
    ] {
        let output = run(&[&["explain"][..], args].concat());
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!stdout(&output).is_empty());
    }
}

#[test]
fn explain_json() {
    let output = run(&["explain", "--json", "5.1.1"]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(value["code"], "5.1.1");
    assert_eq!(value["kind"], "enhanced");
    assert_eq!(value["known"], true);
    assert_eq!(value["registered"], true);
    assert_eq!(value["title"], "Bad destination mailbox address");
    let vendor: serde_json::Value =
        serde_json::from_slice(&run(&["explain", "--json", "5.7.606"]).stdout).unwrap();
    assert_eq!(
        (vendor["known"].clone(), vendor["registered"].clone()),
        (true.into(), false.into())
    );
    let reply: serde_json::Value =
        serde_json::from_slice(&run(&["explain", "--json", "421"]).stdout).unwrap();
    assert_eq!(reply["kind"], "reply");
}

#[test]
fn bad_input_exits_2_with_nearest_codes_and_nothing_on_stdout() {
    for (input, nearest) in [
        ("6.1.1", "5.1.1"),
        ("5..1", "5."),
        ("5.1.1000", "5.1.10"),
        ("5.a.1", "5."),
        ("5.01.1", "5.1.1"),
        ("55", "550"),
        ("599", "5"),
    ] {
        let output = run(&["explain", input]);
        assert_eq!(output.status.code(), Some(2), "{input}");
        assert!(output.stdout.is_empty(), "{input}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(
            error.contains("nearest valid codes") && error.contains(nearest),
            "{input}: {error}"
        );
    }
}

#[test]
fn check_reports_like_a_compiler() {
    let dir = std::env::temp_dir().join(format!("mail-lsp-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("mail.log");
    std::fs::write(
        &log,
        "Nov 22 09:44:03 mx postfix/smtp[1]: ABC: to=<a@b>, dsn=5.1.1000, status=bounced\n",
    )
    .unwrap();
    let output = run(&["check", log.to_str().unwrap()]);
    let text = stdout(&output);
    assert!(
        text.contains("mail.log:1:56: warning: malformed enhanced status code"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("[malformed-enhanced-code]"),
        "{text}"
    );
    assert_eq!(output.status.code(), Some(0), "warnings only");
    let json = run(&["check", "--format", "json", log.to_str().unwrap()]);
    let records: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(records[0]["rule"], "malformed-enhanced-code");
    let missing = run(&["check", dir.join("nope").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
    let directory = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(directory.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

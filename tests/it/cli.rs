//! The command line next to the server: `explain` and `check`.

use crate::support::BIN;
use std::process::Command;

#[test]
fn explain_prints_the_title() {
    let output = Command::new(BIN)
        .args(["explain", "550", "5.1.1", "--lang", "en"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Bad destination mailbox address"), "{text}");
}

#[test]
fn check_reads_a_real_log() {
    let path = format!(
        "{}/fixtures/logs/postfix-relay.log",
        env!("CARGO_MANIFEST_DIR")
    );
    let output = Command::new(BIN)
        .args(["check", &path, "--lang", "en"])
        .output()
        .unwrap();
    assert!(output.status.code().is_some(), "not killed by a signal");
}

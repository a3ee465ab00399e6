//! Stable-toolchain fuzz driver for the targets in `fuzz/src/lib.rs` (the
//! same code cargo-fuzz runs on nightly).
//!
//! - Always: every regression input under `fixtures/fuzz/` runs through every target.
//! - `MAIL_LSP_FUZZ_SECONDS=N` (default 0: skip): mutate a seed corpus for
//!   N seconds in all, shared between the targets; `MAIL_LSP_FUZZ_SEED`
//!   (default 1) makes a run repeatable. A panicking input is saved as
//!   `fixtures/fuzz/<target>-<seed>-<n>.bin` and the test fails.

#[path = "../../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

use crate::support::Rng;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/fuzz")
}

#[test]
fn regression_inputs_do_not_crash() {
    let mut count = 0;
    for entry in std::fs::read_dir(fixtures_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        for (name, target) in targets::TARGETS {
            let result = catch_unwind(AssertUnwindSafe(|| target(&data)));
            assert!(result.is_ok(), "{name} panics on {}", path.display());
        }
        count += 1;
    }
    assert!(count > 0, "fixtures/fuzz has regression inputs");
}

const DICTIONARY: &[&[u8]] = &[
    b"dsn=",
    b"said: ",
    b"550 ",
    b"550-",
    b"5.1.1",
    b"4.7.1",
    b"5.1.1000",
    b"5.",
    b"..",
    b"999",
    b"status=bounced (",
    b"reject: RCPT from x[1.2.3.4]: ",
    b"Diagnostic-Code: smtp; ",
    b"Status: ",
    b"stat=Deferred: ",
    b"reply=",
    b"C=\"",
    b" was: ",
    b"helo=<x>: ",
    b"Content-Length: ",
    b"content-length: 99999999999",
    b"\r\n\r\n",
    b"\r\n",
    b"\r",
    b"\n",
    b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"}",
    b"[]",
    b"null",
    b"\0",
    b"\xff",
    "😀".as_bytes(),
    "\u{2028}".as_bytes(),
    b"smtpd_recipient_restrictions = ",
    b"    ",
    b"FEATURE(`x')",
    b"esyscmd(touch /tmp/x)",
    b"DS",
    b"R$*",
    b"/^x/ REJECT ",
];

fn seeds() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = vec![
        b"Nov 22 09:44:03 mx postfix/smtp[1]: A: to=<a@b>, relay=x[1.2.3.4]:25, dsn=5.1.1, status=bounced (host x said: 550 5.1.1 <a@b>: unknown)".to_vec(),
        b"Content-Length: 52\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"p\":1}".to_vec(),
        b"Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no\n".to_vec(),
        b"550 5.1.1".to_vec(),
        b"main.cf: smtpd_banner = $myhostname\n  continued\n".to_vec(),
    ];
    let logs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/logs");
    for entry in std::fs::read_dir(logs).unwrap() {
        out.push(std::fs::read(entry.unwrap().path()).unwrap());
    }
    out
}

fn mutate(rng: &mut Rng, data: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let end = (at + rng.below(16)).min(data.len());
                data.drain(at.min(end)..end);
            }
            2 => {
                let word = rng.pick(DICTIONARY);
                data.splice(at..at, word.iter().copied());
            }
            3 => data.insert(at, rng.below(256) as u8),
            4 => {
                let other = rng.pick(corpus);
                let from = rng.below(other.len() + 1);
                let to = (from + rng.below(64)).min(other.len());
                data.splice(at..at, other[from..to].iter().copied());
            }
            5 if !data.is_empty() => {
                let from = rng.below(data.len());
                let to = (from + rng.below(32)).min(data.len());
                let copy = data[from..to].to_vec();
                for _ in 0..rng.below(50) {
                    data.splice(at..at, copy.iter().copied());
                }
            }
            _ => data.truncate(at),
        }
    }
    data.truncate(256 * 1024);
}

#[test]
fn fuzz_for_the_time_budget() {
    let seconds: u64 = std::env::var("MAIL_LSP_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if seconds == 0 {
        return;
    }
    let seed: u64 = std::env::var("MAIL_LSP_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut corpus = seeds();
    let per_target = Duration::from_secs(seconds) / targets::TARGETS.len() as u32;
    let mut crashes = Vec::new();
    for (index, (name, target)) in targets::TARGETS.into_iter().enumerate() {
        let mut rng = Rng::new(seed.wrapping_add(index as u64 * 7919));
        let deadline = Instant::now() + per_target;
        let mut runs = 0u64;
        while Instant::now() < deadline {
            let mut data = rng.pick(&corpus).clone();
            mutate(&mut rng, &mut data, &corpus);
            runs += 1;
            if catch_unwind(AssertUnwindSafe(|| target(&data))).is_err() {
                let path = fixtures_dir().join(format!("{name}-{seed}-{runs}.bin"));
                std::fs::write(&path, &data).unwrap();
                crashes.push(path);
                continue;
            }
            if rng.chance(2) && corpus.len() < 2000 {
                corpus.push(data);
            }
        }
        eprintln!("fuzz {name}: {runs} inputs in {per_target:?} (seed {seed})");
    }
    assert!(crashes.is_empty(), "crashing inputs saved: {crashes:?}");
}

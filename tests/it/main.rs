//! One integration-test binary (see ARCHITECTURE.md): the real `mail-lsp`
//! binary driven over stdio and on the command line, plus fixture sweeps.
//!
//! - `protocol`: what an editor does (negotiation, hover, completion, locale).
//! - `reliability`: malformed frames, lifecycle, panics, edits, pathological input.
//! - `faults`: the faults an adversarial probe found, each a test.
//! - `fuzz`: stable-toolchain fuzz driver (`MAIL_LSP_FUZZ_SECONDS`).
//! - `logread`: following messages, outline, tokens, hints, code lens, summary.
//! - `cli`: `explain` and `check`.
//! - `configs`: Postfix/Sendmail configs over stdio, and `check` on the config fixtures.
//! - `bounces`: `bounce --json` on the development bounces, against Sisimai.
//! - `reasons`: reason hovers, Postfix rules, reason inlay hints, the bounce code lens.
//! - `corpora`: the snapshot of every code found in the real corpora.
//! - `decoys`: numbers taken from the real corpora that are not codes get nothing.

mod bounces;
mod cli;
mod configs;
mod corpora;
mod decoys;
mod faults;
mod fuzz;
mod logread;
mod protocol;
mod reasons;
mod reliability;
mod support;

//! Black-box tests: the real `mail-lsp` binary driven over stdio.
//!
//! - `protocol`: what an editor does (negotiation, hover, completion, locale).
//! - `reliability`: malformed frames, lifecycle, panics, edits, pathological input.
//! - `model`: `Document::apply_changes` against a plain string model.
//! - `fuzz`: stable-toolchain fuzz driver (`MAIL_LSP_FUZZ_SECONDS`).
//! - `cli`: `explain` and `check`.

mod cli;
mod fuzz;
mod model;
mod protocol;
mod reliability;
mod support;

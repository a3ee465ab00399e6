//! Text in, findings with byte ranges out. Pure: no I/O, no LSP types.
//!
//! - `kinds`: which file is this (log, bounce, Postfix main.cf, ...).
//! - `logscan`: where the codes are in a log or bounce line, by context.
//! - `mime`: a message decoded into parts and texts that map back to the document.
//! - `diagnostics`, `hover`, `completion`: one feature per file.
//!
//! Positions are byte offsets. Logs are analysed line by line: a finding
//! depends on one line only, so an edit re-analyses only the lines it touches.

pub mod bounce;
pub mod completion;
pub mod config;
pub mod diagnostics;
pub mod hover;
pub mod kinds;
pub mod lines;
pub mod logscan;
pub mod mime;
#[cfg(test)]
mod multibyte_tests;
pub mod outline;
pub mod queue_ids;
pub mod reason;
#[cfg(test)]
pub(crate) mod test_support;
pub mod tokens;

pub use kinds::FileKind;

use crate::codes::Lang;

/// How serious a diagnostic is, in LSP's four levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

/// A text edit that fixes a diagnostic, on the same line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

/// A problem found on one line: `start..end` are byte columns in that line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub severity: Severity,
    /// A stable rule name, e.g. `unregistered-enhanced-code`.
    pub rule: &'static str,
    pub message: String,
    pub fixes: Vec<Fix>,
}

/// What the analysis needs to know of the user's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    /// Rules the user turned off, by name.
    pub disabled_rules: Vec<String>,
    /// The `postfix.version` setting: the Postfix a configuration is for.
    pub postfix_version: Option<config::version::Version>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::En,
            disabled_rules: Vec::new(),
            postfix_version: None,
        }
    }
}

impl Options {
    pub fn enabled(&self, rule: &str) -> bool {
        !self.disabled_rules.iter().any(|name| name == rule)
    }
}

/// The diagnostics of a whole document of any kind.
pub fn document_diagnostics(kind: FileKind, text: &str, options: &Options) -> Vec<Diagnostic> {
    if kind.is_log_like() {
        diagnostics::document_diagnostics(kind, text, options)
    } else {
        config::document_diagnostics(kind, text, options)
    }
}

/// Every rule name, for settings validation and documentation.
pub const RULES: &[&str] = &[
    diagnostics::MALFORMED_ENHANCED_CODE,
    diagnostics::UNREGISTERED_ENHANCED_CODE,
    diagnostics::UNKNOWN_REPLY_CODE,
    diagnostics::CLASS_MISMATCH,
    diagnostics::UNLISTED_PAIRING,
    config::UNKNOWN_PARAMETER,
    config::UNDEFINED_REFERENCE,
    config::DUPLICATE_PARAMETER,
    config::OBSOLETE_PARAMETER,
    config::BAD_CODE_VALUE,
    config::UNKNOWN_ACTION,
    config::ACTION_CLASS_MISMATCH,
    config::CONFIG_SYNTAX,
    config::TEMPLATE_PLACEHOLDER,
    config::POSTFIX_VERSION,
    config::DEPRECATED,
    config::MISSING_MAP,
];

//! Configuration files: Postfix main.cf, master.cf and lookup/pattern
//! tables; Sendmail access/virtusertable/mailertable, sendmail.cf and `.mc`.
//!
//! Pure text analysis: nothing is executed or expanded (no m4, no
//! `postconf`), and files named in a config are never opened. The user wrote
//! these files, so a wrong code is an error or a warning, not information;
//! but a false alarm on a working config is worse than a miss, so unknown
//! names that may be the user's own are only flagged when they look like a
//! typo of a known one.

pub(crate) mod exim;
pub mod maps;
pub mod navigate;
pub mod params;
mod postfix;
mod sendmail;
pub(crate) mod settings;
pub(crate) mod symbol;
mod template;
pub mod version;

#[cfg(test)]
mod hover_tests;
#[cfg(test)]
mod tests;

use super::completion::Completion;
use super::diagnostics::{self, CLASS_MISMATCH, UNKNOWN_REPLY_CODE, UNREGISTERED_ENHANCED_CODE};
use super::replies::{CodeFound, EnhancedToken};
use super::{Diagnostic, FileKind, Fix, Options, Severity};
use crate::codes::Lang;
use crate::codes::enhanced;
use crate::codes::lookup::{self, EnhancedVerdict};
use crate::codes::reply::{self, ReplyCode};
use crate::messages::config as messages;
use std::ops::Range;

pub const UNKNOWN_PARAMETER: &str = "unknown-parameter";
pub const UNDEFINED_REFERENCE: &str = "undefined-reference";
pub const DUPLICATE_PARAMETER: &str = "duplicate-parameter";
pub const OBSOLETE_PARAMETER: &str = "obsolete-parameter";
pub const BAD_CODE_VALUE: &str = "bad-code-value";
pub const UNKNOWN_ACTION: &str = "unknown-action";
pub const ACTION_CLASS_MISMATCH: &str = "action-class-mismatch";
pub const CONFIG_SYNTAX: &str = "config-syntax";
pub const TEMPLATE_PLACEHOLDER: &str = "template-placeholder";
pub const POSTFIX_VERSION: &str = "postfix-version";
pub const DEPRECATED: &str = "deprecated";
pub const MISSING_MAP: &str = "missing-map";

pub const RULES: &[&str] = &[
    UNKNOWN_PARAMETER,
    UNDEFINED_REFERENCE,
    DUPLICATE_PARAMETER,
    OBSOLETE_PARAMETER,
    BAD_CODE_VALUE,
    UNKNOWN_ACTION,
    ACTION_CLASS_MISMATCH,
    CONFIG_SYNTAX,
    TEMPLATE_PLACEHOLDER,
    POSTFIX_VERSION,
    DEPRECATED,
    MISSING_MAP,
];

/// True for the kinds this module analyses.
pub fn is_config(kind: FileKind) -> bool {
    kind.is_config()
}

/// One logical line: physical lines joined by `\n` (Postfix continuation
/// lines start with white space; comment lines inside are skipped).
#[derive(Debug, Clone)]
pub(crate) struct Logical {
    pub text: String,
    /// `(physical line index, offset of its start in text)`.
    pub parts: Vec<(usize, usize)>,
}

impl Logical {
    /// `(physical line, column)` of a logical offset.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let index = self
            .parts
            .partition_point(|&(_, start)| start <= offset)
            .saturating_sub(1);
        let (line, start) = self.parts[index];
        (line, offset - start)
    }

    /// The logical offset of `(line, column)`, when the line is part of this one.
    pub fn offset_of(&self, line: usize, column: usize) -> Option<usize> {
        let index = self.parts.iter().position(|&(l, _)| l == line)?;
        let start = self.parts[index].1;
        let end = self
            .parts
            .get(index + 1)
            .map_or(self.text.len(), |&(_, next)| next - 1);
        Some((start + column).min(end))
    }

    /// A logical range on one physical line (clamped to the first one).
    pub fn span(&self, range: Range<usize>) -> (usize, Range<usize>) {
        let (line, start) = self.locate(range.start);
        let (end_line, end) = self.locate(range.end.max(range.start));
        if end_line == line {
            (line, start..end)
        } else {
            let line_end = self
                .parts
                .iter()
                .position(|&(l, _)| l == line)
                .and_then(|i| self.parts.get(i + 1))
                .map_or(self.text.len(), |&(_, next)| next - 1);
            let (_, end) = self.locate(line_end);
            (line, start..end)
        }
    }
}

/// Splits `text` into logical lines. With `continuation`, a line that starts
/// with white space continues the previous one; `#` lines are comments.
pub(crate) fn logical_lines(text: &str, continuation: bool) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    let mut open = false;
    for (index, _, line) in super::lines::lines(text) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        // Comments and template lines (`{% if %}`) do not end a logical
        // line: Postfix never sees the second, and skips the first.
        if trimmed.starts_with('#') || template::is_template_line(line) {
            continue;
        }
        let continues = continuation && open && line.starts_with([' ', '\t']);
        if continues && let Some(last) = out.last_mut() {
            last.text.push('\n');
            let start = last.text.len();
            last.text.push_str(line);
            last.parts.push((index, start));
        } else {
            out.push(Logical {
                text: line.to_string(),
                parts: vec![(index, 0)],
            });
            open = true;
        }
    }
    out
}

/// Whitespace-separated tokens of `text` from `from`: `(start, token)`.
pub(crate) fn tokens(text: &str, from: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[from..].char_indices() {
        let i = i + from;
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, &text[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// A token that reads as an enhanced code (digits and dots, starting with a digit).
pub(crate) fn looks_enhanced(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token.contains('.')
        && token.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// A three-digit token.
pub(crate) fn reply_token(token: &str) -> Option<ReplyCode> {
    (token.len() == 3 && token.bytes().all(|b| b.is_ascii_digit()))
        .then(|| reply::parse(token))
        .flatten()
}

pub(crate) fn enhanced_token(token: &str) -> EnhancedToken {
    match enhanced::parse(token) {
        Ok(code) => EnhancedToken::Valid(code),
        Err(reason) => EnhancedToken::Malformed(reason),
    }
}

/// A code written in a config, with the class its context demands.
#[derive(Debug, Clone)]
pub(crate) struct Code {
    pub line: usize,
    pub found: CodeFound,
    /// `(class digit, context)`: `REJECT` wants 5, `DEFER` 4, ...
    pub expect: Option<(u8, String)>,
}

/// What a scanner finds: codes and config-specific diagnostics.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub codes: Vec<Code>,
    pub diags: Vec<Diagnostic>,
    /// Exim's configuration: a code of the wrong class is replaced by
    /// Exim's own, with a panic log, not sent as written.
    pub exim: bool,
}

impl Scan {
    /// Records a reply and/or enhanced code given by logical ranges.
    pub fn code(
        &mut self,
        logical: &Logical,
        reply: Option<Range<usize>>,
        enhanced: Option<Range<usize>>,
        expect: Option<(u8, &str)>,
    ) {
        let expect = expect.map(|(digit, context)| (digit, context.to_string()));
        let reply = reply.and_then(|range| {
            let code = reply_token(&logical.text[range.clone()])?;
            Some((logical.span(range), code))
        });
        let enhanced = enhanced.map(|range| {
            let token = enhanced_token(&logical.text[range.clone()]);
            (logical.span(range), token)
        });
        match (reply, enhanced) {
            (Some(((l1, r1), code)), Some(((l2, r2), token))) if l1 == l2 => {
                self.codes.push(Code {
                    line: l1,
                    found: CodeFound::written(Some((r1, code)), Some((r2, token))),
                    expect,
                });
            }
            (reply, enhanced) => {
                if let Some(((line, range), code)) = reply {
                    self.codes.push(Code {
                        line,
                        found: CodeFound::written(Some((range, code)), None),
                        expect: expect.clone(),
                    });
                }
                if let Some(((line, range), token)) = enhanced {
                    self.codes.push(Code {
                        line,
                        found: CodeFound::written(None, Some((range, token))),
                        expect,
                    });
                }
            }
        }
    }

    pub fn diag(
        &mut self,
        logical: &Logical,
        range: Range<usize>,
        severity: Severity,
        rule: &'static str,
        message: String,
        fixes: Vec<(String, String)>,
    ) {
        let (line, columns) = logical.span(range);
        self.diags.push(Diagnostic {
            line,
            start: columns.start,
            end: columns.end,
            severity,
            rule,
            message,
            fixes: fixes
                .into_iter()
                .map(|(title, replacement)| Fix {
                    title,
                    start: columns.start,
                    end: columns.end,
                    replacement,
                })
                .collect(),
        });
    }
}

/// `text` with its template markup masked (see `template`).
pub(crate) fn masked(kind: FileKind, text: &str) -> std::borrow::Cow<'_, str> {
    let braces = if kind == FileKind::EximConf {
        template::Braces::Spaced
    } else {
        template::Braces::Any
    };
    template::mask(text, &template::spans(text, braces))
}

/// A word a script replaces (`PH_MAX_SERVERS`) where a value is expected:
/// a hint, never an error.
pub(crate) fn placeholder_hint(
    logical: &Logical,
    range: Range<usize>,
    word: &str,
    scan: &mut Scan,
    lang: Lang,
) {
    scan.diag(
        logical,
        range,
        Severity::Hint,
        TEMPLATE_PLACEHOLDER,
        messages::TemplatePlaceholder { word: &word }.get(lang),
        Vec::new(),
    );
}

/// ` (did you mean X?)`, or nothing.
pub(crate) fn did_you_mean(suggestion: Option<&str>, lang: Lang) -> String {
    suggestion.map_or(String::new(), |name| {
        messages::DidYouMean { name: &name }.get(lang)
    })
}

/// The quick fix that replaces a name with the suggested one, if any.
pub(crate) fn replace_fix(suggestion: Option<&str>, lang: Lang) -> Vec<(String, String)> {
    suggestion
        .map(|name| {
            (
                messages::ReplaceWith { name: &name }.get(lang),
                name.to_string(),
            )
        })
        .into_iter()
        .collect()
}

fn scan(kind: FileKind, text: &str, options: &Options) -> Scan {
    let masked = masked(kind, text);
    let text = masked.as_ref();
    let lang = options.lang;
    match kind {
        FileKind::PostfixMain => postfix::main_cf(text, options),
        FileKind::PostfixMaster => postfix::master_cf(text, options),
        FileKind::PostfixTable => postfix::table(text, lang),
        FileKind::SendmailTable => sendmail::table(text, lang),
        FileKind::SendmailCf | FileKind::SendmailMc => sendmail::rules(text, kind),
        FileKind::EximConf => exim::scan(text),
        _ => Scan::default(),
    }
}

/// Every code written in a config, with its physical line.
pub fn codes(kind: FileKind, text: &str) -> Vec<(usize, CodeFound)> {
    scan(kind, text, &Options::default())
        .codes
        .into_iter()
        .map(|code| (code.line, code.found))
        .collect()
}

/// The diagnostics of a whole config file.
pub fn document_diagnostics(kind: FileKind, text: &str, options: &Options) -> Vec<Diagnostic> {
    if let Some(binary) = binary_file(text, options) {
        return vec![binary];
    }
    let scan = scan(kind, text, options);
    let mut out: Vec<Diagnostic> = scan
        .diags
        .into_iter()
        .filter(|d| options.enabled(d.rule))
        .collect();
    let lines: Vec<&str> = super::lines::lines(text).map(|(_, _, l)| l).collect();
    for code in &scan.codes {
        let line = lines.get(code.line).copied().unwrap_or("");
        let mut found = Vec::new();
        diagnostics::code_diagnostics(&code.found, code.line, line, options, &mut found);
        let std::ops::Range { start: lo, end: hi } = code.found.span();
        for mut diag in found {
            if diag.start > diag.end {
                diag.start = lo;
                diag.end = hi;
            }
            if diag.rule == CLASS_MISMATCH {
                diag.message =
                    class_mismatch(&code.found, kind, options.lang).unwrap_or(diag.message);
            }
            // The user wrote it: raise what a log would only mention.
            diag.severity = match diag.rule {
                CLASS_MISMATCH => Severity::Error,
                UNKNOWN_REPLY_CODE => Severity::Warning,
                UNREGISTERED_ENHANCED_CODE => match &code.found.enhanced {
                    Some((_, EnhancedToken::Valid(c)))
                        if matches!(lookup::verdict(*c), EnhancedVerdict::Vendor(_)) =>
                    {
                        Severity::Information
                    }
                    _ => Severity::Warning,
                },
                _ => diag.severity,
            };
            out.push(diag);
        }
        expectation(code, scan.exim, options, &mut out);
    }
    out.sort_by_key(|d| (d.line, d.start));
    out
}

/// A reply and an enhanced code of different classes, written in a
/// configuration: the MTA sends them as written (Postfix alone fixes the
/// enhanced class of its table actions).
fn class_mismatch(found: &CodeFound, kind: FileKind, lang: Lang) -> Option<String> {
    let (_, reply) = found.reply.as_ref()?;
    let Some((_, EnhancedToken::Valid(code))) = &found.enhanced else {
        return None;
    };
    let mut message = messages::ClassMismatchConfig {
        reply,
        reply_class: &reply.class_digit(),
        code,
        class: &code.class,
    }
    .get(lang);
    if matches!(
        kind,
        FileKind::PostfixMain | FileKind::PostfixMaster | FileKind::PostfixTable
    ) {
        message.push_str(messages::ClassMismatchPostfixRewrites.get(lang));
    }
    message.push('.');
    Some(message)
}

/// A file with NUL bytes is not a config (a `.db` map, a binary saved
/// under a config's name): one warning instead of an error per line.
fn binary_file(text: &str, options: &Options) -> Option<Diagnostic> {
    let nul = memchr::memchr(0, text.as_bytes())?;
    if !options.enabled(CONFIG_SYNTAX) {
        return None;
    }
    let (line, _, _) = super::lines::lines(text)
        .take_while(|&(_, start, _)| start <= nul)
        .last()
        .unwrap_or((0, 0, ""));
    Some(Diagnostic {
        line,
        start: 0,
        end: 0,
        severity: Severity::Warning,
        rule: CONFIG_SYNTAX,
        message: messages::BinaryFile.get(options.lang).to_string(),
        fixes: Vec::new(),
    })
}

/// `REJECT 4.7.1`, `DEFER 5.7.1`, `TEMP:550`: the context demands a class.
fn expectation(code: &Code, exim: bool, options: &Options, out: &mut Vec<Diagnostic>) {
    let Some((want, context)) = &code.expect else {
        return;
    };
    if !options.enabled(ACTION_CLASS_MISMATCH) {
        return;
    }
    let lang = options.lang;
    if let Some((range, reply)) = &code.found.reply
        && reply.class_digit() != *want
    {
        out.push(Diagnostic {
            line: code.line,
            start: range.start,
            end: range.end,
            severity: Severity::Error,
            rule: ACTION_CLASS_MISMATCH,
            message: if exim {
                messages::ActionTakesClassExim {
                    context,
                    class: want,
                    reply,
                }
                .get(lang)
            } else {
                messages::ActionTakesClass {
                    context,
                    class: want,
                    reply,
                }
                .get(lang)
            },
            fixes: Vec::new(),
        });
        return;
    }
    if code.found.reply.is_some() {
        // The reply/enhanced pairing is checked by `class-mismatch`.
        return;
    }
    if let Some((range, EnhancedToken::Valid(found))) = &code.found.enhanced
        && found.class != *want
    {
        let fixed = format!("{want}.{}.{}", found.subject, found.detail);
        out.push(Diagnostic {
            line: code.line,
            start: range.start,
            end: range.end,
            severity: Severity::Error,
            rule: ACTION_CLASS_MISMATCH,
            message: messages::ActionEnhancedClass {
                context,
                class: want,
                code: found,
                fixed: &fixed,
            }
            .get(lang),
            fixes: vec![Fix {
                title: messages::FixEnhancedClass { code: &fixed }.get(lang),
                start: range.start,
                end: range.end,
                replacement: fixed,
            }],
        });
    }
}

/// Hover in a config file at `(line, column)`: `(range on that line, markdown)`.
pub fn hover(
    kind: FileKind,
    text: &str,
    line: usize,
    column: usize,
    options: &Options,
) -> Option<(Range<usize>, String)> {
    let lang = options.lang;
    let line_text = super::lines::lines(text).nth(line).map(|(_, _, l)| l)?;
    let column = column.min(line_text.len());
    if !line_text.is_char_boundary(column) {
        return None;
    }
    let scan = scan(kind, text, options);
    if let Some(code) = scan
        .codes
        .iter()
        .find(|code| code.line == line && code.found.contains(column))
    {
        return Some((
            code.found.span(),
            super::hover::markdown_for(&code.found, line_text, lang, options.hover_verbosity),
        ));
    }
    match kind {
        FileKind::PostfixMain => postfix::main_hover(text, line, column, options),
        FileKind::PostfixMaster => postfix::master_hover(text, line, column, options),
        _ => None,
    }
}

/// Completion in a config file at `(line, column)`.
pub fn completion(
    kind: FileKind,
    text: &str,
    line: usize,
    column: usize,
    options: &Options,
) -> Vec<Completion> {
    let lang = options.lang;
    let Some(line_text) = super::lines::lines(text).nth(line).map(|(_, _, l)| l) else {
        return Vec::new();
    };
    let column = column.min(line_text.len());
    if !line_text.is_char_boundary(column) {
        return Vec::new();
    }
    match kind {
        FileKind::PostfixMain => postfix::main_completion(text, line, line_text, column, options),
        FileKind::PostfixMaster => postfix::master_completion(text, line_text, column, options),
        FileKind::PostfixTable => postfix::table_completion(line_text, column, lang),
        FileKind::SendmailTable | FileKind::SendmailCf | FileKind::SendmailMc => {
            sendmail::completion(line_text, column, lang)
        }
        FileKind::EximConf => exim::completion(text, line, line_text, column, lang),
        _ => Vec::new(),
    }
}

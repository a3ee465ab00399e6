//! Exim's runtime configuration: `exim4.conf`, `exim.conf`, `configure`,
//! the `.template` Debian builds from, and Debian's split `conf.d/*/`
//! pieces.
//!
//! The grammar is the spec's ("The Exim run time configuration file" and
//! "Access control lists"): `#` lines are comments, a trailing backslash
//! continues a line, `.ifdef`/`.include` directives stand on lines of their
//! own, `NAME = value` defines a macro, `begin <section>` opens the ACL,
//! router, transport, authenticator, retry and rewrite sections, and
//! `name:` opens an ACL or a driver inside them. An ACL statement is a
//! verb (`accept`, `defer`, `deny`, `discard`, `drop`, `require`, `warn`)
//! followed by conditions and modifiers, one per line.
//!
//! Codes live where Exim reads them: at the start of a `message` (the SMTP
//! answer, whose first digit must be the verb's: 5 for `deny`, `drop` and
//! `require`, 4 for `defer`; Exim logs a panic and keeps its own code
//! otherwise) and `log_message`, after `control = fakereject/` (5) and
//! `fakedefer/` (4), and after `:fail:` (5) and `:defer:` (4) in
//! redirection data and alias files. Exim reads a code there only as three
//! digits then a space, then optionally `n.n.n` and a space.

use super::{Logical, Scan, looks_enhanced, reply_token, tokens};
use crate::analysis::completion::{self, Completion, Slot};
use crate::codes::Lang;
use std::ops::Range;

const VERBS: &[&str] = &[
    "accept", "defer", "deny", "discard", "drop", "require", "warn",
];

/// The parts of the configuration, opened by `begin <name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Main,
    Acl,
    Routers,
    Transports,
    Authenticators,
    Retry,
    Rewrite,
    Other,
}

impl Section {
    fn named(word: &str) -> Section {
        match word.to_ascii_lowercase().as_str() {
            "acl" | "acls" => Section::Acl,
            "routers" => Section::Routers,
            "transports" => Section::Transports,
            "authenticators" => Section::Authenticators,
            "retry" => Section::Retry,
            "rewrite" => Section::Rewrite,
            _ => Section::Other,
        }
    }

    /// Sections made of `name:` blocks.
    fn has_blocks(self) -> bool {
        matches!(
            self,
            Section::Acl | Section::Routers | Section::Transports | Section::Authenticators
        )
    }
}

/// What a name defined in the file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DefKind {
    Section,
    Acl,
    Router,
    Transport,
    Authenticator,
    Macro,
    /// `domainlist`, `hostlist`, `addresslist`, `localpartlist`.
    List,
    /// A main or driver option.
    Option,
}

/// A name defined in the file: logical line and logical range of the name.
#[derive(Debug, Clone)]
pub(crate) struct Def {
    pub kind: DefKind,
    pub name: String,
    pub line: usize,
    pub name_range: Range<usize>,
    /// The value (options, macros, lists) or `driver =` (drivers).
    pub detail: String,
    /// The block it belongs to (drivers and ACLs hold their options).
    pub parent: Option<usize>,
}

/// A `name = value` setting, an ACL condition or modifier.
#[derive(Debug, Clone)]
pub(crate) struct Setting {
    pub line: usize,
    pub section: Section,
    /// The ACL statement's verb, lower case.
    pub verb: Option<String>,
    pub name: String,
    pub value: Range<usize>,
}

#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub lines: Vec<Logical>,
    pub defs: Vec<Def>,
    pub settings: Vec<Setting>,
}

/// Exim's logical lines: comment lines (`#`), blank lines and directives
/// (`.ifdef`, `.include`, ...) dropped; a line ending with a backslash
/// continues on the next one that is not a comment.
pub(crate) fn logical_lines(text: &str) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    let mut open = false;
    for (index, _, line) in crate::analysis::lines::lines(text) {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            continue;
        }
        if trimmed.is_empty() || (trimmed.starts_with('.') && !open) {
            open = false;
            continue;
        }
        if super::template::is_template_line(line) {
            continue;
        }
        if open && let Some(last) = out.last_mut() {
            last.text.push('\n');
            let start = last.text.len();
            last.text.push_str(line);
            last.parts.push((index, start));
        } else {
            out.push(Logical {
                text: line.to_string(),
                parts: vec![(index, 0)],
            });
        }
        open = trimmed.ends_with('\\');
    }
    out
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.'
}

/// `name:` alone on its line: the start of an ACL or a driver.
fn block_label(text: &str) -> Option<Range<usize>> {
    let start = text.len() - text.trim_start().len();
    let rest = text[start..].trim_end();
    let name = rest.strip_suffix(':')?.trim_end();
    (!name.is_empty() && name.bytes().all(is_name_byte)).then(|| start..start + name.len())
}

/// `name = value` from `from`: `(name range, value range)`; the value runs
/// to the end of the logical line.
fn assignment(text: &str, from: usize) -> Option<(Range<usize>, Range<usize>)> {
    let start = from + (text[from..].len() - text[from..].trim_start().len());
    let name_len = text[start..]
        .bytes()
        .take_while(|&b| is_name_byte(b))
        .count();
    if name_len == 0 {
        return None;
    }
    let after = start + name_len;
    let rest = &text[after..];
    let eq = after + (rest.len() - rest.trim_start().len());
    if !text[eq..].starts_with('=') {
        return None;
    }
    let mut value = eq + 1;
    if text[value..].starts_with('=') {
        value += 1; // `MACRO == value` redefines.
    }
    value += text[value..].len() - text[value..].trim_start().len();
    Some((start..after, value..text.trim_end().len().max(value)))
}

/// Router, transport and authenticator drivers Exim ships.
const ROUTER_DRIVERS: &[&str] = &[
    "accept",
    "dnslookup",
    "ipliteral",
    "iplookup",
    "manualroute",
    "queryprogram",
    "redirect",
];
const TRANSPORT_DRIVERS: &[&str] = &[
    "appendfile",
    "autoreply",
    "lmtp",
    "pipe",
    "queuefile",
    "smtp",
];

/// The section of the block that starts after a `name:` line, from its
/// first statement: an ACL verb, or a `driver =` of a router, a transport
/// or (any other driver) an authenticator. `None` when nothing tells.
fn infer_section(rest: &[Logical]) -> Option<Section> {
    for logical in rest {
        let text = logical.text.trim_start();
        if block_label(text).is_some() {
            return None;
        }
        let word = text.split_whitespace().next().unwrap_or("");
        if VERBS.contains(&word.to_ascii_lowercase().as_str()) {
            return Some(Section::Acl);
        }
        if let Some((name, value)) = assignment(text, 0)
            && text[name].eq_ignore_ascii_case("driver")
        {
            let driver = text[value].trim().to_ascii_lowercase();
            return Some(if ROUTER_DRIVERS.contains(&driver.as_str()) {
                Section::Routers
            } else if TRANSPORT_DRIVERS.contains(&driver.as_str()) {
                Section::Transports
            } else {
                Section::Authenticators
            });
        }
    }
    None
}

/// Reads the whole file.
pub(crate) fn parse(text: &str) -> Parsed {
    let lines = logical_lines(text);
    let mut defs: Vec<Def> = Vec::new();
    let mut settings = Vec::new();
    let mut section = Section::Main;
    let mut block: Option<usize> = None;
    let mut verb: Option<String> = None;
    for (index, logical) in lines.iter().enumerate() {
        let text = logical.text.as_str();
        let trimmed = text.trim_start();
        let indent = text.len() - trimmed.len();
        let first_word = trimmed
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        if first_word.eq_ignore_ascii_case("begin") {
            let rest = trimmed[first_word.len()..].trim();
            section = Section::named(rest);
            block = None;
            verb = None;
            let start = indent
                + first_word.len()
                + (trimmed[first_word.len()..].len()
                    - trimmed[first_word.len()..].trim_start().len());
            defs.push(Def {
                kind: DefKind::Section,
                name: rest.to_string(),
                line: index,
                name_range: start..start + rest.len(),
                detail: String::new(),
                parent: None,
            });
            continue;
        }
        // Macros: a line starting with a capital letter, in the main part
        // and between blocks.
        if trimmed.starts_with(|c: char| c.is_ascii_uppercase())
            && let Some((name, value)) = assignment(text, 0)
        {
            defs.push(Def {
                kind: DefKind::Macro,
                name: text[name.clone()].to_string(),
                line: index,
                name_range: name,
                detail: text[value].to_string(),
                parent: None,
            });
            continue;
        }
        // A `name:` line before any `begin`: a piece of a split
        // configuration (Debian's conf.d/acl/...), whose `begin` is in
        // another file; what follows says which section it is.
        if section == Section::Main
            && block_label(text).is_some()
            && let Some(inferred) = infer_section(&lines[index + 1..])
        {
            section = inferred;
        }
        if section.has_blocks()
            && let Some(name) = block_label(text)
        {
            let kind = match section {
                Section::Acl => DefKind::Acl,
                Section::Routers => DefKind::Router,
                Section::Transports => DefKind::Transport,
                _ => DefKind::Authenticator,
            };
            defs.push(Def {
                kind,
                name: text[name.clone()].to_string(),
                line: index,
                name_range: name,
                detail: String::new(),
                parent: None,
            });
            block = Some(defs.len() - 1);
            verb = None;
            continue;
        }
        match section {
            Section::Main => {
                let lower = first_word.to_ascii_lowercase();
                let list = lower
                    .strip_suffix("_cache")
                    .unwrap_or(&lower)
                    .strip_suffix("list")
                    .is_some_and(|k| matches!(k, "domain" | "host" | "address" | "localpart"));
                let from = if list || lower == "hide" {
                    indent + first_word.len()
                } else {
                    0
                };
                if let Some((name, value)) = assignment(text, from) {
                    defs.push(Def {
                        kind: if list { DefKind::List } else { DefKind::Option },
                        name: text[name.clone()].to_string(),
                        line: index,
                        name_range: name.clone(),
                        detail: text[value.clone()].to_string(),
                        parent: None,
                    });
                    settings.push(Setting {
                        line: index,
                        section,
                        verb: None,
                        name: text[name].to_ascii_lowercase(),
                        value,
                    });
                }
            }
            Section::Acl => {
                let lower = first_word.to_ascii_lowercase();
                let mut from = 0;
                if VERBS.contains(&lower.as_str()) {
                    verb = Some(lower);
                    from = indent + first_word.len();
                }
                // `!verify = recipient`, `set acl_m0 = x`.
                let rest = &text[from..];
                let mut at = from + (rest.len() - rest.trim_start().len());
                if text[at..].starts_with('!') {
                    at += 1;
                }
                if text[at..].starts_with("set ") {
                    at += 4;
                }
                if let Some((name, value)) = assignment(text, at) {
                    settings.push(Setting {
                        line: index,
                        section,
                        verb: verb.clone(),
                        name: text[name].to_ascii_lowercase(),
                        value,
                    });
                }
            }
            Section::Routers | Section::Transports | Section::Authenticators => {
                let from = if first_word == "hide" {
                    indent + first_word.len()
                } else {
                    0
                };
                if let Some((name, value)) = assignment(text, from) {
                    let name_text = text[name.clone()].to_ascii_lowercase();
                    if let Some(parent) = block {
                        if name_text == "driver" {
                            defs[parent].detail = format!("driver = {}", &text[value.clone()]);
                        }
                        defs.push(Def {
                            kind: DefKind::Option,
                            name: text[name.clone()].to_string(),
                            line: index,
                            name_range: name,
                            detail: text[value.clone()].to_string(),
                            parent: Some(parent),
                        });
                    }
                    settings.push(Setting {
                        line: index,
                        section,
                        verb: None,
                        name: name_text,
                        value,
                    });
                }
            }
            _ => {}
        }
    }
    Parsed {
        lines,
        defs,
        settings,
    }
}

/// The class a code must have where it stands, and the context's name.
fn expected(setting: &Setting) -> Option<(u8, &'static str)> {
    if setting.name != "message" {
        return None;
    }
    match setting.verb.as_deref()? {
        "deny" => Some((5, "deny")),
        "drop" => Some((5, "drop")),
        "require" => Some((5, "require")),
        "defer" => Some((4, "defer")),
        _ => None,
    }
}

/// A response written at `at`: `NNN ` then optionally `n.n.n `.
fn response_code(logical: &Logical, at: usize, expect: Option<(u8, &str)>, scan: &mut Scan) {
    let text = &logical.text;
    let words = tokens(text, at);
    let Some(&(start, first)) = words.first() else {
        return;
    };
    // Exim takes a code only when white space follows it: a message that
    // is just `550` is text.
    if start != at || reply_token(first).is_none() || words.len() < 2 {
        return;
    }
    let enhanced = words
        .get(1)
        .filter(|(_, t)| looks_enhanced(t))
        .map(|&(s, t)| s..s + t.len());
    scan.code(logical, Some(start..start + 3), enhanced, expect);
}

/// `:fail:` and `:defer:` followed by a response, anywhere in `range`.
pub(crate) fn redirect_items(logical: &Logical, range: Range<usize>, scan: &mut Scan) {
    let text = &logical.text;
    for (item, class, context) in [(":fail:", 5, ":fail:"), (":defer:", 4, ":defer:")] {
        let mut from = range.start;
        while let Some(found) = text[from..range.end].find(item) {
            let after = from + found + item.len();
            let at = after + (text[after..].len() - text[after..].trim_start().len());
            response_code(logical, at, Some((class, context)), scan);
            from = after;
        }
    }
}

/// The codes of an Exim configuration.
pub(crate) fn scan(text: &str) -> Scan {
    let parsed = parse(text);
    let mut scan = Scan {
        exim: true,
        ..Scan::default()
    };
    for setting in &parsed.settings {
        let logical = &parsed.lines[setting.line];
        let value = setting.value.clone();
        if setting.section == Section::Acl {
            match setting.name.as_str() {
                // With `warn`, `message` adds a header line: not an answer.
                "message" if setting.verb.as_deref() != Some("warn") => {
                    response_code(logical, value.start, expected(setting), &mut scan);
                }
                "log_message" => response_code(logical, value.start, None, &mut scan),
                "control" => {
                    let text = &logical.text[value.clone()];
                    for (control, class) in [("fakereject/", 5), ("fakedefer/", 4)] {
                        if let Some(rest) = text.strip_prefix(control) {
                            let at = value.end - rest.len();
                            let name = &control[..control.len() - 1];
                            response_code(logical, at, Some((class, name)), &mut scan);
                        }
                    }
                }
                _ => {}
            }
        }
        redirect_items(logical, value, &mut scan);
    }
    scan
}

/// Completion at `(line, column)`: reply codes of the class Exim wants
/// after `message = ` (by verb), `:fail: `, `:defer: `, `fakereject/`,
/// `fakedefer/`; enhanced codes of the reply's class after a reply.
pub(crate) fn completion(
    text: &str,
    line: usize,
    line_text: &str,
    column: usize,
    lang: Lang,
) -> Vec<Completion> {
    let before = &line_text[..column];
    if let Some((start, slot @ Slot::Enhanced { .. })) = completion::log_slot(before, column) {
        return completion::items(slot, &before[start..], start..column, lang);
    }
    let token_start = before
        .bytes()
        .rposition(|b| !b.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let typed = &before[token_start..];
    let context = before[..token_start].trim_end();
    let spaced = context.len() < token_start;
    let classes: Option<&'static [u8]> = if spaced && context.ends_with(":fail:") {
        Some(&[5])
    } else if spaced && context.ends_with(":defer:") {
        Some(&[4])
    } else if before[..token_start].ends_with("fakereject/") {
        Some(&[5])
    } else if before[..token_start].ends_with("fakedefer/") {
        Some(&[4])
    } else if context.ends_with('=') && context[..context.len() - 1].trim_end().ends_with("message")
    {
        let verb = statement_verb(text, line);
        match verb.as_deref() {
            Some("deny" | "drop" | "require") => Some(&[5]),
            Some("defer") => Some(&[4]),
            Some("warn") => None,
            _ => Some(&[5, 4]),
        }
    } else {
        None
    };
    match classes {
        Some(classes) => {
            completion::items(Slot::Reply { classes }, typed, token_start..column, lang)
        }
        None => Vec::new(),
    }
}

/// The verb of the ACL statement that physical line `line` belongs to.
fn statement_verb(text: &str, line: usize) -> Option<String> {
    let parsed = parse(text);
    let mut verb = None;
    for (index, logical) in parsed.lines.iter().enumerate() {
        let (first, _) = logical.parts[0];
        if first > line {
            break;
        }
        let word = logical
            .text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if VERBS.contains(&word.as_str()) {
            verb = Some(word);
        } else if block_label(&logical.text).is_some() {
            verb = None;
        }
        let _ = index;
    }
    verb
}

/// The logical line holding absolute `offset`, and the offset in it.
fn logical_at(parsed: &Parsed, starts: &[usize], offset: usize) -> Option<(usize, usize)> {
    let line = starts.partition_point(|&s| s <= offset).checked_sub(1)?;
    let column = offset - starts[line];
    parsed
        .lines
        .iter()
        .enumerate()
        .find_map(|(index, logical)| Some((index, logical.offset_of(line, column)?)))
}

/// The name under logical offset `at`: `(range, with a leading '+')`.
fn word_at(text: &str, at: usize) -> Option<(Range<usize>, bool)> {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let mut start = at;
    while start > 0 && is_name_byte(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = at;
    while end < bytes.len() && is_name_byte(bytes[end]) {
        end += 1;
    }
    // A trailing dot ends a sentence, not a name.
    while end > start && bytes[end - 1] == b'.' {
        end -= 1;
    }
    (end > start).then(|| (start..end, start > 0 && bytes[start - 1] == b'+'))
}

/// Names one can jump to: ACLs, drivers, macros, named lists.
fn is_target(kind: DefKind) -> bool {
    !matches!(kind, DefKind::Section | DefKind::Option)
}

fn target<'a>(parsed: &'a Parsed, name: &str, plus: bool) -> Option<&'a Def> {
    parsed
        .defs
        .iter()
        .rev()
        .filter(|d| is_target(d.kind) && (!plus || d.kind == DefKind::List))
        .find(|d| d.name == name)
}

/// The name under absolute byte `offset` of an Exim configuration (masked
/// text): `(name, written with a leading '+')`.
pub(crate) fn name_at(text: &str, offset: usize) -> Option<(String, bool)> {
    let parsed = parse(text);
    let starts = super::symbol::line_starts(text);
    let (index, at) = logical_at(&parsed, &starts, offset)?;
    let logical = &parsed.lines[index];
    let (range, plus) = word_at(&logical.text, at)?;
    Some((logical.text[range].to_string(), plus))
}

/// Where `name` (an ACL, router, transport, authenticator, macro, or with
/// `plus` a named list) is defined in `text`, absolute bytes.
pub(crate) fn find_definition(text: &str, name: &str, plus: bool) -> Option<Range<usize>> {
    let parsed = parse(text);
    let starts = super::symbol::line_starts(text);
    let def = target(&parsed, name, plus)?;
    Some(super::symbol::absolute(
        &starts,
        &parsed.lines[def.line],
        def.name_range.clone(),
    ))
}

/// Where the ACL, router, transport, authenticator, macro or named list
/// under the cursor is defined (`acl_smtp_rcpt = acl_check_rcpt` goes to
/// `acl_check_rcpt:`, `+local_domains` to its `domainlist`). `text` is
/// masked.
pub(crate) fn definition(text: &str, offset: usize) -> Option<Range<usize>> {
    let (name, plus) = name_at(text, offset)?;
    find_definition(text, &name, plus)
}

/// Every whole-word use of the name under the cursor (and, with
/// `include_declaration`, its definition), in document order.
pub(crate) fn references(
    text: &str,
    offset: usize,
    include_declaration: bool,
) -> Vec<Range<usize>> {
    let parsed = parse(text);
    let starts = super::symbol::line_starts(text);
    let Some((index, at)) = logical_at(&parsed, &starts, offset) else {
        return Vec::new();
    };
    let logical = &parsed.lines[index];
    let Some((range, plus)) = word_at(&logical.text, at) else {
        return Vec::new();
    };
    let name = &logical.text[range];
    let Some(def) = target(&parsed, name, plus) else {
        return Vec::new();
    };
    let definition =
        super::symbol::absolute(&starts, &parsed.lines[def.line], def.name_range.clone());
    let mut out = Vec::new();
    for logical in &parsed.lines {
        let bytes = logical.text.as_bytes();
        let mut from = 0;
        while let Some(found) = logical.text[from..].find(name) {
            let start = from + found;
            let end = start + name.len();
            from = end;
            let bounded = (start == 0 || !is_name_byte(bytes[start - 1]))
                && bytes
                    .get(end)
                    .is_none_or(|&b| !is_name_byte(b) || b == b'.');
            if !bounded {
                continue;
            }
            let found = super::symbol::absolute(&starts, logical, start..end);
            if found != definition || include_declaration {
                out.push(found);
            }
        }
    }
    out
}

/// The outline: macros, named lists and options of the main part, then
/// one entry per section holding its ACLs, routers, transports or
/// authenticators (drivers list their options, `driver = ...` as detail).
/// `original` is the text shown; `masked` the text read.
pub(crate) fn symbols(original: &str, masked: &str) -> Vec<super::symbol::Symbol> {
    use super::symbol::{Symbol, SymbolKind, absolute, detail, line_starts, whole};
    let parsed = parse(masked);
    let starts = line_starts(masked);
    let shown = |range: Range<usize>| original.get(range).unwrap_or("").to_string();
    let lines = &parsed.lines;
    // The end of what a definition covers: up to the next definition of
    // its level (or of a higher one).
    let level = |kind: DefKind| match kind {
        DefKind::Section => 0,
        DefKind::Acl | DefKind::Router | DefKind::Transport | DefKind::Authenticator => 1,
        _ => 2,
    };
    let mut out: Vec<Symbol> = Vec::new();
    let mut section: Option<Symbol> = None;
    let mut block: Option<Symbol> = None;
    let close_block =
        |block: &mut Option<Symbol>, section: &mut Option<Symbol>, out: &mut Vec<Symbol>| {
            if let Some(done) = block.take() {
                match section.as_mut() {
                    Some(section) => section.children.push(done),
                    None => out.push(done),
                }
            }
        };
    for (i, def) in parsed.defs.iter().enumerate() {
        let logical = &lines[def.line];
        let selection = absolute(&starts, logical, def.name_range.clone());
        // The last logical line before the next definition of this level or above.
        let next = parsed.defs[i + 1..]
            .iter()
            .find(|d| level(d.kind) <= level(def.kind) && d.parent.is_none())
            .map_or(lines.len(), |d| d.line);
        let last = next.saturating_sub(1).max(def.line);
        let range = whole(&starts, logical).start..whole(&starts, &lines[last]).end;
        let name = shown(selection.clone());
        match def.kind {
            DefKind::Section => {
                close_block(&mut block, &mut section, &mut out);
                if let Some(done) = section.take() {
                    out.push(done);
                }
                section = Some(Symbol {
                    name: format!("begin {name}"),
                    detail: String::new(),
                    kind: SymbolKind::Section,
                    range,
                    selection,
                    children: Vec::new(),
                });
            }
            DefKind::Acl | DefKind::Router | DefKind::Transport | DefKind::Authenticator => {
                close_block(&mut block, &mut section, &mut out);
                block = Some(Symbol {
                    name,
                    detail: detail(&def.detail),
                    kind: SymbolKind::Block,
                    range,
                    selection,
                    children: Vec::new(),
                });
            }
            DefKind::Option if def.parent.is_some() => {
                let value_end = whole(&starts, logical).end;
                if let Some(block) = block.as_mut() {
                    block.children.push(Symbol {
                        name,
                        detail: detail(&def.detail),
                        kind: SymbolKind::Parameter,
                        range: selection.start..value_end,
                        selection,
                        children: Vec::new(),
                    });
                }
            }
            DefKind::Macro | DefKind::List | DefKind::Option => {
                close_block(&mut block, &mut section, &mut out);
                let symbol = Symbol {
                    name,
                    detail: detail(&def.detail),
                    kind: match def.kind {
                        DefKind::Macro => SymbolKind::Macro,
                        DefKind::List => SymbolKind::List,
                        _ => SymbolKind::Parameter,
                    },
                    range: whole(&starts, logical),
                    selection,
                    children: Vec::new(),
                };
                match section.as_mut() {
                    Some(section) => section.children.push(symbol),
                    None => out.push(symbol),
                }
            }
        }
    }
    close_block(&mut block, &mut section, &mut out);
    if let Some(done) = section.take() {
        out.push(done);
    }
    out
}

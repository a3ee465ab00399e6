//! main.cf: `name = value` lines, `$name` references, duplicates,
//! unknown and obsolete names, hover and completion.

use crate::analysis::config::params;
use crate::analysis::config::template::is_templated;
use crate::analysis::config::{
    CONFIG_SYNTAX, DUPLICATE_PARAMETER, Logical, Scan, UNDEFINED_REFERENCE, did_you_mean,
    logical_lines, replace_fix,
};

use super::parameters::{
    Context, check_compatibility_level, check_name, check_restrictions, check_version_comment,
    name_items, param_markdown, reference_completion, unknown_name,
};
use super::values::{check_value, value_completion};
use crate::analysis::Options;
use crate::analysis::Severity;
use crate::analysis::completion::Completion;
use crate::codes::Lang;
use crate::messages::config as messages;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// One `name = value` line of main.cf.
pub(crate) struct Entry {
    pub logical: usize,
    /// The name holds template markup (`{{ key }} = ...`): not checked.
    pub templated: bool,
    pub name: String,
    pub name_range: Range<usize>,
    pub value: Range<usize>,
}

/// `$name`, `${name}`, `${name?x}`, `${name:x}`, `$(name)` in a value:
/// `(range of the name, name)`.
pub(crate) fn references(text: &str, range: Range<usize>) -> Vec<(Range<usize>, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = range.start;
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    while i < range.end {
        if bytes[i] != b'$' {
            i += 1;
            continue;
        }
        let (start, close) = match bytes.get(i + 1) {
            Some(b'{') => (i + 2, true),
            Some(b'(') => (i + 2, true),
            Some(b) if ident(*b) => (i + 1, false),
            _ => {
                i += 2;
                continue;
            }
        };
        let mut end = start;
        while end < range.end && ident(bytes[end]) {
            end += 1;
        }
        let _ = close;
        if end > start {
            out.push((start..end, text[start..end].to_string()));
        }
        i = end.max(i + 1);
    }
    out
}

/// Parameters whose values are templates with their own `$variables`.
pub(crate) fn is_template_valued(name: &str) -> bool {
    name.contains("reply")
        || name.contains("footer")
        || name.contains("command")
        || name.contains("_filter")
        || matches!(
            name,
            "forward_path" | "luser_relay" | "mailbox_transport" | "default_rbl_reply"
        )
}

pub(crate) fn parse_main(lines: &[Logical], scan: &mut Scan, lang: Lang) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (index, logical) in lines.iter().enumerate() {
        let text = &logical.text;
        if text.starts_with(char::is_whitespace) {
            continue;
        }
        let Some(eq) = text.find('=') else {
            if is_templated(text) {
                continue;
            }
            let end = text.find(char::is_whitespace).unwrap_or(text.len());
            scan.diag(
                logical,
                0..end,
                Severity::Error,
                CONFIG_SYNTAX,
                messages::MissingEquals.get(lang).to_string(),
                Vec::new(),
            );
            continue;
        };
        let name = text[..eq].trim_end();
        // `service/type/name = value` is `postconf -P` syntax, used by some
        // tools in their own files: not a main.cf parameter.
        if name.contains('/') {
            continue;
        }
        let templated = is_templated(name);
        if !templated
            && (name.is_empty()
                || !name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.'))
        {
            scan.diag(
                logical,
                0..eq,
                Severity::Error,
                CONFIG_SYNTAX,
                messages::NotAParameterName { name: &name }.get(lang),
                Vec::new(),
            );
            continue;
        }
        let value_start = eq + 1 + (text[eq + 1..].len() - text[eq + 1..].trim_start().len());
        entries.push(Entry {
            logical: index,
            templated,
            name: name.to_string(),
            name_range: 0..name.len(),
            value: value_start..text.trim_end().len().max(value_start),
        });
    }
    entries
}

/// The value of the last `name =` line, if any.
fn value_of<'a>(lines: &'a [Logical], entries: &[Entry], name: &str) -> Option<&'a str> {
    entries
        .iter()
        .rev()
        .find(|e| e.name == name)
        .map(|e| &lines[e.logical].text[e.value.clone()])
}

/// The context of a main.cf: its version comment, the setting, its
/// `compatibility_level`.
fn main_context(text: &str, lines: &[Logical], entries: &[Entry], options: &Options) -> Context {
    Context::new(
        text,
        options,
        value_of(lines, entries, "compatibility_level"),
    )
}

pub(crate) fn main_cf(text: &str, options: &Options) -> Scan {
    let lang = options.lang;
    let mut scan = Scan::default();
    let lines = logical_lines(text, true);
    let entries = parse_main(&lines, &mut scan, lang);
    let ctx = main_context(text, &lines, &entries, options);
    check_version_comment(text, &mut scan, lang);
    let defined: HashSet<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    let referenced: HashSet<String> = entries
        .iter()
        .flat_map(|e| references(&lines[e.logical].text, e.value.clone()))
        .map(|(_, name)| name)
        .collect();
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, entry) in entries.iter().enumerate() {
        last.insert(entry.name.as_str(), i);
    }
    // Template lines (`{% if %}`, `<% else %>`): two settings with one of
    // them between may be alternatives, and a templated name may define
    // anything.
    let template_lines: Vec<usize> = if is_templated(text) {
        crate::analysis::lines::lines(text)
            .filter(|(_, _, line)| crate::analysis::config::template::is_template_line(line))
            .map(|(index, _, _)| index)
            .collect()
    } else {
        Vec::new()
    };
    let alternatives = |a: &Entry, b: &Entry| {
        let (first, _) = lines[a.logical].parts[0];
        let (second, _) = lines[b.logical].parts[0];
        let from = template_lines.partition_point(|&l| l < first);
        template_lines.get(from).is_some_and(|&l| l < second)
    };
    let generated_names = entries.iter().any(|e| e.templated);
    for (i, entry) in entries.iter().enumerate() {
        if entry.templated {
            continue;
        }
        let logical = &lines[entry.logical];
        let name = entry.name.as_str();
        if let Some(&later) = last.get(name)
            && later != i
            && !alternatives(entry, &entries[later])
        {
            let (line, _) = lines[entries[later].logical].locate(0);
            let value = |e: &Entry| {
                lines[e.logical].text[e.value.clone()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
            };
            // The same value twice changes nothing: a hint to tidy up.
            let (severity, message) = if value(entry) == value(&entries[later]) {
                (
                    Severity::Hint,
                    messages::DuplicateParameterSameValue {
                        name: &name,
                        line: &(line + 1),
                    }
                    .get(lang),
                )
            } else {
                (
                    Severity::Warning,
                    messages::DuplicateParameter {
                        name: &name,
                        line: &(line + 1),
                    }
                    .get(lang),
                )
            };
            scan.diag(
                logical,
                entry.name_range.clone(),
                severity,
                DUPLICATE_PARAMETER,
                message,
                Vec::new(),
            );
        }
        match params::lookup(name) {
            Some(param) => check_name(logical, entry.name_range.clone(), param, &ctx, &mut scan),
            None if params::template(name).is_some() || referenced.contains(name) => {}
            None => unknown_name(logical, entry.name_range.clone(), name, &mut scan, lang),
        }
        if name == "compatibility_level" {
            check_compatibility_level(logical, entry.value.clone(), &ctx, &mut scan);
        }
        check_value(logical, name, entry.value.clone(), &mut scan, lang);
        check_restrictions(logical, entry.value.clone(), &ctx, &mut scan);
        if is_template_valued(name) {
            continue;
        }
        for (range, reference) in references(&logical.text, entry.value.clone()) {
            if defined.contains(reference.as_str())
                || params::is_known(&reference)
                || reference.bytes().any(|b| b.is_ascii_uppercase())
                || reference.bytes().all(|b| b.is_ascii_digit())
            {
                continue;
            }
            let suggestion = params::suggest(&reference);
            if suggestion.is_none() && generated_names {
                continue;
            }
            let hint = did_you_mean(suggestion, lang);
            let fixes = replace_fix(suggestion, lang);
            scan.diag(
                logical,
                range,
                Severity::Warning,
                UNDEFINED_REFERENCE,
                messages::UndefinedReference { name: &reference }.get(lang) + &hint,
                fixes,
            );
        }
    }
    scan
}

pub(crate) fn main_hover(
    text: &str,
    line: usize,
    column: usize,
    options: &Options,
) -> Option<(Range<usize>, String)> {
    let lines = logical_lines(text, true);
    let mut scan = Scan::default();
    let entries = parse_main(&lines, &mut scan, options.lang);
    let ctx = main_context(text, &lines, &entries, options);
    let value_of = |name: &str| value_of(&lines, &entries, name).map(str::to_string);
    for entry in &entries {
        let logical = &lines[entry.logical];
        let Some(offset) = logical.offset_of(line, column) else {
            continue;
        };
        if entry.name_range.start <= offset && offset <= entry.name_range.end {
            let (_, range) = logical.span(entry.name_range.clone());
            let here = value_of(&entry.name);
            return param_markdown(&entry.name, here.as_deref(), &ctx).map(|m| (range, m));
        }
        for (range, name) in references(&logical.text, entry.value.clone()) {
            if range.start <= offset && offset <= range.end {
                let (_, columns) = logical.span(range);
                let here = value_of(&name);
                return param_markdown(&name, here.as_deref(), &ctx).map(|m| (columns, m));
            }
        }
    }
    None
}

pub(crate) fn main_completion(
    text: &str,
    line: usize,
    line_text: &str,
    column: usize,
    options: &Options,
) -> Vec<Completion> {
    let lang = options.lang;
    let before = &line_text[..column];
    let lines = logical_lines(text, true);
    let mut scan = Scan::default();
    let entries = parse_main(&lines, &mut scan, lang);
    let ctx = main_context(text, &lines, &entries, options);
    let defined: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    if let Some(items) = reference_completion(before, &defined, &ctx) {
        return items;
    }
    if !before.is_empty()
        && before
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || before.is_empty()
    {
        return name_items(before, &[], 0..column, &ctx);
    }
    let _ = line;
    let Some(eq) = before.find('=') else {
        return Vec::new();
    };
    let name = before[..eq].trim();
    value_completion(name, &before[eq + 1..], eq + 1, lang)
}

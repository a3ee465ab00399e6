//! master.cf: the eight service fields of master(5) and `-o name=value`
//! overrides.

use crate::analysis::config::params::{self};
use crate::analysis::config::template::{is_templated, looks_like_placeholder};
use crate::analysis::config::{
    CONFIG_SYNTAX, Logical, Scan, logical_lines, placeholder_hint, tokens,
};

use super::main_cf::references;
use super::parameters::{
    Context, check_name, check_restrictions, check_version_comment, name_items, param_markdown,
    reference_completion, unknown_name,
};
use super::values::{check_value, value_completion};
use crate::analysis::Options;
use crate::analysis::Severity;
use crate::analysis::completion::{self, Completion};
use crate::codes::Lang;
use crate::messages::config as messages;
use std::collections::HashSet;
use std::ops::Range;

/// The eight fields of master(5): what each is, and its default.
fn field_doc(index: usize, lang: Lang) -> (&'static str, &'static str) {
    use crate::messages::config::*;
    match index {
        0 => (
            MasterFieldService.get(lang),
            MasterFieldServiceDefault.get(lang),
        ),
        1 => (MasterFieldType.get(lang), MasterFieldTypeDefault.get(lang)),
        2 => (
            MasterFieldPrivate.get(lang),
            MasterFieldPrivateDefault.get(lang),
        ),
        3 => (
            MasterFieldUnpriv.get(lang),
            MasterFieldUnprivDefault.get(lang),
        ),
        4 => (
            MasterFieldChroot.get(lang),
            MasterFieldChrootDefault.get(lang),
        ),
        5 => (
            MasterFieldWakeup.get(lang),
            MasterFieldWakeupDefault.get(lang),
        ),
        6 => (
            MasterFieldMaxproc.get(lang),
            MasterFieldMaxprocDefault.get(lang),
        ),
        _ => (
            MasterFieldCommand.get(lang),
            MasterFieldCommandDefault.get(lang),
        ),
    }
}

/// `(field index or 8 for arguments, start, token)` of a master.cf line.
pub(crate) fn master_fields(logical: &Logical) -> Vec<(usize, &str)> {
    tokens(&logical.text, 0)
}

/// `-o name=value` overrides: `(name range, name, value range)`.
pub(crate) fn overrides(logical: &Logical) -> Vec<(Range<usize>, String, Range<usize>)> {
    let fields = master_fields(logical);
    let mut out = Vec::new();
    let mut i = 8;
    while i < fields.len() {
        let (_, token) = fields[i];
        if token == "-o" {
            if let Some(&(start, arg)) = fields.get(i + 1) {
                if arg == "{" {
                    // Long form: -o { name = value }
                    if let Some(&(name_start, name)) = fields.get(i + 2) {
                        let name = name.split('=').next().unwrap_or(name);
                        let close = fields[i + 2..]
                            .iter()
                            .position(|(_, t)| *t == "}")
                            .map(|p| p + i + 2);
                        let value_end = close.map_or(logical.text.len(), |c| fields[c].0);
                        let value_start = logical.text[name_start..value_end]
                            .find('=')
                            .map_or(value_end, |e| name_start + e + 1);
                        let value_start = value_start
                            + (logical.text[value_start..value_end].len()
                                - logical.text[value_start..value_end].trim_start().len());
                        out.push((
                            name_start..name_start + name.len(),
                            name.to_string(),
                            value_start
                                ..logical.text[..value_end].trim_end().len().max(value_start),
                        ));
                        i = close.unwrap_or(fields.len());
                    }
                } else if let Some(eq) = arg.find('=') {
                    out.push((
                        start..start + eq,
                        arg[..eq].to_string(),
                        start + eq + 1..start + arg.len(),
                    ));
                }
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

pub(crate) fn master_cf(text: &str, options: &Options) -> Scan {
    let lang = options.lang;
    let ctx = Context::new(text, options, None);
    let mut scan = Scan::default();
    check_version_comment(text, &mut scan, lang);
    let lines = logical_lines(text, true);
    let mut referenced = HashSet::new();
    for logical in &lines {
        for (_, _, value) in overrides(logical) {
            for (_, name) in references(&logical.text, value) {
                referenced.insert(name);
            }
        }
    }
    for logical in &lines {
        if logical.text.starts_with(char::is_whitespace) {
            continue;
        }
        let fields = master_fields(logical);
        // `service/type/name=value` is `postconf -P` syntax that some tools
        // keep in their own files: not a service line.
        if fields.len() == 1 && fields[0].1.contains('/') && fields[0].1.contains('=') {
            continue;
        }
        if fields.len() < 8 {
            // A template may write several fields at once.
            if is_templated(&logical.text) {
                continue;
            }
            let end = logical.text.len();
            scan.diag(
                logical,
                0..end,
                Severity::Error,
                CONFIG_SYNTAX,
                messages::MasterFieldCount {
                    count: &fields.len(),
                }
                .get(lang),
                Vec::new(),
            );
            continue;
        }
        // A field that is not what master(5) allows: an error, unless it is
        // template markup (not checked) or a placeholder (a hint).
        let mut field =
            |index: usize, ok: bool, keyword: bool, message: &dyn Fn(&str) -> String| {
                let (start, token) = fields[index];
                if ok || is_templated(token) {
                    return;
                }
                if looks_like_placeholder(token, keyword) {
                    placeholder_hint(logical, start..start + token.len(), token, &mut scan, lang);
                    return;
                }
                scan.diag(
                    logical,
                    start..start + token.len(),
                    Severity::Error,
                    CONFIG_SYNTAX,
                    message(token),
                    Vec::new(),
                );
            };
        let kind = fields[1].1;
        field(
            1,
            matches!(kind, "inet" | "unix" | "unix-dgram" | "fifo" | "pass"),
            true,
            &|value| messages::MasterServiceType { value: &value }.get(lang),
        );
        for (index, &(_, value)) in fields.iter().enumerate().take(5).skip(2) {
            field(index, matches!(value, "y" | "n" | "-"), true, &|value| {
                messages::MasterYesNo {
                    field: &field_doc(index, lang).0,
                    value: &value,
                }
                .get(lang)
            });
        }
        let wakeup = fields[5].1;
        let digits = wakeup.strip_suffix('?').unwrap_or(wakeup);
        field(
            5,
            wakeup == "-" || (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())),
            false,
            &|value| messages::MasterWakeup { value: &value }.get(lang),
        );
        let maxproc = fields[6].1;
        field(
            6,
            maxproc == "-" || maxproc.bytes().all(|b| b.is_ascii_digit()),
            false,
            &|value| messages::MasterMaxproc { value: &value }.get(lang),
        );
        for (range, name, value) in overrides(logical) {
            if is_templated(&name) {
                continue;
            }
            match params::lookup(&name) {
                Some(param) => check_name(logical, range, param, &ctx, &mut scan),
                None if name.contains('/')
                    || params::template(&name).is_some()
                    || referenced.contains(&name) => {}
                None => unknown_name(logical, range, &name, &mut scan, lang),
            }
            check_value(logical, &name, value.clone(), &mut scan, lang);
            check_restrictions(logical, value, &ctx, &mut scan);
        }
    }
    scan
}

pub(crate) fn master_hover(
    text: &str,
    line: usize,
    column: usize,
    options: &Options,
) -> Option<(Range<usize>, String)> {
    let lang = options.lang;
    let ctx = Context::new(text, options, None);
    let lines = logical_lines(text, true);
    for logical in &lines {
        let Some(offset) = logical.offset_of(line, column) else {
            continue;
        };
        for (range, name, _) in overrides(logical) {
            if range.start <= offset && offset <= range.end {
                let (_, columns) = logical.span(range);
                return param_markdown(&name, None, &ctx).map(|m| (columns, m));
            }
        }
        if logical.text.starts_with(char::is_whitespace) {
            return None;
        }
        let fields = master_fields(logical);
        let index = fields
            .iter()
            .position(|(start, token)| *start <= offset && offset <= start + token.len())?;
        let (start, token) = fields[index];
        if index > 7 {
            return None;
        }
        let (name, default) = field_doc(index, lang);
        let (_, columns) = logical.span(start..start + token.len());
        return Some((
            columns,
            format!(
                "### {}\n\n{}\n\n[master(5)](https://www.postfix.org/master.5.html)\n",
                messages::HoverMasterField {
                    name: &name,
                    index: &(index + 1)
                }
                .get(lang),
                messages::HoverItem {
                    label: &messages::HoverDefault.get(lang),
                    value: &default
                }
                .get(lang)
            ),
        ));
    }
    None
}

pub(crate) fn master_completion(
    text: &str,
    line_text: &str,
    column: usize,
    options: &Options,
) -> Vec<Completion> {
    let lang = options.lang;
    let ctx = Context::new(text, options, None);
    let before = &line_text[..column];
    // After `-o `: a parameter name; after `-o name=`: its value.
    let token_start = completion::token_start(before, |c| !c.is_whitespace());
    let token = &before[token_start..];
    let context = before[..token_start].trim_end();
    if context.ends_with("-o") || context.ends_with("-o {") {
        if let Some(eq) = token.find('=') {
            return value_completion(&token[..eq], &token[eq + 1..], token_start + eq + 1, lang);
        }
        return name_items(token, &[], token_start..column, &ctx);
    }
    if let Some(items) = reference_completion(before, &[], &ctx) {
        return items;
    }
    Vec::new()
}

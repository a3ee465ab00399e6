//! Postfix main.cf, master.cf and lookup/pattern tables.

use super::params::{self, ParamKind};
use super::template::{is_templated, looks_like_placeholder};
use super::{
    BAD_CODE_VALUE, CONFIG_SYNTAX, DUPLICATE_PARAMETER, Logical, OBSOLETE_PARAMETER, Scan,
    UNDEFINED_REFERENCE, UNKNOWN_ACTION, UNKNOWN_PARAMETER, logical_lines, looks_enhanced,
    reply_token, tokens,
};
use crate::analysis::Severity;
use crate::analysis::completion::{self, Completion, Slot};
use crate::codes::enhanced::edit_distance;
use crate::codes::{Bi, Lang};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// access(5) and header_checks(5) actions (matched without regard to case).
pub const ACTIONS: &[&str] = &[
    "BCC",
    "DEFER",
    "DEFER_IF_PERMIT",
    "DEFER_IF_REJECT",
    "DISCARD",
    "DUNNO",
    "FILTER",
    "HOLD",
    "IGNORE",
    "INFO",
    "OK",
    "PASS",
    "PERMIT",
    "PREPEND",
    "REDIRECT",
    "REJECT",
    "REPLACE",
    "WARN",
];

fn is_action(word: &str) -> bool {
    ACTIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// What the first word of an action value was.
enum Action {
    Known,
    /// An upper-case word that no Postfix version knows.
    Unknown(Range<usize>, String),
    /// Something else: a lookup result, a restriction name, an address.
    Other,
}

/// Reads an access(5)-style action starting at `from` in `logical`.
fn action(logical: &Logical, from: usize, scan: &mut Scan) -> Action {
    let words = tokens(&logical.text, from);
    let Some(&(start, word)) = words.first() else {
        return Action::Other;
    };
    let next = words.get(1).copied();
    if let Some(reply) = reply_token(word) {
        let enhanced = next
            .filter(|(_, t)| looks_enhanced(t))
            .map(|(s, t)| s..s + t.len());
        if !matches!(reply.class_digit(), 4 | 5) {
            scan.diag(
                logical,
                start..start + 3,
                Severity::Error,
                super::ACTION_CLASS_MISMATCH,
                format!("an access action code must be 4NN or 5NN, not {reply}"),
                Vec::new(),
            );
        }
        scan.code(logical, Some(start..start + 3), enhanced, None);
        return Action::Known;
    }
    if word.bytes().all(|b| b.is_ascii_digit()) && !word.is_empty() {
        return Action::Other;
    }
    if is_templated(word) {
        return Action::Other;
    }
    let upper = word.to_ascii_uppercase();
    if is_action(word) {
        let want = match upper.as_str() {
            "REJECT" => Some(5),
            "DEFER" | "DEFER_IF_PERMIT" | "DEFER_IF_REJECT" => Some(4),
            _ => None,
        };
        if let (Some(want), Some((s, t))) = (want, next)
            && looks_enhanced(t)
        {
            scan.code(logical, None, Some(s..s + t.len()), Some((want, &upper)));
        }
        return Action::Known;
    }
    if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
        return Action::Unknown(start..start + word.len(), upper);
    }
    Action::Other
}

fn unknown_action(logical: &Logical, range: Range<usize>, word: &str, scan: &mut Scan, lang: Lang) {
    let suggestion = ACTIONS
        .iter()
        .map(|a| (edit_distance(word, a), *a))
        .filter(|(d, _)| *d <= 2)
        .min();
    if suggestion.is_none() && looks_like_placeholder(word, true) {
        placeholder_hint(logical, range, word, scan, lang);
        return;
    }
    let hint = did_you_mean(suggestion.map(|(_, a)| a), lang);
    let fixes = replace_fix(suggestion.map(|(_, a)| a), lang);
    scan.diag(
        logical,
        range,
        Severity::Error,
        UNKNOWN_ACTION,
        match lang {
            Lang::En => format!("{word} is not a Postfix table action{hint}"),
            Lang::Fr => format!("{word} n'est pas une action de table Postfix{hint}"),
        },
        fixes,
    );
}

/// Where the value starts in a table line: after `/regex/flags` in pattern
/// tables, after the key otherwise. `None` for `if`/`endif` and bare keys.
fn table_value(text: &str) -> Option<usize> {
    let trimmed_at = text.len() - text.trim_start().len();
    let rest = &text[trimmed_at..];
    let lower = rest.to_ascii_lowercase();
    if lower == "endif" || lower.starts_with("endif ") || lower.starts_with("endif\t") {
        return None;
    }
    let (pattern_at, is_if) = if lower.starts_with("if ") || lower.starts_with("if\t") {
        let after = trimmed_at + 2;
        (
            after + (text[after..].len() - text[after..].trim_start().len()),
            true,
        )
    } else {
        (trimmed_at, false)
    };
    let pattern = &text[pattern_at..];
    let regex_at = if pattern.starts_with("!/") {
        Some(pattern_at + 1)
    } else if pattern.starts_with('/') {
        Some(pattern_at)
    } else {
        None
    };
    if let Some(open) = regex_at {
        let bytes = text.as_bytes();
        let mut i = open + 1;
        while i < bytes.len() && bytes[i] != b'/' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        if i >= bytes.len() {
            return None;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if is_if {
            return None;
        }
        return Some(i);
    }
    if is_if {
        return None;
    }
    let words = tokens(text, trimmed_at);
    words.get(1).map(|&(start, _)| start)
}

/// A Postfix lookup or pattern table. Lookup tables (transport, virtual,
/// canonical, ...) have no actions: an unknown word is flagged only when
/// most values of the file are actions.
pub fn table(text: &str, lang: Lang) -> Scan {
    let mut scan = Scan::default();
    let mut unknown = Vec::new();
    let (mut values, mut actions) = (0, 0);
    let lines = logical_lines(text, true);
    for (index, logical) in lines.iter().enumerate() {
        let Some(from) = table_value(&logical.text) else {
            continue;
        };
        // Exim alias files: `user: :fail: 550 5.1.1 text`.
        super::exim::redirect_items(logical, from..logical.text.len(), &mut scan);
        values += 1;
        match action(logical, from, &mut scan) {
            Action::Known => actions += 1,
            Action::Unknown(range, word) => unknown.push((index, range, word)),
            Action::Other => {}
        }
    }
    if actions > 0 && actions * 2 >= values {
        for (index, range, word) in unknown {
            unknown_action(&lines[index], range, &word, &mut scan, lang);
        }
    }
    scan
}

/// A word a script replaces (`PH_MAX_SERVERS`) where a value is expected:
/// a hint, never an error.
pub(super) fn placeholder_hint(
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
        super::TEMPLATE_PLACEHOLDER,
        match lang {
            Lang::En => format!("{word} looks like a template placeholder: not checked"),
            Lang::Fr => format!("{word} ressemble à une variable de modèle : non vérifié"),
        },
        Vec::new(),
    );
}

/// One `name = value` line of main.cf.
pub(super) struct Entry {
    pub logical: usize,
    /// The name holds template markup (`{{ key }} = ...`): not checked.
    pub templated: bool,
    pub name: String,
    pub name_range: Range<usize>,
    pub value: Range<usize>,
}

/// `$name`, `${name}`, `${name?x}`, `${name:x}`, `$(name)` in a value:
/// `(range of the name, name)`.
pub(super) fn references(text: &str, range: Range<usize>) -> Vec<(Range<usize>, String)> {
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
fn is_template_valued(name: &str) -> bool {
    name.contains("reply")
        || name.contains("footer")
        || name.contains("command")
        || name.contains("_filter")
        || matches!(
            name,
            "forward_path" | "luser_relay" | "mailbox_transport" | "default_rbl_reply"
        )
}

pub(super) fn parse_main(lines: &[Logical], scan: &mut Scan) -> Vec<Entry> {
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
                "missing '=' after the parameter name (main.cf lines are name = value)".to_string(),
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
                format!("{name:?} is not a parameter name"),
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

/// `*_reject_code` / `*_defer_code`: the classes they accept.
fn code_parameter(name: &str) -> Option<&'static [u8]> {
    if name == "fault_injection_code" {
        return None;
    }
    let defer = name == "defer_code" || name.ends_with("_defer_code");
    let reject = name == "reject_code" || name.ends_with("_reject_code");
    if !defer && !reject {
        return None;
    }
    Some(match name {
        "smtpd_forbid_bare_newline_reject_code" => &[5],
        n if n.starts_with("unverified_") && defer => &[4, 2],
        n if n.starts_with("unverified_") => &[4, 5, 2],
        _ if defer => &[4],
        _ => &[4, 5],
    })
}

/// Checks a parameter value (main.cf or master.cf `-o`).
fn check_value(logical: &Logical, name: &str, value: Range<usize>, scan: &mut Scan, lang: Lang) {
    let text = &logical.text[value.clone()];
    if text.contains('$') || is_templated(text) {
        return;
    }
    let word = text.trim();
    let expects_word = code_parameter(name).is_some()
        || matches!(
            name,
            "milter_default_action" | "smtpd_policy_service_default_action"
        );
    if expects_word && looks_like_placeholder(word, code_parameter(name).is_none()) {
        let start = value.start + (text.len() - text.trim_start().len());
        placeholder_hint(logical, start..start + word.len(), word, scan, lang);
        return;
    }
    if let Some(classes) = code_parameter(name) {
        let Some(code) = reply_token(text.trim()) else {
            scan.diag(
                logical,
                value,
                Severity::Error,
                BAD_CODE_VALUE,
                match lang {
                    Lang::En => format!("{name} takes a three-digit SMTP reply code"),
                    Lang::Fr => format!("{name} attend un code de réponse SMTP à trois chiffres"),
                },
                Vec::new(),
            );
            return;
        };
        let digit = code.class_digit();
        let ok = classes.contains(&digit) && (digit != 2 || code.0 == 250);
        if !ok {
            let allowed: Vec<String> = classes
                .iter()
                .map(|c| {
                    if *c == 2 {
                        "250".to_string()
                    } else {
                        format!("{c}XX")
                    }
                })
                .collect();
            let allowed = allowed.join(match lang {
                Lang::En => " or ",
                Lang::Fr => " ou ",
            });
            scan.diag(
                logical,
                value.clone(),
                Severity::Error,
                BAD_CODE_VALUE,
                match lang {
                    Lang::En => format!("{name} must be {allowed}, not {code}"),
                    Lang::Fr => format!("{name} doit être {allowed}, pas {code}"),
                },
                Vec::new(),
            );
        }
        let start = value.start + (text.len() - text.trim_start().len());
        scan.code(logical, Some(start..start + 3), None, None);
        return;
    }
    match name {
        "smtpd_policy_service_default_action" => {
            if let Action::Unknown(range, word) = action(logical, value.start, scan) {
                unknown_action(logical, range, &word, scan, lang);
            }
        }
        "milter_default_action" => {
            let word = text.trim();
            if !["accept", "reject", "tempfail", "quarantine"].contains(&word) {
                scan.diag(
                    logical,
                    value,
                    Severity::Error,
                    BAD_CODE_VALUE,
                    format!("milter_default_action is accept, reject, tempfail or quarantine, not {word:?}"),
                    Vec::new(),
                );
            }
        }
        _ => {}
    }
}

fn unknown_name(logical: &Logical, range: Range<usize>, name: &str, scan: &mut Scan, lang: Lang) {
    let suggestion = params::suggest(name);
    let (severity, message) = match (suggestion, lang) {
        (Some(s), Lang::En) => (
            Severity::Warning,
            format!("unknown Postfix parameter {name} (did you mean {s}?)"),
        ),
        (Some(s), Lang::Fr) => (
            Severity::Warning,
            format!("paramètre Postfix inconnu {name} (vouliez-vous dire {s} ?)"),
        ),
        (None, Lang::En) => (
            Severity::Information,
            format!(
                "{name} is not a Postfix parameter: fine if it is your own, referred to as ${name} elsewhere (master.cf)"
            ),
        ),
        (None, Lang::Fr) => (
            Severity::Information,
            format!(
                "{name} n'est pas un paramètre Postfix : normal s'il est à vous et utilisé comme ${name} ailleurs (master.cf)"
            ),
        ),
    };
    let fixes = replace_fix(suggestion, lang);
    scan.diag(logical, range, severity, UNKNOWN_PARAMETER, message, fixes);
}

/// ` (did you mean X?)`, or nothing.
pub(super) fn did_you_mean(suggestion: Option<&str>, lang: Lang) -> String {
    suggestion.map_or(String::new(), |s| match lang {
        Lang::En => format!(" (did you mean {s}?)"),
        Lang::Fr => format!(" (vouliez-vous dire {s} ?)"),
    })
}

/// The quick fix that replaces a name with the suggested one, if any.
pub(super) fn replace_fix(suggestion: Option<&str>, lang: Lang) -> Vec<(String, String)> {
    suggestion
        .map(|s| {
            (
                format!("{} {s}", Bi::new("Replace with", "Remplacer par").get(lang)),
                s.to_string(),
            )
        })
        .into_iter()
        .collect()
}

pub fn main_cf(text: &str, lang: Lang) -> Scan {
    let mut scan = Scan::default();
    let lines = logical_lines(text, true);
    let entries = parse_main(&lines, &mut scan);
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
            .filter(|(_, _, line)| super::template::is_template_line(line))
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
            scan.diag(
                logical,
                entry.name_range.clone(),
                Severity::Warning,
                DUPLICATE_PARAMETER,
                match lang {
                    Lang::En => format!(
                        "{name} is set again on line {}: this value is ignored",
                        line + 1
                    ),
                    Lang::Fr => format!(
                        "{name} est redéfini ligne {} : cette valeur est ignorée",
                        line + 1
                    ),
                },
                Vec::new(),
            );
        }
        match params::lookup(name) {
            Some(param) if param.kind == ParamKind::Legacy => scan.diag(
                logical,
                entry.name_range.clone(),
                Severity::Hint,
                OBSOLETE_PARAMETER,
                match lang {
                    Lang::En => format!("{name} is obsolete or hidden: postconf(5) documents it but postconf -d no longer lists it"),
                    Lang::Fr => format!("{name} est obsolète ou caché : postconf(5) le documente mais postconf -d ne l'affiche plus"),
                },
                Vec::new(),
            ),
            Some(_) => {}
            None if params::template(name).is_some() || referenced.contains(name) => {}
            None => unknown_name(logical, entry.name_range.clone(), name, &mut scan, lang),
        }
        check_value(logical, name, entry.value.clone(), &mut scan, lang);
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
                match lang {
                    Lang::En => format!("${reference} is neither a Postfix parameter nor set in this file: it expands to nothing{hint}"),
                    Lang::Fr => format!("${reference} n'est ni un paramètre Postfix ni défini dans ce fichier : il vaut la chaîne vide{hint}"),
                },
                fixes,
            );
        }
    }
    scan
}

fn link(name: &str) -> String {
    format!("https://www.postfix.org/postconf.5.html#{name}")
}

/// Markdown for a parameter name; `here` is its value in this file.
pub fn param_markdown(name: &str, here: Option<&str>, lang: Lang) -> Option<String> {
    let mut out = format!("### `{name}`\n\n");
    if let Some(param) = params::lookup(name) {
        let default = if param.default.is_empty() {
            Bi::new("(empty)", "(vide)").get(lang).to_string()
        } else {
            format!("`{}`", param.default)
        };
        out.push_str(&format!(
            "- **{}**: {default}\n",
            Bi::new("Default", "Défaut").get(lang)
        ));
        if !param.since.is_empty() {
            let since = param.since.replace(
                "<=3.7",
                Bi::new("3.7 or earlier", "3.7 ou antérieur").get(lang),
            );
            out.push_str(&format!(
                "- **{}**: Postfix {since}\n",
                Bi::new("Documented since", "Documenté depuis").get(lang)
            ));
        }
        if param.kind == ParamKind::Legacy {
            out.push_str(&format!(
                "- {}\n",
                Bi::new(
                    "Obsolete or hidden (not printed by `postconf -d`)",
                    "Obsolète ou caché (absent de `postconf -d`)"
                )
                .get(lang)
            ));
        }
        if let Some(value) = here {
            out.push_str(&format!(
                "- **{}**: `{value}`\n",
                Bi::new("Value here", "Valeur ici").get(lang)
            ));
        }
        out.push_str(&format!("\n[postconf(5)]({})\n", link(name)));
        return Some(out);
    }
    if let Some((suffix, default)) = params::template(name) {
        let service = &name[..name.len() - suffix.len()];
        out.push_str(&format!(
            "{} `{service}`\n\n- **{}**: `{default}`\n",
            Bi::new(
                "Per-service parameter of the master.cf service",
                "Paramètre propre au service master.cf"
            )
            .get(lang),
            Bi::new("Default", "Défaut").get(lang)
        ));
        if let Some(value) = here {
            out.push_str(&format!(
                "- **{}**: `{value}`\n",
                Bi::new("Value here", "Valeur ici").get(lang)
            ));
        }
        out.push_str(&format!(
            "\n[postconf(5)]({})\n",
            link(&format!("transport{suffix}"))
        ));
        return Some(out);
    }
    let value = here?;
    out.push_str(&format!(
        "{}\n\n- **{}**: `{value}`\n",
        Bi::new(
            "Defined in this file (not a Postfix parameter)",
            "Défini dans ce fichier (pas un paramètre Postfix)"
        )
        .get(lang),
        Bi::new("Value here", "Valeur ici").get(lang)
    ));
    Some(out)
}

fn identifier_at(text: &str, column: usize) -> Option<Range<usize>> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let start = completion::token_start(&text[..column], ident);
    let end = text[column..]
        .find(|c| !ident(c))
        .map_or(text.len(), |i| column + i);
    (end > start).then_some(start..end)
}

pub fn main_hover(
    text: &str,
    line: usize,
    column: usize,
    lang: Lang,
) -> Option<(Range<usize>, String)> {
    let lines = logical_lines(text, true);
    let mut scan = Scan::default();
    let entries = parse_main(&lines, &mut scan);
    let value_of = |name: &str| {
        entries
            .iter()
            .rev()
            .find(|e| e.name == name)
            .map(|e| lines[e.logical].text[e.value.clone()].to_string())
    };
    for entry in &entries {
        let logical = &lines[entry.logical];
        let Some(offset) = logical.offset_of(line, column) else {
            continue;
        };
        if entry.name_range.start <= offset && offset <= entry.name_range.end {
            let (_, range) = logical.span(entry.name_range.clone());
            let here = value_of(&entry.name);
            return param_markdown(&entry.name, here.as_deref(), lang).map(|m| (range, m));
        }
        for (range, name) in references(&logical.text, entry.value.clone()) {
            if range.start <= offset && offset <= range.end {
                let (_, columns) = logical.span(range);
                let here = value_of(&name);
                return param_markdown(&name, here.as_deref(), lang).map(|m| (columns, m));
            }
        }
    }
    None
}

fn param_item(name: &str, replace: Range<usize>, lang: Lang) -> Completion {
    let param = params::lookup(name);
    let detail = param.map_or(String::new(), |p| {
        let since = if p.since.is_empty() {
            String::new()
        } else {
            format!(" (Postfix {})", p.since)
        };
        format!("= {}{since}", p.default)
    });
    Completion {
        label: name.to_string(),
        detail,
        documentation: param_markdown(name, None, lang).unwrap_or_default(),
        sort_text: name.to_string(),
        replace,
    }
}

fn name_items(prefix: &str, extra: &[&str], replace: Range<usize>, lang: Lang) -> Vec<Completion> {
    let mut out: Vec<Completion> = Vec::new();
    let mut seen = HashSet::new();
    for name in extra.iter().copied().chain(
        params::PARAMS
            .iter()
            .filter(|p| p.kind != ParamKind::Legacy)
            .map(|p| p.name),
    ) {
        if name.starts_with(prefix) && seen.insert(name) {
            out.push(param_item(name, replace.clone(), lang));
        }
    }
    out
}

/// Completion of a reference after `$` or `${`.
fn reference_completion(before: &str, defined: &[&str], lang: Lang) -> Option<Vec<Completion>> {
    let start = completion::token_start(before, |c| c.is_ascii_alphanumeric() || c == '_');
    let head = &before[..start];
    if !(head.ends_with('$') || head.ends_with("${") || head.ends_with("$(")) {
        return None;
    }
    Some(name_items(
        &before[start..],
        defined,
        start..before.len(),
        lang,
    ))
}

pub fn main_completion(
    text: &str,
    line: usize,
    line_text: &str,
    column: usize,
    lang: Lang,
) -> Vec<Completion> {
    let before = &line_text[..column];
    let lines = logical_lines(text, true);
    let mut scan = Scan::default();
    let entries = parse_main(&lines, &mut scan);
    let defined: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    if let Some(items) = reference_completion(before, &defined, lang) {
        return items;
    }
    if !before.is_empty()
        && before
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || before.is_empty()
    {
        return name_items(before, &[], 0..column, lang);
    }
    let _ = line;
    let Some(eq) = before.find('=') else {
        return Vec::new();
    };
    let name = before[..eq].trim();
    value_completion(name, &before[eq + 1..], eq + 1, lang)
}

fn value_completion(name: &str, value: &str, value_start: usize, lang: Lang) -> Vec<Completion> {
    let column = value_start + value.len();
    if let Some(classes) = code_parameter(name) {
        let typed = value.trim_start();
        if typed.contains(char::is_whitespace) {
            return Vec::new();
        }
        let classes: &'static [u8] = if classes == [5] {
            &[5]
        } else if classes.contains(&5) {
            &[5, 4]
        } else {
            &[4]
        };
        return completion::items(
            Slot::Reply { classes },
            typed,
            column - typed.len()..column,
            lang,
        );
    }
    if name == "smtpd_policy_service_default_action" {
        return action_completion(value, value_start, lang);
    }
    Vec::new()
}

/// Class-aware code completion after an action (`REJECT `, `DEFER `, `550 `).
pub fn action_completion(before: &str, offset: usize, lang: Lang) -> Vec<Completion> {
    let token_start = completion::token_start(before, |c| c.is_ascii_digit() || c == '.');
    let typed = &before[token_start..];
    let context = before[..token_start].trim_end();
    let previous = context.rsplit(char::is_whitespace).next().unwrap_or("");
    let classes: Option<&'static [u8]> = if context.len() < before[..token_start].len() {
        match previous.to_ascii_uppercase().as_str() {
            "REJECT" => Some(&[5]),
            "DEFER" | "DEFER_IF_PERMIT" | "DEFER_IF_REJECT" => Some(&[4]),
            _ => None,
        }
    } else {
        None
    };
    let range = offset + token_start..offset + before.len();
    if let Some(classes) = classes {
        return completion::items(
            Slot::Enhanced {
                classes,
                after_reply: None,
            },
            typed,
            range,
            lang,
        );
    }
    match completion::log_slot(before, before.len()) {
        Some((start, slot @ Slot::Enhanced { .. })) => completion::items(
            slot,
            &before[start..],
            offset + start..offset + before.len(),
            lang,
        ),
        _ => Vec::new(),
    }
}

pub fn table_completion(line_text: &str, column: usize, lang: Lang) -> Vec<Completion> {
    let Some(from) = table_value(line_text) else {
        return Vec::new();
    };
    if column < from {
        return Vec::new();
    }
    action_completion(&line_text[from..column], from, lang)
}

const MASTER_FIELDS: [(&str, &str); 8] = [
    (
        "service name",
        "`[host:]port` for inet, a name relative to the queue directory otherwise",
    ),
    (
        "service type",
        "`inet`, `unix`, `unix-dgram`, `fifo` (obsolete) or `pass`",
    ),
    ("private", "`y` (default; inet services cannot be private)"),
    (
        "unprivileged",
        "`y` (default; local, pipe, spawn and virtual need `n`)",
    ),
    ("chroot", "`n` (default since Postfix 3.0, `y` before)"),
    (
        "wakeup time",
        "`0` (never; a trailing `?` waits for the first use)",
    ),
    (
        "process limit",
        "`$default_process_limit` (100); 0 means no limit",
    ),
    (
        "command + args",
        "a daemon in `$daemon_directory`, with `-o name=value` overrides",
    ),
];

/// `(field index or 8 for arguments, start, token)` of a master.cf line.
pub(super) fn master_fields(logical: &Logical) -> Vec<(usize, &str)> {
    tokens(&logical.text, 0)
}

/// `-o name=value` overrides: `(name range, name, value range)`.
pub(super) fn overrides(logical: &Logical) -> Vec<(Range<usize>, String, Range<usize>)> {
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

pub fn master_cf(text: &str, lang: Lang) -> Scan {
    let mut scan = Scan::default();
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
                match lang {
                    Lang::En => format!("a master.cf service has 8 fields (service type private unpriv chroot wakeup maxproc command), this line has {}", fields.len()),
                    Lang::Fr => format!("un service master.cf a 8 champs (service type private unpriv chroot wakeup maxproc command), cette ligne en a {}", fields.len()),
                },
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
            &|kind| format!("unknown service type {kind:?}: inet, unix, unix-dgram, fifo or pass"),
        );
        for index in 2..5 {
            field(
                index,
                matches!(fields[index].1, "y" | "n" | "-"),
                true,
                &|value| {
                    format!(
                        "the {} field is y, n or -, not {value:?}",
                        MASTER_FIELDS[index].0
                    )
                },
            );
        }
        let wakeup = fields[5].1;
        let digits = wakeup.strip_suffix('?').unwrap_or(wakeup);
        field(
            5,
            wakeup == "-" || (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())),
            false,
            &|wakeup| {
                format!(
                    "the wakeup time is a number of seconds (optionally followed by ?) or -, not {wakeup:?}"
                )
            },
        );
        let maxproc = fields[6].1;
        field(
            6,
            maxproc == "-" || maxproc.bytes().all(|b| b.is_ascii_digit()),
            false,
            &|maxproc| format!("the process limit is a number or -, not {maxproc:?}"),
        );
        for (range, name, value) in overrides(logical) {
            if is_templated(&name) {
                continue;
            }
            if !name.contains('/') && !params::is_known(&name) && !referenced.contains(&name) {
                unknown_name(logical, range, &name, &mut scan, lang);
            }
            check_value(logical, &name, value, &mut scan, lang);
        }
    }
    scan
}

pub fn master_hover(
    text: &str,
    line: usize,
    column: usize,
    lang: Lang,
) -> Option<(Range<usize>, String)> {
    let lines = logical_lines(text, true);
    for logical in &lines {
        let Some(offset) = logical.offset_of(line, column) else {
            continue;
        };
        for (range, name, _) in overrides(logical) {
            if range.start <= offset && offset <= range.end {
                let (_, columns) = logical.span(range);
                return param_markdown(&name, None, lang).map(|m| (columns, m));
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
        let (name, default) = MASTER_FIELDS[index];
        let (_, columns) = logical.span(start..start + token.len());
        return Some((
            columns,
            format!(
                "### master.cf: {name} (field {})\n\n- **{}**: {default}\n\n[master(5)](https://www.postfix.org/master.5.html)\n",
                index + 1,
                Bi::new("Default", "Défaut").get(lang)
            ),
        ));
    }
    let _ = identifier_at;
    None
}

pub fn master_completion(
    text: &str,
    line_text: &str,
    column: usize,
    lang: Lang,
) -> Vec<Completion> {
    let _ = text;
    let before = &line_text[..column];
    // After `-o `: a parameter name; after `-o name=`: its value.
    let token_start = completion::token_start(before, |c| !c.is_whitespace());
    let token = &before[token_start..];
    let context = before[..token_start].trim_end();
    if context.ends_with("-o") || context.ends_with("-o {") {
        if let Some(eq) = token.find('=') {
            return value_completion(&token[..eq], &token[eq + 1..], token_start + eq + 1, lang);
        }
        return name_items(token, &[], token_start..column, lang);
    }
    if let Some(items) = reference_completion(before, &[], lang) {
        return items;
    }
    Vec::new()
}

//! What is said of a parameter name: its hover (default, version, value
//! here), its completion items, and the unknown-name diagnostic.

use crate::analysis::Severity;
use crate::analysis::completion::{self, Completion};
use crate::analysis::config::params::{self, ParamKind};
use crate::analysis::config::{Logical, Scan, UNKNOWN_PARAMETER, replace_fix};
use crate::codes::{Bi, Lang};
use std::collections::HashSet;
use std::ops::Range;

pub(crate) fn unknown_name(
    logical: &Logical,
    range: Range<usize>,
    name: &str,
    scan: &mut Scan,
    lang: Lang,
) {
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

pub(crate) fn link(name: &str) -> String {
    format!("https://www.postfix.org/postconf.5.html#{name}")
}

/// Markdown for a parameter name; `here` is its value in this file.
pub(crate) fn param_markdown(name: &str, here: Option<&str>, lang: Lang) -> Option<String> {
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

pub(crate) fn param_item(name: &str, replace: Range<usize>, lang: Lang) -> Completion {
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

pub(crate) fn name_items(
    prefix: &str,
    extra: &[&str],
    replace: Range<usize>,
    lang: Lang,
) -> Vec<Completion> {
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
pub(crate) fn reference_completion(
    before: &str,
    defined: &[&str],
    lang: Lang,
) -> Option<Vec<Completion>> {
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

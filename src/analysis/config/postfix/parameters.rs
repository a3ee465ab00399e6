//! What is said of a parameter name: its hover (what it does, its default
//! for the Postfix the file is for, since when it exists, the value here),
//! its completion items, the unknown-name diagnostic, and what the target
//! version makes of it (newer than that Postfix, deprecated, removed).

use crate::analysis::completion::{self, Completion};
use crate::analysis::config::params::{self, ParamKind};
use crate::analysis::config::version::{self, Target, Version};
use crate::analysis::config::{
    DEPRECATED, Logical, OBSOLETE_PARAMETER, POSTFIX_VERSION, Scan, UNKNOWN_PARAMETER, replace_fix,
};
use crate::analysis::{Options, Severity};
use crate::codes::Lang;
use crate::messages::config as messages;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::ops::Range;

/// What the analysis of a Postfix file knows beside its text: the language
/// and the Postfix it is for.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    pub lang: Lang,
    pub target: Target,
}

impl Context {
    /// The file's `# mail-lsp: postfix=` comment, else the setting; and
    /// `compatibility_level` when the file sets it (main.cf).
    pub fn new(text: &str, options: &Options, compatibility_level: Option<&str>) -> Context {
        let comment = version::comment(text).and_then(|(_, _, value)| Version::parse(value));
        Context {
            lang: options.lang,
            target: Target {
                exact: comment.or(options.postfix_version),
                compatibility_level: compatibility_level.and_then(Version::parse),
            },
        }
    }
}

/// `# mail-lsp: postfix=x` with a value that is not a version.
pub(crate) fn check_version_comment(text: &str, scan: &mut Scan, lang: Lang) {
    if let Some((line, range, value)) = version::comment(text)
        && Version::parse(value).is_none()
    {
        let logical = Logical {
            text: crate::analysis::lines::lines(text)
                .nth(line)
                .map_or(String::new(), |(_, _, l)| l.to_string()),
            parts: vec![(line, 0)],
        };
        scan.diag(
            &logical,
            range,
            Severity::Warning,
            POSTFIX_VERSION,
            messages::BadVersionComment { value: &value }.get(lang),
            Vec::new(),
        );
    }
}

/// `compatibility_level` newer than the version the file is for.
pub(crate) fn check_compatibility_level(
    logical: &Logical,
    value: Range<usize>,
    ctx: &Context,
    scan: &mut Scan,
) {
    if let (Some(exact), Some(level)) = (ctx.target.exact, ctx.target.compatibility_level)
        && level > exact
    {
        scan.diag(
            logical,
            value,
            Severity::Warning,
            POSTFIX_VERSION,
            messages::CompatibilityLevelTooNew {
                level: &level,
                version: &exact,
            }
            .get(ctx.lang),
            Vec::new(),
        );
    }
}

pub(crate) fn unknown_name(
    logical: &Logical,
    range: Range<usize>,
    name: &str,
    scan: &mut Scan,
    lang: Lang,
) {
    let suggestion = params::suggest(name);
    let (severity, message) = match suggestion {
        Some(suggestion) => (
            Severity::Warning,
            messages::UnknownParameterTypo {
                name: &name,
                suggestion: &suggestion,
            }
            .get(lang),
        ),
        None => (
            Severity::Information,
            messages::UnknownParameterOwn { name: &name }.get(lang),
        ),
    };
    let fixes = replace_fix(suggestion, lang);
    scan.diag(logical, range, severity, UNKNOWN_PARAMETER, message, fixes);
}

/// What the target version makes of a known parameter name set here:
/// newer than that Postfix, deprecated (a hint when the version is
/// unknown), obsolete or hidden.
pub(crate) fn check_name(
    logical: &Logical,
    range: Range<usize>,
    param: &params::Param,
    ctx: &Context,
    scan: &mut Scan,
) {
    let lang = ctx.lang;
    if let (Some(exact), Some(since)) = (ctx.target.exact, Version::parse(param.since))
        && since > exact
    {
        scan.diag(
            logical,
            range.clone(),
            Severity::Warning,
            POSTFIX_VERSION,
            messages::NewerParameter {
                name: &param.name,
                since: &since,
                version: &exact,
            }
            .get(lang),
            Vec::new(),
        );
        return;
    }
    if let Some(deprecation) = params::deprecation(param.name).filter(|d| !d.restriction) {
        let warned = Version::parse(deprecation.warned_since);
        let severity = match (ctx.target.at_least(), warned) {
            (Some(at_least), Some(warned)) if at_least >= warned => Severity::Warning,
            _ => Severity::Hint,
        };
        let message = if deprecation.replacement.is_empty() {
            messages::DeprecatedParameterDrop {
                name: &param.name,
                version: &deprecation.warned_since,
            }
            .get(lang)
        } else {
            messages::DeprecatedParameter {
                name: &param.name,
                version: &deprecation.warned_since,
                replacement: &deprecation.replacement,
            }
            .get(lang)
        };
        let fixes = if deprecation.replacement.contains([',', ' ']) {
            Vec::new()
        } else {
            replace_fix(
                Some(deprecation.replacement).filter(|r| !r.is_empty()),
                lang,
            )
        };
        scan.diag(logical, range, severity, DEPRECATED, message, fixes);
        return;
    }
    if param.kind == ParamKind::Legacy {
        scan.diag(
            logical,
            range,
            Severity::Hint,
            OBSOLETE_PARAMETER,
            messages::ObsoleteParameter { name: &param.name }.get(lang),
            Vec::new(),
        );
    }
}

/// Deprecated and removed restrictions in a `*_restrictions` value (and
/// wherever restrictions are listed: restriction classes, `-o` overrides).
pub(crate) fn check_restrictions(
    logical: &Logical,
    value: Range<usize>,
    ctx: &Context,
    scan: &mut Scan,
) {
    let text = &logical.text[value.clone()];
    let mut at = value.start;
    for word in text.split(|c: char| c.is_whitespace() || c == ',') {
        let start = at;
        at += word.len() + 1;
        let Some(deprecation) = params::deprecation(word).filter(|d| d.restriction) else {
            continue;
        };
        let at_least = ctx.target.at_least();
        let removed = Version::parse(deprecation.removed_in);
        let warned = Version::parse(deprecation.warned_since);
        let reached =
            |version: Option<Version>| matches!((at_least, version), (Some(a), Some(v)) if a >= v);
        let message = match (removed, at_least) {
            (Some(removed), Some(at_least)) if at_least >= removed => {
                messages::RemovedRestriction {
                    name: &word,
                    removed: &removed,
                    version: &at_least,
                    replacement: &deprecation.replacement,
                }
                .get(ctx.lang)
            }
            _ => messages::DeprecatedRestriction {
                name: &word,
                version: &deprecation.warned_since,
                replacement: &deprecation.replacement,
            }
            .get(ctx.lang),
        };
        let severity = if reached(removed) || reached(warned) {
            Severity::Warning
        } else {
            Severity::Hint
        };
        scan.diag(
            logical,
            start..start + word.len(),
            severity,
            DEPRECATED,
            message,
            Vec::new(),
        );
    }
}

/// `- **label**: value`, with French typography in French.
pub(crate) fn item(label: &str, value: &str, lang: Lang) -> String {
    messages::HoverItem {
        label: &label,
        value: &value,
    }
    .get(lang)
}

pub(crate) fn link(name: &str) -> String {
    format!("https://www.postfix.org/postconf.5.html#{name}")
}

/// ``- **Default**: `value` `` with, when the default depends on the
/// compatibility level and the file sets one, what it is here.
fn default_line(default: &str, ctx: &Context, out: &mut String) {
    let lang = ctx.lang;
    let shown = if default.is_empty() {
        messages::HoverEmpty.get(lang).to_string()
    } else {
        format!("`{default}`")
    };
    let _ = write!(
        out,
        "{}",
        messages::HoverItem {
            label: &messages::HoverDefault.get(lang),
            value: &shown
        }
        .get(lang)
    );
    let level = ctx
        .target
        .compatibility_level
        .unwrap_or(Version { major: 0, minor: 0 });
    if let Some(value) = version::at_level(default, level) {
        let value = if value.is_empty() {
            messages::HoverEmpty.get(lang).to_string()
        } else {
            format!("`{value}`")
        };
        let _ = write!(
            out,
            " ({})",
            messages::HoverDefaultHere {
                level: &level,
                value: &value
            }
            .get(lang)
        );
    }
    out.push('\n');
}

/// Markdown for a parameter name; `here` is its value in this file.
pub(crate) fn param_markdown(name: &str, here: Option<&str>, ctx: &Context) -> Option<String> {
    let lang = ctx.lang;
    let mut out = format!("### `{name}`\n\n");
    let value_here = |out: &mut String| {
        if let Some(value) = here {
            let _ = writeln!(
                out,
                "{}",
                item(
                    messages::HoverValueHere.get(lang),
                    &format!("`{value}`"),
                    lang
                )
            );
        }
    };
    if let Some(param) = params::lookup(name) {
        if let Some(text) = param.text(lang) {
            let _ = write!(out, "{text}\n\n");
        }
        default_line(param.default, ctx, &mut out);
        if let Some(since) = Version::parse(param.since) {
            let _ = writeln!(
                out,
                "{}",
                item(
                    messages::HoverSince.get(lang),
                    &format!("Postfix {since}"),
                    lang
                )
            );
            if let Some(exact) = ctx.target.exact
                && since > exact
            {
                let _ = writeln!(
                    out,
                    "- ⚠ {}",
                    messages::HoverNotInVersion {
                        version: &exact,
                        since: &since
                    }
                    .get(lang)
                );
            }
        }
        if let Some(deprecation) = params::deprecation(name).filter(|d| !d.restriction) {
            let line = if deprecation.replacement.is_empty() {
                messages::HoverDeprecatedDrop {
                    version: &deprecation.warned_since,
                }
                .get(lang)
            } else {
                messages::HoverDeprecated {
                    version: &deprecation.warned_since,
                    replacement: &format!("`{}`", deprecation.replacement),
                }
                .get(lang)
            };
            let _ = writeln!(out, "- {line}");
        } else if param.kind == ParamKind::Legacy {
            let _ = writeln!(out, "- {}", messages::HoverLegacy.get(lang));
        }
        value_here(&mut out);
        let _ = write!(out, "\n[postconf(5)]({})\n", link(name));
        return Some(out);
    }
    if let Some((suffix, default)) = params::template(name) {
        let service = &name[..name.len() - suffix.len()];
        let general = default.trim_start_matches('$');
        let _ = write!(
            out,
            "{}\n\n{}",
            messages::HoverPerService {
                service: &format!("`{service}`")
            }
            .get(lang),
            messages::HoverPerServiceText { general: &general }.get(lang)
        );
        if let Some(text) = params::lookup(general).and_then(|p| p.text(lang)) {
            let _ = write!(out, " {text}");
        }
        out.push_str("\n\n");
        default_line(default, ctx, &mut out);
        value_here(&mut out);
        let _ = write!(
            out,
            "\n[postconf(5)]({})\n",
            link(&format!("transport{suffix}"))
        );
        return Some(out);
    }
    let value = here?;
    let _ = write!(
        out,
        "{}\n\n{}\n",
        messages::HoverOwn.get(lang),
        messages::HoverItem {
            label: &messages::HoverValueHere.get(lang),
            value: &format!("`{value}`")
        }
        .get(lang)
    );
    Some(out)
}

pub(crate) fn param_item(name: &str, replace: Range<usize>, ctx: &Context) -> Completion {
    let param = params::lookup(name);
    let detail = param.map_or(String::new(), |p| {
        let since = Version::parse(p.since).map_or(String::new(), |v| format!(" (Postfix {v})"));
        format!("= {}{since}", p.default)
    });
    Completion {
        label: name.to_string(),
        detail,
        documentation: param_markdown(name, None, ctx).unwrap_or_default(),
        sort_text: name.to_string(),
        replace,
    }
}

/// Whether completion offers a parameter: not obsolete, not newer than the
/// Postfix the file is for, not deprecated in it.
fn offered(param: &params::Param, target: &Target) -> bool {
    if param.kind == ParamKind::Legacy {
        return false;
    }
    if let (Some(exact), Some(since)) = (target.exact, Version::parse(param.since))
        && since > exact
    {
        return false;
    }
    let deprecated = params::deprecation(param.name).and_then(|d| Version::parse(d.warned_since));
    !matches!((target.at_least(), deprecated), (Some(at_least), Some(warned)) if at_least >= warned)
}

pub(crate) fn name_items(
    prefix: &str,
    extra: &[&str],
    replace: Range<usize>,
    ctx: &Context,
) -> Vec<Completion> {
    let mut out: Vec<Completion> = Vec::new();
    let mut seen = HashSet::new();
    for name in extra.iter().copied().chain(
        params::PARAMS
            .iter()
            .filter(|p| offered(p, &ctx.target))
            .map(|p| p.name),
    ) {
        if name.starts_with(prefix) && seen.insert(name) {
            out.push(param_item(name, replace.clone(), ctx));
        }
    }
    out
}

/// Completion of a reference after `$` or `${`.
pub(crate) fn reference_completion(
    before: &str,
    defined: &[&str],
    ctx: &Context,
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
        ctx,
    ))
}

//! The map files a main.cf or master.cf names (`hash:/etc/postfix/virtual`,
//! `pcre:$config_directory/header_checks.pcre`, `proxy:ldap:/etc/postfix/
//! ldap-users.cf`), and where they are in a workspace. Pure: the server
//! lists the workspace's files and reads them; this finds the references
//! and picks the file each one means.

use super::postfix::{overrides, parse_main};
use super::{FileKind, Scan, logical_lines};
use crate::analysis::{Diagnostic, Severity};
use crate::codes::Lang;
use crate::messages::config as messages;
use std::ops::Range;

/// Lookup table types whose name is a file (postconf(5) and
/// DATABASE_README): indexed files, pattern files, and the client
/// configuration files of the database types.
const FILE_TYPES: &[&str] = &[
    "btree", "cdb", "cidr", "dbm", "hash", "ldap", "lmdb", "memcache", "mysql", "pcre", "pgsql",
    "regexp", "sdbm", "sqlite", "texthash",
];

/// Templates a map may be kept as (`virtual.j2`): the rendering tools'
/// suffixes among the kinds' copy suffixes (backups are not the map).
const TEMPLATE_SUFFIXES: &[&str] = &[
    ".j2",
    ".jinja",
    ".jinja2",
    ".tmpl",
    ".tpl",
    ".erb",
    ".epp",
    ".gotmpl",
    ".template",
    ".in",
];

/// Postfix's default `config_directory`.
const CONFIG_DIRECTORY: &str = "/etc/postfix";

/// A file named in the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapReference {
    /// Where it is written (the path, without its `type:`), absolute bytes.
    pub range: Range<usize>,
    /// `hash`, `pcre`, ... ; empty for a bare `$config_directory/...` path.
    pub table_type: String,
    /// The path with `$config_directory` replaced.
    pub path: String,
}

/// `$config_directory`, `${config_directory}` and `$(config_directory)` at
/// the start of `path`: the rest.
fn after_config_directory(path: &str) -> Option<&str> {
    [
        "$config_directory",
        "${config_directory}",
        "$(config_directory)",
    ]
    .iter()
    .find_map(|prefix| path.strip_prefix(prefix))
    .filter(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The references in one value (`range`, logical), as absolute ranges.
fn in_value(
    text: &str,
    range: Range<usize>,
    config_directory: &str,
    absolute: &dyn Fn(Range<usize>) -> Range<usize>,
    out: &mut Vec<MapReference>,
) {
    let value = &text[range.clone()];
    let mut at = range.start;
    // Items are separated by white space and commas; the maps of
    // unionmap:{...} and pipemap:{...} are items too (`${name}` braces
    // are not groups).
    for item in value.split(|c: char| c.is_whitespace() || c == ',') {
        let mut start = at;
        at += item.len() + 1;
        let mut item = item;
        if let Some(open) = item.rfind(":{") {
            start += open + 2;
            item = &item[open + 2..];
        }
        let opened = item.matches('{').count();
        while item.matches('}').count() > opened && item.ends_with('}') {
            item = &item[..item.len() - 1];
        }
        if item.is_empty() || super::template::is_templated(item) {
            continue;
        }
        let mut rest = item;
        let mut table_type = "";
        while let Some((head, tail)) = rest.split_once(':') {
            if head == "proxy" {
                rest = tail;
                continue;
            }
            if FILE_TYPES.contains(&head) {
                table_type = head;
                rest = tail;
            }
            break;
        }
        let path = if let Some(tail) = after_config_directory(rest) {
            format!("{config_directory}{tail}")
        } else if !table_type.is_empty() && rest.starts_with('/') {
            rest.to_string()
        } else {
            continue;
        };
        if path.len() <= 1 || path.contains('$') {
            continue;
        }
        let path_start = start + (item.len() - rest.len());
        out.push(MapReference {
            range: absolute(path_start..path_start + rest.len()),
            table_type: table_type.to_string(),
            path,
        });
    }
}

/// Every map file a main.cf or master.cf names, in document order.
pub fn references(kind: FileKind, text: &str) -> Vec<MapReference> {
    let masked = super::masked(kind, text);
    let text = masked.as_ref();
    let starts = super::symbol::line_starts(text);
    let lines = logical_lines(text, true);
    let mut out = Vec::new();
    match kind {
        FileKind::PostfixMain => {
            let entries = parse_main(&lines, &mut Scan::default(), Lang::En);
            let config_directory = entries
                .iter()
                .rev()
                .find(|e| e.name == "config_directory")
                .map(|e| {
                    lines[e.logical].text[e.value.clone()]
                        .trim_end_matches('/')
                        .to_string()
                })
                .filter(|dir| dir.starts_with('/') && !dir.contains('$'))
                .unwrap_or_else(|| CONFIG_DIRECTORY.to_string());
            for entry in &entries {
                let logical = &lines[entry.logical];
                let absolute = |range| super::symbol::absolute(&starts, logical, range);
                in_value(
                    &logical.text,
                    entry.value.clone(),
                    &config_directory,
                    &absolute,
                    &mut out,
                );
            }
        }
        FileKind::PostfixMaster => {
            for logical in &lines {
                let absolute = |range| super::symbol::absolute(&starts, logical, range);
                for (_, _, value) in overrides(logical) {
                    in_value(&logical.text, value, CONFIG_DIRECTORY, &absolute, &mut out);
                }
            }
        }
        _ => {}
    }
    out
}

fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |slash| &path[..slash])
}

/// `path` or its template (`virtual.j2`, `virtual.erb`, ...) among
/// `candidates`.
fn find_file<'a>(path: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let matches = |candidate: &str| {
        candidate == path
            || TEMPLATE_SUFFIXES
                .iter()
                .any(|ext| candidate.strip_suffix(ext) == Some(path))
    };
    candidates.iter().copied().find(|c| matches(c))
}

/// The workspace file a reference means. `document` is the path of the
/// main.cf or master.cf, `candidates` the workspace's files (absolute
/// paths, `/` separated). In order: the path itself; beside the document,
/// by the path under `config_directory` (`/etc/postfix/maps/x` is
/// `maps/x` beside main.cf); a file below a folder named `postfix`
/// (`.../postfix/maps/x`, `.../roles/postfix/files/maps/x`), the nearest
/// to the document first; a file whose path ends with the whole path
/// (`.../etc/aliases`). Template copies (`x.j2`) count.
pub fn resolve<'a>(
    reference: &MapReference,
    document: &str,
    candidates: &[&'a str],
) -> Option<&'a str> {
    if let Some(found) = find_file(&reference.path, candidates) {
        return Some(found);
    }
    let relative = reference
        .path
        .strip_prefix(CONFIG_DIRECTORY)
        .and_then(|rest| rest.strip_prefix('/'));
    if let Some(relative) = relative {
        let beside = format!("{}/{relative}", parent(document));
        if let Some(found) = find_file(&beside, candidates) {
            return Some(found);
        }
        // `.../postfix/maps/x`, and an Ansible role's
        // `.../roles/postfix/files/maps/x`: a folder named postfix above.
        let tail = format!("/{relative}");
        let under_postfix = |c: &str| {
            c.strip_suffix(&tail)
                .is_some_and(|above| above.ends_with("/postfix") || above.contains("/postfix/"))
        };
        let mut found: Vec<&str> = candidates
            .iter()
            .copied()
            .filter(|c| {
                under_postfix(c)
                    || TEMPLATE_SUFFIXES
                        .iter()
                        .any(|ext| c.strip_suffix(ext).is_some_and(under_postfix))
            })
            .collect();
        // The one nearest the document first.
        found.sort_by_key(|c| std::cmp::Reverse(common_prefix(c, document)));
        if let Some(first) = found.first() {
            return Some(first);
        }
    }
    candidates
        .iter()
        .copied()
        .find(|c| c.ends_with(&reference.path))
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// Information diagnostics for the map files of `config_directory` that
/// are not in a workspace that holds other files of the configuration
/// (some reference resolved): `resolved[i]` says whether `references[i]`
/// was found. A workspace that holds none of them is not checked.
pub fn missing(
    text: &str,
    references: &[MapReference],
    resolved: &[bool],
    lang: Lang,
) -> Vec<Diagnostic> {
    if !resolved.iter().any(|found| *found) {
        return Vec::new();
    }
    let starts = super::symbol::line_starts(text);
    references
        .iter()
        .zip(resolved)
        .filter(|(reference, found)| {
            !**found && reference.path.starts_with(&format!("{CONFIG_DIRECTORY}/"))
        })
        .map(|(reference, _)| {
            let line = starts.partition_point(|&s| s <= reference.range.start) - 1;
            Diagnostic {
                line,
                start: reference.range.start - starts[line],
                end: reference.range.end - starts[line],
                severity: Severity::Information,
                rule: super::MISSING_MAP,
                message: messages::MissingMap {
                    path: &reference.path,
                }
                .get(lang),
                fixes: Vec::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(kind: FileKind, text: &str) -> Vec<(String, String, String)> {
        references(kind, text)
            .into_iter()
            .map(|r| (text[r.range].to_string(), r.table_type, r.path))
            .collect()
    }

    fn triple(written: &str, table: &str, path: &str) -> (String, String, String) {
        (written.into(), table.into(), path.into())
    }

    #[test]
    fn references_in_main_cf() {
        let text = "alias_maps = hash:/etc/aliases, nis:mail.aliases\n\
virtual_alias_maps = texthash:/etc/postfix/virtual, inline:{ a=b }\n\
header_checks = pcre:$config_directory/maps/header_checks.pcre\n\
smtpd_recipient_restrictions = permit_mynetworks,\n    check_recipient_access proxy:hash:/etc/postfix/recipient_access\n\
transport_maps = unionmap:{lmdb:/etc/postfix/transport, regexp:${config_directory}/transport.re}\n\
smtpd_tls_cert_file = /etc/ssl/cert.pem\n\
relay_domains = $mydestination, static:all, {{ extra_maps }}\n";
        assert_eq!(
            found(FileKind::PostfixMain, text),
            [
                triple("/etc/aliases", "hash", "/etc/aliases"),
                triple("/etc/postfix/virtual", "texthash", "/etc/postfix/virtual"),
                triple(
                    "$config_directory/maps/header_checks.pcre",
                    "pcre",
                    "/etc/postfix/maps/header_checks.pcre"
                ),
                triple(
                    "/etc/postfix/recipient_access",
                    "hash",
                    "/etc/postfix/recipient_access"
                ),
                triple("/etc/postfix/transport", "lmdb", "/etc/postfix/transport"),
                triple(
                    "${config_directory}/transport.re",
                    "regexp",
                    "/etc/postfix/transport.re"
                ),
            ]
        );
        // Another config_directory, and a bare path under it.
        let text = "config_directory = /usr/local/etc/postfix\nsmtpd_sender_login_maps = $config_directory/senders\n";
        assert_eq!(
            found(FileKind::PostfixMain, text),
            [triple(
                "$config_directory/senders",
                "",
                "/usr/local/etc/postfix/senders"
            )]
        );
    }

    #[test]
    fn references_in_master_cf() {
        let text = "submission inet n - n - - smtpd\n  -o smtpd_sender_login_maps=hash:/etc/postfix/senders\n  -o { smtpd_client_restrictions = check_client_access cidr:/etc/postfix/clients.cidr, reject }\n";
        assert_eq!(
            found(FileKind::PostfixMaster, text),
            [
                triple("/etc/postfix/senders", "hash", "/etc/postfix/senders"),
                triple(
                    "/etc/postfix/clients.cidr",
                    "cidr",
                    "/etc/postfix/clients.cidr"
                ),
            ]
        );
    }

    #[test]
    fn resolution_order() {
        let reference = |path: &str| MapReference {
            range: 0..0,
            table_type: "hash".into(),
            path: path.into(),
        };
        let document = "/home/u/mail/roles/postfix/templates/main.cf.j2";
        let candidates = [
            "/home/u/mail/roles/postfix/templates/virtual.j2",
            "/home/u/mail/roles/postfix/files/maps/transport",
            "/home/u/mail/other/postfix/maps/transport",
            "/home/u/mail/etc/aliases",
            "/srv/config/postfix/sender_access",
        ];
        assert_eq!(
            resolve(&reference("/etc/postfix/virtual"), document, &candidates),
            Some("/home/u/mail/roles/postfix/templates/virtual.j2")
        );
        // Under a postfix/ folder: the nearest one.
        assert_eq!(
            resolve(
                &reference("/etc/postfix/maps/transport"),
                document,
                &candidates
            ),
            Some("/home/u/mail/roles/postfix/files/maps/transport")
        );
        assert_eq!(
            resolve(
                &reference("/etc/postfix/sender_access"),
                document,
                &candidates
            ),
            Some("/srv/config/postfix/sender_access")
        );
        assert_eq!(
            resolve(&reference("/etc/aliases"), document, &candidates),
            Some("/home/u/mail/etc/aliases")
        );
        assert_eq!(
            resolve(&reference("/etc/postfix/nowhere"), document, &candidates),
            None
        );
        // The workspace is /etc/postfix itself.
        assert_eq!(
            resolve(
                &reference("/etc/postfix/virtual"),
                "/etc/postfix/main.cf",
                &["/etc/postfix/virtual"]
            ),
            Some("/etc/postfix/virtual")
        );
    }

    #[test]
    fn missing_maps_only_where_the_workspace_holds_the_configuration() {
        let text = "virtual_alias_maps = hash:/etc/postfix/virtual\nalias_maps = hash:/etc/aliases\ntransport_maps = hash:/etc/postfix/transport\n";
        let refs = references(FileKind::PostfixMain, text);
        assert_eq!(refs.len(), 3);
        let shown = |resolved: &[bool]| -> Vec<String> {
            missing(text, &refs, resolved, Lang::En)
                .into_iter()
                .map(|d| {
                    format!(
                        "{}:{}-{} {:?} {}",
                        d.line, d.start, d.end, d.severity, d.message
                    )
                })
                .collect()
        };
        assert!(shown(&[false, false, false]).is_empty());
        assert_eq!(
            shown(&[true, false, false]),
            [
                "2:22-44 Information /etc/postfix/transport is not in this workspace: no file beside main.cf or under a postfix/ folder has this name"
            ]
        );
    }
}

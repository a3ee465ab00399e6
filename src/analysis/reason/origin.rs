//! From a Postfix log line to the configuration that produced it: the
//! restriction in a main.cf list (`reject_unauth_destination`), the entry
//! of the access map a `check_*_access` names that matched the client, the
//! HELO name or the address, the `header_checks` or `body_checks` pattern
//! that matched the logged header, the `postscreen_dnsbl_sites` item, the
//! parameter behind a limit, and the parameter that set the reply code.
//!
//! Pure: the caller gives the main.cf and master.cf texts and reads the
//! map files they name (see [`origins`]). A table is matched as Postfix
//! looks it up (access(5): the address, its domain, its parent domains,
//! `user@`; the host name, its parent domains, the address and its
//! networks; `cidr:` networks; `pcre:`/`regexp:` patterns in file order,
//! case-insensitive unless the `i` flag says otherwise), and the entry's
//! action and text must agree with what was logged. DNS-based lookups
//! (`check_*_mx_access`, ...) cannot be replayed: their entries are found by
//! their text alone.

use super::postfix;
use crate::analysis::FileKind;
use crate::analysis::config::maps::{self, MapReference};
use crate::analysis::config::params;
use crate::analysis::config::settings::{self, Setting, TableEntry};
use crate::codes::Lang;
use crate::messages::reasons as msg;
use core::net::IpAddr;
use std::ops::Range;

/// A main.cf or master.cf of the configuration.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Source<'a> {
    pub path: &'a str,
    pub kind: FileKind,
    pub text: &'a str,
}

/// A map file, read by the caller: its path and text.
#[derive(Debug, Clone)]
pub(crate) struct MapText {
    pub path: String,
    pub text: String,
}

/// How a configuration line took part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Via {
    /// A restriction in a restriction list (`reject_unauth_destination`),
    /// or the restriction that names a map (`check_helo_access pcre:...`).
    Restriction,
    /// An entry of that map; `restriction` names it.
    Entry { restriction: String },
    /// A `header_checks` or `body_checks` pattern.
    Pattern,
    /// The parameter behind a limit or a feature (`message_size_limit`).
    Parameter,
    /// The parameter that sets the reply code.
    Code,
    /// Not set in the configuration: Postfix's default applies.
    Default { value: String },
}

/// One configuration line behind a log line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    /// The file (a source's or a map's path); empty for [`Via::Default`].
    pub path: String,
    /// Where, in that file's bytes.
    pub range: Range<usize>,
    /// The line it starts on, from 0.
    pub line: usize,
    /// The parameter it belongs to (`smtpd_helo_restrictions`), or the map
    /// parameter's (`header_checks`).
    pub setting: String,
    /// The master.cf service when set there with `-o`.
    pub service: Option<String>,
    /// What is written there, on one line.
    pub written: String,
    pub via: Via,
}

/// What a Postfix log line says about a refusal (or another action).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Logged<'l> {
    /// The syslog tag: `postfix/submission/smtpd`.
    pub tag: &'l str,
    /// `reject`, `reject_warning`, `warning`, `discard`, `hold`, ...
    pub action: &'l str,
    /// For cleanup's content checks: `header` or `body`, and the text.
    pub content: Option<(&'l str, &'l str)>,
    /// The client's name (`unknown` when it has none) and address.
    pub client: Option<(&'l str, &'l str)>,
    /// The first digit of the reply code, when one was logged.
    pub class: Option<u8>,
    /// The reply's text, after its codes.
    pub text: &'l str,
    pub from: Option<&'l str>,
    pub to: Option<&'l str>,
    pub helo: Option<&'l str>,
}

/// The actions Postfix logs a decision with (smtpd_check.c, cleanup and
/// postscreen): `reject: RCPT from ...`, `discard: header ...`.
const ACTIONS: &[&str] = &[
    "reject",
    "reject_warning",
    "milter-reject",
    "warning",
    "discard",
    "milter-discard",
    "hold",
    "milter-hold",
    "redirect",
    "filter",
    "replace",
    "prepend",
    "info",
];

/// A `<...>` field after `name=` from `at`.
fn field<'l>(line: &'l str, name: &str, from: usize) -> Option<&'l str> {
    let rest = line.get(from..)?;
    let at = rest.find(&format!("{name}=<"))? + name.len() + 2;
    let end = rest[at..].find('>')?;
    Some(&rest[at..at + end])
}

/// `name[address]` or `[address]:port` (postscreen): `(name, address)`.
fn client_of(host: &str) -> Option<(&str, &str)> {
    let open = host.find('[')?;
    let close = open + host[open..].find(']')?;
    Some((&host[..open], &host[open + 1..close]))
}

/// Skips a reply code and an enhanced code at the start of `text`:
/// `(first digit of the code, rest)`.
fn after_codes(text: &str) -> (Option<u8>, &str) {
    let mut rest = text.trim_start();
    let mut class = None;
    let word = rest.split(' ').next().unwrap_or_default();
    if word.len() == 3 && word.bytes().all(|b| b.is_ascii_digit()) {
        class = word.bytes().next().map(|b| b - b'0');
        rest = rest[3..].trim_start();
    }
    let word = rest.split(' ').next().unwrap_or_default();
    let enhanced = word.split('.').count() == 3
        && word
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    if enhanced {
        class = class.or_else(|| word.bytes().next().map(|b| b - b'0'));
        rest = rest[word.len()..].trim_start();
    }
    (class, rest)
}

impl<'l> Logged<'l> {
    /// Reads a Postfix line that logs a decision; `None` for any other line.
    pub(crate) fn read(line: &'l str) -> Option<Logged<'l>> {
        let tag_start = line.find("postfix")?;
        let tag_end = tag_start + line[tag_start..].find(['[', ':'])?;
        let tag = &line[tag_start..tag_end];
        let after_tag = tag_end + line[tag_end..].find(": ")? + 2;
        let body = &line[after_tag..];
        // `NOQUEUE: reject: ...` or `3F2A41C0A2: reject: ...`.
        let (action, at) = ACTIONS.iter().find_map(|action| {
            let marker = format!("{action}: ");
            let at = if body.starts_with(&marker) {
                Some(0)
            } else {
                body.find(&format!(": {marker}")).map(|at| at + 2)
            }?;
            // The queue ID (or NOQUEUE) is one word.
            (!body[..at].trim_end_matches([':', ' ']).contains(' '))
                .then_some((*action, after_tag + at + marker.len()))
        })?;
        let rest = &line[at..];
        let mut logged = Logged {
            tag,
            action,
            content: None,
            client: None,
            class: None,
            text: "",
            from: None,
            to: None,
            helo: None,
        };
        // The fields end the line: `; from=<a> to=<b> proto=ESMTP helo=<h>`.
        let fields_at = ["; from=<", "; to=<", "; proto="]
            .iter()
            .filter_map(|marker| rest.rfind(marker))
            .min()
            .map_or(line.len(), |at_rest| at + at_rest);
        logged.from = field(line, "from", fields_at);
        logged.to = field(line, "to", fields_at);
        logged.helo = field(line, "helo", fields_at);
        let class = rest.split(' ').next().unwrap_or_default();
        if matches!(class, "header" | "body" | "mime-header" | "nested-header") {
            // cleanup: `header Subject: x from host[1.2.3.4]; from=<> ...: 5.7.1 text`.
            let content = &line[at + class.len() + 1..fields_at];
            let content = match content.rfind(" from ") {
                Some(from)
                    if content[from + 6..].contains('[') || content.ends_with(" from local") =>
                {
                    logged.client = client_of(&content[from + 6..]);
                    &content[..from]
                }
                _ => content,
            };
            logged.content = Some((class, content));
            if let Some(tail) = line.get(fields_at..)
                && let Some(colon) = tail.find(">: ")
            {
                let (class, text) = after_codes(&tail[colon + 3..]);
                logged.class = class;
                logged.text = text.trim_end();
            }
            return Some(logged);
        }
        // Only cleanup logs these, for its content checks: an smtpd
        // `warning:` is no decision.
        if matches!(action, "warning" | "info" | "replace" | "prepend") {
            return None;
        }
        // smtpd and postscreen: `RCPT from name[1.2.3.4]: 554 5.7.1 text`.
        let reply_at = rest.find("]: ").map(|end| end + 3).or_else(|| {
            // postscreen: `[1.2.3.4]:5678: 550 ...`
            rest.find("]:")
                .and_then(|end| rest[end + 2..].find(": ").map(|c| end + 2 + c + 2))
        })?;
        if let Some(from) = rest[..reply_at].find(" from ") {
            logged.client = client_of(&rest[from + 6..reply_at]);
        }
        let reply = line.get(at + reply_at..fields_at.max(at + reply_at))?;
        let (class, text) = after_codes(reply);
        logged.class = class;
        logged.text = text.trim_end();
        Some(logged)
    }

    /// The master.cf service the tag names (`postfix/submission/smtpd` is
    /// `submission`); `None` for the default `postfix/...` name.
    fn syslog_name(&self) -> &'l str {
        self.tag.rsplit_once('/').map_or(self.tag, |(name, _)| name)
    }
}

/// The access families of smtpd's `<x>: Client host rejected: ...`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Client,
    Helo,
    Sender,
    Recipient,
}

impl Family {
    fn of(text: &str) -> Option<(Family, usize)> {
        [
            ("Client host rejected: ", Family::Client),
            ("Helo command rejected: ", Family::Helo),
            ("Sender address rejected: ", Family::Sender),
            ("Recipient address rejected: ", Family::Recipient),
            // `<a@b>: Sender address triggers DISCARD action` (smtpd's log
            // of an access map's DISCARD, HOLD, FILTER, REDIRECT).
            ("Client host triggers ", Family::Client),
            ("Helo command triggers ", Family::Helo),
            ("Sender address triggers ", Family::Sender),
            ("Recipient address triggers ", Family::Recipient),
        ]
        .iter()
        .find_map(|(marker, family)| text.find(marker).map(|at| (*family, at + marker.len())))
    }

    /// The restriction lists whose refusals this family names.
    fn lists(self) -> &'static [&'static str] {
        match self {
            Family::Client => &["smtpd_client_restrictions"],
            Family::Helo => &["smtpd_helo_restrictions"],
            Family::Sender => &["smtpd_sender_restrictions"],
            Family::Recipient => &["smtpd_recipient_restrictions", "smtpd_relay_restrictions"],
        }
    }

    /// The restrictions that look this family up in a map.
    fn restrictions(self) -> &'static [&'static str] {
        match self {
            Family::Client => &[
                "check_client_access",
                "check_reverse_client_hostname_access",
                "check_client_a_access",
                "check_client_mx_access",
                "check_client_ns_access",
                "check_reverse_client_hostname_a_access",
                "check_reverse_client_hostname_mx_access",
                "check_reverse_client_hostname_ns_access",
                "check_ccert_access",
                "check_sasl_access",
            ],
            Family::Helo => &[
                "check_helo_access",
                "check_helo_a_access",
                "check_helo_mx_access",
                "check_helo_ns_access",
            ],
            Family::Sender => &[
                "check_sender_access",
                "check_sender_a_access",
                "check_sender_mx_access",
                "check_sender_ns_access",
            ],
            Family::Recipient => &[
                "check_recipient_access",
                "check_recipient_a_access",
                "check_recipient_mx_access",
                "check_recipient_ns_access",
            ],
        }
    }
}

/// The restriction lists smtpd evaluates, for defaults.
const RESTRICTION_LISTS: &[&str] = &[
    "smtpd_client_restrictions",
    "smtpd_helo_restrictions",
    "smtpd_sender_restrictions",
    "smtpd_relay_restrictions",
    "smtpd_recipient_restrictions",
    "smtpd_data_restrictions",
    "smtpd_end_of_data_restrictions",
    "smtpd_etrn_restrictions",
];

/// The DNS list restrictions: the item after them is the list's domain.
const DNSBL_RESTRICTIONS: &[&str] = &[
    "reject_rbl_client",
    "reject_rhsbl_client",
    "reject_rhsbl_reverse_client",
    "reject_rhsbl_helo",
    "reject_rhsbl_sender",
    "reject_rhsbl_recipient",
    "warn_if_reject",
];

/// A source's settings with the source's path.
struct Found<'a> {
    source: &'a Source<'a>,
    setting: Setting,
}

/// The settings that apply to the logged service: main.cf's, and the `-o`
/// overrides of the master.cf services the syslog name may be. An
/// override of the one service the syslog name names hides main.cf's.
fn applicable<'a>(sources: &'a [Source<'a>], logged: &Logged) -> Vec<Found<'a>> {
    let mut main = Vec::new();
    let mut master = Vec::new();
    for source in sources {
        let found = settings::settings(source.kind, source.text);
        match source.kind {
            FileKind::PostfixMain => {
                main.extend(found.into_iter().map(|setting| Found { source, setting }))
            }
            FileKind::PostfixMaster => {
                master.extend(found.into_iter().map(|setting| Found { source, setting }))
            }
            _ => {}
        }
    }
    // Each service's syslog_name (`-o syslog_name=postfix/submission`).
    let syslog_of = |service: &str| {
        master
            .iter()
            .find(|f: &&Found| {
                f.setting.service.as_deref() == Some(service) && f.setting.name == "syslog_name"
            })
            .and_then(|f| f.setting.items.first().map(|(_, v)| v.clone()))
    };
    let name = logged.syslog_name();
    let named = |service: &str| match syslog_of(service) {
        Some(syslog) => syslog == name,
        None => name == "postfix",
    };
    let mut services: Vec<String> = master
        .iter()
        .filter_map(|f| f.setting.service.clone())
        .filter(|service| named(service))
        .collect();
    services.dedup();
    let own: Vec<Found> = master
        .into_iter()
        .filter(|f| {
            f.setting
                .service
                .as_ref()
                .is_some_and(|s| services.contains(s))
        })
        .collect();
    // Only a service named by its own syslog_name is known for sure.
    let sure = name != "postfix" && services.len() == 1;
    let mut out: Vec<Found> = main
        .into_iter()
        .filter(|f| !(sure && own.iter().any(|o| o.setting.name == f.setting.name)))
        .collect();
    out.extend(own);
    out
}

/// The line (from 0) of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

fn origin(found: &Found, range: Range<usize>, written: String, via: Via) -> Origin {
    Origin {
        path: found.source.path.to_string(),
        line: line_of(found.source.text, range.start),
        range,
        setting: found.setting.name.clone(),
        service: found.setting.service.clone(),
        written,
        via,
    }
}

/// The items equal to `token` (ASCII case-insensitive) in the settings.
fn restriction_origins(found: &[Found], token: &str) -> Vec<Origin> {
    let mut out = Vec::new();
    for f in found {
        for (range, item) in &f.setting.items {
            if item.eq_ignore_ascii_case(token) {
                out.push(origin(f, range.clone(), item.clone(), Via::Restriction));
            }
        }
    }
    out
}

/// The restriction lists not set whose default holds `token`.
fn default_origins(found: &[Found], token: &str) -> Vec<Origin> {
    RESTRICTION_LISTS
        .iter()
        .filter(|list| !found.iter().any(|f| f.setting.name == **list))
        .filter_map(|list| {
            let default = params::lookup(list)?.default;
            default
                .split(|c: char| c.is_whitespace() || c == ',')
                .any(|item| item.eq_ignore_ascii_case(token))
                .then(|| Origin {
                    path: String::new(),
                    range: 0..0,
                    line: 0,
                    setting: (*list).to_string(),
                    service: None,
                    written: String::new(),
                    via: Via::Default {
                        value: default.to_string(),
                    },
                })
        })
        .collect()
}

/// The setting of `name` as a whole (name to last item), or its default.
fn parameter_origin(found: &[Found], name: &str, via: Via) -> Option<Origin> {
    match found.iter().rev().find(|f| f.setting.name == name) {
        Some(f) => {
            let end = f
                .setting
                .items
                .last()
                .map_or(f.setting.name_range.end, |(range, _)| range.end);
            let values: Vec<&str> = f.setting.items.iter().map(|(_, v)| v.as_str()).collect();
            let written = format!("{} = {}", f.setting.name, values.join(" "));
            Some(origin(f, f.setting.name_range.start..end, written, via))
        }
        None if via == Via::Parameter => {
            let default = params::lookup(name)?.default;
            Some(Origin {
                path: String::new(),
                range: 0..0,
                line: 0,
                setting: name.to_string(),
                service: None,
                written: String::new(),
                via: Via::Default {
                    value: default.to_string(),
                },
            })
        }
        None => None,
    }
}

/// The map an item (`pcre:/etc/postfix/helo_access.pcre`) names.
fn map_reference(source: &Source, range: &Range<usize>) -> Option<MapReference> {
    maps::references(source.kind, source.text)
        .into_iter()
        .find(|reference| range.start <= reference.range.start && reference.range.end <= range.end)
}

/// A table's action and its optional text: `REJECT go away` is
/// `("REJECT", "go away")`; `554 5.7.1 go away` is `("554", "go away")`.
fn action_of(value: &str) -> (&str, &str) {
    let (word, rest) = value.split_once(' ').unwrap_or((value, ""));
    if word.len() == 3 && word.bytes().all(|b| b.is_ascii_digit()) {
        let (_, text) = after_codes(value);
        return (word, text);
    }
    (word, rest.trim())
}

/// Whether an access-map action refuses (what a `reject:` line logs).
fn refuses(action: &str, logged_action: &str) -> bool {
    let upper = action.to_ascii_uppercase();
    match logged_action {
        "reject" | "reject_warning" => {
            matches!(
                upper.as_str(),
                "REJECT" | "DEFER" | "DEFER_IF_REJECT" | "DEFER_IF_PERMIT"
            ) || (upper.len() == 3 && matches!(upper.as_bytes()[0], b'4' | b'5'))
                || upper.starts_with("REJECT_")
                || upper.starts_with("DEFER_")
                || upper.starts_with("CHECK_")
                // A restriction class: a name of the configuration's own.
                || action.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
                    && !matches!(action, "permit" | "dunno" | "ok")
                    && !action.starts_with("permit_")
        }
        "warning" => upper == "WARN",
        "milter-reject" | "milter-discard" | "milter-hold" => false,
        other => upper == other.to_ascii_uppercase(),
    }
}

/// Whether an entry's text says what was logged: `$1`/`${1}` stand for
/// anything; an entry without text logs `default`.
fn text_agrees(entry_text: &str, logged: &str, default: &str) -> bool {
    let entry_text = if entry_text.is_empty() {
        default
    } else {
        entry_text
    };
    let mut pattern = String::from("(?i)^");
    let mut rest = entry_text;
    while let Some(dollar) = rest.find('$') {
        pattern.push_str(&regex::escape(&rest[..dollar]));
        let after = &rest[dollar + 1..];
        let skip = if let Some(inner) = after.strip_prefix('{') {
            inner.find('}').map(|end| end + 2)
        } else {
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0).then_some(digits)
        };
        match skip {
            Some(skip) => {
                pattern.push_str(".*?");
                rest = &after[skip..];
            }
            None => {
                pattern.push_str(&regex::escape("$"));
                rest = after;
            }
        }
    }
    pattern.push_str(&regex::escape(rest));
    pattern.push('$');
    let logged = logged.split_whitespace().collect::<Vec<_>>().join(" ");
    regex::Regex::new(&pattern).is_ok_and(|re| re.is_match(&logged))
}

/// A pattern table's `/regex/flags` (any delimiter, `!` to negate),
/// compiled as Postfix reads it: case-insensitive unless `i` is given.
fn pattern_of(key: &str) -> Option<(regex::Regex, bool)> {
    let (negated, key) = match key.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, key),
    };
    let delimiter = key.chars().next()?;
    if delimiter.is_alphanumeric() || delimiter.is_whitespace() {
        return None;
    }
    let body = &key[delimiter.len_utf8()..];
    let close = body.rfind(delimiter)?;
    let (pattern, flags) = (&body[..close], &body[close + delimiter.len_utf8()..]);
    let mut builder = regex::RegexBuilder::new(pattern);
    builder
        .case_insensitive(!flags.contains('i'))
        .multi_line(flags.contains('m'))
        .dot_matches_new_line(flags.contains('s'))
        .ignore_whitespace(flags.contains('x'))
        .swap_greed(flags.contains('U'))
        .size_limit(1 << 20);
    builder.build().ok().map(|re| (re, negated))
}

/// The keys an indexed access table is looked up with, in Postfix's
/// order (access(5)).
fn host_keys(host: &str, out: &mut Vec<String>) {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.is_empty() {
        return;
    }
    out.push(host.clone());
    let mut rest = host.as_str();
    while let Some((_, parent)) = rest.split_once('.') {
        out.push(parent.to_string());
        out.push(format!(".{parent}"));
        rest = parent;
    }
}

fn address_keys(address: &str, out: &mut Vec<String>) {
    let address = address.to_ascii_lowercase();
    if address.is_empty() {
        out.push("<>".to_string());
        return;
    }
    let Some((user, domain)) = address.rsplit_once('@') else {
        out.push(address);
        return;
    };
    out.push(address.clone());
    let base = user.split(['+', '-']).next().unwrap_or(user);
    if base != user && !base.is_empty() {
        out.push(format!("{base}@{domain}"));
    }
    host_keys(domain, out);
    out.push(format!("{user}@"));
    if base != user && !base.is_empty() {
        out.push(format!("{base}@"));
    }
}

fn ip_keys(address: &str, out: &mut Vec<String>) {
    let address = address.trim_start_matches("ipv6:").to_ascii_lowercase();
    let separator = if address.contains(':') { ':' } else { '.' };
    let mut rest = address.as_str();
    out.push(rest.to_string());
    while let Some((network, _)) = rest.rsplit_once(separator) {
        if network.is_empty() {
            break;
        }
        out.push(network.to_string());
        rest = network;
    }
}

/// What a family looks up, as strings (each looked up on its own, in
/// this order).
fn looked_up(family: Family, logged: &Logged, shown: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    match family {
        Family::Client => {
            if let Some((name, address)) = logged.client.or_else(|| shown.and_then(client_of)) {
                if name != "unknown" && !name.is_empty() {
                    out.push(name.to_string());
                }
                out.push(address.to_string());
            }
        }
        Family::Helo => out.extend(shown.or(logged.helo).map(str::to_string)),
        Family::Sender => out.extend(shown.or(logged.from).map(str::to_string)),
        Family::Recipient => out.extend(shown.or(logged.to).map(str::to_string)),
    }
    out
}

/// The keys of one looked-up string for an indexed table.
fn indexed_keys(family: Family, value: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let bare = value.trim_start_matches('[').trim_end_matches(']');
    match family {
        Family::Sender | Family::Recipient => address_keys(value, &mut keys),
        _ if bare.parse::<IpAddr>().is_ok() => ip_keys(bare, &mut keys),
        _ => host_keys(value, &mut keys),
    }
    keys
}

/// `network/prefix` (or an address) containing `address`.
fn cidr_contains(key: &str, address: &str) -> bool {
    let Ok(address) = address.parse::<IpAddr>() else {
        return false;
    };
    let key = key.trim_start_matches('[').replace(']', "");
    let (network, prefix) = key.split_once('/').unwrap_or((&key, ""));
    let Ok(network) = network.parse::<IpAddr>() else {
        return false;
    };
    match (network, address) {
        (IpAddr::V4(n), IpAddr::V4(a)) => {
            let bits: u32 = prefix.parse().unwrap_or(32).min(32);
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - bits)
            };
            u32::from(n) & mask == u32::from(a) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(a)) => {
            let bits: u32 = prefix.parse().unwrap_or(128).min(128);
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - bits)
            };
            u128::from(n) & mask == u128::from(a) & mask
        }
        _ => false,
    }
}

/// The entry Postfix finds first for `values` in a table of `table_type`.
fn first_match<'e>(
    table_type: &str,
    entries: &'e [TableEntry],
    family: Option<Family>,
    values: &[String],
) -> Option<&'e TableEntry> {
    match table_type {
        "pcre" | "regexp" => {
            let patterns: Vec<(Option<(regex::Regex, bool)>, &TableEntry)> =
                entries.iter().map(|e| (pattern_of(&e.key), e)).collect();
            values.iter().find_map(|value| {
                patterns.iter().find_map(|(pattern, entry)| {
                    let (re, negated) = pattern.as_ref()?;
                    (re.is_match(value) != *negated).then_some(*entry)
                })
            })
        }
        "cidr" => values.iter().find_map(|value| {
            let bare = value.trim_start_matches('[').trim_end_matches(']');
            entries
                .iter()
                .find(|entry| match entry.key.strip_prefix('!') {
                    Some(key) => !cidr_contains(key, bare),
                    None => cidr_contains(&entry.key, bare),
                })
        }),
        _ => {
            let family = family?;
            values.iter().find_map(|value| {
                indexed_keys(family, value).iter().find_map(|key| {
                    entries
                        .iter()
                        .find(|entry| entry.key.eq_ignore_ascii_case(key))
                })
            })
        }
    }
}

/// One line of an entry, cut for a hover.
fn one_line(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(100) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

fn entry_origin(map: &MapText, entry: &TableEntry, setting: &Found, via: Via) -> Origin {
    Origin {
        path: map.path.clone(),
        line: line_of(&map.text, entry.range.start),
        range: entry.range.clone(),
        setting: setting.setting.name.clone(),
        service: setting.setting.service.clone(),
        written: one_line(&format!("{} {}", entry.key, entry.value)),
        via,
    }
}

/// The access-map entries behind a `... rejected: text` reply, with the
/// restrictions that name their maps.
fn access_origins(
    found: &[Found],
    logged: &Logged,
    family: Family,
    text_at: usize,
    read_map: &mut dyn FnMut(&Source, &MapReference) -> Option<MapText>,
) -> Vec<Origin> {
    let text = &logged.text[text_at..];
    // DISCARD, HOLD, FILTER, REDIRECT: logged under their own names.
    let triggers = !matches!(logged.action, "reject" | "reject_warning");
    // `<x>: Client host rejected`: what was looked up.
    let shown = logged.text[..text_at].rfind(">: ").and_then(|end| {
        logged.text[..end]
            .rfind('<')
            .map(|open| &logged.text[open + 1..end])
    });
    let values = looked_up(family, logged, shown);
    let mut matched = Vec::new();
    let mut by_text = Vec::new();
    for f in found {
        let items = &f.setting.items;
        for (index, (range, item)) in items.iter().enumerate() {
            if !family
                .restrictions()
                .iter()
                .any(|r| item.eq_ignore_ascii_case(r))
            {
                continue;
            }
            let Some((map_range, _)) = items.get(index + 1) else {
                continue;
            };
            let Some(reference) = map_reference(f.source, map_range) else {
                continue;
            };
            let Some(map) = read_map(f.source, &reference) else {
                continue;
            };
            let entries = settings::table_entries(&map.text);
            let replayable =
                !item.contains("_a_") && !item.contains("_mx_") && !item.contains("_ns_");
            let restriction = item.to_ascii_lowercase();
            let naming = origin(
                f,
                range.start..map_range.end,
                format!("{item} {}", map_range_text(items, index + 1)),
                Via::Restriction,
            );
            let first = replayable
                .then(|| first_match(&reference.table_type, &entries, Some(family), &values))
                .flatten();
            if let Some(entry) = first {
                let (action, entry_text) = action_of(&entry.value);
                let agrees = if triggers {
                    action.eq_ignore_ascii_case(logged.action)
                } else {
                    refuses(action, logged.action) && text_agrees(entry_text, text, "Access denied")
                };
                if agrees {
                    matched.push(entry_origin(
                        &map,
                        entry,
                        f,
                        Via::Entry {
                            restriction: restriction.clone(),
                        },
                    ));
                    matched.push(naming);
                }
                continue;
            }
            // Not replayable, or nothing matched what was looked up: an
            // entry whose own text is the logged text.
            for entry in &entries {
                let (action, entry_text) = action_of(&entry.value);
                if !entry_text.is_empty()
                    && refuses(action, logged.action)
                    && text_agrees(entry_text, text, "")
                {
                    by_text.push(entry_origin(
                        &map,
                        entry,
                        f,
                        Via::Entry {
                            restriction: restriction.clone(),
                        },
                    ));
                    by_text.push(naming.clone());
                    break;
                }
            }
        }
    }
    if matched.is_empty() { by_text } else { matched }
}

fn map_range_text(items: &[(Range<usize>, String)], index: usize) -> &str {
    items.get(index).map_or("", |(_, item)| item.as_str())
}

/// The header_checks or body_checks patterns behind a cleanup action.
fn content_origins(
    found: &[Found],
    logged: &Logged,
    class: &str,
    content: &str,
    read_map: &mut dyn FnMut(&Source, &MapReference) -> Option<MapText>,
) -> Vec<Origin> {
    let parameters: &[&str] = if class == "body" {
        &["body_checks"]
    } else {
        &[
            "header_checks",
            "mime_header_checks",
            "nested_header_checks",
        ]
    };
    let mut by_text = Vec::new();
    for parameter in parameters {
        for f in found.iter().filter(|f| f.setting.name == *parameter) {
            for (range, _) in &f.setting.items {
                let Some(reference) = map_reference(f.source, range) else {
                    continue;
                };
                let Some(map) = read_map(f.source, &reference) else {
                    continue;
                };
                let entries = settings::table_entries(&map.text);
                let values = [content.to_string()];
                if let Some(entry) = first_match(&reference.table_type, &entries, None, &values) {
                    let (action, _) = action_of(&entry.value);
                    if refuses(action, logged.action) || action.eq_ignore_ascii_case(logged.action)
                    {
                        return vec![entry_origin(&map, entry, f, Via::Pattern)];
                    }
                    continue;
                }
                // A pattern this reader cannot compile (Perl features the
                // regex engine lacks): its text.
                for entry in &entries {
                    let (action, entry_text) = action_of(&entry.value);
                    if pattern_of(&entry.key).is_none()
                        && !entry_text.is_empty()
                        && action.eq_ignore_ascii_case(match logged.action {
                            "warning" => "WARN",
                            other => other,
                        })
                        && text_agrees(entry_text, logged.text, "")
                    {
                        by_text.push(entry_origin(&map, entry, f, Via::Pattern));
                    }
                }
            }
        }
    }
    by_text
}

/// `blocked using zen.spamhaus.org`: the restriction and its list, or the
/// postscreen_dnsbl_sites item.
fn dnsbl_origins(found: &[Found], logged: &Logged, zone: &str) -> Vec<Origin> {
    let zone_of = |item: &str| {
        item.split(['=', '*'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let mut out = Vec::new();
    let postscreen = logged.tag.ends_with("/postscreen");
    for f in found {
        let items = &f.setting.items;
        if postscreen {
            if f.setting.name == "postscreen_dnsbl_sites" {
                for (range, item) in items {
                    if zone_of(item) == zone {
                        out.push(origin(f, range.clone(), item.clone(), Via::Restriction));
                    }
                }
            }
            continue;
        }
        for pair in items.windows(2) {
            let [(first, restriction), (second, list)] = pair else {
                continue;
            };
            if DNSBL_RESTRICTIONS
                .iter()
                .any(|r| restriction.eq_ignore_ascii_case(r))
                && zone_of(list) == zone
            {
                out.push(origin(
                    f,
                    first.start..second.end,
                    format!("{restriction} {list}"),
                    Via::Restriction,
                ));
            }
        }
    }
    out
}

/// Every configuration line behind the decision `line` logs, most
/// specific first: the map entry or pattern, the restriction, the
/// parameter, the code parameter. Empty when the line logs no decision or
/// the configuration holds nothing that explains it. `read_map` reads a
/// map a source names (the caller finds it in the workspace).
pub(crate) fn origins(
    line: &str,
    sources: &[Source],
    read_map: &mut dyn FnMut(&Source, &MapReference) -> Option<MapText>,
) -> Vec<Origin> {
    let Some(logged) = Logged::read(line) else {
        return Vec::new();
    };
    if !sources.iter().any(|s| s.kind == FileKind::PostfixMain) {
        return Vec::new();
    }
    let found = applicable(sources, &logged);
    let mut out = Vec::new();
    if let Some((class, content)) = logged.content {
        out.extend(content_origins(&found, &logged, class, content, read_map));
        return out;
    }
    if let Some(at) = logged.text.find("blocked using ") {
        let zone = logged.text[at + "blocked using ".len()..]
            .split(|c: char| c.is_whitespace() || c == ';' || c == ',')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        out.extend(dnsbl_origins(&found, &logged, &zone));
        if logged.tag.ends_with("/postscreen") {
            out.extend(parameter_origin(
                &found,
                "postscreen_dnsbl_action",
                Via::Code,
            ));
        } else {
            out.extend(parameter_origin(&found, "maps_rbl_reject_code", Via::Code));
        }
        return out;
    }
    let rule = postfix::rule_for(logged.text).or_else(|| postfix::rule_for(line));
    let access = Family::of(logged.text);
    let by_map = rule.is_none_or(|rule| {
        rule.restriction.starts_with("check_") && rule.restriction.ends_with("_access")
    });
    if let (Some((family, at)), true) = (access, by_map) {
        out.extend(access_origins(&found, &logged, family, at, read_map));
        if !out.is_empty() {
            if matches!(logged.action, "reject" | "reject_warning") {
                out.extend(parameter_origin(
                    &found,
                    "access_map_reject_code",
                    Via::Code,
                ));
            }
            return out;
        }
        // The bare `reject` (or `defer`) of the family's own list:
        // `<x>: Client host rejected: Access denied` (smtpd_check.c).
        let (token, code) = match &logged.text[at..] {
            "Access denied" => ("reject", "reject_code"),
            "Try again later" => ("defer", "defer_code"),
            _ => return out,
        };
        for f in found
            .iter()
            .filter(|f| family.lists().contains(&f.setting.name.as_str()))
        {
            for (range, item) in &f.setting.items {
                if item.eq_ignore_ascii_case(token) {
                    out.push(origin(f, range.clone(), item.clone(), Via::Restriction));
                }
            }
        }
        if !out.is_empty() {
            out.extend(parameter_origin(&found, code, Via::Code));
        }
        return out;
    }
    let Some(rule) = rule else {
        return out;
    };
    let restriction = rule.restriction;
    if params::lookup(restriction).is_some() {
        out.extend(parameter_origin(&found, restriction, Via::Parameter));
    } else if !restriction.contains(' ') {
        // `defer_unauth_destination` answers 4XX where
        // `reject_unauth_destination` answers 5XX: the reply's class says
        // which one, the other is looked for when that one is not found.
        let mut tokens = vec![restriction.to_string()];
        if let Some(rest) = restriction.strip_prefix("reject_") {
            let deferred = format!("defer_{rest}");
            if logged.class == Some(4) {
                tokens.insert(0, deferred);
            } else {
                tokens.push(deferred);
            }
        }
        let mut restrictions = Vec::new();
        for token in &tokens {
            restrictions.extend(restriction_origins(&found, token));
            if restrictions.is_empty() {
                restrictions.extend(default_origins(&found, token));
            }
            if !restrictions.is_empty() {
                break;
            }
        }
        out.extend(restrictions);
    }
    if let Some(parameter) = rule.parameter {
        out.extend(parameter_origin(&found, parameter, Via::Code));
    }
    out
}

/// Markdown for a hover: one item per origin, each file line a link made
/// by `link(path, line)` (the caller knows the URIs), shown as
/// `name:line` (from 1).
pub(crate) fn markdown(
    origins: &[Origin],
    lang: Lang,
    link: &dyn Fn(&str, usize) -> String,
) -> Option<String> {
    if origins.is_empty() {
        return None;
    }
    let colon = match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    };
    let mut out = format!("**{}**{colon}\n", msg::OriginTitle.get(lang));
    for origin in origins {
        let name = origin.path.rsplit('/').next().unwrap_or(&origin.path);
        let link = format!(
            "[{name}:{}]({})",
            origin.line + 1,
            link(&origin.path, origin.line)
        );
        let written = origin.written.replace('`', "'");
        let setting = format!("`{}`", origin.setting);
        let mut item = match &origin.via {
            Via::Entry { restriction } => msg::OriginEntry {
                link: &link,
                written: &written,
                restriction: &format!("`{restriction}`"),
            }
            .get(lang),
            Via::Restriction => msg::OriginRestriction {
                link: &link,
                written: &written,
                setting: &setting,
            }
            .get(lang),
            Via::Pattern => msg::OriginPattern {
                link: &link,
                written: &written,
                setting: &setting,
            }
            .get(lang),
            Via::Parameter => msg::OriginParameter {
                link: &link,
                written: &written,
            }
            .get(lang),
            Via::Code => msg::OriginCode {
                link: &link,
                written: &written,
            }
            .get(lang),
            Via::Default { value } => msg::OriginDefault {
                setting: &setting,
                value: &one_line(value),
            }
            .get(lang),
        };
        if let Some(service) = &origin.service {
            item = msg::OriginService {
                text: &item,
                service: &format!("`{service}`"),
            }
            .get(lang);
        }
        out.push_str(&format!("- {item}\n"));
    }
    Some(out)
}

#[cfg(test)]
#[path = "origin_tests.rs"]
mod tests;

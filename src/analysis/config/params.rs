//! The Postfix parameters: one sorted static table generated from
//! `fixtures/reference/postfix-*.tsv` (names, defaults, versions,
//! deprecations) and `data/postfix/parameters/*.toml` (what each parameter
//! does, in English and French) by `params_tests`, looked up by binary
//! search.

#[rustfmt::skip]
#[path = "params_data.rs"]
mod data;

/// Where a parameter name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Printed by `postconf -d` (Postfix 3.7).
    Current,
    /// A per-service parameter of a service in Debian's default master.cf.
    Instance,
    /// Documented in postconf(5) but not printed by `postconf -d`: obsolete or hidden.
    Legacy,
    /// Documented in a newer postconf(5) (3.8 and later).
    Newer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    /// `postconf -d` of Postfix 3.7, or postconf(5)'s for newer names.
    pub default: &'static str,
    /// The Postfix version that introduced it (`2.3`, `3.10`); empty when
    /// postconf(5) does not say (Postfix 2.0 or older).
    pub since: &'static str,
    pub kind: ParamKind,
    /// What it does, in English and French (empty until written).
    pub en: &'static str,
    pub fr: &'static str,
}

impl Param {
    /// What it does, in `lang`; `None` until written.
    pub fn text(&self, lang: crate::codes::Lang) -> Option<&'static str> {
        let text = match lang {
            crate::codes::Lang::En => self.en,
            crate::codes::Lang::Fr => self.fr,
        };
        (!text.is_empty()).then_some(text)
    }
}

/// Whether Postfix still takes a name, from DEPRECATION_README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deprecation {
    pub name: &'static str,
    /// A restriction (in `smtpd_*_restrictions`) rather than a parameter.
    pub restriction: bool,
    /// The version whose Postfix logs that support will be removed.
    pub warned_since: &'static str,
    /// The version that removed it; empty while it still works.
    pub removed_in: &'static str,
    /// What to write instead; empty when the answer is "nothing".
    pub replacement: &'static str,
}

pub use data::{DEPRECATIONS, PARAMS, TEMPLATES};

/// The deprecation of a parameter or restriction name, if any.
pub fn deprecation(name: &str) -> Option<&'static Deprecation> {
    DEPRECATIONS
        .binary_search_by(|d| d.name.cmp(name))
        .ok()
        .map(|index| &DEPRECATIONS[index])
}

/// The parameter of that exact name.
pub fn lookup(name: &str) -> Option<&'static Param> {
    PARAMS
        .binary_search_by(|param| param.name.cmp(name))
        .ok()
        .map(|index| &PARAMS[index])
}

/// `<service>_destination_concurrency_limit` and the like: the template
/// suffix (`_destination_concurrency_limit`) and its default, when `name`
/// is a plausible service name followed by one.
pub fn template(name: &str) -> Option<(&'static str, &'static str)> {
    TEMPLATES.iter().copied().find(|(suffix, _)| {
        name.strip_suffix(suffix).is_some_and(|service| {
            !service.is_empty()
                && service
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        })
    })
}

/// True when Postfix knows `name` (exact or per-service).
pub fn is_known(name: &str) -> bool {
    lookup(name).is_some() || template(name).is_some()
}

/// The known names closest to `name` (edit distance at most 2, or 3 for long names).
pub fn suggest(name: &str) -> Option<&'static str> {
    let limit = if name.len() >= 16 { 3 } else { 2 };
    let mut best: Option<(usize, &'static str)> = None;
    for param in PARAMS {
        if param.name.len().abs_diff(name.len()) > limit {
            continue;
        }
        let Some(distance) = distance_within(name.as_bytes(), param.name.as_bytes(), limit) else {
            continue;
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, param.name));
        }
    }
    best.map(|(_, name)| name)
}

/// The edit distance of `a` and `b` when it is at most `limit`. One row,
/// on the stack for names of up to 63 bytes, and given up as soon as every
/// entry of a row is past `limit`: a config of 5,000 names of its own asks
/// this of every parameter for each, so most pairs stop after a few bytes.
fn distance_within(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut stack = [0usize; 64];
    let mut heap = Vec::new();
    let row: &mut [usize] = if b.len() < stack.len() {
        &mut stack[..=b.len()]
    } else {
        heap.resize(b.len() + 1, 0);
        &mut heap
    };
    for (j, entry) in row.iter_mut().enumerate() {
        *entry = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut smallest = row[0];
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
            smallest = smallest.min(row[j + 1]);
        }
        if smallest > limit {
            return None;
        }
    }
    let distance = row[b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
#[path = "params_tests.rs"]
mod tests;

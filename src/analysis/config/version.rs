//! Which Postfix a configuration is for.
//!
//! Three sources, most specific first: a `# mail-lsp: postfix=3.7` comment
//! in the file, the `postfix.version` setting, and main.cf's
//! `compatibility_level`, which is only a lower bound (a 3.9 server may
//! keep `compatibility_level = 3.6`). An exact version makes newer
//! parameters warnings; any known lower bound makes deprecated ones
//! warnings and picks the defaults that depend on the compatibility level.
//! Without any, nothing depends on a version.

use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    pub major: u16,
    pub minor: u16,
}

impl Version {
    /// `3.7`, `3.7.11`, `3.12-dev`, `3.9-20240101`, `3`: the major and minor
    /// numbers (a patch level never changes which parameters exist).
    pub fn parse(text: &str) -> Option<Version> {
        let text = text.trim();
        let end = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(text.len());
        let (numeric, suffix) = text.split_at(end);
        if !(suffix.is_empty() || suffix.starts_with('-')) {
            return None;
        }
        let mut parts = numeric.split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = match parts.next() {
            None => 0,
            Some(minor) => minor.parse().ok()?,
        };
        if parts
            .next()
            .is_some_and(|patch| patch.parse::<u32>().is_err())
        {
            return None;
        }
        Some(Version { major, minor })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// The version a file is for, as far as it is known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Target {
    /// From the file's comment or the setting.
    pub exact: Option<Version>,
    /// `compatibility_level` in main.cf (`0` is Postfix 2.x behaviour).
    pub compatibility_level: Option<Version>,
}

impl Target {
    /// The oldest version the server can be: the exact one, else the
    /// compatibility level (a server never runs below its own level).
    pub fn at_least(&self) -> Option<Version> {
        match (self.exact, self.compatibility_level) {
            (Some(exact), _) => Some(exact),
            (None, level) => level.filter(|l| l.major > 0),
        }
    }
}

/// `# mail-lsp: postfix=3.7` on a comment line: `(line, value range on that
/// line, the value)`.
pub(crate) fn comment(text: &str) -> Option<(usize, Range<usize>, &str)> {
    for (index, _, line) in crate::analysis::lines::lines(text) {
        let trimmed = line.trim_start();
        let Some(rest) = trimmed.strip_prefix('#') else {
            continue;
        };
        let Some(at) = rest.find("mail-lsp:") else {
            continue;
        };
        let rest = &rest[at + "mail-lsp:".len()..];
        let Some(eq) = rest.trim_start().strip_prefix("postfix") else {
            continue;
        };
        let Some(value) = eq.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let value = value.split_whitespace().next().unwrap_or("");
        // `value` is a slice of `line`: its offset there.
        let start = value.as_ptr() as usize - line.as_ptr() as usize;
        return Some((index, start..start + value.len(), value));
    }
    None
}

/// Evaluates a default that depends on the compatibility level, such as
/// `${{$compatibility_level} <level {1} ? {yes} : {no}}`, at `level`.
/// `None` when `default` is not such an expression.
pub(crate) fn at_level(default: &str, level: Version) -> Option<&str> {
    let inner = default
        .strip_prefix("${{$compatibility_level} ")?
        .strip_suffix('}')?;
    let (op, rest) = inner.split_once(' ')?;
    let rest = rest.strip_prefix('{')?;
    let (bound, rest) = rest.split_once('}')?;
    let rest = rest.strip_prefix(" ? {")?;
    let (then, rest) = rest.split_once("} : {")?;
    let otherwise = rest.strip_suffix('}')?;
    let bound = Version::parse(bound)?;
    let holds = match op {
        "<level" => level < bound,
        "<=level" => level <= bound,
        ">level" => level > bound,
        ">=level" => level >= bound,
        _ => return None,
    };
    Some(if holds { then } else { otherwise })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).unwrap()
    }

    #[test]
    fn parses_what_people_write() {
        assert_eq!(v("3.7"), Version { major: 3, minor: 7 });
        assert_eq!(v("3.7.11"), v("3.7"));
        assert_eq!(
            v(" 3.12-dev "),
            Version {
                major: 3,
                minor: 12
            }
        );
        assert_eq!(v("3"), Version { major: 3, minor: 0 });
        assert_eq!(v("0"), Version { major: 0, minor: 0 });
        assert!(v("3.10") > v("3.9"));
        assert_eq!(v("3.10").to_string(), "3.10");
        for bad in ["", "x", "three", "3.x", "3.7.x", ".5"] {
            assert_eq!(Version::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_comment() {
        let text = "myhostname = x\n# mail-lsp: postfix=3.5\n";
        assert_eq!(comment(text), Some((1, 20..23, "3.5")));
        let text = "#mail-lsp: postfix = 3.10 (production)\n";
        assert_eq!(comment(text), Some((0, 21..25, "3.10")));
        assert_eq!(comment("x = 1 # mail-lsp: postfix=3.5\n"), None);
        assert_eq!(comment("# mail-lsp: other=1\n"), None);
    }

    #[test]
    fn compatibility_level_defaults() {
        let default = "${{$compatibility_level} <level {1} ? {yes} : {no}}";
        assert_eq!(at_level(default, v("0")), Some("yes"));
        assert_eq!(at_level(default, v("3.6")), Some("no"));
        let digest = "${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}";
        assert_eq!(at_level(digest, v("3.5")), Some("md5"));
        assert_eq!(at_level(digest, v("3.10")), Some("sha256"));
        assert_eq!(at_level("yes", v("3.6")), None);
        assert_eq!(at_level("${stress?{1}:{3}}", v("3.6")), None);
        let target = Target {
            exact: None,
            compatibility_level: Some(v("0")),
        };
        assert_eq!(target.at_least(), None);
        let target = Target {
            exact: None,
            compatibility_level: Some(v("3.6")),
        };
        assert_eq!(target.at_least(), Some(v("3.6")));
    }
}

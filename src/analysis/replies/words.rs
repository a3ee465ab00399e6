//! The words that introduce a server's answer, and the one multi-literal
//! search that finds the log lines worth reading.

use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Words after which an answer stands: `said: 550`, `reply=550`,
/// `ERROR_CODE :550`, `ResponseCode 421`, `returned '550`, `refused to talk
/// to me: 421`. A key is read by its segments (`diagnosticCode`,
/// `postfix_status_code`, `X-Postfix-Status`), in any case. `Strongly` for
/// the keys whose value is a code whatever its shape (a malformed or
/// impossible code after them is diagnosed, not ignored).
fn word_introduces(lowered: &[u8]) -> Option<Introduces> {
    match lowered {
        b"said" | b"reply" | b"reject" | b"dsn" | b"stat" | b"status" | b"diagnostic" => {
            Some(Introduces::Strongly)
        }
        b"says" | b"replied" | b"replies" | b"response" | b"responses" | b"responded"
        | b"answer" | b"answered" | b"returned" | b"reason" | b"error" | b"errors" | b"code"
        | b"codes" | b"rejected" | b"rejection" | b"refused" | b"refusal" | b"failed"
        | b"failure" | b"deferred" | b"deferral" | b"bounced" | b"accepted" | b"blocked"
        | b"denied" | b"enhanced" => Some(Introduces::Weakly),
        _ => None,
    }
}

/// What the multi-literal search looks for in a log: the introducing words
/// by their stems, as logs write them (lower case, capitalised, upper case
/// where servers shout), transcript markers, diagnostic types, Exim's
/// failure and deferral marks (` ** `, ` == `: a remote reply may follow a
/// host), qmail's `#5.`. Case-sensitive literals keep the search at memory
/// speed (a case-insensitive one is several times slower).
pub(super) const LITERALS: &[&str] = &[
    "said", "Said", "SAID", "repl", "Repl", "REPL", "reject", "Reject", "REJECT", "refus", "Refus",
    "stat", "Stat", "STAT", "dsn=", "DSN", "rror", "RROR", "code", "Code", "CODE", "espon",
    "ESPON", "eturn", "eason", "EASON", "fail", "Fail", "FAIL", "defer", "Defer", "denied",
    "Denied", "<<<", ">>>", "smtp;", "SMTP;", "C=\"", " ** ", " == ", "#5.", "#4.", "#2.",
];

static SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(LITERALS)
        .expect("a few short literals build an automaton")
});

/// True when `line` has something that may introduce a code.
pub(super) fn may_introduce(line: &str) -> bool {
    SEARCH.is_match(line)
}

/// The offset of the first thing that may introduce a code in `text` from
/// `from` on.
pub(super) fn next_introducer(text: &str, from: usize) -> Option<usize> {
    if from >= text.len() {
        return None;
    }
    let input = aho_corasick::Input::new(text).span(from..text.len());
    SEARCH.find(input).map(|found| found.start())
}

fn segment_introduces(segment: &[u8]) -> Option<Introduces> {
    // Every word is 3 to 10 letters and starts with one of these.
    let first = segment.first()?.to_ascii_lowercase();
    if !(3..=10).contains(&segment.len()) || !b"sraecdfb".contains(&first) {
        return None;
    }
    let mut buffer = [0u8; 10];
    for (to, from) in buffer.iter_mut().zip(segment) {
        *to = from.to_ascii_lowercase();
    }
    word_introduces(&buffer[..segment.len()])
}

/// How a word (or key) introduces an answer, if it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Introduces {
    Weakly,
    Strongly,
}

/// Reads a word or key by its segments (`diagnosticCode` is `diagnostic`
/// and `code`, `ERROR_CODE` is `ERROR` and `CODE`): `Strongly` when its
/// last segment is a strong key (`said`, `reply=`, `dsn=`, `Status:`,
/// `Diagnostic-Code`), `Weakly` when any segment introduces an answer.
/// One pass, no allocation.
pub(super) fn introduces(word: &str) -> Option<Introduces> {
    let bytes = word.as_bytes();
    if bytes.len() > 64 {
        return None;
    }
    let mut any = None;
    let mut last: &[u8] = &[];
    let mut before_last: &[u8] = &[];
    let mut start = 0;
    for at in 1..=bytes.len() {
        let cut = at == bytes.len()
            || !bytes[at].is_ascii_alphanumeric()
            || (bytes[at].is_ascii_uppercase() && bytes[at - 1].is_ascii_lowercase());
        if !cut {
            continue;
        }
        let mut segment = &bytes[start..at];
        while let [first, rest @ ..] = segment
            && !first.is_ascii_alphanumeric()
        {
            segment = rest;
        }
        if !segment.is_empty() {
            any = any.max(segment_introduces(segment));
            before_last = last;
            last = segment;
        }
        start = at;
    }
    let strong = segment_introduces(last) == Some(Introduces::Strongly)
        || (last.eq_ignore_ascii_case(b"code") && before_last.eq_ignore_ascii_case(b"diagnostic"));
    if strong {
        Some(Introduces::Strongly)
    } else {
        any.map(|_| Introduces::Weakly)
    }
}

/// Units that make a number a quantity (`5.1.1 GB`, `550 ms`).
const UNITS: &[&str] = &[
    "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "byte", "bytes", "octets", "kbps", "mbps",
    "ms", "us", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr",
    "hrs", "hour", "hours", "day", "days", "percent",
];

/// True when the word at the start of `text` is a unit.
pub(super) fn is_unit(text: &str) -> bool {
    if text.starts_with('%') {
        return true;
    }
    let len = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = &text[..len];
    len > 0
        && text[len..]
            .bytes()
            .next()
            .is_none_or(|b| b.is_ascii_whitespace() || b",;)/".contains(&b))
        && UNITS.iter().any(|unit| unit.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_read_by_segments() {
        assert_eq!(introduces("said"), Some(Introduces::Strongly));
        assert_eq!(introduces("Diagnostic-Code"), Some(Introduces::Strongly));
        assert_eq!(introduces("diagnosticCode"), Some(Introduces::Strongly));
        assert_eq!(introduces("X-Postfix-Status"), Some(Introduces::Strongly));
        assert_eq!(introduces("ERROR_CODE"), Some(Introduces::Weakly));
        assert_eq!(introduces("ResponseCode"), Some(Introduces::Weakly));
        assert_eq!(introduces("smtpResponse"), Some(Introduces::Weakly));
        assert_eq!(
            introduces("postfix_status_code_enhanced"),
            Some(Introduces::Weakly)
        );
        assert_eq!(introduces("statistics"), None);
        assert_eq!(introduces("delay"), None);
        assert_eq!(introduces("X-Mailman-Version"), None);
        assert_eq!(introduces(""), None);
    }

    #[test]
    fn units() {
        assert!(is_unit("GB free"));
        assert!(is_unit("ms"));
        assert!(is_unit("% of"));
        assert!(!is_unit("Mailbox full"));
        assert!(!is_unit("m.example.org"));
        assert!(!is_unit("<a@b>"));
        assert!(!is_unit("H=mail.example.com"));
    }

    #[test]
    fn the_search_finds_lines_worth_reading() {
        assert!(may_introduce("host x SAID: 550"));
        assert!(may_introduce("ERROR_CODE :550"));
        assert!(may_introduce("451 4.3.0 <a@b>: Temporary lookup failure"));
        assert!(!may_introduce(
            "Nov 22 09:44:03 mx postfix/smtpd[77]: connect from unknown[10.0.0.250]"
        ));
    }
}

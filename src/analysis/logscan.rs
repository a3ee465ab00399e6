//! Where the codes are in a mail log or bounce line, recognised by context
//! only: a three-digit number is a reply code only where a reply stands
//! (`said: 550`, `reply=550`, `Diagnostic-Code: smtp; 550`, ...), and a
//! dotted number is an enhanced code only after `dsn=`, `Status:` or a reply
//! code. PIDs, ports, sizes, delays, dates, addresses and queue IDs are never
//! taken for codes.
//!
//! A whole document is scanned with one multi-literal search for the anchors
//! (no per-line work on lines without any), and each line that has one is
//! read on its own, so an edit re-reads only the lines it touches.

use crate::analysis::FileKind;
use crate::codes::enhanced::{self, EnhancedCode, Malformed};
use crate::codes::reply::{self, ReplyCode};
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// An enhanced code as written: well formed or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnhancedToken {
    Valid(EnhancedCode),
    Malformed(Malformed),
}

/// One code occurrence: a reply code, an enhanced code, or both together
/// (`550 5.1.1`). Ranges are byte columns in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeFound {
    pub reply: Option<(Range<usize>, ReplyCode)>,
    pub enhanced: Option<(Range<usize>, EnhancedToken)>,
}

impl CodeFound {
    /// The whole span, from the first code to the last.
    pub fn span(&self) -> Range<usize> {
        let start = self
            .reply
            .as_ref()
            .map(|(r, _)| r.start)
            .or_else(|| self.enhanced.as_ref().map(|(r, _)| r.start))
            .unwrap_or(0);
        let end = self
            .enhanced
            .as_ref()
            .map(|(r, _)| r.end)
            .or_else(|| self.reply.as_ref().map(|(r, _)| r.end))
            .unwrap_or(0);
        start..end
    }

    pub fn contains(&self, column: usize) -> bool {
        let inside = |range: &Range<usize>| range.start <= column && column <= range.end;
        self.reply.as_ref().is_some_and(|(r, _)| inside(r))
            || self.enhanced.as_ref().is_some_and(|(r, _)| inside(r))
    }
}

/// The anchors: what precedes a code in some log or bounce format.
/// One search for all of them finds the lines worth reading.
const ANCHORS: &[&str] = &[
    "dsn=",
    "said:",
    "reply=",
    "reject=",
    "stat=",
    "status=",
    "reject:",
    "reject_warning:",
    "refused to talk to me:",
    "SMTP error from remote mail server after",
    " was: ",
    "C=\"",
    "authenticator failed",
    "Status:",
    "status:",
    "STATUS:",
    "Diagnostic-Code:",
    "diagnostic-code:",
];

/// The anchors as one automaton (leftmost first, as a regex alternation
/// would match): a multi-literal search, with no regex engine to confirm
/// each hit.
static ANCHOR_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(ANCHORS)
        .expect("a few short literals build an automaton")
});

/// True when the line may hold a code (cheap test before [`scan_line`]).
pub fn may_have_codes(kind: FileKind, line: &str) -> bool {
    ANCHOR_SEARCH.is_match(line) || (kind == FileKind::Bounce && starts_with_reply(line))
}

/// Calls `visit(line_start, line_end, anchors)` for every line of `text`
/// that has an anchor, in order, each once; anchors are relative to the
/// line. One search over the whole text, none again per line, and one
/// buffer for all lines. Bounce files are small: every line is offered
/// (they have line-start rules).
pub fn for_each_candidate(
    kind: FileKind,
    text: &str,
    mut visit: impl FnMut(usize, usize, &[(usize, usize)]),
) {
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    if kind == FileKind::Bounce {
        for (_, start, line) in crate::analysis::lines::lines(text) {
            anchors.clear();
            anchors.extend(anchors_in(line));
            visit(start, start + line.len(), &anchors);
        }
        return;
    }
    let mut current: Option<(usize, usize)> = None;
    for found in ANCHOR_SEARCH.find_iter(text) {
        match current {
            Some((start, end)) if found.start() < end => {
                anchors.push((found.start() - start, found.end() - start))
            }
            _ => {
                if let Some((start, end)) = current {
                    visit(start, end, &anchors);
                }
                let (start, end) = crate::analysis::lines::line_around(text, found.start());
                anchors.clear();
                anchors.push((found.start() - start, found.end() - start));
                current = Some((start, end));
            }
        }
    }
    if let Some((start, end)) = current {
        visit(start, end, &anchors);
    }
}

/// The lines [`for_each_candidate`] visits, as `(line_start, line_end)`.
pub fn candidate_lines(kind: FileKind, text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for_each_candidate(kind, text, |start, end, _| out.push((start, end)));
    out
}

fn anchors_in(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    ANCHOR_SEARCH.find_iter(line).map(|m| (m.start(), m.end()))
}

/// Reads one line: every code in a reply context.
pub fn scan_line(kind: FileKind, line: &str) -> Vec<CodeFound> {
    let mut found = Vec::new();
    scan_line_into(kind, line, anchors_in(line), &mut found);
    found
}

/// [`scan_line`] with the line's anchors already found, into `found`
/// (cleared first): a whole document's scan reuses one buffer.
pub fn scan_line_into(
    kind: FileKind,
    line: &str,
    anchors: impl Iterator<Item = (usize, usize)>,
    found: &mut Vec<CodeFound>,
) {
    found.clear();
    let bytes = line.as_bytes();
    if kind == FileKind::Bounce {
        if let Some(start) = reply_at_line_start(line) {
            push(found, read_reply_sequence(line, start));
        } else if let Some(start) = status_at_line_start(line) {
            push(found, read_enhanced_token(line, start));
        } else if let Some(start) = address_then_reply(line) {
            push(found, read_reply_sequence(line, start));
        }
    }
    for (anchor_start, after) in anchors {
        let text = &line[anchor_start..after];
        let code = match text {
            "dsn=" => read_enhanced_token(line, after),
            "Status:" | "status:" | "STATUS:" => {
                if line[..anchor_start].trim().is_empty() {
                    read_enhanced_token(line, skip_spaces(bytes, after))
                } else {
                    None
                }
            }
            "said:" | "reply=" | "reject=" | "refused to talk to me:" | " was: " | "C=\"" => {
                read_reply_sequence(line, skip_spaces(bytes, after))
            }
            "Diagnostic-Code:" | "diagnostic-code:" => {
                let rest = &line[after..];
                rest.find(';')
                    .filter(|semi| rest[..*semi].trim().eq_ignore_ascii_case("smtp"))
                    .and_then(|semi| {
                        read_reply_sequence(line, skip_spaces(bytes, after + semi + 1))
                    })
            }
            "stat=" | "status=" => {
                // `stat=Deferred: 421 4.4.2 ...`, `status=sent (250 2.0.0 Ok ...)`
                let value_end = line[after..]
                    .find([' ', ':', ','])
                    .map_or(line.len(), |i| after + i);
                let rest = &line[value_end..];
                let skip = if rest.starts_with(": ") || rest.starts_with(" (") {
                    2
                } else {
                    usize::MAX
                };
                if skip == usize::MAX {
                    None
                } else {
                    read_reply_sequence(line, value_end + skip)
                }
            }
            "reject:" | "reject_warning:" => {
                // NOQUEUE: reject: RCPT from host[ip]: 554 5.7.1 ...
                // reject: header ... helo=<x>: 5.7.1 text
                let checks = [" header ", " body ", " mime-header "];
                let is_content_check = checks.iter().any(|c| line[after..].starts_with(c));
                let helo = line[after..].find(" helo=<").filter(|_| is_content_check);
                let from = match helo {
                    Some(helo) => {
                        let helo = after + helo;
                        line[helo..]
                            .find(">: ")
                            .map_or(line.len(), |i| helo + i + 1)
                    }
                    None => after,
                };
                first_reply_after_colon(line, from)
            }
            "SMTP error from remote mail server after" => first_reply_after_colon(line, after),
            "authenticator failed" => {
                // Exim: plain authenticator failed H=x [1.2.3.4] 535 Sorry, ...
                line[after..]
                    .find("] ")
                    .and_then(|i| read_reply_sequence(line, after + i + 2))
            }
            _ => None,
        };
        push(found, code);
    }
    // One code per start (two anchors can reach the same code). A set, not a
    // scan of `found` per code: a line with 10^6 codes stays linear (it was
    // quadratic, and a 10 MB line never got its diagnostics).
    // Anchors come in order, so this sort is a linear pass in practice.
    found.sort_by_key(|code| code.span().start);
    found.dedup_by_key(|code| code.span().start);
}

fn push(found: &mut Vec<CodeFound>, code: Option<CodeFound>) {
    if let Some(code) = code {
        found.push(code);
    }
}

fn skip_spaces(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() && bytes[at] == b' ' {
        at += 1;
    }
    at
}

fn starts_with_reply(line: &str) -> bool {
    reply_at_line_start(line).is_some()
}

/// In a bounce, a reply quoted on its own line: `    550-5.1.1 The email ...`.
/// Also an indented reply with text only, as Exim quotes it:
/// `    571 No PTR Record found.`
fn reply_at_line_start(line: &str) -> Option<usize> {
    let start = line.len() - line.trim_start().len();
    let bytes = &line.as_bytes()[start..];
    let is_reply_head = bytes.len() >= 6
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && matches!(bytes[0], b'2' | b'4' | b'5')
        && matches!(bytes[3], b' ' | b'-');
    let with_enhanced = is_reply_head && bytes[4].is_ascii_digit() && bytes[5] == b'.';
    let indented_with_text = is_reply_head && start > 0 && bytes[4].is_ascii_alphabetic();
    (with_enhanced || indented_with_text).then_some(start)
}

/// OpenSMTPD and others: `user@example.jp: 550 5.2.2 <user@example.jp>... Mailbox Full`.
fn address_then_reply(line: &str) -> Option<usize> {
    let token_end = line.find(": ")?;
    let token = &line[..token_end];
    let is_address =
        token.contains('@') && !token.contains(char::is_whitespace) && !token.starts_with('<');
    (is_address && reply::parse(line.get(token_end + 2..token_end + 5)?).is_some())
        .then_some(token_end + 2)
}

/// In a bounce, an enhanced code wrapped onto its own line after
/// `said: 553`: `    5.1.8 <root@x>... Domain of sender address`.
fn status_at_line_start(line: &str) -> Option<usize> {
    let start = line.len() - line.trim_start().len();
    let token = line[start..].split(' ').next()?;
    let well_formed = enhanced::parse(token).is_ok() && line.len() > start + token.len();
    (start > 0 && well_formed).then_some(start)
}

/// The first reply (or bare enhanced code) that follows `: ` after `from`.
fn first_reply_after_colon(line: &str, from: usize) -> Option<CodeFound> {
    let mut at = from;
    while let Some(relative) = line.get(at..)?.find(": ") {
        let candidate = at + relative + 2;
        if let Some(code) = read_reply_sequence(line, candidate) {
            return Some(code);
        }
        at = candidate;
    }
    None
}

/// At `at`: `550`, `550 5.1.1`, `550-5.1.1`, or a bare `5.7.1`.
fn read_reply_sequence(line: &str, at: usize) -> Option<CodeFound> {
    let bytes = line.as_bytes();
    let rest = bytes.get(at..)?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 3 && rest.get(3).is_none_or(|&b| is_reply_end(b)) {
        let code = reply::parse(&line[at..at + 3])?;
        let mut found = CodeFound {
            reply: Some((at..at + 3, code)),
            enhanced: None,
        };
        if matches!(rest.get(3), Some(b' ' | b'-'))
            && let Some(enhanced) = read_enhanced_token(line, at + 4)
        {
            found.enhanced = enhanced.enhanced;
        }
        return Some(found);
    }
    if digits == 1 && rest.get(1) == Some(&b'.') {
        return read_enhanced_token(line, at);
    }
    None
}

fn is_reply_end(byte: u8) -> bool {
    matches!(byte, b' ' | b'-' | b')' | b'"' | b',' | b';' | b'\t')
}

/// An enhanced code token at `at`: digits, letters and dots up to a delimiter.
/// Tokens that are clearly something else (an IPv4 address) are skipped.
fn read_enhanced_token(line: &str, at: usize) -> Option<CodeFound> {
    let bytes = line.as_bytes();
    let rest = bytes.get(at..)?;
    if !rest.first()?.is_ascii_digit() {
        return None;
    }
    let mut len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'.')
        .count();
    if len > 64 {
        return None;
    }
    // A sentence may end right after the code: `5.7.1.`
    if len > 1 && rest[len - 1] == b'.' && enhanced::parse(&line[at..at + len - 1]).is_ok() {
        len -= 1;
    }
    let token = &line[at..at + len];
    let dots = token.bytes().filter(|&b| b == b'.').count();
    if dots == 0 {
        return None;
    }
    let numeric = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if dots >= 3 && token.split('.').all(numeric) {
        return None;
    }
    let parsed = match enhanced::parse(token) {
        Ok(code) => EnhancedToken::Valid(code),
        Err(reason) => EnhancedToken::Malformed(reason),
    };
    Some(CodeFound {
        reply: None,
        enhanced: Some((at..at + len, parsed)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders what the scanner finds on a line, `[code]` around each span.
    fn show(kind: FileKind, line: &str) -> String {
        let mut out = String::new();
        for found in scan_line(kind, line) {
            if let Some((range, code)) = &found.reply {
                out.push_str(&format!("reply {code}@{} ", range.start));
            }
            if let Some((range, token)) = &found.enhanced {
                match token {
                    EnhancedToken::Valid(code) => {
                        out.push_str(&format!("enh {code}@{} ", range.start))
                    }
                    EnhancedToken::Malformed(reason) => out.push_str(&format!(
                        "bad {}({})@{} ",
                        &line[range.clone()],
                        reason.id(),
                        range.start
                    )),
                }
            }
            out.push_str("| ");
        }
        out.trim_end().to_string()
    }

    fn log(line: &str) -> String {
        show(FileKind::MailLog, line)
    }

    #[test]
    fn postfix_lines() {
        assert_eq!(
            log(
                "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A41C0A2: to=<a@b.c>, relay=mx.b.c[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.b.c[192.0.2.1] said: 550 5.1.1 <a@b.c>: Recipient address rejected (in reply to RCPT TO command))"
            ),
            "enh 5.1.1@128 | reply 550@180 enh 5.1.1@184 |"
        );
        assert_eq!(
            log(
                "Nov 22 09:44:03 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from unknown[192.168.1.1]: 554 5.7.1 <x@y>: Relay access denied; from=<a@b> to=<x@y> proto=ESMTP helo=<h>"
            ),
            "reply 554@88 enh 5.7.1@92 |"
        );
        assert_eq!(
            log(
                "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b>, relay=x[1.2.3.4]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4B3C2D1E0F)"
            ),
            "enh 2.0.0@116 | reply 250@136 enh 2.0.0@140 |"
        );
        assert_eq!(
            log(
                "Nov 22 09:44:03 mx postfix/cleanup[1]: 3F2A41C0A2: reject: header Subject: 550 offers from x[1.2.3.4]; from=<a@b> to=<c@d> proto=ESMTP helo=<x>: 5.7.1 No spam"
            ),
            "enh 5.7.1@145 |"
        );
        assert_eq!(
            log("Nov 22 09:44:03 mx postfix/smtpd[77]: connect from unknown[10.0.0.250]:5000"),
            ""
        );
        assert_eq!(
            log(
                "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.b[1.2.3.4]:25: Connection timed out)"
            ),
            "enh 4.4.1@101 |"
        );
    }

    #[test]
    fn sendmail_and_exim_lines() {
        assert_eq!(
            log(
                "Nov 22 09:44:03 mx sendmail[42]: x1: to=<a@b>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.b. [1.2.3.4], dsn=4.0.0, stat=Deferred: 421 4.4.2 Connection dropped"
            ),
            "enh 4.0.0@113 | reply 421@135 enh 4.4.2@139 |"
        );
        assert_eq!(
            log(
                "Nov 22 09:44:03 mx sendmail[42]: x1: ruleset=check_rcpt, arg1=<a@b>, relay=h [1.2.3.4], reject=550 5.7.1 <a@b>... Relaying denied"
            ),
            "reply 550@95 enh 5.7.1@99 |"
        );
        assert_eq!(
            log(
                "1999-03-02 09:44:33 10HmbC-000000005vi-0000 ** a@x.y R=r9 T=t1 H=127.0.0.1 [127.0.0.1] : SMTP error from remote mail server after RCPT TO:<b@x.y>: 550 5.1.1 NOTOK"
            ),
            "reply 550@147 enh 5.1.1@151 |"
        );
        assert_eq!(
            log(
                "1999-03-02 09:44:33 10HmaZ-000000005vi-0000 plain authenticator failed H=127.0.0.1 [127.0.0.1] 535 Sorry"
            ),
            "reply 535@95 |"
        );
        assert_eq!(
            log(
                "1999-03-02 09:44:33 10HmaX-000000005vi-0000 => userx@domain.com R=try T=smtp_try H=127.0.0.1 [127.0.0.1] C=\"250 OK\""
            ),
            "reply 250@108 |"
        );
    }

    #[test]
    fn bounce_lines() {
        let bounce = |line: &str| show(FileKind::Bounce, line);
        assert_eq!(bounce("Status: 5.1.1"), "enh 5.1.1@8 |");
        assert_eq!(
            bounce("Diagnostic-Code: smtp; 550 5.1.1 user unknown"),
            "reply 550@23 enh 5.1.1@27 |"
        );
        assert_eq!(bounce("Diagnostic-Code: X-Postfix; unknown user"), "");
        assert_eq!(
            bounce("    550-5.1.1 The email account that you tried to reach"),
            "reply 550@4 enh 5.1.1@8 |"
        );
        assert_eq!(bounce("Status: 5.1.1000"), "bad 5.1.1000(too-long)@8 |");
        assert_eq!(
            bounce("    5.1.8 <root@x>... Domain of sender"),
            "enh 5.1.8@4 |"
        );
        assert_eq!(bounce("    1.2.3 is not a code"), "");
        assert_eq!(bounce("    571 No PTR Record found."), "reply 571@4 |");
        assert_eq!(bounce("No 571 here"), "");
        assert_eq!(
            bounce("a@example.jp: 550 5.2.2 <a@example.jp>... Mailbox Full"),
            "reply 550@14 enh 5.2.2@18 |"
        );
        assert_eq!(
            bounce("Received: from x by y; Tue, 22 Nov 2026 09:44:03 +0100"),
            ""
        );
    }

    #[test]
    fn malformed_and_impossible_codes_are_found_in_context() {
        assert_eq!(
            log("x postfix/smtp[1]: ABC: dsn=5.9, status=bounced"),
            "bad 5.9(missing-part)@28 |"
        );
        assert_eq!(
            log("x postfix/smtp[1]: ABC: dsn=6.1.1, status=bounced"),
            "bad 6.1.1(bad-class)@28 |"
        );
        assert_eq!(
            log("host x said: 599 5.1.1 nope"),
            "reply 599@13 enh 5.1.1@17 |"
        );
        assert_eq!(
            log("host x said: 550 5.7.1. Rejected"),
            "reply 550@13 enh 5.7.1@17 |"
        );
        assert_eq!(log("host x said: 550 192.0.2.1 listed"), "reply 550@13 |");
    }

    #[test]
    fn candidate_lines_are_found_once() {
        let text = "a dsn=5.1.1 status=bounced\nnothing here 550 5.1.1\r\nb said: 550 x\n";
        assert_eq!(
            candidate_lines(FileKind::MailLog, text),
            [(0, 26), (51, 64)]
        );
    }
}

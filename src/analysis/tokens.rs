//! Semantic tokens of one log line, for colouring without a grammar:
//! codes by class, `status=` values, queue IDs, hosts, IP addresses and
//! timestamps. One line in, sorted non-overlapping byte ranges out, so a
//! client asking for the visible range costs only those lines.
//!
//! Legend (the server's `SemanticTokensLegend`, same order):
//!
//! | what                          | token type   | modifiers                          |
//! |-------------------------------|--------------|------------------------------------|
//! | reply / enhanced code         | `number`     | `success` / `transient` / `permanent` |
//! | `status=` / `stat=` value     | `enumMember` | `success` / `transient` / `permanent` |
//! | queue / message ID            | `variable`   | `declaration` on the line's own ID |
//! | host name                     | `namespace`  |                                    |
//! | IP address                    | `string`     |                                    |
//! | timestamp                     | `comment`    |                                    |

use super::FileKind;
use super::outline;
use super::queue_ids::{self, Role};
use super::replies;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A code, with its class digit (2, 3, 4, 5).
    Code(u8),
    /// A status word, with the class digit of its outcome.
    Status(u8),
    /// A queue ID; `true` when it is the line's own message.
    QueueId(bool),
    Host,
    Address,
    Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: TokenKind,
}

fn all(bytes: &[u8], range: Range<usize>, test: impl Fn(u8) -> bool) -> bool {
    bytes.get(range).is_some_and(|b| b.iter().all(|&c| test(c)))
}

/// `Nov 22 09:44:03` or ` 2024-01-02 10:00:00.123` / `2024-01-02T10:00:00+01:00`.
fn timestamp(line: &str) -> Option<Range<usize>> {
    let b = line.as_bytes();
    let digit = |c: u8| c.is_ascii_digit();
    let time_at = |at: usize| {
        all(b, at..at + 2, digit)
            && b.get(at + 2) == Some(&b':')
            && all(b, at + 3..at + 5, digit)
            && b.get(at + 5) == Some(&b':')
            && all(b, at + 6..at + 8, digit)
    };
    if all(b, 0..3, |c| c.is_ascii_alphabetic())
        && b.get(3) == Some(&b' ')
        && all(b, 4..6, |c| c == b' ' || c.is_ascii_digit())
        && b.get(6) == Some(&b' ')
        && time_at(7)
    {
        return Some(0..15);
    }
    if all(b, 0..4, digit)
        && b.get(4) == Some(&b'-')
        && all(b, 5..7, digit)
        && b.get(7) == Some(&b'-')
        && all(b, 8..10, digit)
        && matches!(b.get(10), Some(b' ' | b'T'))
        && time_at(11)
    {
        let end = 19
            + b[19..]
                .iter()
                .take_while(|&&c| {
                    c.is_ascii_digit() || matches!(c, b'.' | b'+' | b'-' | b':' | b'Z')
                })
                .count();
        return Some(0..end);
    }
    None
}

fn is_ip(text: &str) -> bool {
    let text = text.strip_prefix("IPv6:").unwrap_or(text);
    let v4 = text.split('.').count() == 4
        && text
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
    let v6 = text.contains(':')
        && text.len() >= 2
        && text
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    v4 || v6
}

/// `name[ip]` and `H=name [ip]`: the name as a host, the inside as an address.
fn hosts(line: &str, out: &mut Vec<Token>) {
    let bytes = line.as_bytes();
    for open in memchr::memchr_iter(b'[', bytes) {
        let Some(close) = memchr::memchr(b']', &bytes[open..]).map(|i| open + i) else {
            continue;
        };
        if !is_ip(&line[open + 1..close]) {
            continue;
        }
        out.push(Token {
            range: open + 1..close,
            kind: TokenKind::Address,
        });
        let name_end = if open > 0 && bytes[open - 1] == b' ' {
            open - 1
        } else {
            open
        };
        let name_start = line[..name_end]
            .rfind([' ', '=', '(', '<', ','])
            .map_or(0, |i| i + 1);
        let name = &line[name_start..name_end];
        if !name.is_empty()
            && name != "unknown"
            && name.contains('.')
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        {
            out.push(Token {
                range: name_start..name_end,
                kind: TokenKind::Host,
            });
        }
    }
}

/// The tokens of one line, sorted by start, without overlaps.
pub fn line_tokens(kind: FileKind, line: &str) -> Vec<Token> {
    let mut out = Vec::new();
    if let Some(range) = timestamp(line) {
        // The syslog host follows the timestamp: `Nov 22 09:44:03 mx ...`.
        let host_start = range.end + 1;
        if line.as_bytes().get(range.end) == Some(&b' ') && range.end == 15 {
            let len = line[host_start..].find(' ').unwrap_or(0);
            if len > 0 {
                out.push(Token {
                    range: host_start..host_start + len,
                    kind: TokenKind::Host,
                });
            }
        }
        out.push(Token {
            range,
            kind: TokenKind::Timestamp,
        });
    }
    for token in queue_ids::ids_in_line(line) {
        out.push(Token {
            range: token.range,
            kind: TokenKind::QueueId(token.role == Role::Owner),
        });
    }
    if let Some(outcome) = outline::line_outcome(kind, line)
        && let Some(word) = outcome.word
        && !word.is_empty()
    {
        out.push(Token {
            range: word,
            kind: TokenKind::Status(outcome.status.class_digit()),
        });
    }
    for found in replies::scan_line(kind, line) {
        if let Some((range, _)) = found.reply {
            let class = line.as_bytes()[range.start] - b'0';
            out.push(Token {
                range,
                kind: TokenKind::Code(class),
            });
        }
        if let Some((range, _)) = found.enhanced {
            let class = line.as_bytes()[range.start] - b'0';
            out.push(Token {
                range,
                kind: TokenKind::Code(class),
            });
        }
    }
    hosts(line, &mut out);
    out.sort_by_key(|t| (t.range.start, std::cmp::Reverse(t.range.end)));
    let mut end = 0;
    out.retain(|t| {
        let keep = t.range.start >= end && t.range.end > t.range.start;
        if keep {
            end = t.range.end;
        }
        keep
    });
    out
}

/// Inlay hints of one line: after each well-formed enhanced code of a
/// failure with a known meaning, `(end column, "▸ meaning")`; a code
/// labelled once on the line (Postfix's `dsn=5.1.1` and the reply's
/// `550 5.1.1`) is not labelled again.
pub fn line_hints(kind: FileKind, line: &str, lang: crate::codes::Lang) -> Vec<(usize, String)> {
    let mut labelled = Vec::new();
    replies::scan_line(kind, line)
        .into_iter()
        .filter_map(|found| match found.enhanced {
            // A success needs no label: every delivered line would repeat it.
            Some((range, replies::EnhancedToken::Valid(code)))
                if code.class != 2 && !labelled.contains(&code) =>
            {
                labelled.push(code);
                crate::codes::lookup::short_title(code, lang)
                    .map(|title| (range.end, format!("▸ {title}")))
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(line: &str) -> String {
        line_tokens(FileKind::MailLog, line)
            .iter()
            .map(|t| format!("{:?}:{}", t.kind, &line[t.range.clone()]))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn postfix_line() {
        assert_eq!(
            show(
                "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A41C0A2: to=<a@b.c>, relay=mx.b.c[192.0.2.1]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.b.c[192.0.2.1] said: 550 5.1.1 unknown)"
            ),
            "Timestamp:Nov 22 09:44:03 Host:mx QueueId(true):3F2A41C0A2 Host:mx.b.c Address:192.0.2.1 \
             Code(5):5.1.1 Status(5):bounced Host:mx.b.c Address:192.0.2.1 Code(5):550 Code(5):5.1.1"
        );
    }

    #[test]
    fn exim_and_sendmail_lines() {
        assert_eq!(
            show(
                "1999-03-02 09:44:33 10HmaX-000000005vi-0000 == userx@domain.com R=r T=t H=mx.x.y [2001:db8::1] : SMTP error from remote mail server after RCPT TO:<u@x>: 451 4.3.0 later"
            ),
            "Timestamp:1999-03-02 09:44:33 QueueId(true):10HmaX-000000005vi-0000 Status(4):== \
             Host:mx.x.y Address:2001:db8::1 Code(4):451 Code(4):4.3.0"
        );
        assert_eq!(
            show("Nov  2 09:44:03 mx sendmail[42]: g9JAXL600873: to=<a@b>, stat=Sent (ok)"),
            "Timestamp:Nov  2 09:44:03 Host:mx QueueId(true):g9JAXL600873 Status(2):Sent"
        );
        assert_eq!(show("no tokens [here] at all"), "");
    }

    #[test]
    fn hints_after_enhanced_codes() {
        let line = "x postfix/smtp[1]: 3F2A41C0A2: dsn=5.1.1, status=bounced (said: 550 5.1.1 x)";
        let hints = line_hints(FileKind::MailLog, line, crate::codes::Lang::En);
        // The reply repeats dsn='s code: labelled once.
        assert_eq!(hints.len(), 1);
        let two = "x postfix/smtp[1]: 3F2A41C0A2: dsn=4.0.0, status=deferred (said: 451 4.7.1 x)";
        assert_eq!(
            line_hints(FileKind::MailLog, two, crate::codes::Lang::En).len(),
            2
        );
        assert_eq!(
            &line[..hints[0].0],
            "x postfix/smtp[1]: 3F2A41C0A2: dsn=5.1.1"
        );
        assert!(hints[0].1.starts_with("▸ "), "{:?}", hints);
        let fr = line_hints(FileKind::MailLog, line, crate::codes::Lang::Fr);
        assert_ne!(fr[0].1, hints[0].1);
        assert!(line_hints(FileKind::MailLog, "dsn=5.9.99", crate::codes::Lang::En).is_empty());
    }
}

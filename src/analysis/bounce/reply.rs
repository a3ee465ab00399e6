//! An SMTP reply read out of a bounce's text: its code, its enhanced code,
//! its text with continued lines joined (`550-5.7.1 first` ... `550 5.7.1
//! last`), and the command it answered when the text says.

use crate::analysis::reason::Command;
use crate::codes::enhanced::{self, EnhancedCode};
use crate::codes::reply::{self, ReplyCode};
use regex::Regex;
use std::sync::LazyLock;

/// A reply found in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Reply {
    pub(crate) code: Option<ReplyCode>,
    /// The enhanced code that goes with the reply (right after its code, or
    /// the first one of the same class in its text).
    pub(crate) enhanced: Option<EnhancedCode>,
    /// From the reply code on, continued lines joined, white space single.
    pub(crate) text: String,
    pub(crate) command: Option<Command>,
}

/// A reply code standing as one: three digits after a line start, a blank
/// or a punctuation mark that opens a reply (`said: 550`, `<<< 550`,
/// `'550`, `[554`), followed by a separator. Times, addresses and longer
/// numbers are filtered out after the match.
static REPLY_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|[\s:;'\x22\[(<#])([245][0-5][0-9])(?:[ \t\-,:;)\]'\x22]|$)")
        .expect("a fixed pattern")
});

/// An enhanced status code: `5.1.1`, `#5.1.1`, not part of a longer dotted
/// number (an IP address, a version).
static ENHANCED_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9.])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?:[^0-9.]|\.[^0-9]|\.$|$)")
        .expect("a fixed pattern")
});

/// Words that tell which command a reply answered, in the forms MTAs write
/// them (Postfix `in reply to`, Exim `after`, Sendmail transcripts,
/// qmail, DragonFly, Yahoo, m-FILTER, ...).
const COMMAND_MARKERS: &[(&str, Command)] = &[
    ("in reply to rcpt to command", Command::Rcpt),
    ("in reply to end of data command", Command::Data),
    ("in reply to data command", Command::Data),
    ("in reply to mail from command", Command::Mail),
    ("in reply to helo command", Command::Helo),
    ("in reply to ehlo command", Command::Helo),
    ("in reply to starttls command", Command::StartTls),
    ("in reply to auth", Command::Auth),
    ("after rcpt to", Command::Rcpt),
    ("after rcpt command", Command::Rcpt),
    ("after end of data", Command::Data),
    ("after data", Command::Data),
    ("after mail from", Command::Mail),
    ("after initial connection", Command::Connect),
    ("refused to talk to me", Command::Connect),
    (
        "while receiving the initial server greeting",
        Command::Connect,
    ),
    ("after helo", Command::Helo),
    ("after ehlo", Command::Helo),
    ("after pipelined", Command::Rcpt),
    ("did not like our rcpt to", Command::Rcpt),
    ("did not like our final data", Command::Data),
    ("did not like our data", Command::Data),
    ("did not like our mail from", Command::Mail),
    ("does not like recipient", Command::Rcpt),
    ("most progress was rcpt to", Command::Rcpt),
    ("failed after i sent the message", Command::Data),
    ("failed on data command", Command::Data),
    ("my name was rejected", Command::Helo),
    ("sender was rejected", Command::Mail),
    (">>> rcpt to", Command::Rcpt),
    (">>> data", Command::Data),
    (">>> mail from", Command::Mail),
    (">>> helo", Command::Helo),
    (">>> ehlo", Command::Helo),
    ("[rcpt_to]", Command::Rcpt),
    ("[mail_from]", Command::Mail),
    ("[data]", Command::Data),
    ("smtp:rcpt", Command::Rcpt),
    ("smtp:data", Command::Data),
    ("smtp:mail", Command::Mail),
    ("(data)", Command::Data),
    // Log lines: Postfix's smtpd (`NOQUEUE: reject: RCPT from ...`) and Exim
    // (`rejected RCPT <a@b>`).
    ("reject: rcpt from", Command::Rcpt),
    ("reject: mail from", Command::Mail),
    ("reject: connect from", Command::Connect),
    ("reject: ehlo from", Command::Helo),
    ("reject: helo from", Command::Helo),
    ("reject: data from", Command::Data),
    ("reject: end-of-message from", Command::Data),
    ("reject_warning: rcpt from", Command::Rcpt),
    ("rejected rcpt", Command::Rcpt),
    ("rejected mail", Command::Mail),
    ("rejected ehlo", Command::Helo),
    ("rejected helo", Command::Helo),
    ("rejected connection", Command::Connect),
    ("rejected after data", Command::Data),
    ("smtp command data", Command::Data),
    ("smtp command rcpt", Command::Rcpt),
    ("smtp command mail", Command::Mail),
];

/// The first reply code of `text` that stands as one, with its position.
fn find_reply_code(text: &str) -> Option<(usize, ReplyCode)> {
    for captures in REPLY_CODE.captures_iter(text) {
        let found = captures.get(1)?;
        let before = text[..found.start()]
            .chars()
            .rev()
            .take(3)
            .collect::<String>();
        // `12:34:550` or `[192.0.2.1]:550` are not replies.
        let after_digits = before
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit() || c == ']')
            && before.starts_with(':');
        if after_digits {
            continue;
        }
        if let Some(code) = reply::parse(found.as_str()) {
            return Some((found.start(), code));
        }
    }
    None
}

/// Every enhanced code of `text`, with its position.
fn enhanced_codes(text: &str) -> Vec<(usize, EnhancedCode)> {
    ENHANCED_CODE
        .captures_iter(text)
        .filter_map(|captures| {
            let found = captures.get(1)?;
            enhanced::parse(found.as_str())
                .ok()
                .map(|code| (found.start(), code))
        })
        .collect()
}

/// Reads the reply in `text` (a diagnostic, a block of a bounce).
pub(crate) fn read(text: &str) -> Reply {
    let codes = enhanced_codes(text);
    let found = find_reply_code(text);
    let command = command(text, found.map(|(at, _)| at));
    let Some((at, code)) = found else {
        return Reply {
            code: None,
            enhanced: codes.first().map(|(_, code)| *code),
            text: join(text, None),
            command,
        };
    };
    // Right after the code (`550 5.1.1`, `550-5.1.1`, `550 #5.1.0`), else the
    // first of the same class anywhere in the text.
    let adjacent = codes
        .iter()
        .find(|(start, _)| *start > at && *start <= at + 6 && !text[at + 3..*start].contains('\n'))
        .map(|(_, code)| *code);
    let same_class = codes
        .iter()
        .map(|(_, code)| *code)
        .find(|enhanced| enhanced.class == code.class_digit());
    let enhanced = adjacent.or(same_class);
    Reply {
        code: Some(code),
        enhanced,
        text: join(&text[at..reply_end(text, at, code)], Some((code, enhanced))),
        command,
    }
}

/// Where the reply that starts at `at` ends: its line, and the lines that
/// continue it (`550-...` / `550 ...` again, or indented lines: a folded
/// reply); a blank line or any other line ends it.
fn reply_end(text: &str, at: usize, code: ReplyCode) -> usize {
    let code = code.to_string();
    let mut end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
    for line in text[end..].split_inclusive('\n') {
        let continues = (line.starts_with([' ', '\t']) && !line.trim().is_empty())
            || line
                .strip_prefix(code.as_str())
                .is_some_and(|rest| rest.starts_with(['-', ' ']));
        if !continues {
            break;
        }
        end += line.len();
    }
    end
}

/// The SMTP command `text` names (a log line, a bounce's words), if any.
pub(crate) fn command_of(text: &str) -> Option<Command> {
    command(text, None)
}

/// The command named nearest to the reply: the last marker before it, else
/// the first after it.
fn command(text: &str, reply_at: Option<usize>) -> Option<Command> {
    let lower = fold_lines(text);
    let reply_at = reply_at.map(|at| fold_lines(&text[..at]).len());
    let mut before: Option<(usize, Command)> = None;
    let mut after: Option<(usize, Command)> = None;
    let mut consider = |at: usize, command: Command| match reply_at {
        Some(reply) if at > reply => {
            if after.is_none_or(|(best, _)| at < best) {
                after = Some((at, command));
            }
        }
        _ => {
            if before.is_none_or(|(best, _)| at > best) {
                before = Some((at, command));
            }
        }
    };
    for (marker, command) in COMMAND_MARKERS {
        for (at, _) in lower.match_indices(marker) {
            consider(at, *command);
        }
    }
    for at in greetings(&lower) {
        consider(at, Command::Connect);
    }
    before.or(after).map(|(_, command)| command)
}

/// Where a Sendmail session transcript (`... while talking to host.:`,
/// then `>>>` before what was sent and `<<<` before what came back) shows
/// a reply read before any command was sent: the server's answer to the
/// connection itself, its greeting. Offsets of the `<<<`, in `lower`.
fn greetings(lower: &str) -> Vec<usize> {
    lower
        .match_indices("while talking to")
        .filter_map(|(at, _)| {
            let session = &lower[at..];
            let received = session.find("<<<")?;
            let sent = session.find(">>>");
            sent.is_none_or(|sent| received < sent)
                .then_some(at + received)
        })
        .collect()
}

/// ASCII lower case, white space single across lines (a marker may be
/// wrapped: `in reply to RCPT\n    TO command`), runs of `-` that open a
/// line dropped (`-------SMTP command`). The folded text is only compared,
/// and offsets stay close enough to order markers around the reply.
fn fold_lines(text: &str) -> String {
    text.lines()
        .map(|line| line.trim().trim_start_matches('-').trim())
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// The reply's text: lines joined, the `550-5.7.1 ` prefixes of continued
/// lines dropped, white space single, the code and enhanced code at the
/// head once.
fn join(text: &str, head: Option<(ReplyCode, Option<EnhancedCode>)>) -> String {
    let Some((code, enhanced)) = head else {
        return text.split_whitespace().collect::<Vec<_>>().join(" ");
    };
    let code = code.to_string();
    let enhanced = enhanced.map(|e| e.to_string());
    let is_enhanced = |word: &str| enhanced.as_deref() == Some(word);
    let mut words: Vec<&str> = Vec::new();
    let mut after_prefix = false;
    let mut head_dropped = false;
    for (index, word) in text.split_whitespace().enumerate() {
        let prefix = word.strip_prefix(code.as_str()).is_some_and(|rest| {
            rest.is_empty() || rest == "-" || rest.strip_prefix('-').is_some_and(is_enhanced)
        });
        if prefix {
            after_prefix = !word.contains('.');
            head_dropped |= index == 0;
            continue;
        }
        if after_prefix && is_enhanced(word) {
            after_prefix = false;
            continue;
        }
        after_prefix = false;
        words.push(word);
    }
    if !head_dropped {
        return words.join(" ");
    }
    let mut joined = code;
    if let Some(enhanced) = &enhanced
        && text.get(3..).is_some_and(|rest| {
            rest.trim_start_matches(['-', ' ', '#'])
                .starts_with(enhanced.as_str())
        })
    {
        joined.push(' ');
        joined.push_str(enhanced);
    }
    for word in words {
        joined.push(' ');
        joined.push_str(word);
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        let reply = read(text);
        format!(
            "{} {} {:?} | {}",
            reply.code.map_or("-".to_string(), |c| c.to_string()),
            reply.enhanced.map_or("-".to_string(), |c| c.to_string()),
            reply.command,
            reply.text
        )
    }

    #[test]
    fn replies_in_bounce_texts() {
        assert_eq!(
            show(
                "smtp; 550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's 550-5.7.26 DMARC policy. 550 5.7.26  https://support.google.com/mail/?p=DmarcRejection - gsmtp"
            ),
            "550 5.7.26 None | 550 5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy. https://support.google.com/mail/?p=DmarcRejection - gsmtp"
        );
        assert_eq!(
            show(
                "host mx.b.c[192.0.2.1] said: 550 5.1.1 <a@b.c>: Recipient address rejected: User unknown (in reply to RCPT TO command)"
            ),
            "550 5.1.1 Some(Rcpt) | 550 5.1.1 <a@b.c>: Recipient address rejected: User unknown (in reply to RCPT TO command)"
        );
        assert_eq!(
            show(
                "... while talking to mx.example.com.:\n>>> DATA\n<<< 550 Unknown user a@b.c\n554 5.0.0 Service unavailable"
            ),
            "550 5.0.0 Some(Data) | 550 Unknown user a@b.c"
        );
        // Read back before anything was sent: the greeting refused the
        // client, whether the reply is quoted before the transcript or in it.
        assert_eq!(
            show(
                "(reason: 554 IP=192.0.2.9 - A problem occurred. (BL))\n... while talking to mx.example.com.:\n<<< 554 IP=192.0.2.9 - A problem occurred. (BL)\n554 5.0.0 Service unavailable"
            ),
            "554 5.0.0 Some(Connect) | 554 IP=192.0.2.9 - A problem occurred. (BL))"
        );
        assert_eq!(
            show(
                "... while talking to mx0.example.com.:\n<<< 450 busy - please try later\n... while talking to mx1.example.com.:\n>>> DATA\n<<< 551 not our customer"
            ),
            "450 - Some(Connect) | 450 busy - please try later"
        );
        assert_eq!(
            show(
                "(reason: 550 5.1.1 User unknown)\n... while talking to mx.example.com.:\n>>> RCPT To:<a@b.c>\n<<< 550 5.1.1 User unknown"
            ),
            "550 5.1.1 Some(Rcpt) | 550 5.1.1 User unknown)"
        );
        assert_eq!(
            show(
                "Sorry, no SMTP connection got far enough; most progress was RCPT TO response; remote host 192.0.2.32 said: 550 Unknown user a@b.c\n. (#5.5.0)"
            ),
            "550 5.5.0 Some(Rcpt) | 550 Unknown user a@b.c"
        );
        assert_eq!(
            show("Arrival at 23:34:45, port [192.0.2.1]:250 nothing"),
            "- - None | Arrival at 23:34:45, port [192.0.2.1]:250 nothing"
        );
        assert_eq!(
            show(
                "kijitora@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>... User Unknown"
            ),
            "550 5.1.1 None | 550, ERROR_CODE :5.1.1 <a@b>... User Unknown"
        );
    }
}

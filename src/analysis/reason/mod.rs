//! Why a delivery failed: the reason behind a reply, from its reply code,
//! its enhanced code and its text together, in the vocabulary bounce tools
//! share (Sisimai's reason names: `userunknown`, `mailboxfull`, ...).
//!
//! - `phrases`: the phrases of `data/reasons/phrases/*.toml` found in a text
//!   (one automaton, case-insensitive, any white space as one space).
//! - `line`: the reason of a reply on a log or bounce line, and what the
//!   editor shows of it (hover section, inlay hints).
//! - `postfix`: the Postfix rule behind a reject text (restriction, the
//!   parameter that sets its code, what to change).
//! - `dnsbl`: blocklists named in reject texts, and the Spamhaus answers
//!   that refuse a query rather than list anything.
//! - `generated`: the tables compiled from `data/reasons/*.toml` by the test
//!   in `generate_tests.rs`; nothing is read at run time.
//!
//! [`classify`] weighs the signals: a phrase that names a cause beats a code
//! that only points to one, a code beats nothing, and the SMTP command the
//! reply answered and whether delivery was given up refine the result (a
//! user-unknown text after DATA is a filter's refusal; a connection failure
//! that ended the delivery means the message expired). When the text names
//! another cause than a code that names one, the verdict says so.

pub(crate) mod dnsbl;
#[rustfmt::skip]
mod generated;
pub(crate) mod line;
pub(crate) mod origin;
pub(crate) mod phrases;
pub(crate) mod postfix;
mod table;

#[cfg(test)]
mod generate_tests;
#[cfg(test)]
mod tests;

use crate::codes::enhanced::EnhancedCode;
use crate::codes::reply::ReplyCode;
use crate::codes::{Bi, Lang, Side};
use std::ops::Range;

/// The reasons, named as bounce tools name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Reason {
    Delivered,
    Feedback,
    Vacation,
    MailboxFull,
    MesgTooBig,
    ExceedLimit,
    Suspend,
    HasMoved,
    NoRelaying,
    AuthFailure,
    UserUnknown,
    Filtered,
    RequirePtr,
    NotCompliantRfc,
    BadReputation,
    ContentError,
    Rejected,
    HostUnknown,
    SpamDetected,
    Speeding,
    TooManyConn,
    Blocked,
    PolicyViolation,
    VirusDetected,
    SecurityError,
    FailedStartTls,
    SyntaxError,
    NetworkError,
    Expired,
    SystemError,
    SystemFull,
    NotAccept,
    MailerError,
    OnHold,
    Undefined,
}

impl Reason {
    #[cfg(test)]
    pub(crate) const ALL: [Reason; 35] = [
        Reason::Delivered,
        Reason::Feedback,
        Reason::Vacation,
        Reason::MailboxFull,
        Reason::MesgTooBig,
        Reason::ExceedLimit,
        Reason::Suspend,
        Reason::HasMoved,
        Reason::NoRelaying,
        Reason::AuthFailure,
        Reason::UserUnknown,
        Reason::Filtered,
        Reason::RequirePtr,
        Reason::NotCompliantRfc,
        Reason::BadReputation,
        Reason::ContentError,
        Reason::Rejected,
        Reason::HostUnknown,
        Reason::SpamDetected,
        Reason::Speeding,
        Reason::TooManyConn,
        Reason::Blocked,
        Reason::PolicyViolation,
        Reason::VirusDetected,
        Reason::SecurityError,
        Reason::FailedStartTls,
        Reason::SyntaxError,
        Reason::NetworkError,
        Reason::Expired,
        Reason::SystemError,
        Reason::SystemFull,
        Reason::NotAccept,
        Reason::MailerError,
        Reason::OnHold,
        Reason::Undefined,
    ];

    /// The shared name: `userunknown`, `mailboxfull`, ...
    pub(crate) fn name(self) -> &'static str {
        self.info().name
    }

    #[cfg(test)]
    pub(crate) fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|reason| reason.name() == name)
    }

    pub(crate) fn info(self) -> &'static ReasonInfo {
        &generated::REASONS[self as usize]
    }

    /// A few words: "mailbox full", "boîte pleine".
    pub(crate) fn title(self, lang: Lang) -> &'static str {
        self.info().title.get(lang)
    }

    /// Permanent by nature: the address or the domain is wrong.
    pub(crate) fn is_hard_by_nature(self) -> bool {
        self.info().hard
    }

    /// Where the reason ranks when a text names several: lower wins.
    fn rank(self) -> usize {
        generated::PRECEDENCE
            .iter()
            .position(|reason| *reason == self)
            .unwrap_or(generated::PRECEDENCE.len())
    }
}

/// What the data says of one reason.
#[derive(Debug)]
pub(crate) struct ReasonInfo {
    pub(crate) name: &'static str,
    /// Who must act.
    pub(crate) side: Side,
    /// Permanent by nature (a hard bounce when the failure is permanent).
    pub(crate) hard: bool,
    /// The enhanced code the reason implies, as `(subject, detail)`.
    pub(crate) status: Option<(u16, u16)>,
    pub(crate) title: Bi,
    pub(crate) meaning: Bi,
    pub(crate) act: Bi,
}

/// The SMTP command a reply answered, when the log or bounce says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Command {
    /// The greeting, before any command (`after initial connection`).
    Connect,
    Helo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    /// `DATA` or the end of the data (the message was read).
    Data,
}

impl Command {
    /// As the protocol writes it: `RCPT TO`, `DATA`, ...
    pub(crate) fn name(self) -> &'static str {
        match self {
            Command::Connect => "CONNECT",
            Command::Helo => "HELO/EHLO",
            Command::StartTls => "STARTTLS",
            Command::Auth => "AUTH",
            Command::Mail => "MAIL FROM",
            Command::Rcpt => "RCPT TO",
            Command::Data => "DATA",
        }
    }
}

/// Whether the delivery this reply belongs to has ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Outcome {
    /// Given up: the message bounced or expired (`Action: failed`,
    /// `status=bounced`).
    Final,
    /// Still queued, to be retried (`Action: delayed`, `status=deferred`).
    Delayed,
    /// Not said (a reply on its own).
    #[default]
    Unknown,
}

/// What is known of one reply.
#[derive(Debug, Clone, Default)]
pub(crate) struct Evidence<'a> {
    pub(crate) reply: Option<ReplyCode>,
    pub(crate) enhanced: Option<EnhancedCode>,
    /// The reply's text (and any text the bounce gives for this recipient).
    pub(crate) text: &'a str,
    pub(crate) command: Option<Command>,
    pub(crate) outcome: Outcome,
    /// The reply was read from a bounce report, where a stage nobody wrote
    /// down is unknown (in a log line, the stage is the line's own).
    pub(crate) in_bounce: bool,
}

/// What decided the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Basis {
    /// A phrase of the text.
    Text,
    /// The enhanced code.
    Code,
    /// The reply code alone.
    Reply,
    /// Nothing says why: a temporary failure is on hold, a permanent one
    /// undefined.
    Nothing,
}

/// The reason of one reply, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub(crate) reason: Reason,
    pub(crate) basis: Basis,
    /// The phrase that named the reason, as a range of the evidence's text.
    pub(crate) phrase: Option<Range<usize>>,
    /// The data's phrase that matched there (`user * unknown`), and the
    /// language of its file.
    pub(crate) pattern: Option<(&'static str, &'static str)>,
    /// What the enhanced code alone says, when it says something.
    pub(crate) code_reason: Option<Reason>,
    /// The text names another cause than a code that names one.
    pub(crate) disagrees: bool,
}

impl Verdict {
    /// A hard bounce: a cause that will not go away, in a permanent failure.
    pub(crate) fn is_hard(&self, evidence: &Evidence) -> bool {
        self.reason.is_hard_by_nature() && permanent(evidence)
    }

    /// The words of `text` (the evidence's text) that named the reason.
    pub(crate) fn phrase_text<'a>(&self, text: &'a str) -> Option<&'a str> {
        self.phrase
            .as_ref()
            .and_then(|range| text.get(range.clone()))
    }
}

/// The failure is permanent: a 5 class, or a final failure with no class.
fn permanent(evidence: &Evidence) -> bool {
    match (evidence.enhanced, evidence.reply) {
        (Some(code), _) => code.class == 5,
        (None, Some(reply)) => reply.class_digit() == 5,
        (None, None) => evidence.outcome == Outcome::Final,
    }
}

/// What an enhanced code says of the reason: `(reason, names it)`, where
/// "names it" is true for a code that names a cause (`5.2.2`) and false for
/// one that only points to one (`5.7.1`).
pub(crate) fn code_reason(code: EnhancedCode) -> Option<(Reason, bool)> {
    let key = (code.subject, code.detail);
    if code.class == 2 {
        return Some((Reason::Delivered, true));
    }
    let find = |table: &[(u16, u16, Reason)]| {
        table
            .binary_search_by(|(subject, detail, _)| (*subject, *detail).cmp(&key))
            .ok()
            .map(|at| table[at].2)
    };
    find(generated::SPECIFIC_CODES)
        .map(|reason| (reason, true))
        .or_else(|| find(generated::LEANING_CODES).map(|reason| (reason, false)))
}

fn reply_reason(code: ReplyCode) -> Option<Reason> {
    generated::REPLY_CODES
        .binary_search_by_key(&code.0, |(reply, _)| *reply)
        .ok()
        .map(|at| generated::REPLY_CODES[at].1)
}

/// The reason of one reply.
pub(crate) fn classify(evidence: &Evidence) -> Verdict {
    let coded = evidence.enhanced.and_then(code_reason);
    let success = evidence
        .enhanced
        .map(|code| code.class == 2)
        .unwrap_or_else(|| evidence.reply.is_some_and(|reply| reply.class_digit() == 2));
    if success {
        return Verdict {
            reason: Reason::Delivered,
            basis: if evidence.enhanced.is_some() {
                Basis::Code
            } else {
                Basis::Reply
            },
            phrase: None,
            pattern: None,
            code_reason: Some(Reason::Delivered),
            disagrees: false,
        };
    }
    let found = phrases::best(evidence.text);
    let text_reason = found
        .as_ref()
        .map(|found| found.resolve(evidence.outcome, evidence.in_bounce));
    let weak_text = found.as_ref().is_some_and(|found| found.weak);
    // A phrase that names a cause beats any code; a generic word only
    // speaks when no code does.
    let (mut reason, basis) = match (text_reason, coded) {
        (Some(reason), _) if !weak_text => (reason, Basis::Text),
        (_, Some((reason, _))) => (reason, Basis::Code),
        (Some(reason), None) => (reason, Basis::Text),
        (None, None) => match evidence.reply.and_then(reply_reason) {
            Some(reason) => (reason, Basis::Reply),
            None => (nothing_says(evidence), Basis::Nothing),
        },
    };
    let from_text = basis == Basis::Text && !weak_text;
    let names_user = coded == Some((Reason::UserUnknown, true));
    reason = match (evidence.command, reason) {
        // The envelope sender was refused: its address or domain is
        // unknown, or a rule refuses it.
        (Some(Command::Mail), Reason::UserUnknown | Reason::HostUnknown) => Reason::Rejected,
        (
            Some(Command::Mail),
            Reason::SecurityError | Reason::PolicyViolation | Reason::Blocked | Reason::Undefined,
        ) if !from_text => Reason::Rejected,
        // The server read the message before refusing this recipient: a
        // filter's decision worded as an unknown user.
        (Some(Command::Data), Reason::UserUnknown) if !names_user => Reason::Filtered,
        // In a bounce, a remote server's "user unknown" at a stage the bounce
        // does not name, and with no address-status code (X.1.x) saying the
        // mailbox was looked up: a recipient's filter answers so after
        // reading the message too (mobile carriers do), and bounce tools
        // count it as filtered, a soft bounce.
        (None, Reason::UserUnknown)
            if evidence.in_bounce
                && evidence.reply.is_some()
                && evidence.enhanced.is_none_or(|code| code.subject != 1) =>
        {
            Reason::Filtered
        }
        // Refused before any address was given: the client itself (its
        // address, or the name it gave in HELO).
        (Some(Command::Connect | Command::Helo), Reason::HostUnknown | Reason::UserUnknown) => {
            Reason::Blocked
        }
        (
            Some(Command::Connect | Command::Helo),
            Reason::Rejected
            | Reason::PolicyViolation
            | Reason::SecurityError
            | Reason::SystemError
            | Reason::OnHold
            | Reason::Undefined,
        ) if !from_text => Reason::Blocked,
        _ => reason,
    };
    // "Domain not found" reported as a temporary failure: the reporting
    // server could not resolve the name for now, a network (DNS) problem
    // rather than a domain that does not exist.
    if reason == Reason::HostUnknown && transient(evidence) {
        reason = Reason::NetworkError;
    }
    // A bounce's delay notice with no better cause reports how long the
    // message has waited: expired, as bounce tools say.
    if evidence.in_bounce && evidence.outcome == Outcome::Delayed && reason == Reason::OnHold {
        reason = Reason::Expired;
    }
    // No answer, or a bad connection, in a failure that ended the delivery:
    // retried until the message's time ran out.
    if reason == Reason::NetworkError
        && basis == Basis::Code
        && evidence.outcome == Outcome::Final
        && evidence.enhanced.is_some_and(|code| {
            code.class == 4 && code.subject == 4 && matches!(code.detail, 1 | 2)
        })
    {
        reason = Reason::Expired;
    }
    // A generic word the stage or the outcome overruled (`Service
    // unavailable` answering the connection: the client is refused) is not
    // what the reason was read from.
    let found = found.filter(|_| !(weak_text && text_reason != Some(reason)));
    let code_reason = coded.map(|(reason, _)| reason);
    let disagrees = match (coded, &found) {
        (Some((code, true)), Some(found)) if basis == Basis::Text && !found.weak => {
            code != reason && !compatible(code, reason)
        }
        _ => false,
    };
    Verdict {
        reason,
        basis,
        pattern: found
            .as_ref()
            .map(|found| (found.phrase().text, found.phrase().lang)),
        phrase: found.map(|found| found.range),
        code_reason,
        disagrees,
    }
}

/// When nothing names a cause: a bounce's delay notice reports a message
/// that has waited too long (expired, as bounce tools say); a temporary
/// failure, or a text nobody can read, is undecided (on hold); a permanent
/// reply with no telling text, or no text at all, is undefined.
fn nothing_says(evidence: &Evidence) -> Reason {
    if evidence.in_bounce && evidence.outcome == Outcome::Delayed {
        return Reason::Expired;
    }
    let has_text = evidence.text.chars().any(char::is_alphabetic);
    if transient(evidence) || (has_text && evidence.reply.is_none()) {
        Reason::OnHold
    } else {
        Reason::Undefined
    }
}

fn transient(evidence: &Evidence) -> bool {
    match (evidence.enhanced, evidence.reply) {
        (Some(code), _) => code.class == 4,
        (None, Some(reply)) => reply.class_digit() == 4,
        (None, None) => evidence.outcome == Outcome::Delayed,
    }
}

/// Two reasons that describe the same event at different depths: a text
/// that refines its code does not contradict it.
fn compatible(code: Reason, text: Reason) -> bool {
    use Reason::*;
    matches!(
        (code, text),
        (UserUnknown, Filtered | Suspend | HasMoved)
            | (Suspend, UserUnknown | Filtered)
            | (Expired, NetworkError | HostUnknown)
            | (MailboxFull, ExceedLimit | SystemFull)
            | (ExceedLimit, MailboxFull | MesgTooBig)
            | (MesgTooBig, ExceedLimit)
            | (HostUnknown, NotAccept | NetworkError)
            | (NotAccept, HostUnknown)
            | (Rejected, HostUnknown | UserUnknown | AuthFailure | Blocked)
            | (AuthFailure, PolicyViolation | Rejected)
            | (SecurityError, FailedStartTls)
            | (SyntaxError, NotCompliantRfc | ContentError)
            | (ContentError, NotCompliantRfc | MesgTooBig)
            | (SpamDetected, PolicyViolation | Blocked | BadReputation)
            | (TooManyConn, Speeding)
            | (RequirePtr, Blocked)
            | (
                Blocked,
                RequirePtr | BadReputation | SpamDetected | Speeding
            )
    )
}

/// The status a reason implies when a bounce carries no enhanced code:
/// its class from the reply code, else from the outcome.
pub(crate) fn derived_status(
    reason: Reason,
    reply: Option<ReplyCode>,
    outcome: Outcome,
) -> Option<EnhancedCode> {
    let (subject, detail) = reason.info().status?;
    let class = match (reason, reply) {
        (Reason::Delivered, _) => 2,
        (_, Some(reply)) if matches!(reply.class_digit(), 4 | 5) => reply.class_digit(),
        _ if outcome == Outcome::Delayed => 4,
        _ => 5,
    };
    Some(EnhancedCode::new(class, subject, detail))
}

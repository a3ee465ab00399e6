//! A bounce message decoded the way a postmaster reads it: one record per
//! recipient, with the reply, the reason, and whether it is hard or soft.
//!
//! Reading order (the structure first, the words last):
//!
//! - `feedback`: a feedback report (ARF, RFC 5965; Microsoft's JMRP; an
//!   automatic unsubscribe) is one record per reported recipient.
//! - `notification`: a JSON delivery notification (Amazon SES through SNS).
//! - `dsn`: a delivery-status report (RFC 3464): one record per recipient
//!   group, its diagnostic read as a reply, completed by what the
//!   human-readable part says of that recipient.
//! - `autoreply`: an automatic reply (RFC 3834) that is not a bounce is one
//!   `vacation` record for the person who is away.
//! - `prose`: a bounce without a report: the report text is cut where the
//!   returned message begins, each recipient address standing on its own
//!   (or after a label such as `RCPT TO:`) opens a block of text, and the
//!   reply is read from it.
//!
//! `reply` reads an SMTP reply out of such a text (`550-5.7.1 ... 550 5.7.1
//! ...` continued lines joined) and the command it answered.
//!
//! Each record is classified by `reason::classify`; a record without an
//! enhanced code gets the one its reason implies, marked as derived.

mod autoreply;
mod dsn;
mod feedback;
mod notification;
mod prose;
pub(crate) mod reply;

#[cfg(test)]
mod tests;

use crate::analysis::mime::{self, Field, Limits, Message};
use crate::analysis::reason::{self, Command, Evidence, Outcome, Reason, Verdict};
use crate::codes::enhanced::EnhancedCode;
use crate::codes::reply::ReplyCode;

/// What kind of message was decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A delivery failure, delay or success report.
    Bounce,
    /// An automatic reply (absence, vacation).
    AutoReply,
    /// A feedback report (complaint, authentication failure, opt-out).
    Feedback,
}

impl Kind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Bounce => "bounce",
            Kind::AutoReply => "auto-reply",
            Kind::Feedback => "feedback",
        }
    }
}

/// The returned (original) message, as far as the bounce carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Original {
    pub(crate) message_id: Option<String>,
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
    pub(crate) subject: Option<String>,
}

/// One recipient's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) recipient: String,
    /// `failed`, `delayed`, `delivered`, `relayed`, `expanded`.
    pub(crate) action: Option<String>,
    pub(crate) status: Option<EnhancedCode>,
    /// True when the status is implied by the reason, not written.
    pub(crate) status_derived: bool,
    pub(crate) reply: Option<ReplyCode>,
    /// The diagnostic as the server wrote it (continued lines joined).
    pub(crate) diagnostic: String,
    pub(crate) command: Option<Command>,
    pub(crate) remote_mta: Option<String>,
    pub(crate) reason: Reason,
    pub(crate) hard: bool,
    pub(crate) verdict: Verdict,
    /// The text the reason was read from (the verdict's phrase indexes it).
    pub(crate) evidence: String,
    /// The feedback type of a feedback report (`abuse`, `auth-failure`, ...).
    pub(crate) feedback_type: Option<String>,
}

/// A decoded message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Report {
    pub(crate) kind: Kind,
    pub(crate) records: Vec<Record>,
    pub(crate) original: Original,
}

/// The code lens of a bounce document: its records, by reason ("1
/// recipient: userunknown, hard bounce"); `None` when it is not a bounce.
pub(crate) fn lens_title(text: &str, lang: crate::codes::Lang) -> Option<String> {
    use crate::messages::reasons as msg;
    let reports = decode_file(text);
    let records: Vec<&Record> = reports.iter().flat_map(|report| &report.records).collect();
    let verdict = |record: &Record| {
        if record.feedback_type.is_some()
            || matches!(record.reason, Reason::Delivered | Reason::Vacation)
        {
            None
        } else if record.hard {
            Some(msg::BounceHard.get(lang))
        } else {
            Some(msg::BounceSoft.get(lang))
        }
    };
    match records.as_slice() {
        [] => None,
        [record] => Some(match verdict(record) {
            Some(bounce) => msg::BounceLensOne {
                reason: &record.reason.name(),
                bounce: &bounce,
            }
            .get(lang),
            None => msg::BounceLensOnePlain {
                reason: &record.reason.name(),
            }
            .get(lang),
        }),
        records => {
            // `2 userunknown (hard bounce), 1 mailboxfull (soft bounce)`, in
            // order of first appearance.
            let mut groups: Vec<(Reason, Option<&str>, usize)> = Vec::new();
            for record in records {
                let key = (record.reason, verdict(record));
                match groups
                    .iter_mut()
                    .find(|(reason, bounce, _)| (*reason, *bounce) == key)
                {
                    Some(group) => group.2 += 1,
                    None => groups.push((key.0, key.1, 1)),
                }
            }
            let reasons = groups
                .iter()
                .map(|(reason, bounce, count)| match bounce {
                    Some(bounce) => format!("{count} {} ({bounce})", reason.name()),
                    None => format!("{count} {}", reason.name()),
                })
                .collect::<Vec<_>>()
                .join(", ");
            Some(
                msg::BounceLensMany {
                    count: &records.len(),
                    reasons: &reasons,
                }
                .get(lang),
            )
        }
    }
}

/// What a reader found for one recipient, before classification.
#[derive(Debug, Clone, Default)]
pub(crate) struct Finding {
    pub(crate) recipient: String,
    pub(crate) action: Option<String>,
    /// The status written in the report (`Status:`), if any.
    pub(crate) status: Option<EnhancedCode>,
    pub(crate) reply: Option<ReplyCode>,
    /// The enhanced code of the reply itself, if it has one.
    pub(crate) reply_status: Option<EnhancedCode>,
    pub(crate) diagnostic: String,
    /// Further text that tells the reason (a status comment).
    pub(crate) context: String,
    /// Text read only when the diagnostic and the context name no reason
    /// strongly: the human-readable part's words on this recipient, or the
    /// words of the whole report.
    pub(crate) fallback: String,
    pub(crate) command: Option<Command>,
    pub(crate) remote_mta: Option<String>,
    pub(crate) outcome: Outcome,
    pub(crate) feedback_type: Option<String>,
    /// A reason the structure decides (feedback, vacation).
    pub(crate) reason: Option<Reason>,
}

/// Decodes a file: one message, or several in an mbox (each after a
/// `From ` line). The reports of the messages that are bounces, auto-replies
/// or feedback reports, in order.
pub(crate) fn decode_file(text: &str) -> Vec<Report> {
    mbox_messages(text).filter_map(decode).collect()
}

/// The messages of an mbox: a line `From sender date` (with a time of
/// day), followed by a header field, starts one. A file without such lines
/// is one message.
fn mbox_messages(text: &str) -> impl Iterator<Item = &str> {
    let mut starts = vec![0];
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if at > 0 && is_from_line(content) {
            let next = &text[at + line.len()..];
            let next_line = next.lines().next().unwrap_or("");
            let opens_header = next_line
                .split_once(':')
                .is_some_and(|(name, _)| !name.is_empty() && !name.contains(' '));
            if opens_header {
                starts.push(at);
            }
        }
        at += line.len();
    }
    starts.push(text.len());
    starts
        .windows(2)
        .map(|pair| &text[pair[0]..pair[1]])
        .filter(|message| !message.trim().is_empty())
        .collect::<Vec<_>>()
        .into_iter()
}

/// `From sender Thu Jul  2 12:05:05 2020`: an mbox separator.
fn is_from_line(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("From ") else {
        return false;
    };
    let has_sender = rest
        .split_whitespace()
        .next()
        .is_some_and(|sender| !sender.contains(':'));
    let has_time = rest.as_bytes().windows(8).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
            && w[5] == b':'
            && w[6].is_ascii_digit()
            && w[7].is_ascii_digit()
    });
    has_sender && has_time
}

/// Decodes a message; `None` when it is not a bounce, an auto-reply or a
/// feedback report.
pub(crate) fn decode(text: &str) -> Option<Report> {
    decode_at_depth(text, 0)
}

fn decode_at_depth(text: &str, depth: usize) -> Option<Report> {
    let message = mime::parse(text, &Limits::default());
    let original = original(&message);
    if let Some((kind, findings)) = feedback::read(&message) {
        return Some(report(kind, findings, original));
    }
    if let Some(findings) = notification::read(&message) {
        return Some(report(Kind::Bounce, findings, original));
    }
    let prose = prose::report_text(&message);
    if let Some(findings) = dsn::read(&message, &prose) {
        return Some(report(Kind::Bounce, findings, original));
    }
    if let Some(findings) = autoreply::read(&message) {
        return Some(report(Kind::AutoReply, findings, original));
    }
    let findings = prose::read(&message, &prose);
    if !findings.is_empty() {
        return Some(report(Kind::Bounce, findings, original));
    }
    // A bounce forwarded as an attachment: decode the attached message.
    if depth < 2
        && let Some(inner) = embedded_message(&message, text)
        && let Some(inner) = decode_at_depth(inner, depth + 1)
    {
        return Some(inner);
    }
    // A bounce written inline after a provider's own words (an mbox
    // `From ` line or a header block in the text).
    if depth < 2
        && let Some(inner) = prose::inline_message(&message)
        && let Some(inner) = decode_at_depth(&inner, depth + 1)
    {
        return Some(inner);
    }
    // A bounce that names its recipient nowhere but in the returned message.
    if looks_like_a_bounce(&message) {
        let findings = prose::read_without_recipients(&message, &prose);
        if !findings.is_empty() {
            return Some(report(Kind::Bounce, findings, original));
        }
    }
    None
}

/// The source of the first message attached to `message`.
fn embedded_message<'t>(message: &Message, text: &'t str) -> Option<&'t str> {
    message.parts().iter().find_map(|part| match part.content {
        mime::Content::Message(root) => {
            let root = &message.parts()[root];
            let start = root.header_source.start.min(root.body_source.start);
            text.get(start..root.body_source.end.max(start))
        }
        _ => None,
    })
}

/// A message from a mail system about a delivery: a null return path, a
/// mailer-daemon sender, or a subject that says so.
fn looks_like_a_bounce(message: &Message) -> bool {
    let fields = root_fields(message);
    let null_return = header(fields, "Return-Path").is_some_and(|path| path.trim() == "<>");
    let from = header(fields, "From").map(bare_address).unwrap_or_default();
    let local = from.split('@').next().unwrap_or("").to_ascii_lowercase();
    let daemon =
        ["mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"].contains(&local.as_str());
    let subject = header(fields, "Subject").unwrap_or("").to_lowercase();
    let says = [
        "undeliver",
        "undelivered",
        "returned mail",
        "delivery status",
        "delivery failure",
        "delivery failed",
        "failure notice",
        "mail delivery",
        "non remis",
        "unzustellbar",
        "no entregado",
    ]
    .iter()
    .any(|word| subject.contains(word));
    null_return || daemon || says
}

fn report(kind: Kind, findings: Vec<Finding>, original: Original) -> Report {
    Report {
        kind,
        records: findings.into_iter().map(classify).collect(),
        original,
    }
}

/// The reason, the hard/soft verdict and the status of one finding.
fn classify(finding: Finding) -> Record {
    // The code the remote server gave beats the reporting server's
    // translation of it, unless that one is the only specific one.
    let status = match (finding.reply_status, finding.status) {
        (Some(reply), Some(written)) if is_generic(reply) && !is_generic(written) => Some(written),
        (Some(reply), _) => Some(reply),
        (None, written) => written,
    };
    let mut evidence_text = finding.diagnostic.clone();
    append(&mut evidence_text, &finding.context);
    let code_says = status.and_then(reason::code_reason).is_some();
    if !code_says && reason::phrases::best(&evidence_text).is_none_or(|found| found.weak) {
        append(&mut evidence_text, &finding.fallback);
    }
    let evidence = Evidence {
        reply: finding.reply,
        enhanced: status,
        text: &evidence_text,
        command: finding.command,
        outcome: finding.outcome,
        in_bounce: true,
    };
    let mut verdict = reason::classify(&evidence);
    if let Some(structural) = finding.reason {
        verdict = Verdict {
            reason: structural,
            basis: reason::Basis::Code,
            phrase: None,
            pattern: None,
            code_reason: None,
            disagrees: false,
        };
    }
    let hard = verdict.is_hard(&evidence);
    let (status, status_derived) = match status {
        Some(code) => (Some(code), false),
        None if finding.reason.is_none() => (
            reason::derived_status(verdict.reason, finding.reply, finding.outcome),
            true,
        ),
        None => (None, false),
    };
    Record {
        recipient: finding.recipient,
        action: finding.action,
        status,
        status_derived: status_derived && status.is_some(),
        reply: finding.reply,
        diagnostic: finding.diagnostic,
        command: finding.command,
        remote_mta: finding.remote_mta,
        reason: verdict.reason,
        hard,
        verdict,
        evidence: evidence_text,
        feedback_type: finding.feedback_type,
    }
}

fn append(text: &mut String, more: &str) {
    if more.trim().is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push_str(" \n ");
    }
    text.push_str(more);
}

/// X.0.0 and the "other" codes of a subject say little.
fn is_generic(code: EnhancedCode) -> bool {
    code.detail == 0
}

fn header<'m>(fields: &'m [Field], name: &str) -> Option<&'m str> {
    mime::find(fields, name)
        .map(|field| field.value.as_str())
        .filter(|value| !value.is_empty())
}

/// Message-ID, From, To and Subject of the returned message.
fn original(message: &Message) -> Original {
    if let Some(fields) = message.original_headers() {
        let get = |name: &str| header(fields, name).map(str::to_string);
        return Original {
            message_id: get("Message-ID"),
            from: get("From"),
            to: get("To"),
            subject: get("Subject"),
        };
    }
    // A returned message written inline after the report text.
    let fields = prose::inline_original_headers(message);
    let get = |wanted: &str| {
        fields
            .iter()
            .find(|(name, value)| name.eq_ignore_ascii_case(wanted) && !value.is_empty())
            .map(|(_, value)| mime::decode_encoded_words(value))
    };
    Original {
        message_id: get("Message-ID"),
        from: get("From"),
        to: get("To"),
        subject: get("Subject"),
    }
}

/// The root part's header fields.
fn root_fields<'m>(message: &'m Message) -> &'m [Field] {
    message
        .parts()
        .first()
        .map_or(&[][..], |part| part.fields.as_slice())
}

/// The bare address of `Name <a@b>`, `<a@b>`, `rfc822; a@b`.
pub(crate) fn bare_address(value: &str) -> String {
    let value = value.trim();
    let value = match value.split_once(';') {
        Some((kind, rest)) if !kind.contains('@') && kind.len() <= 16 => rest.trim(),
        _ => value,
    };
    if let (Some(open), Some(close)) = (value.rfind('<'), value.rfind('>'))
        && open < close
    {
        let inner = value[open + 1..close].trim();
        if !inner.is_empty() {
            return inner.to_string();
        }
    }
    value.trim_matches(['<', '>', '"', ' ']).to_string()
}

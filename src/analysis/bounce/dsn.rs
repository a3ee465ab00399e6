//! Records from a delivery-status report (RFC 3464): one per recipient
//! group.

use super::prose::ProseText;
use super::{Finding, bare_address, header, reply};
use crate::analysis::mime::{Content, Field, Message};
use crate::analysis::reason::Outcome;
use crate::codes::enhanced;

/// One finding per recipient group that names a recipient; `None` when the
/// message has no delivery-status report, or one without recipients.
pub(crate) fn read(message: &Message, prose: &ProseText) -> Option<Vec<Finding>> {
    let groups = message
        .parts()
        .iter()
        .find_map(|part| match &part.content {
            Content::Fields { groups, .. }
                if !part.original
                    && matches!(
                        part.content_type.mime_type.as_str(),
                        "message/delivery-status" | "message/global-delivery-status"
                    ) =>
            {
                Some(groups)
            }
            _ => None,
        })?;
    let groups = recipients(groups);
    let single = groups.len() == 1;
    let findings: Vec<Finding> = groups
        .iter()
        .filter_map(|group| finding(group, prose, single))
        .collect();
    (!findings.is_empty()).then_some(findings)
}

/// Fields that belong to the whole report, not to one recipient.
const PER_MESSAGE: &[&str] = &[
    "Reporting-MTA",
    "Arrival-Date",
    "Received-From-MTA",
    "Original-Envelope-Id",
    "DSN-Gateway",
];

fn names_recipient(field: &Field) -> bool {
    field.is("Final-Recipient") || field.is("Original-Recipient")
}

/// The report's fields as one group per recipient. Reports are not always
/// laid out as RFC 3464 says, so the groups separated by blank lines are
/// read again:
///
/// - a recipient's fields never repeat: within a group, a field already
///   present starts the next recipient (`Final-Recipient` before
///   `Original-Recipient`, or `Action` first, are one recipient);
/// - several recipients may be written field by field (every
///   `Final-Recipient`, then every `Action`, ...): the n-th of each field
///   goes to the n-th recipient;
/// - a group that names no recipient completes the one before.
fn recipients(groups: &[Vec<Field>]) -> Vec<Vec<Field>> {
    let mut out: Vec<Vec<Field>> = Vec::new();
    for group in groups {
        let fields: Vec<&Field> = group
            .iter()
            .filter(|field| !PER_MESSAGE.iter().any(|name| field.is(name)))
            .filter(|field| !field.name.to_ascii_lowercase().starts_with("x-postfix"))
            .collect();
        if fields.is_empty() {
            continue;
        }
        let key = if fields.iter().any(|field| field.is("Final-Recipient")) {
            "Final-Recipient"
        } else {
            "Original-Recipient"
        };
        let positions: Vec<usize> = fields
            .iter()
            .enumerate()
            .filter(|(_, field)| field.is(key))
            .map(|(at, _)| at)
            .collect();
        let interleaved =
            positions.len() > 1 && positions.windows(2).all(|pair| pair[1] == pair[0] + 1);
        if interleaved {
            let mut by_index: Vec<Vec<Field>> = vec![Vec::new(); positions.len()];
            let mut seen: Vec<(String, usize)> = Vec::new();
            for field in &fields {
                let name = field.name.to_ascii_lowercase();
                let count = match seen.iter_mut().find(|(known, _)| *known == name) {
                    Some((_, count)) => {
                        *count += 1;
                        *count - 1
                    }
                    None => {
                        seen.push((name, 1));
                        0
                    }
                };
                by_index[count.min(positions.len() - 1)].push((*field).clone());
            }
            out.extend(by_index);
            continue;
        }
        let mut current: Vec<Field> = Vec::new();
        for field in fields {
            let repeats = current
                .iter()
                .any(|other| other.name.eq_ignore_ascii_case(&field.name));
            if repeats {
                out.push(std::mem::take(&mut current));
            }
            current.push(field.clone());
        }
        if current.iter().any(names_recipient) {
            out.push(current);
        } else if let Some(last) = out.last_mut() {
            for field in current {
                if !last
                    .iter()
                    .any(|other| other.name.eq_ignore_ascii_case(&field.name))
                {
                    last.push(field);
                }
            }
        }
    }
    // A recipient read in two pieces (no field in common): one recipient.
    let mut joined: Vec<Vec<Field>> = Vec::new();
    for group in out {
        let joins = joined.last().is_some_and(|last| {
            !group.iter().any(|field| {
                last.iter()
                    .any(|other| other.name.eq_ignore_ascii_case(&field.name))
            })
        });
        match joined.last_mut() {
            Some(last) if joins => last.extend(group),
            _ => joined.push(group),
        }
    }
    joined
}

fn finding(group: &[Field], prose: &ProseText, single: bool) -> Option<Finding> {
    let recipient = header(group, "Final-Recipient")
        .or_else(|| header(group, "Original-Recipient"))
        .map(bare_address)
        .filter(|recipient| !recipient.is_empty())?;
    let action = header(group, "Action").map(|action| action.trim().to_ascii_lowercase());
    let (status, status_comment) = match header(group, "Status") {
        Some(value) => {
            let token = value.split_whitespace().next().unwrap_or("");
            let comment = value[token.len()..].trim();
            (enhanced::parse(token).ok(), comment.to_string())
        }
        None => (None, String::new()),
    };
    let (diagnostic_type, diagnostic) = match header(group, "Diagnostic-Code") {
        Some(value) => match value.split_once(';') {
            Some((kind, text)) if !kind.contains(' ') => {
                (kind.trim().to_ascii_lowercase(), text.trim().to_string())
            }
            _ => (String::new(), value.trim().to_string()),
        },
        None => (String::new(), String::new()),
    };
    // A local program's exit status (`X-Unix; 71`) is no SMTP reply.
    let smtp_like = diagnostic_type != "x-unix";
    let mut read = if smtp_like {
        reply::read(&diagnostic)
    } else {
        reply::Reply::default()
    };
    // The human-readable part's words on this recipient: the reply when the
    // report gives none, the command, and more text for the reason.
    // With one recipient, the whole report text speaks of it.
    let block = prose
        .block_for(&recipient)
        .or_else(|| single.then(|| prose.text.clone()));
    let block_reply = block.as_deref().map(reply::read);
    if read.code.is_none()
        && let Some(block_reply) = &block_reply
        && block_reply.code.is_some()
    {
        // The human-readable part's reply completes the report; its
        // enhanced code replaces the report's Status only when that one
        // says nothing (X.0.0).
        read.code = block_reply.code;
        if status.is_none_or(|status| status.subject == 0 && status.detail == 0) {
            read.enhanced = read.enhanced.or(block_reply.enhanced);
        }
    }
    let command = read
        .command
        .or_else(|| block_reply.as_ref().and_then(|reply| reply.command));
    let outcome = match action.as_deref() {
        Some("failed") | Some("expired") => Outcome::Final,
        Some("delayed") => Outcome::Delayed,
        _ => Outcome::Unknown,
    };
    let mut context = status_comment;
    if !smtp_like {
        // A local delivery program's exit status: `X-Unix; 71`.
        context.push_str(" X-Unix; ");
        context.push_str(&diagnostic);
    }
    let fallback = block.unwrap_or_default();
    let diagnostic_text = if read.code.is_some() && !diagnostic.is_empty() {
        read.text.clone()
    } else {
        diagnostic.clone()
    };
    Some(Finding {
        recipient,
        action,
        status,
        reply: read.code,
        reply_status: read.enhanced,
        diagnostic: diagnostic_text,
        context,
        fallback,
        command,
        remote_mta: header(group, "Remote-MTA").map(bare_address),
        outcome,
        feedback_type: None,
        reason: None,
    })
}

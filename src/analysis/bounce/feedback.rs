//! Feedback reports: ARF (RFC 5965, `message/feedback-report`), Microsoft's
//! Junk Mail Reporting Program (a complaint carrying the reported message,
//! its recipient in `X-HmXmrOriginalRecipient`), and automatic unsubscribe
//! requests (RFC 2369 `mailto:` List-Unsubscribe, sent by mail clients).

use super::{Finding, Kind, bare_address, header, root_fields};
use crate::analysis::mime::{Content, Field, Message};
use crate::analysis::reason::{Outcome, Reason};

/// The findings of a feedback report, one per reported recipient (at least
/// one, even when the report names none).
pub(crate) fn read(message: &Message) -> Option<(Kind, Vec<Finding>)> {
    if let Some(report) = arf_fields(message) {
        let feedback_type = header(&report, "Feedback-Type")
            .map(|value| value.trim().to_ascii_lowercase())
            .unwrap_or_else(|| "other".to_string());
        let mut recipients: Vec<String> = report
            .iter()
            .filter(|field| field.is("Original-Rcpt-To") || field.is("Removal-Recipient"))
            .map(|field| bare_address(&field.value))
            .filter(|address| !address.is_empty())
            .collect();
        if recipients.is_empty() {
            recipients = original_recipients(message);
        }
        return Some((Kind::Feedback, findings(recipients, &feedback_type)));
    }
    if let Some(recipient) = jmrp_recipient(message) {
        return Some((Kind::Feedback, findings(vec![recipient], "abuse")));
    }
    if is_unsubscribe(message) {
        let to = header(root_fields(message), "To").map(bare_address);
        return Some((
            Kind::Feedback,
            findings(to.into_iter().collect(), "opt-out"),
        ));
    }
    None
}

fn findings(mut recipients: Vec<String>, feedback_type: &str) -> Vec<Finding> {
    if recipients.is_empty() {
        recipients.push(String::new());
    }
    recipients
        .into_iter()
        .map(|recipient| Finding {
            recipient,
            action: None,
            outcome: Outcome::Unknown,
            feedback_type: Some(feedback_type.to_string()),
            reason: Some(Reason::Feedback),
            ..Finding::default()
        })
        .collect()
}

/// The fields of the bounce's own `message/feedback-report` part.
fn arf_fields(message: &Message) -> Option<Vec<Field>> {
    message.parts().iter().find_map(|part| match &part.content {
        Content::Fields { groups, .. }
            if !part.original && part.content_type.mime_type == "message/feedback-report" =>
        {
            Some(groups.iter().flatten().cloned().collect())
        }
        _ => None,
    })
}

/// The `To` addresses of the reported message.
fn original_recipients(message: &Message) -> Vec<String> {
    let Some(fields) = message.original_headers() else {
        return Vec::new();
    };
    header(fields, "To")
        .map(|to| {
            to.split(',')
                .map(bare_address)
                .filter(|address| !address.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Microsoft's complaint: the reported message's `X-HmXmrOriginalRecipient`.
fn jmrp_recipient(message: &Message) -> Option<String> {
    let fields = message.original_headers()?;
    header(fields, "X-HmXmrOriginalRecipient").map(bare_address)
}

/// A message a mail client sends by itself to unsubscribe: automatic, with
/// the subject `unsubscribe`.
fn is_unsubscribe(message: &Message) -> bool {
    let fields = root_fields(message);
    let automatic = header(fields, "Auto-Submitted")
        .is_some_and(|value| !value.trim().eq_ignore_ascii_case("no"));
    let subject = header(fields, "Subject").unwrap_or("").trim();
    automatic && subject.eq_ignore_ascii_case("unsubscribe")
}

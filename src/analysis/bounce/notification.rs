//! JSON delivery notifications: Amazon SES's bounce, complaint and
//! delivery notifications, as sent by mail through SNS (a JSON object
//! whose `Message` is the notification, itself JSON).

use super::{Finding, bare_address};
use crate::analysis::mime::{Message, Region};
use crate::analysis::reason::{Outcome, Reason};
use crate::codes::enhanced;
use serde_json::Value;

/// The findings of an SES notification in the message's text.
pub(crate) fn read(message: &Message) -> Option<Vec<Finding>> {
    let text = message
        .views()
        .iter()
        .filter(|view| view.region == Region::Report)
        .map(|view| message.view_text(view))
        .find(|text| text.contains("notificationType"))?;
    let start = text.find('{')?;
    let end = text.rfind('}')?;
    // Long lines may have been folded in transit: unfold before parsing.
    let json = text
        .get(start..=end)?
        .replace("\r\n ", "")
        .replace("\n ", "")
        .replace(['\r', '\n'], "");
    let outer: Value = serde_json::from_str(&json).ok()?;
    let notification: Value = match outer.get("Message").and_then(Value::as_str) {
        Some(inner) => serde_json::from_str(inner).ok()?,
        None => outer,
    };
    let kind = notification.get("notificationType")?.as_str()?;
    let (list, key, action) = match kind {
        "Bounce" => ("bounce", "bouncedRecipients", "failed"),
        "Complaint" => ("complaint", "complainedRecipients", ""),
        "Delivery" => ("delivery", "recipients", "delivered"),
        _ => return None,
    };
    let section = notification.get(list)?;
    let recipients = section.get(key)?.as_array()?;
    let transient = section
        .get("bounceType")
        .and_then(Value::as_str)
        .is_some_and(|kind| kind == "Transient");
    let findings = recipients
        .iter()
        .filter_map(|entry| {
            let address = entry
                .as_str()
                .or_else(|| entry.get("emailAddress").and_then(Value::as_str))?;
            let diagnostic = entry
                .get("diagnosticCode")
                .and_then(Value::as_str)
                .or_else(|| section.get("smtpResponse").and_then(Value::as_str))
                .unwrap_or("")
                .to_string();
            let read = super::reply::read(&diagnostic);
            let status = entry
                .get("status")
                .and_then(Value::as_str)
                .and_then(|status| enhanced::parse(status).ok());
            Some(Finding {
                recipient: bare_address(address),
                action: (!action.is_empty()).then(|| action.to_string()),
                status,
                reply: read.code,
                reply_status: read.enhanced,
                diagnostic: if read.code.is_some() {
                    read.text
                } else {
                    diagnostic
                },
                outcome: if transient {
                    Outcome::Delayed
                } else {
                    Outcome::Final
                },
                feedback_type: (kind == "Complaint").then(|| {
                    section
                        .get("complaintFeedbackType")
                        .and_then(Value::as_str)
                        .unwrap_or("abuse")
                        .to_string()
                }),
                reason: match kind {
                    "Complaint" => Some(Reason::Feedback),
                    _ => None,
                },
                ..Finding::default()
            })
        })
        .collect::<Vec<_>>();
    (!findings.is_empty()).then_some(findings)
}

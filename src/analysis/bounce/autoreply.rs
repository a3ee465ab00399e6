//! Automatic replies (RFC 3834): an absence or vacation message, one
//! `vacation` record for the person who is away (its sender).

use super::{Finding, bare_address, header, root_fields};
use crate::analysis::mime::Message;
use crate::analysis::reason::{Outcome, Reason};

/// Subjects that automatic replies start with, in the languages met.
const SUBJECTS: &[&str] = &[
    "auto:",
    "auto reply",
    "auto-reply",
    "autoreply",
    "auto response",
    "autoresponse",
    "automatic reply",
    "out of office",
    "out of the office",
    "away from",
    "on vacation",
    "vacation",
    "réponse automatique",
    "absence",
    "abwesenheit",
    "automatische antwort",
    "respuesta automática",
    "fuera de la oficina",
    "risposta automatica",
    "resposta automática",
    "自動応答",
    "不在",
];

/// One finding when the message is an automatic reply from a person (not
/// a bounce from a mail system).
pub(crate) fn read(message: &Message) -> Option<Vec<Finding>> {
    let fields = root_fields(message);
    let from = header(fields, "From").map(bare_address)?;
    let local = from.split('@').next().unwrap_or("").to_ascii_lowercase();
    if ["mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"].contains(&local.as_str()) {
        return None;
    }
    let auto_submitted = header(fields, "Auto-Submitted").is_some_and(|value| {
        value
            .trim()
            .to_ascii_lowercase()
            .starts_with("auto-replied")
    });
    let vendor_flag = ["X-Autoreply", "X-Autorespond", "X-Apple-Action"]
        .iter()
        .any(|name| header(fields, name).is_some())
        || header(fields, "Precedence")
            .is_some_and(|value| value.eq_ignore_ascii_case("auto_reply"));
    let subject = header(fields, "Subject")
        .unwrap_or("")
        .trim()
        .to_lowercase();
    let subject_says = SUBJECTS.iter().any(|start| subject.starts_with(start));
    if !(auto_submitted || vendor_flag || subject_says) {
        return None;
    }
    Some(vec![Finding {
        recipient: from,
        outcome: Outcome::Unknown,
        reason: Some(Reason::Vacation),
        ..Finding::default()
    }])
}

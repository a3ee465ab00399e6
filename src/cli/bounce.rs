//! `mail-lsp bounce FILE... [--json]`: bounce messages decoded the way a
//! postmaster reads them, one record per failed recipient.
//!
//! Exit 0 when every file held a bounce, an automatic reply or a feedback
//! report; 1 when a file held none; 2 when a file could not be read (the
//! worst wins).

use crate::analysis::bounce::{self, Kind, Record, Report};
use crate::analysis::reason::{Basis, Command, dnsbl, postfix};
use crate::codes::Lang;
use crate::messages::reasons as msg;
use std::io::Write;

/// Decodes every file; see the module's documentation for the exit status.
pub fn bounce(
    paths: &[String],
    lang: Lang,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut status = 0;
    let mut files = Vec::new();
    for path in paths {
        let Some(bytes) = super::read_or_report(path, err) else {
            status = 2;
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let reports = bounce::decode_file(&text);
        if reports.is_empty() {
            status = status.max(1);
            let _ = writeln!(
                err,
                "mail-lsp: {}",
                msg::BounceNotABounce { path }.get(lang)
            );
        }
        if json {
            files.push(serde_json::json!({
                "path": path,
                "messages": reports.iter().map(report_json).collect::<Vec<_>>(),
            }));
        } else {
            for report in &reports {
                let _ = write!(out, "{}", report_text(path, report, lang));
            }
        }
    }
    if json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&files).unwrap_or_default()
        );
    }
    status
}

fn kind_label(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Bounce => msg::BounceKindBounce.get(lang),
        Kind::AutoReply => msg::BounceKindAutoReply.get(lang),
        Kind::Feedback => msg::BounceKindFeedback.get(lang),
    }
}

fn basis_name(basis: Basis) -> &'static str {
    match basis {
        Basis::Text => "text",
        Basis::Code => "code",
        Basis::Reply => "reply",
        Basis::Nothing => "nothing",
    }
}

fn report_json(report: &Report) -> serde_json::Value {
    serde_json::json!({
        "kind": report.kind.name(),
        "original": {
            "message_id": report.original.message_id,
            "from": report.original.from,
            "to": report.original.to,
            "subject": report.original.subject,
        },
        "records": report.records.iter().map(record_json).collect::<Vec<_>>(),
    })
}

fn record_json(record: &Record) -> serde_json::Value {
    let phrase = record.verdict.phrase_text(&record.evidence);
    let rule = postfix::rule_for(&record.diagnostic);
    let list = dnsbl::list_in(&record.diagnostic);
    let refusal = list.and(dnsbl::not_a_listing(&record.diagnostic));
    serde_json::json!({
        "recipient": record.recipient,
        "action": record.action,
        "status": record.status.map(|code| code.to_string()),
        "status_derived": record.status_derived,
        "reply": record.reply.map(|code| code.0),
        "diagnostic": record.diagnostic,
        "command": record.command.map(Command::name),
        "remote_mta": record.remote_mta,
        "reason": record.reason.name(),
        "reason_from": basis_name(record.verdict.basis),
        "reason_phrase": phrase,
        "reason_pattern": record.verdict.pattern.map(|(pattern, _)| pattern),
        "reason_language": record.verdict.pattern.map(|(_, lang)| lang),
        "code_reason": record.verdict.code_reason.map(|reason| reason.name()),
        "text_and_code_disagree": record.verdict.disagrees,
        "side": record.reason.info().side.label(Lang::En),
        "hard": record.hard,
        "feedback_type": record.feedback_type,
        "postfix_rule": rule.map(|rule| serde_json::json!({
            "text": rule.text,
            "restriction": rule.restriction,
            "reason": rule.reason.name(),
            "set_in": rule.list,
            "code_parameter": rule.parameter,
            "default": rule.default,
        })),
        "blocklist": list.map(|list| serde_json::json!({
            "name": list.name,
            "lists": match list.kind {
                dnsbl::DnsblKind::Address => "address",
                dnsbl::DnsblKind::Domain => "domain",
            },
            "lookup": list.lookup,
            "not_a_listing": refusal.is_some(),
        })),
    })
}

/// `reject_unauth_destination` (smtpd_relay_restrictions), code
/// relay_domains_reject_code = 554; then what to change.
pub(crate) fn postfix_rule_line(rule: &postfix::PostfixRule, lang: Lang) -> String {
    let code = match rule.parameter {
        Some(parameter) => msg::PostfixCodeParameter {
            parameter: &parameter,
            default: &rule.default,
        }
        .get(lang),
        None => msg::PostfixCodeFixed {
            default: &rule.default,
        }
        .get(lang),
    };
    format!(
        "{} ({}), {code}. {}",
        rule.restriction,
        rule.list,
        rule.change.get(lang)
    )
}

/// A decoded message as terminal text.
fn report_text(path: &str, report: &Report, lang: Lang) -> String {
    let kind = kind_label(report.kind, lang);
    let count = report.records.len();
    let mut out = if count == 1 {
        msg::BounceOneRecipient {
            path: &path,
            kind: &kind,
        }
        .get(lang)
    } else {
        msg::BounceRecipients {
            path: &path,
            kind: &kind,
            count: &count,
        }
        .get(lang)
    };
    out.push('\n');
    for record in &report.records {
        out.push_str(&record_text(record, lang));
    }
    let original = &report.original;
    let parts: Vec<String> = [
        ("Message-ID", &original.message_id),
        ("From", &original.from),
        ("To", &original.to),
        ("Subject", &original.subject),
    ]
    .iter()
    .filter_map(|(name, value)| value.as_ref().map(|value| format!("{name} {value}")))
    .collect();
    if !parts.is_empty() {
        let colon = match lang {
            Lang::En => ":",
            Lang::Fr => "\u{a0}:",
        };
        out.push_str(&format!(
            "  {}{colon} {}\n",
            msg::LabelOriginalMessage.get(lang),
            parts.join("; ")
        ));
    }
    out
}

fn record_text(record: &Record, lang: Lang) -> String {
    let colon = match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    };
    let recipient = if record.recipient.is_empty() {
        "-"
    } else {
        record.recipient.as_str()
    };
    let mut out = format!("  {recipient}\n");
    let mut head: Vec<String> = Vec::new();
    if let Some(action) = &record.action {
        head.push(action.clone());
    }
    if let Some(status) = record.status {
        if record.status_derived {
            head.push(format!("{status} ({})", msg::BounceStatusDerived.get(lang)));
        } else {
            head.push(status.to_string());
        }
    }
    if let Some(reply) = record.reply {
        head.push(reply.to_string());
    }
    let title = record.reason.title(lang);
    head.push(format!("{} ({title})", record.reason.name()));
    if record.feedback_type.is_none() && !matches!(record.reason.name(), "delivered" | "vacation") {
        head.push(
            if record.hard {
                msg::BounceHard.get(lang)
            } else {
                msg::BounceSoft.get(lang)
            }
            .to_string(),
        );
    }
    out.push_str(&format!("    {}\n", head.join("  ")));
    let info = record.reason.info();
    out.push_str(&format!("    {}\n", info.meaning.get(lang)));
    let phrase = record.verdict.phrase_text(&record.evidence);
    if let (Basis::Text, Some(phrase)) = (record.verdict.basis, phrase) {
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push_str(&format!(
            "    {}{colon} {}\n",
            msg::LabelReason.get(lang),
            msg::ReasonFromText {
                title: &title,
                phrase: &phrase
            }
            .get(lang)
        ));
    }
    if record.verdict.disagrees
        && let Some(code_reason) = record.verdict.code_reason
    {
        out.push_str(&format!(
            "    ⚠ {}\n",
            msg::ReasonDisagreement {
                code_title: &code_reason.title(lang)
            }
            .get(lang)
        ));
    }
    out.push_str(&format!("    → {}\n", info.act.get(lang)));
    if let Some(list) = dnsbl::list_in(&record.diagnostic) {
        let meaning = match dnsbl::not_a_listing(&record.diagnostic) {
            Some(refusal) => refusal.meaning.get(lang),
            None => list.meaning.get(lang),
        };
        out.push_str(&format!(
            "    {}{colon} {} ({})\n      {meaning}\n",
            msg::LabelBlocklist.get(lang),
            list.name,
            list.lookup
        ));
    }
    if let Some(rule) = postfix::rule_for(&record.diagnostic) {
        out.push_str(&format!(
            "    {}{colon} {}\n",
            msg::LabelPostfixRuleRemote.get(lang),
            postfix_rule_line(rule, lang)
        ));
    }
    if let Some(feedback) = &record.feedback_type {
        out.push_str(&format!(
            "    {}{colon} {feedback}\n",
            msg::LabelFeedbackType.get(lang)
        ));
    }
    if !record.diagnostic.is_empty() {
        out.push_str(&format!(
            "    {}{colon} {}\n",
            msg::LabelDiagnostic.get(lang),
            record.diagnostic
        ));
    }
    if let Some(command) = record.command {
        out.push_str(&format!(
            "    {}{colon} {}\n",
            msg::LabelInReplyTo.get(lang),
            command.name()
        ));
    }
    if let Some(mta) = &record.remote_mta {
        out.push_str(&format!(
            "    {}{colon} {mta}\n",
            msg::LabelRemoteServer.get(lang)
        ));
    }
    out
}

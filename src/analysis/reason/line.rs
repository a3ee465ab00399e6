//! The reason behind a reply on one log or bounce line: the evidence read
//! from the line (the reply's codes, its text, the command it answered,
//! whether delivery ended), and what the editor shows of it: a hover
//! section, inlay hints where the code says little, the Postfix rule of a
//! reject line and the blocklist a reply names.
//!
//! Only the line under the cursor, or the lines of the visible range, are
//! read: nothing here runs over a whole document.

use super::dnsbl;
use super::postfix::{self, PostfixRule};
use super::{Basis, Evidence, Outcome, Verdict, classify, code_reason};
use crate::analysis::FileKind;
use crate::analysis::bounce::reply;
use crate::analysis::outline::{self, Status};
use crate::analysis::replies::{self, CodeFound, EnhancedToken};
use crate::codes::Lang;
use crate::codes::explain::Explanation;
use crate::messages::reasons as msg;
use std::ops::Range;

/// What the line says of one reply's reason.
#[derive(Debug, Clone)]
pub(crate) struct LineReason<'l> {
    pub(crate) verdict: Verdict,
    /// The reply's text, the evidence read (the verdict's phrase indexes it).
    pub(crate) text: &'l str,
}

impl LineReason<'_> {
    /// The text says more than the code: it names a cause the code does
    /// not (a generic or absent code, or another cause), or contradicts it.
    pub(crate) fn says_more(&self) -> bool {
        if self.verdict.basis != Basis::Text {
            return false;
        }
        self.verdict.disagrees || self.verdict.code_reason != Some(self.verdict.reason)
    }
}

/// The text of the reply that `found` belongs to: from its codes to the end
/// of the line, short of the fields Postfix writes after a reject (`;
/// from=<...>`), or the parenthesised reason of a `status=` when the line
/// has no reply (`status=deferred (connect to ...: Connection timed out)`).
fn reply_text(kind: FileKind, line: &str, found: &CodeFound) -> Range<usize> {
    let codes = replies::scan_line(kind, line);
    // An enhanced code alone (`dsn=5.1.1`) takes the text of the line's reply.
    let anchor = if found.reply.is_none() {
        codes
            .iter()
            .find(|other| other.reply.is_some() && other.span().start > found.span().start)
            .unwrap_or(found)
    } else {
        found
    };
    let mut start = anchor.span().end;
    if anchor.reply.is_none()
        && let Some(status) = line.find("status=")
        && let Some(open) = line[status..].find(" (")
    {
        start = start.max(status + open + 2);
    }
    let rest = &line[start.min(line.len())..];
    let end = rest
        .find("; from=<")
        .or_else(|| rest.find(" (in reply to "))
        .map_or(line.len(), |at| start + at);
    start.min(end)..end
}

/// Whether the delivery of this line ended.
fn outcome_of(line: &str) -> Outcome {
    match outline::line_status(line) {
        Some(Status::Bounced | Status::Expired | Status::Rejected) => Outcome::Final,
        Some(Status::Deferred) => Outcome::Delayed,
        _ => Outcome::Unknown,
    }
}

/// Reads the reason of the reply `found` stands in.
pub(crate) fn read<'l>(kind: FileKind, line: &'l str, found: &CodeFound) -> LineReason<'l> {
    let range = reply_text(kind, line, found);
    let text = &line[range.clone()];
    let enhanced = match &found.enhanced {
        Some((_, EnhancedToken::Valid(code))) => Some(*code),
        _ => None,
    };
    let command = reply::command_of(line);
    let evidence = Evidence {
        reply: found.reply.as_ref().map(|(_, code)| *code),
        enhanced,
        text,
        command,
        outcome: outcome_of(line),
        in_bounce: kind == FileKind::Bounce,
    };
    LineReason {
        verdict: classify(&evidence),
        text,
    }
}

/// The Postfix rule behind a reject this server's Postfix logged
/// (`postfix/smtpd`, `postscreen`, `cleanup`): the rule the reader can
/// change. A remote server's reply is not read here.
pub(crate) fn postfix_rule(kind: FileKind, line: &str) -> Option<&'static PostfixRule> {
    let own_reject = kind.is_log_like()
        && kind != FileKind::Bounce
        && line.contains("postfix")
        && (line.contains(" reject: ")
            || line.contains(" reject_warning: ")
            || line.contains("postscreen"));
    own_reject.then(|| postfix::rule_for(line)).flatten()
}

/// Where the rule's text stands in the line (ASCII-case-insensitive).
pub(crate) fn rule_columns(line: &str, rule: &PostfixRule) -> Option<Range<usize>> {
    let lower = line.to_ascii_lowercase();
    lower.find(rule.folded).map(|at| at..at + rule.folded.len())
}

/// A hover on the words of a Postfix reject (no code under the cursor):
/// the rule that wrote them, over their columns.
pub(crate) fn rule_hover(
    kind: FileKind,
    line: &str,
    column: usize,
    lang: Lang,
) -> Option<(Range<usize>, String)> {
    let rule = postfix_rule(kind, line)?;
    let columns = rule_columns(line, rule).filter(|columns| columns.contains(&column))?;
    Some((columns, rule_section(rule, lang).trim_start().to_string()))
}

fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    }
}

/// What a code's hover gains: the reason when the text says more than the
/// code (in the verdict's `Reason` line, with a warning when text and code
/// disagree); the blocklist the reply names and the Postfix rule behind a
/// reject, after the verdict's separator (outside the short hover's lines).
pub(crate) fn enrich(
    kind: FileKind,
    line: &str,
    found: &CodeFound,
    lang: Lang,
    explanation: &mut Explanation,
) {
    let reason = read(kind, line, found);
    if reason.says_more() {
        let title = reason.verdict.reason.title(lang);
        let text = match reason.verdict.phrase_text(reason.text) {
            Some(phrase) => msg::ReasonFromText {
                title: &title,
                phrase: &phrase.split_whitespace().collect::<Vec<_>>().join(" "),
            }
            .get(lang),
            None => title.to_string(),
        };
        explanation.reason = Some(format!("{text} (`{}`)", reason.verdict.reason.name()));
        if reason.verdict.disagrees
            && let Some(code) = reason.verdict.code_reason
        {
            explanation.warnings.push(capitalize(
                &msg::ReasonDisagreement {
                    code_title: &code.title(lang),
                }
                .get(lang),
            ));
        }
    }
    // What this line says comes before what vendors say of the code in
    // general: the blocklist it names, the Postfix rule that wrote it.
    let mut notes = Vec::new();
    let blocklist = blocklist_section(reason.text, lang);
    if !blocklist.is_empty() {
        notes.push(blocklist.trim().to_string());
    }
    if let Some(rule) = postfix_rule(kind, line) {
        notes.push(rule_section(rule, lang).trim().to_string());
    }
    explanation.vendor_notes.splice(0..0, notes);
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// `**Blocklist**: Spamhaus ZEN ([lookup](...)): what a listing means`, or
/// why the answer is no listing at all.
fn blocklist_section(text: &str, lang: Lang) -> String {
    let Some(list) = dnsbl::list_in(text) else {
        return String::new();
    };
    let meaning = match dnsbl::not_a_listing(text) {
        Some(refusal) => refusal.meaning.get(lang),
        None => list.meaning.get(lang),
    };
    format!(
        "\n**{}**{} {} ([{}]({}))\u{a0}— {meaning}\n",
        msg::LabelBlocklist.get(lang),
        colon(lang),
        list.name,
        msg::LabelLookup.get(lang),
        list.lookup
    )
}

/// `**Postfix rule**: `restriction` (in `list`), code set by `parameter`
/// (default N). What to change.`
pub(crate) fn rule_section(rule: &PostfixRule, lang: Lang) -> String {
    let code = match rule.parameter {
        Some(parameter) => msg::PostfixCodeParameter {
            parameter: &format!("`{parameter}`"),
            default: &rule.default,
        }
        .get(lang),
        None => msg::PostfixCodeFixed {
            default: &rule.default,
        }
        .get(lang),
    };
    // `reject_unauth_destination` (`smtpd_relay_restrictions`); a rule
    // that is a parameter of its own is named once.
    let list = if rule.list == rule.restriction {
        String::new()
    } else {
        format!(" (`{}`)", rule.list)
    };
    format!(
        "\n**{}**{} `{}`{list}, {code}. {}\n",
        msg::LabelPostfixRule.get(lang),
        colon(lang),
        rule.restriction,
        rule.change.get(lang)
    )
}

/// Inlay hints for one line: after a code that says little (no enhanced
/// code, an X.0.0 or "other" code, or one that only points to a cause, such
/// as 5.7.1), the reason its text names: `(column, label)`.
pub(crate) fn line_hints(kind: FileKind, line: &str, lang: Lang) -> Vec<(usize, String)> {
    let mut hints = Vec::new();
    for found in replies::scan_line(kind, line) {
        let Some((reply_range, _)) = &found.reply else {
            continue;
        };
        let says_little = match &found.enhanced {
            None => true,
            Some((_, EnhancedToken::Valid(code))) => {
                code_reason(*code).is_none_or(|(_, names)| !names)
            }
            Some((_, EnhancedToken::Malformed(_))) => false,
        };
        if !says_little {
            continue;
        }
        let reason = read(kind, line, &found);
        if !reason.says_more() {
            continue;
        }
        let column = found
            .enhanced
            .as_ref()
            .map_or(reply_range.end, |(range, _)| range.end);
        hints.push((
            column,
            format!(
                "{}{} {}",
                msg::LabelReason.get(lang).to_lowercase(),
                colon(lang),
                reason.verdict.reason.title(lang)
            ),
        ));
    }
    hints
}

/// The reason of the outcome a log line reports (`None` when it reports
/// none): a delivery is `delivered`; otherwise the reason of the line's
/// reply, or of its text when it quotes no reply (`status=deferred
/// (connect to ...: Connection timed out)`).
pub(crate) fn outcome_reason(kind: FileKind, line: &str) -> Option<(Status, super::Reason)> {
    let outcome = outline::line_outcome(kind, line)?;
    match outcome.status {
        Status::Sent => return Some((outcome.status, super::Reason::Delivered)),
        // `status=expired, returned to sender`: its time in the queue ran out.
        Status::Expired => return Some((outcome.status, super::Reason::Expired)),
        _ => {}
    }
    let codes = replies::scan_line(kind, line);
    let found = codes
        .iter()
        .find(|found| found.reply.is_some())
        .or_else(|| codes.first());
    let reason = match found {
        Some(found) => read(kind, line, found).verdict.reason,
        None => {
            let text = line
                .find("status=")
                .and_then(|at| line[at..].find(" (").map(|open| &line[at + open + 2..]))
                .unwrap_or(line);
            classify(&Evidence {
                text,
                command: reply::command_of(line),
                outcome: outcome_of(line),
                ..Evidence::default()
            })
            .reason
        }
    };
    Some((outcome.status, reason))
}

/// The outcomes of a log grouped by reason: `(reason, counts)`, the most
/// frequent first, and the totals.
pub(crate) fn summarize(
    kind: FileKind,
    text: &str,
) -> (outline::Counts, Vec<(super::Reason, outline::Counts)>) {
    let mut totals = outline::Counts::default();
    let mut by_reason: Vec<(super::Reason, outline::Counts)> = Vec::new();
    for (_, _, line) in crate::analysis::lines::lines(text) {
        let Some((status, reason)) = outcome_reason(kind, line) else {
            continue;
        };
        totals.add(status);
        match by_reason.iter_mut().find(|(known, _)| *known == reason) {
            Some((_, counts)) => counts.add(status),
            None => {
                let mut counts = outline::Counts::default();
                counts.add(status);
                by_reason.push((reason, counts));
            }
        }
    }
    by_reason.sort_by_key(|(reason, counts)| (usize::MAX - counts.total(), *reason));
    (totals, by_reason)
}

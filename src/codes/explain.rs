//! One explanation model for every view: editor hovers render it as
//! Markdown (short by default, full on demand), `mail-lsp explain` as
//! terminal text or JSON.
//!
//! The verdict comes first in every view: the class, whether the message
//! is retried, whose side has to act and the one most useful action. What
//! happens next follows the reply code when there is one (RFC 5321 section
//! 4.2: a client acts on the reply code only; the enhanced code is part of
//! the text), with per-code texts where the class says it wrong (ETRN, AUTH,
//! a greeting).

use super::enhanced::EnhancedCode;
use super::lookup::{self, class_mismatch, registry_row, usual_pairing};
use super::registry;
use super::reply::{self, ReplyCode, ReplyVerdict};
use super::texts::{self, ReplyText};
use super::vendor;
use super::{Lang, Side};
use crate::messages::codes as m;

pub use super::query::{EnhancedQuery, Query, QueryError, parse_queries, parse_query};

/// How much a hover says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verbosity {
    /// The verdict and the meaning, at most [`SHORT_LINES`] lines of 80
    /// columns before any vendor section.
    #[default]
    Short,
    /// Everything `mail-lsp explain` says.
    Full,
}

/// The most lines a short hover takes before its vendor section.
pub const SHORT_LINES: usize = 12;
/// The width those lines are counted at.
pub const SHORT_WIDTH: usize = 80;

/// An explanation, ready to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Explanation {
    /// `550 5.1.1`
    pub code: String,
    /// `Bad destination mailbox address`
    pub title: String,
    /// The class that decides what happens: `permanent failure`.
    pub outcome: Option<String>,
    /// What the sending side does next (retried or not, and how).
    pub retry: Option<String>,
    /// The same, in a few words, for short hovers.
    pub retry_short: Option<String>,
    /// Whose side has to act.
    pub side: Option<String>,
    /// Nobody has to act (a success, a reply that concerns no message):
    /// the verdict line says it all, without a side or an action line.
    pub nobody_acts: bool,
    /// The one most useful action.
    pub action: Option<String>,
    /// Why this message failed, in this log (set by the caller who knows).
    pub reason: Option<String>,
    /// What the code means, in short.
    pub meaning: Option<String>,
    /// Label/value pairs: class, subject, detail, reference...
    pub facts: Vec<(String, String)>,
    /// The long form: readings, advice, other uses.
    pub paragraphs: Vec<String>,
    /// Problems with the code as written (class mismatch, unregistered...).
    pub warnings: Vec<String>,
    /// Vendor notes on this code, each naming its source.
    pub vendor_notes: Vec<String>,
    /// For machine output.
    pub known: bool,
    pub registered: Option<bool>,
    pub registry_title: Option<String>,
}

impl Explanation {
    fn fact(&mut self, label: &str, value: String) {
        self.facts.push((label.to_string(), value));
    }
}

/// The explanation of a code as a reference gives it: every vendor note.
pub fn explain(query: &Query, lang: Lang) -> Explanation {
    explain_in(query, lang, None)
}

/// The explanation of a code where it stands: `context` is the text around
/// it (a log line, a pasted reply). The vendor notes are those of the
/// vendors the context names (`gsmtp`, `mimecast.com`); when it names none,
/// the notes on the enhanced code of every vendor. Notes on a reply code
/// belong to vendors whose replies carry no enhanced code: shown when the
/// context names the vendor, or for a reply code looked up on its own.
pub fn explain_in(query: &Query, lang: Lang, context: Option<&str>) -> Explanation {
    let mut out = Explanation::default();
    match (query.reply, query.enhanced) {
        (Some(reply), None) => explain_reply(&mut out, reply, lang),
        (reply, Some(enhanced)) => explain_enhanced(&mut out, enhanced, reply, lang),
        (None, None) => {}
    }
    add_verdict(&mut out, query, lang);
    add_vendor_notes(&mut out, query, lang, context);
    out
}

fn add_vendor_notes(out: &mut Explanation, query: &Query, lang: Lang, context: Option<&str>) {
    let named = context.map(vendor::named_in).unwrap_or_default();
    let shown = |vendor: vendor::Vendor, on_reply: bool| match context {
        None => !on_reply || query.enhanced.is_none(),
        // A line from a server no vendor file names: another vendor's
        // habits would only be noise there.
        Some(_) if named.is_empty() => false,
        Some(_) => named.contains(&vendor),
    };
    let mut push = |vendor: vendor::Vendor, note: &str, source: &str| {
        out.vendor_notes
            .push(format!("**{}** — {note} ({source})", vendor.name()));
    };
    // Notes are on registered codes; `X.1.1` gathers both failure classes.
    let codes: Vec<EnhancedCode> = match query.enhanced {
        Some(EnhancedQuery::Full(code)) => vec![code],
        Some(EnhancedQuery::AnyClass { subject, detail }) => vec![
            EnhancedCode::new(4, subject, detail),
            EnhancedCode::new(5, subject, detail),
        ],
        _ => Vec::new(),
    };
    for code in codes
        .into_iter()
        .filter(|code| registry_row(*code).is_some())
    {
        for note in vendor::notes(code).filter(|note| shown(note.vendor, false)) {
            push(note.vendor, note.note.get(lang), note.source);
        }
    }
    if let Some(reply) = query.reply {
        for note in vendor::reply_notes(reply.0).filter(|note| shown(note.vendor, true)) {
            push(note.vendor, note.note.get(lang), note.source);
        }
    }
}

/// The reply code's own text: the standard row first.
fn primary_reply_text(reply: ReplyCode) -> Option<&'static ReplyText> {
    reply
        .rows()
        .first()
        .and_then(|row| texts::reply_text(row.code, row.standard))
}

fn class_label(class: u8, lang: Lang) -> Option<&'static str> {
    Some(match class {
        2 => m::ClassSuccess.get(lang),
        3 => m::ClassIntermediate.get(lang),
        4 => m::ClassTransient.get(lang),
        5 => m::ClassPermanent.get(lang),
        _ => return None,
    })
}

fn class_retry_short(class: u8, lang: Lang) -> Option<&'static str> {
    Some(match class {
        3 => m::RetryShortIntermediate.get(lang),
        4 => m::RetryShortTransient.get(lang),
        5 => m::RetryShortPermanent.get(lang),
        _ => return None,
    })
}

fn class_retry(class: u8, lang: Lang) -> Option<&'static str> {
    Some(match class {
        3 => m::RetryIntermediate.get(lang),
        4 => m::RetryTransient.get(lang),
        5 => m::RetryPermanent.get(lang),
        _ => return None,
    })
}

/// The first sentence of a text: up to a `.` followed by a space and a
/// capital, a back-tick or a parenthesis (so `e.g. x` does not end it).
pub fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut index = 0;
    let mut in_code = false;
    while index < bytes.len() {
        match bytes[index] {
            b'`' => in_code = !in_code,
            b'.' | b'!' | b'?' if !in_code && bytes.get(index + 1) == Some(&b' ') => {
                let next = text[index + 2..].chars().next();
                let abbreviation = text[..index].ends_with("e.g") || text[..index].ends_with("i.e");
                if !abbreviation && next.is_some_and(|c| c.is_uppercase() || c == '`' || c == '(') {
                    return &text[..=index];
                }
            }
            _ => {}
        }
        index += 1;
    }
    text
}

/// Class, retry, side and action: from the reply code when there is one.
fn add_verdict(out: &mut Explanation, query: &Query, lang: Lang) {
    let enhanced = match query.enhanced {
        Some(EnhancedQuery::Full(code)) => Some(code),
        _ => None,
    };
    let class = query
        .reply
        .map(ReplyCode::class_digit)
        .or(enhanced.map(|code| code.class))
        .or(match query.enhanced {
            Some(EnhancedQuery::Subject { class, .. } | EnhancedQuery::Class(class)) => Some(class),
            _ => None,
        });
    let reply_text = query.reply.and_then(primary_reply_text);
    let Some(class) = class else { return };
    out.outcome = class_label(class, lang).map(str::to_string);
    if class == 2 {
        // One line: what succeeded, and that nobody has to act.
        let what = enhanced
            .filter(|code| code.class == 2)
            .and_then(|code| texts::detail_text(code.subject, code.detail))
            .and_then(|text| text.succeeded)
            .or(reply_text.and_then(|text| text.succeeded))
            .map(|what| what.get(lang));
        let verdict = match what {
            Some(what) => m::VerdictSuccess { what: &what }.get(lang),
            None => m::RetryShortSuccess.get(lang).to_string(),
        };
        out.retry = Some(verdict.clone());
        out.retry_short = Some(verdict);
        out.side = Some(Side::Nobody.label(lang).to_string());
        out.nobody_acts = true;
        return;
    }
    let per_code = reply_text.and_then(|text| text.retry);
    out.retry = per_code
        .map(|text| text.get(lang))
        .or_else(|| class_retry(class, lang))
        .map(str::to_string);
    out.retry_short = per_code
        .map(|text| text.get(lang))
        .or_else(|| class_retry_short(class, lang))
        .map(str::to_string);
    let made_up = enhanced.is_some_and(|code| code.subject == 0 && code.detail == 0);
    let side = if class == 2 {
        Some(Side::Nobody)
    } else if made_up {
        reply_text.map(|text| text.side).or(Some(Side::Unknown))
    } else {
        enhanced
            .and_then(lookup::side_of)
            .or_else(|| match query.enhanced {
                Some(EnhancedQuery::AnyClass { subject, detail }) => {
                    texts::detail_text(subject, detail).map(|text| text.side)
                }
                _ => None,
            })
            .or(reply_text.map(|text| text.side))
    };
    out.side = side.map(|side| side.label(lang).to_string());
    out.nobody_acts = side == Some(Side::Nobody);
    let detail_action = |subject, detail| {
        texts::detail_text(subject, detail).map(|text| match text.action {
            Some(action) => action.get(lang),
            None => first_sentence(text.advice.get(lang)),
        })
    };
    let reply_action = reply_text.map(|text| match text.action {
        Some(action) => action.get(lang),
        None => first_sentence(text.advice.get(lang)),
    });
    let action = match query.enhanced {
        _ if made_up => reply_action.or(enhanced.and_then(|c| detail_action(c.subject, c.detail))),
        Some(EnhancedQuery::Full(code)) => detail_action(code.subject, code.detail)
            .or_else(|| vendor::lookup(code).map(|row| first_sentence(row.advice.get(lang))))
            .or(reply_action),
        Some(EnhancedQuery::AnyClass { subject, detail }) => detail_action(subject, detail),
        _ => reply_action,
    };
    out.action = action.map(str::to_string);
    if let Some(action) = &out.action {
        let repeated = format!("**{}** — {action}", m::LabelWhatToDo.get(lang));
        out.paragraphs.retain(|paragraph| *paragraph != repeated);
    }
}

fn explain_reply(out: &mut Explanation, code: ReplyCode, lang: Lang) {
    out.code = code.to_string();
    let rows = code.rows();
    let verdict = reply::verdict(code);
    out.known = !rows.is_empty();
    if let Some(label) = class_label(code.class_digit(), lang) {
        out.fact(
            m::LabelClass.get(lang),
            format!("{} — {label}", code.class_digit()),
        );
    }
    // The category (RFC 5321 section 4.2.1) only means something for
    // standard replies: 101, 111 or 511 are no SMTP replies at all.
    if verdict == ReplyVerdict::Standard
        && let Some(category) = reply::category(code, lang)
    {
        out.fact(
            m::LabelCategory.get(lang),
            format!("{} — {category}", (code.0 / 10) % 10),
        );
    }
    match verdict {
        ReplyVerdict::Unknown => {
            out.title = m::TitleUnknownReply.get(lang).to_string();
            out.warnings.push(m::WarnUnknownReply.get(lang).to_string());
        }
        ReplyVerdict::Impossible => {
            out.title = m::TitleUnknownReply.get(lang).to_string();
            out.warnings
                .push(m::WarnImpossibleReply.get(lang).to_string());
        }
        _ => {}
    }
    for (index, row) in rows.iter().enumerate() {
        let text = texts::reply_text(row.code, row.standard);
        let title = match (lang, text) {
            (Lang::Fr, Some(text)) => text.title_fr,
            _ => row.title,
        };
        if index == 0 {
            out.title = title.to_string();
            if !row.standard {
                out.warnings
                    .push(m::WarnNonStandardReply.get(lang).to_string());
            }
            if let Some(text) = text {
                out.meaning = Some(text.meaning.get(lang).to_string());
                out.paragraphs.push(format!(
                    "**{}** — {}",
                    m::LabelWhatToDo.get(lang),
                    text.advice.get(lang)
                ));
            }
        } else {
            out.paragraphs
                .push(format!("**{}** {title}", m::LabelAlsoUsed.get(lang)));
            if let Some(text) = text {
                out.paragraphs.push(text.meaning.get(lang).to_string());
                out.paragraphs.push(format!(
                    "**{}** — {}",
                    m::LabelWhatToDo.get(lang),
                    text.advice.get(lang)
                ));
            }
        }
        if !row.reference.is_empty() && row.standard {
            out.fact(m::LabelReference.get(lang), row.reference.to_string());
        }
    }
    let related: Vec<String> = lookup::usual_enhanced(code)
        .iter()
        .map(ToString::to_string)
        .collect();
    if !related.is_empty() {
        out.fact(m::LabelUsualEnhanced.get(lang), related.join(", "));
    }
}

fn explain_enhanced(
    out: &mut Explanation,
    query: EnhancedQuery,
    reply: Option<ReplyCode>,
    lang: Lang,
) {
    let (class, subject, detail) = match query {
        EnhancedQuery::Full(code) => (Some(code.class), code.subject, Some(code.detail)),
        EnhancedQuery::AnyClass { subject, detail } => (None, subject, Some(detail)),
        EnhancedQuery::Subject { class, subject } => (Some(class), subject, None),
        EnhancedQuery::AnySubject { subject } => (None, subject, None),
        EnhancedQuery::Class(class) => {
            explain_class(out, class, lang);
            return;
        }
    };
    out.code = match (class, detail) {
        (Some(c), Some(d)) => format!("{c}.{subject}.{d}"),
        (None, Some(d)) => format!("X.{subject}.{d}"),
        (Some(c), None) => format!("{c}.{subject}"),
        (None, None) => format!("X.{subject}"),
    };
    if let Some(reply) = reply {
        out.code = format!("{reply} {}", out.code);
        add_reply_fact(out, reply, lang);
    }
    if let Some(class_digit) = class {
        let title = match (
            lang,
            texts::class_text(class_digit),
            registry::class(class_digit),
        ) {
            (Lang::Fr, Some(text), _) => text.title_fr,
            (_, _, Some(row)) => row.title,
            _ => m::ClassUnregistered.get(lang),
        };
        out.fact(m::LabelClass.get(lang), format!("{class_digit} — {title}"));
    }
    let subject_row = registry::subject(subject);
    let subject_title = match (lang, texts::subject_text(subject), subject_row) {
        (Lang::Fr, Some(text), _) => Some(text.title_fr),
        (_, _, Some(row)) => Some(row.title),
        _ => None,
    };
    out.fact(
        m::LabelSubject.get(lang),
        format!(
            "{subject} — {}",
            subject_title.unwrap_or(m::SubjectUnregistered.get(lang))
        ),
    );
    // What happens follows the reply code when there is one (RFC 5321
    // section 4.2): `550 4.1.1` reads as a permanent failure.
    let reading = reply
        .map(ReplyCode::class_digit)
        .filter(|c| matches!(c, 2 | 4 | 5))
        .or(class);
    let success = reading == Some(2);
    let Some(detail) = detail else {
        out.title = subject_title
            .unwrap_or(m::TitleUnregisteredSubject.get(lang))
            .to_string();
        out.known = subject_row.is_some();
        if let Some(text) = texts::subject_text(subject) {
            out.meaning = Some(text.meaning.get(lang).to_string());
        }
        add_class_paragraph(out, class, lang);
        return;
    };
    let full = class.map(|c| EnhancedCode::new(c, subject, detail));
    let registry_row = registry::detail(subject, detail);
    // `X.7.650`: a vendor code is documented with its class; try both.
    let vendor_row = match full {
        Some(code) => vendor::lookup(code),
        None => vendor::lookup(EnhancedCode::new(5, subject, detail))
            .or_else(|| vendor::lookup(EnhancedCode::new(4, subject, detail))),
    };
    out.registered = Some(registry_row.is_some());
    out.known = registry_row.is_some() || vendor_row.is_some();
    if let Some(row) = registry_row {
        out.registry_title = Some(row.title.to_string());
        let text = texts::detail_text(subject, detail);
        out.title = match (lang, text) {
            (Lang::Fr, Some(text)) => text.title_fr.to_string(),
            _ => row.title.to_string(),
        };
        out.fact(
            m::LabelDetail.get(lang),
            format!("{detail} — {}", out.title),
        );
        let replies: Vec<String> = lookup::usual_replies(row, class)
            .into_iter()
            .map(|reply| match reply {
                lookup::UsualReply::Any => m::AnyReply.get(lang).to_string(),
                lookup::UsualReply::Code(code) => code.to_string(),
            })
            .collect();
        if !replies.is_empty() {
            out.fact(m::LabelUsualReplies.get(lang), replies.join(", "));
        }
        out.fact(m::LabelReference.get(lang), row.reference.to_string());
        if subject == 0 && detail == 0 && class.is_some_and(|c| c != 2) {
            out.warnings.push(
                m::MadeUpCode {
                    class: &class.unwrap_or(5),
                }
                .get(lang),
            );
        }
        if let Some(text) = text {
            if success {
                // A detail that says what succeeded (`2.1.5`) explains the
                // success; otherwise (`221 2.0.0`, `250 5.1.1`) the reply does.
                let own = text.succeeded.is_some() && class == Some(2);
                let reply_meaning = reply
                    .and_then(primary_reply_text)
                    .map(|reply| reply.meaning)
                    .filter(|_| !own);
                let success_text = reply_meaning
                    .or(text.success)
                    .or_else(|| texts::class_text(2).map(|class| class.meaning));
                out.meaning = success_text.map(|text| text.get(lang).to_string());
            } else {
                out.meaning = Some(text.meaning.get(lang).to_string());
                match reading {
                    Some(4) => out.paragraphs.push(text.transient.get(lang).to_string()),
                    Some(_) => out.paragraphs.push(text.permanent.get(lang).to_string()),
                    None => {
                        out.paragraphs.push(format!(
                            "**{}** — {}",
                            m::BothReadings {
                                code: &format!("X.{subject}.{detail}"),
                                class: &4
                            }
                            .get(lang),
                            text.transient.get(lang)
                        ));
                        out.paragraphs.push(format!(
                            "**{}** — {}",
                            m::BothReadings {
                                code: &format!("X.{subject}.{detail}"),
                                class: &5
                            }
                            .get(lang),
                            text.permanent.get(lang)
                        ));
                    }
                }
                out.paragraphs.push(format!(
                    "**{}** — {}",
                    m::LabelWhatToDo.get(lang),
                    text.advice.get(lang)
                ));
            }
            // The reading the reply code overrules, labelled as such.
            if let (Some(code), Some(reading)) = (full, reading)
                && code.class != reading
            {
                let alone = match code.class {
                    2 => text
                        .success
                        .or_else(|| texts::class_text(2).map(|class| class.meaning)),
                    4 => Some(text.transient),
                    _ => Some(text.permanent),
                };
                if let Some(alone) = alone {
                    out.paragraphs.push(format!(
                        "**{}** — {}",
                        m::EnhancedAlone { code: &code }.get(lang),
                        alone.get(lang)
                    ));
                }
            }
        }
    } else if let Some(row) = vendor_row {
        out.title = row.title.get(lang).to_string();
        out.fact(
            m::LabelDetail.get(lang),
            format!("{detail} — {}", out.title),
        );
        out.fact(m::LabelVendor.get(lang), row.vendor.name().to_string());
        out.fact(m::LabelReference.get(lang), row.source.to_string());
        out.warnings.push(
            m::WarnVendorCode {
                vendor: &row.vendor.name(),
            }
            .get(lang),
        );
        out.meaning = Some(row.meaning.get(lang).to_string());
        out.paragraphs.push(format!(
            "**{}** — {}",
            m::LabelWhatToDo.get(lang),
            row.advice.get(lang)
        ));
    } else {
        out.title = m::TitleUnregisteredEnhanced.get(lang).to_string();
        out.fact(
            m::LabelDetail.get(lang),
            format!("{detail} — {}", m::DetailUnregistered.get(lang)),
        );
        let repairs: Vec<String> = full
            .map(lookup::repairs)
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect();
        out.warnings.push(if repairs.is_empty() {
            m::WarnUnregistered.get(lang).to_string()
        } else {
            m::WarnUnregisteredTypo {
                codes: &repairs.join(", "),
            }
            .get(lang)
        });
        if let Some(text) = texts::subject_text(subject) {
            out.meaning = Some(text.meaning.get(lang).to_string());
        }
        add_class_paragraph(out, class, lang);
    }
    if let (Some(reply), Some(code)) = (reply, full) {
        add_pairing_warnings(out, reply, code, lang);
    }
}

/// A class row of the registry: `2`, `4`, `5`.
fn explain_class(out: &mut Explanation, class: u8, lang: Lang) {
    out.code = class.to_string();
    let row = registry::class(class);
    let text = texts::class_text(class);
    out.known = row.is_some();
    out.title = match (lang, text, row) {
        (Lang::Fr, Some(text), _) => text.title_fr.to_string(),
        (_, _, Some(row)) => row.title.to_string(),
        _ => m::ClassUnregistered.get(lang).to_string(),
    };
    out.meaning = text.map(|text| text.meaning.get(lang).to_string());
    if let Some(row) = row {
        out.fact(m::LabelReference.get(lang), row.reference.to_string());
    }
}

fn add_reply_fact(out: &mut Explanation, reply: ReplyCode, lang: Lang) {
    let title =
        reply.rows().first().map(
            |row| match (lang, texts::reply_text(row.code, row.standard)) {
                (Lang::Fr, Some(text)) => text.title_fr,
                _ => row.title,
            },
        );
    let value = format!(
        "{reply} — {}",
        title.unwrap_or(m::TitleUnknownReply.get(lang))
    );
    out.fact(m::LabelReplyCode.get(lang), value);
    if reply::verdict(reply) == ReplyVerdict::Impossible {
        out.warnings.push(m::WarnReplyInvalid.get(lang).to_string());
    }
}

fn add_pairing_warnings(out: &mut Explanation, reply: ReplyCode, code: EnhancedCode, lang: Lang) {
    if let Some(warning) = class_mismatch(reply, code, lang) {
        out.warnings.push(warning);
    } else if !usual_pairing(reply, code)
        && let Some(row) = registry_row(code)
    {
        out.warnings.push(
            m::WarnUnlistedPairing {
                reply: &reply,
                code: &code,
                listed: &row.basic.join(", "),
            }
            .get(lang),
        );
    }
}

fn add_class_paragraph(out: &mut Explanation, class: Option<u8>, lang: Lang) {
    if let Some(text) = class.and_then(texts::class_text) {
        out.paragraphs.push(text.meaning.get(lang).to_string());
    }
}

/// Markdown, for hovers and completion documentation.
pub fn to_markdown(explanation: &Explanation, verbosity: Verbosity, lang: Lang) -> String {
    match verbosity {
        Verbosity::Short => short_markdown(explanation, lang),
        Verbosity::Full => full_markdown(explanation, lang),
    }
}

fn heading(explanation: &Explanation) -> String {
    format!("### `{}` {}\n", explanation.code, explanation.title)
}

/// `**label**: value`, with the language's spacing before the colon.
fn item(label: &str, value: &str, lang: Lang) -> String {
    m::Item {
        label: &label,
        value: &value,
    }
    .get(lang)
}

/// The verdict as list items: outcome and retry, side, reason, action.
fn verdict_items(explanation: &Explanation, verbosity: Verbosity, lang: Lang) -> Vec<String> {
    let mut items = Vec::new();
    let retry = match verbosity {
        Verbosity::Short => &explanation.retry_short,
        Verbosity::Full => &explanation.retry,
    };
    match (&explanation.outcome, retry) {
        (Some(outcome), Some(retry)) => items.push(item(&capitalize(outcome), retry, lang)),
        (Some(outcome), None) => items.push(format!("**{}**", capitalize(outcome))),
        _ => {}
    }
    if let Some(side) = explanation
        .side
        .as_ref()
        .filter(|_| !explanation.nobody_acts)
    {
        items.push(item(m::LabelSide.get(lang), side, lang));
    }
    if let Some(reason) = &explanation.reason {
        items.push(item(m::LabelReason.get(lang), reason, lang));
    }
    if let Some(action) = explanation
        .action
        .as_ref()
        .filter(|_| !explanation.nobody_acts)
    {
        items.push(item(m::LabelDo.get(lang), action, lang));
    }
    items
}

fn short_markdown(explanation: &Explanation, lang: Lang) -> String {
    let mut out = heading(explanation);
    for item in verdict_items(explanation, Verbosity::Short, lang) {
        out.push_str(&format!("- {item}\n"));
    }
    for warning in &explanation.warnings {
        out.push_str(&format!("- ⚠ {warning}\n"));
    }
    // The meaning fills what is left of the lines, a whole sentence at a time.
    if let Some(meaning) = &explanation.meaning {
        let mut kept = String::new();
        let mut rest = meaning.as_str();
        while !rest.is_empty() {
            let sentence = first_sentence(rest);
            let candidate = if kept.is_empty() {
                sentence.to_string()
            } else {
                format!("{kept} {sentence}")
            };
            if rendered_lines(&format!("{out}\n{candidate}\n")) > SHORT_LINES {
                break;
            }
            kept = candidate;
            rest = rest[sentence.len()..].trim_start();
        }
        if !kept.is_empty() {
            out.push('\n');
            out.push_str(&kept);
            out.push('\n');
        }
    }
    if !explanation.vendor_notes.is_empty() {
        out.push_str("\n---\n");
        for note in &explanation.vendor_notes {
            out.push('\n');
            out.push_str(note);
            out.push('\n');
        }
    }
    out
}

fn full_markdown(explanation: &Explanation, lang: Lang) -> String {
    let mut out = heading(explanation);
    for item in verdict_items(explanation, Verbosity::Full, lang) {
        out.push_str(&format!("- {item}\n"));
    }
    for warning in &explanation.warnings {
        out.push_str(&format!("- ⚠ {warning}\n"));
    }
    if let Some(meaning) = &explanation.meaning {
        out.push('\n');
        out.push_str(meaning);
        out.push('\n');
    }
    for paragraph in &explanation.paragraphs {
        out.push('\n');
        out.push_str(paragraph);
        out.push('\n');
    }
    if !explanation.facts.is_empty() {
        out.push('\n');
        for (label, value) in &explanation.facts {
            out.push_str(&format!("- {}\n", item(label, value, lang)));
        }
    }
    for note in &explanation.vendor_notes {
        out.push('\n');
        out.push_str(note);
        out.push('\n');
    }
    out
}

/// Markdown markers out: what a reader sees of a Markdown text.
pub fn plain(text: &str) -> String {
    text.replace("**", "").replace('`', "")
}

/// How many lines of [`SHORT_WIDTH`] columns a Markdown text takes once
/// rendered (markers removed, each source line wrapped on its own), up to
/// the vendor section (`---`).
pub fn rendered_lines(markdown: &str) -> usize {
    let lines: Vec<&str> = markdown.lines().take_while(|line| *line != "---").collect();
    // A blank line at the end is Markdown syntax, not something shown.
    let shown = lines.len()
        - lines
            .iter()
            .rev()
            .take_while(|l| l.trim().is_empty())
            .count();
    lines[..shown]
        .iter()
        .map(|line| {
            let text = plain(line.trim_start_matches("### "));
            crate::messages::wrap(&text, SHORT_WIDTH)
                .lines()
                .count()
                .max(1)
        })
        .sum()
}

/// Plain text, for a terminal: the verdict first, facts aligned, the long
/// form wrapped at 78 columns (never at a no-break space).
pub fn to_terminal(explanation: &Explanation, lang: Lang) -> String {
    let mut out = format!("{}  {}\n", explanation.code, explanation.title);
    for warning in &explanation.warnings {
        out.push_str(&format!("! {}\n", plain(warning)));
    }
    let verdict = verdict_items(explanation, Verbosity::Full, lang);
    if !verdict.is_empty() {
        out.push('\n');
        for item in verdict {
            let wrapped = crate::messages::wrap(&plain(&item), 76);
            for (index, line) in wrapped.lines().enumerate() {
                out.push_str(if index == 0 { "* " } else { "  " });
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    if let Some(meaning) = &explanation.meaning {
        out.push('\n');
        out.push_str(&crate::messages::wrap(&plain(meaning), 78));
    }
    for paragraph in &explanation.paragraphs {
        out.push('\n');
        out.push_str(&crate::messages::wrap(&plain(paragraph), 78));
    }
    if !explanation.facts.is_empty() {
        out.push('\n');
        let width = explanation
            .facts
            .iter()
            .map(|(label, _)| label.chars().count())
            .max()
            .unwrap_or(0);
        for (label, value) in &explanation.facts {
            let pad = width - label.chars().count();
            out.push_str(&format!("  {label}{}  {}\n", " ".repeat(pad), plain(value)));
        }
    }
    for note in &explanation.vendor_notes {
        out.push('\n');
        out.push_str(&crate::messages::wrap(&plain(note), 78));
    }
    out
}

/// Machine output: every text plain, the full Markdown in its own field.
pub fn to_json(explanation: &Explanation, kind: &str, lang: Lang) -> serde_json::Value {
    let plain_all = |texts: &[String]| texts.iter().map(|t| plain(t)).collect::<Vec<_>>();
    serde_json::json!({
        "code": explanation.code,
        "kind": kind,
        "known": explanation.known,
        "registered": explanation.registered,
        "title": explanation.registry_title.clone().unwrap_or_else(|| explanation.title.clone()),
        "summary": explanation.title,
        "verdict": {
            "class": explanation.outcome,
            "retry": explanation.retry.as_deref().map(plain),
            "side": explanation.side,
            "action": explanation.action.as_deref().map(plain),
        },
        "meaning": explanation.meaning.as_deref().map(plain),
        "facts": explanation.facts.iter().map(|(label, value)| serde_json::json!({"label": label, "value": plain(value)})).collect::<Vec<_>>(),
        "paragraphs": plain_all(&explanation.paragraphs),
        "warnings": plain_all(&explanation.warnings),
        "vendor_notes": plain_all(&explanation.vendor_notes),
        "markdown": full_markdown(explanation, lang),
    })
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;

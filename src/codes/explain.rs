//! One explanation model for every view: editor hovers render it as
//! Markdown, `mail-lsp explain` as terminal text or JSON.

use super::enhanced::{self, EnhancedCode, EnhancedVerdict, Malformed};
use super::registry;
use super::reply::{self, ReplyCode, ReplyVerdict};
use super::texts;
use super::vendor;
use super::{Bi, Class, Lang, Side};
use crate::messages::codes as m;

/// What the user asked about: a reply code, an enhanced code, or both
/// (`550 5.1.1`). Enhanced codes may be partial (`X.1.1`, `5.1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub reply: Option<ReplyCode>,
    pub enhanced: Option<EnhancedQuery>,
}

/// An enhanced code as asked: a full code, `X.S.D` (any class) or `C.S`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnhancedQuery {
    Full(EnhancedCode),
    AnyClass { subject: u16, detail: u16 },
    Subject { class: u8, subject: u16 },
}

/// Why a query could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub token: String,
    pub reason: String,
    pub nearest: Vec<String>,
}

/// Reads what a user types after `mail-lsp explain`: `550`, `5.1.1`,
/// `550 5.1.1`, `550-5.1.1`, `550 5.1.1 text...`, `X.1.1`, `5.1`.
pub fn parse_query(input: &str, lang: Lang) -> Result<Query, QueryError> {
    let mut tokens = input.split_whitespace();
    let first = tokens.next().unwrap_or("");
    let (first, glued) = match first.split_once('-') {
        Some((head, tail)) if head.len() == 3 && reply::parse(head).is_some() => (head, Some(tail)),
        _ => (first, None),
    };
    let mut query = Query {
        reply: None,
        enhanced: None,
    };
    let enhanced_token = if let Some(code) = reply::parse(first) {
        query.reply = Some(code);
        glued
            .or_else(|| tokens.next())
            .filter(|token| looks_enhanced(token))
    } else {
        Some(first)
    };
    if let Some(token) = enhanced_token {
        query.enhanced = Some(parse_enhanced_query(token, lang)?);
    }
    if let Some(code) = query.reply
        && reply::verdict(code) == ReplyVerdict::Impossible
    {
        return Err(QueryError {
            token: code.to_string(),
            reason: m::NotAReplyCode.get(lang).to_string(),
            nearest: nearest_replies(code),
        });
    }
    if query.reply.is_none() && query.enhanced.is_none() {
        return Err(QueryError {
            token: input.trim().to_string(),
            reason: m::NoCodeGiven.get(lang).to_string(),
            nearest: Vec::new(),
        });
    }
    Ok(query)
}

fn looks_enhanced(token: &str) -> bool {
    token.contains('.')
        && token
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

fn parse_enhanced_query(token: &str, lang: Lang) -> Result<EnhancedQuery, QueryError> {
    let token = token.trim_end_matches([',', ';', ':', ')']);
    if let Some(rest) = token
        .strip_prefix("X.")
        .or_else(|| token.strip_prefix("x."))
        && let Ok(code) = enhanced::parse(&format!("5.{rest}"))
    {
        return Ok(EnhancedQuery::AnyClass {
            subject: code.subject,
            detail: code.detail,
        });
    }
    match enhanced::parse(token) {
        Ok(code) => Ok(EnhancedQuery::Full(code)),
        Err(Malformed::MissingPart) => {
            if let Ok(code) = enhanced::parse(&format!("{token}.0"))
                && token.matches('.').count() == 1
            {
                return Ok(EnhancedQuery::Subject {
                    class: code.class,
                    subject: code.subject,
                });
            }
            Err(malformed(token, Malformed::MissingPart, lang))
        }
        Err(reason) => Err(malformed(token, reason, lang)),
    }
}

fn malformed(token: &str, reason: Malformed, lang: Lang) -> QueryError {
    QueryError {
        token: token.to_string(),
        reason: reason.message(lang).to_string(),
        nearest: enhanced::nearest(token, 3)
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
}

/// The known reply codes nearest to an impossible one, same class first.
pub fn nearest_replies(code: ReplyCode) -> Vec<String> {
    let mut known: Vec<u16> = registry::REPLIES
        .iter()
        .filter(|row| row.standard)
        .map(|row| row.code)
        .collect();
    known.dedup();
    let typed = code.to_string();
    known.sort_by_key(|&candidate| {
        let text = format!("{candidate:03}");
        (
            enhanced::edit_distance(&typed, &text),
            candidate.abs_diff(code.0),
        )
    });
    known
        .into_iter()
        .take(3)
        .map(|c| format!("{c:03}"))
        .collect()
}

/// An explanation, ready to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Explanation {
    /// `550 5.1.1`
    pub code: String,
    /// `Bad destination mailbox address`
    pub title: String,
    /// Label/value pairs: class, subject, detail, side, retry, RFC...
    pub facts: Vec<(String, String)>,
    /// Paragraphs: meaning, how this class reads, what to do, notes.
    pub paragraphs: Vec<String>,
    /// Problems with the code as written (class mismatch, unregistered...).
    pub warnings: Vec<String>,
    /// For machine output.
    pub known: bool,
    pub registered: Option<bool>,
    pub registry_title: Option<String>,
}

fn fact(explanation: &mut Explanation, label: Bi, lang: Lang, value: String) {
    explanation.facts.push((label.get(lang).to_string(), value));
}

const CLASS: Bi = Bi::new("Class", "Classe");
const SUBJECT: Bi = Bi::new("Subject", "Sujet");
const DETAIL: Bi = Bi::new("Detail", "Détail");
const SIDE: Bi = Bi::new("Whose side", "De quel côté");
const RETRY: Bi = Bi::new("Retried", "Nouvel essai");
const REFERENCE: Bi = Bi::new("Reference", "Référence");
const REPLY: Bi = Bi::new("Reply code", "Code de réponse");
const BASIC: Bi = Bi::new("Usual reply codes", "Codes de réponse usuels");
const ADVICE: Bi = Bi::new("What to do", "Que faire");

pub fn explain(query: &Query, lang: Lang) -> Explanation {
    let mut out = Explanation::default();
    match (query.reply, query.enhanced) {
        (Some(reply), None) => explain_reply(&mut out, reply, lang),
        (reply, Some(enhanced)) => {
            explain_enhanced(&mut out, enhanced, reply, lang);
            if let Some(reply) = reply {
                add_reply_context(&mut out, reply, enhanced, lang);
            }
        }
        (None, None) => {}
    }
    out
}

fn explain_reply(out: &mut Explanation, code: ReplyCode, lang: Lang) {
    out.code = code.to_string();
    let rows = code.rows();
    let verdict = reply::verdict(code);
    out.known = !rows.is_empty();
    let class = code.class();
    if let Some(class) = class {
        fact(
            out,
            CLASS,
            lang,
            format!("{} — {}", class.digit(), class.label(lang)),
        );
    }
    if let Some(category) = reply::category(code, lang) {
        let label = Bi::new("Category", "Catégorie");
        fact(
            out,
            label,
            lang,
            format!("{} — {category}", (code.0 / 10) % 10),
        );
    }
    let first_text = rows
        .first()
        .and_then(|row| texts::reply_text(row.code, row.standard));
    if let Some(text) = first_text {
        fact(out, SIDE, lang, capitalize(text.side.label(lang)));
    }
    if let Some(class) = class {
        fact(out, RETRY, lang, class.retry(lang).to_string());
    }
    match verdict {
        ReplyVerdict::Unknown | ReplyVerdict::Impossible => {
            out.title = Bi::new("Unknown reply code", "Code de réponse inconnu")
                .get(lang)
                .to_string();
            out.warnings.push(
                if verdict == ReplyVerdict::Impossible {
                    Bi::new(
                        "This is not a valid SMTP reply code: the first digit must be 2 to 5 and the second 0 to 5 (RFC 5321, section 4.2).",
                        "Ce n'est pas un code de réponse SMTP valide : le premier chiffre va de 2 à 5 et le second de 0 à 5 (RFC 5321, section 4.2).",
                    )
                } else {
                    Bi::new(
                        "No RFC defines this reply code and it is not a known non-standard one; only its digits tell something.",
                        "Aucune RFC ne définit ce code et il ne fait pas partie des codes non standard connus ; seuls ses chiffres renseignent.",
                    )
                }
                .get(lang)
                .to_string(),
            );
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
        } else {
            out.paragraphs.push(format!(
                "**{}** {title}",
                Bi::new("Also used as:", "Autre usage :").get(lang)
            ));
        }
        if !row.standard {
            let origin = if row.note.is_empty() {
                String::new()
            } else {
                format!(" ({})", row.note)
            };
            out.warnings.push(format!(
                "{}{origin}",
                Bi::new(
                    "Non-standard: no RFC defines this reply code.",
                    "Non standard : aucune RFC ne définit ce code de réponse."
                )
                .get(lang)
            ));
        }
        if let Some(text) = text {
            out.paragraphs.push(text.meaning.get(lang).to_string());
            out.paragraphs.push(format!(
                "**{}** — {}",
                ADVICE.get(lang),
                text.advice.get(lang)
            ));
        }
        if !row.reference.is_empty() && row.standard {
            fact(out, REFERENCE, lang, row.reference.to_string());
        }
    }
    let related: Vec<String> = registry::DETAILS
        .iter()
        .filter(|row| row.basic.iter().any(|basic| *basic == code.to_string()))
        .map(|row| format!("{}.{}.{}", code.class_digit(), row.subject, row.detail))
        .take(8)
        .collect();
    if !related.is_empty() {
        let label = Bi::new("Enhanced codes sent with it", "Codes étendus associés");
        fact(out, label, lang, related.join(", "));
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
    };
    out.code = match (reply, class, detail) {
        (_, Some(c), Some(d)) => format!("{c}.{subject}.{d}"),
        (_, None, Some(d)) => format!("X.{subject}.{d}"),
        (_, Some(c), None) => format!("{c}.{subject}"),
        (_, None, None) => String::new(),
    };
    if let Some(reply) = reply {
        out.code = format!("{reply} {}", out.code);
    }
    if let Some(class_digit) = class
        && let Some(class) = Class::from_digit(class_digit)
    {
        let title = registry::class(class_digit)
            .map(|row| row.title)
            .unwrap_or_default();
        let title = match (lang, texts::class_text(class_digit)) {
            (Lang::Fr, Some(text)) => text.title_fr,
            _ => title,
        };
        fact(out, CLASS, lang, format!("{class_digit} — {title}"));
        let _ = class;
    }
    let subject_row = registry::subject(subject);
    let subject_title = match (lang, texts::subject_text(subject), subject_row) {
        (Lang::Fr, Some(text), _) => Some(text.title_fr),
        (_, _, Some(row)) => Some(row.title),
        _ => None,
    };
    fact(
        out,
        SUBJECT,
        lang,
        match subject_title {
            Some(title) => format!("{subject} — {title}"),
            None => format!(
                "{subject} — {}",
                Bi::new(
                    "not a registered subject (0 to 7)",
                    "sujet non enregistré (0 à 7)"
                )
                .get(lang)
            ),
        },
    );
    let Some(detail) = detail else {
        out.title = subject_title.unwrap_or_default().to_string();
        out.known = subject_row.is_some();
        if let Some(text) = texts::subject_text(subject) {
            out.paragraphs.push(text.meaning.get(lang).to_string());
        }
        add_class_paragraph(out, class, lang);
        return;
    };
    let registry_row = registry::detail(subject, detail);
    let vendor_row = class.and_then(|c| vendor::lookup(EnhancedCode::new(c, subject, detail)));
    out.registered = Some(registry_row.is_some());
    out.known = registry_row.is_some() || vendor_row.is_some();
    if let Some(row) = registry_row {
        out.registry_title = Some(row.title.to_string());
        let text = texts::detail_text(subject, detail);
        out.title = match (lang, text) {
            (Lang::Fr, Some(text)) => text.title_fr.to_string(),
            _ => row.title.to_string(),
        };
        fact(out, DETAIL, lang, format!("{detail} — {}", out.title));
        if let Some(text) = text {
            fact(out, SIDE, lang, capitalize(text.side.label(lang)));
        }
        add_retry_fact(out, class, reply, lang);
        if !row.basic.is_empty() {
            fact(out, BASIC, lang, row.basic.join(", "));
        }
        fact(out, REFERENCE, lang, row.reference.to_string());
        if let Some(text) = text {
            out.paragraphs.push(text.meaning.get(lang).to_string());
            match class {
                Some(4) => out.paragraphs.push(text.transient.get(lang).to_string()),
                Some(5) => out.paragraphs.push(text.permanent.get(lang).to_string()),
                Some(_) => {}
                None => {
                    out.paragraphs.push(format!(
                        "**4.{subject}.{detail}** — {}",
                        text.transient.get(lang)
                    ));
                    out.paragraphs.push(format!(
                        "**5.{subject}.{detail}** — {}",
                        text.permanent.get(lang)
                    ));
                }
            }
            out.paragraphs.push(format!(
                "**{}** — {}",
                ADVICE.get(lang),
                text.advice.get(lang)
            ));
        }
        if let Some(c) = class {
            for note in vendor::notes(EnhancedCode::new(c, subject, detail)) {
                out.paragraphs.push(format!(
                    "**{}** — {} ({})",
                    note.vendor.name(),
                    note.note.get(lang),
                    note.source
                ));
            }
        }
    } else if let Some(row) = vendor_row {
        out.title = row.title.get(lang).to_string();
        fact(out, DETAIL, lang, format!("{detail} — {}", out.title));
        fact(out, SIDE, lang, capitalize(row.side.label(lang)));
        add_retry_fact(out, class, reply, lang);
        let label = Bi::new("Vendor", "Éditeur");
        fact(out, label, lang, row.vendor.name().to_string());
        fact(out, REFERENCE, lang, row.source.to_string());
        out.warnings.push(format!(
            "{} {}.",
            Bi::new(
                "Not in the IANA registry: a vendor-specific code of",
                "Absent du registre IANA : code propre à"
            )
            .get(lang),
            row.vendor.name()
        ));
        out.paragraphs.push(row.meaning.get(lang).to_string());
        out.paragraphs.push(format!(
            "**{}** — {}",
            ADVICE.get(lang),
            row.advice.get(lang)
        ));
    } else {
        out.title = Bi::new("Unregistered enhanced code", "Code étendu non enregistré")
            .get(lang)
            .to_string();
        fact(
            out,
            DETAIL,
            lang,
            format!(
                "{detail} — {}",
                Bi::new("not in the IANA registry", "absent du registre IANA").get(lang)
            ),
        );
        add_retry_fact(out, class, reply, lang);
        let nearest: Vec<String> = enhanced::nearest(&out_code_tail(&out.code), 3)
            .iter()
            .map(ToString::to_string)
            .collect();
        out.warnings.push(format!(
            "{} {}",
            Bi::new(
                "This code is not in the IANA registry and is not a known vendor code. Nearest registered codes:",
                "Ce code n'est ni dans le registre IANA ni parmi les codes d'éditeurs connus. Codes enregistrés les plus proches :"
            )
            .get(lang),
            nearest.join(", ")
        ));
        if let Some(text) = texts::subject_text(subject) {
            out.paragraphs.push(text.meaning.get(lang).to_string());
        }
        add_class_paragraph(out, class, lang);
    }
}

fn out_code_tail(code: &str) -> String {
    code.rsplit(' ').next().unwrap_or(code).to_string()
}

fn add_retry_fact(out: &mut Explanation, class: Option<u8>, reply: Option<ReplyCode>, lang: Lang) {
    let class = class
        .and_then(Class::from_digit)
        .or_else(|| reply.and_then(ReplyCode::class));
    if let Some(class) = class {
        fact(out, RETRY, lang, class.retry(lang).to_string());
    }
}

fn add_class_paragraph(out: &mut Explanation, class: Option<u8>, lang: Lang) {
    if let Some(text) = class.and_then(texts::class_text) {
        out.paragraphs.push(text.meaning.get(lang).to_string());
    }
}

fn add_reply_context(out: &mut Explanation, reply: ReplyCode, query: EnhancedQuery, lang: Lang) {
    let rows = reply.rows();
    let title = rows.first().map(
        |row| match (lang, texts::reply_text(row.code, row.standard)) {
            (Lang::Fr, Some(text)) => text.title_fr,
            _ => row.title,
        },
    );
    let value = match title {
        Some(title) => format!("{reply} — {title}"),
        None => format!(
            "{reply} — {}",
            Bi::new("unknown reply code", "code de réponse inconnu").get(lang)
        ),
    };
    out.facts.insert(0, (REPLY.get(lang).to_string(), value));
    if let EnhancedQuery::Full(code) = query {
        if let Some(warning) = class_mismatch(reply, code, lang) {
            out.warnings.push(warning);
        } else if let Some(row) = code.registry()
            && !row.basic.is_empty()
            && !row.associates(reply.0)
        {
            out.warnings.push(format!(
                "{} {} ({}).",
                Bi::new(
                    "The IANA registry does not list this reply code with",
                    "Le registre IANA n'associe pas ce code de réponse à"
                )
                .get(lang),
                code,
                row.basic.join(", ")
            ));
        }
    }
    if reply::verdict(reply) == ReplyVerdict::Impossible {
        out.warnings.push(
            Bi::new(
                "The reply code is not a valid SMTP reply code.",
                "Le code de réponse n'est pas un code SMTP valide.",
            )
            .get(lang)
            .to_string(),
        );
    }
}

/// `550 4.1.1`: the reply's class contradicts the enhanced code's class.
pub fn class_mismatch(reply: ReplyCode, code: EnhancedCode, lang: Lang) -> Option<String> {
    let reply_class = reply.class_digit();
    if reply_class == code.class || !(2..=5).contains(&reply_class) {
        return None;
    }
    Some(match lang {
        Lang::En => format!(
            "Class mismatch: reply {reply} is class {reply_class} but the enhanced code {code} is class {}; RFC 3463 requires both to agree (Postfix rewrites the enhanced class to match).",
            code.class
        ),
        Lang::Fr => format!(
            "Classes incohérentes : la réponse {reply} est de classe {reply_class} mais le code étendu {code} de classe {} ; la RFC 3463 exige qu'elles concordent (Postfix réécrit la classe du code étendu).",
            code.class
        ),
    })
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A verdict used by diagnostics: what is wrong with an enhanced code.
pub fn enhanced_verdict(code: EnhancedCode) -> EnhancedVerdict {
    enhanced::verdict(code)
}

/// Markdown, for hovers.
pub fn to_markdown(explanation: &Explanation) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "### `{}` {}\n\n",
        explanation.code, explanation.title
    ));
    for warning in &explanation.warnings {
        out.push_str(&format!("⚠ {warning}\n\n"));
    }
    for (label, value) in &explanation.facts {
        out.push_str(&format!("- **{label}**: {value}\n"));
    }
    for paragraph in &explanation.paragraphs {
        out.push('\n');
        out.push_str(paragraph);
        out.push('\n');
    }
    out
}

/// Plain text, for a terminal: Markdown markers removed, facts aligned.
pub fn to_terminal(explanation: &Explanation) -> String {
    let strip = |text: &str| text.replace("**", "").replace('`', "");
    let mut out = format!("{}  {}\n", explanation.code, explanation.title);
    for warning in &explanation.warnings {
        out.push_str(&format!("! {}\n", strip(warning)));
    }
    out.push('\n');
    let width = explanation
        .facts
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in &explanation.facts {
        let pad = width - label.chars().count();
        out.push_str(&format!("  {label}{}  {}\n", " ".repeat(pad), strip(value)));
    }
    for paragraph in &explanation.paragraphs {
        out.push('\n');
        out.push_str(&crate::messages::wrap(&strip(paragraph), 78));
    }
    out
}

/// A short meaning for inlay hints and completion labels.
pub fn short_title(code: EnhancedCode, lang: Lang) -> Option<String> {
    if code.registry().is_some() {
        let text = texts::detail_text(code.subject, code.detail);
        Some(match (lang, text) {
            (Lang::Fr, Some(text)) => text.title_fr.to_string(),
            _ => code.registry()?.title.to_string(),
        })
    } else {
        code.vendor().map(|row| row.title.get(lang).to_string())
    }
}

/// Who has to act, for a registered or vendor code.
pub fn side_of(code: EnhancedCode) -> Option<Side> {
    texts::detail_text(code.subject, code.detail)
        .map(|text| text.side)
        .or_else(|| code.vendor().map(|row| row.side))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(text: &str) -> Result<Query, QueryError> {
        parse_query(text, Lang::En)
    }

    #[test]
    fn query_forms() {
        let full = |c, s, d| Some(EnhancedQuery::Full(EnhancedCode::new(c, s, d)));
        assert_eq!(query("550").unwrap().reply, Some(ReplyCode(550)));
        assert_eq!(query("5.1.1").unwrap().enhanced, full(5, 1, 1));
        let both = query("550 5.1.1").unwrap();
        assert_eq!(
            (both.reply, both.enhanced),
            (Some(ReplyCode(550)), full(5, 1, 1))
        );
        let dashed = query("550-5.1.1").unwrap();
        assert_eq!(
            (dashed.reply, dashed.enhanced),
            (Some(ReplyCode(550)), full(5, 1, 1))
        );
        let texted = query("550 5.1.1 The email account does not exist").unwrap();
        assert_eq!(texted.enhanced, full(5, 1, 1));
        let bare_text = query("550 Mailbox unavailable").unwrap();
        assert_eq!(bare_text.enhanced, None);
        assert_eq!(
            query("X.1.1").unwrap().enhanced,
            Some(EnhancedQuery::AnyClass {
                subject: 1,
                detail: 1
            })
        );
        assert_eq!(
            query("5.1").unwrap().enhanced,
            Some(EnhancedQuery::Subject {
                class: 5,
                subject: 1
            })
        );
    }

    #[test]
    fn bad_queries_name_the_nearest_codes() {
        let error = query("6.1.1").unwrap_err();
        assert!(error.nearest.contains(&"5.1.1".to_string()), "{error:?}");
        let error = query("5.1.1000").unwrap_err();
        assert_eq!(error.nearest[0], "5.1.10");
        assert!(query("650").is_err());
        assert!(query("").is_err());
        assert!(query("5..1").is_err());
        assert!(query("55").is_err());
    }

    #[test]
    fn mismatch_is_reported() {
        let explanation = explain(&query("550 4.1.1").unwrap(), Lang::En);
        assert!(
            explanation
                .warnings
                .iter()
                .any(|w| w.contains("Class mismatch"))
        );
        let explanation = explain(&query("421 4.7.26").unwrap(), Lang::En);
        assert!(
            explanation
                .warnings
                .iter()
                .any(|w| w.contains("does not list"))
        );
        let explanation = explain(&query("550 5.1.1").unwrap(), Lang::En);
        assert!(
            explanation.warnings.is_empty(),
            "{:?}",
            explanation.warnings
        );
    }
}

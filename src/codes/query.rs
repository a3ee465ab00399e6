//! What people type or paste after `mail-lsp explain`, read into queries.

use super::Lang;
use super::enhanced::{self, EnhancedCode, Malformed};
use super::lookup;
use super::reply::{self, ReplyCode, ReplyVerdict};
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
            nearest: lookup::nearest_replies(code),
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
        nearest: lookup::nearest(token, 3)
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
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
}

//! What people type or paste after `mail-lsp explain`, read into queries.
//!
//! People paste codes with what surrounds them: `550 5.1.1.` at the end of
//! a sentence, `#550 4.4.7 QUEUE.Expired; message expired ##` from an
//! Exchange NDR, `'550 5.1.1 RESOLVER…'`, `Diagnostic-Code: smtp; 550 5.1.1`,
//! `dsn=5.1.1`, `said: 550 5.1.1`, several codes in a row, the registry's
//! notations `X.1.1`, `X.1.X`, `X.1` and a bare class digit, fullwidth
//! digits from a CJK keyboard. Each code (or reply-and-enhanced pair) is one
//! [`Query`]; words before the first code are skipped, text after the codes
//! ends the reading.

use super::Lang;
use super::enhanced::{self, EnhancedCode, Malformed};
use super::lookup;
use super::reply::{self, ReplyCode, ReplyVerdict};
use crate::messages::codes as m;

/// What the user asked about: a reply code, an enhanced code, or both
/// (`550 5.1.1`). Enhanced codes may be partial (`X.1.1`, `5.1`, `X.1`, `5`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub reply: Option<ReplyCode>,
    pub enhanced: Option<EnhancedQuery>,
}

/// An enhanced code as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnhancedQuery {
    /// `5.1.1`
    Full(EnhancedCode),
    /// `X.1.1`: the detail in both failure classes.
    AnyClass { subject: u16, detail: u16 },
    /// `5.1`, `5.1.X`: a subject in one class.
    Subject { class: u8, subject: u16 },
    /// `X.1`, `X.1.X`: a subject.
    AnySubject { subject: u16 },
    /// `5`: a class row of the registry.
    Class(u8),
}

/// Why a query could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// The token as typed, cut to [`TOKEN_SHOWN`] characters.
    pub token: String,
    pub reason: String,
    pub nearest: Vec<String>,
}

/// The most characters of a bad token repeated in an error.
pub const TOKEN_SHOWN: usize = 60;

fn error(token: &str, reason: String, nearest: Vec<String>) -> QueryError {
    let mut shown: String = token.chars().take(TOKEN_SHOWN).collect();
    if token.chars().count() > TOKEN_SHOWN {
        shown.push('…');
    }
    QueryError {
        token: shown,
        reason,
        nearest,
    }
}

/// Fullwidth digits, dots and letters (U+FF01..U+FF5E) read as their ASCII
/// forms, and the ideographic full stop as a dot: what NFKC does to them.
fn normalise(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xff01 + 0x21).unwrap_or(c),
            '\u{3002}' => '.',
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Context around a code: `Diagnostic-Code:`, `smtp;`, `dsn=`, `#`, quotes,
/// brackets and sentence punctuation.
fn strip_context(token: &str) -> &str {
    let mut token = token;
    loop {
        let before = token;
        for prefix in [
            "diagnostic-code:",
            "smtp;",
            "dsn=",
            "status=",
            "said:",
            "x-",
        ] {
            if token.len() >= prefix.len()
                && token.is_char_boundary(prefix.len())
                && token[..prefix.len()].eq_ignore_ascii_case(prefix)
            {
                token = &token[prefix.len()..];
            }
        }
        token = token.trim_start_matches(['#', '\'', '"', '`', '(', '<', '[', '«', '“', '‘']);
        token = token.trim_end_matches([
            '#', '\'', '"', '`', ')', '>', ']', '»', '”', '’', ',', ';', ':', '.', '!', '?',
        ]);
        if token == before {
            return token;
        }
    }
}

/// What one whitespace-separated token is.
enum Token<'a> {
    Reply(ReplyCode, Option<&'a str>),
    Enhanced(&'a str),
    Class(u8),
    /// Looks like a code but is not one: the reading stops with an error.
    Broken(&'a str),
    Text,
}

fn classify(raw: &str) -> Token<'_> {
    let token = strip_context(raw);
    if token.is_empty() {
        return Token::Text;
    }
    // `550-5.1.1` (a multi-line reply) and `550 5.1.1` alike.
    let (head, glued) = match token.split_once('-') {
        Some((head, tail)) if head.len() == 3 && reply::parse(head).is_some() => (head, Some(tail)),
        _ => (token, None),
    };
    if let Some(code) = reply::parse(head) {
        return Token::Reply(code, glued.filter(|tail| !tail.is_empty()));
    }
    if let [class @ (b'2' | b'4' | b'5')] = token.as_bytes() {
        return Token::Class(class - b'0');
    }
    let first = token.chars().next().unwrap_or(' ');
    let starts_like_code =
        first.is_ascii_digit() || ((first == 'X' || first == 'x') && token[1..].starts_with('.'));
    if starts_like_code && token.contains('.') {
        return Token::Enhanced(token);
    }
    // `5500`, `55O`, `0550`: a reply code mistyped; `٥٥٠`: digits of
    // another script.
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let other_digits = token.chars().any(|c| c.is_numeric() && !c.is_ascii_digit());
    if (first.is_ascii_digit() && digits * 2 >= token.chars().count() && token.len() <= 6)
        || other_digits
    {
        return Token::Broken(token);
    }
    Token::Text
}

/// Reads what a user types after `mail-lsp explain`: one query per code or
/// reply-and-enhanced pair, in order.
pub fn parse_queries(input: &str, lang: Lang) -> Result<Vec<Query>, QueryError> {
    let input = normalise(input);
    let mut queries: Vec<Query> = Vec::new();
    let mut started = false;
    let mut pending_reply: Option<ReplyCode> = None;
    let flush = |queries: &mut Vec<Query>, reply: &mut Option<ReplyCode>| {
        if let Some(code) = reply.take() {
            queries.push(Query {
                reply: Some(code),
                enhanced: None,
            });
        }
    };
    for raw in input.split_whitespace() {
        match classify(raw) {
            Token::Reply(code, glued) => {
                check_reply(code, lang)?;
                flush(&mut queries, &mut pending_reply);
                started = true;
                match glued {
                    Some(tail) => queries.push(Query {
                        reply: Some(code),
                        enhanced: Some(parse_enhanced_query(tail, lang)?),
                    }),
                    None => pending_reply = Some(code),
                }
            }
            Token::Enhanced(token) => {
                started = true;
                let enhanced = Some(parse_enhanced_query(token, lang)?);
                queries.push(Query {
                    reply: pending_reply.take(),
                    enhanced,
                });
            }
            Token::Class(class) => {
                flush(&mut queries, &mut pending_reply);
                started = true;
                queries.push(Query {
                    reply: None,
                    enhanced: Some(EnhancedQuery::Class(class)),
                });
            }
            Token::Broken(token) => {
                return Err(error(
                    token,
                    m::ReplyThreeDigits.get(lang).to_string(),
                    lookup::nearest_reply_text(token),
                ));
            }
            Token::Text if started => break,
            Token::Text => {}
        }
    }
    flush(&mut queries, &mut pending_reply);
    if queries.is_empty() {
        return Err(error(
            input.trim(),
            m::NoCodeGiven.get(lang).to_string(),
            Vec::new(),
        ));
    }
    Ok(queries)
}

/// The first query of [`parse_queries`]: the hover and the tests' form.
pub fn parse_query(input: &str, lang: Lang) -> Result<Query, QueryError> {
    parse_queries(input, lang).map(|mut queries| queries.swap_remove(0))
}

fn check_reply(code: ReplyCode, lang: Lang) -> Result<(), QueryError> {
    if reply::verdict(code) == ReplyVerdict::Impossible {
        return Err(error(
            &code.to_string(),
            m::NotAReplyCode.get(lang).to_string(),
            lookup::nearest_replies(code),
        ));
    }
    Ok(())
}

fn parse_enhanced_query(token: &str, lang: Lang) -> Result<EnhancedQuery, QueryError> {
    let token = strip_context(token);
    if let Some(rest) = token
        .strip_prefix("X.")
        .or_else(|| token.strip_prefix("x."))
    {
        // `X.1`, `X.1.X`, `X.1.1`
        let rest = rest
            .strip_suffix(".X")
            .or_else(|| rest.strip_suffix(".x"))
            .unwrap_or(rest);
        if !rest.contains('.')
            && let Ok(code) = enhanced::parse(&format!("5.{rest}.0"))
        {
            return Ok(EnhancedQuery::AnySubject {
                subject: code.subject,
            });
        }
        return match enhanced::parse(&format!("5.{rest}")) {
            Ok(code) => Ok(EnhancedQuery::AnyClass {
                subject: code.subject,
                detail: code.detail,
            }),
            Err(reason) => Err(malformed(token, reason, lang)),
        };
    }
    // `5.1.X`
    let token_subject = token
        .strip_suffix(".X")
        .or_else(|| token.strip_suffix(".x"));
    match enhanced::parse(token) {
        Ok(code) => Ok(EnhancedQuery::Full(code)),
        Err(Malformed::MissingPart) | Err(Malformed::NotADigit)
            if token_subject.is_some() || token.matches('.').count() == 1 =>
        {
            let subject_part = token_subject.unwrap_or(token);
            match enhanced::parse(&format!("{subject_part}.0")) {
                Ok(code) if subject_part.matches('.').count() == 1 => Ok(EnhancedQuery::Subject {
                    class: code.class,
                    subject: code.subject,
                }),
                Ok(_) => Err(malformed(token, Malformed::MissingPart, lang)),
                Err(reason) => Err(malformed(token, reason, lang)),
            }
        }
        Err(reason) => Err(malformed(token, reason, lang)),
    }
}

fn malformed(token: &str, reason: Malformed, lang: Lang) -> QueryError {
    error(
        token,
        reason.message(lang).to_string(),
        lookup::nearest(token, 3)
            .iter()
            .map(ToString::to_string)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        match parse_queries(text, Lang::En) {
            Err(error) => format!(
                "error {:?}: {} {:?}",
                error.token, error.reason, error.nearest
            ),
            Ok(queries) => queries
                .iter()
                .map(|query| {
                    let reply = query.reply.map(|r| r.to_string());
                    let enhanced = query.enhanced.map(|e| match e {
                        EnhancedQuery::Full(code) => code.to_string(),
                        EnhancedQuery::AnyClass { subject, detail } => {
                            format!("X.{subject}.{detail}")
                        }
                        EnhancedQuery::Subject { class, subject } => format!("{class}.{subject}"),
                        EnhancedQuery::AnySubject { subject } => format!("X.{subject}"),
                        EnhancedQuery::Class(class) => format!("class {class}"),
                    });
                    [reply, enhanced]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join(" | "),
        }
    }

    #[test]
    fn what_people_paste() {
        let cases = [
            ("550", "550"),
            ("5.1.1", "5.1.1"),
            ("550 5.1.1", "550 5.1.1"),
            ("550-5.1.1", "550 5.1.1"),
            ("550 5.1.1 The email account does not exist", "550 5.1.1"),
            ("550 Mailbox unavailable", "550"),
            ("X.1.1", "X.1.1"),
            ("x.7.650", "X.7.650"),
            ("5.1", "5.1"),
            ("5.1.X", "5.1"),
            ("X.1", "X.1"),
            ("X.1.X", "X.1"),
            ("5", "class 5"),
            ("5.1.1 5.1.2", "5.1.1 | 5.1.2"),
            ("5.1.1, 5.1.2", "5.1.1 | 5.1.2"),
            ("550 5.1.1 5.2.2", "550 5.1.1 | 5.2.2"),
            ("5.1.1 550", "5.1.1 | 550"),
            ("421 4.7.0 5.7.1", "421 4.7.0 | 5.7.1"),
            ("550 5.1.1.", "550 5.1.1"),
            ("5.1.1.", "5.1.1"),
            ("(5.1.1)", "5.1.1"),
            ("<5.1.1>", "5.1.1"),
            ("#5.1.1", "5.1.1"),
            ("dsn=5.1.1,", "5.1.1"),
            ("#550 4.4.7 QUEUE.Expired; message expired ##", "550 4.4.7"),
            (
                "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
                "550 5.1.1",
            ),
            ("Diagnostic-Code: smtp; 550 5.1.1", "550 5.1.1"),
            ("smtp;550 5.1.1", "550 5.1.1"),
            ("host x said: 550 5.1.1 no such user", "550 5.1.1"),
            ("550 ５.１.１", "550 5.1.1"),
            ("５５０", "550"),
        ];
        for (input, expected) in cases {
            assert_eq!(show(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn bad_queries_say_why_and_name_the_nearest_codes() {
        let error = parse_queries("6.1.1", Lang::En).unwrap_err();
        assert!(error.nearest.contains(&"5.1.1".to_string()), "{error:?}");
        assert!(
            error.nearest.iter().all(|c| !c.starts_with('2')),
            "{error:?}"
        );
        assert_eq!(
            parse_queries("5.1.1000", Lang::En).unwrap_err().nearest[0],
            "5.1.10"
        );
        assert!(parse_queries("650", Lang::En).is_err());
        assert!(show("").contains("no code given"), "{}", show(""));
        assert!(show("hello there").contains("no code given"));
        assert!(show("5..1").starts_with("error"));
        assert!(
            show("05.1.1").contains("leading zeros"),
            "{}",
            show("05.1.1")
        );
        for typo in ["55O", "5500", "0550"] {
            let error = parse_queries(typo, Lang::En).unwrap_err();
            assert!(
                error.nearest.contains(&"550".to_string()),
                "{typo}: {error:?}"
            );
        }
        assert!(show("550 5.1.1x").starts_with("error"));
        assert!(show("٥٥٠").starts_with("error"), "{}", show("٥٥٠"));
        let long = "5".repeat(100_000);
        let error = parse_queries(&format!("5.{long}"), Lang::En).unwrap_err();
        assert!(
            error.token.chars().count() <= TOKEN_SHOWN + 1,
            "{}",
            error.token.len()
        );
    }
}

//! Hover: the code under the cursor, explained with its partner
//! (`550 5.1.1`: hovering either part explains both).

use super::FileKind;
use super::replies::{self, EnhancedToken};
use crate::codes::Lang;
use crate::codes::explain::{self, EnhancedQuery, Explanation, Query, Verbosity};
use crate::codes::lookup;
use crate::messages::codes as m;
use std::ops::Range;

/// Markdown for the code at byte `column` of `line`, with the range it covers.
pub fn hover(
    kind: FileKind,
    line: &str,
    column: usize,
    lang: Lang,
    verbosity: Verbosity,
) -> Option<(Range<usize>, String)> {
    let Some(found) = replies::scan_line(kind, line)
        .into_iter()
        .find(|found| found.contains(column))
    else {
        // The words of a Postfix reject (a postscreen `PREGREET` line has no
        // code): the rule that wrote them.
        return super::reason::line::rule_hover(kind, line, column, lang);
    };
    let mut explanation = explanation_for(&found, line, lang);
    // The reason the reply's text names, the blocklist, the Postfix rule.
    super::reason::line::enrich(kind, line, &found, lang, &mut explanation);
    Some((
        found.span(),
        explain::to_markdown(&explanation, verbosity, lang),
    ))
}

/// Markdown for the code at document offset `offset` of a bounce read as
/// MIME, with the document range it covers (two lines when a soft line
/// break cuts the code). On a line of a base64 part, the codes found in the
/// part's decoded text, each with its decoded line and its explanation.
pub fn bounce_hover(
    text: &str,
    offset: usize,
    lang: Lang,
    verbosity: Verbosity,
) -> Option<(Range<usize>, String)> {
    let scan = replies::bounce::scan(text);
    if let Some(found) = scan.at(offset) {
        let view_text = scan.message.view_text(scan.view(found));
        let range = scan.source_range(found, found.code.span());
        return Some((range, markdown_for(&found.code, view_text, lang, verbosity)));
    }
    let (view, found) = scan.in_base64_part_at(offset)?;
    if found.is_empty() {
        return None;
    }
    let decoded = scan.message.view_text(view);
    let mut out = format!(
        "### {}\n",
        crate::messages::bounce::Base64PartCodes.get(lang)
    );
    for found in found.iter().take(BASE64_HOVER_CODES) {
        let span = found.code.span();
        let line_start = decoded[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = decoded[span.start..]
            .find(['\r', '\n'])
            .map_or(decoded.len(), |i| span.start + i);
        let line = super::lines::clip(&decoded[line_start..line_end], 200);
        let quoted = format!("`{}`", line.replace('`', "'"));
        let label = crate::messages::bounce::Base64PartLine { line: &quoted }.get(lang);
        out.push_str(&format!("\n---\n\n{label}\n\n"));
        out.push_str(&markdown_for(&found.code, decoded, lang, verbosity));
    }
    let span = scan.message.view_source_span(view);
    Some((offset.min(span.end)..offset.min(span.end), out))
}

/// At most this many codes are explained in the hover of a base64 part.
const BASE64_HOVER_CODES: usize = 5;

/// What a code hover says: the explanation of the code and its partner
/// (`550 5.1.1`), the verdict first.
pub fn markdown_for(
    found: &replies::CodeFound,
    line: &str,
    lang: Lang,
    verbosity: Verbosity,
) -> String {
    explain::to_markdown(&explanation_for(found, line, lang), verbosity, lang)
}

/// The explanation behind a code hover; a malformed enhanced code is
/// explained as such, with its nearest codes and the reply beside it.
pub fn explanation_for(found: &replies::CodeFound, line: &str, lang: Lang) -> Explanation {
    let reply = found.reply.as_ref().map(|(_, code)| *code);
    let enhanced = match &found.enhanced {
        Some((range, EnhancedToken::Malformed(reason))) => {
            let text = line.get(range.clone()).unwrap_or_default();
            let mut out = reply.map_or_else(Explanation::default, |reply| {
                explain::explain_in(
                    &Query {
                        reply: Some(reply),
                        enhanced: None,
                    },
                    lang,
                    Some(line),
                )
            });
            let nearest: Vec<String> = lookup::nearest(text, 3)
                .iter()
                .map(ToString::to_string)
                .collect();
            out.code = match reply {
                Some(reply) => format!("{reply} {text}"),
                None => text.to_string(),
            };
            out.title = m::HoverMalformedTitle.get(lang).to_string();
            out.warnings.insert(
                0,
                format!(
                    "{} ({}: {})",
                    capitalize_first(reason.message(lang)),
                    m::HoverNearestRegistered.get(lang),
                    nearest.join(", ")
                ),
            );
            return out;
        }
        Some((_, EnhancedToken::Valid(code))) => Some(EnhancedQuery::Full(*code)),
        None => None,
    };
    // The line says whose reply it is: only that vendor's notes.
    explain::explain_in(&Query { reply, enhanced }, lang, Some(line))
}

fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::Cursor;

    fn check(marked: &str) -> Option<String> {
        let cursor = Cursor::new(marked);
        hover(
            FileKind::MailLog,
            &cursor.text,
            cursor.column,
            Lang::En,
            Verbosity::Full,
        )
        .map(|(range, text)| format!("{}..{}\n{}", range.start, range.end, text))
    }

    #[test]
    fn hover_on_either_part_of_a_reply() {
        let on_reply = check("host x said: 5$050 5.1.1 no such user").unwrap();
        let on_enhanced = check("host x said: 550 5.1$0.1 no such user").unwrap();
        assert_eq!(on_reply, on_enhanced);
        assert!(
            on_reply.starts_with("13..22\n### `550 5.1.1` Bad destination mailbox address"),
            "{on_reply}"
        );
    }

    #[test]
    fn no_hover_on_other_numbers() {
        assert_eq!(
            check("Nov 22 09:4$04:03 mx postfix/smtpd[123]: connect from x[1.2.3.4]"),
            None
        );
        assert_eq!(check("x postfix/smtpd[12$03]: dsn=5.1.1"), None);
        assert_eq!(check("relay=x[1.2.3.4]:2$05, dsn=5.1.1"), None);
    }

    /// Of the vendor notes, a hover shows those of the vendors its line names.
    #[test]
    fn vendor_notes_of_the_vendor_the_line_names() {
        let gmail = check(
            "status=bounced (host gmail-smtp-in.l.google.com[192.0.2.1] said: 5$050 5.7.1 \
             Our system has detected that this message is likely unsolicited mail. - gsmtp \
             (in reply to end of DATA command))",
        )
        .unwrap();
        assert!(gmail.contains("**Google (Gmail / Workspace)**"), "{gmail}");
        assert!(!gmail.contains("**Microsoft 365 / Exchange**"), "{gmail}");
        assert!(!gmail.contains("**Cisco Secure Email"), "{gmail}");
        let mimecast = check(
            "status=deferred (host eu-smtp-inbound-1.mimecast.com[192.0.2.2] said: 4$051 \
             Internal resource temporarily unavailable - \
             https://community.mimecast.com/docs/DOC-1369#451 (in reply to RCPT TO command))",
        )
        .unwrap();
        assert!(mimecast.contains("**Mimecast**"), "{mimecast}");
        assert!(mimecast.contains("greylisting"), "{mimecast}");
        let unnamed = check("host mx.example.net[192.0.2.3] said: 4$051 Try again later").unwrap();
        assert!(!unnamed.contains("**Mimecast**"), "{unnamed}");
    }

    #[test]
    fn hover_on_a_malformed_code() {
        let text = check("x: dsn=5.1.1$0000, status=bounced").unwrap();
        assert!(text.contains("Malformed"), "{text}");
        assert!(text.contains("5.1.10"), "{text}");
    }
}

//! Hover: the code under the cursor, explained with its partner
//! (`550 5.1.1`: hovering either part explains both).

use super::FileKind;
use super::logscan::{self, EnhancedToken};
use crate::codes::Lang;
use crate::codes::enhanced;
use crate::codes::explain::{self, EnhancedQuery, Query};
use crate::messages::codes as m;
use std::ops::Range;

/// Markdown for the code at byte `column` of `line`, with the range it covers.
pub fn hover(
    kind: FileKind,
    line: &str,
    column: usize,
    lang: Lang,
) -> Option<(Range<usize>, String)> {
    let found = logscan::scan_line(kind, line)
        .into_iter()
        .find(|found| found.contains(column))?;
    Some((found.span(), markdown_for(&found, line, lang)))
}

pub fn markdown_for(found: &logscan::CodeFound, line: &str, lang: Lang) -> String {
    let reply = found.reply.as_ref().map(|(_, code)| *code);
    match &found.enhanced {
        Some((range, EnhancedToken::Malformed(reason))) => {
            let text = &line[range.clone()];
            let nearest: Vec<String> = enhanced::nearest(text, 3)
                .iter()
                .map(ToString::to_string)
                .collect();
            let mut out = format!(
                "### `{text}` {}\n\n⚠ {}\n\n- **{}**: {}\n",
                m::HoverMalformedTitle.get(lang),
                reason.message(lang),
                m::HoverNearestRegistered.get(lang),
                nearest.join(", ")
            );
            if let Some(first) = text
                .bytes()
                .next()
                .filter(|b| matches!(b, b'2' | b'4' | b'5'))
                && let Some(class) = crate::codes::Class::from_digit(first - b'0')
            {
                out.push_str(&format!(
                    "- **{}**: {} — {}\n",
                    m::HoverClassDigit.get(lang),
                    first - b'0',
                    class.label(lang)
                ));
            }
            if let Some(reply) = reply {
                let explanation = explain::explain(
                    &Query {
                        reply: Some(reply),
                        enhanced: None,
                    },
                    lang,
                );
                out.push_str("\n---\n\n");
                out.push_str(&explain::to_markdown(&explanation));
            }
            out
        }
        Some((_, EnhancedToken::Valid(code))) => {
            let query = Query {
                reply,
                enhanced: Some(EnhancedQuery::Full(*code)),
            };
            explain::to_markdown(&explain::explain(&query, lang))
        }
        None => {
            let query = Query {
                reply,
                enhanced: None,
            };
            explain::to_markdown(&explain::explain(&query, lang))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::Cursor;

    fn check(marked: &str) -> Option<String> {
        let cursor = Cursor::new(marked);
        hover(FileKind::MailLog, &cursor.text, cursor.column, Lang::En)
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

    #[test]
    fn hover_on_a_malformed_code() {
        let text = check("x: dsn=5.1.1$0000, status=bounced").unwrap();
        assert!(text.contains("Malformed"), "{text}");
        assert!(text.contains("5.1.10"), "{text}");
    }
}

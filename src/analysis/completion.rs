//! Completion of codes where one may be written: after `dsn=` or `Status:`,
//! after a reply code (`550 ` offers 5.x.x, IANA's pairings first), and on a
//! token that starts like one (`5.`, `4.7.`).

use crate::codes::enhanced::EnhancedCode;
use crate::codes::explain::{self, EnhancedQuery, Query};
use crate::codes::lookup;
use crate::codes::reply::{self, ReplyCode};
use crate::codes::{Lang, registry};
use std::ops::Range;

/// One completion item; `replace` is the byte range of the line it replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub detail: String,
    pub documentation: String,
    pub sort_text: String,
    pub replace: Range<usize>,
}

/// Which codes fit at the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// An enhanced code of these classes; `after_reply` ranks IANA's pairings first.
    Enhanced {
        classes: &'static [u8],
        after_reply: Option<ReplyCode>,
    },
    /// A reply code of these classes.
    Reply { classes: &'static [u8] },
}

pub fn classes_of(digit: u8) -> &'static [u8] {
    match digit {
        2 => &[2],
        4 => &[4],
        5 => &[5],
        _ => &[5, 4, 2],
    }
}

/// Where the run of `in_token` characters that ends `before` starts. A
/// byte after `rfind`'s match is inside that character when it is not
/// ASCII: this is the boundary-safe way.
pub(crate) fn token_start(before: &str, in_token: impl Fn(char) -> bool) -> usize {
    before.trim_end_matches(in_token).len()
}

/// Finds the slot at `column` in a log or bounce line: `(token_start, slot)`.
pub fn log_slot(line: &str, column: usize) -> Option<(usize, Slot)> {
    let column = column.min(line.len());
    let before = line.get(..column)?;
    let token_start = token_start(before, |c| c.is_ascii_digit() || c == '.');
    let token = &before[token_start..];
    let context = &before[..token_start];
    let class_digit = token.bytes().next().map(|b| b.wrapping_sub(b'0'));
    if context.ends_with("dsn=")
        || context.trim_start().eq_ignore_ascii_case("status:")
        || context.trim_start().eq_ignore_ascii_case("status: ")
    {
        return Some((
            token_start,
            Slot::Enhanced {
                classes: classes_of(class_digit.unwrap_or(0)),
                after_reply: None,
            },
        ));
    }
    if let Some(reply_text) = context
        .strip_suffix(' ')
        .or_else(|| context.strip_suffix('-'))
        && let Some((head, digits)) = reply_text
            .len()
            .checked_sub(3)
            .and_then(|at| Some((reply_text.get(..at)?, reply_text.get(at..)?)))
        && let Some(code) = reply::parse(digits)
        && head
            .chars()
            .last()
            .is_none_or(|c| !c.is_ascii_alphanumeric())
        && matches!(code.class_digit(), 2 | 4 | 5)
    {
        return Some((
            token_start,
            Slot::Enhanced {
                classes: classes_of(code.class_digit()),
                after_reply: Some(code),
            },
        ));
    }
    if token.len() >= 2 && token.as_bytes()[1] == b'.' && matches!(class_digit, Some(2 | 4 | 5)) {
        return Some((
            token_start,
            Slot::Enhanced {
                classes: classes_of(class_digit.unwrap_or(0)),
                after_reply: None,
            },
        ));
    }
    if context.ends_with("said: ") || context.ends_with("reply=") || context.ends_with("smtp; ") {
        return Some((
            token_start,
            Slot::Reply {
                classes: &[5, 4, 2],
            },
        ));
    }
    None
}

/// The items for a slot, filtered by what is typed (`typed` is the token so far).
pub fn items(slot: Slot, typed: &str, replace: Range<usize>, lang: Lang) -> Vec<Completion> {
    match slot {
        Slot::Enhanced {
            classes,
            after_reply,
        } => enhanced_items(classes, after_reply, typed, replace, lang),
        Slot::Reply { classes } => reply_items(classes, typed, replace, lang),
    }
}

fn enhanced_items(
    classes: &[u8],
    after_reply: Option<ReplyCode>,
    typed: &str,
    replace: Range<usize>,
    lang: Lang,
) -> Vec<Completion> {
    lookup::registered(classes)
        .filter(|code| code.to_string().starts_with(typed))
        .map(|code| {
            let paired = after_reply.and_then(|reply| {
                lookup::registry_row(code)
                    .map(|row| row.associates(reply.0) && !row.basic.contains(&"any"))
            });
            let rank = match paired {
                Some(true) => 0,
                _ => 1,
            };
            enhanced_item(code, rank, replace.clone(), lang)
        })
        .collect()
}

fn enhanced_item(code: EnhancedCode, rank: u8, replace: Range<usize>, lang: Lang) -> Completion {
    let label = code.to_string();
    let query = Query {
        reply: None,
        enhanced: Some(EnhancedQuery::Full(code)),
    };
    Completion {
        detail: lookup::short_title(code, lang).unwrap_or_default(),
        documentation: explain::to_markdown(
            &explain::explain(&query, lang),
            explain::Verbosity::Short,
            lang,
        ),
        sort_text: format!("{rank}{}{:03}{:03}", code.class, code.subject, code.detail),
        label,
        replace,
    }
}

fn reply_items(classes: &[u8], typed: &str, replace: Range<usize>, lang: Lang) -> Vec<Completion> {
    let mut out = Vec::new();
    for &class in classes {
        for row in reply::known_of_class(class) {
            let label = format!("{:03}", row.code);
            if !label.starts_with(typed) || out.iter().any(|item: &Completion| item.label == label)
            {
                continue;
            }
            let query = Query {
                reply: Some(ReplyCode(row.code)),
                enhanced: None,
            };
            let explanation = explain::explain(&query, lang);
            out.push(Completion {
                detail: explanation.title.clone(),
                documentation: explain::to_markdown(&explanation, explain::Verbosity::Short, lang),
                sort_text: format!("{}{label}", u8::from(!row.standard)),
                label,
                replace: replace.clone(),
            });
        }
    }
    out
}

/// Completion in a log or bounce line at byte `column`.
pub fn log_completion(line: &str, column: usize, lang: Lang) -> Vec<Completion> {
    let column = column.min(line.len());
    let Some((start, slot)) = log_slot(line, column) else {
        return Vec::new();
    };
    items(slot, &line[start..column], start..column, lang)
}

/// Number of registered detail codes (for tests and docs).
pub fn registered_count() -> usize {
    registry::DETAILS.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::Cursor;

    fn labels(marked: &str) -> Vec<String> {
        let cursor = Cursor::new(marked);
        let mut items = log_completion(&cursor.text, cursor.column, Lang::En);
        items.sort_by(|a, b| a.sort_text.cmp(&b.sort_text));
        items.into_iter().map(|item| item.label).collect()
    }

    #[test]
    fn after_a_reply_code_only_its_class_and_pairings_first() {
        let items = labels("host x said: 550 $0");
        assert_eq!(items.len(), registered_count());
        assert!(items.iter().all(|label| label.starts_with("5.")));
        assert_eq!(items[0], "5.1.1");
        let items = labels("host x said: 451 4.7$0");
        assert!(
            items.iter().all(|label| label.starts_with("4.7")),
            "{items:?}"
        );
    }

    #[test]
    fn after_dsn_and_on_a_dotted_token() {
        assert!(labels("x dsn=$0").len() >= registered_count() * 3);
        assert!(
            labels("x dsn=4.$0")
                .iter()
                .all(|label| label.starts_with("4."))
        );
        assert!(
            labels("anything 5.7.$0")
                .iter()
                .all(|label| label.starts_with("5.7."))
        );
        assert!(labels("Nov 22 09:44:$0").is_empty());
        assert!(labels("pid 1234 $0").is_empty());
    }

    #[test]
    fn items_carry_docs() {
        let line = "x dsn=5.7.2";
        let items = log_completion(line, line.len(), Lang::Fr);
        let item = items
            .iter()
            .find(|item| item.label == "5.7.26")
            .expect("5.7.26");
        assert!(!item.documentation.is_empty());
        assert_eq!(item.replace, 6..11);
    }
}

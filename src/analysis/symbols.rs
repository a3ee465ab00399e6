//! The outline of a document: one entry per message of a log (its
//! notifications nested under it), per parameter of a main.cf, per service
//! of a master.cf (its `-o` overrides nested), per section, block, macro
//! and list of an Exim configuration. Capped: an outline of
//! 200,000 messages helps nobody and costs seconds to send, so the first
//! ones are listed and one last entry says how many more there are.

use super::config::navigate;
use super::outline::Outline;
use super::text::Text;
use super::{FileKind, lines};
use crate::codes::Lang;

pub use super::outline_symbol::{Symbol, SymbolKind};

/// The outline of a document of `kind`, at most `limit` entries in all
/// (children included), then one entry saying how many more there are;
/// `None` for the kinds without one.
pub fn symbols<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    limit: usize,
    lang: Lang,
) -> Option<Vec<Symbol>> {
    if !kind.has_outline() {
        return None;
    }
    Some(if kind.is_log_like() {
        log_symbols(kind, text, limit, lang)
    } else {
        config_symbols(kind, text, limit, lang)
    })
}

/// A config's outline ([`navigate::symbols`]), capped.
fn config_symbols<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    limit: usize,
    lang: Lang,
) -> Vec<Symbol> {
    let mut left = limit;
    let mut hidden = 0;
    let mut out = Vec::new();
    for symbol in navigate::symbols(kind, &text.whole()) {
        if let Some(symbol) = within(symbol, &mut left, &mut hidden) {
            out.push(symbol);
        }
    }
    if hidden > 0 {
        out.push(more(text.byte_len(), hidden, limit, lang, Counted::Entries));
    }
    out
}

/// `symbol` and as many of its descendants as `left` allows, in document
/// order; what is left out is counted in `hidden`.
fn within(mut symbol: Symbol, left: &mut usize, hidden: &mut usize) -> Option<Symbol> {
    if *left == 0 {
        *hidden += count(&symbol);
        return None;
    }
    *left -= 1;
    let children = std::mem::take(&mut symbol.children);
    symbol.children = children
        .into_iter()
        .filter_map(|child| within(child, left, hidden))
        .collect();
    Some(symbol)
}

fn count(symbol: &Symbol) -> usize {
    1 + symbol.children.iter().map(count).sum::<usize>()
}

/// A log's outline, read from its pieces in place.
fn log_symbols<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    limit: usize,
    lang: Lang,
) -> Vec<Symbol> {
    let mut outline = Outline::new(kind, limit);
    lines::for_each_line_in_pieces(text.pieces(), |start, line| outline.line(start, line));
    let (entries, hidden) = outline.finish();
    let mut symbols: Vec<Option<Symbol>> = entries
        .iter()
        .map(|entry| {
            let mut detail = entry
                .sender
                .as_deref()
                .map_or(String::new(), |s| format!("<{s}>"));
            if !entry.recipients.is_empty() {
                detail.push_str(" → ");
                detail.push_str(&entry.recipients.join(", "));
            }
            if let Some(status) = entry.status {
                detail.push_str(" · ");
                detail.push_str(status.name());
            }
            Some(Symbol {
                name: entry.id.clone(),
                detail: detail.trim().to_string(),
                kind: SymbolKind::Message,
                range: entry.range.clone(),
                selection: entry.id_range.clone(),
                children: Vec::new(),
            })
        })
        .collect();
    // Notifications (bounces) nest under their original message.
    for index in (0..entries.len()).rev() {
        if let Some(parent) = entries[index].parent
            && let Some(child) = symbols[index].take()
            && let Some(Some(parent)) = symbols.get_mut(parent)
        {
            parent.children.insert(0, child);
        }
    }
    let mut symbols: Vec<Symbol> = symbols.into_iter().flatten().collect();
    if hidden > 0 {
        symbols.push(more(
            text.byte_len(),
            hidden,
            limit,
            lang,
            Counted::Messages,
        ));
    }
    symbols
}

enum Counted {
    Messages,
    Entries,
}

/// The entry that ends a capped outline, at the end of the document.
fn more(end: usize, hidden: usize, limit: usize, lang: Lang, counted: Counted) -> Symbol {
    let (name, detail) = match (counted, lang) {
        (Counted::Messages, Lang::En) => (
            format!("… {hidden} more messages"),
            format!("outline capped at {limit} messages"),
        ),
        (Counted::Messages, Lang::Fr) => (
            format!("… {hidden} messages de plus"),
            format!("plan limité à {limit} messages"),
        ),
        (Counted::Entries, Lang::En) => (
            format!("… {hidden} more entries"),
            format!("outline capped at {limit} entries"),
        ),
        (Counted::Entries, Lang::Fr) => (
            format!("… {hidden} entrées de plus"),
            format!("plan limité à {limit} entrées"),
        ),
    };
    Symbol {
        name,
        detail,
        kind: SymbolKind::More,
        range: end..end,
        selection: end..end,
        children: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(symbols: &[Symbol]) -> Vec<String> {
        symbols
            .iter()
            .map(|s| {
                let children: Vec<String> = s.children.iter().map(|c| c.name.clone()).collect();
                format!("{} {:?} {:?}", s.name, s.kind, children)
            })
            .collect()
    }

    #[test]
    fn a_master_cf_outline_is_capped_children_included() {
        let text = "smtp inet n - y - - smtpd -o a=1 -o b=2 -o c=3\nsubmission inet n - y - - smtpd -o d=4\n";
        let all = symbols(FileKind::PostfixMaster, text, 100, Lang::En).unwrap();
        assert_eq!(
            names(&all),
            [
                "smtp/inet Service [\"a\", \"b\", \"c\"]",
                "submission/inet Service [\"d\"]"
            ]
        );
        let capped = symbols(FileKind::PostfixMaster, text, 3, Lang::En).unwrap();
        assert_eq!(
            names(&capped),
            [
                "smtp/inet Service [\"a\", \"b\"]",
                "… 3 more entries More []"
            ]
        );
        assert_eq!(capped[1].range, text.len()..text.len());
    }

    #[test]
    fn a_log_outline_nests_notifications_and_counts_the_unlisted() {
        let text = "Nov 22 09:44:01 mx postfix/qmgr[11]: 3F2A41C0A2: from=<a@b.c>, size=1\n\
Nov 22 09:44:02 mx postfix/smtp[12]: 3F2A41C0A2: to=<x@y.z>, dsn=5.1.1, status=bounced (said: 550 5.1.1 x)\n\
Nov 22 09:44:03 mx postfix/bounce[13]: 3F2A41C0A2: sender non-delivery notification: 4B3C2D1E00\n\
Nov 22 09:44:04 mx postfix/qmgr[11]: 4B3C2D1E00: from=<>, size=2\n\
Nov 22 09:44:05 mx postfix/qmgr[11]: 5C4D3E2F11: from=<c@d.e>, size=3\n";
        let all = symbols(FileKind::MailLog, text, 100, Lang::Fr).unwrap();
        assert_eq!(
            names(&all),
            [
                "3F2A41C0A2 Message [\"4B3C2D1E00\"]",
                "5C4D3E2F11 Message []"
            ]
        );
        assert_eq!(all[0].detail, "<a@b.c> → x@y.z · bounced");
        let capped = symbols(FileKind::MailLog, text, 1, Lang::Fr).unwrap();
        assert_eq!(symbols(FileKind::Bounce, text, 1, Lang::Fr), None);
        assert_eq!(capped.last().unwrap().name, "… 2 messages de plus");
    }
}

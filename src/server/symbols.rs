//! Document symbols: the outline of a log (one symbol per message) and of
//! Postfix main.cf and master.cf.

use crate::analysis;
use crate::codes::Lang;
use crate::server::backend::byte_range;
use crate::server::session::Snapshot;
use tower_lsp_server::ls_types::*;

/// The outline of a log lists at most this many messages.
const MAX_OUTLINE_MESSAGES: usize = 5_000;

/// The outline of a log: one symbol per message, its notifications nested.
#[allow(deprecated)] // `DocumentSymbol::deprecated` must still be written
pub fn log_symbols(snapshot: &Snapshot) -> DocumentSymbolResponse {
    // Read from the rope in place: a 100 MB log is not copied.
    // An outline of 200,000 messages helps nobody and costs seconds to
    // send: the first ones are listed, then one entry says how many more.
    let mut outline = analysis::outline::Outline::new(snapshot.kind, MAX_OUTLINE_MESSAGES);
    analysis::lines::for_each_line_in_pieces(snapshot.rope.chunks(), |start, line| {
        outline.line(start, line)
    });
    let (entries, hidden) = outline.finish();
    let mut symbols: Vec<Option<DocumentSymbol>> = entries
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
            Some(DocumentSymbol {
                name: entry.id.clone(),
                detail: Some(detail.trim().to_string()),
                kind: SymbolKind::EVENT,
                tags: None,
                deprecated: None,
                range: byte_range(snapshot, entry.range.clone()),
                selection_range: byte_range(snapshot, entry.id_range.clone()),
                children: None,
            })
        })
        .collect();
    // Notifications (bounces) nest under their original message.
    for i in (0..entries.len()).rev() {
        if let Some(parent) = entries[i].parent
            && let Some(child) = symbols[i].take()
            && let Some(Some(parent)) = symbols.get_mut(parent)
        {
            parent
                .children
                .get_or_insert_with(Vec::new)
                .insert(0, child);
        }
    }
    let mut symbols: Vec<DocumentSymbol> = symbols.into_iter().flatten().collect();
    if hidden > 0 {
        let end = byte_range(
            snapshot,
            snapshot.rope.len_bytes()..snapshot.rope.len_bytes(),
        );
        #[allow(deprecated)]
        symbols.push(DocumentSymbol {
            name: match snapshot.options.lang {
                Lang::En => format!("… {hidden} more messages"),
                Lang::Fr => format!("… {hidden} messages de plus"),
            },
            detail: Some(format!("outline capped at {MAX_OUTLINE_MESSAGES} messages")),
            kind: SymbolKind::NULL,
            tags: None,
            deprecated: None,
            range: end,
            selection_range: end,
            children: None,
        });
    }
    DocumentSymbolResponse::Nested(symbols)
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must still be written
fn config_symbol(
    snapshot: &Snapshot,
    symbol: analysis::config::navigate::Symbol,
) -> DocumentSymbol {
    use analysis::config::navigate::SymbolKind as Kind;
    let children: Vec<DocumentSymbol> = symbol
        .children
        .into_iter()
        .map(|child| config_symbol(snapshot, child))
        .collect();
    DocumentSymbol {
        name: symbol.name,
        detail: Some(symbol.detail),
        kind: match symbol.kind {
            Kind::Parameter => SymbolKind::PROPERTY,
            Kind::Variable => SymbolKind::VARIABLE,
            Kind::Service => SymbolKind::MODULE,
            Kind::Section => SymbolKind::NAMESPACE,
            Kind::Block => SymbolKind::FUNCTION,
            Kind::Macro => SymbolKind::CONSTANT,
            Kind::List => SymbolKind::ARRAY,
        },
        tags: None,
        deprecated: None,
        range: byte_range(snapshot, symbol.range),
        selection_range: byte_range(snapshot, symbol.selection),
        children: (!children.is_empty()).then_some(children),
    }
}

/// The outline of main.cf (parameters) and master.cf (services).
pub fn config_symbols(snapshot: &Snapshot) -> Option<DocumentSymbolResponse> {
    let text = snapshot.rope.to_string();
    let symbols = analysis::config::navigate::symbols(snapshot.kind, &text)
        .into_iter()
        .map(|symbol| config_symbol(snapshot, symbol))
        .collect();
    Some(DocumentSymbolResponse::Nested(symbols))
}

//! One entry of a document's outline, for every kind: a log's messages,
//! a main.cf's parameters, a master.cf's services, an Exim configuration's
//! sections, blocks, macros and lists. Made by `config::navigate` and
//! `symbols`; the server converts it once (`lsp::to_proto`).

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolKind {
    /// A message of a log (with its notifications as children).
    Message,
    /// A Postfix parameter.
    Parameter,
    /// A name of the user's own in a main.cf (not a Postfix parameter).
    Variable,
    /// A master.cf service.
    Service,
    /// An Exim section (`begin acl`).
    Section,
    /// An Exim ACL, router, transport or authenticator.
    Block,
    /// An Exim macro (`NAME = value`).
    Macro,
    /// An Exim named list (`domainlist local_domains = ...`).
    List,
    /// The last entry of a capped outline: how many more there are.
    More,
}

/// One outline entry; ranges are absolute byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub detail: String,
    pub kind: SymbolKind,
    pub range: Range<usize>,
    pub selection: Range<usize>,
    pub children: Vec<Symbol>,
}

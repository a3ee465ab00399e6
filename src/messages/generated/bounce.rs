//! Generated from `data/messages/bounce.toml` by `messages::tests::generated_messages_are_fresh`.
//! Do not edit: change the TOML and run `cargo test`.

#![allow(dead_code)]

use crate::codes::Lang;
use std::fmt::Display;

/// `base64-part-codes`
/// Hover title on a line of a base64 part: the codes found in its decoded text follow.
pub(crate) struct Base64PartCodes;

impl Base64PartCodes {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Codes in the decoded text of this base64 part",
            Lang::Fr => "Codes du texte décodé de cette partie base64",
        }
    }
}

/// `base64-part-line`
/// Before the decoded line that holds a code, in a base64 part's hover.
pub(crate) struct Base64PartLine<'a> {
    pub(crate) line: &'a dyn Display,
}

impl Base64PartLine<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("decoded line {line}", line = self.line),
            Lang::Fr => format!("ligne décodée {line}", line = self.line),
        }
    }
}

/// `decoded-codes-lens`
/// Code lens on the header of an encoded part: the codes of its decoded text.
pub(crate) struct DecodedCodesLens<'a> {
    pub(crate) codes: &'a dyn Display,
    pub(crate) count: &'a dyn Display,
}

impl DecodedCodesLens<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{count} code(s) in the decoded text: {codes}", codes = self.codes, count = self.count),
            Lang::Fr => format!("{count} code(s) dans le texte décodé\u{a0}: {codes}", codes = self.codes, count = self.count),
        }
    }
}

/// `part-not-decoded`
/// Information on the header of a part that was not decoded: past the budget of decoded text per document.
pub(crate) struct PartNotDecoded<'a> {
    pub(crate) limit: &'a dyn Display,
    pub(crate) size: &'a dyn Display,
}

impl PartNotDecoded<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("this part ({size} bytes encoded) was not decoded: a document is decoded up to {limit} bytes; codes in it are not read", limit = self.limit, size = self.size),
            Lang::Fr => format!("cette partie ({size} octets encodés) n'est pas décodée\u{a0}: un document est décodé jusqu'à {limit} octets\u{202f}; ses codes ne sont pas lus", limit = self.limit, size = self.size),
        }
    }
}

/// `parts-not-read`
/// Information on the header of the part where reading stopped: too many parts, or nested too deep.
pub(crate) struct PartsNotRead<'a> {
    pub(crate) depth: &'a dyn Display,
    pub(crate) parts: &'a dyn Display,
}

impl PartsNotRead<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("the parts after this one were not read: a document is read up to {parts} parts, {depth} levels deep", depth = self.depth, parts = self.parts),
            Lang::Fr => format!("les parties après celle-ci ne sont pas lues\u{a0}: un document est lu jusqu'à {parts} parties, sur {depth} niveaux", depth = self.depth, parts = self.parts),
        }
    }
}

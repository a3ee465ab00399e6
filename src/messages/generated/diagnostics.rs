//! Generated from `data/messages/diagnostics.toml` by `messages::tests::generated_messages_are_fresh`.
//! Do not edit: change the TOML and run `cargo test`.

#![allow(dead_code)]

use crate::codes::Lang;
use std::fmt::Display;

/// `fix-change-enhanced`
pub(crate) struct FixChangeEnhanced<'a> {
    pub(crate) code: &'a dyn Display,
}

impl FixChangeEnhanced<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Change the enhanced code to {code}", code = self.code),
            Lang::Fr => format!("Remplacer le code étendu par {code}", code = self.code),
        }
    }
}

/// `fix-replace`
pub(crate) struct FixReplace<'a> {
    pub(crate) code: &'a dyn Display,
}

impl FixReplace<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Replace with {code}", code = self.code),
            Lang::Fr => format!("Remplacer par {code}", code = self.code),
        }
    }
}

/// `impossible-reply`
pub(crate) struct ImpossibleReply<'a> {
    pub(crate) code: &'a dyn Display,
}

impl ImpossibleReply<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{code} is not an SMTP reply code: the first digit must be 2 to 5 and the second 0 to 5", code = self.code),
            Lang::Fr => format!("{code} n'est pas un code de réponse SMTP\u{a0}: le premier chiffre va de 2 à 5 et le second de 0 à 5", code = self.code),
        }
    }
}

/// `malformed-enhanced`
pub(crate) struct MalformedEnhanced<'a> {
    pub(crate) nearest: &'a dyn Display,
    pub(crate) reason: &'a dyn Display,
}

impl MalformedEnhanced<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("malformed enhanced status code: {reason} (nearest: {nearest})", nearest = self.nearest, reason = self.reason),
            Lang::Fr => format!("code d'état étendu mal formé\u{a0}: {reason} (les plus proches\u{a0}: {nearest})", nearest = self.nearest, reason = self.reason),
        }
    }
}

/// `unknown-reply`
pub(crate) struct UnknownReply<'a> {
    pub(crate) code: &'a dyn Display,
}

impl UnknownReply<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{code} is not a defined SMTP reply code (no RFC and no known server uses it)", code = self.code),
            Lang::Fr => format!("{code} n'est pas un code de réponse SMTP défini (ni RFC ni serveur connu)", code = self.code),
        }
    }
}

/// `unlisted-pairing`
pub(crate) struct UnlistedPairing<'a> {
    pub(crate) code: &'a dyn Display,
    pub(crate) listed: &'a dyn Display,
    pub(crate) reply: &'a dyn Display,
}

impl UnlistedPairing<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("unusual pairing: neither the IANA registry nor common practice pairs {reply} with {code} (IANA lists {listed})", code = self.code, listed = self.listed, reply = self.reply),
            Lang::Fr => format!("association inhabituelle\u{a0}: ni le registre IANA ni l'usage courant n'associent {reply} à {code} (l'IANA indique {listed})", code = self.code, listed = self.listed, reply = self.reply),
        }
    }
}

/// `unregistered-enhanced`
pub(crate) struct UnregisteredEnhanced<'a> {
    pub(crate) code: &'a dyn Display,
}

impl UnregisteredEnhanced<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{code} is neither in the IANA registry nor a known vendor code", code = self.code),
            Lang::Fr => format!("{code} n'est ni dans le registre IANA ni un code d'éditeur connu", code = self.code),
        }
    }
}

/// `unregistered-enhanced-typo`
pub(crate) struct UnregisteredEnhancedTypo<'a> {
    pub(crate) code: &'a dyn Display,
    pub(crate) nearest: &'a dyn Display,
}

impl UnregisteredEnhancedTypo<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{code} is neither in the IANA registry nor a known vendor code (a typo for {nearest}?)", code = self.code, nearest = self.nearest),
            Lang::Fr => format!("{code} n'est ni dans le registre IANA ni un code d'éditeur connu (faute de frappe pour {nearest}\u{202f}?)", code = self.code, nearest = self.nearest),
        }
    }
}

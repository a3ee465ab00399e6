//! Generated from `data/messages/codes.toml` by `messages::tests::generated_messages_are_fresh`.
//! Do not edit: change the TOML and run `cargo test`.

#![allow(dead_code)]

use crate::codes::Lang;
use std::fmt::Display;

/// `hover-class-digit`
pub(crate) struct HoverClassDigit;

impl HoverClassDigit {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Its class digit",
            Lang::Fr => "Son chiffre de classe",
        }
    }
}

/// `hover-malformed-title`
pub(crate) struct HoverMalformedTitle;

impl HoverMalformedTitle {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Malformed enhanced status code",
            Lang::Fr => "Code d'état étendu mal formé",
        }
    }
}

/// `hover-nearest-registered`
pub(crate) struct HoverNearestRegistered;

impl HoverNearestRegistered {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Nearest registered codes",
            Lang::Fr => "Codes enregistrés les plus proches",
        }
    }
}

/// `malformed-bad-class`
pub(crate) struct MalformedBadClass;

impl MalformedBadClass {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "the class (first number) must be 2 (success), 4 (temporary) or 5 (permanent)",
            Lang::Fr => "la classe (premier nombre) doit être 2 (succès), 4 (temporaire) ou 5 (définitif)",
        }
    }
}

/// `malformed-empty-part`
pub(crate) struct MalformedEmptyPart;

impl MalformedEmptyPart {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "a number is missing between two dots",
            Lang::Fr => "il manque un nombre entre deux points",
        }
    }
}

/// `malformed-extra-part`
pub(crate) struct MalformedExtraPart;

impl MalformedExtraPart {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "an enhanced code has exactly three numbers: class.subject.detail",
            Lang::Fr => "un code étendu a exactement trois nombres\u{a0}: classe.sujet.détail",
        }
    }
}

/// `malformed-leading-zero`
pub(crate) struct MalformedLeadingZero;

impl MalformedLeadingZero {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "numbers in a code are written without leading zeros (RFC 3463)",
            Lang::Fr => "les nombres d'un code s'écrivent sans zéro initial (RFC 3463)",
        }
    }
}

/// `malformed-missing-part`
pub(crate) struct MalformedMissingPart;

impl MalformedMissingPart {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "an enhanced code has three numbers: class.subject.detail",
            Lang::Fr => "un code étendu a trois nombres\u{a0}: classe.sujet.détail",
        }
    }
}

/// `malformed-not-a-digit`
pub(crate) struct MalformedNotADigit;

impl MalformedNotADigit {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "only ASCII digits and dots may appear in a code",
            Lang::Fr => "seuls des chiffres ASCII et des points peuvent figurer dans un code",
        }
    }
}

/// `malformed-too-long`
pub(crate) struct MalformedTooLong;

impl MalformedTooLong {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "subject and detail have at most 3 digits",
            Lang::Fr => "le sujet et le détail ont au plus 3 chiffres",
        }
    }
}

/// `malformed-whitespace`
pub(crate) struct MalformedWhitespace;

impl MalformedWhitespace {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "white space is not allowed inside a code",
            Lang::Fr => "pas d'espace à l'intérieur d'un code",
        }
    }
}

/// `no-code-given`
pub(crate) struct NoCodeGiven;

impl NoCodeGiven {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "no code given",
            Lang::Fr => "aucun code donné",
        }
    }
}

/// `not-a-reply-code`
pub(crate) struct NotAReplyCode;

impl NotAReplyCode {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "not an SMTP reply code: the first digit must be 2 to 5 and the second 0 to 5",
            Lang::Fr => "pas un code de réponse SMTP\u{a0}: le premier chiffre va de 2 à 5 et le second de 0 à 5",
        }
    }
}

/// `query-error`
pub(crate) struct QueryError<'a> {
    pub(crate) reason: &'a dyn Display,
    pub(crate) token: &'a dyn Display,
}

impl QueryError<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{token}: {reason}", reason = self.reason, token = self.token),
            Lang::Fr => format!("{token}\u{a0}: {reason}", reason = self.reason, token = self.token),
        }
    }
}

/// `query-error-nearest`
pub(crate) struct QueryErrorNearest<'a> {
    pub(crate) nearest: &'a dyn Display,
    pub(crate) reason: &'a dyn Display,
    pub(crate) token: &'a dyn Display,
}

impl QueryErrorNearest<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{token}: {reason} (nearest valid codes: {nearest})", nearest = self.nearest, reason = self.reason, token = self.token),
            Lang::Fr => format!("{token}\u{a0}: {reason} (codes valides les plus proches\u{a0}: {nearest})", nearest = self.nearest, reason = self.reason, token = self.token),
        }
    }
}

/// `unknown-code`
pub(crate) struct UnknownCode<'a> {
    pub(crate) code: &'a dyn Display,
}

impl UnknownCode<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{code}: unknown code", code = self.code),
            Lang::Fr => format!("{code}\u{a0}: code inconnu", code = self.code),
        }
    }
}

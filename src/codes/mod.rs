//! The knowledge base: what every SMTP reply code and enhanced status code
//! means, in English and French. Pure data and lookups: no I/O, no LSP.
//!
//! - `registry`: facts copied from the IANA registry and the reply-code list
//!   (generated from `fixtures/reference/*.csv` by a test, committed).
//! - `texts`: our own explanations of every registered code, en + fr.
//! - `vendor`: detail codes that are not registered but common in bounces.
//! - `enhanced`, `reply`: the two code kinds and their strict parsing.
//! - `lookup`: verdicts, titles, sides, pairings and repairs of codes.
//! - `query`: what people paste after `mail-lsp explain`.
//! - `explain`: the one explanation model shared by hover and the CLI.

pub mod enhanced;
pub mod explain;
pub mod lookup;
pub mod query;

#[cfg(test)]
mod data_tests;
pub mod registry;
pub mod reply;
pub mod texts;
pub mod vendor;

pub use enhanced::{EnhancedCode, Malformed};
pub use lookup::EnhancedVerdict;
pub use reply::ReplyCode;

/// The language of the texts shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// Reads a locale tag such as `fr`, `fr-FR`, `fr_CA.UTF-8` or `en-US`.
    /// Anything that does not start with `fr` is English.
    pub fn from_locale(tag: &str) -> Lang {
        let tag = tag.trim();
        if tag
            .get(..2)
            .is_some_and(|head| head.eq_ignore_ascii_case("fr"))
        {
            Lang::Fr
        } else {
            Lang::En
        }
    }
}

/// A text written in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bi {
    pub en: &'static str,
    pub fr: &'static str,
}

impl Bi {
    pub const fn new(en: &'static str, fr: &'static str) -> Bi {
        Bi { en, fr }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

/// Whose side the problem is on: where someone has to act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The person (or program) who sent the message: address, content, credentials.
    Sender,
    /// The recipient's mailbox or account.
    Recipient,
    /// The server that gave the reply: its resources, its policy, its health.
    ReceivingServer,
    /// The server that tried to deliver (the one whose log this usually is).
    SendingServer,
    /// A setting on one of the mail systems (DNS records, routing, TLS, limits).
    Configuration,
    /// The network between the two servers.
    Network,
    /// Nothing is wrong: a success or an informational reply.
    Nobody,
    /// Nothing tells: a code an MTA made up (`X.0.0`) with no reply to read.
    Unknown,
}

impl Side {
    /// Who has to act, in words: `the sender`.
    pub fn label(self, lang: Lang) -> &'static str {
        use crate::messages::codes as m;
        match self {
            Side::Sender => m::SideSender.get(lang),
            Side::Recipient => m::SideRecipient.get(lang),
            Side::ReceivingServer => m::SideReceivingServer.get(lang),
            Side::SendingServer => m::SideSendingServer.get(lang),
            Side::Configuration => m::SideConfiguration.get(lang),
            Side::Network => m::SideNetwork.get(lang),
            Side::Nobody => m::SideNobody.get(lang),
            Side::Unknown => m::SideUnknown.get(lang),
        }
    }
}

/// The class of a code, the first digit: what the sending server does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// 2: done.
    Success,
    /// 3: intermediate reply, the client goes on (reply codes only).
    Intermediate,
    /// 4: temporary failure, the sending server keeps the message and retries.
    Transient,
    /// 5: permanent failure, no retry: the message bounces.
    Permanent,
}

impl Class {
    pub fn from_digit(digit: u8) -> Option<Class> {
        match digit {
            2 => Some(Class::Success),
            3 => Some(Class::Intermediate),
            4 => Some(Class::Transient),
            5 => Some(Class::Permanent),
            _ => None,
        }
    }

    pub fn digit(self) -> u8 {
        match self {
            Class::Success => 2,
            Class::Intermediate => 3,
            Class::Transient => 4,
            Class::Permanent => 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags() {
        assert_eq!(Lang::from_locale("fr"), Lang::Fr);
        assert_eq!(Lang::from_locale("fr-FR"), Lang::Fr);
        assert_eq!(Lang::from_locale("FR_ca.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_locale("en-US"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
        assert_eq!(Lang::from_locale("f"), Lang::En);
        assert_eq!(Lang::from_locale("é"), Lang::En);
        assert_eq!(Lang::from_locale("aé"), Lang::En);
    }
}

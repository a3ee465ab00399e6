//! The knowledge base: what every SMTP reply code and enhanced status code
//! means, in English and French. Pure data and lookups: no I/O, no LSP.
//!
//! - `registry`: facts copied from the IANA registry and the reply-code list
//!   (generated from `fixtures/reference/*.csv` by a test, committed).
//! - `texts`: our own explanations of every registered code, en + fr.
//! - `vendor`: detail codes that are not registered but common in bounces.
//! - `enhanced`, `reply`: parsing and lookup of the two code kinds.
//! - `explain`: the one explanation model shared by hover and the CLI.

pub mod enhanced;
pub mod explain;

#[cfg(test)]
mod data_tests;
pub mod registry;
pub mod reply;
pub mod texts;
pub mod vendor;

pub use enhanced::{EnhancedCode, EnhancedVerdict, Malformed};
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
}

impl Side {
    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            Side::Sender => Bi::new("the sender", "l'expéditeur"),
            Side::Recipient => Bi::new("the recipient", "le destinataire"),
            Side::ReceivingServer => Bi::new("the receiving server", "le serveur destinataire"),
            Side::SendingServer => Bi::new("the sending server", "le serveur expéditeur"),
            Side::Configuration => Bi::new("configuration", "la configuration"),
            Side::Network => Bi::new("the network", "le réseau"),
            Side::Nobody => Bi::new("nobody: nothing is wrong", "personne : tout va bien"),
        };
        text.get(lang)
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

    pub fn label(self, lang: Lang) -> &'static str {
        let text = match self {
            Class::Success => Bi::new("success", "succès"),
            Class::Intermediate => Bi::new("intermediate", "intermédiaire"),
            Class::Transient => Bi::new("temporary failure", "échec temporaire"),
            Class::Permanent => Bi::new("permanent failure", "échec définitif"),
        };
        text.get(lang)
    }

    /// What the sending server does after a reply of this class.
    pub fn retry(self, lang: Lang) -> &'static str {
        let text = match self {
            Class::Success => Bi::new(
                "No retry needed: the step succeeded.",
                "Pas de nouvel essai : l'étape a réussi.",
            ),
            Class::Intermediate => Bi::new(
                "No retry: the server waits for the next part of the dialogue.",
                "Pas de nouvel essai : le serveur attend la suite du dialogue.",
            ),
            Class::Transient => Bi::new(
                "Yes: the sending server keeps the message in its queue and tries again \
                 later, until the queue lifetime runs out (Postfix: `maximal_queue_lifetime`, \
                 5 days by default), then bounces it.",
                "Oui : le serveur expéditeur garde le message en file d'attente et réessaie \
                 plus tard, jusqu'à la fin de sa durée de vie en file (Postfix : \
                 `maximal_queue_lifetime`, 5 jours par défaut), puis le renvoie en erreur.",
            ),
            Class::Permanent => Bi::new(
                "No: the failure is final. The sending server gives up and returns a bounce \
                 (non-delivery report) to the sender.",
                "Non : l'échec est définitif. Le serveur expéditeur abandonne et renvoie un \
                 avis de non-remise à l'expéditeur.",
            ),
        };
        text.get(lang)
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

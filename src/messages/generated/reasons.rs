//! Generated from `data/messages/reasons.toml` by `messages::tests::generated_messages_are_fresh`.
//! Do not edit: change the TOML and run `cargo test`.

#![allow(dead_code)]

use crate::codes::Lang;
use std::fmt::Display;

/// `bounce-hard`
/// A permanent failure of an address that will not become valid.
pub(crate) struct BounceHard;

impl BounceHard {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "hard bounce",
            Lang::Fr => "rebond définitif",
        }
    }
}

/// `bounce-kind-auto-reply`
/// Kind of message: an automatic reply.
pub(crate) struct BounceKindAutoReply;

impl BounceKindAutoReply {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "automatic reply",
            Lang::Fr => "réponse automatique",
        }
    }
}

/// `bounce-kind-bounce`
/// Kind of message: a delivery report.
pub(crate) struct BounceKindBounce;

impl BounceKindBounce {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "bounce",
            Lang::Fr => "rebond",
        }
    }
}

/// `bounce-kind-feedback`
/// Kind of message: a feedback report.
pub(crate) struct BounceKindFeedback;

impl BounceKindFeedback {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "feedback report",
            Lang::Fr => "rapport de retour",
        }
    }
}

/// `bounce-lens-many`
/// Code lens on a bounce's first line: its records, grouped by reason.
pub(crate) struct BounceLensMany<'a> {
    pub(crate) count: &'a dyn Display,
    pub(crate) reasons: &'a dyn Display,
}

impl BounceLensMany<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{count} recipients: {reasons}", count = self.count, reasons = self.reasons),
            Lang::Fr => format!("{count} destinataires\u{a0}: {reasons}", count = self.count, reasons = self.reasons),
        }
    }
}

/// `bounce-lens-one`
/// Code lens on a bounce's first line: its one record.
pub(crate) struct BounceLensOne<'a> {
    pub(crate) bounce: &'a dyn Display,
    pub(crate) reason: &'a dyn Display,
}

impl BounceLensOne<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("1 recipient: {reason}, {bounce}", bounce = self.bounce, reason = self.reason),
            Lang::Fr => format!("1 destinataire\u{a0}: {reason}, {bounce}", bounce = self.bounce, reason = self.reason),
        }
    }
}

/// `bounce-lens-one-plain`
/// Code lens on an auto-reply or feedback report with one record.
pub(crate) struct BounceLensOnePlain<'a> {
    pub(crate) reason: &'a dyn Display,
}

impl BounceLensOnePlain<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("1 recipient: {reason}", reason = self.reason),
            Lang::Fr => format!("1 destinataire\u{a0}: {reason}", reason = self.reason),
        }
    }
}

/// `bounce-not-a-bounce`
/// A file that holds no bounce, auto-reply or feedback report.
pub(crate) struct BounceNotABounce<'a> {
    pub(crate) path: &'a dyn Display,
}

impl BounceNotABounce<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{path}: not a bounce, an automatic reply or a feedback report", path = self.path),
            Lang::Fr => format!("{path}\u{a0}: ni un rebond, ni une réponse automatique, ni un rapport de retour", path = self.path),
        }
    }
}

/// `bounce-one-recipient`
/// The header of one decoded message with one record.
pub(crate) struct BounceOneRecipient<'a> {
    pub(crate) kind: &'a dyn Display,
    pub(crate) path: &'a dyn Display,
}

impl BounceOneRecipient<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{path}: {kind}, 1 recipient", kind = self.kind, path = self.path),
            Lang::Fr => format!("{path}\u{a0}: {kind}, 1 destinataire", kind = self.kind, path = self.path),
        }
    }
}

/// `bounce-recipients`
/// The header of one decoded message with several records.
pub(crate) struct BounceRecipients<'a> {
    pub(crate) count: &'a dyn Display,
    pub(crate) kind: &'a dyn Display,
    pub(crate) path: &'a dyn Display,
}

impl BounceRecipients<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{path}: {kind}, {count} recipients", count = self.count, kind = self.kind, path = self.path),
            Lang::Fr => format!("{path}\u{a0}: {kind}, {count} destinataires", count = self.count, kind = self.kind, path = self.path),
        }
    }
}

/// `bounce-soft`
/// A failure that may go away.
pub(crate) struct BounceSoft;

impl BounceSoft {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "soft bounce",
            Lang::Fr => "rebond temporaire",
        }
    }
}

/// `bounce-status-derived`
/// After a status the bounce did not carry: it comes from the reason.
pub(crate) struct BounceStatusDerived;

impl BounceStatusDerived {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "derived from the reason",
            Lang::Fr => "déduit de la raison",
        }
    }
}

/// `label-blocklist`
/// Label before the DNS blocklist a reply names.
pub(crate) struct LabelBlocklist;

impl LabelBlocklist {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Blocklist",
            Lang::Fr => "Liste de blocage",
        }
    }
}

/// `label-diagnostic`
/// Label before the server's reply text.
pub(crate) struct LabelDiagnostic;

impl LabelDiagnostic {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Diagnostic",
            Lang::Fr => "Diagnostic",
        }
    }
}

/// `label-feedback-type`
/// Label before an ARF feedback type.
pub(crate) struct LabelFeedbackType;

impl LabelFeedbackType {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Feedback type",
            Lang::Fr => "Type de retour",
        }
    }
}

/// `label-in-reply-to`
/// Label before the SMTP command a reply answered.
pub(crate) struct LabelInReplyTo;

impl LabelInReplyTo {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "In reply to",
            Lang::Fr => "En réponse à",
        }
    }
}

/// `label-lookup`
/// A link to a blocklist's lookup page.
pub(crate) struct LabelLookup;

impl LabelLookup {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "lookup",
            Lang::Fr => "vérifier",
        }
    }
}

/// `label-original-message`
/// Label before the returned message's headers.
pub(crate) struct LabelOriginalMessage;

impl LabelOriginalMessage {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Original message",
            Lang::Fr => "Message d'origine",
        }
    }
}

/// `label-postfix-rule`
/// Label before the Postfix rule that wrote a reject text.
pub(crate) struct LabelPostfixRule;

impl LabelPostfixRule {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Postfix rule",
            Lang::Fr => "Règle Postfix",
        }
    }
}

/// `label-postfix-rule-remote`
/// Label before the Postfix rule a remote server's reply quotes.
pub(crate) struct LabelPostfixRuleRemote;

impl LabelPostfixRuleRemote {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Postfix rule at the receiving server",
            Lang::Fr => "Règle Postfix du serveur destinataire",
        }
    }
}

/// `label-reason`
/// Label before a reason.
pub(crate) struct LabelReason;

impl LabelReason {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Reason",
            Lang::Fr => "Raison",
        }
    }
}

/// `label-remote-server`
/// Label before the server that gave the reply.
pub(crate) struct LabelRemoteServer;

impl LabelRemoteServer {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Remote server",
            Lang::Fr => "Serveur distant",
        }
    }
}

/// `origin-code`
/// The parameter that sets the reply code.
pub(crate) struct OriginCode<'a> {
    pub(crate) link: &'a dyn Display,
    pub(crate) written: &'a dyn Display,
}

impl OriginCode<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{link}: `{written}` sets the reply code", link = self.link, written = self.written),
            Lang::Fr => format!("{link}\u{a0}: `{written}` fixe le code de réponse", link = self.link, written = self.written),
        }
    }
}

/// `origin-default`
/// A parameter the configuration does not set: Postfix's default applies.
pub(crate) struct OriginDefault<'a> {
    pub(crate) setting: &'a dyn Display,
    pub(crate) value: &'a dyn Display,
}

impl OriginDefault<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{setting} is not set: Postfix's default applies (`{value}`)", setting = self.setting, value = self.value),
            Lang::Fr => format!("{setting} n'est pas défini\u{a0}: la valeur par défaut de Postfix s'applique (`{value}`)", setting = self.setting, value = self.value),
        }
    }
}

/// `origin-entry`
/// A map entry that matched, and the restriction that looks the map up.
pub(crate) struct OriginEntry<'a> {
    pub(crate) link: &'a dyn Display,
    pub(crate) restriction: &'a dyn Display,
    pub(crate) written: &'a dyn Display,
}

impl OriginEntry<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{link}: `{written}`, the entry {restriction} found", link = self.link, restriction = self.restriction, written = self.written),
            Lang::Fr => format!("{link}\u{a0}: `{written}`, l'entrée que {restriction} a trouvée", link = self.link, restriction = self.restriction, written = self.written),
        }
    }
}

/// `origin-parameter`
/// The parameter behind a limit or a feature.
pub(crate) struct OriginParameter<'a> {
    pub(crate) link: &'a dyn Display,
    pub(crate) written: &'a dyn Display,
}

impl OriginParameter<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{link}: `{written}`", link = self.link, written = self.written),
            Lang::Fr => format!("{link}\u{a0}: `{written}`", link = self.link, written = self.written),
        }
    }
}

/// `origin-pattern`
/// A header_checks or body_checks pattern that matched.
pub(crate) struct OriginPattern<'a> {
    pub(crate) link: &'a dyn Display,
    pub(crate) setting: &'a dyn Display,
    pub(crate) written: &'a dyn Display,
}

impl OriginPattern<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{link}: `{written}`, the {setting} pattern that matched", link = self.link, setting = self.setting, written = self.written),
            Lang::Fr => format!("{link}\u{a0}: `{written}`, le motif de {setting} qui correspond", link = self.link, setting = self.setting, written = self.written),
        }
    }
}

/// `origin-restriction`
/// A restriction in a parameter's list.
pub(crate) struct OriginRestriction<'a> {
    pub(crate) link: &'a dyn Display,
    pub(crate) setting: &'a dyn Display,
    pub(crate) written: &'a dyn Display,
}

impl OriginRestriction<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{link}: `{written}` in {setting}", link = self.link, setting = self.setting, written = self.written),
            Lang::Fr => format!("{link}\u{a0}: `{written}` dans {setting}", link = self.link, setting = self.setting, written = self.written),
        }
    }
}

/// `origin-service`
/// After a setting made in master.cf for one service.
pub(crate) struct OriginService<'a> {
    pub(crate) service: &'a dyn Display,
    pub(crate) text: &'a dyn Display,
}

impl OriginService<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{text} (master.cf service {service})", service = self.service, text = self.text),
            Lang::Fr => format!("{text} (service {service} de master.cf)", service = self.service, text = self.text),
        }
    }
}

/// `origin-title`
/// Heading of the configuration lines behind a logged Postfix decision.
pub(crate) struct OriginTitle;

impl OriginTitle {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "In this configuration",
            Lang::Fr => "Dans cette configuration",
        }
    }
}

/// `postfix-code-fixed`
/// A Postfix reject whose code no parameter sets.
pub(crate) struct PostfixCodeFixed<'a> {
    pub(crate) default: &'a dyn Display,
}

impl PostfixCodeFixed<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("code {default}", default = self.default),
            Lang::Fr => format!("code {default}", default = self.default),
        }
    }
}

/// `postfix-code-parameter`
/// The parameter that sets a Postfix reject's code, and its default.
pub(crate) struct PostfixCodeParameter<'a> {
    pub(crate) default: &'a dyn Display,
    pub(crate) parameter: &'a dyn Display,
}

impl PostfixCodeParameter<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("code set by {parameter} (default {default})", default = self.default, parameter = self.parameter),
            Lang::Fr => format!("code fixé par {parameter} (par défaut {default})", default = self.default, parameter = self.parameter),
        }
    }
}

/// `reason-disagreement`
/// The text names another cause than the code.
pub(crate) struct ReasonDisagreement<'a> {
    pub(crate) code_title: &'a dyn Display,
}

impl ReasonDisagreement<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("the text and the code disagree: the code says {code_title}", code_title = self.code_title),
            Lang::Fr => format!("le texte et le code ne concordent pas\u{a0}: le code dit {code_title}", code_title = self.code_title),
        }
    }
}

/// `reason-from-code`
/// A reason given by the enhanced code alone.
pub(crate) struct ReasonFromCode<'a> {
    pub(crate) title: &'a dyn Display,
}

impl ReasonFromCode<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{title}, from the code", title = self.title),
            Lang::Fr => format!("{title}, d'après le code", title = self.title),
        }
    }
}

/// `reason-from-text`
/// A reason read in the reply's text.
pub(crate) struct ReasonFromText<'a> {
    pub(crate) phrase: &'a dyn Display,
    pub(crate) title: &'a dyn Display,
}

impl ReasonFromText<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{title}, from the text *{phrase}*", phrase = self.phrase, title = self.title),
            Lang::Fr => format!("{title}, d'après le texte «\u{a0}{phrase}\u{a0}»", phrase = self.phrase, title = self.title),
        }
    }
}

//! Generated from `data/messages/codes.toml` by `messages::tests::generated_messages_are_fresh`.
//! Do not edit: change the TOML and run `cargo test`.

#![allow(dead_code)]

use crate::codes::Lang;
use std::fmt::Display;

/// `any-reply`
pub(crate) struct AnyReply;

impl AnyReply {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "any",
            Lang::Fr => "tous",
        }
    }
}

/// `both-readings`
pub(crate) struct BothReadings<'a> {
    pub(crate) class: &'a dyn Display,
    pub(crate) code: &'a dyn Display,
}

impl BothReadings<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{code} as {class}.x.x", class = self.class, code = self.code),
            Lang::Fr => format!("{code} en {class}.x.x", class = self.class, code = self.code),
        }
    }
}

/// `category-connection`
pub(crate) struct CategoryConnection;

impl CategoryConnection {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "connection",
            Lang::Fr => "connexion",
        }
    }
}

/// `category-information`
pub(crate) struct CategoryInformation;

impl CategoryInformation {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "information",
            Lang::Fr => "informations",
        }
    }
}

/// `category-mail-system`
pub(crate) struct CategoryMailSystem;

impl CategoryMailSystem {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "mail system",
            Lang::Fr => "système de messagerie",
        }
    }
}

/// `category-syntax`
pub(crate) struct CategorySyntax;

impl CategorySyntax {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "syntax",
            Lang::Fr => "syntaxe",
        }
    }
}

/// `category-unspecified`
pub(crate) struct CategoryUnspecified;

impl CategoryUnspecified {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "unspecified",
            Lang::Fr => "non spécifiée",
        }
    }
}

/// `class-intermediate`
pub(crate) struct ClassIntermediate;

impl ClassIntermediate {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "intermediate",
            Lang::Fr => "intermédiaire",
        }
    }
}

/// `class-mismatch`
pub(crate) struct ClassMismatch<'a> {
    pub(crate) class: &'a dyn Display,
    pub(crate) code: &'a dyn Display,
    pub(crate) reply: &'a dyn Display,
    pub(crate) reply_class: &'a dyn Display,
}

impl ClassMismatch<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Class mismatch: reply {reply} is class {reply_class} but the enhanced code {code} is class {class}. RFC 3463 requires both to agree and the reply code decides (RFC 5321, section 4.2); Postfix discards such an enhanced code and logs {reply_class}.0.0.", class = self.class, code = self.code, reply = self.reply, reply_class = self.reply_class),
            Lang::Fr => format!("Classes incohérentes\u{a0}: la réponse {reply} est de classe {reply_class} mais le code étendu {code} de classe {class}. La RFC 3463 exige qu'elles concordent et c'est le code de réponse qui décide (RFC 5321, section 4.2)\u{202f}; Postfix écarte un tel code étendu et journalise {reply_class}.0.0.", class = self.class, code = self.code, reply = self.reply, reply_class = self.reply_class),
        }
    }
}

/// `class-permanent`
pub(crate) struct ClassPermanent;

impl ClassPermanent {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "permanent failure",
            Lang::Fr => "échec définitif",
        }
    }
}

/// `class-success`
pub(crate) struct ClassSuccess;

impl ClassSuccess {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "success",
            Lang::Fr => "succès",
        }
    }
}

/// `class-transient`
pub(crate) struct ClassTransient;

impl ClassTransient {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "temporary failure",
            Lang::Fr => "échec temporaire",
        }
    }
}

/// `class-unregistered`
pub(crate) struct ClassUnregistered;

impl ClassUnregistered {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "not a class: 2, 4 or 5",
            Lang::Fr => "pas une classe\u{a0}: 2, 4 ou 5",
        }
    }
}

/// `detail-unregistered`
pub(crate) struct DetailUnregistered;

impl DetailUnregistered {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "not in the IANA registry",
            Lang::Fr => "absent du registre IANA",
        }
    }
}

/// `enhanced-alone`
/// Labels the reading of an enhanced code whose class the reply code contradicts (`550 4.1.1`): what the enhanced code alone would mean.
pub(crate) struct EnhancedAlone<'a> {
    pub(crate) code: &'a dyn Display,
}

impl EnhancedAlone<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("What {code} alone would mean", code = self.code),
            Lang::Fr => format!("Ce que signifierait {code} seul", code = self.code),
        }
    }
}

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

/// `item`
pub(crate) struct Item<'a> {
    pub(crate) label: &'a dyn Display,
    pub(crate) value: &'a dyn Display,
}

impl Item<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("**{label}**: {value}", label = self.label, value = self.value),
            Lang::Fr => format!("**{label}**\u{a0}: {value}", label = self.label, value = self.value),
        }
    }
}

/// `label-also-used`
pub(crate) struct LabelAlsoUsed;

impl LabelAlsoUsed {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Also used, non-standard, as:",
            Lang::Fr => "Autre usage, non standard\u{a0}:",
        }
    }
}

/// `label-category`
pub(crate) struct LabelCategory;

impl LabelCategory {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Category",
            Lang::Fr => "Catégorie",
        }
    }
}

/// `label-class`
pub(crate) struct LabelClass;

impl LabelClass {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Class",
            Lang::Fr => "Classe",
        }
    }
}

/// `label-detail`
pub(crate) struct LabelDetail;

impl LabelDetail {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Detail",
            Lang::Fr => "Détail",
        }
    }
}

/// `label-do`
pub(crate) struct LabelDo;

impl LabelDo {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Do",
            Lang::Fr => "À faire",
        }
    }
}

/// `label-reason`
pub(crate) struct LabelReason;

impl LabelReason {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Reason",
            Lang::Fr => "Raison",
        }
    }
}

/// `label-reference`
pub(crate) struct LabelReference;

impl LabelReference {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Reference",
            Lang::Fr => "Référence",
        }
    }
}

/// `label-reply-code`
pub(crate) struct LabelReplyCode;

impl LabelReplyCode {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Reply code",
            Lang::Fr => "Code de réponse",
        }
    }
}

/// `label-side`
pub(crate) struct LabelSide;

impl LabelSide {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Whose side",
            Lang::Fr => "De quel côté",
        }
    }
}

/// `label-subject`
pub(crate) struct LabelSubject;

impl LabelSubject {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Subject",
            Lang::Fr => "Sujet",
        }
    }
}

/// `label-usual-enhanced`
pub(crate) struct LabelUsualEnhanced;

impl LabelUsualEnhanced {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Enhanced codes sent with it, most used first",
            Lang::Fr => "Codes étendus envoyés avec, les plus courants d'abord",
        }
    }
}

/// `label-usual-replies`
pub(crate) struct LabelUsualReplies;

impl LabelUsualReplies {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Usual reply codes",
            Lang::Fr => "Codes de réponse usuels",
        }
    }
}

/// `label-vendor`
pub(crate) struct LabelVendor;

impl LabelVendor {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Vendor",
            Lang::Fr => "Éditeur",
        }
    }
}

/// `label-what-to-do`
pub(crate) struct LabelWhatToDo;

impl LabelWhatToDo {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "What to do",
            Lang::Fr => "Que faire",
        }
    }
}

/// `made-up-code`
pub(crate) struct MadeUpCode<'a> {
    pub(crate) class: &'a dyn Display,
}

impl MadeUpCode<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Your MTA may have made this code up (Postfix logs {class}.0.0 for a bare reply code, or one of another class): read the reply code and the text.", class = self.class),
            Lang::Fr => format!("Votre MTA a peut-être fabriqué ce code (Postfix journalise {class}.0.0 pour un simple code de réponse, ou un code d'une autre classe)\u{a0}: lisez le code de réponse et le texte.", class = self.class),
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

/// `reply-three-digits`
pub(crate) struct ReplyThreeDigits;

impl ReplyThreeDigits {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "a reply code is exactly three ASCII digits, 2 to 5 first",
            Lang::Fr => "un code de réponse compte exactement trois chiffres ASCII, de 2 à 5 pour le premier",
        }
    }
}

/// `retry-intermediate`
pub(crate) struct RetryIntermediate;

impl RetryIntermediate {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "nothing to retry, the client sends the next part of the dialogue.",
            Lang::Fr => "rien à réessayer, le client envoie la suite du dialogue.",
        }
    }
}

/// `retry-permanent`
pub(crate) struct RetryPermanent;

impl RetryPermanent {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "not retried, the sending server gives up and returns the message to the sender with a non-delivery report.",
            Lang::Fr => "pas de nouvel essai, le serveur expéditeur abandonne et retourne le message à l'expéditeur avec un avis de non-remise.",
        }
    }
}

/// `retry-short-intermediate`
pub(crate) struct RetryShortIntermediate;

impl RetryShortIntermediate {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "the dialogue goes on",
            Lang::Fr => "le dialogue continue",
        }
    }
}

/// `retry-short-permanent`
pub(crate) struct RetryShortPermanent;

impl RetryShortPermanent {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "not retried, the sender gets a non-delivery report",
            Lang::Fr => "pas de nouvel essai, l'expéditeur reçoit un avis de non-remise",
        }
    }
}

/// `retry-short-success`
pub(crate) struct RetryShortSuccess;

impl RetryShortSuccess {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "nobody has to act",
            Lang::Fr => "personne n'a à agir",
        }
    }
}

/// `retry-short-transient`
pub(crate) struct RetryShortTransient;

impl RetryShortTransient {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "retried, the message stays queued (up to 5 days by default)",
            Lang::Fr => "nouvel essai, le message reste en file d'attente (jusqu'à 5 jours par défaut)",
        }
    }
}

/// `retry-transient`
pub(crate) struct RetryTransient;

impl RetryTransient {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "retried, the sending server keeps the message in its queue and tries again until the queue lifetime runs out (Postfix: `maximal_queue_lifetime`, 5 days by default), then returns it to the sender with a non-delivery report.",
            Lang::Fr => "nouvel essai, le serveur expéditeur garde le message en file d'attente et réessaie jusqu'à la fin de sa durée de vie en file (Postfix\u{a0}: `maximal_queue_lifetime`, 5 jours par défaut), puis le retourne à l'expéditeur avec un avis de non-remise.",
        }
    }
}

/// `side-configuration`
pub(crate) struct SideConfiguration;

impl SideConfiguration {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "configuration (DNS, routing, TLS, limits)",
            Lang::Fr => "la configuration (DNS, routage, TLS, limites)",
        }
    }
}

/// `side-network`
pub(crate) struct SideNetwork;

impl SideNetwork {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "the network",
            Lang::Fr => "le réseau",
        }
    }
}

/// `side-nobody`
pub(crate) struct SideNobody;

impl SideNobody {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "nobody: nothing is wrong",
            Lang::Fr => "personne\u{a0}: tout va bien",
        }
    }
}

/// `side-receiving-server`
pub(crate) struct SideReceivingServer;

impl SideReceivingServer {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "the receiving server",
            Lang::Fr => "le serveur destinataire",
        }
    }
}

/// `side-recipient`
pub(crate) struct SideRecipient;

impl SideRecipient {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "the recipient",
            Lang::Fr => "le destinataire",
        }
    }
}

/// `side-sender`
pub(crate) struct SideSender;

impl SideSender {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "the sender",
            Lang::Fr => "l'expéditeur",
        }
    }
}

/// `side-sending-server`
pub(crate) struct SideSendingServer;

impl SideSendingServer {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "the sending server",
            Lang::Fr => "le serveur expéditeur",
        }
    }
}

/// `side-unknown`
pub(crate) struct SideUnknown;

impl SideUnknown {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "unknown: read the reply code and its text",
            Lang::Fr => "inconnu\u{a0}: lisez le code de réponse et son texte",
        }
    }
}

/// `subject-unregistered`
pub(crate) struct SubjectUnregistered;

impl SubjectUnregistered {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "not a registered subject (0 to 7)",
            Lang::Fr => "sujet non enregistré (0 à 7)",
        }
    }
}

/// `title-unknown-reply`
pub(crate) struct TitleUnknownReply;

impl TitleUnknownReply {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Unknown reply code",
            Lang::Fr => "Code de réponse inconnu",
        }
    }
}

/// `title-unregistered-enhanced`
pub(crate) struct TitleUnregisteredEnhanced;

impl TitleUnregisteredEnhanced {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Unregistered enhanced code",
            Lang::Fr => "Code étendu non enregistré",
        }
    }
}

/// `title-unregistered-subject`
pub(crate) struct TitleUnregisteredSubject;

impl TitleUnregisteredSubject {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Unregistered subject",
            Lang::Fr => "Sujet non enregistré",
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

/// `unsupported-lang`
/// `--lang` names a language the texts are not written in.
pub(crate) struct UnsupportedLang<'a> {
    pub(crate) lang: &'a dyn Display,
}

impl UnsupportedLang<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("--lang {lang}: not a supported language (en, fr); using English", lang = self.lang),
            Lang::Fr => format!("--lang {lang}\u{a0}: langue non prise en charge (en, fr)\u{202f}; textes en anglais", lang = self.lang),
        }
    }
}

/// `verdict-success`
/// The verdict line of a success: what succeeded, in a few words (`the recipient address was accepted`).
pub(crate) struct VerdictSuccess<'a> {
    pub(crate) what: &'a dyn Display,
}

impl VerdictSuccess<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{what}; nobody has to act", what = self.what),
            Lang::Fr => format!("{what}\u{202f}; personne n'a à agir", what = self.what),
        }
    }
}

/// `warn-impossible-reply`
pub(crate) struct WarnImpossibleReply;

impl WarnImpossibleReply {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "This is not a valid SMTP reply code: the first digit must be 2 to 5 and the second 0 to 5 (RFC 5321, section 4.2).",
            Lang::Fr => "Ce n'est pas un code de réponse SMTP valide\u{a0}: le premier chiffre va de 2 à 5 et le second de 0 à 5 (RFC 5321, section 4.2).",
        }
    }
}

/// `warn-non-standard-reply`
pub(crate) struct WarnNonStandardReply;

impl WarnNonStandardReply {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Non-standard: no RFC defines this reply code.",
            Lang::Fr => "Non standard\u{a0}: aucune RFC ne définit ce code de réponse.",
        }
    }
}

/// `warn-reply-invalid`
pub(crate) struct WarnReplyInvalid;

impl WarnReplyInvalid {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "The reply code is not a valid SMTP reply code.",
            Lang::Fr => "Le code de réponse n'est pas un code SMTP valide.",
        }
    }
}

/// `warn-unknown-reply`
pub(crate) struct WarnUnknownReply;

impl WarnUnknownReply {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "No RFC defines this reply code and it is not a known non-standard one; only its digits tell something.",
            Lang::Fr => "Aucune RFC ne définit ce code et il ne fait pas partie des codes non standard connus\u{202f}; seuls ses chiffres renseignent.",
        }
    }
}

/// `warn-unlisted-pairing`
pub(crate) struct WarnUnlistedPairing<'a> {
    pub(crate) code: &'a dyn Display,
    pub(crate) listed: &'a dyn Display,
    pub(crate) reply: &'a dyn Display,
}

impl WarnUnlistedPairing<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Unusual pairing: neither the IANA registry nor common practice pairs {reply} with {code} (IANA lists {listed}).", code = self.code, listed = self.listed, reply = self.reply),
            Lang::Fr => format!("Association inhabituelle\u{a0}: ni le registre IANA ni l'usage courant n'associent {reply} à {code} (l'IANA indique {listed}).", code = self.code, listed = self.listed, reply = self.reply),
        }
    }
}

/// `warn-unregistered`
pub(crate) struct WarnUnregistered;

impl WarnUnregistered {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Neither in the IANA registry nor a known vendor code: read the text that comes with it.",
            Lang::Fr => "Ni dans le registre IANA ni parmi les codes d'éditeurs connus\u{a0}: lisez le texte qui l'accompagne.",
        }
    }
}

/// `warn-unregistered-typo`
pub(crate) struct WarnUnregisteredTypo<'a> {
    pub(crate) codes: &'a dyn Display,
}

impl WarnUnregisteredTypo<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Neither in the IANA registry nor a known vendor code; it may be a typo for {codes}.", codes = self.codes),
            Lang::Fr => format!("Ni dans le registre IANA ni parmi les codes d'éditeurs connus\u{202f}; peut-être une faute de frappe pour {codes}.", codes = self.codes),
        }
    }
}

/// `warn-vendor-code`
pub(crate) struct WarnVendorCode<'a> {
    pub(crate) vendor: &'a dyn Display,
}

impl WarnVendorCode<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Not in the IANA registry: a code of {vendor}, documented by it.", vendor = self.vendor),
            Lang::Fr => format!("Absent du registre IANA\u{a0}: code propre à {vendor}, documenté par l'éditeur.", vendor = self.vendor),
        }
    }
}

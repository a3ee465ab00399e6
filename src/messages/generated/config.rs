//! Generated from `data/messages/config.toml` by `messages::tests::generated_messages_are_fresh`.
//! Do not edit: change the TOML and run `cargo test`.

#![allow(dead_code)]

use crate::codes::Lang;
use std::fmt::Display;

/// `access-code-class`
pub(crate) struct AccessCodeClass<'a> {
    pub(crate) reply: &'a dyn Display,
}

impl AccessCodeClass<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("an access action code must be 4NN or 5NN, not {reply}", reply = self.reply),
            Lang::Fr => format!("le code d'une action d'accès doit être 4NN ou 5NN, pas {reply}", reply = self.reply),
        }
    }
}

/// `action-enhanced-class`
pub(crate) struct ActionEnhancedClass<'a> {
    pub(crate) class: &'a dyn Display,
    pub(crate) code: &'a dyn Display,
    pub(crate) context: &'a dyn Display,
    pub(crate) fixed: &'a dyn Display,
}

impl ActionEnhancedClass<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{context} sends a {class}XX reply: the enhanced code must be {class}.x.x, not {code} (Postfix would silently rewrite it to {fixed})", class = self.class, code = self.code, context = self.context, fixed = self.fixed),
            Lang::Fr => format!("{context} envoie une réponse {class}XX\u{a0}: le code étendu doit être {class}.x.x, pas {code} (Postfix le réécrirait en {fixed} sans prévenir)", class = self.class, code = self.code, context = self.context, fixed = self.fixed),
        }
    }
}

/// `action-takes-class`
pub(crate) struct ActionTakesClass<'a> {
    pub(crate) class: &'a dyn Display,
    pub(crate) context: &'a dyn Display,
    pub(crate) reply: &'a dyn Display,
}

impl ActionTakesClass<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{context} takes a {class}XX reply code, not {reply}", class = self.class, context = self.context, reply = self.reply),
            Lang::Fr => format!("{context} attend un code de réponse {class}XX, pas {reply}", class = self.class, context = self.context, reply = self.reply),
        }
    }
}

/// `action-takes-class-exim`
pub(crate) struct ActionTakesClassExim<'a> {
    pub(crate) class: &'a dyn Display,
    pub(crate) context: &'a dyn Display,
    pub(crate) reply: &'a dyn Display,
}

impl ActionTakesClassExim<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{context} answers with a {class}XX code, not {reply}: Exim logs a panic and sends its own {class}XX code instead", class = self.class, context = self.context, reply = self.reply),
            Lang::Fr => format!("{context} répond par un code {class}XX, pas {reply}\u{a0}: Exim journalise une erreur grave (panic) et envoie son propre code {class}XX à la place", class = self.class, context = self.context, reply = self.reply),
        }
    }
}

/// `bad-version-comment`
pub(crate) struct BadVersionComment<'a> {
    pub(crate) value: &'a dyn Display,
}

impl BadVersionComment<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{value} is not a Postfix version: write for instance `# mail-lsp: postfix=3.7`", value = self.value),
            Lang::Fr => format!("{value} n'est pas une version de Postfix\u{a0}: écrivez par exemple `# mail-lsp: postfix=3.7`", value = self.value),
        }
    }
}

/// `binary-file`
pub(crate) struct BinaryFile;

impl BinaryFile {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "binary file (NUL bytes): not a text configuration, not analysed",
            Lang::Fr => "fichier binaire (octets NUL)\u{a0}: pas une configuration texte, non analysé",
        }
    }
}

/// `class-mismatch-config`
/// A code written in a configuration whose reply and enhanced classes differ; the MTA sends it as written.
pub(crate) struct ClassMismatchConfig<'a> {
    pub(crate) class: &'a dyn Display,
    pub(crate) code: &'a dyn Display,
    pub(crate) reply: &'a dyn Display,
    pub(crate) reply_class: &'a dyn Display,
}

impl ClassMismatchConfig<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Class mismatch: reply {reply} is class {reply_class} but the enhanced code {code} is class {class}; RFC 3463 requires both to agree", class = self.class, code = self.code, reply = self.reply, reply_class = self.reply_class),
            Lang::Fr => format!("Classes incohérentes\u{a0}: la réponse {reply} est de classe {reply_class} mais le code étendu {code} de classe {class}\u{202f}; la RFC 3463 exige qu'elles concordent", class = self.class, code = self.code, reply = self.reply, reply_class = self.reply_class),
        }
    }
}

/// `class-mismatch-postfix-rewrites`
pub(crate) struct ClassMismatchPostfixRewrites;

impl ClassMismatchPostfixRewrites {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => " (Postfix rewrites the enhanced class to match)",
            Lang::Fr => " (Postfix réécrit la classe du code étendu pour qu'elle concorde)",
        }
    }
}

/// `code-parameter-class`
pub(crate) struct CodeParameterClass<'a> {
    pub(crate) allowed: &'a dyn Display,
    pub(crate) code: &'a dyn Display,
    pub(crate) name: &'a dyn Display,
}

impl CodeParameterClass<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} must be {allowed}, not {code}", allowed = self.allowed, code = self.code, name = self.name),
            Lang::Fr => format!("{name} doit être {allowed}, pas {code}", allowed = self.allowed, code = self.code, name = self.name),
        }
    }
}

/// `code-parameter-not-a-code`
pub(crate) struct CodeParameterNotACode<'a> {
    pub(crate) name: &'a dyn Display,
}

impl CodeParameterNotACode<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} takes a three-digit SMTP reply code", name = self.name),
            Lang::Fr => format!("{name} attend un code de réponse SMTP à trois chiffres", name = self.name),
        }
    }
}

/// `compatibility-level-too-new`
pub(crate) struct CompatibilityLevelTooNew<'a> {
    pub(crate) level: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl CompatibilityLevelTooNew<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("compatibility_level {level} is newer than Postfix {version}, the version this configuration is for", level = self.level, version = self.version),
            Lang::Fr => format!("compatibility_level {level} est plus récent que Postfix {version}, la version visée par cette configuration", level = self.level, version = self.version),
        }
    }
}

/// `deprecated-parameter`
pub(crate) struct DeprecatedParameter<'a> {
    pub(crate) name: &'a dyn Display,
    pub(crate) replacement: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl DeprecatedParameter<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} is deprecated: Postfix {version} and later log a warning for it; use {replacement} instead", name = self.name, replacement = self.replacement, version = self.version),
            Lang::Fr => format!("{name} est déprécié\u{a0}: Postfix {version} et suivants le signalent dans le journal\u{202f}; utilisez {replacement} à la place", name = self.name, replacement = self.replacement, version = self.version),
        }
    }
}

/// `deprecated-parameter-drop`
pub(crate) struct DeprecatedParameterDrop<'a> {
    pub(crate) name: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl DeprecatedParameterDrop<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} is deprecated: Postfix {version} and later log a warning for it; leave it out (its default is right)", name = self.name, version = self.version),
            Lang::Fr => format!("{name} est déprécié\u{a0}: Postfix {version} et suivants le signalent dans le journal\u{202f}; retirez-le (sa valeur par défaut convient)", name = self.name, version = self.version),
        }
    }
}

/// `deprecated-restriction`
pub(crate) struct DeprecatedRestriction<'a> {
    pub(crate) name: &'a dyn Display,
    pub(crate) replacement: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl DeprecatedRestriction<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} is deprecated: Postfix {version} and later log a warning for it; use {replacement} instead", name = self.name, replacement = self.replacement, version = self.version),
            Lang::Fr => format!("{name} est déprécié\u{a0}: Postfix {version} et suivants le signalent dans le journal\u{202f}; utilisez {replacement} à la place", name = self.name, replacement = self.replacement, version = self.version),
        }
    }
}

/// `did-you-mean`
/// Appended to a message when a close known name exists.
pub(crate) struct DidYouMean<'a> {
    pub(crate) name: &'a dyn Display,
}

impl DidYouMean<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!(" (did you mean {name}?)", name = self.name),
            Lang::Fr => format!(" (vouliez-vous dire {name}\u{202f}?)", name = self.name),
        }
    }
}

/// `duplicate-parameter`
pub(crate) struct DuplicateParameter<'a> {
    pub(crate) line: &'a dyn Display,
    pub(crate) name: &'a dyn Display,
}

impl DuplicateParameter<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} is set again on line {line}: this value is ignored", line = self.line, name = self.name),
            Lang::Fr => format!("{name} est redéfini ligne {line}\u{a0}: cette valeur est ignorée", line = self.line, name = self.name),
        }
    }
}

/// `duplicate-parameter-same-value`
pub(crate) struct DuplicateParameterSameValue<'a> {
    pub(crate) line: &'a dyn Display,
    pub(crate) name: &'a dyn Display,
}

impl DuplicateParameterSameValue<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} is set again on line {line}, to the same value: this line can go", line = self.line, name = self.name),
            Lang::Fr => format!("{name} est redéfini ligne {line}, avec la même valeur\u{a0}: cette ligne peut partir", line = self.line, name = self.name),
        }
    }
}

/// `fix-enhanced-class`
/// Quick-fix title.
pub(crate) struct FixEnhancedClass<'a> {
    pub(crate) code: &'a dyn Display,
}

impl FixEnhancedClass<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Change the enhanced code to {code}", code = self.code),
            Lang::Fr => format!("Remplacer le code étendu par {code}", code = self.code),
        }
    }
}

/// `hover-default`
pub(crate) struct HoverDefault;

impl HoverDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Default",
            Lang::Fr => "Défaut",
        }
    }
}

/// `hover-default-here`
pub(crate) struct HoverDefaultHere<'a> {
    pub(crate) level: &'a dyn Display,
    pub(crate) value: &'a dyn Display,
}

impl HoverDefaultHere<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("with compatibility_level = {level} here: {value}", level = self.level, value = self.value),
            Lang::Fr => format!("avec compatibility_level = {level} ici\u{a0}: {value}", level = self.level, value = self.value),
        }
    }
}

/// `hover-deprecated`
pub(crate) struct HoverDeprecated<'a> {
    pub(crate) replacement: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl HoverDeprecated<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Deprecated: Postfix {version} and later warn about it; use {replacement} instead", replacement = self.replacement, version = self.version),
            Lang::Fr => format!("Déprécié\u{a0}: Postfix {version} et suivants le signalent\u{202f}; utilisez {replacement} à la place", replacement = self.replacement, version = self.version),
        }
    }
}

/// `hover-deprecated-drop`
pub(crate) struct HoverDeprecatedDrop<'a> {
    pub(crate) version: &'a dyn Display,
}

impl HoverDeprecatedDrop<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Deprecated: Postfix {version} and later warn about it; leave it out", version = self.version),
            Lang::Fr => format!("Déprécié\u{a0}: Postfix {version} et suivants le signalent\u{202f}; retirez-le", version = self.version),
        }
    }
}

/// `hover-empty`
pub(crate) struct HoverEmpty;

impl HoverEmpty {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "(empty)",
            Lang::Fr => "(vide)",
        }
    }
}

/// `hover-item`
/// One line of a hover's list: a bold label and its value.
pub(crate) struct HoverItem<'a> {
    pub(crate) label: &'a dyn Display,
    pub(crate) value: &'a dyn Display,
}

impl HoverItem<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("- **{label}**: {value}", label = self.label, value = self.value),
            Lang::Fr => format!("- **{label}**\u{a0}: {value}", label = self.label, value = self.value),
        }
    }
}

/// `hover-legacy`
pub(crate) struct HoverLegacy;

impl HoverLegacy {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Obsolete or hidden (not printed by `postconf -d`)",
            Lang::Fr => "Obsolète ou caché (absent de `postconf -d`)",
        }
    }
}

/// `hover-master-field`
pub(crate) struct HoverMasterField<'a> {
    pub(crate) index: &'a dyn Display,
    pub(crate) name: &'a dyn Display,
}

impl HoverMasterField<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("master.cf: {name} (field {index})", index = self.index, name = self.name),
            Lang::Fr => format!("master.cf\u{a0}: {name} (champ {index})", index = self.index, name = self.name),
        }
    }
}

/// `hover-not-in-version`
pub(crate) struct HoverNotInVersion<'a> {
    pub(crate) since: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl HoverNotInVersion<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Not in Postfix {version}: added in {since}", since = self.since, version = self.version),
            Lang::Fr => format!("Absent de Postfix {version}\u{a0}: apparu dans {since}", since = self.since, version = self.version),
        }
    }
}

/// `hover-own`
pub(crate) struct HoverOwn;

impl HoverOwn {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Defined in this file (not a Postfix parameter)",
            Lang::Fr => "Défini dans ce fichier (pas un paramètre Postfix)",
        }
    }
}

/// `hover-per-service`
pub(crate) struct HoverPerService<'a> {
    pub(crate) service: &'a dyn Display,
}

impl HoverPerService<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Per-service parameter of the master.cf service {service}.", service = self.service),
            Lang::Fr => format!("Paramètre propre au service master.cf {service}.", service = self.service),
        }
    }
}

/// `hover-per-service-text`
pub(crate) struct HoverPerServiceText<'a> {
    pub(crate) general: &'a dyn Display,
}

impl HoverPerServiceText<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("It overrides `{general}` for this service only.", general = self.general),
            Lang::Fr => format!("Il remplace `{general}` pour ce seul service.", general = self.general),
        }
    }
}

/// `hover-since`
pub(crate) struct HoverSince;

impl HoverSince {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Available since",
            Lang::Fr => "Disponible depuis",
        }
    }
}

/// `hover-value-here`
pub(crate) struct HoverValueHere;

impl HoverValueHere {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Value here",
            Lang::Fr => "Valeur ici",
        }
    }
}

/// `master-field-chroot`
pub(crate) struct MasterFieldChroot;

impl MasterFieldChroot {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "chroot",
            Lang::Fr => "chroot",
        }
    }
}

/// `master-field-chroot-default`
pub(crate) struct MasterFieldChrootDefault;

impl MasterFieldChrootDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "`n` (default since Postfix 3.0, `y` before)",
            Lang::Fr => "`n` (défaut depuis Postfix 3.0, `y` avant)",
        }
    }
}

/// `master-field-command`
pub(crate) struct MasterFieldCommand;

impl MasterFieldCommand {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "command + args",
            Lang::Fr => "commande et arguments",
        }
    }
}

/// `master-field-command-default`
pub(crate) struct MasterFieldCommandDefault;

impl MasterFieldCommandDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "a daemon in `$daemon_directory`, with `-o name=value` overrides",
            Lang::Fr => "un démon de `$daemon_directory`, avec des réglages `-o nom=valeur`",
        }
    }
}

/// `master-field-count`
pub(crate) struct MasterFieldCount<'a> {
    pub(crate) count: &'a dyn Display,
}

impl MasterFieldCount<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("a master.cf service has 8 fields (service type private unpriv chroot wakeup maxproc command), this line has {count}", count = self.count),
            Lang::Fr => format!("un service master.cf a 8 champs (service type private unpriv chroot wakeup maxproc command), cette ligne en a {count}", count = self.count),
        }
    }
}

/// `master-field-maxproc`
pub(crate) struct MasterFieldMaxproc;

impl MasterFieldMaxproc {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "process limit",
            Lang::Fr => "limite de processus (maxproc)",
        }
    }
}

/// `master-field-maxproc-default`
pub(crate) struct MasterFieldMaxprocDefault;

impl MasterFieldMaxprocDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "`$default_process_limit` (100); 0 means no limit",
            Lang::Fr => "`$default_process_limit` (100)\u{202f}; 0 signifie sans limite",
        }
    }
}

/// `master-field-private`
pub(crate) struct MasterFieldPrivate;

impl MasterFieldPrivate {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "private",
            Lang::Fr => "privé (private)",
        }
    }
}

/// `master-field-private-default`
pub(crate) struct MasterFieldPrivateDefault;

impl MasterFieldPrivateDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "`y` (default; inet services cannot be private)",
            Lang::Fr => "`y` (défaut\u{202f}; un service inet ne peut pas être privé)",
        }
    }
}

/// `master-field-service`
pub(crate) struct MasterFieldService;

impl MasterFieldService {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "service name",
            Lang::Fr => "nom du service",
        }
    }
}

/// `master-field-service-default`
pub(crate) struct MasterFieldServiceDefault;

impl MasterFieldServiceDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "`[host:]port` for inet, a name relative to the queue directory otherwise",
            Lang::Fr => "`[hôte:]port` pour inet, sinon un nom relatif au répertoire de la file d'attente",
        }
    }
}

/// `master-field-type`
pub(crate) struct MasterFieldType;

impl MasterFieldType {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "service type",
            Lang::Fr => "type de service",
        }
    }
}

/// `master-field-type-default`
pub(crate) struct MasterFieldTypeDefault;

impl MasterFieldTypeDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "`inet`, `unix`, `unix-dgram`, `fifo` (obsolete) or `pass`",
            Lang::Fr => "`inet`, `unix`, `unix-dgram`, `fifo` (obsolète) ou `pass`",
        }
    }
}

/// `master-field-unpriv`
pub(crate) struct MasterFieldUnpriv;

impl MasterFieldUnpriv {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "unprivileged",
            Lang::Fr => "non privilégié (unpriv)",
        }
    }
}

/// `master-field-unpriv-default`
pub(crate) struct MasterFieldUnprivDefault;

impl MasterFieldUnprivDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "`y` (default; local, pipe, spawn and virtual need `n`)",
            Lang::Fr => "`y` (défaut\u{202f}; local, pipe, spawn et virtual exigent `n`)",
        }
    }
}

/// `master-field-wakeup`
pub(crate) struct MasterFieldWakeup;

impl MasterFieldWakeup {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "wakeup time",
            Lang::Fr => "délai de réveil (wakeup)",
        }
    }
}

/// `master-field-wakeup-default`
pub(crate) struct MasterFieldWakeupDefault;

impl MasterFieldWakeupDefault {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "`0` (never; a trailing `?` waits for the first use)",
            Lang::Fr => "`0` (jamais\u{202f}; un `?` final attend la première utilisation)",
        }
    }
}

/// `master-maxproc`
pub(crate) struct MasterMaxproc<'a> {
    pub(crate) value: &'a dyn Display,
}

impl MasterMaxproc<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("the process limit is a number or -, not \"{value}\"", value = self.value),
            Lang::Fr => format!("la limite de processus est un nombre ou -, pas «\u{a0}{value}\u{a0}»", value = self.value),
        }
    }
}

/// `master-service-type`
pub(crate) struct MasterServiceType<'a> {
    pub(crate) value: &'a dyn Display,
}

impl MasterServiceType<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("unknown service type \"{value}\": inet, unix, unix-dgram, fifo or pass", value = self.value),
            Lang::Fr => format!("type de service inconnu «\u{a0}{value}\u{a0}»\u{a0}: inet, unix, unix-dgram, fifo ou pass", value = self.value),
        }
    }
}

/// `master-wakeup`
pub(crate) struct MasterWakeup<'a> {
    pub(crate) value: &'a dyn Display,
}

impl MasterWakeup<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("the wakeup time is a number of seconds (optionally followed by `?`) or -, not \"{value}\"", value = self.value),
            Lang::Fr => format!("le délai de réveil est un nombre de secondes (suivi ou non de `?`) ou -, pas «\u{a0}{value}\u{a0}»", value = self.value),
        }
    }
}

/// `master-yes-no`
pub(crate) struct MasterYesNo<'a> {
    pub(crate) field: &'a dyn Display,
    pub(crate) value: &'a dyn Display,
}

impl MasterYesNo<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("the {field} field is y, n or -, not \"{value}\"", field = self.field, value = self.value),
            Lang::Fr => format!("le champ {field} vaut y, n ou -, pas «\u{a0}{value}\u{a0}»", field = self.field, value = self.value),
        }
    }
}

/// `milter-default-action`
pub(crate) struct MilterDefaultAction<'a> {
    pub(crate) value: &'a dyn Display,
}

impl MilterDefaultAction<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("milter_default_action is accept, reject, tempfail or quarantine, not \"{value}\"", value = self.value),
            Lang::Fr => format!("milter_default_action vaut accept, reject, tempfail ou quarantine, pas «\u{a0}{value}\u{a0}»", value = self.value),
        }
    }
}

/// `missing-equals`
pub(crate) struct MissingEquals;

impl MissingEquals {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => "missing '=' after the parameter name (main.cf lines are name = value)",
            Lang::Fr => "il manque «\u{a0}=\u{a0}» après le nom du paramètre (une ligne de main.cf est nom = valeur)",
        }
    }
}

/// `missing-map`
/// A map file of the Postfix configuration directory that the workspace, which holds other files of the configuration, does not have.
pub(crate) struct MissingMap<'a> {
    pub(crate) path: &'a dyn Display,
}

impl MissingMap<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{path} is not in this workspace: no file beside main.cf or under a postfix/ folder has this name", path = self.path),
            Lang::Fr => format!("{path} n'est pas dans cet espace de travail\u{a0}: aucun fichier de ce nom à côté de main.cf ou sous un dossier postfix/", path = self.path),
        }
    }
}

/// `newer-parameter`
pub(crate) struct NewerParameter<'a> {
    pub(crate) name: &'a dyn Display,
    pub(crate) since: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl NewerParameter<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} was added in Postfix {since}: Postfix {version} does not know it (it logs \"unused parameter\" and ignores it)", name = self.name, since = self.since, version = self.version),
            Lang::Fr => format!("{name} est apparu dans Postfix {since}\u{a0}: Postfix {version} ne le connaît pas (il journalise «\u{a0}unused parameter\u{a0}» et l'ignore)", name = self.name, since = self.since, version = self.version),
        }
    }
}

/// `not-a-parameter-name`
pub(crate) struct NotAParameterName<'a> {
    pub(crate) name: &'a dyn Display,
}

impl NotAParameterName<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("\"{name}\" is not a parameter name", name = self.name),
            Lang::Fr => format!("«\u{a0}{name}\u{a0}» n'est pas un nom de paramètre", name = self.name),
        }
    }
}

/// `obsolete-parameter`
pub(crate) struct ObsoleteParameter<'a> {
    pub(crate) name: &'a dyn Display,
}

impl ObsoleteParameter<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} is obsolete or hidden: postconf(5) documents it but postconf -d no longer lists it", name = self.name),
            Lang::Fr => format!("{name} est obsolète ou caché\u{a0}: postconf(5) le documente mais postconf -d ne l'affiche plus", name = self.name),
        }
    }
}

/// `or`
/// Joins the classes a parameter accepts (4XX or 5XX).
pub(crate) struct Or;

impl Or {
    pub(crate) fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => " or ",
            Lang::Fr => " ou ",
        }
    }
}

/// `removed-restriction`
pub(crate) struct RemovedRestriction<'a> {
    pub(crate) name: &'a dyn Display,
    pub(crate) removed: &'a dyn Display,
    pub(crate) replacement: &'a dyn Display,
    pub(crate) version: &'a dyn Display,
}

impl RemovedRestriction<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} was removed in Postfix {removed}: Postfix {version} refuses it; use {replacement} instead", name = self.name, removed = self.removed, replacement = self.replacement, version = self.version),
            Lang::Fr => format!("{name} a été supprimé dans Postfix {removed}\u{a0}: Postfix {version} le refuse\u{202f}; utilisez {replacement} à la place", name = self.name, removed = self.removed, replacement = self.replacement, version = self.version),
        }
    }
}

/// `replace-with`
/// Quick-fix title.
pub(crate) struct ReplaceWith<'a> {
    pub(crate) name: &'a dyn Display,
}

impl ReplaceWith<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Replace with {name}", name = self.name),
            Lang::Fr => format!("Remplacer par {name}", name = self.name),
        }
    }
}

/// `template-placeholder`
pub(crate) struct TemplatePlaceholder<'a> {
    pub(crate) word: &'a dyn Display,
}

impl TemplatePlaceholder<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{word} looks like a template placeholder: not checked", word = self.word),
            Lang::Fr => format!("{word} ressemble à une variable de modèle\u{a0}: non vérifié", word = self.word),
        }
    }
}

/// `undefined-reference`
pub(crate) struct UndefinedReference<'a> {
    pub(crate) name: &'a dyn Display,
}

impl UndefinedReference<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("${name} is neither a Postfix parameter nor set in this file: it expands to nothing", name = self.name),
            Lang::Fr => format!("${name} n'est ni un paramètre Postfix ni défini dans ce fichier\u{a0}: il vaut la chaîne vide", name = self.name),
        }
    }
}

/// `unknown-parameter-own`
pub(crate) struct UnknownParameterOwn<'a> {
    pub(crate) name: &'a dyn Display,
}

impl UnknownParameterOwn<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{name} is not a Postfix parameter: fine if it is your own, referred to as ${name} elsewhere (master.cf)", name = self.name),
            Lang::Fr => format!("{name} n'est pas un paramètre Postfix\u{a0}: normal s'il est à vous et utilisé comme ${name} ailleurs (master.cf)", name = self.name),
        }
    }
}

/// `unknown-parameter-typo`
pub(crate) struct UnknownParameterTypo<'a> {
    pub(crate) name: &'a dyn Display,
    pub(crate) suggestion: &'a dyn Display,
}

impl UnknownParameterTypo<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("unknown Postfix parameter {name} (did you mean {suggestion}?)", name = self.name, suggestion = self.suggestion),
            Lang::Fr => format!("paramètre Postfix inconnu {name} (vouliez-vous dire {suggestion}\u{202f}?)", name = self.name, suggestion = self.suggestion),
        }
    }
}

/// `unknown-postfix-action`
pub(crate) struct UnknownPostfixAction<'a> {
    pub(crate) word: &'a dyn Display,
}

impl UnknownPostfixAction<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{word} is not a Postfix table action", word = self.word),
            Lang::Fr => format!("{word} n'est pas une action de table Postfix", word = self.word),
        }
    }
}

/// `unknown-sendmail-action`
pub(crate) struct UnknownSendmailAction<'a> {
    pub(crate) word: &'a dyn Display,
}

impl UnknownSendmailAction<'_> {
    pub(crate) fn get(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{word} is not a Sendmail access action", word = self.word),
            Lang::Fr => format!("{word} n'est pas une action d'accès Sendmail", word = self.word),
        }
    }
}

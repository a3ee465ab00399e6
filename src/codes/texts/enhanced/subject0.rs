//! Texts for the detail codes X.0.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[DetailText {
    subject: 0,
    detail: 0,
    title_fr: "Autre statut non défini",
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "No detail at all: only the class (success, temporary, permanent) is known, and the \
         free text after the code is the real explanation. Postfix uses `2.0.0` for routine \
         successes (`250 2.0.0 Ok: queued as …`, `221 2.0.0 Bye`) and logs `dsn=4.0.0` or \
         `dsn=5.0.0` when the remote server answered without an enhanced code of its own.",
        "Aucun détail : seule la classe (succès, temporaire, définitif) est connue, et la vraie \
         explication est le texte libre qui suit le code. Postfix emploie `2.0.0` pour les \
         succès ordinaires (`250 2.0.0 Ok: queued as …`, `221 2.0.0 Bye`) et journalise \
         `dsn=4.0.0` ou `dsn=5.0.0` quand le serveur distant a répondu sans code étendu.",
    ),
    transient: Bi::new(
        "The receiving side hit a temporary problem it did not classify: overload, an internal \
         service not answering, greylisting without a specific code. The sending server \
         retries on its own, and a later attempt often passes once the cause is gone.",
        "Le serveur de réception a rencontré un problème passager qu'il n'a pas classé : \
         surcharge, service interne qui ne répond pas, greylisting sans code précis. Le serveur \
         expéditeur réessaie de lui-même, et une tentative suivante passe souvent une fois la \
         cause disparue.",
    ),
    permanent: Bi::new(
        "The receiving side refused the message for good without putting the reason in the \
         code: anything from an unknown user to a spam verdict. A plain `550` with no enhanced \
         code shows up as `5.0.0` in Postfix logs.",
        "Le serveur de réception refuse définitivement le message sans mettre la raison dans le \
         code : cela va de l'utilisateur inconnu au verdict antispam. Un simple `550` sans code \
         étendu apparaît comme `5.0.0` dans les journaux de Postfix.",
    ),
    advice: Bi::new(
        "Read the text after the code (in Postfix logs, what follows `host … said:`): it usually \
         names the real cause, often with a URL or an error ID to quote. If it tells you \
         nothing, send the recipient's postmaster the exact log line with its timestamp, your \
         sending IP address and the queue ID, so they can find the event in their own logs.",
        "Lisez le texte qui suit le code (dans les journaux Postfix, ce qui vient après \
         `host … said:`) : il nomme en général la vraie cause, souvent avec une URL ou un \
         identifiant d'erreur à citer. S'il n'apprend rien, envoyez au postmaster du \
         destinataire la ligne de journal exacte avec son horodatage, votre adresse IP d'envoi \
         et l'identifiant de file d'attente, pour qu'il retrouve l'événement dans ses propres \
         journaux.",
    ),
}];

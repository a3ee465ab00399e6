//! Texts for the class rows, the subject rows and (one file per subject,
//! under `enhanced/`) the detail rows of the enhanced-code registry.

use super::{ClassText, DetailText, SubjectText};
use crate::codes::Bi;

mod subject0;
mod subject1;
mod subject2;
mod subject3;
mod subject4;
mod subject5;
mod subject6;
mod subject7;

/// Detail texts indexed by subject, each slice sorted by detail.
pub static DETAIL_TEXTS: [&[DetailText]; 8] = [
    subject0::TEXTS,
    subject1::TEXTS,
    subject2::TEXTS,
    subject3::TEXTS,
    subject4::TEXTS,
    subject5::TEXTS,
    subject6::TEXTS,
    subject7::TEXTS,
];

/// Sorted by class: 2, 4, 5.
pub static CLASS_TEXTS: &[ClassText] = &[
    ClassText {
        class: 2,
        title_fr: "Succès",
        meaning: Bi::new(
            "The action worked: the server accepted the command, the recipient or the message. \
             It shows up on ordinary replies (Postfix: `250 2.1.5 Ok` after RCPT TO, \
             `250 2.0.0 Ok: queued as 4F1C2A0B3D` after DATA) and in delivery status \
             notifications that confirm a delivery or a relay.",
            "L'action a réussi : le serveur a accepté la commande, le destinataire ou le message. \
             On le voit dans les réponses ordinaires (Postfix : `250 2.1.5 Ok` après RCPT TO, \
             `250 2.0.0 Ok: queued as 4F1C2A0B3D` après DATA) et dans les notifications d'état \
             de remise (DSN) qui confirment une remise ou un relais.",
        ),
    },
    ClassText {
        class: 4,
        title_fr: "Échec temporaire persistant",
        meaning: Bi::new(
            "The message itself is acceptable, but a condition on the way (a full mailbox, an \
             overloaded server, greylisting, a DNS or network fault) stops it for now. The \
             sending server keeps it in its queue and retries on its own; it only becomes a \
             bounce if the condition outlasts the queue lifetime (Postfix: \
             `maximal_queue_lifetime`, 5 days by default).",
            "Le message lui-même est recevable, mais une condition en chemin (boîte pleine, \
             serveur surchargé, greylisting, panne DNS ou réseau) le bloque pour l'instant. Le \
             serveur expéditeur le garde en file d'attente et réessaie de lui-même ; le message \
             ne revient en rebond que si la condition dure plus longtemps que la durée de vie en \
             file (Postfix : `maximal_queue_lifetime`, 5 jours par défaut).",
        ),
    },
    ClassText {
        class: 5,
        title_fr: "Échec définitif",
        meaning: Bi::new(
            "Sending the same message again, unchanged, would fail the same way, so the sending \
             server stops and returns a bounce to the sender. Something has to change first: the \
             address, the content, a DNS record, the sender's reputation or a setting on one \
             side; a few 5.x.x codes (a full mailbox) are only final for this attempt.",
            "Renvoyer le même message tel quel échouerait de la même façon : le serveur \
             expéditeur abandonne et renvoie un avis de non-remise à l'expéditeur. Il faut \
             d'abord changer quelque chose : l'adresse, le contenu, un enregistrement DNS, la \
             réputation de l'expéditeur ou un réglage d'un côté ou de l'autre ; quelques codes \
             5.x.x (boîte pleine) ne sont définitifs que pour cette tentative.",
        ),
    },
];

/// Sorted by subject: 0 .. 7.
pub static SUBJECT_TEXTS: &[SubjectText] = &[
    SubjectText {
        subject: 0,
        title_fr: "Statut autre ou indéfini",
        meaning: Bi::new(
            "No category: the code only says whether the action worked, failed for now or \
             failed for good, and all the detail is in the text that follows it. Postfix logs \
             `dsn=4.0.0` or `dsn=5.0.0` when the remote server answered with a bare three-digit \
             code and no enhanced code of its own.",
            "Aucune catégorie : le code dit seulement si l'action a réussi, échoué pour \
             l'instant ou échoué pour de bon, et tout le détail se trouve dans le texte qui le \
             suit. Postfix journalise `dsn=4.0.0` ou `dsn=5.0.0` quand le serveur distant a \
             répondu avec un simple code à trois chiffres, sans code étendu.",
        ),
    },
    SubjectText {
        subject: 1,
        title_fr: "Statut d'adressage",
        meaning: Bi::new(
            "Something about an envelope address: the recipient's (RCPT TO) or the sender's \
             (MAIL FROM). The mailbox or the domain does not exist, the syntax is wrong, or, with \
             class 2, the address was confirmed valid; correcting or replacing the address \
             usually settles it.",
            "Une question d'adresse de l'enveloppe : celle du destinataire (RCPT TO) ou celle de \
             l'expéditeur (MAIL FROM). La boîte ou le domaine n'existe pas, la syntaxe est \
             fausse ou, en classe 2, l'adresse a été reconnue valide ; corriger ou remplacer \
             l'adresse règle en général le problème.",
        ),
    },
    SubjectText {
        subject: 2,
        title_fr: "Statut de la boîte aux lettres",
        meaning: Bi::new(
            "The address exists, but its mailbox cannot take the message: it is disabled, full, \
             limited to smaller messages, or it is a mailing list that failed to expand. The \
             trouble lies with the recipient's account, not with the server as a whole.",
            "L'adresse existe, mais sa boîte aux lettres ne peut pas prendre le message : elle \
             est désactivée, pleine, limitée à des messages plus petits, ou c'est une liste de \
             diffusion dont l'expansion a échoué. Le souci vient du compte du destinataire, pas \
             du serveur dans son ensemble.",
        ),
    },
    SubjectText {
        subject: 3,
        title_fr: "Statut du système de messagerie",
        meaning: Bi::new(
            "The destination mail system as a whole, not one mailbox: out of storage, shutting \
             down or refusing connections, misconfigured, unable to offer a requested feature, \
             or refusing a message above its size limit.",
            "Le système de messagerie de destination dans son ensemble, pas une boîte en \
             particulier : stockage saturé, arrêt en cours ou connexions refusées, mauvaise \
             configuration, fonction demandée non prise en charge, ou message au-delà de la \
             taille maximale.",
        ),
    },
    SubjectText {
        subject: 4,
        title_fr: "Statut du réseau et du routage",
        meaning: Bi::new(
            "Getting the message to the next server: DNS lookups, finding the MX, connecting, \
             connections cut in mid-transfer, routing loops and messages that stayed queued too \
             long. Most of these are produced by the sending server during its own attempts, not \
             sent by the remote side.",
            "L'acheminement vers le serveur suivant : requêtes DNS, recherche du MX, connexion, \
             coupures en cours de transfert, boucles de routage et messages restés trop \
             longtemps en file d'attente. La plupart sont produits par le serveur expéditeur \
             lui-même pendant ses tentatives, pas envoyés par le serveur distant.",
        ),
    },
    SubjectText {
        subject: 5,
        title_fr: "Statut du protocole de remise",
        meaning: Bi::new(
            "The SMTP dialogue itself went wrong: an unknown or out-of-sequence command, bad \
             syntax or arguments, too many recipients in one transaction, an AUTH line too long. \
             Usually a client bug, a badly configured application, or a firewall or proxy \
             tampering with the session.",
            "Le dialogue SMTP lui-même a déraillé : commande inconnue ou hors séquence, syntaxe \
             ou arguments incorrects, trop de destinataires dans une transaction, ligne AUTH \
             trop longue. En général un bogue du client, une application mal réglée, ou un \
             pare-feu ou un proxy qui altère la session.",
        ),
    },
    SubjectText {
        subject: 6,
        title_fr: "Statut du contenu ou du média",
        meaning: Bi::new(
            "The content of the message: a media type or encoding the next hop cannot carry, a \
             conversion (8-bit to 7-bit, MIME) that is needed but forbidden or failed, or \
             internationalized addresses and headers (SMTPUTF8) that the path does not support.",
            "Le contenu du message : type de média ou encodage que le serveur suivant ne sait \
             pas transporter, conversion nécessaire (8 bits vers 7 bits, MIME) mais interdite ou \
             ratée, ou adresses et en-têtes internationalisés (SMTPUTF8) que le chemin ne prend \
             pas en charge.",
        ),
    },
    SubjectText {
        subject: 7,
        title_fr: "Statut de sécurité ou de politique",
        meaning: Bi::new(
            "A policy or security rule refused the message or the session: relaying denied, \
             blocklists and reputation, failed SPF, DKIM, DMARC or reverse-DNS checks, SMTP AUTH \
             failures, TLS requirements. One of the most frequent subjects in today's bounces, \
             and the text after the code matters most here.",
            "Une règle de politique ou de sécurité a refusé le message ou la session : relais \
             interdit, listes de blocage et réputation, échec des contrôles SPF, DKIM, DMARC ou \
             DNS inverse, échec de l'authentification SMTP, exigences TLS. C'est l'une des \
             catégories les plus fréquentes dans les rebonds actuels, et le texte qui suit le \
             code y compte plus que tout.",
        ),
    },
];

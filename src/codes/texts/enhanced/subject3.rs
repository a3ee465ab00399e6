//! Texts for the detail codes X.3.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[
    DetailText {
        subject: 3,
        detail: 0,
        title_fr: "Autre statut du système de messagerie",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "A catch-all: the destination system normally accepts mail, but something on it went \
             wrong and no more precise code fits. Typical sources are Postfix `451 4.3.0 … \
             Temporary lookup failure` (a database, LDAP server or lookup table did not answer), \
             Postfix `451 4.3.0 Error: queue file write error` (disk, permissions, a content \
             filter or milter failing), or any internal fault a server does not classify.",
            "Code fourre-tout : le système de destination accepte normalement le courrier, mais \
             quelque chose y a mal tourné et aucun code plus précis ne convient. Sources \
             typiques : Postfix `451 4.3.0 … Temporary lookup failure` (une base de données, un \
             annuaire LDAP ou une table de correspondance n'a pas répondu), Postfix \
             `451 4.3.0 Error: queue file write error` (disque, droits, filtre de contenu ou \
             milter en échec), ou toute panne interne que le serveur ne classe pas.",
        ),
        transient: Bi::new(
            "A passing fault on the receiving system: a backend down, a full disk, a filter \
             restarting. The sending server retries on its own, and the message goes through \
             once the receiving side has recovered.",
            "Une panne passagère du système de réception : service interne arrêté, disque plein, \
             filtre en cours de redémarrage. Le serveur expéditeur réessaie de lui-même, et le \
             message passe une fois le côté réception rétabli.",
        ),
        permanent: Bi::new(
            "The receiving system refused the message for good for an internal reason; the text \
             after the code is the only clue, and some servers put plain policy refusals under \
             `5.3.0` as well.",
            "Le système de réception a refusé définitivement le message pour une raison interne ; \
             le texte qui suit le code est le seul indice, et certains serveurs rangent aussi de \
             simples refus de politique sous `5.3.0`.",
        ),
        advice: Bi::new(
            "Sender: for `4.3.0` let the queue retry, and if it lasts more than a few hours send \
             the log line to the recipient's postmaster. Receiving admin: search your logs at \
             that exact time for `warning:`, `error:` or `fatal:` lines; a `Temporary lookup \
             failure` means a map failed, so test it with `postmap -q` and check the database or \
             LDAP server behind it.",
            "Expéditeur : pour un `4.3.0`, laissez la file d'attente réessayer et, si cela dure \
             plus de quelques heures, envoyez la ligne du journal au postmaster du destinataire. \
             Administrateur du serveur de réception : cherchez dans vos journaux, à l'heure \
             exacte, les lignes `warning:`, `error:` ou `fatal:` ; un `Temporary lookup failure` \
             signale une table en échec : testez-la avec `postmap -q` et vérifiez la base de \
             données ou l'annuaire LDAP derrière elle.",
        ),
    },
    DetailText {
        subject: 3,
        detail: 1,
        title_fr: "Stockage du système de messagerie saturé",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "The receiving server has run out of room for mail: the queue or spool disk is full, \
             or free space fell under its safety margin. Postfix answers `452 4.3.1 Insufficient \
             system storage` when free space drops below `queue_minfree` or 1.5 × \
             `message_size_limit`; Exchange sends `452 4.3.1 Insufficient system resources` \
             under back pressure.",
            "Le serveur de réception n'a plus de place pour le courrier : le disque de la file \
             d'attente ou du spool est plein, ou l'espace libre est passé sous sa marge de \
             sécurité. Postfix répond `452 4.3.1 Insufficient system storage` quand l'espace \
             libre tombe sous `queue_minfree` ou 1,5 × `message_size_limit` ; Exchange envoie \
             `452 4.3.1 Insufficient system resources` quand il est en contre-pression (back \
             pressure).",
        ),
        transient: Bi::new(
            "Disk space usually comes back (logs rotated, queue drained, an admin cleaning up), \
             and the retry then succeeds; the sending server keeps trying meanwhile.",
            "L'espace disque revient en général (journaux archivés, file d'attente vidée, ménage \
             fait par un administrateur), et le nouvel essai réussit alors ; le serveur \
             expéditeur continue d'essayer en attendant.",
        ),
        permanent: Bi::new(
            "Rare: the server bounced instead of deferring, although a lack of space is a \
             condition that clears. Resending later will often work.",
            "Rare : le serveur a rejeté au lieu de différer, alors qu'un manque d'espace finit \
             par se résorber. Renvoyer plus tard fonctionne souvent.",
        ),
        advice: Bi::new(
            "Sender: nothing to do but let the queue retry; if it lasts a day or more, alert the \
             recipient's postmaster. Receiving admin: check free space and inodes on the spool \
             (`df -h /var/spool/postfix`, `df -i`), look for runaway logs or a swollen queue \
             (`mailq | tail -1`), and on Exchange check the back-pressure events and the disk \
             holding the queue database.",
            "Expéditeur : rien d'autre à faire que laisser la file réessayer ; si cela dure un \
             jour ou plus, alertez le postmaster du destinataire. Administrateur du serveur de \
             réception : vérifiez l'espace libre et les inodes du spool \
             (`df -h /var/spool/postfix`, `df -i`), cherchez des journaux qui enflent ou une file \
             qui gonfle (`mailq | tail -1`) et, sous Exchange, les événements de contre-pression \
             et le disque qui porte la base de la file d'attente.",
        ),
    },
    DetailText {
        subject: 3,
        detail: 2,
        title_fr: "Le système n'accepte pas de messages du réseau",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "The destination host is not taking mail over the network: it is shutting down, in \
             maintenance, out of free SMTP processes, or it never accepts mail at all. Postfix's \
             postscreen says `421 4.3.2 All server ports are busy`; RFC 7504's `521 5.3.2` comes \
             from a host that exists but does not do mail.",
            "L'hôte de destination ne prend pas de courrier par le réseau : il s'arrête, il est \
             en maintenance, il n'a plus de processus SMTP libres, ou il n'accepte jamais de \
             courrier. Le postscreen de Postfix dit `421 4.3.2 All server ports are busy` ; le \
             `521 5.3.2` de la RFC 7504 vient d'un hôte qui existe mais ne fait pas de \
             messagerie.",
        ),
        transient: Bi::new(
            "The host is busy, draining or restarting (Exchange answers `421 4.3.2 Service not \
             available` in maintenance mode); a later retry normally finds it open.",
            "L'hôte est occupé, en cours de vidage ou de redémarrage (Exchange répond \
             `421 4.3.2 Service not available` en mode maintenance) ; un essai ultérieur le \
             trouve normalement ouvert.",
        ),
        permanent: Bi::new(
            "The host states that it does not accept mail at all (`521`): retrying the same host \
             will never work, because mail for the domain should be going somewhere else.",
            "L'hôte déclare ne pas accepter de courrier du tout (`521`) : réessayer le même hôte \
             ne marchera jamais, car le courrier du domaine devrait aller ailleurs.",
        ),
        advice: Bi::new(
            "Sender: let the queue retry a `4.3.2`. For a `5.3.2` or `521`, check where the \
             domain's mail goes (`dig MX example.com`): an MX or A record pointing at a web or \
             parked server means the recipient's DNS needs fixing. Receiving admin: if \
             postscreen reports busy ports, raise the `smtpd` process limit in `master.cf` (or \
             `default_process_limit`) and look for slow clients or a connection flood.",
            "Expéditeur : laissez la file réessayer un `4.3.2`. Pour un `5.3.2` ou un `521`, \
             vérifiez où va le courrier du domaine (`dig MX example.com`) : un MX ou un \
             enregistrement A qui pointe vers un serveur web ou un domaine parqué signifie que le \
             DNS du destinataire est à corriger. Administrateur du serveur de réception : si \
             postscreen signale des ports occupés, relevez la limite de processus `smtpd` dans \
             `master.cf` (ou `default_process_limit`) et cherchez des clients lents ou un afflux \
             de connexions.",
        ),
    },
    DetailText {
        subject: 3,
        detail: 3,
        title_fr: "Système ne prenant pas en charge les fonctions demandées",
        side: Side::Configuration,
        meaning: Bi::new(
            "The message asked for a feature the destination system does not offer: an SMTP \
             extension or option requested by the sender or its software (a delivery deadline, \
             binary or chunked transfer, a DSN request, a priority) that the next hop does not \
             announce in its EHLO reply. Rare in everyday logs; the text usually names the \
             feature.",
            "Le message demandait une fonction que le système de destination n'offre pas : une \
             extension ou option SMTP réclamée par l'expéditeur ou son logiciel (délai de remise, \
             transfert binaire ou par blocs, demande de DSN, priorité) que le serveur suivant \
             n'annonce pas dans sa réponse à EHLO. Rare dans les journaux courants ; le texte \
             nomme en général la fonction.",
        ),
        transient: Bi::new(
            "The feature may come back, for example when a server restarted with a reduced \
             configuration or a fallback node is answering; a retry may land on a host that \
             supports it.",
            "La fonction peut revenir, par exemple si un serveur a redémarré avec une \
             configuration réduite ou si un nœud de secours répond à sa place ; un nouvel essai \
             peut tomber sur un hôte qui la prend en charge.",
        ),
        permanent: Bi::new(
            "The destination does not support the feature, and the message cannot be delivered \
             as requested without it.",
            "La destination ne prend pas en charge cette fonction, et le message ne peut pas \
             être remis comme demandé sans elle.",
        ),
        advice: Bi::new(
            "Compare what the sending side requests with what the next hop offers: connect with \
             `openssl s_client -starttls smtp -connect mx.example.com:25` (or `telnet \
             mx.example.com 25`) and send `EHLO test` to list its extensions. Then stop \
             requesting the feature (application or relay settings) or route through a relay \
             that supports it.",
            "Comparez ce que le côté expéditeur demande avec ce que le serveur suivant propose : \
             connectez-vous avec `openssl s_client -starttls smtp -connect mx.example.com:25` \
             (ou `telnet mx.example.com 25`) et envoyez `EHLO test` pour lister ses extensions. \
             Ensuite, cessez de demander la fonction (réglages de l'application ou du relais) ou \
             passez par un relais qui la prend en charge.",
        ),
    },
    DetailText {
        subject: 3,
        detail: 4,
        title_fr: "Message trop volumineux pour le système",
        side: Side::Sender,
        meaning: Bi::new(
            "The message is larger than the biggest message the receiving system accepts at all. \
             Postfix answers `552 5.3.4 Message size exceeds fixed limit` (default \
             `message_size_limit` 10240000 bytes, about 10 MB), Gmail `552 5.3.4 Your message exceeded Google's \
             message size limits`; a Postfix client also bounces by itself with `5.3.4` when the \
             message is over the `SIZE` the remote server announced.",
            "Le message dépasse la taille maximale que le système de réception accepte, tous \
             messages confondus. Postfix répond `552 5.3.4 Message size exceeds fixed limit` \
             (`message_size_limit` vaut par défaut 10 240 000 octets, environ 10 Mo), Gmail `552 5.3.4 Your message \
             exceeded Google's message size limits` ; un client Postfix rejette aussi de \
             lui-même en `5.3.4` quand le message dépasse le `SIZE` annoncé par le serveur \
             distant.",
        ),
        transient: Bi::new(
            "A size limit does not go away by itself: a `4.3.4` only clears if the receiving \
             admin raises the limit, or the message is routed through another host, before the \
             queue lifetime runs out.",
            "Une limite de taille ne disparaît pas d'elle-même : un `4.3.4` ne se résout que si \
             l'administrateur de réception relève la limite, ou si le message passe par un autre \
             hôte, avant la fin de sa durée de vie en file.",
        ),
        permanent: Bi::new(
            "The message is over the server's fixed limit and will be refused at every attempt; \
             it has to be sent smaller.",
            "Le message dépasse la limite fixe du serveur et sera refusé à chaque tentative ; il \
             faut l'envoyer plus léger.",
        ),
        advice: Bi::new(
            "Check which host refused it (the name after `host` in the log; if there is none, \
             your own server or relay did), then resend smaller: compress attachments or share \
             them by link, remembering that base64 makes them about a third bigger. To raise \
             your own limit: `postconf -e message_size_limit=52428800`, then `postfix reload`, \
             keeping `mailbox_size_limit` (or `virtual_mailbox_limit`) above it.",
            "Repérez l'hôte qui a refusé (le nom après `host` dans le journal ; s'il n'y en a \
             pas, c'est votre propre serveur ou relais), puis renvoyez plus léger : compressez \
             les pièces jointes ou partagez-les par lien, sachant que le base64 les alourdit \
             d'environ un tiers. Pour relever votre propre limite : \
             `postconf -e message_size_limit=52428800`, puis `postfix reload`, en gardant \
             `mailbox_size_limit` (ou `virtual_mailbox_limit`) au-dessus.",
        ),
    },
    DetailText {
        subject: 3,
        detail: 5,
        title_fr: "Système mal configuré",
        side: Side::Configuration,
        meaning: Bi::new(
            "The receiving system is not set up in a way that lets it accept this message: a \
             broken configuration file, a missing lookup table, a policy service it cannot \
             reach. Postfix answers `451 4.3.5 Server configuration error` after a configuration \
             mistake, and `451 4.3.5 Server configuration problem` when its policy service does \
             not respond (`smtpd_policy_service_default_action`).",
            "Le système de réception n'est pas configuré de façon à pouvoir accepter ce \
             message : fichier de configuration cassé, table de correspondance manquante, \
             service de politique injoignable. Postfix répond `451 4.3.5 Server configuration \
             error` après une erreur de configuration, et `451 4.3.5 Server configuration \
             problem` quand son service de politique ne répond pas \
             (`smtpd_policy_service_default_action`).",
        ),
        transient: Bi::new(
            "The receiving side treats it as an admin mistake that will soon be fixed, so it \
             defers; the sending server retries, and delivery resumes once the configuration is \
             corrected.",
            "Le serveur de réception y voit une erreur d'administration bientôt corrigée et \
             diffère donc ; le serveur expéditeur réessaie, et la remise reprend dès que la \
             configuration est réparée.",
        ),
        permanent: Bi::new(
            "The system is set up in a way that can never accept this message, such as a domain \
             declared local with no way to deliver to it; resending changes nothing until the \
             admin fixes it.",
            "Le système est configuré d'une façon qui ne permettra jamais d'accepter ce message, \
             par exemple un domaine déclaré local sans moyen d'y remettre le courrier ; renvoyer \
             ne change rien tant que l'administrateur n'a pas corrigé.",
        ),
        advice: Bi::new(
            "Sender: nothing to fix on your side; warn the recipient's postmaster if it lasts. \
             Receiving admin: run `postfix check`, find the matching `warning:` or `fatal:` line \
             in the log (often a table whose `.db` file was never built with `postmap`, or a \
             misspelt restriction name), fix it, then `postfix reload`.",
            "Expéditeur : rien à corriger de votre côté ; prévenez le postmaster du destinataire \
             si cela dure. Administrateur du serveur de réception : lancez `postfix check`, \
             trouvez la ligne `warning:` ou `fatal:` correspondante dans le journal (souvent une \
             table dont le fichier `.db` n'a jamais été construit avec `postmap`, ou un nom de \
             restriction mal orthographié), corrigez, puis `postfix reload`.",
        ),
    },
    DetailText {
        subject: 3,
        detail: 6,
        title_fr: "Priorité demandée modifiée",
        side: Side::Nobody,
        meaning: Bi::new(
            "The message was accepted, but the server did not keep the priority requested with \
             the MT-PRIORITY extension (RFC 6710), or the default it implied, and will relay the \
             message at a priority of its own choosing. It comes with `250` or `251`, mostly in \
             military or emergency-service messaging.",
            "Le message a été accepté, mais le serveur n'a pas conservé la priorité demandée par \
             l'extension MT-PRIORITY (RFC 6710), ou la priorité par défaut qu'elle impliquait, \
             et relaiera le message avec une priorité de son choix. Il accompagne un `250` ou un \
             `251`, surtout dans les messageries militaires ou de services d'urgence.",
        ),
        transient: Bi::new(
            "Defined for success replies only: a `4.3.6` would be a server's own invention, and \
             the basic code and text tell what is really being delayed.",
            "Défini pour les réponses de succès uniquement : un `4.3.6` serait une invention du \
             serveur, et le code de base et le texte disent ce qui est vraiment retardé.",
        ),
        permanent: Bi::new(
            "Defined for success replies only: a `5.3.6` is not a standard refusal, so look at the \
             basic code and text for the real reason. A refusal because of priority is `5.7.15` \
             or `5.7.16`.",
            "Défini pour les réponses de succès uniquement : un `5.3.6` n'est pas un refus \
             standard, cherchez la vraie raison dans le code de base et le texte. Un refus lié à \
             la priorité s'écrit `5.7.15` ou `5.7.16`.",
        ),
        advice: Bi::new(
            "Nothing to fix: the message is on its way. If delivery speed matters, ask the \
             receiving admin about their MT-PRIORITY policy, or request a priority they honour.",
            "Rien à corriger : le message est en route. Si la rapidité de remise compte, \
             renseignez-vous auprès de l'administrateur de réception sur sa politique \
             MT-PRIORITY, ou demandez une priorité qu'il respecte.",
        ),
    },
];

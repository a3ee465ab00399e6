//! Our texts for the reply codes of `reply-codes.csv`: one row per (code,
//! standard), sorted by code with the standard row first (432 has both).
//!
//! Standard rows say in which SMTP phase the reply shows up, what usually
//! causes it in real logs and what to do; non-standard rows say plainly that
//! no RFC defines the code, who is known to send it and which standard reply
//! or enhanced code it mirrors.

use super::ReplyText;
use crate::codes::{Bi, Side};

pub static REPLY_TEXTS: &[ReplyText] = &[
    ReplyText {
        code: 101,
        standard: false,
        title_fr: "Connexion au serveur impossible",
        side: Side::Configuration,
        meaning: Bi::new(
            "Not an SMTP reply, and no RFC defines it: some mail clients and web lists use 101 for \
             their own error when they cannot reach the SMTP server at all. No server sent it; the \
             connection never got as far as a greeting. Usual causes: a misspelt server name, the \
             wrong port, or a DNS or network failure.",
            "Ce n'est pas une réponse SMTP, et aucune RFC ne la définit : certains clients de \
             messagerie et des listes sur le Web utilisent 101 pour dire qu'ils n'ont pas pu \
             joindre le serveur SMTP. Aucun serveur ne l'a envoyée ; la connexion n'est même pas \
             arrivée jusqu'à la bannière d'accueil. En cause le plus souvent : un nom de serveur \
             mal saisi, un mauvais port, une panne DNS ou réseau.",
        ),
        advice: Bi::new(
            "Check the server name and port in the client settings: 25 between servers, 587 with \
             STARTTLS or 465 with implicit TLS for submission from a client. Test from the same \
             machine with `dig +short smtp.example.com` and `nc -vz smtp.example.com 587`; a \
             firewall or an ISP that blocks outgoing port 25 gives the same symptom.",
            "Vérifiez le nom du serveur et le port dans les réglages du client : 25 entre \
             serveurs, 587 avec STARTTLS ou 465 en TLS implicite pour l'envoi depuis un client. \
             Testez depuis la même machine avec `dig +short smtp.example.com` et `nc -vz \
             smtp.example.com 587` ; un pare-feu ou un FAI qui bloque le port 25 sortant produit \
             le même symptôme.",
        ),
    },
    ReplyText {
        code: 111,
        standard: false,
        title_fr: "Connexion refusée, impossible d'ouvrir la session SMTP",
        side: Side::Network,
        meaning: Bi::new(
            "Not an SMTP reply: 111 is the Linux error number of ECONNREFUSED, which some tools \
             and web lists print as if it were a code. The remote host turned the TCP connection \
             down: nothing listens on that port, or a firewall rejects it. Postfix logs it as \
             `connect to host[IP]:25: Connection refused`.",
            "Ce n'est pas une réponse SMTP : 111 est le numéro de l'erreur Linux ECONNREFUSED, que \
             certains outils et listes sur le Web présentent comme un code. La machine distante a \
             refusé la connexion TCP : aucun service n'écoute sur ce port, ou un pare-feu la \
             rejette. Postfix l'écrit sous la forme `connect to host[IP]:25: Connection refused`.",
        ),
        advice: Bi::new(
            "On the receiving host, check that the MTA runs and listens (`ss -ltnp | grep ':25'`, \
             Postfix: `inet_interfaces`) and that the firewall lets the port through. On the \
             sending side, check that the MX or relay name points to the right address (`dig MX \
             example.com`, `dig A mx.example.com`); meanwhile the message stays queued and is \
             retried.",
            "Côté réception, vérifiez que le MTA tourne et écoute (`ss -ltnp | grep ':25'`, chez \
             Postfix `inet_interfaces`) et que le pare-feu laisse passer le port. Côté envoi, \
             vérifiez que le nom du MX ou du relais pointe vers la bonne adresse (`dig MX \
             example.com`, `dig A mx.example.com`) ; en attendant, le message reste en file \
             d'attente et sera retenté.",
        ),
    },
    ReplyText {
        code: 200,
        standard: false,
        title_fr: "Succès non standard, état du système",
        side: Side::Nobody,
        meaning: Bi::new(
            "No RFC defines 200 for SMTP: a few non-conforming servers or gateways send it where \
             the standard expects 250 (action completed) or 211 (system status). Clients read any \
             2xx reply as success, so the command went through.",
            "Aucune RFC ne définit 200 pour SMTP : quelques serveurs ou passerelles hors norme \
             l'envoient là où la norme attend 250 (action effectuée) ou 211 (état du système). Un \
             client interprète toute réponse 2xx comme un succès : la commande est donc passée.",
        ),
        advice: Bi::new(
            "Nothing to fix on the sending side. If your own server sends it, strict clients or \
             monitoring scripts may expect the standard 250: an update or a setting in the \
             software removes the oddity.",
            "Rien à corriger côté expéditeur. Si c'est votre propre serveur qui l'envoie, des \
             clients stricts ou des scripts de supervision peuvent attendre le 250 standard : une \
             mise à jour ou un réglage du logiciel fera disparaître cette bizarrerie.",
        ),
    },
    ReplyText {
        code: 211,
        standard: true,
        title_fr: "État du système ou réponse d'aide",
        side: Side::Nobody,
        meaning: Bi::new(
            "Informational reply, rarely met: a server may send it in answer to HELP or to a \
             status request, with details about itself. Nothing failed and no message is \
             concerned.",
            "Réponse d'information, rarement rencontrée : un serveur peut l'envoyer en réponse à \
             HELP ou à une demande d'état, avec des détails sur lui-même. Rien n'a échoué et aucun \
             message n'est en jeu.",
        ),
        advice: Bi::new(
            "Nothing to do: it carries information, not a verdict on any message.",
            "Rien à faire : elle apporte une information, pas un verdict sur un message.",
        ),
    },
    ReplyText {
        code: 214,
        standard: true,
        title_fr: "Message d'aide",
        side: Side::Nobody,
        meaning: Bi::new(
            "Answer to the HELP command: free text for humans, often the server software's name or \
             a link to its documentation. Seen in manual sessions (telnet, `swaks`), never in an \
             ordinary delivery.",
            "Réponse à la commande HELP : un texte libre destiné aux humains, souvent le nom du \
             logiciel serveur ou un lien vers sa documentation. On la voit dans les sessions \
             manuelles (telnet, `swaks`), jamais lors d'une remise ordinaire.",
        ),
        advice: Bi::new(
            "Nothing to do. Many servers keep HELP terse on purpose, so as not to reveal their \
             software and version.",
            "Rien à faire. Beaucoup de serveurs réduisent HELP au strict minimum pour ne dévoiler \
             ni leur logiciel ni sa version.",
        ),
    },
    ReplyText {
        code: 220,
        standard: true,
        title_fr: "Service prêt",
        side: Side::Nobody,
        meaning: Bi::new(
            "Greeting banner: the first line the server sends once the TCP connection is open, \
             usually with its host name and software (`220 mx.example.com ESMTP Postfix`). The \
             same code answers STARTTLS (`220 2.0.0 Ready to start TLS`), and the TLS handshake \
             follows at once.",
            "Bannière d'accueil : la première ligne que le serveur envoie une fois la connexion \
             TCP ouverte, en général avec son nom d'hôte et son logiciel (`220 mx.example.com \
             ESMTP Postfix`). Le même code répond à STARTTLS (`220 2.0.0 Ready to start TLS`), et \
             la négociation TLS commence aussitôt.",
        ),
        advice: Bi::new(
            "Nothing to do. If the banner comes late, suspect a slow reverse DNS lookup on the \
             server or a deliberate pause against spam bots (Postfix postscreen). If the name in \
             it is not the server's public name, fix it (Postfix: `myhostname`, `smtpd_banner`).",
            "Rien à faire. Si la bannière tarde, soupçonnez une résolution DNS inverse lente sur \
             le serveur ou une pause volontaire contre les robots de spam (postscreen chez \
             Postfix). Si le nom affiché n'est pas le nom public du serveur, corrigez-le (Postfix \
             : `myhostname`, `smtpd_banner`).",
        ),
    },
    ReplyText {
        code: 221,
        standard: true,
        title_fr: "Fermeture du canal de transmission",
        side: Side::Nobody,
        meaning: Bi::new(
            "Answer to QUIT: the server closes the session cleanly. It says nothing about the \
             messages, whose fate the earlier replies settled. Postfix also sends a 221 with an \
             error text when it hangs up on a client that sent a forbidden command such as an HTTP \
             `GET` or `POST` (`smtpd_forbidden_commands`).",
            "Réponse à QUIT : le serveur ferme la session proprement. Elle ne dit rien des \
             messages, dont le sort a été réglé par les réponses précédentes. Postfix envoie aussi \
             un 221 avec un texte d'erreur quand il raccroche au nez d'un client qui a envoyé une \
             commande interdite, comme un `GET` ou un `POST` HTTP (`smtpd_forbidden_commands`).",
        ),
        advice: Bi::new(
            "Nothing to do. To know whether a message went through, look at the reply after the \
             end of the data (250 or an error), not at the 221.",
            "Rien à faire. Pour savoir si un message est passé, regardez la réponse reçue après la \
             fin des données (250 ou une erreur), pas le 221.",
        ),
    },
    ReplyText {
        code: 235,
        standard: true,
        title_fr: "Authentification réussie",
        side: Side::Nobody,
        meaning: Bi::new(
            "Answer to AUTH: the server accepted the SASL credentials (`235 2.7.0 Authentication \
             successful`). The client may now send mail through this server with the rights of \
             that account.",
            "Réponse à AUTH : le serveur a accepté les identifiants SASL (`235 2.7.0 \
             Authentication successful`). Le client peut désormais envoyer du courrier par ce \
             serveur avec les droits de ce compte.",
        ),
        advice: Bi::new(
            "Nothing to do. On a Postfix server the matching log lines carry `sasl_method=` and \
             `sasl_username=`; a burst of them from unknown IP addresses can mean that a stolen \
             password is being used to send spam.",
            "Rien à faire. Sur un serveur Postfix, les lignes de journal correspondantes portent \
             `sasl_method=` et `sasl_username=` ; une rafale venant d'adresses IP inconnues peut \
             trahir un mot de passe volé qui sert à envoyer du spam.",
        ),
    },
    ReplyText {
        code: 250,
        standard: true,
        title_fr: "Action demandée effectuée",
        side: Side::Nobody,
        meaning: Bi::new(
            "Success: EHLO, MAIL, RCPT, RSET and NOOP get 250 when accepted. After the end of the \
             data it means the receiving server has taken responsibility for the message, often \
             quoting its own queue ID (`250 2.0.0 Ok: queued as 4F3A2B1C0D`). Under ETRN (RFC \
             1985) it says that the queue run for that node has started.",
            "Succès : EHLO, MAIL, RCPT, RSET et NOOP reçoivent 250 quand ils sont acceptés. Après \
             la fin des données, il signifie que le serveur de réception a pris le message en \
             charge, souvent en citant son propre identifiant de file (`250 2.0.0 Ok: queued as \
             4F3A2B1C0D`). Avec ETRN (RFC 1985), il annonce que le traitement de la file pour ce \
             nœud a démarré.",
        ),
        advice: Bi::new(
            "Nothing to do for this hop. If the recipient still sees nothing, the message was \
             accepted and then filed as spam, quarantined or lost further on: give the receiving \
             postmaster the queue ID from the 250 text and the time, so they can trace it.",
            "Rien à faire pour cette étape. Si le destinataire ne voit toujours rien, le message a \
             été accepté puis classé en spam, mis en quarantaine ou perdu plus loin : donnez au \
             postmaster du serveur de réception l'identifiant cité dans le 250 et l'heure, pour \
             qu'il en retrouve la trace.",
        ),
    },
    ReplyText {
        code: 251,
        standard: true,
        title_fr: "Utilisateur non local, le message sera transféré",
        side: Side::Nobody,
        meaning: Bi::new(
            "Answer to RCPT: the recipient is not hosted on this server, but the server accepts \
             the message and will forward it to the address given in the text. Rare today, as \
             servers forward silently behind a plain 250. Under ETRN (RFC 1985) it means the \
             request is accepted but no messages are waiting for that node.",
            "Réponse à RCPT : le destinataire n'est pas hébergé sur ce serveur, mais celui-ci \
             accepte le message et le fera suivre à l'adresse indiquée dans le texte. Rare \
             aujourd'hui, les serveurs faisant suivre sans rien dire derrière un simple 250. Avec \
             ETRN (RFC 1985), la demande est acceptée mais aucun message n'attend pour ce nœud.",
        ),
        advice: Bi::new(
            "Nothing to do: the message is accepted. If a new address is given, update your \
             address book so later messages go there directly.",
            "Rien à faire : le message est accepté. Si une nouvelle adresse est indiquée, mettez à \
             jour votre carnet d'adresses pour que les prochains messages y aillent directement.",
        ),
    },
    ReplyText {
        code: 252,
        standard: true,
        title_fr: "Utilisateur non vérifiable, message accepté quand même",
        side: Side::Nobody,
        meaning: Bi::new(
            "Usually the answer to VRFY: the server will not confirm whether the mailbox exists, \
             to thwart address harvesting, but would accept a message for it. Under ETRN (RFC \
             1985) it means delivery of the pending messages for that node has started.",
            "En général la réponse à VRFY : le serveur refuse de confirmer l'existence de la \
             boîte, pour décourager la collecte d'adresses, mais accepterait un message pour elle. \
             Avec ETRN (RFC 1985), la remise des messages en attente pour ce nœud a commencé.",
        ),
        advice: Bi::new(
            "Nothing to do. A 252 says nothing about whether the address is valid: only a RCPT TO \
             in a real transaction tells. Postfix can refuse VRFY outright with \
             `disable_vrfy_command = yes` (answered by 502).",
            "Rien à faire. Un 252 ne dit pas si l'adresse est valide : seul un RCPT TO dans une \
             vraie transaction le révèle. Postfix peut refuser VRFY purement et simplement avec \
             `disable_vrfy_command = yes` (réponse 502).",
        ),
    },
    ReplyText {
        code: 253,
        standard: true,
        title_fr: "Remise des messages en attente pour le nœud lancée",
        side: Side::Nobody,
        meaning: Bi::new(
            "ETRN only (RFC 1985): the server accepts the request and starts delivering the stated \
             number of queued messages for the named node. Used by sites with an intermittent \
             connection that ask their backup MX to release their mail.",
            "Uniquement avec ETRN (RFC 1985) : le serveur accepte la demande et commence à \
             remettre le nombre annoncé de messages en file pour le nœud nommé. Sert aux sites à \
             connexion intermittente qui demandent à leur MX de secours de leur livrer le courrier \
             retenu.",
        ),
        advice: Bi::new(
            "Nothing to do: the messages are on their way. If they do not arrive, look at the \
             queue of the server that answered (`mailq`, or `postqueue -p` with Postfix).",
            "Rien à faire : les messages sont en route. S'ils n'arrivent pas, regardez la file \
             d'attente du serveur qui a répondu (`mailq`, ou `postqueue -p` avec Postfix).",
        ),
    },
    ReplyText {
        code: 334,
        standard: true,
        title_fr: "Défi du serveur (suite de l'authentification, en base64)",
        side: Side::Nobody,
        meaning: Bi::new(
            "Intermediate reply during AUTH: the server waits for the next step of the SASL \
             exchange, and the text after 334 is base64 (`334 VXNlcm5hbWU6` decodes to \
             `Username:`). It appears with AUTH LOGIN and challenge-response mechanisms, or empty \
             after an AUTH PLAIN sent without its initial response.",
            "Réponse intermédiaire pendant AUTH : le serveur attend l'étape suivante de l'échange \
             SASL, et le texte qui suit 334 est en base64 (`334 VXNlcm5hbWU6` se décode en \
             `Username:`). On la voit avec AUTH LOGIN et les mécanismes à défi-réponse, ou vide \
             après un AUTH PLAIN envoyé sans sa réponse initiale.",
        ),
        advice: Bi::new(
            "Nothing to do, unless the session stops right after it: then the client never sent \
             its credentials (timeout, wrong mechanism in its settings). To read a prompt, decode \
             it with `echo VXNlcm5hbWU6 | base64 -d`.",
            "Rien à faire, sauf si la session s'arrête juste après : le client n'a alors jamais \
             envoyé ses identifiants (délai dépassé, mauvais mécanisme dans ses réglages). Pour \
             lire une invite, décodez-la avec `echo VXNlcm5hbWU6 | base64 -d`.",
        ),
    },
    ReplyText {
        code: 354,
        standard: true,
        title_fr: "Début de la saisie du message ; terminer par <CRLF>.<CRLF>",
        side: Side::Nobody,
        meaning: Bi::new(
            "Answer to DATA: at least one recipient was accepted and the server now waits for the \
             message itself, headers and body, ended by a line holding a single dot. The verdict \
             on the message only comes in the reply after that dot.",
            "Réponse à DATA : au moins un destinataire a été accepté et le serveur attend \
             maintenant le message lui-même, en-têtes et corps, terminé par une ligne ne contenant \
             qu'un point. Le verdict sur le message n'arrive que dans la réponse qui suit ce \
             point.",
        ),
        advice: Bi::new(
            "Nothing to do. If sessions stall after 354, suspect the path rather than the server's \
             policy: MTU or fragmentation problems, a firewall that inspects SMTP, or a \
             server-side timeout too short for large messages (Postfix: `smtpd_timeout`).",
            "Rien à faire. Si des sessions se figent après 354, soupçonnez le chemin réseau plutôt \
             que la politique du serveur : problème de MTU ou de fragmentation, pare-feu qui \
             inspecte SMTP, ou délai d'attente côté serveur trop court pour les gros messages \
             (Postfix : `smtpd_timeout`).",
        ),
    },
    ReplyText {
        code: 355,
        standard: true,
        title_fr: "Le décalage en octets est celui de la transaction",
        side: Side::Nobody,
        meaning: Bi::new(
            "From RFC 1845 (Experimental, checkpoint/restart): the server gives the offset from \
             which an interrupted transfer may resume. Hardly any MTA implements it, so it almost \
             never shows up in real logs.",
            "Issu de la RFC 1845 (expérimentale, reprise sur point de contrôle) : le serveur \
             indique le décalage à partir duquel un transfert interrompu peut reprendre. Presque \
             aucun MTA ne l'implémente ; on ne le croise donc quasiment jamais dans de vrais \
             journaux.",
        ),
        advice: Bi::new(
            "Nothing to do: the server supports the CHECKPOINT extension, and an interrupted \
             transfer resumes from that offset instead of starting over.",
            "Rien à faire : le serveur gère l'extension CHECKPOINT, et un transfert interrompu \
             reprend à ce décalage au lieu de repartir de zéro.",
        ),
    },
    ReplyText {
        code: 420,
        standard: false,
        title_fr: "Problème de connexion : délai dépassé",
        side: Side::Network,
        meaning: Bi::new(
            "No RFC defines 420, and no emitter is reliably known: web lists describe it as a \
             timeout on the connection. In practice it reads like the standard 421 with the \
             enhanced code 4.4.2 (bad connection): the session broke off and the message stays in \
             the queue.",
            "Aucune RFC ne définit 420, et on ne sait pas avec certitude qui l'émet : les listes \
             sur le Web le décrivent comme un délai dépassé sur la connexion. En pratique, il se \
             lit comme le 421 standard avec le code étendu 4.4.2 (mauvaise connexion) : la session \
             s'est interrompue et le message reste en file d'attente.",
        ),
        advice: Bi::new(
            "Let the queue retry. If it repeats for the same destination, test the path (`nc -vz \
             mx.example.com 25`, `traceroute`) and look for a firewall or appliance that cuts long \
             SMTP sessions; the full reply text usually says more than the number.",
            "Laissez la file d'attente réessayer. Si cela se répète vers la même destination, \
             testez le chemin (`nc -vz mx.example.com 25`, `traceroute`) et cherchez un pare-feu \
             ou un boîtier qui coupe les longues sessions SMTP ; le texte complet de la réponse en \
             dit souvent plus que le numéro.",
        ),
    },
    ReplyText {
        code: 421,
        standard: true,
        title_fr: "Service indisponible, fermeture du canal de transmission",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "The server refuses to go on and closes the connection, either as its greeting or in \
             answer to any command. Typical causes: too many connections or messages from your IP \
             (rate limits, as in Gmail's `421-4.7.28` or Yahoo's `421 4.7.0 [TSS04]`), greylisting \
             at connection time, an overloaded server or one shutting down, or a session dropped \
             for idling (`421 4.4.2 ... timeout exceeded`) or for too many errors.",
            "Le serveur refuse de continuer et ferme la connexion, dès la bannière ou en réponse à \
             n'importe quelle commande. Causes typiques : trop de connexions ou de messages depuis \
             votre IP (limitation de débit, comme le `421-4.7.28` de Gmail ou le `421 4.7.0 \
             [TSS04]` de Yahoo), greylisting dès la connexion, serveur surchargé ou en cours \
             d'arrêt, session coupée pour inactivité (`421 4.4.2 ... timeout exceeded`) ou pour \
             trop d'erreurs.",
        ),
        advice: Bi::new(
            "Usually nothing: the message stays queued and a later attempt often succeeds. If one \
             destination keeps answering 421, read the text for the provider's reason, slow down \
             toward it (Postfix: `smtp_destination_concurrency_limit`, \
             `smtp_destination_rate_delay`) and check your IP's reputation and its PTR record.",
            "En général rien : le message reste en file et une tentative ultérieure réussit \
             souvent. Si une destination répond 421 sans relâche, cherchez dans le texte la raison \
             donnée par le fournisseur, ralentissez vers elle (Postfix : \
             `smtp_destination_concurrency_limit`, `smtp_destination_rate_delay`) et vérifiez la \
             réputation de votre IP et son enregistrement PTR.",
        ),
    },
    ReplyText {
        code: 422,
        standard: false,
        title_fr: "(association IANA uniquement) transition de mot de passe, ou boîte pleine selon les \
         listes du Web",
        side: Side::Recipient,
        meaning: Bi::new(
            "No RFC defines 422 as a reply. The IANA registry only lists it beside 432 for 4.7.12 \
             (password transition needed), while web lists describe it as a recipient mailbox over \
             its storage limit. The enhanced code next to it tells which: 4.2.2 for a full mailbox \
             (standard form `452 4.2.2`), 4.7.12 for a password transition (standard form `432 \
             4.7.12`).",
            "Aucune RFC ne définit 422 comme réponse. Le registre IANA le cite seulement à côté de \
             432 pour 4.7.12 (transition de mot de passe nécessaire), tandis que les listes du Web \
             y voient une boîte de destinataire qui a dépassé son quota. Le code étendu qui \
             l'accompagne tranche : 4.2.2 pour une boîte pleine (forme standard `452 4.2.2`), \
             4.7.12 pour une transition de mot de passe (forme standard `432 4.7.12`).",
        ),
        advice: Bi::new(
            "Full mailbox: let the queue retry and warn the recipient by another channel so they \
             free some space. Password transition: the account owner must log in once with PLAIN \
             or LOGIN over TLS, or change the password, before AUTH works again.",
            "Boîte pleine : laissez la file réessayer et prévenez le destinataire par un autre \
             moyen pour qu'il fasse de la place. Transition de mot de passe : le titulaire du \
             compte doit s'authentifier une fois en PLAIN ou LOGIN sous TLS, ou changer son mot de \
             passe, pour que AUTH fonctionne de nouveau.",
        ),
    },
    ReplyText {
        code: 430,
        standard: false,
        title_fr: "(association IANA uniquement) commande invalide",
        side: Side::SendingServer,
        meaning: Bi::new(
            "No RFC defines 430 as a reply: the IANA registry merely lists it among the basic \
             codes that may go with X.5.1 (invalid command). A server that sends it reports a \
             temporary protocol error, a command out of sequence or not supported, as the standard \
             500 or 503 with 5.5.1 would, but in the 4xx class, so the client retries.",
            "Aucune RFC ne définit 430 comme réponse : le registre IANA se contente de le citer \
             parmi les codes de base possibles pour X.5.1 (commande invalide). Un serveur qui \
             l'envoie signale une erreur de protocole temporaire, commande hors séquence ou non \
             prise en charge, comme le feraient les 500 ou 503 standard avec 5.5.1, mais en classe \
             4xx : le client réessaie donc.",
        ),
        advice: Bi::new(
            "Find the command that drew it in a session transcript. If every retry meets it, the \
             client's SMTP dialogue is at fault (command order, unsupported extension) and \
             retrying will not help: the client software needs fixing.",
            "Repérez la commande qui l'a provoqué dans une transcription de session. Si chaque \
             nouvel essai s'y heurte, c'est le dialogue SMTP du client qui est en cause (ordre des \
             commandes, extension non prise en charge) et réessayer n'y changera rien : il faut \
             corriger le logiciel client.",
        ),
    },
    ReplyText {
        code: 431,
        standard: false,
        title_fr: "Espace disque ou mémoire insuffisant sur le serveur de réception",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "No RFC defines 431; it is Microsoft Exchange style numbering that repeats the \
             enhanced code 4.3.1 (mail system full). The receiving server is short of disk space \
             or memory, as with Exchange back pressure when its queue disk fills up. The standard \
             form is `452 4.3.1 Insufficient system resources`.",
            "Aucune RFC ne définit 431 ; c'est une numérotation à la manière de Microsoft \
             Exchange, qui reprend le code étendu 4.3.1 (système de messagerie plein). Le serveur \
             de réception manque d'espace disque ou de mémoire, comme lors de la « back pressure » \
             d'Exchange quand le disque de sa file se remplit. La forme standard est `452 4.3.1 \
             Insufficient system resources`.",
        ),
        advice: Bi::new(
            "Sender: wait, the queue retries, and smaller batches ease the load. Receiving \
             postmaster: free space on the queue volume (`df -h`) and check memory; Exchange \
             refuses mail until its back pressure thresholds are cleared.",
            "Côté expéditeur : patientez, la file réessaie, et des envois par petits lots \
             soulagent le serveur. Côté réception : libérez de la place sur le volume de la file \
             (`df -h`) et surveillez la mémoire ; Exchange refuse le courrier tant que ses seuils \
             de « back pressure » sont dépassés.",
        ),
    },
    ReplyText {
        code: 432,
        standard: true,
        title_fr: "Transition de mot de passe nécessaire",
        side: Side::Sender,
        meaning: Bi::new(
            "Answer to AUTH (RFC 4954, `432 4.7.12`): the account exists, but the server cannot \
             use the chosen mechanism for it yet. Typically it needs the password once, over an \
             encrypted connection, to build the stored credentials of the stronger mechanism (for \
             instance after a move to SCRAM); it concerns the account, not the message.",
            "Réponse à AUTH (RFC 4954, `432 4.7.12`) : le compte existe, mais le serveur ne peut \
             pas encore utiliser le mécanisme choisi pour lui. En général, il a besoin du mot de \
             passe une fois, sur une connexion chiffrée, pour construire les données \
             d'authentification du mécanisme plus fort (par exemple après un passage à SCRAM) ; le \
             problème tient au compte, pas au message.",
        ),
        advice: Bi::new(
            "The account owner should authenticate once with PLAIN or LOGIN over TLS, or reset the \
             password through the provider's web interface; the stronger mechanism works \
             afterwards. Administrators should check how the server stores credentials for the new \
             mechanism.",
            "Le titulaire du compte doit s'authentifier une fois en PLAIN ou LOGIN sous TLS, ou \
             réinitialiser son mot de passe via l'interface web du fournisseur ; le mécanisme plus \
             fort fonctionnera ensuite. Côté administration, vérifiez comment le serveur stocke \
             les identifiants pour ce nouveau mécanisme.",
        ),
    },
    ReplyText {
        code: 432,
        standard: false,
        title_fr: "File d'attente entrante du serveur de réception arrêtée",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "Not the RFC 4954 meaning: Microsoft Exchange uses 432 to say that the incoming mail \
             queue of the recipient's server has been stopped, repeating the enhanced code 4.3.2 \
             (system not accepting network messages). It happens during maintenance, when the \
             transport service is paused or draining, or when the server shields itself from \
             overload. No RFC defines this use; it mirrors the standard `421 4.3.2`.",
            "Ce n'est pas le sens de la RFC 4954 : Microsoft Exchange emploie 432 pour dire que la \
             file d'attente entrante du serveur destinataire est arrêtée, en reprenant le code \
             étendu 4.3.2 (système n'acceptant pas les messages du réseau). Cela arrive pendant \
             une maintenance, quand le service de transport est en pause ou se vide, ou quand le \
             serveur se protège d'une surcharge. Aucune RFC ne définit cet usage ; il correspond \
             au `421 4.3.2` standard.",
        ),
        advice: Bi::new(
            "Nothing to change on the sending side: the queue retries. If it lasts for hours, \
             alert the recipient's administrators, who should check the Exchange transport \
             services and whether the server was left in maintenance mode.",
            "Rien à changer côté envoi : la file réessaie. Si cela dure des heures, prévenez les \
             administrateurs du destinataire : ils doivent vérifier les services de transport \
             d'Exchange et si le serveur n'est pas resté en mode maintenance.",
        ),
    },
    ReplyText {
        code: 441,
        standard: false,
        title_fr: "Le serveur destinataire ne répond pas",
        side: Side::Network,
        meaning: Bi::new(
            "No RFC defines 441; it repeats the enhanced code 4.4.1 (no answer from host) and is \
             reported from some MTAs and Microsoft Exchange. Usually a relay passes it back: it \
             got no answer from the next server, which was down, overloaded or hidden behind a \
             firewall. The standard equivalent is `451 4.4.1`.",
            "Aucune RFC ne définit 441 ; il reprend le code étendu 4.4.1 (pas de réponse de \
             l'hôte) et on le signale chez certains MTA et chez Microsoft Exchange. Le plus \
             souvent, c'est un relais qui le renvoie : il n'a obtenu aucune réponse du serveur \
             suivant, arrêté, surchargé ou bloqué par un pare-feu. L'équivalent standard est `451 \
             4.4.1`.",
        ),
        advice: Bi::new(
            "Let the queue retry. If it persists, check the destination's MX records (`dig MX \
             example.com`) and whether port 25 answers (`nc -vz mx.example.com 25`); the receiving \
             postmaster should make sure the server is up and reachable from outside.",
            "Laissez la file réessayer. Si cela persiste, vérifiez les MX de la destination (`dig \
             MX example.com`) et que le port 25 répond (`nc -vz mx.example.com 25`) ; le \
             postmaster de réception doit s'assurer que le serveur tourne et reste joignable \
             depuis l'extérieur.",
        ),
    },
    ReplyText {
        code: 442,
        standard: false,
        title_fr: "Connexion interrompue pendant la transmission",
        side: Side::Network,
        meaning: Bi::new(
            "No RFC defines 442; it repeats the enhanced code 4.4.2 (bad connection). The \
             connection was established but broke before the transaction completed: a timeout, a \
             network drop, a server restart or a middlebox cutting the session. The standard form \
             is `421 4.4.2`.",
            "Aucune RFC ne définit 442 ; il reprend le code étendu 4.4.2 (mauvaise connexion). La \
             connexion s'est établie puis s'est rompue avant la fin de la transaction : délai \
             dépassé, coupure réseau, redémarrage du serveur ou équipement intermédiaire qui a \
             coupé la session. La forme standard est `421 4.4.2`.",
        ),
        advice: Bi::new(
            "Usually transient: the queue retries. If the same route keeps breaking, look for \
             packet loss, MTU problems or a firewall that inspects SMTP; large messages are the \
             first to suffer.",
            "En général passager : la file réessaie. Si la même route casse sans cesse, cherchez \
             des pertes de paquets, un problème de MTU ou un pare-feu qui inspecte SMTP ; les gros \
             messages en pâtissent les premiers.",
        ),
    },
    ReplyText {
        code: 446,
        standard: false,
        title_fr: "Nombre maximal de sauts dépassé (boucle)",
        side: Side::Configuration,
        meaning: Bi::new(
            "No RFC defines 446; it repeats the enhanced code 4.4.6 (routing loop detected), a \
             numbering tied to Microsoft Exchange. The message went through too many servers (too \
             many `Received:` headers), which points to a loop: two servers relaying to each \
             other, an MX pointing back, or forwarding rules that send mail round in circles.",
            "Aucune RFC ne définit 446 ; il reprend le code étendu 4.4.6 (boucle de routage \
             détectée), une numérotation associée à Microsoft Exchange. Le message a traversé trop \
             de serveurs (trop d'en-têtes `Received:`), signe d'une boucle : deux serveurs qui se \
             renvoient le message, un MX qui pointe vers l'origine, ou des règles de transfert qui \
             tournent en rond.",
        ),
        advice: Bi::new(
            "Read the `Received:` headers of the returned copy to see where the loop turns, then \
             fix the routing (transport maps, smart host, MX records) or the forwarding rules. \
             Postfix stops such a message on its own once it carries more than `hopcount_limit` \
             (50) `Received:` headers.",
            "Lisez les en-têtes `Received:` de la copie renvoyée pour voir où la boucle se \
             referme, puis corrigez le routage (tables de transport, smart host, enregistrements \
             MX) ou les règles de transfert. Postfix arrête de lui-même un tel message dès qu'il \
             porte plus de `hopcount_limit` (50) en-têtes `Received:`.",
        ),
    },
    ReplyText {
        code: 447,
        standard: false,
        title_fr: "Délai d'envoi du message dépassé",
        side: Side::Network,
        meaning: Bi::new(
            "No RFC defines 447; it repeats the enhanced code 4.4.7 (delivery time expired), a \
             numbering tied to Microsoft Exchange. A server on the way kept the message queued \
             until it was too old, usually because the next hop stayed unreachable or kept \
             deferring it.",
            "Aucune RFC ne définit 447 ; il reprend le code étendu 4.4.7 (délai de remise expiré), \
             une numérotation associée à Microsoft Exchange. Un serveur sur le trajet a gardé le \
             message en file jusqu'à ce qu'il soit trop vieux, le plus souvent parce que l'étape \
             suivante restait injoignable ou le différait sans cesse.",
        ),
        advice: Bi::new(
            "Find the first temporary error that held the message (in the relay's log or in the \
             delay warnings) and fix that cause; the expiry is only its consequence. Then send the \
             message again.",
            "Retrouvez la première erreur temporaire qui a bloqué le message (dans le journal du \
             relais ou dans les avis de retard) et traitez cette cause ; l'expiration n'en est que \
             la conséquence. Renvoyez ensuite le message.",
        ),
    },
    ReplyText {
        code: 449,
        standard: false,
        title_fr: "Erreur de routage",
        side: Side::Configuration,
        meaning: Bi::new(
            "No RFC defines 449; it is specific to Microsoft Exchange, which uses it when it \
             cannot work out where to send the message next. It matches the routing codes 4.4.0 \
             and 4.4.4 (unable to route): no usable connector, smart host or DNS answer for the \
             destination.",
            "Aucune RFC ne définit 449 ; il est propre à Microsoft Exchange, qui l'emploie quand \
             il ne sait pas vers où envoyer le message ensuite. Il correspond aux codes de routage \
             4.4.0 et 4.4.4 (routage impossible) : aucun connecteur, smart host ou réponse DNS \
             utilisable pour la destination.",
        ),
        advice: Bi::new(
            "On the Exchange side, check the send connectors and their address spaces, the smart \
             host settings and DNS resolution of the destination (`Resolve-DnsName -Type MX \
             example.com`). If the error comes from someone else's Exchange, only its \
             administrators can fix it.",
            "Côté Exchange, vérifiez les connecteurs d'envoi et leurs espaces d'adressage, les \
             réglages de smart host et la résolution DNS de la destination (`Resolve-DnsName -Type \
             MX example.com`). Si l'erreur vient de l'Exchange de quelqu'un d'autre, seuls ses \
             administrateurs peuvent la corriger.",
        ),
    },
    ReplyText {
        code: 450,
        standard: true,
        title_fr: "Action demandée non effectuée : boîte aux lettres indisponible",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "Temporary refusal, most often at RCPT, sometimes at MAIL. Typical causes: greylisting \
             (`450 4.2.0 ... Greylisted`: the first attempt from an unknown sender is deferred on \
             purpose), a locked or busy mailbox, or a check that could not conclude, such as \
             Postfix's defaults for a client without reverse DNS (`Client host rejected: cannot \
             find your hostname`) or a sender domain that does not resolve (`450 4.1.8`). Under \
             ODMR (RFC 2645) it means an ATRN request was refused.",
            "Refus temporaire, le plus souvent au RCPT, parfois au MAIL. Causes typiques : \
             greylisting (`450 4.2.0 ... Greylisted` : la première tentative d'un expéditeur \
             inconnu est différée exprès), boîte aux lettres verrouillée ou occupée, ou \
             vérification qui n'a pas pu aboutir, comme les réglages par défaut de Postfix pour un \
             client sans DNS inverse (`Client host rejected: cannot find your hostname`) ou un \
             domaine expéditeur qui ne se résout pas (`450 4.1.8`). Avec ODMR (RFC 2645), une \
             demande ATRN a été refusée.",
        ),
        advice: Bi::new(
            "Let the queue retry: greylisting clears at the next attempt after a few minutes, as \
             long as the retry comes from the same IP or network. If the 450 lasts for hours, act \
             on its text (PTR record of your sending IP, DNS of the sender domain) or ask the \
             receiving postmaster. On a receiving Postfix, `soft_bounce = yes` turns every 5xx \
             into 4xx, so a permanent refusal may hide behind a 450.",
            "Laissez la file réessayer : le greylisting se lève à la tentative suivante, après \
             quelques minutes, pourvu qu'elle parte de la même IP ou du même réseau. Si le 450 \
             dure des heures, agissez selon son texte (enregistrement PTR de votre IP d'envoi, DNS \
             du domaine expéditeur) ou interrogez le postmaster de réception. Sur un Postfix de \
             réception, `soft_bounce = yes` change tout 5xx en 4xx : un refus définitif peut donc \
             se cacher derrière un 450.",
        ),
    },
    ReplyText {
        code: 451,
        standard: true,
        title_fr: "Action demandée interrompue : erreur locale de traitement",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "The receiving server hit a temporary problem of its own, at MAIL, RCPT or after the \
             end of the data: a lookup table or database not answering (Postfix: `451 4.3.5 Server \
             configuration problem`), a content filter or antivirus down, a full or failing queue \
             disk, a temporary DNS failure. Many greylisting setups answer 451 too (`451 4.7.1 \
             Please try again later`), as does Microsoft 365 when busy (`451 4.7.500 Server \
             busy`); under ODMR it means ATRN cannot be processed now.",
            "Le serveur de réception a rencontré un problème temporaire qui lui est propre, au \
             MAIL, au RCPT ou après la fin des données : table de correspondance ou base de \
             données qui ne répond pas (Postfix : `451 4.3.5 Server configuration problem`), \
             filtre de contenu ou antivirus arrêté, disque de la file plein ou défaillant, échec \
             DNS temporaire. Beaucoup de dispositifs de greylisting répondent aussi 451 (`451 \
             4.7.1 Please try again later`), tout comme Microsoft 365 quand il est surchargé (`451 \
             4.7.500 Server busy`) ; avec ODMR, la demande ATRN ne peut pas être traitée pour \
             l'instant.",
        ),
        advice: Bi::new(
            "As the sender, let the queue retry; if it still fails after a day, send the exact \
             reply text to the receiving postmaster. As the receiving postmaster, look in your own \
             log at the same moment for `warning:` or `fatal:` lines (map lookup errors, filter or \
             policy service unreachable, disk full) and fix them.",
            "Côté expéditeur, laissez la file réessayer ; si l'échec dure plus d'une journée, \
             envoyez le texte exact de la réponse au postmaster de réception. Côté réception, \
             cherchez dans votre propre journal, au même moment, les lignes `warning:` ou `fatal:` \
             (erreur de lecture d'une table, filtre ou service de politique injoignable, disque \
             plein) et corrigez-en la cause.",
        ),
    },
    ReplyText {
        code: 452,
        standard: true,
        title_fr: "Action demandée non effectuée : stockage système insuffisant",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "Temporary lack of room, in three common forms. At RCPT: too many recipients for this \
             transaction (`452 4.5.3 Error: too many recipients`, Postfix \
             `smtpd_recipient_limit`), or a full mailbox (`452 4.2.2`, as Gmail sends it). At MAIL \
             or after the data: the server itself is short of disk or resources (`452 4.3.1 \
             Insufficient system storage`: Postfix when free queue space falls under \
             `queue_minfree` or 1.5 times `message_size_limit`, Exchange back pressure).",
            "Manque de place temporaire, sous trois formes courantes. Au RCPT : trop de \
             destinataires pour cette transaction (`452 4.5.3 Error: too many recipients`, \
             `smtpd_recipient_limit` chez Postfix), ou boîte aux lettres pleine (`452 4.2.2`, tel \
             que l'envoie Gmail). Au MAIL ou après les données : le serveur lui-même manque de \
             disque ou de ressources (`452 4.3.1 Insufficient system storage` : Postfix quand \
             l'espace libre de la file passe sous `queue_minfree` ou 1,5 fois \
             `message_size_limit`, « back pressure » d'Exchange).",
        ),
        advice: Bi::new(
            "Too many recipients needs no action: a conforming client sends the rest in a new \
             transaction, and `smtp_destination_recipient_limit` lowers the batch size for a \
             strict destination. A full mailbox is for the recipient to empty (warn them by \
             another channel); a full system is for the receiving postmaster (`df -h \
             /var/spool/postfix`, then find what is filling the disk).",
            "Trop de destinataires ne demande rien : un client conforme envoie le reste dans une \
             nouvelle transaction, et `smtp_destination_recipient_limit` réduit la taille des lots \
             pour une destination exigeante. Une boîte pleine, c'est au destinataire de la vider \
             (prévenez-le par un autre moyen) ; un système plein, c'est au postmaster de réception \
             d'agir (`df -h /var/spool/postfix`, puis trouver ce qui remplit le disque).",
        ),
    },
    ReplyText {
        code: 453,
        standard: true,
        title_fr: "Vous n'avez pas de courrier",
        side: Side::Nobody,
        meaning: Bi::new(
            "ODMR only (RFC 2645): answer to ATRN when no mail is waiting for the client's \
             domains. On-demand relaying is rare, so this code almost never shows up in ordinary \
             logs.",
            "Uniquement avec ODMR (RFC 2645) : réponse à ATRN quand aucun courrier n'attend pour \
             les domaines du client. Le relais à la demande est rare ; ce code n'apparaît donc \
             presque jamais dans les journaux ordinaires.",
        ),
        advice: Bi::new(
            "Nothing to do: there is simply nothing to pick up. If mail was expected, check with \
             the provider that it is routed to the ODMR queue for your domain.",
            "Rien à faire : il n'y a simplement rien à relever. Si du courrier était attendu, \
             vérifiez avec le fournisseur qu'il est bien dirigé vers la file ODMR de votre \
             domaine.",
        ),
    },
    ReplyText {
        code: 454,
        standard: true,
        title_fr: "Échec temporaire de l'authentification, ou TLS indisponible pour une raison temporaire",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "Temporary security failure. After AUTH (RFC 4954): the authentication backend failed \
             (`454 4.7.0 Temporary authentication failure`, e.g. Dovecot auth or saslauthd not \
             answering). After STARTTLS (RFC 3207): the server could not start TLS, often because \
             it cannot read its certificate or key. Postfix also answers `454 4.7.1 ... Relay \
             access denied` at RCPT, from `defer_unauth_destination` in its default relay \
             restrictions, when an unauthenticated client tries to relay.",
            "Échec de sécurité temporaire. Après AUTH (RFC 4954) : le service d'authentification a \
             échoué (`454 4.7.0 Temporary authentication failure`, par exemple l'authentification \
             de Dovecot ou saslauthd qui ne répond pas). Après STARTTLS (RFC 3207) : le serveur \
             n'a pas pu démarrer TLS, souvent faute de pouvoir lire son certificat ou sa clé. \
             Postfix répond aussi `454 4.7.1 ... Relay access denied` au RCPT, via \
             `defer_unauth_destination` dans ses restrictions de relais par défaut, quand un \
             client non authentifié tente de relayer.",
        ),
        advice: Bi::new(
            "For AUTH or TLS, the receiving postmaster must check the SASL service and the \
             certificate files (Postfix: `smtpd_tls_cert_file`, `smtpd_tls_key_file`, and the \
             `warning:` lines of the log). For relay access denied, the client must authenticate \
             (port 587 with SASL) or be listed in `mynetworks`, or the domain must go into \
             `relay_domains` if this server is meant to accept it.",
            "Pour AUTH ou TLS, le postmaster de réception doit vérifier le service SASL et les \
             fichiers de certificat (Postfix : `smtpd_tls_cert_file`, `smtpd_tls_key_file`, et les \
             lignes `warning:` du journal). Pour un relais refusé, le client doit s'authentifier \
             (port 587 avec SASL) ou figurer dans `mynetworks`, ou bien le domaine doit entrer \
             dans `relay_domains` si ce serveur est censé l'accepter.",
        ),
    },
    ReplyText {
        code: 455,
        standard: true,
        title_fr: "Le serveur ne peut pas satisfaire les paramètres",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "RFC 5321: the server understood the parameters given on MAIL FROM or RCPT TO but \
             cannot honour them at the moment. It is the temporary sister of 555 and is rarely \
             seen in practice.",
            "RFC 5321 : le serveur a compris les paramètres donnés avec MAIL FROM ou RCPT TO mais \
             ne peut pas les honorer pour l'instant. C'est le pendant temporaire de 555, rarement \
             rencontré en pratique.",
        ),
        advice: Bi::new(
            "Let the queue retry. If it persists, find in a session transcript which parameter the \
             client sends (`SIZE=`, `BODY=`, `NOTIFY=`, `SMTPUTF8`...) and ask the receiving \
             postmaster what cannot be met.",
            "Laissez la file réessayer. Si cela persiste, repérez dans une transcription de \
             session quel paramètre le client envoie (`SIZE=`, `BODY=`, `NOTIFY=`, `SMTPUTF8`...) \
             et demandez au postmaster de réception ce qui ne peut pas être satisfait.",
        ),
    },
    ReplyText {
        code: 458,
        standard: true,
        title_fr: "Impossible de mettre en file les messages pour le nœud",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "ETRN only (RFC 1985): the server accepted the command but cannot start a queue run \
             for the named domain (node) right now, for instance because its queue handling is \
             busy or failing.",
            "Uniquement avec ETRN (RFC 1985) : le serveur a accepté la commande mais ne peut pas \
             lancer tout de suite le traitement de la file pour le domaine (nœud) nommé, par \
             exemple parce que sa gestion de file est occupée ou en panne.",
        ),
        advice: Bi::new(
            "Send ETRN again later. On the server that answered, check the queue (`mailq`) and, \
             with Postfix, that the domain is handled by the fast flush service \
             (`fast_flush_domains`).",
            "Renvoyez ETRN plus tard. Sur le serveur qui a répondu, examinez la file (`mailq`) et, \
             avec Postfix, vérifiez que le domaine relève du service de vidage rapide \
             (`fast_flush_domains`).",
        ),
    },
    ReplyText {
        code: 459,
        standard: true,
        title_fr: "Nœud non autorisé",
        side: Side::Configuration,
        meaning: Bi::new(
            "ETRN only (RFC 1985): the server refuses to run the queue for this domain (node), \
             with the reason in the text: it does not queue mail for that domain, or the client \
             may not ask.",
            "Uniquement avec ETRN (RFC 1985) : le serveur refuse de traiter la file pour ce \
             domaine (nœud), avec la raison dans le texte : il ne garde pas de courrier pour ce \
             domaine, ou le client n'a pas le droit de le demander.",
        ),
        advice: Bi::new(
            "Ask the provider that holds your mail to enable ETRN for your domain and your IP. \
             With Postfix, the domain must be in `fast_flush_domains` (by default \
             `$relay_domains`) and the client allowed by `smtpd_etrn_restrictions`.",
            "Demandez au fournisseur qui garde votre courrier d'autoriser ETRN pour votre domaine \
             et votre IP. Avec Postfix, le domaine doit figurer dans `fast_flush_domains` (par \
             défaut `$relay_domains`) et le client être admis par `smtpd_etrn_restrictions`.",
        ),
    },
    ReplyText {
        code: 471,
        standard: false,
        title_fr: "Erreur du serveur de messagerie local, souvent le filtre antispam",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "No RFC defines 471 and no emitter is reliably known: web lists describe it as a local \
             error on the mail server, often in its anti-spam filter. Read it as the standard `451 \
             4.7.1`: a temporary refusal for a local or policy reason, which the queue retries.",
            "Aucune RFC ne définit 471, et on ne sait pas avec certitude qui l'émet : les listes \
             sur le Web y voient une erreur locale du serveur de messagerie, souvent dans son \
             filtre antispam. Lisez-le comme le `451 4.7.1` standard : un refus temporaire pour \
             une raison locale ou de politique, que la file retentera.",
        ),
        advice: Bi::new(
            "Let the queue retry. If it repeats, send the full reply text to the administrators of \
             the server that produced it (your own provider if it comes from your relay): the \
             filter's own log holds the real cause.",
            "Laissez la file réessayer. Si cela se répète, transmettez le texte complet de la \
             réponse aux administrateurs du serveur qui l'a produite (votre propre fournisseur si \
             elle vient de votre relais) : le journal du filtre contient la vraie cause.",
        ),
    },
    ReplyText {
        code: 500,
        standard: true,
        title_fr: "Erreur de syntaxe, commande non reconnue",
        side: Side::SendingServer,
        meaning: Bi::new(
            "The server did not understand the command line at all, in any phase. In logs it \
             usually comes from a client that does not speak SMTP (HTTP requests, port scanners), \
             plain SMTP sent to the implicit-TLS port 465, a firewall \"SMTP inspection\" that \
             garbles commands (Cisco's fixup turns EHLO into `XXXX`), or a line over the 512-octet \
             command limit of RFC 5321. During AUTH, an overlong exchange line gets `500 5.5.6`.",
            "Le serveur n'a pas compris la ligne de commande du tout, à n'importe quelle étape. \
             Dans les journaux, il vient en général d'un client qui ne parle pas SMTP (requêtes \
             HTTP, scanners de ports), de SMTP en clair envoyé sur le port 465 à TLS implicite, \
             d'une « inspection SMTP » de pare-feu qui abîme les commandes (le fixup de Cisco \
             change EHLO en `XXXX`), ou d'une ligne dépassant la limite de 512 octets fixée par la \
             RFC 5321. Pendant AUTH, une ligne d'échange trop longue reçoit `500 5.5.6`.",
        ),
        advice: Bi::new(
            "Capture the exact command in a session transcript (`swaks --server mx.example.com \
             --to user@example.com`, or `debug_peer_list` in Postfix). Turn off SMTP inspection on \
             the firewall and match port and TLS mode (STARTTLS on 587, implicit TLS on 465); \
             lines from scanners need no fix.",
            "Capturez la commande exacte dans une transcription de session (`swaks --server \
             mx.example.com --to user@example.com`, ou `debug_peer_list` chez Postfix). Désactivez \
             l'inspection SMTP du pare-feu et accordez port et mode TLS (STARTTLS sur 587, TLS \
             implicite sur 465) ; les lignes venant de scanners ne demandent aucune correction.",
        ),
    },
    ReplyText {
        code: 501,
        standard: true,
        title_fr: "Erreur de syntaxe dans les paramètres ou arguments",
        side: Side::SendingServer,
        meaning: Bi::new(
            "The command was known but its argument was not valid. Frequent cases: an address \
             without angle brackets or with spaces in MAIL FROM or RCPT TO, an EHLO with no name \
             or an invalid one (Postfix: `501 5.5.2 ... Helo command rejected: Invalid name`), or \
             an AUTH response that is not valid base64.",
            "La commande était connue, mais son argument n'était pas valide. Cas fréquents : \
             adresse sans chevrons ou contenant des espaces dans MAIL FROM ou RCPT TO, EHLO sans \
             nom ou avec un nom invalide (Postfix : `501 5.5.2 ... Helo command rejected: Invalid \
             name`), ou réponse AUTH qui n'est pas du base64 valide.",
        ),
        advice: Bi::new(
            "Fix the software that builds the command (application, script, printer or scanner \
             that sends mail): addresses must be written `<user@example.com>` and EHLO must carry \
             a real host name. A session transcript made with `swaks` shows the faulty line.",
            "Corrigez le logiciel qui construit la commande (application, script, imprimante ou \
             scanner qui envoie du courrier) : les adresses s'écrivent `<user@example.com>` et \
             EHLO doit porter un vrai nom d'hôte. Une transcription de session faite avec `swaks` \
             montre la ligne fautive.",
        ),
    },
    ReplyText {
        code: 502,
        standard: true,
        title_fr: "Commande non implémentée",
        side: Side::SendingServer,
        meaning: Bi::new(
            "The server does not support this command, or has turned it off: often VRFY (`502 \
             5.5.1 VRFY command is disabled` from Postfix), EXPN, ETRN or TURN, and on some \
             servers AUTH where it is not offered. The session goes on; only that command failed.",
            "Le serveur ne prend pas en charge cette commande, ou l'a désactivée : souvent VRFY \
             (`502 5.5.1 VRFY command is disabled` chez Postfix), EXPN, ETRN ou TURN, et sur \
             certains serveurs AUTH là où elle n'est pas proposée. La session continue ; seule \
             cette commande a échoué.",
        ),
        advice: Bi::new(
            "A client should only use the extensions listed in the server's EHLO reply. If AUTH is \
             refused this way, you are probably on the wrong port or server: send through the \
             submission port 587 (or 465) of your provider.",
            "Un client ne doit utiliser que les extensions annoncées dans la réponse EHLO du \
             serveur. Si AUTH est refusée de cette façon, vous êtes probablement sur le mauvais \
             port ou le mauvais serveur : passez par le port de soumission 587 (ou 465) de votre \
             fournisseur.",
        ),
    },
    ReplyText {
        code: 503,
        standard: true,
        title_fr: "Mauvaise séquence de commandes",
        side: Side::SendingServer,
        meaning: Bi::new(
            "A command came in the wrong order: MAIL before EHLO, RCPT before MAIL, DATA without \
             an accepted recipient (`503 5.5.1 Error: need RCPT command`), AUTH twice, or AUTH \
             where it is not enabled (`503 5.5.1 Error: authentication not enabled`, Postfix \
             before STARTTLS with `smtpd_tls_auth_only = yes`). With pipelining it often just \
             follows an earlier refusal: once every RCPT was rejected, the DATA sent on behind \
             them fails too.",
            "Une commande est arrivée dans le désordre : MAIL avant EHLO, RCPT avant MAIL, DATA \
             sans destinataire accepté (`503 5.5.1 Error: need RCPT command`), AUTH deux fois, ou \
             AUTH là où elle n'est pas activée (`503 5.5.1 Error: authentication not enabled`, \
             Postfix avant STARTTLS avec `smtpd_tls_auth_only = yes`). Avec le pipelining, ce \
             n'est souvent que la suite d'un refus précédent : tous les RCPT ayant été rejetés, le \
             DATA envoyé dans la foulée échoue aussi.",
        ),
        advice: Bi::new(
            "Look at the reply just before the 503: it usually holds the real cause (a refused \
             recipient, a failed STARTTLS). If nothing was refused, the client software speaks \
             SMTP wrongly and needs fixing or updating; a few older servers also answer 503 when \
             authentication is required first.",
            "Regardez la réponse qui précède le 503 : elle contient en général la vraie cause \
             (destinataire refusé, STARTTLS en échec). Si rien n'a été refusé, le logiciel client \
             parle mal SMTP et doit être corrigé ou mis à jour ; quelques serveurs anciens \
             répondent aussi 503 quand une authentification est exigée d'abord.",
        ),
    },
    ReplyText {
        code: 504,
        standard: true,
        title_fr: "Paramètre de commande non implémenté",
        side: Side::Configuration,
        meaning: Bi::new(
            "The command is supported, but not with this parameter. With AUTH, the server does not \
             know the mechanism asked for (`504 5.5.4 Unrecognized authentication type`, RFC \
             4954). In Postfix logs it is also the default code for names that are not fully \
             qualified (`non_fqdn_reject_code`): `504 5.5.2 <host>: Helo command rejected: need \
             fully-qualified hostname`, or a sender or recipient address without a domain.",
            "La commande est prise en charge, mais pas avec ce paramètre. Avec AUTH, le serveur ne \
             connaît pas le mécanisme demandé (`504 5.5.4 Unrecognized authentication type`, RFC \
             4954). Dans les journaux de Postfix, c'est aussi le code par défaut pour les noms \
             incomplets (`non_fqdn_reject_code`) : `504 5.5.2 <host>: Helo command rejected: need \
             fully-qualified hostname`, ou une adresse d'expéditeur ou de destinataire sans \
             domaine.",
        ),
        advice: Bi::new(
            "For AUTH, pick in the client a mechanism listed in the server's EHLO reply (`250-AUTH \
             PLAIN LOGIN`). For the Postfix case, make the client announce its full host name in \
             EHLO and use complete addresses (`user@example.com`); when Postfix itself is the \
             client, check `myhostname` and `myorigin`.",
            "Pour AUTH, choisissez dans le client un mécanisme annoncé dans la réponse EHLO du \
             serveur (`250-AUTH PLAIN LOGIN`). Pour le cas Postfix, faites annoncer au client son \
             nom d'hôte complet dans EHLO et utilisez des adresses complètes (`user@example.com`) \
             ; quand c'est Postfix qui envoie, vérifiez `myhostname` et `myorigin`.",
        ),
    },
    ReplyText {
        code: 510,
        standard: false,
        title_fr: "Adresse électronique incorrecte",
        side: Side::Sender,
        meaning: Bi::new(
            "No RFC defines 510: some servers and web lists use it as a bare copy of the enhanced \
             code 5.1.0 (other address status). Something is wrong with an address of the message, \
             usually the recipient's. The standard way to say it is `550 5.1.0`.",
            "Aucune RFC ne définit 510 : certains serveurs et des listes sur le Web l'emploient \
             comme simple recopie du code étendu 5.1.0 (autre problème d'adresse). Une adresse du \
             message pose problème, en général celle du destinataire. La forme standard est `550 \
             5.1.0`.",
        ),
        advice: Bi::new(
            "Check the recipient address for typos, in the local part and in the domain, and send \
             again. If the address looks right, ask the recipient by another channel whether it \
             still works.",
            "Vérifiez l'adresse du destinataire, partie locale comme domaine, à la recherche d'une \
             faute de frappe, puis renvoyez. Si l'adresse semble juste, demandez au destinataire \
             par un autre moyen si elle fonctionne toujours.",
        ),
    },
    ReplyText {
        code: 511,
        standard: false,
        title_fr: "Adresse incorrecte : la boîte aux lettres n'existe pas",
        side: Side::Sender,
        meaning: Bi::new(
            "No RFC defines 511: it copies the digits of the enhanced code 5.1.1 (bad destination \
             mailbox address). The receiving server does not know the recipient: a typo in the \
             part before the @, or an account deleted or renamed. The standard form is `550 5.1.1 \
             User unknown`.",
            "Aucune RFC ne définit 511 : il recopie les chiffres du code étendu 5.1.1 (adresse de \
             boîte de destination incorrecte). Le serveur de réception ne connaît pas le \
             destinataire : faute de frappe avant le @, ou compte supprimé ou renommé. La forme \
             standard est `550 5.1.1 User unknown`.",
        ),
        advice: Bi::new(
            "Correct the address and send again; resending it unchanged fails the same way. Remove \
             dead addresses from your lists, since repeated sends to unknown users hurt your \
             sender reputation.",
            "Corrigez l'adresse et renvoyez ; la renvoyer telle quelle échouera de la même façon. \
             Retirez les adresses mortes de vos listes : des envois répétés vers des utilisateurs \
             inconnus nuisent à votre réputation d'expéditeur.",
        ),
    },
    ReplyText {
        code: 512,
        standard: false,
        title_fr: "Domaine du destinataire introuvable dans le DNS",
        side: Side::Sender,
        meaning: Bi::new(
            "No RFC defines 512: it copies the enhanced code 5.1.2 (bad destination system \
             address). The domain after the @ has no MX or address record, or does not exist at \
             all, often because of a typo (`gmial.com`) or an expired domain. The standard form is \
             `550 5.1.2`; Postfix reports the same case as `Host or domain name not found`.",
            "Aucune RFC ne définit 512 : il recopie le code étendu 5.1.2 (système de destination \
             incorrect). Le domaine après le @ n'a ni MX ni enregistrement d'adresse, ou n'existe \
             pas du tout, souvent à cause d'une faute de frappe (`gmial.com`) ou d'un domaine \
             expiré. La forme standard est `550 5.1.2` ; Postfix signale le même cas par `Host or \
             domain name not found`.",
        ),
        advice: Bi::new(
            "Check the spelling of the domain and test it with `dig MX example.com` and `dig A \
             example.com`. If you own the domain, check its registration and its DNS zone (MX \
             records, name servers).",
            "Vérifiez l'orthographe du domaine et testez-le avec `dig MX example.com` et `dig A \
             example.com`. Si le domaine est à vous, contrôlez son enregistrement auprès du \
             registrar et sa zone DNS (enregistrements MX, serveurs de noms).",
        ),
    },
    ReplyText {
        code: 513,
        standard: false,
        title_fr: "Type d'adresse incorrect",
        side: Side::Sender,
        meaning: Bi::new(
            "No RFC defines 513: it copies the enhanced code 5.1.3 (bad destination address \
             syntax). The address is malformed: stray spaces, a missing @, forbidden characters, \
             or a display name sent in place of the address. Some servers also use 513 for \
             authentication or relay refusals, so read the text that follows.",
            "Aucune RFC ne définit 513 : il recopie le code étendu 5.1.3 (syntaxe d'adresse de \
             destination incorrecte). L'adresse est mal formée : espaces parasites, @ manquant, \
             caractères interdits, ou nom d'affichage envoyé à la place de l'adresse. Certains \
             serveurs emploient aussi 513 pour des refus d'authentification ou de relais : lisez \
             le texte qui suit.",
        ),
        advice: Bi::new(
            "Check the address as the sending software writes it (`<user@example.com>`, nothing \
             else inside the brackets). If the text mentions authentication or relaying, set up \
             SMTP authentication in the client instead.",
            "Vérifiez l'adresse telle que le logiciel d'envoi l'écrit (`<user@example.com>`, rien \
             d'autre entre les chevrons). Si le texte parle d'authentification ou de relais, \
             configurez plutôt l'authentification SMTP dans le client.",
        ),
    },
    ReplyText {
        code: 521,
        standard: true,
        title_fr: "La machine n'accepte pas de courrier",
        side: Side::Configuration,
        meaning: Bi::new(
            "RFC 7504 (`521 5.3.2`): a host that never accepts mail says so, usually as its \
             greeting in place of 220, and the refusal is final. Servers send it when they share a \
             name with a service that takes no mail, or to clients they never want to hear from.",
            "RFC 7504 (`521 5.3.2`) : une machine qui n'accepte jamais de courrier le dit, en \
             général dès sa bannière, à la place du 220, et le refus est définitif. Des serveurs \
             l'envoient quand ils partagent un nom avec un service qui ne reçoit pas de courrier, \
             ou aux clients dont ils ne veulent jamais rien recevoir.",
        ),
        advice: Bi::new(
            "Check where the domain's mail is supposed to go with `dig MX example.com`. If the MX \
             points to a host that takes no mail, the domain owner must fix the record, or publish \
             a null MX (RFC 7505) if the domain should receive no mail at all.",
            "Vérifiez où le courrier du domaine est censé aller avec `dig MX example.com`. Si le \
             MX désigne une machine qui ne prend pas de courrier, le propriétaire du domaine doit \
             corriger l'enregistrement, ou publier un MX nul (RFC 7505) si le domaine ne doit \
             recevoir aucun courrier.",
        ),
    },
    ReplyText {
        code: 523,
        standard: false,
        title_fr: "(association IANA uniquement) chiffrement nécessaire",
        side: Side::Configuration,
        meaning: Bi::new(
            "No RFC defines 523 as a reply: the IANA registry merely pairs it with X.7.10 \
             (encryption needed), meaning the requested authentication mechanism needs a strong \
             privacy layer such as TLS first. Web lists give it another meaning, a message larger \
             than the recipient server's limit. The standard forms are `538 5.7.11` for encryption \
             and `552 5.3.4` for size.",
            "Aucune RFC ne définit 523 comme réponse : le registre IANA l'associe seulement à \
             X.7.10 (chiffrement nécessaire), c'est-à-dire que le mécanisme d'authentification \
             demandé exige d'abord une couche de confidentialité forte comme TLS. Les listes du \
             Web lui donnent un autre sens : un message plus gros que la limite du serveur \
             destinataire. Les formes standard sont `538 5.7.11` pour le chiffrement et `552 \
             5.3.4` pour la taille.",
        ),
        advice: Bi::new(
            "If the enhanced code or the text speaks of encryption, enable STARTTLS (or TLS on \
             port 465) before AUTH in the client. If it speaks of size, send smaller attachments \
             or a link; the receiving limit cannot be changed from your side.",
            "Si le code étendu ou le texte parle de chiffrement, activez STARTTLS (ou TLS sur le \
             port 465) avant AUTH dans le client. S'il parle de taille, envoyez des pièces jointes \
             plus légères ou un lien ; la limite du serveur de réception ne se règle pas de votre \
             côté.",
        ),
    },
    ReplyText {
        code: 524,
        standard: false,
        title_fr: "(association IANA uniquement) chiffrement requis pour le mécanisme d'authentification",
        side: Side::Configuration,
        meaning: Bi::new(
            "No RFC defines 524 as a reply: the IANA registry lists it beside 538 for X.7.11. A \
             server that sends it means what `538 5.7.11` means: the client chose an \
             authentication mechanism, such as PLAIN or LOGIN, that the server only allows over an \
             encrypted connection.",
            "Aucune RFC ne définit 524 comme réponse : le registre IANA le cite à côté de 538 pour \
             X.7.11. Un serveur qui l'envoie veut dire la même chose que `538 5.7.11` : le client \
             a choisi un mécanisme d'authentification, comme PLAIN ou LOGIN, que le serveur \
             n'autorise que sur une connexion chiffrée.",
        ),
        advice: Bi::new(
            "Turn on STARTTLS in the client settings, or use port 465 with implicit TLS, and \
             authenticate afterwards. Never work around it by sending the password in clear.",
            "Activez STARTTLS dans les réglages du client, ou passez par le port 465 en TLS \
             implicite, puis authentifiez-vous. Ne contournez jamais le problème en envoyant le \
             mot de passe en clair.",
        ),
    },
    ReplyText {
        code: 525,
        standard: false,
        title_fr: "(association IANA uniquement) compte utilisateur désactivé",
        side: Side::Sender,
        meaning: Bi::new(
            "No RFC defines 525 as a reply: the IANA registry only pairs it with X.7.13 (user \
             account disabled). The account used to send has been disabled by its provider even \
             though the login itself was right: unpaid bill, abuse, suspected break-in. A \
             conforming server pairs 5.7.13 with a standard reply such as 535 or 550 instead.",
            "Aucune RFC ne définit 525 comme réponse : le registre IANA l'associe seulement à \
             X.7.13 (compte utilisateur désactivé). Le compte utilisé pour envoyer a été désactivé \
             par son fournisseur, alors même que les identifiants étaient bons : facture impayée, \
             abus, soupçon de piratage. Un serveur conforme associe plutôt 5.7.13 à une réponse \
             standard comme 535 ou 550.",
        ),
        advice: Bi::new(
            "Only the provider can re-enable the account: contact their support by another \
             channel. If a break-in is the reason, change the password and check the mail client \
             and devices for malware before sending again.",
            "Seul le fournisseur peut réactiver le compte : contactez son support par un autre \
             moyen. Si un piratage en est la cause, changez le mot de passe et recherchez des \
             logiciels malveillants sur le client de messagerie et les appareils avant de renvoyer \
             quoi que ce soit.",
        ),
    },
    ReplyText {
        code: 530,
        standard: true,
        title_fr: "Authentification requise, ou commande STARTTLS obligatoire d'abord",
        side: Side::Configuration,
        meaning: Bi::new(
            "The server will not go on until the client authenticates (RFC 4954, `530 5.7.0 \
             Authentication required`) or starts TLS (RFC 3207, `530 5.7.0 Must issue a STARTTLS \
             command first`); it usually answers MAIL this way. Common cases: an application \
             sending through a submission server without credentials, Exchange's `530 5.7.1 Client \
             was not authenticated`, Microsoft 365's `530 5.7.57`, or a server with mandatory TLS \
             (Postfix `smtpd_tls_security_level = encrypt`). ODMR uses it for ATRN without \
             authentication.",
            "Le serveur refuse d'aller plus loin tant que le client ne s'est pas authentifié (RFC \
             4954, `530 5.7.0 Authentication required`) ou n'a pas démarré TLS (RFC 3207, `530 \
             5.7.0 Must issue a STARTTLS command first`) ; c'est en général au MAIL qu'il répond \
             ainsi. Cas courants : une application qui envoie par un serveur de soumission sans \
             identifiants, le `530 5.7.1 Client was not authenticated` d'Exchange, le `530 5.7.57` \
             de Microsoft 365, ou un serveur à TLS obligatoire (Postfix `smtpd_tls_security_level \
             = encrypt`). ODMR l'emploie pour un ATRN sans authentification.",
        ),
        advice: Bi::new(
            "In the client or application, enable SMTP authentication together with STARTTLS (port \
             587) or TLS (port 465). For a Postfix that relays through a provider, set \
             `smtp_sasl_auth_enable = yes`, `smtp_sasl_password_maps` and `smtp_tls_security_level \
             = encrypt`.",
            "Dans le client ou l'application, activez l'authentification SMTP avec STARTTLS (port \
             587) ou TLS (port 465). Pour un Postfix qui relaie par un fournisseur, renseignez \
             `smtp_sasl_auth_enable = yes`, `smtp_sasl_password_maps` et `smtp_tls_security_level \
             = encrypt`.",
        ),
    },
    ReplyText {
        code: 533,
        standard: false,
        title_fr: "(association IANA uniquement) remise non autorisée",
        side: Side::Sender,
        meaning: Bi::new(
            "No RFC defines 533 as a reply: the IANA registry only lists it among the basic codes \
             for X.7.1 (delivery not authorized, message refused). A server that sends it means a \
             policy refusal: the sender, its IP or the message may not reach this recipient. The \
             standard form is `550 5.7.1` or `554 5.7.1`.",
            "Aucune RFC ne définit 533 comme réponse : le registre IANA le cite seulement parmi \
             les codes de base de X.7.1 (remise non autorisée, message refusé). Un serveur qui \
             l'envoie signale un refus de politique : l'expéditeur, son IP ou le message n'ont pas \
             le droit d'atteindre ce destinataire. La forme standard est `550 5.7.1` ou `554 \
             5.7.1`.",
        ),
        advice: Bi::new(
            "Read the text for the reason (blocklist, SPF or DMARC failure, recipient accepting \
             only certain senders) and fix that: check your IP on blocklists and your SPF, DKIM \
             and DMARC records. If the block looks wrong, contact the recipient's postmaster by \
             another channel.",
            "Cherchez la raison dans le texte (liste de blocage, échec SPF ou DMARC, destinataire \
             qui n'accepte que certains expéditeurs) et traitez-la : vérifiez votre IP sur les \
             listes de blocage et vos enregistrements SPF, DKIM et DMARC. Si le blocage semble \
             injustifié, contactez le postmaster du destinataire par un autre moyen.",
        ),
    },
    ReplyText {
        code: 534,
        standard: true,
        title_fr: "Mécanisme d'authentification trop faible",
        side: Side::Sender,
        meaning: Bi::new(
            "Answer to AUTH (RFC 4954, `534 5.7.9`): server policy does not accept the chosen \
             mechanism for this account. In practice Gmail sends it when the password alone is not \
             enough: `534-5.7.9 Application-specific password required` for accounts with two-step \
             verification, or `534-5.7.14` when Google wants the user to sign in through a browser \
             first.",
            "Réponse à AUTH (RFC 4954, `534 5.7.9`) : la politique du serveur n'accepte pas le \
             mécanisme choisi pour ce compte. En pratique, Gmail l'envoie quand le mot de passe \
             seul ne suffit pas : `534-5.7.9 Application-specific password required` pour les \
             comptes avec validation en deux étapes, ou `534-5.7.14` quand Google veut d'abord que \
             l'utilisateur se connecte dans un navigateur.",
        ),
        advice: Bi::new(
            "Choose a stronger mechanism if the server offers one, or follow the provider's rule: \
             for Gmail, create an app password or switch the client to OAuth2; for `5.7.14`, sign \
             in once on the web and confirm the activity.",
            "Choisissez un mécanisme plus fort si le serveur en propose un, ou suivez la règle du \
             fournisseur : pour Gmail, créez un mot de passe d'application ou passez le client en \
             OAuth2 ; pour `5.7.14`, connectez-vous une fois sur le Web et confirmez l'activité.",
        ),
    },
    ReplyText {
        code: 535,
        standard: true,
        title_fr: "Identifiants d'authentification invalides",
        side: Side::Sender,
        meaning: Bi::new(
            "Answer to AUTH (RFC 4954, `535 5.7.8`): the user name or password was refused. \
             Causes: a wrong or changed password, the wrong login form (full address or bare \
             name), an account that needs an app password or OAuth2 (Gmail `535-5.7.8 Username and \
             Password not accepted`), or SMTP authentication turned off for the account (Microsoft \
             365 `535 5.7.139`). On your own server, streams of 535 from unknown IP addresses are \
             password-guessing attacks.",
            "Réponse à AUTH (RFC 4954, `535 5.7.8`) : le nom d'utilisateur ou le mot de passe a \
             été refusé. Causes : mot de passe erroné ou changé, mauvaise forme d'identifiant \
             (adresse complète ou nom seul), compte qui exige un mot de passe d'application ou \
             OAuth2 (Gmail `535-5.7.8 Username and Password not accepted`), ou authentification \
             SMTP désactivée pour le compte (Microsoft 365 `535 5.7.139`). Sur votre propre \
             serveur, des séries de 535 venant d'IP inconnues sont des attaques par devinette de \
             mot de passe.",
        ),
        advice: Bi::new(
            "Check the credentials and the login form in the client, and whether the provider \
             requires an app password or OAuth2; for Microsoft 365 an administrator must enable \
             SMTP AUTH for the mailbox. Against guessing attacks on your server, ban repeat \
             offenders (fail2ban on `SASL LOGIN authentication failed` lines) and offer AUTH on \
             the submission ports only.",
            "Vérifiez les identifiants et leur forme dans le client, et si le fournisseur exige un \
             mot de passe d'application ou OAuth2 ; chez Microsoft 365, un administrateur doit \
             activer SMTP AUTH pour la boîte. Contre les attaques sur votre serveur, bannissez les \
             récidivistes (fail2ban sur les lignes `SASL LOGIN authentication failed`) et ne \
             proposez AUTH que sur les ports de soumission.",
        ),
    },
    ReplyText {
        code: 538,
        standard: true,
        title_fr: "Chiffrement requis pour le mécanisme d'authentification demandé",
        side: Side::Configuration,
        meaning: Bi::new(
            "Answer to AUTH (RFC 4954, `538 5.7.11`): the chosen mechanism, typically PLAIN or \
             LOGIN, which send the password almost in clear, is only allowed once the connection \
             is encrypted, and the client tried it without TLS.",
            "Réponse à AUTH (RFC 4954, `538 5.7.11`) : le mécanisme choisi, typiquement PLAIN ou \
             LOGIN, qui font passer le mot de passe quasiment en clair, n'est autorisé qu'une fois \
             la connexion chiffrée, et le client l'a tenté sans TLS.",
        ),
        advice: Bi::new(
            "Enable STARTTLS in the client (port 587) or use implicit TLS on port 465, then \
             authenticate. If the client claims to use TLS, check that it does not silently fall \
             back to plain text when the certificate check fails.",
            "Activez STARTTLS dans le client (port 587) ou utilisez le TLS implicite sur le port \
             465, puis authentifiez-vous. Si le client prétend utiliser TLS, vérifiez qu'il ne \
             retombe pas discrètement en clair quand la vérification du certificat échoue.",
        ),
    },
    ReplyText {
        code: 541,
        standard: false,
        title_fr: "Message refusé par l'adresse du destinataire (antispam)",
        side: Side::Sender,
        meaning: Bi::new(
            "No RFC defines 541 and no emitter is reliably known: web lists describe it as the \
             recipient's address, or its anti-spam filter, refusing the message. Read it as the \
             standard `550 5.7.1` or `554 5.7.1` (delivery not authorized, for content or \
             reputation). Do not confuse it with the enhanced code 5.4.1, which Microsoft 365 \
             sends as `550 5.4.1 Recipient address rejected: Access denied` for recipients missing \
             from its directory.",
            "Aucune RFC ne définit 541, et on ne sait pas avec certitude qui l'émet : les listes \
             sur le Web y voient l'adresse du destinataire, ou son filtre antispam, qui refuse le \
             message. Lisez-le comme le `550 5.7.1` ou le `554 5.7.1` standard (remise non \
             autorisée, pour cause de contenu ou de réputation). Ne le confondez pas avec le code \
             étendu 5.4.1, que Microsoft 365 envoie sous la forme `550 5.4.1 Recipient address \
             rejected: Access denied` pour les destinataires absents de son annuaire.",
        ),
        advice: Bi::new(
            "Check what a filter may dislike: your IP on blocklists, SPF, DKIM and DMARC \
             alignment, links and attachments in the content. Then send a plain test message, and \
             if that is refused as well, ask the recipient to add you to their allowed senders.",
            "Passez en revue ce qu'un filtre peut reprocher : votre IP sur des listes de blocage, \
             l'alignement SPF, DKIM et DMARC, les liens et pièces jointes du contenu. Envoyez \
             ensuite un message de test tout simple, et s'il est refusé lui aussi, demandez au \
             destinataire de vous ajouter à ses expéditeurs autorisés.",
        ),
    },
    ReplyText {
        code: 550,
        standard: true,
        title_fr: "Action demandée non effectuée : boîte aux lettres indisponible",
        side: Side::Sender,
        meaning: Bi::new(
            "The most generic permanent refusal, most often at RCPT. Three big families: the \
             recipient does not exist (`550 5.1.1 User unknown`, Gmail's `550-5.1.1 The email \
             account that you tried to reach does not exist`), a policy refusal (relaying denied, \
             sender or IP on a blocklist, SPF or DMARC failure as in Gmail's `550-5.7.26`), or \
             content judged to be spam or a virus after the data. The enhanced code and the text \
             after it tell which.",
            "Le refus définitif le plus générique, le plus souvent au RCPT. Trois grandes familles \
             : le destinataire n'existe pas (`550 5.1.1 User unknown`, `550-5.1.1 The email \
             account that you tried to reach does not exist` chez Gmail), un refus de politique \
             (relais interdit, expéditeur ou IP sur une liste de blocage, échec SPF ou DMARC comme \
             le `550-5.7.26` de Gmail), ou un contenu jugé comme spam ou virus après les données. \
             Le code étendu et le texte qui suivent disent de quelle famille il s'agit.",
        ),
        advice: Bi::new(
            "Go by the enhanced code: with 5.1.x, check the address for typos; with 5.7.x, fix \
             authentication and reputation (SPF, DKIM and DMARC records, PTR of your IP, \
             blocklists such as Spamhaus); with a spam verdict, review the content. Resending \
             unchanged fails the same way; if the refusal looks wrong, reach the recipient by \
             another channel or write to the postmaster address of their domain \
             (`postmaster@example.com`).",
            "Fiez-vous au code étendu : avec 5.1.x, cherchez une faute de frappe dans l'adresse ; \
             avec 5.7.x, corrigez l'authentification et la réputation (enregistrements SPF, DKIM \
             et DMARC, PTR de votre IP, listes de blocage comme Spamhaus) ; avec un verdict de \
             spam, revoyez le contenu. Renvoyer tel quel échouera de la même façon ; si le refus \
             semble injustifié, joignez le destinataire par un autre moyen ou écrivez à l'adresse \
             postmaster de son domaine (`postmaster@example.com`).",
        ),
    },
    ReplyText {
        code: 551,
        standard: true,
        title_fr: "Utilisateur non local ; essayez <forward-path>",
        side: Side::Sender,
        meaning: Bi::new(
            "Answer to RCPT (RFC 5321): the recipient is not hosted here and the server will not \
             forward the message; the text may give the address to use instead. Rare nowadays; a \
             few servers use 551 to refuse relaying for domains they do not handle.",
            "Réponse à RCPT (RFC 5321) : le destinataire n'est pas hébergé ici et le serveur ne \
             fera pas suivre le message ; le texte peut indiquer l'adresse à utiliser à la place. \
             Rare de nos jours ; quelques serveurs emploient 551 pour refuser de relayer vers des \
             domaines qu'ils ne gèrent pas.",
        ),
        advice: Bi::new(
            "Use the new address if the text gives one, and update your address book. If it looks \
             like a relay refusal, check that you send to the domain's real MX (`dig MX \
             example.com`) or through your own authenticated server.",
            "Utilisez la nouvelle adresse si le texte en donne une, et mettez à jour votre carnet \
             d'adresses. Si cela ressemble à un refus de relais, vérifiez que vous envoyez bien au \
             vrai MX du domaine (`dig MX example.com`) ou via votre propre serveur, authentifié.",
        ),
    },
    ReplyText {
        code: 552,
        standard: true,
        title_fr: "Action demandée interrompue : allocation de stockage dépassée",
        side: Side::Recipient,
        meaning: Bi::new(
            "A storage limit was exceeded, in two usual forms. The recipient's mailbox is over \
             quota (`552 5.2.2 Mailbox full`, at RCPT or after the data). Or the message is larger \
             than the server accepts (`552 5.3.4 Message size exceeds fixed limit`, Postfix \
             `message_size_limit`, about 10 MB by default), refused at MAIL when the client \
             declared `SIZE=`, or after the data.",
            "Une limite de stockage a été dépassée, sous deux formes habituelles. La boîte du \
             destinataire a dépassé son quota (`552 5.2.2 Mailbox full`, au RCPT ou après les \
             données). Ou bien le message est plus gros que ce que le serveur accepte (`552 5.3.4 \
             Message size exceeds fixed limit`, `message_size_limit` chez Postfix, environ 10 Mo \
             par défaut), refusé au MAIL quand le client a déclaré `SIZE=`, ou après les données.",
        ),
        advice: Bi::new(
            "Mailbox full: tell the recipient by another channel to make room, then resend. Too \
             big: shrink the message (base64 inflates attachments by a third) or share a link; on \
             your own receiving server, raise `message_size_limit` and keep `mailbox_size_limit` \
             above it. RFC 5321 also asks clients to treat a 552 given for too many recipients as \
             temporary.",
            "Boîte pleine : demandez au destinataire, par un autre moyen, de faire de la place, \
             puis renvoyez. Message trop gros : allégez-le (le base64 grossit les pièces jointes \
             d'un tiers) ou partagez un lien ; sur votre propre serveur de réception, augmentez \
             `message_size_limit` en gardant `mailbox_size_limit` au-dessus. La RFC 5321 demande \
             aussi aux clients de traiter comme temporaire un 552 motivé par un excès de \
             destinataires.",
        ),
    },
    ReplyText {
        code: 553,
        standard: true,
        title_fr: "Action demandée non effectuée : nom de boîte aux lettres non autorisé",
        side: Side::Sender,
        meaning: Bi::new(
            "The server refuses an address as not allowed, at MAIL or RCPT: bad syntax, a domain \
             that does not exist, or an address the client may not use. Common in logs: Postfix \
             `553 5.7.1 ... Sender address rejected: not owned by user ...` \
             (`reject_sender_login_mismatch`: the logged-in user may not send as that address), \
             Sendmail's `553 5.1.8 ... Domain of sender address ... does not exist`, or qmail's \
             relay refusal `553 sorry, that domain isn't in my list of allowed rcpthosts`.",
            "Le serveur refuse une adresse comme non autorisée, au MAIL ou au RCPT : syntaxe \
             incorrecte, domaine inexistant, ou adresse que le client n'a pas le droit d'utiliser. \
             Fréquents dans les journaux : le `553 5.7.1 ... Sender address rejected: not owned by \
             user ...` de Postfix (`reject_sender_login_mismatch` : l'utilisateur authentifié ne \
             peut pas envoyer sous cette adresse), le `553 5.1.8 ... Domain of sender address ... \
             does not exist` de Sendmail, ou le refus de relais de qmail `553 sorry, that domain \
             isn't in my list of allowed rcpthosts`.",
        ),
        advice: Bi::new(
            "Check the address syntax and that its domain resolves. If the text says the sender \
             address is not yours, send from an address that belongs to the authenticated account, \
             or ask the administrator to allow it; for a relay refusal, authenticate to the server \
             before sending.",
            "Vérifiez la syntaxe de l'adresse et que son domaine se résout. Si le texte dit que \
             l'adresse d'expéditeur ne vous appartient pas, envoyez depuis une adresse rattachée \
             au compte authentifié, ou demandez à l'administrateur de l'autoriser ; pour un refus \
             de relais, authentifiez-vous auprès du serveur avant d'envoyer.",
        ),
    },
    ReplyText {
        code: 554,
        standard: true,
        title_fr: "Échec de la transaction",
        side: Side::SendingServer,
        meaning: Bi::new(
            "Final refusal without a more specific code. As the greeting it means \"no SMTP \
             service here\": the server will not talk to your IP at all, typically because it is \
             on a blocklist. Later in the session Postfix uses it by default for relay refusals \
             (`554 5.7.1 ... Relay access denied`), access map and DNSBL rejects (`554 5.7.1 \
             Service unavailable; Client host [...] blocked using zen.spamhaus.org`) and a DATA \
             with no valid recipients; after the data it usually means the content was refused as \
             spam or malware.",
            "Refus définitif sans code plus précis. Dès la bannière, il signifie « pas de service \
             SMTP ici » : le serveur refuse tout dialogue avec votre IP, en général parce qu'elle \
             figure sur une liste de blocage. Plus loin dans la session, Postfix l'emploie par \
             défaut pour les refus de relais (`554 5.7.1 ... Relay access denied`), les rejets par \
             table d'accès ou par DNSBL (`554 5.7.1 Service unavailable; Client host [...] blocked \
             using zen.spamhaus.org`) et un DATA sans destinataire valide ; après les données, il \
             indique le plus souvent un contenu refusé comme spam ou logiciel malveillant.",
        ),
        advice: Bi::new(
            "At the greeting or with a blocklist named: look up your IP on the lists cited, fix \
             the cause (open relay, hijacked account, missing PTR) and ask for delisting. For \
             relay access denied: authenticate, or add the domain to `relay_domains` if your \
             server should accept it. For content refusals: review the message, its links and \
             attachments, and your DKIM signature.",
            "Dès la bannière ou si une liste de blocage est nommée : cherchez votre IP sur les \
             listes citées, supprimez la cause (relais ouvert, compte piraté, PTR absent) et \
             demandez le retrait. Pour un relais refusé : authentifiez-vous, ou ajoutez le domaine \
             à `relay_domains` si votre serveur doit l'accepter. Pour un refus de contenu : \
             revoyez le message, ses liens et pièces jointes, ainsi que votre signature DKIM.",
        ),
    },
    ReplyText {
        code: 555,
        standard: true,
        title_fr: "Paramètres de MAIL FROM ou RCPT TO non reconnus ou non implémentés",
        side: Side::SendingServer,
        meaning: Bi::new(
            "RFC 5321: the client added to MAIL FROM or RCPT TO an extension parameter that the \
             server does not know or has not enabled, such as `SMTPUTF8`, `BODY=8BITMIME`, \
             `SIZE=`, `RET=` or `NOTIFY=`. It usually means the client used an extension the \
             server did not list in its EHLO reply.",
            "RFC 5321 : le client a ajouté à MAIL FROM ou RCPT TO un paramètre d'extension que le \
             serveur ne connaît pas ou n'a pas activé, comme `SMTPUTF8`, `BODY=8BITMIME`, `SIZE=`, \
             `RET=` ou `NOTIFY=`. En général, le client a utilisé une extension que le serveur \
             n'annonçait pas dans sa réponse EHLO.",
        ),
        advice: Bi::new(
            "Fix the client so it only sends parameters the server advertised, and check that it \
             used EHLO rather than HELO, after which no extension is allowed. For \
             internationalized addresses (RFC 6531) the server must announce SMTPUTF8; otherwise \
             use an ASCII address.",
            "Corrigez le client pour qu'il n'envoie que les paramètres annoncés par le serveur, et \
             vérifiez qu'il a bien utilisé EHLO plutôt que HELO, après lequel aucune extension \
             n'est permise. Pour les adresses internationalisées (RFC 6531), le serveur doit \
             annoncer SMTPUTF8 ; sinon, utilisez une adresse en ASCII.",
        ),
    },
    ReplyText {
        code: 556,
        standard: true,
        title_fr: "Le domaine n'accepte pas de courrier",
        side: Side::Sender,
        meaning: Bi::new(
            "RFC 7504 (`556 5.1.10`): the recipient domain publishes a null MX (`MX 0 .`, RFC \
             7505), a public statement that it never receives mail. The sending MTA usually \
             produces this itself as soon as it sees the null MX, without connecting anywhere; a \
             relay may also return it at RCPT. A sender domain with a null MX gets `550 5.7.27` \
             instead.",
            "RFC 7504 (`556 5.1.10`) : le domaine du destinataire publie un MX nul (`MX 0 .`, RFC \
             7505), déclaration publique qu'il ne reçoit jamais de courrier. Le MTA d'envoi \
             produit en général lui-même ce code dès qu'il voit le MX nul, sans se connecter nulle \
             part ; un relais peut aussi le renvoyer au RCPT. Un domaine expéditeur à MX nul \
             reçoit plutôt `550 5.7.27`.",
        ),
        advice: Bi::new(
            "The address cannot receive mail: reach the person another way. Confirm with `dig MX \
             example.com`; if you own the domain and do want mail, replace the null MX with real \
             MX records.",
            "L'adresse ne peut pas recevoir de courrier : contactez la personne autrement. \
             Vérifiez avec `dig MX example.com` ; si le domaine est à vous et doit recevoir du \
             courrier, remplacez le MX nul par de vrais enregistrements MX.",
        ),
    },
];

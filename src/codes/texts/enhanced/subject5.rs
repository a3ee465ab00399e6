//! Texts for the detail codes X.5.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[
    DetailText {
        subject: 5,
        detail: 0,
        title_fr: "Autre erreur de protocole",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "A protocol-level problem with no more precise code, so the reply text carries the \
             meaning. It turns up in unexpected places: Outlook.com/Hotmail uses `550 5.5.0 \
             Requested action not taken: mailbox unavailable` as its unknown-recipient bounce, \
             and the registry pairs it with the ETRN replies (250 to 253, 458, 459).",
            "Problème au niveau du protocole sans code plus précis : c'est le texte de la \
             réponse qui donne le sens. On le croise là où on ne l'attend pas : \
             Outlook.com/Hotmail emploie `550 5.5.0 Requested action not taken: mailbox \
             unavailable` pour ses rebonds de destinataire inconnu, et le registre l'associe \
             aux réponses à ETRN (250 à 253, 458, 459).",
        ),
        transient: Bi::new(
            "The server hit a protocol problem it considers temporary (an ETRN queue run it \
             cannot start now, a session state it cannot handle yet); the client may try again \
             later.",
            "Le serveur a rencontré un problème de protocole qu'il juge passager (un passage de \
             file ETRN impossible à lancer maintenant, un état de session qu'il ne peut pas \
             encore traiter) ; le client peut réessayer plus tard.",
        ),
        permanent: Bi::new(
            "The server refused the command or the message for a protocol reason it does not \
             detail, and would refuse it again. From Outlook.com, read it as \"this address does \
             not exist or is closed\", unless many valid addresses bounce at once, which points \
             to a block on your IP.",
            "Le serveur a refusé la commande ou le message pour une raison de protocole qu'il \
             ne précise pas, et le refuserait de nouveau. Venant d'Outlook.com, lisez-le comme \
             « cette adresse n'existe pas ou est fermée », sauf si beaucoup d'adresses valides \
             sont rejetées en même temps, ce qui trahit un blocage de votre IP.",
        ),
        advice: Bi::new(
            "Read the full reply and the command it answered (Postfix adds `(in reply to RCPT \
             TO command)`). For Outlook.com, confirm the address with the recipient through \
             another channel and drop it from your lists if it is dead; if valid addresses \
             bounce too, check your IP in Microsoft SNDS. For a script or device speaking SMTP, \
             reproduce the session with `swaks --to user@example.net --server mx.example.net` \
             to see which step fails.",
            "Lisez la réponse complète et la commande à laquelle elle répond (Postfix ajoute \
             `(in reply to RCPT TO command)`). Pour Outlook.com, faites confirmer l'adresse par \
             le destinataire via un autre canal et retirez-la de vos listes si elle est morte ; \
             si des adresses valides sont rejetées aussi, vérifiez votre IP dans Microsoft \
             SNDS. Pour un script ou un appareil qui parle SMTP, rejouez la session avec \
             `swaks --to user@example.net --server mx.example.net` pour voir quelle étape \
             échoue.",
        ),
    },
    DetailText {
        subject: 5,
        detail: 1,
        title_fr: "Commande invalide ou hors séquence",
        side: Side::Sender,
        meaning: Bi::new(
            "The client sent a command the server does not support, or at the wrong moment in \
             the dialogue. Postfix examples: `503 5.5.1 Error: need MAIL command`, `503 5.5.1 \
             Error: send HELO/EHLO first`, `503 5.5.1 Error: authentication not enabled` (AUTH \
             where SASL is off), `502 5.5.1 Error: command not implemented`, and `554 5.5.1 \
             Error: no valid recipients` when the client sends DATA after every RCPT TO was \
             refused.",
            "Le client a envoyé une commande que le serveur ne gère pas, ou au mauvais moment \
             du dialogue. Exemples chez Postfix : `503 5.5.1 Error: need MAIL command`, `503 \
             5.5.1 Error: send HELO/EHLO first`, `503 5.5.1 Error: authentication not enabled` \
             (AUTH là où SASL est désactivé), `502 5.5.1 Error: command not implemented`, et \
             `554 5.5.1 Error: no valid recipients` quand le client envoie DATA alors que tous \
             ses RCPT TO ont été refusés.",
        ),
        transient: Bi::new(
            "Uncommon: the server refuses the command only for now, because of the current \
             state of the session; a new session that follows the normal order should work.",
            "Peu courant : le serveur refuse la commande pour l'instant seulement, à cause de \
             l'état de la session ; une nouvelle session qui respecte l'ordre normal devrait \
             passer.",
        ),
        permanent: Bi::new(
            "The command is not supported, or the client broke the SMTP order (MAIL before \
             EHLO, DATA without an accepted RCPT); the same sequence gets the same answer every \
             time.",
            "La commande n'est pas prise en charge, ou le client n'a pas respecté l'ordre SMTP \
             (MAIL avant EHLO, DATA sans RCPT accepté) ; la même séquence obtiendra toujours la \
             même réponse.",
        ),
        advice: Bi::new(
            "For `no valid recipients`, look at the earlier RCPT TO rejections in the log: they \
             hold the real reason. For `authentication not enabled`, the client is on the wrong \
             port (submission belongs on 587 or 465, not 25), the server lacks \
             `smtpd_sasl_auth_enable = yes`, or the client tries AUTH before STARTTLS while \
             `smtpd_tls_auth_only = yes`; after STARTTLS a client must also send EHLO again. \
             Otherwise fix the program or device speaking SMTP, or have it submit through a \
             local MTA or a proper mail library.",
            "Pour `no valid recipients`, remontez aux rejets de RCPT TO précédents dans le \
             journal : c'est là qu'est la vraie raison. Pour `authentication not enabled`, le \
             client est sur le mauvais port (la soumission se fait sur 587 ou 465, pas sur 25), \
             le serveur n'a pas `smtpd_sasl_auth_enable = yes`, ou le client tente AUTH avant \
             STARTTLS alors que `smtpd_tls_auth_only = yes` ; après STARTTLS, le client doit \
             aussi renvoyer EHLO. Sinon, corrigez le programme ou l'appareil qui parle SMTP, \
             ou faites-le passer par un MTA local ou une vraie bibliothèque d'envoi.",
        ),
    },
    DetailText {
        subject: 5,
        detail: 2,
        title_fr: "Erreur de syntaxe",
        side: Side::Sender,
        meaning: Bi::new(
            "The server could not parse the command line: unknown verb, malformed address, \
             invalid bytes. Examples: Postfix `502 5.5.2 Error: command not recognized` and \
             `500 5.5.2 Error: bad UTF-8 syntax`, Gmail `555 5.5.2 Syntax error` for `MAIL \
             FROM:user@example.com` without angle brackets, Postfix `504 5.5.2 ... need \
             fully-qualified hostname` from `reject_non_fqdn_helo_hostname`. Postfix also uses \
             it against SMTP smuggling: `Error: bare <LF> received` when lines end in LF instead \
             of CRLF (`smtpd_forbid_bare_newline`).",
            "Le serveur n'a pas pu analyser la ligne de commande : verbe inconnu, adresse mal \
             formée, octets invalides. Exemples : chez Postfix `502 5.5.2 Error: command not \
             recognized` et `500 5.5.2 Error: bad UTF-8 syntax`, chez Gmail `555 5.5.2 Syntax \
             error` pour un `MAIL FROM:user@example.com` sans chevrons, chez Postfix `504 5.5.2 \
             ... need fully-qualified hostname` venant de `reject_non_fqdn_helo_hostname`. \
             Postfix s'en sert aussi contre le SMTP smuggling : `Error: bare <LF> received` \
             quand les lignes se terminent par LF au lieu de CRLF \
             (`smtpd_forbid_bare_newline`).",
        ),
        transient: Bi::new(
            "Unusual as a temporary code: the server wants the line sent again, correctly, \
             later. If every retry gets the same answer, treat it as the permanent form and fix \
             the client.",
            "Inhabituel en code temporaire : le serveur demande que la ligne soit renvoyée plus \
             tard, correctement. Si chaque nouvel essai reçoit la même réponse, traitez-le \
             comme la forme définitive et corrigez le client.",
        ),
        permanent: Bi::new(
            "The line is malformed and will be refused every time: the software that builds \
             the SMTP commands has to be fixed, resending changes nothing.",
            "La ligne est mal formée et sera refusée à chaque fois : c'est le logiciel qui \
             construit les commandes SMTP qu'il faut corriger, renvoyer ne change rien.",
        ),
        advice: Bi::new(
            "See what the client really sends: on Postfix, `debug_peer_list = 192.0.2.10` logs \
             the full dialogue with that client, and `swaks` gives a clean session to compare. \
             The usual fixes are angle brackets around addresses, a fully-qualified HELO name, \
             CRLF line endings, and disabling any firewall \"SMTP inspection\" that rewrites \
             commands (an EHLO turned into `XXXX` is its signature).",
            "Regardez ce que le client envoie vraiment : sous Postfix, \
             `debug_peer_list = 192.0.2.10` journalise tout le dialogue avec ce client, et \
             `swaks` fournit une session propre pour comparer. Les corrections habituelles : \
             des chevrons autour des adresses, un nom HELO pleinement qualifié, des fins de \
             ligne CRLF, et la désactivation de toute « inspection SMTP » du pare-feu qui \
             réécrit les commandes (un EHLO transformé en `XXXX` la trahit).",
        ),
    },
    DetailText {
        subject: 5,
        detail: 3,
        title_fr: "Trop de destinataires",
        side: Side::Sender,
        meaning: Bi::new(
            "The message was addressed to more recipients than the server accepts in one \
             transaction, or per message by policy. Postfix answers `452 4.5.3 Error: too many \
             recipients` beyond `smtpd_recipient_limit` (1000 by default) and Gmail `452 4.5.3 \
             Your message has too many recipients`; Exchange and Microsoft 365 bounce with `550 \
             5.5.3 RESOLVER.ADR.RecipLimit; too many recipients` above their per-message limit \
             (500 by default in Exchange Online).",
            "Le message vise plus de destinataires que le serveur n'en accepte dans une \
             transaction, ou par message selon sa politique. Postfix répond `452 4.5.3 Error: \
             too many recipients` au-delà de `smtpd_recipient_limit` (1000 par défaut) et Gmail \
             `452 4.5.3 Your message has too many recipients` ; Exchange et Microsoft 365 \
             renvoient `550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients` au-delà de leur \
             limite par message (500 par défaut dans Exchange Online).",
        ),
        transient: Bi::new(
            "The normal, harmless case: RFC 5321 says the client sends the refused recipients \
             again in a new transaction, and real MTAs (Postfix, Exim, Sendmail) do it \
             automatically. Only the extra recipients wait, usually a few seconds.",
            "Le cas normal et sans gravité : la RFC 5321 prévoit que le client renvoie les \
             destinataires refusés dans une nouvelle transaction, et les vrais MTA (Postfix, \
             Exim, Sendmail) le font d'eux-mêmes. Seuls les destinataires en trop attendent, \
             en général quelques secondes.",
        ),
        permanent: Bi::new(
            "The server or its policy caps recipients per message and will not take the excess \
             at all, so those recipients never get this copy. Typical of a mail client or \
             script putting hundreds of addresses in To/Cc/Bcc through a provider such as \
             Microsoft 365 or Google.",
            "Le serveur ou sa politique plafonne le nombre de destinataires par message et \
             refuse purement l'excédent : ces destinataires ne recevront pas cette copie. \
             Typique d'un client de messagerie ou d'un script qui met des centaines d'adresses \
             en À/Cc/Cci chez un fournisseur comme Microsoft 365 ou Google.",
        ),
        advice: Bi::new(
            "For 4.5.3 between MTAs, do nothing: the queue finishes the job (Postfix's own batch \
             size per delivery is `smtp_destination_recipient_limit`, 50 by default). For \
             5.5.3, split the list into batches below the provider's limit, or use a \
             mailing-list manager or a bulk-mail service; as a receiver, raise \
             `smtpd_recipient_limit` only if legitimate senders need it. Not to be confused \
             with `450 4.7.1 Error: too many recipients from ...`, Postfix's per-client rate \
             limit (`smtpd_client_recipient_rate_limit`).",
            "Pour un 4.5.3 entre MTA, ne faites rien : la file d'attente termine le travail \
             (chez Postfix, la taille des lots par remise est \
             `smtp_destination_recipient_limit`, 50 par défaut). Pour un 5.5.3, découpez la \
             liste en lots sous la limite du fournisseur, ou utilisez un gestionnaire de listes \
             de diffusion ou un service d'envoi en nombre ; côté réception, n'augmentez \
             `smtpd_recipient_limit` que si des expéditeurs légitimes en ont besoin. À ne pas \
             confondre avec `450 4.7.1 Error: too many recipients from ...`, la limite de débit \
             par client de Postfix (`smtpd_client_recipient_rate_limit`).",
        ),
    },
    DetailText {
        subject: 5,
        detail: 4,
        title_fr: "Arguments de commande invalides",
        side: Side::Sender,
        meaning: Bi::new(
            "The command is valid but its parameters are not: missing or malformed argument, an \
             ESMTP option the server never announced, a value out of range. Postfix replies \
             `501 5.5.4 Syntax: MAIL FROM:<address>`, `501 5.5.4 Bad message size syntax` or \
             `555 5.5.4 Unsupported option: ...`; Exchange rejects a HELO name with forbidden \
             characters (an underscore, for instance) with `501 5.5.4 Invalid domain name`.",
            "La commande est valide mais pas ses paramètres : argument absent ou mal formé, \
             option ESMTP que le serveur n'a jamais annoncée, valeur hors limites. Postfix \
             répond `501 5.5.4 Syntax: MAIL FROM:<address>`, `501 5.5.4 Bad message size \
             syntax` ou `555 5.5.4 Unsupported option: ...` ; Exchange refuse un nom HELO \
             contenant des caractères interdits (un tiret bas, par exemple) avec `501 5.5.4 \
             Invalid domain name`.",
        ),
        transient: Bi::new(
            "Uncommon: the server refuses the argument for now only, often because its \
             acceptance depends on a resource or state that may change; repeated refusals mean \
             the argument itself is wrong.",
            "Peu courant : le serveur refuse l'argument pour l'instant seulement, souvent parce \
             que son acceptation dépend d'une ressource ou d'un état qui peut changer ; des \
             refus répétés signifient que l'argument lui-même est faux.",
        ),
        permanent: Bi::new(
            "The server will never accept the command with these parameters; the client \
             software or its configuration has to change.",
            "Le serveur n'acceptera jamais la commande avec ces paramètres ; c'est le logiciel \
             client ou sa configuration qui doit changer.",
        ),
        advice: Bi::new(
            "Compare what the client sends with what the server listed in its EHLO reply: use \
             `SIZE`, `BODY=8BITMIME`, `SMTPUTF8` and the DSN options (`NOTIFY`, `RET`, `ENVID`, \
             `ORCPT`) only when announced. Make the HELO name a real FQDN made of letters, \
             digits, dots and hyphens (on Postfix, `myhostname` or `smtp_helo_name`), and write \
             addresses as `<user@example.com>` with no space after the colon.",
            "Comparez ce que le client envoie avec ce que le serveur a annoncé dans sa réponse \
             EHLO : n'utilisez `SIZE`, `BODY=8BITMIME`, `SMTPUTF8` et les options DSN \
             (`NOTIFY`, `RET`, `ENVID`, `ORCPT`) que s'ils y figurent. Donnez comme nom HELO un \
             vrai FQDN composé de lettres, chiffres, points et tirets (sous Postfix, \
             `myhostname` ou `smtp_helo_name`), et écrivez les adresses sous la forme \
             `<user@example.com>`, sans espace après les deux-points.",
        ),
    },
    DetailText {
        subject: 5,
        detail: 5,
        title_fr: "Mauvaise version de protocole",
        side: Side::Configuration,
        meaning: Bi::new(
            "Client and server do not speak compatible versions of the protocol and could not \
             fall back to a common one. Rarely sent under this code; in practice the mismatch \
             shows up as other errors: plain SMTP sent to a port that expects TLS from the first \
             byte (465) or the reverse, LMTP spoken to an SMTP port, or a non-mail client (HTTP) \
             hitting port 25, which Postfix logs as `non-SMTP command from ...`.",
            "Le client et le serveur ne parlent pas des versions compatibles du protocole et \
             n'ont pas pu se replier sur une version commune. Rarement émis sous ce code ; en \
             pratique, le décalage se manifeste par d'autres erreurs : du SMTP en clair envoyé \
             sur un port qui attend du TLS dès le premier octet (465) ou l'inverse, du LMTP \
             parlé à un port SMTP, ou un client qui n'est pas un client de messagerie (HTTP) \
             sur le port 25, que Postfix journalise en `non-SMTP command from ...`.",
        ),
        transient: Bi::new(
            "The server cannot serve this protocol version right now (a feature temporarily \
             disabled, a proxy in the way); a later attempt, maybe through another MX, may find \
             a compatible peer.",
            "Le serveur ne peut pas servir cette version du protocole pour le moment \
             (fonction désactivée temporairement, proxy sur le chemin) ; un essai ultérieur, \
             peut-être via un autre MX, peut tomber sur un interlocuteur compatible.",
        ),
        permanent: Bi::new(
            "The two ends have no version in common, so every attempt fails the same way until \
             one side is reconfigured or upgraded.",
            "Les deux extrémités n'ont aucune version en commun : chaque tentative échouera de \
             la même façon tant qu'un des deux côtés n'aura pas été reconfiguré ou mis à jour.",
        ),
        advice: Bi::new(
            "Check that port and mode match: 25 and 587 expect plain SMTP upgraded with \
             STARTTLS, 465 expects TLS at once (Postfix: `smtpd_tls_wrappermode = yes` on that \
             service, `smtp_tls_wrappermode = yes` when relaying to a 465 server), and an LMTP \
             socket needs an LMTP client (the `lmtp:` transport). Update old client libraries \
             that only know obsolete protocol versions.",
            "Vérifiez que le port et le mode correspondent : 25 et 587 attendent du SMTP en \
             clair qui passe en TLS par STARTTLS, 465 attend du TLS d'emblée (Postfix : \
             `smtpd_tls_wrappermode = yes` sur ce service, `smtp_tls_wrappermode = yes` pour \
             relayer vers un serveur en 465), et une socket LMTP demande un client LMTP (le \
             transport `lmtp:`). Mettez à jour les vieilles bibliothèques clientes qui ne \
             connaissent que des versions obsolètes du protocole.",
        ),
    },
    DetailText {
        subject: 5,
        detail: 6,
        title_fr: "Ligne d'échange d'authentification trop longue",
        side: Side::Configuration,
        meaning: Bi::new(
            "During AUTH, the client sent a base64 response longer than the server accepts for \
             that SASL mechanism (RFC 4954). Postfix replies `500 5.5.6 SASL response limit \
             exceeded` beyond `smtpd_sasl_response_limit` (12288 bytes by default); such large \
             responses come mainly from Kerberos/GSSAPI tickets of users who belong to many \
             groups and from long OAuth 2.0 tokens (XOAUTH2, OAUTHBEARER).",
            "Pendant AUTH, le client a envoyé une réponse base64 plus longue que ce que le \
             serveur accepte pour ce mécanisme SASL (RFC 4954). Postfix répond `500 5.5.6 SASL \
             response limit exceeded` au-delà de `smtpd_sasl_response_limit` (12288 octets par \
             défaut) ; des réponses aussi longues viennent surtout des tickets Kerberos/GSSAPI \
             d'utilisateurs membres de nombreux groupes et des longs jetons OAuth 2.0 (XOAUTH2, \
             OAUTHBEARER).",
        ),
        transient: Bi::new(
            "The server cannot buffer such a long response at the moment (memory limits under \
             load, for instance); a later attempt, or a shorter response, can succeed.",
            "Le serveur ne peut pas stocker une réponse aussi longue pour l'instant (limites \
             mémoire sous forte charge, par exemple) ; un essai ultérieur, ou une réponse plus \
             courte, peut réussir.",
        ),
        permanent: Bi::new(
            "The response will never fit the server's limit, so authentication with this \
             mechanism and these credentials keeps failing; nothing is sent, since the client \
             never gets authenticated.",
            "La réponse ne tiendra jamais dans la limite du serveur : l'authentification avec \
             ce mécanisme et ces identifiants échouera toujours ; rien n'est envoyé, puisque \
             le client n'est jamais authentifié.",
        ),
        advice: Bi::new(
            "On the server, raise the limit if the large tokens are legitimate (Postfix: \
             `smtpd_sasl_response_limit = 32768`, then `postfix reload`). On the client, use a \
             mechanism with short responses (PLAIN or LOGIN inside TLS), or for Kerberos reduce \
             the size of the ticket, which grows with the user's group memberships.",
            "Côté serveur, augmentez la limite si ces gros jetons sont légitimes (Postfix : \
             `smtpd_sasl_response_limit = 32768`, puis `postfix reload`). Côté client, \
             utilisez un mécanisme aux réponses courtes (PLAIN ou LOGIN sous TLS), ou pour \
             Kerberos réduisez la taille du ticket, qui grossit avec le nombre de groupes de \
             l'utilisateur.",
        ),
    },
];

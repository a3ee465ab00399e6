//! Texts for the detail codes X.6.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[
    DetailText {
        subject: 6,
        detail: 0,
        title_fr: "Autre erreur de contenu",
        side: Side::Sender,
        meaning: Bi::new(
            "Something in the message content made it undeliverable and no more precise code \
             applies: malformed MIME, broken headers, 8-bit data where it is not allowed, a \
             corrupt structure. Postfix uses it for MIME errors such as `improper use of 8-bit \
             data in message header` (when the receiver enables `strict_8bitmime` or related \
             checks) and for a delivery command that exits with status 65 (`data format \
             error`); Gmail answers `554 5.6.0 Mail message is malformed. Not accepted`, \
             Exchange `554 5.6.0 STOREDRV.Deliver; Corrupt message content`.",
            "Quelque chose dans le contenu du message l'a rendu impossible à remettre, sans \
             code plus précis : MIME mal formé, en-têtes cassés, données 8 bits là où elles \
             sont interdites, structure corrompue. Postfix l'emploie pour les erreurs MIME \
             comme `improper use of 8-bit data in message header` (quand le serveur de \
             réception active `strict_8bitmime` ou des contrôles voisins) et pour une commande \
             de remise qui sort avec le code 65 (`data format error`) ; Gmail répond `554 5.6.0 \
             Mail message is malformed. Not accepted`, Exchange `554 5.6.0 STOREDRV.Deliver; \
             Corrupt message content`.",
        ),
        transient: Bi::new(
            "The receiving side could not process the content for now (a content scanner or \
             conversion step failed temporarily) and asks for a retry; it usually passes once \
             that component is back.",
            "Le côté réception n'a pas pu traiter le contenu pour l'instant (un analyseur de \
             contenu ou une étape de conversion a échoué temporairement) et demande un nouvel \
             essai ; cela passe en général quand ce composant est rétabli.",
        ),
        permanent: Bi::new(
            "The content itself is rejected and would be rejected again: the message has to be \
             rebuilt, not merely resent.",
            "C'est le contenu lui-même qui est refusé, et il le serait encore : le message doit \
             être reconstruit, pas simplement renvoyé.",
        ),
        advice: Bi::new(
            "Look at the raw message (`postcat -q QUEUEID` while it is queued, or the copy \
             attached to the bounce): headers must be plain ASCII or RFC 2047-encoded, MIME \
             boundaries must close, and each part's `Content-Transfer-Encoding` must match its \
             data. Fix the program that generated it (old scripts, printers and appliances are \
             frequent culprits); for a Postfix `pipe` or `mailbox_command` exiting with 65, \
             look at that command's own errors.",
            "Examinez le message brut (`postcat -q QUEUEID` tant qu'il est en file d'attente, \
             ou la copie jointe au rebond) : les en-têtes doivent être en ASCII pur ou encodés \
             selon la RFC 2047, les frontières MIME doivent être refermées, et le \
             `Content-Transfer-Encoding` de chaque partie doit correspondre à ses données. \
             Corrigez le programme qui l'a produit (vieux scripts, imprimantes et appliances \
             sont souvent en cause) ; pour un `pipe` ou un `mailbox_command` de Postfix qui sort \
             avec 65, cherchez les erreurs de cette commande elle-même.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 1,
        title_fr: "Type de contenu non pris en charge",
        side: Side::Sender,
        meaning: Bi::new(
            "The message uses a content form that the next system cannot carry or refuses to \
             take: raw 8-bit or binary data sent to a server without 8BITMIME or BINARYMIME, \
             or a MIME type or kind of attachment that its policy does not accept. Content \
             filters sometimes use it for blocked attachments, e.g. `5.6.1 Message content \
             rejected`.",
            "Le message utilise une forme de contenu que le système suivant ne sait pas \
             transporter ou refuse : données 8 bits brutes ou binaires envoyées à un serveur \
             sans 8BITMIME ni BINARYMIME, ou type MIME ou sorte de pièce jointe que sa \
             politique n'accepte pas. Des filtres de contenu l'emploient parfois pour les \
             pièces jointes bloquées, par exemple `5.6.1 Message content rejected`.",
        ),
        transient: Bi::new(
            "The next hop cannot handle this media type at the moment (a converter or scanner \
             is offline); the sender retries and may get through once it is back.",
            "Le prochain saut ne sait pas traiter ce type de contenu pour le moment (un \
             convertisseur ou un analyseur est hors service) ; l'expéditeur réessaie et peut \
             passer une fois celui-ci rétabli.",
        ),
        permanent: Bi::new(
            "The content type is not supported or not allowed on that path, so the same \
             message will fail every time.",
            "Le type de contenu n'est pas pris en charge ou pas autorisé sur ce chemin : le \
             même message échouera à chaque fois.",
        ),
        advice: Bi::new(
            "Send the content in a widely accepted form: let the mail program encode \
             attachments in base64, keep headers free of raw 8-bit text, and check whether the \
             recipient's domain blocks certain attachment types (executables, archives, \
             documents with macros). Share large or blocked files through a download link \
             instead.",
            "Envoyez le contenu sous une forme largement acceptée : laissez le logiciel de \
             messagerie encoder les pièces jointes en base64, gardez les en-têtes sans texte \
             8 bits brut, et vérifiez si le domaine du destinataire bloque certains types de \
             pièces jointes (exécutables, archives, documents à macros). Partagez plutôt les \
             fichiers volumineux ou bloqués par un lien de téléchargement.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 2,
        title_fr: "Conversion nécessaire mais interdite",
        side: Side::Configuration,
        meaning: Bi::new(
            "The next hop needs the content in another form, typically 7-bit instead of 8-bit, \
             and converting it is not allowed, either by the sender or by the policy of a \
             relaying host. Conversion is often forbidden to protect signatures: re-encoding \
             the body breaks S/MIME, PGP/MIME and DKIM signatures.",
            "Le prochain saut a besoin du contenu sous une autre forme, typiquement 7 bits au \
             lieu de 8 bits, et la conversion est interdite, par l'expéditeur ou par la \
             politique d'un relais. On l'interdit souvent pour protéger les signatures : \
             réencoder le corps casse les signatures S/MIME, PGP/MIME et DKIM.",
        ),
        transient: Bi::new(
            "The relay keeps the message in case a route appears that takes the content \
             unchanged (a next hop that accepts 8-bit) or the policy changes; it retries until \
             the queue lifetime ends.",
            "Le relais garde le message au cas où une route acceptant le contenu tel quel (un \
             prochain saut qui accepte le 8 bits) apparaîtrait ou la politique changerait ; il \
             réessaie jusqu'à la fin de la durée de vie en file d'attente.",
        ),
        permanent: Bi::new(
            "No allowed form exists for this path: the content cannot pass unchanged and may \
             not be changed, so it is returned.",
            "Aucune forme autorisée n'existe pour ce chemin : le contenu ne peut pas passer tel \
             quel et n'a pas le droit d'être modifié, il est donc renvoyé.",
        ),
        advice: Bi::new(
            "Have the sender's program encode the message for 7-bit transport from the start \
             (quoted-printable or base64), which also keeps signatures valid. If you run the \
             relay, check whether the next hop lacks 8BITMIME and whether your policy forbids \
             the downgrade (Postfix converts by default, with \
             `disable_mime_output_conversion = no`).",
            "Faites encoder le message pour un transport 7 bits dès le départ par le logiciel \
             de l'expéditeur (quoted-printable ou base64), ce qui garde aussi les signatures \
             valides. Si vous gérez le relais, vérifiez si le prochain saut n'annonce pas \
             8BITMIME et si votre politique interdit la conversion (Postfix convertit par \
             défaut, avec `disable_mime_output_conversion = no`).",
        ),
    },
    DetailText {
        subject: 6,
        detail: 3,
        title_fr: "Conversion nécessaire mais impossible",
        side: Side::Configuration,
        meaning: Bi::new(
            "The content must be converted before it can be forwarded, but the relay cannot do \
             it: typically an 8-bit message headed for a server without 8BITMIME that this \
             relay is unable to downgrade to 7-bit, or a gateway to another system (fax, SMS, \
             X.400) that cannot translate the format.",
            "Le contenu doit être converti pour être transmis, mais le relais n'en est pas \
             capable : typiquement un message 8 bits destiné à un serveur sans 8BITMIME que ce \
             relais ne sait pas ramener en 7 bits, ou une passerelle vers un autre système \
             (fax, SMS, X.400) qui ne sait pas traduire le format.",
        ),
        transient: Bi::new(
            "The relay keeps the message while waiting for a hop that accepts it as it is, or \
             for its converter to come back; it only succeeds if that happens before the queue \
             lifetime ends.",
            "Le relais garde le message en attendant un saut qui l'accepte tel quel, ou le \
             retour de son convertisseur ; cela ne réussit que si c'est le cas avant la fin de \
             la durée de vie en file d'attente.",
        ),
        permanent: Bi::new(
            "Nobody on the path can produce the form the next system needs, so the message \
             cannot be delivered as sent.",
            "Personne sur le chemin ne sait produire la forme dont le système suivant a besoin : \
             le message ne peut pas être remis tel qu'il a été envoyé.",
        ),
        advice: Bi::new(
            "On the sending side, encode bodies and attachments as quoted-printable or base64 \
             (mail clients do, old scripts often send raw 8-bit). If you operate the relay, \
             enable its MIME downgrade (Postfix does it unless `disable_mime_output_conversion \
             = yes`), and ask the destination to enable 8BITMIME, which nearly every modern \
             server supports.",
            "Côté expéditeur, encodez le corps et les pièces jointes en quoted-printable ou en \
             base64 (les clients de messagerie le font, les vieux scripts envoient souvent du \
             8 bits brut). Si vous gérez le relais, activez sa conversion MIME (Postfix la fait \
             sauf avec `disable_mime_output_conversion = yes`), et demandez au destinataire \
             d'activer 8BITMIME, que presque tous les serveurs modernes prennent en charge.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 4,
        title_fr: "Conversion effectuée avec perte",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "A gateway had to convert the message to deliver it, and some content was lost or \
             degraded on the way: characters missing from the target character set, \
             formatting, attachments dropped on the way to a more limited system (fax, SMS, \
             legacy X.400). Most often a warning in a delivery report (2.6.4): the message did \
             arrive, just not intact.",
            "Une passerelle a dû convertir le message pour le remettre, et une partie du \
             contenu a été perdue ou dégradée au passage : caractères absents du jeu cible, \
             mise en forme, pièces jointes supprimées en allant vers un système plus limité \
             (fax, SMS, ancien X.400). Le plus souvent un avertissement dans un rapport de \
             remise (2.6.4) : le message est bien arrivé, mais pas intact.",
        ),
        transient: Bi::new(
            "The converting system defers instead of degrading the content right away, for \
             example while a route that keeps the content intact may become available; it \
             retries later.",
            "Le système de conversion reporte au lieu de dégrader le contenu tout de suite, par \
             exemple en attendant une route qui conserve le contenu intact ; il réessaie plus \
             tard.",
        ),
        permanent: Bi::new(
            "The sender had prohibited lossy conversion and delivery was only possible with it, \
             so the message was refused rather than altered.",
            "L'expéditeur avait interdit toute conversion avec perte et la remise n'était \
             possible qu'avec elle : le message a été refusé plutôt que modifié.",
        ),
        advice: Bi::new(
            "For the warning, ask the recipient whether the message arrived readable and resend \
             what was lost in another form (a PDF attachment, a download link). For the \
             failure, send content the destination can take without loss, such as plain text \
             or a simpler attachment.",
            "Pour l'avertissement, demandez au destinataire si le message est arrivé lisible \
             et renvoyez ce qui a été perdu sous une autre forme (pièce jointe PDF, lien de \
             téléchargement). Pour l'échec, envoyez un contenu que la destination peut recevoir \
             sans perte, comme du texte brut ou une pièce jointe plus simple.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 5,
        title_fr: "Échec de la conversion",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "A conversion was needed and attempted, but failed: the converter choked on \
             malformed input (broken base64, a charset label that does not match the bytes, a \
             corrupt TNEF `winmail.dat`) or crashed. The system that tried may be a relay \
             downgrading 8-bit to 7-bit, a gateway to another mail system, or the mailbox store \
             converting the format.",
            "Une conversion était nécessaire et a été tentée, mais elle a échoué : le \
             convertisseur a buté sur une entrée mal formée (base64 cassé, jeu de caractères \
             déclaré qui ne correspond pas aux octets, `winmail.dat` TNEF corrompu) ou a planté. \
             Le système en cause peut être un relais qui ramène du 8 bits en 7 bits, une \
             passerelle vers un autre système de messagerie, ou le stockage des boîtes aux \
             lettres qui convertit le format.",
        ),
        transient: Bi::new(
            "The converter failed for a passing reason (service down, resource limit) and the \
             system will try again; the message goes through once the conversion succeeds.",
            "Le convertisseur a échoué pour une raison passagère (service arrêté, limite de \
             ressources) et le système va réessayer ; le message passera dès que la conversion \
             réussira.",
        ),
        permanent: Bi::new(
            "The conversion fails on this content every time, usually because the input is \
             malformed, so the message is returned.",
            "La conversion échoue sur ce contenu à chaque fois, en général parce que l'entrée \
             est mal formée : le message est renvoyé.",
        ),
        advice: Bi::new(
            "Check the original for encoding errors: declared charset matching the actual \
             bytes, valid base64, and no Outlook rich-text (TNEF) sent to recipients outside \
             Exchange (switch the message format to HTML or plain text). If you run the \
             converting system, its logs name the part that failed; as a workaround, send the \
             content as plain text or as a simple attachment.",
            "Cherchez des erreurs d'encodage dans l'original : jeu de caractères déclaré \
             conforme aux octets réels, base64 valide, et pas de texte enrichi Outlook (TNEF) \
             envoyé hors d'Exchange (passez le format du message en HTML ou en texte brut). Si \
             vous gérez le système qui convertit, ses journaux indiquent la partie en échec ; \
             en attendant, envoyez le contenu en texte brut ou en simple pièce jointe.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 6,
        title_fr: "Contenu du message inaccessible",
        side: Side::Configuration,
        meaning: Bi::new(
            "The server was told to fetch the message content from elsewhere and could not. \
             This comes from BURL (RFC 4468): a mail client submits a message by pointing the \
             submission server to a copy already stored on its IMAP server (a URLAUTH URL) \
             instead of uploading it again, and that URL was wrong, expired or revoked, or the \
             IMAP server was unreachable or refused access.",
            "Le serveur devait aller chercher le contenu du message ailleurs et n'y est pas \
             parvenu. Cela vient de BURL (RFC 4468) : un client de messagerie soumet un message \
             en indiquant au serveur de soumission une copie déjà stockée sur son serveur IMAP \
             (une URL URLAUTH) au lieu de la téléverser à nouveau, et cette URL était fausse, \
             expirée ou révoquée, ou le serveur IMAP injoignable ou fermé à cet accès.",
        ),
        transient: Bi::new(
            "The IMAP server holding the content could not be reached or was busy; the client \
             can submit again later and the fetch may work.",
            "Le serveur IMAP qui détient le contenu était injoignable ou occupé ; le client \
             peut soumettre de nouveau plus tard et la récupération peut alors réussir.",
        ),
        permanent: Bi::new(
            "The URL is invalid, expired or not authorized, so the submission server will never \
             get the content from it.",
            "L'URL est invalide, expirée ou non autorisée : le serveur de soumission n'en \
             obtiendra jamais le contenu.",
        ),
        advice: Bi::new(
            "Only seen with clients and servers that use BURL and IMAP URLAUTH (some mobile \
             clients with Dovecot or Cyrus). Check that the submission server can reach and \
             authenticate to the IMAP server (in Dovecot, `imap_urlauth_host` and the \
             submission service settings), or turn BURL off in the client so that it sends the \
             message with DATA as usual.",
            "Ne se voit qu'avec des clients et serveurs qui utilisent BURL et IMAP URLAUTH \
             (certains clients mobiles avec Dovecot ou Cyrus). Vérifiez que le serveur de \
             soumission peut joindre le serveur IMAP et s'y authentifier (sous Dovecot, \
             `imap_urlauth_host` et les réglages du service de soumission), ou désactivez BURL \
             dans le client pour qu'il envoie le message par DATA comme d'habitude.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 7,
        title_fr: "Adresses non ASCII refusées pour cet expéditeur ou ce destinataire",
        side: Side::Configuration,
        meaning: Bi::new(
            "An address in MAIL FROM or RCPT TO contains non-ASCII characters (an \
             internationalized address such as `josé@exemple.fr`), and that cannot be used \
             here: the client did not declare SMTPUTF8 (RFC 6531) or the server does not \
             support it. Postfix as a server answers `553 5.6.7 Must declare SMTPUTF8 to send \
             unicode address`; as a client it bounces with `SMTPUTF8 is required, but was not \
             offered by host mx.example.net`, which also hits mail submitted through \
             `sendmail` with raw UTF-8 in the headers (see `smtputf8_autodetect_classes`), such \
             as a subject typed into `mail -s`.",
            "Une adresse de MAIL FROM ou de RCPT TO contient des caractères non ASCII (une \
             adresse internationalisée comme `josé@exemple.fr`), ce qui n'est pas possible \
             ici : le client n'a pas déclaré SMTPUTF8 (RFC 6531) ou le serveur ne le gère pas. \
             Postfix en serveur répond `553 5.6.7 Must declare SMTPUTF8 to send unicode \
             address` ; en client, il rejette avec `SMTPUTF8 is required, but was not offered \
             by host mx.example.net`, ce qui touche aussi le courrier soumis par `sendmail` \
             avec de l'UTF-8 brut dans les en-têtes (voir `smtputf8_autodetect_classes`), \
             comme un sujet saisi dans `mail -s`.",
        ),
        transient: Bi::new(
            "The path may support SMTPUTF8 later (another MX, a server being upgraded); the \
             relay keeps the message and retries.",
            "Le chemin prendra peut-être en charge SMTPUTF8 plus tard (un autre MX, un serveur \
             en cours de mise à jour) ; le relais garde le message et réessaie.",
        ),
        permanent: Bi::new(
            "The server or the next hop has no SMTPUTF8 support, or the client did not ask for \
             it, so a non-ASCII address can never get through this way.",
            "Le serveur ou le prochain saut ne gère pas SMTPUTF8, ou le client ne l'a pas \
             demandé : une adresse non ASCII ne passera jamais par ce chemin.",
        ),
        advice: Bi::new(
            "If only the headers contain UTF-8 (the usual case with scripts), encode them: \
             RFC 2047 for the subject and display names, which mail libraries do and `mail -s` \
             often does not; `smtputf8_enable = no` in Postfix is the blunt workaround when no \
             real internationalized address is involved. For a genuine UTF-8 address, the \
             client must use SMTPUTF8 and every hop must support it; otherwise ask the \
             correspondent for an ASCII address.",
            "Si seuls les en-têtes contiennent de l'UTF-8 (le cas habituel avec les scripts), \
             encodez-les : RFC 2047 pour le sujet et les noms affichés, ce que font les \
             bibliothèques de messagerie mais souvent pas `mail -s` ; `smtputf8_enable = no` \
             dans Postfix est le contournement radical quand aucune vraie adresse \
             internationalisée n'est en jeu. Pour une véritable adresse UTF-8, le client doit \
             utiliser SMTPUTF8 et chaque saut doit le gérer ; sinon, demandez au correspondant \
             une adresse en ASCII.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 8,
        title_fr: "Réponse en UTF-8 nécessaire mais refusée par le client SMTP",
        side: Side::Configuration,
        meaning: Bi::new(
            "The server's answer would have to contain a UTF-8 mailbox name, but the client did \
             not announce that it accepts UTF-8 replies (RFC 6531). This concerns VRFY and \
             EXPN: the client asked about an address whose real mailbox name is non-ASCII \
             without adding the `SMTPUTF8` parameter. X.6.10 is a deprecated duplicate of this \
             code.",
            "La réponse du serveur devrait contenir un nom de boîte aux lettres en UTF-8, mais \
             le client n'a pas annoncé qu'il accepte les réponses en UTF-8 (RFC 6531). Cela \
             concerne VRFY et EXPN : le client a interrogé une adresse dont le vrai nom de \
             boîte est non ASCII sans ajouter le paramètre `SMTPUTF8`. X.6.10 est un doublon \
             obsolète de ce code.",
        ),
        transient: Bi::new(
            "Unusual as a temporary code: the server cannot give an ASCII-safe answer right \
             now. Repeating the query with the `SMTPUTF8` parameter is the real fix.",
            "Inhabituel en code temporaire : le serveur ne peut pas donner de réponse en ASCII \
             pour l'instant. La vraie solution est de refaire la requête avec le paramètre \
             `SMTPUTF8`.",
        ),
        permanent: Bi::new(
            "The server will not downgrade the mailbox name to ASCII, so the query fails until \
             the client accepts UTF-8 replies.",
            "Le serveur ne ramènera pas le nom de boîte en ASCII : la requête échouera tant que \
             le client n'acceptera pas les réponses en UTF-8.",
        ),
        advice: Bi::new(
            "This only affects address checks (VRFY/EXPN), never normal delivery. Repeat the \
             query as `VRFY name SMTPUTF8` from an SMTPUTF8-capable client, or query the ASCII \
             form of the address; most public servers disable VRFY and EXPN anyway.",
            "Cela ne touche que la vérification d'adresses (VRFY/EXPN), jamais la remise \
             normale. Refaites la requête sous la forme `VRFY nom SMTPUTF8` depuis un client \
             compatible SMTPUTF8, ou interrogez la forme ASCII de l'adresse ; la plupart des \
             serveurs publics désactivent de toute façon VRFY et EXPN.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 9,
        title_fr: "Message à en-têtes UTF-8 impossible à transmettre à certains destinataires",
        side: Side::Configuration,
        meaning: Bi::new(
            "The message carries UTF-8 in its headers (an internationalized message, RFC 6531 \
             and 6532) and cannot be passed on to at least one of its recipients, so the server \
             refuses it after the final `.` of DATA. Either the client sent UTF-8 headers \
             without declaring `SMTPUTF8` in MAIL FROM, or a recipient is reached through a \
             system without SMTPUTF8 (an alias, a mailing list, a downstream relay).",
            "Le message porte de l'UTF-8 dans ses en-têtes (un message internationalisé, \
             RFC 6531 et 6532) et ne peut pas être transmis à au moins un de ses \
             destinataires : le serveur le refuse après le `.` final de DATA. Soit le client a \
             envoyé des en-têtes UTF-8 sans déclarer `SMTPUTF8` dans MAIL FROM, soit un \
             destinataire est joint via un système sans SMTPUTF8 (un alias, une liste de \
             diffusion, un relais en aval).",
        ),
        transient: Bi::new(
            "A downstream system without SMTPUTF8 may be upgraded or another route may open; \
             the sending server retries later, and the whole message waits.",
            "Un système en aval sans SMTPUTF8 sera peut-être mis à jour, ou une autre route \
             s'ouvrira ; le serveur expéditeur réessaie plus tard, et tout le message attend.",
        ),
        permanent: Bi::new(
            "The message cannot reach every recipient in this form, and SMTP cannot refuse only \
             some of them once DATA is over, so the whole transaction fails.",
            "Le message ne peut pas atteindre tous les destinataires sous cette forme, et SMTP \
             ne permet pas d'en refuser seulement certains une fois DATA terminé : toute la \
             transaction échoue.",
        ),
        advice: Bi::new(
            "If the UTF-8 is only in the subject or display names, have the sending program \
             encode it with RFC 2047, which turns the message into plain ASCII. If the \
             addresses themselves are internationalized, the client must declare `SMTPUTF8` \
             and every hop to each recipient must support it (Postfix: `smtputf8_enable = \
             yes`); otherwise send to those recipients separately or to an ASCII address.",
            "Si l'UTF-8 ne se trouve que dans le sujet ou les noms affichés, faites-le encoder \
             selon la RFC 2047 par le programme d'envoi, ce qui rend le message entièrement \
             ASCII. Si les adresses elles-mêmes sont internationalisées, le client doit \
             déclarer `SMTPUTF8` et chaque saut vers chaque destinataire doit le gérer \
             (Postfix : `smtputf8_enable = yes`) ; sinon, écrivez à ces destinataires à part ou \
             à une adresse en ASCII.",
        ),
    },
    DetailText {
        subject: 6,
        detail: 10,
        title_fr: "(obsolète : doublon de X.6.8)",
        side: Side::Configuration,
        meaning: Bi::new(
            "Deprecated code with the same meaning as X.6.8: a reply would have to contain a \
             UTF-8 mailbox name, but the client did not ask for UTF-8 (the `SMTPUTF8` \
             parameter on VRFY/EXPN). RFC 6531 ended up with two codes for this one case; the \
             registry keeps X.6.10 only as a deprecated duplicate, though older implementations \
             may still send it.",
            "Code obsolète qui a le même sens que X.6.8 : une réponse devrait contenir un nom \
             de boîte aux lettres en UTF-8, mais le client n'a pas demandé l'UTF-8 (le \
             paramètre `SMTPUTF8` de VRFY/EXPN). La RFC 6531 s'est retrouvée avec deux codes \
             pour ce seul cas ; le registre ne garde X.6.10 que comme doublon obsolète, même si \
             d'anciennes implémentations peuvent encore l'envoyer.",
        ),
        transient: Bi::new(
            "Read it as 4.6.8: the server cannot give the UTF-8 answer to this client right \
             now; retrying with the `SMTPUTF8` parameter is the way forward.",
            "À lire comme 4.6.8 : le serveur ne peut pas donner la réponse UTF-8 à ce client \
             pour l'instant ; la solution est de réessayer avec le paramètre `SMTPUTF8`.",
        ),
        permanent: Bi::new(
            "Read it as 5.6.8: without the `SMTPUTF8` parameter the answer will not be given, \
             however many times the query is repeated.",
            "À lire comme 5.6.8 : sans le paramètre `SMTPUTF8`, la réponse ne sera pas donnée, \
             quel que soit le nombre d'essais.",
        ),
        advice: Bi::new(
            "Treat it exactly like X.6.8: use an SMTPUTF8-capable client and add the parameter, \
             or query the ASCII form of the address. If you maintain an MTA or a bounce parser, \
             emit X.6.8 and map X.6.10 to it.",
            "Traitez-le exactement comme X.6.8 : utilisez un client compatible SMTPUTF8 et \
             ajoutez le paramètre, ou interrogez la forme ASCII de l'adresse. Si vous maintenez \
             un MTA ou un analyseur de rebonds, émettez X.6.8 et ramenez X.6.10 à ce code.",
        ),
    },
];

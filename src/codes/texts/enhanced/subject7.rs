//! Texts for the detail codes X.7.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[
    DetailText {
        subject: 7,
        detail: 0,
        title_fr: "Autre statut de sécurité ou statut non défini",
        side: Side::Configuration,
        meaning: Bi::new(
            "A security or policy rule stopped the transaction and the server chose no more \
             precise code, or prefers not to say more. In practice it usually means that TLS is \
             mandatory (`530 5.7.0 Must issue a STARTTLS command first`), that SMTP AUTH is \
             mandatory (`530 5.7.0 Authentication required`), or that the sender's reputation is \
             in question (Gmail's `421 4.7.0` for a poorly rated IP or a missing PTR); `235 \
             2.7.0` simply confirms a successful AUTH.",
            "Une règle de sécurité ou de politique a bloqué la transaction et le serveur n'a pas \
             choisi de code plus précis, ou ne veut pas en dire davantage. En pratique, il s'agit \
             le plus souvent d'un TLS obligatoire (`530 5.7.0 Must issue a STARTTLS command \
             first`), d'une authentification SMTP obligatoire (`530 5.7.0 Authentication \
             required`), ou de la réputation de l'expéditeur (le `421 4.7.0` de Gmail pour une IP \
             mal notée ou sans PTR) ; `235 2.7.0` confirme simplement une authentification \
             réussie.",
        ),
        transient: Bi::new(
            "The refusal holds for now: TLS is broken on the server (`454 4.7.0 TLS not available \
             due to local problem`), its authentication back end is unavailable, or it is \
             throttling a sender with a poor reputation. The message stays queued and is retried; \
             a reputation deferral only lifts once the sending pattern improves.",
            "Le refus vaut pour l'instant : TLS est en panne sur le serveur (`454 4.7.0 TLS not \
             available due to local problem`), son service d'authentification ne répond pas, ou \
             il freine un expéditeur à la réputation douteuse. Le message reste en file d'attente \
             et sera retenté ; un report lié à la réputation ne se lève qu'une fois les envois \
             assainis.",
        ),
        permanent: Bi::new(
            "The server's policy rules out the session as it stands: no STARTTLS or no AUTH where \
             they are required, a relay attempt from an unregistered host, a forbidden attachment \
             type. The same attempt will be refused again.",
            "La politique du serveur exclut la session telle qu'elle se présente : pas de \
             STARTTLS ou pas d'AUTH là où ils sont exigés, relais tenté depuis un hôte non \
             enregistré, type de pièce jointe interdit. La même tentative sera refusée à nouveau.",
        ),
        advice: Bi::new(
            "The text after the code names the rule. For TLS, make the client issue STARTTLS \
             (Postfix: `smtp_tls_security_level = may` at least) and, on a server that answers \
             454, check that `smtpd_tls_cert_file` and `smtpd_tls_key_file` are readable; for \
             AUTH, use port 587 with credentials (`smtp_sasl_auth_enable = yes`, \
             `smtp_sasl_password_maps`). For reputation deferrals, check the PTR, SPF/DKIM/DMARC \
             and the DNSBL listings of the sending IP.",
            "Le texte qui suit le code indique la règle en cause. Pour TLS, le client doit lancer \
             STARTTLS (Postfix : `smtp_tls_security_level = may` au minimum) et, sur un serveur \
             qui répond 454, vérifiez que `smtpd_tls_cert_file` et `smtpd_tls_key_file` sont \
             lisibles ; pour l'AUTH, passez par le port 587 avec des identifiants \
             (`smtp_sasl_auth_enable = yes`, `smtp_sasl_password_maps`). Pour un report lié à la \
             réputation, contrôlez le PTR, SPF/DKIM/DMARC et la présence de l'IP d'envoi sur les \
             listes noires DNS.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 1,
        title_fr: "Remise non autorisée, message refusé",
        side: Side::Sender,
        meaning: Bi::new(
            "The receiving server's policy refuses this client, sender, recipient or content. The \
             usual cases: relay denied (`554 5.7.1 <user@elsewhere.example>: Relay access \
             denied`: the client is neither trusted nor authenticated and the recipient domain is \
             not one the server handles), a sending IP on a DNSBL (`blocked using \
             zen.spamhaus.org`), an access map, header check or content filter match, mail judged \
             to be spam, or a recipient such as a group or list that only accepts certain \
             senders.",
            "La politique du serveur de réception refuse ce client, cet expéditeur, ce \
             destinataire ou ce contenu. Cas habituels : relais refusé (`554 5.7.1 \
             <user@ailleurs.example>: Relay access denied` : le client n'est ni de confiance ni \
             authentifié, et le domaine du destinataire n'est pas géré par ce serveur), IP \
             d'envoi inscrite sur une liste noire DNS (`blocked using zen.spamhaus.org`), règle \
             d'une table d'accès, d'un contrôle d'en-têtes ou d'un filtre de contenu, message \
             jugé indésirable, ou destinataire (groupe, liste) qui n'accepte que certains \
             expéditeurs.",
        ),
        transient: Bi::new(
            "A policy check deferred the message: greylisting, a reverse DNS lookup that found \
             nothing (Postfix `450 4.7.1 Client host rejected: cannot find your reverse \
             hostname`), an unreachable policy service, or rate limiting. Greylisting lets the \
             retry through a few minutes later; the other causes clear once they are fixed.",
            "Un contrôle de politique a différé le message : liste grise (greylisting), \
             résolution DNS inverse infructueuse (Postfix `450 4.7.1 Client host rejected: cannot \
             find your reverse hostname`), service de politique injoignable ou limitation de \
             débit. La liste grise laisse passer le nouvel essai quelques minutes plus tard ; les \
             autres causes disparaissent une fois corrigées.",
        ),
        permanent: Bi::new(
            "A deliberate refusal: the server will not relay for this client, or it blocks this \
             IP, sender, recipient or content. Sending again unchanged gets the same answer.",
            "Refus délibéré : le serveur ne relaie pas pour ce client, ou il bloque cette IP, cet \
             expéditeur, ce destinataire ou ce contenu. Un renvoi à l'identique reçoit la même \
             réponse.",
        ),
        advice: Bi::new(
            "On your own Postfix, `Relay access denied` means the client must authenticate (port \
             587, `permit_sasl_authenticated` in `smtpd_relay_restrictions`) or be listed in \
             `mynetworks`, or that the domain is missing from `mydestination`, `relay_domains` or \
             the virtual domains. When a remote server refuses you, look the sending IP up on \
             DNSBLs (`dig +short 4.3.2.1.zen.spamhaus.org` for 1.2.3.4, from a non-public \
             resolver) and request delisting, check PTR and SPF/DKIM/DMARC, and send the full \
             reply text to the recipient's postmaster. A user who gets it from a mail client must \
             turn on SMTP authentication in the account settings.",
            "Sur votre propre Postfix, `Relay access denied` signifie que le client doit \
             s'authentifier (port 587, `permit_sasl_authenticated` dans \
             `smtpd_relay_restrictions`) ou figurer dans `mynetworks`, ou bien que le domaine \
             manque dans `mydestination`, `relay_domains` ou les domaines virtuels. Si c'est un \
             serveur distant qui vous refuse, cherchez l'IP d'envoi sur les listes noires DNS \
             (`dig +short 4.3.2.1.zen.spamhaus.org` pour 1.2.3.4, depuis un résolveur non public) \
             et demandez le retrait, vérifiez le PTR et SPF/DKIM/DMARC, et transmettez le texte \
             complet de la réponse au postmaster du destinataire. Un utilisateur qui le reçoit de \
             son logiciel de messagerie doit activer l'authentification SMTP dans les réglages du \
             compte.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 2,
        title_fr: "Diffusion sur la liste interdite",
        side: Side::Sender,
        meaning: Bi::new(
            "The recipient is a mailing list or distribution group and this sender may not post \
             to it: the list only takes messages from its members, from its own organization, or \
             from its moderators.",
            "Le destinataire est une liste de diffusion ou un groupe, et cet expéditeur n'a pas \
             le droit d'y écrire : la liste n'accepte que ses abonnés, les membres de son \
             organisation ou ses modérateurs.",
        ),
        transient: Bi::new(
            "Rare as 4.7.2: the list server could not confirm the sender's right to post just now \
             (the membership lookup failed); a later attempt may go through.",
            "Rare en 4.7.2 : le serveur de listes n'a pas pu vérifier pour l'instant le droit \
             d'écrire de l'expéditeur (échec de la consultation des abonnés) ; un essai ultérieur \
             peut passer.",
        ),
        permanent: Bi::new(
            "The list's posting policy excludes this address, so the list will not distribute the \
             message however often it is sent.",
            "La politique de publication de la liste exclut cette adresse : elle ne diffusera pas \
             le message, quel que soit le nombre d'envois.",
        ),
        advice: Bi::new(
            "Post from the exact subscribed address, as envelope sender and in `From:` (aliases \
             and forwarding addresses often fail the check), or ask the list owner (often \
             `LIST-owner@`) to allow your address or approve the message. For a Microsoft 365 or \
             Exchange group, its owner must allow external senders or add you to the permitted \
             senders.",
            "Écrivez depuis l'adresse exacte qui est abonnée, dans l'enveloppe comme dans `From:` \
             (les alias et adresses de redirection échouent souvent au contrôle), ou demandez au \
             propriétaire de la liste (souvent `LISTE-owner@`) d'autoriser votre adresse ou \
             d'approuver le message. Pour un groupe Microsoft 365 ou Exchange, son propriétaire \
             doit autoriser les expéditeurs externes ou vous ajouter aux expéditeurs permis.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 3,
        title_fr: "Conversion de sécurité nécessaire mais impossible",
        side: Side::Configuration,
        meaning: Bi::new(
            "Delivery would require converting the message from one secure messaging format to \
             another, for instance on a gateway between S/MIME and another protocol, and that \
             conversion is impossible. Microsoft uses the code differently: Exchange answers `451 \
             5.7.3 STARTTLS is required to send mail` when its connector demands TLS the client \
             did not start, and Microsoft 365 answers `535 5.7.3 Authentication unsuccessful` to \
             a failed SMTP AUTH login.",
            "La remise exigerait de convertir le message d'un format de messagerie sécurisée à un \
             autre, par exemple sur une passerelle entre S/MIME et un autre protocole, et cette \
             conversion est impossible. Microsoft en fait un autre usage : Exchange répond `451 \
             5.7.3 STARTTLS is required to send mail` quand son connecteur exige un TLS que le \
             client n'a pas lancé, et Microsoft 365 répond `535 5.7.3 Authentication \
             unsuccessful` à un échec d'authentification SMTP.",
        ),
        transient: Bi::new(
            "RFC 3463 meant this code to be permanent, so a temporary form nearly always comes \
             from Exchange requiring STARTTLS or an authentication the client did not provide. \
             The client retries, but nothing changes until the TLS or connector settings do.",
            "La RFC 3463 prévoyait ce code comme définitif : une forme temporaire vient donc \
             presque toujours d'un Exchange qui exige STARTTLS ou une authentification que le \
             client n'a pas fournie. Le client réessaie, mais rien ne change tant que les \
             réglages TLS ou du connecteur restent les mêmes.",
        ),
        permanent: Bi::new(
            "The gateway cannot produce the security format the destination requires (or, with \
             Microsoft 365, the login was refused), so the message cannot go through in its \
             current form.",
            "La passerelle ne sait pas produire le format de sécurité exigé par la destination \
             (ou, chez Microsoft 365, la connexion a été refusée) : le message ne peut pas passer \
             sous sa forme actuelle.",
        ),
        advice: Bi::new(
            "For a secure-messaging gateway, agree with its administrators on a format the \
             destination accepts (unencrypted, or the S/MIME or PGP variant it expects). For \
             Exchange, compare the receive connector's security settings (TLS required, \
             authentication methods, certificate bound to SMTP) with what the client offers; for \
             Microsoft 365 `535 5.7.3`, check the user name and password and that SMTP AUTH is \
             allowed for the mailbox.",
            "Pour une passerelle de messagerie sécurisée, convenez avec ses administrateurs d'un \
             format que la destination accepte (en clair, ou la variante S/MIME ou PGP attendue). \
             Pour Exchange, comparez les réglages de sécurité du connecteur de réception (TLS \
             exigé, méthodes d'authentification, certificat lié à SMTP) avec ce que propose le \
             client ; pour `535 5.7.3` chez Microsoft 365, vérifiez l'identifiant, le mot de \
             passe et que l'AUTH SMTP est autorisée pour la boîte.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 4,
        title_fr: "Fonctions de sécurité non prises en charge",
        side: Side::Configuration,
        meaning: Bi::new(
            "A security feature needed for this transfer is not available. Most often the client \
             asked for an SMTP AUTH mechanism the server does not offer (`504 5.7.4 Unrecognized \
             authentication type`, e.g. a client forcing CRAM-MD5 or the retired XOAUTH), or, on \
             the sending side, Postfix's TLS policy requires encryption and the remote server \
             does not offer STARTTLS (`TLS is required, but was not offered by host`).",
            "Une fonction de sécurité nécessaire à ce transfert n'est pas disponible. Le plus \
             souvent, le client a demandé un mécanisme d'AUTH SMTP que le serveur ne propose pas \
             (`504 5.7.4 Unrecognized authentication type`, par exemple un client qui impose \
             CRAM-MD5 ou l'ancien XOAUTH), ou bien, côté envoi, la politique TLS de Postfix exige \
             le chiffrement et le serveur distant ne propose pas STARTTLS (`TLS is required, but \
             was not offered by host`).",
        ),
        transient: Bi::new(
            "Postfix logs `dsn=4.7.4` and keeps the message queued when its TLS policy \
             (`smtp_tls_security_level = encrypt`, `verify` or `secure`, an \
             `smtp_tls_policy_maps` entry, DANE, MTA-STS) requires TLS that the remote does not \
             offer. It stays deferred until the remote enables STARTTLS or the policy changes, \
             and bounces when the queue lifetime runs out.",
            "Postfix note `dsn=4.7.4` et garde le message en file d'attente quand sa politique \
             TLS (`smtp_tls_security_level = encrypt`, `verify` ou `secure`, une entrée de \
             `smtp_tls_policy_maps`, DANE, MTA-STS) exige un TLS que le serveur distant ne \
             propose pas. Le message reste différé jusqu'à ce que le distant active STARTTLS ou \
             que la politique change, et revient en rebond quand sa durée de vie en file expire.",
        ),
        permanent: Bi::new(
            "The server does not implement the requested mechanism or feature at all, so the same \
             request fails every time.",
            "Le serveur n'implémente pas du tout le mécanisme ou la fonction demandés : la même \
             requête échouera à chaque fois.",
        ),
        advice: Bi::new(
            "For AUTH, read the `250-AUTH` line of the server's EHLO reply (`openssl s_client \
             -starttls smtp -connect host:587`; many servers list AUTH only after STARTTLS) and \
             let the client use one of those mechanisms, usually PLAIN or LOGIN over TLS. For \
             `TLS is required, but was not offered`, find the setting that forces TLS for that \
             destination (`postconf smtp_tls_security_level smtp_tls_policy_maps`) and ask the \
             remote postmaster to enable STARTTLS, or relax the policy for that domain only.",
            "Pour l'AUTH, lisez la ligne `250-AUTH` de la réponse EHLO du serveur (`openssl \
             s_client -starttls smtp -connect host:587` ; beaucoup de serveurs n'annoncent AUTH \
             qu'après STARTTLS) et faites utiliser au client l'un de ces mécanismes, en général \
             PLAIN ou LOGIN sous TLS. Pour `TLS is required, but was not offered`, trouvez le \
             réglage qui impose TLS vers cette destination (`postconf smtp_tls_security_level \
             smtp_tls_policy_maps`) et demandez au postmaster distant d'activer STARTTLS, ou \
             assouplissez la politique pour ce seul domaine.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 5,
        title_fr: "Échec cryptographique",
        side: Side::Configuration,
        meaning: Bi::new(
            "A system entitled to validate or decrypt the message could not, because a key or \
             certificate was missing or invalid. In mail logs this is mostly TLS: Postfix logs \
             `dsn=4.7.5` for `Cannot start TLS: handshake failure`, `Server certificate not \
             trusted` or `Server certificate not verified`, and Microsoft 365 uses it when a \
             certificate fails MTA-STS validation.",
            "Un système habilité à valider ou déchiffrer le message n'a pas pu le faire, faute de \
             clé ou de certificat, ou parce qu'ils étaient invalides. Dans les journaux, il \
             s'agit surtout de TLS : Postfix note `dsn=4.7.5` pour `Cannot start TLS: handshake \
             failure`, `Server certificate not trusted` ou `Server certificate not verified`, et \
             Microsoft 365 l'emploie quand un certificat échoue à la validation MTA-STS.",
        ),
        transient: Bi::new(
            "The sending server keeps the message and retries, but the handshake or the \
             certificate check fails the same way until someone fixes the certificate (expired, \
             self-signed, incomplete chain, name not matching the MX host) or the TLS policy.",
            "Le serveur d'envoi garde le message et réessaie, mais la négociation ou la \
             vérification du certificat échoue de la même façon tant que personne ne corrige le \
             certificat (expiré, auto-signé, chaîne incomplète, nom différent de l'hôte MX) ou la \
             politique TLS.",
        ),
        permanent: Bi::new(
            "The key or certificate needed to validate or decrypt the message is missing or \
             invalid, and the system refuses to deliver content it cannot check.",
            "La clé ou le certificat nécessaires pour valider ou déchiffrer le message manquent \
             ou sont invalides, et le système refuse de remettre un contenu qu'il ne peut pas \
             vérifier.",
        ),
        advice: Bi::new(
            "Inspect the remote certificate with `openssl s_client -starttls smtp -connect \
             mx.example.com:25 -servername mx.example.com` (chain, names, dates) and reproduce \
             Postfix's check with `posttls-finger -l secure example.com`. The receiving side must \
             fix its certificate (renewal, full chain, a name matching the MX host, an MTA-STS \
             policy listing that host); on the sending side, relax a too strict \
             `smtp_tls_policy_maps` entry only once the remote postmaster has confirmed the \
             problem.",
            "Examinez le certificat distant avec `openssl s_client -starttls smtp -connect \
             mx.example.com:25 -servername mx.example.com` (chaîne, noms, dates) et reproduisez \
             le contrôle de Postfix avec `posttls-finger -l secure example.com`. C'est au \
             destinataire de corriger son certificat (renouvellement, chaîne complète, nom \
             correspondant à l'hôte MX, politique MTA-STS qui cite cet hôte) ; côté envoi, \
             n'assouplissez une entrée trop stricte de `smtp_tls_policy_maps` qu'une fois le \
             problème confirmé par le postmaster distant.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 6,
        title_fr: "Algorithme cryptographique non pris en charge",
        side: Side::Configuration,
        meaning: Bi::new(
            "A system entitled to validate or decrypt the message does not support the algorithm \
             it uses: an S/MIME or PGP cipher or digest the gateway lacks or has disabled (SHA-1, \
             3DES and the like), or, at the TLS level, no protocol version or cipher in common \
             between the two servers.",
            "Un système habilité à valider ou déchiffrer le message ne prend pas en charge \
             l'algorithme employé : chiffrement ou condensat S/MIME ou PGP absent de la \
             passerelle ou désactivé (SHA-1, 3DES, etc.), ou, au niveau TLS, aucune version de \
             protocole ni suite de chiffrement commune aux deux serveurs.",
        ),
        transient: Bi::new(
            "Seldom temporary: it may clear during an upgrade or when another server of the \
             cluster supports the algorithm, but a retry normally meets the same limitation.",
            "Rarement temporaire : cela peut se débloquer pendant une mise à jour ou si un autre \
             serveur de la grappe connaît l'algorithme, mais un nouvel essai se heurte \
             normalement à la même limite.",
        ),
        permanent: Bi::new(
            "The algorithm is not implemented or is disabled by policy, so the message cannot be \
             processed in its current form.",
            "L'algorithme n'est pas implémenté ou il est désactivé par la politique du système : \
             le message ne peut pas être traité sous sa forme actuelle.",
        ),
        advice: Bi::new(
            "Identify the algorithm from the reply text or the gateway's logs (for TLS, `openssl \
             s_client` shows the protocol and cipher negotiated) and use one both sides support: \
             AES with SHA-256 for S/MIME or PGP, TLS 1.2 or later. Old software on the sending \
             side should be upgraded rather than asking the receiver to re-enable weak \
             algorithms.",
            "Repérez l'algorithme dans le texte de la réponse ou les journaux de la passerelle \
             (pour TLS, `openssl s_client` montre le protocole et la suite négociés) et \
             choisissez-en un que les deux côtés connaissent : AES avec SHA-256 pour S/MIME ou \
             PGP, TLS 1.2 ou plus récent. Un logiciel vieillissant côté envoi doit être mis à \
             jour plutôt que de demander au destinataire de réactiver des algorithmes faibles.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 7,
        title_fr: "Échec du contrôle d'intégrité du message",
        side: Side::SendingServer,
        meaning: Bi::new(
            "The message was corrupted or altered on the way, so a signature or checksum that a \
             system is entitled to check no longer matches. The usual culprits are intermediaries \
             that rewrite the content after it was signed: disclaimers and footers, antivirus \
             stamps, line-ending or transfer-encoding conversions (8-bit to quoted-printable).",
            "Le message a été corrompu ou modifié en route, si bien qu'une signature ou une somme \
             de contrôle qu'un système est habilité à vérifier ne correspond plus. Les coupables \
             habituels sont des intermédiaires qui réécrivent le contenu après la signature : \
             mentions légales et pieds de page, tampons d'antivirus, conversions de fins de ligne \
             ou d'encodage de transfert (8 bits vers quoted-printable).",
        ),
        transient: Bi::new(
            "A transfer that damaged the data by accident may go through intact next time; if an \
             intermediary rewrites every copy, each retry fails the same way.",
            "Un transfert qui a abîmé les données par accident peut passer intact la fois \
             suivante ; si un intermédiaire réécrit chaque copie, chaque nouvel essai échoue de \
             la même façon.",
        ),
        permanent: Bi::new(
            "The receiving system will not deliver content whose integrity it cannot confirm, and \
             the altered copy will be refused every time.",
            "Le système de réception ne remet pas un contenu dont il ne peut pas confirmer \
             l'intégrité, et la copie modifiée sera refusée à chaque fois.",
        ),
        advice: Bi::new(
            "Find the hop that changes the message by comparing a sent copy with the received one \
             (follow the `Received:` headers). Sign last, after every filter that adds text, or \
             have those filters leave signed mail alone; encoding bodies as quoted-printable or \
             base64 gives relays no reason to convert them.",
            "Trouvez l'étape qui modifie le message en comparant une copie envoyée et la copie \
             reçue (suivez les en-têtes `Received:`). Signez en dernier, après tout filtre qui \
             ajoute du texte, ou configurez ces filtres pour épargner le courrier signé ; encoder \
             le corps en quoted-printable ou en base64 ôte aux relais toute raison de le \
             convertir.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 8,
        title_fr: "Identifiants d'authentification invalides",
        side: Side::Sender,
        meaning: Bi::new(
            "SMTP AUTH failed: wrong user name or password, a user name in the wrong form (full \
             address versus local part), or a password the provider no longer accepts for SMTP \
             (Gmail: `535 5.7.8 Username and Password not accepted` when an app password or OAuth \
             is needed). On your own server, bursts of `SASL LOGIN authentication failed` from \
             unknown IPs are bots guessing passwords.",
            "L'authentification SMTP a échoué : identifiant ou mot de passe erroné, identifiant \
             sous la mauvaise forme (adresse complète ou partie locale seule), ou mot de passe \
             que le fournisseur n'accepte plus pour SMTP (Gmail : `535 5.7.8 Username and \
             Password not accepted` quand il faut un mot de passe d'application ou OAuth). Sur \
             votre propre serveur, des rafales de `SASL LOGIN authentication failed` venant d'IP \
             inconnues sont des robots qui essaient des mots de passe.",
        ),
        transient: Bi::new(
            "Unusual in temporary form (a passing failure normally reads `454 4.7.0`): the server \
             could not check the credentials right now, for example because its directory or SASL \
             back end is down, and the client may try again later.",
            "Inhabituel sous forme temporaire (un échec passager s'écrit normalement `454 4.7.0`) \
             : le serveur n'a pas pu vérifier les identifiants pour l'instant, par exemple parce \
             que son annuaire ou son service SASL est hors service, et le client peut réessayer \
             plus tard.",
        ),
        permanent: Bi::new(
            "The server checked the credentials and rejected them; retrying with the same ones \
             fails again, and repeated failures can get the IP or the account locked out.",
            "Le serveur a vérifié les identifiants et les a refusés ; réessayer avec les mêmes \
             échoue encore, et des échecs répétés peuvent faire bloquer l'IP ou le compte.",
        ),
        advice: Bi::new(
            "Re-enter the password in the mail client, or in `smtp_sasl_password_maps` for a \
             Postfix relaying through a provider (run `postmap` afterwards; the `[host]:port` key \
             must match `relayhost` exactly). For Gmail or any account with two-step \
             verification, create an app password or switch to OAuth2. On your own server, test \
             the back end (`doveadm auth test user` or `testsaslauthd -u user -p password`) and \
             let fail2ban block the guessing bots.",
            "Ressaisissez le mot de passe dans le logiciel de messagerie, ou dans \
             `smtp_sasl_password_maps` pour un Postfix qui relaie via un fournisseur (lancez \
             `postmap` ensuite ; la clé `[host]:port` doit correspondre exactement à \
             `relayhost`). Pour Gmail ou tout compte à validation en deux étapes, créez un mot de \
             passe d'application ou passez à OAuth2. Sur votre propre serveur, testez le service \
             d'authentification (`doveadm auth test user` ou `testsaslauthd -u user -p password`) \
             et laissez fail2ban bloquer les robots.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 9,
        title_fr: "Mécanisme d'authentification trop faible",
        side: Side::Sender,
        meaning: Bi::new(
            "The client logged in with a mechanism the server considers too weak for this \
             account, typically a plain password where stronger credentials are required. Gmail \
             answers `534 5.7.9 Application-specific password required` when two-step \
             verification is on and the normal password was sent; Yahoo also reuses 5.7.9 to \
             refuse mail that passed neither SPF nor DKIM (`sender is unauthenticated`).",
            "Le client s'est authentifié avec un mécanisme que le serveur juge trop faible pour \
             ce compte, en général un simple mot de passe là où des identifiants plus forts sont \
             exigés. Gmail répond `534 5.7.9 Application-specific password required` quand la \
             validation en deux étapes est active et que le mot de passe habituel a été envoyé ; \
             Yahoo réutilise aussi 5.7.9 pour refuser le courrier qui n'a passé ni SPF ni DKIM \
             (`sender is unauthenticated`).",
        ),
        transient: Bi::new(
            "Rare in temporary form: the server would accept the account once it authenticates \
             differently, so retrying with the same mechanism and password only repeats the \
             refusal.",
            "Rare sous forme temporaire : le serveur accepterait le compte avec une autre méthode \
             d'authentification, et réessayer avec le même mécanisme et le même mot de passe ne \
             fait que répéter le refus.",
        ),
        permanent: Bi::new(
            "Server policy forbids this mechanism for this account; nothing will pass until the \
             client changes mechanism or credential type.",
            "La politique du serveur interdit ce mécanisme pour ce compte ; rien ne passera tant \
             que le client n'aura pas changé de mécanisme ou de type d'identifiant.",
        ),
        advice: Bi::new(
            "Switch the client to a stronger method the server offers (OAuth2, SCRAM, or PLAIN \
             only inside TLS if that is what it allows), or generate an app password for a Gmail \
             account with two-step verification. For Yahoo's `550 5.7.9 ... sender is \
             unauthenticated`, fix SPF and DKIM as described for X.7.26.",
            "Faites passer le client à une méthode plus forte proposée par le serveur (OAuth2, \
             SCRAM, ou PLAIN uniquement sous TLS si c'est ce qu'il permet), ou créez un mot de \
             passe d'application pour un compte Gmail à validation en deux étapes. Pour le `550 \
             5.7.9 ... sender is unauthenticated` de Yahoo, corrigez SPF et DKIM comme indiqué \
             pour X.7.26.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 10,
        title_fr: "Chiffrement nécessaire",
        side: Side::Configuration,
        meaning: Bi::new(
            "The requested authentication mechanism may only be used under a strong encryption \
             layer, and the client tried it on an unencrypted connection (`523 5.7.10`). Gmail \
             also uses 5.7.10 for a client that pipelines commands right after STARTTLS instead \
             of waiting for the TLS handshake.",
            "Le mécanisme d'authentification demandé n'est permis que sous une couche de \
             chiffrement forte, et le client l'a tenté sur une connexion en clair (`523 5.7.10`). \
             Gmail emploie aussi 5.7.10 pour un client qui enchaîne des commandes juste après \
             STARTTLS au lieu d'attendre la négociation TLS.",
        ),
        transient: Bi::new(
            "Rare in temporary form: TLS may be briefly unavailable on the server; once STARTTLS \
             works again, the client can authenticate inside it.",
            "Rare sous forme temporaire : TLS peut être brièvement indisponible sur le serveur ; \
             dès que STARTTLS fonctionne à nouveau, le client peut s'authentifier sous \
             chiffrement.",
        ),
        permanent: Bi::new(
            "The server will never accept this mechanism over a clear-text connection; the client \
             must encrypt first.",
            "Le serveur n'acceptera jamais ce mécanisme sur une connexion en clair ; le client \
             doit d'abord chiffrer.",
        ),
        advice: Bi::new(
            "Set the mail client to STARTTLS on port 587 or SSL/TLS on port 465; for a Postfix \
             relaying through a provider, set `smtp_tls_security_level = encrypt` for that relay. \
             If Gmail complains about pipelining after STARTTLS, update or replace the client \
             library. On the server side, `smtpd_tls_auth_only = yes` is what hides AUTH until \
             STARTTLS.",
            "Réglez le logiciel de messagerie sur STARTTLS (port 587) ou SSL/TLS (port 465) ; \
             pour un Postfix qui relaie via un fournisseur, mettez `smtp_tls_security_level = \
             encrypt` pour ce relais. Si Gmail se plaint de commandes enchaînées après STARTTLS, \
             mettez à jour ou changez la bibliothèque cliente. Côté serveur, c'est \
             `smtpd_tls_auth_only = yes` qui masque AUTH jusqu'à STARTTLS.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 11,
        title_fr: "Chiffrement requis pour le mécanisme d'authentification demandé",
        side: Side::Configuration,
        meaning: Bi::new(
            "The client picked an AUTH mechanism that this server allows only inside TLS, \
             typically PLAIN or LOGIN, which carry the password almost in clear, and the session \
             was not encrypted (`538 5.7.11`). Gmail also returns `501 5.7.11` when STARTTLS is \
             sent with parameters.",
            "Le client a choisi un mécanisme d'AUTH que ce serveur n'autorise que sous TLS, en \
             général PLAIN ou LOGIN, qui transportent le mot de passe quasiment en clair, et la \
             session n'était pas chiffrée (`538 5.7.11`). Gmail renvoie aussi `501 5.7.11` quand \
             STARTTLS est envoyé avec des paramètres.",
        ),
        transient: Bi::new(
            "Seldom temporary: the server may be unable to offer TLS for a while, after which the \
             same login works inside an encrypted session.",
            "Rarement temporaire : le serveur peut être incapable de proposer TLS pendant un \
             moment, après quoi la même connexion passe dans une session chiffrée.",
        ),
        permanent: Bi::new(
            "Server policy never lets this mechanism run over clear text, so authentication keeps \
             failing until the session is encrypted.",
            "La politique du serveur n'autorise jamais ce mécanisme en clair : l'authentification \
             échouera tant que la session ne sera pas chiffrée.",
        ),
        advice: Bi::new(
            "Turn on STARTTLS (port 587) or implicit TLS (port 465) in the client and keep PLAIN \
             or LOGIN; do not fall back to an unencrypted session to get around the error. Check \
             that the server really offers STARTTLS with a valid certificate: `openssl s_client \
             -starttls smtp -connect host:587`.",
            "Activez STARTTLS (port 587) ou TLS implicite (port 465) dans le client et gardez \
             PLAIN ou LOGIN ; ne revenez pas à une session en clair pour contourner l'erreur. \
             Vérifiez que le serveur propose bien STARTTLS avec un certificat valide : `openssl \
             s_client -starttls smtp -connect host:587`.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 12,
        title_fr: "Transition de mot de passe nécessaire",
        side: Side::Sender,
        meaning: Bi::new(
            "The server needs the user to log in once with a plain-text mechanism (PLAIN over \
             TLS) so that it can derive the credentials the requested mechanism needs, such as \
             CRAM-MD5 or SCRAM, typically after a password database migration (`432 4.7.12`). \
             Microsoft 365 reuses 5.7.12 differently: `Sender was not authenticated by \
             organization` means the recipient only accepts mail from inside its own \
             organization.",
            "Le serveur a besoin que l'utilisateur se connecte une fois avec un mécanisme en \
             clair (PLAIN sous TLS) pour en déduire les identifiants qu'exige le mécanisme \
             demandé, comme CRAM-MD5 ou SCRAM, typiquement après une migration de la base de mots \
             de passe (`432 4.7.12`). Microsoft 365 emploie 5.7.12 autrement : `Sender was not \
             authenticated by organization` signifie que le destinataire n'accepte que le \
             courrier interne à son organisation.",
        ),
        transient: Bi::new(
            "The normal form: the transition is a one-off step, and after a single successful \
             PLAIN login over TLS the requested mechanism works.",
            "La forme normale : la transition ne se fait qu'une fois, et après une seule \
             connexion PLAIN réussie sous TLS, le mécanisme demandé fonctionne.",
        ),
        permanent: Bi::new(
            "The server refuses the requested mechanism for this account until the transition \
             happens; with Microsoft 365, the recipient's settings reject every outside sender \
             and only its administrator can change that.",
            "Le serveur refuse le mécanisme demandé pour ce compte tant que la transition n'a pas \
             eu lieu ; chez Microsoft 365, les réglages du destinataire rejettent tout expéditeur \
             extérieur et seul son administrateur peut les changer.",
        ),
        advice: Bi::new(
            "Log in once with PLAIN or LOGIN over an encrypted connection (or let the client \
             choose), then use the stronger mechanism; if the error comes back, the administrator \
             should check that the new credentials get stored, or reset the password. In the \
             Microsoft 365 case, ask the recipient's administrator to allow external senders for \
             that mailbox or group.",
            "Connectez-vous une fois en PLAIN ou LOGIN sur une connexion chiffrée (ou laissez le \
             client choisir), puis utilisez le mécanisme plus fort ; si l'erreur revient, \
             l'administrateur doit vérifier que les nouveaux identifiants sont bien enregistrés, \
             ou réinitialiser le mot de passe. Dans le cas Microsoft 365, demandez à \
             l'administrateur du destinataire d'autoriser les expéditeurs externes pour cette \
             boîte ou ce groupe.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 13,
        title_fr: "Compte utilisateur désactivé",
        side: Side::Sender,
        meaning: Bi::new(
            "The login itself succeeded, but the account has been disabled by its administrator: \
             unpaid subscription, abuse or spam sent from it, suspected compromise, or a user who \
             has left (`525 5.7.13`). Microsoft 365 also uses 5.7.13 when a public folder refuses \
             senders from outside the organization.",
            "La connexion a réussi, mais l'administrateur a désactivé le compte : abonnement \
             impayé, abus ou spam envoyé depuis ce compte, piratage soupçonné, ou utilisateur \
             parti (`525 5.7.13`). Microsoft 365 emploie aussi 5.7.13 quand un dossier public \
             refuse les expéditeurs extérieurs à l'organisation.",
        ),
        transient: Bi::new(
            "Rare in temporary form: the lock is meant to be short, for instance after suspicious \
             activity, and the account may work again after a while.",
            "Rare sous forme temporaire : le blocage est prévu pour être court, par exemple après \
             une activité suspecte, et le compte peut refonctionner au bout d'un moment.",
        ),
        permanent: Bi::new(
            "The account stays disabled until an administrator re-enables it; no retry from the \
             client can change that.",
            "Le compte reste désactivé tant qu'un administrateur ne l'a pas réactivé ; aucun \
             nouvel essai du client n'y change rien.",
        ),
        advice: Bi::new(
            "Contact the provider or the administrator of the account by another channel. If the \
             account was compromised, change the password, remove unknown forwarding rules and \
             app passwords, and check the devices that use it; administrators should find out why \
             it was locked (abuse reports, outbound spam in the logs) before re-enabling it.",
            "Contactez le fournisseur ou l'administrateur du compte par un autre moyen. Si le \
             compte a été piraté, changez le mot de passe, supprimez les règles de transfert et \
             mots de passe d'application inconnus, et vérifiez les appareils qui l'utilisent ; \
             l'administrateur doit comprendre pourquoi il a été bloqué (plaintes pour abus, spam \
             sortant dans les journaux) avant de le réactiver.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 14,
        title_fr: "Relation de confiance requise",
        side: Side::Sender,
        meaning: Bi::new(
            "In the registry's sense, a submission server that has to fetch the message content \
             from another server (BURL with IMAP URLAUTH, RFC 4468) has no trust relationship \
             configured with that server. In practice it mostly comes from Gmail: a `534 5.7.14` \
             asking the user to log in through a web browser means Google blocked a sign-in from \
             the mail client as suspicious and wants it confirmed on the web first.",
            "Au sens du registre, un serveur de soumission qui doit aller chercher le contenu du \
             message sur un autre serveur (BURL avec IMAP URLAUTH, RFC 4468) n'a pas de relation \
             de confiance configurée avec lui. En pratique, il vient surtout de Gmail : un `534 \
             5.7.14` qui demande de se connecter depuis un navigateur signifie que Google a \
             bloqué comme suspecte une connexion du logiciel de messagerie et veut qu'elle soit \
             d'abord confirmée sur le web.",
        ),
        transient: Bi::new(
            "The trust check could not be completed for now; it may succeed once the other server \
             is reachable or the sign-in has been confirmed.",
            "Le contrôle de confiance n'a pas pu aboutir pour l'instant ; il peut réussir une \
             fois l'autre serveur joignable ou la connexion confirmée.",
        ),
        permanent: Bi::new(
            "Without the trust relationship, or the confirmed sign-in, the server refuses the \
             request every time.",
            "Sans relation de confiance, ou sans connexion confirmée, le serveur refuse la \
             requête à chaque fois.",
        ),
        advice: Bi::new(
            "Gmail users: sign in to the account in a browser from the same network, confirm the \
             security alert, then use an app password or OAuth2 in the client. For a BURL setup, \
             configure the submission server's credentials and its URLAUTH access on the IMAP \
             server.",
            "Utilisateurs de Gmail : connectez-vous au compte dans un navigateur depuis le même \
             réseau, validez l'alerte de sécurité, puis utilisez un mot de passe d'application ou \
             OAuth2 dans le client. Pour une installation BURL, configurez les identifiants du \
             serveur de soumission et son accès URLAUTH sur le serveur IMAP.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 15,
        title_fr: "Niveau de priorité trop bas",
        side: Side::Sender,
        meaning: Bi::new(
            "The message was sent with the MT-PRIORITY extension (RFC 6710) at a level below the \
             lowest this server accepts, either as a standing rule or because the server is under \
             load and only takes higher-priority traffic.",
            "Le message a été envoyé avec l'extension MT-PRIORITY (RFC 6710) à un niveau \
             inférieur au minimum que ce serveur accepte, soit par règle permanente, soit parce \
             que le serveur est chargé et ne prend que le trafic plus prioritaire.",
        ),
        transient: Bi::new(
            "The server is busy and only accepts higher priorities at the moment (`450 4.7.15`); \
             the same message at the same priority may be accepted once the load drops.",
            "Le serveur est occupé et n'accepte pour l'instant que les priorités plus hautes \
             (`450 4.7.15`) ; le même message à la même priorité pourra passer quand la charge \
             baissera.",
        ),
        permanent: Bi::new(
            "The server never accepts mail at this priority (`550 5.7.15`); sending it again \
             unchanged is pointless.",
            "Le serveur n'accepte jamais de courrier à cette priorité (`550 5.7.15`) ; le \
             renvoyer tel quel ne sert à rien.",
        ),
        advice: Bi::new(
            "Resend without the `MT-PRIORITY` parameter, or with a higher value if the sender is \
             allowed to use it. Outside priority-aware networks (defence, emergency services) the \
             extension is almost never used, so find which application or relay adds it.",
            "Renvoyez sans le paramètre `MT-PRIORITY`, ou avec une valeur plus haute si \
             l'expéditeur a le droit de l'utiliser. Hors des réseaux qui gèrent les priorités \
             (défense, services d'urgence), l'extension n'est presque jamais employée : trouvez \
             quelle application ou quel relais l'ajoute.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 16,
        title_fr: "Message trop volumineux pour la priorité demandée",
        side: Side::Sender,
        meaning: Bi::new(
            "The server limits message size by MT-PRIORITY level (RFC 6710) and this message is \
             larger than allowed at the requested priority, typically a big attachment sent as \
             high priority.",
            "Le serveur limite la taille des messages selon leur niveau MT-PRIORITY (RFC 6710) et \
             ce message dépasse ce qui est permis à la priorité demandée, typiquement une grosse \
             pièce jointe envoyée en haute priorité.",
        ),
        transient: Bi::new(
            "The size limit for this priority is tightened for the moment, for instance under \
             load; the same message may pass later.",
            "La limite de taille pour cette priorité est resserrée pour le moment, par exemple en \
             cas de charge ; le même message pourra passer plus tard.",
        ),
        permanent: Bi::new(
            "The message exceeds the size the server's standing policy allows at that priority \
             (`552 5.7.16`).",
            "Le message dépasse la taille que la politique permanente du serveur autorise à cette \
             priorité (`552 5.7.16`).",
        ),
        advice: Bi::new(
            "Send it at a lower priority, where larger messages are allowed, or make it smaller: \
             compress the attachments or share a link instead. Keep high priority for short, \
             urgent messages.",
            "Envoyez-le à une priorité plus basse, qui admet des messages plus gros, ou \
             réduisez-le : compressez les pièces jointes ou partagez plutôt un lien. Réservez la \
             haute priorité aux messages courts et urgents.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 17,
        title_fr: "Le titulaire de la boîte aux lettres a changé",
        side: Side::Sender,
        meaning: Bi::new(
            "The sender asked, through RRVS (the `RRVS=` parameter of MAIL FROM or a \
             `Require-Recipient-Valid-Since:` header, RFC 7293), for delivery only if the mailbox \
             has had the same owner since a given date. The receiving system knows the address \
             was given to someone else after that date, typically a recycled address at a large \
             provider, and refuses rather than deliver to a stranger.",
            "L'expéditeur a demandé, par RRVS (paramètre `RRVS=` de MAIL FROM ou en-tête \
             `Require-Recipient-Valid-Since:`, RFC 7293), que le message ne soit remis que si la \
             boîte a le même titulaire depuis une date donnée. Le système de réception sait que \
             l'adresse a été attribuée à quelqu'un d'autre après cette date, typiquement une \
             adresse recyclée chez un grand fournisseur, et refuse plutôt que de remettre le \
             message à un inconnu.",
        ),
        transient: Bi::new(
            "RFC 7293 treats this as a final finding; a temporary form would only mean the server \
             could not settle the question yet, and a retry will most likely reach the same \
             conclusion.",
            "La RFC 7293 en fait un constat définitif ; une forme temporaire signifierait \
             seulement que le serveur n'a pas encore pu trancher, et un nouvel essai aboutira \
             très probablement à la même conclusion.",
        ),
        permanent: Bi::new(
            "The address now belongs to someone other than the person the sender knew, so \
             delivery is refused to protect the content (password resets, account notices).",
            "L'adresse appartient désormais à une autre personne que celle que connaissait \
             l'expéditeur : la remise est refusée pour protéger le contenu (réinitialisations de \
             mot de passe, avis de compte).",
        ),
        advice: Bi::new(
            "Stop using this address for that person: mark it invalid in your database and get a \
             current address from them by another channel. Services that send password resets \
             should record the date they last confirmed each address and pass it in RRVS.",
            "Cessez d'utiliser cette adresse pour cette personne : marquez-la invalide dans votre \
             base et obtenez son adresse actuelle par un autre moyen. Les services qui envoient \
             des réinitialisations de mot de passe devraient noter la date de dernière \
             confirmation de chaque adresse et la transmettre par RRVS.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 18,
        title_fr: "Le titulaire du domaine a changé",
        side: Side::Sender,
        meaning: Bi::new(
            "Same RRVS check as X.7.17 (RFC 7293), at domain level: the recipient's domain has \
             changed hands since the date the sender gave, so the address may now lead to someone \
             unrelated to the original recipient.",
            "Même contrôle RRVS que X.7.17 (RFC 7293), au niveau du domaine : le domaine du \
             destinataire a changé de mains depuis la date donnée par l'expéditeur, et l'adresse \
             peut désormais mener à quelqu'un sans rapport avec le destinataire d'origine.",
        ),
        transient: Bi::new(
            "Rarely temporary: a retry meets the same ownership history, unless the check simply \
             could not be completed the first time.",
            "Rarement temporaire : un nouvel essai retrouvera le même historique de propriété, \
             sauf si le contrôle n'avait simplement pas pu aboutir la première fois.",
        ),
        permanent: Bi::new(
            "The domain is no longer held by whoever owned it when the address was confirmed, so \
             the message is refused rather than handed to the new owner.",
            "Le domaine n'est plus détenu par celui qui le possédait quand l'adresse a été \
             confirmée : le message est refusé plutôt que confié au nouveau titulaire.",
        ),
        advice: Bi::new(
            "Treat the address as stale: reconfirm the contact by another channel, then update or \
             delete it. If the domain has in fact not changed owner, the receiving side's records \
             are wrong; contact its postmaster.",
            "Considérez l'adresse comme périmée : reconfirmez le contact par un autre moyen, puis \
             mettez-la à jour ou supprimez-la. Si le domaine n'a en réalité pas changé de \
             titulaire, les données du côté destinataire sont fausses : contactez son postmaster.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 19,
        title_fr: "Le test RRVS ne peut pas aboutir",
        side: Side::Sender,
        meaning: Bi::new(
            "The message carried an RRVS requirement (RFC 7293) but the receiving system cannot \
             evaluate it, because it never recorded since when the mailbox has had its current \
             owner. Rather than deliver without the guarantee the sender asked for, it hands the \
             decision back to the sender.",
            "Le message portait une exigence RRVS (RFC 7293), mais le système de réception ne \
             peut pas l'évaluer : il n'a jamais enregistré depuis quand la boîte a son titulaire \
             actuel. Plutôt que de remettre le message sans la garantie demandée, il renvoie la \
             décision à l'expéditeur.",
        ),
        transient: Bi::new(
            "The check may become possible later (records being restored, or held by another \
             server of the same system), so the sending side may retry.",
            "Le contrôle deviendra peut-être possible plus tard (données en cours de \
             restauration, ou détenues par un autre serveur du même système) : le côté expéditeur \
             peut réessayer.",
        ),
        permanent: Bi::new(
            "The receiving system has no ownership date for this mailbox and will not get one, so \
             the RRVS condition can never be met as requested.",
            "Le système de réception n'a aucune date de prise de possession pour cette boîte et \
             n'en aura pas : la condition RRVS ne pourra jamais être remplie telle que demandée.",
        ),
        advice: Bi::new(
            "Decide whether the message may go without the guarantee: if so, resend it without \
             the `RRVS=` parameter and the `Require-Recipient-Valid-Since:` header; if not \
             (password resets, sensitive notices), confirm the recipient's identity by another \
             channel first.",
            "Décidez si le message peut partir sans cette garantie : si oui, renvoyez-le sans le \
             paramètre `RRVS=` ni l'en-tête `Require-Recipient-Valid-Since:` ; sinon \
             (réinitialisations de mot de passe, avis sensibles), confirmez d'abord l'identité du \
             destinataire par un autre moyen.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 20,
        title_fr: "Aucune signature DKIM valide trouvée",
        side: Side::Configuration,
        meaning: Bi::new(
            "The receiving server requires a valid DKIM signature and none of the message's \
             signatures verified, or there was none. Usual causes: the outgoing server does not \
             sign; the public key in DNS is missing or does not match the signing key (selector \
             typo, key rotated on one side only); or the message was changed after signing by a \
             footer, disclaimer, mailing list or re-encoding, which shows up as `body hash did \
             not verify`.",
            "Le serveur de réception exige une signature DKIM valide et aucune de celles du \
             message n'a pu être vérifiée, ou il n'y en avait aucune. Causes habituelles : le \
             serveur d'envoi ne signe pas ; la clé publique dans le DNS manque ou ne correspond \
             pas à la clé de signature (faute de frappe dans le sélecteur, clé changée d'un seul \
             côté) ; ou le message a été modifié après signature par un pied de page, une mention \
             légale, une liste de diffusion ou un réencodage, ce qui se traduit par `body hash \
             did not verify`.",
        ),
        transient: Bi::new(
            "The key lookup failed temporarily (DNS timeout or SERVFAIL on \
             `selector._domainkey`), so the verifier could not conclude; the retry goes through \
             once the signer's DNS answers.",
            "La recherche de la clé a échoué temporairement (délai dépassé ou SERVFAIL sur \
             `selector._domainkey`), si bien que le vérificateur n'a pas pu conclure ; le nouvel \
             essai passe dès que le DNS du signataire répond.",
        ),
        permanent: Bi::new(
            "The verifier got a definite answer (no signature, or signatures that do not verify) \
             and its policy rejects such mail.",
            "Le vérificateur a obtenu une réponse nette (pas de signature, ou des signatures qui \
             ne se vérifient pas) et sa politique rejette ce type de courrier.",
        ),
        advice: Bi::new(
            "Take `d=` and `s=` from the `DKIM-Signature:` header of a sent copy and check the \
             key: `dig +short TXT selector._domainkey.example.com` must return a `p=` holding the \
             public half of your signing key (`opendkim-testkey -d example.com -s selector -vvv` \
             tests it). Send a test to a mailbox you control and read the reason in \
             `Authentication-Results:` (`dkim=none`, `dkim=fail`, body hash); make sure signing \
             happens last, after any filter or relay that adds text.",
            "Relevez `d=` et `s=` dans l'en-tête `DKIM-Signature:` d'une copie envoyée et \
             vérifiez la clé : `dig +short TXT selector._domainkey.example.com` doit renvoyer un \
             `p=` contenant la moitié publique de votre clé de signature (`opendkim-testkey -d \
             example.com -s selector -vvv` le contrôle). Envoyez un test vers une boîte que vous \
             maîtrisez et lisez la raison dans `Authentication-Results:` (`dkim=none`, \
             `dkim=fail`, empreinte du corps) ; assurez-vous que la signature intervient en \
             dernier, après tout filtre ou relais qui ajoute du texte.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 21,
        title_fr: "Aucune signature DKIM acceptable trouvée",
        side: Side::Configuration,
        meaning: Bi::new(
            "At least one DKIM signature verified, but none meets the receiver's policy: the \
             signing domain (`d=`) is not one it accepts for this mail, the key is too short (RSA \
             under 1024 bits), the algorithm is `rsa-sha1`, the signature has expired (`x=`), it \
             does not cover the `From:` header, or it signs only part of the body with `l=`.",
            "Au moins une signature DKIM est valide, mais aucune ne satisfait la politique du \
             destinataire : domaine signataire (`d=`) non accepté pour ce courrier, clé trop \
             courte (RSA de moins de 1024 bits), algorithme `rsa-sha1`, signature expirée (`x=`), \
             en-tête `From:` non couvert, ou corps signé en partie seulement avec `l=`.",
        ),
        transient: Bi::new(
            "The acceptability check could not be finished for now, for instance a policy or \
             reputation lookup on the signing domain failed; a retry may pass.",
            "Le contrôle d'acceptabilité n'a pas pu aller au bout pour l'instant, par exemple \
             parce qu'une consultation de politique ou de réputation du domaine signataire a \
             échoué ; un nouvel essai peut passer.",
        ),
        permanent: Bi::new(
            "The signatures are technically valid but fail the receiver's standing requirements, \
             so the same message is refused again.",
            "Les signatures sont techniquement valides mais ne respectent pas les exigences \
             permanentes du destinataire : le même message sera refusé à nouveau.",
        ),
        advice: Bi::new(
            "Check the tags of your `DKIM-Signature:` header: `a=rsa-sha256` (optionally \
             alongside an `ed25519-sha256` signature), a key of at least 1024 bits and preferably \
             2048, `from` listed in `h=`, no `l=`, no short `x=` expiry. Sign with your own \
             domain, the one in `From:`, not only with your sending provider's default domain.",
            "Vérifiez les balises de votre en-tête `DKIM-Signature:` : `a=rsa-sha256` \
             (éventuellement doublé d'une signature `ed25519-sha256`), clé d'au moins 1024 bits \
             et de préférence 2048, `from` présent dans `h=`, pas de `l=`, pas d'expiration `x=` \
             trop courte. Signez avec votre propre domaine, celui du `From:`, et pas seulement \
             avec le domaine par défaut de votre prestataire d'envoi.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 22,
        title_fr: "Aucune signature DKIM valide correspondant à l'auteur",
        side: Side::Configuration,
        meaning: Bi::new(
            "The message has valid DKIM signatures, but none is from the domain in the `From:` \
             header, the author's domain. Typical case: a mailing service signs only with its own \
             domain (`d=mailer.example.net`) while `From:` shows yours. This is the DKIM half of \
             DMARC alignment.",
            "Le message porte des signatures DKIM valides, mais aucune ne vient du domaine de \
             l'en-tête `From:`, celui de l'auteur. Cas typique : un service d'envoi ne signe \
             qu'avec son propre domaine (`d=mailer.example.net`) alors que le `From:` affiche le \
             vôtre. C'est le volet DKIM de l'alignement DMARC.",
        ),
        transient: Bi::new(
            "The receiver could not finish the check for now (the DNS lookup of the key or of the \
             author domain's policy failed); the retry may succeed.",
            "Le destinataire n'a pas pu terminer le contrôle pour l'instant (échec de la \
             recherche DNS de la clé ou de la politique du domaine de l'auteur) ; le nouvel essai \
             peut réussir.",
        ),
        permanent: Bi::new(
            "No signature matches the author's domain and the receiver requires one, so the \
             message is refused as it stands.",
            "Aucune signature ne correspond au domaine de l'auteur et le destinataire en exige \
             une : le message est refusé en l'état.",
        ),
        advice: Bi::new(
            "Have every service that sends in your name sign with your domain: publish the DKIM \
             records it provides (often CNAMEs such as `s1._domainkey.example.com`) and enable \
             custom-domain signing in its settings. Check that `d=` shares the organizational \
             domain of the `From:` address (relaxed alignment: `mail.example.com` aligns with \
             `example.com`), and confirm with the `Authentication-Results:` of a test message.",
            "Faites signer avec votre domaine chaque service qui envoie en votre nom : publiez \
             les enregistrements DKIM qu'il fournit (souvent des CNAME comme \
             `s1._domainkey.example.com`) et activez la signature avec domaine personnalisé dans \
             ses réglages. Vérifiez que `d=` a le même domaine organisationnel que l'adresse du \
             `From:` (alignement relâché : `mail.example.com` s'aligne sur `example.com`), puis \
             confirmez avec l'en-tête `Authentication-Results:` d'un message de test.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 23,
        title_fr: "Échec de la validation SPF",
        side: Side::Configuration,
        meaning: Bi::new(
            "The SPF check returned `fail`: the envelope sender's domain (MAIL FROM, seen as \
             Return-Path; the HELO name for bounces) publishes a record ending in `-all` that \
             does not list the client IP. Typical causes are a new server, relay or mailing \
             service missing from the record, or mail forwarded by a third party whose IP is not \
             yours (policyd-spf: `550 5.7.23 Message rejected due to: SPF fail - not authorized`; \
             Exchange Online: `The message was rejected because of Sender Policy Framework \
             violation`). Gmail reuses `421 4.7.23` for a sending IP without valid reverse DNS.",
            "Le contrôle SPF a donné `fail` : le domaine de l'expéditeur d'enveloppe (MAIL FROM, \
             visible dans Return-Path ; le nom HELO pour les rebonds) publie un enregistrement \
             terminé par `-all` qui ne mentionne pas l'IP du client. Causes typiques : un nouveau \
             serveur, relais ou service d'envoi absent de l'enregistrement, ou un message \
             redirigé par un tiers dont l'IP n'est pas la vôtre (policyd-spf : `550 5.7.23 \
             Message rejected due to: SPF fail - not authorized` ; Exchange Online : `The message \
             was rejected because of Sender Policy Framework violation`). Gmail réutilise `421 \
             4.7.23` pour une IP d'envoi sans DNS inverse valable.",
        ),
        transient: Bi::new(
            "A temporary form means the receiver defers instead of rejecting on SPF failure (or, \
             at Gmail, rate-limits an IP without a proper PTR); retries keep failing until the \
             SPF record or the sending path changes.",
            "Une forme temporaire signifie que le destinataire diffère au lieu de rejeter sur un \
             échec SPF (ou, chez Gmail, qu'il limite une IP sans PTR correct) ; les nouveaux \
             essais échouent tant que l'enregistrement SPF ou le chemin d'envoi ne change pas.",
        ),
        permanent: Bi::new(
            "The domain owner declared with `-all` that only the listed hosts may send its mail, \
             and this IP is not one of them; the receiver applies that policy as final.",
            "Le titulaire du domaine a déclaré avec `-all` que seuls les hôtes listés peuvent \
             envoyer son courrier, et cette IP n'en fait pas partie ; le destinataire applique \
             cette politique comme définitive.",
        ),
        advice: Bi::new(
            "Check the record and the IP that actually sent: `dig +short TXT example.com` (the \
             `v=spf1` string) for the envelope domain, and the client IP in the bounce or the \
             `Received:` headers. Add the missing sender (`ip4:`, `ip6:` or the provider's \
             `include:`), keeping one SPF record per name and at most 10 DNS-querying terms. For \
             forwarded mail, the forwarder must rewrite the envelope sender (SRS), or the domain \
             must rely on DKIM, which survives forwarding.",
            "Vérifiez l'enregistrement et l'IP qui a réellement envoyé : `dig +short TXT \
             example.com` (la chaîne `v=spf1`) pour le domaine d'enveloppe, et l'IP du client \
             dans le rebond ou les en-têtes `Received:`. Ajoutez l'expéditeur manquant (`ip4:`, \
             `ip6:` ou l'`include:` du prestataire), en gardant un seul enregistrement SPF par \
             nom et au plus 10 termes qui déclenchent une requête DNS. Pour un courrier redirigé, \
             le redirecteur doit réécrire l'expéditeur d'enveloppe (SRS), ou le domaine doit \
             s'appuyer sur DKIM, qui survit à la redirection.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 24,
        title_fr: "Erreur lors de la validation SPF",
        side: Side::Configuration,
        meaning: Bi::new(
            "SPF could not be evaluated. `temperror`: a DNS lookup timed out or returned \
             SERVFAIL. `permerror`: the record is broken, for example two `v=spf1` records on the \
             same name, a syntax error, more than 10 DNS-querying terms (`include`, `a`, `mx`, \
             `ptr`, `exists`, `redirect`) or too many lookups returning nothing, or an `include:` \
             pointing to a name without SPF; Gmail uses 4.7.24/5.7.24 for an SPF record with \
             `suspicious entries`.",
            "SPF n'a pas pu être évalué. `temperror` : une requête DNS a expiré ou renvoyé \
             SERVFAIL. `permerror` : l'enregistrement est cassé, par exemple deux enregistrements \
             `v=spf1` sur le même nom, une erreur de syntaxe, plus de 10 termes déclenchant une \
             requête DNS (`include`, `a`, `mx`, `ptr`, `exists`, `redirect`) ou trop de requêtes \
             sans résultat, ou un `include:` vers un nom sans SPF ; Gmail emploie 4.7.24/5.7.24 \
             pour un enregistrement SPF aux entrées suspectes (`suspicious entries`).",
        ),
        transient: Bi::new(
            "The `temperror` case: the sender's DNS did not answer in time; the retry succeeds \
             once the name servers respond, so check them if it persists.",
            "Le cas `temperror` : le DNS de l'expéditeur n'a pas répondu à temps ; le nouvel \
             essai passe dès que les serveurs de noms répondent, vérifiez-les si cela persiste.",
        ),
        permanent: Bi::new(
            "The `permerror` case: the record itself is invalid and gives the same error on every \
             evaluation until it is fixed.",
            "Le cas `permerror` : l'enregistrement lui-même est invalide et donne la même erreur \
             à chaque évaluation tant qu'il n'est pas corrigé.",
        ),
        advice: Bi::new(
            "Run `dig +short TXT example.com` for the envelope domain: there must be exactly one \
             string starting with `v=spf1`, and every `include:` target must have one too. Count \
             the DNS-querying terms, nested includes included, and stay at 10 or fewer (remove \
             unused providers, replace `a` and `mx` with `ip4:`/`ip6:`, drop `ptr`); for \
             `temperror`, query the domain's name servers directly, e.g. `dig @ns1.example.com \
             TXT example.com`.",
            "Lancez `dig +short TXT example.com` pour le domaine d'enveloppe : il doit y avoir \
             exactement une chaîne commençant par `v=spf1`, et chaque cible d'`include:` doit \
             aussi en avoir une. Comptez les termes qui déclenchent une requête DNS, inclusions \
             imbriquées comprises, et restez à 10 au maximum (retirez les prestataires \
             inutilisés, remplacez `a` et `mx` par `ip4:`/`ip6:`, supprimez `ptr`) ; pour \
             `temperror`, interrogez directement les serveurs de noms du domaine, par exemple \
             `dig @ns1.example.com TXT example.com`.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 25,
        title_fr: "Échec de la validation DNS inverse",
        side: Side::Configuration,
        meaning: Bi::new(
            "The client IP failed the receiver's reverse DNS check: it has no PTR record, or the \
             PTR name does not resolve back to the same IP (forward-confirmed reverse DNS). \
             Postfix's `reject_unknown_client_hostname` answers `450 4.7.25 Client host rejected: \
             cannot find your hostname`, Gmail `550 5.7.25 ... does not have a PTR record`, and \
             Microsoft 365 requires a PTR from IPv6 senders.",
            "L'IP du client a échoué au contrôle DNS inverse du destinataire : pas \
             d'enregistrement PTR, ou un nom PTR qui ne renvoie pas vers la même IP (DNS inverse \
             confirmé par le DNS direct). Le `reject_unknown_client_hostname` de Postfix répond \
             `450 4.7.25 Client host rejected: cannot find your hostname`, Gmail `550 5.7.25 ... \
             does not have a PTR record`, et Microsoft 365 exige un PTR des expéditeurs en IPv6.",
        ),
        transient: Bi::new(
            "Either the PTR or forward lookup hit a temporary DNS error, or the receiver defers \
             rather than rejects hosts without valid reverse DNS (Postfix's default `450`). \
             Retries succeed once the lookup works or the records are fixed.",
            "Soit la recherche PTR ou directe a rencontré une erreur DNS temporaire, soit le \
             destinataire diffère au lieu de rejeter les hôtes sans DNS inverse valide (le `450` \
             par défaut de Postfix). Les nouveaux essais passent dès que la résolution fonctionne \
             ou que les enregistrements sont corrigés.",
        ),
        permanent: Bi::new(
            "The reverse DNS is missing or inconsistent and the receiver's policy refuses such \
             hosts outright, treating them as dynamic or compromised addresses.",
            "Le DNS inverse est absent ou incohérent et la politique du destinataire refuse \
             d'emblée ces hôtes, qu'elle considère comme des adresses dynamiques ou compromises.",
        ),
        advice: Bi::new(
            "Check both directions: `dig +short -x 192.0.2.10` must give a name, and `dig +short \
             A mail.example.com` (or `AAAA`) must return that same IP. Only the holder of the IP \
             block (hosting provider, ISP) can set the PTR, usually from its control panel; make \
             the name match the HELO name as well (`smtp_helo_name`, `$myhostname` by default), \
             and for IPv6 either set a PTR too or prefer IPv4 (`smtp_address_preference = ipv4`).",
            "Vérifiez les deux sens : `dig +short -x 192.0.2.10` doit donner un nom, et `dig \
             +short A mail.example.com` (ou `AAAA`) doit renvoyer la même IP. Seul le titulaire \
             du bloc d'adresses (hébergeur, FAI) peut poser le PTR, en général depuis son \
             interface ; faites aussi correspondre ce nom au nom HELO (`smtp_helo_name`, \
             `$myhostname` par défaut), et pour IPv6, posez aussi un PTR ou privilégiez IPv4 \
             (`smtp_address_preference = ipv4`).",
        ),
    },
    DetailText {
        subject: 7,
        detail: 26,
        title_fr: "Plusieurs contrôles d'authentification ont échoué",
        side: Side::Configuration,
        meaning: Bi::new(
            "The message failed several authentication checks at once, typically SPF and DKIM, \
             and therefore DMARC. Gmail uses it for mail that passed neither SPF nor DKIM (`This \
             mail has been blocked because the sender is unauthenticated`), for an SPF hard fail, \
             and for DMARC `p=reject` rejections (`Unauthenticated email from example.com is not \
             accepted due to domain's DMARC policy`); Microsoft 365 uses 4.7.26 for IPv6 mail \
             that passed neither.",
            "Le message a échoué à plusieurs contrôles d'authentification à la fois, en général \
             SPF et DKIM, donc aussi DMARC. Gmail l'emploie pour le courrier qui n'a passé ni SPF \
             ni DKIM (`This mail has been blocked because the sender is unauthenticated`), pour \
             un échec SPF strict et pour les rejets DMARC `p=reject` (`Unauthenticated email from \
             example.com is not accepted due to domain's DMARC policy`) ; Microsoft 365 emploie \
             4.7.26 pour le courrier IPv6 qui n'a passé ni l'un ni l'autre.",
        ),
        transient: Bi::new(
            "The receiver rate-limits or defers instead of rejecting (Gmail `421 4.7.26`), or DNS \
             errors kept it from completing the checks (`451 4.7.26 ... temporary DNS failures`). \
             Retries keep failing until authentication passes, and the message bounces when its \
             queue lifetime runs out.",
            "Le destinataire limite ou diffère au lieu de rejeter (`421 4.7.26` chez Gmail), ou \
             des erreurs DNS l'ont empêché d'aller au bout des contrôles (`451 4.7.26 ... \
             temporary DNS failures`). Les nouveaux essais échouent tant que l'authentification \
             ne passe pas, et le message revient en rebond quand sa durée de vie en file expire.",
        ),
        permanent: Bi::new(
            "The message could not be tied to its claimed domain by any method the receiver \
             trusts, and the domain's DMARC policy or the receiver's own rules say to reject such \
             mail.",
            "Aucune méthode reconnue par le destinataire n'a pu rattacher le message au domaine \
             qu'il revendique, et la politique DMARC du domaine ou les règles du destinataire \
             imposent de rejeter ce courrier.",
        ),
        advice: Bi::new(
            "Send a test to a Gmail address, open `Show original` and read the SPF, DKIM and \
             DMARC verdicts; then check `dig +short TXT example.com` (SPF), `dig +short TXT \
             selector._domainkey.example.com` (DKIM key) and `dig +short TXT _dmarc.example.com` \
             (DMARC policy). At least one of SPF or DKIM must pass and align with the `From:` \
             domain, and only DKIM survives forwarding and mailing lists. Bulk senders need both, \
             plus a DMARC record (`p=none` is enough to start), a valid PTR, TLS and one-click \
             unsubscribe.",
            "Envoyez un test vers une adresse Gmail, ouvrez `Afficher l'original` et lisez les \
             verdicts SPF, DKIM et DMARC ; vérifiez ensuite `dig +short TXT example.com` (SPF), \
             `dig +short TXT selector._domainkey.example.com` (clé DKIM) et `dig +short TXT \
             _dmarc.example.com` (politique DMARC). Au moins l'un des deux, SPF ou DKIM, doit \
             réussir et être aligné sur le domaine du `From:`, et seul DKIM résiste aux \
             redirections et aux listes de diffusion. Les expéditeurs en nombre ont besoin des \
             deux, plus un enregistrement DMARC (`p=none` suffit pour commencer), un PTR valide, \
             TLS et le désabonnement en un clic.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 27,
        title_fr: "L'adresse de l'expéditeur a un MX nul",
        side: Side::Configuration,
        meaning: Bi::new(
            "The envelope sender's domain publishes a null MX (`MX 0 .`, RFC 7505): it declares \
             that it receives no mail, so a bounce to this sender could never be delivered, and \
             the receiver refuses the message (Postfix: `550 5.7.27 ... Sender address rejected: \
             Domain example.com does not accept mail (nullMX)`). Gmail reuses 4.7.27/5.7.27 for \
             something else: SPF did not pass for a bulk sender.",
            "Le domaine de l'expéditeur d'enveloppe publie un MX nul (`MX 0 .`, RFC 7505) : il \
             déclare ne recevoir aucun courrier, donc un rebond vers cet expéditeur ne pourrait \
             jamais être remis, et le destinataire refuse le message (Postfix : `550 5.7.27 ... \
             Sender address rejected: Domain example.com does not accept mail (nullMX)`). Gmail \
             réutilise 4.7.27/5.7.27 pour autre chose : SPF n'a pas réussi pour un expéditeur en \
             nombre.",
        ),
        transient: Bi::new(
            "The registered meaning is final, so a 4.7.27 almost always comes from Gmail \
             rate-limiting mail whose SPF did not pass; it keeps deferring until SPF passes for \
             the envelope domain.",
            "Le sens enregistré est définitif : un 4.7.27 vient donc presque toujours de Gmail, \
             qui limite du courrier dont SPF n'a pas réussi ; le report continue tant que SPF ne \
             passe pas pour le domaine d'enveloppe.",
        ),
        permanent: Bi::new(
            "A domain that explicitly refuses all mail cannot be a valid return address, so the \
             receiver will not accept messages from it.",
            "Un domaine qui refuse explicitement tout courrier ne peut pas servir d'adresse de \
             retour : le destinataire n'accepte pas de messages qui en proviennent.",
        ),
        advice: Bi::new(
            "Check the envelope sender (Return-Path) and `dig +short MX example.com`: a lone `0 \
             .` is a null MX. Send with an envelope address whose domain can receive bounces \
             (Postfix `sender_canonical_maps`, or the application's return-path setting), or \
             replace the null MX with real MX records. For Gmail's SPF meaning, fix SPF as for \
             X.7.23.",
            "Vérifiez l'expéditeur d'enveloppe (Return-Path) et `dig +short MX example.com` : un \
             `0 .` seul est un MX nul. Envoyez avec une adresse d'enveloppe dont le domaine peut \
             recevoir les rebonds (`sender_canonical_maps` de Postfix, ou le réglage d'adresse de \
             retour de l'application), ou remplacez le MX nul par de vrais MX. Pour le sens SPF \
             de Gmail, corrigez SPF comme pour X.7.23.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 28,
        title_fr: "Afflux massif de messages détecté",
        side: Side::SendingServer,
        meaning: Bi::new(
            "The receiver sees this message as part of a flood of similar unwanted messages, from \
             the same IP, network, DKIM or SPF domain, or carrying the same links. Gmail sends \
             `421 4.7.28 ... unusual rate of mail` to rate-limit and `550 5.7.28` to block; \
             typical triggers are a volume spike, a compromised account or web form pumping out \
             spam, or a campaign drawing many complaints.",
            "Le destinataire voit ce message comme faisant partie d'un déferlement de messages \
             semblables et non sollicités, venant de la même IP, du même réseau, du même domaine \
             DKIM ou SPF, ou portant les mêmes liens. Gmail envoie `421 4.7.28 ... unusual rate \
             of mail` pour limiter le débit et `550 5.7.28` pour bloquer ; déclencheurs typiques \
             : pic de volume, compte piraté ou formulaire web qui déverse du spam, campagne qui \
             suscite beaucoup de plaintes.",
        ),
        transient: Bi::new(
            "The usual form: the receiver throttles the source for a while. The queue keeps \
             retrying and some mail gets through as the rate falls, but pushing at full speed \
             prolongs the limit.",
            "La forme habituelle : le destinataire bride la source pendant un moment. La file \
             d'attente continue de réessayer et une partie du courrier passe quand le débit \
             baisse, mais insister à pleine vitesse prolonge la limitation.",
        ),
        permanent: Bi::new(
            "The source's volume or complaint rate is high enough that the receiver blocks it \
             outright instead of slowing it down.",
            "Le volume ou le taux de plaintes de la source est assez élevé pour que le \
             destinataire la bloque d'emblée au lieu de la ralentir.",
        ),
        advice: Bi::new(
            "First rule out abuse: look at the queue (`mailq`, `postqueue -p`), the senders with \
             the most messages and recently authenticated users, stop compromised accounts or \
             forms and delete their mail with `postsuper -d`. For legitimate bulk mail, slow down \
             towards that provider (a dedicated `slow` transport in master.cf, chosen through \
             `transport_maps`, with e.g. `slow_destination_rate_delay = 1s`), warm new IPs up \
             gradually, mail only opted-in recipients with one-click unsubscribe, and watch the \
             spam rate in Google Postmaster Tools.",
            "Écartez d'abord l'abus : regardez la file d'attente (`mailq`, `postqueue -p`), les \
             expéditeurs qui ont le plus de messages et les utilisateurs authentifiés récemment, \
             bloquez les comptes ou formulaires compromis et supprimez leurs messages avec \
             `postsuper -d`. Pour un envoi en nombre légitime, ralentissez vers ce fournisseur \
             (transport `slow` dédié dans master.cf, choisi via `transport_maps`, avec par \
             exemple `slow_destination_rate_delay = 1s`), montez en charge progressivement sur \
             une nouvelle IP, n'écrivez qu'à des destinataires consentants avec désabonnement en \
             un clic, et suivez le taux de spam dans Google Postmaster Tools.",
        ),
    },
    DetailText {
        subject: 7,
        detail: 29,
        title_fr: "Échec de la validation ARC",
        side: Side::Configuration,
        meaning: Bi::new(
            "The message carried an ARC chain (`ARC-Seal`, `ARC-Message-Signature`, \
             `ARC-Authentication-Results`, RFC 8617) that failed validation: a seal or signature \
             does not verify, instances are missing or out of order, or a hop changed the message \
             after sealing it. ARC lets a forwarder or mailing list vouch for authentication \
             results that forwarding breaks, so a broken chain leaves nothing to rescue a failed \
             SPF or DKIM; Gmail reuses 4.7.29/5.7.29 for something else, bulk mail not sent over \
             TLS.",
            "Le message portait une chaîne ARC (`ARC-Seal`, `ARC-Message-Signature`, \
             `ARC-Authentication-Results`, RFC 8617) dont la validation a échoué : un sceau ou \
             une signature ne se vérifie pas, des instances manquent ou sont dans le désordre, ou \
             une étape a modifié le message après l'avoir scellé. ARC permet à un redirecteur ou \
             à une liste de diffusion de garantir des résultats d'authentification que la \
             redirection casse : une chaîne rompue ne peut plus sauver un SPF ou un DKIM en échec \
             ; Gmail réutilise 4.7.29/5.7.29 pour autre chose, du courrier en nombre envoyé sans \
             TLS.",
        ),
        transient: Bi::new(
            "Either a key lookup for an ARC seal failed temporarily, or, far more often, Gmail is \
             deferring mail that arrived without TLS; the retry passes once DNS answers or the \
             sender uses STARTTLS.",
            "Soit la recherche d'une clé de sceau ARC a échoué temporairement, soit, bien plus \
             souvent, Gmail diffère du courrier arrivé sans TLS ; le nouvel essai passe dès que \
             le DNS répond ou que l'expéditeur utilise STARTTLS.",
        ),
        permanent: Bi::new(
            "The chain is definitely broken, so the receiver cannot trust the intermediary's \
             results and rejects the message under its policy.",
            "La chaîne est bel et bien rompue : le destinataire ne peut pas se fier aux résultats \
             de l'intermédiaire et rejette le message selon sa politique.",
        ),
        advice: Bi::new(
            "If you run the forwarder or list, seal after your last modification, check that the \
             key of each `ARC-Seal` is published (`dig +short TXT \
             selector._domainkey.example.org` with its `s=` and `d=`) and that `i=` counts up \
             from 1 without gaps. As the original sender you cannot repair someone else's chain, \
             so contact the forwarder's postmaster; for Gmail's TLS meaning, enable STARTTLS on \
             outgoing mail (Postfix: `smtp_tls_security_level = may`).",
            "Si vous gérez le redirecteur ou la liste, scellez après votre dernière modification, \
             vérifiez que la clé de chaque `ARC-Seal` est publiée (`dig +short TXT \
             selector._domainkey.example.org` avec ses `s=` et `d=`) et que `i=` augmente à \
             partir de 1 sans trou. En tant qu'expéditeur d'origine, vous ne pouvez pas réparer \
             la chaîne d'un autre : contactez le postmaster du redirecteur ; pour le sens TLS de \
             Gmail, activez STARTTLS en sortie (Postfix : `smtp_tls_security_level = may`).",
        ),
    },
    DetailText {
        subject: 7,
        detail: 30,
        title_fr: "Prise en charge de REQUIRETLS exigée",
        side: Side::Configuration,
        meaning: Bi::new(
            "The message was sent with REQUIRETLS (RFC 8689, `MAIL FROM:<...> REQUIRETLS`), which \
             demands TLS with a validated certificate (MTA-STS or DANE) on every hop, and no \
             next-hop server could be reached that offers REQUIRETLS over such a connection, so \
             the relay will not pass the message on. Gmail reuses 4.7.30/5.7.30 for something \
             else: DKIM did not pass for a bulk sender.",
            "Le message a été envoyé avec REQUIRETLS (RFC 8689, `MAIL FROM:<...> REQUIRETLS`), \
             qui exige sur chaque étape un TLS avec certificat validé (MTA-STS ou DANE), et aucun \
             serveur suivant proposant REQUIRETLS sur une telle connexion n'a pu être joint : le \
             relais refuse de transmettre le message. Gmail réutilise 4.7.30/5.7.30 pour autre \
             chose : DKIM n'a pas réussi pour un expéditeur en nombre.",
        ),
        transient: Bi::new(
            "The relay has not yet found a suitable next hop (TLS handshake or certificate \
             problem, MX temporarily down) and keeps trying; from Gmail, a 4.7.30 is instead a \
             rate limit on mail whose DKIM did not pass.",
            "Le relais n'a pas encore trouvé d'étape suivante convenable (négociation TLS ou \
             certificat en défaut, MX momentanément indisponible) et continue d'essayer ; chez \
             Gmail, un 4.7.30 est plutôt une limitation du courrier dont DKIM n'a pas réussi.",
        ),
        permanent: Bi::new(
            "The destination's servers do not support REQUIRETLS with validated TLS and the \
             sender forbade any fallback, so the message bounces rather than travel with weaker \
             protection.",
            "Les serveurs de destination ne prennent pas en charge REQUIRETLS avec un TLS validé \
             et l'expéditeur a interdit tout repli : le message revient plutôt que de voyager \
             moins protégé.",
        ),
        advice: Bi::new(
            "The recipient's domain must publish MTA-STS or DNSSEC-signed DANE TLSA records and \
             run servers that offer REQUIRETLS (Postfix 3.11 and later: `requiretls_enable`); \
             check `dig +short MX example.com`, `dig +short TLSA _25._tcp.mx.example.com` and \
             `https://mta-sts.example.com/.well-known/mta-sts.txt`. Otherwise only the sender can \
             decide to resend without REQUIRETLS; for Gmail's DKIM meaning, fix DKIM as for \
             X.7.20.",
            "Le domaine du destinataire doit publier MTA-STS ou des enregistrements TLSA DANE \
             signés par DNSSEC, et faire tourner des serveurs qui proposent REQUIRETLS (Postfix \
             3.11 et suivants : `requiretls_enable`) ; vérifiez `dig +short MX example.com`, `dig \
             +short TLSA _25._tcp.mx.example.com` et \
             `https://mta-sts.example.com/.well-known/mta-sts.txt`. Sinon, seul l'expéditeur peut \
             décider de renvoyer sans REQUIRETLS ; pour le sens DKIM de Gmail, corrigez DKIM \
             comme pour X.7.20.",
        ),
    },
];

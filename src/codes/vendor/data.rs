//! Vendor codes and notes. Sorted by code. Each row names its public source.
//!
//! A code that a vendor documents as a range (Microsoft's 4.7.500-699,
//! 5.7.606-649, 5.7.900-999...) has one row per code sharing one text, since
//! lookup is exact.

use super::{Vendor, VendorCode, VendorNote};
use crate::codes::enhanced::EnhancedCode;
use crate::codes::{Bi, Side};

// Sources.

const MS_NDR: &str = "Microsoft Learn, \"Email non-delivery reports and SMTP errors in Exchange \
     Online\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online";
const MS_THROTTLE: &str = "Microsoft Learn, \"Fix email delivery issues for error code 451 \
     4.7.500-699 (ASxxx) in Exchange Online\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online; \
     Outlook.com wording of 4.7.650 as logged in real deferrals (Sisimai Rhost::ExchangeOnline, \
     Broadcom KB 438593)";
const MS_TENANT: &str = "Microsoft Learn, \"Fix email delivery issues for error codes 5.7.700 \
     through 5.7.750 in Exchange Online\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750";
const MS_LOOP: &str = "Microsoft Learn, \"Fix email delivery issues for error code 5.4.6 or \
     5.4.14 in Exchange Online\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online";
const MS_UNTRUSTED_ROOT: &str = "Microsoft Learn, \"NDR error code 450 4.4.317 (Cannot connect to \
     remote server [Message=UntrustedRoot])\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/fix-error-code-450-4-4-317-untrusted-root";
const MS_MULTIPLE_FROM: &str = "Microsoft Learn, \"NDR error code 550 5.1.20 (Multiple From \
     addresses are not allowed without Sender address)\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-1-20-multiple-from-addresses";
const MS_GROUP_EXTERNAL: &str = "Microsoft Learn, \"NDR 550 5.7.193 when external users send \
     email to a Microsoft 365 group\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/550-5-7-193-when-external-users-send-to-microsoft-365-group";
const MS_RELAY_POOL: &str = "Microsoft Learn, \"Forwarded or relayed email messages from \
     Microsoft 365 are rejected with error 5.7.367\", \
     https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr";
const MS_OUTLOOK_COM_AUTH: &str = "Microsoft Support, \"Fix NDR error 550 5.7.515 in \
     Outlook.com\"; Outlook.com Postmaster, \"Troubleshooting\", \
     https://postmaster.live.com/pm/troubleshooting.aspx";
const MS_SERVER: &str = "Microsoft Learn, \"DSNs and NDRs in Exchange Server\", \
     https://learn.microsoft.com/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages";
const MS_REMOTE_SPAM: &str = "NHSmail support, Microsoft 365 alert on Exchange Online NDRs \
     (Microsoft reference EX703958), January 2024, \
     https://support.nhs.net/2024/01/microsoft-365-alert-service-degradation-exchange-online-some-users-may-be-unable-to-send-or-receive-email-messages-and-receive-a-non-delivery-report-ndr/";
const GOOGLE_SMTP: &str = "Google Workspace Admin Help, \"Gmail SMTP errors and codes\", \
     https://support.google.com/a/answer/3726730";
const GOOGLE_SENDERS: &str = "Google Workspace Admin Help, \"Gmail SMTP errors and codes\" \
     (https://support.google.com/a/answer/3726730) and \"Email sender guidelines\" \
     (https://support.google.com/a/answer/81126)";

/// The prose of a vendor code, shared by the codes of a documented range.
struct Text {
    title: Bi,
    side: Side,
    meaning: Bi,
    advice: Bi,
}

const fn row(
    vendor: Vendor,
    (class, subject, detail): (u8, u16, u16),
    source: &'static str,
    text: Text,
) -> VendorCode {
    VendorCode {
        code: EnhancedCode::new(class, subject, detail),
        vendor,
        source,
        title: text.title,
        side: text.side,
        meaning: text.meaning,
        advice: text.advice,
    }
}

const fn microsoft(code: (u8, u16, u16), source: &'static str, text: Text) -> VendorCode {
    row(Vendor::Microsoft, code, source, text)
}

const fn google(code: (u8, u16, u16), source: &'static str, text: Text) -> VendorCode {
    row(Vendor::Google, code, source, text)
}

const fn note(
    (class, subject, detail): (u8, u16, u16),
    vendor: Vendor,
    source: &'static str,
    note: Bi,
) -> VendorNote {
    VendorNote {
        code: EnhancedCode::new(class, subject, detail),
        vendor,
        source,
        note,
    }
}

const CONNECTION_REFUSED: Text = Text {
    title: Bi::new(
        "Connection refused by the destination server",
        "Connexion refusée par le serveur de destination",
    ),
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "Exchange Online tried to hand the message to a server outside Microsoft 365 and the \
         connection was refused (socket error 10061): nothing listens on port 25 there, or a \
         firewall turns Microsoft's addresses away. The bounce usually names the IP address that \
         refused.",
        "Exchange Online a tenté de remettre le message à un serveur extérieur à Microsoft 365 et \
         la connexion a été refusée (erreur de socket 10061) : aucun service n'écoute sur le port \
         25, ou un pare-feu écarte les adresses de Microsoft. Le rebond indique en général \
         l'adresse IP qui a refusé.",
    ),
    advice: Bi::new(
        "Nothing to fix on the sending side: Exchange Online keeps retrying. The recipient's \
         administrators must make sure their MX hosts accept connections on port 25 from \
         Microsoft 365 (`dig MX domain`, then a test connection to each host).",
        "Rien à corriger côté expéditeur : Exchange Online continue de réessayer. Les \
         administrateurs du destinataire doivent s'assurer que leurs MX acceptent les connexions \
         sur le port 25 depuis Microsoft 365 (`dig MX domaine`, puis un test de connexion vers \
         chaque hôte).",
    ),
};

const UNTRUSTED_ROOT: Text = Text {
    title: Bi::new(
        "Certificate chain not trusted (UntrustedRoot)",
        "Chaîne de certificats non reconnue (UntrustedRoot)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "During the TLS handshake the other server sent only its own certificate, without the \
         intermediate CA certificates, so Exchange Online could not build a chain to a trusted \
         root. Exchange Online does not fetch missing intermediates by itself; it happens \
         whichever side, Exchange Online or the other server, is sending.",
        "Pendant la négociation TLS, l'autre serveur n'a envoyé que son propre certificat, sans \
         ceux des autorités intermédiaires : Exchange Online n'a pas pu remonter jusqu'à une \
         racine de confiance. Il ne va pas chercher lui-même les intermédiaires manquants ; le \
         cas se produit que l'envoi parte d'Exchange Online ou de l'autre serveur.",
    ),
    advice: Bi::new(
        "The administrators of the server that presents the certificate must make it send the \
         full chain (with Postfix, list the intermediates after the server certificate in \
         `smtpd_tls_chain_files`). Check with `openssl s_client -starttls smtp -connect host:25 \
         -showcerts`.",
        "Les administrateurs du serveur qui présente le certificat doivent lui faire envoyer la \
         chaîne complète (avec Postfix, placer les intermédiaires après le certificat du serveur \
         dans `smtpd_tls_chain_files`). Vérification : `openssl s_client -starttls smtp -connect \
         hôte:25 -showcerts`.",
    ),
};

const THROTTLED_IP: Text = Text {
    title: Bi::new(
        "Sending IP temporarily throttled (Exchange Online)",
        "IP émettrice temporairement bridée (Exchange Online)",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "Microsoft's filtering saw the connecting IP address depart from its usual sending \
         pattern (typically a sudden rise in volume, or an address with no history yet) and holds \
         its mail back while it evaluates it: `Access denied, please try again later`. \
         Outlook.com words 4.7.650 as a rate limit \"due to IP reputation\".",
        "Le filtrage de Microsoft a vu l'adresse IP émettrice s'écarter de ses habitudes d'envoi \
         (le plus souvent une hausse brutale du volume, ou une adresse encore sans historique) et \
         retient son courrier le temps de l'évaluer : `Access denied, please try again later`. \
         Outlook.com présente 4.7.650 comme une limitation de débit liée à la réputation de l'IP.",
    ),
    advice: Bi::new(
        "Let the queue retry: if the traffic is legitimate, the restriction lifts by itself, \
         usually within a few days as the IP builds a history. Raise volume gradually and slow \
         down per destination (`smtp_destination_rate_delay`, \
         `smtp_destination_concurrency_limit`); if your own servers relay through Microsoft 365, \
         set up a connector for them.",
        "Laisser la file d'attente réessayer : si le trafic est légitime, la restriction se lève \
         d'elle-même, en général en quelques jours, à mesure que l'IP se constitue un historique. \
         Augmenter le volume progressivement et ralentir par destination \
         (`smtp_destination_rate_delay`, `smtp_destination_concurrency_limit`) ; si vos serveurs \
         relaient par Microsoft 365, leur créer un connecteur.",
    ),
};

const SUSPICIOUS_IP: Text = Text {
    title: Bi::new(
        "Sending IP temporarily restricted for suspicious activity",
        "IP émettrice temporairement restreinte pour activité suspecte",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "Exchange Online Protection noticed suspicious activity from the sending IP address and \
         restricts it while the traffic is examined further: `Access denied, please try again \
         later`.",
        "Exchange Online Protection a relevé une activité suspecte venant de l'adresse IP \
         émettrice et la restreint le temps d'examiner le trafic plus en détail : `Access denied, \
         please try again later`.",
    ),
    advice: Bi::new(
        "Let the queue retry (`mailq` lists the deferred messages): if the traffic is legitimate, \
         Microsoft lifts the restriction shortly. Meanwhile make sure the server is not sending \
         spam: unexpected senders in the logs, a compromised account, an open relay.",
        "Laisser la file d'attente réessayer (`mailq` liste les messages différés) : si le trafic \
         est légitime, Microsoft lève vite la restriction. En attendant, s'assurer que le serveur \
         n'envoie pas de spam : expéditeurs inattendus dans les journaux, compte compromis, \
         relais ouvert.",
    ),
};

const DANE_NO_TLS: Text = Text {
    title: Bi::new(
        "Destination server without working TLS (DANE)",
        "Serveur de destination sans TLS fonctionnel (DANE)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "The recipient's domain publishes DNSSEC-signed TLSA records, so Exchange Online insists \
         on TLS, but the destination server did not answer STARTTLS or the TLS handshake failed. \
         The 4.7.321 form is a deferral that Exchange Online retries; 5.7.321 is final.",
        "Le domaine du destinataire publie des enregistrements TLSA signés par DNSSEC : Exchange \
         Online exige donc TLS, mais le serveur de destination n'a pas répondu à STARTTLS ou la \
         négociation TLS a échoué. La forme 4.7.321 est un report qu'Exchange Online retente ; \
         5.7.321 est définitif.",
    ),
    advice: Bi::new(
        "The recipient's administrators must repair TLS on their MX hosts (`openssl s_client \
         -starttls smtp -connect mx:25`), or withdraw the TLSA records if they no longer mean to \
         enforce DANE.",
        "Les administrateurs du destinataire doivent réparer TLS sur leurs MX (`openssl s_client \
         -starttls smtp -connect mx:25`), ou retirer les enregistrements TLSA s'ils ne veulent \
         plus imposer DANE.",
    ),
};

const DANE_EXPIRED: Text = Text {
    title: Bi::new(
        "Destination certificate expired (DANE)",
        "Certificat du serveur de destination expiré (DANE)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "The recipient's domain is DNSSEC-signed and its server offers TLS, but the certificate \
         it presents has expired. The 4.7.322 form is retried; 5.7.322 is final.",
        "Le domaine du destinataire est signé par DNSSEC et son serveur propose TLS, mais le \
         certificat présenté a expiré. La forme 4.7.322 est retentée ; 5.7.322 est définitif.",
    ),
    advice: Bi::new(
        "The recipient's administrators must renew the certificate on their MX hosts and, if \
         their TLSA records pin that certificate or its key, publish the new TLSA values before \
         switching.",
        "Les administrateurs du destinataire doivent renouveler le certificat de leurs MX et, si \
         leurs enregistrements TLSA désignent ce certificat ou sa clé, publier les nouvelles \
         valeurs TLSA avant la bascule.",
    ),
};

const DANE_TLSA_MISMATCH: Text = Text {
    title: Bi::new("DANE validation failed", "Échec de la validation DANE"),
    side: Side::Configuration,
    meaning: Bi::new(
        "The TLSA records are DNSSEC-authentic, but the certificate the destination server \
         presented matches none of them: a certificate or key renewed without updating TLSA, a \
         wrong TLSA record, a certificate not yet valid, or an attack on the connection. The \
         4.7.323 form is retried; 5.7.323 is final.",
        "Les enregistrements TLSA sont authentifiés par DNSSEC, mais le certificat présenté par \
         le serveur de destination ne correspond à aucun d'eux : certificat ou clé renouvelés \
         sans mise à jour des TLSA, enregistrement TLSA erroné, certificat pas encore valide, ou \
         attaque sur la connexion. La forme 4.7.323 est retentée ; 5.7.323 est définitif.",
    ),
    advice: Bi::new(
        "The recipient's administrators must bring TLSA records and certificate back in line: \
         compare `dig TLSA _25._tcp.<mx host>` with the certificate served. Publishing the next \
         key's TLSA record before each renewal avoids the outage.",
        "Les administrateurs du destinataire doivent remettre en accord enregistrements TLSA et \
         certificat : comparer `dig TLSA _25._tcp.<hôte MX>` au certificat servi. Publier \
         l'enregistrement TLSA de la future clé avant chaque renouvellement évite la coupure.",
    ),
};

const DANE_DNSSEC_INVALID: Text = Text {
    title: Bi::new(
        "Invalid DNSSEC records at the destination",
        "Enregistrements DNSSEC invalides chez le destinataire",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "The recipient's domain presents itself as DNSSEC-signed, but Exchange Online could not \
         validate its records (broken chain of trust, expired signatures, mismatched DS record). \
         The 4.7.324 form is retried; 5.7.324 is final.",
        "Le domaine du destinataire se présente comme signé par DNSSEC, mais Exchange Online n'a \
         pas pu valider ses enregistrements (chaîne de confiance rompue, signatures expirées, \
         enregistrement DS discordant). La forme 4.7.324 est retentée ; 5.7.324 est définitif.",
    ),
    advice: Bi::new(
        "The recipient's DNS administrators must repair DNSSEC for the domain (check with `dig \
         +dnssec MX domain` or a DNSSEC analyzer); the sender can only wait or reach the \
         recipient another way.",
        "Les administrateurs DNS du destinataire doivent réparer DNSSEC pour le domaine (contrôle \
         avec `dig +dnssec MX domaine` ou un analyseur DNSSEC) ; l'expéditeur ne peut qu'attendre \
         ou joindre le destinataire autrement.",
    ),
};

const DANE_NAME_MISMATCH: Text = Text {
    title: Bi::new(
        "Certificate names do not match the MX host (DANE)",
        "Noms du certificat sans rapport avec l'hôte MX (DANE)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Under DANE, the names in the destination server's certificate (CN and SAN) match neither \
         the recipient's domain nor the MX host name. The 4.7.325 form is retried; 5.7.325 is \
         final.",
        "Avec DANE, les noms du certificat du serveur de destination (CN et SAN) ne correspondent \
         ni au domaine du destinataire ni au nom de l'hôte MX. La forme 4.7.325 est retentée ; \
         5.7.325 est définitif.",
    ),
    advice: Bi::new(
        "The recipient's administrators must install a certificate whose names cover the MX host \
         name published in DNS, or point the MX record at a name the certificate covers.",
        "Les administrateurs du destinataire doivent installer un certificat dont les noms \
         couvrent le nom d'hôte MX publié dans le DNS, ou faire pointer le MX vers un nom que le \
         certificat couvre.",
    ),
};

const GENERIC_REMOTE: Text = Text {
    title: Bi::new(
        "Generic rejection by the recipient's organization",
        "Rejet générique par l'organisation du destinataire",
    ),
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "Catch-all code that Exchange Online reports for non-specific errors returned by the \
         recipient's mail system; the text that follows gives the actual cause. Known variants: \
         `x-dg-ref header is too long` (a message in Rich Text format) and `policy violation \
         detected (AS345)` (nested attachments).",
        "Code fourre-tout qu'Exchange Online renvoie pour des erreurs imprécises venues du \
         système de messagerie du destinataire ; le texte qui suit donne la vraie cause. \
         Variantes connues : `x-dg-ref header is too long` (message au format texte enrichi RTF) \
         et `policy violation detected (AS345)` (pièces jointes imbriquées).",
    ),
    advice: Bi::new(
        "Read the text after the code. For `x-dg-ref`, resend the message as HTML or plain text; \
         for AS345, do not attach a message that itself carries attachments; otherwise ask the \
         recipient's administrators what their system refused.",
        "Lire le texte qui suit le code. Pour `x-dg-ref`, renvoyer le message en HTML ou en texte \
         brut ; pour AS345, ne pas joindre un message qui porte lui-même des pièces jointes ; \
         sinon, demander aux administrateurs du destinataire ce que leur système a refusé.",
    ),
};

const MULTIPLE_FROM: Text = Text {
    title: Bi::new(
        "Several From addresses without a Sender",
        "Plusieurs adresses From sans en-tête Sender",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "The message has more than one address in its `From:` header but no `Sender:` header. RFC \
         5322 section 3.6.2 then requires a single `Sender:` address, and Exchange Online refuses \
         the message.",
        "L'en-tête `From:` du message contient plusieurs adresses, mais le message n'a pas \
         d'en-tête `Sender:`. La section 3.6.2 de la RFC 5322 impose alors une adresse `Sender:` \
         unique, et Exchange Online refuse le message.",
    ),
    advice: Bi::new(
        "Send with a single `From:` address; if several authors are really needed, add one \
         `Sender:` address. Mail clients almost never produce this, so look at the application or \
         script that built the message.",
        "Envoyer avec une seule adresse dans `From:` ; si plusieurs auteurs sont vraiment \
         nécessaires, ajouter une adresse `Sender:` unique. Les clients de messagerie ne \
         produisent presque jamais ce cas : regarder du côté de l'application ou du script qui a \
         construit le message.",
    ),
};

const DAILY_RECIPIENT_LIMIT: Text = Text {
    title: Bi::new(
        "Daily recipient limit reached",
        "Limite quotidienne de destinataires atteinte",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "The sending Exchange Online account has exceeded its recipient rate limit, the number of \
         recipients it may address in a day, so further messages are refused. Hitting the limit \
         suddenly often means the account is compromised and sending spam.",
        "Le compte Exchange Online expéditeur a dépassé sa limite de destinataires, c'est-à-dire \
         le nombre de destinataires qu'il peut adresser en une journée : les messages suivants \
         sont refusés. Atteindre brusquement cette limite signale souvent un compte compromis qui \
         envoie du spam.",
    ),
    advice: Bi::new(
        "Check the account for compromise (sign-in logs, inbox and forwarding rules, sent items) \
         and reset its credentials if in doubt. Legitimate mass mailings belong on a service \
         built for them, not on a user mailbox.",
        "Vérifier que le compte n'est pas compromis (journaux de connexion, règles de boîte de \
         réception et de transfert, éléments envoyés) et réinitialiser ses identifiants au \
         moindre doute. Les envois en nombre légitimes relèvent d'un service prévu pour cela, pas \
         d'une boîte aux lettres d'utilisateur.",
    ),
};

const PER_SENDER_HOURLY: Text = Text {
    title: Bi::new(
        "Hourly limit from this sender to this recipient exceeded",
        "Limite horaire de cet expéditeur vers ce destinataire dépassée",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "The sender has sent more messages in an hour to one Exchange Online recipient than \
         Microsoft allows. The limit protects mailboxes from floods, such as a runaway \
         notification system.",
        "L'expéditeur a envoyé en une heure à un même destinataire Exchange Online plus de \
         messages que Microsoft ne l'autorise. Cette limite protège les boîtes aux lettres des \
         avalanches de messages, par exemple d'un système de notification emballé.",
    ),
    advice: Bi::new(
        "Send again later and lower the hourly rate to that recipient: group notifications into \
         digests, or fix the loop that produces them.",
        "Renvoyer plus tard et réduire le débit horaire vers ce destinataire : regrouper les \
         notifications en résumés, ou corriger la boucle qui les produit.",
    ),
};

const RECIPIENT_HOURLY: Text = Text {
    title: Bi::new(
        "Recipient's hourly receiving limit exceeded",
        "Limite horaire de réception du destinataire dépassée",
    ),
    side: Side::Recipient,
    meaning: Bi::new(
        "The Exchange Online recipient has received more messages in the past hour, all senders \
         together, than its limit allows, so this message was refused.",
        "Le destinataire Exchange Online a reçu en une heure, tous expéditeurs confondus, plus de \
         messages que sa limite ne le permet : ce message a donc été refusé.",
    ),
    advice: Bi::new(
        "Send again later. If your system is one of the heavy senders to that address, lower its \
         rate; the recipient's administrators can look for the flood that fills the mailbox.",
        "Renvoyer plus tard. Si votre système fait partie des gros émetteurs vers cette adresse, \
         réduire son débit ; les administrateurs du destinataire peuvent rechercher l'avalanche \
         qui remplit la boîte.",
    ),
};

const JOURNALING_DISABLED: Text = Text {
    title: Bi::new(
        "Journaling to Microsoft 365 not enabled",
        "Journalisation vers Microsoft 365 non activée",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "An on-premises journaling rule sends journal reports to Microsoft 365, but the \
         organization has not turned on Journaling Archive, so Exchange Online refuses them.",
        "Une règle de journalisation locale envoie des rapports de journal vers Microsoft 365, \
         mais l'organisation n'a pas activé l'archivage de journalisation (Journaling Archive) : \
         Exchange Online les refuse.",
    ),
    advice: Bi::new(
        "The Microsoft 365 administrator either enables Journaling Archive or points the \
         on-premises journaling rule at another destination.",
        "L'administrateur Microsoft 365 active l'archivage de journalisation, ou redirige la \
         règle de journalisation locale vers une autre destination.",
    ),
};

const EXO_LOOP: Text = Text {
    title: Bi::new(
        "Hop count exceeded in Exchange Online (mail loop)",
        "Nombre de sauts dépassé dans Exchange Online (boucle)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Exchange Online stopped a message that kept going round (`Hop count exceeded - possible \
         mail loop`). Typical causes: the recipient's domain is not set up as an authoritative \
         accepted domain, or in a hybrid setup the connectors pass the message back and forth \
         between Exchange Online and the on-premises servers. On-premises Exchange reports the \
         same as 5.4.6.",
        "Exchange Online a arrêté un message qui tournait en rond (`Hop count exceeded - possible \
         mail loop`). Causes typiques : le domaine du destinataire n'est pas déclaré comme \
         domaine accepté faisant autorité, ou, en environnement hybride, les connecteurs se \
         renvoient le message entre Exchange Online et les serveurs locaux. Exchange local \
         signale la même chose en 5.4.6.",
    ),
    advice: Bi::new(
        "Check the accepted domain's type in Exchange Online. In hybrid, the connector to \
         on-premises must route by smart host to the hybrid server, not by MX lookup; rerunning \
         the Hybrid Configuration Wizard fixes the usual cases. Also look for forwarding rules \
         that bounce mail between two mailboxes.",
        "Vérifier le type du domaine accepté dans Exchange Online. En hybride, le connecteur vers \
         l'environnement local doit acheminer par hôte actif (smart host) vers le serveur \
         hybride, et non par recherche MX ; relancer l'assistant de configuration hybride règle \
         les cas courants. Chercher aussi des règles de transfert qui se renvoient le courrier \
         entre deux boîtes.",
    ),
};

const EXO_EXPIRED: Text = Text {
    title: Bi::new(
        "Message expired in Exchange Online",
        "Message expiré dans Exchange Online",
    ),
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "Exchange Online gave up at the end of its retry period: the destination server never \
         took the message or, the other case Microsoft lists, the message had caused a bounce \
         that could not be delivered back to its sender.",
        "Exchange Online a renoncé au terme de sa période de nouvelles tentatives : le serveur de \
         destination n'a jamais pris le message ou, autre cas cité par Microsoft, le message \
         avait provoqué un avis de non-remise qui n'a pas pu revenir à son expéditeur.",
    ),
    advice: Bi::new(
        "Check that the recipient's domain resolves and that its MX hosts answer on port 25 (`dig \
         MX domain`); the deferrals logged before the expiry usually name the real cause. Resend \
         once the destination is reachable.",
        "Vérifier que le domaine du destinataire se résout et que ses MX répondent sur le port 25 \
         (`dig MX domaine`) ; les reports journalisés avant l'expiration donnent en général la \
         vraie cause. Renvoyer une fois la destination joignable.",
    ),
};

const BARE_LF: Text = Text {
    title: Bi::new(
        "Bare line feeds in the message",
        "Sauts de ligne LF isolés dans le message",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "The message contains bare line feed characters (LF without the CR that SMTP requires \
         before it) and Exchange Online refuses it. The culprit is the program that wrote the \
         message: an application, a script or an outdated mail client.",
        "Le message contient des sauts de ligne isolés (LF sans le CR que SMTP exige devant) et \
         Exchange Online le refuse. Le responsable est le programme qui a écrit le message : \
         application, script ou client de messagerie dépassé.",
    ),
    advice: Bi::new(
        "Make the sending program end every line with CRLF, or hand the message to a local MTA \
         that normalises line endings (Postfix's `sendmail` command accepts LF-terminated lines \
         and sends CRLF). Updating the mail client often solves it.",
        "Corriger le programme émetteur pour qu'il termine chaque ligne par CRLF, ou confier le \
         message à un MTA local qui normalise les fins de ligne (la commande `sendmail` de \
         Postfix accepte des lignes terminées par LF et envoie du CRLF). Mettre à jour le client \
         de messagerie suffit souvent.",
    ),
};

const SUBMISSION_NOT_AUTHENTICATED: Text = Text {
    title: Bi::new(
        "Client not authenticated to send (smtp.office365.com)",
        "Client non authentifié pour l'envoi (smtp.office365.com)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "An application, device or server submitted mail to `smtp.office365.com` without logging \
         in first (`Client was not authenticated to send anonymous mail during MAIL FROM`). That \
         endpoint only takes authenticated submission.",
        "Une application, un appareil ou un serveur a soumis du courrier à `smtp.office365.com` \
         sans s'authentifier (`Client was not authenticated to send anonymous mail during MAIL \
         FROM`). Ce point d'accès n'accepte que la soumission authentifiée.",
    ),
    advice: Bi::new(
        "Configure the sender for port 587 with STARTTLS and a valid mailbox login, and check \
         that SMTP AUTH is allowed for that mailbox. Postfix as client: `relayhost = \
         [smtp.office365.com]:587`, `smtp_sasl_auth_enable = yes`, `smtp_sasl_password_maps`, \
         `smtp_tls_security_level = encrypt`. Devices that cannot log in should send to the \
         domain's MX endpoint instead, through a connector if needed.",
        "Configurer l'émetteur sur le port 587 avec STARTTLS et un identifiant de boîte aux \
         lettres valide, et vérifier que SMTP AUTH est autorisé pour cette boîte. Postfix en \
         client : `relayhost = [smtp.office365.com]:587`, `smtp_sasl_auth_enable = yes`, \
         `smtp_sasl_password_maps`, `smtp_tls_security_level = encrypt`. Les appareils incapables \
         de s'authentifier doivent plutôt envoyer vers le point d'accès MX du domaine, au besoin \
         par un connecteur.",
    ),
};

const TENANT_ATTRIBUTION: Text = Text {
    title: Bi::new(
        "TenantAttribution: relay access denied",
        "TenantAttribution : relais refusé",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Exchange Online received mail that should come from the organization's on-premises \
         servers through an inbound connector, but could not tie it to that connector: usually \
         the on-premises public IP address or TLS certificate has changed and no longer fits the \
         connector's settings.",
        "Exchange Online a reçu du courrier censé venir des serveurs locaux de l'organisation par \
         un connecteur entrant, sans pouvoir le rattacher à ce connecteur : le plus souvent, \
         l'adresse IP publique ou le certificat TLS local a changé et ne correspond plus aux \
         réglages du connecteur.",
    ),
    advice: Bi::new(
        "Update the inbound connector (its sender IP addresses, or the certificate name it \
         expects) to match what the on-premises servers present now, then flush the on-premises \
         queue (`postqueue -f` with Postfix).",
        "Mettre à jour le connecteur entrant (adresses IP émettrices, ou nom de certificat \
         attendu) pour qu'il corresponde à ce que présentent désormais les serveurs locaux, puis \
         relancer la file d'attente locale (`postqueue -f` avec Postfix).",
    ),
};

const GROUP_ALLOWED_SENDERS: Text = Text {
    title: Bi::new(
        "Sender not in the group's allowed senders",
        "Expéditeur absent des expéditeurs autorisés du groupe",
    ),
    side: Side::Recipient,
    meaning: Bi::new(
        "The recipient is a distribution group that only accepts mail from a list of allowed \
         senders, and the sender is not on it. Depending on the setup, even the group's owner may \
         need to be listed.",
        "Le destinataire est un groupe de distribution qui n'accepte que les messages d'une liste \
         d'expéditeurs autorisés, et l'expéditeur n'y figure pas. Selon le réglage, même le \
         propriétaire du groupe peut devoir y être inscrit.",
    ),
    advice: Bi::new(
        "Ask the group's owner or the recipient's administrator to add the sender to the group's \
         delivery management list, or to let everyone send to the group.",
        "Demander au propriétaire du groupe ou à l'administrateur du destinataire d'ajouter \
         l'expéditeur à la gestion de remise du groupe, ou d'ouvrir le groupe à tous les \
         expéditeurs.",
    ),
};

const GROUP_INTERNAL_ONLY: Text = Text {
    title: Bi::new(
        "Group does not accept external senders",
        "Le groupe n'accepte pas les expéditeurs externes",
    ),
    side: Side::Recipient,
    meaning: Bi::new(
        "The recipient is a distribution group set to accept mail only from inside its \
         organization, and the sender is outside it, or was not authenticated as inside.",
        "Le destinataire est un groupe de distribution réglé pour n'accepter que le courrier \
         interne à son organisation, et l'expéditeur est extérieur, ou n'a pas été authentifié \
         comme interne.",
    ),
    advice: Bi::new(
        "Only the group's owner or the recipient's administrator can allow external senders; \
         contact them by another channel.",
        "Seuls le propriétaire du groupe ou l'administrateur du destinataire peuvent autoriser \
         les expéditeurs externes ; les contacter par un autre moyen.",
    ),
};

const MAILBOX_INTERNAL_ONLY: Text = Text {
    title: Bi::new(
        "Mailbox does not accept external senders",
        "La boîte aux lettres n'accepte pas les expéditeurs externes",
    ),
    side: Side::Recipient,
    meaning: Bi::new(
        "The recipient's mailbox is set to reject mail from outside its organization.",
        "La boîte aux lettres du destinataire est réglée pour refuser le courrier venant de \
         l'extérieur de son organisation.",
    ),
    advice: Bi::new(
        "Only the recipient's administrator can change the mailbox's delivery restrictions; reach \
         the recipient another way in the meantime.",
        "Seul l'administrateur du destinataire peut modifier les restrictions de remise de la \
         boîte ; en attendant, joindre le destinataire autrement.",
    ),
};

const PUBLIC_FOLDER_INTERNAL_ONLY: Text = Text {
    title: Bi::new(
        "Public folder does not accept external senders",
        "Le dossier public n'accepte pas les expéditeurs externes",
    ),
    side: Side::Recipient,
    meaning: Bi::new(
        "The recipient is a mail-enabled public folder set to reject mail from outside its \
         organization; Exchange Online reports this as 5.7.13 or 5.7.135.",
        "Le destinataire est un dossier public à extension messagerie réglé pour refuser le \
         courrier extérieur à son organisation ; Exchange Online le signale en 5.7.13 ou en \
         5.7.135.",
    ),
    advice: Bi::new(
        "Only the recipient's administrator can let external senders write to the public folder.",
        "Seul l'administrateur du destinataire peut permettre aux expéditeurs externes d'écrire à \
         ce dossier public.",
    ),
};

const MAIL_USER_INTERNAL_ONLY: Text = Text {
    title: Bi::new(
        "Mail user does not accept external senders",
        "L'utilisateur de messagerie n'accepte pas les expéditeurs externes",
    ),
    side: Side::Recipient,
    meaning: Bi::new(
        "The recipient is a mail user, a directory entry whose mail goes to an outside address, \
         set to reject mail from outside its organization.",
        "Le destinataire est un utilisateur de messagerie, une entrée d'annuaire dont le courrier \
         part vers une adresse externe, réglé pour refuser le courrier extérieur à son \
         organisation.",
    ),
    advice: Bi::new(
        "Only the recipient's administrator can lift the restriction; you can also write to the \
         recipient's external address directly.",
        "Seul l'administrateur du destinataire peut lever la restriction ; on peut aussi écrire \
         directement à l'adresse externe du destinataire.",
    ),
};

const M365_GROUP_EXTERNAL: Text = Text {
    title: Bi::new(
        "Microsoft 365 group does not accept external senders",
        "Le groupe Microsoft 365 n'accepte pas les expéditeurs externes",
    ),
    side: Side::Recipient,
    meaning: Bi::new(
        "The recipient is a Microsoft 365 group that refuses messages from people outside the \
         organization (`UnifiedGroupAgent; Delivery failed because the sender isn't a group \
         member or external senders aren't permitted to send to this group`).",
        "Le destinataire est un groupe Microsoft 365 qui refuse les messages des personnes \
         extérieures à l'organisation (`UnifiedGroupAgent; Delivery failed because the sender \
         isn't a group member or external senders aren't permitted to send to this group`).",
    ),
    advice: Bi::new(
        "The group's owner can allow people outside the organization to email the group in the \
         group settings; an administrator can run `Set-UnifiedGroup -Identity <group> \
         -RequireSenderAuthenticationEnabled $false`. The change can take up to an hour.",
        "Le propriétaire du groupe peut, dans les paramètres du groupe, autoriser les personnes \
         extérieures à lui écrire ; un administrateur peut lancer `Set-UnifiedGroup -Identity \
         <groupe> -RequireSenderAuthenticationEnabled $false`. La prise en compte peut demander \
         jusqu'à une heure.",
    ),
};

const REMOTE_SPAM: Text = Text {
    title: Bi::new(
        "Remote server rejected the message as spam",
        "Message rejeté comme spam par le serveur distant",
    ),
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "Exchange Online passes on the rejection of a server outside Microsoft 365 that judged \
         the message to be spam; the remote server's own reply follows the arrow (`-> 554 5.7.1 \
         ...`). The cause may be the content, the sender's domain, or a Microsoft sending IP \
         listed on a blocklist the destination uses.",
        "Exchange Online transmet le refus d'un serveur extérieur à Microsoft 365 qui a jugé le \
         message indésirable ; la réponse propre au serveur distant suit la flèche (`-> 554 5.7.1 \
         ...`). La cause peut être le contenu, le domaine de l'expéditeur, ou une IP d'envoi de \
         Microsoft inscrite sur une liste de blocage qu'utilise le destinataire.",
    ),
    advice: Bi::new(
        "Read the remote reply after `->`: it names the filter or blocklist involved. Check the \
         sending domain's SPF, DKIM and DMARC; if a Microsoft IP is listed, only the recipient's \
         administrators (an allow entry) or Microsoft can act.",
        "Lire la réponse distante après `->` : elle nomme le filtre ou la liste de blocage en \
         cause. Vérifier SPF, DKIM et DMARC du domaine expéditeur ; si une IP de Microsoft est \
         listée, seuls les administrateurs du destinataire (par une autorisation) ou Microsoft \
         peuvent agir.",
    ),
};

const RELAY_POOL: Text = Text {
    title: Bi::new(
        "Next server refused relay (Microsoft 365 relay pool)",
        "Relais refusé par le serveur suivant (pool de relais Microsoft 365)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "A message forwarded or relayed by Exchange Online was refused by the next server \
         (`Remote server returned not permitted to relay`). Exchange Online sends such mail from \
         its relay pool, outside Microsoft's published SPF ranges, when the message failed SPF or \
         DKIM on arrival and its sender is not in one of the tenant's accepted domains; \
         downstream gateways often refuse that pool.",
        "Un message transféré ou relayé par Exchange Online a été refusé par le serveur suivant \
         (`Remote server returned not permitted to relay`). Exchange Online envoie ce courrier \
         depuis son pool de relais, hors des plages SPF publiées par Microsoft, quand le message \
         a échoué à SPF ou DKIM à son arrivée et que son expéditeur n'appartient à aucun domaine \
         accepté du locataire ; les passerelles en aval refusent souvent ce pool.",
    ),
    advice: Bi::new(
        "Make authentication pass when mail enters Microsoft 365: if the MX points to a \
         third-party gateway, enable Enhanced Filtering for Connectors so SPF is checked against \
         the original sender; add the domains you control as accepted domains; avoid chains of \
         automatic forwarding.",
        "Faire réussir l'authentification à l'entrée dans Microsoft 365 : si le MX pointe vers \
         une passerelle tierce, activer le filtrage amélioré des connecteurs (Enhanced Filtering) \
         pour que SPF soit évalué sur l'expéditeur d'origine ; déclarer comme domaines acceptés \
         ceux que vous contrôlez ; éviter les chaînes de transferts automatiques.",
    ),
};

const BANNED_ACCOUNT: Text = Text {
    title: Bi::new(
        "Sending account banned for spam",
        "Compte expéditeur banni pour spam",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "Exchange Online has banned the sending account after detecting spam from it (`Access \
         denied, spam abuse detected` or `Access denied, banned sender`), most often because the \
         account was compromised.",
        "Exchange Online a banni le compte expéditeur après avoir détecté du spam envoyé depuis \
         ce compte (`Access denied, spam abuse detected` ou `Access denied, banned sender`), le \
         plus souvent parce que le compte a été compromis.",
    ),
    advice: Bi::new(
        "Secure the account first (new password, review of sign-ins, forwarding and inbox rules), \
         then ask Microsoft support to restore its right to send.",
        "Sécuriser d'abord le compte (nouveau mot de passe, revue des connexions, des transferts \
         et des règles de boîte de réception), puis demander au support Microsoft de lui rendre \
         le droit d'envoyer.",
    ),
};

const RECIPIENT_REJECTED: Text = Text {
    title: Bi::new(
        "Recipient address rejected",
        "Adresse du destinataire refusée",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "Exchange Online Protection refused the recipient address as not valid (`Recipient \
         address rejected: Access denied`).",
        "Exchange Online Protection a refusé l'adresse du destinataire comme non valide \
         (`Recipient address rejected: Access denied`).",
    ),
    advice: Bi::new(
        "Check the address for typos and confirm it with the recipient by another channel before \
         sending again.",
        "Vérifier l'orthographe de l'adresse et la confirmer auprès du destinataire par un autre \
         moyen avant de renvoyer.",
    ),
};

const RECIPIENT_BANNED: Text = Text {
    title: Bi::new("Recipient banned", "Destinataire banni"),
    side: Side::Recipient,
    meaning: Bi::new(
        "Exchange Online Protection refuses mail to this recipient address (`Access denied, \
         banned recipient`).",
        "Exchange Online Protection refuse le courrier destiné à cette adresse (`Access denied, \
         banned recipient`).",
    ),
    advice: Bi::new(
        "Check the address; if it is right and the block looks like a mistake, the recipient's \
         administrators can take it up with Microsoft support.",
        "Vérifier l'adresse ; si elle est juste et que le blocage semble une erreur, les \
         administrateurs du destinataire peuvent saisir le support Microsoft.",
    ),
};

const BAD_HELO: Text = Text {
    title: Bi::new(
        "Bad HELO: the server used the recipient server's name",
        "HELO incorrect : le serveur a pris le nom du serveur destinataire",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "In HELO/EHLO, the sending server gave the name of the server it was connecting to \
         instead of its own fully qualified name, a typical spambot habit that Exchange Online \
         refuses (`Access Denied, Bad HELO`).",
        "En HELO/EHLO, le serveur émetteur a annoncé le nom du serveur auquel il se connectait au \
         lieu de son propre nom pleinement qualifié, une habitude typique des robots de spam \
         qu'Exchange Online refuse (`Access Denied, Bad HELO`).",
    ),
    advice: Bi::new(
        "Set the HELO name to the server's own FQDN, one that resolves to its IP address and \
         matches its PTR record (`smtp_helo_name` in Postfix, the FQDN of the Send connector in \
         Exchange).",
        "Régler le nom HELO sur le FQDN du serveur lui-même, qui se résout vers son adresse IP et \
         concorde avec son enregistrement PTR (`smtp_helo_name` dans Postfix, le FQDN du \
         connecteur d'envoi dans Exchange).",
    ),
};

const IP_BLOCKED_BY_RECIPIENT: Text = Text {
    title: Bi::new(
        "Sending IP blocked by the recipient's organization",
        "IP émettrice bloquée par l'organisation du destinataire",
    ),
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "The recipient's organization has blocked the IP address you send from (`Access denied, \
         rejected by recipient`).",
        "L'organisation du destinataire a bloqué l'adresse IP depuis laquelle vous envoyez \
         (`Access denied, rejected by recipient`).",
    ),
    advice: Bi::new(
        "Contact the recipient by another channel and ask their administrators to remove the \
         block.",
        "Contacter le destinataire par un autre moyen et demander à ses administrateurs de lever \
         le blocage.",
    ),
};

const IPV6_RANGE_LIMIT: Text = Text {
    title: Bi::new(
        "IPv6 range over its sending limit",
        "Plage IPv6 au-delà de sa limite d'envoi",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "The IPv6 range that the sending address belongs to has sent too many messages in too \
         short a time (`has exceeded permitted limits within $range range`).",
        "La plage IPv6 à laquelle appartient l'adresse émettrice a envoyé trop de messages en \
         trop peu de temps (`has exceeded permitted limits within $range range`).",
    ),
    advice: Bi::new(
        "Slow down delivery to Microsoft 365, or prefer IPv4 (`smtp_address_preference = ipv4` in \
         Postfix) if the IPv6 range is shared with other senders.",
        "Ralentir les envois vers Microsoft 365, ou privilégier IPv4 (`smtp_address_preference = \
         ipv4` dans Postfix) si la plage IPv6 est partagée avec d'autres émetteurs.",
    ),
};

const DMARC_REJECT: Text = Text {
    title: Bi::new(
        "Sender domain fails DMARC with a reject policy",
        "Domaine expéditeur en échec DMARC avec une politique de rejet",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "The domain of the `From:` header failed DMARC and publishes `p=reject`, so Exchange \
         Online refused the message. Usual causes: neither SPF nor DKIM aligned with the `From:` \
         domain, a missing DKIM signature, or a forwarder that broke both.",
        "Le domaine de l'en-tête `From:` a échoué à DMARC et publie `p=reject` : Exchange Online \
         a donc refusé le message. Causes habituelles : ni SPF ni DKIM alignés sur le domaine du \
         `From:`, signature DKIM absente, ou transfert qui a cassé les deux.",
    ),
    advice: Bi::new(
        "Read the `Authentication-Results` header quoted in the bounce to see what failed, then \
         fix the SPF record (`dig TXT domain`) or the DKIM signing of the service that sent the \
         message; for forwarded mail, ARC or a rewritten envelope sender helps.",
        "Lire l'en-tête `Authentication-Results` cité dans le rebond pour voir ce qui a échoué, \
         puis corriger l'enregistrement SPF (`dig TXT domaine`) ou la signature DKIM du service \
         qui a envoyé le message ; pour le courrier transféré, ARC ou la réécriture de \
         l'expéditeur d'enveloppe aident.",
    ),
};

const NO_IPV6: Text = Text {
    title: Bi::new(
        "Recipient domain does not accept mail over IPv6",
        "Le domaine destinataire n'accepte pas le courrier en IPv6",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "The message came over IPv6, but the recipient's domain does not accept email over IPv6 \
         (`does not accept email over IPv6`).",
        "Le message est arrivé en IPv6, mais le domaine du destinataire n'accepte pas le courrier \
         en IPv6 (`does not accept email over IPv6`).",
    ),
    advice: Bi::new(
        "Deliver to this destination over IPv4: in Postfix, `smtp_address_preference = ipv4` \
         makes the client try IPv4 addresses first.",
        "Livrer vers cette destination en IPv4 : dans Postfix, `smtp_address_preference = ipv4` \
         fait essayer d'abord les adresses IPv4.",
    ),
};

const BANNED_IP_DELIST_MAIL: Text = Text {
    title: Bi::new(
        "Sending IP banned (Exchange Online Protection)",
        "IP émettrice bannie (Exchange Online Protection)",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "Exchange Online Protection has banned the IP address you send from (`Access denied, \
         banned sender`).",
        "Exchange Online Protection a banni l'adresse IP depuis laquelle vous envoyez (`Access \
         denied, banned sender`).",
    ),
    advice: Bi::new(
        "Find and stop whatever sent spam from that IP, then ask for delisting: write to \
         `delist@microsoft.com` with the full bounce text and the IP address, or use the delist \
         portal at `https://sender.office.com`.",
        "Trouver et arrêter ce qui a envoyé du spam depuis cette IP, puis demander son retrait de \
         la liste : écrire à `delist@microsoft.com` avec le texte complet du rebond et l'adresse \
         IP, ou passer par le portail `https://sender.office.com`.",
    ),
};

const FROM_NOT_COMPLIANT: Text = Text {
    title: Bi::new(
        "From header without a valid address",
        "En-tête From sans adresse valide",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "The message has no valid address in its `From:` header, which RFC 5322 section 3.6.2 \
         requires, and Exchange Online refuses it (`message must be RFC 5322 section 3.6.2 \
         compliant`).",
        "L'en-tête `From:` du message ne contient pas d'adresse valide, ce qu'exige la section \
         3.6.2 de la RFC 5322, et Exchange Online le refuse (`message must be RFC 5322 section \
         3.6.2 compliant`).",
    ),
    advice: Bi::new(
        "Fix the application or script that builds the message so that `From:` holds one \
         well-formed address, for example `From: Service <service@example.com>`.",
        "Corriger l'application ou le script qui construit le message pour que `From:` contienne \
         une adresse bien formée, par exemple `From: Service <service@example.com>`.",
    ),
};

const CUSTOMER_BLOCK_LIST: Text = Text {
    title: Bi::new(
        "Sending IP on the recipient's own block list",
        "IP émettrice sur la liste de blocage du destinataire",
    ),
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "The recipient's domain has put your sending IP address on its own block list in \
         Microsoft 365 (`blocked by $recipientDomain using Customer Block list (AS16012607)`).",
        "Le domaine du destinataire a inscrit votre adresse IP d'envoi sur sa propre liste de \
         blocage dans Microsoft 365 (`blocked by $recipientDomain using Customer Block list \
         (AS16012607)`).",
    ),
    advice: Bi::new(
        "Only the recipient's administrators can remove the entry: contact them directly.",
        "Seuls les administrateurs du destinataire peuvent retirer l'entrée : les contacter \
         directement.",
    ),
};

const OUTLOOK_COM_AUTH: Text = Text {
    title: Bi::new(
        "Sender domain below Outlook.com's authentication requirements",
        "Domaine expéditeur en deçà des exigences d'authentification d'Outlook.com",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Since May 2025, Outlook.com, Hotmail and Live.com refuse mail from domains that send \
         them 5,000 or more messages a day unless the `From:` domain passes SPF and DKIM and \
         publishes a DMARC record (at least `p=none`) with SPF or DKIM aligned.",
        "Depuis mai 2025, Outlook.com, Hotmail et Live.com refusent le courrier des domaines qui \
         leur envoient 5 000 messages ou plus par jour si le domaine du `From:` ne réussit pas \
         SPF et DKIM et ne publie pas d'enregistrement DMARC (au moins `p=none`) avec SPF ou DKIM \
         aligné.",
    ),
    advice: Bi::new(
        "Publish and check SPF, DKIM and DMARC for the `From:` domain (`dig TXT domain`, `dig TXT \
         _dmarc.domain`), making sure every service that sends as the domain signs with DKIM and \
         is covered by the SPF record. The bounce often says which check failed.",
        "Publier et vérifier SPF, DKIM et DMARC pour le domaine du `From:` (`dig TXT domaine`, \
         `dig TXT _dmarc.domaine`), en s'assurant que chaque service qui envoie au nom du domaine \
         signe en DKIM et est couvert par l'enregistrement SPF. Le rebond indique souvent quel \
         contrôle a échoué.",
    ),
};

const BANNED_IP: Text = Text {
    title: Bi::new(
        "Sending IP banned by Microsoft",
        "IP émettrice bannie par Microsoft",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "Microsoft has banned the IP address you send from (`Access denied, banned sending IP \
         [a.b.c.d]`), usually after spam, a compromise or other malicious traffic from it.",
        "Microsoft a banni l'adresse IP depuis laquelle vous envoyez (`Access denied, banned \
         sending IP [a.b.c.d]`), en général après du spam, une compromission ou un autre trafic \
         malveillant venu d'elle.",
    ),
    advice: Bi::new(
        "Remove the cause (compromised accounts, open relay, poor mailing lists), then ask for \
         removal on the delist portal `https://sender.office.com`. Until then, every message from \
         that IP to a domain hosted by Microsoft bounces.",
        "Éliminer la cause (comptes compromis, relais ouvert, listes de diffusion de mauvaise \
         qualité), puis demander le retrait sur le portail `https://sender.office.com`. D'ici là, \
         tout message de cette IP vers un domaine hébergé chez Microsoft revient en rebond.",
    ),
};

const TENANT_BLOCKED_RECIPIENT: Text = Text {
    title: Bi::new(
        "Recipient blocked by your own Tenant Allow/Block List",
        "Destinataire bloqué par la liste d'autorisation/blocage de votre locataire",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Someone in your organization wrote to an address or domain that your own Microsoft 365 \
         Tenant Allow/Block List blocks. The whole message is refused for all its recipients, \
         even if only one of them is blocked.",
        "Quelqu'un de votre organisation a écrit à une adresse ou à un domaine que bloque votre \
         propre liste d'autorisation/blocage du locataire Microsoft 365. Le message entier est \
         refusé pour tous ses destinataires, même si un seul est bloqué.",
    ),
    advice: Bi::new(
        "Remove the blocked recipient and resend to the others, or ask your email administrator \
         to review the block entry.",
        "Retirer le destinataire bloqué et renvoyer aux autres, ou demander à votre \
         administrateur de messagerie de revoir l'entrée de blocage.",
    ),
};

const TENANT_THRESHOLD: Text = Text {
    title: Bi::new(
        "Tenant blocked for sending too much spam",
        "Locataire bloqué pour excès de spam",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "Microsoft has blocked outgoing mail for the whole tenant because too much of it was spam \
         or bulk mail, typically sent through a compromised on-premises server or through \
         connectors created with a compromised admin account. Rarely, a tenant whose expired \
         subscription was just renewed stays blocked for up to a day.",
        "Microsoft a bloqué le courrier sortant de tout le locataire parce qu'une trop grande \
         part était du spam ou des envois en nombre, le plus souvent passés par un serveur local \
         compromis ou par des connecteurs créés avec un compte d'administration compromis. Plus \
         rarement, un locataire dont l'abonnement expiré vient d'être renouvelé reste bloqué \
         jusqu'à une journée.",
    ),
    advice: Bi::new(
        "Find the source with the outbound mail flow and top senders reports and message trace, \
         shut it down (reset accounts, delete rogue connectors), then contact Microsoft support \
         with that explanation to have the block lifted.",
        "Trouver la source avec les rapports de flux sortant et des principaux expéditeurs et le \
         suivi des messages, la neutraliser (réinitialiser les comptes, supprimer les connecteurs \
         illégitimes), puis contacter le support Microsoft avec ces explications pour faire lever \
         le blocage.",
    ),
};

const LOW_REPUTATION_IP: Text = Text {
    title: Bi::new(
        "Traffic not accepted from this IP (low reputation)",
        "Trafic refusé depuis cette IP (faible réputation)",
    ),
    side: Side::SendingServer,
    meaning: Bi::new(
        "Microsoft does not accept traffic from this known low-reputation IP address (`Access \
         denied, traffic not accepted from this IP`); such addresses typically serve new \
         customers, and Microsoft 365 trial tenants often meet this code.",
        "Microsoft refuse le trafic venant de cette adresse IP connue pour sa faible réputation \
         (`Access denied, traffic not accepted from this IP`) ; ce type d'adresse sert surtout \
         aux nouveaux clients, et les locataires d'essai Microsoft 365 rencontrent souvent ce \
         code.",
    ),
    advice: Bi::new(
        "Buy licenses for the tenant, or ask Microsoft support for an exception until you do.",
        "Acheter des licences pour le locataire, ou demander au support Microsoft une exception \
         en attendant.",
    ),
};

const UNREGISTERED_DOMAINS: Text = Text {
    title: Bi::new(
        "Sending from unregistered domains blocked",
        "Envoi depuis des domaines non enregistrés bloqué",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "The tenant sends a suspicious amount of mail from domains that are not added and \
         verified as accepted domains in Microsoft 365 (`Client blocked from sending from \
         unregistered domains`).",
        "Le locataire envoie un volume suspect de courrier depuis des domaines qui ne sont pas \
         ajoutés et vérifiés comme domaines acceptés dans Microsoft 365 (`Client blocked from \
         sending from unregistered domains`).",
    ),
    advice: Bi::new(
        "Add and verify every domain you send from as an accepted domain, or use a \
         certificate-based outbound connector; also look for rogue inbound connectors created by \
         an attacker.",
        "Ajouter et vérifier chaque domaine d'envoi comme domaine accepté, ou utiliser un \
         connecteur sortant fondé sur un certificat ; rechercher aussi des connecteurs entrants \
         illégitimes créés par un attaquant.",
    ),
};

const TRANSPORT_RULE: Text = Text {
    title: Bi::new(
        "Rejected by an Exchange mail flow rule",
        "Rejeté par une règle de flux de messagerie Exchange",
    ),
    side: Side::ReceivingServer,
    meaning: Bi::new(
        "An Exchange mail flow rule (transport rule) matched the message and rejected it with a \
         custom status code: Exchange allows 5.7.1 or a code from 5.7.900 to 5.7.999 for this, \
         and the reply text is the one the administrator wrote.",
        "Une règle de flux de messagerie Exchange (règle de transport) a reconnu le message et \
         l'a rejeté avec un code d'état personnalisé : Exchange autorise pour cela 5.7.1 ou un \
         code de 5.7.900 à 5.7.999, et le texte de la réponse est celui qu'a rédigé \
         l'administrateur.",
    ),
    advice: Bi::new(
        "Read the reply text for the reason. If the rule belongs to the recipient's organization, \
         ask its administrators; if it is yours, review the rules in the Exchange admin center or \
         with `Get-TransportRule`.",
        "Lire le texte de la réponse pour connaître la raison. Si la règle appartient à \
         l'organisation du destinataire, s'adresser à ses administrateurs ; si c'est la vôtre, \
         revoir les règles dans le centre d'administration Exchange ou avec `Get-TransportRule`.",
    ),
};

const GMAIL_UNALIGNED_DEFERRED: Text = Text {
    title: Bi::new(
        "From domain not aligned with SPF or DKIM (rate limited)",
        "Domaine From non aligné sur SPF ni DKIM (débit limité)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Gmail slowed this mail down because the domain of the `From:` header matches neither the \
         SPF-authenticated nor the DKIM-authenticated organizational domain; its rules for bulk \
         senders require that alignment, as DMARC defines it.",
        "Gmail a ralenti ce courrier parce que le domaine de l'en-tête `From:` ne correspond ni \
         au domaine organisationnel authentifié par SPF ni à celui authentifié par DKIM ; ses \
         règles pour les expéditeurs en nombre exigent cet alignement, au sens de DMARC.",
    ),
    advice: Bi::new(
        "Sign with DKIM using the `From:` domain (or one of its subdomains), or send with an \
         envelope sender in that domain so that SPF aligns; the retries get through once either \
         one aligns.",
        "Signer en DKIM avec le domaine du `From:` (ou l'un de ses sous-domaines), ou envoyer \
         avec un expéditeur d'enveloppe dans ce domaine pour aligner SPF ; les nouvelles \
         tentatives passent dès que l'un des deux est aligné.",
    ),
};

const GMAIL_NO_DMARC_DEFERRED: Text = Text {
    title: Bi::new(
        "No DMARC record (rate limited)",
        "Pas d'enregistrement DMARC (débit limité)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Gmail slowed this mail down because the sending domain has no DMARC record, or its \
         record sets no policy; Gmail requires one from bulk senders.",
        "Gmail a ralenti ce courrier parce que le domaine expéditeur n'a pas d'enregistrement \
         DMARC, ou que celui-ci ne fixe aucune politique ; Gmail en exige un des expéditeurs en \
         nombre.",
    ),
    advice: Bi::new(
        "Publish a DMARC record at `_dmarc.<domain>`, at least `v=DMARC1; p=none` with an `rua=` \
         address for reports, and check it with `dig TXT _dmarc.<domain>`.",
        "Publier un enregistrement DMARC sur `_dmarc.<domaine>`, au minimum `v=DMARC1; p=none` \
         avec une adresse `rua=` pour les rapports, et le vérifier avec `dig TXT \
         _dmarc.<domaine>`.",
    ),
};

const GMAIL_UNALIGNED_BLOCKED: Text = Text {
    title: Bi::new(
        "From domain not aligned with SPF or DKIM (blocked)",
        "Domaine From non aligné sur SPF ni DKIM (bloqué)",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Gmail blocked this message because the `From:` domain matches neither the \
         SPF-authenticated nor the DKIM-authenticated organizational domain (no DMARC alignment). \
         Google's table pairs it with reply code 421, so an MTA that goes by the reply code keeps \
         retrying, and every retry fails the same way until alignment is fixed.",
        "Gmail a bloqué ce message parce que le domaine du `From:` ne correspond ni au domaine \
         organisationnel authentifié par SPF ni à celui authentifié par DKIM (pas d'alignement \
         DMARC). Le tableau de Google l'associe au code de réponse 421 : un MTA qui se fie au \
         code de réponse continue donc de réessayer, et chaque tentative échoue de la même façon \
         tant que l'alignement n'est pas corrigé.",
    ),
    advice: Bi::new(
        "Sign with DKIM using the `From:` domain, or align the envelope sender with it for SPF, \
         then resend; if the queue holds many such messages, fix the alignment before flushing it \
         (`postqueue -f`).",
        "Signer en DKIM avec le domaine du `From:`, ou aligner sur lui l'expéditeur d'enveloppe \
         pour SPF, puis renvoyer ; si la file d'attente contient beaucoup de ces messages, \
         corriger l'alignement avant de la relancer (`postqueue -f`).",
    ),
};

const GMAIL_NO_DMARC_OR_AUTH_TYPE: Text = Text {
    title: Bi::new(
        "No DMARC record (blocked), or unsupported AUTH mechanism",
        "Pas d'enregistrement DMARC (bloqué), ou mécanisme AUTH non pris en charge",
    ),
    side: Side::Configuration,
    meaning: Bi::new(
        "Gmail uses 5.7.40 for two things: `550 5.7.40` blocks a message whose sending domain has \
         no DMARC record or no policy in it (a bulk-sender rule), and `504 5.7.40` answers an \
         AUTH command naming an unrecognized mechanism, such as the retired XOAUTH.",
        "Gmail emploie 5.7.40 pour deux choses : `550 5.7.40` bloque un message dont le domaine \
         expéditeur n'a pas d'enregistrement DMARC ou pas de politique (règle des expéditeurs en \
         nombre), et `504 5.7.40` répond à une commande AUTH qui nomme un mécanisme inconnu, \
         comme l'ancien XOAUTH.",
    ),
    advice: Bi::new(
        "For 550, publish a DMARC record at `_dmarc.<domain>` (at least `p=none`) and resend. For \
         504, set the client to a supported mechanism: PLAIN or LOGIN over TLS, or XOAUTH2.",
        "Pour 550, publier un enregistrement DMARC sur `_dmarc.<domaine>` (au minimum `p=none`) \
         et renvoyer. Pour 504, régler le client sur un mécanisme pris en charge : PLAIN ou LOGIN \
         sous TLS, ou XOAUTH2.",
    ),
};

const GMAIL_BAD_CREDENTIALS: Text = Text {
    title: Bi::new(
        "Username and password not accepted (Gmail SMTP)",
        "Identifiant et mot de passe refusés (SMTP Gmail)",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "`535 5.7.80`: Gmail's SMTP service refused the login given with AUTH, either because the \
         address or password is wrong or because the account does not accept a plain password \
         from this client.",
        "`535 5.7.80` : le service SMTP de Gmail a refusé l'identifiant fourni avec AUTH, soit \
         parce que l'adresse ou le mot de passe est faux, soit parce que le compte n'accepte pas \
         un simple mot de passe depuis ce client.",
    ),
    advice: Bi::new(
        "Check the credentials stored in the client (for Postfix, the `smtp_sasl_password_maps` \
         file, then `postmap` it); accounts with 2-Step Verification need an app password or \
         OAuth.",
        "Vérifier les identifiants enregistrés dans le client (pour Postfix, le fichier de \
         `smtp_sasl_password_maps`, puis `postmap`) ; les comptes avec validation en deux étapes \
         demandent un mot de passe d'application ou OAuth.",
    ),
};

const GMAIL_APP_PASSWORD: Text = Text {
    title: Bi::new(
        "App password or browser sign-in required (Gmail SMTP)",
        "Mot de passe d'application ou connexion par navigateur requis (SMTP Gmail)",
    ),
    side: Side::Sender,
    meaning: Bi::new(
        "`534 5.7.90`: Gmail refused the SMTP login because the account needs an \
         application-specific password (2-Step Verification is on), or wants the user to sign in \
         through a web browser first.",
        "`534 5.7.90` : Gmail a refusé la connexion SMTP parce que le compte exige un mot de \
         passe d'application (validation en deux étapes activée), ou veut d'abord une connexion \
         de l'utilisateur depuis un navigateur web.",
    ),
    advice: Bi::new(
        "Create an app password for the account and use it in the client, or switch the client to \
         OAuth (XOAUTH2); if Gmail asks for it, sign in once in a browser, then retry.",
        "Créer un mot de passe d'application pour le compte et l'utiliser dans le client, ou \
         passer le client en OAuth (XOAUTH2) ; si Gmail le demande, se connecter une fois depuis \
         un navigateur, puis réessayer.",
    ),
};

pub static VENDOR_CODES: &[VendorCode] = &[
    microsoft((4, 4, 316), MS_NDR, CONNECTION_REFUSED),
    microsoft((4, 4, 317), MS_UNTRUSTED_ROOT, UNTRUSTED_ROOT),
    google((4, 7, 32), GOOGLE_SMTP, GMAIL_UNALIGNED_DEFERRED),
    google((4, 7, 40), GOOGLE_SMTP, GMAIL_NO_DMARC_DEFERRED),
    microsoft((4, 7, 321), MS_NDR, DANE_NO_TLS),
    microsoft((4, 7, 322), MS_NDR, DANE_EXPIRED),
    microsoft((4, 7, 323), MS_NDR, DANE_TLSA_MISMATCH),
    microsoft((4, 7, 324), MS_NDR, DANE_DNSSEC_INVALID),
    microsoft((4, 7, 325), MS_NDR, DANE_NAME_MISMATCH),
    microsoft((4, 7, 500), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 501), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 502), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 503), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 504), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 505), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 506), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 507), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 508), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 509), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 510), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 511), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 512), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 513), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 514), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 515), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 516), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 517), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 518), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 519), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 520), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 521), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 522), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 523), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 524), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 525), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 526), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 527), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 528), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 529), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 530), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 531), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 532), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 533), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 534), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 535), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 536), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 537), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 538), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 539), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 540), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 541), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 542), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 543), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 544), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 545), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 546), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 547), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 548), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 549), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 550), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 551), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 552), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 553), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 554), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 555), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 556), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 557), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 558), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 559), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 560), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 561), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 562), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 563), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 564), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 565), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 566), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 567), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 568), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 569), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 570), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 571), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 572), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 573), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 574), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 575), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 576), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 577), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 578), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 579), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 580), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 581), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 582), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 583), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 584), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 585), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 586), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 587), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 588), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 589), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 590), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 591), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 592), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 593), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 594), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 595), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 596), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 597), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 598), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 599), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 600), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 601), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 602), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 603), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 604), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 605), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 606), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 607), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 608), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 609), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 610), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 611), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 612), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 613), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 614), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 615), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 616), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 617), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 618), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 619), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 620), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 621), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 622), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 623), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 624), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 625), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 626), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 627), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 628), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 629), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 630), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 631), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 632), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 633), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 634), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 635), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 636), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 637), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 638), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 639), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 640), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 641), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 642), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 643), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 644), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 645), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 646), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 647), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 648), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 649), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 650), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 651), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 652), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 653), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 654), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 655), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 656), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 657), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 658), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 659), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 660), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 661), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 662), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 663), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 664), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 665), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 666), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 667), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 668), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 669), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 670), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 671), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 672), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 673), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 674), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 675), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 676), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 677), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 678), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 679), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 680), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 681), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 682), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 683), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 684), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 685), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 686), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 687), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 688), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 689), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 690), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 691), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 692), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 693), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 694), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 695), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 696), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 697), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 698), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 699), MS_THROTTLE, THROTTLED_IP),
    microsoft((4, 7, 850), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 851), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 852), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 853), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 854), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 855), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 856), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 857), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 858), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 859), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 860), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 861), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 862), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 863), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 864), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 865), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 866), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 867), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 868), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 869), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 870), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 871), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 872), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 873), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 874), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 875), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 876), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 877), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 878), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 879), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 880), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 881), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 882), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 883), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 884), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 885), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 886), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 887), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 888), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 889), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 890), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 891), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 892), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 893), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 894), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 895), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 896), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 897), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 898), MS_NDR, SUSPICIOUS_IP),
    microsoft((4, 7, 899), MS_NDR, SUSPICIOUS_IP),
    microsoft((5, 0, 350), MS_NDR, GENERIC_REMOTE),
    microsoft((5, 1, 20), MS_MULTIPLE_FROM, MULTIPLE_FROM),
    microsoft((5, 1, 90), MS_NDR, DAILY_RECIPIENT_LIMIT),
    microsoft((5, 2, 121), MS_NDR, PER_SENDER_HOURLY),
    microsoft((5, 2, 122), MS_NDR, RECIPIENT_HOURLY),
    microsoft((5, 3, 190), MS_NDR, JOURNALING_DISABLED),
    microsoft((5, 4, 14), MS_LOOP, EXO_LOOP),
    microsoft((5, 4, 300), MS_NDR, EXO_EXPIRED),
    microsoft((5, 6, 11), MS_NDR, BARE_LF),
    google((5, 7, 32), GOOGLE_SMTP, GMAIL_UNALIGNED_BLOCKED),
    google((5, 7, 40), GOOGLE_SMTP, GMAIL_NO_DMARC_OR_AUTH_TYPE),
    microsoft((5, 7, 57), MS_NDR, SUBMISSION_NOT_AUTHENTICATED),
    microsoft((5, 7, 64), MS_NDR, TENANT_ATTRIBUTION),
    google((5, 7, 80), GOOGLE_SMTP, GMAIL_BAD_CREDENTIALS),
    google((5, 7, 90), GOOGLE_SMTP, GMAIL_APP_PASSWORD),
    microsoft((5, 7, 124), MS_NDR, GROUP_ALLOWED_SENDERS),
    microsoft((5, 7, 133), MS_NDR, GROUP_INTERNAL_ONLY),
    microsoft((5, 7, 134), MS_NDR, MAILBOX_INTERNAL_ONLY),
    microsoft((5, 7, 135), MS_NDR, PUBLIC_FOLDER_INTERNAL_ONLY),
    microsoft((5, 7, 136), MS_NDR, MAIL_USER_INTERNAL_ONLY),
    microsoft((5, 7, 193), MS_GROUP_EXTERNAL, M365_GROUP_EXTERNAL),
    microsoft((5, 7, 321), MS_NDR, DANE_NO_TLS),
    microsoft((5, 7, 322), MS_NDR, DANE_EXPIRED),
    microsoft((5, 7, 323), MS_NDR, DANE_TLSA_MISMATCH),
    microsoft((5, 7, 324), MS_NDR, DANE_DNSSEC_INVALID),
    microsoft((5, 7, 325), MS_NDR, DANE_NAME_MISMATCH),
    microsoft((5, 7, 350), MS_REMOTE_SPAM, REMOTE_SPAM),
    microsoft((5, 7, 367), MS_RELAY_POOL, RELAY_POOL),
    microsoft((5, 7, 501), MS_NDR, BANNED_ACCOUNT),
    microsoft((5, 7, 502), MS_NDR, BANNED_ACCOUNT),
    microsoft((5, 7, 503), MS_NDR, BANNED_ACCOUNT),
    microsoft((5, 7, 504), MS_NDR, RECIPIENT_REJECTED),
    microsoft((5, 7, 505), MS_NDR, RECIPIENT_BANNED),
    microsoft((5, 7, 506), MS_NDR, BAD_HELO),
    microsoft((5, 7, 507), MS_NDR, IP_BLOCKED_BY_RECIPIENT),
    microsoft((5, 7, 508), MS_NDR, IPV6_RANGE_LIMIT),
    microsoft((5, 7, 509), MS_NDR, DMARC_REJECT),
    microsoft((5, 7, 510), MS_NDR, NO_IPV6),
    microsoft((5, 7, 511), MS_NDR, BANNED_IP_DELIST_MAIL),
    microsoft((5, 7, 512), MS_NDR, FROM_NOT_COMPLIANT),
    microsoft((5, 7, 513), MS_NDR, CUSTOMER_BLOCK_LIST),
    microsoft((5, 7, 515), MS_OUTLOOK_COM_AUTH, OUTLOOK_COM_AUTH),
    microsoft((5, 7, 606), MS_NDR, BANNED_IP),
    microsoft((5, 7, 607), MS_NDR, BANNED_IP),
    microsoft((5, 7, 608), MS_NDR, BANNED_IP),
    microsoft((5, 7, 609), MS_NDR, BANNED_IP),
    microsoft((5, 7, 610), MS_NDR, BANNED_IP),
    microsoft((5, 7, 611), MS_NDR, BANNED_IP),
    microsoft((5, 7, 612), MS_NDR, BANNED_IP),
    microsoft((5, 7, 613), MS_NDR, BANNED_IP),
    microsoft((5, 7, 614), MS_NDR, BANNED_IP),
    microsoft((5, 7, 615), MS_NDR, BANNED_IP),
    microsoft((5, 7, 616), MS_NDR, BANNED_IP),
    microsoft((5, 7, 617), MS_NDR, BANNED_IP),
    microsoft((5, 7, 618), MS_NDR, BANNED_IP),
    microsoft((5, 7, 619), MS_NDR, BANNED_IP),
    microsoft((5, 7, 620), MS_NDR, BANNED_IP),
    microsoft((5, 7, 621), MS_NDR, BANNED_IP),
    microsoft((5, 7, 622), MS_NDR, BANNED_IP),
    microsoft((5, 7, 623), MS_NDR, BANNED_IP),
    microsoft((5, 7, 624), MS_NDR, BANNED_IP),
    microsoft((5, 7, 625), MS_NDR, BANNED_IP),
    microsoft((5, 7, 626), MS_NDR, BANNED_IP),
    microsoft((5, 7, 627), MS_NDR, BANNED_IP),
    microsoft((5, 7, 628), MS_NDR, BANNED_IP),
    microsoft((5, 7, 629), MS_NDR, BANNED_IP),
    microsoft((5, 7, 630), MS_NDR, BANNED_IP),
    microsoft((5, 7, 631), MS_NDR, BANNED_IP),
    microsoft((5, 7, 632), MS_NDR, BANNED_IP),
    microsoft((5, 7, 633), MS_NDR, BANNED_IP),
    microsoft((5, 7, 634), MS_NDR, BANNED_IP),
    microsoft((5, 7, 635), MS_NDR, BANNED_IP),
    microsoft((5, 7, 636), MS_NDR, BANNED_IP),
    microsoft((5, 7, 637), MS_NDR, BANNED_IP),
    microsoft((5, 7, 638), MS_NDR, BANNED_IP),
    microsoft((5, 7, 639), MS_NDR, BANNED_IP),
    microsoft((5, 7, 640), MS_NDR, BANNED_IP),
    microsoft((5, 7, 641), MS_NDR, BANNED_IP),
    microsoft((5, 7, 642), MS_NDR, BANNED_IP),
    microsoft((5, 7, 643), MS_NDR, BANNED_IP),
    microsoft((5, 7, 644), MS_NDR, BANNED_IP),
    microsoft((5, 7, 645), MS_NDR, BANNED_IP),
    microsoft((5, 7, 646), MS_NDR, BANNED_IP),
    microsoft((5, 7, 647), MS_NDR, BANNED_IP),
    microsoft((5, 7, 648), MS_NDR, BANNED_IP),
    microsoft((5, 7, 649), MS_NDR, BANNED_IP),
    microsoft((5, 7, 703), MS_TENANT, TENANT_BLOCKED_RECIPIENT),
    microsoft((5, 7, 705), MS_TENANT, TENANT_THRESHOLD),
    microsoft((5, 7, 708), MS_TENANT, LOW_REPUTATION_IP),
    microsoft((5, 7, 750), MS_TENANT, UNREGISTERED_DOMAINS),
    microsoft((5, 7, 900), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 901), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 902), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 903), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 904), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 905), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 906), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 907), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 908), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 909), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 910), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 911), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 912), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 913), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 914), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 915), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 916), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 917), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 918), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 919), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 920), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 921), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 922), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 923), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 924), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 925), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 926), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 927), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 928), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 929), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 930), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 931), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 932), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 933), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 934), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 935), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 936), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 937), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 938), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 939), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 940), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 941), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 942), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 943), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 944), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 945), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 946), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 947), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 948), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 949), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 950), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 951), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 952), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 953), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 954), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 955), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 956), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 957), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 958), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 959), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 960), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 961), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 962), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 963), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 964), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 965), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 966), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 967), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 968), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 969), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 970), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 971), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 972), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 973), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 974), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 975), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 976), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 977), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 978), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 979), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 980), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 981), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 982), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 983), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 984), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 985), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 986), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 987), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 988), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 989), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 990), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 991), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 992), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 993), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 994), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 995), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 996), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 997), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 998), MS_SERVER, TRANSPORT_RULE),
    microsoft((5, 7, 999), MS_SERVER, TRANSPORT_RULE),
];

pub static VENDOR_NOTES: &[VendorNote] = &[
    note(
        (4, 2, 1),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail answers `450 4.2.1` when the recipient is receiving mail at a rate that \
             prevents more deliveries for now; a later retry goes through once the rate drops. It \
             also uses it when a Google Workspace customer exceeds its peak SMTP relay limit.",
            "Gmail répond `450 4.2.1` quand le destinataire reçoit du courrier à un rythme qui \
             empêche pour l'instant d'autres remises ; une nouvelle tentative plus tard passe une \
             fois le rythme retombé. Il l'emploie aussi quand un client Google Workspace dépasse \
             sa limite de pointe du relais SMTP.",
        ),
    ),
    note(
        (4, 3, 2),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online answers `432 4.3.2 STOREDRV.Deliver; recipient thread limit \
             exceeded` when it throttles a mailbox that receives too many messages too quickly, \
             so that it does not slow down the other mailboxes of the same database; the sending \
             server's retries get through.",
            "Exchange Online répond `432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded` \
             quand il bride une boîte aux lettres qui reçoit trop de messages trop vite, pour \
             qu'elle ne ralentisse pas les autres boîtes de la même base ; les nouvelles \
             tentatives du serveur expéditeur finissent par passer.",
        ),
    ),
    note(
        (4, 4, 7),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "In Exchange Online, the message expired in the queue before delivery. Besides an \
             unreachable destination, Microsoft cites a header limit reached or a protocol \
             timeout on the remote server; fewer recipients per message can help.",
            "Dans Exchange Online, le message a expiré dans la file d'attente avant d'être remis. \
             Outre une destination injoignable, Microsoft cite une limite d'en-têtes atteinte ou \
             un délai de protocole dépassé sur le serveur distant ; réduire le nombre de \
             destinataires par message peut aider.",
        ),
    ),
    note(
        (4, 5, 3),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online defers a message that has more than 200 envelope recipients (`RCPT \
             TO`) in the same domain; the sending server must split them into smaller batches. \
             Postfix stays below that by default (`smtp_destination_recipient_limit`, 50).",
            "Exchange Online diffère un message qui compte plus de 200 destinataires d'enveloppe \
             (`RCPT TO`) dans un même domaine ; le serveur expéditeur doit les répartir en lots \
             plus petits. Postfix reste en dessous par défaut \
             (`smtp_destination_recipient_limit`, 50).",
        ),
    ),
    note(
        (4, 7, 0),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `421 4.7.0` for several temporary refusals: TLS required for the \
             recipient's domain, a sending IP without a PTR record or whose PTR does not point \
             back to it, very low IP or domain reputation, suspicious content or links, or an IP \
             missing from the recipient domain's allowlist. The text after the code says which.",
            "Gmail emploie `421 4.7.0` pour plusieurs refus temporaires : TLS exigé pour le \
             domaine du destinataire, IP émettrice sans enregistrement PTR ou dont le PTR ne \
             renvoie pas vers elle, réputation très faible de l'IP ou du domaine, contenu ou \
             liens suspects, ou IP absente de la liste d'autorisation du domaine destinataire. Le \
             texte qui suit le code précise lequel.",
        ),
    ),
    note(
        (4, 7, 23),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `451 4.7.23` not for SPF but for reverse DNS: the sending IP has no PTR \
             record, or the PTR name does not resolve back to that IP. Mail is rate limited until \
             the PTR is fixed (`dig -x <ip>`).",
            "Gmail emploie `451 4.7.23` non pour SPF mais pour le DNS inverse : l'IP émettrice \
             n'a pas d'enregistrement PTR, ou le nom du PTR ne se résout pas vers cette IP. Le \
             courrier est limité en débit jusqu'à correction du PTR (`dig -x <ip>`).",
        ),
    ),
    note(
        (4, 7, 24),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail rate limits mail whose sending domain has an SPF record with suspicious \
             entries (`451 4.7.24`); `550 5.7.24` is the blocking form. Review the record (`dig \
             TXT <domain>`) and remove what does not belong there.",
            "Gmail limite le débit du courrier dont le domaine expéditeur a un enregistrement SPF \
             aux entrées suspectes (`451 4.7.24`) ; `550 5.7.24` en est la forme bloquante. \
             Relire l'enregistrement (`dig TXT <domaine>`) et retirer ce qui n'a rien à y faire.",
        ),
    ),
    note(
        (4, 7, 26),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online defers mail received over IPv6 that passes neither SPF nor DKIM (`a \
             message sent over IPv6 ... must pass either SPF or DKIM validation`).",
            "Exchange Online diffère le courrier reçu en IPv6 qui ne réussit ni SPF ni DKIM (`a \
             message sent over IPv6 ... must pass either SPF or DKIM validation`).",
        ),
    ),
    note(
        (4, 7, 26),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses 4.7.26 for unauthenticated mail: `421` when the message passes neither \
             SPF nor DKIM (every sender must pass one), `451` when the `From:` domain's DMARC \
             policy would reject it but a temporary DNS failure prevented the check.",
            "Gmail emploie 4.7.26 pour le courrier non authentifié : `421` quand le message ne \
             réussit ni SPF ni DKIM (tout expéditeur doit réussir l'un des deux), `451` quand la \
             politique DMARC du domaine du `From:` le rejetterait mais qu'une panne DNS \
             temporaire a empêché le contrôle.",
        ),
    ),
    note(
        (4, 7, 27),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `421 4.7.27` not for a null MX but to rate limit bulk mail that did not \
             pass SPF; publish an SPF record covering every sending server.",
            "Gmail emploie `421 4.7.27` non pour un MX nul mais pour limiter le débit du courrier \
             en nombre qui n'a pas réussi SPF ; publier un enregistrement SPF couvrant chaque \
             serveur d'envoi.",
        ),
    ),
    note(
        (4, 7, 28),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail's `421 4.7.28` means an unusual rate of (unsolicited) mail from your IP \
             address, netblock, DKIM or SPF domain, or with one of your URL domains, which it \
             temporarily rate limits or blocks; it also covers too many messages sharing one \
             `Message-ID:`. Slow down and follow Google's sender guidelines.",
            "Le `421 4.7.28` de Gmail signale un rythme inhabituel de courrier (non sollicité) \
             venant de votre adresse IP, de votre bloc d'adresses, de votre domaine DKIM ou SPF, \
             ou contenant l'un de vos domaines d'URL, qu'il limite ou bloque temporairement ; il \
             couvre aussi trop de messages partageant un même `Message-ID:`. Ralentir et suivre \
             les consignes de Google pour les expéditeurs.",
        ),
    ),
    note(
        (4, 7, 29),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `421 4.7.29` not for ARC but to rate limit bulk mail that did not arrive \
             over TLS; turn on STARTTLS for outgoing mail (`smtp_tls_security_level = may` in \
             Postfix).",
            "Gmail emploie `421 4.7.29` non pour ARC mais pour limiter le débit du courrier en \
             nombre arrivé sans TLS ; activer STARTTLS pour le courrier sortant \
             (`smtp_tls_security_level = may` dans Postfix).",
        ),
    ),
    note(
        (4, 7, 30),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `421 4.7.30` not for REQUIRETLS but to rate limit bulk mail whose DKIM \
             did not pass; sign outgoing mail with DKIM.",
            "Gmail emploie `421 4.7.30` non pour REQUIRETLS mais pour limiter le débit du \
             courrier en nombre dont DKIM n'a pas réussi ; signer le courrier sortant en DKIM.",
        ),
    ),
    note(
        (5, 1, 0),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange uses `5.1.0 Sender denied` when a recipient could not be resolved; a common \
             case is replying to a message that was saved as a file and opened offline, which \
             keeps only the legacyExchangeDN address. Check the recipient address and write a new \
             message.",
            "Exchange emploie `5.1.0 Sender denied` quand un destinataire n'a pas pu être résolu \
             ; cas fréquent : la réponse à un message enregistré comme fichier et ouvert hors \
             connexion, qui ne garde que l'adresse legacyExchangeDN. Vérifier l'adresse du \
             destinataire et rédiger un nouveau message.",
        ),
    ),
    note(
        (5, 1, 1),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Besides a wrong address, Exchange returns 5.1.1 when Outlook's recipient cache still \
             holds the old address of a mailbox that was moved or re-created; delete the entry \
             from the autocomplete list and pick the recipient again rather than resending.",
            "Outre une adresse erronée, Exchange renvoie 5.1.1 quand le cache des destinataires \
             d'Outlook garde l'ancienne adresse d'une boîte déplacée ou recréée ; supprimer \
             l'entrée de la liste de saisie semi-automatique et choisir de nouveau le \
             destinataire plutôt que renvoyer.",
        ),
    ),
    note(
        (5, 1, 8),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online uses `5.1.8 Access denied, bad outbound sender` for an account \
             blocked for sending spam, usually because it was compromised: secure the account, \
             then have it unblocked.",
            "Exchange Online emploie `5.1.8 Access denied, bad outbound sender` pour un compte \
             bloqué pour envoi de spam, en général parce qu'il a été compromis : sécuriser le \
             compte, puis le faire débloquer.",
        ),
    ),
    note(
        (5, 1, 10),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online's 5.1.10 is not about a null MX: it means `Recipient not found`, the \
             address does not exist in the recipient's organization according to an SMTP address \
             lookup.",
            "Le 5.1.10 d'Exchange Online n'a rien à voir avec un MX nul : il signifie `Recipient \
             not found`, l'adresse n'existe pas dans l'organisation du destinataire selon une \
             recherche d'adresse SMTP.",
        ),
    ),
    note(
        (5, 2, 1),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail answers `550 5.2.1` for an inactive account (`DisabledUser`), and also when \
             the recipient is receiving mail too fast for more to be delivered.",
            "Gmail répond `550 5.2.1` pour un compte inactif (`DisabledUser`), et aussi quand le \
             destinataire reçoit du courrier trop vite pour en accepter davantage.",
        ),
    ),
    note(
        (5, 2, 2),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "In Exchange Online, 5.2.2 may also read `Submission quota exceeded`: then it is the \
             sender, not the recipient, who went over the recipient or message rate limit, which \
             can point to a compromised account.",
            "Dans Exchange Online, 5.2.2 peut aussi indiquer `Submission quota exceeded` : c'est \
             alors l'expéditeur, et non le destinataire, qui a dépassé la limite de destinataires \
             ou de messages, ce qui peut trahir un compte compromis.",
        ),
    ),
    note(
        (5, 4, 1),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online uses 5.4.1 for `Relay Access Denied` (the server does not accept \
             mail for the recipient's domain: MX record or accepted domains misconfigured) and \
             for `Recipient address rejected: Access denied` from Directory-Based Edge Blocking, \
             meaning the address does not exist.",
            "Exchange Online emploie 5.4.1 pour `Relay Access Denied` (le serveur n'accepte pas \
             le courrier du domaine destinataire : enregistrement MX ou domaines acceptés mal \
             configurés) et pour `Recipient address rejected: Access denied` venant du blocage en \
             périphérie fondé sur l'annuaire (DBEB), qui signifie que l'adresse n'existe pas.",
        ),
    ),
    note(
        (5, 4, 5),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `550 5.4.5` for a sending limit: the user's daily sending limit, or a \
             Workspace user's daily SMTP relay limit. Sending resumes once the limit period has \
             passed.",
            "Gmail emploie `550 5.4.5` pour une limite d'envoi : la limite quotidienne de \
             l'utilisateur, ou la limite quotidienne de relais SMTP d'un utilisateur Workspace. \
             L'envoi reprend une fois la période de la limite écoulée.",
        ),
    ),
    note(
        (5, 4, 6),
        Vendor::Microsoft,
        MS_LOOP,
        Bi::new(
            "Exchange Server stops a loop after 20 hops with `554 5.4.6 Hop count exceeded - \
             possible mail loop`, often seen in hybrid setups; Exchange Online reports the same \
             condition as 5.4.14. Look for forwarding rules and connector routing.",
            "Exchange Server arrête une boucle après 20 sauts avec `554 5.4.6 Hop count exceeded \
             - possible mail loop`, souvent en environnement hybride ; Exchange Online signale la \
             même situation en 5.4.14. Chercher des règles de transfert et vérifier le routage \
             des connecteurs.",
        ),
    ),
    note(
        (5, 4, 6),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail refuses a message that has gone through more than 50 hops (`554 5.4.6`), a \
             sign of a mail loop.",
            "Gmail refuse un message passé par plus de 50 sauts (`554 5.4.6`), signe d'une boucle \
             de messagerie.",
        ),
    ),
    note(
        (5, 5, 0),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Microsoft answers `550 5.5.0 Requested action not taken: mailbox unavailable` when \
             an @outlook.com or @hotmail.com recipient address does not exist, like 5.1.10 \
             elsewhere in Microsoft 365.",
            "Microsoft répond `550 5.5.0 Requested action not taken: mailbox unavailable` quand \
             une adresse de destinataire en @outlook.com ou @hotmail.com n'existe pas, comme \
             5.1.10 ailleurs dans Microsoft 365.",
        ),
    ),
    note(
        (5, 7, 0),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses 5.7.0 for several refusals: content or an attachment judged a security \
             risk (`552`), SMTP relay from an IP or domain not registered in the Workspace relay \
             settings or from an account suspended for abuse (`550`), and on submission missing \
             authentication or STARTTLS (`530`).",
            "Gmail emploie 5.7.0 pour plusieurs refus : contenu ou pièce jointe jugés dangereux \
             (`552`), relais SMTP depuis une IP ou un domaine non déclarés dans les paramètres de \
             relais Workspace ou depuis un compte suspendu pour abus (`550`), et, en soumission, \
             authentification ou STARTTLS manquants (`530`).",
        ),
    ),
    note(
        (5, 7, 1),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "In Exchange, 5.7.1 covers `Delivery not authorized` (the recipient, often a \
             restricted group, does not accept this sender, or a mail flow rule rejected the \
             message), `Unable to relay` (the server is not the final destination and the client \
             may not relay) and `Client was not authenticated`.",
            "Dans Exchange, 5.7.1 recouvre `Delivery not authorized` (le destinataire, souvent un \
             groupe restreint, n'accepte pas cet expéditeur, ou une règle de flux de messagerie a \
             rejeté le message), `Unable to relay` (le serveur n'est pas la destination finale et \
             le client n'a pas le droit de relayer) et `Client was not authenticated`.",
        ),
    ),
    note(
        (5, 7, 1),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `550 5.7.1` widely: likely unsolicited mail, very low IP or domain \
             reputation, a policy set by the recipient's administrator (the text then includes \
             `gcdp`), IPv6 mail without PTR or authentication, and messages that break RFC 5322 \
             (missing or multiple `From:`, no `Message-ID:`, duplicate headers).",
            "Gmail emploie largement `550 5.7.1` : courrier probablement non sollicité, \
             réputation très faible de l'IP ou du domaine, règle posée par l'administrateur du \
             destinataire (le texte contient alors `gcdp`), courrier IPv6 sans PTR ni \
             authentification, et messages contraires à la RFC 5322 (`From:` absent ou multiple, \
             pas de `Message-ID:`, en-têtes en double).",
        ),
    ),
    note(
        (5, 7, 12),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online uses 5.7.12 (`Sender was not authenticated by organization`), not \
             for a password transition: the recipient accepts mail only from inside its own \
             organization, and only its administrator can change that.",
            "Exchange Online emploie 5.7.12 (`Sender was not authenticated by organization`), et \
             non pour une transition de mot de passe : le destinataire n'accepte que le courrier \
             interne à son organisation, et seul son administrateur peut changer cela.",
        ),
    ),
    note(
        (5, 7, 13),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online uses 5.7.13, like 5.7.135, when a public folder refuses senders from \
             outside its organization, not for a disabled account.",
            "Exchange Online emploie 5.7.13, comme 5.7.135, quand un dossier public refuse les \
             expéditeurs extérieurs à son organisation, et non pour un compte désactivé.",
        ),
    ),
    note(
        (5, 7, 14),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail answers `534 5.7.14` to an SMTP login when the user must first sign in through \
             a web browser; it has nothing to do with a trust relationship.",
            "Gmail répond `534 5.7.14` à une connexion SMTP quand l'utilisateur doit d'abord se \
             connecter depuis un navigateur web ; cela n'a rien à voir avec une relation \
             d'approbation.",
        ),
    ),
    note(
        (5, 7, 23),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online rejects with 5.7.23 when the destination checks SPF and your \
             domain's SPF record does not authorize the sending server; add every outbound \
             service to the record (`dig TXT <domain>`).",
            "Exchange Online rejette en 5.7.23 quand la destination contrôle SPF et que \
             l'enregistrement SPF de votre domaine n'autorise pas le serveur d'envoi ; y ajouter \
             chaque service sortant (`dig TXT <domaine>`).",
        ),
    ),
    note(
        (5, 7, 24),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail blocks with `550 5.7.24` when the sending domain's SPF record contains \
             suspicious entries; clean up the record.",
            "Gmail bloque en `550 5.7.24` quand l'enregistrement SPF du domaine expéditeur \
             contient des entrées suspectes ; assainir l'enregistrement.",
        ),
    ),
    note(
        (5, 7, 25),
        Vendor::Microsoft,
        MS_NDR,
        Bi::new(
            "Exchange Online rejects mail arriving over IPv6 from an address that has no reverse \
             DNS (PTR) record.",
            "Exchange Online rejette le courrier arrivé en IPv6 depuis une adresse sans \
             enregistrement DNS inverse (PTR).",
        ),
    ),
    note(
        (5, 7, 25),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail requires a PTR record for every sending IP and blocks mail from an IP without \
             one, or whose PTR name does not resolve back to it.",
            "Gmail exige un enregistrement PTR pour chaque IP d'envoi et bloque le courrier d'une \
             IP qui n'en a pas, ou dont le nom PTR ne se résout pas vers elle.",
        ),
    ),
    note(
        (5, 7, 26),
        Vendor::Google,
        GOOGLE_SENDERS,
        Bi::new(
            "Since February 2024 Gmail requires every sender to pass SPF or DKIM. `550 5.7.26` \
             blocks mail that passes neither, mail that fails an SPF record ending in `-all`, and \
             unauthenticated mail that the `From:` domain's DMARC policy rejects.",
            "Depuis février 2024, Gmail exige de tout expéditeur qu'il réussisse SPF ou DKIM. \
             `550 5.7.26` bloque le courrier qui ne réussit ni l'un ni l'autre, celui qui échoue \
             face à un enregistrement SPF terminé par `-all`, et le courrier non authentifié que \
             rejette la politique DMARC du domaine du `From:`.",
        ),
    ),
    note(
        (5, 7, 27),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `550 5.7.27` not for a sender with a null MX but to block bulk mail that \
             did not pass SPF.",
            "Gmail emploie `550 5.7.27` non pour un expéditeur à MX nul mais pour bloquer le \
             courrier en nombre qui n'a pas réussi SPF.",
        ),
    ),
    note(
        (5, 7, 28),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail blocks with `550 5.7.28` mail from an IP address showing an unusual rate of \
             unsolicited mail.",
            "Gmail bloque en `550 5.7.28` le courrier d'une adresse IP qui présente un rythme \
             inhabituel de messages non sollicités.",
        ),
    ),
    note(
        (5, 7, 29),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `550 5.7.29` not for ARC but to block bulk mail that was not sent over \
             TLS.",
            "Gmail emploie `550 5.7.29` non pour ARC mais pour bloquer le courrier en nombre \
             envoyé sans TLS.",
        ),
    ),
    note(
        (5, 7, 30),
        Vendor::Google,
        GOOGLE_SMTP,
        Bi::new(
            "Gmail uses `550 5.7.30` not for REQUIRETLS but to block bulk mail that did not pass \
             DKIM.",
            "Gmail emploie `550 5.7.30` non pour REQUIRETLS mais pour bloquer le courrier en \
             nombre qui n'a pas réussi DKIM.",
        ),
    ),
];

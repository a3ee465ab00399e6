//! Texts for the detail codes X.4.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[
    DetailText {
        subject: 4,
        detail: 0,
        title_fr: "Autre problème de réseau ou de routage",
        side: Side::Network,
        meaning: Bi::new(
            "A network or routing failure that none of the more specific X.4.x codes describes; \
             the text after the code carries the real information. Exchange uses it a lot, \
             e.g. `451 4.4.0 DNS query failed` or `4.4.0 Primary target IP address responded \
             with: ...` quoting the remote reply, and Postfix answers `554 5.4.0 Error: too many \
             hops` when a message carries more `Received:` headers than `hopcount_limit` (50).",
            "Panne de réseau ou de routage qu'aucun code X.4.x plus précis ne décrit ; \
             l'information utile est dans le texte qui suit le code. Exchange l'emploie \
             beaucoup, par exemple `451 4.4.0 DNS query failed` ou `4.4.0 Primary target IP \
             address responded with: ...` qui cite la réponse distante, et Postfix répond \
             `554 5.4.0 Error: too many hops` quand un message porte plus d'en-têtes \
             `Received:` que `hopcount_limit` (50).",
        ),
        transient: Bi::new(
            "The sending server keeps the message and retries; a DNS hiccup, a flapping route \
             or a remote server being restarted usually clears within minutes or hours.",
            "Le serveur expéditeur garde le message et réessaie ; un incident DNS, une route \
             instable ou un serveur distant en cours de redémarrage se résorbent en général en \
             quelques minutes ou quelques heures.",
        ),
        permanent: Bi::new(
            "The sender or a relay decided that the route can never work for this message, \
             typically a loop (too many hops) or a routing table with no valid next hop; \
             another attempt would fail the same way.",
            "L'expéditeur ou un relais a jugé que la route ne pourra jamais fonctionner pour ce \
             message, typiquement une boucle (trop de sauts) ou une table de routage sans \
             prochain saut valable ; un nouvel essai échouerait de la même façon.",
        ),
        advice: Bi::new(
            "Read the text after the code and note which host produced it, then check the path \
             step by step: `dig MX example.net`, `nc -vz mx.example.net 25` from the sending \
             host, and your relay or transport settings. With Postfix, `postqueue -p` shows why \
             each queued message was deferred, and `postqueue -f` retries them once the cause \
             is fixed.",
            "Lisez le texte qui suit le code et repérez le serveur qui l'a produit, puis \
             vérifiez le chemin étape par étape : `dig MX example.net`, \
             `nc -vz mx.example.net 25` depuis le serveur expéditeur, et vos réglages de relais \
             ou de transport. Avec Postfix, `postqueue -p` affiche la raison du report de \
             chaque message en file d'attente, et `postqueue -f` relance les envois une fois la \
             cause corrigée.",
        ),
    },
    DetailText {
        subject: 4,
        detail: 1,
        title_fr: "Pas de réponse de l'hôte distant",
        side: Side::Network,
        meaning: Bi::new(
            "The sending server could not even open a TCP connection to the destination's mail \
             servers: the attempt timed out, was refused, or found no route. Postfix logs \
             `connect to mx.example.net[203.0.113.5]:25: Connection timed out` (or `Connection \
             refused`, `No route to host`, `Network is unreachable`), Exchange `441 4.4.1 Error \
             encountered while communicating with primary target IP address`; typical causes \
             are outbound port 25 blocked by the ISP or cloud provider, a firewall, a dead or \
             overloaded MX, or IPv6 addresses without working IPv6. The same error towards \
             `127.0.0.1:10024` means a local content filter (amavis) is not running.",
            "Le serveur expéditeur n'a même pas pu ouvrir de connexion TCP vers les serveurs de \
             messagerie du destinataire : délai dépassé, connexion refusée ou aucune route. \
             Postfix journalise `connect to mx.example.net[203.0.113.5]:25: Connection timed \
             out` (ou `Connection refused`, `No route to host`, `Network is unreachable`), \
             Exchange `441 4.4.1 Error encountered while communicating with primary target IP \
             address` ; causes habituelles : port 25 sortant bloqué par le FAI ou l'hébergeur \
             cloud, pare-feu, MX en panne ou surchargé, adresses IPv6 sans connectivité IPv6 \
             réelle. La même erreur vers `127.0.0.1:10024` signifie qu'un filtre de contenu \
             local (amavis) ne tourne pas.",
        ),
        transient: Bi::new(
            "The normal case: the message stays queued and every MX is tried again at each \
             queue run (Postfix backs off from `minimal_backoff_time`, 300s, up to \
             `maximal_backoff_time`, 4000s). It clears as soon as the remote host answers or \
             the local block is lifted; if that never happens, the message bounces when \
             `maximal_queue_lifetime` (5 days) runs out.",
            "Cas normal : le message reste en file d'attente et chaque MX est retenté à chaque \
             passage de la file (Postfix espace les essais de `minimal_backoff_time`, 300 s, \
             jusqu'à `maximal_backoff_time`, 4000 s). Tout rentre dans l'ordre dès que l'hôte \
             distant répond ou que le blocage local est levé ; sinon, le message revient en \
             erreur à l'expiration de `maximal_queue_lifetime` (5 jours).",
        ),
        permanent: Bi::new(
            "Rare for a real connection failure, since an unanswered host is normally retried. \
             Microsoft 365 uses `550 5.4.1 Recipient address rejected: Access denied` for \
             something else entirely: the recipient does not exist in the tenant \
             (Directory-Based Edge Blocking), so read it as an unknown-address bounce.",
            "Rare pour un vrai échec de connexion, puisqu'un hôte muet est normalement retenté. \
             Microsoft 365 emploie `550 5.4.1 Recipient address rejected: Access denied` pour \
             tout autre chose : le destinataire n'existe pas dans le tenant (Directory-Based \
             Edge Blocking) ; il faut le lire comme un rebond pour adresse inconnue.",
        ),
        advice: Bi::new(
            "From the sending host, run `dig MX example.net`, then `nc -vz mx.example.net 25`: \
             if every destination times out, your provider blocks outbound port 25 (common on \
             cloud servers) and you must send through a relay on port 587 (`relayhost`). If \
             only IPv6 fails, fix IPv6 routing or set `inet_protocols = ipv4`; for \
             `127.0.0.1:10024`, restart the content filter; then `postqueue -f` retries at once. \
             For Microsoft 365's 5.4.1, check the spelling of the address; the recipient's \
             admin must create or sync it in the tenant.",
            "Depuis le serveur expéditeur, lancez `dig MX example.net`, puis \
             `nc -vz mx.example.net 25` : si toutes les destinations expirent, votre hébergeur \
             bloque le port 25 sortant (fréquent sur les serveurs cloud) et il faut passer par \
             un relais sur le port 587 (`relayhost`). Si seul l'IPv6 échoue, réparez le routage \
             IPv6 ou mettez `inet_protocols = ipv4` ; pour `127.0.0.1:10024`, redémarrez le \
             filtre de contenu ; ensuite `postqueue -f` relance immédiatement. Pour le 5.4.1 de \
             Microsoft 365, vérifiez l'orthographe de l'adresse ; c'est à l'administrateur du \
             destinataire de la créer ou de la synchroniser dans le tenant.",
        ),
    },
    DetailText {
        subject: 4,
        detail: 2,
        title_fr: "Connexion interrompue",
        side: Side::Network,
        meaning: Bi::new(
            "The connection was established but broke or stalled before the transaction \
             finished. Postfix logs `lost connection with mx.example.net[...] while receiving \
             the initial server greeting` or `conversation with ... timed out while sending \
             message body`, and a Postfix server itself sends `421 4.4.2 ... Error: timeout \
             exceeded` to a client that stays silent longer than `smtpd_timeout` (300s). Usual \
             causes: the receiver drops you on purpose (rate limit, IP reputation), a firewall \
             doing SMTP inspection, an MTU problem that stalls large messages, or an overloaded \
             peer.",
            "La connexion a été établie puis s'est coupée ou figée avant la fin de la \
             transaction. Postfix journalise `lost connection with mx.example.net[...] while \
             receiving the initial server greeting` ou `conversation with ... timed out while \
             sending message body`, et un serveur Postfix envoie lui-même `421 4.4.2 ... Error: \
             timeout exceeded` à un client resté muet plus de `smtpd_timeout` (300 s). Causes \
             habituelles : le serveur de réception vous coupe exprès (limite de débit, \
             réputation de l'IP), un pare-feu qui inspecte le SMTP, un problème de MTU qui \
             bloque les gros messages, ou un serveur surchargé.",
        ),
        transient: Bi::new(
            "The sending server retries later, possibly on another MX; one-off network glitches \
             and busy servers pass. A disconnect at the same stage on every attempt (always at \
             the greeting, always during the body) points to a lasting cause that will not go \
             away on its own.",
            "Le serveur expéditeur réessaie plus tard, éventuellement sur un autre MX ; les \
             coupures ponctuelles et les serveurs momentanément chargés finissent par passer. \
             Une coupure toujours au même moment (à chaque fois dès la bannière, à chaque fois \
             pendant le corps) révèle une cause durable qui ne disparaîtra pas seule.",
        ),
        permanent: Bi::new(
            "Seldom sent as 5.4.2, since a broken connection is temporary by nature; when a \
             bounce carries it, the relay that wrote it stopped retrying, by policy or after \
             too many failed sessions, and the message has to be sent again.",
            "Rarement émis en 5.4.2, une connexion coupée étant temporaire par nature ; quand \
             un rebond le porte, le relais qui l'a rédigé a cessé de réessayer, par politique \
             ou après trop de sessions ratées, et le message doit être renvoyé.",
        ),
        advice: Bi::new(
            "The stage in the log tells where it broke. `while receiving the initial server \
             greeting`: the receiver is turning you away, so check your IP on blocklists and \
             its PTR record; `while sending message body`: suspect a firewall or an MTU problem \
             on large messages (a Cisco ASA with SMTP inspection, \"fixup smtp\", is a classic). \
             `while sending end of data -- message may be sent more than once`: the receiver's \
             filters are too slow, and the recipient may get the message twice.",
            "L'étape indiquée dans le journal dit où la coupure a lieu. `while receiving the \
             initial server greeting` : le serveur de réception vous éconduit, vérifiez votre \
             IP sur les listes de blocage et son enregistrement PTR ; `while sending message \
             body` : soupçonnez un pare-feu ou un problème de MTU sur les gros messages (un \
             Cisco ASA avec inspection SMTP, « fixup smtp », est un classique). `while sending \
             end of data -- message may be sent more than once` : les filtres du destinataire \
             sont trop lents, et il risque de recevoir le message en double.",
        ),
    },
    DetailText {
        subject: 4,
        detail: 3,
        title_fr: "Échec du serveur d'annuaire (DNS, LDAP)",
        side: Side::Configuration,
        meaning: Bi::new(
            "A lookup needed to route the message failed: most often DNS, sometimes an LDAP or \
             SQL directory. Postfix writes `4.4.3 Host or domain name not found. Name service \
             error for name=example.net type=MX: Host not found, try again` when the query \
             timed out or got SERVFAIL, and 5.4.3 for a non-recoverable DNS error. The broken \
             resolver can be yours (local resolver down, a chrooted Postfix with a stale \
             `/var/spool/postfix/etc/resolv.conf`) or the destination's (name servers down, \
             lame delegation, broken DNSSEC).",
            "Une recherche nécessaire au routage a échoué : le plus souvent le DNS, parfois un \
             annuaire LDAP ou SQL. Postfix écrit `4.4.3 Host or domain name not found. Name \
             service error for name=example.net type=MX: Host not found, try again` quand la \
             requête a expiré ou reçu SERVFAIL, et 5.4.3 pour une erreur DNS non récupérable. \
             Le résolveur en cause peut être le vôtre (résolveur local arrêté, Postfix en \
             chroot avec un `/var/spool/postfix/etc/resolv.conf` périmé) ou celui du \
             destinataire (serveurs de noms en panne, délégation cassée, DNSSEC invalide).",
        ),
        transient: Bi::new(
            "The usual form: DNS timeouts and SERVFAIL answers are retried at each queue run and \
             clear once the resolver or the remote name servers answer again. If it lasts for \
             hours, something is durably broken on one side.",
            "La forme habituelle : les délais DNS dépassés et les réponses SERVFAIL sont \
             retentés à chaque passage de la file et disparaissent dès que le résolveur ou les \
             serveurs de noms distants répondent de nouveau. Si cela dure des heures, quelque \
             chose est cassé pour de bon d'un côté.",
        ),
        permanent: Bi::new(
            "The lookup failed in a way treated as unrecoverable (for Postfix, a DNS error such \
             as REFUSED), or a directory server gave a definitive failure; the message bounces \
             without further attempts.",
            "La recherche a échoué d'une façon jugée irrécupérable (pour Postfix, une erreur \
             DNS comme REFUSED), ou un serveur d'annuaire a donné un échec définitif ; le \
             message revient en erreur sans autre tentative.",
        ),
        advice: Bi::new(
            "Test from the mail server itself: `dig MX example.net`, then `dig MX example.net \
             @1.1.1.1`. If only your resolver fails, fix it, and for a chrooted Postfix make sure \
             `/var/spool/postfix/etc/resolv.conf` matches `/etc/resolv.conf` (Debian copies it \
             when Postfix restarts). If public resolvers fail too, `dig +trace MX example.net` or \
             a DNSSEC checker shows which name server is broken, and only the destination's \
             admin can fix it.",
            "Testez depuis le serveur de messagerie lui-même : `dig MX example.net`, puis \
             `dig MX example.net @1.1.1.1`. Si seul votre résolveur échoue, réparez-le, et pour \
             un Postfix en chroot vérifiez que `/var/spool/postfix/etc/resolv.conf` est \
             identique à `/etc/resolv.conf` (Debian le recopie au redémarrage de Postfix). Si \
             les résolveurs publics échouent aussi, `dig +trace MX example.net` ou un \
             vérificateur DNSSEC montre quel serveur de noms est en cause, et seul \
             l'administrateur du domaine destinataire peut corriger.",
        ),
    },
    DetailText {
        subject: 4,
        detail: 4,
        title_fr: "Routage impossible",
        side: Side::Configuration,
        meaning: Bi::new(
            "No next hop could be found for the destination: the domain has neither MX nor \
             A/AAAA record, or does not exist at all. Postfix bounces with `5.4.4 Host or domain \
             name not found. Name service error for name=exmaple.com type=A: Host not found` \
             (no MX, and the fallback to the domain's own address finds nothing either); \
             Exchange writes `550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain`. \
             Typical causes: a typo in the domain, an expired domain, a zone that lost its \
             records, or an MX pointing to a name that does not resolve.",
            "Aucun prochain saut n'a été trouvé pour la destination : le domaine n'a ni MX ni \
             enregistrement A/AAAA, ou n'existe pas du tout. Postfix renvoie `5.4.4 Host or \
             domain name not found. Name service error for name=exmaple.com type=A: Host not \
             found` (pas de MX, et le repli sur l'adresse du domaine lui-même ne donne rien \
             non plus) ; Exchange écrit `550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent \
             domain`. Causes habituelles : faute de frappe dans le domaine, domaine expiré, zone \
             qui a perdu ses enregistrements, ou MX pointant vers un nom qui ne se résout pas.",
        ),
        transient: Bi::new(
            "The routing information is missing for now, for instance a zone just created or \
             restored, or a backup MX that cannot reach the primary (Postfix: `4.4.4 unable to \
             find primary relay for example.net`). The sender retries until the records appear \
             or the queue lifetime runs out.",
            "L'information de routage manque pour l'instant, par exemple une zone tout juste \
             créée ou restaurée, ou un MX de secours qui ne joint pas le MX principal \
             (Postfix : `4.4.4 unable to find primary relay for example.net`). L'expéditeur \
             réessaie jusqu'à ce que les enregistrements apparaissent ou que la durée de vie en \
             file d'attente expire.",
        ),
        permanent: Bi::new(
            "DNS answered definitively that the domain, or every host it names, does not exist \
             (NXDOMAIN), so there is nowhere to deliver and a retry would get the same answer. \
             Not to be confused with X.1.10, where the domain publishes a null MX to say it \
             never accepts mail.",
            "Le DNS a répondu de façon définitive que le domaine, ou chaque hôte qu'il désigne, \
             n'existe pas (NXDOMAIN) : il n'y a nulle part où remettre le message et un nouvel \
             essai obtiendrait la même réponse. À ne pas confondre avec X.1.10, où le domaine \
             publie un MX nul pour dire qu'il n'accepte jamais de courrier.",
        ),
        advice: Bi::new(
            "Check the recipient's domain for typos first (`gmial.com`, `.con`), then run \
             `dig MX example.com` and `dig A example.com`: NXDOMAIN means the domain does not \
             exist or has expired (check `whois`), an empty answer means it has no mail setup. \
             If the domain is yours, fix its MX records, or route an internal domain with \
             `transport_maps` or `relayhost`; otherwise reach the recipient by another channel \
             to get a working address.",
            "Cherchez d'abord une faute de frappe dans le domaine du destinataire \
             (`gmial.com`, `.con`), puis lancez `dig MX example.com` et `dig A example.com` : \
             NXDOMAIN signifie que le domaine n'existe pas ou a expiré (vérifiez avec `whois`), \
             une réponse vide qu'il n'a aucune configuration de messagerie. Si le domaine est \
             le vôtre, corrigez ses enregistrements MX, ou routez un domaine interne avec \
             `transport_maps` ou `relayhost` ; sinon, contactez le destinataire par un autre \
             moyen pour obtenir une adresse valide.",
        ),
    },
    DetailText {
        subject: 4,
        detail: 5,
        title_fr: "Système de messagerie saturé",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "The receiving system is overloaded and delays mail to protect itself: too many \
             connections, a full queue or spool disk, high load. Gmail answers `421 4.4.5 Server \
             busy, try again later`, and Sendmail `452 4.4.5 Insufficient disk space; try again \
             later` when its queue disk drops below `MinFreeBlocks`. Google also uses it, as a \
             permanent code, for sending limits: `550 5.4.5 Daily sending quota exceeded` or \
             `Daily user sending limit exceeded`.",
            "Le système de réception est surchargé et retarde le courrier pour se protéger : \
             trop de connexions, file d'attente ou disque de spool plein, charge élevée. Gmail \
             répond `421 4.4.5 Server busy, try again later`, et Sendmail `452 4.4.5 \
             Insufficient disk space; try again later` quand l'espace libre de sa file passe \
             sous `MinFreeBlocks`. Google l'emploie aussi, en code définitif, pour ses limites \
             d'envoi : `550 5.4.5 Daily sending quota exceeded` ou `Daily user sending limit \
             exceeded`.",
        ),
        transient: Bi::new(
            "Congestion is temporary by design: the sending server backs off and retries, and \
             delivery goes through once the peak has passed. Deferrals that last for days \
             against one big provider can also be throttling of your IP in disguise.",
            "La saturation est temporaire par nature : le serveur expéditeur espace ses essais \
             et réessaie, et la remise passe une fois le pic terminé. Des reports qui durent \
             des jours chez un même gros fournisseur peuvent aussi cacher un bridage de votre \
             IP.",
        ),
        permanent: Bi::new(
            "Here it mostly means a hard sending quota: the account or relay used to send (Gmail, \
             Google Workspace SMTP relay) has reached its daily limit, and the message is \
             refused instead of queued.",
            "Il s'agit surtout d'un quota d'envoi strict : le compte ou le relais utilisé \
             (Gmail, relais SMTP de Google Workspace) a atteint sa limite quotidienne, et le \
             message est refusé au lieu d'être mis en file d'attente.",
        ),
        advice: Bi::new(
            "For 4.4.5, let the queue retry; if you run the receiving server, free disk space \
             and check the load and `mailq`. If it persists against one provider, slow down \
             towards it (Postfix: `smtp_destination_concurrency_limit`, \
             `smtp_destination_rate_delay`, or a dedicated transport). For Google's 5.4.5, wait \
             for the rolling 24-hour quota to free up, then spread the sending or use a service \
             built for bulk mail.",
            "Pour un 4.4.5, laissez la file d'attente réessayer ; si vous gérez le serveur de \
             réception, libérez de l'espace disque et surveillez la charge et `mailq`. Si cela \
             persiste chez un même fournisseur, ralentissez vers lui (Postfix : \
             `smtp_destination_concurrency_limit`, `smtp_destination_rate_delay`, ou un \
             transport dédié). Pour le 5.4.5 de Google, attendez que le quota glissant sur \
             24 heures se libère, puis étalez les envois ou passez par un service fait pour les \
             envois en nombre.",
        ),
    },
    DetailText {
        subject: 4,
        detail: 6,
        title_fr: "Boucle de routage détectée",
        side: Side::Configuration,
        meaning: Bi::new(
            "The message went round in circles, between servers or through forwarding rules, \
             until a loop guard stopped it. MTAs count the `Received:` headers: Sendmail stops \
             at `MaxHopCount` (25) with `554 5.4.6 Too many hops`, Exim at \
             `received_headers_max` (30), Postfix at `hopcount_limit` (50, reported as 5.4.0), \
             and Exchange answers `554 5.4.14 Hop count exceeded - possible mail loop`. Postfix \
             also gives 5.4.6 for `mail for example.net loops back to myself` (the domain's MX \
             is this very server, which does not treat the domain as its own) and `mail \
             forwarding loop for user@example.net` (the message already has a `Delivered-To:` \
             header for that address).",
            "Le message a tourné en rond, entre serveurs ou à travers des règles de \
             transfert, jusqu'à ce qu'une protection anti-boucle l'arrête. Les MTA comptent les \
             en-têtes `Received:` : Sendmail s'arrête à `MaxHopCount` (25) avec `554 5.4.6 Too \
             many hops`, Exim à `received_headers_max` (30), Postfix à `hopcount_limit` (50, \
             signalé en 5.4.0), et Exchange répond `554 5.4.14 Hop count exceeded - possible \
             mail loop`. Postfix donne aussi 5.4.6 pour `mail for example.net loops back to \
             myself` (le MX du domaine est ce serveur même, qui ne considère pas le domaine \
             comme le sien) et `mail forwarding loop for user@example.net` (le message porte \
             déjà un en-tête `Delivered-To:` pour cette adresse).",
        ),
        transient: Bi::new(
            "Some systems defer instead of bouncing, so that an admin can fix the routing \
             before the message is lost; it keeps failing until the configuration changes.",
            "Certains systèmes reportent au lieu de rejeter, pour laisser à un administrateur \
             le temps de corriger le routage avant que le message soit perdu ; l'échec se \
             répète tant que la configuration n'a pas changé.",
        ),
        permanent: Bi::new(
            "A loop never resolves itself: each new attempt would travel the same circle, so \
             the message is returned at once.",
            "Une boucle ne se résout jamais d'elle-même : chaque nouvel essai referait le même \
             circuit, le message est donc renvoyé tout de suite.",
        ),
        advice: Bi::new(
            "Read the `Received:` headers of the returned copy: the pair of hosts that repeats \
             shows where the loop is. For Postfix's `loops back to myself`, list the domain in \
             `mydestination`, `virtual_mailbox_domains` or `relay_domains` (and set \
             `proxy_interfaces` to the public IP when behind NAT); for `mail forwarding loop`, \
             two aliases, `.forward` files or mailbox rules point at each other and the chain \
             must be broken. In hybrid Exchange/Microsoft 365 setups, check the connectors and \
             the accepted domain type (Authoritative or Internal Relay).",
            "Lisez les en-têtes `Received:` de la copie renvoyée : la paire de serveurs qui se \
             répète montre où se trouve la boucle. Pour le `loops back to myself` de Postfix, \
             déclarez le domaine dans `mydestination`, `virtual_mailbox_domains` ou \
             `relay_domains` (et renseignez `proxy_interfaces` avec l'IP publique derrière un \
             NAT) ; pour `mail forwarding loop`, deux alias, fichiers `.forward` ou règles de \
             boîte aux lettres renvoient l'un vers l'autre et il faut casser la chaîne. Dans un \
             environnement hybride Exchange/Microsoft 365, vérifiez les connecteurs et le type \
             de domaine accepté (Authoritative ou Internal Relay).",
        ),
    },
    DetailText {
        subject: 4,
        detail: 7,
        title_fr: "Délai de remise dépassé",
        side: Side::SendingServer,
        meaning: Bi::new(
            "The message sat in a queue longer than allowed and was given up, because every \
             attempt during that time failed temporarily (host down, timeouts, greylisting never \
             passed, repeated 4xx replies). Postfix logs `status=expired, returned to sender` \
             once `maximal_queue_lifetime` (5 days; `bounce_queue_lifetime` for bounces) is \
             over, and its bounce quotes the last temporary error, e.g. `4.4.1 ... Connection \
             timed out`; Sendmail says `Cannot send message for 5 days` (`Timeout.queuereturn`), \
             Exchange `4.4.7 QUEUE.Expired; message expired`.",
            "Le message est resté en file d'attente plus longtemps que permis et a été \
             abandonné, car toutes les tentatives pendant ce délai ont échoué temporairement \
             (hôte arrêté, délais dépassés, greylisting jamais franchi, réponses 4xx répétées). \
             Postfix journalise `status=expired, returned to sender` une fois \
             `maximal_queue_lifetime` écoulé (5 jours ; `bounce_queue_lifetime` pour les avis \
             de non-remise), et son rebond cite la dernière erreur temporaire, par exemple \
             `4.4.1 ... Connection timed out` ; Sendmail écrit `Cannot send message for 5 days` \
             (`Timeout.queuereturn`), Exchange `4.4.7 QUEUE.Expired; message expired`.",
        ),
        transient: Bi::new(
            "As 4.4.7 it is often only a warning: the message is still queued and will be \
             retried (Sendmail's `Timeout.queuewarn` notice after 4 hours, Postfix's \
             `delay_warning_time` when enabled). Exchange, however, also puts 4.4.7 in its final \
             non-delivery reports, so check whether the report says delayed or failed.",
            "En 4.4.7, c'est souvent un simple avertissement : le message est toujours en file \
             d'attente et sera retenté (avis `Timeout.queuewarn` de Sendmail au bout de \
             4 heures, `delay_warning_time` de Postfix s'il est activé). Exchange met toutefois \
             aussi 4.4.7 dans ses avis de non-remise définitifs : regardez si le rapport parle \
             de retard ou d'échec.",
        ),
        permanent: Bi::new(
            "The queue lifetime is over: the sending server has stopped trying and returned the \
             message, and nothing will retry it any more. The real cause is the error logged on \
             the earlier attempts.",
            "La durée de vie en file d'attente est écoulée : le serveur expéditeur a cessé ses \
             tentatives et renvoyé le message, que plus rien ne retentera. La vraie cause est \
             l'erreur journalisée lors des tentatives précédentes.",
        ),
        advice: Bi::new(
            "Find the deferral reason from before the expiry (`grep QUEUEID /var/log/mail.log`, \
             or `mailq` / `postqueue -p` for messages still waiting) and fix that: connection, \
             DNS, blocklist, recipient server. Then resend the message; after an outage on your \
             side, run `postqueue -f` before messages expire, and raise \
             `maximal_queue_lifetime` if 5 days is too short for your peers.",
            "Retrouvez la raison des reports avant l'expiration (`grep QUEUEID \
             /var/log/mail.log`, ou `mailq` / `postqueue -p` pour les messages encore en \
             attente) et corrigez-la : connexion, DNS, liste de blocage, serveur du \
             destinataire. Renvoyez ensuite le message ; après une panne de votre côté, lancez \
             `postqueue -f` avant que les messages n'expirent, et augmentez \
             `maximal_queue_lifetime` si 5 jours ne suffisent pas pour vos correspondants.",
        ),
    },
];

//! Texts for the detail codes X.1.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[
    DetailText {
        subject: 1,
        detail: 0,
        title_fr: "Autre statut d'adresse",
        side: Side::Sender,
        meaning: Bi::new(
            "Something is wrong with an envelope address, the sender's or a recipient's, outside \
             the specific cases (unknown mailbox, bad domain, bad syntax). Postfix uses `5.1.0` \
             when it rejects a sender address of its own domains as unknown \
             (`smtpd_reject_unlisted_sender`), and `250 2.1.0 Ok` to accept MAIL FROM.",
            "Une adresse de l'enveloppe, celle de l'expéditeur ou d'un destinataire, pose \
             problème, hors des cas précis (boîte inconnue, domaine invalide, syntaxe fausse). \
             Postfix emploie `5.1.0` quand il refuse comme inconnue une adresse d'expéditeur de \
             ses propres domaines (`smtpd_reject_unlisted_sender`), et `250 2.1.0 Ok` pour \
             accepter le MAIL FROM.",
        ),
        transient: Bi::new(
            "The receiving side could not settle the address just now: a lookup table or \
             directory did not answer, or a sender verification probe has not finished. A retry \
             may well pass.",
            "Le serveur de réception n'a pas pu trancher sur l'adresse pour l'instant : une table \
             de correspondance ou un annuaire n'a pas répondu, ou une vérification de \
             l'expéditeur n'est pas terminée. Un nouvel essai a de bonnes chances de passer.",
        ),
        permanent: Bi::new(
            "The receiving side judged the address unusable as written and will refuse it every \
             time; the text after the code says which address and why.",
            "Le serveur de réception juge l'adresse inutilisable telle quelle et la refusera à \
             chaque fois ; le texte qui suit le code indique de quelle adresse il s'agit et \
             pourquoi.",
        ),
        advice: Bi::new(
            "Find which address the reply is about (`Sender address rejected` or `Recipient \
             address rejected` in the text) and correct it. For a rejected sender, check how your \
             server writes the envelope sender (`myorigin`, `sender_canonical_maps`, \
             `smtp_generic_maps`) and that the address really exists in its domain.",
            "Repérez l'adresse visée par la réponse (`Sender address rejected` ou `Recipient \
             address rejected` dans le texte) et corrigez-la. Pour un expéditeur refusé, vérifiez \
             comment votre serveur écrit l'expéditeur de l'enveloppe (`myorigin`, \
             `sender_canonical_maps`, `smtp_generic_maps`) et que l'adresse existe vraiment dans \
             son domaine.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 1,
        title_fr: "Adresse de boîte aux lettres du destinataire invalide",
        side: Side::Sender,
        meaning: Bi::new(
            "The recipient's mailbox does not exist at that domain: a typo in the part before the \
             @, a deleted account (a former employee, a closed subscription), or a guessed or \
             harvested address. It is the classic \"user unknown\": Gmail answers `550 5.1.1 The \
             email account that you tried to reach does not exist`, Microsoft 365 `550 5.1.1 \
             RESOLVER.ADR.RecipNotFound`, Postfix `User unknown in virtual mailbox table`.",
            "La boîte du destinataire n'existe pas sur ce domaine : faute de frappe avant le @, \
             compte supprimé (ancien salarié, abonnement résilié), ou adresse devinée ou \
             récoltée. C'est le classique « utilisateur inconnu » : Gmail répond `550 5.1.1 The \
             email account that you tried to reach does not exist`, Microsoft 365 `550 5.1.1 \
             RESOLVER.ADR.RecipNotFound`, Postfix `User unknown in virtual mailbox table`.",
        ),
        transient: Bi::new(
            "The receiving side could not confirm the address just now: its directory (LDAP, \
             database) did not answer, a new account has not propagated yet, or Postfix \
             recipient verification (`reject_unverified_recipient`) is still probing. A retry \
             can pass; a `4.1.1` in your own logs may also be a `5.1.1` softened by \
             `soft_bounce = yes`.",
            "Le serveur de réception n'a pas pu confirmer l'adresse sur le moment : son annuaire \
             (LDAP, base de données) n'a pas répondu, un compte tout juste créé n'est pas encore \
             propagé, ou la vérification des destinataires de Postfix \
             (`reject_unverified_recipient`) est encore en cours. Un nouvel essai peut passer ; \
             un `4.1.1` dans vos propres journaux peut aussi être un `5.1.1` adouci par \
             `soft_bounce = yes`.",
        ),
        permanent: Bi::new(
            "The receiving server knows for certain that no such mailbox exists; resending the \
             same message to the same address will bounce again.",
            "Le serveur de réception sait avec certitude que cette boîte n'existe pas ; renvoyer \
             le même message à la même adresse produira le même rebond.",
        ),
        advice: Bi::new(
            "Check the address character by character on both sides of the @ (`dupont` or \
             `dupond`, `.fr` or `.com`) and confirm it with the recipient by another channel. \
             Remove dead addresses from mailing lists and CRMs: repeated sends to unknown users \
             hurt your reputation at Gmail and Microsoft. If you run the receiving server, check \
             the address is in the recipient tables (`postmap -q user@example.com \
             hash:/etc/postfix/virtual`) and that `postmap` was run after the last edit.",
            "Vérifiez l'adresse caractère par caractère, des deux côtés du @ (`dupont` ou \
             `dupond`, `.fr` ou `.com`), et confirmez-la auprès du destinataire par un autre \
             moyen. Retirez les adresses mortes des listes de diffusion et du CRM : des envois \
             répétés vers des utilisateurs inconnus nuisent à votre réputation chez Gmail et \
             Microsoft. Si vous gérez le serveur de réception, vérifiez que l'adresse figure dans \
             les tables de destinataires (`postmap -q user@example.com \
             hash:/etc/postfix/virtual`) et que `postmap` a été relancé après la dernière \
             modification.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 2,
        title_fr: "Adresse du système destinataire invalide",
        side: Side::Sender,
        meaning: Bi::new(
            "The part after the @ is not a domain that can receive mail: it does not exist in DNS \
             (a typo such as `gmial.com`, an expired domain) or has neither MX nor A record. \
             Postfix `reject_unknown_recipient_domain` answers `450 4.1.2 … Recipient address \
             rejected: Domain not found`; Gmail's outgoing servers answer `553 5.1.2` for a \
             recipient domain they cannot find.",
            "La partie après le @ n'est pas un domaine capable de recevoir du courrier : il \
             n'existe pas dans le DNS (faute de frappe comme `gmial.com`, domaine expiré) ou n'a \
             ni MX ni enregistrement A. Postfix `reject_unknown_recipient_domain` répond \
             `450 4.1.2 … Recipient address rejected: Domain not found` ; les serveurs d'envoi de \
             Gmail répondent `553 5.1.2` pour un domaine destinataire introuvable.",
        ),
        transient: Bi::new(
            "The domain's DNS did not answer or returned a temporary error (SERVFAIL, timeout), \
             so the server could not tell whether the domain exists. The retry succeeds once the \
             domain's name servers respond again; a freshly registered domain may also need time \
             to appear.",
            "Le DNS du domaine n'a pas répondu ou a renvoyé une erreur temporaire (SERVFAIL, \
             délai dépassé), si bien que le serveur n'a pas pu savoir si le domaine existe. Le \
             nouvel essai réussit quand les serveurs de noms du domaine répondent à nouveau ; un \
             domaine tout juste enregistré peut aussi mettre un peu de temps à apparaître.",
        ),
        permanent: Bi::new(
            "DNS says the domain does not exist (NXDOMAIN) or offers nowhere to deliver, so no \
             amount of retrying will find a server for it.",
            "Le DNS indique que le domaine n'existe pas (NXDOMAIN) ou n'offre aucun point de \
             remise : aucun nouvel essai ne trouvera de serveur pour lui.",
        ),
        advice: Bi::new(
            "Look for a typo in the domain first, then check it yourself: `dig MX example.com` \
             and `dig A example.com` (NXDOMAIN means the domain does not exist; no MX and no A \
             means nowhere to deliver). If the domain is right and belongs to a partner, tell \
             them: their registration or their DNS zone has lapsed.",
            "Cherchez d'abord une faute de frappe dans le domaine, puis vérifiez vous-même : \
             `dig MX example.com` et `dig A example.com` (NXDOMAIN veut dire que le domaine \
             n'existe pas ; ni MX ni A, qu'il n'y a nulle part où remettre). Si le domaine est \
             juste et appartient à un partenaire, prévenez-le : son nom de domaine ou sa zone \
             DNS n'est plus en service.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 3,
        title_fr: "Syntaxe de l'adresse du destinataire invalide",
        side: Side::Sender,
        meaning: Bi::new(
            "The recipient address is not a well-formed address: spaces, a missing or doubled @, \
             a trailing dot, forbidden characters, unbalanced angle brackets. Postfix answers \
             `501 5.1.3 Bad recipient address syntax`; Gmail says the recipient address is not a \
             valid RFC 5321 address (`553 5.1.3`).",
            "L'adresse du destinataire n'est pas bien formée : espaces, @ absent ou doublé, point \
             final, caractères interdits, chevrons mal appariés. Postfix répond `501 5.1.3 Bad \
             recipient address syntax` ; Gmail indique que l'adresse n'est pas une adresse \
             RFC 5321 valide (`553 5.1.3`).",
        ),
        transient: Bi::new(
            "Syntax does not improve with time, so a `4.1.3` is unusual: it usually means the \
             receiving parser or a filter failed for a moment. The retry sends the same address \
             and will most likely get the same answer.",
            "Une syntaxe ne s'arrange pas avec le temps, un `4.1.3` est donc inhabituel : il \
             signale en général une défaillance passagère de l'analyseur ou d'un filtre côté \
             réception. Le nouvel essai envoie la même adresse et recevra très probablement la \
             même réponse.",
        ),
        permanent: Bi::new(
            "The address cannot be parsed, so it cannot be routed; every attempt will be refused \
             the same way.",
            "L'adresse ne peut pas être analysée, donc pas acheminée ; chaque tentative sera \
             refusée de la même façon.",
        ),
        advice: Bi::new(
            "Look at the address exactly as it went out (`to=<…>` in the log, not the display \
             name): copy-paste leftovers such as spaces, `mailto:`, quotes, a comma or semicolon \
             between two addresses, or a trailing dot are the usual culprits. For mail built by \
             an application or script, fix the code so the envelope carries only the bare \
             `user@domain`.",
            "Regardez l'adresse exactement telle qu'elle est partie (`to=<…>` dans le journal, \
             pas le nom affiché) : les restes de copier-coller comme des espaces, `mailto:`, des \
             guillemets, une virgule ou un point-virgule entre deux adresses, ou un point final \
             sont les suspects habituels. Pour un message produit par une application ou un \
             script, corrigez le code pour que l'enveloppe ne porte que `utilisateur@domaine`, \
             sans rien autour.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 4,
        title_fr: "Adresse du destinataire ambiguë",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "The address matches more than one mailbox on the receiving system, which cannot \
             choose between them. RFC 3463 had fuzzy name matching in mind; today it mostly \
             points at a directory error, such as two Exchange or Microsoft 365 objects carrying \
             the same proxy address.",
            "L'adresse correspond à plusieurs boîtes sur le système de réception, qui ne peut pas \
             choisir entre elles. La RFC 3463 pensait à la correspondance approximative de noms ; \
             aujourd'hui, cela trahit surtout une erreur d'annuaire, par exemple deux objets \
             Exchange ou Microsoft 365 qui portent la même adresse proxy.",
        ),
        transient: Bi::new(
            "The directory may be in the middle of a change (a migration, a sync between \
             on-premises and cloud), and the duplicate may disappear at the next \
             synchronisation; only then will a retry succeed.",
            "L'annuaire est peut-être en pleine modification (migration, synchronisation entre \
             serveurs locaux et cloud) et le doublon peut disparaître à la prochaine \
             synchronisation ; c'est seulement alors qu'un nouvel essai passera.",
        ),
        permanent: Bi::new(
            "The receiving system will keep finding several matches until someone cleans up its \
             directory; resending does not help.",
            "Le système de réception trouvera plusieurs correspondances tant que personne n'aura \
             nettoyé son annuaire ; renvoyer le message n'y change rien.",
        ),
        advice: Bi::new(
            "Sender: tell the recipient by another channel, since the fix is on their side. \
             Receiving admin: list every object carrying the address (Exchange: `Get-Recipient \
             -ResultSize Unlimited | Where-Object {$_.EmailAddresses -match \
             'user@example.com'}`) and remove the duplicate.",
            "Expéditeur : prévenez le destinataire par un autre moyen, la correction est de son \
             côté. Administrateur du serveur de réception : listez tous les objets qui portent \
             l'adresse (Exchange : `Get-Recipient -ResultSize Unlimited | Where-Object \
             {$_.EmailAddresses -match 'user@example.com'}`) et supprimez le doublon.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 5,
        title_fr: "Adresse du destinataire valide",
        side: Side::Nobody,
        meaning: Bi::new(
            "Success: the recipient address was accepted as valid. It is the normal answer to \
             RCPT TO (Postfix `250 2.1.5 Ok`, Sendmail `250 2.1.5 <user@example.com>... \
             Recipient ok`) and appears in delivery reports that confirm a delivery.",
            "Succès : l'adresse du destinataire a été acceptée comme valide. C'est la réponse \
             normale à RCPT TO (Postfix `250 2.1.5 Ok`, Sendmail `250 2.1.5 \
             <user@example.com>... Recipient ok`) et on la trouve dans les rapports de remise \
             qui confirment une livraison.",
        ),
        transient: Bi::new(
            "Not a failure code: RFC 3463 defines it for positive reports only. A `4.1.5` is a \
             server's own misuse; the address was fine, and the basic code and text tell what is \
             being delayed.",
            "Ce n'est pas un code d'échec : la RFC 3463 le réserve aux rapports positifs. Un \
             `4.1.5` est un usage fantaisiste du serveur ; l'adresse était bonne, et le code de \
             base et le texte disent ce qui est retardé.",
        ),
        permanent: Bi::new(
            "Not a failure code either: a `5.1.5` would say the address is valid and yet \
             something refused the message. Trust the basic code and the text, not the detail.",
            "Pas davantage un code d'échec : un `5.1.5` dirait que l'adresse est valide et que \
             pourtant quelque chose a refusé le message. Fiez-vous au code de base et au texte, \
             pas au détail.",
        ),
        advice: Bi::new(
            "Nothing to do. If you are tracing a missing message, this line proves the recipient \
             was accepted; follow the queue ID further (the `250 2.0.0` after DATA, then the \
             delivery on the receiving side) to see where it went.",
            "Rien à faire. Si vous cherchez un message disparu, cette ligne prouve que le \
             destinataire a été accepté ; suivez l'identifiant de file plus loin (le `250 2.0.0` \
             après DATA, puis la remise côté réception) pour voir où il est allé.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 6,
        title_fr: "Boîte aux lettres déplacée, sans adresse de réexpédition",
        side: Side::Sender,
        meaning: Bi::new(
            "The address used to be valid, but mail is no longer accepted there and no \
             forwarding is set up: the person left, the organisation changed domain after a \
             merger, or the account was closed. When the admin left a pointer, the new address \
             is in the text: Postfix `relocated_maps` give `550 5.1.6 … User has moved to \
             <new address>`.",
            "L'adresse a été valide, mais elle ne reçoit plus de courrier et aucun renvoi n'est \
             en place : la personne est partie, l'organisation a changé de domaine après une \
             fusion, ou le compte a été fermé. Quand l'administrateur a laissé une indication, la \
             nouvelle adresse figure dans le texte : les `relocated_maps` de Postfix donnent \
             `550 5.1.6 … User has moved to <nouvelle adresse>`.",
        ),
        transient: Bi::new(
            "A move is a deliberate decision, so a `4.1.6` is rare; it may appear while an admin \
             is in the middle of a migration. Retries get the same answer until a forwarding or \
             a new mailbox is in place.",
            "Un déménagement est une décision délibérée, un `4.1.6` est donc rare ; il peut \
             apparaître pendant une migration en cours. Les nouveaux essais obtiennent la même \
             réponse tant qu'aucun renvoi ni nouvelle boîte n'est en place.",
        ),
        permanent: Bi::new(
            "The receiving side has retired the address on purpose and will not take mail for it \
             again.",
            "Le serveur de réception a retiré l'adresse volontairement et n'acceptera plus de \
             courrier pour elle.",
        ),
        advice: Bi::new(
            "Look for a new address in the reply text, then update your address book, CRM or \
             mailing list; otherwise ask the person or their organisation by another channel. \
             Receiving admin: if people still need to reach that role, point the address to a \
             successor or a shared mailbox rather than letting it bounce.",
            "Cherchez une nouvelle adresse dans le texte de la réponse, puis mettez à jour votre \
             carnet d'adresses, votre CRM ou votre liste de diffusion ; sinon, renseignez-vous \
             auprès de la personne ou de son organisation par un autre moyen. Administrateur du \
             serveur de réception : si cette fonction doit rester joignable, faites pointer \
             l'adresse vers un successeur ou une boîte partagée au lieu de la laisser rebondir.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 7,
        title_fr: "Syntaxe de l'adresse de l'expéditeur invalide",
        side: Side::Sender,
        meaning: Bi::new(
            "The envelope sender (MAIL FROM) is not a well-formed address: a bare name such as \
             `www-data` or `root` with no domain, stray spaces or brackets. Postfix answers \
             `501 5.1.7 Bad sender address syntax`, Gmail `553 5.1.7`; the culprit is typically \
             a script, a web application or a device (printer, NAS) with a badly set sender.",
            "L'expéditeur de l'enveloppe (MAIL FROM) n'est pas une adresse bien formée : nom nu \
             comme `www-data` ou `root` sans domaine, espaces ou chevrons en trop. Postfix \
             répond `501 5.1.7 Bad sender address syntax`, Gmail `553 5.1.7` ; le coupable est \
             souvent un script, une application web ou un appareil (imprimante, NAS) dont \
             l'expéditeur est mal réglé.",
        ),
        transient: Bi::new(
            "The syntax will not fix itself, so a `4.1.7` mostly signals a check that failed for \
             the moment on the receiving side, or a sender verification probe not finished yet; \
             the retry may pass.",
            "La syntaxe ne se corrigera pas toute seule : un `4.1.7` signale surtout un contrôle \
             momentanément en échec côté réception, ou une vérification de l'expéditeur pas \
             encore terminée ; le nouvel essai peut passer.",
        ),
        permanent: Bi::new(
            "The receiving server cannot parse the return address, so it could never send a \
             bounce back; it refuses the message outright.",
            "Le serveur de réception ne sait pas analyser l'adresse de retour et ne pourrait donc \
             jamais renvoyer d'avis de non-remise ; il refuse le message d'emblée.",
        ),
        advice: Bi::new(
            "Look at the envelope sender in the log (`from=<…>`), not the `From:` header. For local \
             programs, let Postfix qualify bare names (`myorigin`, `append_at_myorigin`) or give \
             the program a real sender (`sendmail -f noreply@example.com`); for devices, fix the \
             sender field in their SMTP settings.",
            "Regardez l'expéditeur de l'enveloppe dans le journal (`from=<…>`), pas l'en-tête \
             `From:`. Pour les programmes locaux, laissez Postfix compléter les noms nus \
             (`myorigin`, `append_at_myorigin`) ou donnez au programme un vrai expéditeur \
             (`sendmail -f noreply@example.com`) ; pour les appareils, corrigez le champ \
             expéditeur dans leurs réglages SMTP.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 8,
        title_fr: "Domaine de l'expéditeur invalide",
        side: Side::Configuration,
        meaning: Bi::new(
            "The domain of the envelope sender cannot receive mail, so a bounce could never come \
             back: it does not exist in DNS, has neither MX nor A record, or is an internal name \
             such as `server.local`. Postfix `reject_unknown_sender_domain` answers `450 4.1.8 … \
             Sender address rejected: Domain not found`; Sendmail says `553 5.1.8 … Domain of \
             sender address … does not exist`.",
            "Le domaine de l'expéditeur de l'enveloppe ne peut pas recevoir de courrier, un \
             rebond ne pourrait donc jamais revenir : il n'existe pas dans le DNS, n'a ni MX ni \
             enregistrement A, ou c'est un nom interne comme `server.local`. Postfix \
             `reject_unknown_sender_domain` répond `450 4.1.8 … Sender address rejected: Domain \
             not found` ; Sendmail écrit `553 5.1.8 … Domain of sender address … does not \
             exist`.",
        ),
        transient: Bi::new(
            "Either the sender domain's DNS failed for the moment (SERVFAIL, timeout), or the \
             server simply rejects with a 4xx: Postfix's `unknown_address_reject_code` defaults \
             to 450, so even a domain that truly does not exist gets `4.1.8` and the message sits \
             in the queue until it expires.",
            "Soit le DNS du domaine expéditeur a failli un moment (SERVFAIL, délai dépassé), soit \
             le serveur refuse simplement en 4xx : `unknown_address_reject_code` vaut 450 par \
             défaut chez Postfix, si bien qu'un domaine réellement inexistant reçoit lui aussi \
             `4.1.8` et le message reste en file jusqu'à expiration.",
        ),
        permanent: Bi::new(
            "DNS confirms that the sender domain does not exist or cannot receive mail, and the \
             receiving server refuses mail it could never answer.",
            "Le DNS confirme que le domaine de l'expéditeur n'existe pas ou ne peut pas recevoir \
             de courrier, et le serveur de réception refuse un message auquel il ne pourrait \
             jamais répondre.",
        ),
        advice: Bi::new(
            "Check the sender domain: `dig MX example.com` or `dig A example.com` must return \
             something. Common causes are an application sending as `localhost.localdomain` or \
             an internal name, and a domain that has expired; fix the sender (`myorigin`, \
             `smtp_generic_maps` for outgoing mail) or publish the missing DNS records.",
            "Vérifiez le domaine de l'expéditeur : `dig MX example.com` ou `dig A example.com` \
             doit renvoyer quelque chose. Causes fréquentes : une application qui envoie en tant \
             que `localhost.localdomain` ou sous un nom interne, ou un domaine expiré ; corrigez \
             l'expéditeur (`myorigin`, `smtp_generic_maps` pour le courrier sortant) ou publiez \
             les enregistrements DNS manquants.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 9,
        title_fr: "Message relayé vers un serveur non conforme",
        side: Side::Nobody,
        meaning: Bi::new(
            "Informational: the address was valid and the message was handed on, but to a system \
             that does not support delivery status notifications or message tracking, so no \
             further report will come back from beyond that point.",
            "Pour information : l'adresse était valide et le message a été transmis, mais à un \
             système qui ne gère ni les notifications d'état de remise ni le suivi des messages ; \
             aucun rapport ne reviendra donc au-delà de ce point.",
        ),
        transient: Bi::new(
            "Meant for reports, not failures: a `4.1.9` would at most say that the message's \
             later progress is unknown for now. Retrying does not change what the next system \
             supports.",
            "Prévu pour les rapports, pas pour les échecs : un `4.1.9` dirait tout au plus que la \
             suite du parcours du message est inconnue pour l'instant. Réessayer ne change rien \
             à ce que le système suivant sait faire.",
        ),
        permanent: Bi::new(
            "Meant for reports, not failures: a `5.1.9` would mean tracking ends here for good, \
             since the next system will never send status back; the message itself was still \
             passed on.",
            "Prévu pour les rapports, pas pour les échecs : un `5.1.9` voudrait dire que le suivi \
             s'arrête ici pour de bon, le système suivant ne renvoyant jamais d'état ; le message \
             lui-même a bien été transmis.",
        ),
        advice: Bi::new(
            "Nothing to fix. If you need proof of delivery beyond this hop, do not count on DSN: \
             ask the recipient to confirm, or use a read receipt or a tracked link.",
            "Rien à corriger. Si vous avez besoin d'une preuve de remise au-delà de ce relais, ne \
             comptez pas sur les DSN : demandez une confirmation au destinataire, ou utilisez un \
             accusé de lecture ou un lien suivi.",
        ),
    },
    DetailText {
        subject: 1,
        detail: 10,
        title_fr: "Domaine du destinataire avec MX nul",
        side: Side::Sender,
        meaning: Bi::new(
            "The recipient's domain publishes a null MX (`MX 0 .`, RFC 7505): its owner states \
             that it never accepts mail, typically a website-only or parked domain. A sending \
             server that sees it connects nowhere and bounces with `556 5.1.10` (RFC 7504); \
             Postfix's `reject_unknown_recipient_domain` says `… does not accept mail (nullMX)`. \
             Caution: Microsoft 365 also sends `550 5.1.10 RESOLVER.ADR.RecipientNotFound` for a \
             plain nonexistent mailbox, which reads as `5.1.1`.",
            "Le domaine du destinataire publie un MX nul (`MX 0 .`, RFC 7505) : son propriétaire \
             déclare qu'il n'accepte jamais de courrier, typiquement un domaine réservé à un site \
             web ou parqué. Un serveur expéditeur qui le voit ne se connecte nulle part et \
             rejette avec `556 5.1.10` (RFC 7504) ; `reject_unknown_recipient_domain` de Postfix \
             répond `… does not accept mail (nullMX)`. Attention : Microsoft 365 envoie aussi \
             `550 5.1.10 RESOLVER.ADR.RecipientNotFound` pour une simple boîte inexistante, à \
             lire comme un `5.1.1`.",
        ),
        transient: Bi::new(
            "A null MX is a deliberate, published statement, so a `4.1.10` is odd: the record may \
             have just been added or be about to go. Retries meet the same DNS answer until the \
             domain owner changes it.",
            "Un MX nul est une déclaration publique et délibérée, un `4.1.10` est donc étrange : \
             l'enregistrement vient peut-être d'être ajouté ou va être retiré. Les nouveaux \
             essais obtiennent la même réponse DNS tant que le propriétaire du domaine ne la \
             change pas.",
        ),
        permanent: Bi::new(
            "The domain owner has declared in DNS that the domain takes no mail, and RFC 7505 \
             tells senders not to retry.",
            "Le propriétaire du domaine a déclaré dans le DNS que le domaine ne reçoit pas de \
             courrier, et la RFC 7505 demande aux expéditeurs de ne pas réessayer.",
        ),
        advice: Bi::new(
            "Check with `dig MX example.com`: an answer of `0 .` confirms the null MX, and the \
             address is probably wrong (a web domain instead of the mail domain, an old brand); \
             find the right one by another channel. With Microsoft's `RecipientNotFound` wording, \
             treat it as an unknown mailbox and check the part before the @ instead.",
            "Vérifiez avec `dig MX example.com` : une réponse `0 .` confirme le MX nul, et \
             l'adresse est sans doute fausse (domaine du site web au lieu du domaine de \
             messagerie, ancienne marque) ; trouvez la bonne par un autre moyen. Avec le libellé \
             `RecipientNotFound` de Microsoft, traitez-le comme une boîte inconnue et vérifiez \
             plutôt la partie avant le @.",
        ),
    },
];

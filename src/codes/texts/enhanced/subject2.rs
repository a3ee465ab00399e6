//! Texts for the detail codes X.2.D, sorted by detail.

use crate::codes::texts::DetailText;
use crate::codes::{Bi, Side};

pub static TEXTS: &[DetailText] = &[
    DetailText {
        subject: 2,
        detail: 0,
        title_fr: "Autre statut de boîte aux lettres",
        side: Side::Recipient,
        meaning: Bi::new(
            "The address exists, but something about its mailbox stopped delivery and no more \
             specific code fits: a locked or damaged mailbox, a mail store that failed to write, \
             a rule on the account. Exchange and Microsoft 365 report mailbox-store errors this \
             way (`554 5.2.0 STOREDRV.Deliver.Exception:…`).",
            "L'adresse existe, mais quelque chose dans sa boîte aux lettres a bloqué la remise et \
             aucun code plus précis ne convient : boîte verrouillée ou endommagée, stockage qui \
             n'a pas pu écrire, règle posée sur le compte. Exchange et Microsoft 365 signalent \
             ainsi les erreurs de leur banque de boîtes aux lettres (`554 5.2.0 \
             STOREDRV.Deliver.Exception:…`).",
        ),
        transient: Bi::new(
            "The mailbox was busy, locked or briefly out of reach (maintenance, a mailbox move, a \
             migration); the retry normally gets through once the receiving side has finished.",
            "La boîte était occupée, verrouillée ou momentanément inaccessible (maintenance, \
             déplacement de boîte, migration) ; le nouvel essai passe normalement quand le côté \
             réception a terminé.",
        ),
        permanent: Bi::new(
            "The receiving side gave up on this mailbox for this message; the text after the \
             code (for Exchange, the exception name) says what is broken.",
            "Le serveur de réception a renoncé à remettre ce message dans cette boîte ; le texte \
             qui suit le code (chez Exchange, le nom de l'exception) dit ce qui ne va pas.",
        ),
        advice: Bi::new(
            "Sender: for a `4.2.0` let the queue retry; for a `5.2.0`, resend later and tell the \
             recipient if it happens again, since only their admin can repair the mailbox. \
             Receiving admin: check the mailbox server's logs at that time; on Exchange, the \
             exception name after `STOREDRV` points at the cause.",
            "Expéditeur : pour un `4.2.0`, laissez la file d'attente réessayer ; pour un \
             `5.2.0`, renvoyez plus tard et prévenez le destinataire si cela se reproduit, car \
             seul son administrateur peut réparer la boîte. Administrateur du serveur de \
             réception : consultez les journaux du serveur de boîtes à cette heure-là ; sous \
             Exchange, le nom de l'exception après `STOREDRV` indique la cause.",
        ),
    },
    DetailText {
        subject: 2,
        detail: 1,
        title_fr: "Boîte aux lettres désactivée, messages refusés",
        side: Side::Recipient,
        meaning: Bi::new(
            "The mailbox exists but does not accept mail: the account is suspended or disabled \
             (unpaid subscription, abuse lock, an employee who left, long inactivity). Gmail \
             answers `550 5.2.1 The email account that you tried to reach is disabled`; its \
             `450 4.2.1` instead means that the recipient is receiving mail faster than Gmail \
             lets in for now.",
            "La boîte existe mais n'accepte pas de courrier : le compte est suspendu ou désactivé \
             (abonnement impayé, blocage pour abus, salarié parti, longue inactivité). Gmail \
             répond `550 5.2.1 The email account that you tried to reach is disabled` ; son \
             `450 4.2.1` signifie en revanche que le destinataire reçoit du courrier plus vite \
             que Gmail ne l'accepte pour le moment.",
        ),
        transient: Bi::new(
            "The mailbox is blocked for now: a temporary lock, or (Gmail `450 4.2.1`) too much \
             mail arriving for that user in a short time. The retry gets through once the lock \
             lifts or the flow slows down.",
            "La boîte est bloquée pour l'instant : verrouillage temporaire, ou (Gmail \
             `450 4.2.1`) trop de messages arrivés pour cet utilisateur en peu de temps. Le \
             nouvel essai passe quand le blocage est levé ou que le flux ralentit.",
        ),
        permanent: Bi::new(
            "The account is disabled on purpose, and the receiving side will not take mail for \
             it until someone re-enables it, which may be never.",
            "Le compte est désactivé volontairement, et le serveur de réception n'acceptera pas \
             de courrier pour lui tant que personne ne l'aura réactivé, ce qui peut ne jamais \
             arriver.",
        ),
        advice: Bi::new(
            "Reach the recipient another way; if the address keeps answering this for weeks, \
             treat it as dead and remove it from your lists. For Gmail's rate limit there is \
             nothing to fix on a single message: let the queue retry, and spread out bulk sends \
             to the same person.",
            "Contactez le destinataire par un autre moyen ; si l'adresse répond ainsi pendant des \
             semaines, considérez-la comme morte et retirez-la de vos listes. Pour la limite de \
             débit de Gmail, rien à corriger sur un message isolé : laissez la file réessayer, et \
             étalez les envois en nombre vers la même personne.",
        ),
    },
    DetailText {
        subject: 2,
        detail: 2,
        title_fr: "Boîte aux lettres pleine",
        side: Side::Recipient,
        meaning: Bi::new(
            "The recipient's mailbox has reached its storage quota; nothing more fits until mail \
             is deleted or the quota raised. Servers send it both ways: Gmail `452 4.2.2 The \
             email account that you tried to reach is over quota` or `552 5.2.2`, Dovecot \
             `552 5.2.2 … Quota exceeded`, Exchange `554 5.2.2 mailbox full`. Beware Microsoft's \
             `5.2.2 … SubmissionQuotaExceeded`: there the sender's own account hit its daily \
             sending limit.",
            "La boîte du destinataire a atteint son quota de stockage : plus rien n'y entre tant \
             que des messages n'ont pas été supprimés ou le quota relevé. Les serveurs l'envoient \
             sous les deux formes : Gmail `452 4.2.2 The email account that you tried to reach is \
             over quota` ou `552 5.2.2`, Dovecot `552 5.2.2 … Quota exceeded`, Exchange \
             `554 5.2.2 mailbox full`. Attention au `5.2.2 … SubmissionQuotaExceeded` de \
             Microsoft : c'est alors le compte de l'expéditeur qui a atteint sa limite d'envoi \
             quotidienne.",
        ),
        transient: Bi::new(
            "The receiving side expects the owner to make room, so it defers: the sending server \
             keeps retrying for days (Postfix: `maximal_queue_lifetime`) and delivers as soon as \
             space is freed. Dovecot answers this way when `quota_full_tempfail = yes`.",
            "Le serveur de réception compte sur le titulaire pour faire de la place et diffère : \
             le serveur expéditeur réessaie pendant des jours (Postfix : \
             `maximal_queue_lifetime`) et remet dès que de l'espace est libéré. Dovecot répond \
             ainsi quand `quota_full_tempfail = yes`.",
        ),
        permanent: Bi::new(
            "The receiving side chose not to keep the sender waiting and bounced at once; the \
             mailbox is still there, so resending once the owner has freed space works. Postfix's \
             own local delivery also bounces with `5.2.2` (`File too large`) when an mbox file \
             exceeds `mailbox_size_limit`.",
            "Le serveur de réception a préféré ne pas faire attendre l'expéditeur et a rejeté \
             tout de suite ; la boîte existe toujours, donc renvoyer le message une fois l'espace \
             libéré fonctionne. La remise locale de Postfix rejette elle aussi en `5.2.2` \
             (`File too large`) quand un fichier mbox dépasse `mailbox_size_limit`.",
        ),
        advice: Bi::new(
            "Sender: tell the recipient by phone or another address, then resend later, without \
             big attachments (send a link instead). Receiving admin: check usage (`doveadm quota \
             get -u user`), raise the quota or clean up; with Postfix local delivery keep \
             `mailbox_size_limit` (or `virtual_mailbox_limit`) well above `message_size_limit`. \
             A mailbox that stays full for weeks is usually abandoned.",
            "Expéditeur : prévenez le destinataire par téléphone ou à une autre adresse, puis \
             renvoyez plus tard, sans grosses pièces jointes (envoyez plutôt un lien). \
             Administrateur du serveur de réception : regardez l'occupation (`doveadm quota get \
             -u user`), relevez le quota ou faites le ménage ; avec la remise locale de Postfix, \
             gardez `mailbox_size_limit` (ou `virtual_mailbox_limit`) bien au-dessus de \
             `message_size_limit`. Une boîte qui reste pleine pendant des semaines est en général \
             abandonnée.",
        ),
    },
    DetailText {
        subject: 2,
        detail: 3,
        title_fr: "Taille du message supérieure à la limite administrative",
        side: Side::Sender,
        meaning: Bi::new(
            "The message is bigger than the limit set for this particular mailbox, which is \
             lower than what the server accepts in general (that case is X.3.4). Exchange and \
             Microsoft 365 use it for per-recipient limits (`RESOLVER.RST.RecipSizeLimit`) and \
             for the sender's own per-mailbox limit (`RESOLVER.RST.SendSizeLimit.Sender`).",
            "Le message dépasse la limite fixée pour cette boîte en particulier, plus basse que \
             ce que le serveur accepte en général (ce cas-là relève de X.3.4). Exchange et \
             Microsoft 365 l'emploient pour les limites par destinataire \
             (`RESOLVER.RST.RecipSizeLimit`) et pour la limite propre à la boîte de \
             l'expéditeur (`RESOLVER.RST.SendSizeLimit.Sender`).",
        ),
        transient: Bi::new(
            "Size limits do not move on their own, so a `4.2.3` only clears if an admin raises \
             the limit before the queue gives up; otherwise every retry is refused the same way.",
            "Une limite de taille ne bouge pas toute seule : un `4.2.3` ne se résout que si un \
             administrateur relève la limite avant que la file d'attente abandonne ; sinon, \
             chaque nouvel essai est refusé de la même façon.",
        ),
        permanent: Bi::new(
            "At this size the message will never fit this mailbox's limit; it has to be sent \
             smaller.",
            "À cette taille, le message n'entrera jamais dans la limite de cette boîte ; il faut \
             l'envoyer plus léger.",
        ),
        advice: Bi::new(
            "Resend with smaller attachments: compress them, or share them through a file link. \
             Attachments grow by about a third once encoded in base64, so a 20 MB file needs a \
             limit of about 27 MB. Receiving admin: raise the per-mailbox limit if it is too \
             strict (Exchange: `Set-Mailbox -MaxReceiveSize`, `-MaxSendSize`).",
            "Renvoyez avec des pièces jointes plus légères : compressez-les, ou partagez-les par \
             un lien de téléchargement. Une pièce jointe grossit d'environ un tiers une fois \
             encodée en base64 : un fichier de 20 Mo demande une limite d'environ 27 Mo. \
             Administrateur du serveur de réception : relevez la limite de la boîte si elle est \
             trop stricte (Exchange : `Set-Mailbox -MaxReceiveSize`, `-MaxSendSize`).",
        ),
    },
    DetailText {
        subject: 2,
        detail: 4,
        title_fr: "Problème d'expansion de liste de diffusion",
        side: Side::ReceivingServer,
        meaning: Bi::new(
            "The address is a mailing list or a multi-recipient alias, and the receiving side \
             could not expand it into its members: the list manager (Mailman, Sympa) failed, an \
             `:include:` member file is missing or unreadable, or the list database is \
             unreachable. Being refused as a poster is a different code, X.7.2.",
            "L'adresse est une liste de diffusion ou un alias à plusieurs destinataires, et le \
             serveur de réception n'a pas pu la développer en liste de membres : le gestionnaire \
             de listes (Mailman, Sympa) a échoué, un fichier de membres `:include:` manque ou est \
             illisible, ou la base de la liste est injoignable. Le refus d'un expéditeur non \
             autorisé à écrire à la liste est un autre code, X.7.2.",
        ),
        transient: Bi::new(
            "The list software or its database was briefly unavailable; the retry normally gets \
             through once it is back.",
            "Le logiciel de listes ou sa base était momentanément indisponible ; le nouvel essai \
             passe normalement quand il est rétabli.",
        ),
        permanent: Bi::new(
            "The list is broken or misconfigured and will not expand until its owner or the \
             admin repairs it.",
            "La liste est cassée ou mal configurée et ne se développera pas tant que son \
             propriétaire ou l'administrateur ne l'aura pas réparée.",
        ),
        advice: Bi::new(
            "Sender: write to the list owner (usually `LIST-owner@` or `owner-LIST@` on the same \
             domain) with the bounce attached. Receiving admin: check the list manager's logs \
             and the aliases: run `newaliases` after editing `/etc/aliases`, and make sure any \
             `:include:` file exists and is readable by the delivery agent.",
            "Expéditeur : écrivez au propriétaire de la liste (en général `LISTE-owner@` ou \
             `owner-LISTE@` sur le même domaine) en joignant le rebond. Administrateur du serveur \
             de réception : consultez les journaux du gestionnaire de listes et les alias : \
             lancez `newaliases` après toute modification de `/etc/aliases`, et vérifiez que \
             chaque fichier `:include:` existe et est lisible par l'agent de remise.",
        ),
    },
];

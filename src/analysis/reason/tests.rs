use super::*;
use crate::codes::enhanced;
use expect_test::{Expect, expect};

/// `550 5.1.1 text` (reply and enhanced code optional), classified and
/// rendered as `reason basis [phrase] (code says X, disagrees)`.
fn show(reply_line: &str, command: Option<Command>, outcome: Outcome) -> String {
    let mut rest = reply_line;
    let mut reply = None;
    let mut code = None;
    if let Some(head) = rest.get(..3).and_then(crate::codes::reply::parse)
        && rest[3..].starts_with([' ', '-'])
    {
        reply = Some(head);
        rest = rest[4..].trim_start();
    }
    if let Some((token, tail)) = rest.split_once(' ')
        && let Ok(parsed) = enhanced::parse(token)
    {
        code = Some(parsed);
        rest = tail;
    }
    let evidence = Evidence {
        reply,
        enhanced: code,
        text: rest,
        command,
        outcome,
        in_bounce: false,
    };
    let verdict = classify(&evidence);
    let mut out = format!("{} {:?}", verdict.reason.name(), verdict.basis);
    if let Some(phrase) = verdict.phrase_text(evidence.text) {
        out.push_str(&format!(" [{phrase}]"));
    }
    if let Some(code) = verdict.code_reason
        && code != verdict.reason
    {
        out.push_str(&format!(" (code: {})", code.name()));
    }
    if verdict.disagrees {
        out.push_str(" DISAGREES");
    }
    if verdict.is_hard(&evidence) {
        out.push_str(" hard");
    }
    out
}

fn check(lines: &[(&str, Option<Command>, Outcome)], expected: Expect) {
    let out: Vec<String> = lines
        .iter()
        .map(|(line, command, outcome)| format!("{line}\n  => {}", show(line, *command, *outcome)))
        .collect();
    expected.assert_eq(&out.join("\n"));
}

const U: Outcome = Outcome::Unknown;

#[test]
fn the_text_says_more_than_the_code() {
    check(
        &[
            (
                "550 5.1.1 <a@b.c>: Recipient address rejected: User unknown in local recipient table",
                None,
                U,
            ),
            ("552 5.2.2 Over quota", None, U),
            ("550 5.7.1 Recipient mailbox quota exceeded", None, U),
            (
                "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
                None,
                U,
            ),
            (
                "550 5.7.1 Message content rejected, UBE, id=00000-22-225",
                None,
                U,
            ),
            (
                "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.",
                None,
                U,
            ),
            (
                "550 Requested action not taken: mailbox unavailable",
                None,
                U,
            ),
            ("554 5.7.1 <x>: Relay access denied", None, U),
            (
                "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]",
                None,
                U,
            ),
            ("550 5.0.0 Benutzer unbekannt", None, U),
            ("550 5.0.0 Boîte aux lettres pleine", None, U),
            ("550 5.0.0 宛先不明", None, U),
            ("550 5.0.0 该用户不存在", None, U),
            ("552 5.0.0 收件人信箱已滿，無法投遞", None, U),
        ],
        expect![[r#"
            550 5.1.1 <a@b.c>: Recipient address rejected: User unknown in local recipient table
              => userunknown Text [Recipient address rejected: User unknown] hard
            552 5.2.2 Over quota
              => mailboxfull Text [Over quota]
            550 5.7.1 Recipient mailbox quota exceeded
              => mailboxfull Text [quota exceeded] (code: securityerror)
            554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org
              => blocked Text [blocked using] (code: securityerror)
            550 5.7.1 Message content rejected, UBE, id=00000-22-225
              => spamdetected Text [Message content rejected] (code: securityerror)
            550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.
              => authfailure Text [Unauthenticated email]
            550 Requested action not taken: mailbox unavailable
              => userunknown Text [mailbox unavailable] hard
            554 5.7.1 <x>: Relay access denied
              => norelaying Text [Relay access denied] (code: securityerror)
            450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]
              => requireptr Text [Client host rejected: cannot find your hostname] (code: securityerror)
            550 5.0.0 Benutzer unbekannt
              => userunknown Text [Benutzer unbekannt] hard
            550 5.0.0 Boîte aux lettres pleine
              => mailboxfull Text [Boîte aux lettres pleine]
            550 5.0.0 宛先不明
              => userunknown Text [宛先不明] hard
            550 5.0.0 该用户不存在
              => userunknown Text [用户不存在] hard
            552 5.0.0 收件人信箱已滿，無法投遞
              => mailboxfull Text [信箱已滿]"#]],
    );
}

#[test]
fn text_and_code_that_disagree_are_said_to() {
    check(
        &[
            ("550 5.1.1 Mailbox full", None, U),
            ("550 5.2.2 No such user", None, U),
            ("550 5.1.1 IP address blacklisted by recipient", None, U),
        ],
        expect![[r#"
            550 5.1.1 Mailbox full
              => mailboxfull Text [Mailbox full] (code: userunknown) DISAGREES
            550 5.2.2 No such user
              => userunknown Text [No such user] (code: mailboxfull) DISAGREES hard
            550 5.1.1 IP address blacklisted by recipient
              => blocked Text [IP address blacklisted] (code: userunknown) DISAGREES"#]],
    );
}

#[test]
fn codes_alone_and_nothing_at_all() {
    check(
        &[
            ("550 5.1.1 ok", None, U),
            ("452 4.2.2 ok", None, U),
            ("550 5.7.1 nope", None, U),
            ("552 nope", None, U),
            ("451 nope", None, U),
            ("554 nope", None, U),
            ("450 nope", None, U),
            ("250 2.0.0 Ok: queued as 4B3C2D1E0F", None, U),
        ],
        expect![[r#"
            550 5.1.1 ok
              => userunknown Code hard
            452 4.2.2 ok
              => mailboxfull Code
            550 5.7.1 nope
              => securityerror Code
            552 nope
              => mailboxfull Reply
            451 nope
              => systemerror Reply
            554 nope
              => undefined Nothing
            450 nope
              => onhold Reply
            250 2.0.0 Ok: queued as 4B3C2D1E0F
              => delivered Code"#]],
    );
}

#[test]
fn the_command_and_the_outcome_refine_the_reason() {
    check(
        &[
            ("550 Unknown user a@b.c", Some(Command::Data), U),
            ("550 5.1.1 Unknown user a@b.c", Some(Command::Data), U),
            (
                "550 5.1.7 No such domain example.com",
                Some(Command::Mail),
                U,
            ),
            ("550 Access denied", Some(Command::Connect), U),
            (
                "connect to mx.example.com[192.0.2.1]:25: Connection timed out",
                None,
                Outcome::Delayed,
            ),
            (
                "connect to mx.example.com[192.0.2.1]:25: Connection timed out",
                None,
                Outcome::Final,
            ),
            ("421 4.4.1 no answer", None, Outcome::Final),
        ],
        expect![[r#"
            550 Unknown user a@b.c
              => filtered Text [Unknown user]
            550 5.1.1 Unknown user a@b.c
              => userunknown Text [Unknown user] hard
            550 5.1.7 No such domain example.com
              => rejected Text [No such domain]
            550 Access denied
              => blocked Text
            connect to mx.example.com[192.0.2.1]:25: Connection timed out
              => networkerror Text [Connection timed out]
            connect to mx.example.com[192.0.2.1]:25: Connection timed out
              => expired Text [Connection timed out]
            421 4.4.1 no answer
              => expired Code (code: networkerror)"#]],
    );
}

#[test]
fn words_are_matched_whole_and_across_line_breaks() {
    // "spam" must not match inside "spamhaus"; "ube" not inside "tube".
    let found: Vec<&str> = phrases::find("listed at zen.spamhaus.org, see youtube")
        .iter()
        .map(|found| found.phrase().text)
        .collect();
    assert_eq!(found, ["listed at", "spamhaus"]);
    let text = "mailbox\r\n   is    full";
    let best = phrases::best(text).unwrap();
    assert_eq!(&text[best.range.clone()], "mailbox\r\n   is    full");
    assert_eq!(best.signal, phrases::Signal::Reason(Reason::MailboxFull));
}

#[test]
fn every_reason_has_its_data() {
    assert_eq!(generated::REASONS.len(), Reason::ALL.len());
    for reason in Reason::ALL {
        assert_eq!(Reason::from_name(reason.name()), Some(reason));
        assert_eq!(format!("{reason:?}").to_ascii_lowercase(), reason.name());
    }
    assert_eq!(
        derived_status(Reason::MailboxFull, None, Outcome::Delayed).map(|c| c.to_string()),
        Some("4.2.2".to_string())
    );
    assert_eq!(
        derived_status(Reason::UserUnknown, Some(ReplyCode(550)), Outcome::Unknown)
            .map(|c| c.to_string()),
        Some("5.1.1".to_string())
    );
}

#[test]
fn postfix_reject_texts_name_their_rule() {
    let rule = |text: &str| {
        postfix::rule_for(text).map(|rule| {
            format!(
                "{} {} {}",
                rule.restriction,
                rule.parameter.unwrap_or("-"),
                rule.default
            )
        })
    };
    assert_eq!(
        rule("554 5.7.1 <x@y.z>: Relay access denied").as_deref(),
        Some("reject_unauth_destination relay_domains_reject_code 554")
    );
    assert_eq!(
        rule("450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]")
            .as_deref(),
        Some("reject_unknown_reverse_client_hostname unknown_client_reject_code 450")
    );
    assert_eq!(
        rule(
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"
        )
        .as_deref(),
        Some("reject_rbl_client maps_rbl_reject_code 554")
    );
    assert_eq!(
        rule("550 5.1.1 <a@b>: Recipient address rejected: User unknown in  local recipient table")
            .as_deref(),
        Some("local_recipient_maps unknown_local_recipient_reject_code 550")
    );
    assert_eq!(
        rule("554 5.7.1 <c@d>: Recipient address rejected: Access denied").as_deref(),
        Some("check_recipient_access access_map_reject_code 554")
    );
    assert_eq!(rule("250 2.0.0 Ok: queued as 4B3C2D1E0F"), None);
}

#[test]
fn blocklists_and_refused_queries() {
    let list = |text: &str| dnsbl::list_in(text).map(|list| list.name);
    assert_eq!(
        list("blocked using zen.spamhaus.org; https://x"),
        Some("Spamhaus ZEN")
    );
    assert_eq!(
        list("see http://www.spamhaus.org/query/bl?ip=192.0.2.1"),
        Some("Spamhaus")
    );
    assert_eq!(
        list("blocked using b.barracudacentral.org"),
        Some("Barracuda Reputation Block List")
    );
    assert_eq!(
        list("listed at dnsbl-2.uceprotect.net"),
        Some("UCEPROTECT level 2")
    );
    assert_eq!(list("blocked using zen.spamhausx.org"), None);
    assert!(dnsbl::not_a_listing("blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/172.64.0.1").is_some());
    assert!(
        dnsbl::not_a_listing(
            "blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1"
        )
        .is_none()
    );
}

/// The hover section of the code under `$0`, and the line's reason hints.
fn line_view(kind: FileKind, marked: &str, lang: Lang) -> String {
    let cursor = crate::analysis::test_support::Cursor::new(marked);
    let found = crate::analysis::replies::scan_line(kind, &cursor.text)
        .into_iter()
        .find(|found| found.contains(cursor.column))
        .expect("a code under the cursor");
    let mut explanation = crate::codes::explain::Explanation::default();
    line::enrich(kind, &cursor.text, &found, lang, &mut explanation);
    let mut out = String::new();
    if let Some(reason) = &explanation.reason {
        out.push_str(&format!("reason: {reason}\n"));
    }
    for warning in &explanation.warnings {
        out.push_str(&format!("⚠ {warning}\n"));
    }
    for note in &explanation.vendor_notes {
        out.push_str(&format!("note: {note}\n"));
    }
    if out.is_empty() {
        out.push_str("(no section)\n");
    }
    for (column, label) in line::line_hints(kind, &cursor.text, lang) {
        out.push_str(&format!("hint @{column}: {label}\n"));
    }
    out
}

use crate::analysis::FileKind;

#[test]
fn hover_says_the_reason_when_the_text_says_more() {
    let log = |marked: &str, expected: Expect| {
        expected.assert_eq(&line_view(FileKind::MailLog, marked, Lang::En))
    };
    log(
        "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b.c>, relay=mx.b.c[192.0.2.1]:25, dsn=5.7.1, status=bounced (host mx.b.c[192.0.2.1] said: 5$050 5.7.1 Recipient mailbox quota exceeded (in reply to RCPT TO command))",
        expect![[r#"
            reason: mailbox full, from the text *quota exceeded* (`mailboxfull`)
            hint @153: reason: mailbox full
        "#]],
    );
    log(
        "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b.c>, relay=mx.b.c[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.b.c[192.0.2.1] said: 550 5.1$0.1 Mailbox is full (in reply to RCPT TO command))",
        expect![[r#"
            reason: mailbox full, from the text *Mailbox is full* (`mailboxfull`)
            ⚠ The text and the code disagree: the code says no such user
        "#]],
    );
    // The code already says it: nothing to add.
    log(
        "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b.c>, relay=mx.b.c[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.b.c[192.0.2.1] said: 550 5.1$0.1 <a@b.c>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))",
        expect![[r#"
            (no section)
        "#]],
    );
}

#[test]
fn hover_names_the_postfix_rule_and_the_blocklist() {
    let log = |marked: &str, lang: Lang, expected: Expect| {
        expected.assert_eq(&line_view(FileKind::MailLog, marked, lang))
    };
    log(
        "Nov 22 09:44:03 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from unknown[192.168.1.1]: 5$054 5.7.1 <x@y.z>: Relay access denied; from=<a@b.c> to=<x@y.z> proto=ESMTP helo=<h>",
        Lang::En,
        expect![[r#"
            reason: relaying denied, from the text *Relay access denied* (`norelaying`)
            note: **Postfix rule**: `reject_unauth_destination` (`smtpd_relay_restrictions`), code set by `relay_domains_reject_code` (default 554). The recipient's domain is not one this server handles. If it should be, add it to mydestination, virtual_mailbox_domains or relay_domains; if the client should be allowed to relay, let it authenticate (permit_sasl_authenticated) or add its network to mynetworks.
            hint @97: reason: relaying denied
        "#]],
    );
    log(
        "Nov 22 09:44:03 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from x[192.0.2.9]: 5$054 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.9; from=<a@b.c> to=<x@y.z> proto=ESMTP helo=<h>",
        Lang::Fr,
        expect![[r#"
            reason: client bloqué, d'après le texte « blocked using » (`blocked`)
            note: **Liste de blocage** : Spamhaus ZEN ([vérifier](https://check.spamhaus.org/)) — La liste d'adresses IP combinée de Spamhaus : SBL (sources et opérations de spam), XBL (machines piratées ou infectées), CSS (expéditeurs de mauvaise réputation) et PBL (adresses qui ne devraient pas envoyer de courrier en direct, comme les plages grand public).
            note: **Règle Postfix** : `reject_rbl_client` (`smtpd_client_restrictions`), code fixé par `maps_rbl_reject_code` (par défaut 554). L'adresse IP du client (ou, avec reject_rhsbl_*, un domaine) est inscrite sur la liste DNS nommée après `blocked using`. L'opérateur du client doit obtenir son retrait ; pour l'accepter quand même, l'exempter par check_client_access placé avant.
            hint @89: raison : client bloqué
        "#]],
    );
    log(
        "Nov 22 09:44:03 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from x[192.0.2.9]: 5$054 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/172.64.0.1; from=<a@b.c> to=<x@y.z> proto=ESMTP helo=<h>",
        Lang::En,
        expect![[r#"
            reason: client blocked, from the text *blocked using* (`blocked`)
            note: **Blocklist**: Spamhaus ZEN ([lookup](https://check.spamhaus.org/)) — This is not a listing: Spamhaus refuses queries that come through public or open DNS resolvers (such as 8.8.8.8) and answers 127.255.255.254. The receiving server uses such a resolver and takes the refusal for a listing, so it rejects every client. Its postmaster must query through a local resolver of its own (or Spamhaus DQS with a key), and accept only the real listing answers (127.0.0.2 to 127.0.0.11 for ZEN).
            note: **Postfix rule**: `reject_rbl_client` (`smtpd_client_restrictions`), code set by `maps_rbl_reject_code` (default 554). The client's IP address (or, with reject_rhsbl_*, a domain) is listed on the DNS blocklist named after `blocked using`. The client's operator must get delisted; to accept it anyway, exempt it with check_client_access placed before.
            hint @89: reason: client blocked
        "#]],
    );
}

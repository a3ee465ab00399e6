//! The log-to-configuration link on real configurations (iRedMail's
//! main.cf and HELO access map, docker-mailserver's main.cf) and on small
//! ones written here for what those lack (indexed and cidr maps, content
//! checks, master.cf services).

mod reading {
    use super::super::*;

    #[test]
    fn reads_what_postfix_logs() {
        let line = "Nov 22 09:44:03 mx postfix/submission/smtpd[123]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 554 5.7.1 <localhost>: Helo command rejected: go away; from=<a@b.c> to=<x@y.z> proto=ESMTP helo=<localhost>";
        let logged = Logged::read(line).expect("a reject");
        assert_eq!(logged.tag, "postfix/submission/smtpd");
        assert_eq!(logged.syslog_name(), "postfix/submission");
        assert_eq!(logged.action, "reject");
        assert_eq!(logged.client, Some(("unknown", "192.0.2.1")));
        assert_eq!(logged.class, Some(5));
        assert_eq!(logged.text, "<localhost>: Helo command rejected: go away");
        assert_eq!(
            (logged.from, logged.to, logged.helo),
            (Some("a@b.c"), Some("x@y.z"), Some("localhost"))
        );
        let line = "Nov 22 09:44:03 mx postfix/cleanup[9]: 3F2A41C0A2: reject: header Subject: buy from me from unknown[192.0.2.1]; from=<a@b.c> to=<x@y.z> proto=ESMTP helo=<h>: 5.7.1 No spam, please";
        let logged = Logged::read(line).expect("a content reject");
        assert_eq!(logged.content, Some(("header", "Subject: buy from me")));
        assert_eq!(logged.client, Some(("unknown", "192.0.2.1")));
        assert_eq!(logged.text, "No spam, please");
        let line = "Nov 22 09:44:03 mx postfix/postscreen[9]: NOQUEUE: reject: RCPT from [192.0.2.1]:4242: 550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org; from=<a@b.c>, to=<x@y.z>, proto=ESMTP, helo=<h>";
        let logged = Logged::read(line).expect("a postscreen reject");
        assert_eq!(logged.client, Some(("", "192.0.2.1")));
        assert_eq!(
            logged.text,
            "Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org"
        );
        assert_eq!(logged.to, Some("x@y.z"));
        // Not a decision.
        assert!(
            Logged::read(
                "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b.c>, status=sent (250 ok)"
            )
            .is_none()
        );
        assert!(
            Logged::read(
                "Nov 22 09:44:03 mx postfix/smtpd[1]: warning: hostname x does not resolve"
            )
            .is_none()
        );
    }

    #[test]
    fn keys_in_postfix_order() {
        let mut keys = Vec::new();
        address_keys("User+tag@Mail.Example.com", &mut keys);
        assert_eq!(
            keys,
            [
                "user+tag@mail.example.com",
                "user@mail.example.com",
                "mail.example.com",
                "example.com",
                ".example.com",
                "com",
                ".com",
                "user+tag@",
                "user@"
            ]
        );
        let mut keys = Vec::new();
        ip_keys("192.0.2.1", &mut keys);
        assert_eq!(keys, ["192.0.2.1", "192.0.2", "192.0", "192"]);
        assert!(cidr_contains("192.0.2.0/24", "192.0.2.77"));
        assert!(!cidr_contains("192.0.2.0/25", "192.0.2.200"));
        assert!(cidr_contains("2001:db8::/32", "2001:db8:1::1"));
        assert!(!cidr_contains("2001:db8::/32", "192.0.2.1"));
        assert!(text_agrees("go away (${1})", "go away (localhost)", ""));
        assert!(text_agrees("", "Access denied", "Access denied"));
        assert!(!text_agrees("go away", "come in", ""));
        let (re, negated) = pattern_of("/^(localhost)$/").unwrap();
        assert!(re.is_match("LOCALHOST") && !negated);
        let (re, _) = pattern_of("/^Subject: Hello/i").unwrap();
        assert!(re.is_match("Subject: Hello") && !re.is_match("subject: hello"));
        let (re, negated) = pattern_of("!#\\.example\\.com$#").unwrap();
        assert!(re.is_match("mx.example.com") && negated);
    }
}

mod configurations {
    use super::super::*;
    use expect_test::{Expect, expect};

    const IREDMAIL_MAIN: &str = include_str!("../../../fixtures/reasons/iredmail/main.cf");
    const IREDMAIL_HELO: &str = include_str!("../../../fixtures/reasons/iredmail/helo_access.pcre");
    const DMS_MAIN: &str = include_str!("../../../fixtures/configs/docker-mailserver/main.cf");

    /// The origins of `line` in a configuration of `sources` and `maps`
    /// (`(path as main.cf names it, text)`), one per line, then the hover.
    fn view(line: &str, sources: &[Source], maps: &[(&str, &str)], expected: Expect) {
        let mut read = |_: &Source, reference: &MapReference| {
            maps.iter()
                .find(|(path, _)| *path == reference.path)
                .map(|(path, text)| MapText {
                    path: format!("/ws{path}"),
                    text: text.to_string(),
                })
        };
        let found = origins(line, sources, &mut read);
        let mut out = String::new();
        for origin in &found {
            out.push_str(&format!(
                "{}:{} {:?} {}{} | {}\n",
                origin.path,
                origin.line + 1,
                origin.via,
                origin.setting,
                origin
                    .service
                    .as_ref()
                    .map(|s| format!("@{s}"))
                    .unwrap_or_default(),
                origin.written
            ));
        }
        let link = |path: &str, line: usize| format!("file://{path}#L{}", line + 1);
        out.push_str(&markdown(&found, Lang::En, &link).unwrap_or_else(|| "(nothing)\n".into()));
        expected.assert_eq(&out);
    }

    fn main_cf(text: &str) -> Source<'_> {
        Source {
            path: "/ws/main.cf",
            kind: FileKind::PostfixMain,
            text,
        }
    }

    #[test]
    fn a_helo_reject_is_the_access_map_entry_that_matched() {
        let sources = [main_cf(IREDMAIL_MAIN)];
        let maps = [("/etc/postfix/helo_access.pcre", IREDMAIL_HELO)];
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 554 5.7.1 <localhost>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (localhost); from=<a@example.net> to=<postmaster@example.com> proto=ESMTP helo=<localhost>",
            &sources,
            &maps,
            expect![[r#"
                /ws/etc/postfix/helo_access.pcre:30 Entry { restriction: "check_helo_access" } smtpd_helo_restrictions | /^(localhost)$/ REJECT ACCESS DENIED. Your email was rejected because the sending mail server does n…
                /ws/main.cf:179 Restriction smtpd_helo_restrictions | check_helo_access pcre:/etc/postfix/helo_access.pcre
                **In this configuration**:
                - [helo_access.pcre:30](file:///ws/etc/postfix/helo_access.pcre#L30): `/^(localhost)$/ REJECT ACCESS DENIED. Your email was rejected because the sending mail server does n…`, the entry `check_helo_access` found
                - [main.cf:179](file:///ws/main.cf#L179): `check_helo_access pcre:/etc/postfix/helo_access.pcre` in `smtpd_helo_restrictions`
            "#]],
        );
        // An address as the HELO name: the pattern for bare addresses.
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 554 5.7.1 <203.0.113.7>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server sent non RFC compliant HELO identity (203.0.113.7); from=<a@example.net> to=<postmaster@example.com> proto=ESMTP helo=<203.0.113.7>",
            &sources,
            &maps,
            expect![[r#"
                /ws/etc/postfix/helo_access.pcre:37 Entry { restriction: "check_helo_access" } smtpd_helo_restrictions | /^([0-9\.]+)$/ REJECT ACCESS DENIED. Your email was rejected because the sending mail server sent no…
                /ws/main.cf:179 Restriction smtpd_helo_restrictions | check_helo_access pcre:/etc/postfix/helo_access.pcre
                **In this configuration**:
                - [helo_access.pcre:37](file:///ws/etc/postfix/helo_access.pcre#L37): `/^([0-9\.]+)$/ REJECT ACCESS DENIED. Your email was rejected because the sending mail server sent no…`, the entry `check_helo_access` found
                - [main.cf:179](file:///ws/main.cf#L179): `check_helo_access pcre:/etc/postfix/helo_access.pcre` in `smtpd_helo_restrictions`
            "#]],
        );
        // The text of another entry than the one that matches: not this map.
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 554 5.7.1 <localhost>: Helo command rejected: go away; from=<a@example.net> to=<postmaster@example.com> proto=ESMTP helo=<localhost>",
            &sources,
            &maps,
            expect![[r#"
                (nothing)
            "#]],
        );
        // Without the map in the workspace: nothing to say of it.
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 554 5.7.1 <localhost>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (localhost); from=<a@example.net> to=<postmaster@example.com> proto=ESMTP helo=<localhost>",
            &sources,
            &[],
            expect![[r#"
                (nothing)
            "#]],
        );
    }

    #[test]
    fn restrictions_parameters_and_defaults() {
        let sources = [main_cf(IREDMAIL_MAIN)];
        let line = |text: &str| {
            format!(
                "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: {text}; from=<a@example.net> to=<someone@example.org> proto=ESMTP helo=<mx.example.net>"
            )
        };
        view(
            &line("554 5.7.1 <someone@example.org>: Relay access denied"),
            &sources,
            &[],
            expect![[r#"
            /ws/main.cf:199 Restriction smtpd_recipient_restrictions | reject_unauth_destination
            **In this configuration**:
            - [main.cf:199](file:///ws/main.cf#L199): `reject_unauth_destination` in `smtpd_recipient_restrictions`
        "#]],
        );
        view(
            &line("450 4.1.8 <a@example.net>: Sender address rejected: Domain not found"),
            &sources,
            &[],
            expect![[r#"
            /ws/main.cf:190 Restriction smtpd_sender_restrictions | reject_unknown_sender_domain
            **In this configuration**:
            - [main.cf:190](file:///ws/main.cf#L190): `reject_unknown_sender_domain` in `smtpd_sender_restrictions`
        "#]],
        );
        view(
            &line(
                "550 5.1.1 <someone@example.org>: Recipient address rejected: User unknown in local recipient table",
            ),
            &sources,
            &[],
            expect![[r#"
            :1 Default { value: "proxy:unix:passwd.byname $alias_maps" } local_recipient_maps | 
            /ws/main.cf:66 Code unknown_local_recipient_reject_code | unknown_local_recipient_reject_code = 550
            **In this configuration**:
            - `local_recipient_maps` is not set: Postfix's default applies (`proxy:unix:passwd.byname $alias_maps`)
            - [main.cf:66](file:///ws/main.cf#L66): `unknown_local_recipient_reject_code = 550` sets the reply code
        "#]],
        );
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: 3F2A41C0A2: reject: END-OF-MESSAGE from unknown[203.0.113.7]: 552 5.3.4 Message size exceeds fixed limit; from=<a@example.net> to=<someone@example.org> proto=ESMTP helo=<mx.example.net>",
            &sources,
            &[],
            expect![[r#"
                /ws/main.cf:260 Parameter message_size_limit | message_size_limit = 15728640
                **In this configuration**:
                - [main.cf:260](file:///ws/main.cf#L260): `message_size_limit = 15728640`
            "#]],
        );
    }

    #[test]
    fn docker_mailserver_lists_and_postscreen() {
        let sources = [main_cf(DMS_MAIN)];
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 450 4.1.8 <a@example.net>: Sender address rejected: Domain not found; from=<a@example.net> to=<someone@example.org> proto=ESMTP helo=<mx.example.net>",
            &sources,
            &[],
            expect![[r#"
                /ws/main.cf:76 Restriction dms_smtpd_sender_restrictions | reject_unknown_sender_domain
                **In this configuration**:
                - [main.cf:76](file:///ws/main.cf#L76): `reject_unknown_sender_domain` in `dms_smtpd_sender_restrictions`
            "#]],
        );
        view(
            "Nov 22 10:01:02 mx postfix/postscreen[77]: NOQUEUE: reject: RCPT from [203.0.113.7]:41234: 550 5.7.1 Service unavailable; client [203.0.113.7] blocked using zen.spamhaus.org; from=<a@example.net>, to=<someone@example.org>, proto=ESMTP, helo=<mx.example.net>",
            &sources,
            &[],
            expect![[r#"
                /ws/main.cf:83 Restriction postscreen_dnsbl_sites | zen.spamhaus.org=127.0.0.[2..11]*3
                /ws/main.cf:81 Code postscreen_dnsbl_action | postscreen_dnsbl_action = enforce
                **In this configuration**:
                - [main.cf:83](file:///ws/main.cf#L83): `zen.spamhaus.org=127.0.0.[2..11]*3` in `postscreen_dnsbl_sites`
                - [main.cf:81](file:///ws/main.cf#L81): `postscreen_dnsbl_action = enforce` sets the reply code
            "#]],
        );
        // A relay refusal with the 454 of defer_unauth_destination.
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]: 454 4.7.1 <x@example.org>: Relay access denied; from=<a@example.net> to=<x@example.org> proto=ESMTP helo=<mx.example.net>",
            &sources,
            &[],
            expect![[r#"
                /ws/main.cf:59 Restriction smtpd_relay_restrictions | defer_unauth_destination
                **In this configuration**:
                - [main.cf:59](file:///ws/main.cf#L59): `defer_unauth_destination` in `smtpd_relay_restrictions`
            "#]],
        );
    }

    #[test]
    fn indexed_and_cidr_maps_content_checks_and_services() {
        let main = "smtpd_client_restrictions = check_client_access cidr:/etc/postfix/clients.cidr, check_client_access hash:/etc/postfix/clients\nsmtpd_sender_restrictions = check_sender_access hash:/etc/postfix/senders\nheader_checks = regexp:/etc/postfix/header_checks\nbody_checks = pcre:/etc/postfix/body_checks\nsmtpd_recipient_restrictions = reject_rbl_client zen.spamhaus.org=127.0.0.[2..11], reject_unauth_destination\n";
        let master = "smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n";
        let sources = [
            main_cf(main),
            Source {
                path: "/ws/master.cf",
                kind: FileKind::PostfixMaster,
                text: master,
            },
        ];
        let maps = [
            (
                "/etc/postfix/clients.cidr",
                "# blocked networks\n198.51.100.0/24 REJECT no mail from this network\n192.0.2.0/24 OK\n",
            ),
            (
                "/etc/postfix/clients",
                "spammer.example REJECT\n203.0.113 554 5.7.1 Your network sends spam\n",
            ),
            (
                "/etc/postfix/senders",
                "example.biz REJECT\nboss@example.biz OK\n.example.info DISCARD\n",
            ),
            (
                "/etc/postfix/header_checks",
                "/^Subject:.*lottery/ REJECT No lottery here\n/^Received: from/ IGNORE\n",
            ),
            (
                "/etc/postfix/body_checks",
                "/click here/i WARN suspicious body\n",
            ),
        ];
        let smtpd = |reply: &str, client: &str| {
            format!(
                "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from {client}: {reply}; from=<a@example.biz> to=<b@example.org> proto=ESMTP helo=<h.example>"
            )
        };
        // The network entry of the cidr table, before the hash table.
        view(
            &smtpd(
                "554 5.7.1 <unknown[198.51.100.9]>: Client host rejected: no mail from this network",
                "unknown[198.51.100.9]",
            ),
            &sources,
            &maps,
            expect![[r#"
            /ws/etc/postfix/clients.cidr:2 Entry { restriction: "check_client_access" } smtpd_client_restrictions | 198.51.100.0/24 REJECT no mail from this network
            /ws/main.cf:1 Restriction smtpd_client_restrictions | check_client_access cidr:/etc/postfix/clients.cidr
            **In this configuration**:
            - [clients.cidr:2](file:///ws/etc/postfix/clients.cidr#L2): `198.51.100.0/24 REJECT no mail from this network`, the entry `check_client_access` found
            - [main.cf:1](file:///ws/main.cf#L1): `check_client_access cidr:/etc/postfix/clients.cidr` in `smtpd_client_restrictions`
        "#]],
        );
        // The host name first, then the address and its networks.
        view(
            &smtpd(
                "554 5.7.1 <mx.spammer.example[203.0.113.5]>: Client host rejected: Access denied",
                "mx.spammer.example[203.0.113.5]",
            ),
            &sources,
            &maps,
            expect![[r#"
            /ws/etc/postfix/clients:1 Entry { restriction: "check_client_access" } smtpd_client_restrictions | spammer.example REJECT
            /ws/main.cf:1 Restriction smtpd_client_restrictions | check_client_access hash:/etc/postfix/clients
            **In this configuration**:
            - [clients:1](file:///ws/etc/postfix/clients#L1): `spammer.example REJECT`, the entry `check_client_access` found
            - [main.cf:1](file:///ws/main.cf#L1): `check_client_access hash:/etc/postfix/clients` in `smtpd_client_restrictions`
        "#]],
        );
        view(
            &smtpd(
                "554 5.7.1 <other.example[203.0.113.5]>: Client host rejected: Your network sends spam",
                "other.example[203.0.113.5]",
            ),
            &sources,
            &maps,
            expect![[r#"
            /ws/etc/postfix/clients:2 Entry { restriction: "check_client_access" } smtpd_client_restrictions | 203.0.113 554 5.7.1 Your network sends spam
            /ws/main.cf:1 Restriction smtpd_client_restrictions | check_client_access hash:/etc/postfix/clients
            **In this configuration**:
            - [clients:2](file:///ws/etc/postfix/clients#L2): `203.0.113 554 5.7.1 Your network sends spam`, the entry `check_client_access` found
            - [main.cf:1](file:///ws/main.cf#L1): `check_client_access hash:/etc/postfix/clients` in `smtpd_client_restrictions`
        "#]],
        );
        // The full address comes before the domain: boss@ is OK, so a
        // reject of boss cannot come from this table.
        view(
            &smtpd(
                "554 5.7.1 <a@example.biz>: Sender address rejected: Access denied",
                "x[192.0.2.1]",
            ),
            &sources,
            &maps,
            expect![[r#"
            /ws/etc/postfix/senders:1 Entry { restriction: "check_sender_access" } smtpd_sender_restrictions | example.biz REJECT
            /ws/main.cf:2 Restriction smtpd_sender_restrictions | check_sender_access hash:/etc/postfix/senders
            **In this configuration**:
            - [senders:1](file:///ws/etc/postfix/senders#L1): `example.biz REJECT`, the entry `check_sender_access` found
            - [main.cf:2](file:///ws/main.cf#L2): `check_sender_access hash:/etc/postfix/senders` in `smtpd_sender_restrictions`
        "#]],
        );
        let mut boss = smtpd(
            "554 5.7.1 <boss@example.biz>: Sender address rejected: Access denied",
            "x[192.0.2.1]",
        );
        boss = boss.replace("from=<a@example.biz>", "from=<boss@example.biz>");
        view(
            &boss,
            &sources,
            &maps,
            expect![[r#"
            (nothing)
        "#]],
        );
        // The submission service's own restrictions.
        view(
            "Nov 22 10:01:02 mx postfix/submission/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[198.51.100.9]: 554 5.7.1 <unknown[198.51.100.9]>: Client host rejected: Access denied; from=<a@example.biz> to=<b@example.org> proto=ESMTP helo=<h.example>",
            &sources,
            &maps,
            expect![[r#"
                /ws/master.cf:4 Restriction smtpd_client_restrictions@submission | reject
                **In this configuration**:
                - [master.cf:4](file:///ws/master.cf#L4): `reject` in `smtpd_client_restrictions` (master.cf service `submission`)
            "#]],
        );
        view(
            &smtpd(
                "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5",
                "x[203.0.113.5]",
            ),
            &sources,
            &maps,
            expect![[r#"
            /ws/main.cf:5 Restriction smtpd_recipient_restrictions | reject_rbl_client zen.spamhaus.org=127.0.0.[2..11]
            **In this configuration**:
            - [main.cf:5](file:///ws/main.cf#L5): `reject_rbl_client zen.spamhaus.org=127.0.0.[2..11]` in `smtpd_recipient_restrictions`
        "#]],
        );
        // cleanup: the header_checks pattern (case-insensitive by default).
        view(
            "Nov 22 10:01:02 mx postfix/cleanup[99]: 3F2A41C0A2: reject: header Subject: You won the LOTTERY from unknown[203.0.113.5]; from=<a@example.biz> to=<b@example.org> proto=ESMTP helo=<h.example>: 5.7.1 No lottery here",
            &sources,
            &maps,
            expect![[r#"
                /ws/etc/postfix/header_checks:1 Pattern header_checks | /^Subject:.*lottery/ REJECT No lottery here
                **In this configuration**:
                - [header_checks:1](file:///ws/etc/postfix/header_checks#L1): `/^Subject:.*lottery/ REJECT No lottery here`, the `header_checks` pattern that matched
            "#]],
        );
        view(
            "Nov 22 10:01:02 mx postfix/cleanup[99]: 3F2A41C0A2: warning: body Please click here now from unknown[203.0.113.5]; from=<a@example.biz> to=<b@example.org> proto=ESMTP helo=<h.example>: suspicious body",
            &sources,
            &maps,
            expect![[r#"
                /ws/etc/postfix/body_checks:1 Pattern body_checks | /click here/i WARN suspicious body
                **In this configuration**:
                - [body_checks:1](file:///ws/etc/postfix/body_checks#L1): `/click here/i WARN suspicious body`, the `body_checks` pattern that matched
            "#]],
        );
        // An access map's DISCARD, logged as such.
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: NOQUEUE: discard: RCPT from x[192.0.2.1]: <a@mail.example.info>: Sender address triggers DISCARD action; from=<a@mail.example.info> to=<b@example.org> proto=ESMTP helo=<h.example>",
            &sources,
            &maps,
            expect![[r#"
                /ws/etc/postfix/senders:3 Entry { restriction: "check_sender_access" } smtpd_sender_restrictions | .example.info DISCARD
                /ws/main.cf:2 Restriction smtpd_sender_restrictions | check_sender_access hash:/etc/postfix/senders
                **In this configuration**:
                - [senders:3](file:///ws/etc/postfix/senders#L3): `.example.info DISCARD`, the entry `check_sender_access` found
                - [main.cf:2](file:///ws/main.cf#L2): `check_sender_access hash:/etc/postfix/senders` in `smtpd_sender_restrictions`
            "#]],
        );
        // An smtpd warning is no decision.
        view(
            "Nov 22 10:01:02 mx postfix/smtpd[4242]: warning: unknown[192.0.2.1]: SASL LOGIN authentication failed: UGFzc3dvcmQ6",
            &sources,
            &maps,
            expect![[r#"
                (nothing)
            "#]],
        );
        // The `i` flag makes a pattern case-sensitive: not this one.
        view(
            "Nov 22 10:01:02 mx postfix/cleanup[99]: 3F2A41C0A2: warning: body Please Click Here now from unknown[203.0.113.5]; from=<a@example.biz> to=<b@example.org> proto=ESMTP helo=<h.example>: suspicious body",
            &sources,
            &maps,
            expect![[r#"
                (nothing)
            "#]],
        );
        // Not a decision: nothing.
        view(
            "Nov 22 10:01:02 mx postfix/smtp[5]: 3F2A41C0A2: to=<b@example.org>, relay=mx[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx said: 550 5.1.1 unknown)",
            &sources,
            &maps,
            expect![[r#"
                (nothing)
            "#]],
        );
        // No main.cf: nothing either.
        view(
            &smtpd("554 5.7.1 <x@y>: Relay access denied", "x[192.0.2.1]"),
            &sources[1..],
            &maps,
            expect![[r#"
            (nothing)
        "#]],
        );
    }
}

//! What a hover in a configuration says, pinned: `UPDATE_EXPECT=1 cargo
//! test` rewrites the snapshots, and the diff is reviewed.

use super::hover;
use super::version::Version;
use crate::analysis::test_support::Cursor;
use crate::analysis::{FileKind, Options};
use crate::codes::Lang;
use expect_test::{Expect, expect};

/// Pins a hover. The texts of `data/postfix/parameters` are reviewed where
/// they are written: here they stand as `<what NAME does>`, so a better
/// sentence there does not break the pinned shape of the hover (the
/// `smtpd_banner` tests show one in full).
fn check_with(kind: FileKind, marked: &str, options: &Options, expect: Expect) {
    let cursor = Cursor::new(marked);
    let shown = hover(kind, &cursor.text, cursor.line, cursor.column, options)
        .map_or("(no hover)".to_string(), |(range, markdown)| {
            format!("{}..{}\n{markdown}", range.start, range.end)
        });
    let mut shown = shown;
    for param in super::params::PARAMS {
        if param.name != "smtpd_banner"
            && let Some(text) = param.text(options.lang)
            && shown.contains(text)
        {
            shown = shown.replace(text, &format!("<what {} does>", param.name));
        }
    }
    expect.assert_eq(&shown);
}

fn check(kind: FileKind, marked: &str, expect: Expect) {
    check_with(kind, marked, &Options::default(), expect);
}

fn for_version(version: &str) -> Options {
    Options {
        postfix_version: Version::parse(version),
        ..Options::default()
    }
}

#[test]
fn a_parameter_says_what_it_does() {
    check(
        FileKind::PostfixMain,
        "myhostname = mx.example\nsmtpd_ban$0ner = $myhostname ESMTP\n",
        expect![[r#"
            0..12
            ### `smtpd_banner`

            The text the SMTP server sends after the `220` code in its greeting. It must begin with `$myhostname`, as the SMTP protocol requires; by default it is the host name followed by `ESMTP` and `$mail_name` (Postfix), without the version number.

            - **Default**: `$myhostname ESMTP $mail_name`
            - **Value here**: `$myhostname ESMTP`

            [postconf(5)](https://www.postfix.org/postconf.5.html#smtpd_banner)
        "#]],
    );
}

#[test]
fn in_french() {
    check_with(
        FileKind::PostfixMain,
        "smtpd_ban$0ner = $myhostname ESMTP\n",
        &Options {
            lang: Lang::Fr,
            ..Options::default()
        },
        expect![[r#"
            0..12
            ### `smtpd_banner`

            Le texte que le serveur SMTP envoie après le code `220` de sa bannière d'accueil. Il doit commencer par `$myhostname`, comme l'exige le protocole SMTP ; par défaut, c'est le nom d'hôte suivi de `ESMTP` et de `$mail_name` (Postfix), sans numéro de version.

            - **Défaut** : `$myhostname ESMTP $mail_name`
            - **Valeur ici** : `$myhostname ESMTP`

            [postconf(5)](https://www.postfix.org/postconf.5.html#smtpd_banner)
        "#]],
    );
}

#[test]
fn a_reference_shows_the_value_here() {
    check(
        FileKind::PostfixMain,
        "myhostname = mx.example\nsmtpd_banner = $myhost$0name ESMTP\n",
        expect![[r#"
            16..26
            ### `myhostname`

            <what myhostname does>

            - **Default**: `(system-dependent: FQDN of this host)`
            - **Value here**: `mx.example`

            [postconf(5)](https://www.postfix.org/postconf.5.html#myhostname)
        "#]],
    );
}

#[test]
fn the_default_at_this_compatibility_level() {
    check(
        FileKind::PostfixMain,
        "compatibility_level = 3.6\nappend_dot_my$0domain = no\n",
        expect![[r#"
            0..19
            ### `append_dot_mydomain`

            <what append_dot_mydomain does>

            - **Default**: `${{$compatibility_level} <level {1} ? {yes} : {no}}` (with compatibility_level = 3.6 here: `no`)
            - **Value here**: `no`

            [postconf(5)](https://www.postfix.org/postconf.5.html#append_dot_mydomain)
        "#]],
    );
}

#[test]
fn a_parameter_newer_than_the_version() {
    check_with(
        FileKind::PostfixMain,
        "smtp_tlsrpt_en$0able = yes\n",
        &for_version("3.5"),
        expect![[r#"
            0..18
            ### `smtp_tlsrpt_enable`

            <what smtp_tlsrpt_enable does>

            - **Default**: `no`
            - **Available since**: Postfix 3.10
            - ⚠ Not in Postfix 3.5: added in 3.10
            - **Value here**: `yes`

            [postconf(5)](https://www.postfix.org/postconf.5.html#smtp_tlsrpt_enable)
        "#]],
    );
}

#[test]
fn a_deprecated_parameter() {
    check(
        FileKind::PostfixMain,
        "smtp_use_t$0ls = yes\n",
        expect![[r#"
            0..12
            ### `smtp_use_tls`

            <what smtp_use_tls does>

            - **Default**: `no`
            - **Available since**: Postfix 2.2
            - Deprecated: Postfix 3.9 and later warn about it; use `smtp_tls_security_level` instead
            - **Value here**: `yes`

            [postconf(5)](https://www.postfix.org/postconf.5.html#smtp_use_tls)
        "#]],
    );
}

#[test]
fn a_per_service_parameter() {
    check(
        FileKind::PostfixMain,
        "submission_destination_concurrency_li$0mit = 2\n",
        expect![[r#"
            0..40
            ### `submission_destination_concurrency_limit`

            Per-service parameter of the master.cf service `submission`.

            It overrides `default_destination_concurrency_limit` for this service only. <what default_destination_concurrency_limit does>

            - **Default**: `$default_destination_concurrency_limit`
            - **Value here**: `2`

            [postconf(5)](https://www.postfix.org/postconf.5.html#transport_destination_concurrency_limit)
        "#]],
    );
}

#[test]
fn a_master_cf_override_and_field() {
    check(
        FileKind::PostfixMaster,
        "submission inet n - n - - smtpd\n  -o smtpd_tls_secu$0rity_level=encrypt\n",
        expect![[r#"
            5..29
            ### `smtpd_tls_security_level`

            <what smtpd_tls_security_level does>

            - **Default**: (empty)
            - **Available since**: Postfix 2.3

            [postconf(5)](https://www.postfix.org/postconf.5.html#smtpd_tls_security_level)
        "#]],
    );
    check(
        FileKind::PostfixMaster,
        "smtp inet n - y 6$00 - smtpd\n",
        expect![[r#"
            16..18
            ### master.cf: wakeup time (field 6)

            - **Default**: `0` (never; a trailing `?` waits for the first use)

            [master(5)](https://www.postfix.org/master.5.html)
        "#]],
    );
}

#[test]
fn an_exim_message_code() {
    check(
        FileKind::EximConf,
        "begin acl\nacl_check_rcpt:\n  deny message = 550 5.7$0.1 relay not permitted\n",
        expect![[r#"
            17..26
            ### `550 5.7.1` Delivery not authorized, message refused
            - **Permanent failure**: not retried, the sender gets a non-delivery report
            - **Whose side**: the sender
            - **Do**: Relay denied by your own server: authenticate the client or list its network; refused by a remote server: check the sending IP on DNSBLs, its PTR, SPF, DKIM and DMARC.

            The receiving server's policy refuses this client, sender, recipient or content.
        "#]],
    );
}

/// The hover of every parameter of the table starts with what it does, in
/// both languages.
#[test]
fn every_parameter_hovers_with_what_it_does() {
    for lang in [Lang::En, Lang::Fr] {
        let options = Options {
            lang,
            ..Options::default()
        };
        for param in super::params::PARAMS {
            let text = format!("{} = x\n", param.name);
            let (_, markdown) = hover(FileKind::PostfixMain, &text, 0, 1, &options)
                .unwrap_or_else(|| panic!("no hover for {}", param.name));
            let said = param.text(lang).unwrap_or_default();
            assert!(
                !said.is_empty() && markdown.contains(said),
                "{} ({lang:?}): {markdown}",
                param.name
            );
        }
    }
}

use super::*;

/// What the grammar finds on a line: `reply CODE@COLUMN`, `enh CODE@COLUMN`,
/// `bad TEXT(REASON)@COLUMN`, then the reply's text in quotes, `|` after
/// each finding; `~` marks a weak one.
fn show(kind: FileKind, line: &str) -> String {
    render(line, &scan_line(kind, line))
}

fn render(text: &str, found: &[CodeFound]) -> String {
    let mut out = String::new();
    for found in found {
        if found.strength == Strength::Weak {
            out.push('~');
        }
        if let Some((range, code)) = &found.reply {
            out.push_str(&format!("reply {code}@{} ", range.start));
        }
        if let Some((range, token)) = &found.enhanced {
            match token {
                EnhancedToken::Valid(code) => out.push_str(&format!("enh {code}@{} ", range.start)),
                EnhancedToken::Malformed(reason) => out.push_str(&format!(
                    "bad {}({})@{} ",
                    &text[range.clone()],
                    reason.id(),
                    range.start
                )),
            }
        }
        out.push_str(&format!("{:?} | ", &text[found.text.clone()]));
    }
    out.trim_end().to_string()
}

fn log(line: &str) -> String {
    show(FileKind::MailLog, line)
}

fn bounce_line(line: &str) -> String {
    show(FileKind::Bounce, line)
}

#[test]
fn postfix_lines() {
    expect_test::expect![[r#"enh 5.1.1@128 "" | reply 550@180 enh 5.1.1@184 "<a@b.c>: Recipient address rejected" |"#]]
        .assert_eq(&log(
            "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A41C0A2: to=<a@b.c>, relay=mx.b.c[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.b.c[192.0.2.1] said: 550 5.1.1 <a@b.c>: Recipient address rejected (in reply to RCPT TO command))",
        ));
    expect_test::expect![[r#"reply 554@88 enh 5.7.1@92 "<x@y>: Relay access denied; from=<a@b> to=<x@y> proto=ESMTP helo=<h>" |"#]]
        .assert_eq(&log(
            "Nov 22 09:44:03 mx postfix/smtpd[123]: NOQUEUE: reject: RCPT from unknown[192.168.1.1]: 554 5.7.1 <x@y>: Relay access denied; from=<a@b> to=<x@y> proto=ESMTP helo=<h>",
        ));
    expect_test::expect![[r#"enh 2.0.0@116 "" | reply 250@136 enh 2.0.0@140 "Ok: queued as 4B3C2D1E0F" |"#]]
        .assert_eq(&log(
            "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b>, relay=x[1.2.3.4]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4B3C2D1E0F)",
        ));
    expect_test::expect![[r#"~enh 5.7.1@145 "No spam" |"#]].assert_eq(&log(
        "Nov 22 09:44:03 mx postfix/cleanup[1]: 3F2A41C0A2: reject: header Subject: 550 offers from x[1.2.3.4]; from=<a@b> to=<c@d> proto=ESMTP helo=<x>: 5.7.1 No spam",
    ));
    assert_eq!(
        log("Nov 22 09:44:03 mx postfix/smtpd[77]: connect from unknown[10.0.0.250]:5000"),
        ""
    );
    expect_test::expect![[r#"enh 4.4.1@101 "" |"#]].assert_eq(&log(
        "Nov 22 09:44:03 mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.b[1.2.3.4]:25: Connection timed out)",
    ));
}

#[test]
fn sendmail_and_exim_lines() {
    expect_test::expect![[r#"enh 4.0.0@113 "" | reply 421@135 enh 4.4.2@139 "Connection dropped" |"#]]
        .assert_eq(&log(
            "Nov 22 09:44:03 mx sendmail[42]: x1: to=<a@b>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.b. [1.2.3.4], dsn=4.0.0, stat=Deferred: 421 4.4.2 Connection dropped",
        ));
    expect_test::expect![[r#"reply 550@95 enh 5.7.1@99 "<a@b>... Relaying denied" |"#]].assert_eq(&log(
        "Nov 22 09:44:03 mx sendmail[42]: x1: ruleset=check_rcpt, arg1=<a@b>, relay=h [1.2.3.4], reject=550 5.7.1 <a@b>... Relaying denied",
    ));
    expect_test::expect![[r#"reply 550@147 enh 5.1.1@151 "NOTOK" |"#]].assert_eq(&log(
        "1999-03-02 09:44:33 10HmbC-000000005vi-0000 ** a@x.y R=r9 T=t1 H=127.0.0.1 [127.0.0.1] : SMTP error from remote mail server after RCPT TO:<b@x.y>: 550 5.1.1 NOTOK",
    ));
    expect_test::expect![[r#"~reply 535@95 "Sorry" |"#]].assert_eq(&log(
        "1999-03-02 09:44:33 10HmaZ-000000005vi-0000 plain authenticator failed H=127.0.0.1 [127.0.0.1] 535 Sorry",
    ));
    expect_test::expect![[r#"~reply 250@108 "OK" |"#]].assert_eq(&log(
        "1999-03-02 09:44:33 10HmaX-000000005vi-0000 => userx@domain.com R=try T=smtp_try H=127.0.0.1 [127.0.0.1] C=\"250 OK\"",
    ));
}

#[test]
fn bounce_lines() {
    expect_test::expect![[r#"enh 5.1.1@8 "" |"#]].assert_eq(&bounce_line("Status: 5.1.1"));
    expect_test::expect![[r#"reply 550@23 enh 5.1.1@27 "user unknown" |"#]].assert_eq(
        &bounce_line("Diagnostic-Code: smtp; 550 5.1.1 user unknown"),
    );
    assert_eq!(bounce_line("Diagnostic-Code: X-Postfix; unknown user"), "");
    expect_test::expect![[
        r#"~reply 550@4 enh 5.1.1@8 "The email account that you tried to reach" |"#
    ]]
    .assert_eq(&bounce_line(
        "    550-5.1.1 The email account that you tried to reach",
    ));
    expect_test::expect![[r#"bad 5.1.1000(too-long)@8 "" |"#]]
        .assert_eq(&bounce_line("Status: 5.1.1000"));
    expect_test::expect![[r#"~enh 5.1.8@4 "<root@x>... Domain of sender" |"#]]
        .assert_eq(&bounce_line("    5.1.8 <root@x>... Domain of sender"));
    assert_eq!(bounce_line("    1.2.3 is not a code"), "");
    assert_eq!(bounce_line("    571 No PTR Record found."), "");
    assert_eq!(bounce_line("No 571 here"), "");
    expect_test::expect![[r#"reply 550@14 enh 5.2.2@18 "<a@example.jp>... Mailbox Full" |"#]]
        .assert_eq(&bounce_line(
            "a@example.jp: 550 5.2.2 <a@example.jp>... Mailbox Full",
        ));
    assert_eq!(
        bounce_line("Received: from x by y; Tue, 22 Nov 2026 09:44:03 +0100"),
        ""
    );
}

/// The shapes of issue 12, with invented values.
#[test]
fn reply_separators_and_line_starts() {
    let b = bounce_line;
    expect_test::expect![[r#"~reply 550@0 "Your message was rejected" |"#]]
        .assert_eq(&b("550-Your message was rejected"));
    expect_test::expect![[r#"~reply 550@0 "Requested action not taken" |"#]]
        .assert_eq(&b("550 - Requested action not taken"));
    expect_test::expect![[r#"~reply 550@0 "<a@example.org>: User unknown" |"#]]
        .assert_eq(&b("550: <a@example.org>: User unknown"));
    expect_test::expect![[r#"~reply 550@0 enh 5.2.2@5 "Mailbox full" |"#]]
        .assert_eq(&b("550: 5.2.2 Mailbox full"));
    expect_test::expect![[r#"~reply 554@0 "INVALID IP" |"#]].assert_eq(&b("554 INVALID IP"));
    expect_test::expect![[r#"~reply 550@0 enh 5.1.1@4 "text" |"#]].assert_eq(&b("550 5.1.1: text"));
    expect_test::expect![[r#"~enh 5.2.2@4 "<a@example.org>... Mailbox Full" |"#]]
        .assert_eq(&b("    5.2.2 <a@example.org>... Mailbox Full"));
    expect_test::expect![[r#"~reply 550@2 enh 5.1.1@6 "<a@b>... User unknown" |"#]]
        .assert_eq(&b("> 550 5.1.1 <a@b>... User unknown"));
}

#[test]
fn transcripts() {
    let b = bounce_line;
    expect_test::expect![[r#"reply 550@4 enh 5.1.1@8 "<a@example.org>... User unknown" |"#]]
        .assert_eq(&b("<<< 550 5.1.1 <a@example.org>... User unknown"));
    assert_eq!(b(">>> RCPT TO:<a@example.org>"), "");
    expect_test::expect![[r#"reply 550@13 "User unknown" |"#]]
        .assert_eq(&b("Received >>> 550 User unknown"));
    expect_test::expect![[r#"~reply 451@6 enh 4.3.0@10 "Try later" |"#]]
        .assert_eq(&show(FileKind::Unknown, " Out: 451 4.3.0 Try later"));
    expect_test::expect![[r#"reply 421@4 "" |"#]].assert_eq(&b("<<< 421"));
}

#[test]
fn diagnostic_code_variants() {
    let b = bounce_line;
    expect_test::expect![[r#"reply 550@23 enh 5.1.1@27 "x" |"#]]
        .assert_eq(&b("Diagnostic-code: SMTP; 550 5.1.1 x"));
    expect_test::expect![[r#"reply 550@24 enh 5.1.1@28 "x" |"#]]
        .assert_eq(&b("Diagnostic-Code : smtp; 550 5.1.1 x"));
    expect_test::expect![[r#"reply 550@17 enh 5.1.1@21 "User Unknown" |"#]]
        .assert_eq(&b("Diagnostic-Code: 550 5.1.1 User Unknown"));
    expect_test::expect![[r#"reply 550@28 enh 5.1.1@32 "x" |"#]]
        .assert_eq(&b("Diagnostic-Code: X-Postfix; 550 5.1.1 x"));
    expect_test::expect![[
        r#"reply 220@23 "banner 421 4.2.1 closing" | ~reply 421@34 enh 4.2.1@38 "closing" |"#
    ]]
    .assert_eq(&b("Diagnostic-Code: smtp; 220-banner 421 4.2.1 closing"));
    expect_test::expect![[r#"reply 421@24 enh 4.4.2@28 "timed out" |"#]]
        .assert_eq(&b("Diagnostic-Code: smtp; <421 4.4.2 timed out>"));
    expect_test::expect![[r#"enh 5.1.0@23 "- Unknown address error 550-'5.7.1 <a@b>... Access denied" | reply 550@53 enh 5.7.1@58 "<a@b>... Access denied" |"#]]
        .assert_eq(&b("Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.7.1 <a@b>... Access denied"));
}

#[test]
fn codes_with_a_hash() {
    let b = bounce_line;
    expect_test::expect![[r#"~reply 550@0 "sorry, no mailbox here by that name (#5.1.1 - chkusr)" | ~enh 5.1.1@42 "- chkusr" |"#]].assert_eq(&b("550 sorry, no mailbox here by that name (#5.1.1 - chkusr)"));
    expect_test::expect![[r#"~enh 4.1.9@44 "" |"#]]
        .assert_eq(&b("Resources temporarily unavailable, please [#4.1.9]."));
    expect_test::expect![[r#"~reply 550@0 enh 5.1.0@5 "Address rejected." |"#]]
        .assert_eq(&b("550 #5.1.0 Address rejected."));
    assert_eq!(
        b("see https://example.org/smtp-error-codes.php#554 for help"),
        ""
    );
}

#[test]
fn doubled_and_nested_replies() {
    let b = bounce_line;
    expect_test::expect![[r#"~reply 550@46 "550 5.1.1 The email account" | reply 550@50 enh 5.1.1@54 "The email account" |"#]]
        .assert_eq(&b("The error that the other server returned was: 550 550 5.1.1 The email account"));
    expect_test::expect![[r#"reply 550@23 enh 5.7.1@27 "550 User Unknown: a@example.org" | ~reply 550@33 "User Unknown: a@example.org" |"#]]
        .assert_eq(&b("Diagnostic-code: smtp; 550 5.7.1 550 User Unknown: a@example.org"));
    expect_test::expect![[
        r#"~reply 554@0 "<a@example.org>... 550 Host unknown" | ~reply 550@23 "Host unknown" |"#
    ]]
    .assert_eq(&b("554 <a@example.org>... 550 Host unknown"));
    expect_test::expect![[r#"reply 550@17 enh 5.1.351@21 "Remote server returned unknown recipient -> 550 : User unknown" | ~reply 550@73 "User unknown" |"#]]
        .assert_eq(&b("Remote returned '550 5.1.351 Remote server returned unknown recipient -> 550 : User unknown'"));
    expect_test::expect![[r#"reply 554@23 "Message not allowed - 554 Message not allowed" | ~reply 554@49 "Message not allowed" |"#]]
        .assert_eq(&b("Diagnostic-Code: smtp; 554 Message not allowed - 554 Message not allowed"));
}

#[test]
fn vendor_wording() {
    let b = bounce_line;
    expect_test::expect![[r#"reply 550@9 enh 5.2.0@13 "Message Filtered" |"#]]
        .assert_eq(&b("(reason: 550 5.2.0 Message Filtered)"));
    expect_test::expect![[r#"~reply 550@17 "User unknown" |"#]]
        .assert_eq(&b("<a@example.org>: 550 User unknown"));
    expect_test::expect![[r#"reply 550@20 enh 5.1.1@24 "Unknown user" |"#]]
        .assert_eq(&log("The error follows: [550 5.1.1 Unknown user]"));
    expect_test::expect![[r#"~reply 550@33 "" | ~enh 5.1.1@50 "<a@b>... User Unknown" |"#]]
        .assert_eq(&log(
            "a@b Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>... User Unknown",
        ));
    expect_test::expect![[r#"~reply 421@13 "Too many connections" |"#]]
        .assert_eq(&log("ResponseCode 421 Too many connections"));
    expect_test::expect![[r#"~reply 550@39 "<a@example.org> No such user" |"#]].assert_eq(&log(
        "delivery to mx[192.0.2.1] failed with: 550 <a@example.org> No such user",
    ));
    expect_test::expect![[r#"reply 441@24 enh 4.4.1@28 "Error encountered" |"#]]
        .assert_eq(&log("Remote Server returned '441 4.4.1 Error encountered'"));
    expect_test::expect![[r#"~reply 550@28 "for RCPT TO response" |"#]]
        .assert_eq(&log("MXes tried: 192.0.2.32 said 550 for RCPT TO response"));
    expect_test::expect![[r#"~reply 553@26 enh 5.3.0@30 "<a@b>... No such user here" |"#]]
        .assert_eq(&show(
            FileKind::Unknown,
            "SMTP:RCPT host 192.0.2.8: 553 5.3.0 <a@b>... No such user here",
        ));
}

#[test]
fn exim_log_lines() {
    expect_test::expect![[r#"reply 452@94 enh 4.5.3@98 "Try again" |"#]]
        .assert_eq(&log("2024-01-02 10:00:00 1abc-000001-AB H=x [192.0.2.1] temporarily rejected RCPT <a@example.org>: 452 4.5.3 Try again"));
    expect_test::expect![[r#"~reply 550@65 "Administrative prohibition" |"#]]
        .assert_eq(&log("2024-01-02 10:00:00 H=x [192.0.2.1] F=<a@b> rejected after DATA: 550 Administrative prohibition"));
    expect_test::expect![[r#"reply 451@174 enh 4.3.0@178 "Temporary failure" |"#]]
        .assert_eq(&log("2024-01-02 10:00:00 1abc-000001-AB == a@example.org R=dnslookup T=remote_smtp defer (-44) H=mx [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<a@example.org>: 451 4.3.0 Temporary failure"));
    // The command answered, named after `after`, is no part of the clause
    // that introduces the answer.
    expect_test::expect![[r#"~reply 500@167 "oops" |"#]]
        .assert_eq(&log("2017-07-30 18:51:05.712 10HmbA-000000005vi-0000 ** d@test.ex R=to_server T=remote_smtp H=127.0.0.1 [127.0.0.1] : SMTP error from remote mail server after end of data: 500 oops"));
    expect_test::expect![[r#"~reply 421@61 "too busy" |"#]].assert_eq(&bounce_line(
        "SMTP error from remote mail server after initial connection: 421 too busy",
    ));
    assert_eq!(log("the job ran after the backup at: 450 MB"), "");
    // A quoted command inside the clause is one of its words, not a mark:
    // Exim's `response to "MAIL FROM:<...>" was:`.
    expect_test::expect![[r#"~reply 451@145 "Try later" |"#]]
        .assert_eq(&log("2024-01-02 10:00:00 U=x F=<a@example.org> rejected RCPT b@example.net: mx.example.net [192.0.2.7] : response to \"MAIL FROM:<a@example.org>\" was: 451 Try later"));
    expect_test::expect![[r#"~reply 550@45 "Unknown user" |"#]].assert_eq(&bounce_line(
        "  response to \"RCPT TO:<b@example.net>\" was: 550 Unknown user",
    ));
    // A quote right after a key still ends the clause.
    assert_eq!(log("a=\"reply\" b=\"x\" ids: 550 apples"), "");
    expect_test::expect![[r#"~reply 550@96 "Unrouteable address" |"#]]
        .assert_eq(&log("2024-01-02 10:00:00 1abc-000001-AB ** a@example.org R=dnslookup T=remote_smtp H=mx [192.0.2.1]: 550 Unrouteable address"));
    expect_test::expect![[r#"~reply 535@105 "Incorrect authentication data (set_id=user)" |"#]]
        .assert_eq(&log("May 30 06:10:12 server exim[1234]: login authenticator failed for no-helo.example.org [192.0.2.11]:5432: 535 Incorrect authentication data (set_id=user)"));
}

#[test]
fn json_fields() {
    expect_test::expect![[r#"reply 550@25 enh 5.1.1@29 "User unknown" | enh 5.1.1@59 "" |"#]]
        .assert_eq(&log(r#"{"diagnosticCode":"smtp; 550 5.1.1 User unknown","status":"5.1.1","action":"failed"}"#));
    expect_test::expect![[r#"reply 250@17 enh 2.6.0@21 "Message received" |"#]]
        .assert_eq(&log(r#"{"smtpResponse":"250 2.6.0 Message received"}"#));
    expect_test::expect![[r#"~reply 554@25 "" | ~enh 5.7.1@63 "" |"#]].assert_eq(&log(
        "    postfix_status_code: 554\n    postfix_status_code_enhanced: 5.7.1",
    ));
}

#[test]
fn decoys_stay_decoys() {
    for line in [
        "Nov 22 09:44:03 mx postfix/smtpd[550]: connect from unknown[192.0.2.250]:25",
        "Nov 22 09:44:03 mx postfix/smtp[1]: ABC: to=<a@b>, relay=x[192.0.2.1]:250, delay=250, delays=0.5/0/0.2/4.3, status=sent",
        "Nov 22 09:44:03 mx postfix/qmgr[1]: ABC: from=<a@b>, size=550, nrcpt=1 (queue active)",
        "Nov 22 09:44:03 mx postfix/postscreen[1]: PASS NEW [192.0.2.5]:550",
        "Postfix 3.7.10, Exim 4.96, Sendmail 8.15.2, version 4.2.1 released",
        "Date: Tue, 22 Nov 2022 09:44:03 +0550",
        "Received: from mx (mx [192.0.2.1]) by y with ESMTP id 550ABC; Tue, 22 Nov 2022",
        "Message-ID: <550.5.1.1@example.org>",
        "X-Spam-Score: 5.1",
        "X-Mailman-Version: 2.1.5",
        "the disk holds 5.1.1 GB and the reply took 550 ms",
        "see https://example.org/errors/550 and http://example.org/?code=421",
        "call +1 550 555 0100, it costs $550 or 450 EUR",
        "exit code 255 after 421 seconds",
        "Received: from mail.example.org ([192.0.2.1]:550) by mx",
    ] {
        assert_eq!(show(FileKind::Bounce, line), "", "{line}");
        assert_eq!(log(line), "", "{line}");
    }
}

#[test]
fn malformed_and_impossible_codes_are_read_in_strong_contexts_only() {
    expect_test::expect![[r#"bad 5.9(missing-part)@28 "" |"#]]
        .assert_eq(&log("x postfix/smtp[1]: ABC: dsn=5.9, status=bounced"));
    expect_test::expect![[r#"bad 6.1.1(bad-class)@28 "" |"#]]
        .assert_eq(&log("x postfix/smtp[1]: ABC: dsn=6.1.1, status=bounced"));
    expect_test::expect![[r#"reply 599@13 enh 5.1.1@17 "nope" |"#]]
        .assert_eq(&log("host x said: 599 5.1.1 nope"));
    expect_test::expect![[r#"reply 550@13 enh 5.7.1@17 "Rejected" |"#]]
        .assert_eq(&log("host x said: 550 5.7.1. Rejected"));
    expect_test::expect![[r#"reply 550@13 "192.0.2.1 listed" |"#]]
        .assert_eq(&log("host x said: 550 192.0.2.1 listed"));
    // Weak contexts take plausible codes only.
    assert_eq!(log("reason: 599 5.1.1 nope"), "");
    assert_eq!(log("reason: 5.1.1000 nope"), "");
}

#[test]
fn candidate_lines_are_found_once() {
    let text = "a dsn=5.1.1 status=bounced\nnothing here 550 x\r\nb said: 550 x\n";
    assert_eq!(
        candidate_lines(FileKind::MailLog, text),
        [(0, 26), (47, 60)]
    );
}

/// A bounce document read as MIME: findings rendered in their views.
fn bounce(text: &str) -> String {
    let scan = bounce::scan(text);
    let mut out = String::new();
    for found in &scan.found {
        let view = scan.message.view_text(scan.view(found));
        out.push_str(&render(view, std::slice::from_ref(&found.code)));
        out.push('\n');
    }
    out
}

#[test]
fn two_line_reports_and_wrapped_replies() {
    expect_test::expect![[r#"
        ~reply 550@105 "" |
        reply 550@217 enh 5.1.1@221 "<a@example.org>... User unknown" |
    "#]]
    .assert_eq(&bounce(
        "  SMTP error from remote mail server after RCPT TO:<a@example.org>:\n    host mx.example.org [192.0.2.1]: 550 :\n\n  SMTP error from remote mail server after RCPT TO:<a@example.org>:\n    host mx.example.org [192.0.2.1]: 550 5.1.1 <a@example.org>... User unknown\n",
    ));
    expect_test::expect![[r#"
        reply 550@54 enh 5.1.6@62 "<a@example.org>... User unknown" |
        ~reply 550@173 enh 5.7.1@181 "blocked. Please visit" |
    "#]]
    .assert_eq(&bounce(
        "<a@example.org>: host mx.example.org[192.0.2.1] said: 550\n    5.1.6 <a@example.org>... User unknown (in reply to RCPT TO command)\n\n    users from spam, the message has been 550\n    5.7.1 blocked. Please visit\n",
    ));
    expect_test::expect![[r#"
        ~enh 5.2.2@86 "<a@example.jp>... Mailbox Full" |
    "#]]
    .assert_eq(&bounce(
        "\"a@example.jp\":\nSMTP error from remote server after RCPT command:\nhost: mx.example.jp\n5.2.2 <a@example.jp>... Mailbox Full\n",
    ));
}

#[test]
fn multi_line_replies_and_continued_texts() {
    expect_test::expect![[r#"
        ~reply 550@4 "Your message was rejected" |
        ~reply 550@38 "http://www.example.org/" |
        ~reply 550@70 "7d39d529-9584 (ref)" |
        reply 550@136 enh 5.1.1@140 "<a@example.org>: Recipient address rejected:\n    User unknown in virtual mailbox table" |
    "#]]
    .assert_eq(&bounce(
        "    550-Your message was rejected\n    550-http://www.example.org/\n    550 7d39d529-9584 (ref)\n\n<a@example.org>: host x[192.0.2.1] said: 550 5.1.1 <a@example.org>: Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
    ));
}

#[test]
fn a_reply_on_the_line_after_its_introduction_is_read_as_written() {
    // The introduction carries to the next line: an impossible code there
    // is read (and diagnosed), as it would be after `said:`.
    expect_test::expect![[r#"
        reply 581@112 "Sender rejected" |
    "#]]
    .assert_eq(&bounce(
        "    host mx.example.org [192.0.2.5]\n    SMTP error from remote mail server after MAIL FROM:<a@example.org>:\n    581 Sender rejected\n",
    ));
    // With no introduction on the line before, it is not.
    expect_test::expect![""].assert_eq(&bounce(
        "    host mx.example.org [192.0.2.5]\n    581 Sender rejected\n",
    ));
}

#[test]
fn a_multi_line_reply_flattened_onto_one_line() {
    // Each repetition of the reply's code begins a line of the same reply.
    expect_test::expect![[r#"reply 421@28 enh 4.7.0@32 "Try again later," | reply 421@55 enh 4.7.0@59 "see the policy" | reply 421@80 enh 4.7.0@84 "for details" |"#]]
        .assert_eq(&log("Jan  2 10:00:00 mx x: said: 421-4.7.0 Try again later, 421-4.7.0 see the policy 421 4.7.0 for details"));
    // Across the folded lines of a bounce, and with no enhanced code.
    expect_test::expect![[r#"
        reply 451@75 "example.net busy now" |
        ~reply 451@100 "Queue full\n    server" |
        ~reply 451@126 "Retry later." |
        ~reply 451@143 "See the page" |
    "#]]
    .assert_eq(&bounce(
        "<a@example.net>: host mx.example.net[192.0.2.9] refused to talk to me:\n    451-example.net busy now 451-Queue full\n    server 451-Retry later. 451 See the page\n",
    ));
    // A number in a reply's text that is not its code, or not after a
    // blank, is no new line of it.
    expect_test::expect![[r#"~reply 550@4 "Mailbox over 552 quota, ref:550-x" |"#]]
        .assert_eq(&bounce_line("    550-Mailbox over 552 quota, ref:550-x"));
    expect_test::expect![[r#"~reply 550@4 "Quota 550 MB" |"#]]
        .assert_eq(&bounce_line("    550-Quota 550 MB"));
}

#[test]
fn a_code_cut_by_a_soft_line_break_is_one_code() {
    let text = "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nDiagnostic-Code: smtp; 55=\n0 5.1.=\n1 <a@example.org>... User Unknown\n";
    expect_test::expect![[r#"
        reply 550@23 enh 5.1.1@27 "<a@example.org>... User Unknown" |
    "#]]
    .assert_eq(&bounce(text));
    let scan = bounce::scan(text);
    let found = &scan.found[0];
    let (reply, _) = found.code.reply.clone().unwrap();
    let source = scan.source_range(found, reply);
    assert_eq!(&text[source], "55=\n0");
    for half in ["55=", "0 5.1.=", "1 <a"] {
        let at = text.find(half).unwrap();
        assert_eq!(scan.at(at), Some(found), "{half}");
    }
}

#[test]
fn bad_classes_after_a_status_key() {
    expect_test::expect![[r#"bad 7.7.7(bad-class)@6 "" |"#]].assert_eq(&log("y dsn=7.7.7"));
    expect_test::expect![[r#"bad 6.6.6(bad-class)@6 "b" |"#]].assert_eq(&log("x dsn=6.6.6 b"));
}

#[test]
fn a_multibyte_letter_before_a_mark_is_a_letter_not_a_cut() {
    // Found by the fuzzer: the word before `;` ended in a three-byte
    // letter, and the word's start was taken one byte inside it.
    let shown: Vec<String> = [
        "x tp\u{fffd}; 550 5.1.1 user unknown",
        "Diagnostic-Code: sm\u{e9}; 550 5.1.1 user unknown",
        "\u{65e5}\u{672c}: 550 5.1.1 user unknown",
    ]
    .iter()
    .map(|text| format!("{} / {}", log(text), bounce_line(text)))
    .collect();
    expect_test::expect![[r#"
         / ~reply 550@9 enh 5.1.1@13 "user unknown" |
        ~reply 550@23 enh 5.1.1@27 "user unknown" | / ~reply 550@23 enh 5.1.1@27 "user unknown" |
         / ~reply 550@8 enh 5.1.1@12 "user unknown" |"#]]
    .assert_eq(&shown.join("\n"));
}

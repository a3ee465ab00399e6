use super::*;
use expect_test::{Expect, expect};

/// Each record of `text` as `recipient | action status reply | reason
/// hard/soft | command | diagnostic`.
fn check(text: &str, expected: Expect) {
    let reports = decode_file(text);
    let mut out = String::new();
    for report in &reports {
        out.push_str(&format!("{}\n", report.kind.name()));
        for record in &report.records {
            out.push_str(&format!(
                "{} | {} {}{} {} | {} {} | {} | {}\n",
                record.recipient,
                record.action.as_deref().unwrap_or("-"),
                record
                    .status
                    .map_or("-".to_string(), |code| code.to_string()),
                if record.status_derived {
                    "(derived)"
                } else {
                    ""
                },
                record
                    .reply
                    .map_or("-".to_string(), |code| code.to_string()),
                record.reason.name(),
                if record.hard { "hard" } else { "soft" },
                record.command.map_or("-", reason::Command::name),
                record.diagnostic,
            ));
        }
    }
    expected.assert_eq(&out);
}

const POSTFIX_DSN: &str = "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender@example.org
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"

--B
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.org.

<user@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1
    <user@example.net>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

--B
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; user@example.net
Original-Recipient: rfc822;user@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 5.1.1 <user@example.net>: Recipient address
    rejected: User unknown in local recipient table

--B--
";

#[test]
fn a_postfix_dsn() {
    check(
        POSTFIX_DSN,
        expect![[r#"
            bounce
            user@example.net | failed 5.1.1 550 | userunknown hard | RCPT TO | 550 5.1.1 <user@example.net>: Recipient address rejected: User unknown in local recipient table
        "#]],
    );
}

#[test]
fn recipients_written_field_by_field_and_in_two_pieces() {
    // All Final-Recipient fields first, then all Action fields, ...; and a
    // recipient whose Action comes before its Final-Recipient.
    let interleaved = "From: Postmaster <postmaster@aol.example>
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.aol.example

Final-Recipient: rfc822; one@example.jp
Final-Recipient: rfc822; two@example.jp
Action: failed
Action: failed
Status: 5.2.2
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.2.2 <one@example.jp>... Mailbox Full
Diagnostic-Code: smtp; 550 5.1.1 <two@example.jp>... User Unknown

--B--
";
    check(
        interleaved,
        expect![[r#"
            bounce
            one@example.jp | failed 5.2.2 550 | mailboxfull soft | - | 550 5.2.2 <one@example.jp>... Mailbox Full
            two@example.jp | failed 5.1.1 550 | userunknown hard | - | 550 5.1.1 <two@example.jp>... User Unknown
        "#]],
    );
    let action_first = "From: postmaster@example.jp
Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; inbound.example.com

Action: failed
Final-Recipient: rfc822; gone@example.jp
Original-Recipient: rfc822; gone@example.jp
Diagnostic-Code: smtp; 552 5.3.4 Message too large
Status: 5.3.4

--B--
";
    check(
        action_first,
        expect![[r#"
            bounce
            gone@example.jp | failed 5.3.4 552 | mesgtoobig soft | - | 552 5.3.4 Message too large
        "#]],
    );
}

#[test]
fn a_qmail_bounce_without_a_report() {
    check(
        "From: MAILER-DAEMON@mx.example.jp
To: sender@example.jp
Subject: failure notice

Hi. This is the qmail-send program at mx.example.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<full@example.ad.jp>:
192.0.2.1 does not like recipient.
Remote host said: 552 Error: disk quota exceeded
Giving up on 192.0.2.1.

<nobody@example.ad.jp>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <sender@example.jp>
To: full@example.ad.jp
Subject: hello
",
        expect![[r#"
            bounce
            full@example.ad.jp | failed 5.2.2(derived) 552 | mailboxfull soft | RCPT TO | 552 Error: disk quota exceeded
            nobody@example.ad.jp | failed 5.1.1 - | userunknown hard | - | <nobody@example.ad.jp>: Sorry, no mailbox here by that name. (#5.1.1)
        "#]],
    );
}

#[test]
fn an_exim_bounce_with_its_failed_recipients_header() {
    check(
        "From: Mail Delivery System <Mailer-Daemon@mx.example.com>
To: sender@example.com
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: rcpt@example.net

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  rcpt@example.net
    host mx.example.net [192.0.2.2]
    SMTP error from remote mail server after initial connection:
    554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org

------ This is a copy of the message, including all the headers. ------

From: sender@example.com
To: rcpt@example.net
",
        expect![[r#"
            bounce
            rcpt@example.net | failed 5.7.1 554 | blocked soft | CONNECT | 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org
        "#]],
    );
}

#[test]
fn feedback_reports_and_automatic_replies() {
    check(
        "From: feedback@isp.example
Subject: Abuse Report
Content-Type: multipart/report; report-type=feedback-report; boundary=\"B\"

--B
Content-Type: text/plain

This is an email abuse report.

--B
Content-Type: message/feedback-report

Feedback-Type: abuse
Version: 1
Original-Rcpt-To: one@example.com
Original-Rcpt-To: two@example.com

--B--
",
        expect![[r#"
            feedback
            one@example.com | - - - | feedback soft | - | 
            two@example.com | - - - | feedback soft | - | 
        "#]],
    );
    check(
        "From: away@example.net
To: sender@example.org
Subject: Away until May 5
Auto-Submitted: auto-replied

I am away until May 5th.
",
        expect![[r#"
            auto-reply
            away@example.net | - - - | vacation soft | - | 
        "#]],
    );
}

#[test]
fn an_mbox_of_two_bounces() {
    let two = format!(
        "From MAILER-DAEMON  Thu Apr 29 23:34:45 2015\n{POSTFIX_DSN}\nFrom MAILER-DAEMON  Thu Apr 29 23:34:46 2015\n{POSTFIX_DSN}"
    );
    assert_eq!(decode_file(&two).len(), 2);
    assert_eq!(decode_file(POSTFIX_DSN).len(), 1);
}

#[test]
fn messages_that_are_not_bounces() {
    assert!(
        decode_file("From: a@example.com\nTo: b@example.com\nSubject: hi\n\nHello b@example.com\n")
            .is_empty()
    );
    assert!(decode_file("").is_empty());
    assert!(decode_file("\u{0}\u{1}binary\u{fffd}").is_empty());
}

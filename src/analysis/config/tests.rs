//! Config analysis: cursor-marked tests on plain strings, the sweep over
//! real third-party configs, and crafted bad configs.

use super::*;
use crate::analysis::test_support::Cursor;
use crate::analysis::{FileKind, Options, Severity};
use std::path::Path;

fn diags(kind: FileKind, text: &str) -> Vec<String> {
    crate::analysis::document_diagnostics(kind, text, &Options::default())
        .iter()
        .map(|d| {
            format!(
                "{}:{}-{} {:?} {}: {}",
                d.line, d.start, d.end, d.severity, d.rule, d.message
            )
        })
        .collect()
}

fn fixes(kind: FileKind, text: &str) -> Vec<String> {
    crate::analysis::document_diagnostics(kind, text, &Options::default())
        .iter()
        .flat_map(|d| {
            d.fixes
                .iter()
                .map(|f| format!("{}:{}-{} {}", d.line, f.start, f.end, f.replacement))
        })
        .collect()
}

fn hover_at(kind: FileKind, text: &str) -> Option<String> {
    let Cursor {
        text, line, column, ..
    } = Cursor::new(text);
    hover(kind, &text, line, column, &Options::default())
        .map(|(r, m)| format!("{}..{}\n{m}", r.start, r.end))
}

fn complete(kind: FileKind, text: &str) -> Vec<String> {
    let Cursor {
        text, line, column, ..
    } = Cursor::new(text);
    completion(kind, &text, line, column, &Options::default())
        .into_iter()
        .map(|c| c.label)
        .collect()
}

#[test]
fn logical_lines_join_continuations() {
    let lines = logical_lines("a = 1\n  2\n# c\n  3\nb = x\n\n  orphan\n", true);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0].text, "a = 1\n  2\n  3");
    assert_eq!(lines[0].locate(8), (1, 2));
    assert_eq!(lines[0].locate(12), (3, 2));
    assert_eq!(lines[2].text, "  orphan");
}

#[test]
fn main_cf_parameters() {
    let text = "smtpd_bannr = hi\nmyhostname = a\nmyhostname = b\nrelayhost = $mydomian\nmy_own = x\nsmtpd_sender_restrictions = $my_own\nsubmission_destination_concurrency_limit = 2\nvirtual_maps = hash:/x\n";
    assert_eq!(
        diags(FileKind::PostfixMain, text),
        [
            "0:0-11 Warning unknown-parameter: unknown Postfix parameter smtpd_bannr (did you mean smtpd_banner?)",
            "1:0-10 Warning duplicate-parameter: myhostname is set again on line 3: this value is ignored",
            "3:13-21 Warning undefined-reference: $mydomian is neither a Postfix parameter nor set in this file: it expands to nothing (did you mean mydomain?)",
            "7:0-12 Hint deprecated: virtual_maps is deprecated: Postfix 3.11 and later log a warning for it; use virtual_alias_maps instead",
        ]
    );
    assert_eq!(
        fixes(FileKind::PostfixMain, text),
        [
            "0:0-11 smtpd_banner",
            "3:13-21 mydomain",
            "7:0-12 virtual_alias_maps"
        ]
    );
    // Unused unknown name without a close match: information only.
    assert_eq!(
        diags(FileKind::PostfixMain, "mua_sender_restrictions = permit\n"),
        [
            "0:0-23 Information unknown-parameter: mua_sender_restrictions is not a Postfix parameter: fine if it is your own, referred to as $mua_sender_restrictions elsewhere (master.cf)"
        ]
    );
    // Templates with their own variables are not checked.
    assert!(diags(FileKind::PostfixMain, "mailbox_command = /usr/bin/procmail -a \"$EXTENSION\" $user_x\nforward_path = $home/.forward${recipient_delimiter}${extension}\n").is_empty());
}

#[test]
fn main_cf_code_parameters() {
    let text = "unknown_local_recipient_reject_code = 250\ndefer_code = 550\nunverified_recipient_reject_code = 250\nsmtpd_forbid_bare_newline_reject_code = 450\nreject_code = 55\nsmtpd_policy_service_default_action = 451 5.3.5 Server configuration problem\nmilter_default_action = bounce\nmaps_rbl_reject_code = $foo\n";
    assert_eq!(
        diags(FileKind::PostfixMain, text),
        [
            "0:38-41 Error bad-code-value: unknown_local_recipient_reject_code must be 4XX or 5XX, not 250",
            "1:13-16 Error bad-code-value: defer_code must be 4XX, not 550",
            "3:40-43 Error bad-code-value: smtpd_forbid_bare_newline_reject_code must be 5XX, not 450",
            "4:14-16 Error bad-code-value: reject_code takes a three-digit SMTP reply code",
            "5:38-47 Error class-mismatch: Class mismatch: reply 451 is class 4 but the enhanced code 5.3.5 is class 5; RFC 3463 requires both to agree (Postfix rewrites the enhanced class to match).",
            "6:24-30 Error bad-code-value: milter_default_action is accept, reject, tempfail or quarantine, not \"bounce\"",
            "7:24-27 Warning undefined-reference: $foo is neither a Postfix parameter nor set in this file: it expands to nothing",
        ]
    );
}

#[test]
fn postfix_tables() {
    let text = "spam@x REJECT 4.7.1 go away\nslow@x DEFER 5.7.1 later\nbad@x 550 4.7.1 no\nok@x OK\nx@y REJCT\nz@y 550 5.7.99 hmm\nw@y reject_unknown_sender_domain\n";
    assert_eq!(
        diags(FileKind::PostfixTable, text),
        [
            "0:14-19 Error action-class-mismatch: REJECT sends a 5XX reply: the enhanced code must be 5.x.x, not 4.7.1 (Postfix would silently rewrite it to 5.7.1)",
            "1:13-18 Error action-class-mismatch: DEFER sends a 4XX reply: the enhanced code must be 4.x.x, not 5.7.1 (Postfix would silently rewrite it to 4.7.1)",
            "2:6-15 Error class-mismatch: Class mismatch: reply 550 is class 5 but the enhanced code 4.7.1 is class 4; RFC 3463 requires both to agree (Postfix rewrites the enhanced class to match).",
            "4:4-9 Error unknown-action: REJCT is not a Postfix table action (did you mean REJECT?)",
            "5:8-14 Warning unregistered-enhanced-code: 5.7.99 is neither in the IANA registry nor a known vendor code (a typo for 5.7.9, 5.7.19, 5.7.29?)",
        ]
    );
    assert!(fixes(FileKind::PostfixTable, text).contains(&"0:14-19 5.7.1".to_string()));
    assert!(fixes(FileKind::PostfixTable, text).contains(&"4:4-9 REJECT".to_string()));
    // Pattern tables: the action follows /regex/flags.
    let pcre = "/^Subject: .*viagra/i REJECT 4.7.1 spam\nif /^From:/\n/x y/ DEFER 4.7.1 ok\nendif\n/^X-Mailer/ IGNORE\n";
    assert_eq!(
        diags(FileKind::PostfixTable, pcre),
        [
            "0:29-34 Error action-class-mismatch: REJECT sends a 5XX reply: the enhanced code must be 5.x.x, not 4.7.1 (Postfix would silently rewrite it to 5.7.1)"
        ]
    );
    // Lookup tables have no actions.
    assert!(
        diags(
            FileKind::PostfixTable,
            "example.com smtp:[relay]\nuser@x OTHERUSER\nlocal LOCAL\n"
        )
        .is_empty()
    );
}

#[test]
fn master_cf_fields() {
    let text = "smtp inet n - y - - smtpd\n  -o smtpd_bannr=x\n  -o unknown_local_recipient_reject_code=250\npickup fifo n - x 60z 1 pickup\nbad  tcp n - n - - x\nshort unix - -\ntlsmgr unix - - n 1000? 1 tlsmgr\n";
    assert_eq!(
        diags(FileKind::PostfixMaster, text),
        [
            "1:5-16 Warning unknown-parameter: unknown Postfix parameter smtpd_bannr (did you mean smtpd_banner?)",
            "2:41-44 Error bad-code-value: unknown_local_recipient_reject_code must be 4XX or 5XX, not 250",
            "3:16-17 Error config-syntax: the chroot field is y, n or -, not \"x\"",
            "3:18-21 Error config-syntax: the wakeup time is a number of seconds (optionally followed by `?`) or -, not \"60z\"",
            "4:5-8 Error config-syntax: unknown service type \"tcp\": inet, unix, unix-dgram, fifo or pass",
            "5:0-14 Error config-syntax: a master.cf service has 8 fields (service type private unpriv chroot wakeup maxproc command), this line has 4",
        ]
    );
    let hover = hover_at(FileKind::PostfixMaster, "smtp inet n - y 6$00 - smtpd\n").unwrap();
    assert!(
        hover.starts_with("16..18\n### master.cf: wakeup time (field 6)"),
        "{hover}"
    );
    let hover = hover_at(
        FileKind::PostfixMaster,
        "smtp inet n - y - - smtpd\n  -o smtpd_tls_$0security_level=encrypt\n",
    )
    .unwrap();
    assert!(
        hover.starts_with("5..29\n### `smtpd_tls_security_level`"),
        "{hover}"
    );
}

#[test]
fn sendmail_tables_and_rules() {
    let text = "From:spam@x\tERROR:\"550 4.7.1 no\"\nConnect:10.0.0.1\tRELAY\nTo:x@y\tERROR:5.7.1:550 Denied\nFrom:z\tTEMP:550 later\nFrom:q\tREJCT\nGreetPause:localhost\t0\n";
    assert_eq!(
        diags(FileKind::SendmailTable, text),
        [
            "0:19-28 Error class-mismatch: Class mismatch: reply 550 is class 5 but the enhanced code 4.7.1 is class 4; RFC 3463 requires both to agree.",
            "3:12-15 Error action-class-mismatch: TEMP: takes a 4XX reply code, not 550",
            "4:7-12 Error unknown-action: REJCT is not a Sendmail access action (did you mean REJECT?)",
        ]
    );
    let virt = "baduser@x\terror:nouser 550 4.1.1 gone\nold@x\terror:5.1.2:550 moved\n";
    assert_eq!(
        diags(FileKind::SendmailTable, virt),
        [
            "0:23-32 Error class-mismatch: Class mismatch: reply 550 is class 5 but the enhanced code 4.1.1 is class 4; RFC 3463 requires both to agree."
        ]
    );
    let cf = "R$*\t$#error $@ 4.7.1 $: \"550 Access denied\"\n";
    assert_eq!(
        diags(FileKind::SendmailCf, cf).len(),
        1,
        "{:?}",
        diags(FileKind::SendmailCf, cf)
    );
    let mc = "define(`confREJECT_MSG', `550 4.7.1 Access denied')dnl\nesyscmd(`rm -rf /')\n";
    assert_eq!(
        diags(FileKind::SendmailMc, mc).len(),
        1,
        "{:?}",
        diags(FileKind::SendmailMc, mc)
    );
    let hover = hover_at(
        FileKind::SendmailTable,
        "From:x\tERROR:\"550 5.7$0.1 no\"\n",
    )
    .unwrap();
    assert!(hover.starts_with("14..23\n### `550 5.7.1`"), "{hover}");
}

#[test]
fn hover_in_main_cf() {
    let text = "myhostname = mx.example\nsmtpd_ban$0ner = $myhostname ESMTP\n";
    let hover = hover_at(FileKind::PostfixMain, text).unwrap();
    assert!(hover.starts_with("0..12\n### `smtpd_banner`"), "{hover}");
    assert!(
        hover.contains("https://www.postfix.org/postconf.5.html#smtpd_banner"),
        "{hover}"
    );
    let hover = hover_at(
        FileKind::PostfixMain,
        "myhostname = mx.example\nsmtpd_banner = $myhost$0name ESMTP\n",
    )
    .unwrap();
    assert!(hover.contains("Value here**: `mx.example`"), "{hover}");
    let hover = hover_at(FileKind::PostfixMain, "x = ${requiretls$0_enable}\n").unwrap();
    assert!(hover.contains("Postfix 3.11"), "{hover}");
    let hover = hover_at(
        FileKind::PostfixMain,
        "unknown_local_recipient_reject_code = 5$050\n",
    )
    .unwrap();
    assert!(hover.starts_with("38..41\n### `550`"), "{hover}");
    let hover = hover_at(FileKind::PostfixTable, "x REJECT 5.7$0.1 no\n").unwrap();
    assert!(hover.starts_with("9..14\n"), "{hover}");
}

#[test]
fn completion_in_configs() {
    let names = complete(FileKind::PostfixMain, "smtpd_tls_secu$0");
    assert!(
        names.contains(&"smtpd_tls_security_level".to_string()),
        "{names:?}"
    );
    assert!(names.iter().all(|n| n.starts_with("smtpd_tls_secu")));
    let names = complete(FileKind::PostfixMain, "my_own = 1\nx = $my$0");
    assert!(
        names.contains(&"my_own".to_string()) && names.contains(&"myhostname".to_string()),
        "{names:?}"
    );
    let names = complete(FileKind::PostfixMain, "x = ${mydo$0");
    assert_eq!(names, ["mydomain"]);
    let codes = complete(FileKind::PostfixMain, "defer_code = $0");
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with('4')),
        "{codes:?}"
    );
    let codes = complete(
        FileKind::PostfixMain,
        "unknown_local_recipient_reject_code = 5$0",
    );
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with('5')),
        "{codes:?}"
    );
    let codes = complete(FileKind::PostfixTable, "spam@x REJECT $0");
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with("5.")),
        "{codes:?}"
    );
    let codes = complete(FileKind::PostfixTable, "/x/ DEFER 4.7$0");
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with("4.7")),
        "{codes:?}"
    );
    let codes = complete(FileKind::PostfixTable, "x 550 $0");
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with("5.")),
        "{codes:?}"
    );
    let codes = complete(FileKind::SendmailTable, "From:x\tERROR:\"451 $0");
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with("4.")),
        "{codes:?}"
    );
    let names = complete(
        FileKind::PostfixMaster,
        "smtp inet n - n - - smtpd\n  -o smtpd_tls_wrap$0",
    );
    assert_eq!(names, ["smtpd_tls_wrappermode"]);
    assert!(complete(FileKind::PostfixTable, "spam@x OK $0").is_empty());
}

fn fixture_kind(path: &Path) -> Option<FileKind> {
    let name = path.file_name()?.to_str()?;
    let folder = path.parent()?.file_name()?.to_str()?;
    Some(match (folder, name) {
        ("debian-exim4", _) => FileKind::EximConf,
        (_, n) if n.ends_with("-master.cf") || n == "master.cf" => FileKind::PostfixMaster,
        (_, n) if n.ends_with("regexp.cf") || n.ends_with("virtual.cf") => FileKind::PostfixTable,
        (_, n) if n.ends_with(".cf") => FileKind::PostfixMain,
        (_, n) if n.ends_with(".pcre") => FileKind::PostfixTable,
        (_, n) if n.ends_with(".mc") => FileKind::SendmailMc,
        ("postfix-upstream", "access") => FileKind::PostfixTable,
        _ => FileKind::detect(None, path.to_str(), &std::fs::read_to_string(path).ok()?),
    })
}

/// Every real config analyses without a warning or an error, except those
/// checked by hand and listed here.
#[test]
fn real_configs_have_no_false_alarms() {
    // (file, line, rule): each one reviewed.
    let expected: &[(&str, usize, &str)] = &[];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/configs");
    let mut seen = Vec::new();
    let mut files = 0;
    for folder in std::fs::read_dir(&root).unwrap() {
        let folder = folder.unwrap().path();
        if !folder.is_dir() || folder.ends_with("bad") {
            continue;
        }
        for file in std::fs::read_dir(&folder).unwrap() {
            let path = file.unwrap().path();
            let Some(kind) = fixture_kind(&path) else {
                continue;
            };
            let text = std::fs::read_to_string(&path).unwrap();
            files += 1;
            let name = format!(
                "{}/{}",
                folder.file_name().unwrap().to_str().unwrap(),
                path.file_name().unwrap().to_str().unwrap()
            );
            for d in crate::analysis::document_diagnostics(kind, &text, &Options::default()) {
                if d.severity <= Severity::Warning {
                    seen.push(format!("{name}:{}: {} {}", d.line + 1, d.rule, d.message));
                    assert!(
                        expected
                            .iter()
                            .any(|(f, l, r)| *f == name && *l == d.line + 1 && *r == d.rule),
                        "unexpected: {name}:{}: {} {}",
                        d.line + 1,
                        d.rule,
                        d.message
                    );
                }
            }
        }
    }
    assert!(files >= 18, "{files}");
    assert_eq!(seen.len(), expected.len(), "{seen:#?}");
}

/// Crafted bad configs: each file lists its expected `line rule` pairs in
/// `expected.txt` beside it.
#[test]
fn crafted_bad_configs_are_caught() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/configs/bad");
    let expected = std::fs::read_to_string(root.join("expected.txt")).unwrap();
    let mut wanted: Vec<String> = expected
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    wanted.sort();
    let mut got = Vec::new();
    for (file, kind) in [
        ("main.cf", FileKind::PostfixMain),
        ("master.cf", FileKind::PostfixMaster),
        ("access", FileKind::PostfixTable),
        ("header_checks.pcre", FileKind::PostfixTable),
        ("sendmail-access", FileKind::SendmailTable),
        ("virtusertable", FileKind::SendmailTable),
        ("sendmail.mc", FileKind::SendmailMc),
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        for d in crate::analysis::document_diagnostics(kind, &text, &Options::default()) {
            got.push(format!("{file}:{} {:?} {}", d.line + 1, d.severity, d.rule));
        }
    }
    got.sort();
    assert_eq!(got, wanted);
}

#[test]
fn a_binary_file_gets_one_warning() {
    let text = "ELF\0\0\u{1}junk = \0\nmore junk here\nx\n";
    for kind in [
        FileKind::PostfixMain,
        FileKind::PostfixMaster,
        FileKind::SendmailTable,
    ] {
        let found = diags(kind, text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("binary file"), "{found:?}");
        assert!(found[0].contains("Warning"), "{found:?}");
    }
}

const EXIM: &str = "\
domainlist local_domains = @ : example.org
acl_smtp_rcpt = acl_check_rcpt
MY_MSG = 550 5.7.1 not here

begin acl

acl_check_rcpt:
  accept  hosts = :
  deny    message = 550 4.7.1 Relay not permitted
          !domains = +local_domains
  deny    domains = +local_domains
          message = 450 4.1.1 unknown user
  defer   message = 451 4.3.0 try later \\
                    please
          condition = ${if or{{eq{$a}{b}}{eq{$c}{d}}}}
  require verify = sender
          message = 550 5.7.99 who are you?
  warn    message = 250 X-Header: not an answer
  deny    control = fakereject/550 5.7.1 kept for evaluation
  deny    log_message = 550 5.1.1 logged
  accept  control = fakedefer/550 5.7.1 later
  deny    message = MY_MSG

begin routers

dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp

fail_router:
  driver = redirect
  data = :fail: 550 4.1.1 gone away

begin transports

remote_smtp:
  driver = smtp
";

#[test]
fn exim_codes_and_classes() {
    assert_eq!(
        diags(FileKind::EximConf, EXIM),
        [
            "8:20-29 Error class-mismatch: Class mismatch: reply 550 is class 5 but the enhanced code 4.7.1 is class 4; RFC 3463 requires both to agree.",
            "11:20-23 Error action-class-mismatch: deny answers with a 5XX code, not 450: Exim logs a panic and sends its own 5XX code instead",
            "16:24-30 Warning unregistered-enhanced-code: 5.7.99 is neither in the IANA registry nor a known vendor code (a typo for 5.7.9, 5.7.19, 5.7.29?)",
            "20:30-33 Error action-class-mismatch: fakedefer answers with a 4XX code, not 550: Exim logs a panic and sends its own 4XX code instead",
            "32:16-25 Error class-mismatch: Class mismatch: reply 550 is class 5 but the enhanced code 4.1.1 is class 4; RFC 3463 requires both to agree.",
        ]
    );
    let hover = hover_at(
        FileKind::EximConf,
        &EXIM.replacen("550 4.7.1 Relay", "550 4.7$0.1 Relay", 1),
    )
    .unwrap();
    assert!(hover.starts_with("20..29\n### `550 4.7.1`"), "{hover}");
    // A code alone is text for Exim (it wants white space after it).
    assert!(diags(FileKind::EximConf, "begin acl\na:\n  defer message = 550\n").is_empty());
    // A `warn` message is a header line, not an answer: no code there.
    assert!(
        hover_at(
            FileKind::EximConf,
            &EXIM.replacen("250 X-Header", "25$00 X-Header", 1)
        )
        .is_none()
    );
}

#[test]
fn exim_completion() {
    let base = "begin acl\nacl_check_rcpt:\n";
    let codes = complete(FileKind::EximConf, &format!("{base}  deny message = $0"));
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with('5')),
        "{codes:?}"
    );
    let codes = complete(
        FileKind::EximConf,
        &format!("{base}  defer hosts = x\n        message = 4$0"),
    );
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with('4')),
        "{codes:?}"
    );
    let codes = complete(
        FileKind::EximConf,
        &format!("{base}  deny message = 550 $0"),
    );
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with("5.")),
        "{codes:?}"
    );
    let codes = complete(FileKind::EximConf, "begin routers\nr:\n  data = :defer: $0");
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with('4')),
        "{codes:?}"
    );
    let codes = complete(
        FileKind::EximConf,
        &format!("{base}  warn control = fakereject/$0"),
    );
    assert!(
        !codes.is_empty() && codes.iter().all(|c| c.starts_with('5')),
        "{codes:?}"
    );
    assert!(complete(FileKind::EximConf, &format!("{base}  warn message = $0")).is_empty());
}

#[test]
fn exim_navigation_and_outline() {
    use super::navigate::{self, SymbolKind};
    let at = |needle: &str| EXIM.find(needle).unwrap();
    // acl_smtp_rcpt = acl_check_rcpt -> the ACL.
    let found = navigate::definition(FileKind::EximConf, EXIM, at("= acl_check_rcpt") + 5).unwrap();
    assert_eq!(found.start, at("acl_check_rcpt:"));
    assert_eq!(&EXIM[found], "acl_check_rcpt");
    // +local_domains -> its domainlist; a macro -> its definition;
    // transport = remote_smtp -> the transport.
    let found = navigate::definition(FileKind::EximConf, EXIM, at("+local_domains\n") + 3).unwrap();
    assert_eq!(found.start, at("local_domains = @"));
    let found = navigate::definition(FileKind::EximConf, EXIM, at("= MY_MSG") + 4).unwrap();
    assert_eq!(found.start, at("MY_MSG ="));
    let found = navigate::definition(FileKind::EximConf, EXIM, at("= remote_smtp") + 3).unwrap();
    assert_eq!(found.start, at("remote_smtp:"));
    assert_eq!(
        navigate::definition(FileKind::EximConf, EXIM, at("hosts = :")),
        None
    );
    let uses = navigate::references(FileKind::EximConf, EXIM, at("+local_domains\n") + 3, true);
    assert_eq!(uses.len(), 4, "{uses:?}");
    // Outline: main options, then sections with their blocks.
    let symbols = navigate::symbols(FileKind::EximConf, EXIM);
    let names: Vec<&str> = symbols.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "local_domains",
            "acl_smtp_rcpt",
            "MY_MSG",
            "begin acl",
            "begin routers",
            "begin transports"
        ]
    );
    assert_eq!(symbols[0].kind, SymbolKind::List);
    assert_eq!(symbols[2].kind, SymbolKind::Macro);
    assert_eq!(symbols[3].children[0].name, "acl_check_rcpt");
    let routers = &symbols[4].children;
    assert_eq!(routers.len(), 2);
    assert_eq!(routers[0].detail, "driver = dnslookup");
    assert_eq!(routers[0].children.len(), 3);
    assert!(EXIM[routers[0].range.clone()].starts_with("dnslookup:\n  driver"));
    assert!(EXIM[routers[0].range.clone()].ends_with("transport = remote_smtp"));
}

#[test]
fn exim_alias_files_fail_and_defer() {
    let text = "postmaster: root\nold: :fail: 550 4.1.1 moved away\nbusy: :defer: 550 later\nsoon: :fail: not a code\n";
    assert_eq!(
        diags(FileKind::PostfixTable, text),
        [
            "1:12-21 Error class-mismatch: Class mismatch: reply 550 is class 5 but the enhanced code 4.1.1 is class 4; RFC 3463 requires both to agree (Postfix rewrites the enhanced class to match).",
            "2:14-17 Error action-class-mismatch: :defer: takes a 4XX reply code, not 550",
        ]
    );
}

/// The crafted templated copies (Jinja2, ERB, Go/Helm, placeholders) of a
/// real main.cf/master.cf pair: no error or warning, and a typo made in
/// each is still found, at its line.
#[test]
fn templated_configs_keep_every_other_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/configs/templated");
    let serious = |kind: FileKind, text: &str| -> Vec<(usize, &'static str)> {
        crate::analysis::document_diagnostics(kind, text, &Options::default())
            .into_iter()
            .filter(|d| d.severity <= Severity::Warning)
            .map(|d| (d.line, d.rule))
            .collect()
    };
    let mut files = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let kind = FileKind::detect(None, path.to_str(), &text);
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        assert!(
            matches!(kind, FileKind::PostfixMain | FileKind::PostfixMaster),
            "{name}: {kind:?}"
        );
        files += 1;
        assert_eq!(serious(kind, &text), [], "{name}");
        let typos: &[(&str, &str, &str)] = if kind == FileKind::PostfixMain {
            &[
                ("smtpd_tls_loglevel", "smtpd_tls_logleve", UNKNOWN_PARAMETER),
                (
                    "smtpd_banner = $myhostname",
                    "smtpd_banner = $myhostnme",
                    UNDEFINED_REFERENCE,
                ),
                (
                    "milter_protocol = 6",
                    "milter_protocol = 6\nsoft_bounce = yes\nsoft_bounce = no",
                    DUPLICATE_PARAMETER,
                ),
                (
                    "biff = no",
                    "biff = no\nunknown_local_recipient_reject_code = 250",
                    BAD_CODE_VALUE,
                ),
            ]
        } else {
            &[
                (
                    "-o smtpd_sasl_type=dovecot",
                    "-o smtpd_sasl_typ=dovecot",
                    UNKNOWN_PARAMETER,
                ),
                (
                    "pickup         fifo  n       -       n",
                    "pickup         fifo  n       -       x",
                    CONFIG_SYNTAX,
                ),
                (
                    "-o smtpd_reject_unlisted_recipient=no",
                    "-o smtpd_reject_unlisted_recipient=no\n  -o unverified_sender_defer_code=550",
                    BAD_CODE_VALUE,
                ),
            ]
        };
        for (from, to, rule) in typos {
            let broken = text.replacen(from, to, 1);
            assert_ne!(broken, text, "{name}: {from}");
            let line = broken[..broken.find(to).unwrap()].matches('\n').count()
                + usize::from(*rule == DUPLICATE_PARAMETER || *rule == BAD_CODE_VALUE);
            assert_eq!(serious(kind, &broken), [(line, *rule)], "{name}: {to}");
        }
    }
    assert_eq!(files, 8);
}

fn diags_with(kind: FileKind, text: &str, options: &Options) -> Vec<String> {
    crate::analysis::document_diagnostics(kind, text, options)
        .iter()
        .map(|d| {
            format!(
                "{}:{}-{} {:?} {}: {}",
                d.line, d.start, d.end, d.severity, d.rule, d.message
            )
        })
        .collect()
}

#[test]
fn postfix_versions() {
    use super::version::Version;
    let text = "compatibility_level = 3.6\nsmtpd_tls_enable_rpk = yes\nsmtp_use_tls = yes\nsmtpd_recipient_restrictions = permit_mynetworks, reject_maps_rbl, reject_unauth_destination\n";
    // compatibility_level 3.6 says the server is 3.6 or later: what was
    // deprecated before is a warning, what 3.9 deprecates a hint.
    assert_eq!(
        diags(FileKind::PostfixMain, text),
        [
            "2:0-12 Hint deprecated: smtp_use_tls is deprecated: Postfix 3.9 and later log a warning for it; use smtp_tls_security_level instead",
            "3:50-65 Warning deprecated: reject_maps_rbl is deprecated: Postfix 2.1 and later log a warning for it; use reject_rbl_client instead",
        ]
    );
    // For Postfix 3.5: a 3.9 parameter is a warning, and compatibility_level
    // 3.6 cannot be right; reject_maps_rbl is deprecated there.
    let options = Options {
        postfix_version: Version::parse("3.5"),
        ..Options::default()
    };
    assert_eq!(
        diags_with(FileKind::PostfixMain, text, &options),
        [
            "0:22-25 Warning postfix-version: compatibility_level 3.6 is newer than Postfix 3.5, the version this configuration is for",
            "1:0-20 Warning postfix-version: smtpd_tls_enable_rpk was added in Postfix 3.9: Postfix 3.5 does not know it (it logs \"unused parameter\" and ignores it)",
            "2:0-12 Hint deprecated: smtp_use_tls is deprecated: Postfix 3.9 and later log a warning for it; use smtp_tls_security_level instead",
            "3:50-65 Warning deprecated: reject_maps_rbl is deprecated: Postfix 2.1 and later log a warning for it; use reject_rbl_client instead",
        ]
    );
    // A comment in the file wins over the setting: for 3.10, what 3.9
    // deprecated or removed is a warning.
    let commented = format!("# mail-lsp: postfix=3.10\n{text}");
    let found = diags_with(FileKind::PostfixMain, &commented, &options);
    assert_eq!(
        found,
        [
            "3:0-12 Warning deprecated: smtp_use_tls is deprecated: Postfix 3.9 and later log a warning for it; use smtp_tls_security_level instead",
            "4:50-65 Warning deprecated: reject_maps_rbl was removed in Postfix 3.9: Postfix 3.10 refuses it; use reject_rbl_client instead",
        ]
    );
    // compatibility_level alone is a lower bound: 3.9 makes deprecations
    // warnings, and no parameter is "too new".
    let bound = text.replace("compatibility_level = 3.6", "compatibility_level = 3.9");
    let found = diags(FileKind::PostfixMain, &bound);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found.iter().all(|d| d.contains("Warning deprecated")),
        "{found:#?}"
    );
    // master.cf -o overrides, with the comment.
    let master = "# mail-lsp: postfix=3.8\nsmtp inet n - n - - smtpd\n  -o smtpd_tls_enable_rpk=yes\n  -o smtpd_use_tls=yes\n";
    assert_eq!(
        diags(FileKind::PostfixMaster, master),
        [
            "2:5-25 Warning postfix-version: smtpd_tls_enable_rpk was added in Postfix 3.9: Postfix 3.8 does not know it (it logs \"unused parameter\" and ignores it)",
            "3:5-18 Hint deprecated: smtpd_use_tls is deprecated: Postfix 3.9 and later log a warning for it; use smtpd_tls_security_level instead",
        ]
    );
    // A comment that is not a version.
    assert_eq!(
        diags(
            FileKind::PostfixMain,
            "# mail-lsp: postfix=latest\nbiff = no\n"
        ),
        [
            "0:20-26 Warning postfix-version: latest is not a Postfix version: write for instance `# mail-lsp: postfix=3.7`"
        ]
    );
    // Completion leaves out what the version does not have.
    let names = complete(
        FileKind::PostfixMain,
        "# mail-lsp: postfix=3.5\nsmtpd_tls_enable_r$0",
    );
    assert!(names.is_empty(), "{names:?}");
    let names = complete(FileKind::PostfixMain, "smtpd_tls_enable_r$0");
    assert_eq!(names, ["smtpd_tls_enable_rpk"]);
}

#[test]
fn a_setting_repeated_with_the_same_value_is_a_hint() {
    assert_eq!(
        diags(
            FileKind::PostfixMain,
            "mailbox_size_limit = 0\nrecipient_delimiter = +\nmailbox_size_limit =  0\n"
        ),
        [
            "0:0-18 Hint duplicate-parameter: mailbox_size_limit is set again on line 3, to the same value: this line can go"
        ]
    );
}

#[test]
fn exim_split_pieces_know_their_section() {
    use super::navigate::{self, SymbolKind};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/configs/debian-exim4");
    let rcpt = std::fs::read_to_string(root.join("acl__30_exim4-config_check_rcpt")).unwrap();
    let symbols = navigate::symbols(FileKind::EximConf, &rcpt);
    let acls: Vec<&str> = symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::Block)
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(acls, ["acl_check_rcpt"], "{symbols:#?}");
    let at = rcpt.find("acl_check_rcpt:").unwrap();
    assert_eq!(
        navigate::definition(FileKind::EximConf, &rcpt, at + 3),
        Some(at..at + "acl_check_rcpt".len())
    );
    // A router piece and a transport piece.
    let router = "### router/200_exim4-config_primary\ndnslookup:\n  debug_print = \"R: dnslookup\"\n  driver = dnslookup\n  domains = ! +local_domains\n  transport = remote_smtp\n";
    let symbols = navigate::symbols(FileKind::EximConf, router);
    assert_eq!(symbols.len(), 1, "{symbols:#?}");
    assert_eq!(symbols[0].detail, "driver = dnslookup");
    let transport = "remote_smtp:\n  debug_print = \"T: remote_smtp\"\n  driver = smtp\n";
    assert_eq!(
        navigate::symbols(FileKind::EximConf, transport)[0].name,
        "remote_smtp"
    );
}

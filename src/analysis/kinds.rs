//! Which file is this? From the client's `languageId`, the file name (the
//! table in [`names`], which the editors' file associations are generated
//! from), and, when those say nothing, the first lines.

pub mod names;

pub use names::{NameRule, Refine, Variants};

/// Declares [`FileKind`] with [`FileKind::ALL`] and [`FileKind::name`], so a
/// new kind is listed everywhere at once (the editors' files are generated
/// from `ALL`, see [`names`]).
macro_rules! file_kinds {
    ($($(#[$doc:meta])* $kind:ident = $name:literal,)*) => {
        /// The kinds of file mail-lsp understands.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum FileKind {
            $($(#[$doc])* $kind,)*
            /// Nothing recognised: codes are still explained in reply contexts.
            Unknown,
        }

        impl FileKind {
            /// Every kind but `Unknown`, in the order editors list them.
            pub const ALL: &[FileKind] = &[$(FileKind::$kind,)*];

            /// The kind's language id: what editors send as `languageId`.
            pub fn name(self) -> &'static str {
                match self {
                    $(FileKind::$kind => $name,)*
                    FileKind::Unknown => "unknown",
                }
            }
        }
    };
}

file_kinds! {
    /// A syslog-style mail log: Postfix, Sendmail, Exim.
    MailLog = "mail-log",
    /// A bounce message (DSN, `message/delivery-status`) or any `.eml`.
    Bounce = "mail-bounce",
    PostfixMain = "postfix-main",
    PostfixMaster = "postfix-master",
    /// A Postfix lookup or pattern table (access, header_checks, *.pcre, ...).
    PostfixTable = "postfix-table",
    SendmailMc = "sendmail-mc",
    SendmailCf = "sendmail-cf",
    /// Sendmail access, mailertable, virtusertable.
    SendmailTable = "sendmail-table",
    /// Exim's runtime configuration (whole or one of Debian's split pieces).
    EximConf = "exim-conf",
}

impl FileKind {
    /// Read line by line: a finding depends on its line only, so an edit
    /// re-reads only the lines it touches (logs, bounces, the unrecognised).
    pub fn is_log_like(self) -> bool {
        matches!(
            self,
            FileKind::MailLog | FileKind::Bounce | FileKind::Unknown
        )
    }

    /// A configuration file: analysed whole, with file-wide rules
    /// (duplicates, `$name` references), small enough to be read whole.
    pub fn is_config(self) -> bool {
        !self.is_log_like()
    }

    /// Names are defined and used in the file (Postfix's `$name`, Exim's
    /// macros and named lists): definition and references follow them,
    /// and the outline lists them (parameters, services, sections).
    pub fn has_definitions(self) -> bool {
        matches!(
            self,
            FileKind::PostfixMain | FileKind::PostfixMaster | FileKind::EximConf
        )
    }

    /// A mail log: its delivery outcomes are counted (the code lens).
    pub fn counts_outcomes(self) -> bool {
        self == FileKind::MailLog
    }

    /// Has an outline: a mail log (its messages), and the configs whose
    /// names are defined in them.
    pub fn has_outline(self) -> bool {
        self == FileKind::MailLog || self.has_definitions()
    }

    /// The tokens that start a comment line, for editors (empty: none).
    pub fn comment_tokens(self) -> &'static [&'static str] {
        match self {
            FileKind::MailLog | FileKind::Bounce | FileKind::Unknown => &[],
            FileKind::SendmailMc => &["dnl", "#"],
            _ => &["#"],
        }
    }

    /// Decides the kind. `path` is the document's path (or URI path);
    /// `head` is the start of its text (the first few KB are enough).
    pub fn detect(language_id: Option<&str>, path: Option<&str>, head: &str) -> FileKind {
        if let Some(kind) = language_id.and_then(from_language_id) {
            // Editors cannot tell a Postfix `access` map from Sendmail's by
            // name; the content can.
            let access_named = path.is_some_and(|path| {
                names::by_name(path).is_some_and(|rule| rule.refine == Refine::AccessOwner)
            });
            if access_named && matches!(kind, FileKind::PostfixTable | FileKind::SendmailTable) {
                return access_kind(path.unwrap_or_default(), head);
            }
            return kind;
        }
        if let Some(kind) = path.and_then(|path| from_path(path, head)) {
            return kind;
        }
        sniff(head)
    }
}

fn from_language_id(id: &str) -> Option<FileKind> {
    Some(match id {
        "mail-log" | "maillog" | "messages" | "syslog" | "log" => FileKind::MailLog,
        "mail-bounce" | "eml" | "mail" | "email" => FileKind::Bounce,
        "postfix-main" | "pfmain" => FileKind::PostfixMain,
        "postfix-master" | "pfmaster" => FileKind::PostfixMaster,
        "postfix-table" => FileKind::PostfixTable,
        "sendmail-mc" | "m4" => FileKind::SendmailMc,
        "sendmail-cf" | "sm" | "sendmail" => FileKind::SendmailCf,
        "sendmail-table" => FileKind::SendmailTable,
        "exim-conf" | "exim" | "exim4" => FileKind::EximConf,
        _ => return None,
    })
}

fn from_path(path: &str, head: &str) -> Option<FileKind> {
    let rule = names::by_name(path)?;
    Some(match rule.refine {
        Refine::None => rule.kind,
        Refine::AccessOwner => access_kind(path, head),
        Refine::CfContent => match sniff(head) {
            FileKind::Unknown if looks_like_assignments(head) => FileKind::PostfixMain,
            FileKind::Unknown => FileKind::PostfixTable,
            sniffed => sniffed,
        },
    })
}

/// A file named `access` is Postfix's or Sendmail's: Sendmail tags its keys
/// (`From:`, `Connect:`, `To:`) and writes `ERROR:` actions; `/etc/mail/` is
/// Sendmail's folder, `/etc/postfix/` Postfix's.
fn access_kind(path: &str, head: &str) -> FileKind {
    if path.contains("/etc/mail/") {
        return FileKind::SendmailTable;
    }
    if path.contains("/postfix/") {
        return FileKind::PostfixTable;
    }
    let sendmail_like = head.lines().take(200).any(|line| {
        let line = line.trim_start();
        let tagged = [
            "From:",
            "Connect:",
            "To:",
            "Spam:",
            "GreetPause:",
            "ClientRate:",
        ]
        .iter()
        .any(|tag| line.starts_with(tag));
        tagged || line.contains("ERROR:") || line.contains("\tRELAY") || line.contains(" RELAY")
    });
    if sendmail_like {
        FileKind::SendmailTable
    } else {
        FileKind::PostfixTable
    }
}

/// `name = value` lines (main.cf) rather than `key value` or `/re/ action`
/// lines (a table such as `virtual.cf` or `header_checks.cf`).
fn looks_like_assignments(head: &str) -> bool {
    let mut assignments = 0;
    let mut others = 0;
    for line in head.lines().take(200) {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || line.starts_with(char::is_whitespace) {
            continue;
        }
        let name_end = trimmed
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(trimmed.len());
        if name_end > 0 && trimmed[name_end..].trim_start().starts_with('=') {
            assignments += 1;
        } else {
            others += 1;
        }
    }
    assignments >= others
}

/// Looks at the first lines for the marks of each kind.
pub fn sniff(head: &str) -> FileKind {
    let head = crate::analysis::lines::clip(head, 16 * 1024);
    let mut mail_log_lines = 0;
    for line in head.lines().take(50) {
        if line.contains("postfix/")
            || line.contains(" sendmail[")
            || line.contains(" sm-mta[")
            || line.contains(" exim[")
            || is_exim_line(line)
        {
            mail_log_lines += 1;
        }
    }
    if mail_log_lines > 0 {
        return FileKind::MailLog;
    }
    let lower = head.to_ascii_lowercase();
    if lower.contains("message/delivery-status")
        || (lower.contains("\nfinal-recipient:") && lower.contains("\nstatus:"))
        || lower.starts_with("return-path:")
        || lower.starts_with("received:")
    {
        return FileKind::Bounce;
    }
    if head.contains("OSTYPE(") || head.contains("FEATURE(") || head.contains("MAILER(") {
        return FileKind::SendmailMc;
    }
    if head
        .lines()
        .any(|line| line.starts_with("# Postfix master process configuration"))
        || head.lines().any(is_master_line)
    {
        return FileKind::PostfixMaster;
    }
    if looks_like_exim(head) {
        return FileKind::EximConf;
    }
    FileKind::Unknown
}

/// Marks of an Exim configuration: a `begin acl` (routers, transports,
/// authenticators) line, an `acl_smtp_*` option, or an ACL statement (a
/// verb then a condition) below a `name:` line.
fn looks_like_exim(head: &str) -> bool {
    let mut label = false;
    for line in head.lines().take(400) {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            continue;
        }
        let mut words = trimmed.split_whitespace();
        let first = words.next().unwrap_or("");
        let second = words.next().unwrap_or("");
        if first == "begin" && matches!(second, "acl" | "routers" | "transports" | "authenticators")
        {
            return true;
        }
        if first.starts_with("acl_smtp_") && second == "=" {
            return true;
        }
        if trimmed.ends_with(':')
            && trimmed.len() > 1
            && trimmed[..trimmed.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            label = true;
            continue;
        }
        let verb = matches!(
            first,
            "accept" | "defer" | "deny" | "discard" | "drop" | "require" | "warn"
        );
        let condition = second.trim_start_matches('!');
        if label
            && verb
            && !condition.is_empty()
            && condition
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_')
            && (words.next() == Some("=") || trimmed.contains(&format!("{second} =")))
        {
            return true;
        }
    }
    false
}

/// `2024-01-02 10:00:00 1abcDE-000123-AB <= ...`: an Exim mainlog line.
fn is_exim_line(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.len() > 36
        && bytes[4] == b'-'
        && bytes[10] == b' '
        && bytes[13] == b':'
        && (line.contains(" <= ")
            || line.contains(" => ")
            || line.contains(" ** ")
            || line.contains(" == "))
}

fn is_master_line(line: &str) -> bool {
    let fields: Vec<&str> = line.split_whitespace().collect();
    fields.len() >= 8
        && matches!(fields[1], "inet" | "unix" | "unix-dgram" | "fifo" | "pass")
        && !line.starts_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_name(path: &str) -> FileKind {
        FileKind::detect(None, Some(path), "")
    }

    #[test]
    fn names() {
        assert_eq!(by_name("/var/log/mail.log"), FileKind::MailLog);
        assert_eq!(by_name("/var/log/mail.log.1"), FileKind::MailLog);
        assert_eq!(by_name("maillog"), FileKind::MailLog);
        assert_eq!(by_name("mail.err"), FileKind::MailLog);
        assert_eq!(by_name("/var/log/exim4/mainlog"), FileKind::MailLog);
        assert_eq!(by_name("rejectlog"), FileKind::MailLog);
        assert_eq!(by_name("bounce.eml"), FileKind::Bounce);
        assert_eq!(by_name("/etc/postfix/main.cf"), FileKind::PostfixMain);
        assert_eq!(by_name("master.cf"), FileKind::PostfixMaster);
        assert_eq!(by_name("header_checks"), FileKind::PostfixTable);
        assert_eq!(by_name("sender_header_filter.pcre"), FileKind::PostfixTable);
        assert_eq!(by_name("/etc/postfix/access"), FileKind::PostfixTable);
        assert_eq!(by_name("/etc/mail/access"), FileKind::SendmailTable);
        assert_eq!(by_name("sendmail.mc"), FileKind::SendmailMc);
        assert_eq!(by_name("sendmail.cf"), FileKind::SendmailCf);
        assert_eq!(by_name("virtusertable"), FileKind::SendmailTable);
        assert_eq!(by_name("notes.txt"), FileKind::Unknown);
        let table = "/^Subject: spam/ REJECT 5.7.1 no\n";
        assert_eq!(
            FileKind::detect(None, Some("checks.cf"), table),
            FileKind::PostfixTable
        );
        let main = "# x\nmyhostname = mx\nrelayhost =\n";
        assert_eq!(
            FileKind::detect(None, Some("extra.cf"), main),
            FileKind::PostfixMain
        );
    }

    #[test]
    fn templates_and_exim() {
        assert_eq!(
            by_name("roles/postfix/templates/main.cf.j2"),
            FileKind::PostfixMain
        );
        assert_eq!(by_name("main.cf.jinja"), FileKind::PostfixMain);
        assert_eq!(by_name("master.cf.erb"), FileKind::PostfixMaster);
        assert_eq!(by_name("templates/master.cf.tpl"), FileKind::PostfixMaster);
        assert_eq!(by_name("main.cf.TMPL"), FileKind::PostfixMain);
        assert_eq!(by_name("header_checks.pcre.j2"), FileKind::PostfixTable);
        assert_eq!(by_name("sendmail.mc.erb"), FileKind::SendmailMc);
        assert_eq!(by_name(".j2"), FileKind::Unknown);
        assert_eq!(
            by_name("/etc/exim4/exim4.conf.template"),
            FileKind::EximConf
        );
        assert_eq!(by_name("/etc/exim/exim.conf"), FileKind::EximConf);
        assert_eq!(by_name("/usr/exim/configure"), FileKind::EximConf);
        assert_eq!(by_name("./configure"), FileKind::Unknown);
        assert_eq!(
            by_name("/etc/exim4/conf.d/acl/30_exim4-config_check_rcpt"),
            FileKind::EximConf
        );
        assert_eq!(
            by_name("/etc/exim4/conf.d/main/02_exim4-config_options"),
            FileKind::EximConf
        );
        let acl = "# x\nacl_check_mail:\n  deny hosts = 1.2.3.4\n  accept\n";
        assert_eq!(sniff(acl), FileKind::EximConf);
        assert_eq!(sniff("begin routers\n"), FileKind::EximConf);
        assert_eq!(
            sniff("acl_smtp_rcpt = acl_check_rcpt\n"),
            FileKind::EximConf
        );
        assert_eq!(sniff("deny hosts = x\n"), FileKind::Unknown);
        assert_eq!(
            FileKind::detect(Some("exim"), Some("x"), ""),
            FileKind::EximConf
        );
    }

    #[test]
    fn access_by_content() {
        let sendmail = "Connect:10.0.0.1\tRELAY\nFrom:spammer@x\tERROR:\"550 5.7.1 no\"\n";
        assert_eq!(
            FileKind::detect(None, Some("access"), sendmail),
            FileKind::SendmailTable
        );
        let postfix = "spammer@x REJECT\n10.0.0.1 OK\n";
        assert_eq!(
            FileKind::detect(None, Some("access"), postfix),
            FileKind::PostfixTable
        );
        assert_eq!(
            FileKind::detect(None, Some("bad/sendmail-access"), sendmail),
            FileKind::SendmailTable
        );
    }

    #[test]
    fn sniffing() {
        let postfix = "Nov 22 09:44:03 mx postfix/smtpd[123]: connect from x[1.2.3.4]\n";
        assert_eq!(
            FileKind::detect(None, Some("/tmp/x"), postfix),
            FileKind::MailLog
        );
        let sendmail = "Nov 22 09:44:03 mx sendmail[42]: x: stat=Sent\n";
        assert_eq!(sniff(sendmail), FileKind::MailLog);
        let exim = "2024-01-02 10:00:00 1abcDE-000123-AB <= a@b H=x [1.2.3.4] P=esmtp S=100\n";
        assert_eq!(sniff(exim), FileKind::MailLog);
        let dsn = "Subject: x\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n";
        assert_eq!(sniff(dsn), FileKind::Bounce);
        assert_eq!(sniff("hello"), FileKind::Unknown);
        assert_eq!(
            FileKind::detect(Some("postfix-main"), Some("x.log"), ""),
            FileKind::PostfixMain
        );
        assert_eq!(
            FileKind::detect(Some("plaintext"), Some("x.log"), ""),
            FileKind::MailLog
        );
    }
}

//! File names and the kinds they name: the one table the server detects
//! from, and from which every editor's file associations are generated (VS
//! Code's `package.json`, Helix's `languages.toml`, Neovim's `ftdetect`, by
//! the test in `src/editor_files.rs`). Add a kind's names here and nowhere
//! else.
//!
//! A glob is matched against the file name, ignoring case; one with a `/`
//! against as many trailing folders of the path. `*` is any run of
//! characters but `/`, `[0-9]` one character of a range, `{a,b}` one of the
//! words. When several globs match, the longest wins, as in VS Code and
//! Helix; the editors' files keep that order.

use super::FileKind;

/// The names a row also covers, after its glob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variants {
    /// The glob only.
    Exact,
    /// A log and its rotated copies: `mail.log.1`, `mail.log.2.gz`,
    /// `maillog-20240101`.
    Rotated,
    /// A configuration file and its templates and copies: `main.cf.j2`,
    /// `main.cf.orig`, `main.cf.dpkg-dist` (the suffixes in [`COPY_SUFFIXES`]).
    Copies,
}

/// What the content decides after the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refine {
    /// The name decides.
    None,
    /// An `access` map is Postfix's or Sendmail's: the folder or the content says.
    AccessOwner,
    /// A `*.cf` file is a main.cf, a master.cf or a table: the content says.
    CfContent,
}

/// One row of [`NAMES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRule {
    pub glob: &'static str,
    /// The kind the name gives (editors take it as is; the server may
    /// [`Refine`] it).
    pub kind: FileKind,
    pub variants: Variants,
    pub refine: Refine,
    /// False for globs too broad for an editor to claim (`*.log`): the server
    /// still reads such files by name when the editor sends no language.
    pub editors: bool,
}

/// Template and copy suffixes of configuration files: a template rendered
/// into the file (Jinja2 for Ansible and Salt, ERB and EPP for Puppet, Go
/// templates for Helm, `.in` for autoconf) takes the rendered file's kind,
/// as do Debian's dpkg/ucf and RPM's leftovers and backups.
pub const COPY_SUFFIXES: &[&str] = &[
    "j2",
    "jinja",
    "jinja2",
    "tmpl",
    "tpl",
    "erb",
    "epp",
    "gotmpl",
    "template",
    "in",
    "orig",
    "bak",
    "dist",
    "proto",
    "default",
    "sample",
    "example",
    "dpkg-dist",
    "dpkg-old",
    "dpkg-new",
    "ucf-dist",
    "ucf-old",
    "rpmnew",
    "rpmsave",
];

const fn row(glob: &'static str, kind: FileKind) -> NameRule {
    let variants = match kind {
        FileKind::MailLog => Variants::Rotated,
        FileKind::Bounce | FileKind::Unknown => Variants::Exact,
        _ => Variants::Copies,
    };
    NameRule {
        glob,
        kind,
        variants,
        refine: Refine::None,
        editors: true,
    }
}

impl NameRule {
    const fn refined(self, refine: Refine) -> NameRule {
        NameRule { refine, ..self }
    }

    const fn server_only(self) -> NameRule {
        NameRule {
            editors: false,
            ..self
        }
    }

    const fn exact(self) -> NameRule {
        NameRule {
            variants: Variants::Exact,
            ..self
        }
    }

    /// The globs this row matches: its own, then its variants'.
    pub fn globs(&self) -> Vec<String> {
        let glob = self.glob;
        match self.variants {
            Variants::Exact => vec![glob.to_string()],
            Variants::Rotated => vec![
                glob.to_string(),
                format!("{glob}.[0-9]*"),
                format!("{glob}-[0-9]*"),
            ],
            Variants::Copies => vec![
                glob.to_string(),
                format!("{glob}.{{{}}}", COPY_SUFFIXES.join(",")),
            ],
        }
    }
}

use FileKind::*;

/// Every file name mail-lsp knows.
pub const NAMES: &[NameRule] = &[
    // Mail logs: syslog files, Exim's own logs, and logs named after a mailer.
    row("mail.log", MailLog),
    row("maillog", MailLog),
    row("mail.err", MailLog),
    row("mail.warn", MailLog),
    row("mail.info", MailLog),
    row("syslog", MailLog),
    row("messages", MailLog).server_only(),
    row("mainlog", MailLog),
    row("rejectlog", MailLog),
    row("paniclog", MailLog),
    row("exim_mainlog", MailLog),
    row("exim_rejectlog", MailLog),
    row("exim_paniclog", MailLog),
    row("exim*/main.log", MailLog),
    row("exim*/reject.log", MailLog),
    row("exim*/panic.log", MailLog),
    row("postfix*.log", MailLog),
    row("exim*.log", MailLog),
    row("sendmail*.log", MailLog),
    row("*mail*.log", MailLog),
    row("*.log", MailLog).server_only(),
    // Bounce messages.
    row("*.eml", Bounce),
    // Postfix.
    row("main.cf", PostfixMain),
    row("*-main.cf", PostfixMain),
    row("master.cf", PostfixMaster),
    row("*-master.cf", PostfixMaster),
    row("access", PostfixTable).refined(Refine::AccessOwner),
    row("*-access", PostfixTable).refined(Refine::AccessOwner),
    row("*_access", PostfixTable),
    row("*_checks", PostfixTable),
    row("transport", PostfixTable),
    row("virtual", PostfixTable),
    row("canonical", PostfixTable),
    row("sender_canonical", PostfixTable),
    row("recipient_canonical", PostfixTable),
    row("relocated", PostfixTable),
    row("generic", PostfixTable),
    row("aliases", PostfixTable),
    row("*.pcre", PostfixTable),
    row("*.regexp", PostfixTable),
    // Sendmail.
    row("sendmail.mc", SendmailMc),
    row("submit.mc", SendmailMc),
    row("*.mc", SendmailMc),
    row("sendmail.cf", SendmailCf),
    row("submit.cf", SendmailCf),
    row("etc/mail/access", SendmailTable),
    row("sendmail/access", SendmailTable),
    row("mailertable", SendmailTable),
    row("virtusertable", SendmailTable),
    row("domaintable", SendmailTable),
    row("genericstable", SendmailTable),
    // Exim: the runtime configuration, whole, under its build name
    // `configure`, or one of Debian's split pieces (conf.d/<part>/<file>).
    row("exim4.conf", EximConf),
    row("exim.conf", EximConf),
    row("exim4.conf.localmacros", EximConf),
    row("*exim*/configure", EximConf),
    row("*.exim", EximConf),
    row(
        "exim*/conf.d/{main,acl,router,transport,retry,rewrite,auth}/*",
        EximConf,
    )
    .exact(),
    // Any other *.cf: main.cf-like assignments or a table, by content.
    row("*.cf", PostfixMain)
        .refined(Refine::CfContent)
        .server_only(),
];

/// The row whose glob (or a variant's) matches `path` and is the longest;
/// ties go to the first row.
pub fn by_name(path: &str) -> Option<&'static NameRule> {
    best_match(path, NAMES.iter())
}

/// [`by_name`] among the rows editors claim: the language an editor gives
/// the file from its generated associations.
pub fn by_editor_name(path: &str) -> Option<&'static NameRule> {
    best_match(path, NAMES.iter().filter(|rule| rule.editors))
}

fn best_match(
    path: &str,
    rules: impl Iterator<Item = &'static NameRule>,
) -> Option<&'static NameRule> {
    let path = path.replace('\\', "/").to_ascii_lowercase();
    let mut best: Option<(usize, &'static NameRule)> = None;
    for rule in rules {
        for glob in rule.globs() {
            if glob_matches(&glob, &path) && best.is_none_or(|(length, _)| glob.len() > length) {
                best = Some((glob.len(), rule));
            }
        }
    }
    best.map(|(_, rule)| rule)
}

/// Matches `glob` against the last components of `path` (one per
/// `/`-separated part of the glob).
pub fn glob_matches(glob: &str, path: &str) -> bool {
    let wanted = glob.split('/').count();
    let parts: Vec<&str> = path.split('/').collect();
    if parts.len() < wanted {
        return false;
    }
    glob.split('/')
        .zip(&parts[parts.len() - wanted..])
        .all(|(glob, name)| component_matches(glob.as_bytes(), name.as_bytes()))
}

/// One path component against one glob component (`*`, `[a-z0-9]`, `{a,b}`).
fn component_matches(glob: &[u8], name: &[u8]) -> bool {
    match glob.first() {
        None => name.is_empty(),
        Some(b'*') => (0..=name.len()).any(|skip| component_matches(&glob[1..], &name[skip..])),
        Some(b'[') => {
            let Some(close) = glob.iter().position(|&b| b == b']') else {
                return false;
            };
            let class = &glob[1..close];
            let Some((&first, rest)) = name.split_first() else {
                return false;
            };
            let mut members = class.iter().enumerate();
            let mut inside = false;
            while let Some((i, &low)) = members.next() {
                if class.get(i + 1) == Some(&b'-') && i + 2 < class.len() {
                    inside |= (low..=class[i + 2]).contains(&first);
                    members.nth(1);
                } else {
                    inside |= low == first;
                }
            }
            inside && component_matches(&glob[close + 1..], rest)
        }
        Some(b'{') => {
            let Some(close) = glob.iter().position(|&b| b == b'}') else {
                return false;
            };
            let rest = &glob[close + 1..];
            glob[1..close]
                .split(|&b| b == b',')
                .any(|word| name.starts_with(word) && component_matches(rest, &name[word.len()..]))
        }
        Some(&literal) => name
            .split_first()
            .is_some_and(|(&first, tail)| first == literal && component_matches(&glob[1..], tail)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str) -> Option<FileKind> {
        by_name(path).map(|rule| rule.kind)
    }

    #[test]
    fn globs_match_like_editors() {
        assert!(glob_matches("*mail*.log", "/var/log/dovecot-mail.log"));
        assert!(glob_matches("mail.log.[0-9]*", "/var/log/mail.log.2.gz"));
        assert!(!glob_matches("mail.log.[0-9]*", "/var/log/mail.log.old"));
        assert!(glob_matches("exim*/main.log", "/var/log/exim4/main.log"));
        assert!(!glob_matches("exim*/main.log", "main.log"));
        assert!(glob_matches(
            "main.cf.{j2,orig}",
            "roles/postfix/templates/main.cf.j2"
        ));
        assert!(!glob_matches("main.cf.{j2,orig}", "main.cf.j"));
        assert!(!glob_matches("*.pcre", "x.pcre/y"));
    }

    #[test]
    fn rotated_logs_and_config_templates_keep_their_kind() {
        assert_eq!(kind("/var/log/mail.log.1"), Some(MailLog));
        assert_eq!(kind("/var/log/maillog-20240101"), Some(MailLog));
        assert_eq!(kind("/var/log/exim4/mainlog.3.gz"), Some(MailLog));
        assert_eq!(kind("templates/main.cf.j2"), Some(PostfixMain));
        assert_eq!(
            kind("/etc/postfix/master.cf.dpkg-dist"),
            Some(PostfixMaster)
        );
        assert_eq!(kind("header_checks.pcre.j2"), Some(PostfixTable));
        assert_eq!(kind("/etc/exim4/exim4.conf.template"), Some(EximConf));
        assert_eq!(
            kind("/etc/exim4/conf.d/acl/30_exim4-config_check_rcpt"),
            Some(EximConf)
        );
        assert_eq!(kind("/srv/conf.d/acl/30_check"), None);
        // Not a rotation, not a template: another file.
        assert_eq!(kind("/etc/syslog.conf"), None);
        assert_eq!(kind("src/transport.rs"), None);
    }

    #[test]
    fn the_longest_glob_wins() {
        assert_eq!(kind("/etc/mail/access"), Some(SendmailTable));
        assert_eq!(kind("/etc/postfix/access"), Some(PostfixTable));
        assert_eq!(kind("/usr/local/etc/mail/access"), Some(SendmailTable));
        // A folder named mail is not Sendmail's.
        assert_eq!(kind("/home/ann/mail/access"), Some(PostfixTable));
        assert_eq!(kind("/var/log/postfix.log"), Some(MailLog));
        assert_eq!(kind("/srv/x/extra.cf"), Some(PostfixMain));
        assert_eq!(by_editor_name("/srv/x/extra.cf"), None);
        assert_eq!(by_editor_name("/var/log/nginx/access.log"), None);
    }

    #[test]
    fn every_kind_has_a_name() {
        for kind in FileKind::ALL {
            assert!(
                NAMES.iter().any(|rule| rule.kind == *kind && rule.editors),
                "{kind:?} has no file name editors can claim"
            );
        }
    }
}

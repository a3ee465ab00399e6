//! A deterministic synthetic Postfix log.
//!
//! Same seed and size, same bytes, on every machine: the PRNG is written
//! here (SplitMix64), nothing depends on the platform, and the output is
//! ASCII only (so UTF-8 and UTF-16 columns are the same number).
//!
//! The mix follows real Postfix logs (see `../shared/corpora/postfix-*`):
//! smtpd connect / client= / disconnect, cleanup message-id, qmgr from= and
//! removed, smtp to= with relay, delay, delays, dsn and status (about 80 %
//! sent, 12 % deferred, 8 % bounced), bounce "sender non-delivery
//! notification" lines, NOQUEUE rejects from smtpd, and, rarely, a code that
//! does not exist (`dsn=5.9.99`, a reply code whose class contradicts its
//! enhanced code) so that diagnostics exist. Several sessions are in flight
//! at once, so the lines of one message interleave with others as in a real
//! log.

use std::fmt::Write as _;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Bumped whenever the generated text changes, so cached logs are rebuilt.
pub const GENERATOR_VERSION: u32 = 1;

pub const MIB: u64 = 1 << 20;

/// SplitMix64: tiny, fast, and good enough for test data.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x6d61_696c_2d6c_7370) // "mail-lsp"
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    pub fn range(&mut self, lo: u64, hi_inclusive: u64) -> u64 {
        lo + self.below(hi_inclusive - lo + 1)
    }

    /// True with probability `per_mille / 1000`.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const DOMAINS: &[&str] = &[
    "example.com",
    "example.net",
    "example.org",
    "mail.example.fr",
    "acme-corp.example",
    "univ-lyon.example",
    "shop.example.de",
    "news.example.co.uk",
    "bank.example.ch",
    "city.example.it",
    "lists.example.org",
    "cloud.example.io",
    "clinic.example.be",
    "studio.example.es",
    "gmail.example",
    "outlook.example",
    "yahoo.example",
    "orange.example.fr",
    "free.example.fr",
    "laposte.example.net",
];

const USERS: &[&str] = &[
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory",
    "niaj",
    "olivia",
    "peggy",
    "rupert",
    "sybil",
    "trent",
    "victor",
    "walter",
    "postmaster",
    "info",
    "contact",
    "sales",
    "support",
    "noreply",
    "billing",
    "jean.dupont",
    "marie.curie",
];

const CLIENT_HOSTS: &[&str] = &[
    "mail-out", "smtp", "mx", "relay", "outbound", "mta", "mailer", "bulk",
];

const HELOS_BAD: &[&str] = &[
    "WIN-9QL4SDRB93L",
    "localhost",
    "User",
    "ylmf-pc",
    "[127.0.0.1]",
];

/// One delivery outcome: (dsn, reply code said by the remote, text after the
/// codes, smtp command) or a local/connect failure.
struct Outcome {
    dsn: &'static str,
    said: Option<(&'static str, &'static str, &'static str, &'static str)>,
    local: Option<&'static str>,
}

const DEFERRED: &[Outcome] = &[
    Outcome {
        dsn: "4.7.1",
        said: Some(("451", "4.7.1", "Try again later", "RCPT TO")),
        local: None,
    },
    Outcome {
        dsn: "4.7.1",
        said: Some((
            "450",
            "4.7.1",
            "Greylisted, see https://postgrey.example/help",
            "RCPT TO",
        )),
        local: None,
    },
    Outcome {
        dsn: "4.2.2",
        said: Some(("452", "4.2.2", "Mailbox full, try again later", "RCPT TO")),
        local: None,
    },
    Outcome {
        dsn: "4.7.0",
        said: Some((
            "421",
            "4.7.0",
            "Too many concurrent SMTP connections; please try again later",
            "MAIL FROM",
        )),
        local: None,
    },
    Outcome {
        dsn: "4.3.0",
        said: Some((
            "451",
            "4.3.0",
            "Temporary server error. Please try again later",
            "end of DATA",
        )),
        local: None,
    },
    Outcome {
        dsn: "4.4.1",
        said: None,
        local: Some("connect to {mx}[{ip}]:25: Connection timed out"),
    },
    Outcome {
        dsn: "4.4.1",
        said: None,
        local: Some("connect to {mx}[{ip}]:25: Connection refused"),
    },
    Outcome {
        dsn: "4.4.3",
        said: None,
        local: Some(
            "Host or domain name not found. Name service error for name={domain} type=MX: Host not found, try again",
        ),
    },
];

const BOUNCED: &[Outcome] = &[
    Outcome {
        dsn: "5.1.1",
        said: Some((
            "550",
            "5.1.1",
            "<{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
            "RCPT TO",
        )),
        local: None,
    },
    Outcome {
        dsn: "5.1.1",
        said: Some((
            "550",
            "5.1.1",
            "The email account that you tried to reach does not exist",
            "RCPT TO",
        )),
        local: None,
    },
    Outcome {
        dsn: "5.7.1",
        said: Some((
            "554",
            "5.7.1",
            "Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org",
            "RCPT TO",
        )),
        local: None,
    },
    Outcome {
        dsn: "5.2.2",
        said: Some((
            "552",
            "5.2.2",
            "<{rcpt}>: Mailbox quota exceeded",
            "end of DATA",
        )),
        local: None,
    },
    Outcome {
        dsn: "5.7.26",
        said: Some((
            "550",
            "5.7.26",
            "Unauthenticated email from {domain} is not accepted due to domain's DMARC policy",
            "end of DATA",
        )),
        local: None,
    },
    Outcome {
        dsn: "5.4.6",
        said: None,
        local: Some("mail forwarding loop for {rcpt}"),
    },
];

/// Codes that do not exist or contradict each other: the server must flag them.
const BAD: &[Outcome] = &[
    Outcome {
        dsn: "5.9.99",
        said: Some(("550", "5.9.99", "Unknown failure", "end of DATA")),
        local: None,
    },
    Outcome {
        dsn: "5.1.1",
        said: Some(("550", "4.1.1", "<{rcpt}>: No such user", "RCPT TO")),
        local: None,
    },
    Outcome {
        dsn: "4.8.12",
        said: Some(("451", "4.8.12", "Local error in processing", "RCPT TO")),
        local: None,
    },
];

const REJECTS: &[(&str, &str, &str)] = &[
    ("554", "5.7.1", "<{rcpt}>: Relay access denied"),
    (
        "550",
        "5.1.1",
        "<{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
    ),
    (
        "450",
        "4.7.1",
        "Client host rejected: cannot find your hostname, [{ip}]",
    ),
    (
        "504",
        "5.5.2",
        "<{helo}>: Helo command rejected: need fully-qualified hostname",
    ),
    (
        "554",
        "5.7.1",
        "Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{ip}",
    ),
    (
        "450",
        "4.1.8",
        "<{sender}>: Sender address rejected: Domain not found",
    ),
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Sent,
    Deferred,
    Bounced,
}

struct Delivery {
    rcpt: String,
    kind: Kind,
}

enum Step {
    Connect,
    Client,
    MessageId,
    QmgrFrom,
    Disconnect,
    Deliver(usize),
    BounceNotice,
    Removed,
    Reject,
    RejectDisconnect,
    Done,
}

struct Session {
    client_host: String,
    client_ip: String,
    smtpd_pid: u32,
    qid: String,
    sender: String,
    deliveries: Vec<Delivery>,
    step: Step,
    reject: bool,
}

struct Clock {
    month: usize,
    day: u32,
    secs: u32, // seconds into the day
}

const MONTHS: &[(&str, u32)] = &[
    ("Jan", 31),
    ("Feb", 28),
    ("Mar", 31),
    ("Apr", 30),
    ("May", 31),
    ("Jun", 30),
    ("Jul", 31),
    ("Aug", 31),
    ("Sep", 30),
    ("Oct", 31),
    ("Nov", 30),
    ("Dec", 31),
];

impl Clock {
    fn advance(&mut self, secs: u32) {
        self.secs += secs;
        while self.secs >= 86_400 {
            self.secs -= 86_400;
            self.day += 1;
            if self.day > MONTHS[self.month].1 {
                self.day = 1;
                self.month = (self.month + 1) % 12;
            }
        }
    }

    fn write(&self, out: &mut String) {
        let (h, m, s) = (self.secs / 3600, self.secs / 60 % 60, self.secs % 60);
        let _ = write!(
            out,
            "{} {:>2} {h:02}:{m:02}:{s:02}",
            MONTHS[self.month].0, self.day
        );
    }
}

struct Gen {
    rng: Rng,
    clock: Clock,
    line: String,
    qmgr_pid: u32,
    cleanup_pids: [u32; 3],
    smtp_pids: [u32; 6],
    bounce_pid: u32,
}

fn qid(rng: &mut Rng) -> String {
    let v = rng.next_u64() & 0xff_ffff_ffff; // 40 bits = 10 hex digits
    format!("{v:010X}")
}

fn ip(rng: &mut Rng) -> String {
    format!(
        "{}.{}.{}.{}",
        rng.range(11, 223),
        rng.below(256),
        rng.below(256),
        rng.range(1, 254)
    )
}

fn address(rng: &mut Rng) -> String {
    let user = rng.pick(USERS);
    let domain = rng.pick(DOMAINS);
    if rng.chance(300) {
        format!("{user}{}@{domain}", rng.below(1000))
    } else {
        format!("{user}@{domain}")
    }
}

fn fill(
    template: &str,
    rcpt: &str,
    ip: &str,
    mx: &str,
    domain: &str,
    helo: &str,
    sender: &str,
) -> String {
    template
        .replace("{rcpt}", rcpt)
        .replace("{ip}", ip)
        .replace("{mx}", mx)
        .replace("{domain}", domain)
        .replace("{helo}", helo)
        .replace("{sender}", sender)
}

impl Gen {
    fn new(seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let mut pid = || rng.range(1000, 99_999) as u32;
        let qmgr_pid = pid();
        let cleanup_pids = [pid(), pid(), pid()];
        let smtp_pids = [pid(), pid(), pid(), pid(), pid(), pid()];
        let bounce_pid = pid();
        Gen {
            rng,
            clock: Clock {
                month: 10,
                day: 22,
                secs: 9 * 3600 + 44 * 60 + 3,
            },
            line: String::with_capacity(512),
            qmgr_pid,
            cleanup_pids,
            smtp_pids,
            bounce_pid,
        }
    }

    fn prefix(&mut self, process: &str, pid: u32) {
        self.line.clear();
        self.clock.write(&mut self.line);
        let _ = write!(self.line, " mx1 postfix/{process}[{pid}]: ");
    }

    fn new_session(&mut self) -> Session {
        let rng = &mut self.rng;
        let reject = rng.chance(60);
        let client_ip = ip(rng);
        let client_host = if rng.chance(150) {
            "unknown".to_string()
        } else {
            format!(
                "{}{}.{}",
                rng.pick(CLIENT_HOSTS),
                rng.below(20),
                rng.pick(DOMAINS)
            )
        };
        let n = if rng.chance(850) {
            1
        } else {
            rng.range(2, 4) as usize
        };
        let deliveries = (0..n)
            .map(|_| {
                let roll = rng.below(1000);
                let kind = if roll < 800 {
                    Kind::Sent
                } else if roll < 920 {
                    Kind::Deferred
                } else {
                    Kind::Bounced
                };
                Delivery {
                    rcpt: address(rng),
                    kind,
                }
            })
            .collect();
        Session {
            client_host,
            client_ip,
            smtpd_pid: rng.range(1000, 99_999) as u32,
            qid: qid(rng),
            sender: address(rng),
            deliveries,
            step: Step::Connect,
            reject,
        }
    }

    /// Writes the session's next line into `self.line` (without newline) and
    /// advances it.
    fn step(&mut self, s: &mut Session) {
        let (client_host, client_ip) = (s.client_host.clone(), s.client_ip.clone());
        match s.step {
            Step::Connect => {
                self.prefix("smtpd", s.smtpd_pid);
                let _ = write!(self.line, "connect from {client_host}[{client_ip}]");
                s.step = if s.reject { Step::Reject } else { Step::Client };
            }
            Step::Client => {
                self.prefix("smtpd", s.smtpd_pid);
                let _ = write!(self.line, "{}: client={client_host}[{client_ip}]", s.qid);
                s.step = Step::MessageId;
            }
            Step::MessageId => {
                let pid = *self.rng.pick(&self.cleanup_pids);
                self.prefix("cleanup", pid);
                let local = self.rng.next_u64();
                let domain = self.rng.pick(DOMAINS);
                let _ = write!(
                    self.line,
                    "{}: message-id=<{local:016x}.{}@{domain}>",
                    s.qid,
                    s.deliveries.len()
                );
                s.step = Step::QmgrFrom;
            }
            Step::QmgrFrom => {
                self.prefix("qmgr", self.qmgr_pid);
                let size = self.rng.range(800, 2_000_000);
                let _ = write!(
                    self.line,
                    "{}: from=<{}>, size={size}, nrcpt={} (queue active)",
                    s.qid,
                    s.sender,
                    s.deliveries.len()
                );
                s.step = Step::Disconnect;
            }
            Step::Disconnect => {
                self.prefix("smtpd", s.smtpd_pid);
                let rcpt = s.deliveries.len();
                let _ = write!(
                    self.line,
                    "disconnect from {client_host}[{client_ip}] ehlo=1 mail=1 rcpt={rcpt} data=1 quit=1 commands={}",
                    rcpt + 4
                );
                s.step = Step::Deliver(0);
            }
            Step::Deliver(i) => {
                self.deliver(s, i);
                s.step = if i + 1 < s.deliveries.len() {
                    Step::Deliver(i + 1)
                } else if s.deliveries.iter().any(|d| d.kind == Kind::Bounced) {
                    Step::BounceNotice
                } else if s.deliveries.iter().any(|d| d.kind == Kind::Deferred) {
                    Step::Done // stays in the deferred queue
                } else {
                    Step::Removed
                };
            }
            Step::BounceNotice => {
                self.prefix("bounce", self.bounce_pid);
                let notice = qid(&mut self.rng);
                let _ = write!(
                    self.line,
                    "{}: sender non-delivery notification: {notice}",
                    s.qid
                );
                s.step = if s.deliveries.iter().any(|d| d.kind == Kind::Deferred) {
                    Step::Done
                } else {
                    Step::Removed
                };
            }
            Step::Removed => {
                self.prefix("qmgr", self.qmgr_pid);
                let _ = write!(self.line, "{}: removed", s.qid);
                s.step = Step::Done;
            }
            Step::Reject => {
                self.prefix("smtpd", s.smtpd_pid);
                let (reply, enhanced, text) = *self.rng.pick(REJECTS);
                let rcpt = address(&mut self.rng);
                let helo = if self.rng.chance(500) {
                    self.rng.pick(HELOS_BAD).to_string()
                } else {
                    client_host.clone()
                };
                let text = fill(text, &rcpt, &client_ip, "", "", &helo, &s.sender);
                let _ = write!(
                    self.line,
                    "NOQUEUE: reject: RCPT from {client_host}[{client_ip}]: {reply} {enhanced} {text}; from=<{}> to=<{rcpt}> proto=ESMTP helo=<{helo}>",
                    s.sender
                );
                s.step = Step::RejectDisconnect;
            }
            Step::RejectDisconnect => {
                self.prefix("smtpd", s.smtpd_pid);
                let _ = write!(
                    self.line,
                    "disconnect from {client_host}[{client_ip}] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4"
                );
                s.step = Step::Done;
            }
            Step::Done => unreachable!("finished sessions are removed"),
        }
    }

    fn deliver(&mut self, s: &Session, i: usize) {
        let pid = *self.rng.pick(&self.smtp_pids);
        self.prefix("smtp", pid);
        let d = &s.deliveries[i];
        let rng = &mut self.rng;
        let domain = d
            .rcpt
            .rsplit('@')
            .next()
            .unwrap_or("example.com")
            .to_string();
        let mx = format!("mx{}.{domain}", rng.below(3));
        let mx_ip = ip(rng);
        let a = rng.below(30) as f64 / 100.0;
        let b = rng.below(5) as f64 / 100.0;
        let c = rng.below(50) as f64 / 100.0;
        let e = rng.below(400) as f64 / 100.0;
        let delays = format!("{a}/{b}/{c}/{e}");
        let delay = ((a + b + c + e) * 10.0).round() / 10.0;
        let kind = if d.kind != Kind::Sent && rng.chance(40) {
            None
        } else {
            Some(d.kind)
        };
        let outcome = match kind {
            None => rng.pick(BAD),
            Some(Kind::Deferred) => rng.pick(DEFERRED),
            Some(Kind::Bounced) => rng.pick(BOUNCED),
            Some(Kind::Sent) => {
                let queued = qid(rng);
                let _ = write!(
                    self.line,
                    "{}: to=<{}>, relay={mx}[{mx_ip}]:25, delay={delay}, delays={delays}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {queued})",
                    s.qid, d.rcpt
                );
                return;
            }
        };
        let status = if outcome.dsn.starts_with('5') {
            "bounced"
        } else {
            "deferred"
        };
        let relay = if outcome.local.is_some() {
            "none".to_string()
        } else {
            format!("{mx}[{mx_ip}]:25")
        };
        let _ = write!(
            self.line,
            "{}: to=<{}>, relay={relay}, delay={delay}, delays={delays}, dsn={}, status={status} (",
            s.qid, d.rcpt, outcome.dsn
        );
        if let Some((reply, enhanced, text, command)) = outcome.said {
            let text = fill(text, &d.rcpt, &mx_ip, &mx, &domain, "", &s.sender);
            let _ = write!(
                self.line,
                "host {mx}[{mx_ip}] said: {reply} {enhanced} {text} (in reply to {command} command))"
            );
        } else if let Some(local) = outcome.local {
            let text = fill(local, &d.rcpt, &mx_ip, &mx, &domain, "", &s.sender);
            let _ = write!(self.line, "{text})");
        }
    }
}

/// Generates about `target_bytes` of log: whole lines, stopping before the
/// line that would pass the target.
pub fn generate(target_bytes: u64, seed: u64) -> String {
    let mut g = Gen::new(seed);
    let mut out = String::with_capacity(target_bytes as usize + 1024);
    let mut active: Vec<Session> = Vec::new();
    loop {
        if active.is_empty() || (active.len() < 8 && g.rng.chance(250)) {
            let s = g.new_session();
            active.push(s);
        }
        let i = g.rng.below(active.len() as u64) as usize;
        let mut s = active.swap_remove(i);
        g.step(&mut s);
        if !matches!(s.step, Step::Done) {
            active.push(s);
        }
        if (out.len() + g.line.len() + 1) as u64 > target_bytes {
            break;
        }
        out.push_str(&g.line);
        out.push('\n');
        let tick = g.rng.below(1000);
        g.clock.advance(if tick < 700 {
            0
        } else if tick < 950 {
            1
        } else {
            2
        });
    }
    out
}

/// A cached log on disk: `DIR/postfix-<size>MiB-seed<seed>.log`, with a
/// `.meta` file beside it recording the generator version, seed, size and
/// byte length; reused when all of them match.
pub fn ensure_log(dir: &Path, size_mib: f64, seed: u64) -> io::Result<(PathBuf, String, bool)> {
    fs::create_dir_all(dir)?;
    let target = (size_mib * MIB as f64) as u64;
    let name = format!("postfix-{}MiB-seed{seed}.log", fmt_size(size_mib));
    let path = dir.join(&name);
    let meta_path = dir.join(format!("{name}.meta"));
    if let (Ok(meta), Ok(file_meta)) = (fs::read_to_string(&meta_path), fs::metadata(&path)) {
        let expected = |len: u64| {
            format!("generator={GENERATOR_VERSION} seed={seed} target={target} bytes={len}\n")
        };
        if meta == expected(file_meta.len()) {
            let text = fs::read_to_string(&path)?;
            return Ok((path, text, true));
        }
    }
    let text = generate(target, seed);
    let tmp = dir.join(format!("{name}.tmp"));
    {
        let mut f = io::BufWriter::with_capacity(1 << 20, fs::File::create(&tmp)?);
        f.write_all(text.as_bytes())?;
        f.flush()?;
    }
    fs::rename(&tmp, &path)?;
    fs::write(
        &meta_path,
        format!(
            "generator={GENERATOR_VERSION} seed={seed} target={target} bytes={}\n",
            text.len()
        ),
    )?;
    Ok((path, text, false))
}

pub fn fmt_size(size_mib: f64) -> String {
    if size_mib.fract() == 0.0 {
        format!("{}", size_mib as u64)
    } else {
        format!("{size_mib}")
    }
}

/// Where a code stands in the text: byte offset and length.
#[derive(Clone, Copy, Debug)]
pub struct Site {
    pub offset: usize,
    pub len: usize,
    /// True for `dsn=` values, false for reply codes after `said: `.
    pub dsn: bool,
}

/// Every `dsn=X.Y.Z` value and every reply code after `said: `.
pub fn code_sites(text: &str) -> Vec<Site> {
    let bytes = text.as_bytes();
    let mut sites = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b"dsn=") {
        let start = at + 4;
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'.')
            .count();
        if len >= 5 {
            sites.push(Site {
                offset: start,
                len,
                dsn: true,
            });
        }
    }
    for at in memchr::memmem::find_iter(bytes, b"said: ") {
        let start = at + 6;
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if len == 3 {
            sites.push(Site {
                offset: start,
                len,
                dsn: false,
            });
        }
    }
    sites.sort_by_key(|s| s.offset);
    sites
}

/// Byte offset of the start of every line.
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::with_capacity(text.len() / 150 + 1);
    starts.push(0);
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    if starts.last() == Some(&text.len()) && !text.is_empty() {
        starts.pop();
    }
    starts
}

/// (line, column in bytes) of a byte offset.
pub fn position(starts: &[usize], offset: usize) -> (usize, usize) {
    let line = starts.partition_point(|&s| s <= offset) - 1;
    (line, offset - starts[line])
}

/// Counts of the delivery statuses and other line kinds, for the report and
/// the generator's own check.
#[derive(Default, Debug)]
pub struct Mix {
    pub lines: usize,
    pub sent: usize,
    pub deferred: usize,
    pub bounced: usize,
    pub rejects: usize,
    pub notifications: usize,
}

pub fn mix(text: &str) -> Mix {
    let b = text.as_bytes();
    let count = |needle: &str| memchr::memmem::find_iter(b, needle.as_bytes()).count();
    Mix {
        lines: memchr::memchr_iter(b'\n', b).count(),
        sent: count("status=sent"),
        deferred: count("status=deferred"),
        bounced: count("status=bounced"),
        rejects: count("NOQUEUE: reject:"),
        notifications: count("sender non-delivery notification"),
    }
}

/// Self-check of the generator, run by `--self-test`.
pub fn self_test() -> Result<(), String> {
    let a = generate(300_000, 7);
    let b = generate(300_000, 7);
    let c = generate(300_000, 8);
    if a != b {
        return Err("same seed gave different text".into());
    }
    if a == c {
        return Err("different seeds gave the same text".into());
    }
    if a.len() as u64 > 300_000 || a.len() < 299_000 || !a.ends_with('\n') || !a.is_ascii() {
        return Err(format!("bad length or content: {} bytes", a.len()));
    }
    let m = mix(&generate(4_000_000, 1));
    let total = (m.sent + m.deferred + m.bounced) as f64;
    let (s, d, bo) = (
        m.sent as f64 / total,
        m.deferred as f64 / total,
        m.bounced as f64 / total,
    );
    if !(0.77..0.83).contains(&s) || !(0.10..0.14).contains(&d) || !(0.065..0.095).contains(&bo) {
        return Err(format!(
            "status mix off: sent {s:.3} deferred {d:.3} bounced {bo:.3}"
        ));
    }
    if m.rejects == 0 || m.notifications == 0 {
        return Err(format!("missing line kinds: {m:?}"));
    }
    for line in a.lines() {
        // "Nov 22 09:44:03 mx1 postfix/smtpd[123]: "
        let ok = line.len() > 16
            && MONTHS.iter().any(|(m, _)| line.starts_with(m))
            && line.as_bytes()[9] == b':'
            && line[15..].starts_with(" mx1 postfix/");
        if !ok {
            return Err(format!("bad line: {line}"));
        }
    }
    let starts = line_starts(&a);
    if starts.len() != a.lines().count() {
        return Err("line index disagrees with str::lines".into());
    }
    for site in code_sites(&a) {
        let (line, col) = position(&starts, site.offset);
        let l = a.lines().nth(line).unwrap();
        let code = &l[col..col + site.len];
        let ok = if site.dsn {
            l[..col].ends_with("dsn=") && code.split('.').count() == 3
        } else {
            l[..col].ends_with("said: ") && code.bytes().all(|b| b.is_ascii_digit())
        };
        if !ok {
            return Err(format!("bad site {code:?} in {l}"));
        }
        if line > 200 {
            break;
        }
    }
    Ok(())
}

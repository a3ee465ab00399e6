//! The editor benchmark: drives the release `mail-lsp` binary over stdio
//! exactly like an editor, on synthetic Postfix logs of several sizes, and
//! compares the open with ripgrep and lnav on the same file.
//!
//! ```text
//! cargo bench --bench editor -- [--sizes 10,100,300] [--binary PATH] [--out FILE]
//!                                [--quick] [--seed N] [--hovers N] [--edits N]
//!                                [--no-reference] [--logs DIR] [--self-test] [--generate-only]
//! ```
//!
//! Sizes are in MiB. Exits 0 whatever the figures (PASS/FAIL is in the
//! report); exits 1 only when the server misbehaves (protocol error, crash,
//! timeout, error response) and 2 on a bad command line. See
//! `docs/performance.md`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "editor/bounce.rs"]
mod bounce;
#[path = "editor/generate.rs"]
mod generate;
#[path = "editor/lsp.rs"]
mod lsp;
#[path = "editor/report.rs"]
mod report;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use generate::{Rng, Site};
use lsp::{Fail, Server};

pub const URI: &str = "file:///bench/mail.log";
pub const RG_PATTERN: &str = r"[245]\.[0-9]{1,3}\.[0-9]{1,3}";
pub const LNAV_QUERY: &str = ";SELECT count(*) FROM syslog_log";

#[derive(Clone)]
pub struct Args {
    pub sizes: Vec<f64>,
    pub binary: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub quick: bool,
    pub seed: u64,
    pub hovers: usize,
    pub edits: usize,
    /// Requests of each kind timed after the edits (code lens, outline,
    /// references, semantic tokens of a visible range).
    pub requests: usize,
    pub reference: bool,
    pub logs: Option<PathBuf>,
    pub self_test: bool,
    pub generate_only: bool,
    pub open_runs: usize,
}

const USAGE: &str =
    "usage: cargo bench --bench editor -- [--sizes 10,100,300] [--binary PATH] [--out FILE]
       [--quick] [--seed N] [--hovers N] [--edits N] [--no-reference] [--logs DIR] [--self-test]
       [--generate-only] [--open-runs N]

  --sizes LIST    log sizes in MiB, comma-separated (default 10,100,300)
  --binary PATH   server to drive (default: the mail-lsp that cargo built beside this bench)
  --out FILE      also write the Markdown report to FILE
  --quick         1 MiB, 50 hovers, 20 edits: proves the bench works (CI)
  --seed N        generator and position seed (default 1)
  --hovers N      hover requests per size (default 1000)
  --requests N    codeLens, references, semanticTokens/range requests per size,
                  after the edits (default 40; documentSymbol: at most 5)
  --edits N       didChange edits per size (default 200)
  --open-runs N   opens per size, each by a fresh server; the best counts (default 3)
  --no-reference  do not time rg and lnav
  --logs DIR      where generated logs are cached (default: <target>/bench-logs)
  --self-test     check the generator and the framing code, without a server
  --generate-only write (or find) the logs of --sizes in --logs, print their paths, and stop";

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        sizes: vec![10.0, 100.0, 300.0],
        binary: None,
        out: None,
        quick: false,
        seed: 1,
        hovers: 1000,
        edits: 200,
        requests: 40,
        reference: true,
        logs: None,
        self_test: false,
        generate_only: false,
        open_runs: 3,
    };
    let (mut sizes, mut hovers, mut edits) = (None, None, None);
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{what} needs a value"))
        };
        match name.as_str() {
            "--bench" => {} // passed by `cargo bench`
            "--sizes" => {
                let v = value("--sizes")?;
                let list: Result<Vec<f64>, _> =
                    v.split(',').map(|s| s.trim().parse::<f64>()).collect();
                let list = list.map_err(|_| format!("bad --sizes {v:?}"))?;
                if list.is_empty() || list.iter().any(|s| s.is_nan() || *s <= 0.0) {
                    return Err(format!("bad --sizes {v:?}"));
                }
                sizes = Some(list);
            }
            "--binary" => a.binary = Some(PathBuf::from(value("--binary")?)),
            "--out" => a.out = Some(PathBuf::from(value("--out")?)),
            "--logs" => a.logs = Some(PathBuf::from(value("--logs")?)),
            "--quick" => a.quick = true,
            "--no-reference" => a.reference = false,
            "--self-test" => a.self_test = true,
            "--generate-only" => a.generate_only = true,
            "--open-runs" => {
                a.open_runs = value("--open-runs")?
                    .parse()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or("bad --open-runs")?
            }
            "--seed" => a.seed = value("--seed")?.parse().map_err(|_| "bad --seed")?,
            "--hovers" => hovers = Some(value("--hovers")?.parse().map_err(|_| "bad --hovers")?),
            "--edits" => edits = Some(value("--edits")?.parse().map_err(|_| "bad --edits")?),
            "--requests" => {
                a.requests = value("--requests")?.parse().map_err(|_| "bad --requests")?
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if a.quick {
        a.sizes = vec![1.0];
        a.hovers = 50;
        a.requests = 10;
        a.edits = 20;
    }
    if let Some(s) = sizes {
        a.sizes = s;
    }
    if let Some(h) = hovers {
        a.hovers = h;
    }
    if let Some(e) = edits {
        a.edits = e;
    }
    Ok(a)
}

/// Wall time of a reference tool: best of 3 runs, and what it printed.
pub struct Reference {
    pub best: Duration,
    pub output: String,
}

pub struct Latencies {
    pub sorted: Vec<Duration>,
}

impl Latencies {
    fn new(mut v: Vec<Duration>) -> Self {
        v.sort();
        Latencies { sorted: v }
    }

    /// Nearest-rank percentile.
    pub fn p(&self, q: f64) -> Duration {
        if self.sorted.is_empty() {
            return Duration::ZERO;
        }
        let rank = (q * self.sorted.len() as f64).ceil() as usize;
        self.sorted[rank.clamp(1, self.sorted.len()) - 1]
    }

    pub fn max(&self) -> Duration {
        self.sorted.last().copied().unwrap_or_default()
    }
}

/// Everything measured at one size.
pub struct SizeResult {
    pub size_mib: f64,
    pub bytes: u64,
    pub lines: usize,
    pub log_path: PathBuf,
    pub rg: Option<Result<Reference, String>>,
    pub lnav: Option<Result<Reference, String>>,
    pub initialize: Duration,
    pub encoding: String,
    /// The best of `open_runs`.
    pub open: Duration,
    pub open_runs: Vec<Duration>,
    pub open_written: Duration,
    pub open_cpu: f64,
    pub open_diagnostics: usize,
    /// From sending didOpen to the first `$/progress` begin.
    pub progress_begin: Option<Duration>,
    /// VmRSS of the server before the open: what any document's figures include.
    pub idle_rss: u64,
    pub settled_rss: u64,
    pub settle_wait: Duration,
    pub peak_rss_open: u64,
    pub peak_rss: u64,
    pub hover: Latencies,
    pub hover_content: usize,
    pub edit: Latencies,
    pub edit_changed: usize,
    pub edit_unversioned: usize,
    pub code_edits: usize,
    pub code_edits_flagged: usize,
    pub open_publish_bytes: usize,
    /// Mean size of the diagnostics published after an edit.
    pub edit_publish_bytes: usize,
    /// 1-minute load average when the size started (before the reference tools).
    pub load_before: String,
    pub edit_cpu: f64,
    /// Timed requests by method (see `time_requests`).
    pub reads: Vec<Read>,
    /// A reload: the whole text replaced, to its diagnostics.
    pub reload: Option<Duration>,
    pub seen: lsp::Seen,
}

/// Latencies of one request method, and how many answers had content.
pub struct Read {
    pub method: &'static str,
    pub latencies: Latencies,
    pub answered: usize,
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            std::process::exit(2);
        }
    };
    if args.self_test {
        let started = Instant::now();
        type Check = fn() -> Result<(), String>;
        let checks: [(&str, Check); 3] = [
            ("generator", generate::self_test),
            ("framing", lsp::self_test),
            ("didOpen frame", open_frame_self_test),
        ];
        let mut ok = true;
        for (name, check) in checks {
            match check() {
                Ok(()) => println!("self-test {name}: ok"),
                Err(e) => {
                    println!("self-test {name}: FAILED: {e}");
                    ok = false;
                }
            }
        }
        println!("self-test took {:.2} s", started.elapsed().as_secs_f64());
        std::process::exit(if ok { 0 } else { 1 });
    }
    let started = Instant::now();
    if args.generate_only {
        let logs = args
            .logs
            .clone()
            .unwrap_or_else(|| target_dir().join("bench-logs"));
        for &size in &args.sizes {
            let t = Instant::now();
            match generate::ensure_log(&logs, size, args.seed) {
                Ok((path, text, cached)) => println!(
                    "{} ({} bytes, {} in {:.1} s)",
                    path.display(),
                    text.len(),
                    if cached { "cached" } else { "generated" },
                    t.elapsed().as_secs_f64()
                ),
                Err(e) => {
                    eprintln!("error: generating the {size} MiB log: {e}");
                    std::process::exit(1);
                }
            }
        }
        return;
    }
    match run(&args) {
        Ok(()) => println!("\nbench done in {:.1} s", started.elapsed().as_secs_f64()),
        Err(e) => {
            eprintln!("\nerror: the server misbehaved: {e}");
            std::process::exit(1);
        }
    }
}

fn target_dir() -> PathBuf {
    // The bench runs as <target>/<profile>/deps/editor-<hash>.
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("target"))
}

fn server_binary(args: &Args) -> Result<PathBuf, Fail> {
    if let Some(b) = &args.binary {
        return if b.exists() {
            Ok(b.clone())
        } else {
            Err(format!("--binary {} does not exist", b.display()))
        };
    }
    let built = PathBuf::from(env!("CARGO_BIN_EXE_mail-lsp"));
    if built.exists() {
        return Ok(built);
    }
    let release = target_dir().join("release").join("mail-lsp");
    if !release.exists() {
        eprintln!("{} is missing: cargo build --release", release.display());
        let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["build", "--release", "--bin", "mail-lsp"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .map_err(|e| format!("running cargo build --release: {e}"))?;
        if !status.success() {
            return Err(format!("cargo build --release failed: {status}"));
        }
    }
    Ok(release)
}

fn run(args: &Args) -> Result<(), Fail> {
    let binary = server_binary(args)?;
    let logs = args
        .logs
        .clone()
        .unwrap_or_else(|| target_dir().join("bench-logs"));
    let machine = report::Machine::read();
    println!(
        "mail-lsp editor bench: sizes {:?} MiB, {} hovers, {} edits, seed {}\nserver: {}\nmachine: {}",
        args.sizes,
        args.hovers,
        args.edits,
        args.seed,
        binary.display(),
        machine.one_line()
    );
    let mut results = Vec::new();
    for &size in &args.sizes {
        let r = bench_size(args, &binary, &logs, size)?;
        report::print_size(&r, args.reference);
        results.push(r);
    }
    let mut md = report::markdown(args, &binary, &machine, &results);
    match bounce::time_bounce(&binary) {
        Ok((messages, time)) => {
            let line = bounce::line(messages, time);
            println!("{line}");
            md.push_str(&format!("\n{line}\n"));
        }
        Err(e) => return Err(format!("bounce throughput: {e}")),
    }
    println!("\n{md}");
    if let Some(out) = &args.out {
        std::fs::write(out, &md).map_err(|e| format!("writing {}: {e}", out.display()))?;
        println!("report written to {}", out.display());
    }
    Ok(())
}

fn time_reference(program: &str, args: &[&str]) -> Option<Result<Reference, String>> {
    let mut best: Option<Duration> = None;
    let mut output = String::new();
    for _ in 0..3 {
        let t0 = Instant::now();
        let out = match Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .output()
        {
            Ok(o) => o,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => return Some(Err(format!("{program}: {e}"))),
        };
        let took = t0.elapsed();
        if !out.status.success() {
            return Some(Err(format!(
                "{program} exited with {}: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        output = String::from_utf8_lossy(&out.stdout).trim().to_string();
        best = Some(best.map_or(took, |b| b.min(took)));
    }
    Some(Ok(Reference {
        best: best.expect("three runs"),
        output,
    }))
}

fn initialize_params() -> Value {
    json!({
        "processId": std::process::id(),
        "clientInfo": {"name": "mail-lsp-bench", "version": "1"},
        "rootUri": null,
        "workspaceFolders": null,
        "capabilities": {
            "general": {"positionEncodings": ["utf-8", "utf-16"]},
            "window": {"workDoneProgress": true},
            "workspace": {"configuration": true},
            "textDocument": {
                "synchronization": {"dynamicRegistration": false},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "publishDiagnostics": {"versionSupport": true}
            }
        }
    })
}

fn is_diagnostics_for(m: &Value, version: i64) -> bool {
    m.get("method").and_then(Value::as_str) == Some("textDocument/publishDiagnostics")
        && m.pointer("/params/uri").and_then(Value::as_str) == Some(URI)
        && match m.pointer("/params/version") {
            None | Some(Value::Null) => true,
            Some(v) => v.as_i64() == Some(version),
        }
}

/// The number of lines from the top of the file in which every diagnostic is
/// published: the smallest, over the severities published, of the last line
/// a diagnostic of that severity is on (plus one). `None` without diagnostics.
fn published_window(publish: &Value) -> Option<usize> {
    let mut last_line: HashMap<u64, u64> = HashMap::new();
    for d in publish.pointer("/params/diagnostics")?.as_array()? {
        let at = |p: &str| d.pointer(p).and_then(Value::as_u64);
        let (line, start_char, end_line, end_char) = (
            at("/range/start/line")?,
            at("/range/start/character")?,
            at("/range/end/line")?,
            at("/range/end/character")?,
        );
        if line == 0 && start_char == 0 && end_line == 0 && end_char == 0 {
            continue; // a summary such as "N more diagnostics not shown"
        }
        let severity = at("/severity").unwrap_or(1);
        let e = last_line.entry(severity).or_insert(0);
        *e = (*e).max(line);
    }
    last_line.values().min().map(|l| *l as usize + 1)
}

fn diagnostics_count(m: &Value) -> usize {
    m.pointer("/params/diagnostics")
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

/// The didOpen frame, built before the clock starts (an editor holds the
/// text already; serialising it is the client's cost, sending it is not).
/// The `didOpen` frame reads back as one frame carrying the text.
fn open_frame_self_test() -> Result<(), String> {
    let text = "a \"quoted\" line\r\n\té 😀 \\ end\n".repeat(100);
    let frame = did_open_frame(&text);
    let mut reader = std::io::BufReader::new(&frame[..]);
    let body = lsp::read_frame(&mut reader)?.ok_or("no frame")?;
    if !reader.buffer().is_empty() {
        return Err("bytes after the frame".into());
    }
    let value: Value = serde_json::from_slice(&body).map_err(|e| e.to_string())?;
    if value["params"]["textDocument"]["text"] != text {
        return Err("the text does not read back".into());
    }
    Ok(())
}

/// The whole `didOpen` frame, made in one buffer: the text is escaped
/// twice (counted, then written) rather than copied twice, so a 1 GiB log
/// costs one more GiB here, not three.
fn did_open_frame(text: &str) -> Vec<u8> {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let head = format!(
        r#"{{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{{"textDocument":{{"uri":"{URI}","languageId":"mail-log","version":1,"text":"#
    );
    let tail = "}}}";
    let mut escaped = Count(0);
    serde_json::to_writer(&mut escaped, text).expect("a string serialises");
    let length = head.len() + escaped.0 + tail.len();
    let header = format!("Content-Length: {length}\r\n\r\n");
    let mut frame = Vec::with_capacity(header.len() + length);
    frame.extend_from_slice(header.as_bytes());
    frame.extend_from_slice(head.as_bytes());
    serde_json::to_writer(&mut frame, text).expect("a string serialises");
    frame.extend_from_slice(tail.as_bytes());
    frame
}

fn bench_size(args: &Args, binary: &Path, logs: &Path, size: f64) -> Result<SizeResult, Fail> {
    let label = format!("{} MiB", generate::fmt_size(size));
    let load_before = load_average();
    let t = Instant::now();
    let (path, text, cached) = generate::ensure_log(logs, size, args.seed)
        .map_err(|e| format!("generating the {label} log: {e}"))?;
    println!(
        "\n[{label}] log {} ({} bytes, {} in {:.1} s)",
        path.display(),
        text.len(),
        if cached { "cached" } else { "generated" },
        t.elapsed().as_secs_f64()
    );
    let mix = generate::mix(&text);
    let deliveries = (mix.sent + mix.deferred + mix.bounced).max(1) as f64;
    println!(
        "[{label}] {} lines: deliveries {:.1} % sent, {:.1} % deferred, {:.1} % bounced; {} NOQUEUE rejects, {} bounce notifications",
        mix.lines,
        100.0 * mix.sent as f64 / deliveries,
        100.0 * mix.deferred as f64 / deliveries,
        100.0 * mix.bounced as f64 / deliveries,
        mix.rejects,
        mix.notifications
    );
    let starts = generate::line_starts(&text);
    let sites = generate::code_sites(&text);
    if sites.is_empty() {
        return Err(format!("the {label} log has no code to hover"));
    }

    let path_str = path.to_str().ok_or("log path is not UTF-8")?.to_string();
    let (rg, lnav) = if args.reference {
        println!("[{label}] timing rg and lnav (best of 3)");
        (
            time_reference("rg", &["-c", RG_PATTERN, &path_str]),
            time_reference("lnav", &["-n", "-c", LNAV_QUERY, &path_str]),
        )
    } else {
        (None, None)
    };

    let stderr_path = logs.join(format!("server-{}MiB.stderr", generate::fmt_size(size)));
    let frame = did_open_frame(&text);
    // Opens by fresh servers that do nothing else, then the full run; the
    // best open counts, as the best of 3 runs counts for rg and lnav.
    let mut opens = Vec::new();
    let open_only = Args {
        hovers: 0,
        edits: 0,
        requests: 0,
        ..args.clone()
    };
    for run in 0..args.open_runs {
        let last = run + 1 == args.open_runs;
        let mut server = Server::spawn(binary, &[], &stderr_path)?;
        let run_args = if last { args } else { &open_only };
        let result = drive(
            run_args,
            &mut server,
            &text,
            frame.clone(),
            &starts,
            &sites,
            size,
        );
        let r = match result {
            Ok(r) => r,
            Err(e) => {
                server.kill();
                return Err(e);
            }
        };
        server.shutdown(Duration::from_secs(30))?;
        opens.push(r.open);
        if last {
            let mut r = r;
            r.open_runs = opens;
            r.open = *r.open_runs.iter().min().expect("one run at least");
            return finish(r, path, rg, lnav, load_before);
        }
    }
    unreachable!("open_runs >= 1")
}

fn finish(
    mut r: SizeResult,
    path: PathBuf,
    rg: Option<Result<Reference, String>>,
    lnav: Option<Result<Reference, String>>,
    load_before: String,
) -> Result<SizeResult, Fail> {
    r.log_path = path;
    r.load_before = load_before;
    r.rg = rg;
    r.lnav = lnav;
    Ok(r)
}

fn drive(
    args: &Args,
    server: &mut Server,
    text: &str,
    frame: Vec<u8>,
    starts: &[usize],
    sites: &[Site],
    size: f64,
) -> Result<SizeResult, Fail> {
    let label = format!("{} MiB", generate::fmt_size(size));
    let pid = server.pid;
    let mem = |server: &mut Server| {
        lsp::memory(pid).map_err(|e| server.died(&format!("reading memory: {e}")))
    };
    let cpu = |server: &mut Server| {
        lsp::cpu_seconds(pid).map_err(|e| server.died(&format!("reading CPU time: {e}")))
    };

    // initialize / initialized
    let (init, initialize) =
        server.call("initialize", initialize_params(), Duration::from_secs(30))?;
    let caps = init.get("capabilities").cloned().unwrap_or(Value::Null);
    let encoding = caps
        .get("positionEncoding")
        .and_then(Value::as_str)
        .unwrap_or("utf-16")
        .to_string();
    let sync = match caps.get("textDocumentSync") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(o @ Value::Object(_)) => o.get("change").and_then(Value::as_i64),
        _ => None,
    };
    if sync != Some(2) {
        return Err(server.died(&format!(
            "initialize: the server does not offer incremental sync (textDocumentSync = {:?}); the edit benchmark needs it",
            caps.get("textDocumentSync")
        )));
    }
    server.notify("initialized", json!({}))?;
    let (_, idle_rss) = mem(server)?;

    // open
    let open_timeout = Duration::from_secs_f64(60.0 + 2.0 * size);
    let cpu0 = cpu(server)?;
    let (t0, written) = server.send_frame(frame, true)?;
    let (diag, at, open_publish_bytes) =
        server.wait_for(open_timeout, "didOpen -> publishDiagnostics", |m| {
            is_diagnostics_for(m, 1)
        })?;
    let open = at.duration_since(t0);
    let open_written = written
        .and_then(|rx| rx.recv_timeout(Duration::from_secs(5)).ok())
        .map_or(open, |w| w.duration_since(t0));
    let open_cpu = cpu(server)? - cpu0;
    let open_diagnostics = diagnostics_count(&diag);
    // Where a new diagnostic is sure to be published: a server that caps
    // its diagnostics keeps the more severe ones and, of the least severe
    // kept, those of the first lines. So the window ends at the last line of
    // the severity whose diagnostics stop first (a summary diagnostic, empty
    // at 0:0, does not count). Code edits go inside it, so that the
    // published set must show them.
    let window_end = published_window(&diag).unwrap_or(starts.len());
    println!(
        "[{label}] open: {:.1} ms to diagnostics ({open_diagnostics} published), text written in {:.1} ms, server CPU {:.2} s",
        ms(open),
        ms(open_written),
        open_cpu
    );

    // settle: RSS stable within 1 % (or 1 MiB) over 3 samples 100 ms apart, at most 5 s
    let settle_start = Instant::now();
    let mut samples: Vec<u64> = Vec::new();
    let settled_rss = loop {
        let (_, rss) = mem(server)?;
        samples.push(rss);
        if samples.len() >= 3 {
            let last = &samples[samples.len() - 3..];
            let (lo, hi) = (*last.iter().min().unwrap(), *last.iter().max().unwrap());
            if hi - lo <= (hi / 100).max(1 << 20) {
                break rss;
            }
        }
        if settle_start.elapsed() > Duration::from_secs(5) {
            break rss;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let settle_wait = settle_start.elapsed();
    let (peak_rss_open, _) = mem(server)?;
    server.drain();
    let progress_begin = server
        .seen
        .first_progress_begin
        .map(|begin| begin.saturating_duration_since(t0));

    // hover
    let mut rng = Rng::new(args.seed ^ (size * 1000.0) as u64 ^ 0x686f_7665);
    let mut hover_lat = Vec::with_capacity(args.hovers);
    let mut hover_content = 0;
    for _ in 0..args.hovers {
        let site = sites[rng.below(sites.len() as u64) as usize];
        let (line, col) =
            generate::position(starts, site.offset + rng.below(site.len as u64) as usize);
        let params = json!({
            "textDocument": {"uri": URI},
            "position": {"line": line, "character": col}
        });
        let (result, took) = server.call("textDocument/hover", params, Duration::from_secs(10))?;
        if !result.is_null() && result.get("contents").is_some() {
            hover_content += 1;
        }
        hover_lat.push(took);
    }
    let hover = Latencies::new(hover_lat);
    if args.hovers > 0 {
        println!(
            "[{label}] hover: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({hover_content}/{} with content)",
            ms(hover.p(0.5)),
            ms(hover.p(0.99)),
            ms(hover.max()),
            args.hovers
        );
    }

    // edits
    let mut overlay: HashMap<usize, String> = HashMap::new();
    let line_text = |overlay: &HashMap<usize, String>, line: usize| -> String {
        overlay.get(&line).cloned().unwrap_or_else(|| {
            let end = starts.get(line + 1).map_or(text.len(), |e| e - 1);
            text[starts[line]..end].trim_end_matches('\r').to_string()
        })
    };
    let window_end_offset = starts.get(window_end).copied().unwrap_or(text.len());
    let dsn_sites: Vec<Site> = sites
        .iter()
        .copied()
        .filter(|s| s.dsn && s.offset < window_end_offset)
        .collect();
    let mut edit_lat = Vec::with_capacity(args.edits);
    let mut edit_changed = 0;
    let mut edit_unversioned = 0;
    let mut code_edits = 0;
    let mut code_edits_flagged = 0;
    let mut edit_publish_bytes = 0;
    let mut previous = diag.pointer("/params/diagnostics").cloned();
    let cpu0 = cpu(server)?;
    for i in 0..args.edits {
        let version = 2 + i as i64;
        // A third of the edits go inside a `dsn=` code (`5.1.1` -> `5.91.1`,
        // a code that does not exist), on the lines the published
        // diagnostics cover; the rest insert a letter in the middle of a
        // random line anywhere.
        let code_edit = !dsn_sites.is_empty() && rng.chance(333);
        let (line, col, ch) = if code_edit {
            let site = dsn_sites[rng.below(dsn_sites.len() as u64) as usize];
            let (line, _) = generate::position(starts, site.offset);
            let current = line_text(&overlay, line);
            let at = current.find("dsn=").map_or(current.len() / 2, |p| p + 6);
            (line, at, '9')
        } else {
            let line = rng.below(starts.len() as u64) as usize;
            let current = line_text(&overlay, line);
            (line, current.len() / 2, 'x')
        };
        let mut current = line_text(&overlay, line);
        current.insert(col.min(current.len()), ch);
        overlay.insert(line, current);
        let params = json!({
            "textDocument": {"uri": URI, "version": version},
            "contentChanges": [{
                "range": {
                    "start": {"line": line, "character": col},
                    "end": {"line": line, "character": col}
                },
                "text": ch.to_string()
            }]
        });
        server.drain();
        let t0 = server.notify("textDocument/didChange", params)?;
        let (diag, at, publish_bytes) = server.wait_for(
            Duration::from_secs(30),
            &format!("didChange version {version} -> publishDiagnostics"),
            |m| is_diagnostics_for(m, version),
        )?;
        if diag
            .pointer("/params/version")
            .and_then(Value::as_i64)
            .is_none()
        {
            edit_unversioned += 1;
        }
        edit_lat.push(at.duration_since(t0));
        edit_publish_bytes += publish_bytes;
        let now = diag.pointer("/params/diagnostics").cloned();
        if now != previous {
            edit_changed += 1;
        }
        if code_edit {
            // The new code starts 2 columns before the inserted `9`.
            code_edits += 1;
            let flagged = now.as_ref().and_then(Value::as_array).is_some_and(|ds| {
                ds.iter().any(|d| {
                    d.pointer("/range/start/line").and_then(Value::as_u64) == Some(line as u64)
                        && d.pointer("/range/start/character").and_then(Value::as_u64)
                            == Some(col as u64 - 2)
                })
            });
            if flagged {
                code_edits_flagged += 1;
            }
        }
        previous = now;
    }
    let edit_cpu = cpu(server)? - cpu0;
    let edit = Latencies::new(edit_lat);
    if args.edits > 0 {
        println!(
            "[{label}] edit: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({edit_changed}/{} changed the diagnostics, {code_edits_flagged}/{code_edits} new bad codes flagged; server CPU {:.2} s)",
            ms(edit.p(0.5)),
            ms(edit.p(0.99)),
            ms(edit.max()),
            args.edits,
            edit_cpu
        );
    }
    let (reads, version) =
        time_requests(args, server, text, starts, &label, 2 + args.edits as i64)?;
    // Open-only runs (all but the last) stop here.
    let full_run = args.hovers + args.edits + args.requests > 0;
    let reload = if full_run {
        Some(time_reload(server, text, version, &label, size)?)
    } else {
        None
    };
    let (peak_rss, _) = mem(server)?;

    Ok(SizeResult {
        size_mib: size,
        bytes: text.len() as u64,
        lines: starts.len(),
        log_path: PathBuf::new(),
        rg: None,
        lnav: None,
        initialize,
        encoding,
        open,
        open_runs: Vec::new(),
        open_written,
        open_cpu,
        open_diagnostics,
        progress_begin,
        idle_rss,
        settled_rss,
        settle_wait,
        peak_rss_open,
        peak_rss,
        hover,
        hover_content,
        edit,
        edit_changed,
        edit_unversioned,
        code_edits,
        code_edits_flagged,
        open_publish_bytes,
        edit_publish_bytes: edit_publish_bytes / args.edits.max(1),
        load_before: String::new(),
        edit_cpu,
        reads,
        reload,
        seen: server.seen.clone(),
    })
}

/// A Postfix queue ID on or after line `from`: `(line, character)`.
fn queue_id_position(text: &str, starts: &[usize], from: usize) -> Option<(usize, usize)> {
    (from..starts.len()).chain(0..from).find_map(|line| {
        let end = starts.get(line + 1).map_or(text.len(), |e| e - 1);
        let current = &text[starts[line]..end];
        let at = current.find("]: ")? + 3;
        let len = current[at..]
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit() && !b.is_ascii_lowercase())
            .count();
        (len >= 6 && current[at + len..].starts_with(':')).then_some((line, at + 2))
    })
}

/// Times `args.requests` requests of each kind an editor sends while one
/// reads a log: the code lens (after an edit each time, as VS Code asks),
/// the outline, the references of a queue ID, the semantic tokens of a
/// visible range (60 lines), and those of the whole document (5 of the
/// last two).
fn time_requests(
    args: &Args,
    server: &mut Server,
    text: &str,
    starts: &[usize],
    label: &str,
    mut version: i64,
) -> Result<(Vec<Read>, i64), Fail> {
    let mut rng = Rng::new(args.seed ^ 0x7265_6164);
    let mut reads = Vec::new();
    let document = json!({"uri": URI});
    let timeout = Duration::from_secs(300);
    for method in [
        "textDocument/codeLens",
        "textDocument/documentSymbol",
        "textDocument/references",
        "textDocument/semanticTokens/range",
        "textDocument/semanticTokens/full",
    ] {
        // Whole-document answers are large: a few suffice.
        let whole = [
            "textDocument/documentSymbol",
            "textDocument/semanticTokens/full",
        ];
        let count = if whole.contains(&method) {
            args.requests.min(5)
        } else {
            args.requests
        };
        let mut latencies = Vec::with_capacity(count);
        let mut answered = 0;
        for _ in 0..count {
            let line = rng.below(starts.len() as u64) as usize;
            let params = match method {
                "textDocument/codeLens" => {
                    let params = json!({
                        "textDocument": {"uri": URI, "version": version},
                        "contentChanges": [{
                            "range": {
                                "start": {"line": line, "character": 0},
                                "end": {"line": line, "character": 0}
                            },
                            "text": "x"
                        }]
                    });
                    version += 1;
                    server.notify("textDocument/didChange", params)?;
                    json!({"textDocument": document})
                }
                "textDocument/references" => {
                    let (line, character) =
                        queue_id_position(text, starts, line).unwrap_or((line, 0));
                    json!({
                        "textDocument": document,
                        "position": {"line": line, "character": character},
                        "context": {"includeDeclaration": true}
                    })
                }
                "textDocument/semanticTokens/range" => json!({
                    "textDocument": document,
                    "range": {
                        "start": {"line": line, "character": 0},
                        "end": {"line": line + 60, "character": 0}
                    }
                }),
                _ => json!({"textDocument": document}),
            };
            server.drain();
            let (result, took) = server.call(method, params, timeout)?;
            let content = match &result {
                Value::Array(items) => !items.is_empty(),
                Value::Object(o) => o
                    .get("data")
                    .and_then(Value::as_array)
                    .is_some_and(|d| !d.is_empty()),
                _ => false,
            };
            if content {
                answered += 1;
            }
            latencies.push(took);
        }
        let latencies = Latencies::new(latencies);
        if count > 0 {
            println!(
                "[{label}] {method}: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({answered}/{count} with content)",
                ms(latencies.p(0.5)),
                ms(latencies.p(0.99)),
                ms(latencies.max()),
            );
        }
        reads.push(Read {
            method,
            latencies,
            answered,
        });
    }
    server.drain();
    Ok((reads, version))
}

/// A reload, as an editor sends it when a grown log is read again: one
/// `didChange` replacing the whole text (here with the log and one more
/// line), built before the clock starts, timed to its diagnostics.
fn time_reload(
    server: &mut Server,
    text: &str,
    version: i64,
    label: &str,
    size: f64,
) -> Result<Duration, Fail> {
    let line_breaks = text.matches('\n').count();
    let mut grown = String::with_capacity(text.len() + 1024);
    grown.push_str(text);
    if !text.ends_with('\n') {
        grown.push('\n');
    }
    grown.push_str(text.lines().next().unwrap_or(""));
    grown.push('\n');
    // The edits above added characters to some lines: a column past the end
    // of the last line stands for its end (the LSP rule).
    let change = json!({
        "range": {
            "start": {"line": 0, "character": 0},
            "end": {"line": line_breaks, "character": 1_000_000}
        },
        "text": grown
    });
    let body = serde_json::to_vec(&json!({
        "jsonrpc": "2.0",
        "method": "textDocument/didChange",
        "params": {"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]}
    }))
    .expect("serialisable");
    drop(grown);
    server.drain();
    let (t0, _) = server.send_frame(lsp::frame(&body), false)?;
    let timeout = Duration::from_secs_f64(60.0 + 2.0 * size);
    let (_, at, _) = server.wait_for(timeout, "reload -> publishDiagnostics", |m| {
        is_diagnostics_for(m, version)
    })?;
    let reload = at.duration_since(t0);
    println!("[{label}] reload: {:.1} ms to diagnostics", ms(reload));
    Ok(reload)
}

/// The 1-minute load average, as /proc/loadavg says it.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

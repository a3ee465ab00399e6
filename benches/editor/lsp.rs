//! A minimal LSP client over a child's stdin/stdout, with real
//! `Content-Length` framing, as an editor does it.
//!
//! - One writer thread owns the child's stdin: frames are written whole and in
//!   order (a 300 MB `didOpen` and a reply to a server request never
//!   interleave). A frame may ask for the instant its last byte was written.
//! - One reader thread owns the child's stdout: it parses frames, answers
//!   server->client requests at once (`workspace/configuration` with one
//!   `null` per item, anything else with a `null` result), and passes every
//!   message on, stamped with the instant its last byte arrived.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Prefixes a JSON body with its `Content-Length` header.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 32);
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
    out
}

/// Reads one framed message; `Ok(None)` on a clean end of stream between
/// messages.
pub fn read_frame(r: &mut impl BufRead) -> Result<Option<Vec<u8>>, String> {
    let mut length: Option<usize> = None;
    let mut header = Vec::new();
    let mut first = true;
    loop {
        header.clear();
        let n = r
            .read_until(b'\n', &mut header)
            .map_err(|e| format!("reading a header: {e}"))?;
        if n == 0 {
            return if first && length.is_none() {
                Ok(None)
            } else {
                Err("end of stream inside a header".into())
            };
        }
        first = false;
        if !header.ends_with(b"\r\n") {
            return Err(format!(
                "header line not ended by CRLF: {:?}",
                String::from_utf8_lossy(&header)
            ));
        }
        let line = &header[..header.len() - 2];
        if line.is_empty() {
            break;
        }
        let line = std::str::from_utf8(line).map_err(|_| "header is not UTF-8".to_string())?;
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| format!("malformed header line: {line:?}"))?;
        if name.trim().eq_ignore_ascii_case("content-length") {
            length = Some(
                value
                    .trim()
                    .parse()
                    .map_err(|_| format!("bad Content-Length: {value:?}"))?,
            );
        } else if !name.trim().eq_ignore_ascii_case("content-type") {
            return Err(format!("unknown header: {line:?}"));
        }
    }
    let length = length.ok_or("message without Content-Length")?;
    let mut body = vec![0; length];
    r.read_exact(&mut body)
        .map_err(|e| format!("reading a {length}-byte body: {e}"))?;
    Ok(Some(body))
}

/// What the reader thread passes on.
pub enum Incoming {
    /// The message, when its last byte arrived, and its body's size.
    Message(Value, Instant, usize),
    /// Protocol error or end of stream; the reader has stopped.
    Broken(String),
}

struct Outgoing {
    frame: Vec<u8>,
    written: Option<Sender<Instant>>,
}

/// Counters of what the server sent besides responses and diagnostics.
#[derive(Default, Clone, Debug)]
pub struct Seen {
    pub progress_creates: usize,
    pub progress_begin: usize,
    pub progress_report: usize,
    pub progress_end: usize,
    /// When the first `$/progress` begin arrived.
    pub first_progress_begin: Option<Instant>,
    pub other_requests: Vec<String>,
    pub log_messages: usize,
    pub show_messages: Vec<String>,
}

pub struct Server {
    child: Child,
    pub pid: u32,
    out: Option<Sender<Outgoing>>,
    incoming: Receiver<Incoming>,
    /// Messages received while waiting for something else, kept in order.
    pending: VecDeque<(Value, Instant, usize)>,
    next_id: i64,
    pub stderr_path: PathBuf,
    pub seen: Seen,
    writer: Option<thread::JoinHandle<()>>,
}

/// Error of a benchmark step: the server misbehaved.
pub type Fail = String;

impl Server {
    pub fn spawn(binary: &Path, args: &[&str], stderr_path: &Path) -> Result<Server, Fail> {
        let stderr = std::fs::File::create(stderr_path)
            .map_err(|e| format!("creating {}: {e}", stderr_path.display()))?;
        let mut child = Command::new(binary)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr))
            .spawn()
            .map_err(|e| format!("spawning {}: {e}", binary.display()))?;
        let pid = child.id();
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let (out_tx, out_rx) = mpsc::channel::<Outgoing>();
        let (in_tx, in_rx) = mpsc::channel::<Incoming>();
        let writer = thread::Builder::new()
            .name("lsp-writer".into())
            .spawn(move || writer_loop(stdin, out_rx))
            .map_err(|e| e.to_string())?;
        let replies = out_tx.clone();
        thread::Builder::new()
            .name("lsp-reader".into())
            .spawn(move || reader_loop(stdout, in_tx, replies))
            .map_err(|e| e.to_string())?;
        Ok(Server {
            child,
            pid,
            out: Some(out_tx),
            incoming: in_rx,
            pending: VecDeque::new(),
            next_id: 1,
            stderr_path: stderr_path.to_path_buf(),
            seen: Seen::default(),
            writer: Some(writer),
        })
    }

    /// Queues a prebuilt frame; returns the instant it was queued and, if
    /// asked, a receiver for the instant its last byte was written.
    pub fn send_frame(
        &mut self,
        frame: Vec<u8>,
        want_written: bool,
    ) -> Result<(Instant, Option<Receiver<Instant>>), Fail> {
        let (tx, rx) = if want_written {
            let (tx, rx) = mpsc::channel();
            (Some(tx), Some(rx))
        } else {
            (None, None)
        };
        let t0 = Instant::now();
        self.out
            .as_ref()
            .ok_or("the connection is closed")?
            .send(Outgoing { frame, written: tx })
            .map_err(|_| self.died("the writer stopped (server closed its stdin?)"))?;
        Ok((t0, rx))
    }

    pub fn notify(&mut self, method: &str, params: Value) -> Result<Instant, Fail> {
        let body =
            serde_json::to_vec(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
                .expect("serialisable");
        Ok(self.send_frame(frame(&body), false)?.0)
    }

    /// Sends a request; returns its id and the instant it was queued.
    pub fn request(&mut self, method: &str, params: Value) -> Result<(i64, Instant), Fail> {
        let id = self.next_id;
        self.next_id += 1;
        let body = serde_json::to_vec(
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        )
        .expect("serialisable");
        let t0 = self.send_frame(frame(&body), false)?.0;
        Ok((id, t0))
    }

    /// Waits for the response to `id`; returns its result and arrival instant.
    pub fn response(
        &mut self,
        id: i64,
        timeout: Duration,
        what: &str,
    ) -> Result<(Value, Instant), Fail> {
        let (msg, at, _) = self.wait_for(timeout, what, |m| {
            m.get("method").is_none() && m.get("id").and_then(Value::as_i64) == Some(id)
        })?;
        if let Some(err) = msg.get("error") {
            return Err(self.died(&format!("{what}: the server answered with an error: {err}")));
        }
        Ok((msg.get("result").cloned().unwrap_or(Value::Null), at))
    }

    pub fn call(
        &mut self,
        method: &str,
        params: Value,
        timeout: Duration,
    ) -> Result<(Value, Duration), Fail> {
        let (id, t0) = self.request(method, params)?;
        let (result, at) = self.response(id, timeout, method)?;
        Ok((result, at.duration_since(t0)))
    }

    /// Waits for the first message matching `pred` (looking first at the
    /// messages already received); the others are kept for later waits, but
    /// notifications that only inform (`$/progress`, `window/logMessage`, ...)
    /// are counted and dropped.
    pub fn wait_for(
        &mut self,
        timeout: Duration,
        what: &str,
        mut pred: impl FnMut(&Value) -> bool,
    ) -> Result<(Value, Instant, usize), Fail> {
        if let Some(i) = self.pending.iter().position(|(m, _, _)| pred(m)) {
            return Ok(self.pending.remove(i).expect("index in range"));
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(Incoming::Message(m, at, len)) => {
                    if self.absorb(&m, at) {
                        continue;
                    }
                    if pred(&m) {
                        return Ok((m, at, len));
                    }
                    self.pending.push_back((m, at, len));
                    if self.pending.len() > 10_000 {
                        self.pending.pop_front();
                    }
                }
                Ok(Incoming::Broken(why)) => return Err(self.died(&format!("{what}: {why}"))),
                Err(RecvTimeoutError::Timeout) => {
                    return Err(self.died(&format!(
                        "{what}: no answer within {:.1} s (timeout)",
                        timeout.as_secs_f64()
                    )));
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(self.died(&format!("{what}: reader stopped")));
                }
            }
        }
    }

    /// Drops everything received so far that nobody waits for.
    pub fn drain(&mut self) {
        while let Ok(msg) = self.incoming.try_recv() {
            if let Incoming::Message(m, at, len) = msg {
                if !self.absorb(&m, at) {
                    self.pending.push_back((m, at, len));
                }
            }
        }
        self.pending.clear();
    }

    /// Counts informative messages; true if the message needs no more handling.
    fn absorb(&mut self, m: &Value, at: Instant) -> bool {
        let Some(method) = m.get("method").and_then(Value::as_str) else {
            return false;
        };
        let is_request = m.get("id").is_some();
        match method {
            "window/workDoneProgress/create" if is_request => self.seen.progress_creates += 1,
            _ if is_request => self.seen.other_requests.push(method.to_string()),
            "$/progress" => match m.pointer("/params/value/kind").and_then(Value::as_str) {
                Some("begin") => {
                    self.seen.progress_begin += 1;
                    self.seen.first_progress_begin.get_or_insert(at);
                }
                Some("report") => self.seen.progress_report += 1,
                Some("end") => self.seen.progress_end += 1,
                _ => {}
            },
            "window/logMessage" | "$/logTrace" | "telemetry/event" => self.seen.log_messages += 1,
            "window/showMessage" => {
                let text = m
                    .pointer("/params/message")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                self.seen
                    .show_messages
                    .push(text.chars().take(200).collect());
            }
            _ => return false,
        }
        true
    }

    /// Describes a failure, with the server's state and the end of its stderr.
    pub fn died(&mut self, why: &str) -> String {
        let status = match self.child.try_wait() {
            Ok(Some(s)) => format!("server exited: {s}"),
            Ok(None) => "server still running".to_string(),
            Err(e) => format!("server state unknown: {e}"),
        };
        format!(
            "{why}\n  ({status}; stderr in {})\n{}",
            self.stderr_path.display(),
            stderr_tail(&self.stderr_path, 20)
        )
    }

    /// `shutdown`, then `exit`; waits for the process to end with status 0.
    pub fn shutdown(mut self, timeout: Duration) -> Result<ExitStatus, Fail> {
        self.call("shutdown", Value::Null, timeout)?;
        self.notify("exit", Value::Null)?;
        self.out = None; // the writer ends and closes stdin
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
        let deadline = Instant::now() + timeout;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(status),
                Ok(Some(status)) => {
                    return Err(self.died(&format!(
                        "exit: the server exited with {status} after shutdown + exit"
                    )));
                }
                Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(10)),
                Ok(None) => {
                    let msg =
                        self.died("exit: the server did not exit after shutdown + exit (timeout)");
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return Err(msg);
                }
                Err(e) => return Err(format!("waiting for the server: {e}")),
            }
        }
    }

    /// Kills the server (after a failure).
    pub fn kill(mut self) {
        self.out = None;
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn writer_loop(stdin: ChildStdin, frames: Receiver<Outgoing>) {
    let mut stdin = stdin;
    for Outgoing { frame, written } in frames {
        if stdin
            .write_all(&frame)
            .and_then(|()| stdin.flush())
            .is_err()
        {
            return;
        }
        if let Some(tx) = written {
            let _ = tx.send(Instant::now());
        }
    }
}

fn reader_loop(stdout: ChildStdout, to_main: Sender<Incoming>, replies: Sender<Outgoing>) {
    let mut r = BufReader::with_capacity(1 << 20, stdout);
    loop {
        let body = match read_frame(&mut r) {
            Ok(Some(body)) => body,
            Ok(None) => {
                let _ = to_main.send(Incoming::Broken("the server closed its stdout".into()));
                return;
            }
            Err(e) => {
                let _ = to_main.send(Incoming::Broken(format!("protocol error: {e}")));
                return;
            }
        };
        let at = Instant::now();
        let msg: Value = match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => {
                let head = String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned();
                let _ = to_main.send(Incoming::Broken(format!(
                    "protocol error: body is not JSON ({e}): {head}"
                )));
                return;
            }
        };
        if let (Some(method), Some(id)) = (msg.get("method").and_then(Value::as_str), msg.get("id"))
        {
            let result = if method == "workspace/configuration" {
                let n = msg
                    .pointer("/params/items")
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len);
                Value::Array(vec![Value::Null; n])
            } else {
                Value::Null
            };
            let reply = json!({"jsonrpc": "2.0", "id": id, "result": result});
            let body = serde_json::to_vec(&reply).expect("serialisable");
            let _ = replies.send(Outgoing {
                frame: frame(&body),
                written: None,
            });
        }
        if to_main
            .send(Incoming::Message(msg, at, body.len()))
            .is_err()
        {
            return;
        }
    }
}

pub fn stderr_tail(path: &Path, lines: usize) -> String {
    let Ok(text) = std::fs::read(path) else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&text);
    let all: Vec<&str> = text.lines().collect();
    let from = all.len().saturating_sub(lines);
    all[from..]
        .iter()
        .map(|l| format!("    | {}", l.chars().take(300).collect::<String>()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `VmHWM` and `VmRSS` of a process, in bytes.
pub fn memory(pid: u32) -> io::Result<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map(|kb| kb * 1024)
            .ok_or_else(|| io::Error::other(format!("no {name} in /proc/{pid}/status")))
    };
    Ok((field("VmHWM:")?, field("VmRSS:")?))
}

/// User + system CPU time of a process so far (all threads), in seconds.
pub fn cpu_seconds(pid: u32) -> io::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // rest starts at field 3 (state); utime is field 14, stime field 15.
    let ticks = |i: usize| {
        fields
            .get(i - 3)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // USER_HZ is 100 on every Linux architecture the bench runs on.
    Ok((ticks(14) + ticks(15)) as f64 / 100.0)
}

/// Self-check of the framing, run by `--self-test`.
pub fn self_test() -> Result<(), String> {
    let a = frame(br#"{"jsonrpc":"2.0","method":"x"}"#);
    let b = frame("{\"s\":\"\u{e9}\u{1F600}\"}".as_bytes());
    let mut stream = Vec::new();
    stream.extend_from_slice(&a);
    stream.extend_from_slice(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n");
    stream.extend_from_slice(&b);
    let mut r = io::Cursor::new(stream);
    let one = read_frame(&mut r)?.ok_or("missing first frame")?;
    if one != br#"{"jsonrpc":"2.0","method":"x"}"# {
        return Err("first frame differs".into());
    }
    let two = read_frame(&mut r)?.ok_or("missing second frame")?;
    let v: Value = serde_json::from_slice(&two).map_err(|e| e.to_string())?;
    if v["s"] != "\u{e9}\u{1F600}" {
        return Err(format!("second frame differs: {v}"));
    }
    if read_frame(&mut r)?.is_some() {
        return Err("a frame after the end".into());
    }
    // Truncated body and missing CRLF are errors, not silent ends.
    let mut cut = io::Cursor::new(b"Content-Length: 10\r\n\r\n{}".to_vec());
    if read_frame(&mut cut).is_ok() {
        return Err("truncated body accepted".into());
    }
    let mut lf = io::Cursor::new(b"Content-Length: 2\n\n{}".to_vec());
    if read_frame(&mut lf).is_ok() {
        return Err("LF-only header accepted".into());
    }
    Ok(())
}

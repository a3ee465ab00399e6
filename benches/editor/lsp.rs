//! The benchmark's front of the project's one LSP client
//! (`tests/shared/lsp_client.rs`, shared with the tests): a child's stdio
//! with strict framing, every message stamped with the instant it arrived,
//! plus what the benchmark counts (progress, messages) and its failure
//! reports (the end of the server's stderr).

#[path = "../../tests/shared/lsp_client.rs"]
mod client;

pub use client::{cpu_seconds, frame, memory, read_frame, self_test};

use client::{Connection, Incoming};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

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
    connection: Connection,
    /// Messages received while waiting for something else, kept in order.
    pending: VecDeque<(Value, Instant, usize)>,
    next_id: i64,
    pub stderr_path: PathBuf,
    pub seen: Seen,
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
        let connection = Connection::new(stdin, stdout).map_err(|e| e.to_string())?;
        Ok(Server {
            child,
            pid,
            connection,
            pending: VecDeque::new(),
            next_id: 1,
            stderr_path: stderr_path.to_path_buf(),
            seen: Seen::default(),
        })
    }

    /// Queues a prebuilt frame; returns the instant it was queued and, if
    /// asked, a receiver for the instant its last byte was written.
    pub fn send_frame(
        &mut self,
        frame: Vec<u8>,
        want_written: bool,
    ) -> Result<(Instant, Option<Receiver<Instant>>), Fail> {
        let t0 = Instant::now();
        match self.connection.send_frame(frame, want_written) {
            Ok(rx) => Ok((t0, rx)),
            Err(why) => Err(self.died(&why)),
        }
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
            match self.connection.incoming.recv_timeout(left) {
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
                Ok(Incoming::Invalid(why)) => return Err(self.died(&format!("{what}: {why}"))),
                Ok(Incoming::Closed) => {
                    return Err(self.died(&format!("{what}: the server closed its stdout")));
                }
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
        while let Ok(msg) = self.connection.incoming.try_recv() {
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
        self.connection.close(); // the writer ends and closes stdin
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
        self.connection.close();
        let _ = self.child.kill();
        let _ = self.child.wait();
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

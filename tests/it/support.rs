//! A small LSP client for black-box tests: spawns the real binary, speaks
//! `Content-Length` framing over its stdio, answers server->client requests
//! and keeps every `publishDiagnostics` it sees.

#![allow(dead_code)]

use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// The server the tests drive: the one cargo built, or the one named by
/// `MAIL_LSP_TEST_BINARY` (to show that a test fails on an older build).
pub fn bin() -> std::path::PathBuf {
    std::env::var_os("MAIL_LSP_TEST_BINARY")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_mail-lsp").into())
}
/// Generous: the suite runs on 2 cores, often in debug builds.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// What the stdout reader thread saw.
#[derive(Debug)]
pub enum Incoming {
    Message(Value),
    /// Bytes on stdout that are not a valid frame with a JSON-RPC object.
    Invalid(String),
    Closed,
}

pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Incoming>,
    next_id: i64,
    /// Messages read but not yet consumed by a `wait_*` call.
    backlog: VecDeque<Value>,
    /// uri -> every publishDiagnostics params received, in order.
    pub published: HashMap<String, Vec<Value>>,
    /// Every invalid thing seen on stdout.
    pub invalid: Vec<String>,
    pub closed: bool,
}

/// Reads one strictly valid frame: `Content-Length: N\r\n` (other headers
/// allowed), `\r\n`, N bytes of a JSON object with `"jsonrpc": "2.0"`.
fn read_strict_frame(reader: &mut impl BufRead) -> Incoming {
    let mut length = None;
    loop {
        let mut line = Vec::new();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) if length.is_none() => return Incoming::Closed,
            Ok(0) => return Incoming::Invalid("end of output inside a header".into()),
            Ok(_) => {}
            Err(error) => return Incoming::Invalid(format!("reading stdout: {error}")),
        }
        let Some(line) = line.strip_suffix(b"\r\n") else {
            return Incoming::Invalid(format!(
                "header line not ended by CRLF: {:?}",
                String::from_utf8_lossy(&line)
            ));
        };
        if line.is_empty() {
            break;
        }
        let line = String::from_utf8_lossy(line);
        match line.split_once(": ") {
            Some(("Content-Length", value)) => match value.parse::<usize>() {
                Ok(n) => length = Some(n),
                Err(_) => return Incoming::Invalid(format!("bad Content-Length: {line}")),
            },
            Some(("Content-Type", _)) => {}
            _ => return Incoming::Invalid(format!("unexpected header: {line:?}")),
        }
    }
    let Some(length) = length else {
        return Incoming::Invalid("frame without Content-Length".into());
    };
    let mut body = vec![0; length];
    if let Err(error) = reader.read_exact(&mut body) {
        return Incoming::Invalid(format!("short body: {error}"));
    }
    match serde_json::from_slice::<Value>(&body) {
        Ok(value) if value.is_object() && value["jsonrpc"] == "2.0" => Incoming::Message(value),
        Ok(value) => Incoming::Invalid(format!("not a JSON-RPC object: {value}")),
        Err(error) => Incoming::Invalid(format!(
            "body is not JSON ({error}): {:?}",
            String::from_utf8_lossy(&body)
        )),
    }
}

impl Server {
    pub fn spawn() -> Server {
        Server::spawn_with_env(&[])
    }

    pub fn spawn_with_env(env: &[(&str, &str)]) -> Server {
        let mut command = Command::new(bin());
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .env_remove("MAIL_LSP_TEST_HOOKS")
            .env("RUST_LOG", "mail_lsp=error")
            .stderr(if std::env::var_os("MAIL_LSP_TEST_STDERR").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            });
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("spawn mail-lsp");
        let stdout = child.stdout.take().expect("stdout");
        let stdin = child.stdin.take();
        let (sender, incoming) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::with_capacity(1 << 20, stdout);
            loop {
                let item = read_strict_frame(&mut reader);
                let stop = !matches!(item, Incoming::Message(_));
                if sender.send(item).is_err() || stop {
                    return;
                }
            }
        });
        Server {
            child,
            stdin,
            incoming,
            next_id: 0,
            backlog: VecDeque::new(),
            published: HashMap::new(),
            invalid: Vec::new(),
            closed: false,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Resident set size in KiB (Linux).
    pub fn rss_kib(&self) -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(bytes).expect("write to the server");
        stdin.flush().expect("flush");
    }

    pub fn send_body(&mut self, body: &[u8]) {
        let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        frame.extend_from_slice(body);
        self.send_raw(&frame);
    }

    pub fn send(&mut self, message: &Value) {
        let body = serde_json::to_vec(message).expect("serialise");
        self.send_body(&body);
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Sends a request and waits for its response (the whole message).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(&json!(id), TIMEOUT)
    }

    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    /// The next message, handling server->client requests and diagnostics
    /// on the way (they are still returned).
    fn next_message(&mut self, deadline: Instant) -> Option<Value> {
        if let Some(message) = self.backlog.pop_front() {
            return Some(message);
        }
        if self.closed {
            return None;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match self.incoming.recv_timeout(left) {
            Ok(Incoming::Message(message)) => {
                if message.get("method").is_some() && message.get("id").is_some() {
                    let id = message["id"].clone();
                    let reply = json!({"jsonrpc": "2.0", "id": id, "result": null});
                    if self.stdin.is_some() {
                        self.send(&reply);
                    }
                }
                if message["method"] == "textDocument/publishDiagnostics" {
                    let uri = message["params"]["uri"].as_str().unwrap_or("").to_string();
                    self.published
                        .entry(uri)
                        .or_default()
                        .push(message["params"].clone());
                }
                Some(message)
            }
            Ok(Incoming::Invalid(what)) => {
                self.invalid.push(what);
                self.closed = true;
                None
            }
            Ok(Incoming::Closed) | Err(RecvTimeoutError::Disconnected) => {
                self.closed = true;
                None
            }
            Err(RecvTimeoutError::Timeout) => None,
        }
    }

    /// Waits for a message matching `wanted`; others are kept in order for later.
    pub fn wait_for(
        &mut self,
        timeout: Duration,
        mut wanted: impl FnMut(&Value) -> bool,
    ) -> Option<Value> {
        let deadline = Instant::now() + timeout;
        let mut skipped = VecDeque::new();
        let found = loop {
            match self.next_message(deadline) {
                Some(message) if wanted(&message) => break Some(message),
                Some(message) => skipped.push_back(message),
                None if Instant::now() >= deadline || self.closed => break None,
                None => {}
            }
        };
        skipped.extend(self.backlog.drain(..));
        self.backlog = skipped;
        found
    }

    /// The response to request `id` (panics after `timeout`).
    pub fn response(&mut self, id: &Value, timeout: Duration) -> Value {
        let id = id.clone();
        self.wait_for(timeout, |m| {
            m.get("method").is_none() && m.get("id") == Some(&id)
        })
        .unwrap_or_else(|| {
            panic!(
                "no response to request {id} (invalid output: {:?})",
                self.invalid
            )
        })
    }

    /// The next error response with a null id (answers to unreadable frames).
    pub fn null_id_error(&mut self) -> Value {
        self.wait_for(TIMEOUT, |m| {
            m.get("method").is_none() && m["id"].is_null() && m.get("error").is_some()
        })
        .expect("an error response with id null")
    }

    /// Waits for a `publishDiagnostics` for `uri` whose version is `version`
    /// (`None`: any version); returns its diagnostics.
    pub fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        self.diagnostics_within(uri, version, TIMEOUT)
    }

    /// `diagnostics` with a longer wait, for the huge documents (debug build,
    /// 2 cores shared with the rest of the suite).
    pub fn diagnostics_within(
        &mut self,
        uri: &str,
        version: Option<i64>,
        timeout: Duration,
    ) -> Vec<Value> {
        let message = self
            .wait_for(timeout, |m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && (version.is_none() || m["params"]["version"].as_i64() == version)
            })
            .unwrap_or_else(|| panic!("no diagnostics for {uri} at version {version:?}"));
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Reads whatever arrives during `time` (to check that nothing bad does).
    pub fn drain(&mut self, time: Duration) -> Vec<Value> {
        let deadline = Instant::now() + time;
        let mut out: Vec<Value> = self.backlog.drain(..).collect();
        while let Some(message) = self.next_message(deadline) {
            out.push(message);
        }
        out
    }

    /// `initialize` with these params (capabilities etc.), then `initialized`.
    /// Returns the initialize result.
    pub fn initialize_with(&mut self, params: Value) -> Value {
        let mut params = params;
        if params.get("capabilities").is_none() {
            params["capabilities"] = json!({});
        }
        params["processId"] = json!(std::process::id());
        let response = self.request("initialize", params);
        assert!(
            response.get("error").is_none(),
            "initialize failed: {response}"
        );
        self.notify("initialized", json!({}));
        response["result"].clone()
    }

    /// A default editor session (UTF-16 positions).
    pub fn initialize(&mut self) -> Value {
        self.initialize_with(json!({}))
    }

    /// Started and initialized.
    pub fn started() -> Server {
        let mut server = Server::spawn();
        server.initialize();
        server
    }

    pub fn open(&mut self, uri: &str, language_id: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language_id, "version": version, "text": text}}),
        );
    }

    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    pub fn hover(&mut self, uri: &str, line: u32, character: u32) -> Value {
        let response = self.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        );
        assert!(response.get("error").is_none(), "hover failed: {response}");
        response["result"].clone()
    }

    pub fn completion(&mut self, uri: &str, line: u32, character: u32) -> Value {
        let response = self.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        );
        assert!(
            response.get("error").is_none(),
            "completion failed: {response}"
        );
        response["result"].clone()
    }

    /// `shutdown`, `exit`; the exit status.
    pub fn stop(mut self) -> ExitStatus {
        let response = self.request("shutdown", Value::Null);
        assert!(
            response.get("error").is_none(),
            "shutdown failed: {response}"
        );
        self.notify("exit", Value::Null);
        self.wait_exit(Duration::from_secs(5))
            .expect("the server exits after shutdown + exit")
    }

    /// Waits for the process to end (stdin stays as it is).
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// True while the process runs.
    pub fn alive(&mut self) -> bool {
        self.child.try_wait().expect("try_wait").is_none()
    }

    /// A cheap request that must be answered: proves the server still serves.
    pub fn assert_serving(&mut self) {
        let response = self.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///nowhere.log"}, "position": {"line": 0, "character": 0}}),
        );
        assert!(
            response.get("error").is_none(),
            "the server did not serve: {response}"
        );
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The hover markdown text, or "" for none.
pub fn hover_text(hover: &Value) -> String {
    hover["contents"]["value"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

/// The error code of a response.
pub fn error_code(response: &Value) -> Option<i64> {
    response["error"]["code"].as_i64()
}

/// UTF-16 length of a str.
pub fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

/// Diagnostics without volatile fields, sorted, for comparison.
pub fn normalise(diagnostics: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = diagnostics.iter().map(Value::to_string).collect();
    out.sort();
    out
}

/// A small deterministic PRNG (xorshift64*), seeded.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Path of a fixture file.
pub fn fixture(path: &str) -> String {
    let full = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

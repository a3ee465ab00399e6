//! The tests' front of the project's one LSP client
//! (`tests/shared/lsp_client.rs`, shared with the benchmark): a server
//! spawned as a process (the real binary over stdio), or run in this
//! process over in-memory pipes (`server::run`, the same code minus
//! `main`). It keeps every `publishDiagnostics` it sees.
//!
//! Most protocol tests run in process; the reliability tests (a process's
//! exit status, its memory, signals, closed pipes) spawn the binary.

#![allow(dead_code)]

#[path = "../shared/lsp_client.rs"]
mod client;

pub use client::self_test as client_self_test;
use client::{Connection, Incoming};
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, Condvar, Mutex};
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

/// How a server ended: its exit status's code (`None`: killed by a signal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exit(Option<i32>);

impl Exit {
    pub fn code(self) -> Option<i32> {
        self.0
    }
    pub fn success(self) -> bool {
        self.0 == Some(0)
    }
}

enum Process {
    Child(Child),
    /// `server::run` on a thread of this process, and its status once ended.
    InProcess {
        thread: Option<std::thread::JoinHandle<i32>>,
        ended: Option<i32>,
    },
}

pub struct Server {
    process: Process,
    connection: Connection,
    next_id: i64,
    /// Messages read but not yet consumed by a `wait_*` call.
    backlog: VecDeque<Value>,
    /// uri -> every publishDiagnostics params received, in order.
    pub published: HashMap<String, Vec<Value>>,
    /// Every invalid thing seen on stdout.
    pub invalid: Vec<String>,
    pub closed: bool,
}

/// A pipe in memory, as the OS makes one: a bounded buffer (so a reader
/// that stops holds up the writer), the end of input once the writer is
/// dropped, a broken pipe once the reader is.
#[derive(Default)]
struct Pipe {
    state: Mutex<PipeState>,
    changed: Condvar,
}

#[derive(Default)]
struct PipeState {
    bytes: VecDeque<u8>,
    writer_gone: bool,
    reader_gone: bool,
}

const PIPE_CAPACITY: usize = 1 << 16;

struct PipeReader(Arc<Pipe>);
struct PipeWriter(Arc<Pipe>);

fn pipe() -> (PipeReader, PipeWriter) {
    let shared = Arc::new(Pipe::default());
    (PipeReader(shared.clone()), PipeWriter(shared))
}

impl Read for PipeReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut state = self.0.state.lock().unwrap();
        while state.bytes.is_empty() && !state.writer_gone {
            state = self.0.changed.wait(state).unwrap();
        }
        let n = buf.len().min(state.bytes.len());
        for (slot, byte) in buf.iter_mut().zip(state.bytes.drain(..n)) {
            *slot = byte;
        }
        self.0.changed.notify_all();
        Ok(n)
    }
}

impl Drop for PipeReader {
    fn drop(&mut self) {
        self.0.state.lock().unwrap().reader_gone = true;
        self.0.changed.notify_all();
    }
}

impl Write for PipeWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut state = self.0.state.lock().unwrap();
        while state.bytes.len() >= PIPE_CAPACITY && !state.reader_gone {
            state = self.0.changed.wait(state).unwrap();
        }
        if state.reader_gone {
            return Err(std::io::ErrorKind::BrokenPipe.into());
        }
        let n = buf.len().min(PIPE_CAPACITY - state.bytes.len());
        state.bytes.extend(&buf[..n]);
        self.0.changed.notify_all();
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for PipeWriter {
    fn drop(&mut self) {
        self.0.state.lock().unwrap().writer_gone = true;
        self.0.changed.notify_all();
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
        let stdin = child.stdin.take().expect("stdin");
        let connection = Connection::new(stdin, stdout).expect("connect");
        Server::over(Process::Child(child), connection)
    }

    /// The server run in this process (`mail_lsp::server::run`) over
    /// in-memory pipes: what the binary does, minus its `main`.
    pub fn in_process() -> Server {
        let (server_input, to_server) = pipe();
        let (from_server, server_output) = pipe();
        let server = std::thread::Builder::new()
            .name("in-process mail-lsp".into())
            .spawn(move || mail_lsp::server::run(server_input, server_output))
            .expect("start the server thread");
        let connection = Connection::new(to_server, from_server).expect("connect");
        let process = Process::InProcess {
            thread: Some(server),
            ended: None,
        };
        Server::over(process, connection)
    }

    /// Started in process and initialized.
    pub fn started_in_process() -> Server {
        let mut server = Server::in_process();
        server.initialize();
        server
    }

    fn over(process: Process, connection: Connection) -> Server {
        Server {
            process,
            connection,
            next_id: 0,
            backlog: VecDeque::new(),
            published: HashMap::new(),
            invalid: Vec::new(),
            closed: false,
        }
    }

    pub fn pid(&self) -> u32 {
        match &self.process {
            Process::Child(child) => child.id(),
            Process::InProcess { .. } => std::process::id(),
        }
    }

    /// Resident set size in KiB (Linux); of a spawned server only.
    pub fn rss_kib(&self) -> u64 {
        assert!(
            matches!(self.process, Process::Child(_)),
            "the memory of a server in process is the test's"
        );
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.connection
            .send_frame(bytes.to_vec(), false)
            .expect("write to the server");
    }

    pub fn send_body(&mut self, body: &[u8]) {
        self.send_raw(&client::frame(body));
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

    /// Closes the server's input (once what was sent is written).
    pub fn close_stdin(&mut self) {
        self.connection.close();
    }

    /// The next message, noting diagnostics on the way (server->client
    /// requests are answered by the client; they are still returned).
    fn next_message(&mut self, deadline: Instant) -> Option<Value> {
        if let Some(message) = self.backlog.pop_front() {
            return Some(message);
        }
        if self.closed {
            return None;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match self.connection.incoming.recv_timeout(left) {
            Ok(Incoming::Message(message, _, _)) => {
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
    pub fn stop(mut self) -> Exit {
        let response = self.request("shutdown", Value::Null);
        assert!(
            response.get("error").is_none(),
            "shutdown failed: {response}"
        );
        self.notify("exit", Value::Null);
        self.wait_exit(Duration::from_secs(20))
            .expect("the server exits after shutdown + exit")
    }

    /// Waits for the server to end (its input stays as it is).
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<Exit> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(exit) = self.exited() {
                return Some(exit);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn exited(&mut self) -> Option<Exit> {
        match &mut self.process {
            Process::Child(child) => child
                .try_wait()
                .expect("try_wait")
                .map(|status| Exit(status.code())),
            Process::InProcess { thread, ended } => {
                if ended.is_none() && thread.as_ref().is_some_and(|t| t.is_finished()) {
                    // A panic that ended the server: the status a panic gives.
                    *ended = thread.take().map(|t| t.join().unwrap_or(101));
                }
                ended.map(|code| Exit(Some(code)))
            }
        }
    }

    /// True while the server runs.
    pub fn alive(&mut self) -> bool {
        self.exited().is_none()
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
        match &mut self.process {
            Process::Child(child) => {
                let _ = child.kill();
                let _ = child.wait();
            }
            // Its input closed, the server reads the end and stops.
            Process::InProcess { .. } => self.connection.close(),
        }
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

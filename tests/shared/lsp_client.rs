//! The one LSP client of the tests (`tests/it/support.rs`) and the
//! benchmark (`benches/editor/lsp.rs`): strict `Content-Length` framing over
//! any pair of streams (a child's stdio, or in-memory pipes to an
//! in-process server), as an editor does it.
//!
//! - One writer thread owns the server's input: frames are written whole
//!   and in order (a 300 MB `didOpen` and a reply to a server request never
//!   interleave). A frame may ask for the instant its last byte was written.
//! - One reader thread owns the server's output: it reads strictly valid
//!   frames (`Content-Length`, optionally `Content-Type`, CRLF; a JSON-RPC
//!   object), answers server->client requests at once
//!   (`workspace/configuration` with one `null` per item, anything else with
//!   a `null` result), and passes every message on, stamped with the
//!   instant its last byte arrived.

#![allow(dead_code)]

use serde_json::{Value, json};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Instant;

/// Prefixes a JSON body with its `Content-Length` header.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 32);
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
    out
}

/// Reads one strictly valid frame: header lines ended by CRLF, a
/// `Content-Length` (and at most a `Content-Type`), then the body;
/// `Ok(None)` on a clean end of stream between messages.
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
#[derive(Debug)]
pub enum Incoming {
    /// A message, when its last byte arrived, and its body's size.
    Message(Value, Instant, usize),
    /// Bytes that are not a valid frame with a JSON-RPC object; the reader
    /// has stopped.
    Invalid(String),
    /// The server closed its output between messages; the reader has stopped.
    Closed,
}

enum Outgoing {
    Frame {
        frame: Vec<u8>,
        written: Option<Sender<Instant>>,
    },
    /// Closes the server's input (the reader's replies hold the channel open).
    Close,
}

/// A connection to a server: its input written by one thread, its output
/// read by another.
pub struct Connection {
    out: Option<Sender<Outgoing>>,
    /// Everything the server sent, in order.
    pub incoming: Receiver<Incoming>,
    writer: Option<thread::JoinHandle<()>>,
}

impl Connection {
    /// Talks to a server that reads `to_server` and writes `from_server`.
    pub fn new(
        to_server: impl Write + Send + 'static,
        from_server: impl Read + Send + 'static,
    ) -> io::Result<Connection> {
        let (out_tx, out_rx) = mpsc::channel::<Outgoing>();
        let (in_tx, in_rx) = mpsc::channel::<Incoming>();
        let writer = thread::Builder::new()
            .name("lsp-client-writer".into())
            .spawn(move || writer_loop(to_server, out_rx))?;
        let replies = out_tx.clone();
        thread::Builder::new()
            .name("lsp-client-reader".into())
            .spawn(move || reader_loop(from_server, in_tx, replies))?;
        Ok(Connection {
            out: Some(out_tx),
            incoming: in_rx,
            writer: Some(writer),
        })
    }

    /// Queues a prebuilt frame (or any bytes); if asked, returns a receiver
    /// for the instant its last byte was written. Err once the input is
    /// closed.
    pub fn send_frame(
        &self,
        frame: Vec<u8>,
        want_written: bool,
    ) -> Result<Option<Receiver<Instant>>, String> {
        let (tx, rx) = if want_written {
            let (tx, rx) = mpsc::channel();
            (Some(tx), Some(rx))
        } else {
            (None, None)
        };
        self.out
            .as_ref()
            .ok_or("the server's input is closed")?
            .send(Outgoing::Frame { frame, written: tx })
            .map_err(|_| "the writer stopped (the server closed its input?)".to_string())?;
        Ok(rx)
    }

    /// Frames and queues a message.
    pub fn send(&self, message: &Value) -> Result<(), String> {
        let body = serde_json::to_vec(message).map_err(|e| e.to_string())?;
        self.send_frame(frame(&body), false).map(|_| ())
    }

    /// Closes the server's input once every queued frame is written.
    pub fn close(&mut self) {
        if let Some(out) = self.out.take() {
            let _ = out.send(Outgoing::Close);
        }
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }

    pub fn is_closed(&self) -> bool {
        self.out.is_none()
    }
}

fn writer_loop(mut to_server: impl Write, frames: Receiver<Outgoing>) {
    for outgoing in frames {
        let Outgoing::Frame { frame, written } = outgoing else {
            return;
        };
        if to_server
            .write_all(&frame)
            .and_then(|()| to_server.flush())
            .is_err()
        {
            return;
        }
        if let Some(tx) = written {
            let _ = tx.send(Instant::now());
        }
    }
}

fn reader_loop(from_server: impl Read, to_main: Sender<Incoming>, replies: Sender<Outgoing>) {
    let mut r = BufReader::with_capacity(1 << 20, from_server);
    loop {
        let body = match read_frame(&mut r) {
            Ok(Some(body)) => body,
            Ok(None) => {
                let _ = to_main.send(Incoming::Closed);
                return;
            }
            Err(e) => {
                let _ = to_main.send(Incoming::Invalid(format!("protocol error: {e}")));
                return;
            }
        };
        let at = Instant::now();
        let msg: Value = match serde_json::from_slice::<Value>(&body) {
            Ok(v) if v.is_object() && v["jsonrpc"] == "2.0" => v,
            Ok(v) => {
                let _ = to_main.send(Incoming::Invalid(format!("not a JSON-RPC object: {v}")));
                return;
            }
            Err(e) => {
                let head = String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned();
                let _ = to_main.send(Incoming::Invalid(format!("body is not JSON ({e}): {head}")));
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
            let _ = replies.send(Outgoing::Frame {
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
    // USER_HZ is 100 on every Linux architecture this runs on.
    Ok((ticks(14) + ticks(15)) as f64 / 100.0)
}

/// Self-check of the framing (the benchmark's `--self-test`; a test too).
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

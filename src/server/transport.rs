//! The wire: `Content-Length` framing read robustly from the client.
//!
//! tower-lsp ends the session on the first bad frame; this reader instead
//! answers what the spec says (-32700 parse error, -32600 invalid request)
//! and goes on with the next frame: header names in any case, junk skipped
//! until the next `Content-Length:`, absurd lengths refused without
//! allocating them, bodies that are not JSON-RPC objects rejected.

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use std::io::{BufRead, Read};

/// Larger bodies are refused (clangd's limit too).
pub const MAX_CONTENT_LENGTH: u64 = 1 << 30;
/// Longer header lines are junk.
const MAX_HEADER_LINE: usize = 8 * 1024;

#[derive(Debug, PartialEq)]
pub enum Frame {
    Body(Vec<u8>),
    /// A frame that could not be read; the reason goes into a -32700 reply.
    Bad(String),
    Eof,
}

/// Reads one header line (without `\r\n`), at most `MAX_HEADER_LINE` bytes
/// kept; `None` at end of input.
fn read_header_line<R: BufRead>(reader: &mut R) -> std::io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let mut seen_any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            return Ok(seen_any.then_some(line));
        }
        seen_any = true;
        match memchr::memchr(b'\n', available) {
            Some(index) => {
                if line.len() < MAX_HEADER_LINE {
                    let room = MAX_HEADER_LINE - line.len();
                    line.extend_from_slice(&available[..index.min(room)]);
                }
                reader.consume(index + 1);
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return Ok(Some(line));
            }
            None => {
                let len = available.len();
                if line.len() < MAX_HEADER_LINE {
                    let room = MAX_HEADER_LINE - line.len();
                    line.extend_from_slice(&available[..len.min(room)]);
                }
                reader.consume(len);
            }
        }
    }
}

fn find_content_length(line: &[u8]) -> Option<usize> {
    let needle = b"content-length:";
    line.windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// Reads the next frame, with blocking reads straight into the frame's
/// buffer (a 100 MB `didOpen` moves at the speed of the pipe).
pub fn read_frame<R: BufRead>(reader: &mut R) -> std::io::Result<Frame> {
    let mut length: Option<Result<u64, String>> = None;
    loop {
        let Some(line) = read_header_line(reader)? else {
            return Ok(Frame::Eof);
        };
        if line.is_empty() {
            match length {
                None => continue,
                Some(Err(reason)) => return Ok(Frame::Bad(reason)),
                Some(Ok(n)) if n > MAX_CONTENT_LENGTH => {
                    return Ok(Frame::Bad(format!(
                        "Content-Length {n} is over the limit of {MAX_CONTENT_LENGTH} bytes"
                    )));
                }
                Some(Ok(n)) => {
                    // Capacity is only reserved: pages are touched as bytes arrive, so a
                    // length that lies costs no memory.
                    let mut body = Vec::with_capacity(n as usize);
                    reader.take(n).read_to_end(&mut body)?;
                    if (body.len() as u64) < n {
                        return Ok(Frame::Eof);
                    }
                    return Ok(Frame::Body(body));
                }
            }
        }
        if let Some(at) = find_content_length(&line) {
            let value = String::from_utf8_lossy(&line[at + "content-length:".len()..])
                .trim()
                .to_string();
            length = Some(
                value
                    .parse::<u64>()
                    .map_err(|_| format!("Content-Length is not a number: {value:?}")),
            );
        } else if length.is_none() && !line.contains(&b':') {
            tracing::warn!("skipping {} bytes of junk before a header", line.len());
        }
    }
}

/// What a well-formed body is.
#[derive(Debug, PartialEq)]
pub enum Kind {
    /// A request (with id) or notification (without).
    Call { method: String, id: Option<Value> },
    /// The client's response to one of our requests.
    Response,
}

/// Why a body is refused: the JSON-RPC error to send back.
#[derive(Debug, PartialEq)]
pub struct Refusal {
    pub id: Value,
    pub code: i64,
    pub message: String,
}

#[derive(Deserialize)]
struct Shape<P> {
    jsonrpc: Option<String>,
    method: Option<String>,
    #[serde(default, deserialize_with = "present")]
    id: Option<Value>,
    params: Option<P>,
    #[serde(default, deserialize_with = "present")]
    result: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    error: Option<Value>,
}

/// Keeps `"id": null` apart from a missing id.
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}

/// What a `didOpen` carries, read in the same pass as the shape check: the
/// text is located, not copied (`text` is the byte range of its JSON string
/// literal in the body), so a 100 MB document is parsed once.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OpenText {
    pub uri: String,
    pub language_id: String,
    pub version: i32,
    pub text: std::ops::Range<usize>,
}

#[derive(Deserialize)]
struct ParamsShape<'a> {
    #[serde(rename = "textDocument", default, borrow)]
    text_document: Option<DocumentShape<'a>>,
}

#[derive(Deserialize)]
struct DocumentShape<'a> {
    uri: Option<String>,
    #[serde(rename = "languageId")]
    language_id: Option<String>,
    version: Option<i32>,
    #[serde(default, borrow)]
    text: Option<&'a serde_json::value::RawValue>,
}

pub fn classify(body: &[u8]) -> Result<Kind, Refusal> {
    classify_with_text(body).map(|(kind, _)| kind)
}

/// [`classify`], also locating a document's text when the params carry one
/// (`textDocument.text`, as in `didOpen`).
pub(crate) fn classify_with_text(body: &[u8]) -> Result<(Kind, Option<OpenText>), Refusal> {
    let Ok(mut shape) = serde_json::from_slice::<Shape<ParamsShape>>(body) else {
        // Params of another shape (an array, a textDocument that is not an
        // object, ...) are the service's business: check the frame alone.
        return check_shape(body).map(|kind| (kind, None));
    };
    let open = shape.params.take().and_then(|params| {
        let document = params.text_document?;
        let literal = document.text?.get();
        let start = literal.as_ptr() as usize - body.as_ptr() as usize;
        literal.starts_with('"').then(|| OpenText {
            uri: document.uri.unwrap_or_default(),
            language_id: document.language_id.unwrap_or_default(),
            version: document.version.unwrap_or_default(),
            text: start..start + literal.len(),
        })
    });
    let plain = Shape::<IgnoredAny> {
        jsonrpc: shape.jsonrpc,
        method: shape.method,
        id: shape.id,
        params: None,
        result: shape.result,
        error: shape.error,
    };
    judge(plain).map(|kind| (kind, open))
}

fn check_shape(body: &[u8]) -> Result<Kind, Refusal> {
    let shape: Shape<IgnoredAny> = serde_json::from_slice(body).map_err(|error| {
        let code = match error.classify() {
            serde_json::error::Category::Data => -32600,
            _ => -32700,
        };
        let message = if code == -32600 {
            format!("invalid request: {error}")
        } else {
            format!("parse error: {error}")
        };
        Refusal {
            id: Value::Null,
            code,
            message,
        }
    })?;
    judge(shape)
}

fn judge(shape: Shape<IgnoredAny>) -> Result<Kind, Refusal> {
    let id = shape.id.clone();
    let refuse = |message: &str| Refusal {
        id: id.clone().filter(valid_id).unwrap_or(Value::Null),
        code: -32600,
        message: message.to_string(),
    };
    if shape.jsonrpc.as_deref() != Some("2.0") {
        return Err(refuse("invalid request: \"jsonrpc\" must be \"2.0\""));
    }
    if let Some(id) = &shape.id
        && !valid_id(id)
        && !(shape.method.is_none() && id.is_null())
    {
        return Err(refuse(
            "invalid request: \"id\" must be a number or a string",
        ));
    }
    match shape.method {
        Some(method) => Ok(Kind::Call {
            method,
            id: shape.id,
        }),
        None if shape.id.is_some() && (shape.result.is_some() || shape.error.is_some()) => {
            Ok(Kind::Response)
        }
        None => Err(refuse("invalid request: no \"method\"")),
    }
}

fn valid_id(id: &Value) -> bool {
    id.is_number() || id.is_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Frame> {
        let mut reader = std::io::BufReader::new(input);
        let mut out = Vec::new();
        loop {
            let frame = read_frame(&mut reader).unwrap();
            let done = frame == Frame::Eof;
            out.push(frame);
            if done {
                return out;
            }
        }
    }

    #[test]
    fn framing_recovers() {
        let input = b"Content-Length: 2\r\n\r\n{}content-length: 3\r\n\r\n[1]Content-Length: abc\r\n\r\njunk\r\nContent-Length: 99999999999\r\n\r\nContent-Length: 1\r\nContent-Type: x\r\n\r\n7";
        let got = frames(input);
        assert_eq!(got[0], Frame::Body(b"{}".to_vec()));
        assert_eq!(got[1], Frame::Body(b"[1]".to_vec()));
        assert!(matches!(&got[2], Frame::Bad(reason) if reason.contains("not a number")));
        assert!(matches!(&got[3], Frame::Bad(reason) if reason.contains("over the limit")));
        assert_eq!(got[4], Frame::Body(b"7".to_vec()));
        assert_eq!(got[5], Frame::Eof);
    }

    #[test]
    fn truncated_body_is_end_of_input() {
        assert_eq!(frames(b"Content-Length: 10\r\n\r\n{}"), [Frame::Eof]);
    }

    #[test]
    fn the_text_of_a_did_open_is_located_in_the_same_pass() {
        let body = br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///m.log","languageId":"mail-log","version":3,"text":"a\nb \"q\""}}}"#;
        let (kind, open) = classify_with_text(body).unwrap();
        assert_eq!(
            kind,
            Kind::Call {
                method: "textDocument/didOpen".into(),
                id: None
            }
        );
        let open = open.unwrap();
        assert_eq!(
            (open.uri.as_str(), open.language_id.as_str(), open.version),
            ("file:///m.log", "mail-log", 3)
        );
        assert_eq!(&body[open.text], br#""a\nb \"q\"""#);
        let array_params = br#"{"jsonrpc":"2.0","id":1,"method":"x","params":[1,2]}"#;
        assert_eq!(
            classify_with_text(array_params).unwrap(),
            (
                Kind::Call {
                    method: "x".into(),
                    id: Some(1.into())
                },
                None
            )
        );
        let odd_document = br#"{"jsonrpc":"2.0","method":"x","params":{"textDocument":5}}"#;
        assert!(classify_with_text(odd_document).unwrap().1.is_none());
        let text_not_string =
            br#"{"jsonrpc":"2.0","method":"x","params":{"textDocument":{"text":5}}}"#;
        assert!(classify_with_text(text_not_string).unwrap().1.is_none());
    }

    #[test]
    fn classification() {
        let call =
            classify(br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#).unwrap();
        assert_eq!(
            call,
            Kind::Call {
                method: "initialize".into(),
                id: Some(1.into())
            }
        );
        assert_eq!(
            classify(br#"{"jsonrpc":"2.0","method":"exit"}"#).unwrap(),
            Kind::Call {
                method: "exit".into(),
                id: None
            }
        );
        assert_eq!(
            classify(br#"{"jsonrpc":"2.0","id":3,"result":null}"#).unwrap(),
            Kind::Response
        );
        assert_eq!(classify(b"{oops").unwrap_err().code, -32700);
        assert_eq!(classify(b"[]").unwrap_err().code, -32600);
        assert_eq!(classify(b"7").unwrap_err().code, -32600);
        assert_eq!(
            classify(b"{\"jsonrpc\":\"2.0\",\"method\":\"\xff\"}")
                .unwrap_err()
                .code,
            -32700
        );
        assert_eq!(
            classify(br#"{"jsonrpc":"2.0","method":5}"#)
                .unwrap_err()
                .code,
            -32600
        );
        assert_eq!(
            classify(br#"{"jsonrpc":"1.0","id":4,"method":"x"}"#)
                .unwrap_err()
                .id,
            Value::from(4)
        );
        assert_eq!(
            classify(br#"{"jsonrpc":"2.0","id":{},"method":"x"}"#)
                .unwrap_err()
                .code,
            -32600
        );
        assert_eq!(
            classify(br#"{"jsonrpc":"2.0","id":5}"#).unwrap_err().code,
            -32600
        );
    }
}

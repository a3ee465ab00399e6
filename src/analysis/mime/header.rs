//! Header blocks: fields unfolded, names compared without case, values
//! with their RFC 2047 encoded words decoded; `Content-Type` parameters
//! (quoted, RFC 2231 continued and extended). The same reader reads the
//! field groups of a `message/delivery-status` body.

use super::charset::{self, Charset};
use std::ops::Range;

/// One header field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The name as written (`Diagnostic-code`).
    pub name: String,
    /// The value unfolded, its encoded words decoded, trimmed.
    pub value: String,
    /// The whole field in the source document, from its name to the end of
    /// its last line (line break excluded).
    pub source: Range<usize>,
    /// The raw value in the text the field was read from (after the colon,
    /// folded lines included).
    pub(crate) raw_value: Range<usize>,
}

impl Field {
    /// True when the field's name is `name`, in any case.
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }
}

/// The first field named `name` (in any case).
pub fn find<'f>(fields: &'f [Field], name: &str) -> Option<&'f Field> {
    fields.iter().find(|field| field.is(name))
}

/// A field read from a text, before its value is decoded.
pub(crate) struct RawField {
    pub name: Range<usize>,
    pub value: Range<usize>,
    pub whole: Range<usize>,
}

/// Where a line ends: `(end of content, start of the next line)`.
fn line_end(text: &str, at: usize, limit: usize) -> (usize, usize) {
    let bytes = &text.as_bytes()[at..limit];
    match memchr::memchr2(b'\n', b'\r', bytes) {
        Some(i) if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') => (at + i, at + i + 2),
        Some(i) => (at + i, at + i + 1),
        None => (limit, limit),
    }
}

/// The field name a line opens, if it opens one: letters, digits, `-`,
/// `_` and `.` up to a colon, blanks allowed before the colon
/// (`Diagnostic-Code :`). RFC 5322 allows any printable character, but a
/// line such as `<a@example.org>: 550 ...` is text, not a field.
fn field_name(line: &str) -> Option<Range<usize>> {
    let colon = line.find(':')?;
    let name = line[..colon].trim_end_matches([' ', '\t']);
    let valid = !name.is_empty()
        && name.len() <= 76
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    valid.then_some(0..name.len())
}

/// Reads the header block of `text[range]`: the fields, and where the body
/// starts (after the blank line, or at the first line that is not a field
/// when there is none). A leading mbox `From ` line is skipped.
///
/// Real headers are not always folded right: a line that is no field and
/// not indented continues the field before it when that field's value
/// ends with `;` or `,` (a parameter list), or when more fields follow it
/// before the blank line (the block clearly goes on).
pub(crate) fn read_block(text: &str, range: Range<usize>) -> (Vec<RawField>, usize) {
    let mut fields: Vec<RawField> = Vec::new();
    let mut at = range.start;
    let limit = range.end;
    // Where the last field line before the blank line starts, once needed.
    let mut last_field_ahead: Option<Option<usize>> = None;
    while at < limit {
        let (end, next) = line_end(text, at, limit);
        let line = &text[at..end];
        if line.trim_end_matches([' ', '\t']).is_empty() && end < limit {
            return (fields, next);
        }
        if line.starts_with([' ', '\t']) {
            match fields.last_mut() {
                Some(field) => {
                    field.value.end = end;
                    field.whole.end = end;
                }
                // Blanks before any field: there is no header block.
                None => return (fields, at),
            }
        } else if let Some(name) = field_name(line) {
            let colon = at + line.find(':').unwrap_or(name.end);
            fields.push(RawField {
                name: at + name.start..at + name.end,
                value: colon + 1..end,
                whole: at..end,
            });
        } else if at == range.start && line.starts_with("From ") {
            // An mbox separator line.
        } else {
            let Some(field) = fields.last_mut() else {
                return (fields, at);
            };
            let value = text[field.value.clone()].trim_end();
            let ahead = *last_field_ahead.get_or_insert_with(|| last_field_line(text, next, limit));
            if value.ends_with([';', ',']) || ahead.is_some_and(|start| start > at) {
                field.value.end = end;
                field.whole.end = end;
            } else {
                return (fields, at);
            }
        }
        at = next;
    }
    (fields, limit)
}

/// The start of the last field line from `at` to the first blank line.
fn last_field_line(text: &str, mut at: usize, limit: usize) -> Option<usize> {
    let mut last = None;
    while at < limit {
        let (end, next) = line_end(text, at, limit);
        let line = &text[at..end];
        if line.trim_end_matches([' ', '\t']).is_empty() {
            break;
        }
        if !line.starts_with([' ', '\t']) && field_name(line).is_some() {
            last = Some(at);
        }
        at = next;
    }
    last
}

/// Unfolds a raw value (line breaks before blanks go) and decodes its
/// encoded words.
pub(crate) fn unfold_and_decode(raw: &str) -> String {
    let mut unfolded = String::with_capacity(raw.len());
    for (index, piece) in raw.split('\n').enumerate() {
        let piece = piece.strip_suffix('\r').unwrap_or(piece);
        if index > 0 && !piece.starts_with([' ', '\t']) {
            unfolded.push(' ');
        }
        unfolded.push_str(piece);
    }
    decode_encoded_words(unfolded.trim())
}

/// RFC 2047: `=?charset?B|Q?text?=` decoded; blanks between two encoded
/// words go. A malformed word is kept as written.
pub fn decode_encoded_words(value: &str) -> String {
    if !value.contains("=?") {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    let mut pending_blank = "";
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, word_on) = rest.split_at(start);
        match encoded_word(word_on) {
            Some((decoded, len)) => {
                let only_blanks = before.bytes().all(|b| b == b' ' || b == b'\t');
                if !(after_word && only_blanks) {
                    out.push_str(pending_blank);
                    out.push_str(before);
                }
                out.push_str(&decoded);
                pending_blank = "";
                after_word = true;
                rest = &word_on[len..];
            }
            None => {
                out.push_str(pending_blank);
                out.push_str(before);
                out.push_str("=?");
                pending_blank = "";
                after_word = false;
                rest = &word_on[2..];
            }
        }
    }
    out.push_str(pending_blank);
    out.push_str(rest);
    out
}

/// One encoded word at the start of `text`: its decoded text and length.
fn encoded_word(text: &str) -> Option<(String, usize)> {
    let inner = text.strip_prefix("=?")?;
    let (charset_label, rest) = inner.split_once('?')?;
    let (encoding, rest) = rest.split_once('?')?;
    let end = rest.find("?=")?;
    let payload = &rest[..end];
    if payload.contains([' ', '\t', '\n']) || charset_label.is_empty() {
        return None;
    }
    // RFC 2231 language suffix: `utf-8*ja`.
    let label = charset_label.split('*').next().unwrap_or(charset_label);
    let bytes = if encoding.eq_ignore_ascii_case("B") {
        super::transfer::decode_base64(payload, 0).0
    } else if encoding.eq_ignore_ascii_case("Q") {
        let spaced = payload.replace('_', " ");
        super::transfer::decode_quoted_printable(&spaced, 0).0
    } else {
        return None;
    };
    let (decoded, _) = charset::decode(&bytes, Charset::from_label(Some(label)));
    let len = 2 + charset_label.len() + 1 + encoding.len() + 1 + end + 2;
    Some((decoded, len))
}

/// A `Content-Type` value: `type/subtype` in lower case and its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentType {
    /// `text/plain`, `multipart/report`, ... in lower case.
    pub mime_type: String,
    /// Parameter names in lower case, values unquoted.
    pub params: Vec<(String, String)>,
}

impl ContentType {
    pub fn new(mime_type: &str) -> ContentType {
        ContentType {
            mime_type: mime_type.to_string(),
            params: Vec::new(),
        }
    }

    /// Parses a value; one without a `/` gives `None` (the default applies).
    pub fn parse(value: &str) -> Option<ContentType> {
        let mut pieces = split_params(value);
        let mime_type = pieces.next()?.trim().to_ascii_lowercase();
        let (main, sub) = mime_type.split_once('/')?;
        if main.is_empty() || sub.is_empty() || main.contains(char::is_whitespace) {
            return None;
        }
        let mut raw: Vec<(String, String)> = Vec::new();
        for piece in pieces {
            let Some((name, value)) = piece.split_once('=') else {
                continue;
            };
            raw.push((name.trim().to_ascii_lowercase(), unquote(value.trim())));
        }
        Some(ContentType {
            mime_type,
            params: join_continuations(raw),
        })
    }

    /// The main type: `text` in `text/plain`.
    pub fn main_type(&self) -> &str {
        self.mime_type.split('/').next().unwrap_or("")
    }

    /// A parameter's value, by name in any case.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Splits at `;` outside quotes.
fn split_params(value: &str) -> impl Iterator<Item = &str> {
    let mut pieces = Vec::new();
    let mut in_quotes = false;
    let mut escaped = false;
    let mut start = 0;
    for (at, byte) in value.bytes().enumerate() {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if in_quotes => escaped = true,
            b'"' => in_quotes = !in_quotes,
            b';' if !in_quotes => {
                pieces.push(&value[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    pieces.push(&value[start..]);
    pieces.into_iter()
}

fn unquote(value: &str) -> String {
    let Some(inner) = value.strip_prefix('"') else {
        // Unquoted: up to a blank or a comment.
        return value
            .split([' ', '\t', '('])
            .next()
            .unwrap_or("")
            .to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '"' => break,
            c => out.push(c),
        }
    }
    out
}

/// RFC 2231: `name*0=`, `name*1*=` joined in order; `name*=charset''%xx`
/// percent-decoded.
fn join_continuations(raw: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut out: Vec<(String, Vec<(u32, String)>)> = Vec::new();
    for (name, value) in raw {
        let (base, extended) = match name.strip_suffix('*') {
            Some(base) => (base, true),
            None => (name.as_str(), false),
        };
        let (base, index) = match base.rsplit_once('*') {
            Some((base, index)) if index.bytes().all(|b| b.is_ascii_digit()) => {
                (base, index.parse().unwrap_or(0))
            }
            _ => (base, 0),
        };
        let value = if extended {
            percent_decode(&value, index == 0)
        } else {
            value
        };
        match out.iter_mut().find(|(name, _)| name == base) {
            Some((_, pieces)) => pieces.push((index, value)),
            None => out.push((base.to_string(), vec![(index, value)])),
        }
    }
    out.into_iter()
        .map(|(name, mut pieces)| {
            pieces.sort_by_key(|(index, _)| *index);
            (name, pieces.into_iter().map(|(_, value)| value).collect())
        })
        .collect()
}

fn percent_decode(value: &str, first: bool) -> String {
    let (label, encoded) = match (first, value.split_once('\'')) {
        (true, Some((label, rest))) => {
            (Some(label), rest.split_once('\'').map_or(rest, |(_, v)| v))
        }
        _ => (None, value),
    };
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[at] == b'%'
            && let (Some(high), Some(low)) = (
                bytes.get(at + 1).and_then(|&b| hex(b)),
                bytes.get(at + 2).and_then(|&b| hex(b)),
            )
        {
            out.push((high * 16 + low) as u8);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    let label = label.filter(|label| !label.is_empty());
    charset::decode(&out, Charset::from_label(label)).0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> (Vec<(String, String)>, &str) {
        let (fields, body) = read_block(text, 0..text.len());
        let fields = fields
            .iter()
            .map(|f| {
                (
                    text[f.name.clone()].to_string(),
                    unfold_and_decode(&text[f.value.clone()]),
                )
            })
            .collect();
        (fields, &text[body..])
    }

    #[test]
    fn fields_are_unfolded() {
        let (fields, body) = block(
            "From MAILER-DAEMON Thu Jan 14 07:45:12 2016\nSubject: a\r\n b\r\nDiagnostic-Code :smtp; 550\n\t5.1.1 x\n\nbody\n",
        );
        assert_eq!(
            fields,
            [
                ("Subject".into(), "a b".into()),
                ("Diagnostic-Code".into(), "smtp; 550\t5.1.1 x".into())
            ]
        );
        assert_eq!(body, "body\n");
    }

    #[test]
    fn badly_folded_fields_are_continued() {
        let (fields, body) = block(
            "X-Report:\nBCL:0;PCL:0\nX-Diag: 1;A\n1;B;3:xyz\nContent-Type: multipart/alternative; a=b;\nboundary=\"x\"\n\nbody",
        );
        assert_eq!(
            fields,
            [
                ("X-Report".into(), "".into()),
                ("BCL".into(), "0;PCL:0".into()),
                ("X-Diag".into(), "1;A 1;B;3:xyz".into()),
                (
                    "Content-Type".into(),
                    "multipart/alternative; a=b; boundary=\"x\"".into()
                ),
            ]
        );
        assert_eq!(body, "body");
    }

    #[test]
    fn a_text_without_fields_is_all_body() {
        let (fields, body) = block("This is the mail system at host x.\n\nI'm sorry\n");
        assert!(fields.is_empty());
        assert_eq!(body, "This is the mail system at host x.\n\nI'm sorry\n");
        let (fields, body) = block("Status: 5.1.1\nnot a field\n");
        assert_eq!(fields.len(), 1);
        assert_eq!(body, "not a field\n");
        let (fields, body) = block("A: b");
        assert_eq!((fields.len(), body), (1, ""));
    }

    #[test]
    fn encoded_words() {
        assert_eq!(
            decode_encoded_words("=?iso-8859-15?Q?Delivery_Status_Notification_=28Failure=29?="),
            "Delivery Status Notification (Failure)"
        );
        assert_eq!(
            decode_encoded_words("=?utf-8?B?8J+QiPCfkIg=?=@example.org"),
            "🐈🐈@example.org"
        );
        assert_eq!(
            decode_encoded_words("=?UTF-8?Q?a?= =?UTF-8?Q?b?= c"),
            "ab c"
        );
        assert_eq!(
            decode_encoded_words("=?ISO-2022-JP?B?GyRCJTUlJCVIGyhC?="),
            "サイト"
        );
        assert_eq!(decode_encoded_words("a =?bad b"), "a =?bad b");
        assert_eq!(decode_encoded_words("=?x?Z?y?="), "=?x?Z?y?=");
    }

    #[test]
    fn content_types() {
        let ct = ContentType::parse(
            "multipart/report; report-type=delivery-status;\n boundary=\"=_a;b\"",
        )
        .unwrap();
        assert_eq!(ct.mime_type, "multipart/report");
        assert_eq!(ct.param("Boundary"), Some("=_a;b"));
        assert_eq!(ct.param("report-type"), Some("delivery-status"));
        let ct = ContentType::parse("Text/Plain; charset=ISO-2022-JP (comment)").unwrap();
        assert_eq!(
            (ct.main_type(), ct.param("charset")),
            ("text", Some("ISO-2022-JP"))
        );
        let ct =
            ContentType::parse("text/plain; title*0*=us-ascii'en'a%20b; title*1=\" c\"").unwrap();
        assert_eq!(ct.param("title"), Some("a b c"));
        assert_eq!(ContentType::parse("text"), None);
        assert_eq!(ContentType::parse(""), None);
    }
}

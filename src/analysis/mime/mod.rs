//! A mail message decoded into its parts, each decoded text keeping a map
//! back to the bytes of the document. Pure: `&str` in, plain data out.
//!
//! [`parse`] reads a document (a bounce, any `.eml`) into a [`Message`]:
//!
//! - [`Message::parts`]: the MIME tree in document order, `parts()[0]` the
//!   root. Each [`Part`] has its header [`Field`]s (unfolded, names in any
//!   case, RFC 2047 words decoded), its [`ContentType`], its
//!   [`TransferEncoding`] and [`Charset`], where it stands ([`Region`]: the
//!   bounce's own text, its delivery status, or the returned message), and
//!   its [`Content`]: children (multipart, with preamble and epilogue), an
//!   embedded message (`message/rfc822`, whose root is a part), a decoded
//!   text, field groups (`message/delivery-status`, feedback reports,
//!   `text/rfc822-headers`), or nothing (an attachment, or what the budget
//!   left out).
//! - [`Message::views`]: every text of the document as it reads once
//!   decoded, in document order: header blocks, bodies, preambles. A view
//!   of a part that needed no decoding borrows the document; a
//!   quoted-printable or base64 part, or one in a 7-bit escape charset
//!   (ISO-2022-JP, UTF-7), is decoded once into text of its own.
//!   [`Message::view_text`] gives a view's text; [`Message::to_source`] and
//!   [`Message::source_range`] map offsets of that text back to the
//!   document, and [`Message::view_at`] maps a document offset (a cursor)
//!   to the view and the offset in its text. A code cut by a soft line
//!   break is whole in its view, and each half maps back to its own line.
//! - [`Message::delivery_status`]: the first delivery-status report of the
//!   bounce itself, as per-message fields and one group per recipient;
//!   [`Message::original_headers`]: the header fields of the returned
//!   message (`message/rfc822` or `text/rfc822-headers`).
//! - [`Message::notes`]: what was not decoded, and why ([`Limits`]: at most
//!   so many decoded bytes per document, parts and nesting levels).
//!   Attachments (images, archives, ...) are never decoded.
//!
//! Nothing here fails: a broken boundary ends its part at the end of the
//! parent, a malformed field ends the header block, bad bytes become
//! U+FFFD.

mod charset;
mod header;
mod map;
mod transfer;

pub use charset::Charset;
pub use header::{ContentType, Field, decode_encoded_words, find};
pub use map::OffsetMap;
pub use transfer::TransferEncoding;

use std::borrow::Cow;
use std::ops::Range;

/// How much of a document is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Decoded text produced for the whole document, in bytes.
    pub decoded_bytes: usize,
    /// Parts read, all levels together.
    pub parts: usize,
    /// Nesting of multiparts and embedded messages.
    pub depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            decoded_bytes: 4 << 20,
            parts: 1000,
            depth: 16,
        }
    }
}

/// Where a text stands in a bounce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    /// Header fields of the message or of one of its parts.
    Header,
    /// Text the reporting server wrote: the human-readable part of a
    /// bounce, a whole non-MIME bounce, a multipart's preamble.
    Report,
    /// The fields of a `message/delivery-status` (or feedback) report.
    DeliveryStatus,
    /// Header fields of the returned message.
    OriginalHeader,
    /// The body of the returned message.
    OriginalBody,
}

/// What a part holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// A multipart's children, in order.
    Multipart(Vec<usize>),
    /// An embedded message: the index of its root part.
    Message(usize),
    /// A text, as the view at this index in [`Message::views`].
    Text(usize),
    /// Field groups separated by blank lines (a delivery-status report: the
    /// per-message group, then one per recipient), and their view.
    Fields {
        groups: Vec<Vec<Field>>,
        view: usize,
    },
    /// Not read: an attachment, or past a limit (see [`Message::notes`]).
    Skipped,
}

/// One MIME entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub parent: Option<usize>,
    /// Multipart and message levels above this part.
    pub depth: usize,
    pub fields: Vec<Field>,
    pub content_type: ContentType,
    pub transfer: TransferEncoding,
    pub charset: Charset,
    /// True inside the returned message.
    pub original: bool,
    /// The header block in the document (empty when there is none).
    pub header_source: Range<usize>,
    /// The body as written (encoded) in the document.
    pub body_source: Range<usize>,
    pub content: Content,
}

/// A text as it reads once decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub part: usize,
    pub region: Region,
    /// The text it was read from (0 is the document).
    layer: usize,
    range: Range<usize>,
}

impl View {
    /// True when the view's text is decoded, not the document's own.
    pub fn is_decoded(&self) -> bool {
        self.layer != 0
    }
}

/// Why part of a document was not decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// The decoding budget was spent: the part's encoded size in bytes.
    TooLarge(usize),
    TooManyParts,
    TooDeep,
}

/// A part not decoded, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub part: usize,
    pub kind: NoteKind,
    /// The part's header block, or its body when it has none.
    pub source: Range<usize>,
}

/// A text the document was decoded into, and how its offsets map to the
/// text it came from (its parent layer).
#[derive(Debug)]
struct Layer<'a> {
    text: Cow<'a, str>,
    parent: usize,
    /// Applied in order: text offsets to the parent's (charset, then
    /// transfer encoding). Empty for the document itself.
    maps: Vec<OffsetMap>,
}

/// The delivery-status report of a bounce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryStatus {
    /// `Reporting-MTA`, `Arrival-Date`, ...
    pub message: Vec<Field>,
    /// One group per recipient: `Final-Recipient`, `Action`, `Status`,
    /// `Diagnostic-Code`, ...
    pub recipients: Vec<Vec<Field>>,
}

/// Fields that belong to one recipient (RFC 3464 section 2.3).
const RECIPIENT_FIELDS: &[&str] = &[
    "Original-Recipient",
    "Final-Recipient",
    "Action",
    "Status",
    "Remote-MTA",
    "Diagnostic-Code",
    "Last-Attempt-Date",
    "Final-Log-ID",
    "Will-Retry-Until",
];

impl DeliveryStatus {
    /// Groups as written into per-message and per-recipient fields. Real
    /// reports are not always laid out as RFC 3464 says: a recipient's
    /// fields may follow the per-message ones with no blank line between,
    /// several recipients may share a group, the per-message group may be
    /// missing. A recipient starts at a blank line, or at an
    /// `Original-Recipient` or `Final-Recipient` when the current one has
    /// its own already.
    fn from_groups(groups: &[Vec<Field>]) -> DeliveryStatus {
        let mut message = Vec::new();
        let mut recipients: Vec<Vec<Field>> = Vec::new();
        let mut current: Option<Vec<Field>> = None;
        for (index, group) in groups.iter().enumerate() {
            if let Some(done) = current.take() {
                recipients.push(done);
            }
            for field in group {
                let is_recipient_field = RECIPIENT_FIELDS.iter().any(|name| field.is(name));
                let starts_recipient = match &current {
                    Some(fields) => {
                        (field.is("Final-Recipient")
                            && fields.iter().any(|f| f.is("Final-Recipient")))
                            || (field.is("Original-Recipient")
                                && fields
                                    .iter()
                                    .any(|f| f.is("Original-Recipient") || f.is("Final-Recipient")))
                    }
                    None => index > 0 || is_recipient_field,
                };
                if starts_recipient {
                    if let Some(done) = current.take() {
                        recipients.push(done);
                    }
                    current = Some(Vec::new());
                }
                match current.as_mut() {
                    Some(fields) => fields.push(field.clone()),
                    None => message.push(field.clone()),
                }
            }
        }
        recipients.extend(current);
        DeliveryStatus {
            message,
            recipients,
        }
    }
}

/// A decoded message.
#[derive(Debug)]
pub struct Message<'a> {
    layers: Vec<Layer<'a>>,
    parts: Vec<Part>,
    views: Vec<View>,
    notes: Vec<Note>,
}

/// Decodes `text` as a mail message within `limits`.
pub fn parse<'a>(text: &'a str, limits: &Limits) -> Message<'a> {
    let mut reader = Reader {
        message: Message {
            layers: vec![Layer {
                text: Cow::Borrowed(text),
                parent: 0,
                maps: Vec::new(),
            }],
            parts: Vec::new(),
            views: Vec::new(),
            notes: Vec::new(),
        },
        limits: *limits,
        budget: limits.decoded_bytes,
    };
    reader.entity(
        Entity {
            layer: 0,
            range: 0..text.len(),
            parent: None,
            depth: 0,
            original: false,
        },
        "text/plain",
    );
    reader.message
}

impl<'a> Message<'a> {
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    pub fn views(&self) -> &[View] {
        &self.views
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// The text of a view.
    pub fn view_text(&self, view: &View) -> &str {
        &self.layers[view.layer].text[view.range.clone()]
    }

    /// The document offset of the byte at `offset` in `view`'s text.
    pub fn to_source(&self, view: &View, offset: usize) -> usize {
        self.layer_to_source(view.layer, view.range.start + offset, false)
    }

    /// The document range of `range` in `view`'s text. Parts of it may lie
    /// on different lines (a soft line break inside).
    pub fn source_range(&self, view: &View, range: Range<usize>) -> Range<usize> {
        let start = self.layer_to_source(view.layer, view.range.start + range.start, false);
        let end = self.layer_to_source(view.layer, view.range.start + range.end, true);
        start..end.max(start)
    }

    /// The view a document offset falls in, and the offset in its text.
    /// A decoded view wins over the document's own text around it.
    pub fn view_at(&self, source: usize) -> Option<(&View, usize)> {
        let mut best: Option<(&View, usize)> = None;
        for view in &self.views {
            let span = self.view_source_span(view);
            let inside = span.contains(&source) || (span.end == source && !span.is_empty());
            if !inside {
                continue;
            }
            let offset = self.layer_from_source(view.layer, source);
            let offset = offset.clamp(view.range.start, view.range.end) - view.range.start;
            if best.is_none_or(|(current, _)| view.layer > current.layer) {
                best = Some((view, offset));
            }
        }
        best
    }

    /// The document range a view covers.
    pub fn view_source_span(&self, view: &View) -> Range<usize> {
        if view.layer == 0 {
            return view.range.clone();
        }
        let start = self.layer_to_source(view.layer, view.range.start, false);
        let end = self.layer_to_source(view.layer, view.range.end, true);
        start..end.max(start)
    }

    /// The first delivery-status report of the bounce (not of a returned
    /// message).
    pub fn delivery_status(&self) -> Option<DeliveryStatus> {
        self.parts.iter().find_map(|part| match &part.content {
            Content::Fields { groups, .. }
                if !part.original && is_delivery_status(&part.content_type.mime_type) =>
            {
                Some(DeliveryStatus::from_groups(groups))
            }
            _ => None,
        })
    }

    /// The header fields of the returned message.
    pub fn original_headers(&self) -> Option<&[Field]> {
        self.parts.iter().find_map(|part| match &part.content {
            Content::Message(root) => Some(self.parts[*root].fields.as_slice()),
            Content::Fields { groups, .. } if is_headers(&part.content_type.mime_type) => {
                groups.first().map(Vec::as_slice)
            }
            _ => None,
        })
    }

    fn layer_to_source(&self, mut layer: usize, mut offset: usize, end: bool) -> usize {
        while layer != 0 {
            let current = &self.layers[layer];
            for map in &current.maps {
                offset = if end {
                    map.to_source_end(offset)
                } else {
                    map.to_source(offset)
                };
            }
            layer = current.parent;
        }
        offset
    }

    fn layer_from_source(&self, layer: usize, source: usize) -> usize {
        if layer == 0 {
            return source;
        }
        let current = &self.layers[layer];
        let mut offset = self.layer_from_source(current.parent, source);
        for map in current.maps.iter().rev() {
            offset = map.to_decoded(offset);
        }
        offset
    }
}

fn is_delivery_status(mime_type: &str) -> bool {
    matches!(
        mime_type,
        "message/delivery-status" | "message/global-delivery-status"
    )
}

fn is_headers(mime_type: &str) -> bool {
    matches!(mime_type, "text/rfc822-headers" | "message/global-headers")
}

fn is_field_groups(mime_type: &str) -> bool {
    is_delivery_status(mime_type)
        || is_headers(mime_type)
        || matches!(
            mime_type,
            "message/feedback-report" | "message/disposition-notification"
        )
}

fn is_embedded_message(mime_type: &str) -> bool {
    matches!(mime_type, "message/rfc822" | "message/global")
}

/// Types whose encoded bodies are never decoded: files, not text.
fn is_attachment(content_type: &ContentType) -> bool {
    let mime_type = content_type.mime_type.as_str();
    match content_type.main_type() {
        "image" | "audio" | "video" | "font" | "model" => true,
        "application" => {
            !(mime_type.ends_with("json")
                || mime_type.ends_with("xml")
                || mime_type == "application/x-www-form-urlencoded")
        }
        _ => false,
    }
}

struct Entity {
    layer: usize,
    range: Range<usize>,
    parent: Option<usize>,
    depth: usize,
    original: bool,
}

struct Reader<'a> {
    message: Message<'a>,
    limits: Limits,
    budget: usize,
}

impl<'a> Reader<'a> {
    fn text(&self, layer: usize) -> &str {
        &self.message.layers[layer].text
    }

    fn fields(&self, layer: usize, raw: &[header::RawField]) -> Vec<Field> {
        let text = self.text(layer);
        raw.iter()
            .map(|field| Field {
                name: text[field.name.clone()].to_string(),
                value: header::unfold_and_decode(&text[field.value.clone()]),
                source: self
                    .message
                    .layer_to_source(layer, field.whole.start, false)
                    ..self.message.layer_to_source(layer, field.whole.end, true),
                raw_value: field.value.clone(),
            })
            .collect()
    }

    fn source_range(&self, layer: usize, range: &Range<usize>) -> Range<usize> {
        let start = self.message.layer_to_source(layer, range.start, false);
        let end = self.message.layer_to_source(layer, range.end, true);
        start..end.max(start)
    }

    /// Reads one entity (header block and body) and returns its index.
    fn entity(&mut self, entity: Entity, default_type: &str) -> usize {
        let (raw_fields, body_start) =
            header::read_block(self.text(entity.layer), entity.range.clone());
        let fields = self.fields(entity.layer, &raw_fields);
        let content_type = find(&fields, "Content-Type")
            .and_then(|field| ContentType::parse(&field.value))
            .unwrap_or_else(|| ContentType::new(default_type));
        let transfer = find(&fields, "Content-Transfer-Encoding")
            .map_or(TransferEncoding::Identity, |field| {
                TransferEncoding::from_header(&field.value)
            });
        let charset = Charset::from_label(content_type.param("charset"));
        let header_range = entity.range.start..body_start;
        let body_range = body_start..entity.range.end;
        let index = self.message.parts.len();
        self.message.parts.push(Part {
            parent: entity.parent,
            depth: entity.depth,
            fields,
            content_type: content_type.clone(),
            transfer,
            charset,
            original: entity.original,
            header_source: self.source_range(entity.layer, &header_range),
            body_source: self.source_range(entity.layer, &body_range),
            content: Content::Skipped,
        });
        if !header_range.is_empty() {
            let region = if entity.original {
                Region::OriginalHeader
            } else {
                Region::Header
            };
            self.view(index, region, entity.layer, header_range);
        }
        if index + 1 >= self.limits.parts {
            self.note(index, NoteKind::TooManyParts);
            return index;
        }
        let mime_type = content_type.mime_type.as_str();
        let body = Entity {
            layer: entity.layer,
            range: body_range,
            parent: Some(index),
            depth: entity.depth + 1,
            original: entity.original,
        };
        let content = if content_type.main_type() == "multipart" {
            match content_type.param("boundary") {
                Some(boundary) if !boundary.is_empty() => {
                    if entity.depth >= self.limits.depth {
                        self.note(index, NoteKind::TooDeep);
                        Content::Skipped
                    } else {
                        let child_type = if mime_type == "multipart/digest" {
                            "message/rfc822"
                        } else {
                            "text/plain"
                        };
                        self.multipart(index, body, boundary, child_type)
                    }
                }
                // A multipart without a boundary is read as text.
                _ => self.text_content(index, body, transfer, charset),
            }
        } else if is_embedded_message(mime_type) {
            if entity.depth >= self.limits.depth {
                self.note(index, NoteKind::TooDeep);
                Content::Skipped
            } else {
                match self.decode(index, &body, transfer, charset) {
                    Some((layer, range)) => Content::Message(self.entity(
                        Entity {
                            layer,
                            range,
                            parent: Some(index),
                            depth: entity.depth + 1,
                            original: true,
                        },
                        "text/plain",
                    )),
                    None => Content::Skipped,
                }
            }
        } else if is_field_groups(mime_type) {
            match self.decode(index, &body, transfer, charset) {
                Some((layer, range)) => {
                    let region = if is_headers(mime_type) || entity.original {
                        Region::OriginalHeader
                    } else {
                        Region::DeliveryStatus
                    };
                    let groups = self.field_groups(layer, range.clone());
                    let view = self.view(index, region, layer, range);
                    Content::Fields { groups, view }
                }
                None => Content::Skipped,
            }
        } else if is_attachment(&content_type) && transfer != TransferEncoding::Identity {
            Content::Skipped
        } else {
            self.text_content(index, body, transfer, charset)
        };
        self.message.parts[index].content = content;
        index
    }

    fn text_content(
        &mut self,
        index: usize,
        body: Entity,
        transfer: TransferEncoding,
        charset: Charset,
    ) -> Content {
        match self.decode(index, &body, transfer, charset) {
            Some((layer, range)) => {
                let region = if body.original {
                    Region::OriginalBody
                } else {
                    Region::Report
                };
                Content::Text(self.view(index, region, layer, range))
            }
            None => Content::Skipped,
        }
    }

    fn view(&mut self, part: usize, region: Region, layer: usize, range: Range<usize>) -> usize {
        self.message.views.push(View {
            part,
            region,
            layer,
            range,
        });
        self.message.views.len() - 1
    }

    fn note(&mut self, part: usize, kind: NoteKind) {
        let part_ref = &self.message.parts[part];
        let source = if part_ref.header_source.is_empty() {
            part_ref.body_source.clone()
        } else {
            part_ref.header_source.clone()
        };
        self.message.notes.push(Note { part, kind, source });
    }

    /// The body's text: in place when it needs no decoding, else decoded
    /// into a layer of its own (if the budget allows).
    fn decode(
        &mut self,
        part: usize,
        body: &Entity,
        transfer: TransferEncoding,
        charset: Charset,
    ) -> Option<(usize, Range<usize>)> {
        if transfer == TransferEncoding::Identity && !charset.is_seven_bit_escape() {
            return Some((body.layer, body.range.clone()));
        }
        let encoded_len = body.range.len();
        let estimate = match transfer {
            TransferEncoding::Base64 => encoded_len / 4 * 3,
            _ => encoded_len,
        };
        if estimate > self.budget {
            self.note(part, NoteKind::TooLarge(encoded_len));
            return None;
        }
        let source = &self.text(body.layer)[body.range.clone()];
        let base = body.range.start;
        let (bytes, transfer_map) = match transfer {
            TransferEncoding::QuotedPrintable => transfer::decode_quoted_printable(source, base),
            TransferEncoding::Base64 => transfer::decode_base64(source, base),
            TransferEncoding::Identity => (
                source.as_bytes().to_vec(),
                OffsetMap::identity(base, source.len()),
            ),
        };
        let (text, charset_map) = charset::decode(&bytes, charset);
        self.budget = self.budget.saturating_sub(text.len());
        let len = text.len();
        self.message.layers.push(Layer {
            text: Cow::Owned(text),
            parent: body.layer,
            maps: vec![charset_map, transfer_map],
        });
        Some((self.message.layers.len() - 1, 0..len))
    }

    /// A multipart body: preamble, parts between boundary lines, epilogue.
    fn multipart(
        &mut self,
        index: usize,
        body: Entity,
        boundary: &str,
        child_type: &str,
    ) -> Content {
        let delimiters = boundary_lines(self.text(body.layer), body.range.clone(), boundary);
        let Some(first) = delimiters.first() else {
            // No boundary line at all: the body is text.
            let transfer = self.message.parts[index].transfer;
            let charset = self.message.parts[index].charset;
            return self.text_content(index, body, transfer, charset);
        };
        let region = if body.original {
            Region::OriginalBody
        } else {
            Region::Report
        };
        if first.line.start > body.range.start {
            self.view(
                index,
                region,
                body.layer,
                body.range.start..first.line.start,
            );
        }
        let mut children = Vec::new();
        for (at, delimiter) in delimiters.iter().enumerate() {
            if delimiter.closing {
                if delimiter.next_line < body.range.end {
                    self.view(
                        index,
                        region,
                        body.layer,
                        delimiter.next_line..body.range.end,
                    );
                }
                break;
            }
            let end = delimiters
                .get(at + 1)
                .map_or(body.range.end, |next| next.line.start);
            // The line break before a delimiter belongs to the delimiter.
            let end = trim_one_line_break(self.text(body.layer), delimiter.next_line, end);
            if self.message.parts.len() >= self.limits.parts {
                self.note(index, NoteKind::TooManyParts);
                break;
            }
            children.push(self.entity(
                Entity {
                    layer: body.layer,
                    range: delimiter.next_line..end,
                    parent: Some(index),
                    depth: body.depth,
                    original: body.original,
                },
                child_type,
            ));
        }
        Content::Multipart(children)
    }

    /// Field groups separated by blank lines (a delivery-status body).
    fn field_groups(&self, layer: usize, range: Range<usize>) -> Vec<Vec<Field>> {
        let text = self.text(layer);
        let mut groups = Vec::new();
        let mut at = range.start;
        while at < range.end {
            let (raw, next) = header::read_block(text, at..range.end);
            if raw.is_empty() {
                // A line that is no field (or leading blank lines): skip it.
                let line_end = memchr::memchr(b'\n', &text.as_bytes()[at..range.end])
                    .map_or(range.end, |i| at + i + 1);
                at = line_end.max(next);
                continue;
            }
            groups.push(self.fields(layer, &raw));
            at = next.max(at + 1);
        }
        groups
    }
}

struct Delimiter {
    line: Range<usize>,
    next_line: usize,
    closing: bool,
}

/// The boundary lines of a multipart body: `--boundary` or `--boundary--`
/// at a line start, blanks allowed after.
fn boundary_lines(text: &str, range: Range<usize>, boundary: &str) -> Vec<Delimiter> {
    let mut marker = String::with_capacity(boundary.len() + 2);
    marker.push_str("--");
    marker.push_str(boundary);
    let finder = memchr::memmem::Finder::new(marker.as_bytes());
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = range.start;
    while let Some(found) = finder.find(&bytes[from..range.end]) {
        let start = from + found;
        from = start + marker.len();
        let at_line_start = start == range.start || matches!(bytes[start - 1], b'\n' | b'\r');
        if !at_line_start {
            continue;
        }
        let line_end =
            memchr::memchr2(b'\n', b'\r', &bytes[from..range.end]).map_or(range.end, |i| from + i);
        let rest = &text[from..line_end];
        let closing = rest.starts_with("--");
        let tail = if closing { &rest[2..] } else { rest };
        if !tail.trim_matches([' ', '\t']).is_empty() {
            // `--boundary-more`: another boundary that starts the same.
            continue;
        }
        let next_line = match (bytes.get(line_end), bytes.get(line_end + 1)) {
            (Some(b'\r'), Some(b'\n')) => line_end + 2,
            (Some(_), _) => line_end + 1,
            (None, _) => line_end,
        }
        .min(range.end);
        out.push(Delimiter {
            line: start..line_end,
            next_line,
            closing,
        });
        from = next_line.max(from);
        if closing {
            break;
        }
    }
    out
}

fn trim_one_line_break(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    if end > start && bytes[end - 1] == b'\n' {
        if end - 1 > start && bytes[end - 2] == b'\r' {
            return end - 2;
        }
        return end - 1;
    }
    if end > start && bytes[end - 1] == b'\r' {
        return end - 1;
    }
    end
}

#[cfg(test)]
mod tests;

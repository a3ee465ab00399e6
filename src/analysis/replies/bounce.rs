//! A bounce read as MIME: every text decoded ([`crate::analysis::mime`]),
//! each of its lines read with what the line before left (a two-line
//! report, a reply wrapped after its code, a multi-line reply, a reply's
//! text continued on indented lines), and every finding kept in the
//! decoded text with the means to map it back to the document.

use super::grammar::{self, LineState, Place};
use super::{CodeFound, EnhancedToken};
use crate::analysis::mime::{self, Message, Region, TransferEncoding, View};
use std::ops::Range;

/// A code found in one of the message's views (ranges in its text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub view: usize,
    pub code: CodeFound,
}

/// A bounce's codes, with the decoded message they were read from.
#[derive(Debug)]
pub struct BounceScan<'a> {
    pub message: Message<'a>,
    /// In document order of their views, then in order within a view.
    pub found: Vec<Found>,
}

fn place_of(region: Region) -> Place {
    match region {
        Region::Header | Region::OriginalHeader => Place::Header,
        Region::Report => Place::Report,
        Region::DeliveryStatus => Place::Fields,
        Region::OriginalBody => Place::Original,
    }
}

/// Reads every code of a bounce.
pub fn scan(text: &str) -> BounceScan<'_> {
    let message = mime::parse(text, &mime::Limits::default());
    let mut found = Vec::new();
    for (index, view) in message.views().iter().enumerate() {
        scan_view(&message, index, view, &mut found);
    }
    BounceScan { message, found }
}

/// Reads one decoded text line by line, carrying each line's state.
fn scan_view(message: &Message, index: usize, view: &View, out: &mut Vec<Found>) {
    let text = message.view_text(view);
    let place = place_of(view.region);
    let mut state = LineState::default();
    let mut line_found = Vec::new();
    let mut previous_line_start = 0;
    // The reply whose text may go on, in `out`.
    let mut open: Option<usize> = None;
    for (_, start, line) in crate::analysis::lines::lines(text) {
        let blank = line.trim().is_empty();
        let indented = line.starts_with([' ', '\t']);
        line_found.clear();
        let outcome = grammar::scan_line(place, line, &state, &mut line_found);
        // A reply's text goes on over indented lines that start no code.
        let starts_with_code = line_found
            .first()
            .is_some_and(|f| line[..f.span().start].trim().is_empty());
        match open {
            Some(at) if !blank && indented && !starts_with_code && !outcome.pairs_with_previous => {
                let (mut end, mut closed) = continued_text_end(line);
                // A multi-line reply flattened onto lines: its text ends
                // where its code begins its next line (`451-a 451-b`).
                let open_code = out[at].code.reply.as_ref().map(|(_, code)| *code);
                if let Some(first) = line_found.first()
                    && first.reply.as_ref().map(|(_, code)| *code) == open_code
                {
                    end = end.min(line[..first.span().start].trim_end().len());
                    closed = true;
                }
                out[at].code.text.end = start + end;
                if closed {
                    open = None;
                }
            }
            _ => open = None,
        }
        let mut codes = line_found.drain(..).map(|mut code| {
            shift(&mut code, start);
            code
        });
        if outcome.pairs_with_previous
            && let (Some(first), Some((dangling, reply))) = (codes.next(), state.dangling.clone())
        {
            let dangling = previous_line_start + dangling.start..previous_line_start + dangling.end;
            match out.last_mut() {
                Some(last)
                    if last.view == index
                        && last.code.enhanced.is_none()
                        && last
                            .code
                            .reply
                            .as_ref()
                            .is_some_and(|(r, _)| *r == dangling) =>
                {
                    last.code.enhanced = first.enhanced;
                    last.code.text = first.text;
                    last.code.strength = last.code.strength.max(first.strength);
                }
                _ => out.push(Found {
                    view: index,
                    code: CodeFound {
                        reply: Some((dangling, reply)),
                        ..first
                    },
                }),
            }
            open = outcome.next.open_text.then_some(out.len() - 1);
        }
        for code in codes {
            out.push(Found { view: index, code });
            open = None;
        }
        if outcome.next.open_text && !line_found_was_empty(out, index, start) {
            open = Some(out.len() - 1);
        }
        previous_line_start = start;
        state = if blank {
            LineState::default()
        } else {
            outcome.next
        };
    }
}

/// True when nothing was found on the line starting at `line_start`.
fn line_found_was_empty(out: &[Found], view: usize, line_start: usize) -> bool {
    !out.last()
        .is_some_and(|last| last.view == view && last.code.span().start >= line_start)
}

/// Where a continued reply text ends on this line, and whether it ends
/// there (Postfix's `(in reply to ... command)` closes it).
fn continued_text_end(line: &str) -> (usize, bool) {
    let trimmed = line.trim_end_matches([' ', '\t', '\r', '\n']);
    match trimmed.find("(in reply to ") {
        Some(note) => (line[..note].trim_end().len(), true),
        None => (trimmed.len(), trimmed.ends_with(')')),
    }
}

fn shift(code: &mut CodeFound, by: usize) {
    if let Some((range, _)) = code.reply.as_mut() {
        *range = range.start + by..range.end + by;
    }
    if let Some((range, _)) = code.enhanced.as_mut() {
        *range = range.start + by..range.end + by;
    }
    code.text = code.text.start + by..code.text.end + by;
}

impl BounceScan<'_> {
    /// The view a finding was read in.
    pub fn view(&self, found: &Found) -> &View {
        &self.message.views()[found.view]
    }

    /// The document range of a range of a finding's view.
    pub fn source_range(&self, found: &Found, range: Range<usize>) -> Range<usize> {
        self.message.source_range(self.view(found), range)
    }

    /// The finding whose code is under the document offset `offset`.
    pub fn at(&self, offset: usize) -> Option<&Found> {
        let (view, decoded) = self.message.view_at(offset)?;
        let index = self.message.views().iter().position(|v| v == view)?;
        self.found
            .iter()
            .filter(|found| found.view == index)
            .find(|found| found.code.contains(decoded))
    }

    /// The findings of the view under `offset` when that view is a base64
    /// part's decoded text (its lines show nothing readable).
    pub fn in_base64_part_at(&self, offset: usize) -> Option<(&View, Vec<&Found>)> {
        let (view, _) = self.message.view_at(offset)?;
        let part = &self.message.parts()[view.part];
        if !(view.is_decoded() && part.transfer == TransferEncoding::Base64) {
            return None;
        }
        let index = self.message.views().iter().position(|v| v == view)?;
        let found = self.found.iter().filter(|f| f.view == index).collect();
        Some((view, found))
    }

    /// The text of a finding's code or reply text, as decoded.
    pub fn text(&self, found: &Found, range: Range<usize>) -> &str {
        self.message
            .view_text(self.view(found))
            .get(range)
            .unwrap_or_default()
    }

    /// The enhanced code of a finding as written, if it has one.
    pub fn enhanced_text(&self, found: &Found) -> Option<&str> {
        let (range, _) = found.code.enhanced.as_ref()?;
        Some(self.text(found, range.clone()))
    }
}

/// The well-formed enhanced code of a finding, if any.
pub fn valid_enhanced(found: &Found) -> Option<crate::codes::enhanced::EnhancedCode> {
    match &found.code.enhanced {
        Some((_, EnhancedToken::Valid(code))) => Some(*code),
        _ => None,
    }
}

//! Positions: the negotiated encoding and every conversion between LSP
//! `(line, character)` and byte offsets. Out-of-range positions are clamped,
//! never a panic.

use ropey::{Rope, RopeSlice};
use std::borrow::Cow;

/// How `character` counts: UTF-8 bytes or UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// Picks from the client's `general.positionEncodings`: UTF-8 if offered,
    /// else UTF-16 (which every client supports).
    pub(crate) fn negotiate(offered: &[String]) -> Encoding {
        if offered.iter().any(|kind| kind == "utf-8") {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }
}

/// Byte range of line `line` without its line ending; `None` past the end.
pub(crate) fn line_range(rope: &Rope, line: usize) -> Option<(usize, usize)> {
    if line >= rope.len_lines() {
        return None;
    }
    let start = rope.line_to_byte(line);
    let next = if line + 1 < rope.len_lines() {
        rope.line_to_byte(line + 1)
    } else {
        rope.len_bytes()
    };
    let mut end = next;
    if end > start && rope.byte(end - 1) == b'\n' {
        end -= 1;
    }
    if end > start && rope.byte(end - 1) == b'\r' {
        end -= 1;
    }
    Some((start, end))
}

/// The text of one line (without its ending).
pub(crate) fn line_text(rope: &Rope, line: usize) -> Option<String> {
    let (start, end) = line_range(rope, line)?;
    Some(rope.byte_slice(start..end).to_string())
}

/// A window of a long line around byte column `column`: `(window_start_column, text)`.
/// Codes are short and their context is near them, so a hover on a 64 MB line
/// reads a few KB, not the line.
pub(crate) fn line_window(
    rope: &Rope,
    line: usize,
    column: usize,
    before: usize,
    after: usize,
) -> Option<(usize, String)> {
    let (start, end) = line_range(rope, line)?;
    let column = column.min(end - start);
    let mut from = start + column.saturating_sub(before);
    let mut to = (start + column + after).min(end);
    while from > start && !is_char_start(rope, from) {
        from -= 1;
    }
    while to < end && !is_char_start(rope, to) {
        to += 1;
    }
    Some((from - start, rope.byte_slice(from..to).to_string()))
}

/// Lines longer than this are coloured and hinted on their first part only.
pub(crate) const LINE_FEATURE_MAX: usize = 16 * 1024;

/// A line from `Rope::lines` without its ending, cut after at most `max`
/// bytes (then to the end of the character there), as [`line_window`]
/// cuts it: borrowed when it lies in one chunk.
pub(crate) fn line_head(line: RopeSlice<'_>, max: usize) -> Cow<'_, str> {
    let mut end = line.len_bytes();
    if end > 0 && line.byte(end - 1) == b'\n' {
        end -= 1;
    }
    if end > 0 && line.byte(end - 1) == b'\r' {
        end -= 1;
    }
    let mut cut = end.min(max);
    while cut < end && (line.byte(cut) & 0xC0) == 0x80 {
        cut += 1;
    }
    let head = line.byte_slice(..cut);
    head.as_str()
        .map_or_else(|| Cow::Owned(head.to_string()), Cow::Borrowed)
}

fn is_char_start(rope: &Rope, byte: usize) -> bool {
    byte >= rope.len_bytes() || (rope.byte(byte) & 0xC0) != 0x80
}

/// LSP position -> byte offset in the document, clamped to the line's end
/// (and to the last line), and to a character boundary.
pub(crate) fn offset(rope: &Rope, encoding: Encoding, line: u32, character: u32) -> usize {
    let line = line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let (start, end) = line_range(rope, line).unwrap_or((rope.len_bytes(), rope.len_bytes()));
    match encoding {
        Encoding::Utf8 => {
            let mut byte = (start + character as usize).min(end);
            while byte > start && !is_char_start(rope, byte) {
                byte -= 1;
            }
            byte
        }
        Encoding::Utf16 => {
            let line_char = rope.byte_to_char(start);
            let end_char = rope.byte_to_char(end);
            let start_cu = rope.char_to_utf16_cu(line_char);
            let end_cu = rope.char_to_utf16_cu(end_char);
            let target_cu = (start_cu + character as usize).min(end_cu);
            // A position inside a surrogate pair lands on the pair's start.
            let target_char = rope.utf16_cu_to_char(target_cu);
            rope.char_to_byte(target_char)
        }
    }
}

/// Byte offset -> LSP `(line, character)`.
pub(crate) fn position(rope: &Rope, encoding: Encoding, byte: usize) -> (u32, u32) {
    let byte = byte.min(rope.len_bytes());
    let line = rope.byte_to_line(byte);
    let start = rope.line_to_byte(line);
    let character = match encoding {
        Encoding::Utf8 => byte - start,
        Encoding::Utf16 => {
            let from = rope.char_to_utf16_cu(rope.byte_to_char(start));
            let to = rope.char_to_utf16_cu(rope.byte_to_char(byte));
            to - from
        }
    };
    (line as u32, character as u32)
}

/// A byte column in a line's text -> LSP character, for a line held as a string.
pub(crate) fn column_to_character(line_text: &str, column: usize, encoding: Encoding) -> u32 {
    let mut column = column.min(line_text.len());
    while !line_text.is_char_boundary(column) {
        column -= 1;
    }
    match encoding {
        Encoding::Utf8 => column as u32,
        Encoding::Utf16 => line_text[..column].encode_utf16().count() as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert_eq!(
            Encoding::negotiate(&["utf-8".into(), "utf-16".into()]),
            Encoding::Utf8
        );
        assert_eq!(Encoding::negotiate(&["utf-16".into()]), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(&[]), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(&["utf-32".into()]), Encoding::Utf16);
    }

    #[test]
    fn astral_characters_and_line_endings() {
        let rope = Rope::from_str("😀 550\r\nab\rc\u{2028}d 5.1.1\n");
        assert_eq!(rope.len_lines(), 4);
        // `5` of 550: utf-16 column 3, utf-8 column 5.
        assert_eq!(offset(&rope, Encoding::Utf16, 0, 3), 5);
        assert_eq!(offset(&rope, Encoding::Utf8, 0, 5), 5);
        assert_eq!(position(&rope, Encoding::Utf16, 5), (0, 3));
        assert_eq!(position(&rope, Encoding::Utf8, 5), (0, 5));
        // Inside the emoji: clamped to its start.
        assert_eq!(offset(&rope, Encoding::Utf8, 0, 2), 0);
        assert_eq!(offset(&rope, Encoding::Utf16, 0, 1), 0);
        // Lone CR ends a line; U+2028 does not.
        assert_eq!(line_text(&rope, 1).as_deref(), Some("ab"));
        assert_eq!(line_text(&rope, 2).as_deref(), Some("c\u{2028}d 5.1.1"));
        assert_eq!(offset(&rope, Encoding::Utf16, 2, 3), 18);
    }

    #[test]
    fn clamping() {
        let rope = Rope::from_str("abc\ndef");
        assert_eq!(offset(&rope, Encoding::Utf16, 0, 1_000_000), 3);
        assert_eq!(offset(&rope, Encoding::Utf8, 1_000_000, 0), 7);
        assert_eq!(offset(&rope, Encoding::Utf8, 1, 99), 7);
        assert_eq!(position(&rope, Encoding::Utf16, 99), (1, 3));
        assert_eq!(line_range(&rope, 5), None);
        let empty = Rope::new();
        assert_eq!(offset(&empty, Encoding::Utf16, 3, 3), 0);
        assert_eq!(line_text(&empty, 0).as_deref(), Some(""));
    }

    #[test]
    fn windows_of_long_lines() {
        let line = format!("{}said: 550 5.1.1", "é".repeat(1000));
        let rope = Rope::from_str(&line);
        let (start, text) = line_window(&rope, 0, line.len() - 3, 101, 50).unwrap();
        assert!(text.ends_with("said: 550 5.1.1"));
        assert!(line.is_char_boundary(start));
        assert_eq!(column_to_character("😀 550", 5, Encoding::Utf16), 3);
        assert_eq!(column_to_character("😀 550", 2, Encoding::Utf8), 0);
    }
}

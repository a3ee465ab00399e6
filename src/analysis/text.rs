//! A document's text as the features read it: a `str`, or a text the
//! server keeps in pieces (a rope) and that is read in place, never copied
//! whole unless a feature needs the whole (a config, which is small).
//!
//! Offsets are bytes from the start of the text. Lines end as LSP ends them
//! (`\n`, `\r\n`, a lone `\r`).

use memchr::memmem;
use std::borrow::Cow;

pub trait Text {
    /// The length in bytes.
    fn byte_len(&self) -> usize;
    /// The byte at `at`, if inside the text.
    fn byte(&self, at: usize) -> Option<u8>;
    /// The start of every occurrence of `needle`, in order.
    fn find_all(&self, needle: &[u8]) -> Vec<usize>;
    /// The line around byte `at`: its start and its text without the line end.
    fn line_around(&self, at: usize) -> (usize, Cow<'_, str>);
    /// The start of the line around byte `at`.
    fn line_start(&self, at: usize) -> usize {
        self.line_around(at).0
    }
    /// Part of the line around byte `at`: from at most `before` bytes before
    /// it to at most `after` bytes after it, widened to whole characters;
    /// its start and its text. A hover on a 64 MB line reads a few KB.
    fn window(&self, at: usize, before: usize, after: usize) -> (usize, Cow<'_, str>);
    /// The whole text (copied when it is kept in pieces).
    fn whole(&self) -> Cow<'_, str>;
    /// The text's pieces, in order, read in place.
    fn pieces(&self) -> Box<dyn Iterator<Item = &str> + '_>;
}

impl Text for str {
    fn byte_len(&self) -> usize {
        self.len()
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.as_bytes().get(at).copied()
    }

    fn find_all(&self, needle: &[u8]) -> Vec<usize> {
        memmem::find_iter(self.as_bytes(), needle).collect()
    }

    fn line_around(&self, at: usize) -> (usize, Cow<'_, str>) {
        let (start, end) = super::lines::line_around(self, at);
        (start, Cow::Borrowed(&self[start..end]))
    }

    fn window(&self, at: usize, before: usize, after: usize) -> (usize, Cow<'_, str>) {
        let (start, end) = super::lines::line_around(self, at);
        let at = at.clamp(start, end);
        let mut from = at.saturating_sub(before).max(start);
        let mut to = at.saturating_add(after).min(end);
        while !self.is_char_boundary(from) {
            from -= 1;
        }
        while !self.is_char_boundary(to) {
            to += 1;
        }
        (from, Cow::Borrowed(&self[from..to]))
    }

    fn whole(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }

    fn pieces(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        Box::new(std::iter::once(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_cut_in_the_line_on_character_boundaries() {
        let text = "first\r\nééé said: 550\nlast";
        let at = text.find("550").unwrap();
        let line = text.find('é').unwrap();
        // 3 bytes before the space fall inside the second `é`.
        assert_eq!(
            text.window(line + 6, 3, 1),
            (line + 2, Cow::Borrowed("éé "))
        );
        assert_eq!(text.window(at, 1000, 1000).0, line);
        assert_eq!(text.window(at, 1000, 1000).1, "ééé said: 550");
        assert_eq!(
            text.window(text.len() + 9, 2, 2),
            (text.len() - 2, "st".into())
        );
        assert_eq!(text.line_start(at), line);
    }
}

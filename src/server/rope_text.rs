//! A document's rope read in place: searches run over its chunks (with the
//! few bytes around each chunk boundary), so a reference or highlight
//! request on a 100 MB log copies no more than the lines it reports.

use crate::analysis::text::Text;
use crate::server::lsp::encoding;
use memchr::memmem;
use ropey::Rope;
use std::borrow::Cow;

pub(crate) struct RopeText<'a>(pub &'a Rope);

impl Text for RopeText<'_> {
    fn byte_len(&self) -> usize {
        self.0.len_bytes()
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.0.get_byte(at)
    }

    fn find_all(&self, needle: &[u8]) -> Vec<usize> {
        find_in_chunks(self.0.chunks(), needle)
    }

    fn line_around(&self, at: usize) -> (usize, Cow<'_, str>) {
        let rope = self.0;
        let line = rope.byte_to_line(at.min(rope.len_bytes()));
        let (start, end) = encoding::line_range(rope, line).unwrap_or((0, 0));
        let slice = rope.byte_slice(start..end);
        let text = slice
            .as_str()
            .map_or_else(|| Cow::Owned(slice.to_string()), Cow::Borrowed);
        (start, text)
    }

    fn line_start(&self, at: usize) -> usize {
        let rope = self.0;
        rope.line_to_byte(rope.byte_to_line(at.min(rope.len_bytes())))
    }

    fn window(&self, at: usize, before: usize, after: usize) -> (usize, Cow<'_, str>) {
        let rope = self.0;
        let at = at.min(rope.len_bytes());
        let line = rope.byte_to_line(at);
        let Some((start, _)) = encoding::line_range(rope, line) else {
            return (at, Cow::Borrowed(""));
        };
        encoding::line_window(rope, line, at - start, before, after)
            .map_or((at, Cow::Borrowed("")), |(column, text)| {
                (start + column, Cow::Owned(text))
            })
    }

    fn whole(&self) -> Cow<'_, str> {
        self.0.slice(..).into()
    }

    fn pieces(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        Box::new(self.0.chunks())
    }
}

/// Every occurrence of `needle` in the concatenation of `chunks`, in order:
/// each chunk is searched in place; a match across a boundary is found in
/// the last `needle.len() - 1` bytes before it joined to as many after it.
pub(crate) fn find_in_chunks<'a>(
    chunks: impl Iterator<Item = &'a str>,
    needle: &[u8],
) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let finder = memmem::Finder::new(needle);
    let keep = needle.len() - 1;
    // The last `keep` bytes seen, and where they start.
    let mut tail: Vec<u8> = Vec::with_capacity(2 * keep);
    let mut tail_start = 0;
    let mut base = 0;
    let mut joined = Vec::with_capacity(2 * keep);
    for chunk in chunks {
        let bytes = chunk.as_bytes();
        if !tail.is_empty() {
            joined.clear();
            joined.extend_from_slice(&tail);
            joined.extend_from_slice(&bytes[..keep.min(bytes.len())]);
            for at in finder.find_iter(&joined) {
                // Only matches that start before the chunk and end in it.
                if at < tail.len() && at + needle.len() > tail.len() {
                    found.push(tail_start + at);
                }
            }
        }
        found.extend(finder.find_iter(bytes).map(|at| base + at));
        base += bytes.len();
        if bytes.len() >= keep {
            tail.clear();
            tail.extend_from_slice(&bytes[bytes.len() - keep..]);
        } else {
            tail.extend_from_slice(bytes);
            let extra = tail.len().saturating_sub(keep);
            tail.drain(..extra);
        }
        tail_start = base - tail.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::queue_ids;

    #[test]
    fn chunk_search_equals_whole_search() {
        let text = "ab3F2A41C0A2 x 3F2A41C0A2\n3F2A41C0A23F2A41C0A2 3F2A4 1C0A2 3F2A41C0A2";
        let needle = b"3F2A41C0A2";
        let whole: Vec<usize> = memmem::find_iter(text.as_bytes(), needle).collect();
        for size in 1..text.len() + 2 {
            let chunks: Vec<&str> = text
                .as_bytes()
                .chunks(size)
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect();
            assert_eq!(
                find_in_chunks(chunks.iter().copied(), needle),
                whole,
                "size {size}"
            );
        }
        assert_eq!(find_in_chunks(["aaa"].into_iter(), b"a"), [0, 1, 2]);
        assert_eq!(find_in_chunks(["aa", "aa"].into_iter(), b"aa"), [0, 1, 2]);
    }

    #[test]
    fn a_rope_gives_the_same_messages_as_a_string() {
        let mut text = String::new();
        for i in 0..2_000 {
            text.push_str(&format!(
                "Nov 22 09:44:01 mx postfix/qmgr[11]: {:010X}: from=<a@b.c>, size={i}\r\n",
                i % 97
            ));
            if i % 50 == 0 {
                text.push_str(&format!(
                    "Nov 22 09:44:03 mx postfix/bounce[13]: {:010X}: sender non-delivery notification: 4B3C2D1E{:02X}\n",
                    i % 97,
                    i % 200
                ));
            }
        }
        let rope = Rope::from_str(&text);
        assert!(rope.chunks().count() > 10);
        for id in ["000000000A", "0000000031", "4B3C2D1E32", "4B3C2D1E00"] {
            let from_string = queue_ids::message_of(&text, id);
            let from_rope = queue_ids::message_in(&RopeText(&rope), id);
            assert_eq!(from_rope, from_string, "{id}");
            assert!(!from_rope.occurrences.is_empty(), "{id}");
            assert_eq!(
                from_rope.lines_in(&RopeText(&rope)),
                from_string.lines(&text).collect::<Vec<_>>()
            );
        }
    }
}

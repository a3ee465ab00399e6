//! Offsets of a decoded text mapped back to the text it was decoded from.
//!
//! A map is a list of pieces, each a decoded range and the source range it
//! came from, contiguous on the decoded side and in order on both. Inside a
//! piece offsets are proportional: exact for copied runs (1 to 1) and for
//! runs of one kind of escape (`=E3=81` is 1 byte for 3 characters), close
//! for base64 (3 bytes for 4 characters, one piece per line). What was
//! dropped (a soft line break, the line breaks inside base64) lies between
//! two pieces' source ranges.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    decoded: usize,
    decoded_end: usize,
    source: usize,
    source_end: usize,
}

impl Piece {
    fn decoded_len(&self) -> usize {
        self.decoded_end - self.decoded
    }

    fn source_len(&self) -> usize {
        self.source_end - self.source
    }
}

/// Decoded offsets to source offsets, and back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// One piece for the whole text: `len` bytes copied from `source`.
    pub(crate) fn identity(source: usize, len: usize) -> OffsetMap {
        let mut map = OffsetMap::default();
        map.push(0..len, source..source + len);
        map
    }

    /// Appends a piece. `decoded` starts where the previous piece ended; a
    /// piece that continues the previous one at the same ratio joins it.
    pub(crate) fn push(&mut self, decoded: Range<usize>, source: Range<usize>) {
        if decoded.is_empty() {
            return;
        }
        if let Some(last) = self.pieces.last_mut() {
            debug_assert_eq!(last.decoded_end, decoded.start);
            let same_ratio = last.decoded_len() * source.len() == decoded.len() * last.source_len();
            if last.source_end == source.start && same_ratio {
                last.decoded_end = decoded.end;
                last.source_end = source.end;
                return;
            }
        }
        self.pieces.push(Piece {
            decoded: decoded.start,
            decoded_end: decoded.end,
            source: source.start,
            source_end: source.end,
        });
    }

    /// The source offset of the decoded byte at `decoded` (clamped).
    pub fn to_source(&self, decoded: usize) -> usize {
        let index = self.pieces.partition_point(|p| p.decoded <= decoded);
        let Some(piece) = index.checked_sub(1).map(|i| self.pieces[i]) else {
            return self.pieces.first().map_or(0, |p| p.source);
        };
        if decoded >= piece.decoded_end {
            return piece.source_end;
        }
        piece.source + (decoded - piece.decoded) * piece.source_len() / piece.decoded_len()
    }

    /// The source offset just past the decoded byte before `decoded_end`:
    /// a range's end maps to the end of its last character's source, not
    /// to the start of what follows a dropped line break.
    pub fn to_source_end(&self, decoded_end: usize) -> usize {
        let index = self.pieces.partition_point(|p| p.decoded < decoded_end);
        let Some(piece) = index.checked_sub(1).map(|i| self.pieces[i]) else {
            return self.pieces.first().map_or(0, |p| p.source);
        };
        let within = decoded_end.min(piece.decoded_end) - piece.decoded;
        piece.source + (within * piece.source_len()).div_ceil(piece.decoded_len())
    }

    /// The decoded offset of the source byte at `source`: inside a dropped
    /// stretch, the first decoded byte after it.
    pub fn to_decoded(&self, source: usize) -> usize {
        let index = self.pieces.partition_point(|p| p.source <= source);
        let Some(piece) = index.checked_sub(1).map(|i| self.pieces[i]) else {
            return 0;
        };
        if source >= piece.source_end {
            return piece.decoded_end;
        }
        piece.decoded + (source - piece.source) * piece.decoded_len() / piece.source_len()
    }

    /// The source range the map covers.
    pub fn source_span(&self) -> Range<usize> {
        match (self.pieces.first(), self.pieces.last()) {
            (Some(first), Some(last)) => first.source..last.source_end,
            _ => 0..0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_join_at_the_same_ratio() {
        let mut map = OffsetMap::default();
        map.push(0..3, 10..13);
        map.push(3..5, 13..15);
        map.push(5..6, 15..18);
        map.push(6..7, 18..21);
        assert_eq!(map.pieces.len(), 2);
    }

    #[test]
    fn a_dropped_soft_break_lies_between_pieces() {
        // "55=\n0 x" decodes to "550 x": "55" from 0..2, "0 x" from 4..7.
        let mut map = OffsetMap::default();
        map.push(0..2, 0..2);
        map.push(2..5, 4..7);
        assert_eq!(map.to_source(1), 1);
        assert_eq!(map.to_source(2), 4);
        assert_eq!(map.to_source_end(2), 2);
        assert_eq!(map.to_source_end(3), 5);
        assert_eq!(map.to_decoded(2), 2);
        assert_eq!(map.to_decoded(3), 2);
        assert_eq!(map.to_decoded(4), 2);
        assert_eq!(map.to_decoded(6), 4);
        assert_eq!(map.to_source(99), 7);
        assert_eq!(map.to_decoded(99), 5);
    }

    #[test]
    fn escapes_map_proportionally() {
        // "=41=42" decodes to "AB".
        let map = {
            let mut map = OffsetMap::default();
            map.push(0..1, 0..3);
            map.push(1..2, 3..6);
            map
        };
        assert_eq!(map.to_source(1), 3);
        assert_eq!(map.to_source_end(1), 3);
        assert_eq!(map.to_decoded(4), 1);
    }

    #[test]
    fn an_empty_map_is_harmless() {
        let map = OffsetMap::default();
        assert_eq!(map.to_source(3), 0);
        assert_eq!(map.to_decoded(3), 0);
        assert_eq!(map.to_source_end(3), 0);
    }
}

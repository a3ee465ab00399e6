//! Finds the phrases of `data/reasons/phrases/*.toml` in a text.
//!
//! The text is folded first (lower case, Latin letters without accents, any
//! run of white space as one space, `’` as `'`), with a map back to the
//! original bytes; one Aho-Corasick automaton over every
//! phrase's pieces finds them all in one pass. A piece that begins or ends
//! with a Latin letter or digit must stand as a whole word there; a phrase
//! of several pieces (`user * does not exist`) allows up to [`GAP`] bytes
//! between them.

use super::generated::PHRASES;
pub(crate) use super::table::{Phrase, Signal};
use super::{Outcome, Reason};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// The most bytes (of folded text) between two pieces of a phrase.
pub(crate) const GAP: usize = 40;

impl Signal {
    fn rank(self) -> usize {
        match self {
            Signal::Reason(reason) => reason.rank(),
            Signal::Connection => Reason::NetworkError.rank(),
        }
    }
}

/// A phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) signal: Signal,
    pub(crate) weak: bool,
    /// Bytes of the original text, from the first piece to the last.
    pub(crate) range: Range<usize>,
    /// Index in the phrase table.
    pub(crate) phrase: usize,
}

impl Found {
    /// The reason the phrase names. A failed connection is a network error
    /// while delivery goes on; once it was given up, or in a bounce's delay
    /// notice (which reports how long the message has waited), the
    /// message expired.
    pub(crate) fn resolve(&self, outcome: Outcome, in_bounce: bool) -> Reason {
        match self.signal {
            Signal::Reason(reason) => reason,
            Signal::Connection
                if outcome == Outcome::Final || (in_bounce && outcome == Outcome::Delayed) =>
            {
                Reason::Expired
            }
            Signal::Connection => Reason::NetworkError,
        }
    }

    pub(crate) fn phrase(&self) -> &'static Phrase {
        &PHRASES[self.phrase]
    }
}

struct Matcher {
    automaton: AhoCorasick,
    /// For each automaton pattern: the (phrase, piece index) pairs using it.
    uses: Vec<Vec<(usize, usize)>>,
    /// For each phrase: the automaton pattern of each of its pieces.
    pieces_of: Vec<Vec<usize>>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut ids: HashMap<&'static str, usize> = HashMap::new();
    let mut pieces: Vec<&'static str> = Vec::new();
    let mut uses: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut pieces_of = Vec::with_capacity(PHRASES.len());
    for (phrase_index, phrase) in PHRASES.iter().enumerate() {
        let mut of = Vec::with_capacity(phrase.pieces.len());
        for (piece_index, piece) in phrase.pieces.iter().enumerate() {
            let id = *ids.entry(piece).or_insert_with(|| {
                pieces.push(piece);
                uses.push(Vec::new());
                pieces.len() - 1
            });
            uses[id].push((phrase_index, piece_index));
            of.push(id);
        }
        pieces_of.push(of);
    }
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&pieces)
        .unwrap_or_else(|_| {
            // The generation test builds this same automaton: unreachable.
            AhoCorasick::new(Vec::<&str>::new()).expect("an empty automaton builds")
        });
    Matcher {
        automaton,
        uses,
        pieces_of,
    }
});

/// The text folded for matching, with the original byte of each folded byte
/// (and one more entry: the original length).
struct Folded {
    text: String,
    origin: Vec<usize>,
}

fn fold(text: &str) -> Folded {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    let mut last_space = true;
    for (at, c) in text.char_indices() {
        let c = fold_char(c);
        if c.is_whitespace() {
            if !last_space {
                folded.push(' ');
                origin.push(at);
                last_space = true;
            }
            continue;
        }
        last_space = false;
        let before = folded.len();
        folded.push(c);
        origin.extend(std::iter::repeat_n(at, folded.len() - before));
    }
    origin.push(text.len());
    Folded {
        text: folded,
        origin,
    }
}

/// Lower case, Latin letters without their accents (replies are often
/// written in ASCII: `bloque` for `bloqué`), typographic apostrophes as `'`.
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}') {
        return '\'';
    }
    let mut lower = c.to_lowercase();
    let lower = match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        other => other,
    }
}

/// A character that makes a word: a piece edge made of one must not touch
/// another. Scripts written without spaces (from CJK on) have no edges.
fn edges_matter(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

fn at_word_edges(folded: &str, range: &Range<usize>) -> bool {
    let piece = &folded[range.clone()];
    let first = piece.chars().next();
    let last = piece.chars().next_back();
    let before = folded[..range.start].chars().next_back();
    let after = folded[range.end..].chars().next();
    let clear = |edge: Option<char>, neighbour: Option<char>| {
        !edge.is_some_and(edges_matter) || !neighbour.is_some_and(char::is_alphanumeric)
    };
    clear(first, before) && clear(last, after)
}

/// Every phrase found in `text`, in order of position.
pub(crate) fn find(text: &str) -> Vec<Found> {
    let matcher = &*MATCHER;
    let folded = fold(text);
    // Occurrences of each piece, in order of start.
    let mut occurrences: HashMap<usize, Vec<Range<usize>>> = HashMap::new();
    for hit in matcher.automaton.find_overlapping_iter(&folded.text) {
        let range = hit.start()..hit.end();
        if at_word_edges(&folded.text, &range) {
            occurrences
                .entry(hit.pattern().as_usize())
                .or_default()
                .push(range);
        }
    }
    let mut found = Vec::new();
    for (id, ranges) in &occurrences {
        for &(phrase, piece) in &matcher.uses[*id] {
            if piece != 0 {
                continue;
            }
            for first in ranges {
                let mut end = first.end;
                let mut complete = true;
                for next in &matcher.pieces_of[phrase][1..] {
                    match occurrences.get(next).and_then(|ranges| {
                        ranges
                            .iter()
                            .find(|range| range.start >= end && range.start <= end + GAP)
                    }) {
                        Some(range) => end = range.end,
                        None => {
                            complete = false;
                            break;
                        }
                    }
                }
                if complete {
                    let entry = &PHRASES[phrase];
                    found.push(Found {
                        signal: entry.signal,
                        weak: entry.weak,
                        range: folded.origin[first.start]..folded.origin[end],
                        phrase,
                    });
                }
            }
        }
    }
    found.sort_by_key(|found| (found.range.start, found.range.end, found.phrase));
    found
}

/// The phrase that decides: strong before weak, then by precedence, then
/// the longest, then the first.
pub(crate) fn best(text: &str) -> Option<Found> {
    find(text).into_iter().min_by_key(|found| {
        (
            found.weak,
            found.signal.rank(),
            usize::MAX - found.range.len(),
            found.range.start,
        )
    })
}

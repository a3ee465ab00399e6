//! Property test: `Document::apply_changes` against a plain `String` model,
//! thousands of seeded random edits (CRLF, lone CR, astral characters,
//! U+2028, empty lines, out-of-range and reversed ranges).

use super::Document;
use crate::analysis::{FileKind, Options};
use crate::server::lsp::encoding::Encoding;
use crate::server::lsp::from_proto::{Change, WirePosition, WireRange};

/// A small deterministic PRNG (xorshift64*), seeded.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The byte offset of an LSP position with UTF-16 characters, as the spec
/// says: lines end at `\n`, `\r\n` or `\r`; positions past a line's end
/// clamp to it, past the last line to the document's end, inside a
/// surrogate pair to its start.
fn model_offset(text: &str, line: u32, character: u32) -> usize {
    let mut starts = vec![0];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                starts.push(i + 2);
                i += 2;
                continue;
            }
            b'\r' | b'\n' => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    let line = line as usize;
    if line >= starts.len() {
        return text.len();
    }
    let start = starts[line];
    let mut units = 0;
    for (at, c) in text[start..].char_indices() {
        if c == '\n' || c == '\r' || units + c.len_utf16() > character as usize {
            return start + at;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Applies an edit (reversed ranges swapped) to the model.
fn model_apply(text: &mut String, range: [u32; 4], insert: &str) {
    let mut a = model_offset(text, range[0], range[1]);
    let mut b = model_offset(text, range[2], range[3]);
    if a > b {
        std::mem::swap(&mut a, &mut b);
    }
    text.replace_range(a..b, insert);
}

/// LSP line count: line breaks + 1.
fn model_lines(text: &str) -> usize {
    text.matches("\r\n").count() + text.replace("\r\n", "").matches(['\r', '\n']).count() + 1
}

const PIECES: &[&str] = &[
    "",
    "a",
    "xyz",
    " ",
    "\n",
    "\r\n",
    "\r",
    "😀",
    "𝄞",
    "\u{2028}",
    "é",
    "\n\n",
    "\r\r\n",
    "\n\r",
    "said: 550 5.1.1 ",
    "dsn=5.9.9",
    "5.1.1000",
    "\0",
    "\t",
];

fn position(rng: &mut Rng, text: &str) -> (u32, u32) {
    let lines = model_lines(text) as u32;
    if rng.chance(5) {
        return (lines + rng.below(3) as u32, rng.below(8) as u32);
    }
    let character = if rng.chance(8) {
        500 + rng.below(10) as u32
    } else {
        rng.below(24) as u32
    };
    (rng.below(lines as usize) as u32, character)
}

#[test]
fn apply_changes_agrees_with_a_string_model() {
    let options = Options::default();
    let mut edits = 0;
    for seed in 1..=20u64 {
        let mut rng = Rng::new(seed);
        let mut model = String::from("a said: 550 5.1.1\r\nb\rc 😀 dsn=5.9.9\n\nlast");
        let mut document = Document::new(seed, FileKind::MailLog, 1, &model);
        for step in 0..300 {
            let mut changes = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let (l1, c1) = position(&mut rng, &model);
                let (l2, c2) = if rng.chance(50) {
                    (l1, c1 + rng.below(5) as u32)
                } else {
                    position(&mut rng, &model)
                };
                let text: String = (0..rng.below(4)).map(|_| *rng.pick(PIECES)).collect();
                model_apply(&mut model, [l1, c1, l2, c2], &text);
                let at = |line, character| WirePosition { line, character };
                changes.push(Change {
                    range: Some(WireRange {
                        start: at(l1, c1),
                        end: at(l2, c2),
                    }),
                    text,
                });
                edits += 1;
            }
            if rng.chance(1) {
                model = "full sync\r\nagain".to_string();
                changes.push(Change {
                    range: None,
                    text: model.clone(),
                });
            }
            document.apply_changes(step + 2, changes, Encoding::Utf16, &options);
            assert_eq!(
                document.rope().to_string(),
                model,
                "seed {seed} step {step}"
            );
            assert_eq!(
                document.rope().len_lines(),
                model_lines(&model),
                "seed {seed} step {step}: {model:?}"
            );
            assert_eq!(document.version(), step + 2);
        }
    }
    assert!(edits > 10_000, "{edits}");
}

//! Property test: `Document::apply_changes` against a plain `String` model,
//! thousands of seeded random edits (CRLF, lone CR, astral characters,
//! U+2028, empty lines, out-of-range and reversed ranges).

use crate::reliability::{model_apply, model_lines};
use crate::support::Rng;
use mail_lsp::analysis::{FileKind, Options};
use mail_lsp::server::documents::{Change, Document, WirePosition, WireRange};
use mail_lsp::server::encoding::Encoding;

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
        let mut document = Document::new(FileKind::MailLog, 1, &model);
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
            assert_eq!(document.rope.to_string(), model, "seed {seed} step {step}");
            assert_eq!(
                document.rope.len_lines(),
                model_lines(&model),
                "seed {seed} step {step}: {model:?}"
            );
            assert_eq!(document.version, step + 2);
        }
    }
    assert!(edits > 10_000, "{edits}");
}

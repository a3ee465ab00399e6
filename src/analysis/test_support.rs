//! Helpers for the core's tests: one `$0` cursor mark, as in rust-analyzer.
//!
//! ```text
//! let cursor = Cursor::new("host x said: 5$050 5.1.1");
//! hover(kind, &cursor.text, cursor.column, lang)
//! ```

/// The text a test wrote with one `$0` where the cursor is, and that
/// cursor's place: a byte offset in the text without the mark, and the same
/// place as `(line, byte column)`, lines ended as LSP ends them (`\n`,
/// `\r\n`, `\r`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cursor {
    pub text: String,
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

impl Cursor {
    /// Panics (a test's mistake) when `marked` has no `$0`.
    pub fn new(marked: &str) -> Cursor {
        let offset = marked
            .find("$0")
            .unwrap_or_else(|| panic!("no $0 cursor mark in {marked:?}"));
        let text = marked.replacen("$0", "", 1);
        let (line, line_start, _) = super::lines::lines(&text)
            .take_while(|&(_, start, _)| start <= offset)
            .last()
            .unwrap_or((0, 0, ""));
        Cursor {
            line,
            column: offset - line_start,
            offset,
            text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_gives_offset_line_and_column() {
        let cursor = Cursor::new("a\r\nbc$0d\re");
        assert_eq!(cursor.text, "a\r\nbcd\re");
        assert_eq!((cursor.offset, cursor.line, cursor.column), (5, 1, 2));
        let cursor = Cursor::new("$0");
        assert_eq!(
            (cursor.text.as_str(), cursor.offset, cursor.line),
            ("", 0, 0)
        );
        let cursor = Cursor::new("x\n$0");
        assert_eq!((cursor.offset, cursor.line, cursor.column), (2, 1, 0));
        // A literal `$0` later in the text is text.
        assert_eq!(Cursor::new("é$0 $0").text, "é $0");
    }
}

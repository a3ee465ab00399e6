//! Lines as LSP counts them: ended by `\n`, `\r\n` or a lone `\r`, nothing else.

/// Iterates `(line_index, start_offset, line_text)` without the line ending.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut index = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let line_start = start;
        match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(relative) => {
                let end = start + relative;
                start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
                let item = (index, line_start, &text[line_start..end]);
                index += 1;
                Some(item)
            }
            None => {
                done = true;
                Some((index, line_start, &text[line_start..]))
            }
        }
    })
}

/// [`lines`] of a text given in pieces (a rope's chunks), as
/// `visit(start_offset, line_text)`: a line inside one piece is read in
/// place, only a line cut by a piece boundary is copied (into one buffer).
pub fn for_each_line_in_pieces<'a>(
    pieces: impl IntoIterator<Item = &'a str>,
    mut visit: impl FnMut(usize, &str),
) {
    // The start of a line cut by a boundary, and where that line starts.
    let mut carry = String::new();
    let mut line_start = 0;
    let mut offset = 0;
    // The last piece ended with `\r`: a `\n` opening the next one is its pair.
    let mut after_cr = false;
    for piece in pieces {
        let bytes = piece.as_bytes();
        if bytes.is_empty() {
            continue;
        }
        let mut at = 0;
        if std::mem::take(&mut after_cr) && bytes[0] == b'\n' {
            at = 1;
            line_start = offset + 1;
        }
        while let Some(relative) = memchr::memchr2(b'\n', b'\r', &bytes[at..]) {
            let end = at + relative;
            if carry.is_empty() {
                visit(line_start, &piece[at..end]);
            } else {
                carry.push_str(&piece[at..end]);
                visit(line_start, &carry);
                carry.clear();
            }
            at = end + 1;
            if bytes[end] == b'\r' {
                match bytes.get(at) {
                    Some(b'\n') => at += 1,
                    Some(_) => {}
                    None => after_cr = true,
                }
            }
            line_start = offset + at;
        }
        carry.push_str(&piece[at..]);
        offset += bytes.len();
    }
    visit(line_start, &carry);
}

/// The byte range of the line that contains `offset` (without its ending).
pub fn line_around(text: &str, offset: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let offset = offset.min(bytes.len());
    let start = memchr::memrchr2(b'\n', b'\r', &bytes[..offset]).map_or(0, |i| i + 1);
    let end = memchr::memchr2(b'\n', b'\r', &bytes[offset..]).map_or(bytes.len(), |i| offset + i);
    (start, end)
}

/// Cuts `text` to at most `max` bytes, on a character boundary.
pub fn clip(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings() {
        let all: Vec<(usize, usize, &str)> = lines("a\nb\r\nc\rd\u{2028}e\n").collect();
        assert_eq!(
            all,
            [
                (0, 0, "a"),
                (1, 2, "b"),
                (2, 5, "c"),
                (3, 7, "d\u{2028}e"),
                (4, 13, "")
            ]
        );
        assert_eq!(lines("").count(), 1);
        assert_eq!(line_around("ab\ncd\nef", 4), (3, 5));
        assert_eq!(line_around("ab\ncd", 2), (0, 2));
        assert_eq!(line_around("ab\r\ncd", 4), (4, 6));
        assert_eq!(clip("aé", 2), "a");
    }

    #[test]
    fn lines_in_pieces_are_the_lines_of_the_whole() {
        let texts = [
            "a\nb\r\nc\rd\u{2028}e\n",
            "",
            "\r\n\r\n",
            "no end",
            "\r\r\n\n\r",
            "mx postfix/smtp[1]: 3F2A41C0A2: to=<a@b>, dsn=5.1.1\r\nnext\rlast",
        ];
        for text in texts {
            let whole: Vec<(usize, String)> = lines(text)
                .map(|(_, start, line)| (start, line.to_string()))
                .collect();
            // Every way to cut the text in three pieces (some empty).
            for first in 0..=text.len() {
                for second in first..=text.len() {
                    if !text.is_char_boundary(first) || !text.is_char_boundary(second) {
                        continue;
                    }
                    let pieces = [&text[..first], &text[first..second], &text[second..]];
                    let mut seen = Vec::new();
                    for_each_line_in_pieces(pieces, |start, line| {
                        seen.push((start, line.to_string()))
                    });
                    assert_eq!(seen, whole, "{text:?} cut at {first} and {second}");
                }
            }
        }
    }
}

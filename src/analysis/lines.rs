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
}

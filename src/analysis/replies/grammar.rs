//! One line read by the reply grammar (see the module documentation).

use super::words::{self, Introduces};
use super::{CodeFound, EnhancedToken, Strength};
use crate::codes::enhanced;
use crate::codes::lookup::{self, EnhancedVerdict};
use crate::codes::reply::{self, ReplyCode, ReplyVerdict};
use std::ops::Range;

/// Where a line stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A log, or text of no known kind.
    Log,
    /// A bounce's own text: a line may open with a reply.
    Report,
    /// Delivery-status (or feedback) fields: as a report.
    Fields,
    /// Header fields, of the bounce or of the returned message.
    Header,
    /// The body of the returned message.
    Original,
}

impl Place {
    fn line_starts(self) -> bool {
        matches!(self, Place::Report | Place::Fields)
    }
}

/// What a line leaves to the next one, in a text read line by line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LineState {
    /// The line ended with a phrase that introduces an answer
    /// (`... returned was:`, `SMTP error ... after RCPT TO:<a@b>:`).
    pub introduced: bool,
    /// The line was part of a multi-line reply (`550-...`) with this code.
    pub continues: Option<ReplyCode>,
    /// The line ended with this reply code, alone (`said: 550`, `visit 550`):
    /// an enhanced code of its class opening the next line pairs with it.
    pub dangling: Option<(Range<usize>, ReplyCode)>,
    /// The line held a reply whose text ran to its end (the next lines
    /// indented more may continue it).
    pub open_text: bool,
    /// The line's last clause had a word that introduces an answer
    /// (`... refused to` before `talk to me: 421`).
    pub carried: Option<Introduces>,
}

/// What the reading of a line found beyond its codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LineOutcome {
    pub next: LineState,
    /// The first code found pairs with the previous line's dangling reply
    /// code.
    pub pairs_with_previous: bool,
}

/// What precedes a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    None,
    /// Only blanks, quote marks or bullets before it on the line.
    LineStart,
    /// `<<<`, `>>>`.
    Transcript,
    /// `smtp;`, `X-Postfix;`: a diagnostic type.
    Diagnostic,
    /// A key or clause that introduces an answer.
    Introduced(Introduces),
    /// A host, an IP address in brackets or a mail address, then `:`.
    Host,
    /// Inside a reply, after its codes or `...`, `->`, ` - `.
    Nested,
    /// `#`, right before an enhanced code.
    Hash,
}

impl Head {
    fn strong(self) -> bool {
        matches!(
            self,
            Head::Transcript | Head::Diagnostic | Head::Introduced(Introduces::Strongly)
        )
    }
}

/// What follows a reply code.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tail {
    /// An enhanced code (`550 5.1.1`): its range and token.
    Pair(Range<usize>, EnhancedToken),
    /// Words (from this offset); `dash` when the separator was `-`.
    Text { start: usize, dash: bool },
    /// The end of the line.
    End,
    /// A closing mark: `,`, `)`, `"`, ...
    Closed,
    /// Another number; `same` when it is the same reply code (`550 550`).
    Digits { same: bool },
    /// A unit: the number is a quantity.
    Quantity,
}

fn is_opener(byte: u8) -> bool {
    matches!(
        byte,
        b'\'' | b'"' | b'(' | b'[' | b'<' | b'{' | b'\\' | b'`'
    )
}

/// True when a code may start at `at`: not inside a word, a number, a
/// path or an identifier. `#` and `-` count only when they stand alone.
fn boundary_before(bytes: &[u8], at: usize) -> bool {
    let Some(&before) = at.checked_sub(1).and_then(|i| bytes.get(i)) else {
        return true;
    };
    let alone = || at < 2 || !bytes[at - 2].is_ascii_alphanumeric();
    match before {
        b'#' | b'-' => alone(),
        b'.' | b'_' | b'/' | b'%' | b'&' | b'+' | b'@' | b'$' | b'~' | b'^' | b'|' => false,
        b if b.is_ascii_alphanumeric() => false,
        b if b >= 0x80 => false,
        _ => true,
    }
}

/// True when a code may end at `at` (exclusive).
fn boundary_after(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        None => true,
        Some(b'.') => !bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
        Some(b'-') => true,
        Some(&b) => !(b.is_ascii_alphanumeric() || b == b'_' || b == b'@' || b >= 0x80),
    }
}

/// A reply code at `at`: three digits, the first 2 to 5, standing alone.
fn reply_at(line: &str, at: usize) -> Option<ReplyCode> {
    let bytes = line.as_bytes();
    let digits = bytes.get(at..at + 3)?;
    let shaped = digits.iter().all(u8::is_ascii_digit) && matches!(digits[0], b'2'..=b'5');
    (shaped && boundary_after(bytes, at + 3))
        .then(|| reply::parse(&line[at..at + 3]))
        .flatten()
}

/// An enhanced code token at `at`: a digit, then digits, letters and dots
/// up to a delimiter, with at least one dot. An IPv4 address (four numbers)
/// is not one. A sentence may end right after the code (`5.7.1.`).
fn enhanced_at(line: &str, at: usize) -> Option<(Range<usize>, EnhancedToken)> {
    let bytes = line.as_bytes();
    let rest = bytes.get(at..)?;
    if !rest.first()?.is_ascii_digit() || rest.get(1) != Some(&b'.') {
        return None;
    }
    let mut len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'.')
        .count();
    if len > 24 {
        return None;
    }
    while len > 1 && rest[len - 1] == b'.' {
        len -= 1;
    }
    let token = &line[at..at + len];
    if !boundary_after(bytes, at + len) && bytes.get(at + len) != Some(&b'.') {
        return None;
    }
    let dots = token.bytes().filter(|&b| b == b'.').count();
    if dots < 2 && !matches!(rest[0], b'2' | b'4' | b'5') {
        // `1.2`, `0.5`: a delay or a version, not a code missing a part.
        return None;
    }
    let numeric = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if dots < 2 && !token.split('.').all(numeric) {
        // `5.x`, `4.96b`: a version or a word, not a code.
        return None;
    }
    if dots >= 3 && token.split('.').all(numeric) {
        return None;
    }
    let parsed = match enhanced::parse(token) {
        Ok(code) => EnhancedToken::Valid(code),
        Err(reason) => EnhancedToken::Malformed(reason),
    };
    Some((at..at + len, parsed))
}

fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// What follows the reply code that ends at `at`.
fn tail(line: &str, at: usize, code: ReplyCode) -> Tail {
    let bytes = line.as_bytes();
    let mut next = skip_blanks(bytes, at);
    let blanks = next > at;
    let mut dash = false;
    let mut marked = false;
    if let Some(&mark @ (b'-' | b':')) = bytes.get(next) {
        dash = mark == b'-' && !blanks;
        marked = true;
        next = skip_blanks(bytes, next + 1);
    }
    if next >= bytes.len() || bytes[next] == b'\r' || bytes[next] == b'\n' {
        return if marked {
            Tail::Text { start: next, dash }
        } else {
            Tail::End
        };
    }
    if !blanks && !marked {
        return Tail::Closed;
    }
    let mut code_at = next;
    if matches!(bytes[code_at], b'\'' | b'"' | b'#') {
        code_at += 1;
    }
    if let Some((range, token)) = enhanced_at(line, code_at) {
        return Tail::Pair(range, token);
    }
    if bytes[next].is_ascii_digit() {
        return Tail::Digits {
            same: line.get(next..next + 3) == Some(&code.to_string())
                && reply_at(line, next).is_some(),
        };
    }
    if words::is_unit(&line[next..]) {
        return Tail::Quantity;
    }
    Tail::Text { start: next, dash }
}

/// The end of `line` without trailing blanks (and line break).
fn trimmed_end(line: &str) -> usize {
    line.trim_end_matches([' ', '\t', '\r', '\n']).len()
}

/// The last whitespace-delimited token of `text` (of its last
/// [`WINDOW`] bytes).
fn last_token(text: &str) -> &str {
    let window = window_before(text, text.len());
    let start = window
        .as_bytes()
        .iter()
        .rposition(|&b| b == b' ' || b == b'\t')
        .map_or(0, |i| i + 1);
    &window[start..]
}

/// True for a host, an IP address in brackets (with a port after it or
/// not) or a mail address: `mx.example.org[192.0.2.1]`, `[192.0.2.1]:25`,
/// `<a@example.org>`, `a@example.org`, `TO:<a@example.org>`. A program's
/// PID in brackets (`postfix/smtpd[123]`) is not.
fn is_host_or_address(token: &str) -> bool {
    if token.contains('@') || token.ends_with('>') {
        return true;
    }
    // A port after the address: `[192.0.2.1]:25`.
    let without_port = token.trim_end_matches(|c: char| c.is_ascii_digit());
    let token = match without_port.strip_suffix(':') {
        Some(host) if host.ends_with(']') && without_port.len() < token.len() => host,
        _ => token,
    };
    let Some(inner) = token.strip_suffix(']') else {
        return false;
    };
    let content = inner.rsplit('[').next().unwrap_or("");
    content.contains(['.', ':'])
}

/// The words of the clause before a colon (at most six, back to a clause
/// mark), read for one that introduces an answer: the nearest decides
/// whether it is strong.
/// The words a closing `after ...` complement may have, `after` included.
const AFTER_WORDS: usize = 5;

fn clause_introduces(text: &str) -> Option<Introduces> {
    let text = window_before(text, text.len());
    let (clause_start, quoted) = clause_start(text);
    let unquoted: String;
    let clause = match quoted {
        // The quoted words stand for one word: `response to "MAIL
        // FROM:<a@b>" was:` reads `response to x was`.
        Some(quoted) => {
            unquoted = format!(
                "{} x {}",
                &text[clause_start..quoted.start],
                &text[quoted.end..]
            );
            unquoted.as_str()
        }
        None => &text[clause_start..],
    };
    let words = || {
        clause
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .filter(|word| !word.is_empty())
    };
    // A closing `after ...` names the command answered, not the answer
    // (`SMTP error from remote mail server after end of data:`): the words
    // are counted from before it.
    let skip = words()
        .take(AFTER_WORDS)
        .position(|word| word.eq_ignore_ascii_case("after"))
        .map_or(0, |at| at + 1);
    words()
        .skip(skip)
        .take(6)
        .enumerate()
        .find_map(|(index, word)| match words::introduces(word)? {
            Introduces::Strongly if index == 0 => Some(Introduces::Strongly),
            _ => Some(Introduces::Weakly),
        })
}

/// Where the clause that ends `text` starts (after the last clause mark),
/// and the span of a double-quoted phrase inside it, quotes included: a
/// quoted command or text between blanks (`response to "MAIL FROM:<a@b>"
/// was`) is a word of the clause, not a mark. A quote that opens right
/// after a key (`C="`, `"status":"`) still ends the clause.
fn clause_start(text: &str) -> (usize, Option<Range<usize>>) {
    const MARKS: [char; 8] = ['(', ';', ':', '=', ',', '[', '{', '"'];
    let start = |text: &str| text.rfind(MARKS).map_or(0, |i| i + 1);
    let first = start(text);
    let bytes = text.as_bytes();
    let Some(close) = first.checked_sub(1).filter(|&i| bytes[i] == b'"') else {
        return (first, None);
    };
    let blank = |b: Option<&u8>| b.is_none_or(|b| *b == b' ' || *b == b'\t');
    let Some(open) = text[..close].rfind('"') else {
        return (first, None);
    };
    let phrase = blank(bytes.get(close + 1))
        && blank(open.checked_sub(1).map(|i| &bytes[i]))
        && close > open + 1
        && text[..open].matches('"').count() % 2 == 0;
    if !phrase {
        return (first, None);
    }
    (start(&text[..open]), Some(open..close + 1))
}

/// What the reading of a line knows when it meets a code.
#[derive(Clone, Copy)]
struct Context<'a> {
    /// The codes found before it on the line.
    found: &'a [CodeFound],
    /// Inside a reply's text (one found before on the line, or one whose
    /// text the line continues).
    in_reply: bool,
    /// What the end of the line before said (`refused to` / `talk to me:`).
    carried: Option<Introduces>,
    /// Where the line's content starts, after blanks, quote marks (`>`),
    /// bullets and the openers right before a first code.
    content_start: usize,
    /// Where the last code found ends, in the text the context is read
    /// from.
    previous_end: Option<usize>,
}

/// The head of a code right after `key=` or `key:` when the key alone
/// decides: a strong key, or any key with `=` (`delay=`, `size=`: no
/// code; `C="`: Exim's confirmation).
fn keyed_head(text: &str) -> Option<Head> {
    let bytes = text.as_bytes();
    let (&mark, before) = bytes.split_last()?;
    if mark != b'=' && mark != b':' {
        return None;
    }
    let key_start = before
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .map_or(0, |i| i + 1);
    let key = &text[key_start..before.len()];
    if key.is_empty() {
        return None;
    }
    match words::introduces(key) {
        Some(Introduces::Strongly) => Some(Head::Introduced(Introduces::Strongly)),
        _ if mark == b'=' && key == "C" => Some(Head::Introduced(Introduces::Weakly)),
        Some(Introduces::Weakly) if mark == b'=' => Some(Head::Introduced(Introduces::Weakly)),
        None if mark == b'=' => Some(Head::None),
        _ => None,
    }
}

/// True for a URL (or a piece of one).
fn is_url(token: &str) -> bool {
    let bytes = token.as_bytes();
    token.starts_with("www.") || bytes.windows(3).any(|w| w == b"://")
}

/// True when no clause mark stands in `text`: its clause may have begun on
/// the line before.
fn reaches_line_start(text: &str) -> bool {
    text.len() <= WINDOW && !text.contains(['(', ';', ':', '=', ',', '[', '{', '"'])
}

/// How far back the context of a code is read: a phrase that introduces
/// an answer stands close to it, and a long line costs no more per code.
const WINDOW: usize = 256;

/// At most this much of a line is a reply's text (RFC 5321 allows 512
/// octets per reply line).
const MAX_TEXT: usize = 1024;

/// The largest char boundary of `text` at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The text before `at` that context is read from: the window before it,
/// and whether that window reaches only blanks and marks before it on the
/// line (`content_start`: where the line's content starts).
fn window_before(line: &str, at: usize) -> &str {
    &line[floor_boundary(line, at.saturating_sub(WINDOW))..at]
}

/// What stands before the code at `at`.
fn head(line: &str, at: usize, context: Context) -> Head {
    let bytes = line.as_bytes();
    if at > 0 && bytes[at - 1] == b'#' {
        return Head::Hash;
    }
    let window = window_before(line, at);
    let window_start = at - window.len();
    let context = Context {
        previous_end: context
            .found
            .last()
            .and_then(|f| f.span().end.checked_sub(window_start)),
        ..context
    };
    let text = window.trim_end_matches([' ', '\t']);
    if at <= context.content_start {
        let marks = text.trim_end_matches(|c: char| c.is_ascii() && is_opener(c as u8) && c != '<');
        return if marks.ends_with("<<<") || marks.ends_with(">>>") {
            Head::Transcript
        } else {
            Head::LineStart
        };
    }
    // `[192.0.2.1]:250`, `relay=x:25`: a colon right before a number
    // makes a port or a time, unless a key names a code (`ERROR_CODE :550`).
    let attached = at > 0 && bytes[at - 1] == b':';
    // HTML escapes of the marks that matter.
    let unescaped: String;
    let mut text = text;
    if text.ends_with(';') {
        for (escape, mark) in [
            ("&gt;", ">"),
            ("&lt;", "<"),
            ("&quot;", "\""),
            ("&#39;", "'"),
        ] {
            if let Some(stripped) = text.strip_suffix(escape) {
                unescaped = format!("{stripped}{mark}");
                text = &unescaped;
                break;
            }
        }
    }
    match head_of(text, context) {
        Head::Host | Head::Nested if attached => Head::None,
        Head::Introduced(_) if attached && !keyed_by_word(text) => Head::None,
        head => head,
    }
}

/// True when the text before a colon ends with a word (`ERROR_CODE :`),
/// not a number or an address.
fn keyed_by_word(text: &str) -> bool {
    let key = text.trim_end_matches(':').trim_end_matches([' ', '\t']);
    key.as_bytes()
        .last()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
}

fn head_of(text: &str, context: Context) -> Head {
    let mut text = text.trim_end_matches([' ', '\t']);
    // Nothing inside a URL is a code: `http://example.org/?code=421`.
    let token = last_token(text);
    if is_url(token) {
        return Head::None;
    }
    // The common case, decided at once: a key right before the code
    // (`dsn=`, `said: `, `size=`).
    if let Some(head) = keyed_head(text) {
        return head;
    }
    if text.ends_with("<<<") || text.ends_with(">>>") {
        return Head::Transcript;
    }
    // Openers right before the code: `'550`, `(reason: 550`, `[550`.
    while let Some(&last) = text.as_bytes().last() {
        if !is_opener(last) || text.ends_with("<<") {
            break;
        }
        text = text[..text.len() - 1].trim_end_matches([' ', '\t']);
    }
    if text.ends_with("<<<") || text.ends_with(">>>") {
        return Head::Transcript;
    }
    if text
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'>' | b'-' | b'*' | b'|'))
    {
        return Head::LineStart;
    }
    let Some(&last) = text.as_bytes().last() else {
        return Head::LineStart;
    };
    let previous_code_end = context.previous_end;
    match last {
        b';' => {
            let before = &text[..text.len() - 1];
            let word_start = before
                .bytes()
                .rposition(|b| !(b.is_ascii_alphanumeric() || b == b'-'))
                .map_or(0, |i| i + 1);
            let word = &before[word_start..];
            let is_type = ["smtp", "esmtp", "lmtp"]
                .iter()
                .any(|t| t.eq_ignore_ascii_case(word))
                || word.get(..2).is_some_and(|x| x.eq_ignore_ascii_case("x-"));
            if is_type {
                Head::Diagnostic
            } else {
                Head::None
            }
        }
        b':' | b'=' | b',' => {
            let key = text[..text.len() - 1].trim_end_matches([' ', '\t', '"', '\'', '\\']);
            let token = last_token(key);
            if last == b'=' && token.ends_with('C') && token.len() == 1 {
                // Exim's confirmation: `C="250 OK ..."`.
                return Head::Introduced(Introduces::Weakly);
            }
            if previous_code_end.is_some_and(|end| end == key.len()) && last != b'=' {
                return Head::Nested;
            }
            if is_host_or_address(token.trim_end_matches('.')) {
                return Head::Host;
            }
            clause_introduces(key)
                .or_else(|| context.carried.filter(|_| reaches_line_start(key)))
                .map_or(Head::None, Head::Introduced)
        }
        b'.' if text.ends_with("...") => {
            let before = text.trim_end_matches('.');
            if context.in_reply || is_host_or_address(last_token(before)) {
                Head::Nested
            } else {
                clause_introduces(before).map_or(Head::None, Head::Introduced)
            }
        }
        b'>' | b'-' if text.ends_with("->") || text.ends_with(" -") || text.ends_with("--") => {
            if context.in_reply {
                Head::Nested
            } else {
                let before = text.trim_end_matches(['-', '>']);
                clause_introduces(before).map_or(Head::None, Head::Introduced)
            }
        }
        b'>' | b')' | b']' if is_host_or_address(last_token(text)) => Head::Host,
        _ if previous_code_end == Some(text.len()) => Head::Nested,
        _ if last.is_ascii_alphanumeric() => {
            let word = last_token(text);
            match words::introduces(word) {
                // A bare word introduces weakly: `said 550 for RCPT`.
                Some(_) => Head::Introduced(Introduces::Weakly),
                None => Head::None,
            }
        }
        _ => Head::None,
    }
}

fn plausible_reply(code: ReplyCode) -> bool {
    matches!(
        reply::verdict(code),
        ReplyVerdict::Standard | ReplyVerdict::NonStandard
    )
}

fn known_enhanced(token: &EnhancedToken) -> bool {
    match token {
        EnhancedToken::Valid(code) => !matches!(lookup::verdict(*code), EnhancedVerdict::Unknown),
        EnhancedToken::Malformed(_) => false,
    }
}

fn class_of(token: &EnhancedToken) -> Option<u8> {
    match token {
        EnhancedToken::Valid(code) => Some(code.class),
        EnhancedToken::Malformed(_) => None,
    }
}

/// Where the text of a reply that starts at `start` ends: at a closing
/// bracket or quote that opened before the reply, else at the end of the
/// line; without Postfix's trailing `(in reply to ... command)`.
fn text_end(line: &str, start: usize, opener: Option<u8>) -> (usize, bool) {
    let bytes = line.as_bytes();
    let line_end = trimmed_end(line).max(start);
    let end = floor_boundary(line, line_end.min(start + MAX_TEXT)).max(start);
    let closer = match opener {
        Some(b'(') => Some(b')'),
        Some(b'[') => Some(b']'),
        Some(b'{') => Some(b'}'),
        Some(b'\'') => Some(b'\''),
        Some(b'"') => Some(b'"'),
        Some(b'<') => Some(b'>'),
        _ => None,
    };
    let mut depth = 0usize;
    let mut at = start;
    let mut closed_at = None;
    while closer.is_some() && at < end {
        let byte = bytes[at];
        match (byte, closer) {
            (b'\\', Some(b'"')) => at += 1,
            (b'(', Some(b')')) => depth += 1,
            (b')', Some(b')')) if depth > 0 => depth -= 1,
            (b, Some(c)) if b == c => {
                let quote_closes =
                    c != b'\'' || bytes.get(at + 1).is_none_or(|n| !n.is_ascii_alphanumeric());
                if quote_closes {
                    closed_at = Some(at);
                    break;
                }
            }
            _ => {}
        }
        at += 1;
    }
    let mut end = closed_at.unwrap_or(end);
    // Postfix notes the command a reply answered.
    let note = memchr::memrchr_iter(b'(', &bytes[start..end])
        .find(|&at| bytes[start + at..end].starts_with(b"(in reply to "));
    if let Some(note) = note {
        end = start + note;
    } else if closed_at.is_none() && bytes[start..end].last() == Some(&b')') {
        // `status=bounced (host x said: 550 ... text)`: the closing
        // brackets of what opened before the reply are not its text.
        let text = &line[start..end];
        let opened = text.bytes().filter(|&b| b == b'(').count();
        let mut closed = text.bytes().filter(|&b| b == b')').count();
        while closed > opened && end > start && bytes[end - 1] == b')' {
            end -= 1;
            closed -= 1;
        }
    }
    if closed_at.is_none() {
        // A quote that closes what opened before the reply.
        for quote in [b'\'', b'"'] {
            let text = &bytes[start..end];
            if text.last() == Some(&quote) && text.iter().filter(|&&b| b == quote).count() % 2 == 1
            {
                end -= 1;
            }
        }
    }
    let end = start + line[start..end].trim_end_matches([' ', '\t']).len();
    (end.max(start), closed_at.is_none())
}

/// The opener right before the code at `at` (after blanks), if any.
fn opener_before(line: &str, at: usize) -> Option<u8> {
    let before = line[..at].trim_end_matches([' ', '\t']);
    let before = before
        .strip_suffix("smtp;")
        .or_else(|| before.strip_suffix("SMTP;"))
        .map_or(before, |b| b.trim_end_matches([' ', '\t']));
    before
        .as_bytes()
        .last()
        .copied()
        .filter(|&b| is_opener(b) && !before.ends_with("<<"))
}

/// Where a dotted number of a class other than 2, 4 or 5 follows a key
/// (`dsn=6.1.1`, `Status: 1.2.3`): a malformed code if the key is strong.
fn keyed_other_classes(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    for mark in memchr::memchr2_iter(b'=', b':', bytes) {
        let at = skip_blanks(bytes, mark + 1);
        if let [digit, b'.', ..] = bytes.get(at..).unwrap_or_default()
            && digit.is_ascii_digit()
            && !matches!(digit, b'2' | b'4' | b'5')
        {
            out.push(at);
        }
    }
    out
}

/// True when the reply code at `start` repeats, after a blank, the code of
/// a multi-line reply flattened onto one line: a line of that reply begins
/// there (`... 554-No service 554 For details`).
fn repeats_at(bytes: &[u8], start: usize, tail: &Tail) -> bool {
    start > 0
        && matches!(bytes[start - 1], b' ' | b'\t')
        && matches!(tail, Tail::Text { .. } | Tail::Pair(..))
}

/// Where, in the text `within` of a reply of a multi-line reply flattened
/// onto one line, the next line of that reply begins: the reply's code
/// again, after a blank, then a separator and words or an enhanced code.
fn repetition(line: &str, within: Range<usize>, code: ReplyCode) -> Option<usize> {
    let bytes = line.as_bytes();
    let digits = code.to_string();
    let text = line.get(within.clone())?;
    text.match_indices(digits.as_str())
        .map(|(at, _)| within.start + at)
        .find(|&at| {
            boundary_before(bytes, at)
                && reply_at(line, at) == Some(code)
                && repeats_at(bytes, at, &tail(line, at + 3, code))
        })
}

/// Reads `line` (with `state`, what the line before left) into `found`;
/// ranges are byte offsets in `line`.
pub(crate) fn scan_line(
    place: Place,
    line: &str,
    state: &LineState,
    found: &mut Vec<CodeFound>,
) -> LineOutcome {
    let bytes = line.as_bytes();
    let line_starts = place.line_starts() || state.introduced;
    let mut outcome = LineOutcome::default();
    let content_start = bytes
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'>' | b'-' | b'*' | b'|') && !is_opener(*b))
        .unwrap_or(bytes.len());
    let continued = line.starts_with([' ', '\t']);
    let mut in_reply = state.open_text && continued;
    // The code of a multi-line reply flattened onto one line
    // (`554-text 554-text 554 text`), whose repetitions are the same reply.
    let mut flattened = state.continues.filter(|_| in_reply);
    // Codes start with 2, 4 or 5; a malformed enhanced code of another
    // class (`dsn=6.1.1`) counts only right after a key.
    let other_classes = keyed_other_classes(bytes);
    let mut other_classes = other_classes.iter().copied().peekable();
    let mut at = 0;
    loop {
        let common = memchr::memchr3(b'2', b'4', b'5', &bytes[at..]).map(|i| at + i);
        while other_classes.next_if(|&p| p < at).is_some() {}
        let start = match (common, other_classes.peek().copied()) {
            (Some(a), Some(b)) if b < a => b,
            (None, Some(b)) => b,
            (Some(a), _) => a,
            (None, None) => break,
        };
        at = start + 1;
        if !boundary_before(bytes, start) {
            continue;
        }
        let context = Context {
            found,
            in_reply,
            carried: state.carried.filter(|_| continued),
            content_start,
            previous_end: None,
        };
        if let Some(code) = reply_at(line, start) {
            let tail = tail(line, start + 3, code);
            let head = match head(line, start, context) {
                Head::None if flattened == Some(code) && repeats_at(bytes, start, &tail) => {
                    Head::Nested
                }
                head => head,
            };
            if let Some(mut code_found) =
                read_reply(line, start, code, head, &tail, line_starts, state)
            {
                if bytes.get(start + 3) == Some(&b'-')
                    && matches!(tail, Tail::Text { dash: true, .. } | Tail::Pair(..))
                {
                    outcome.next.continues = Some(code);
                    flattened = Some(code);
                }
                if flattened == Some(code)
                    && let Some(next) = repetition(line, code_found.text.clone(), code)
                {
                    // The reply's text ends where its next line begins.
                    let text = &line[code_found.text.start..next];
                    code_found.text.end =
                        code_found.text.start + text.trim_end_matches([' ', '\t']).len();
                    in_reply = true;
                    found.push(code_found);
                    at = next;
                    continue;
                }
                let end = code_found.span().end;
                in_reply = true;
                found.push(code_found);
                at = end.max(at);
                continue;
            }
            if tail == Tail::End && plausible_reply(code) {
                outcome.next.dangling = Some((start..start + 3, code));
            }
            at = start + 3;
            continue;
        }
        let Some((range, token)) = enhanced_at(line, start) else {
            continue;
        };
        let head = head(line, start, context);
        let after = &line[range.end..];
        let followed_by_unit =
            words::is_unit(after.trim_start_matches([' ', '\t'])) && after.starts_with([' ', '\t']);
        let is_first = found.is_empty();
        let pairs = is_first
            && head == Head::LineStart
            && matches!((&state.dangling, class_of(&token)), (Some((_, r)), Some(c)) if r.class_digit() == c);
        let strength = match head {
            _ if followed_by_unit => None,
            _ if pairs => Some(Strength::Weak),
            Head::Introduced(Introduces::Strongly) | Head::Diagnostic => Some(Strength::Strong),
            Head::Hash | Head::Introduced(_) | Head::Host | Head::Transcript | Head::Nested
                if matches!(token, EnhancedToken::Valid(_)) =>
            {
                Some(Strength::Weak)
            }
            Head::LineStart
                if line_starts && known_enhanced(&token) && !after.trim().is_empty() =>
            {
                Some(Strength::Weak)
            }
            _ => None,
        };
        let end = range.end;
        if let Some(strength) = strength {
            let text_start = skip_blanks(bytes, end);
            let (text_end, _) = match bytes.get(text_start) {
                Some(b',' | b';' | b')' | b'"' | b'\'' | b'}' | b']') | None => (text_start, false),
                _ => text_end(line, text_start, opener_before(line, start)),
            };
            outcome.pairs_with_previous |= pairs;
            found.push(CodeFound {
                reply: None,
                enhanced: Some((range, token)),
                text: text_start.min(text_end)..text_end,
                strength,
            });
        }
        at = end.max(at);
    }
    let end = trimmed_end(line);
    if place == Place::Log {
        // A log's lines are read on their own.
        return outcome;
    }
    let rest = window_before(line, end);
    let alone = Context {
        found: &[],
        in_reply: false,
        carried: None,
        content_start: 0,
        previous_end: None,
    };
    outcome.next.introduced = (rest.ends_with(':') || rest.ends_with(';'))
        && matches!(
            head_of(rest, alone),
            Head::Introduced(_) | Head::Host | Head::Diagnostic
        );
    outcome.next.carried = clause_introduces(rest);
    if let Some(last) = found.last() {
        if last.reply.is_some() && last.enhanced.is_none() && last.span().end == end {
            outcome.next.dangling = last.reply.clone();
        }
        outcome.next.open_text = last.text.end == end;
    }
    outcome
}

/// Decides on a reply code at `start`.
fn read_reply(
    line: &str,
    start: usize,
    code: ReplyCode,
    head: Head,
    tail: &Tail,
    line_starts: bool,
    state: &LineState,
) -> Option<CodeFound> {
    let bytes = line.as_bytes();
    let plausible = plausible_reply(code);
    let continues = head == Head::LineStart && state.continues == Some(code);
    let at_line_start = head == Head::LineStart && (line_starts || continues);
    let in_context = head != Head::None && head != Head::LineStart && head != Head::Hash;
    let weak_ok = plausible && (in_context || at_line_start);
    // A reply opening the line after a line that ended by introducing it
    // (`SMTP error from remote mail server after initial connection:`
    // then `571 No PTR record`) stands where the answer stands: read as
    // written, so an impossible code is diagnosed.
    let answers_previous = head == Head::LineStart && state.introduced;
    let reply = Some((start..start + 3, code));
    let opener = opener_before(line, start);
    let with_text = |text_start: usize, enhanced, strength| {
        let (end, _) = text_end(line, text_start, opener);
        Some(CodeFound {
            reply: reply.clone(),
            enhanced,
            text: text_start.min(end)..end,
            strength,
        })
    };
    match tail {
        Tail::Pair(range, token) => {
            let same_class = class_of(token) == Some(code.class_digit());
            let strength = if head.strong()
                || (answers_previous && same_class)
                || (in_context && plausible && matches!(token, EnhancedToken::Valid(_)))
            {
                Strength::Strong
            } else if (same_class && (plausible || continues))
                || (weak_ok && matches!(token, EnhancedToken::Valid(_)))
            {
                Strength::Weak
            } else {
                return None;
            };
            let text_start = skip_blanks(bytes, range.end);
            let text_start = match bytes.get(text_start) {
                Some(b':' | b'.' | b',') => skip_blanks(bytes, text_start + 1),
                _ => text_start,
            };
            with_text(text_start, Some((range.clone(), token.clone())), strength)
        }
        Tail::Text {
            start: text_start, ..
        } => {
            if head.strong() || answers_previous {
                with_text(*text_start, None, Strength::Strong)
            } else if weak_ok || (continues && plausible) {
                with_text(*text_start, None, Strength::Weak)
            } else {
                None
            }
        }
        Tail::End | Tail::Closed => {
            let keyed = matches!(head, Head::Introduced(_) | Head::Host);
            let strength = if head.strong() {
                Strength::Strong
            } else if plausible && keyed {
                Strength::Weak
            } else {
                return None;
            };
            Some(CodeFound {
                reply,
                enhanced: None,
                text: start + 3..start + 3,
                strength,
            })
        }
        Tail::Digits { same } => {
            if head.strong() {
                with_text(skip_blanks(bytes, start + 3), None, Strength::Strong)
            } else if (*same && weak_ok) || (continues && plausible) {
                with_text(skip_blanks(bytes, start + 3), None, Strength::Weak)
            } else {
                None
            }
        }
        Tail::Quantity => None,
    }
}

//! Template markup in configuration files, whatever the file kind: Jinja2
//! (Ansible, Salt), ERB and Puppet EPP, Go templates (Helm), and
//! placeholders (`${VAR}`, `@VAR@`).
//!
//! Many people keep `main.cf` or `master.cf` as a template rendered by a
//! deployment tool. The markup is found here once per file, then masked:
//! every byte of a markup span except line breaks becomes [`MASK`], so the
//! scanners read a text of the same length and lines, where a template
//! line is a line of masks and a templated token contains a mask. They
//! skip the first and do not type-check the second; everything else keeps
//! every check.

use std::borrow::Cow;
use std::ops::Range;

/// The byte that replaces markup: ASCII SUB, never white space, never in a
/// real configuration.
pub(crate) const MASK: u8 = 0x1A;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    /// Control flow: `{% if %}`, `<% end %>`, `{{- range .Values.x }}`.
    Statement,
    /// A value: `{{ var }}`, `<%= @var %>`, `{{ .Values.x }}`.
    Expression,
    /// `{# ... #}`, `<%# ... %>`, `{{/* ... */}}`.
    Comment,
    /// `${VAR}`, `@VAR@`: replaced by a script (envsubst, sed, configure).
    Placeholder,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub range: Range<usize>,
    pub kind: Markup,
}

/// How `{{` is read. Exim's own expansions nest braces (`${if
/// or{{eq{$a}{b}}...}}`), so in an Exim file `{{` opens markup only when
/// a template would write it: followed by white space, `-`, `.` or `/*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Braces {
    Any,
    Spaced,
}

/// Go template actions that are control flow, not values.
const GO_STATEMENTS: &[&str] = &[
    "if", "else", "end", "range", "with", "define", "template", "block", "break", "continue",
];

/// Every markup span of `text`, in order, not overlapping.
pub(crate) fn spans(text: &str, braces: Braces) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // The next `@`, found once and kept until passed (a file of braces and
    // no `@` is not searched again for each brace).
    let mut next_at: Option<Option<usize>> = None;
    loop {
        if next_at.is_some_and(|at| at.is_some_and(|at| at < i)) {
            next_at = None;
        }
        let at_sign =
            *next_at.get_or_insert_with(|| memchr::memchr(b'@', &bytes[i..]).map(|p| i + p));
        let other = memchr::memchr3(b'{', b'<', b'$', &bytes[i..]).map(|p| i + p);
        let Some(at) = other.into_iter().chain(at_sign).min() else {
            break;
        };
        let next = bytes.get(at + 1).copied();
        let span = match (bytes[at], next) {
            (b'{', Some(b'{')) if opens_expression(&bytes[at + 2..], braces) => {
                closing(bytes, at + 2, b"}}", true).map(|end| {
                    let kind = classify_braces(&text[at + 2..end - 2]);
                    Span {
                        range: at..end,
                        kind,
                    }
                })
            }
            (b'{', Some(b'%')) => closing(bytes, at + 2, b"%}", true).map(|end| Span {
                range: at..end,
                kind: Markup::Statement,
            }),
            (b'{', Some(b'#')) => closing(bytes, at + 2, b"#}", false).map(|end| Span {
                range: at..end,
                kind: Markup::Comment,
            }),
            (b'<', Some(b'%')) if bytes.get(at + 2) != Some(&b'%') => {
                let kind = match bytes.get(at + 2) {
                    Some(b'#') => Markup::Comment,
                    Some(b'=') => Markup::Expression,
                    _ => Markup::Statement,
                };
                closing(bytes, at + 2, b"%>", kind != Markup::Comment).map(|end| Span {
                    range: at..end,
                    kind,
                })
            }
            (b'$', Some(b'{')) => placeholder(bytes, at + 2, b'}', true).map(|end| Span {
                range: at..end,
                kind: Markup::Placeholder,
            }),
            (b'@', _) if at == 0 || !is_word(bytes[at - 1]) => {
                placeholder(bytes, at + 1, b'@', false)
                    .filter(|&end| bytes.get(end).is_none_or(|&b| !is_word(b)))
                    .map(|end| Span {
                        range: at..end,
                        kind: Markup::Placeholder,
                    })
            }
            _ => None,
        };
        match span {
            Some(span) => {
                i = span.range.end;
                // `{% raw %}...{% endraw %}`: what is between is literal text.
                if span.kind == Markup::Statement && keyword(&text[span.range.clone()]) == "raw" {
                    out.push(span);
                    match find_endraw(text, i) {
                        Some(endraw) => {
                            i = endraw.range.end;
                            out.push(endraw);
                        }
                        None => break,
                    }
                    continue;
                }
                out.push(span);
            }
            None => i = at + 1,
        }
    }
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'@'
}

fn opens_expression(after: &[u8], braces: Braces) -> bool {
    match braces {
        Braces::Any => true,
        Braces::Spaced => matches!(
            after,
            [b' ' | b'\t' | b'\n' | b'\r' | b'.', ..]
                | [b'-', b' ' | b'\t' | b'\n' | b'\r', ..]
                | [b'/', b'*', ..]
        ),
    }
}

/// The end (past the closer) of markup opened before `from`. Quoted
/// strings inside are skipped when `quotes` is set (`{{ "}}" }}`); when a
/// quote is never closed the closer is looked for without them. `None`
/// when there is no closer: then it was not markup.
fn closing(bytes: &[u8], from: usize, closer: &[u8; 2], quotes: bool) -> Option<usize> {
    if quotes && let Some(end) = closing_outside_quotes(bytes, from, closer) {
        return Some(end);
    }
    memchr::memmem::find(&bytes[from..], closer).map(|at| from + at + 2)
}

fn closing_outside_quotes(bytes: &[u8], from: usize, closer: &[u8; 2]) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            quote @ (b'"' | b'\'' | b'`') => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != quote {
                    if bytes[j] == b'\n' && quote != b'`' {
                        return None;
                    }
                    j += if bytes[j] == b'\\' && quote != b'`' {
                        2
                    } else {
                        1
                    };
                }
                if j >= bytes.len() {
                    return None;
                }
                i = j + 1;
            }
            b if b == closer[0] && bytes.get(i + 1) == Some(&closer[1]) => return Some(i + 2),
            _ => i += 1,
        }
    }
    None
}

/// `VAR` then `close`: the end past `close`. Braced placeholders are
/// capitals only (`${myhostname}` is a Postfix reference, `${VAR}` a
/// shell one); `@var@` may be lower case (`@sysconfdir@`).
fn placeholder(bytes: &[u8], from: usize, close: u8, capitals: bool) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
        if capitals && bytes[i].is_ascii_lowercase() {
            return None;
        }
        i += 1;
    }
    let name = &bytes[from..i];
    let starts_well = name
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_');
    (starts_well && bytes.get(i) == Some(&close)).then_some(i + 1)
}

/// `{{ ... }}`: a Go comment, a Go control action, or a value.
fn classify_braces(inner: &str) -> Markup {
    let inner = inner.strip_prefix('-').unwrap_or(inner).trim_start();
    if inner.starts_with("/*") {
        return Markup::Comment;
    }
    let word = inner
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if GO_STATEMENTS.contains(&word) {
        Markup::Statement
    } else {
        Markup::Expression
    }
}

/// The first word of a `{% ... %}` statement.
fn keyword(markup: &str) -> &str {
    let inner = markup.get(2..).unwrap_or("");
    let inner = inner.strip_prefix(['-', '+']).unwrap_or(inner).trim_start();
    inner
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
}

fn find_endraw(text: &str, from: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(at) = memchr::memmem::find(&bytes[i..], b"{%") {
        let start = i + at;
        let end = closing(bytes, start + 2, b"%}", false)?;
        if keyword(&text[start..end]) == "endraw" {
            return Some(Span {
                range: start..end,
                kind: Markup::Statement,
            });
        }
        i = start + 2;
    }
    None
}

/// `text` with every markup span masked (line breaks kept), or `text`
/// itself when it has none.
pub(crate) fn mask<'a>(text: &'a str, spans: &[Span]) -> Cow<'a, str> {
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for span in spans {
        for b in &mut bytes[span.range.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = MASK;
            }
        }
    }
    // Spans start and end on ASCII bytes and every byte inside becomes
    // ASCII, so the text stays UTF-8; fall back to the original otherwise.
    String::from_utf8(bytes).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// A token or value that holds markup: it is not type-checked.
pub(crate) fn is_templated(text: &str) -> bool {
    memchr::memchr(MASK, text.as_bytes()).is_some()
}

/// A (masked) line that is markup and white space only: a template line.
pub(crate) fn is_template_line(line: &str) -> bool {
    // Most lines are told apart by their first byte past the indent.
    let bytes = line.as_bytes();
    let indent = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    bytes.get(indent) == Some(&MASK) && bytes.iter().all(|&b| b == MASK || b.is_ascii_whitespace())
}

/// A word written in capitals where a number, a boolean, a time or a
/// keyword is expected (`PH_MAX_SERVERS`, `__MAXPROC__`, `%LIMIT%`): most
/// likely a placeholder that a script replaces. Where a keyword is
/// expected (`y`/`n`, an action), a plain capital word (`YES`, `BLOCK`) is
/// more likely a mistake: it must also hold `_` or a digit, or be wrapped
/// in `%`.
pub(crate) fn looks_like_placeholder(word: &str, keyword: bool) -> bool {
    let wrapped = word.strip_prefix('%').and_then(|w| w.strip_suffix('%'));
    let inner = wrapped.unwrap_or(word);
    inner.len() >= 2
        && inner.bytes().any(|b| b.is_ascii_uppercase())
        && inner
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && (!keyword || wrapped.is_some() || inner.bytes().any(|b| b == b'_' || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, braces: Braces) -> Vec<(&str, Markup)> {
        spans(text, braces)
            .into_iter()
            .map(|s| (&text[s.range], s.kind))
            .collect()
    }

    #[test]
    fn jinja_markup() {
        let text = "{# managed #}\n{%- if relay -%}\nrelayhost = [{{ relay }}]:{{ port | default(25) }}\n{% endif %}\n";
        assert_eq!(
            found(text, Braces::Any),
            [
                ("{# managed #}", Markup::Comment),
                ("{%- if relay -%}", Markup::Statement),
                ("{{ relay }}", Markup::Expression),
                ("{{ port | default(25) }}", Markup::Expression),
                ("{% endif %}", Markup::Statement),
            ]
        );
        // Quotes may hold the closer; a comment may span lines.
        let text = "x = {{ \"}}\" ~ '%}' }} {#\n a = b\n#} y\n";
        assert_eq!(
            found(text, Braces::Any),
            [
                ("{{ \"}}\" ~ '%}' }}", Markup::Expression),
                ("{#\n a = b\n#}", Markup::Comment),
            ]
        );
    }

    #[test]
    fn raw_blocks_are_literal() {
        let text = "{% raw %}a = {{ not markup }}{% endraw %} b = {{ x }}";
        assert_eq!(
            found(text, Braces::Any),
            [
                ("{% raw %}", Markup::Statement),
                ("{% endraw %}", Markup::Statement),
                ("{{ x }}", Markup::Expression),
            ]
        );
    }

    #[test]
    fn erb_and_go_markup() {
        let text =
            "<% if @relay -%>\nrelayhost = <%= @relay %>\n<%# note %>\n<%% literal\n<% end -%>\n";
        assert_eq!(
            found(text, Braces::Any),
            [
                ("<% if @relay -%>", Markup::Statement),
                ("<%= @relay %>", Markup::Expression),
                ("<%# note %>", Markup::Comment),
                ("<% end -%>", Markup::Statement),
            ]
        );
        let text = "{{- if .Values.relay }}\nrelayhost = {{ .Values.relay | quote }}\n{{/* c */}}\n{{- end }}\n{{ range $k, $v := .Values.extra }}";
        assert_eq!(
            found(text, Braces::Any),
            [
                ("{{- if .Values.relay }}", Markup::Statement),
                ("{{ .Values.relay | quote }}", Markup::Expression),
                ("{{/* c */}}", Markup::Comment),
                ("{{- end }}", Markup::Statement),
                ("{{ range $k, $v := .Values.extra }}", Markup::Statement),
            ]
        );
    }

    #[test]
    fn placeholders() {
        let text = "myhostname = ${MAIL_HOST}\nmydomain = @DOMAIN@\nrelay = ${relayhost} user@example.com @x.y@ a@B@\n";
        assert_eq!(
            found(text, Braces::Any),
            [
                ("${MAIL_HOST}", Markup::Placeholder),
                ("@DOMAIN@", Markup::Placeholder),
            ]
        );
        assert!(looks_like_placeholder("PH_MAX_SERVERS", true));
        assert!(looks_like_placeholder("__MAXPROC__", true));
        assert!(looks_like_placeholder("%LIMIT%", true));
        assert!(looks_like_placeholder("MAXPROC", false));
        assert!(!looks_like_placeholder("YES", true));
        assert!(!looks_like_placeholder("Y", false));
        assert!(!looks_like_placeholder("100", false));
        assert!(!looks_like_placeholder("smtpd", false));
        assert!(!looks_like_placeholder("10s", false));
    }

    #[test]
    fn unclosed_markup_is_text() {
        assert!(found("a = {{ b\nc = d\n", Braces::Any).is_empty());
        assert!(found("a = <% b\n", Braces::Any).is_empty());
        assert!(found("{% x", Braces::Any).is_empty());
        assert!(found("x{{", Braces::Any).is_empty());
        assert!(found("@", Braces::Any).is_empty());
    }

    #[test]
    fn exim_expansions_are_not_markup() {
        let exim = "condition = ${if or{{eq{$a}{b}}{eq{$c}{d}}}}\n";
        assert!(found(exim, Braces::Spaced).is_empty());
        assert_eq!(
            found("message = {{ msg }}", Braces::Spaced),
            [("{{ msg }}", Markup::Expression)]
        );
    }

    #[test]
    fn masking_keeps_lengths_and_lines() {
        let text = "a = {{ é\n }} b\n{% if x %}\n";
        let spans = spans(text, Braces::Any);
        let masked = mask(text, &spans);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked.matches('\n').count(), text.matches('\n').count());
        let lines: Vec<&str> = masked.lines().collect();
        assert!(is_templated(lines[0]) && !is_template_line(lines[0]));
        assert!(is_template_line(lines[1]) || lines[1].ends_with(" b"));
        assert!(is_template_line(lines[2]));
        assert!(matches!(mask("plain", &[]), Cow::Borrowed(_)));
    }
}

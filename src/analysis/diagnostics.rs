//! Diagnostics on codes found in logs and bounces (the user did not write
//! them, so nothing is an error: a broken code is a warning, an unregistered
//! one information, an unusual pairing a hint).

use super::replies::{self, CodeFound, EnhancedToken};
use super::{Diagnostic, FileKind, Fix, Options, Severity};
use crate::codes::Lang;
use crate::codes::lookup::{self, EnhancedVerdict, class_mismatch};
use crate::codes::reply::{self, ReplyVerdict};
use crate::messages::diagnostics as m;

pub const MALFORMED_ENHANCED_CODE: &str = "malformed-enhanced-code";
pub const UNREGISTERED_ENHANCED_CODE: &str = "unregistered-enhanced-code";
pub const UNKNOWN_REPLY_CODE: &str = "unknown-reply-code";
pub const CLASS_MISMATCH: &str = "class-mismatch";
pub const UNLISTED_PAIRING: &str = "unlisted-pairing";
pub const PART_NOT_DECODED: &str = "part-not-decoded";

/// Diagnostics of one log or bounce line.
pub fn line_diagnostics(
    kind: FileKind,
    line_index: usize,
    line: &str,
    options: &Options,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for found in replies::scan_line(kind, line) {
        code_diagnostics(&found, line_index, line, options, &mut out);
    }
    out
}

/// Diagnostics of a log text, or of a bounce too large to read whole, line
/// by line (see [`bounce_diagnostics`] for a bounce read as MIME).
pub fn document_diagnostics(kind: FileKind, text: &str, options: &Options) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut line_index = 0;
    let mut counted_to = 0;
    let mut found = Vec::new();
    replies::for_each_candidate(kind, text, |start, end| {
        line_index += count_line_breaks(&text[counted_to..start]);
        counted_to = start;
        let line = &text[start..end];
        replies::scan_candidate_into(kind, line, &mut found);
        for code in &found {
            code_diagnostics(code, line_index, line, options, &mut out);
        }
    });
    out
}

/// Diagnostics of a bounce read as MIME: each code's diagnostics are made
/// on its decoded text, then placed on the document line where the code
/// starts (a code cut by a soft line break is one code, and no
/// malformed-code warning comes of its halves). A fix is offered only where
/// the document holds the code as written. What the decoding budget left
/// out is said once, as information on the part's header.
pub fn bounce_diagnostics(text: &str, options: &Options) -> Vec<Diagnostic> {
    let scan = replies::bounce::scan(text);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(
            crate::analysis::lines::lines(text)
                .skip(1)
                .map(|(_, start, _)| start),
        )
        .collect();
    let place = |offset: usize| {
        let line = line_starts.partition_point(|&start| start <= offset) - 1;
        (line, offset - line_starts[line])
    };
    let mut out = Vec::new();
    let mut local = Vec::new();
    for found in &scan.found {
        let view_text = scan.message.view_text(scan.view(found));
        local.clear();
        code_diagnostics(&found.code, 0, view_text, options, &mut local);
        for mut diagnostic in local.drain(..) {
            let source = scan.source_range(found, diagnostic.start..diagnostic.end);
            let (line, start) = place(source.start);
            let line_end = line_starts.get(line + 1).copied().unwrap_or(text.len());
            let line_text = text[line_starts[line]..line_end].trim_end_matches(['\r', '\n']);
            let end = (source.end - line_starts[line])
                .min(line_text.len())
                .max(start);
            let as_written =
                text.get(source.clone()) == view_text.get(diagnostic.start..diagnostic.end);
            if !as_written {
                diagnostic.fixes.clear();
            }
            for fix in &mut diagnostic.fixes {
                let fix_source = scan.source_range(found, fix.start..fix.end);
                fix.start = fix_source.start.saturating_sub(line_starts[line]);
                fix.end = fix_source
                    .end
                    .saturating_sub(line_starts[line])
                    .min(line_text.len());
            }
            diagnostic.line = line;
            diagnostic.start = start;
            diagnostic.end = end;
            out.push(diagnostic);
        }
    }
    // One note is enough: the budget is the document's, not the part's.
    if let Some(note) = scan.message.notes().first()
        && options.enabled(PART_NOT_DECODED)
    {
        let (line, start) = place(note.source.start);
        let line_end = line_starts.get(line + 1).copied().unwrap_or(text.len());
        let end = text[line_starts[line]..line_end]
            .trim_end_matches(['\r', '\n'])
            .len();
        let limits = crate::analysis::mime::Limits::default();
        let message = match note.kind {
            crate::analysis::mime::NoteKind::TooLarge(size) => {
                crate::messages::bounce::PartNotDecoded {
                    size: &size,
                    limit: &limits.decoded_bytes,
                }
                .get(options.lang)
            }
            _ => crate::messages::bounce::PartsNotRead {
                parts: &limits.parts,
                depth: &limits.depth,
            }
            .get(options.lang),
        };
        out.push(diagnostic(
            line,
            start..end.max(start),
            Severity::Information,
            PART_NOT_DECODED,
            message,
        ));
    }
    out.sort_by_key(|d| (d.line, d.start));
    out
}

/// Line breaks as LSP counts them (`\r\n` is one).
pub fn count_line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    let newlines = memchr::memchr_iter(b'\n', bytes).count();
    let carriage_returns = memchr::memchr_iter(b'\r', bytes)
        .filter(|&i| bytes.get(i + 1) != Some(&b'\n'))
        .count();
    newlines + carriage_returns
}

fn diagnostic(
    line: usize,
    range: std::ops::Range<usize>,
    severity: Severity,
    rule: &'static str,
    message: String,
) -> Diagnostic {
    Diagnostic {
        line,
        start: range.start,
        end: range.end,
        severity,
        rule,
        message,
        fixes: Vec::new(),
    }
}

/// The diagnostics of one code occurrence; shared with the config analyses.
pub fn code_diagnostics(
    found: &CodeFound,
    line_index: usize,
    line: &str,
    options: &Options,
    out: &mut Vec<Diagnostic>,
) {
    let before = out.len();
    code_diagnostics_of(found, line_index, line, options, out);
    // A code read in a weak context may be a misread: it never warns.
    if found.strength == replies::Strength::Weak {
        let mut at = before;
        while at < out.len() {
            if out[at].severity <= Severity::Warning {
                out.remove(at);
            } else {
                at += 1;
            }
        }
    }
}

fn code_diagnostics_of(
    found: &CodeFound,
    line_index: usize,
    line: &str,
    options: &Options,
    out: &mut Vec<Diagnostic>,
) {
    let lang = options.lang;
    if let Some((range, code)) = &found.reply {
        let verdict = reply::verdict(*code);
        if matches!(verdict, ReplyVerdict::Unknown | ReplyVerdict::Impossible)
            && options.enabled(UNKNOWN_REPLY_CODE)
        {
            let (severity, message) = if verdict == ReplyVerdict::Impossible {
                (Severity::Warning, m::ImpossibleReply { code }.get(lang))
            } else {
                (Severity::Information, m::UnknownReply { code }.get(lang))
            };
            out.push(diagnostic(
                line_index,
                range.clone(),
                severity,
                UNKNOWN_REPLY_CODE,
                message,
            ));
        }
    }
    let Some((range, token)) = &found.enhanced else {
        return;
    };
    let text = &line[range.clone()];
    match token {
        EnhancedToken::Malformed(reason) => {
            if options.enabled(MALFORMED_ENHANCED_CODE) {
                let nearest = nearest_codes(text);
                let mut diag = diagnostic(
                    line_index,
                    range.clone(),
                    Severity::Warning,
                    MALFORMED_ENHANCED_CODE,
                    m::MalformedEnhanced {
                        reason: &reason.message(lang),
                        nearest: &nearest.join(", "),
                    }
                    .get(lang),
                );
                diag.fixes = replace_fixes(range, &nearest, lang);
                out.push(diag);
            }
        }
        EnhancedToken::Valid(code) => {
            match lookup::verdict(*code) {
                // A documented vendor code (`5.7.520`) is as good as a
                // registered one: the hover explains it, nothing to flag.
                EnhancedVerdict::Registered(_) | EnhancedVerdict::Vendor(_) => {}
                EnhancedVerdict::Unknown => {
                    if options.enabled(UNREGISTERED_ENHANCED_CODE) {
                        // A well-formed code is only repaired when it is a clear
                        // typo: never a vendor-looking three-digit detail.
                        let repairs: Vec<String> = lookup::repairs(*code)
                            .iter()
                            .map(ToString::to_string)
                            .collect();
                        let message = if repairs.is_empty() {
                            m::UnregisteredEnhanced { code }.get(lang)
                        } else {
                            m::UnregisteredEnhancedTypo {
                                code,
                                nearest: &repairs.join(", "),
                            }
                            .get(lang)
                        };
                        let nearest = repairs;
                        let mut diag = diagnostic(
                            line_index,
                            range.clone(),
                            Severity::Information,
                            UNREGISTERED_ENHANCED_CODE,
                            message,
                        );
                        diag.fixes = replace_fixes(range, &nearest, lang);
                        out.push(diag);
                    }
                }
            }
            if let Some((reply_range, reply_code)) = &found.reply {
                if let Some(message) = class_mismatch(*reply_code, *code, lang) {
                    if options.enabled(CLASS_MISMATCH) {
                        let mut diag = diagnostic(
                            line_index,
                            reply_range.start..range.end,
                            Severity::Warning,
                            CLASS_MISMATCH,
                            message,
                        );
                        let fixed = format!(
                            "{}.{}.{}",
                            reply_code.class_digit(),
                            code.subject,
                            code.detail
                        );
                        diag.fixes.push(Fix {
                            title: m::FixChangeEnhanced { code: &fixed }.get(lang),
                            start: range.start,
                            end: range.end,
                            replacement: fixed,
                        });
                        out.push(diag);
                    }
                } else if !lookup::usual_pairing(*reply_code, *code)
                    && let Some(row) = lookup::registry_row(*code)
                    && options.enabled(UNLISTED_PAIRING)
                {
                    out.push(diagnostic(
                        line_index,
                        reply_range.start..range.end,
                        Severity::Hint,
                        UNLISTED_PAIRING,
                        m::UnlistedPairing {
                            reply: reply_code,
                            code,
                            listed: &row.basic.join(", "),
                        }
                        .get(lang),
                    ));
                }
            }
        }
    }
}

/// The three registered codes nearest to a code as written.
fn nearest_codes(text: &str) -> Vec<String> {
    lookup::nearest(text, 3)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn replace_fixes(range: &std::ops::Range<usize>, nearest: &[String], lang: Lang) -> Vec<Fix> {
    nearest
        .iter()
        .map(|code| Fix {
            title: m::FixReplace { code }.get(lang),
            start: range.start,
            end: range.end,
            replacement: code.clone(),
        })
        .collect()
}

/// Keeps at most `cap` diagnostics, the most severe first, in line order
/// within a severity; says how many were left out. Clones only what it keeps.
pub fn cap(diagnostics: &[Diagnostic], cap: usize) -> (Vec<Diagnostic>, usize) {
    cap_around(diagnostics, cap, None)
}

/// Lines around the last edit whose diagnostics are always shown.
const FOCUS_LINES: usize = 100;

/// Like [`cap`], but the diagnostics near `focus` (the line last edited)
/// come first, up to half the cap: a code the user just broke is shown even
/// when the file has thousands of older findings. `diagnostics` is sorted by
/// line; so is the result.
pub fn cap_around(
    diagnostics: &[Diagnostic],
    cap: usize,
    focus: Option<usize>,
) -> (Vec<Diagnostic>, usize) {
    if diagnostics.len() <= cap {
        return (diagnostics.to_vec(), 0);
    }
    let (near_start, near_end) = match focus {
        Some(line) => {
            let start = diagnostics.partition_point(|d| d.line + FOCUS_LINES < line);
            let end = diagnostics.partition_point(|d| d.line <= line + FOCUS_LINES);
            (start, end.min(start + cap / 2))
        }
        None => (0, 0),
    };
    let near = &diagnostics[near_start..near_end];
    let (before, after) = (&diagnostics[..near_start], &diagnostics[near_end..]);
    let (mut kept_before, _) = cap_by_severity(before.iter().chain(after), cap - near.len());
    let split =
        kept_before.partition_point(|d| d.line < near.first().map_or(usize::MAX, |d| d.line));
    let kept_after = kept_before.split_off(split);
    let mut kept = kept_before;
    kept.extend_from_slice(near);
    kept.extend(kept_after);
    let dropped = diagnostics.len() - kept.len();
    (kept, dropped)
}

fn cap_by_severity<'a>(
    diagnostics: impl Iterator<Item = &'a Diagnostic> + Clone,
    cap: usize,
) -> (Vec<Diagnostic>, usize) {
    let mut per_severity = [0usize; 4];
    for diagnostic in diagnostics.clone() {
        per_severity[diagnostic.severity as usize] += 1;
    }
    if per_severity.iter().sum::<usize>() <= cap {
        return (diagnostics.cloned().collect(), 0);
    }
    // Every diagnostic more severe than `last` is kept, and the first
    // `room` of severity `last`.
    let mut room = cap;
    let mut last = 3;
    for (level, count) in per_severity.iter().enumerate() {
        if *count >= room {
            last = level;
            break;
        }
        room -= count;
    }
    let mut kept = Vec::with_capacity(cap);
    for diagnostic in diagnostics.clone() {
        let level = diagnostic.severity as usize;
        if level < last {
            kept.push(diagnostic.clone());
        } else if level == last && room > 0 {
            room -= 1;
            kept.push(diagnostic.clone());
        }
    }
    let dropped = per_severity.iter().sum::<usize>() - kept.len();
    (kept, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> String {
        let options = Options::default();
        document_diagnostics(FileKind::MailLog, text, &options)
            .iter()
            .map(|d| {
                format!(
                    "{}:{}-{} {:?} {}: {}",
                    d.line, d.start, d.end, d.severity, d.rule, d.message
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn documented_vendor_codes_are_not_flagged() {
        let text = "a host x said: 550 5.7.520 Access denied\n\
                    b dsn=4.7.500, status=deferred\n\
                    c host x said: 421 4.7.32 rate limited\n\
                    d dsn=5.7.999, status=bounced\n\
                    e dsn=5.7.398, status=bounced\n";
        let out = check(text);
        for line in 0..4 {
            assert!(!out.contains(&format!("{line}:")), "line {line}: {out}");
        }
        assert!(
            out.contains("4:6-13 Information unregistered-enhanced-code"),
            "{out}"
        );
    }

    #[test]
    fn crafted_log() {
        let text = "a dsn=5.1.1, status=bounced\n\
                    b dsn=5.9.99, status=bounced\r\n\
                    c host x said: 550 4.1.1 bad\r\
                    d host x said: 599 oops\n\
                    e dsn=5.1.1000, status=bounced\n\
                    f host x said: 421 4.2.2 full\n";
        let out = check(text);
        assert!(
            out.contains("1:6-12 Information unregistered-enhanced-code"),
            "{out}"
        );
        assert!(out.contains("2:15-24 Warning class-mismatch"), "{out}");
        assert!(out.contains("3:15-18 Warning unknown-reply-code"), "{out}");
        assert!(
            out.contains("4:6-14 Warning malformed-enhanced-code"),
            "{out}"
        );
        assert!(out.contains("5:15-24 Hint unlisted-pairing"), "{out}");
        assert!(!out.contains("0:"), "{out}");
    }

    fn check_bounce(text: &str) -> String {
        bounce_diagnostics(text, &Options::default())
            .iter()
            .map(|d| {
                format!(
                    "{}:{}-{} {:?} {}: {}",
                    d.line, d.start, d.end, d.severity, d.rule, d.message
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_code_cut_by_a_soft_break_is_one_code_placed_where_it_starts() {
        let text = "Content-Type: text/plain\r\n\
                    Content-Transfer-Encoding: quoted-printable\r\n\
                    \r\n\
                    host mx.example.org said: 550 4.1.=\r\n\
                    1 <a@example.org>... User unknown\r\n\
                    host mx.example.org said: 55=\r\n\
                    0 5.9.=\r\n\
                    99 mailbox gone\r\n";
        let out = check_bounce(text);
        expect_test::expect![[r#"
            3:26-35 Warning class-mismatch: Class mismatch: reply 550 is class 5 but the enhanced code 4.1.1 is class 4. RFC 3463 requires both to agree and the reply code decides (RFC 5321, section 4.2); Postfix discards such an enhanced code and logs 5.0.0.
            6:2-7 Information unregistered-enhanced-code: 5.9.99 is neither in the IANA registry nor a known vendor code"#]].assert_eq(&out);
        assert!(!out.contains(MALFORMED_ENHANCED_CODE), "{out}");
        // The same through the entry point the editor and `check` use.
        let through = crate::analysis::parallel::document_diagnostics(
            FileKind::Bounce,
            text,
            &Options::default(),
        );
        assert_eq!(
            through.diagnostics,
            bounce_diagnostics(text, &Options::default())
        );
    }

    #[test]
    fn a_code_as_written_keeps_its_fix_on_its_line() {
        let text = "Content-Type: text/plain\n\n\
                    host mx.example.org said: 550 5.1.l User unknown\n";
        let found = bounce_diagnostics(text, &Options::default());
        expect_test::expect![[r#"[Diagnostic { line: 2, start: 30, end: 35, severity: Warning, rule: "malformed-enhanced-code", message: "malformed enhanced status code: only ASCII digits and dots may appear in a code (nearest: 5.1.0, 5.1.1, 5.1.2)", fixes: [Fix { title: "Replace with 5.1.0", start: 30, end: 35, replacement: "5.1.0" }, Fix { title: "Replace with 5.1.1", start: 30, end: 35, replacement: "5.1.1" }, Fix { title: "Replace with 5.1.2", start: 30, end: 35, replacement: "5.1.2" }] }]"#]].assert_eq(&format!("{found:?}"));
    }

    #[test]
    fn a_weak_reading_never_warns() {
        // At a bounce line's start, `550 4.1.1` is read weakly: a class
        // mismatch there may be a misread, and is not said.
        let text = "Content-Type: text/plain\n\n\
                    The mail server answered:\n\n\
                    550 4.1.1 mailbox unavailable\n\
                    550 5.9.99 mailbox gone\n";
        let scan = replies::bounce::scan(text);
        assert!(
            scan.found
                .iter()
                .all(|f| f.code.strength == replies::Strength::Weak),
            "{:?}",
            scan.found
        );
        let out = check_bounce(text);
        expect_test::expect!["5:4-10 Information unregistered-enhanced-code: 5.9.99 is neither in the IANA registry nor a known vendor code"].assert_eq(&out);
        assert!(!out.contains("Warning") && !out.contains("Error"), "{out}");
        // The same codes in a strong context do warn.
        let strong =
            check_bounce("Content-Type: text/plain\n\nhost x said: 550 4.1.1 unavailable\n");
        assert!(strong.contains("Warning class-mismatch"), "{strong}");
    }

    #[test]
    fn a_part_left_undecoded_is_said_once() {
        let big = "QUFB".repeat(crate::analysis::mime::Limits::default().decoded_bytes / 3 + 1);
        let text = format!(
            "Content-Type: multipart/mixed; boundary=b\n\n\
             --b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n{big}\n\
             --b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n{big}\n\
             --b\nContent-Type: text/plain\n\nhost x said: 550 4.1.1 unavailable\n--b--\n"
        );
        let found = bounce_diagnostics(&text, &Options::default());
        let notes: Vec<_> = found
            .iter()
            .filter(|d| d.rule == PART_NOT_DECODED)
            .collect();
        assert_eq!(notes.len(), 1, "{found:?}");
        assert_eq!(notes[0].severity, Severity::Information);
        expect_test::expect!["3:0-24 this part (5592408 bytes encoded) was not decoded: a document is decoded up to 4194304 bytes; codes in it are not read"].assert_eq(&format!(
            "{}:{}-{} {}",
            notes[0].line, notes[0].start, notes[0].end, notes[0].message
        ));
        // What was decoded is still read.
        assert!(found.iter().any(|d| d.rule == CLASS_MISMATCH), "{found:?}");
        let options = Options {
            disabled_rules: vec![PART_NOT_DECODED.to_string()],
            ..Options::default()
        };
        assert!(
            !bounce_diagnostics(&text, &options)
                .iter()
                .any(|d| d.rule == PART_NOT_DECODED)
        );
    }

    #[test]
    fn rules_can_be_turned_off() {
        let options = Options {
            lang: Lang::En,
            disabled_rules: vec![UNLISTED_PAIRING.to_string()],
            ..Options::default()
        };
        let out = document_diagnostics(FileKind::MailLog, "x said: 421 4.2.2 full\n", &options);
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn capping_keeps_the_most_severe() {
        let make = |line, severity| Diagnostic {
            line,
            start: 0,
            end: 1,
            severity,
            rule: "r",
            message: String::new(),
            fixes: vec![],
        };
        let all = vec![
            make(0, Severity::Hint),
            make(1, Severity::Warning),
            make(2, Severity::Information),
        ];
        let (kept, dropped) = cap(&all, 2);
        assert_eq!(dropped, 1);
        assert_eq!(kept.iter().map(|d| d.line).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn capping_shows_what_was_just_edited() {
        let make = |line, severity| Diagnostic {
            line,
            start: 0,
            end: 1,
            severity,
            rule: "r",
            message: String::new(),
            fixes: vec![],
        };
        let mut all: Vec<Diagnostic> = (0..1000)
            .map(|line| make(line, Severity::Warning))
            .collect();
        all.push(make(5000, Severity::Information));
        let (kept, dropped) = cap_around(&all, 10, Some(5000));
        assert_eq!(dropped, all.len() - 10);
        assert!(kept.iter().any(|d| d.line == 5000));
        assert!(kept.windows(2).all(|w| w[0].line <= w[1].line));
        let (kept, _) = cap_around(&all, 10, None);
        assert!(!kept.iter().any(|d| d.line == 5000));
    }

    #[test]
    fn line_breaks() {
        assert_eq!(count_line_breaks("a\nb\r\nc\rd"), 3);
        assert_eq!(count_line_breaks(""), 0);
    }
}

//! The command-line views of the core: `explain` and `check`.
//! Each returns the process exit status and writes to the given sinks.

mod bounce;
mod reasons;

pub use bounce::bounce;
pub use reasons::summary_by_reason;

use crate::analysis::{self, FileKind, Options, Severity};
use crate::codes::Lang;
use crate::codes::explain;
use crate::messages::codes as m;
use std::io::Write;

/// The language from `--lang`, else `LC_ALL` / `LC_MESSAGES` / `LANG`.
/// A `--lang` that is neither English nor French is said on stderr.
pub fn lang_from_env(flag: Option<&str>) -> Lang {
    if let Some(flag) = flag {
        let lang = Lang::from_locale(flag);
        let english = flag
            .trim()
            .get(..2)
            .is_some_and(|head| head.eq_ignore_ascii_case("en"));
        if lang == Lang::En && !english {
            let message = m::UnsupportedLang { lang: &flag }.get(Lang::En);
            let _ = writeln!(std::io::stderr(), "mail-lsp: {message}");
        }
        return lang;
    }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(key)
            && !value.is_empty()
        {
            return Lang::from_locale(&value);
        }
    }
    Lang::En
}

/// `mail-lsp explain CODE...`: what was pasted, read into one query per
/// code or reply-and-enhanced pair (`550 5.1.1 text`, `5.1.1 5.1.2`), each
/// explained in turn (`--json`: one object, or an array for several).
/// Exit 0, or 2 with a message on stderr when the input is not a code.
pub fn explain(
    args: &[String],
    lang: Lang,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let input = args.join(" ");
    let queries = match explain::parse_queries(&input, lang) {
        Ok(queries) => queries,
        Err(error) => {
            let token = format!("{:?}", error.token);
            let message = if error.nearest.is_empty() {
                m::QueryError {
                    token: &token,
                    reason: &error.reason,
                }
                .get(lang)
            } else {
                m::QueryErrorNearest {
                    token: &token,
                    reason: &error.reason,
                    nearest: &error.nearest.join(", "),
                }
                .get(lang)
            };
            let _ = writeln!(err, "mail-lsp: {message}");
            return 2;
        }
    };
    // A pasted reply that names its vendor (`gsmtp`, `mimecast.com`) gets
    // that vendor's notes; a bare code every vendor's.
    let named = !crate::codes::vendor::named_in(&input).is_empty();
    let context = named.then_some(input.as_str());
    let mut texts = Vec::new();
    let mut records = Vec::new();
    for query in &queries {
        let explanation = explain::explain_in(query, lang, context);
        if !explanation.known
            && query.enhanced.is_none()
            && query.reply.is_some_and(|code| {
                crate::codes::reply::verdict(code) != crate::codes::reply::ReplyVerdict::Unknown
            })
        {
            let message = m::UnknownCode {
                code: &explanation.code,
            }
            .get(lang);
            let _ = writeln!(err, "mail-lsp: {message}");
            return 2;
        }
        let kind = if query.enhanced.is_some() {
            "enhanced"
        } else {
            "reply"
        };
        records.push(explain::to_json(&explanation, kind, lang));
        texts.push(explain::to_terminal(&explanation, lang));
    }
    let written = if json {
        let value = if records.len() == 1 {
            records.swap_remove(0)
        } else {
            serde_json::Value::Array(records)
        };
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )
    } else {
        write!(out, "{}", texts.join("\n"))
    };
    if written.is_err() { 1 } else { 0 }
}

/// `mail-lsp check FILE...`: the editor's diagnostics, for CI.
/// Exit 1 when an error is found, 2 when a file cannot be read, else 0.
pub fn check(
    paths: &[String],
    lang: Lang,
    postfix_version: Option<crate::analysis::config::version::Version>,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let options = Options {
        lang,
        postfix_version,
        ..Options::default()
    };
    let mut status = 0;
    let mut records = Vec::new();
    for path in paths {
        let Some(bytes) = read_or_report(path, err) else {
            status = 2;
            continue;
        };
        if bytes.contains(&0) {
            let _ = writeln!(err, "mail-lsp: {path}: binary file (NUL bytes), skipped");
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        let kind = FileKind::detect(None, Some(path), analysis::lines::clip(&text, 16 * 1024));
        // A large log is read on every core.
        let analysed = analysis::parallel::document_diagnostics(kind, &text, &options);
        if analysed.lost_parts > 0 {
            let _ = writeln!(
                err,
                "mail-lsp: {path}: internal error: the analysis of part of the file failed; its findings there are missing"
            );
            status = 2;
        }
        let diagnostics = analysed.diagnostics;
        let lines: Vec<&str> = analysis::lines::lines(&text)
            .map(|(_, _, line)| line)
            .collect();
        for diagnostic in diagnostics {
            if diagnostic.severity == Severity::Error && status == 0 {
                status = 1;
            }
            let line_text = lines.get(diagnostic.line).copied().unwrap_or("");
            let column_of = |byte: usize| {
                line_text
                    .get(..byte.min(line_text.len()))
                    .map_or(0, |p| p.chars().count())
                    + 1
            };
            let column = column_of(diagnostic.start);
            let end_column = column_of(diagnostic.end).max(column);
            let severity = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Information => "info",
                Severity::Hint => "hint",
            };
            if json {
                records.push(serde_json::json!({
                    "path": path, "line": diagnostic.line + 1, "column": column, "end_column": end_column, "severity": severity,
                    "rule": diagnostic.rule, "message": diagnostic.message, "kind": kind.name(),
                }));
            } else {
                let _ = writeln!(
                    out,
                    "{path}:{}:{column}: {severity}: {} [{}]",
                    diagnostic.line + 1,
                    diagnostic.message,
                    diagnostic.rule
                );
            }
        }
    }
    if json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&records).unwrap_or_default()
        );
    }
    status
}

/// Reads a file for a command, or says on stderr why it cannot.
pub(crate) fn read_or_report(path: &str, err: &mut dyn Write) -> Option<Vec<u8>> {
    read_regular_file(path)
        .map_err(|error| {
            let _ = writeln!(err, "mail-lsp: {path}: {error}");
        })
        .ok()
}

/// Reads a regular file only (never a FIFO or device), at most 1 GiB.
pub fn read_regular_file(path: &str) -> std::io::Result<Vec<u8>> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if metadata.len() > 1 << 30 {
        return Err(std::io::Error::other("larger than 1 GiB"));
    }
    std::fs::read(path)
}

/// `mail-lsp summary FILE...`: outcomes of a log grouped by enhanced code,
/// with counts and meanings (the code lens's numbers, in detail).
/// Exit 2 when a file cannot be read, else 0.
pub fn summary(
    paths: &[String],
    lang: Lang,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use analysis::outline::Status;
    let mut status = 0;
    let mut records = Vec::new();
    for path in paths {
        let Some(bytes) = read_or_report(path, err) else {
            status = 2;
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        // A large log is read on every core.
        let summary = analysis::parallel::summarize(FileKind::MailLog, &text);
        let meaning = |code: Option<crate::codes::enhanced::EnhancedCode>| {
            code.and_then(|code| crate::codes::lookup::short_title(code, lang))
                .unwrap_or_default()
        };
        if json {
            records.push(serde_json::json!({
                "path": path,
                "totals": summary.totals,
                "by_code": summary.by_code.iter().map(|(code, counts)| serde_json::json!({
                    "code": code.map(|c| c.to_string()),
                    "meaning": meaning(*code),
                    "counts": counts,
                    "total": counts.total(),
                })).collect::<Vec<_>>(),
            }));
            continue;
        }
        let totals = Status::ALL
            .iter()
            .map(|s| format!("{} {}", summary.totals.get(*s), s.name()))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(out, "{path}: {totals}");
        for (code, counts) in &summary.by_code {
            let meaning = meaning(*code);
            let outcomes = Status::ALL
                .iter()
                .filter(|s| counts.get(**s) > 0)
                .map(|s| format!("{} {}", counts.get(*s), s.name()))
                .collect::<Vec<_>>()
                .join(", ");
            let code = code.map_or_else(
                || match lang {
                    Lang::En => "(no code)".to_string(),
                    Lang::Fr => "(sans code)".to_string(),
                },
                |c| c.to_string(),
            );
            let _ = writeln!(
                out,
                "  {code:<10} {:>6}  {outcomes:<28} {meaning}",
                counts.total()
            );
        }
    }
    if json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&records).unwrap_or_default()
        );
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(json: bool) -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/logs/postfix-day.log");
        let mut out = Vec::new();
        let mut err = Vec::new();
        let status = summary(&[path.to_string()], Lang::En, json, &mut out, &mut err);
        assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn summary_agrees_with_a_hand_count() {
        // Hand count in fixtures/logs/README.md.
        let value: serde_json::Value = serde_json::from_str(&run(true)).unwrap();
        let file = &value[0];
        assert_eq!(
            file["totals"],
            serde_json::json!({"sent": 3, "deferred": 2, "bounced": 2, "expired": 1, "rejected": 2})
        );
        let rows: Vec<(String, u64)> = file["by_code"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                (
                    row["code"].as_str().unwrap_or("-").to_string(),
                    row["total"].as_u64().unwrap(),
                )
            })
            .collect();
        let expected: Vec<(String, u64)> = [
            ("2.0.0", 3),
            ("4.2.2", 1),
            ("4.4.1", 1),
            ("5.1.1", 1),
            ("5.7.1", 2),
            ("5.7.26", 1),
            ("-", 1),
        ]
        .iter()
        .map(|(c, n)| (c.to_string(), *n))
        .collect();
        assert_eq!(rows, expected);
        let text = run(false);
        assert!(
            text.contains("3 sent, 2 deferred, 2 bounced, 1 expired, 2 rejected"),
            "{text}"
        );
        assert!(text.contains("5.1.1"), "{text}");
    }
}

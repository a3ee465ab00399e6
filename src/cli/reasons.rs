//! `mail-lsp summary --by reason FILE...`: the outcomes of a log grouped by
//! reason (`userunknown`, `mailboxfull`, ...), with counts and meanings.

use crate::analysis::FileKind;
use crate::analysis::outline::Status;
use crate::analysis::reason::line;
use crate::codes::Lang;
use std::io::Write;

/// Exit 2 when a file cannot be read, else 0.
pub fn summary_by_reason(
    paths: &[String],
    lang: Lang,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut status = 0;
    let mut files = Vec::new();
    for path in paths {
        let Some(bytes) = super::read_or_report(path, err) else {
            status = 2;
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let (totals, by_reason) = line::summarize(FileKind::MailLog, &text);
        if json {
            files.push(serde_json::json!({
                "path": path,
                "totals": totals,
                "by_reason": by_reason.iter().map(|(reason, counts)| serde_json::json!({
                    "reason": reason.name(),
                    "title": reason.title(lang),
                    "counts": counts,
                    "total": counts.total(),
                })).collect::<Vec<_>>(),
            }));
            continue;
        }
        let outcomes = |counts: &crate::analysis::outline::Counts, all: bool| {
            Status::ALL
                .iter()
                .filter(|status| all || counts.get(**status) > 0)
                .map(|status| format!("{} {}", counts.get(*status), status.name()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(out, "{path}: {}", outcomes(&totals, true));
        for (reason, counts) in &by_reason {
            let _ = writeln!(
                out,
                "  {:<16} {:>6}  {:<28} {}",
                reason.name(),
                counts.total(),
                outcomes(counts, false),
                reason.title(lang)
            );
        }
    }
    if json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&files).unwrap_or_default()
        );
    }
    status
}

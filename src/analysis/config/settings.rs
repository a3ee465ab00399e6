//! The settings of a main.cf or master.cf and the entries of a lookup
//! table, as written, with absolute ranges: what the log-to-configuration
//! link (`analysis::reason::origin`) searches. Pure: the caller reads the
//! files.

use super::postfix::{master_fields, overrides, parse_main, table_value};
use super::{FileKind, Logical, Scan, logical_lines, masked, symbol};
use crate::codes::Lang;
use std::ops::Range;

/// One parameter setting: `name = value` in main.cf, `-o name=value` in
/// master.cf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Setting {
    /// The master.cf service it applies to (`submission`); `None` in main.cf.
    pub service: Option<String>,
    pub name: String,
    /// Where the name is written, absolute bytes.
    pub name_range: Range<usize>,
    /// The items of the value (split at white space and commas), absolute.
    pub items: Vec<(Range<usize>, String)>,
}

/// The items of a logical value range, absolute.
fn items(starts: &[usize], logical: &Logical, value: Range<usize>) -> Vec<(Range<usize>, String)> {
    let text = &logical.text;
    let mut out = Vec::new();
    let mut start = None;
    let end = value.end.min(text.len());
    for (i, c) in text[value.start..end].char_indices() {
        let i = i + value.start;
        if c.is_whitespace() || c == ',' {
            if let Some(s) = start.take() {
                out.push((
                    symbol::absolute(starts, logical, s..i),
                    text[s..i].to_string(),
                ));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((
            symbol::absolute(starts, logical, s..end),
            text[s..end].to_string(),
        ));
    }
    out
}

/// The settings of a main.cf (`kind` PostfixMain) or the `-o` overrides of
/// a master.cf (PostfixMaster), in document order.
pub(crate) fn settings(kind: FileKind, text: &str) -> Vec<Setting> {
    let masked = masked(kind, text);
    let text = masked.as_ref();
    let starts = symbol::line_starts(text);
    let lines = logical_lines(text, true);
    let mut out = Vec::new();
    match kind {
        FileKind::PostfixMain => {
            for entry in parse_main(&lines, &mut Scan::default(), Lang::En) {
                let logical = &lines[entry.logical];
                out.push(Setting {
                    service: None,
                    name: entry.name,
                    name_range: symbol::absolute(&starts, logical, entry.name_range),
                    items: items(&starts, logical, entry.value),
                });
            }
        }
        FileKind::PostfixMaster => {
            for logical in &lines {
                if logical.text.starts_with(char::is_whitespace) {
                    continue;
                }
                let Some(&(_, service)) = master_fields(logical).first() else {
                    continue;
                };
                for (name_range, name, value) in overrides(logical) {
                    out.push(Setting {
                        service: Some(service.to_string()),
                        name,
                        name_range: symbol::absolute(&starts, logical, name_range),
                        items: items(&starts, logical, value),
                    });
                }
            }
        }
        _ => {}
    }
    out
}

/// One entry of a lookup or pattern table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TableEntry {
    /// The key or `/pattern/flags`, as written (continuation lines joined).
    pub key: String,
    /// The value (`REJECT text`).
    pub value: String,
    /// The whole entry, absolute bytes.
    pub range: Range<usize>,
}

/// The entries of a lookup table (`key value`) or pattern table
/// (`/regex/flags value`); `if`/`endif` lines are skipped.
pub(crate) fn table_entries(text: &str) -> Vec<TableEntry> {
    let starts = symbol::line_starts(text);
    logical_lines(text, true)
        .iter()
        .filter_map(|logical| {
            let from = table_value(&logical.text)?;
            let key = logical.text.get(..from)?.trim();
            let value = logical.text.get(from..)?.trim();
            Some(TableEntry {
                key: key.to_string(),
                value: value.split_whitespace().collect::<Vec<_>>().join(" "),
                range: symbol::whole(&starts, logical),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_and_entries_with_absolute_ranges() {
        let main = "# x\nsmtpd_helo_restrictions =\n    permit_mynetworks,\n    check_helo_access pcre:/etc/postfix/helo_access.pcre\nmyhostname = mx\n";
        let found = settings(FileKind::PostfixMain, main);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].name, "smtpd_helo_restrictions");
        assert_eq!(
            &main[found[0].name_range.clone()],
            "smtpd_helo_restrictions"
        );
        let shown: Vec<&str> = found[0]
            .items
            .iter()
            .map(|(range, item)| {
                assert_eq!(&main[range.clone()], item);
                item.as_str()
            })
            .collect();
        assert_eq!(
            shown,
            [
                "permit_mynetworks",
                "check_helo_access",
                "pcre:/etc/postfix/helo_access.pcre"
            ]
        );
        let master = "submission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n";
        let found = settings(FileKind::PostfixMaster, master);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].service.as_deref(), Some("submission"));
        assert_eq!(found[1].name, "smtpd_client_restrictions");
        let items: Vec<&str> = found[1].items.iter().map(|(_, i)| i.as_str()).collect();
        assert_eq!(items, ["permit_sasl_authenticated", "reject"]);
        assert_eq!(&master[found[1].items[1].0.clone()], "reject");
        let table = "# comment\n/^(localhost)$/ REJECT go away (${1})\n1.2.3.4   554 5.7.1\n  no thanks\nif /x/\nendif\n";
        let entries = table_entries(table);
        assert_eq!(entries.len(), 2, "{entries:?}");
        assert_eq!(entries[0].key, "/^(localhost)$/");
        assert_eq!(entries[0].value, "REJECT go away (${1})");
        assert_eq!(entries[1].key, "1.2.3.4");
        assert_eq!(entries[1].value, "554 5.7.1 no thanks");
        assert_eq!(
            &table[entries[1].range.clone()],
            "1.2.3.4   554 5.7.1\n  no thanks"
        );
    }
}

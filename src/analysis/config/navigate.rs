//! Navigation in Postfix main.cf and master.cf: go-to-definition and
//! references for `$name` / `${name}` / `$(name)`, and the outline (one
//! symbol per parameter or service). Pure: `&str` and byte offsets of the
//! whole document in, byte ranges of the whole document out.

use super::postfix::{self, Entry};
pub use super::symbol::{Symbol, SymbolKind};
use super::symbol::{absolute, detail, line_starts, whole};
use super::{Logical, Scan, logical_lines, params};
use crate::analysis::FileKind;
use std::ops::Range;

/// A parameter name written in the file: set (`name =`, `-o name=`) or used (`$name`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Occurrence {
    name: String,
    /// The name itself, absolute bytes.
    range: Range<usize>,
    /// The name with its `$`, `${` or `$(` (the cursor may sit on those).
    hit: Range<usize>,
    definition: bool,
}

fn main_entries(text: &str) -> (Vec<Logical>, Vec<Entry>) {
    let lines = logical_lines(text, true);
    let entries = postfix::parse_main(&lines, &mut Scan::default(), crate::codes::Lang::En);
    (lines, entries)
}

fn occurrences(kind: FileKind, text: &str) -> Vec<Occurrence> {
    let starts = line_starts(text);
    let mut out = Vec::new();
    let uses = |logical: &Logical, value: Range<usize>, out: &mut Vec<Occurrence>| {
        for (range, name) in postfix::references(&logical.text, value) {
            let sigil = if logical.text[..range.start].ends_with("${")
                || logical.text[..range.start].ends_with("$(")
            {
                2
            } else {
                1
            };
            out.push(Occurrence {
                name,
                hit: absolute(&starts, logical, range.start - sigil..range.end),
                range: absolute(&starts, logical, range),
                definition: false,
            });
        }
    };
    match kind {
        FileKind::PostfixMain => {
            let (lines, entries) = main_entries(text);
            for entry in &entries {
                let logical = &lines[entry.logical];
                let range = absolute(&starts, logical, entry.name_range.clone());
                out.push(Occurrence {
                    name: entry.name.clone(),
                    hit: range.clone(),
                    range,
                    definition: true,
                });
                uses(logical, entry.value.clone(), &mut out);
            }
        }
        FileKind::PostfixMaster => {
            for logical in &logical_lines(text, true) {
                for (name_range, name, value) in postfix::overrides(logical) {
                    let range = absolute(&starts, logical, name_range);
                    out.push(Occurrence {
                        name,
                        hit: range.clone(),
                        range,
                        definition: true,
                    });
                    uses(logical, value, &mut out);
                }
            }
        }
        _ => {}
    }
    out
}

/// The name under the cursor (`offset` in bytes of the whole document).
fn name_at(occurrences: &[Occurrence], offset: usize) -> Option<&str> {
    occurrences
        .iter()
        .find(|o| o.hit.start <= offset && offset <= o.hit.end)
        .map(|o| o.name.as_str())
}

/// Where the parameter under the cursor is set in this file: the last
/// `name =` line (the one Postfix keeps), or `None`.
pub fn definition(kind: FileKind, text: &str, offset: usize) -> Option<Range<usize>> {
    if kind == FileKind::EximConf {
        return super::exim::definition(&super::masked(kind, text), offset);
    }
    let all = occurrences(kind, text);
    let name = name_at(&all, offset)?;
    all.iter()
        .rev()
        .find(|o| o.definition && o.name == name)
        .map(|o| o.range.clone())
}

/// Every place the parameter under the cursor is used (`$name`) and, with
/// `include_declaration`, set; in document order. Empty off a name.
pub fn references(
    kind: FileKind,
    text: &str,
    offset: usize,
    include_declaration: bool,
) -> Vec<Range<usize>> {
    if kind == FileKind::EximConf {
        return super::exim::references(&super::masked(kind, text), offset, include_declaration);
    }
    let all = occurrences(kind, text);
    let Some(name) = name_at(&all, offset) else {
        return Vec::new();
    };
    all.iter()
        .filter(|o| o.name == name && (include_declaration || !o.definition))
        .map(|o| o.range.clone())
        .collect()
}

fn parameter_kind(name: &str) -> SymbolKind {
    if params::lookup(name).is_some() || params::template(name).is_some() {
        SymbolKind::Parameter
    } else {
        SymbolKind::Variable
    }
}

/// The outline of a main.cf (one symbol per parameter) or a master.cf (one
/// per service, `name/type`, with its `-o` overrides as children).
pub fn symbols(kind: FileKind, text: &str) -> Vec<Symbol> {
    let starts = line_starts(text);
    match kind {
        FileKind::EximConf => super::exim::symbols(text, &super::masked(kind, text)),
        FileKind::PostfixMain => {
            let (lines, entries) = main_entries(text);
            entries
                .iter()
                .map(|entry| {
                    let logical = &lines[entry.logical];
                    Symbol {
                        name: entry.name.clone(),
                        detail: detail(&logical.text[entry.value.clone()]),
                        kind: parameter_kind(&entry.name),
                        range: whole(&starts, logical),
                        selection: absolute(&starts, logical, entry.name_range.clone()),
                        children: Vec::new(),
                    }
                })
                .collect()
        }
        FileKind::PostfixMaster => logical_lines(text, true)
            .iter()
            .filter(|logical| !logical.text.starts_with(char::is_whitespace))
            .filter_map(|logical| {
                let fields = postfix::master_fields(logical);
                if fields.len() < 8 {
                    return None;
                }
                let (service_start, service) = fields[0];
                let command_start = fields[7].0;
                let range = whole(&starts, logical);
                let children = postfix::overrides(logical)
                    .into_iter()
                    .map(|(name_range, name, value)| {
                        let selection = absolute(&starts, logical, name_range);
                        let value_end = absolute(&starts, logical, value.clone()).end;
                        Symbol {
                            detail: detail(&logical.text[value]),
                            kind: parameter_kind(&name),
                            name,
                            range: selection.start..value_end.max(selection.end),
                            selection,
                            children: Vec::new(),
                        }
                    })
                    .collect();
                Some(Symbol {
                    name: format!("{service}/{}", fields[1].1),
                    detail: detail(&logical.text[command_start..]),
                    kind: SymbolKind::Service,
                    range,
                    selection: absolute(
                        &starts,
                        logical,
                        service_start..service_start + service.len(),
                    ),
                    children,
                })
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::Cursor;

    fn texts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<(usize, &'a str)> {
        ranges.iter().map(|r| (r.start, &text[r.clone()])).collect()
    }

    const MAIN: &str = "myhostname = mx.example.com\nmydomain = example.com\nmyorigin = $mydomain\nmydestination = $myhostname, localhost.${mydomain},\n    $(mydomain) $mydomain\n";

    #[test]
    fn definition_of_each_reference_form() {
        for mark in [
            "= $$0mydomain",
            "= $my$0domain",
            "${my$0domain}",
            "$(mydomain$0)",
            "$0${mydomain}",
        ] {
            let marked = MAIN.replacen(&mark.replace("$0", ""), mark, 1);
            let Cursor { text, offset, .. } = Cursor::new(&marked);
            let found = definition(FileKind::PostfixMain, &text, offset).expect(mark);
            assert_eq!(&text[found.clone()], "mydomain", "{mark}");
            assert_eq!(found.start, text.find("mydomain =").unwrap(), "{mark}");
        }
    }

    #[test]
    fn definition_on_the_name_itself_and_nowhere_else() {
        let Cursor { text, offset, .. } = Cursor::new("my$0domain = x\n");
        assert_eq!(definition(FileKind::PostfixMain, &text, offset), Some(0..8));
        let Cursor { text, offset, .. } = Cursor::new("a = plain$0 text\n");
        assert_eq!(definition(FileKind::PostfixMain, &text, offset), None);
        // Used but not set here: no definition, still references.
        let Cursor { text, offset, .. } = Cursor::new("a = $myne$0tworks\n");
        assert_eq!(definition(FileKind::PostfixMain, &text, offset), None);
        assert_eq!(
            references(FileKind::PostfixMain, &text, offset, true),
            vec![5..15]
        );
        // Comments are not definitions.
        let Cursor { text, offset, .. } = Cursor::new("#x = 1\nx = 2\ny = $x$0\n");
        assert_eq!(definition(FileKind::PostfixMain, &text, offset), Some(7..8));
    }

    #[test]
    fn definition_goes_to_the_later_of_two() {
        let Cursor { text, offset, .. } = Cursor::new("x = 1\ny = $x$0\nx = 2\n");
        let found = definition(FileKind::PostfixMain, &text, offset).unwrap();
        assert_eq!(found, 13..14);
    }

    #[test]
    fn references_list_every_use_and_the_definition() {
        let Cursor { text, offset, .. } =
            Cursor::new(&MAIN.replacen("mydomain =", "my$0domain =", 1));
        let found = references(FileKind::PostfixMain, &text, offset, true);
        let starts: Vec<_> = texts(&text, &found);
        assert_eq!(starts.len(), 5, "{starts:?}");
        assert!(starts.iter().all(|(_, t)| *t == "mydomain"));
        assert_eq!(starts[0].0, text.find("mydomain =").unwrap());
        // The continuation line is found at its own place.
        let last = text.rfind("$mydomain").unwrap() + 1;
        assert_eq!(starts[4].0, last);
        let without = references(FileKind::PostfixMain, &text, offset, false);
        assert_eq!(without.len(), 4);
    }

    #[test]
    fn crlf_and_master_overrides() {
        let Cursor { text, offset, .. } = Cursor::new("a = 1\r\nb = $a$0\r\n");
        assert_eq!(definition(FileKind::PostfixMain, &text, offset), Some(0..1));
        let master = "submission inet n - n - - smtpd\n  -o mua_restrictions=permit_sasl_authenticated,reject\n  -o smtpd_client_restrictions=$mua_restr$0ictions\n";
        let Cursor { text, offset, .. } = Cursor::new(master);
        let found = definition(FileKind::PostfixMaster, &text, offset).unwrap();
        assert_eq!(found.start, text.find("mua_restrictions=").unwrap());
        let all = references(FileKind::PostfixMaster, &text, offset, true);
        assert_eq!(all.len(), 2);
        assert_eq!(&text[all[1].clone()], "mua_restrictions");
    }

    #[test]
    fn other_kinds_and_odd_offsets_answer_nothing() {
        let text = "a = $b\n";
        assert_eq!(definition(FileKind::PostfixTable, text, 5), None);
        assert!(references(FileKind::MailLog, text, 5, true).is_empty());
        assert_eq!(definition(FileKind::PostfixMain, text, 999), None);
        assert!(symbols(FileKind::PostfixTable, text).is_empty());
    }

    #[test]
    fn main_cf_outline() {
        let text = "# c\nmyhostname = mx.example.com\nmy_own = a,\n    b\n";
        let found = symbols(FileKind::PostfixMain, text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].name, "myhostname");
        assert_eq!(found[0].detail, "mx.example.com");
        assert_eq!(found[0].kind, SymbolKind::Parameter);
        assert_eq!(&text[found[0].range.clone()], "myhostname = mx.example.com");
        assert_eq!(&text[found[0].selection.clone()], "myhostname");
        assert_eq!(found[1].kind, SymbolKind::Variable);
        assert_eq!(found[1].detail, "a, b");
        assert_eq!(&text[found[1].range.clone()], "my_own = a,\n    b");
    }

    #[test]
    fn master_cf_outline() {
        let text = "smtp      inet  n       -       y       -       -       smtpd\nsubmission inet n - n - - smtpd\n  -o syslog_name=postfix/submission\nbroken line\n";
        let found = symbols(FileKind::PostfixMaster, text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].name, "smtp/inet");
        assert_eq!(found[0].detail, "smtpd");
        assert_eq!(&text[found[0].selection.clone()], "smtp");
        assert_eq!(found[1].name, "submission/inet");
        assert_eq!(found[1].detail, "smtpd -o syslog_name=postfix/submission");
        assert_eq!(found[1].children.len(), 1);
        assert_eq!(found[1].children[0].name, "syslog_name");
        assert_eq!(found[1].children[0].detail, "postfix/submission");
        assert!(text[found[1].range.clone()].ends_with("postfix/submission"));
    }
}

//! What is known of a code: joins the registry, our texts and the vendor
//! tables (verdicts, titles, sides, pairings), and proposes repairs for
//! codes that are mistyped. The value types (`enhanced`, `reply`) know
//! none of this.

use super::enhanced::{self, EnhancedCode};
use super::registry::{self, RegistryDetail};
use super::reply::ReplyCode;
use super::texts;
use super::vendor::{self, VendorCode};
use super::{Lang, Side};
use crate::messages::codes as m;

/// The registry row of a code's subject and detail.
pub fn registry_row(code: EnhancedCode) -> Option<&'static RegistryDetail> {
    registry::detail(code.subject, code.detail)
}

/// What we know of a well-formed code.
#[derive(Debug, Clone, Copy)]
pub enum EnhancedVerdict {
    /// In the IANA registry.
    Registered(&'static RegistryDetail),
    /// Not registered, but a vendor's documented code.
    Vendor(&'static VendorCode),
    /// Well formed, but neither registered nor known.
    Unknown,
}

pub fn verdict(code: EnhancedCode) -> EnhancedVerdict {
    if let Some(row) = registry_row(code) {
        EnhancedVerdict::Registered(row)
    } else if let Some(vendor) = vendor::lookup(code) {
        EnhancedVerdict::Vendor(vendor)
    } else {
        EnhancedVerdict::Unknown
    }
}

/// Every registered code under the classes given, in registry order.
pub fn registered(classes: &[u8]) -> impl Iterator<Item = EnhancedCode> + '_ {
    classes.iter().flat_map(|&class| {
        registry::DETAILS
            .iter()
            .map(move |row| EnhancedCode::new(class, row.subject, row.detail))
    })
}

/// The registered codes closest to `text` as typed (at most `count`):
/// smallest edit distance first, then same class and subject, then the
/// nearest detail number.
pub fn nearest(text: &str, count: usize) -> Vec<EnhancedCode> {
    // A log repeats the same bad code thousands of times: remember the
    // answers (bounded), so 100,000 bad codes cost one search each kind.
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<(String, usize), Vec<EnhancedCode>>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let key = (text.to_string(), count);
    if let Some(hit) = CACHE.with(|cache| cache.borrow().get(&key).cloned()) {
        return hit;
    }
    let answer = nearest_uncached(text, count);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= 4096 {
            cache.clear();
        }
        cache.insert(key, answer.clone());
    });
    answer
}

fn nearest_uncached(text: &str, count: usize) -> Vec<EnhancedCode> {
    let text = text.trim();
    let typed_class = text
        .bytes()
        .next()
        .filter(|b| matches!(b, b'2' | b'4' | b'5'));
    // Never across classes when the class was typed; never a success for
    // a code whose class is unreadable.
    let classes: &[u8] = match typed_class {
        Some(b'2') => &[2],
        Some(b'4') => &[4],
        Some(_) => &[5],
        None => &[5, 4],
    };
    let typed_numbers: Vec<u32> = text
        .split('.')
        .map(|part| part.trim_start_matches('0').parse().unwrap_or(0))
        .collect();
    let mut scored: Vec<(usize, u32, EnhancedCode)> = registered(classes)
        .map(|code| {
            let rendered = code.to_string();
            let distance = edit_distance(text, &rendered);
            let same_class = typed_numbers.first() == Some(&u32::from(code.class));
            let same_subject = typed_numbers.get(1) == Some(&u32::from(code.subject));
            let detail_gap = typed_numbers
                .get(2)
                .map_or(999, |&typed| typed.abs_diff(u32::from(code.detail)));
            let tie = u32::from(!same_class) * 100_000
                + u32::from(!same_subject) * 10_000
                + detail_gap.min(9_999);
            (distance, tie, code)
        })
        .collect();
    scored.sort_by_key(|(distance, tie, _)| (*distance, *tie));
    scored
        .into_iter()
        .take(count)
        .map(|(_, _, code)| code)
        .collect()
}

/// Levenshtein distance over bytes (codes are ASCII; other bytes count as one each).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Repairs offered for a well-formed code that is neither registered nor a
/// known vendor code: only a clear typo (one edit away) of a registered
/// code of the same class and subject, and nothing for a three-digit subject or detail,
/// which is far more likely a vendor's code we do not know than a typo.
pub fn repairs(code: EnhancedCode) -> Vec<EnhancedCode> {
    if code.subject >= 100
        || code.detail >= 100
        || !matches!(verdict(code), EnhancedVerdict::Unknown)
    {
        return Vec::new();
    }
    let typed = code.to_string();
    registered(&[code.class])
        .filter(|candidate| candidate.subject == code.subject)
        .filter(|candidate| edit_distance(&typed, &candidate.to_string()) == 1)
        .take(3)
        .collect()
}

/// A short meaning for inlay hints and completion labels.
pub fn short_title(code: EnhancedCode, lang: Lang) -> Option<String> {
    if let Some(row) = registry_row(code) {
        let text = texts::detail_text(code.subject, code.detail);
        Some(match (lang, text) {
            (Lang::Fr, Some(text)) => text.title_fr.to_string(),
            _ => row.title.to_string(),
        })
    } else {
        vendor::lookup(code).map(|row| row.title.get(lang).to_string())
    }
}

/// Who has to act, for a registered or vendor code: nobody on a success.
pub fn side_of(code: EnhancedCode) -> Option<Side> {
    if code.class == 2 {
        return Some(Side::Nobody);
    }
    texts::detail_text(code.subject, code.detail)
        .map(|text| text.side)
        .or_else(|| vendor::lookup(code).map(|row| row.side))
}

/// `550 4.1.1`: the reply's class contradicts the enhanced code's class.
/// Postfix then discards the enhanced code and logs `<reply class>.0.0`.
pub fn class_mismatch(reply: ReplyCode, code: EnhancedCode, lang: Lang) -> Option<String> {
    let reply_class = reply.class_digit();
    if reply_class == code.class || !matches!(reply_class, 2 | 4 | 5) {
        return None;
    }
    Some(
        m::ClassMismatch {
            reply: &reply,
            reply_class: &reply_class,
            code: &code,
            class: &code.class,
        }
        .get(lang),
    )
}

/// Reply codes that Postfix sends with whatever enhanced code a check
/// gives: the defaults of its `*_reject_code` and `*_defer_code` parameters
/// (postconf(5): `reject_code`, `access_map_reject_code`,
/// `maps_rbl_reject_code`, `relay_domains_reject_code` are 554; `defer_code`,
/// `unknown_address_reject_code` and the other `unknown_*` checks 450; the
/// `unknown_local_recipient_reject_code` family 550).
const GENERIC_REPLIES: [u16; 3] = [450, 550, 554];

/// Is `reply code` a pairing that real servers send? The IANA registry's
/// associated codes are only illustrative: the pairs RFCs require and major
/// MTAs and providers send (`usual` in `data/codes/replies.toml`) count too,
/// and so does any code of the same class after Postfix's generic replies.
pub fn usual_pairing(reply: ReplyCode, code: EnhancedCode) -> bool {
    if reply.class_digit() != code.class {
        return false;
    }
    registry_row(code).is_none_or(|row| row.basic.is_empty() || row.associates(reply.0))
        || GENERIC_REPLIES.contains(&reply.0)
        || usual_enhanced_listed(reply).any(|usual| usual == code)
}

fn usual_enhanced_listed(reply: ReplyCode) -> impl Iterator<Item = EnhancedCode> {
    reply
        .rows()
        .iter()
        .filter_map(|row| texts::reply_text(row.code, row.standard))
        .flat_map(|text| text.usual.iter())
        .filter_map(|code| enhanced::parse(code).ok())
}

/// The enhanced codes sent with a reply code, the most used first (our
/// ranking from real logs), then the others the IANA registry lists; all
/// of them.
pub fn usual_enhanced(reply: ReplyCode) -> Vec<EnhancedCode> {
    let mut out: Vec<EnhancedCode> = usual_enhanced_listed(reply).collect();
    let class = reply.class_digit();
    if !matches!(class, 2 | 4 | 5) {
        return out;
    }
    for row in registry::DETAILS {
        let code = EnhancedCode::new(class, row.subject, row.detail);
        let listed = row.basic.iter().any(|basic| basic.parse() == Ok(reply.0));
        if listed && !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// A reply code an enhanced code is sent with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsualReply {
    /// The registry pairs it with any reply code (`X.0.0`).
    Any,
    Code(u16),
}

/// The reply codes an enhanced code is sent with, in numeric order: those
/// the IANA registry associates with it and those real servers send it
/// with (`usual` in `data/codes/replies.toml`), of its own class only when
/// the class is known (a `2.7.0` is never sent with a 535).
pub fn usual_replies(row: &RegistryDetail, class: Option<u8>) -> Vec<UsualReply> {
    if row.basic.contains(&"any") {
        return vec![UsualReply::Any];
    }
    let of_class = |reply: u16| class.is_none_or(|class| reply / 100 == u16::from(class));
    let listed = texts::REPLY_TEXTS.iter().filter(|text| {
        text.usual
            .iter()
            .filter_map(|code| enhanced::parse(code).ok())
            .any(|code| code.subject == row.subject && code.detail == row.detail)
    });
    let iana = row
        .basic
        .iter()
        .filter_map(|basic| basic.parse::<u16>().ok());
    let mut out: Vec<u16> = listed
        .map(|text| text.code)
        .chain(iana)
        .filter(|&reply| of_class(reply))
        .collect();
    out.sort_unstable();
    out.dedup();
    out.into_iter().map(UsualReply::Code).collect()
}

/// The reply codes a code is usually sent with (tests walk every pair).
#[cfg(test)]
pub fn usual_enhanced_replies_for_tests(code: EnhancedCode) -> Vec<ReplyCode> {
    registry::REPLIES
        .iter()
        .map(|row| ReplyCode(row.code))
        .filter(|reply| usual_enhanced(*reply).contains(&code))
        .collect()
}

/// The known reply codes nearest to a mistyped one (`55O`, `5500`, `0550`).
pub fn nearest_reply_text(typed: &str) -> Vec<String> {
    let mut known: Vec<u16> = registry::REPLIES
        .iter()
        .filter(|row| row.standard)
        .map(|row| row.code)
        .collect();
    known.dedup();
    let typed_digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    // `55` and `5500` most likely meant 550, `0550` too.
    let mut head: String = typed_digits
        .trim_start_matches('0')
        .chars()
        .take(3)
        .collect();
    while head.len() < 3 {
        head.push('0');
    }
    let typed_value: u16 = head.parse().unwrap_or(0);
    known.sort_by_key(|&candidate| {
        let text = format!("{candidate:03}");
        (
            edit_distance(typed, &text).min(edit_distance(&typed_digits, &text) + 1),
            candidate.abs_diff(typed_value),
        )
    });
    known
        .into_iter()
        .take(3)
        .map(|c| format!("{c:03}"))
        .collect()
}

/// The known reply codes nearest to an impossible one, same class first.
pub fn nearest_replies(code: ReplyCode) -> Vec<String> {
    let mut known: Vec<u16> = registry::REPLIES
        .iter()
        .filter(|row| row.standard)
        .map(|row| row.code)
        .collect();
    known.dedup();
    let typed = code.to_string();
    known.sort_by_key(|&candidate| {
        let text = format!("{candidate:03}");
        (edit_distance(&typed, &text), candidate.abs_diff(code.0))
    });
    known
        .into_iter()
        .take(3)
        .map(|c| format!("{c:03}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::enhanced::parse;
    use crate::codes::vendor::Vendor;

    fn verdict_of(text: &str) -> String {
        match parse(text) {
            Err(reason) => format!("malformed: {}", reason.id()),
            Ok(code) => match verdict(code) {
                EnhancedVerdict::Registered(row) => format!("registered: {}", row.title),
                EnhancedVerdict::Vendor(v) => format!("vendor: {}", v.vendor.name()),
                EnhancedVerdict::Unknown => "unknown".to_string(),
            },
        }
    }

    #[test]
    fn malformed_inputs_get_the_right_reason() {
        let cases = [
            ("6.1.1", "malformed: bad-class"),
            ("3.1.1", "malformed: bad-class"),
            ("55.1.1", "malformed: bad-class"),
            ("5..1", "malformed: empty-part"),
            ("5.1.", "malformed: empty-part"),
            (".1.1", "malformed: empty-part"),
            ("5.1.1000", "malformed: too-long"),
            ("5.1000.1", "malformed: too-long"),
            ("5.1", "malformed: missing-part"),
            ("55", "malformed: missing-part"),
            ("5", "malformed: missing-part"),
            ("5.a.1", "malformed: not-a-digit"),
            ("5.1.1.1", "malformed: extra-part"),
            ("5.01.1", "malformed: leading-zero"),
            ("5.1.01", "malformed: leading-zero"),
            ("5.1.001", "malformed: leading-zero"),
            ("5. 1.1", "malformed: whitespace"),
            (" 5.1.1", "malformed: whitespace"),
            ("5.1.1\t", "malformed: whitespace"),
            ("", "malformed: missing-part"),
            ("٥.1.1", "malformed: not-a-digit"),
        ];
        for (input, expected) in cases {
            assert_eq!(verdict_of(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn well_formed_codes() {
        assert_eq!(
            verdict_of("5.1.1"),
            "registered: Bad destination mailbox address"
        );
        assert_eq!(
            verdict_of("4.7.26"),
            "registered: Multiple authentication checks failed"
        );
        assert_eq!(verdict_of("2.0.0"), "registered: Other undefined Status");
        assert_eq!(verdict_of("5.0.0"), "registered: Other undefined Status");
        assert_eq!(verdict_of("5.1.0"), "registered: Other address status");
        assert_eq!(verdict_of("5.7.31"), "unknown");
        assert_eq!(verdict_of("5.9.1"), "unknown");
        assert_eq!(verdict_of("5.999.999"), "unknown");
        assert_eq!(
            verdict_of("5.7.0"),
            "registered: Other or undefined security status"
        );
    }

    #[test]
    fn nearest_codes_repair_the_typo() {
        let show = |text: &str| -> Vec<String> {
            nearest(text, 3).iter().map(|c| c.to_string()).collect()
        };
        assert_eq!(show("6.1.1")[0], "5.1.1");
        assert_eq!(show("5.1.1000")[0], "5.1.10");
        assert_eq!(show("5.01.1")[0], "5.1.1");
        assert_eq!(show("5.7.31")[0], "5.7.30");
        assert!(show("4.7.31").iter().all(|code| code.starts_with("4.7.")));
        assert_eq!(show("5.1.11").len(), 3);
    }

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("5.1.1", "5.1.1"), 0);
        assert_eq!(edit_distance("6.1.1", "5.1.1"), 1);
        assert_eq!(edit_distance("5..1", "5.1.1"), 1);
        assert_eq!(edit_distance("abc", ""), 3);
    }

    #[test]
    fn known_vendor_codes_are_never_repaired() {
        let show = |text: &str| -> Vec<String> {
            repairs(parse(text).unwrap())
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        assert!(show("5.7.520").is_empty());
        assert!(show("5.7.606").is_empty());
        assert!(show("5.7.999").is_empty());
        assert!(show("5.1.1").is_empty());
        assert_eq!(show("5.1.11"), ["5.1.1", "5.1.10"]);
        assert!(show("4.7.99").iter().all(|code| code.starts_with("4.")));
        let _ = Vendor::Microsoft;
    }

    #[test]
    fn real_pairs_are_usual() {
        for pair in [
            "452 4.5.3",
            "452 4.2.2",
            "554 5.7.1",
            "450 4.7.1",
            "450 4.1.8",
            "421 4.7.0",
            "550 5.2.2",
            "250 2.0.0",
            "250 2.1.0",
            "250 2.1.5",
            "550 5.7.1",
            "550 5.1.1",
        ] {
            let (reply, code) = pair.split_once(' ').unwrap();
            let reply = crate::codes::reply::parse(reply).unwrap();
            assert!(usual_pairing(reply, parse(code).unwrap()), "{pair}");
        }
        let reply = crate::codes::reply::parse("421").unwrap();
        assert!(!usual_pairing(reply, parse("4.2.2").unwrap()));
    }
}

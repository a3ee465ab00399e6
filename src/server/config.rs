//! Settings from `initializationOptions` and `workspace/didChangeConfiguration`.
//! A bad value is reported (the caller shows it) and replaced by its default.
//!
//! [`SETTINGS`] is the one list of settings: it validates them here, and the
//! editors' settings (VS Code's `package.json` schema, the Neovim and Helix
//! defaults, the READMEs' tables) are generated from it by the test in
//! `src/editor_files.rs`. A new setting is a row there, a field of
//! [`Settings`], and a line in [`Settings::from_values`].

use crate::analysis::config::version::Version;
use crate::analysis::{self, Options};
use crate::codes::Lang;
use crate::codes::explain::Verbosity;
use serde_json::Value;
use std::collections::HashMap;

/// What a setting's value may be, and its default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Boolean {
        default: bool,
    },
    /// A whole number in `min..=max`.
    Integer {
        min: u64,
        max: u64,
        default: u64,
    },
    /// One of `words`; a word followed by `-` or `_` and more is read as the
    /// word (a locale tag such as `fr-CA` is `fr`), and so is a word followed
    /// by `.` and digits (a patch level: `3.7.11` is `3.7`). Case is ignored.
    Choice {
        words: &'static [&'static str],
        default: &'static str,
    },
    /// Rule names (from [`analysis::RULES`]) to `true` or `false`.
    Rules,
}

/// One setting: its dotted key below the `mailLsp` section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub key: &'static str,
    pub shape: Shape,
    /// Older keys still read, at the top level.
    pub aliases: &'static [&'static str],
}

/// Every setting the server reads.
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "locale",
        shape: Shape::Choice {
            words: &["", "en", "fr"],
            default: "",
        },
        aliases: &[],
    },
    Setting {
        key: "diagnostics.maxPerDocument",
        shape: Shape::Integer {
            min: 1,
            max: 1_000_000,
            default: 1000,
        },
        aliases: &["maxDiagnostics"],
    },
    Setting {
        key: "diagnostics.rules",
        shape: Shape::Rules,
        aliases: &[],
    },
    Setting {
        key: "inlayHints.enable",
        shape: Shape::Boolean { default: true },
        aliases: &[],
    },
    Setting {
        key: "postfix.version",
        shape: Shape::Choice {
            words: &[
                "", "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10",
                "2.11", "3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9",
                "3.10", "3.11", "3.12",
            ],
            default: "",
        },
        aliases: &[],
    },
    Setting {
        key: "hover.verbosity",
        shape: Shape::Choice {
            words: &["short", "full"],
            default: "short",
        },
        aliases: &[],
    },
    Setting {
        key: "inlayHints.reasons",
        shape: Shape::Boolean { default: true },
        aliases: &[],
    },
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// `locale`: "en", "fr", or empty to follow the client.
    pub locale: Option<Lang>,
    /// `diagnostics.maxPerDocument`
    pub max_diagnostics: usize,
    /// `diagnostics.rules`: rule name -> enabled.
    pub disabled_rules: Vec<String>,
    /// `inlayHints.enable`
    pub inlay_hints: bool,
    /// `postfix.version`: the Postfix the configurations are for.
    pub postfix_version: Option<Version>,
    /// `hover.verbosity`: the verdict and the meaning (`short`), or all (`full`).
    pub hover_verbosity: Verbosity,
    /// `inlayHints.reasons`: the reason after a code that says little.
    pub reason_hints: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings::from_values(&Values::default())
    }
}

/// A setting's value once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Checked {
    Boolean(bool),
    Integer(u64),
    Choice(&'static str),
    /// The rules turned off.
    Rules(Vec<String>),
}

/// The checked values by key; a setting not given (or refused) has none
/// and reads as its default.
#[derive(Debug, Default)]
struct Values(HashMap<&'static str, Checked>);

impl Values {
    fn shape(key: &str) -> Option<Shape> {
        SETTINGS
            .iter()
            .find(|setting| setting.key == key)
            .map(|setting| setting.shape)
    }

    fn boolean(&self, key: &str) -> bool {
        match (self.0.get(key), Values::shape(key)) {
            (Some(Checked::Boolean(value)), _) => *value,
            (_, Some(Shape::Boolean { default })) => default,
            _ => false,
        }
    }

    fn integer(&self, key: &str) -> u64 {
        match (self.0.get(key), Values::shape(key)) {
            (Some(Checked::Integer(value)), _) => *value,
            (_, Some(Shape::Integer { default, .. })) => default,
            _ => 0,
        }
    }

    fn choice(&self, key: &str) -> &'static str {
        match (self.0.get(key), Values::shape(key)) {
            (Some(Checked::Choice(value)), _) => value,
            (_, Some(Shape::Choice { default, .. })) => default,
            _ => "",
        }
    }

    fn rules_off(&self, key: &str) -> Vec<String> {
        match self.0.get(key) {
            Some(Checked::Rules(off)) => off.clone(),
            _ => Vec::new(),
        }
    }
}

impl Settings {
    /// Reads settings; accepts them bare or under a `mailLsp` key. Returns
    /// the settings and one message per value that was refused.
    pub fn from_json(value: &Value) -> (Settings, Vec<String>) {
        let mut problems = Vec::new();
        let value = value
            .get("mailLsp")
            .or_else(|| value.get("mail-lsp"))
            .unwrap_or(value);
        if value.is_null() {
            return (Settings::default(), problems);
        }
        let Some(object) = value.as_object() else {
            problems.push(format!(
                "settings must be an object, got {value}; using defaults"
            ));
            return (Settings::default(), problems);
        };
        let mut values = Values::default();
        for setting in SETTINGS {
            let given = lookup(value, setting.key)
                .or_else(|| setting.aliases.iter().find_map(|alias| object.get(*alias)));
            if let Some(given) = given.filter(|given| !given.is_null()) {
                if let Some(checked) = check(setting, given, &mut problems) {
                    values.0.insert(setting.key, checked);
                }
            }
        }
        unknown_keys(value, "", &mut problems);
        (Settings::from_values(&values), problems)
    }

    fn from_values(values: &Values) -> Settings {
        Settings {
            locale: match values.choice("locale") {
                "en" => Some(Lang::En),
                "fr" => Some(Lang::Fr),
                _ => None,
            },
            max_diagnostics: usize::try_from(values.integer("diagnostics.maxPerDocument"))
                .unwrap_or(usize::MAX),
            disabled_rules: values.rules_off("diagnostics.rules"),
            inlay_hints: values.boolean("inlayHints.enable"),
            postfix_version: Version::parse(values.choice("postfix.version")),
            hover_verbosity: match values.choice("hover.verbosity") {
                "full" => Verbosity::Full,
                _ => Verbosity::Short,
            },
            reason_hints: values.boolean("inlayHints.reasons"),
        }
    }

    pub fn options(&self, client_lang: Lang) -> Options {
        Options {
            lang: self.locale.unwrap_or(client_lang),
            disabled_rules: self.disabled_rules.clone(),
            postfix_version: self.postfix_version,
            hover_verbosity: self.hover_verbosity,
        }
    }
}

/// The value at a dotted key: nested objects (`{"inlayHints": {"enable":
/// true}}`) or the dotted key itself (`{"inlayHints.enable": true}`).
fn lookup<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    if let Some(found) = value.get(key) {
        return Some(found);
    }
    let (first, rest) = key.split_once('.')?;
    lookup(value.get(first)?, rest)
}

fn check(setting: &Setting, given: &Value, problems: &mut Vec<String>) -> Option<Checked> {
    let key = setting.key;
    match setting.shape {
        Shape::Boolean { default } => match given.as_bool() {
            Some(flag) => Some(Checked::Boolean(flag)),
            None => {
                problems.push(format!(
                    "{key}: expected true or false, got {given}; using {default}"
                ));
                None
            }
        },
        Shape::Integer { min, max, default } => match given.as_u64() {
            Some(n) if (min..=max).contains(&n) => Some(Checked::Integer(n)),
            _ => {
                problems.push(format!(
                    "{key}: expected a whole number from {min} to {max}, got {given}; using {default}"
                ));
                None
            }
        },
        Shape::Choice { words, default } => {
            let word = given.as_str().and_then(|text| {
                let lower = text.to_ascii_lowercase();
                words.iter().copied().find(|word| {
                    let rest = lower.strip_prefix(word).filter(|_| !word.is_empty());
                    lower == *word
                        || rest.is_some_and(|rest| {
                            rest.starts_with(['-', '_'])
                                || rest.strip_prefix('.').is_some_and(|patch| {
                                    !patch.is_empty() && patch.bytes().all(|b| b.is_ascii_digit())
                                })
                        })
                })
            });
            if word.is_none() {
                let listed: Vec<String> = words.iter().map(|word| format!("{word:?}")).collect();
                problems.push(format!(
                    "{key}: expected one of {}, got {given}; using {default:?}",
                    listed.join(", ")
                ));
            }
            word.map(Checked::Choice)
        }
        Shape::Rules => {
            let Some(rules) = given.as_object() else {
                problems.push(format!("{key}: expected an object, got {given}"));
                return None;
            };
            let mut off = Vec::new();
            for (name, enabled) in rules {
                if !analysis::RULES.contains(&name.as_str()) {
                    problems.push(format!("{key}: unknown rule \"{name}\" (ignored)"));
                    continue;
                }
                match enabled.as_bool() {
                    Some(false) => off.push(name.clone()),
                    Some(true) => {}
                    None => problems.push(format!(
                        "{key}.{name}: expected true or false, got {enabled}"
                    )),
                }
            }
            Some(Checked::Rules(off))
        }
    }
}

/// Reports the keys that name no setting (a typo would otherwise go unseen).
fn unknown_keys(value: &Value, prefix: &str, problems: &mut Vec<String>) {
    let Some(object) = value.as_object() else {
        return;
    };
    for (name, child) in object {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        let known = SETTINGS.iter().any(|setting| {
            setting.key == key || (prefix.is_empty() && setting.aliases.contains(&name.as_str()))
        });
        if known {
            continue;
        }
        let below = format!("{key}.");
        if child.is_object()
            && SETTINGS
                .iter()
                .any(|setting| setting.key.starts_with(&below))
        {
            unknown_keys(child, &key, problems);
        } else {
            let keys: Vec<&str> = SETTINGS.iter().map(|setting| setting.key).collect();
            problems.push(format!(
                "unknown setting \"{key}\" (ignored); the settings are {}",
                keys.join(", ")
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn good_settings() {
        let (settings, problems) = Settings::from_json(&json!({
            "locale": "fr", "diagnostics": {"maxPerDocument": 50, "rules": {"unlisted-pairing": false}}, "inlayHints": {"enable": false}
        }));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(settings.locale, Some(Lang::Fr));
        assert_eq!(settings.max_diagnostics, 50);
        assert_eq!(settings.disabled_rules, ["unlisted-pairing"]);
        assert!(!settings.inlay_hints);
        let (nested, _) = Settings::from_json(&json!({"mailLsp": {"locale": "en-US"}}));
        assert_eq!(nested.locale, Some(Lang::En));
        let (settings, problems) = Settings::from_json(&json!({"postfix": {"version": "3.5"}}));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(settings.postfix_version, Version::parse("3.5"));
        assert_eq!(
            settings.options(Lang::En).postfix_version,
            Version::parse("3.5")
        );
        let (settings, problems) = Settings::from_json(&json!({"postfix.version": "3.10"}));
        assert_eq!(
            (settings.postfix_version, problems.len()),
            (Version::parse("3.10"), 0)
        );
        let (settings, problems) = Settings::from_json(&json!({"postfix": {"version": 3.5}}));
        assert_eq!((settings.postfix_version, problems.len()), (None, 1));
        // A patch level, as `postconf -d mail_version` prints it.
        for (given, read) in [("3.7.11", "3.7"), ("3.10.2", "3.10"), ("3.1.15", "3.1")] {
            let (settings, problems) = Settings::from_json(&json!({"postfix": {"version": given}}));
            assert!(problems.is_empty(), "{given}: {problems:?}");
            assert_eq!(settings.postfix_version, Version::parse(read), "{given}");
            assert_eq!(
                settings.options(Lang::En).postfix_version,
                Version::parse(given),
                "{given}"
            );
        }
        for refused in ["3.7.", "3.7.x", "3.77", "3.7..1"] {
            let (settings, problems) =
                Settings::from_json(&json!({"postfix": {"version": refused}}));
            assert_eq!(
                (settings.postfix_version, problems.len()),
                (None, 1),
                "{refused}"
            );
        }
    }

    #[test]
    fn bad_settings_fall_back_with_a_message() {
        let (settings, problems) = Settings::from_json(&json!({
            "locale": 3, "diagnostics": {"maxPerDocument": -1, "rules": {"nope": false}}
        }));
        assert_eq!(settings, Settings::default());
        assert_eq!(problems.len(), 3, "{problems:?}");
        let (_, problems) = Settings::from_json(&json!([1]));
        assert_eq!(problems.len(), 1);
        let (settings, problems) = Settings::from_json(&Value::Null);
        assert_eq!((settings, problems.len()), (Settings::default(), 0));
    }

    #[test]
    fn every_setting_is_read_from_its_table_row() {
        let (settings, problems) = Settings::from_json(&json!({
            "locale": "fr-CA", "maxDiagnostics": 7, "inlayHints.enable": false
        }));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(settings.locale, Some(Lang::Fr));
        assert_eq!(settings.max_diagnostics, 7);
        assert!(!settings.inlay_hints);
        for setting in SETTINGS {
            let refused = match setting.shape {
                Shape::Rules => json!([]),
                Shape::Boolean { .. } => json!("yes"),
                Shape::Integer { max, .. } => json!(max + 1),
                Shape::Choice { .. } => json!("klingon"),
            };
            let mut body = json!({});
            body[setting.key] = refused;
            let (settings, problems) = Settings::from_json(&body);
            assert_eq!(settings, Settings::default(), "{}", setting.key);
            assert_eq!(problems.len(), 1, "{}: {problems:?}", setting.key);
            assert!(problems[0].starts_with(setting.key), "{problems:?}");
        }
    }

    #[test]
    fn an_unknown_setting_is_named() {
        let (settings, problems) = Settings::from_json(&json!({
            "inlayHints": {"enabled": false}, "diagnostic": {}
        }));
        assert_eq!(settings, Settings::default());
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("\"diagnostic\""), "{problems:?}");
        assert!(
            problems[1].contains("\"inlayHints.enabled\""),
            "{problems:?}"
        );
    }
}

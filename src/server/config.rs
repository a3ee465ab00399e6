//! Settings from `initializationOptions` and `workspace/didChangeConfiguration`.
//! A bad value is reported (the caller shows it) and replaced by its default.

use crate::analysis::{self, Options};
use crate::codes::Lang;
use serde_json::Value;

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
}

pub const DEFAULT_MAX_DIAGNOSTICS: usize = 1000;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: None,
            max_diagnostics: DEFAULT_MAX_DIAGNOSTICS,
            disabled_rules: Vec::new(),
            inlay_hints: true,
        }
    }
}

impl Settings {
    /// Reads settings; accepts them bare or under a `mailLsp` key. Returns
    /// the settings and one message per value that was refused.
    pub fn from_json(value: &Value) -> (Settings, Vec<String>) {
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        let value = value
            .get("mailLsp")
            .or_else(|| value.get("mail-lsp"))
            .unwrap_or(value);
        if value.is_null() {
            return (settings, problems);
        }
        let Some(object) = value.as_object() else {
            problems.push(format!(
                "settings must be an object, got {value}; using defaults"
            ));
            return (settings, problems);
        };
        if let Some(locale) = object.get("locale") {
            match locale.as_str() {
                Some("") => {}
                Some(tag) if tag.to_ascii_lowercase().starts_with("fr") => settings.locale = Some(Lang::Fr),
                Some(tag) if tag.to_ascii_lowercase().starts_with("en") => settings.locale = Some(Lang::En),
                _ => problems.push(format!("locale: expected \"en\" or \"fr\", got {locale}; following the client's language")),
            }
        }
        let diagnostics = object.get("diagnostics");
        if let Some(max) = diagnostics
            .and_then(|d| d.get("maxPerDocument"))
            .or_else(|| object.get("maxDiagnostics"))
        {
            match max.as_u64() {
                Some(n) if (1..=1_000_000).contains(&n) => settings.max_diagnostics = n as usize,
                _ => problems.push(format!(
                    "diagnostics.maxPerDocument: expected a whole number from 1 to 1000000, got {max}; using {DEFAULT_MAX_DIAGNOSTICS}"
                )),
            }
        }
        if let Some(rules) = diagnostics.and_then(|d| d.get("rules")) {
            match rules.as_object() {
                Some(rules) => {
                    for (name, enabled) in rules {
                        if !analysis::RULES.contains(&name.as_str()) {
                            problems.push(format!(
                                "diagnostics.rules: unknown rule \"{name}\" (ignored)"
                            ));
                            continue;
                        }
                        match enabled.as_bool() {
                            Some(false) => settings.disabled_rules.push(name.clone()),
                            Some(true) => {}
                            None => problems.push(format!(
                                "diagnostics.rules.{name}: expected true or false, got {enabled}"
                            )),
                        }
                    }
                }
                None => problems.push(format!(
                    "diagnostics.rules: expected an object, got {rules}"
                )),
            }
        }
        if let Some(enable) = object.get("inlayHints").and_then(|h| h.get("enable")) {
            match enable.as_bool() {
                Some(flag) => settings.inlay_hints = flag,
                None => problems.push(format!(
                    "inlayHints.enable: expected true or false, got {enable}"
                )),
            }
        }
        (settings, problems)
    }

    pub fn options(&self, client_lang: Lang) -> Options {
        Options {
            lang: self.locale.unwrap_or(client_lang),
            disabled_rules: self.disabled_rules.clone(),
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
}

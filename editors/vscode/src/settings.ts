// Maps the `mailLsp.*` VS Code settings to the server's settings object
// (initializationOptions and workspace/didChangeConfiguration), dropping
// client-only keys and replacing bad values by the defaults, with a warning.

export type Locale = '' | 'en' | 'fr';

export interface ServerSettings {
  locale: Locale;
  diagnostics: {
    maxPerDocument: number;
    rules: Record<string, boolean>;
  };
  inlayHints: {
    enable: boolean;
  };
}

/** The server accepts 1 to 1,000,000 diagnostics per document. */
export const MAX_DIAGNOSTICS_LIMIT = 1_000_000;

export const DEFAULT_SETTINGS: ServerSettings = {
  locale: '',
  diagnostics: { maxPerDocument: 1000, rules: {} },
  inlayHints: { enable: true },
};

/** Reads one setting below `mailLsp.`, e.g. `get('diagnostics.maxPerDocument')`. */
export type SettingGetter = (key: string) => unknown;

export interface Mapped {
  settings: ServerSettings;
  warnings: string[];
}

export function toServerSettings(get: SettingGetter): Mapped {
  const warnings: string[] = [];
  const settings: ServerSettings = {
    locale: DEFAULT_SETTINGS.locale,
    diagnostics: { maxPerDocument: DEFAULT_SETTINGS.diagnostics.maxPerDocument, rules: {} },
    inlayHints: { enable: DEFAULT_SETTINGS.inlayHints.enable },
  };

  const locale = get('locale');
  if (locale === undefined || locale === null) {
    // default
  } else if (locale === '' || locale === 'en' || locale === 'fr') {
    settings.locale = locale;
  } else {
    warnings.push(`mailLsp.locale: expected "", "en" or "fr", got ${JSON.stringify(locale)}; following the editor's language`);
  }

  const max = get('diagnostics.maxPerDocument');
  if (max === undefined || max === null) {
    // default
  } else if (typeof max === 'number' && Number.isInteger(max) && max >= 1 && max <= MAX_DIAGNOSTICS_LIMIT) {
    settings.diagnostics.maxPerDocument = max;
  } else {
    warnings.push(
      `mailLsp.diagnostics.maxPerDocument: expected a whole number from 1 to ${MAX_DIAGNOSTICS_LIMIT}, got ${JSON.stringify(max)}; using ${DEFAULT_SETTINGS.diagnostics.maxPerDocument}`,
    );
  }

  const rules = get('diagnostics.rules');
  if (rules === undefined || rules === null) {
    // default
  } else if (typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [name, enabled] of Object.entries(rules as Record<string, unknown>)) {
      if (typeof enabled === 'boolean') {
        settings.diagnostics.rules[name] = enabled;
      } else {
        warnings.push(`mailLsp.diagnostics.rules.${name}: expected true or false, got ${JSON.stringify(enabled)}; ignored`);
      }
    }
  } else {
    warnings.push(`mailLsp.diagnostics.rules: expected an object of rule names to true/false; ignored`);
  }

  const inlay = get('inlayHints.enable');
  if (inlay === undefined || inlay === null) {
    // default
  } else if (typeof inlay === 'boolean') {
    settings.inlayHints.enable = inlay;
  } else {
    warnings.push(`mailLsp.inlayHints.enable: expected true or false, got ${JSON.stringify(inlay)}; using true`);
  }

  return { settings, warnings };
}

/** The body of workspace/didChangeConfiguration: the settings under their section name. */
export function didChangeConfigurationParams(settings: ServerSettings): { settings: { mailLsp: ServerSettings } } {
  return { settings: { mailLsp: settings } };
}

/** The server's environment: ours, plus RUST_LOG from `mailLsp.server.logLevel` when set. */
export function serverEnvironment(
  logLevel: unknown,
  base: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  if (typeof logLevel === 'string' && logLevel.trim() !== '') {
    env.RUST_LOG = logLevel.trim();
  }
  return env;
}

/** The language of `mail-lsp explain`: the setting, else the editor's display language. */
export function explainLanguage(locale: Locale, editorLanguage: string): 'en' | 'fr' {
  if (locale === 'en' || locale === 'fr') {
    return locale;
  }
  return editorLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

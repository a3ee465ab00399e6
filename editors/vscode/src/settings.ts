// Maps the `mailLsp.*` VS Code settings to the server's settings object
// (initializationOptions and workspace/didChangeConfiguration). The server
// checks every value and reports a refused one with window/showMessage, so
// the client forwards them as they are: the keys come from the server's own
// table (generated.ts), nested by their dots.

import { SERVER_SETTINGS } from './generated';

/** The server's settings: `{ locale: 'fr', diagnostics: { maxPerDocument: 50 } }`. */
export type ServerSettings = { [key: string]: unknown };

/** Reads one setting below `mailLsp.`, e.g. `get('diagnostics.maxPerDocument')`. */
export type SettingGetter = (key: string) => unknown;

/** The server settings the user's configuration holds (VS Code fills in the declared defaults). */
export function toServerSettings(get: SettingGetter): ServerSettings {
  const settings: ServerSettings = {};
  for (const { key } of SERVER_SETTINGS) {
    const value = get(key);
    if (value === undefined || value === null) {
      continue;
    }
    const parts = key.split('.');
    let node = settings;
    for (const part of parts.slice(0, -1)) {
      const child = node[part];
      if (typeof child !== 'object' || child === null) {
        node[part] = {};
      }
      node = node[part] as ServerSettings;
    }
    node[parts[parts.length - 1]] = value;
  }
  return settings;
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

/** The language of `mail-lsp explain`: the `locale` setting, else the editor's display language. */
export function explainLanguage(locale: unknown, editorLanguage: string): 'en' | 'fr' {
  const chosen = typeof locale === 'string' && locale.trim() !== '' ? locale : editorLanguage;
  return chosen.trim().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

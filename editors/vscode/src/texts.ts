// The extension's own messages in English and French (generated from
// data/editors.toml), with `{name}` filled in.

import { TEXTS, TextKey } from './texts.generated';

export type Lang = 'en' | 'fr';

export function t(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A count with the language's digit grouping: 12,345 or 12 345. */
export function count(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US');
}

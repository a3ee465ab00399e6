import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import { SERVER_SETTINGS } from '../../src/generated';
import { didChangeConfigurationParams, explainLanguage, serverEnvironment, toServerSettings } from '../../src/settings';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function getter(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

test('no settings: nothing sent, the server uses its defaults', () => {
  assert.deepEqual(toServerSettings(getter({})), {});
});

test('every server setting goes to its place, nested by its dots; client-only keys stay out', () => {
  const settings = toServerSettings(
    getter({
      locale: 'fr',
      'diagnostics.maxPerDocument': 50,
      'diagnostics.rules': { 'unregistered-enhanced-code': false, 'class-mismatch': true },
      'inlayHints.enable': false,
      'server.path': '/opt/mail-lsp',
      'trace.server': 'verbose',
    }),
  );
  assert.deepEqual(settings, {
    locale: 'fr',
    diagnostics: { maxPerDocument: 50, rules: { 'unregistered-enhanced-code': false, 'class-mismatch': true } },
    inlayHints: { enable: false },
  });
});

test('the defaults VS Code fills in are the server defaults, sent as such', () => {
  const properties = manifest.contributes.configuration.properties;
  const defaults = toServerSettings((key) => properties[`mailLsp.${key}`]?.default);
  for (const { key, default: value } of SERVER_SETTINGS) {
    const sent = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], defaults);
    assert.deepEqual(sent, value, key);
  }
});

test('a bad value is sent as is: the server refuses it with a message and uses its default', () => {
  assert.deepEqual(toServerSettings(getter({ 'diagnostics.maxPerDocument': -3 })), { diagnostics: { maxPerDocument: -3 } });
});

test('didChangeConfiguration sends the settings under the mailLsp section', () => {
  const params = didChangeConfigurationParams({ locale: 'fr' });
  assert.deepEqual(JSON.parse(JSON.stringify(params)), { settings: { mailLsp: { locale: 'fr' } } });
});

test('RUST_LOG comes from mailLsp.server.logLevel when set, and the base environment is kept', () => {
  const base = { PATH: '/usr/bin', RUST_LOG: 'warn' };
  assert.deepEqual(serverEnvironment('', base), base);
  assert.deepEqual(serverEnvironment(undefined, base), base);
  assert.deepEqual(serverEnvironment(' mail_lsp=debug ', base), { PATH: '/usr/bin', RUST_LOG: 'mail_lsp=debug' });
  assert.equal(base.RUST_LOG, 'warn', 'the base environment is not modified');
});

test('explain language: the setting, else the editor language', () => {
  assert.equal(explainLanguage('fr', 'en'), 'fr');
  assert.equal(explainLanguage('en', 'fr-ca'), 'en');
  assert.equal(explainLanguage('', 'fr'), 'fr');
  assert.equal(explainLanguage(undefined, 'FR-FR'), 'fr');
  assert.equal(explainLanguage('', 'de'), 'en');
});

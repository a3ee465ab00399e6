import { strict as assert } from 'node:assert';
import { test } from 'node:test';

import {
  DEFAULT_SETTINGS,
  didChangeConfigurationParams,
  explainLanguage,
  serverEnvironment,
  toServerSettings,
} from '../../src/settings';

function getter(values: Record<string, unknown>) {
  return (key: string) => values[key];
}

test('no settings: the server defaults, no warning', () => {
  const mapped = toServerSettings(getter({}));
  assert.deepEqual(mapped.settings, DEFAULT_SETTINGS);
  assert.deepEqual(mapped.warnings, []);
  assert.deepEqual(DEFAULT_SETTINGS, {
    locale: '',
    diagnostics: { maxPerDocument: 1000, rules: {} },
    inlayHints: { enable: true },
  });
});

test('every server setting is mapped to its camelCase place; client-only keys are left out', () => {
  const mapped = toServerSettings(
    getter({
      locale: 'fr',
      'diagnostics.maxPerDocument': 50,
      'diagnostics.rules': { 'unregistered-enhanced-code': false, 'class-mismatch': true },
      'inlayHints.enable': false,
      'server.path': '/opt/mail-lsp',
      'trace.server': 'verbose',
    }),
  );
  assert.deepEqual(mapped.warnings, []);
  assert.deepEqual(mapped.settings, {
    locale: 'fr',
    diagnostics: { maxPerDocument: 50, rules: { 'unregistered-enhanced-code': false, 'class-mismatch': true } },
    inlayHints: { enable: false },
  });
  assert.equal(JSON.stringify(mapped.settings).includes('server'), false);
});

test('bad values fall back to the defaults, each with a warning naming the setting', () => {
  const mapped = toServerSettings(
    getter({
      locale: 'de',
      'diagnostics.maxPerDocument': -3,
      'diagnostics.rules': { good: true, bad: 'no' },
      'inlayHints.enable': 'yes',
    }),
  );
  assert.deepEqual(mapped.settings, {
    locale: '',
    diagnostics: { maxPerDocument: 1000, rules: { good: true } },
    inlayHints: { enable: true },
  });
  assert.equal(mapped.warnings.length, 4);
  assert.match(mapped.warnings[0], /mailLsp\.locale/);
  assert.match(mapped.warnings[1], /mailLsp\.diagnostics\.maxPerDocument/);
  assert.match(mapped.warnings[2], /mailLsp\.diagnostics\.rules\.bad/);
  assert.match(mapped.warnings[3], /mailLsp\.inlayHints\.enable/);

  for (const max of [1.5, '10', NaN, 0, 1_000_001]) {
    assert.equal(toServerSettings(getter({ 'diagnostics.maxPerDocument': max })).settings.diagnostics.maxPerDocument, 1000);
  }
  assert.equal(toServerSettings(getter({ 'diagnostics.maxPerDocument': 1 })).settings.diagnostics.maxPerDocument, 1);
  assert.equal(toServerSettings(getter({ 'diagnostics.rules': [true] })).warnings.length, 1);
});

test('didChangeConfiguration sends the settings under the mailLsp section', () => {
  const params = didChangeConfigurationParams(DEFAULT_SETTINGS);
  assert.deepEqual(JSON.parse(JSON.stringify(params)), {
    settings: { mailLsp: { locale: '', diagnostics: { maxPerDocument: 1000, rules: {} }, inlayHints: { enable: true } } },
  });
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
  assert.equal(explainLanguage('', 'FR-FR'), 'fr');
  assert.equal(explainLanguage('', 'de'), 'en');
});

// Checks package.json against itself and the code: languages, grammars,
// settings and commands; and which language VS Code gives to real mail file
// names, with VS Code's own precedence (exact file name, then the longest
// matching file pattern, then the longest extension).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import { minimatch } from 'minimatch';

import { LANGUAGE_IDS } from '../../src/languages';
import { DEFAULT_SETTINGS } from '../../src/settings';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

interface Language {
  id: string;
  filenames?: string[];
  filenamePatterns?: string[];
  extensions?: string[];
  configuration?: string;
}
const languages: Language[] = manifest.contributes.languages;

function languageFor(filePath: string): string | undefined {
  const lowerPath = filePath.toLowerCase();
  const base = path.posix.basename(lowerPath);
  for (const language of languages) {
    if ((language.filenames ?? []).some((name) => name.toLowerCase() === base)) {
      return language.id;
    }
  }
  let best: { id: string; length: number } | undefined;
  for (const language of languages) {
    for (const pattern of language.filenamePatterns ?? []) {
      const lowerPattern = pattern.toLowerCase();
      const target = lowerPattern.includes('/') ? lowerPath : base;
      if (minimatch(target, lowerPattern, { dot: true }) && (best === undefined || pattern.length > best.length)) {
        best = { id: language.id, length: pattern.length };
      }
    }
  }
  if (best !== undefined) {
    return best.id;
  }
  let bestExt: { id: string; length: number } | undefined;
  for (const language of languages) {
    for (const ext of language.extensions ?? []) {
      if (base.endsWith(ext.toLowerCase()) && (bestExt === undefined || ext.length > bestExt.length)) {
        bestExt = { id: language.id, length: ext.length };
      }
    }
  }
  return bestExt?.id;
}

const EXPECTED: Array<[string, string | undefined]> = [
  ['/var/log/mail.log', 'mail-log'],
  ['/var/log/maillog', 'mail-log'],
  ['/var/log/mail.err', 'mail-log'],
  ['/var/log/mail.warn', 'mail-log'],
  ['/var/log/mail.info', 'mail-log'],
  ['/var/log/mail.log.1', 'mail-log'],
  ['/var/log/maillog-20240101', 'mail-log'],
  ['/var/log/syslog', 'mail-log'],
  ['/var/log/syslog.2', 'mail-log'],
  ['/var/log/exim4/mainlog', 'mail-log'],
  ['/var/log/exim4/rejectlog', 'mail-log'],
  ['/var/log/exim4/paniclog', 'mail-log'],
  ['/var/log/exim4/mainlog.1', 'mail-log'],
  ['/var/log/exim/main.log', 'mail-log'],
  ['/var/log/postfix.log', 'mail-log'],
  ['/var/log/nginx/access.log', undefined],
  ['/srv/fixtures/crowdsec-hub/postfix-relay/postfix-spam.log', 'mail-log'],
  ['/srv/fixtures/exim-spam.log', 'mail-log'],
  ['/var/log/sendmail-in.log', 'mail-log'],
  ['/var/log/dovecot-mail.log', 'mail-log'],
  ['/tmp/bounce.eml', 'mail-bounce'],
  ['/etc/postfix/main.cf', 'postfix-main'],
  ['/etc/postfix/main.cf.proto', 'postfix-main'],
  ['/srv/dms/test-dsn-postfix-main.cf', 'postfix-main'],
  ['/etc/postfix/master.cf', 'postfix-master'],
  ['/srv/dms/test-override-postfix-master.cf', 'postfix-master'],
  ['/etc/postfix/access', 'postfix-table'],
  ['/etc/postfix/sender_access', 'postfix-table'],
  ['/etc/postfix/recipient_access', 'postfix-table'],
  ['/etc/postfix/helo_access', 'postfix-table'],
  ['/etc/postfix/header_checks', 'postfix-table'],
  ['/etc/postfix/body_checks', 'postfix-table'],
  ['/etc/postfix/mime_header_checks', 'postfix-table'],
  ['/etc/postfix/transport', 'postfix-table'],
  ['/etc/postfix/virtual', 'postfix-table'],
  ['/etc/postfix/canonical', 'postfix-table'],
  ['/etc/postfix/relocated', 'postfix-table'],
  ['/etc/postfix/header_checks.pcre', 'postfix-table'],
  ['/etc/postfix/sender_login_maps.pcre', 'postfix-table'],
  ['/etc/postfix/body_checks.regexp', 'postfix-table'],
  ['/etc/mail/access', 'sendmail-table'],
  ['/etc/mail/mailertable', 'sendmail-table'],
  ['/etc/mail/virtusertable', 'sendmail-table'],
  ['/etc/mail/sendmail.mc', 'sendmail-mc'],
  ['/etc/mail/submit.mc', 'sendmail-mc'],
  ['/usr/share/sendmail/cf/generic-linux.mc', 'sendmail-mc'],
  ['/etc/mail/sendmail.cf', 'sendmail-cf'],
  ['/etc/mail/submit.cf', 'sendmail-cf'],
];

test('real mail file names get the right language', () => {
  const wrong = EXPECTED.filter(([file, id]) => languageFor(file) !== id).map(
    ([file, id]) => `${file}: expected ${id}, got ${languageFor(file)}`,
  );
  assert.deepEqual(wrong, []);
});

test('the contributed languages are exactly the ids the client serves', () => {
  assert.deepEqual(languages.map((l) => l.id).sort(), [...LANGUAGE_IDS].sort());
});

test('every language has a grammar and a language configuration that exist and parse', () => {
  const grammars: Array<{ language?: string; scopeName: string; path: string }> = manifest.contributes.grammars;
  for (const language of languages) {
    const grammar = grammars.find((g) => g.language === language.id);
    assert.ok(grammar, `grammar for ${language.id}`);
    const body = JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8'));
    assert.equal(body.scopeName, grammar.scopeName, grammar.path);
    assert.ok(language.configuration, `configuration for ${language.id}`);
    JSON.parse(fs.readFileSync(path.join(ROOT, language.configuration), 'utf8'));
  }
  for (const grammar of grammars) {
    const body = JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8'));
    assert.equal(body.scopeName, grammar.scopeName, grammar.path);
    const includes = JSON.stringify(body).match(/"include":\s*"(source|text)\.[^"#]+/g) ?? [];
    for (const include of includes) {
      const scope = include.replace(/"include":\s*"/, '');
      assert.ok(
        grammars.some((g) => g.scopeName === scope),
        `${grammar.path} includes ${scope}, which no contributed grammar provides`,
      );
    }
  }
});

test('comment tokens: # for Postfix and sendmail tables, dnl for sendmail.mc', () => {
  const comment = (id: string) => {
    const language = languages.find((l) => l.id === id);
    return JSON.parse(fs.readFileSync(path.join(ROOT, language!.configuration!), 'utf8')).comments?.lineComment;
  };
  for (const id of ['postfix-main', 'postfix-master', 'postfix-table', 'sendmail-cf', 'sendmail-table']) {
    assert.equal(comment(id), '#', id);
  }
  assert.equal(comment('sendmail-mc'), 'dnl');
});

test('settings: declared with the server defaults, plus the client-only ones', () => {
  const properties = manifest.contributes.configuration.properties;
  assert.deepEqual(Object.keys(properties).sort(), [
    'mailLsp.diagnostics.maxPerDocument',
    'mailLsp.diagnostics.rules',
    'mailLsp.inlayHints.enable',
    'mailLsp.locale',
    'mailLsp.server.logLevel',
    'mailLsp.server.path',
    'mailLsp.trace.server',
  ]);
  assert.equal(properties['mailLsp.locale'].default, DEFAULT_SETTINGS.locale);
  assert.deepEqual(properties['mailLsp.locale'].enum, ['', 'en', 'fr']);
  assert.equal(properties['mailLsp.diagnostics.maxPerDocument'].default, DEFAULT_SETTINGS.diagnostics.maxPerDocument);
  assert.deepEqual(properties['mailLsp.diagnostics.rules'].default, DEFAULT_SETTINGS.diagnostics.rules);
  assert.equal(properties['mailLsp.inlayHints.enable'].default, DEFAULT_SETTINGS.inlayHints.enable);
  assert.deepEqual(properties['mailLsp.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('commands: declared in package.json and registered by the extension, the same set', () => {
  const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
  const source = fs.readFileSync(path.join(ROOT, 'src', 'extension.ts'), 'utf8');
  const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, declared);
  assert.deepEqual(declared, ['mailLsp.explainCode', 'mailLsp.restartServer', 'mailLsp.showOutput']);
});

test('the .vsix carries the bundle, grammars and configurations, and no sources', () => {
  const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
  for (const kept of ['!dist/extension.js', '!syntaxes/*.tmLanguage.json', '!language-configuration/**', '!server/mail-lsp']) {
    assert.ok(ignore.includes(kept), kept);
  }
  assert.equal(manifest.main, './dist/extension.js');
});

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import { globMatches, languageOfPath } from '../../src/fileNames';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SAMPLES: Array<{ path: string; language: string }> = JSON.parse(
  fs.readFileSync(path.join(ROOT, '..', 'file-names.json'), 'utf8'),
).samples;

test('the extension names every sample file as the server does', () => {
  const wrong = SAMPLES.filter(({ path: file, language }) => (languageOfPath(file, true) ?? '') !== language).map(
    ({ path: file, language }) => `${file}: expected ${language || 'none'}, got ${languageOfPath(file, true) ?? 'none'}`,
  );
  assert.deepEqual(wrong, []);
});

test('globs: *, ranges, alternatives, trailing folders', () => {
  assert.ok(globMatches('*mail*.log', '/var/log/dovecot-mail.log'));
  assert.ok(globMatches('mail.log.[0-9]*', '/var/log/mail.log.2.gz'));
  assert.ok(!globMatches('mail.log.[0-9]*', '/var/log/mail.log.old'));
  assert.ok(globMatches('exim*/main.log', '/var/log/exim4/main.log'));
  assert.ok(!globMatches('exim*/main.log', 'main.log'));
  assert.ok(globMatches('main.cf.{j2,orig}', 'roles/postfix/templates/main.cf.j2'));
  assert.ok(!globMatches('*.pcre', 'x.pcre/y'));
});

test('a *.log with no mail name is the server\'s only', () => {
  assert.equal(languageOfPath('/srv/big.log', true), undefined);
  assert.equal(languageOfPath('/srv/big.log', false), 'mail-log');
  assert.equal(languageOfPath('C:\\logs\\MAIL.LOG', true), 'mail-log');
});

import { strict as assert } from 'node:assert';
import { test } from 'node:test';

import { codeAtCursor, explainArgs, validateCodeInput } from '../../src/explain';
import { t } from '../../src/texts';

const POSTFIX =
  'Jan  1 10:00:00 mx postfix/smtp[4242]: 3F1A2B: to=<a@b.example>, relay=mx.b.example[192.0.2.5]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.5] said: 550 5.1.1 <a@b.example>: User unknown (in reply to RCPT TO command))';

function at(line: string, needle: string, offset = 0): number {
  const i = line.indexOf(needle);
  assert.notEqual(i, -1, needle);
  return i + offset;
}

test('the code under the cursor, in a Postfix log line', () => {
  assert.equal(codeAtCursor(POSTFIX, at(POSTFIX, 'dsn=', 5)), '5.1.1');
  assert.equal(codeAtCursor(POSTFIX, at(POSTFIX, 'said: 550', 7)), '550 5.1.1');
  assert.equal(codeAtCursor(POSTFIX, at(POSTFIX, 'said: 550', 12)), '550 5.1.1');
});

test('PIDs, IP addresses, ports and delays are not codes', () => {
  assert.equal(codeAtCursor(POSTFIX, at(POSTFIX, '4242', 1)), undefined);
  assert.equal(codeAtCursor(POSTFIX, at(POSTFIX, '192.0.2.5', 2)), undefined);
  assert.equal(codeAtCursor(POSTFIX, at(POSTFIX, ']:25', 3)), undefined);
  assert.equal(codeAtCursor(POSTFIX, at(POSTFIX, 'delay=1.2', 7)), undefined);
  assert.equal(codeAtCursor('client=h[10.5.1.1]', 12), undefined);
});

test('other code shapes', () => {
  assert.equal(codeAtCursor('Status: 4.4.7', 10), '4.4.7');
  assert.equal(codeAtCursor('reply=421-4.7.0 try later', 8), '421-4.7.0');
  assert.equal(codeAtCursor('see X.7.26 here', 6), 'X.7.26');
  assert.equal(codeAtCursor('smtpd_reject_code = 550', 21), '550');
});

test('input checks', () => {
  assert.equal(validateCodeInput('550 5.1.1'), undefined);
  assert.equal(validateCodeInput('X.1.1'), undefined);
  assert.equal(t('en', validateCodeInput('') ?? 'explain.title'), 'Type a code, for example 550, 5.7.26 or 550 5.1.1');
  assert.match(t('fr', validateCodeInput('hello') ?? 'explain.title'), /commence par un chiffre/);
  assert.equal(validateCodeInput('5'.repeat(201)), 'explain.tooLong');
});

test('the explain command line', () => {
  assert.deepEqual(explainArgs('  550   5.1.1 ', 'en'), ['explain', '--lang', 'en', '550', '5.1.1']);
  assert.deepEqual(explainArgs('5.7.26', 'fr'), ['explain', '--lang', 'fr', '5.7.26']);
});

import { strict as assert } from 'node:assert';
import { test } from 'node:test';

import { codeInSelection, looksLikeMailLog, mostSevere, parseCheck, parseSummary, statusText, summaryHtml } from '../../src/largeFiles';

const SUMMARY = JSON.stringify([
  {
    path: '/var/log/mail.log',
    totals: { sent: 12345, deferred: 2, bounced: 3, expired: 0, rejected: 7 },
    by_code: [
      { code: '2.0.0', meaning: 'Other undefined Status', counts: { sent: 12345, deferred: 0, bounced: 0, expired: 0, rejected: 0 }, total: 12345 },
      { code: '5.1.1', meaning: 'Bad destination mailbox address', counts: { sent: 0, deferred: 0, bounced: 3, expired: 0, rejected: 0 }, total: 3 },
      { code: null, meaning: '', counts: { sent: 0, deferred: 2, bounced: 0, expired: 0, rejected: 7 }, total: 9 },
    ],
  },
]);

test('the summary of mail-lsp summary --json, in the status bar and as Markdown', () => {
  const summary = parseSummary(SUMMARY);
  assert.equal(statusText('en', summary.totals), '12,345 sent · 2 deferred · 3 bounced · 7 rejected');
  assert.equal(statusText('fr', summary.totals).replace(/\s/g, ' '), '12 345 remis · 2 différés · 3 en échec · 7 refusés');
  const page = summaryHtml('en', { file: 'mail<1>.log', sizeMB: '60', date: 'today', summary, shownFindings: 4, totalFindings: 40 });
  assert.match(page, /<h1>mail&lt;1&gt;\.log: outcomes by enhanced status code<\/h1>/);
  assert.match(page, /<tr><td><code>2\.0\.0<\/code><\/td><td class="n">12,345<\/td><td>12,345 sent<\/td><td>Other undefined Status<\/td><\/tr>/);
  assert.match(page, /<tr><td>\(no code\)<\/td><td class="n">9<\/td><td>2 deferred, 7 rejected<\/td><td><\/td><\/tr>/);
  assert.ok(page.indexOf('<code>5.1.1</code>') > page.indexOf('(no code)'), 'the most frequent code first');
  assert.match(page, /lists the 4 most severe of its 40 findings \(<code>mailLsp\.diagnostics\.maxPerDocument<\/code>/);
  assert.ok(!page.includes('<script'), 'no script');
  const french = summaryHtml('fr', { file: 'mail.log', sizeMB: '60', date: 'ce jour', summary, shownFindings: 0, totalFindings: 0 });
  assert.match(french, /résultats par code d'état étendu/);
  assert.throws(() => parseSummary('[]'));
});

test('the findings of mail-lsp check --format json, the most severe first, capped', () => {
  const findings = parseCheck(
    JSON.stringify([
      { path: 'x', line: 3, column: 10, end_column: 15, severity: 'hint', rule: 'unlisted-pairing', message: 'h' },
      { path: 'x', line: 9, column: 1, end_column: 4, severity: 'warning', rule: 'unknown-reply-code', message: 'w' },
      { path: 'x', line: 2, column: 5, severity: 'error', rule: 'class-mismatch', message: 'e' },
    ]),
  );
  assert.deepEqual(findings[0], { line: 2, start: 9, end: 14, severity: 'hint', rule: 'unlisted-pairing', message: 'h' });
  assert.deepEqual(findings[2], { line: 1, start: 4, end: 5, severity: 'error', rule: 'class-mismatch', message: 'e' });
  assert.deepEqual(mostSevere(findings, 2).map((f) => f.message), ['e', 'w']);
  assert.deepEqual(mostSevere(findings, 0), []);
});

test('a *.log is a mail log when its first lines are Postfix, Sendmail or Exim lines', () => {
  assert.ok(looksLikeMailLog('Nov 22 09:44:01 mx postfix/smtpd[1010]: connect from x[1.2.3.4]\n'));
  assert.ok(looksLikeMailLog('2024-01-02 10:00:00 1abcDE-000123-AB <= a@b H=x [1.2.3.4]\n'));
  assert.ok(!looksLikeMailLog('127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 2326\n'));
});

test('the code of a selection (or of the cursor\'s line, copied whole)', () => {
  assert.equal(codeInSelection('5.1.1'), '5.1.1');
  assert.equal(codeInSelection(' dsn=5.7.26, status=bounced'), '5.7.26');
  assert.equal(codeInSelection('said: 550 5.1.1 <a@b>: unknown'), '550 5.1.1');
  assert.equal(codeInSelection('Nov 22 09:44:02 mx postfix/smtp[1013]: 3F2A41C0A2: to=<x>'), undefined);
});

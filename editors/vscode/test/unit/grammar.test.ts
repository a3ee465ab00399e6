// Tokenises real-looking lines with the TextMate engine VS Code itself uses
// (vscode-textmate + vscode-oniguruma), and checks the scopes that colour
// timestamps, hosts, queue ids, statuses and codes by class.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';

import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const grammarPaths = new Map<string, string>(
  manifest.contributes.grammars.map((g: { scopeName: string; path: string }) => [g.scopeName, path.join(ROOT, g.path)]),
);

let registry: textmate.Registry;

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = grammarPaths.get(scopeName);
      return file === undefined ? null : textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
});

/** Scopes of the token that starts `needle` (the `nth` occurrence) in `line`. */
async function scopesOf(scopeName: string, line: string, needle: string, nth = 0): Promise<string> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, scopeName);
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = line.indexOf(needle, index + 1);
  }
  assert.notEqual(index, -1, `${needle} in ${line}`);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const token = tokens.find((t) => t.startIndex <= index && index < t.endIndex);
  assert.ok(token);
  const text = line.slice(token.startIndex, token.endIndex);
  return `${text} ${token.scopes.join(' ')}`;
}

async function expectScope(scopeName: string, line: string, needle: string, scope: string | null, nth = 0): Promise<void> {
  const got = await scopesOf(scopeName, line, needle, nth);
  if (scope === null) {
    assert.doesNotMatch(got, /markup\.(inserted|changed|deleted)/, `${needle} should not be coloured as a code: ${got}`);
  } else {
    assert.ok(got.startsWith(`${needle} `), `token is exactly ${needle}: ${got}`);
    assert.ok(got.includes(` ${scope}`), `${needle} should have ${scope}: ${got}`);
  }
}

const BOUNCED =
  'Jan  1 10:00:00 mx1 postfix/smtp[4242]: 3F1A2B9C: to=<a@b.example>, relay=mx.b.example[192.0.2.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.5] said: 550 5.1.1 <a@b.example>: User unknown (in reply to RCPT TO command))';

test('Postfix log: timestamp, host, process, queue id, key, status, codes by class', async () => {
  const s = 'source.mail-log';
  await expectScope(s, BOUNCED, 'Jan  1 10:00:00', 'comment.timestamp.mail-log');
  await expectScope(s, BOUNCED, 'mx1', 'entity.name.type.host.mail-log');
  await expectScope(s, BOUNCED, 'postfix/smtp', 'entity.name.function.process.mail-log');
  await expectScope(s, BOUNCED, '3F1A2B9C', 'variable.other.constant.queue-id.mail-log');
  await expectScope(s, BOUNCED, 'dsn', 'variable.parameter.key.mail-log');
  await expectScope(s, BOUNCED, '5.1.1', 'markup.deleted.smtp-enhanced.permanent');
  await expectScope(s, BOUNCED, 'bounced', 'markup.deleted.status.mail-log');
  await expectScope(s, BOUNCED, '550', 'markup.deleted.smtp-reply.permanent');
  await expectScope(s, BOUNCED, '5.1.1', 'markup.deleted.smtp-enhanced.permanent', 1);
});

test('Postfix log: PIDs, addresses, ports and delays are never coloured as codes', async () => {
  const s = 'source.mail-log';
  await expectScope(s, BOUNCED, '4242', null);
  await expectScope(s, BOUNCED, '192.0.2.5', null);
  await expectScope(s, BOUNCED, '25,', null);
  await expectScope(s, BOUNCED, '1.2', null);
  await expectScope(s, 'Jan  1 10:00:00 mx postfix/smtpd[1]: connect from h[10.5.1.1]:587', '10.5.1.1', null);
  await expectScope(s, 'Jan  1 10:00:00 mx postfix/smtpd[550]: connect from h[2.5.1.1]', '550', null);
});

test('Postfix log: deferred and sent lines, RFC 3339 time stamps, NOQUEUE rejects', async () => {
  const s = 'source.mail-log';
  const deferred =
    '2024-08-25T10:04:35.051238+00:00 machine postfix/smtp[99]: 4Bw0BH3FHhzJrRT: to=<x@y.example>, dsn=4.7.1, status=deferred (host y[198.51.100.7] said: 451 4.7.1 Try again later (in reply to RCPT TO command))';
  await expectScope(s, deferred, '2024-08-25T10:04:35.051238+00:00', 'comment.timestamp.mail-log');
  await expectScope(s, deferred, 'machine', 'entity.name.type.host.mail-log');
  await expectScope(s, deferred, '4Bw0BH3FHhzJrRT', 'variable.other.constant.queue-id.mail-log');
  await expectScope(s, deferred, '4.7.1', 'markup.changed.smtp-enhanced.transient');
  await expectScope(s, deferred, 'deferred', 'markup.changed.status.mail-log');
  await expectScope(s, deferred, '451', 'markup.changed.smtp-reply.transient');
  const sent = 'Jan  1 10:00:00 mx postfix/smtp[7]: 7EE668039: to=<admin@example.com>, relay=127.0.0.1[127.0.0.1]:2525, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 153053D)';
  await expectScope(s, sent, '2.0.0', 'markup.inserted.smtp-enhanced.success');
  await expectScope(s, sent, 'sent', 'markup.inserted.status.mail-log');
  await expectScope(s, sent, '250', 'markup.inserted.smtp-reply.success');
  await expectScope(s, sent, '127.0.0.1', null);
  const reject =
    '2024-08-25T10:04:52.547326+00:00 machine postfix/smtpd[3814725]: NOQUEUE: reject: RCPT from unknown[192.168.1.1]: 454 4.7.1 <s@d.tld>: Relay access denied; from=<s@d.tld> to=<s@d.tld> proto=ESMTP helo=<WIN>';
  await expectScope(s, reject, 'NOQUEUE', 'variable.other.constant.queue-id.mail-log');
  await expectScope(s, reject, 'reject', 'markup.deleted.action.mail-log');
  await expectScope(s, reject, '454', 'markup.changed.smtp-reply.transient');
  await expectScope(s, reject, '4.7.1', 'markup.changed.smtp-enhanced.transient');
});

test('Sendmail and Exim logs', async () => {
  const s = 'source.mail-log';
  const sendmail =
    'Feb 16 23:33:20 smtp1 sm-mta[5133]: s1GNXHYB005133: to=<u@x.example>, delay=00:00:01, mailer=esmtp, pri=120, relay=x.example. [203.0.113.9], dsn=4.4.2, stat=Deferred: 421 4.4.2 Connection dropped';
  await expectScope(s, sendmail, 's1GNXHYB005133', 'variable.other.constant.queue-id.mail-log');
  await expectScope(s, sendmail, 'Deferred', 'markup.changed.status.mail-log');
  await expectScope(s, sendmail, '421', 'markup.changed.smtp-reply.transient');
  await expectScope(s, sendmail, '4.4.2', 'markup.changed.smtp-enhanced.transient', 1);
  await expectScope(s, sendmail, '00:00:01', null);
  const exim =
    '2010-11-24 21:48:41 1PLKOW-00046U-EW ** bob@x.example R=dnslookup T=remote_smtp H=mx.x.example [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@x.example>: 550 5.1.1 User unknown';
  await expectScope(s, exim, '2010-11-24 21:48:41', 'comment.timestamp.mail-log');
  await expectScope(s, exim, '1PLKOW-00046U-EW', 'variable.other.constant.queue-id.mail-log');
  await expectScope(s, exim, '**', 'markup.deleted.failure.mail-log');
  await expectScope(s, exim, '550', 'markup.deleted.smtp-reply.permanent');
  const eximNoEnhanced = '1999-03-02 09:44:33 10HmaX-0005vi-00 == x@y.example R=r T=t defer (-44): SMTP error from remote mail server after RCPT TO:<x@y.example>: 452 Mailbox full';
  await expectScope(s, eximNoEnhanced, '==', 'markup.changed.deferral.mail-log');
  await expectScope(s, eximNoEnhanced, '452', 'markup.changed.smtp-reply.transient');
  await expectScope(s, eximNoEnhanced, '44', null);
});

test('Postfix main.cf and master.cf', async () => {
  await expectScope('source.postfix-main', '# smtpd_banner = $myhostname', '#', 'comment.line.number-sign.postfix-main');
  await expectScope('source.postfix-main', 'unknown_local_recipient_reject_code = 550', '550', 'markup.deleted.smtp-reply.permanent');
  await expectScope('source.postfix-main', 'unknown_local_recipient_reject_code = 550', 'unknown_local_recipient_reject_code', 'variable.other.property.parameter.postfix');
  await expectScope('source.postfix-main', 'unverified_recipient_defer_code = 450', '450', 'markup.changed.smtp-reply.transient');
  const restrictions = 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service unix:private/policy';
  await expectScope('source.postfix-main', restrictions, 'permit_mynetworks', 'support.function.restriction.postfix');
  await expectScope('source.postfix-main', restrictions, 'unix', 'storage.type.map.postfix');
  await expectScope('source.postfix-main', 'smtpd_banner = $myhostname ESMTP', '$myhostname', 'variable.other.postfix');
  await expectScope('source.postfix-main', 'smtpd_policy_service_default_action = 451 4.3.5 Server configuration problem', '451', 'markup.changed.smtp-reply.transient');
  await expectScope('source.postfix-main', 'message_size_limit = 550000', '550000', null);
  const master = 'submission inet n       -       n       -       -       smtpd';
  await expectScope('source.postfix-master', master, 'submission', 'entity.name.function.service.postfix');
  await expectScope('source.postfix-master', master, 'inet', 'storage.type.service-type.postfix');
  await expectScope('source.postfix-master', master, 'smtpd', 'support.function.command.postfix');
  await expectScope('source.postfix-master', '  -o smtpd_tls_security_level=encrypt', 'smtpd_tls_security_level', 'variable.other.property.parameter.postfix');
  await expectScope('source.postfix-master', '  -o smtpd_reject_unlisted_recipient_code=450', '450', 'markup.changed.smtp-reply.transient');
});

test('Postfix tables: access, pcre, regexp', async () => {
  const s = 'source.postfix-table';
  await expectScope(s, '/^Subject:.*viagra/i REJECT 5.7.1 No spam', '/^Subject:.*viagra/', 'string.regexp.postfix');
  await expectScope(s, '/^Subject:.*viagra/i REJECT 5.7.1 No spam', 'REJECT', 'keyword.control.action.postfix');
  await expectScope(s, '/^Subject:.*viagra/i REJECT 5.7.1 No spam', '5.7.1', 'markup.deleted.smtp-enhanced.permanent');
  await expectScope(s, 'spammer@example.com  550 5.7.1 Go away', 'spammer@example.com', 'entity.name.type.key.postfix');
  await expectScope(s, 'spammer@example.com  550 5.7.1 Go away', '550', 'markup.deleted.smtp-reply.permanent');
  await expectScope(s, 'example.net 450 Try later', '450', 'markup.changed.smtp-reply.transient');
  await expectScope(s, '192.168.1 DEFER 4.7.1 busy', '4.7.1', 'markup.changed.smtp-enhanced.transient');
  await expectScope(s, '192.168.1 DEFER 4.7.1 busy', '192.168.1', 'entity.name.type.key.postfix');
  await expectScope(s, 'if /^From:/', 'if', 'keyword.control.conditional.postfix');
  await expectScope(s, '# REJECT 5.7.1', '#', 'comment.line.number-sign.postfix-table');
});

test('Sendmail mc, cf and tables', async () => {
  await expectScope('source.sendmail-mc', "FEATURE(`access_db')dnl", 'FEATURE', 'support.function.macro.sendmail-mc');
  await expectScope('source.sendmail-mc', "FEATURE(`access_db')dnl", 'dnl', 'comment.line.dnl.sendmail-mc');
  await expectScope('source.sendmail-mc', 'dnl # this is a comment', 'dnl', 'comment.line.dnl.sendmail-mc');
  await expectScope('source.sendmail-mc', "define(`confMAX_MESSAGE_SIZE', `550000')dnl", 'confMAX_MESSAGE_SIZE', 'variable.other.constant.sendmail-mc');
  await expectScope('source.sendmail-mc', "define(`confMAX_MESSAGE_SIZE', `550000')dnl", '550000', null);
  const rule = 'R$*\t\t$#error $@ 5.7.1 $: "550 Access denied"';
  await expectScope('source.sendmail-cf', rule, 'R', 'keyword.other.rule.sendmail-cf');
  await expectScope('source.sendmail-cf', rule, '$#', 'keyword.operator.macro.sendmail-cf');
  await expectScope('source.sendmail-cf', rule, '5.7.1', 'markup.deleted.smtp-enhanced.permanent');
  await expectScope('source.sendmail-cf', rule, '550', 'markup.deleted.smtp-reply.permanent');
  await expectScope('source.sendmail-cf', 'O MaxMessageSize=550000', 'MaxMessageSize', 'variable.other.property.option.sendmail-cf');
  const access = 'From:spammer@example.com\tERROR:"550 5.7.1 Go away"';
  await expectScope('source.sendmail-table', access, 'From', 'storage.type.tag.sendmail-table');
  await expectScope('source.sendmail-table', access, '550', 'markup.deleted.smtp-reply.permanent');
  await expectScope('source.sendmail-table', access, '5.7.1', 'markup.deleted.smtp-enhanced.permanent');
  await expectScope('source.sendmail-table', 'Connect:10.0.0 RELAY', 'RELAY', 'keyword.control.action.sendmail-table');
  const virt = '@example.com\terror:nouser 550 5.1.1 No such user';
  await expectScope('source.sendmail-table', virt, 'error', 'support.function.mailer.sendmail-table');
  await expectScope('source.sendmail-table', virt, '550', 'markup.deleted.smtp-reply.permanent');
  await expectScope('source.sendmail-table', 'bad.example\terror:5.1.2:550 Host unknown', '5.1.2', 'markup.deleted.smtp-enhanced.permanent');
  await expectScope('source.sendmail-table', 'bad.example\terror:5.1.2:550 Host unknown', '550', 'markup.deleted.smtp-reply.permanent');
});

test('bounce messages: DSN fields and codes', async () => {
  const s = 'text.mail-bounce';
  await expectScope(s, 'Status: 5.1.1', 'Status', 'keyword.other.dsn-field.mail-bounce');
  await expectScope(s, 'Status: 5.1.1', '5.1.1', 'markup.deleted.smtp-enhanced.permanent');
  await expectScope(s, 'Action: delayed', 'delayed', 'markup.changed.action.mail-bounce');
  await expectScope(s, 'Diagnostic-Code: smtp; 550 5.1.1 <a@b>: Recipient address rejected', '550', 'markup.deleted.smtp-reply.permanent');
  await expectScope(s, 'Diagnostic-Code: smtp; 552 Mailbox full', '552', 'markup.deleted.smtp-reply.permanent');
  await expectScope(s, 'Subject: Undelivered Mail Returned to Sender', 'Subject', 'entity.other.attribute-name.header.mail-bounce');
  await expectScope(s, 'Received: from mx (192.0.2.5) by x; Tue, 5 Mar 2024 10:00:00 +0000', '192.0.2.5', null);
});

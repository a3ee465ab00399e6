import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

import {
  bundledPath,
  expandSettingPath,
  isExecutableFile,
  NOT_FOUND_MESSAGE,
  ResolveEnv,
  resolveServerPath,
} from '../../src/serverPath';

function fakeEnv(executables: string[], overrides: Partial<ResolveEnv> = {}): ResolveEnv {
  const set = new Set(executables);
  return {
    platform: 'linux',
    pathEnv: '/usr/local/bin:/usr/bin',
    homeDir: '/home/ann',
    isExecutableFile: (file) => set.has(file),
    ...overrides,
  };
}

const EXT = '/ext/mail-lsp-0.1.0';

test('the setting wins over the bundled binary and PATH', () => {
  const env = fakeEnv(['/opt/mail-lsp', `${EXT}/server/mail-lsp`, '/usr/bin/mail-lsp']);
  assert.deepEqual(resolveServerPath('/opt/mail-lsp', EXT, env), { ok: true, path: '/opt/mail-lsp', source: 'setting' });
});

test('the bundled binary wins over PATH when the setting is empty or blank', () => {
  const env = fakeEnv([`${EXT}/server/mail-lsp`, '/usr/bin/mail-lsp']);
  for (const setting of [undefined, '', '   ']) {
    assert.deepEqual(resolveServerPath(setting, EXT, env), { ok: true, path: `${EXT}/server/mail-lsp`, source: 'bundled' });
  }
});

test('PATH is searched in order when nothing else is there', () => {
  const env = fakeEnv(['/usr/bin/mail-lsp', '/usr/local/bin/mail-lsp']);
  assert.deepEqual(resolveServerPath('', EXT, env), { ok: true, path: '/usr/local/bin/mail-lsp', source: 'path' });
  const later = fakeEnv(['/usr/bin/mail-lsp'], { pathEnv: '::/usr/local/bin:/usr/bin' });
  assert.deepEqual(resolveServerPath('', EXT, later), { ok: true, path: '/usr/bin/mail-lsp', source: 'path' });
});

test('a setting that points at nothing is an error naming the setting, with no silent fallback', () => {
  const env = fakeEnv([`${EXT}/server/mail-lsp`, '/usr/bin/mail-lsp']);
  const result = resolveServerPath('/nope/mail-lsp', EXT, env);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.match(result.message, /mailLsp\.server\.path/);
    assert.match(result.message, /\/nope\/mail-lsp/);
  }
});

test('nothing found: the message says how to get the binary and which setting to use', () => {
  const result = resolveServerPath(undefined, EXT, fakeEnv([], { pathEnv: undefined }));
  assert.deepEqual(result, { ok: false, message: NOT_FOUND_MESSAGE });
  assert.match(NOT_FOUND_MESSAGE, /cargo build --release/);
  assert.match(NOT_FOUND_MESSAGE, /mailLsp\.server\.path/);
  assert.match(NOT_FOUND_MESSAGE, /PATH/);
});

test('~, ${userHome} and relative settings are expanded', () => {
  const env = { homeDir: '/home/ann', workspaceDir: '/srv/ws' };
  assert.equal(expandSettingPath('~/bin/mail-lsp', env), '/home/ann/bin/mail-lsp');
  assert.equal(expandSettingPath('${userHome}/bin/mail-lsp', env), '/home/ann/bin/mail-lsp');
  assert.equal(expandSettingPath('target/release/mail-lsp', env), '/srv/ws/target/release/mail-lsp');
  assert.equal(expandSettingPath(' /abs/mail-lsp ', env), '/abs/mail-lsp');
  const resolved = resolveServerPath('~/bin/mail-lsp', EXT, fakeEnv(['/home/ann/bin/mail-lsp']));
  assert.deepEqual(resolved, { ok: true, path: '/home/ann/bin/mail-lsp', source: 'setting' });
});

test('Windows: mail-lsp.exe and ; separated PATH', () => {
  const env = fakeEnv([path.join('C:\\tools', 'mail-lsp.exe')], { platform: 'win32', pathEnv: 'C:\\Windows;C:\\tools' });
  const result = resolveServerPath('', EXT, env);
  assert.deepEqual(result, { ok: true, path: path.join('C:\\tools', 'mail-lsp.exe'), source: 'path' });
  assert.equal(bundledPath(EXT, 'win32'), path.join(EXT, 'server', 'mail-lsp.exe'));
});

test('isExecutableFile: a regular file with the x bit only', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-lsp-test-'));
  try {
    const file = path.join(dir, 'mail-lsp');
    fs.writeFileSync(file, '#!/bin/sh\n');
    fs.chmodSync(file, 0o644);
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      assert.equal(isExecutableFile(file), false);
    }
    fs.chmodSync(file, 0o755);
    assert.equal(isExecutableFile(file), true);
    assert.equal(isExecutableFile(dir), false, 'a directory is not a server');
    assert.equal(isExecutableFile(path.join(dir, 'missing')), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

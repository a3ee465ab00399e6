// Finds the mail-lsp binary: the `mailLsp.server.path` setting, else the
// binary bundled in the extension (`server/mail-lsp`), else `mail-lsp` on PATH.
// Pure apart from the injected file checks, so it is unit-tested without VS Code.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export type ServerSource = 'setting' | 'bundled' | 'path';

export type Resolution =
  | { ok: true; path: string; source: ServerSource }
  | { ok: false; message: string };

export interface ResolveEnv {
  platform: NodeJS.Platform;
  /** Value of the PATH environment variable. */
  pathEnv: string | undefined;
  homeDir: string;
  /** First workspace folder, to resolve a relative setting. */
  workspaceDir?: string;
  isExecutableFile: (file: string) => boolean;
}

export function binaryName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'mail-lsp.exe' : 'mail-lsp';
}

export function bundledPath(extensionDir: string, platform: NodeJS.Platform): string {
  return path.join(extensionDir, 'server', binaryName(platform));
}

/** Expands a leading `~` and `${userHome}`; a relative path is taken from the workspace folder. */
export function expandSettingPath(raw: string, env: Pick<ResolveEnv, 'homeDir' | 'workspaceDir'>): string {
  let p = raw.trim().replace(/\$\{userHome\}/g, env.homeDir);
  if (p === '~') {
    p = env.homeDir;
  } else if (p.startsWith('~/') || p.startsWith('~\\')) {
    p = path.join(env.homeDir, p.slice(2));
  }
  if (!path.isAbsolute(p) && env.workspaceDir) {
    p = path.join(env.workspaceDir, p);
  }
  return p;
}

export function findOnPath(name: string, env: ResolveEnv): string | undefined {
  if (!env.pathEnv) {
    return undefined;
  }
  const sep = env.platform === 'win32' ? ';' : ':';
  for (const dir of env.pathEnv.split(sep)) {
    if (dir === '') {
      continue;
    }
    const candidate = path.join(dir, name);
    if (env.isExecutableFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

export const NOT_FOUND_MESSAGE =
  'mail-lsp: the server binary `mail-lsp` was not found. ' +
  'Build it (`cargo build --release` in the mail-lsp repository) and either put `target/release/mail-lsp` on your PATH ' +
  '(for example `cargo install --path .`) or set `mailLsp.server.path` to its full path.';

export function resolveServerPath(
  setting: string | undefined,
  extensionDir: string,
  env: ResolveEnv,
): Resolution {
  if (setting !== undefined && setting.trim() !== '') {
    const configured = expandSettingPath(setting, env);
    if (env.isExecutableFile(configured)) {
      return { ok: true, path: configured, source: 'setting' };
    }
    // A wrong setting is an error of its own: falling back silently would run
    // another binary than the one the user asked for.
    return {
      ok: false,
      message:
        `mail-lsp: \`mailLsp.server.path\` is set to "${setting}", but no executable file is there` +
        (configured !== setting ? ` (looked at ${configured})` : '') +
        '. Fix the path, or clear the setting to use the bundled binary or the one on PATH.',
    };
  }
  const bundled = bundledPath(extensionDir, env.platform);
  if (env.isExecutableFile(bundled)) {
    return { ok: true, path: bundled, source: 'bundled' };
  }
  const onPath = findOnPath(binaryName(env.platform), env);
  if (onPath !== undefined) {
    return { ok: true, path: onPath, source: 'path' };
  }
  return { ok: false, message: NOT_FOUND_MESSAGE };
}

/** The real file check: a regular file we may execute. */
export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    fs.accessSync(file, process.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function processEnv(workspaceDir?: string): ResolveEnv {
  return {
    platform: process.platform,
    pathEnv: process.env.PATH,
    homeDir: os.homedir(),
    workspaceDir,
    isExecutableFile,
  };
}

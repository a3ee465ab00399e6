// Which language the server's file-name table gives a path: the extension
// needs it for the files VS Code keeps to itself (over 50 MB), whose language
// it cannot ask. The same globs, variants and "longest match wins" as the
// server (src/analysis/kinds/names.rs), from generated.ts.

import { FILE_NAMES, LanguageId } from './generated';

/** One path component against one glob component: `*`, `[a-z0-9]`, `{a,b}`. */
function componentMatches(glob: string, name: string): boolean {
  if (glob === '') {
    return name === '';
  }
  const first = glob[0];
  if (first === '*') {
    for (let skip = 0; skip <= name.length; skip++) {
      if (componentMatches(glob.slice(1), name.slice(skip))) {
        return true;
      }
    }
    return false;
  }
  if (first === '[') {
    const close = glob.indexOf(']');
    if (close < 0 || name === '') {
      return false;
    }
    const members = glob.slice(1, close);
    let inside = false;
    for (let i = 0; i < members.length; i++) {
      if (members[i + 1] === '-' && i + 2 < members.length) {
        inside ||= name[0] >= members[i] && name[0] <= members[i + 2];
        i += 2;
      } else {
        inside ||= name[0] === members[i];
      }
    }
    return inside && componentMatches(glob.slice(close + 1), name.slice(1));
  }
  if (first === '{') {
    const close = glob.indexOf('}');
    if (close < 0) {
      return false;
    }
    const rest = glob.slice(close + 1);
    return glob
      .slice(1, close)
      .split(',')
      .some((word) => name.startsWith(word) && componentMatches(rest, name.slice(word.length)));
  }
  return name !== '' && name[0] === first && componentMatches(glob.slice(1), name.slice(1));
}

/** `glob` against as many trailing components of `path` as it has. */
export function globMatches(glob: string, path: string): boolean {
  const wanted = glob.split('/');
  const parts = path.split('/');
  if (parts.length < wanted.length) {
    return false;
  }
  const tail = parts.slice(parts.length - wanted.length);
  return wanted.every((part, i) => componentMatches(part, tail[i]));
}

/**
 * The language of `path` by name, ignoring case: among the editors' globs
 * (`editorsOnly`), or all the server's (`*.log` too). Undefined: none.
 */
export function languageOfPath(path: string, editorsOnly: boolean): LanguageId | undefined {
  const lower = path.replace(/\\/g, '/').toLowerCase();
  let best: { length: number; language: LanguageId } | undefined;
  for (const { glob, language, editors } of FILE_NAMES) {
    if (editorsOnly && !editors) {
      continue;
    }
    if (globMatches(glob, lower) && (best === undefined || glob.length > best.length)) {
      best = { length: glob.length, language };
    }
  }
  return best?.language;
}

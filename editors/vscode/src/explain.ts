// The "Explain an SMTP code" command's own logic: which code the cursor is on
// (to prefill the input box), checking what the user typed, and the command
// line of `mail-lsp explain`.

// A reply code, optionally followed by an enhanced code (`550 5.1.1`,
// `550-5.1.1`), or an enhanced code alone (`5.7.26`, `X.1.1`).
const CODE_RE = /(?<![\w.])(?:[1-5]\d\d(?:[ -][245X]\.\d{1,3}\.\d{1,3})?|[245X]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d)/gi;

/** The code under `character` (0-based, UTF-16 column) in `line`, if any. */
export function codeAtCursor(line: string, character: number): string | undefined {
  CODE_RE.lastIndex = 0;
  for (let m = CODE_RE.exec(line); m !== null; m = CODE_RE.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (character >= start && character <= end) {
      return m[0];
    }
  }
  return undefined;
}

/** Why `input` cannot be a code (the key of the message), or undefined when it may be one (the server has the last word). */
export function validateCodeInput(input: string): 'explain.empty' | 'explain.notCode' | 'explain.tooLong' | undefined {
  const text = input.trim();
  if (text === '') {
    return 'explain.empty';
  }
  if (!/^[0-9xX]/.test(text)) {
    return 'explain.notCode';
  }
  if (text.length > 200) {
    return 'explain.tooLong';
  }
  return undefined;
}

/** Arguments of `mail-lsp explain`: the code words as typed, then the language. */
export function explainArgs(input: string, language: 'en' | 'fr'): string[] {
  const words = input.trim().split(/\s+/).filter((w) => w !== '');
  return ['explain', '--lang', language, ...words];
}

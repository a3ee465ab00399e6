// The language ids mail-lsp serves; they are the ids the server knows.
export const LANGUAGE_IDS = [
  'mail-log',
  'mail-bounce',
  'postfix-main',
  'postfix-master',
  'postfix-table',
  'sendmail-mc',
  'sendmail-cf',
  'sendmail-table',
] as const;

export type LanguageId = (typeof LANGUAGE_IDS)[number];

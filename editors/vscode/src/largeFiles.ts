// Large files: VS Code hands no file over 50 MB to extensions (the document
// is never synchronised, the language client never opens it), so for such a
// mail log the extension works from the file on disk through the command
// line: `mail-lsp summary --json` for the outcomes, `mail-lsp check --format
// json` for the Problems panel. What can be decided without VS Code is here.

import { count, Lang, t } from './texts';

/** The size above which VS Code does not synchronise a document with extensions. */
export const SYNC_LIMIT_BYTES = 50 * 1024 * 1024;

export const OUTCOMES = ['sent', 'deferred', 'bounced', 'expired', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Counts = Record<Outcome, number>;

export interface CodeRow {
  code: string | null;
  meaning: string;
  counts: Counts;
  total: number;
}

export interface Summary {
  totals: Counts;
  byCode: CodeRow[];
}

export interface Finding {
  /** 0-based line and character range on that line. */
  line: number;
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  rule: string;
  message: string;
}

function counts(value: unknown): Counts {
  const record = (value ?? {}) as Record<string, unknown>;
  const out = {} as Counts;
  for (const outcome of OUTCOMES) {
    out[outcome] = typeof record[outcome] === 'number' ? (record[outcome] as number) : 0;
  }
  return out;
}

/** The first file's record of `mail-lsp summary --json`. */
export function parseSummary(json: string): Summary {
  const records = JSON.parse(json) as Array<Record<string, unknown>>;
  const record = records[0];
  if (record === undefined) {
    throw new Error('mail-lsp summary printed no record');
  }
  const byCode = ((record.by_code ?? []) as Array<Record<string, unknown>>).map((row) => ({
    code: typeof row.code === 'string' ? row.code : null,
    meaning: typeof row.meaning === 'string' ? row.meaning : '',
    counts: counts(row.counts),
    total: typeof row.total === 'number' ? row.total : 0,
  }));
  return { totals: counts(record.totals), byCode };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** `mail-lsp check --format json`'s records (1-based lines and columns). */
export function parseCheck(json: string): Finding[] {
  const records = JSON.parse(json) as Array<Record<string, unknown>>;
  return records.map((record) => {
    const line = Math.max(0, Number(record.line ?? 1) - 1);
    const start = Math.max(0, Number(record.column ?? 1) - 1);
    const end = Math.max(start + 1, Number(record.end_column ?? record.column ?? 1) - 1);
    const severity = (['error', 'warning', 'info', 'hint'] as const).find((s) => s === record.severity) ?? 'warning';
    return { line, start, end, severity, rule: String(record.rule ?? ''), message: String(record.message ?? '') };
  });
}

/** At most `max` findings, the most severe first, then in file order. */
export function mostSevere(findings: Finding[], max: number): Finding[] {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || a.start - b.start)
    .slice(0, Math.max(0, max));
}

/** The status bar's text: the outcomes that happened, most common first. */
export function statusText(lang: Lang, totals: Counts): string {
  const parts = OUTCOMES.filter((outcome) => totals[outcome] > 0).map(
    (outcome) => `${count(lang, totals[outcome])} ${t(lang, `outcome.${outcome}`)}`,
  );
  return parts.length > 0 ? parts.join(' · ') : `0 ${t(lang, 'outcome.sent')}`;
}

function outcomesText(lang: Lang, row: Counts): string {
  return OUTCOMES.filter((outcome) => row[outcome] > 0)
    .map((outcome) => `${count(lang, row[outcome])} ${t(lang, `outcome.${outcome}`)}`)
    .join(', ');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A text of data/editors.toml in HTML: `code` and **strong** kept, the rest escaped. */
function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

export interface SummaryPage {
  file: string;
  sizeMB: string;
  date: string;
  summary: Summary;
  shownFindings: number;
  totalFindings: number;
}

/** The summary as a page: a webview's HTML, in VS Code's theme colours, with no script. */
export function summaryHtml(lang: Lang, page: SummaryPage): string {
  const title = t(lang, 'large.summaryTitle', { file: page.file });
  const rows = [...page.summary.byCode]
    .sort((a, b) => b.total - a.total)
    .map((row) => {
      const code = row.code === null ? escape(t(lang, 'large.noCode')) : `<code>${escape(row.code)}</code>`;
      return `<tr><td>${code}</td><td class="n">${count(lang, row.total)}</td><td>${escape(outcomesText(lang, row.counts))}</td><td>${escape(row.meaning)}</td></tr>`;
    });
  const problems =
    page.totalFindings > 0
      ? `<p>${inline(t(lang, 'large.problems', { shown: count(lang, page.shownFindings), total: count(lang, page.totalFindings) }))}</p>`
      : '';
  const header = ['large.columnCode', 'large.columnMessages', 'large.columnOutcomes', 'large.columnMeaning'] as const;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`,
    `<title>${escape(title)}</title>`,
    '<style>',
    'body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1.5em; }',
    'table { border-collapse: collapse; margin: 1em 0; }',
    'th, td { text-align: left; padding: 0.25em 1em 0.25em 0; border-bottom: 1px solid var(--vscode-panel-border); }',
    'td.n { text-align: right; }',
    'code { font-family: var(--vscode-editor-font-family); }',
    '</style></head><body>',
    `<h1>${escape(title)}</h1>`,
    `<p>${inline(t(lang, 'large.summaryIntro', { size: page.sizeMB, date: page.date }))}</p>`,
    `<p><strong>${escape(t(lang, 'large.totals'))}</strong>: ${escape(outcomesText(lang, page.summary.totals) || '0')}</p>`,
    `<table><thead><tr>${header.map((key) => `<th>${escape(t(lang, key))}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
    problems,
    `<p>${inline(t(lang, 'large.explainHint'))}</p>`,
    '</body></html>',
  ].join('\n');
}

/** Whether the first lines of a file look like a Postfix, Sendmail or Exim log. */
export function looksLikeMailLog(head: string): boolean {
  return head
    .split('\n')
    .slice(0, 50)
    .some(
      (line) =>
        /\bpostfix(?:-[a-z0-9]+)?\/[a-z0-9/_-]+\[\d+\]: /.test(line) ||
        /\b(?:sendmail|sm-mta|sm-msp-queue|exim)\[\d+\]: /.test(line) ||
        /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\S+ )?(?:<=|=>|->|\*\*|==|Completed)/.test(line),
    );
}

/** A code in `text` worth explaining (the selection of a large file), if any. */
export function codeInSelection(text: string): string | undefined {
  const match = /(?<![\w.])(?:[2-5]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?|[245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d)/.exec(text.trim());
  return match?.[0];
}

// The VS Code side of large files (see largeFiles.ts): finds the mail files
// open in a tab that VS Code keeps from the extension host, reads them from
// disk with the mail-lsp command line, and shows the result: the outcomes in
// the status bar and a summary page (a webview), the findings in the Problems
// panel.

import { execFile } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';

import { languageOfPath } from './fileNames';
import {
  Finding,
  looksLikeMailLog,
  mostSevere,
  parseCheck,
  parseSummary,
  statusText,
  Summary,
  summaryHtml,
  SYNC_LIMIT_BYTES,
} from './largeFiles';
import { Lang, t } from './texts';

interface State {
  uri: vscode.Uri;
  mtime: number;
  sizeMB: string;
  date: string;
  summary?: Summary;
  totalFindings: number;
  shownFindings: number;
}

export interface LargeFileDeps {
  /** The mail-lsp binary, or undefined (the caller has said why). */
  binary(): Promise<string | undefined>;
  lang(): Lang;
  maxDiagnostics(): number;
  log: vscode.LogOutputChannel;
}

function run(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(binary, args, { maxBuffer: 1024 * 1024 * 1024, timeout: 10 * 60 * 1000 }, (error, stdout, stderr) => {
      // `check` exits 1 when it finds an error: its output is still the answer.
      if (error !== null && !(typeof error.code === 'number' && error.code === 1 && stdout !== '')) {
        reject(new Error(String(stderr).trim() || error.message));
      } else {
        resolve(String(stdout));
      }
    });
  });
}

function readHead(path: string): string {
  const buffer = Buffer.alloc(16 * 1024);
  const fd = fs.openSync(path, 'r');
  try {
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

export class LargeFiles implements vscode.Disposable {
  private readonly states = new Map<string, State>();
  private readonly reading = new Map<string, Promise<void>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('mail-lsp');
  private readonly status = vscode.window.createStatusBarItem('mailLsp.largeFile', vscode.StatusBarAlignment.Left, 10);
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: LargeFileDeps) {
    this.status.name = 'mail-lsp: large log';
    this.disposables.push(
      this.diagnostics,
      this.status,
      vscode.window.tabGroups.onDidChangeTabs(() => this.scan()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.scan()),
    );
    this.scan();
  }

  dispose(): void {
    for (const disposable of [...this.disposables, ...this.panels.values()]) {
      disposable.dispose();
    }
  }

  /** The file of the active tab when it is a large mail file this reads from disk. */
  activeLargeFile(): vscode.Uri | undefined {
    const uri = this.activeTabUri();
    return uri !== undefined && this.states.has(uri.toString()) ? uri : undefined;
  }

  /** The codes of a large file's summary, most frequent first. */
  codesOf(uri: vscode.Uri): Summary['byCode'] {
    return [...(this.states.get(uri.toString())?.summary?.byCode ?? [])].sort((a, b) => b.total - a.total);
  }

  private page(state: State): string {
    if (state.summary === undefined) {
      return '';
    }
    return summaryHtml(this.deps.lang(), {
      file: vscode.workspace.asRelativePath(state.uri),
      sizeMB: state.sizeMB,
      date: state.date,
      summary: state.summary,
      shownFindings: state.shownFindings,
      totalFindings: state.totalFindings,
    });
  }

  /** The summary page of a large file, beside its editor. */
  async showSummary(target?: vscode.Uri): Promise<void> {
    const uri = target ?? this.activeLargeFile() ?? [...this.states.values()].pop()?.uri;
    if (uri === undefined) {
      return;
    }
    const key = uri.toString();
    await this.reading.get(key);
    const state = this.states.get(key);
    if (state?.summary === undefined) {
      return;
    }
    const title = t(this.deps.lang(), 'large.summaryTitle', { file: vscode.workspace.asRelativePath(uri) });
    let panel = this.panels.get(key);
    if (panel === undefined) {
      panel = vscode.window.createWebviewPanel('mailLsp.largeFileSummary', title, vscode.ViewColumn.Beside, {
        enableScripts: false,
      });
      this.panels.set(key, panel);
      panel.onDidDispose(() => this.panels.delete(key));
    }
    panel.title = title;
    panel.webview.html = this.page(state);
    panel.reveal(vscode.ViewColumn.Beside, false);
  }

  async refresh(target?: vscode.Uri): Promise<void> {
    const uri = target ?? this.activeLargeFile();
    if (uri !== undefined) {
      this.states.delete(uri.toString());
      await this.consider(uri, true);
    }
  }

  private activeTabUri(): vscode.Uri | undefined {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    return input instanceof vscode.TabInputText ? input.uri : undefined;
  }

  private scan(): void {
    const open = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        if (tab.input instanceof vscode.TabInputText) {
          open.add(tab.input.uri.toString());
          void this.consider(tab.input.uri, false);
        }
      }
    }
    // A closed file's findings leave the Problems panel with it.
    for (const key of [...this.states.keys()]) {
      if (!open.has(key)) {
        this.states.delete(key);
        this.diagnostics.delete(vscode.Uri.parse(key));
      }
    }
    this.updateStatus();
  }

  private async consider(uri: vscode.Uri, announce: boolean): Promise<void> {
    const key = uri.toString();
    if (uri.scheme !== 'file' || this.states.has(key) || this.reading.has(key)) {
      return;
    }
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) {
      return; // the language server has it
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(uri.fsPath);
    } catch {
      return;
    }
    if (!stat.isFile() || stat.size <= SYNC_LIMIT_BYTES) {
      return;
    }
    const byName = languageOfPath(uri.fsPath, true);
    const isMailLog =
      byName === 'mail-log' ||
      byName === 'mail-bounce' ||
      (byName === undefined && languageOfPath(uri.fsPath, false) === 'mail-log' && looksLikeMailLog(readHead(uri.fsPath)));
    if (!isMailLog) {
      return;
    }
    const reading = this.read(uri, stat, announce || !this.states.has(key));
    this.reading.set(key, reading);
    try {
      await reading;
    } finally {
      this.reading.delete(key);
      this.updateStatus();
    }
  }

  private async read(uri: vscode.Uri, stat: fs.Stats, announce: boolean): Promise<void> {
    const binary = await this.deps.binary();
    if (binary === undefined) {
      return;
    }
    const lang = this.deps.lang();
    const file = vscode.workspace.asRelativePath(uri);
    const sizeMB = (stat.size / (1024 * 1024)).toFixed(0);
    const state: State = {
      uri,
      mtime: stat.mtimeMs,
      sizeMB,
      date: new Date().toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US'),
      totalFindings: 0,
      shownFindings: 0,
    };
    this.states.set(uri.toString(), state);
    const started = Date.now();
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: t(lang, 'large.reading', { file, size: sizeMB }) },
        async () => {
          const [summary, check] = await Promise.all([
            run(binary, ['summary', '--json', '--lang', lang, uri.fsPath]),
            run(binary, ['check', '--format', 'json', '--lang', lang, uri.fsPath]),
          ]);
          state.summary = parseSummary(summary);
          const findings = parseCheck(check);
          const shown = mostSevere(findings, this.deps.maxDiagnostics());
          state.totalFindings = findings.length;
          state.shownFindings = shown.filter((finding) => finding.severity !== 'hint').length;
          this.diagnostics.set(uri, shown.map(toDiagnostic));
        },
      );
      const panel = this.panels.get(uri.toString());
      if (panel !== undefined) {
        panel.webview.html = this.page(state);
      }
      this.deps.log.info(
        `${file}: ${sizeMB} MB, over VS Code's 50 MB limit for extensions: read from disk in ${Date.now() - started} ms (${state.totalFindings} findings)`,
      );
    } catch (error) {
      this.states.delete(uri.toString());
      const message = t(lang, 'large.failed', { file, error: error instanceof Error ? error.message : String(error) });
      this.deps.log.error(message);
      void vscode.window.showErrorMessage(message);
      return;
    }
    this.updateStatus();
    if (announce) {
      // Not awaited: the notification stays until dismissed, the reading is done.
      void vscode.window
        .showInformationMessage(t(lang, 'large.notice', { file, size: sizeMB }), t(lang, 'large.showSummary'))
        .then((choice) => (choice !== undefined ? this.showSummary(uri) : undefined));
    }
  }

  private updateStatus(): void {
    const uri = this.activeTabUri();
    const state = uri === undefined ? undefined : this.states.get(uri.toString());
    if (state?.summary === undefined) {
      this.status.hide();
      return;
    }
    const lang = this.deps.lang();
    this.status.text = `$(mail) ${statusText(lang, state.summary.totals)}`;
    this.status.tooltip = t(lang, 'large.statusTooltip', { file: vscode.workspace.asRelativePath(state.uri), size: state.sizeMB });
    this.status.command = { title: t(lang, 'large.showSummary'), command: 'mailLsp.showLargeFileSummary', arguments: [state.uri] };
    this.status.show();
  }
}

function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(finding.line, finding.start, finding.line, finding.end);
  const severity = {
    error: vscode.DiagnosticSeverity.Error,
    warning: vscode.DiagnosticSeverity.Warning,
    info: vscode.DiagnosticSeverity.Information,
    hint: vscode.DiagnosticSeverity.Hint,
  }[finding.severity];
  const diagnostic = new vscode.Diagnostic(range, finding.message, severity);
  diagnostic.source = 'mail-lsp';
  diagnostic.code = finding.rule;
  return diagnostic;
}

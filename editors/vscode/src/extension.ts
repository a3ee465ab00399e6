// The VS Code client of mail-lsp: starts the server over stdio for the mail
// languages, passes the settings, adds its commands, and reads the mail logs
// VS Code keeps to itself (over 50 MB) from disk (largeFileView.ts). All
// decisions that can be tested without VS Code live in serverPath.ts,
// settings.ts, explain.ts, fileNames.ts and largeFiles.ts.

import { execFile } from 'child_process';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
} from 'vscode-languageclient/node';

import { codeAtCursor, explainArgs, validateCodeInput } from './explain';
import { LANGUAGE_IDS } from './generated';
import { codeInSelection } from './largeFiles';
import { LargeFiles } from './largeFileView';
import { processEnv, resolveServerPath, Resolution } from './serverPath';
import { didChangeConfigurationParams, explainLanguage, serverEnvironment, toServerSettings } from './settings';
import { count, Lang, t } from './texts';

const SECTION = 'mailLsp';

let client: LanguageClient | undefined;
let outputChannel: vscode.LogOutputChannel;
let explainChannel: vscode.OutputChannel;
let extensionDir: string;
let largeFiles: LargeFiles | undefined;

function configuration(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

function serverSettings() {
  const config = configuration();
  return toServerSettings((key) => config.get(key));
}

function resolveServer(): Resolution {
  const workspaceDir = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return resolveServerPath(configuration().get<string>('server.path'), extensionDir, processEnv(workspaceDir));
}

async function reportMissingServer(message: string): Promise<void> {
  outputChannel.error(message);
  const choice = await vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output');
  if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'mailLsp.server.path');
  } else if (choice === 'Show Output') {
    outputChannel.show();
  }
}

async function startClient(): Promise<void> {
  const resolution = resolveServer();
  if (!resolution.ok) {
    await reportMissingServer(resolution.message);
    return;
  }
  outputChannel.info(`starting ${resolution.path} (found from ${resolution.source})`);

  // No `transport`: with TransportKind.stdio the client would append `--stdio`
  // to the arguments; an Executable without it talks over stdio all the same.
  const serverOptions: ServerOptions = {
    command: resolution.path,
    args: [],
    options: { env: serverEnvironment(configuration().get('server.logLevel'), process.env) },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: () => serverSettings(),
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    markdown: { isTrusted: false, supportHtml: false },
  };

  // The id `mailLsp` makes the client read `mailLsp.trace.server` itself.
  client = new LanguageClient('mailLsp', 'mail-lsp', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    outputChannel.error(`the server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage(`mail-lsp: the server ${resolution.path} did not start: ${String(error)}`, 'Show Output').then(
      (choice) => {
        if (choice === 'Show Output') {
          outputChannel.show();
        }
      },
    );
  }
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running === undefined) {
    return;
  }
  try {
    if (running.needsStop()) {
      await running.stop();
    }
  } catch (error) {
    outputChannel.warn(`stopping the server: ${String(error)}`);
  }
  await running.dispose();
}

async function restartServer(): Promise<void> {
  await stopClient();
  await startClient();
}

function runExplain(binary: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(binary, args, { timeout: 15000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ stdout: String(stdout), stderr: error !== null && stderr === '' ? error.message : String(stderr), code });
    });
  });
}

function uiLanguage(): Lang {
  return explainLanguage(configuration().get('locale'), vscode.env.language);
}

/**
 * The selection of an editor whose document the extension host does not
 * have (a file over 50 MB): copied through the clipboard, which is then put
 * back. With nothing selected, VS Code copies the cursor's line.
 */
async function selectionOfLargeFile(): Promise<string | undefined> {
  const saved = await Promise.resolve(vscode.env.clipboard.readText()).catch(() => undefined);
  try {
    await vscode.commands.executeCommand('editor.action.clipboardCopyAction');
    const copied = await vscode.env.clipboard.readText();
    return copied !== saved ? copied : undefined;
  } catch {
    return undefined;
  } finally {
    if (saved !== undefined) {
      await Promise.resolve(vscode.env.clipboard.writeText(saved)).catch(() => undefined);
    }
  }
}

async function explainCode(): Promise<void> {
  const lang = uiLanguage();
  const editor = vscode.window.activeTextEditor;
  let initial: string | undefined;
  const large = largeFiles?.activeLargeFile();
  if (large !== undefined) {
    const selected = await selectionOfLargeFile();
    initial = selected === undefined ? undefined : codeInSelection(selected);
  } else if (editor !== undefined) {
    const position = editor.selection.active;
    initial = editor.selection.isEmpty
      ? codeAtCursor(editor.document.lineAt(position.line).text, position.character)
      : editor.document.getText(editor.selection).trim();
  }
  // In a large log, its own codes are offered first, with their counts.
  const rows = large === undefined ? [] : (largeFiles?.codesOf(large) ?? []).filter((row) => row.code !== null);
  const validate = (value: string) => {
    const problem = validateCodeInput(value);
    return problem === undefined ? undefined : t(lang, problem);
  };
  let input: string | undefined;
  if (rows.length === 0) {
    input = await vscode.window.showInputBox({
      title: t(lang, 'explain.title'),
      prompt: t(lang, 'explain.prompt'),
      placeHolder: '550 5.1.1',
      value: initial,
      validateInput: validate,
    });
  } else {
    input = await new Promise<string | undefined>((resolve) => {
      const pick = vscode.window.createQuickPick();
      pick.title = t(lang, 'explain.title');
      pick.placeholder = t(lang, 'explain.prompt');
      pick.value = initial ?? '';
      pick.items = rows.map((row) => ({
        label: row.code ?? '',
        description: row.meaning,
        detail: t(lang, 'explain.inThisLog', {
          count: count(lang, row.total),
          outcomes: Object.entries(row.counts)
            .filter(([, n]) => n > 0)
            .map(([outcome, n]) => `${count(lang, n)} ${t(lang, `outcome.${outcome}` as 'outcome.sent')}`)
            .join(', '),
        }),
      }));
      let chosen: string | undefined;
      pick.onDidAccept(() => {
        const typed = pick.value.trim();
        const item = pick.selectedItems[0]?.label;
        chosen = item !== undefined && (typed === '' || item.startsWith(typed)) ? item : typed;
        if (validate(chosen) === undefined) {
          pick.hide();
        }
      });
      pick.onDidHide(() => {
        pick.dispose();
        resolve(chosen !== undefined && validate(chosen) === undefined ? chosen : undefined);
      });
      pick.show();
    });
  }
  if (input === undefined) {
    return;
  }
  const resolution = resolveServer();
  if (!resolution.ok) {
    await reportMissingServer(resolution.message);
    return;
  }
  const args = explainArgs(input, lang);
  const result = await runExplain(resolution.path, args);
  explainChannel.appendLine(`$ mail-lsp ${args.join(' ')}`);
  if (result.stdout !== '') {
    explainChannel.append(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
  }
  if (result.code !== 0) {
    explainChannel.appendLine(result.stderr.trim());
    void vscode.window.showWarningMessage(`mail-lsp: ${result.stderr.trim().split('\n')[0] || `explain exited with status ${result.code}`}`);
  }
  explainChannel.appendLine('');
  explainChannel.show(true);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionDir = context.extensionPath;
  outputChannel = vscode.window.createOutputChannel('mail-lsp', { log: true });
  explainChannel = vscode.window.createOutputChannel('mail-lsp: explain');
  context.subscriptions.push(
    outputChannel,
    explainChannel,
    vscode.commands.registerCommand('mailLsp.restartServer', restartServer),
    vscode.commands.registerCommand('mailLsp.explainCode', explainCode),
    vscode.commands.registerCommand('mailLsp.showOutput', () => outputChannel.show()),
    vscode.commands.registerCommand('mailLsp.showLargeFileSummary', (uri?: vscode.Uri) => largeFiles?.showSummary(uri)),
    vscode.commands.registerCommand('mailLsp.refreshLargeFile', (uri?: vscode.Uri) => largeFiles?.refresh(uri)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(SECTION)) {
        return;
      }
      if (event.affectsConfiguration(`${SECTION}.server`)) {
        outputChannel.info('server settings changed: restarting the server');
        await restartServer();
        return;
      }
      if (client?.isRunning()) {
        await client.sendNotification(DidChangeConfigurationNotification.type, didChangeConfigurationParams(serverSettings()));
      }
    }),
  );
  void vscode.commands.executeCommand('setContext', 'mailLsp.languageIds', LANGUAGE_IDS);
  largeFiles = new LargeFiles({
    binary: async () => {
      const resolution = resolveServer();
      if (!resolution.ok) {
        await reportMissingServer(resolution.message);
        return undefined;
      }
      return resolution.path;
    },
    lang: uiLanguage,
    maxDiagnostics: () => {
      const max = configuration().get('diagnostics.maxPerDocument');
      return typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : 1000;
    },
    log: outputChannel,
  });
  context.subscriptions.push(largeFiles);
  await startClient();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

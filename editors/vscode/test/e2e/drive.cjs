// Drives code-server in headless Debian Chromium with playwright-core: opens
// the fixture log, hovers a code, reads the hover text from the page, checks it
// holds the expected title, and saves screenshots. Started by run.sh, which
// sets NODE_PATH to the folder holding playwright-core.
//
// Environment: E2E_URL (code-server with ?folder=), E2E_LOG_NAME (file name to
// open), E2E_CODE (text of the code to hover), E2E_EXPECTED (text the hover
// must hold), E2E_SCREENSHOTS (folder), CHROMIUM (default /usr/bin/chromium).
// Prints one line per check and "vscode-e2e: N passed, N failed".

'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const url = process.env.E2E_URL;
const logName = process.env.E2E_LOG_NAME;
const code = process.env.E2E_CODE;
const codeLine = process.env.E2E_LINE || '1';
const expected = process.env.E2E_EXPECTED;
const expectedFr = process.env.E2E_EXPECTED_FR || '';
const explainTail = process.env.E2E_EXPLAIN_TAIL || '';
const maincfName = process.env.E2E_MAINCF_NAME || '';
const diagnosticsName = process.env.E2E_DIAGNOSTICS_NAME || '';
const screenshots = process.env.E2E_SCREENSHOTS;
const largeMB = process.env.E2E_LARGE_MB || '';
const largeCode = process.env.E2E_LARGE_CODE || '';
// The code's title in English and in French (the UI may have been switched to French): "en|fr".
const largeTitles = (process.env.E2E_LARGE_TITLE || '').split('|').filter((title) => title !== '');
const largeRule = process.env.E2E_LARGE_RULE || '';
const logsDir = process.env.E2E_LOGS || '';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 60000);

let passed = 0;
let failed = 0;
function check(ok, name, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}`);
    if (detail) {
      console.log(`     ${String(detail).split('\n').join('\n     ')}`);
    }
  }
  return ok;
}

// Opens `name` with Quick Open (Ctrl+P): `shown` is its file name as the list and the tab show it.
async function quickOpen(page, name, shown = name) {
  await page.locator('.monaco-workbench').click({ position: { x: 600, y: 300 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(name);
  // Wait for the file to be listed, then open it.
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: shown }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label^="${shown}"]`).first().waitFor({ timeout: TIMEOUT });
  // The editor, or VS Code's question before opening a very large file.
  await page
    .locator('.editor-group-container.active .monaco-editor .view-lines, .editor-group-container.active .monaco-button')
    .first()
    .waitFor({ timeout: TIMEOUT });
}

async function hoverText(page, token, wanted) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    await page.mouse.move(5, 5);
    await token.hover();
    const hover = page.locator('.monaco-hover:visible').filter({ hasText: wanted }).first();
    if (await hover.waitFor({ timeout: 4000 }).then(() => true, () => false)) {
      await page.waitForTimeout(800); // let the fade-in end before a screenshot
      return hover.innerText();
    }
  }
  const any = page.locator('.monaco-hover:visible').first();
  return (await any.isVisible()) ? `(other hover) ${await any.innerText()}` : '';
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

async function statusBarLanguage(page) {
  const item = page.locator('#status\\.editor\\.mode');
  await item.waitFor({ timeout: TIMEOUT });
  return (await item.innerText()).trim();
}

// The text of an output channel, from its log file under E2E_LOGS, once `wanted(text)` holds.
async function outputLog(channel, wanted) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const files = [];
    const walk = (dir) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
        } else if (entry.name.endsWith(`${channel}.log`)) {
          files.push(full);
        }
      }
    };
    walk(logsDir);
    const text = files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    if (wanted(text) || Date.now() > deadline) {
      return wanted(text) ? text : '';
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// A log over the 50 MB VS Code hands to extensions: the extension reads it
// from disk (status bar, Problems panel, summary, explain on a selection).
async function largeLog(page) {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await quickOpen(page, 'large/mail.log', 'mail.log');
  const opened = Date.now();
  // VS Code may first ask whether to open a file this large: as a person, open it anyway.
  const openAnyway = page.locator('.monaco-workbench a, .monaco-workbench .monaco-button').filter({ hasText: /Open Anyway/i }).first();
  if (await openAnyway.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
    console.log('     code-server asked before opening the file: "Open Anyway"');
    await openAnyway.click();
  }
  const status = page.locator('.statusbar-item').filter({ has: page.locator('.codicon-mail') }).first();
  const shown = await status.waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
  const statusText = shown ? (await status.innerText()).trim() : '';
  check(shown && /\d/.test(statusText), `${largeMB} MB mail.log: the status bar shows its outcomes, read from disk`, `status bar: ${JSON.stringify(statusText)}`);
  console.log(`     status bar after ${Date.now() - opened} ms: ${statusText}`);
  const notice = page.locator('.notifications-toasts .notification-toast').filter({ hasText: /50 M[Bo]/ }).first();
  const noticed = await notice.waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
  check(noticed, 'a notification says why: VS Code hands no file over 50 MB to extensions', noticed ? await notice.innerText() : '');
  await page.screenshot({ path: path.join(screenshots, 'vscode-large-log.png') });

  // The Problems panel lists the log's warning.
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: largeRule }).first();
  const listed = await row.waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
  check(listed, `Problems panel: the large log's ${largeRule} warnings`, (await page.locator('.markers-panel').innerText().catch(() => '')).slice(0, 600));
  await page.screenshot({ path: path.join(screenshots, 'vscode-large-problems.png') });
  await page.keyboard.press('Control+Shift+M');

  // Explain on a selected code: find it, then the command.
  // A slow machine may still be laying out the 60 MB text, or leave the
  // focus on the tab: click into the text, and try again until the find
  // widget has selected the code (the status bar counts the selection).
  await page.locator('.tabs-container .tab[aria-label^="mail.log"]').first().click();
  const text = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  const findInput = page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
  const selection = page.locator('.statusbar-item').filter({ hasText: /\(\d+ selected\)/ }).first();
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await text.click({ position: { x: 40, y: 10 } }).catch(() => {});
    await page.keyboard.press('Control+F');
    if (!(await findInput.waitFor({ timeout: 10000 }).then(() => true, () => false))) continue;
    await findInput.fill(`dsn=${largeCode}`);
    await page.keyboard.press('Enter');
    if (await selection.waitFor({ timeout: 10000 }).then(() => true, () => false)) break;
    await page.keyboard.press('Escape');
  }
  // As a person would: close the find widget, right-click the selection,
  // "mail-lsp: Explain an SMTP Code…" in its context menu.
  const closeFind = page.locator('.find-widget.visible .codicon-widget-close').first();
  if (await closeFind.isVisible().catch(() => false)) await closeFind.click().catch(() => {});
  const selected = page.locator('.editor-group-container.active .monaco-editor .selected-text').first();
  const item = page.locator('.context-view .action-item').filter({ hasText: 'Explain an SMTP Code' }).first();
  for (let attempt = 0; attempt < 4; attempt += 1) {
    if (await selected.isVisible().catch(() => false)) {
      await selected.click({ button: 'right' }).catch(() => {});
    } else {
      await page.keyboard.press('Shift+F10'); // the editor's context menu, at the selection
    }
    if (await item.waitFor({ timeout: 10000 }).then(() => true, () => false)) break;
    await page.keyboard.press('Escape');
  }
  await item.waitFor({ timeout: TIMEOUT });
  // The command's own box (its title), not a Quick Open left behind. A menu
  // ignores a click that comes as it opens: click again while it stays.
  const title = page.locator('.quick-input-widget:visible .quick-input-title').filter({ hasText: /explain|expliquer/i }).first();
  const deadline = Date.now() + TIMEOUT;
  do {
    await page.waitForTimeout(500);
    if (await item.isVisible()) {
      await item.click().catch(() => {});
    }
  } while (!(await title.waitFor({ timeout: 5000 }).then(() => true, () => false)) && Date.now() < deadline);
  const box = page.locator('.quick-input-widget input');
  await page.waitForTimeout(800);
  const prefilled = await box.inputValue();
  check(prefilled === largeCode, `Explain an SMTP Code on the selection dsn=${largeCode} of the large log: the box holds ${largeCode}`, `input: ${JSON.stringify(prefilled)}`);
  await page.screenshot({ path: path.join(screenshots, 'vscode-large-explain-pick.png') });
  await box.fill(largeCode);
  await page.keyboard.press('Enter');
  // The panel shows the answer's end; the output's log file holds all of it.
  const panelShown = await page.locator('.part.panel').filter({ hasText: 'mail-lsp: explain' }).first().waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
  const answer = await outputLog('mail-lsp explain', (text) => text.includes(`explain --lang`) && largeTitles.some((title) => text.includes(title)));
  check(panelShown && answer !== '', `mail-lsp explain ${largeCode} answers "${largeTitles.join('" or "')}" in the "mail-lsp: explain" output`, answer.slice(-600));
  await page.keyboard.press('Control+J');

  // The summary page: a click on the status bar's outcomes.
  await page.locator('.tabs-container .tab[aria-label^="mail.log"]').first().click();
  await status.click();
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
  const table = await preview.locator('table').waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
  const previewText = table ? await preview.innerText() : '';
  check(table && previewText.includes(largeCode) && largeTitles.some((title) => previewText.includes(title)), `the summary lists ${largeCode} with its meaning`, previewText.slice(0, 600));
  await page.screenshot({ path: path.join(screenshots, 'vscode-large-summary.png') });
}

async function main() {
  fs.mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // The clipboard: the explain command reads a large file's selection through it.
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
    check(true, 'code-server workbench loaded');
    // E2E_ONLY_LARGE=1: the large log alone (a quicker run while working on it).
    if (process.env.E2E_ONLY_LARGE !== '1') {

      await quickOpen(page, logName);
      const language = await statusBarLanguage(page);
      check(language === 'Mail log', `${logName} opens as "Mail log"`, `status bar language: ${language}`);

      // Go to the code's line (Monaco renders only the visible lines).
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: TIMEOUT });
      await page.keyboard.type(codeLine);
      await page.keyboard.press('Enter');

      // The code's own token (the grammar gives it a span of its own).
      const token = page.locator('.monaco-editor .view-lines span span', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }).first();
      const found = await token.waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
      if (check(found, `the code ${code} is on screen as its own token`)) {
        const className = await token.getAttribute('class');
        await token.click(); // the cursor on the code, as a person would put it
        // Hover until the language server's answer shows (it starts with the first open).
        const text = await hoverText(page, token, expected);
        check(text.includes(expected), `hover on ${code} shows "${expected}"`, `hover text: ${JSON.stringify(text)}`);
        if (text !== '') {
          console.log(`     hover: ${text.split('\n').slice(0, 6).join(' | ')}`);
        }
        await page.screenshot({ path: path.join(screenshots, 'vscode-hover.png') });
        console.log(`     screenshot: ${path.join(screenshots, 'vscode-hover.png')}`);
        check(className !== null && /mtk\d+/.test(className), `the code token is coloured by the grammar (${className})`);

        // The explain command: the input box is prefilled with the code under the cursor.
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await runCommand(page, 'mail-lsp: Explain an SMTP Code');
        const box = page.locator('.quick-input-widget input');
        await page.waitForTimeout(500);
        const prefilled = await box.inputValue();
        check(prefilled === code, `Explain an SMTP Code: the input box holds the code under the cursor`, `input: ${JSON.stringify(prefilled)}`);
        await box.fill('550 5.1.1');
        await page.keyboard.press('Enter');
        // The output scrolls to its end: the answer's last line shows.
        const output = page.locator('.part.panel').filter({ hasText: explainTail }).first();
        const shown = await output.waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
        const outputText = await page.locator('.part.panel').innerText().catch(() => '');
        check(shown && outputText.includes('mail-lsp: explain'), 'Explain an SMTP Code: mail-lsp explain answers in the "mail-lsp: explain" output',
          `expected the line ${JSON.stringify(explainTail)}; panel: ${outputText.slice(-400)}`);
        await page.screenshot({ path: path.join(screenshots, 'vscode-explain.png') });
        await page.keyboard.press('Control+J'); // hide the panel

        // A setting changed while running reaches the server: explanations in French.
        if (expectedFr !== '') {
          // As a person would: the Settings editor, search, pick "fr".
          await page.keyboard.press('Control+,');
          const search = page.locator('.settings-editor .settings-header .monaco-editor textarea, .settings-editor .search-container textarea').first();
          await search.waitFor({ timeout: TIMEOUT });
          await search.fill('mailLsp.locale');
          const select = page.locator('.settings-editor .setting-item-enum select').first();
          await select.waitFor({ timeout: TIMEOUT });
          await select.selectOption({ label: 'fr' });
          await page.waitForTimeout(1000);
          await page.screenshot({ path: path.join(screenshots, 'vscode-settings.png') });
          await page.keyboard.press('Control+W'); // close the Settings editor
          await page.locator('.tabs-container .tab[aria-label^="' + logName + '"]').first().click();
          const french = await hoverText(page, token, expectedFr);
          check(french.includes(expectedFr), `after "mailLsp.locale": "fr", the hover on ${code} shows "${expectedFr}"`, `hover text: ${JSON.stringify(french)}`);
          await page.mouse.move(5, 5);
          await page.keyboard.press('Escape');

          await runCommand(page, 'mail-lsp: Restart Server');
          const again = await hoverText(page, token, expectedFr);
          check(again.includes(expectedFr), 'after mail-lsp: Restart Server, the hover answers again (still in French)', `hover text: ${JSON.stringify(again)}`);
          await page.mouse.move(5, 5);
          await page.keyboard.press('Escape');
        }
      }

      // Diagnostics: the Problems panel lists mail-lsp's findings for the log.
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row');
      const hasProblems = await problems.first().waitFor({ timeout: 15000 }).then(() => true, () => false);
      const problemsText = hasProblems ? await page.locator('.markers-panel').innerText() : '';
      check(
        !hasProblems || problemsText.includes('mail-lsp'),
        `Problems panel: ${hasProblems ? 'diagnostics from mail-lsp' : 'no diagnostics for this log'}`,
        problemsText.slice(0, 500),
      );
      await page.screenshot({ path: path.join(screenshots, 'vscode-problems.png') });
      console.log(`     screenshot: ${path.join(screenshots, 'vscode-problems.png')}`);

      if (diagnosticsName !== '') {
        // A file with a warning: the Problems panel lists it, from mail-lsp.
        await page.keyboard.press('Control+Shift+M'); // close the panel before Quick Open
        await quickOpen(page, diagnosticsName);
        await page.keyboard.press('Control+Shift+M');
        const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'mail-lsp' }).first();
        const listed = await row.waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
        const panelText = listed ? await page.locator('.markers-panel').innerText() : await page.locator('.markers-panel').innerText().catch(() => '');
        check(listed, `Problems panel lists mail-lsp's diagnostics for ${diagnosticsName}`, panelText.slice(0, 500));
        if (listed) {
          console.log(`     problems: ${panelText.split('\n').slice(0, 4).join(' | ')}`);
          await row.click();
          await page.waitForTimeout(800);
        }
        await page.screenshot({ path: path.join(screenshots, 'vscode-diagnostics.png') });
        console.log(`     screenshot: ${path.join(screenshots, 'vscode-diagnostics.png')}`);
        await page.keyboard.press('Control+Shift+M');
      }

      if (maincfName !== '') {
        await quickOpen(page, maincfName);
        const mainLanguage = await statusBarLanguage(page);
        check(mainLanguage === 'Postfix main.cf', `${maincfName} opens as "Postfix main.cf"`, `status bar language: ${mainLanguage}`);
        const parameter = page.locator('.monaco-editor .view-lines span span', { hasText: /^smtpd_banner$/ }).first();
        if (await parameter.waitFor({ timeout: 10000 }).then(() => true, () => false)) {
          await parameter.click();
          let text = '';
          const deadline = Date.now() + TIMEOUT;
          while (Date.now() < deadline && text === '') {
            await page.mouse.move(5, 5);
            await parameter.hover();
            const hover = page.locator('.monaco-hover:visible').filter({ hasText: 'smtpd_banner' }).first();
            if (await hover.waitFor({ timeout: 4000 }).then(() => true, () => false)) {
              await page.waitForTimeout(800);
              text = await hover.innerText();
            }
          }
          check(text.includes('smtpd_banner'), 'hover on the smtpd_banner parameter of main.cf', `hover text: ${JSON.stringify(text)}`);
          if (text !== '') {
            console.log(`     hover: ${text.split('\n').slice(0, 4).join(' | ')}`);
          }
        }
        await page.screenshot({ path: path.join(screenshots, 'vscode-maincf.png') });
        console.log(`     screenshot: ${path.join(screenshots, 'vscode-maincf.png')}`);
      }

    }
    if (largeCode !== '') {
      await largeLog(page);
    }
  } catch (error) {
    check(false, 'driving code-server', error && error.stack ? error.stack : error);
    await page.screenshot({ path: path.join(screenshots, 'vscode-failure.png') }).catch(() => {});
    if (consoleErrors.length > 0) {
      console.log(`     browser console errors:\n     ${consoleErrors.slice(-5).join('\n     ')}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`vscode-e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main();

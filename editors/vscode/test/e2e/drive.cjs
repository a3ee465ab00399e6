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
const maincfName = process.env.E2E_MAINCF_NAME || '';
const diagnosticsName = process.env.E2E_DIAGNOSTICS_NAME || '';
const screenshots = process.env.E2E_SCREENSHOTS;
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

async function quickOpen(page, name) {
  await page.locator('.monaco-workbench').click({ position: { x: 600, y: 300 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(name);
  // Wait for the file to be listed, then open it.
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor({ timeout: TIMEOUT });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT });
}

async function statusBarLanguage(page) {
  const item = page.locator('#status\\.editor\\.mode');
  await item.waitFor({ timeout: TIMEOUT });
  return (await item.innerText()).trim();
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
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
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
      let text = '';
      const deadline = Date.now() + TIMEOUT;
      while (Date.now() < deadline) {
        await page.mouse.move(5, 5);
        await token.hover();
        const hover = page.locator('.monaco-hover:visible').filter({ hasText: expected }).first();
        if (await hover.waitFor({ timeout: 4000 }).then(() => true, () => false)) {
          await page.waitForTimeout(800); // let the fade-in end before the screenshot
          text = await hover.innerText();
          break;
        }
      }
      check(text.includes(expected), `hover on ${code} shows "${expected}"`, `hover text: ${JSON.stringify(text)}`);
      if (text !== '') {
        console.log(`     hover: ${text.split('\n').slice(0, 6).join(' | ')}`);
      }
      await page.screenshot({ path: path.join(screenshots, 'vscode-hover.png') });
      console.log(`     screenshot: ${path.join(screenshots, 'vscode-hover.png')}`);
      check(className !== null && /mtk\d+/.test(className), `the code token is coloured by the grammar (${className})`);
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

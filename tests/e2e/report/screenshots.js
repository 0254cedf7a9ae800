#!/usr/bin/env node
// Screenshots of /r/{id} in headless Chromium: light and dark at 1366×768 (full page), the print view, and a PDF of
// the first report. usage: node screenshots.js --base http://127.0.0.1:PORT --out DIR name=id [name=id ...]
'use strict';
const fs = require('fs');
const path = require('path');

const home = process.env.PLAYGROUND_HOME || path.join(process.env.HOME, '.cache/agents-playground');
const { chromium } = require(path.join(home, 'node_modules/playwright-core'));

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : def; };
const base = opt('--base', 'http://127.0.0.1:3978');
const out = path.resolve(opt('--out', '.'));
const reports = args.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
fs.mkdirSync(out, { recursive: true });

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  let failed = 0;
  try {
    for (const [name, id] of reports) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, colorScheme: scheme });
        const errors = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        page.on('pageerror', (e) => errors.push(e.message));
        const response = await page.goto(`${base}/r/${id}`, { waitUntil: 'load' });
        if (response.status() !== 200) { console.log(`FAIL ${name}: HTTP ${response.status()}`); failed++; }
        const file = path.join(out, `report-${name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${file} (${height}px tall)${errors.length ? ' console errors: ' + errors.join(' | ') : ''}`);
        if (errors.length) failed++;
        if (scheme === 'light') {
          // The Sources section, on its own: every published work the report cites.
          const sources = page.locator('section[aria-labelledby="sources"]');
          if (await sources.count() !== 1) { console.log(`FAIL ${name}: no Sources section`); failed++; } else {
            await sources.screenshot({ path: path.join(out, `report-${name}-sources.png`) });
          }
        }
        if (scheme === 'light' && name === reports[0][0]) {
          await page.emulateMedia({ media: 'print' });
          await page.screenshot({ path: path.join(out, `report-${name}-print.png`), fullPage: true });
          await page.pdf({ path: path.join(out, `report-${name}.pdf`), format: 'A4', printBackground: true });
          console.log(path.join(out, `report-${name}.pdf`));
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
})();

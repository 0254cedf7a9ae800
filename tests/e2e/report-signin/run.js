#!/usr/bin/env node
// Drives the report sign-in in headless Chromium (run.sh starts the bot and the local OpenID provider):
//   1. member: /r/{id} → the provider's sign-in form → tenant A → back on the report, which shows the use case;
//   2. non-member: the same as tenant B → "This report belongs to another team", nothing of the report;
//   3. nobody: /r/{id} without signing in ends on the provider's form; the report is never shown.
// usage: node run.js --base URL --idp URL --id ID --tenant TENANT --out DIR
'use strict';
const fs = require('fs');
const path = require('path');
const home = process.env.PLAYGROUND_HOME || path.join(process.env.HOME, '.cache/agents-playground');
const { chromium } = require(path.join(home, 'node_modules/playwright-core'));

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const [base, idp, id, tenant] = ['--base', '--idp', '--id', '--tenant'].map(opt);
const out = path.resolve(opt('--out') || '.');
fs.mkdirSync(out, { recursive: true });
const USE_CASE = 'Project Falcon for Contoso';

function expect(cond, message) { if (!cond) throw new Error(message); }

async function signIn(page, organisation, name) {
  await page.goto(`${base}/r/${id}`, { waitUntil: 'load' });
  expect(page.url().startsWith(`${idp}/authorize?`), `not sent to the provider's sign-in: ${page.url()}`);
  await page.fill('#org', organisation);
  await page.fill('#name', name);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#signin')]);
}

const scenarios = [
  ['member of the tenant reads the report in full', async (page) => {
    await signIn(page, tenant, 'Ana Member');
    expect(page.url() === `${base}/r/${id}`, `not back on the report: ${page.url()}`);
    const text = await page.innerText('body');
    expect(text.includes(USE_CASE), 'the report does not show the use case to a member');
    expect(/Recommendation .* computed/.test(text), 'not the report page');
    await page.screenshot({ path: path.join(out, 'signin-member.png') });
  }],
  ['member of another tenant is turned away', async (page) => {
    await signIn(page, '11111111-0000-4000-8000-0000000000ff', 'Eve Outsider');
    const text = await page.innerText('body');
    expect(text.includes('This report belongs to another team'), 'no refusal page');
    expect(!text.includes('Falcon') && !text.includes(id), 'the refusal shows something of the report');
    await page.screenshot({ path: path.join(out, 'signin-non-member.png') });
  }],
  ['a reader who does not sign in never sees it', async (page) => {
    const response = await page.goto(`${base}/r/${id}.md`, { waitUntil: 'load' });
    expect(page.url().startsWith(`${idp}/authorize?`), `not sent to sign in: ${page.url()}`);
    expect(!(await page.content()).includes('Falcon'), 'the sign-in page shows the report');
    expect(response.ok(), `the sign-in form answered ${response.status()}`);
    await page.screenshot({ path: path.join(out, 'signin-nobody.png') });
  }],
];

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  let passed = 0;
  try {
    for (const [name, run] of scenarios) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        await run(page);
        passed++;
        console.log(`PASS ${name}`);
      } catch (e) {
        console.log(`FAIL ${name}: ${e.message}`);
        await page.screenshot({ path: path.join(out, `signin-failure-${passed}.png`) }).catch(() => {});
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${scenarios.length - passed} failed`);
  process.exit(passed === scenarios.length ? 0 : 1);
})();

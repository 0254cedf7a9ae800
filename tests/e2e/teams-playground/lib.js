// Helpers the Agents Playground scenarios share (run.js, extensions.js): timeouts, assertions, waiting for a
// card's text, clicking a card button until its invoke was provably sent, screenshots.
'use strict';
const path = require('path');

// Generous, explicit timeouts: a cold bot or a slow CI machine must not fail the test.
const T = {
  page: 60_000, // playground page load and connect
  reply: 45_000, // a bot answer (new card or in-place update) to appear
  ui: 10_000, // a piece of the playground's own UI (popup, panel) to appear
  sent: 5_000, // a click to turn into a request; if not, the click is repeated
};

let out = process.cwd();
/** Where screenshots go. */
function setOut(dir) { out = dir; }

const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const t0 = Date.now();

class AssertionError extends Error {}
function expect(cond, message, detail) {
  if (!cond) throw new AssertionError(message + (detail ? `\n----- card text -----\n${detail}\n---------------------` : ''));
}


/** The text of the last Adaptive Card inside `scope`, or '' when there is none. */
async function newestCardText(scope) {
  const cards = scope.locator('.ac-adaptiveCard');
  const n = await cards.count();
  return n ? cards.nth(n - 1).innerText() : '';
}

/** Polls until `predicate(text of the newest card in scope)` holds; returns that text. */
async function waitForCard(page, scope, predicate, what, timeout = T.reply) {
  const deadline = Date.now() + timeout;
  let text = '';
  for (;;) {
    try { text = await newestCardText(scope); } catch { text = ''; } // a card being re-rendered
    if (predicate(text)) return text;
    if (Date.now() > deadline) {
      throw new AssertionError(`timed out after ${timeout / 1000}s waiting for ${what}` +
        `\n----- newest card text -----\n${text}\n----------------------------`);
    }
    await page.waitForTimeout(250);
  }
}

/**
 * Clicks a card button and waits until the playground has actually sent the Action.Execute invoke
 * to the bot. A click the UI swallowed (no request within T.sent) is repeated, at most 3 times; a
 * click that was sent is never repeated, so the bot sees each answer exactly once.
 */
async function clickAndInvoke(page, button, title) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/_conversation/v1/invoke'),
      { timeout: T.sent }).catch(() => null);
    await button.click({ timeout: T.ui });
    const request = await sent;
    if (request) {
      const response = await request.response();
      expect(response && response.status() < 300, `the invoke for "${title}" failed: HTTP ${response && response.status()}`);
      return;
    }
    log(`  click on "${title}" sent nothing (attempt ${attempt}); clicking again`);
  }
  throw new AssertionError(`clicking "${title}" never sent an invoke`);
}

/** Saves `locator` as `name` and the whole page beside it (`name-page.png`). */
async function screenshot(page, locator, name) {
  const file = path.join(out, name);
  await locator.scrollIntoViewIfNeeded().catch(() => {});
  await locator.screenshot({ path: file });
  await page.screenshot({ path: file.replace(/\.png$/, '-page.png') });
  log(`  screenshot ${path.relative(process.cwd(), file)}`);
}

module.exports = { T, log, AssertionError, expect, newestCardText, waitForCard, clickAndInvoke, screenshot, setOut };

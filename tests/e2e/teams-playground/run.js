#!/usr/bin/env node
// End-to-end test through the Microsoft 365 Agents Playground (a local Teams emulator), in headless
// Chromium, as a person would click. Expects the bot and the playground to be running already
// (run.sh starts both); see README.md.
//
//   1. Personal chat: "start", then one click per question (the "(typical)" choice, else
//      "Skip (use typical)") until the recommendation card; assert path, cost and timeline.
//   2. General channel: @mention the bot with a quick-triage message; assert the answer arrives in
//      that post's thread (not as a new post), names RAG and shows a cost range; assert the
//      activity the bot received carried a real mention entity.
//   3. Personal chat, hostile text: a Markdown link and emphasis typed as an answer, and as the
//      sender's display name (a custom activity from the playground's "Mock an Activity"), come back
//      in the cards as the characters typed: no link to the address, no bold; the control is the
//      comparison card, where the bot's own bold does render.
//   4. Personal chat, quick triage that leaves a deciding constraint unstated: the card says first
//      what it assumed and what would change the path, with a one-click answer; clicking it
//      recomputes the same card in place with that answer and the path it named.
//   5. Personal chat, review reminder: under a quick result "Review later", then "In 1 month"; run.sh
//      shortens the bot's review month to seconds (development only), so the review comes due and the
//      bot posts it unprompted (a proactive message to the stored conversation): title, what changed
//      then and now, the questions for the team.
//   6. Personal chat, outcome: under a quick result "went with the recommended one", then "How did it
//      go?"; the form refuses 900 weeks keeping what was typed, then saves 10 weeks and $40k; history
//      shows the outcome (outcome-saved.png, outcome-history.png).
//   7–9. General channel, the message extension (extensions.js): triage a post with the action
//      command, share the compact card and open its Details; unfurl its report link; find it with
//      the search command.
//
// Determinism rules: every wait is an explicit wait on card text (or on a request) with a generous
// timeout; a click is repeated only when the UI provably did not send it; assertions never retry.
//
// usage: node run.js [--url http://127.0.0.1:56150] [--out DIR]
// env:   PLAYGROUND_HOME (where setup.sh installed playwright-core), CHROMIUM (browser binary)
'use strict';
const fs = require('fs');
const path = require('path');
const { T, log, AssertionError, expect, waitForCard, clickAndInvoke, screenshot, setOut } = require('./lib');
const extensions = require('./extensions');

const home = process.env.PLAYGROUND_HOME || path.join(process.env.HOME, '.cache/agents-playground');
const { chromium } = require(path.join(home, 'node_modules/playwright-core'));

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const url = opt('--url', 'http://127.0.0.1:56150');
const out = path.resolve(opt('--out', path.join(__dirname, '../../../artifacts/e2e')));
fs.mkdirSync(out, { recursive: true });
setOut(out);

const MAX_STEPS = 12;
const SCENARIOS = 6 + extensions.length;
const WATCHDOG_MS = 8 * 60_000;

const PATH_NAMES = [
  'Prompt a pre-trained model',
  'Retrieval-augmented generation (RAG)',
  'Fine-tune with LoRA/QLoRA',
  'Hybrid: RAG plus a LoRA-tuned model',
  'Full fine-tuning',
  'Continued (domain-adaptive) pretraining',
  'Train a model from scratch',
];
const COST = /\$[0-9.]+[kMB]?–\$[0-9.]+[kMB]?, most likely \$[0-9.]+[kMB]?/;
const TIMELINE = /Time to launch\s+[^\n]*?[0-9.]+\s*(weeks?|months?)[^\n]*most likely [0-9.]+ (weeks?|months?)/;
const CONFIDENCE = /Recommended · (high|medium|low) confidence/;
const STEP = /Step (\d+) of (\d+)/;
const WELCOME = 'I help you decide how to build an AI feature';
const QUICK = 'quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k';

const isRecommendation = (text) => CONFIDENCE.test(text) && /Cost, first 12 months/.test(text);
const firstLine = (text) => text.split('\n').map((s) => s.trim()).find(Boolean) || '';
// What identifies one question card: its step line and its question (the line after it).
function signature(text) {
  if (isRecommendation(text)) return 'recommendation';
  const lines = text.split('\n').map((s) => s.trim()).filter(Boolean);
  const i = lines.findIndex((l) => STEP.test(l));
  return i < 0 ? text : `${lines[i]} | ${lines[i + 1] || ''}`;
}

// ---------------------------------------------------------------------------------------------
async function personalChatGuidedDialog(page) {
  await page.getByText('Personal Chat', { exact: true }).first().click();
  const compose = page.locator('[contenteditable="true"][role="textbox"]').first();
  await compose.waitFor({ state: 'visible', timeout: T.ui });
  const pane = page.locator('body');
  // The playground installs the bot when the chat opens; the welcome card comes from that, on its
  // own schedule. Wait for it first so it can never land after (and be mistaken for) a question.
  await waitForCard(page, pane, (t) => t.includes(WELCOME), 'the welcome card in personal chat');
  const before = await page.locator('.ac-adaptiveCard').count();

  await compose.click();
  await page.keyboard.type('start');
  await page.keyboard.press('Enter');
  let text = await waitForCard(page, pane,
    (t) => STEP.test(t) && /Skip \(use typical\)/.test(t), 'the first question card after "start"');
  expect(await page.locator('.ac-adaptiveCard').count() > before, '"start" did not post a new card');

  const visited = [];
  for (let step = 1; !isRecommendation(text); step++) {
    expect(step <= MAX_STEPS, `no recommendation after ${MAX_STEPS} questions`, text);
    const m = STEP.exec(text);
    expect(m, 'the newest card is neither a question ("Step N of M") nor a recommendation', text);
    const card = page.locator('.ac-adaptiveCard').last();
    const titles = (await card.locator('button').allInnerTexts()).map((s) => s.trim());
    // One click per question: the choice marked "(typical)" when the card offers one, else Skip.
    const pick = titles.find((b) => /\(typical\)$/.test(b) && !/^Skip/.test(b)) || 'Skip (use typical)';
    expect(titles.includes(pick), `question ${m[0]} has no "${pick}" button (buttons: ${titles.join(', ')})`, text);
    const sig = signature(text);
    visited.push(`${m[0]}: ${pick}`);
    log(`  ${sig} -> ${pick}`);
    await clickAndInvoke(page, card.getByRole('button', { name: pick, exact: true }), pick);
    // The card updates in place (Action.Execute); wait for the next question or the result.
    text = await waitForCard(page, pane, (t) => t && signature(t) !== sig &&
      (isRecommendation(t) || STEP.test(t)), `the card after "${pick}" on ${m[0]}`);
  }

  // Assertions on the recommendation card (never retried).
  const title = firstLine(text);
  expect(PATH_NAMES.includes(title), `the recommendation's title "${title}" is not one of the seven paths`, text);
  expect(CONFIDENCE.test(text), 'no "Recommended · … confidence" line', text);
  expect(COST.test(text), `no cost range matching ${COST}`, text);
  expect(TIMELINE.test(text), `no timeline in weeks or months matching ${TIMELINE}`, text);
  expect(/What would change this/.test(text), 'no "What would change this" section', text);
  // run.sh sets PublicBaseUrl, so the result links to its full report page (an Action.OpenUrl renders with role "link").
  const links = await page.locator('.ac-adaptiveCard').last().getByRole('link', { name: 'Open full report', exact: true }).count();
  expect(links === 1, `the recommendation card has ${links} "Open full report" buttons, not 1`, text);
  log(`  recommendation after ${visited.length} questions: ${title}; ${COST.exec(text)[0]}; ` +
      `${TIMELINE.exec(text)[0].replace(/\s+/g, ' ')}`);
  await screenshot(page, page.locator('.ac-adaptiveCard').last(), 'personal-recommendation.png');
}

// ---------------------------------------------------------------------------------------------
async function channelMention(page) {
  await page.getByText('General', { exact: true }).first().click();
  const newPost = page.locator('[contenteditable="true"][role="textbox"]').first();
  await page.getByText('Start a new post', { exact: true }).waitFor({ state: 'visible', timeout: T.ui });
  await newPost.waitFor({ state: 'visible', timeout: T.ui });
  // Opening the channel installs the bot there; let its welcome post arrive before composing.
  const welcomes = page.locator('[role="group"]').filter({ has: page.locator('.ac-adaptiveCard', { hasText: WELCOME }) });
  await welcomes.first().waitFor({ state: 'visible', timeout: T.reply });
  await page.waitForTimeout(1000); // installationUpdate and conversationUpdate are answered independently
  log(`  welcome posts in General: ${await welcomes.count()} (informational)`);

  // @mention: "@" opens the playground's people picker; pick the bot from it. The picker is the
  // racy part of this UI (it may open before the editor has focus): retry opening it, not the test.
  const botItem = page.locator('[role="menuitem"]').filter({ hasText: 'Test Bot' }).first();
  let picked = false;
  for (let attempt = 1; attempt <= 3 && !picked; attempt++) {
    await newPost.click();
    await page.keyboard.type('@');
    try {
      await botItem.waitFor({ state: 'visible', timeout: T.ui });
      await botItem.click({ timeout: T.ui });
      await newPost.locator('.mention', { hasText: 'Test Bot' }).waitFor({ state: 'visible', timeout: T.ui });
      picked = true;
    } catch (e) {
      log(`  the @-picker did not give a mention (attempt ${attempt}): ${e.message.split('\n')[0]}`);
      await newPost.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
    }
  }
  expect(picked, 'could not @mention Test Bot from the compose box');
  await page.keyboard.type(' ' + QUICK);
  const posted = page.waitForRequest((r) => r.method() === 'POST' && /\/_conversation\/v1\/conversations\/[^/]+\/messages$/.test(r.url()),
    { timeout: T.ui });
  await page.keyboard.press('Enter');
  const request = await posted;

  // What the browser asked the playground to send: the mention is a structured one.
  const sent = JSON.parse(request.postData() || '{}');
  expect(/^<at>Test Bot<\/at> quick:/.test(sent.text || ''), `the post was not sent as a mention: ${sent.text}`);

  // The user's post is a thread (a Card with role=group) authored by Alex Wilber; the bot's
  // answer must be rendered inside it.
  const thread = page.locator('[role="group"]')
    .filter({ hasText: 'Test Bot ' + QUICK })
    .filter({ hasNotText: 'Start a new post' });
  const text = await waitForCard(page, thread, (t) => isRecommendation(t),
    'the recommendation card in the thread of the @mention post');
  expect(await thread.count() === 1, `expected exactly one thread for the post, found ${await thread.count()}`);

  expect(firstLine(text) === 'Retrieval-augmented generation (RAG)',
    `the answer's title is "${firstLine(text)}", not "Retrieval-augmented generation (RAG)"`, text);
  expect(COST.test(text), `no cost range matching ${COST}`, text);
  expect(TIMELINE.test(text), `no timeline in weeks or months matching ${TIMELINE}`, text);
  // Answered in the thread, not as a new top-level post.
  const topLevelAnswers = page.locator('[role="group"]')
    .filter({ hasNotText: 'Test Bot ' + QUICK })
    .filter({ has: page.locator('.ac-adaptiveCard', { hasText: 'Cost, first 12 months' }) });
  expect(await topLevelAnswers.count() === 0, 'the bot also posted its answer as a new channel post');
  log(`  thread answer: ${firstLine(text)}; ${COST.exec(text)[0]}`);

  // The activity the bot received (the playground's log panel shows it): a channel message with a
  // mention entity for the bot itself, which the bot must have stripped to parse the quick triage.
  const entry = page.locator('div').filter({ has: page.getByText('message 200', { exact: true }) })
    .filter({ hasText: 'quick: launch in 6 weeks' }).last();
  await entry.getByText('message 200', { exact: true }).click({ timeout: T.ui });
  const detail = page.locator('[contenteditable="true"][spellcheck="false"]').filter({ hasText: '"entities"' }).first();
  await detail.waitFor({ state: 'visible', timeout: T.ui });
  const activity = JSON.parse(await detail.innerText());
  const mention = (activity.entities || []).find((e) => e.type === 'mention');
  expect(activity.type === 'message', `logged activity is a ${activity.type}, not a message`);
  expect(activity.conversation && activity.conversation.conversationType === 'channel',
    `the message went to conversationType ${activity.conversation && activity.conversation.conversationType}, not channel`);
  expect(mention && activity.recipient && mention.mentioned.id === activity.recipient.id,
    `the message carries no mention entity for the bot (entities: ${JSON.stringify(activity.entities)})`);
  log(`  inbound activity: channel ${activity.conversation.id}, mention of ${mention.mentioned.name}`);
  await screenshot(page, thread.first(), 'channel-mention-thread.png');
}

// ---------------------------------------------------------------------------------------------
const HOSTILE_ANSWER = '[Sign in again](https://evil.example/login) **now**';
const HOSTILE_NAME = '[Sign in again](https://evil.example/login) **Ana**';

/** Fails when the card turned user text into markup: a link to the hostile address, or bold/italic around it. */
async function expectNoMarkup(card, words, text) {
  const links = await card.locator('a[href*="evil.example"]').count();
  expect(links === 0, `the card has ${links} links to evil.example`, text);
  const emphasised = await card.locator('strong, b, em, i').allInnerTexts();
  const hit = emphasised.find((t) => words.some((w) => t.includes(w)));
  expect(!hit, `the card shows "${hit}" in bold or italics`, text);
}

async function personalChatHostileText(page) {
  await page.getByText('Personal Chat', { exact: true }).first().click();
  const compose = page.locator('[contenteditable="true"][role="textbox"]').first();
  await compose.waitFor({ state: 'visible', timeout: T.ui });
  const pane = page.locator('body');
  await compose.click();
  await page.keyboard.type('start');
  await page.keyboard.press('Enter');
  await waitForCard(page, pane, (t) => /Step 1 of/.test(t), 'the first question after "start"');

  // 1. Typed as an answer: the bot says it could not read it, quoting it as typed.
  await compose.click();
  await page.keyboard.type(HOSTILE_ANSWER);
  await page.keyboard.press('Enter');
  let text = await waitForCard(page, pane, (t) => t.includes("couldn't read"), 'the notice about the typed answer');
  expect(text.includes(`"${HOSTILE_ANSWER}"`), 'the notice does not quote the answer as typed', text);
  await expectNoMarkup(page.locator('.ac-adaptiveCard').last(), ['Sign in again', 'now'], text);

  // 2. As the sender's display name: a message from a user whose name is Markdown answers the question.
  await page.getByText('Mock an Activity', { exact: true }).first().click();
  await page.getByText('Custom activity', { exact: true }).click();
  const dialog = page.locator('[role="dialog"]').filter({ hasText: 'Custom activity' });
  const lines = dialog.locator('.view-lines').first();
  await lines.waitFor({ state: 'visible', timeout: T.ui });
  const shown = (await lines.innerText()).replace(/\u00a0/g, ' ');
  const id = /"conversation": \{\s*"id": "([^"]+)"/.exec(shown);
  expect(id, `no conversation id in the custom activity template:\n${shown}`);
  const activity = {
    type: 'message', id: `hostile-name-${Date.now()}`, channelId: 'msteams', serviceUrl: /"serviceUrl": "([^"]+)"/.exec(shown)[1],
    recipient: { id: /"recipient": \{\s*"id": "([^"]+)"/.exec(shown)[1], name: 'Test Bot' },
    conversation: { id: id[1], conversationType: 'personal', tenantId: /"tenantId": "([^"]+)"/.exec(shown)[1] },
    from: { id: 'user-id-0', aadObjectId: /"aadObjectId": "([^"]+)"/.exec(shown)[1], name: HOSTILE_NAME },
    text: 'knowledge', textFormat: 'plain',
  };
  // Monaco indents and closes brackets as one types: insert the JSON on one line, then drop what follows it.
  await lines.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(JSON.stringify(activity));
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.press('Delete');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.postData() && r.postData().includes('hostile-name-'), { timeout: T.ui });
  await dialog.getByText('Send activity', { exact: true }).click();
  await sent;
  text = await waitForCard(page, pane, (t) => /Step 2 of/.test(t) && t.includes('answered:'), 'the next question, naming who answered');
  expect(text.includes(`${HOSTILE_NAME} answered:`), 'the card does not name the sender as their name is spelt', text);
  const card = page.locator('.ac-adaptiveCard').last();
  await expectNoMarkup(card, ['Sign in again', 'Ana'], text);
  await screenshot(page, card, 'hostile-text.png');

  // Control: this renderer does turn Markdown into markup, as the comparison card's own bold path name shows.
  await compose.click();
  await page.keyboard.type('compare');
  await page.keyboard.press('Enter');
  text = await waitForCard(page, pane, (t) => t.includes('How the paths compare') && t.includes('Recommended:'), 'the comparison card');
  const bold = await page.locator('.ac-adaptiveCard').last().locator('strong, b').allInnerTexts();
  expect(bold.some((b) => PATH_NAMES.includes(b.trim())), `the comparison card shows no path name in bold (bold: ${bold.join(', ')})`, text);
  log(`  typed answer and display name shown as typed; the renderer's own bold: ${bold.find((b) => PATH_NAMES.includes(b.trim()))}`);
}

// ---------------------------------------------------------------------------------------------
const QUICK_UNSTATED = 'quick: extract fields from invoices into strict JSON, budget 60k, launch in 10 weeks';
const ASSUMED = /I assumed no labelled data; with about ([0-9.,]+k?) labelled examples the recommendation would change to: ([^.\n]+)\./;

async function personalChatDecisiveAssumption(page) {
  await page.getByText('Personal Chat', { exact: true }).first().click();
  const compose = page.locator('[contenteditable="true"][role="textbox"]').first();
  await compose.waitFor({ state: 'visible', timeout: T.ui });
  const pane = page.locator('body');
  await compose.click();
  await page.keyboard.type(QUICK_UNSTATED);
  await page.keyboard.press('Enter');
  let text = await waitForCard(page, pane, (t) => isRecommendation(t) && ASSUMED.test(t), 'the quick-triage card with an assumption that matters');
  const [, examples, promised] = ASSUMED.exec(text);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  expect(lines.findIndex((l) => ASSUMED.test(l)) === 2, 'the assumption is not the first thing under the path and confidence', text);
  expect(PATH_NAMES.includes(promised), `the line names "${promised}", not one of the seven paths`, text);
  const card = page.locator('.ac-adaptiveCard').last();
  const button = card.getByRole('button', { name: `About ${examples} labelled examples`, exact: true });
  expect(await button.count() === 1, `no one-click answer "About ${examples} labelled examples"`, text);
  await screenshot(page, card, 'quick-assumption.png');

  const cards = await page.locator('.ac-adaptiveCard').count();
  await clickAndInvoke(page, button, `About ${examples} labelled examples`);
  text = await waitForCard(page, pane, (t) => isRecommendation(t) && t.includes('Changed labelled examples to'), 'the recomputed card');
  expect(await page.locator('.ac-adaptiveCard').count() === cards, 'the answer posted a new card instead of updating this one');
  expect(firstLine(text.replace(/^.*Changed labelled examples to[^\n]*\n/s, '')) === promised || text.includes(`\n${promised}\n`),
    `the recomputed card does not recommend ${promised}, as the line promised`, text);
  log(`  assumed no labelled data; "About ${examples} labelled examples" -> ${promised}`);
  await screenshot(page, page.locator('.ac-adaptiveCard').last(), 'quick-assumption-answered.png');
}

// ---------------------------------------------------------------------------------------------
async function personalChatReviewReminder(page) {
  await page.getByText('Personal Chat', { exact: true }).first().click();
  const compose = page.locator('[contenteditable="true"][role="textbox"]').first();
  await compose.waitFor({ state: 'visible', timeout: T.ui });
  const pane = page.locator('body');
  const before = await page.locator('.ac-adaptiveCard').count();
  await compose.click();
  await page.keyboard.type(QUICK);
  await page.keyboard.press('Enter');
  // The newest card is the previous scenario's result until the answer to this question arrives.
  for (const deadline = Date.now() + T.reply; await page.locator('.ac-adaptiveCard').count() <= before;) {
    expect(Date.now() < deadline, 'the quick question got no answer');
    await page.waitForTimeout(250);
  }
  let text = await waitForCard(page, pane, (t) => isRecommendation(t) && t.includes('Review later'), 'the quick result with "Review later"');
  const path = firstLine(text);
  await clickAndInvoke(page, page.locator('.ac-adaptiveCard').last().getByRole('button', { name: 'Review later', exact: true }), 'Review later');
  text = await waitForCard(page, pane, (t) => t.includes('When should I bring this back for a review?'), 'the review periods');
  await clickAndInvoke(page, page.locator('.ac-adaptiveCard').last().getByRole('button', { name: 'In 1 month', exact: true }), 'In 1 month');
  text = await waitForCard(page, pane, (t) => t.includes('Review set for') || t.includes('Review: 1 month on'), 'the review confirmation');
  // Nothing more is sent from here: the next card is the bot's own, when the review comes due.
  text = await waitForCard(page, pane, (t) => t.includes('Review: 1 month on'), 'the review posted when due');
  expect(text.includes('asked on') && text.includes('to look at this again'), 'the review does not say who asked for it and when', text);
  expect(text.includes(`Path`) && text.includes(path), `the review does not show the path then and now (${path})`, text);
  expect(/12-month cost/.test(text) && /Time to launch/.test(text), 'the review does not show cost and time to launch', text);
  expect(text.includes('What may have changed on your side?'), 'the review does not ask what changed', text);
  const card = page.locator('.ac-adaptiveCard').last();
  expect(await card.getByRole('button', { name: 'Adjust an answer', exact: true }).count() === 1, 'the review has no "Adjust an answer" button', text);
  log(`  review posted unprompted: ${firstLine(text.replace(/^[\s\S]*?Review: 1 month on/, 'Review: 1 month on'))}`);
  await screenshot(page, card, 'review-reminder.png');
}

async function personalChatOutcome(page) {
  await page.getByText('Personal Chat', { exact: true }).first().click();
  const compose = page.locator('[contenteditable="true"][role="textbox"]').first();
  await compose.waitFor({ state: 'visible', timeout: T.ui });
  const pane = page.locator('body');
  const say = async (words) => { await compose.click(); await page.keyboard.type(words); await page.keyboard.press('Enter'); };
  const before = await page.locator('.ac-adaptiveCard').count();
  await say(QUICK);
  for (const deadline = Date.now() + T.reply; await page.locator('.ac-adaptiveCard').count() <= before;) {
    expect(Date.now() < deadline, 'the quick question got no answer');
    await page.waitForTimeout(250);
  }
  let text = await waitForCard(page, pane, (t) => isRecommendation(t), 'the quick result');
  const path = firstLine(text);
  await say('went with the recommended one');
  text = await waitForCard(page, pane, (t) => t.includes('Noted: you went with'), 'the choice noted');
  expect(text.includes(`Noted: you went with ${path}, the path I recommended.`), `the choice is not the recommended ${path}`, text);
  await clickAndInvoke(page, page.locator('.ac-adaptiveCard').last().getByRole('button', { name: 'How did it go?', exact: true }), 'How did it go?');
  text = await waitForCard(page, pane, (t) => t.includes(`How did it go with ${path}?`), 'the form asking what it took');
  const form = page.locator('.ac-adaptiveCard').last();
  // Out of bounds first: the form comes back with the error and what was typed, nothing saved.
  await form.locator('input').nth(0).fill('900');
  await form.locator('input').nth(1).fill('$40k');
  await clickAndInvoke(page, form.getByRole('button', { name: 'Save', exact: true }), 'Save');
  text = await waitForCard(page, pane, (t) => t.includes("I couldn't save that yet"), 'the refusal of 900 weeks');
  expect(text.includes('Weeks: give a time between a few days and 520 weeks (ten years).'), 'the refusal does not say what is wrong', text);
  const again = page.locator('.ac-adaptiveCard').last();
  expect(await again.locator('input').nth(1).inputValue() === '$40k', 'the refused form lost the cost that was typed', text);
  await again.locator('input').nth(0).fill('10 weeks');
  await clickAndInvoke(page, again.getByRole('button', { name: 'Save', exact: true }), 'Save');
  text = await waitForCard(page, pane, (t) => t.includes('Thanks, saved'), 'the figures saved');
  expect(text.includes(`Thanks, saved: ${path} took about 10 weeks and about $40,000.`), 'the saved figures are not the typed ones', text);
  await screenshot(page, page.locator('.ac-adaptiveCard').last(), 'outcome-saved.png');
  await say('history');
  text = await waitForCard(page, pane, (t) => t.includes('Recent recommendations') && t.includes('took about 10 weeks'), 'history with the outcome');
  expect(text.includes(`Went with ${path} (recommended) · took about 10 weeks and about $40,000`), 'history does not show the outcome', text);
  await screenshot(page, page.locator('.ac-adaptiveCard').last(), 'outcome-history.png');
}

// ---------------------------------------------------------------------------------------------
(async () => {
  const watchdog = setTimeout(() => { console.error(`watchdog: the test ran over ${WATCHDOG_MS / 1000}s`); console.log(`0 passed, ${SCENARIOS} failed`); process.exit(1); }, WATCHDOG_MS);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Tall enough that a whole recommendation card is on screen for the screenshots.
  const page = await browser.newPage({ viewport: { width: 1280, height: 2600 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const results = [];
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: T.page });
    await page.getByText('Connected.', { exact: true }).first().waitFor({ state: 'visible', timeout: T.page });
    for (const [name, fn] of [['personal chat: guided dialog', personalChatGuidedDialog],
      ['General channel: @mention quick triage', channelMention],
      ['personal chat: Markdown typed and in a display name shown as text', personalChatHostileText],
      ['personal chat: quick triage says which assumption decides it', personalChatDecisiveAssumption],
      ['personal chat: a review reminder comes back when due', personalChatReviewReminder],
      ['personal chat: the path taken and what it took', personalChatOutcome],
      ...extensions]) {
      const start = Date.now();
      log(`scenario: ${name}`);
      try {
        await fn(page);
        results.push(true);
        log(`PASS ${name} (${((Date.now() - start) / 1000).toFixed(1)}s)`);
      } catch (e) {
        results.push(false);
        const shot = `failure-${results.length}.png`;
        await page.screenshot({ path: path.join(out, shot) }).catch(() => {});
        log(`FAIL ${name} (${((Date.now() - start) / 1000).toFixed(1)}s): ${e.message}\n  screenshot ${shot}`);
        if (!(e instanceof AssertionError)) console.error(e.stack);
      }
    }
  } catch (e) {
    console.error(`could not open the playground at ${url}: ${e.message}`);
  } finally {
    await browser.close().catch(() => {});
    clearTimeout(watchdog);
  }
  if (pageErrors.length) log(`page errors (not failures): ${pageErrors.slice(0, 5).join(' | ')}`);
  const passed = results.filter(Boolean).length;
  const failed = SCENARIOS - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();

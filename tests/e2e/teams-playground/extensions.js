// The message extension through the Agents Playground, as a person clicks it in a team channel:
//   5. "Triage with ModelStrategy" on a channel post (an action command, message context): the dialog shows the
//      post's text; Triage puts the compact card into the asker's compose box (nothing is posted yet); Post shares
//      it; on the posted card "Details" shows the rest in place.
//   6. Link unfurling: the report link of that card, pasted, becomes the compact card (Adaptive Card 1.3) and is
//      sent to the channel; the same invoke for a recommendation that does not exist gets the empty result.
//   7. The "Recent recommendations" search command finds it by words of the post and inserts it.
// The playground does not read the app manifest, so each scenario names the command id as the manifest does.
'use strict';
const { T, log, expect, waitForCard, screenshot } = require('./lib');

const POST = 'Help desk assistant: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k';
const RAG = 'Retrieval-augmented generation (RAG)';
const COST = /Cost, first 12 months\s+\$[0-9.]+[kM]?–\$[0-9.]+[kM]?, most likely \$[0-9.]+[kM]?/;
const state = { reportUrl: null };

/** The bot's answer to the next message-extension invoke named `name` that the playground sends. */
function answerTo(page, name) {
  return page.waitForResponse(async (r) => r.url().includes('/_conversation/v1/invoke')
    && (r.request().postData() || '').includes(`"name":"${name}"`), { timeout: T.reply }).then((r) => r.json());
}

/** The new-post box (it holds a card picked or made by the extension until Post). */
const composeBox = (page) => page.locator('[role="group"]').filter({ has: page.getByRole('button', { name: 'Post', exact: true }) }).first();

/** The channel's posts (not the new-post box) that show a card titled `title`. */
const postsWith = (page, title) => page.locator('[role="group"]')
  .filter({ hasNot: page.getByRole('button', { name: 'Post', exact: true }) })
  .filter({ has: page.locator('.ac-adaptiveCard', { hasText: title }) });

async function openGeneral(page) {
  await page.getByText('General', { exact: true }).first().click();
  await page.getByText('Start a new post', { exact: true }).waitFor({ state: 'visible', timeout: T.ui });
}

/** Opens one of the compose box's message extension kinds ("Search Command", "Action Command", "Link Unfurling"). */
async function extension(page, kind) {
  await page.locator('[aria-label="Trigger Message Extension App"]').first().click();
  await page.getByRole('menuitem', { name: kind }).click({ timeout: T.ui });
}

async function triageAPost(page) {
  await openGeneral(page);
  await page.locator('[contenteditable="true"][role="textbox"]').first().click();
  await page.keyboard.type(POST);
  await page.keyboard.press('Enter');
  const post = page.locator('[role="group"]').filter({ hasText: POST }).filter({ hasNotText: 'Start a new post' }).first();
  await post.waitFor({ state: 'visible', timeout: T.reply });

  await post.locator('[aria-label="Show more information"]').click();
  await page.getByRole('menuitem', { name: 'Action Command' }).click({ timeout: T.ui });
  await page.getByPlaceholder('Input command id or leave blanks').fill('triageMessage');
  const fetched = answerTo(page, 'composeExtension/fetchTask');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const dialog = (await fetched).task;
  expect(dialog && dialog.type === 'continue', `fetchTask answered ${JSON.stringify(dialog)}`);
  const input = page.locator('textarea').last();
  await input.waitFor({ state: 'visible', timeout: T.reply });
  expect(await input.inputValue() === POST, `the dialog shows "${await input.inputValue()}", not the post's text`);
  await screenshot(page, page.getByRole('dialog').last(), 'message-action-dialog.png');

  const cards = () => page.locator('.ac-adaptiveCard', { hasText: RAG }).count();
  const before = await cards();
  const submitted = answerTo(page, 'composeExtension/submitAction');
  await page.getByRole('button', { name: 'Triage', exact: true }).click();
  const result = (await submitted).composeExtension;
  expect(result && result.type === 'result' && result.attachments.length === 1, `submitAction answered ${JSON.stringify(result).slice(0, 300)}`);
  const card = result.attachments[0].content;
  expect(card.version === '1.3', `the card is Adaptive Card ${card.version}, not 1.3`);
  state.reportUrl = card.actions.find((a) => a.type === 'Action.OpenUrl').url;

  // Only the asker sees it: it waits in the compose box, and nothing new is in the channel.
  const compose = composeBox(page);
  const draft = await waitForCard(page, compose, (t) => t.startsWith(RAG), 'the card in the compose box');
  expect(await cards() === before + 1, `${await cards() - before} new cards, not one (in the compose box): the card was posted before the asker sent it`);
  await screenshot(page, compose, 'message-action-result.png');

  const posts = await postsWith(page, RAG).count();
  await compose.getByRole('button', { name: 'Post', exact: true }).click();
  await waitForCard(page, compose, (t) => t === '', 'the compose box to empty after Post');
  const shared = postsWith(page, RAG).first();
  const text = await waitForCard(page, shared, (t) => t.startsWith(RAG), 'the shared card in the channel');
  expect(await cards() === before + 1 && await postsWith(page, RAG).count() > posts, 'Post did not share the card once');
  expect(/Recommended · (high|medium|low) confidence/.test(text) && COST.test(text), 'no confidence or cost range on the card', text);
  expect(/Pros/.test(text) && /Cons/.test(text), 'no Pros and Cons on the card', text);
  expect(!/How the paths compare/.test(text), 'the details show before "Details" is clicked', text);
  expect(draft.split('\n')[0] === text.split('\n')[0], 'the posted card is not the one the compose box held');
  await screenshot(page, shared.locator('.ac-adaptiveCard').first(), 'compact-card-channel.png');

  await shared.getByRole('button', { name: 'Details', exact: true }).click();
  const open = await waitForCard(page, shared, (t) => /How the paths compare/.test(t), 'the details after "Details"');
  expect(/Runner-up/.test(open) && /What would change this/.test(open), 'the details lack the runner-up or what would change it', open);
  log(`  triaged the post: ${text.split('\n')[0]}; ${COST.exec(text)[0].replace(/\s+/g, ' ')}`);
  await screenshot(page, shared.locator('.ac-adaptiveCard').first(), 'compact-card-details.png');
}

async function unfurlTheReportLink(page) {
  expect(state.reportUrl, 'no report link from the triage scenario');
  await openGeneral(page);
  const before = await postsWith(page, RAG).count();
  await extension(page, 'Link Unfurling');
  const box = page.getByRole('dialog').last();
  const unfurled = answerTo(page, 'composeExtension/queryLink');
  const asked = page.waitForRequest((r) => r.url().includes('/_conversation/v1/invoke') && (r.postData() || '').includes('queryLink'), { timeout: T.reply });
  await box.locator('input').first().fill(state.reportUrl);
  const sent = await asked;
  const result = (await unfurled).composeExtension;
  expect(result.attachments.length === 1 && result.attachments[0].content.version === '1.3', `queryLink answered ${JSON.stringify(result).slice(0, 300)}`);
  expect(result.attachments[0].preview && result.attachments[0].preview.content.title === RAG, 'the unfurl has no preview titled with the path');
  const text = await waitForCard(page, box, (t) => t.startsWith(RAG), 'the unfurled card');
  expect(COST.test(text), 'the unfurled card has no cost range', text);
  await screenshot(page, box, 'unfurl.png');
  await box.getByRole('button', { name: 'Send to Conversation' }).click();
  await box.waitFor({ state: 'hidden', timeout: T.ui });
  for (const deadline = Date.now() + T.reply; await postsWith(page, RAG).count() === before;) {
    expect(Date.now() < deadline, 'the unfurled card was not sent to the channel');
    await page.waitForTimeout(250);
  }

  // A link to a recommendation that does not exist: the same invoke, through the playground, with the other address.
  // (Sent without the dialog: the playground's dialog cannot show an empty result, which Teams shows as a plain link.)
  const request = JSON.parse(sent.postData());
  request.value.url = state.reportUrl.replace(/\/r\/[^?/.]+/, '/r/abcdefghjkmn');
  const none = (await (await page.request.post(new URL('/_conversation/v1/invoke', page.url()).href, { data: request })).json()).composeExtension;
  expect(none && none.type === 'result' && none.attachments.length === 0, `an unknown report unfurled: ${JSON.stringify(none).slice(0, 300)}`);
  log('  report link unfurled into the compact card; an unknown one into nothing');
}

async function findItBySearch(page) {
  await openGeneral(page);
  await extension(page, 'Search Command');
  await page.getByText('Specify Command ID or Parameter').click({ timeout: T.ui });
  await page.getByPlaceholder('Command ID').fill('recentRecommendations');
  await page.getByPlaceholder('Parameter name').fill('searchText');
  const searched = answerTo(page, 'composeExtension/query');
  await page.getByPlaceholder('Enter a search term').fill('help desk');
  await page.keyboard.press('Enter');
  const result = (await searched).composeExtension;
  expect(result.type === 'result' && result.attachments.length >= 1, `the search found nothing: ${JSON.stringify(result).slice(0, 300)}`);
  // Each card's link carries its own access token: compare the report's path.
  const reportPath = (u) => new URL(u).pathname;
  expect(result.attachments[0].content.actions.some((a) => a.url && reportPath(a.url) === reportPath(state.reportUrl)), 'the newest result is not the triaged post');
  const item = page.locator('h1', { hasText: RAG }).first();
  await item.waitFor({ state: 'visible', timeout: T.ui });
  const popup = page.locator('div', { has: page.getByText('Search-Based Message Extension', { exact: true }) }).filter({ has: item }).last();
  await screenshot(page, popup, 'search-results.png');
  await item.click();
  await waitForCard(page, composeBox(page), (t) => t.startsWith(RAG), 'the picked card in the compose box');
  log(`  search "help desk": ${result.attachments.length} result(s), the newest inserted into the compose box`);
}

module.exports = [
  ['General channel: triage a post, share the compact card, Details', triageAPost],
  ['General channel: a report link unfurls into the compact card', unfurlTheReportLink],
  ['General channel: the search command inserts a recent recommendation', findItBySearch],
];

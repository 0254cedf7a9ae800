// Turns the payloads written by the C# export test into TypeScript files that assign each payload to Slack's own
// types, so `tsc --strict` checks them against @slack/types:
//   messages/<name>.json {text, blocks} -> const blocks: KnownBlock[]  (every block must be a known block, exactly)
//   views/<name>.json    {type: modal…} -> const view: ModalView & { blocks: KnownBlock[] }
//                        {type: home…}  -> const view: HomeView & { blocks: KnownBlock[] }  (the App Home tab)
// usage: node generate.mjs <payload dir> <out dir> [--broken]
//   --broken writes one real message with its first button's text turned into a bare string: tsc must reject it.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [payloads, out, flag] = process.argv.slice(2);
if (!payloads || !out) {
  console.error('usage: node generate.mjs <payload dir> <out dir> [--broken]');
  process.exit(2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const read = (dir) => readdirSync(join(payloads, dir)).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ name: f.slice(0, -'.json'.length), json: JSON.parse(readFileSync(join(payloads, dir, f), 'utf8')) }));
const safe = (name) => name.replace(/[^A-Za-z0-9_-]/g, '_');
const literal = (value) => JSON.stringify(value, null, 2);

const message = (json) => [
  "import type { KnownBlock } from '@slack/types';",
  `export const text: string = ${literal(json.text)};`,
  `export const blocks: KnownBlock[] = ${literal(json.blocks)};`,
  '',
].join('\n');

const view = (json) => {
  const type = json.type === 'home' ? 'HomeView' : 'ModalView';
  return [
    `import type { KnownBlock, ${type} } from '@slack/types';`,
    `export const view: ${type} & { blocks: KnownBlock[] } = ${literal(json)};`,
    '',
  ].join('\n');
};

if (flag === '--broken') {
  const first = read('messages').find((m) => JSON.stringify(m.json.blocks).includes('"button"'));
  const actions = first.json.blocks.find((b) => b.type === 'actions');
  actions.elements[0].text = actions.elements[0].text.text;
  writeFileSync(join(out, `broken-${safe(first.name)}.ts`), message(first.json));
  console.log(1);
} else {
  const messages = read('messages');
  const views = read('views');
  for (const m of messages) writeFileSync(join(out, `message-${safe(m.name)}.ts`), message(m.json));
  for (const v of views) writeFileSync(join(out, `view-${safe(v.name)}.ts`), view(v.json));
  console.log(messages.length + views.length);
}

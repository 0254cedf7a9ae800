import type { KnownBlock } from '@slack/types';
// A misspelt block type is not a known block.
export const blocks: KnownBlock[] = [
  // @ts-expect-error 'sektion' is not a block type
  { type: 'sektion', text: { type: 'mrkdwn', text: 'hi' } },
];

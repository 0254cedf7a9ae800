import type { KnownBlock } from '@slack/types';
// A header takes plain_text only.
export const blocks: KnownBlock[] = [
  // @ts-expect-error mrkdwn is not allowed in a header
  { type: 'header', text: { type: 'mrkdwn', text: '*Result*' } },
];

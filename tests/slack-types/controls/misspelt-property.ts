import type { KnownBlock } from '@slack/types';
// A property Slack does not define (here "acessory") is an error, not ignored.
export const blocks: KnownBlock[] = [
  // @ts-expect-error acessory is not a section property
  { type: 'section', text: { type: 'mrkdwn', text: 'hi' }, acessory: { type: 'button', text: { type: 'plain_text', text: 'x' } } },
];

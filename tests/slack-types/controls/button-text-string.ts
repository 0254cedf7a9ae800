import type { KnownBlock } from '@slack/types';
// A button's text is a plain_text object, not a string.
export const blocks: KnownBlock[] = [
  // @ts-expect-error text must be { type: 'plain_text', text }
  { type: 'actions', elements: [{ type: 'button', text: 'Share', action_id: 'ms.do.1', value: '{}' }] },
];

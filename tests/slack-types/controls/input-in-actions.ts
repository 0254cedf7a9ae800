import type { KnownBlock } from '@slack/types';
// An actions block holds interactive elements, not text inputs.
export const blocks: KnownBlock[] = [
  // @ts-expect-error plain_text_input is not an actions element
  { type: 'actions', elements: [{ type: 'plain_text_input', action_id: 'text' }] },
];

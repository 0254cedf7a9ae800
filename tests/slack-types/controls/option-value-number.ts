import type { KnownBlock } from '@slack/types';
// An option's value is a string.
export const blocks: KnownBlock[] = [
  {
    type: 'section',
    text: { type: 'mrkdwn', text: '*Budget*' },
    accessory: {
      type: 'static_select',
      action_id: 'ms.field.budgetUsd',
      // @ts-expect-error value must be a string
      options: [{ text: { type: 'plain_text', text: 'About $50k' }, value: 50000 }],
    },
  },
];

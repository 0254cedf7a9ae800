import type { HomeView, KnownBlock } from '@slack/types';
// The Home tab has no submit button (only modals do), so a home view carrying one is not a HomeView.
export const view: HomeView & { blocks: KnownBlock[] } = {
  type: 'home',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Hi' } }],
  // @ts-expect-error submit belongs to modals
  submit: { type: 'plain_text', text: 'Send' },
};

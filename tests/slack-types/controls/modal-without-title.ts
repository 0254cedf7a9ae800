import type { KnownBlock, ModalView } from '@slack/types';
// A modal needs a title.
// @ts-expect-error title is required
export const view: ModalView & { blocks: KnownBlock[] } = {
  type: 'modal',
  blocks: [{ type: 'divider' }],
};

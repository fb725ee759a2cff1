import { z } from 'zod';
import { incidentTexts } from '../shared/incident-texts.ts';
import type { Incident } from '../../src/incidents/incident-types.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import type { Block } from './slack-message.ts';
import { decodeJsonValue } from './decode-json-value.ts';

/** callback_id of the "Post update to reporters" modal; its input's block and action ids. */
export const UPDATE_MODAL = { callbackId: 'c500.incident.update', blockId: 'c500.update', actionId: 'text', maxLength: 2000 } as const;

/** What the modal remembers between views.open and its submission. */
export interface UpdateModalMetadata {
  incidentId: string;
  /** Where the card was clicked (the helpdesk channel): the confirmation goes there. */
  channel?: string;
}

const metadataSchema = z.object({ i: z.string().min(1).max(200), c: z.string().min(1).max(40).optional() });

export const updateModalMetadata = {
  encode(m: UpdateModalMetadata): string {
    return JSON.stringify({ i: m.incidentId, ...(m.channel ? { c: m.channel } : {}) });
  },
  decode(value: unknown): UpdateModalMetadata | null {
    const d = decodeJsonValue(value, metadataSchema);
    return d ? { incidentId: d.i, ...(d.c ? { channel: d.c } : {}) } : null;
  },
};

/** The modal view (views.open) asking for the text of a desk update, in the desk's language (`m`: DESK_LOCALE). */
export function renderUpdateModal(input: { incident: Incident | null; incidentId: string; channel?: string; now: number; m: Messages }): { type: 'modal'; callback_id: string; private_metadata: string; title: { type: 'plain_text'; text: string }; submit: { type: 'plain_text'; text: string }; close: { type: 'plain_text'; text: string }; blocks: Block[] } {
  const about = input.incident ? escapeMrkdwn(incidentTexts.describe(input.incident, input.now, input.m), { from: 'person' }) : input.m.t('slack.modal.this_incident');
  const { m } = input;
  return {
    type: 'modal',
    callback_id: UPDATE_MODAL.callbackId,
    private_metadata: updateModalMetadata.encode({ incidentId: input.incidentId, ...(input.channel ? { channel: input.channel } : {}) }),
    title: { type: 'plain_text', text: m.t('chat.update.title') },
    submit: { type: 'plain_text', text: m.t('slack.modal.send') },
    close: { type: 'plain_text', text: m.t('slack.modal.cancel') },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: fitText(m.t('slack.modal.about', { about }), BLOCK_LIMITS.sectionText) } },
      {
        type: 'input',
        block_id: UPDATE_MODAL.blockId,
        label: { type: 'plain_text', text: m.t('chat.update.label') },
        element: {
          type: 'plain_text_input',
          action_id: UPDATE_MODAL.actionId,
          multiline: true,
          max_length: UPDATE_MODAL.maxLength,
          placeholder: { type: 'plain_text', text: m.t('chat.update.placeholder') },
        },
      },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { slackEventId } from '../../../adapters/slack/slack-event-id.ts';
import { blockActionsSchema, commandSchema, eventEnvelopeSchema } from '../../../adapters/slack/slack-payloads.ts';
import { fixtureJson, fixtureText } from './slack-test-kit.ts';

const form = (name: string) => Object.fromEntries(new URLSearchParams(fixtureText(name).trimEnd()));

describe('slackEventId: one stable id per delivery', () => {
  it('slash command: its trigger_id', () => {
    const cmd = commandSchema.parse(form('opsdroid_slash_command.urlencoded.txt'));
    expect(slackEventId.command(cmd)).toBe('slack:command:2093168434705.1761091294307.7f8d01a322363a013721e32e83af484b');
  });

  it('button click: user, message and action_ts; another click on the same button is another id', () => {
    const payload = blockActionsSchema.parse(JSON.parse(form('opsdroid_block_actions_button.urlencoded.txt').payload!));
    const id = slackEventId.action(payload);
    expect(id).toBe('slack:action:U01NK1K9L68:1613575038.002800:1613575488.406573');
    const again = { ...payload, actions: [{ ...payload.actions[0]!, action_ts: '1613575490.000001' }] };
    expect(slackEventId.action(again)).not.toBe(id);
    const otherUser = { ...payload, user: { ...payload.user, id: 'U0OTHER' } };
    expect(slackEventId.action(otherUser)).not.toBe(id);
  });

  it('Events API: the envelope event_id, the same for a retried delivery', () => {
    const dm = fixtureJson<{ directDM: unknown; followUp: unknown }>('vercel-chat_dm-direct_slack.json');
    const first = eventEnvelopeSchema.parse(dm.directDM);
    const retried = eventEnvelopeSchema.parse(structuredClone(dm.directDM));
    expect(slackEventId.event(first)).toBe('slack:event:Ev0AFKSS1NKD');
    expect(slackEventId.event(retried)).toBe(slackEventId.event(first));
    expect(slackEventId.event(eventEnvelopeSchema.parse(dm.followUp))).toBe('slack:event:Ev0AFVSPHSLU');
  });

  it('Events API without event_id: client_msg_id, else channel and ts', () => {
    const withMsgId = eventEnvelopeSchema.parse({ type: 'event_callback', event: { type: 'message', client_msg_id: 'abc-1', channel: 'D1', ts: '1.2' } });
    expect(slackEventId.event(withMsgId)).toBe('slack:msg:abc-1');
    const reply = eventEnvelopeSchema.parse(fixtureJson<{ followUp: unknown }>('vercel-chat_thread-reply_slack.json').followUp);
    expect(slackEventId.event(reply)).toBe('slack:msg:C00FAKECHAN1:1767224901.701849');
  });
});

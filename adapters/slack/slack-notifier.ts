import type { Incident } from '../../src/incidents/incident-types.ts';
import type { Logger } from '../../src/logger.ts';
import type { DeliveryReceipt, Notifier, OutboundEvent } from '../../src/notify/notifier.port.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { cardRef } from './card-ref.ts';
import { errorCode } from './error-code.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import { renderIncidentCard } from './render-incident-card.ts';
import type { SlackApi } from './slack-api.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';

export interface SlackNotifierDeps {
  api: SlackApi;
  /** SLACK_HELPDESK_CHANNEL: where incident cards go; without it no card is drawn in Slack. */
  helpdeskChannel?: string;
  logger: Logger;
  now?: () => number;
}

/** Platform errors of chat.update that mean the card message is gone: a new card is posted. */
const CARD_GONE = new Set(['message_not_found', 'cant_update_message', 'channel_not_found', 'is_archived']);

function platformError(error: unknown): string | undefined {
  if (errorCode(error) !== 'slack.api_error' || !(error instanceof SlackAdapterError)) return undefined;
  const data = (error.cause as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * The Notifier port in Slack. Cards: incident_opened posts the card in the helpdesk channel and
 * returns its reference ("C…:ts"); incident_changed and incident_resolved edit that message
 * (chat.update), or post a card when there is no usable reference. Reporter notifications go into
 * the conversation's own thread. Every call goes through the per-channel queue (Retry-After).
 * Two first drawings of the same incident in this process share one post (the second edits it).
 */
export function createSlackNotifier(deps: SlackNotifierDeps): Notifier {
  const now = deps.now ?? Date.now;
  const log = deps.logger;
  const opening = new Map<string, Promise<string>>();

  async function post(channel: string, incident: Incident): Promise<string> {
    const at = await deps.api.postMessage({ channel, message: renderIncidentCard(incident, now()) });
    return cardRef.format(at);
  }

  async function open(incident: Incident): Promise<DeliveryReceipt | void> {
    const channel = deps.helpdeskChannel;
    if (!channel) return;
    const pending = opening.get(incident.id);
    if (pending) {
      // Another delivery of this process is posting the card: edit it with this newer state.
      const ref = await pending;
      return edit(incident, ref);
    }
    const posting = post(channel, incident);
    opening.set(incident.id, posting);
    try {
      return { cardRef: await posting };
    } finally {
      // The hub stores the ref right after; later deliveries come with it.
      setTimeout(() => opening.delete(incident.id), 60_000).unref();
    }
  }

  async function edit(incident: Incident, ref: string | undefined): Promise<DeliveryReceipt | void> {
    const at = cardRef.parse(ref);
    if (!at) {
      if (ref) log.warn({ incidentId: incident.id, cardRef: ref }, 'not a Slack card reference; posting a new card');
      return open(incident);
    }
    try {
      await deps.api.update({ channel: at.channel, ts: at.ts, message: renderIncidentCard(incident, now()) });
      return { cardRef: ref! };
    } catch (error) {
      const gone = platformError(error);
      if (!gone || !CARD_GONE.has(gone) || !deps.helpdeskChannel) throw error;
      log.warn({ incidentId: incident.id, cardRef: ref, error: gone }, 'the incident card is gone; posting a new one');
      return { cardRef: await post(deps.helpdeskChannel, incident) };
    }
  }

  return {
    async deliver(event: OutboundEvent) {
      switch (event.type) {
        case 'incident_opened':
          return open(event.incident);
        case 'incident_changed':
        case 'incident_resolved':
          return edit(event.incident, event.cardRef);
        case 'reporter_notification': {
          const { channel, threadTs } = event.thread.ref;
          if (event.thread.platform !== 'slack' || !channel || !threadTs) {
            throw new SlackAdapterError('slack.config', `not a Slack thread address (platform ${event.thread.platform})`);
          }
          const text = escapeMrkdwn(event.text, { from: 'bot' });
          await deps.api.postMessage({
            channel,
            threadTs,
            message: { text: fitText(text, BLOCK_LIMITS.fallbackText), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fitText(text, BLOCK_LIMITS.sectionText) } }] },
          });
          return;
        }
      }
    },
  };
}

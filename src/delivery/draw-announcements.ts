import { announcementContent } from '../announce/announcement-content.ts';
import { shouldAnnounce } from '../announce/should-announce.ts';
import type { Incident } from '../incidents/incident-types.ts';
import { followerNotice } from '../announce/follower-notice.ts';
import type { Locale } from '../messages/locale.ts';
import { messagesFor } from '../messages/messages-for.ts';
import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import type { OutboxStore } from '../outbox/outbox.port.ts';
import type { AnnouncementFollowers } from '../store/store.port.ts';
import type { DeliveryContext } from './platform-sender.port.ts';
import type { SenderRegistry } from './sender-registry.ts';

export interface AnnounceOptions {
  /** ANNOUNCE_ON_STATUS: a ChatGPT incident on the status page is announced before the desk acknowledges it. */
  onStatus: boolean;
  /** DESK_LOCALE: the announcement's language (it is one message for everyone in the channel). */
  locale: Locale;
  followers: Pick<AnnouncementFollowers, 'list'>;
  outbox: Pick<OutboxStore, 'enqueue'>;
}

/** The drawn mark of the followers' resolve notices: enqueued once per incident. */
const NOTIFIED = 'announce:followers';
const BATCH = 500;

/**
 * The announcement part of a card delivery (deliver-card.ts: under the card's lock, on the
 * incident read after it). Each platform with an announcement channel gets the incident's
 * announcement once it qualifies (shouldAnnounce), and every later revision of the incident edits
 * it in place (its reference kept with the card's, under `announce:<platform>`). Once it says the
 * incident is resolved, the resolve notice of every follower is enqueued (ids stable per person,
 * so a repeated delivery adds nothing). `refs` and `drawn` are updated in place; a platform's
 * failure is returned after the others were drawn.
 */
export async function drawAnnouncements(
  incident: Incident,
  state: { refs: Record<string, string>; drawn: Record<string, string>; seen: Record<string, string> },
  ctx: DeliveryContext,
  senders: SenderRegistry,
  options: AnnounceOptions,
): Promise<{ written: boolean; failure?: unknown }> {
  const revision = String(incident.version);
  const content = announcementContent(incident, messagesFor(options.locale));
  let written = false;
  let failure: unknown;
  for (const [platform, sender] of senders.announcers()) {
    const key = `announce:${platform}`;
    const ref = state.refs[key];
    if (ref && state.seen[key] === revision) continue;
    if (!ref && !shouldAnnounce(incident, { onStatus: options.onStatus })) continue;
    try {
      state.refs[key] = await sender.announce(content, ref ?? null, { ...ctx, once: (step, send) => ctx.once(`${key}:${step}`, send) });
      state.drawn[key] = revision;
      written = true;
    } catch (error) {
      failure ??= error;
    }
  }
  if (!content.live && state.seen[NOTIFIED] === undefined) {
    try {
      const followers = await options.followers.list(incident.id);
      const entries: NewOutboxEntry[] = followers.map((f) => followerNotice(incident.id, f, options.locale));
      for (let i = 0; i < entries.length; i += BATCH) await options.outbox.enqueue(entries.slice(i, i + BATCH));
      state.drawn[NOTIFIED] = revision;
    } catch (error) {
      failure ??= error;
    }
  }
  return failure === undefined ? { written } : { written, failure };
}

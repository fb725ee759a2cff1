import { LOCALES, type Locale } from '../messages/locale.ts';
import { messagesFor } from '../messages/messages-for.ts';
import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import type { AnnouncementFollower } from '../store/store.port.ts';

const isLocale = (value: string | undefined): value is Locale => (LOCALES as readonly string[]).includes(value ?? '');

/**
 * The resolve notice owed to one person who pressed "I'm affected too": one outbox entry whose id
 * is stable per incident and person, so whoever enqueues it first (the resolved announcement's
 * drawing, or a follow that landed while the incident was being resolved) delivers it, once.
 * In the person's language when known, else `fallback` (DESK_LOCALE).
 */
export function followerNotice(incidentId: string, follower: AnnouncementFollower, fallback: Locale): NewOutboxEntry {
  const locale = isLocale(follower.person.locale) ? follower.person.locale : fallback;
  return {
    id: `follower:${incidentId}:${follower.personId}`,
    lane: `fw:${follower.personId}`,
    body: { kind: 'follower', incidentId, person: follower.person, text: messagesFor(locale).t('announce.notice.resolved') },
  };
}

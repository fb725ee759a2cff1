import type { Messages } from '../../../src/messages/messages-for.ts';
import type { MessageId } from '../../../src/messages/catalogs.ts';
import { fitText } from './fit-text.ts';

const SYSTEM_ACTORS: Readonly<Record<string, MessageId>> = { aggregator: 'chat.actor.bot', 'status page': 'chat.actor.status_page' };
const PLATFORM_NAMES: Readonly<Record<string, string>> = { slack: 'Slack', teams: 'Teams', web: 'web' };

/**
 * Who did something on an incident, as the desk recorded it (`slack:U123`, `teams:…`, `web:board`,
 * `aggregator`, `status page`), as raw text for a card: the caller escapes it, because after the
 * platform prefix it is whatever a platform or a person supplied. Long ids are cut.
 */
export function describeActor(actor: string, m: Messages): string {
  const system = Object.hasOwn(SYSTEM_ACTORS, actor) ? SYSTEM_ACTORS[actor] : undefined;
  if (system) return m.t(system);
  const colon = actor.indexOf(':');
  const platform = colon > 0 ? PLATFORM_NAMES[actor.slice(0, colon)] : undefined;
  if (platform && colon < actor.length - 1) return `${fitText(actor.slice(colon + 1), 60)} (${platform})`;
  return fitText(actor, 60);
}

import type { IncidentKind } from '../../src/incidents/incident-types.ts';
import type { Messages } from '../../src/messages/messages-for.ts';

/** An incident's kind as a card title, on every platform, in the catalog's language `m`. */
export function kindTitle(m: Messages, kind: IncidentKind): string {
  return m.t(`chat.kind.${kind}`);
}

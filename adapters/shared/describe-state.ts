import type { Incident } from '../../src/incidents/incident-types.ts';
import type { Messages } from '../../src/messages/messages-for.ts';

/** An incident's state as a word ("open", "acknowledged", …) in the catalog's language `m`. */
export function describeState(m: Messages, state: Incident['state']): string {
  return m.t(`chat.state.${state}`);
}

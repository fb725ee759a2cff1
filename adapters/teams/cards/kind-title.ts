import type { IncidentKind } from '../../../src/incidents/incident-types.ts';

/** An incident's kind as a card title, as on the Slack card (whose table is not exported). */
export const KIND_TITLE: Readonly<Record<IncidentKind, string>> = {
  upstream: 'ChatGPT outage',
  network_local: 'Network problem',
  api: 'OpenAI API server errors',
};

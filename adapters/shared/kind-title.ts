import type { IncidentKind } from '../../src/incidents/incident-types.ts';

/** An incident's kind as a card title, on every platform. */
export const KIND_TITLE: Readonly<Record<IncidentKind, string>> = {
  upstream: 'ChatGPT outage',
  network_local: 'Network problem',
  api: 'OpenAI API server errors',
};

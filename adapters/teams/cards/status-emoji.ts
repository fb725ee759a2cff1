import type { StatusSummary } from '../../../src/desk/desk.port.ts';

/** The status line's emoji, as in Slack's status answer (whose table is not exported). */
export const STATUS_EMOJI: Readonly<Record<StatusSummary['status'], string>> = {
  chatgpt_incident: '🔴',
  other_product_incident: '🟡',
  operational: '🟢',
  unknown: '⚪',
};

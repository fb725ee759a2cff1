import { DeskError } from '../../src/desk/desk-error.ts';
import type { Desk, StatusSummary } from '../../src/desk/desk.port.ts';

/**
 * PHASE 1 ONLY — replaced by the real `createDesk` (src/desk/) in phase 2.
 * A desk that serves the page and the operational endpoints but refuses every conversation with
 * DeskError 'desk.unavailable' (the API answers 503), and reports the status as unknown.
 */
export function createPlaceholderDesk(): Desk {
  const unavailable = () => Promise.reject(new DeskError('desk.unavailable', 'the desk service is not wired into this build yet'));
  const status: StatusSummary = { status: 'unknown', line: 'ChatGPT: status not read yet', ageSeconds: null, incidents: [] };
  return {
    start: unavailable,
    answer: unavailable,
    reply: unavailable,
    subscribe: unavailable,
    get: async () => null,
    status: () => status,
  };
}

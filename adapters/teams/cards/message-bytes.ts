import type { TeamsMessage } from './teams-message.ts';

/** The UTF-8 size of a message as JSON: what counts against Teams' limit on an activity. */
export function messageBytes(message: TeamsMessage): number {
  return Buffer.byteLength(JSON.stringify(message), 'utf8');
}

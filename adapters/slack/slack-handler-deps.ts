import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { DeliveryClaims } from './delivery-claims.ts';
import type { SlackApi } from './slack-api.ts';
import type { Block } from './slack-message.ts';

/** What the inbound handlers need; built once by createSlackAdapter. */
export interface SlackHandlerDeps {
  config: Pick<Config, 'SLACK_COMMAND' | 'SLACK_TRIAGE_IN_CHANNEL'>;
  desk: Desk;
  api: SlackApi;
  /** De-duplicates deliveries the desk does not (card buttons, notify, modal submissions, hints). */
  claims: DeliveryClaims;
  logger: Logger;
  now: () => number;
}

/** An ack that may carry an ephemeral answer (slash commands) or nothing (buttons). */
export type Ack = (response?: { response_type?: 'ephemeral' | 'in_channel'; text: string; blocks?: Block[] }) => Promise<void>;

import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { SlackApi } from './slack-api.ts';
import type { Block } from './slack-message.ts';
import type { ThreadIndex } from './thread-index.ts';

/** What the inbound handlers need; built once by createSlackAdapter. */
export interface SlackHandlerDeps {
  config: Pick<Config, 'SLACK_COMMAND' | 'SLACK_TRIAGE_IN_CHANNEL'>;
  desk: Desk;
  api: SlackApi;
  threads: ThreadIndex;
  logger: Logger;
}

/** An ack that may carry an ephemeral answer (slash commands) or nothing (buttons). */
export type Ack = (response?: { response_type?: 'ephemeral' | 'in_channel'; text: string; blocks?: Block[] }) => Promise<void>;

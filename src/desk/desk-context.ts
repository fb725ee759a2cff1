import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Locale } from '../messages/locale.ts';
import type { Metrics } from '../metrics.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import type { Store } from '../store/store.port.ts';
import { parseConversationState, type ConversationState } from './conversation-state.ts';

/** The languages are optional here (default English) so a desk can be built from the allowlist alone. */
export type DeskConfig = Pick<Config, 'IT_ALLOWLIST_MINIMUM' | 'IT_ALLOWLIST_BROADER'> & Partial<Pick<Config, 'DEFAULT_LOCALE' | 'deskLocale' | 'REPORT_RETENTION_DAYS'>>;

export interface DeskDeps {
  store: Store;
  /** The status service (or anything with its cached reading): the hot path never fetches. */
  status: { current(): StatusReading };
  config: DeskConfig;
  metrics?: Metrics;
  logger?: Logger;
  now?: () => number;
  newId?: () => string;
}

/** The IT allowlist of the configuration, as the engine takes it. */
export function allowlistOf(config: DeskConfig): { minimum: string[]; broader: string[] } {
  return { minimum: [...config.IT_ALLOWLIST_MINIMUM], broader: [...config.IT_ALLOWLIST_BROADER] };
}

/** What every use case of the desk shares (one per desk). */
export interface DeskContext {
  store: Store;
  status: { current(): StatusReading };
  allowlist: { minimum: string[]; broader: string[] };
  /** DEFAULT_LOCALE: turns, notices and replays of a conversation without a language of its own. */
  defaultLocale: Locale;
  /** DESK_LOCALE: what the helpdesk reads (the IT note, incident descriptions). */
  deskLocale: Locale;
  now: () => number;
  newId: () => string;
  metrics?: Metrics;
  logger?: Logger;
}

export function deskContext(deps: DeskDeps): DeskContext {
  return {
    store: deps.store,
    status: deps.status,
    allowlist: allowlistOf(deps.config),
    defaultLocale: deps.config.DEFAULT_LOCALE ?? 'en',
    deskLocale: deps.config.deskLocale ?? deps.config.DEFAULT_LOCALE ?? 'en',
    now: deps.now ?? Date.now,
    newId: deps.newId ?? randomUUID,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  };
}

/** A conversation and its stored version, or null when unknown or expired (one store read). */
export async function loadConversation(ctx: DeskContext, id: string): Promise<{ state: ConversationState; version: number } | null> {
  const stored = await ctx.store.conversations.get(id);
  return stored ? { state: parseConversationState(stored.state), version: stored.version } : null;
}

import { z } from 'zod';
import type { Messages } from '../messages/messages-for.ts';
import type { CliIo } from './cli-io.ts';

/** How long the command waits for the running bot's answer. */
const TIMEOUT_MS = 10_000;

/** What GET /api/incidents answers, as far as this command reads it; the rest is passed through with --json. */
const incidentsAnswer = z.object({
  incidents: z.array(z.looseObject({ id: z.string(), state: z.string(), title: z.string() })),
});
const errorAnswer = z.looseObject({ error: z.string() });

/** The states the CLI's catalog names; another (a newer server's) is shown as the server wrote it. */
const STATES = ['open', 'acknowledged', 'resolved', 'merged'] as const;
const isKnownState = (state: string): state is (typeof STATES)[number] => (STATES as readonly string[]).includes(state);
/** No longer live: listed with --recent only. */
const ENDED = new Set(['resolved', 'merged']);

export interface IncidentsOverHttpOptions {
  /** The running bot's base address (`--url`). */
  url: string;
  /** HELPDESK_TOKEN, sent as the bearer token when set. */
  token: string | undefined;
  recent: boolean;
  json: boolean;
  m: Messages;
}

/**
 * `chatgpt-500 incidents --url <bot>`: asks a running bot (GET /api/incidents, with HELPDESK_TOKEN)
 * instead of the store, e.g. a bot on the in-memory store. One line on stderr and exit 1 when the
 * bot cannot be reached or refuses.
 */
export async function incidentsOverHttp(io: CliIo, options: IncidentsOverHttpOptions): Promise<number> {
  const { m } = options;
  const base = options.url.replace(/\/+$/, '');
  const endpoint = `${base}/api/incidents`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      headers: { accept: 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    io.stderr.write(`${m.t('start.incidents.http_unreachable', { url: endpoint, reason: cause })}\n`);
    return 1;
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const said = errorAnswer.safeParse(body);
    io.stderr.write(`${m.t('start.incidents.http_refused', { url: endpoint, status: response.status, error: said.success ? said.data.error : text.slice(0, 200) })}\n`);
    return 1;
  }
  const parsed = incidentsAnswer.safeParse(body);
  if (!parsed.success) {
    io.stderr.write(`${m.t('start.incidents.http_unexpected', { url: endpoint })}\n`);
    return 1;
  }
  const incidents = parsed.data.incidents.filter((incident) => options.recent || !ENDED.has(incident.state));
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ incidents })}\n`);
    return 0;
  }
  if (incidents.length === 0) {
    io.stdout.write(`${m.t(options.recent ? 'cli.incidents.none_recent' : 'cli.incidents.none')}\n`);
    return 0;
  }
  for (const incident of incidents) {
    const state = isKnownState(incident.state) ? m.t(`cli.incidents.state.${incident.state}`) : incident.state;
    io.stdout.write(`${incident.id}  ${state}  ${incident.title}\n`);
  }
  return 0;
}

import { expect } from 'vitest';
import { webClient, type WebClient } from './web-client.ts';

export interface TurnBody {
  id: string;
  next?: { fact: string; text: string; choices: { value: string; label: string }[]; askedAgain?: string };
  verdict?: { branch: string; headline: string };
  crowd: { crowd: string; incidentId?: string; reporters: number; networks: number };
  status: { status: string; line: string };
  offerNotify: boolean;
  understood: boolean;
  duplicate: boolean;
}

/** The answers of a person whose ChatGPT fails with a 500 on every network they try. */
export const FAILS_EVERYWHERE: Record<string, string> = {
  surface: 'web',
  symptom: 'http_500',
  clean_browser: 'fails',
  other_network: 'fails',
  api_health: 'unknown',
  web_works: 'fails',
};

/** A person's conversation: its turns and the client (with its session cookie) that can go on with it. */
export type Reported = TurnBody[] & { client: WebClient };

/**
 * One person's whole conversation over the JSON API, answered with buttons: starts on `bases[0]`
 * (with `text` as the first message, when given) and sends answer n to `bases[n % bases.length]` (several replicas), until the verdict.
 * The person is a browser of their own (a new session cookie) unless `who` is a client; `who` as a
 * string is only a label (the server names web reporters).
 */
export async function reportOverApi(bases: string[], who: string | WebClient, answers: Record<string, string>, text?: string): Promise<Reported> {
  const client = typeof who === 'string' ? webClient() : who;
  const call = async (url: string, body: unknown) => {
    const res = await client.post(url, body);
    return { status: res.status, body: res.body as unknown as TurnBody };
  };
  const started = await call(`${bases[0]}/api/conversations`, text ? { text } : {});
  expect(started.status).toBe(201);
  const turns = [started.body];
  for (let n = 1; turns.at(-1)!.next && n < 20; n++) {
    const { id, next } = turns.at(-1)!;
    const value = answers[next!.fact];
    if (value === undefined) throw new Error(`no planned answer for "${next!.fact}"`);
    const res = await call(`${bases[n % bases.length]}/api/conversations/${id}/answers`, { fact: next!.fact, value });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.id).toBe(id);
    turns.push(res.body);
  }
  expect(turns.at(-1)!.verdict).toBeDefined();
  return Object.assign(turns, { client });
}

/**
 * Three people whose ChatGPT fails on every network, on three networks (office and home answered
 * with buttons, VPN said in the first message): enough for an upstream incident at
 * INCIDENT_MIN_REPORTERS=3 (and WEB_REPORTERS_PER_ADDRESS ≥ 3: they all come from 127.0.0.1).
 * Answers alternate between `bases`. Returns the conversation ids, each with its person's client.
 */
export async function threeReportersOverApi(bases: string[], prefix = 'r'): Promise<string[] & { clients: WebClient[] }> {
  const office = await reportOverApi(bases, `${prefix}-office`, { ...FAILS_EVERYWHERE, network: 'office' });
  const home = await reportOverApi(bases, `${prefix}-home`, { ...FAILS_EVERYWHERE, network: 'home' });
  const vpn = await reportOverApi(bases, `${prefix}-vpn`, FAILS_EVERYWHERE, 'chatgpt.com shows HTTP ERROR 500, I am on the VPN');
  return Object.assign([office[0]!.id, home[0]!.id, vpn[0]!.id], { clients: [office.client, home.client, vpn.client] });
}

import { expect } from 'vitest';

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

async function call(url: string, body: unknown): Promise<{ status: number; body: TurnBody }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as TurnBody };
}

/**
 * One person's whole conversation over the JSON API, answered with buttons: starts on `bases[0]`
 * (with `text` as the first message, when given) and sends answer n to `bases[n % bases.length]` (several replicas), until the verdict.
 */
export async function reportOverApi(bases: string[], reporterId: string, answers: Record<string, string>, text?: string): Promise<TurnBody[]> {
  const started = await call(`${bases[0]}/api/conversations`, { reporter: { id: reporterId }, ...(text ? { text } : {}) });
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
  return turns;
}

/**
 * Three people whose ChatGPT fails on every network, on three networks (office and home answered
 * with buttons, VPN said in the first message): enough for an upstream incident at
 * INCIDENT_MIN_REPORTERS=3. Answers alternate between `bases`. Returns the conversation ids.
 */
export async function threeReportersOverApi(bases: string[], prefix = 'r'): Promise<string[]> {
  const office = await reportOverApi(bases, `${prefix}-office`, { ...FAILS_EVERYWHERE, network: 'office' });
  const home = await reportOverApi(bases, `${prefix}-home`, { ...FAILS_EVERYWHERE, network: 'home' });
  const vpn = await reportOverApi(bases, `${prefix}-vpn`, FAILS_EVERYWHERE, 'chatgpt.com shows HTTP ERROR 500, I am on the VPN');
  return [office[0]!.id, home[0]!.id, vpn[0]!.id];
}

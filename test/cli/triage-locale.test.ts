import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-cli.ts';

/**
 * `chatgpt-500 triage --json --locale <tag>` run as the real binary (a child process): the texts
 * are in the language asked for, with no English sentence left, while fact ids, values and branch
 * ids are the same in every language.
 */

type Json = Record<string, unknown>;

interface DecisionJson {
  next?: { fact: string; text: string; choices: { value: string; label: string }[]; help?: string };
  verdict?: {
    branch: string;
    headline: string;
    summary: string;
    steps: string[];
    stopWhen: string;
    notes: string[];
    evidence: { label: string; satisfied: boolean; detail?: string }[];
    supportReport?: { kind: string; fields: string[] };
    itNote?: { text: string; locale?: string; minimumDomains: string[]; broaderDomains: string[] };
    retrySnippet?: string;
    offerNotify?: boolean;
  };
  facts?: Json;
  understood?: boolean;
}

const VERDICT_FACTS: Record<string, Json> = {
  outage: { status: 'chatgpt_incident', crowd: 'surge', surface: 'web' },
  api_rate_limit: { status: 'operational', surface: 'api', symptom: 'api_429' },
  api_server: { status: 'other_product_incident', surface: 'api', symptom: 'api_503', retries: 'persists' },
  app_tls: { status: 'operational', surface: 'desktop', symptom: 'ssl_or_network_config' },
  app: { status: 'operational', surface: 'mobile', symptom: 'unusual_activity' },
  cloudflare_challenge: { surface: 'web', symptom: 'cloudflare_challenge' },
  browser: { status: 'other_product_incident', surface: 'web', symptom: 'http_500', clean_browser: 'works' },
  network: { status: 'operational', surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'vpn', other_network: 'works' },
  web_session: { status: 'operational', surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'works' },
  escalate: { status: 'other_product_incident', surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'home', other_network: 'fails', api_health: 'fails' },
};

const QUESTION_FACTS: Json[] = [{}, { status: 'operational', surface: 'web', symptom: 'http_500' }, { surface: 'api' }, { surface: 'desktop', symptom: 'http_500' }];

/**
 * Texts that are the same in every language by design: a status code's own name, an error text
 * quoted as the product shows it, technical terms, product names.
 */
const SAME_BY_DESIGN = new Set(['500 Internal Server Error', '"Unusual activity detected"', 'Endpoint', 'ChatGPT']);

async function triage(facts: Json, locale?: string, reply?: string): Promise<DecisionJson> {
  const args = ['triage', '--facts', JSON.stringify(facts), '--json', ...(reply ? ['--reply', reply] : []), ...(locale ? ['--locale', locale] : [])];
  const run = await runBin(args);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as DecisionJson;
}

/** Every text people read in a decision, each with where it is (to compare language by language). */
function texts(d: DecisionJson): [where: string, text: string][] {
  const out: [string, string][] = [];
  if (d.next) {
    out.push(['question', d.next.text], ...d.next.choices.map((c): [string, string] => [`choice ${c.value}`, c.label]));
    if (d.next.help) out.push(['help', d.next.help]);
  }
  const v = d.verdict;
  if (v) {
    out.push(['headline', v.headline], ['summary', v.summary], ['stopWhen', v.stopWhen]);
    v.steps.forEach((s, i) => out.push([`step ${i}`, s]));
    v.notes.forEach((s, i) => out.push([`note ${i}`, s]));
    v.evidence.forEach((e, i) => e.detail && out.push([`evidence ${i}`, e.detail]));
    v.supportReport?.fields.forEach((f, i) => out.push([`report field ${i}`, f]));
    v.itNote?.text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .forEach((l, i) => out.push([`IT note line ${i}`, l]));
  }
  return out;
}

/** The English sentences of a text (at least three words besides domains, URLs and code), to look for in a translation. */
function sentences(text: string): string[] {
  const words = (s: string) => s.split(/\s+/).filter((w) => /^[A-Za-z’'-]{2,}[,.!?:;]?$/.test(w)).length;
  return text
    .split(/(?<=[.!?:;])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s) >= 3);
}

/** The ids of a decision: what never changes with the language. */
function ids(d: DecisionJson) {
  return {
    fact: d.next?.fact,
    choices: d.next?.choices.map((c) => c.value),
    branch: d.verdict?.branch,
    evidence: d.verdict?.evidence.map((e) => [e.label, e.satisfied]),
    supportReport: d.verdict?.supportReport?.kind,
    domains: d.verdict?.itNote && [d.verdict.itNote.minimumDomains, d.verdict.itNote.broaderDomains],
    retrySnippet: d.verdict?.retrySnippet,
    offerNotify: d.verdict?.offerNotify,
    facts: d.facts,
    understood: d.understood,
  };
}

function expectTranslated(english: DecisionJson, other: DecisionJson, locale: string) {
  expect(ids(other)).toEqual(ids(english));
  const en = texts(english);
  const translated = texts(other);
  expect(translated.map(([where]) => where)).toEqual(en.map(([where]) => where));
  const englishSentences = en.filter(([, text]) => !SAME_BY_DESIGN.has(text)).flatMap(([, text]) => sentences(text));
  for (const [i, [where, text]] of translated.entries()) {
    if (!SAME_BY_DESIGN.has(text)) expect({ locale, where, text }).not.toEqual({ locale, where, text: en[i]![1] });
    for (const sentence of englishSentences) expect({ locale, where, englishSentenceInside: text.includes(sentence) ? sentence : null }).toEqual({ locale, where, englishSentenceInside: null });
  }
}

describe('chatgpt-500 triage --locale (the real binary)', () => {
  it.each(['de', 'es', 'fr'])('%s: every question has its texts translated and its ids unchanged', async (locale) => {
    for (const facts of QUESTION_FACTS) {
      const [english, other] = await Promise.all([triage(facts), triage(facts, locale)]);
      expect(english!.next).toBeDefined();
      expectTranslated(english!, other!, locale);
    }
  });

  it.each(Object.keys(VERDICT_FACTS))('%s: the verdict in German, Spanish and French has no English sentence left; ids unchanged', async (branch) => {
    const facts = VERDICT_FACTS[branch]!;
    const [english, ...others] = await Promise.all(['en', 'de', 'es', 'fr'].map((locale) => triage(facts, locale)));
    expect(english!.verdict?.branch).toBe(branch);
    others.forEach((other, i) => expectTranslated(english!, other, ['de', 'es', 'fr'][i]!));
  });

  it('a reply reads the same facts in every language; --locale takes region tags such as de-DE', async () => {
    const english = await triage({ surface: 'web', symptom: 'http_500' }, undefined, 'works in incognito');
    expect(english.facts).toMatchObject({ clean_browser: 'works' });
    const german = await triage({ surface: 'web', symptom: 'http_500' }, 'de-DE', 'works in incognito');
    expect(german.verdict?.headline).toBe('Browserzustand: In einem sauberen Fenster funktioniert es');
    expectTranslated(english, german, 'de');
  });

  it('without --locale the texts are in DEFAULT_LOCALE; the IT note is in DESK_LOCALE and says so', async () => {
    const run = await runBin(['triage', '--facts', JSON.stringify(VERDICT_FACTS.network), '--json'], { env: { DEFAULT_LOCALE: 'es', DESK_LOCALE: 'fr' } });
    expect(run.code).toBe(0);
    const d = JSON.parse(run.stdout) as DecisionJson;
    expect(d.verdict?.headline).toBe('El problema está en la ruta de red: VPN, DNS, filtros o inspección SSL');
    expect(d.verdict?.itNote?.locale).toBe('fr');
    expect(d.verdict?.itNote?.text.split('\n')[0]).toBe('Bonjour l’équipe informatique,');
    const text = await runBin(['triage', '--facts', JSON.stringify(VERDICT_FACTS.network)], { env: { DEFAULT_LOCALE: 'es', DESK_LOCALE: 'fr' } });
    expect(text.stdout).toContain('--- Nota para TI, en francés (copiar y enviar) ---');
  });

  it('an unsupported locale exits 2 with one line on stderr naming the supported ones', async () => {
    const run = await runBin(['triage', '--facts', '{}', '--json', '--locale', 'pt']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('chatgpt-500: unsupported locale "pt"; supported: en, de, es, fr\n');
  });
});

import { describe, expect, it } from 'vitest';
import type { AskedFactId, Facts } from '../../src/triage/fact-values.ts';
import { parseReply } from '../../src/triage/parse-reply.ts';

/**
 * The general rules of issue 13's second round, each in wording of its own (not the tuning
 * sets' lines): the classes the first held-out set showed, in the four languages.
 */
const W: Facts = { surface: 'web' };
const A: Facts = { surface: 'api' };
const D: Facts = { surface: 'desktop' };
const M: Facts = { surface: 'mobile' };

const cases: [text: string, expecting: AskedFactId, facts: Facts, want: Facts | 'unclear'][] = [
  // Codes that alternate say which errors come, not whether retries succeed.
  ['sometimes a 502, sometimes a 503', 'symptom', A, 'unclear'],
  ['a veces 502 y a veces 500', 'symptom', A, 'unclear'],
  // None of them / no matter how often: retries keep failing.
  ['not a single retry has worked so far', 'retries', A, { retries: 'persists' }],
  ['keine einzige Wiederholung hat geklappt', 'retries', A, { retries: 'persists' }],
  ['no matter how often we retry it fails', 'retries', A, { retries: 'persists' }],
  ['some go through, some fail', 'retries', A, { retries: 'intermittent' }],
  // "It depends" answers nothing, whatever follows.
  ['depends on the region, eu works after a retry', 'retries', A, 'unclear'],
  ['ça dépend, parfois oui', 'retries', A, 'unclear'],
  // A request beside a bare complaint states nothing.
  ['please fix this asap, everything is down', 'retries', A, 'unclear'],
  // The VPN switched off is not where it fails.
  ['zu Hause, das VPN ist ausgeschaltet', 'network', W, { network: 'home' }],
  ['desde casa, la VPN está desconectada', 'network', W, { network: 'home' }],
  // A private window blocked by policy: the test cannot be run.
  ['privates Fenster ist bei uns über GPO gesperrt', 'clean_browser', W, { clean_browser: 'not_tried' }],
  // A browser named without the private window is the normal window.
  ['früher ging es in Firefox, seit heute nicht mehr', 'clean_browser', W, 'unclear'],
  // Web on the same network: a second network, or not tried, is no answer.
  ['the browser loads, but only on the guest wifi', 'web_works', D, 'unclear'],
  ['no tengo navegador en el móvil del trabajo', 'web_works', M, 'unclear'],
  // A place out of the list when asked where it fails.
  ['airport lounge, it is down', 'network', W, 'unclear'],
  // A correction of the code: the error it is not does not count.
  ['no es un 403, es un 500', 'symptom', W, { symptom: 'http_500' }],
  ['not a 429, it is a 503', 'symptom', A, { symptom: 'api_503' }],
  // Two surfaces, or ChatGPT inside another product, name no surface.
  ['les deux : le site et l’appli iPhone', 'surface', {}, 'unclear'],
  ['Copilot in Edge', 'surface', {}, 'unclear'],
  // The app in one clause, the device in the other.
  ['am iPhone, die App', 'surface', {}, { surface: 'mobile' }],
  // Letters drawn out.
  ['mit dem Hotspot jaaaa', 'other_network', W, { other_network: 'works' }],
  // A promise to check, then what was found.
  ['let me check... yes, it works there', 'clean_browser', W, { clean_browser: 'works' }],
  // An opening doubt makes the whole reply no answer.
  ['maybe? it loaded once and then a 500', 'clean_browser', W, 'unclear'],
  // Neither: it fails in both.
  ['ni en privé ni dans Chrome normal', 'clean_browser', W, { clean_browser: 'fails' }],
  // The office, and the phone's network as the second one.
  ['office. tried tethering to my phone and it loads', 'network', W, { network: 'office', other_network: 'works' }],
];

describe('parseReply, second round of general rules', () => {
  it.each(cases)('%j (expecting %s)', (text, expecting, facts, want) => {
    const reading = parseReply(text, { expecting, facts });
    if (want === 'unclear') expect(reading, JSON.stringify(reading.facts)).toMatchObject({ understood: false, facts: {} });
    else expect(reading.facts).toEqual(want);
  });
});

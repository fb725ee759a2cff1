import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const API: Facts = { surface: 'api' };
const API500: Facts = { surface: 'api', symptom: 'api_500' };
const D: Facts = { surface: 'desktop' };

/**
 * Issue 13, sixteenth round (English): the classes of wording behind the wrong and missed readings
 * of the sixteenth blind batch. Each case is one instance of a class, written for these tests (not
 * taken from a tuning set).
 */
describe('sixteenth round: what a reply does not state stays unclear', () => {
  it.each<Case>([
    // Said after a question back, not having done it is why the person asks.
    ['how do I share my phone connection? I have never done that', 'other_network', W, 'unclear'],
    ['how do you open a private window on a mac? never tried it', 'clean_browser', W, 'unclear'],
    ['where do I find the incognito thing? haven\'t tested it', 'clean_browser', W, 'unclear'],
    // Asked about the org's calls, the one thing said alone to fail is the reporter's own failure: no answer by itself.
    ['only my nightly script fails', 'api_health', API, 'unclear'],
    ["it's just this one cron that's broken", 'api_health', API, 'unclear'],
    // The thinking face alone is doubt; a habit alone names no place; reloading and "now it works" is a recovery.
    ['works in incognito 🤔', 'clean_browser', W, 'unclear'],
    ["usually I'm at the office", 'network', W, 'unclear'],
    ['refreshed the page and now it works', 'clean_browser', W, 'unclear'],
    ['cleared the cache and it works there', 'clean_browser', W, 'unclear'],
    // A lean asked back and not said again stays doubt.
    ['I think a 500? the logs are a mess', 'symptom', API, 'unclear'],
    // A condition alone is no test run.
    ['if I use the hotspot it might work', 'other_network', { ...W, network: 'office' }, 'unclear'],
  ])('%s (asked %s) is unclear', (...c) => {
    expect(read(c)).toBe('unclear');
  });
});

describe('sixteenth round: what a reply states is read', () => {
  it.each<Case>([
    // A failure said as a verb of the browser ("doesn't load either") is the web test, and names no error.
    ['not only the desktop app, chrome on this wifi will not load either', 'web_works', D, { web_works: 'fails' }],
    ["the website on the same network doesn't open either", 'web_works', { surface: 'mobile' }, { web_works: 'fails' }],
    // Answered before the question back, not having tried is still the answer.
    ["no I haven't, how do I open one?", 'clean_browser', W, { clean_browser: 'not_tried' }],
    // The org's other calls beside the reporter's own failing thing.
    ['yep, the other calls are fine, only my export job fails with a 500', 'api_health', API, { api_health: 'works', symptom: 'api_500' }],
    ["everything else in the company runs fine, it's just my worker hitting 429s", 'api_health', API, { api_health: 'works', symptom: 'api_429' }],
    ['yes our other services call it without trouble, just this one pipeline is broken', 'api_health', API, { api_health: 'works' }],
    ['prod looks fine, only my lambda is failing', 'api_health', API, { api_health: 'works' }],
    // The org's other calls said beside another answer, when the API is what fails.
    ["it says 503, and the rest of the company is down too", 'symptom', API, { symptom: 'api_503', api_health: 'fails' }],
    ['maybe one in five retries works. our other services are fine though', 'retries', API500, { retries: 'intermittent', api_health: 'works' }],
    ['the retries never get through, and other api calls from our team fail as well', 'retries', API500, { retries: 'persists', api_health: 'fails' }],
    // The subject left out: "think it's …" is a lean, as "I think it's …".
    ['think it was a 429 going by the dashboard', 'symptom', API, { symptom: 'api_429' }],
    ['think it showed forbidden', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    // Asked about the org's calls, not knowing and not having checked are one answer.
    ["no idea, I'd have to check with the infra folks", 'api_health', API, { api_health: 'unknown' }],
    ["not sure, haven't checked with the devs", 'api_health', W, { api_health: 'unknown' }],
    // A log of numbered attempts with list bullets.
    ['• attempt 1: 500\n• attempt 2: 200 ok', 'retries', API500, { retries: 'intermittent' }],
    ['· try 1 - 500\n· try 2 - 500\n· try 3 - 200', 'retries', API500, { retries: 'intermittent' }],
    // The same phone is the device, not "the same" failure.
    ['safari on the same iphone, same network, loads fine', 'web_works', { surface: 'mobile' }, { web_works: 'works' }],
    ['firefox on the same tablet works', 'web_works', { surface: 'mobile' }, { web_works: 'works' }],
    // "<thing> not found" is the status text of a 404, an error outside the list.
    ["every page I open says 'thread not found'", 'symptom', { surface: 'web' }, { symptom: 'other' }],
    ["the calls come back with 'deployment not found'", 'symptom', API, { symptom: 'api_other' }],
    // A measure of errors that did not move says the calls work.
    ['checked datadog, the error rate stayed flat', 'api_health', API, { api_health: 'works' }],
    ['error rates look normal on our side', 'api_health', W, { api_health: 'works' }],
    // The thinking face beside "weird" is puzzlement at the result, not doubt about it.
    ['incognito loads fine 🤔 strange', 'clean_browser', W, { clean_browser: 'works' }],
    ['hotspot works :thinking_face: odd', 'other_network', { ...W, network: 'office' }, { other_network: 'works' }],
    // "… and that's where it breaks" says the place before it is where it fails, even said as a habit.
    ["the hotspot is fine. usually I'm at the office and that's where it fails", 'other_network', W, { other_network: 'works', network: 'office' }],
    ["mostly I'm on the vpn, that is where it dies", 'network', W, { network: 'vpn' }],
    // Reloading the page is the same test run again: "… and it fails there too" after a correction is the answer.
    ['works in private mode. no wait, refreshed and it breaks there too', 'clean_browser', W, { clean_browser: 'fails' }],
    ['hotspot is fine... actually no, reloaded and it errors there as well', 'other_network', { ...W, network: 'office' }, { other_network: 'fails' }],
    // "Nothing works" denied: some things do.
    ["it's not as if nothing works, our other services get through fine", 'api_health', API, { api_health: 'works' }],
    // A bot or integration of the org that still answers works; one that stopped answering fails.
    ['the support bot on our intranet still replies', 'api_health', W, { api_health: 'works' }],
    ['our teams bot that calls openai stopped responding as well', 'api_health', W, { api_health: 'fails' }],
    // "running normal": as "normally".
    ['the integrations are behaving normal', 'api_health', W, { api_health: 'works' }],
    // "dead quiet" is no failure.
    ["the API isn't down, our alerts channel is dead silent", 'api_health', W, { api_health: 'works' }],
    // Asked about the org's calls, a clause about retrying the reporter's own calls answers the retries only.
    ['the other services are fine, and retrying my calls works now and then', 'api_health', API, { api_health: 'works', retries: 'intermittent' }],
    // "no prob" is "no problem", not the hedge "prob".
    ['chrome on this wifi loads it no prob', 'web_works', D, { web_works: 'works' }],
    ['incognito works, no probs', 'clean_browser', W, { clean_browser: 'works' }],
    // A time of day or a span with "half" is no share of the calls.
    ["not yet, I'm in meetings until half 4, will test after", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["haven't tried, give me half an hour", 'other_network', { ...W, network: 'office' }, { other_network: 'not_tried' }],
    // A lean asked back, then said again with confidence, is the answer.
    ['i think a 500? yes, definitely 500', 'symptom', API, { symptom: 'api_500' }],
    ['I believe it was 403? yeah sure, 403', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    // The error said to be gone is taken back by the one seen now.
    ['the 403 has gone away, now it shows the verify you are human page', 'symptom', { surface: 'web' }, { symptom: 'cloudflare_challenge' }],
    ["unusual activity is gone. now it's a plain 500", 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
    // The network of a site one works at, said as "the lan at the depot", is the office.
    ["I'm on the wifi at the warehouse", 'network', W, { network: 'office' }],
    ['plugged into the ethernet in the lab', 'network', W, { network: 'office' }],
    // After a condition ("if I use X it might work"), a test not run is the present: not tried.
    ["if I switch to my phone's data it could be fine, haven't tried though", 'other_network', { ...W, network: 'office' }, { other_network: 'not_tried' }],
    ['if I open a private window it would probably work, not tested yet', 'clean_browser', W, { clean_browser: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const API: Facts = { surface: 'api' };
const API429: Facts = { surface: 'api', symptom: 'api_429' };

/**
 * Issue 13, seventeenth round (English): the classes of wording behind the wrong and missed readings
 * of the seventeenth blind batch (careful, wordy and non-native writers; hedges and negation traps).
 * Each case is one instance of a class, written for these tests (not taken from a tuning set).
 */
describe('seventeenth round: what a reply does not state stays unclear', () => {
  it.each<Case>([
    // A question to the others with its "does" left out ("anyone know if …?") is a question, not a doubtful answer.
    ['anybody know whether the printer on floor 2 is down again?', 'retries', API429, 'unclear'],
    ['anyone else seeing the lift stuck?', 'api_health', API, 'unclear'],
    // A log whose only success comes before the failures is no retry succeeding.
    ['try 1: 200 ok\ntry 2: 500\ntry 3: 500 again', 'retries', { surface: 'api', symptom: 'api_500' }, 'unclear'],
  ])('%s (asked %s) is unclear', (...c) => {
    expect(read(c)).toBe('unclear');
  });
});

describe('seventeenth round: what a reply states is read', () => {
  it.each<Case>([
    // "not loading", "won't open": a failure said as a verb, no error described (symptom other stays for a spinner, a blank page).
    ['I use the website in Edge on my work laptop, and since this morning it will not load', 'surface', {}, { surface: 'web' }],
    ['the windows app, since the update it is not opening', 'surface', {}, { surface: 'desktop' }],
    ['page keeps loading forever', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    // Unasked, how often the error shows ("every time", "each time") is not how retries fare; "every call" and a retry said are.
    ['no, not a rate limit. a 503, each time', 'symptom', API, { symptom: 'api_503' }],
    ['500 every single time I run the job', 'symptom', API, { symptom: 'api_500' }],
    ['503 on every request since noon', 'symptom', API, { symptom: 'api_503', retries: 'persists' }],
    ['503 every time, also when I retry after a minute', 'symptom', API, { symptom: 'api_503', retries: 'persists' }],
    // "I haven't opened a private window / connected to the hotspot": the test not run (after a correction too).
    ['yes it fails. oh wait, I misread – I have not opened an incognito window at all, only restarted chrome', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["we didn't connect to a hotspot yet", 'other_network', { ...W, network: 'office' }, { other_network: 'not_tried' }],
    ['it did not open in a private window either', 'clean_browser', W, { clean_browser: 'fails' }],
    // A notebook is a laptop; code runs "in a notebook".
    ['I plugged my notebook into the mobile hotspot and the page loaded fine', 'other_network', { ...W, network: 'office' }, { other_network: 'works' }],
    ['our python notebook gets 500 from the api', 'surface', {}, { surface: 'api', symptom: 'api_500' }],
    // "my private one", "my private phone": the person's own device, not the private window.
    ["there is no work mobile and my private one is out of credit, so I could not test another network", 'other_network', W, { other_network: 'not_tried' }],
    ['the hotspot of my private phone works fine', 'other_network', { ...W, network: 'office' }, { other_network: 'works' }],
    // "when working" is the time of the person's work, not an outcome.
    ['I guess the office, I am always on the corporate wifi when working', 'network', W, 'unclear'],
    ["it's the VPN, I'm always on it while working", 'network', W, { network: 'vpn' }],
    // "never … once", "not once", "not a single time": at no time, so it persists ("failed once" is once).
    ['resent it twenty times and it did not go through even once', 'retries', { surface: 'api', symptom: 'api_503' }, { retries: 'persists' }],
    ['been retrying all morning, not once did one succeed', 'retries', { surface: 'api', symptom: 'api_503' }, { retries: 'persists' }],
    ['it failed once and then the next try was fine', 'retries', { surface: 'api', symptom: 'api_503' }, { retries: 'intermittent' }],
    // "the whole org's / entire company's API traffic" is the organisation's calls.
    ["503 here, and the entire company's openai traffic is failing too", 'symptom', API, { symptom: 'api_503', api_health: 'fails' }],
    ["the entire org's api requests are failing as well", 'retries', { surface: 'api', symptom: 'api_500' }, { api_health: 'fails' }],
    // A log of attempts with a success after a failure is intermittent, also when a later one fails again.
    ['attempt 1: 429\nattempt 2: 200\nattempt 3: 429\nattempt 4: 429', 'retries', { surface: 'api', symptom: 'api_429' }, { retries: 'intermittent' }],
    // After doubt, "actually I just checked …" replaces it with what was found.
    ["not sure if they're up. ok I just checked grafana and they are failing", 'api_health', API, { api_health: 'fails' }],
    ['no idea tbh, actually we just tested the private window, it loads', 'clean_browser', W, { clean_browser: 'works' }],
    // A tag after a word of surprise ("weird, right?") is puzzlement, not a question back.
    ['tried the private mode and it loads fine there. weird, right?', 'clean_browser', W, { clean_browser: 'works' }],
    ['incognito is fine. odd, no?', 'clean_browser', W, { clean_browser: 'works' }],
    // A past time after a verb of installing or handing out says when the thing came, not a past state.
    ['the mac app IT installed for us last week', 'surface', {}, { surface: 'desktop' }],
    ['the android app our company distributed last year', 'surface', {}, { surface: 'mobile' }],
    // A surface put first and said not used ("the browser I don't use") is not the surface.
    ["it's a node backend calling the api. the browser we don't use for this", 'surface', {}, { surface: 'api' }],
    ['mobile app on my iphone; the desktop app I never opened', 'surface', {}, { surface: 'mobile' }],
    // "… that's where it started": the place said before is where the failure began.
    ['usually I am at the office on the lan, this is where it happens', 'network', W, { network: 'office' }],
    ['normally we are on the home wifi and that was where it began', 'network', W, { network: 'home' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

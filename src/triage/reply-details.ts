import type { Details } from './types.ts';

/**
 * Free details a reply gives (triage-spec.md, end of "Facts"): browser and version, device,
 * app version, timezone, conversation URL, API request ids, model, endpoint, org, project, tier,
 * and the site ("Berlin office", "at the Munich site"), capitalised as typed. Read from the
 * original text; nothing here is a fact.
 */
export function extractReplyDetails(text: string): Details {
  const details: Details = {};
  const browser = findBrowser(text);
  if (browser) {
    details.browser = browser.name;
    if (browser.version) details.browserVersion = browser.version;
  }
  // Each detail below is looked for only in a text holding a string every match of it holds.
  const appVersion = DOTTED_NUMBER.test(text) ? /\b(?:app|version|build|ver)\s*:?\s*v?(\d+\.\d+(?:\.\d+)*)\b/i.exec(text.replace(BROWSER_RE, ' ')) : null;
  if (appVersion?.[1]) details.appVersion = appVersion[1];
  const device = DEVICE_RE.exec(text);
  if (device) details.device = device[0].trim();
  const timezone = findTimezone(text);
  if (timezone) details.timezone = timezone;
  const url = !/\/c\//i.test(text) ? null : /(?:https?:\/\/)?(?:www\.)?(chatgpt\.com|chat\.openai\.com)(\/(?:g\/[\w-]+\/)?c\/[\w-]+)/i.exec(text);
  if (url) details.conversationUrl = `https://${(url[1] as string).toLowerCase()}${url[2] as string}`;
  const requestIds = /req/i.test(text) ? findRequestIds(text) : [];
  if (requestIds.length > 0) details.requestIds = requestIds;
  const model = MODEL_RE.exec(text);
  if (model) details.model = model[1]?.toLowerCase().replace(/^gpt\s?(?=\d)/, 'gpt-');
  const endpoint = !/v1\//i.test(text) ? null : /(?:^|[\s`'"(])((?:https:\/\/api\.openai\.com)?\/?v1\/[a-z0-9_/{}.-]*[a-z0-9_}])/i.exec(text);
  if (endpoint?.[1]) details.endpoint = `/${endpoint[1].replace(/^https:\/\/api\.openai\.com/i, '').replace(/^\//, '')}`;
  else if (/\bchat[ .]?completions?\b/i.test(text)) details.endpoint = '/v1/chat/completions';
  else if (/\bresponses (?:api|endpoint)\b/i.test(text)) details.endpoint = '/v1/responses';
  const org = /\b(org-[A-Za-z0-9]{6,})\b/.exec(text);
  if (org?.[1]) details.org = org[1];
  const project = /\b(proj_[A-Za-z0-9]{6,})\b/.exec(text);
  if (project?.[1]) details.project = project[1];
  const tier = /tier|processing/i.test(text) ? findTier(text) : undefined;
  if (tier) details.tier = tier;
  const site = SITE_WORD.test(text) ? findSite(text) : undefined;
  if (site) details.site = site;
  return details;
}

const BROWSER_NAMES: Record<string, string> = {
  chrome: 'Chrome',
  chromium: 'Chromium',
  firefox: 'Firefox',
  safari: 'Safari',
  edge: 'Edge',
  brave: 'Brave',
  opera: 'Opera',
  vivaldi: 'Vivaldi',
  arc: 'Arc',
};
const BROWSER_RE = /\b(chrome|chromium|firefox|safari|edge|brave|opera|vivaldi|arc)\b(?:\s*(?:v|version)?\s*:?\s*(\d+(?:\.\d+)*))?/gi;

function findBrowser(text: string): { name: string; version?: string } | undefined {
  const found: { name: string; version?: string }[] = [];
  for (const m of text.matchAll(BROWSER_RE)) {
    const word = (m[1] as string).toLowerCase();
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (word === 'edge' && /^\s+cases?\b/i.test(after)) continue;
    if (word === 'arc' && !/^\s*(?:browser|\d)/i.test(after)) continue;
    found.push({ name: BROWSER_NAMES[word] as string, ...(m[2] ? { version: m[2] } : {}) });
  }
  return found.find((b) => b.version !== undefined) ?? found[0];
}

const DEVICE_RE =
  /\b(?:iphone(?:\s?(?:\d{1,2}|se|x[rs]?))?(?:\s?(?:pro|max|plus|mini))*|ipad(?:\s?(?:pro|air|mini))?|pixel\s?\d+[a-z]?(?:\s?(?:pro|xl|a))?|galaxy\s?[a-z]?\d+[a-z+]*(?:\s?(?:ultra|plus|fe))?|macbook(?:\s?(?:air|pro))?|imac|thinkpad|surface\s?(?:pro|laptop)(?:\s?\d+)?)\b/i;

const MODEL_RE =
  /(?<![\w-])(gpt[- ]?\d(?:[\w.-]*\w)?|gpt-image-[\w.-]*\w|chatgpt-4o-latest|o[1-9](?:-(?:mini|pro|preview|high|low))*|text-embedding-[\w-]*\w|whisper-1|dall-e-[23]|tts-1(?:-hd)?)(?![\w-])/i;

const TZ_ABBREVIATIONS =
  'CET|CEST|EET|EEST|WET|WEST|BST|IST|JST|KST|AEST|AEDT|AWST|ACST|NZST|NZDT|PST|PDT|MST|MDT|CST|CDT|EST|EDT|AKST|AKDT|HST|SGT|HKT|BRT|ART|MSK|UTC|GMT';

const TZ_ABBREVIATION = new RegExp(`\\b(${TZ_ABBREVIATIONS})\\b`);
const TZ_AFTER_TIME = new RegExp(`\\d{1,2}(?::\\d{2})?\\s*(?:[ap]m\\s*)?(${TZ_ABBREVIATIONS})\\b`, 'i');

function findTimezone(text: string): string | undefined {
  const offset = /\b(UTC|GMT)\s*([+\-−]\s*\d{1,2}(?::?\d{2})?)/i.exec(text);
  if (offset) return `${(offset[1] as string).toUpperCase()}${(offset[2] as string).replace(/\s/g, '').replace('−', '-')}`;
  const abbreviation = TZ_ABBREVIATION.exec(text);
  if (abbreviation) return abbreviation[1];
  const afterTime = TZ_AFTER_TIME.exec(text);
  if (afterTime) return (afterTime[1] as string).toUpperCase();
  const iana = /\b((?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic|Indian)\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)\b/.exec(text);
  return iana?.[1];
}

function findRequestIds(text: string): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(/\b(req_[A-Za-z0-9]{6,})\b/g)) ids.add(m[1] as string);
  for (const m of text.matchAll(/\bx-(?:client-)?request-id\b["'`]?\s*[:=]?\s*["'`]?([A-Za-z0-9][A-Za-z0-9_-]{5,})/gi)) ids.add(m[1] as string);
  for (const m of text.matchAll(/\brequest[ _-]?id\b\s*[:=]?\s*["'`]?([A-Za-z0-9][A-Za-z0-9_-]{7,})/gi)) ids.add(m[1] as string);
  return [...ids];
}

function findTier(text: string): Details['tier'] {
  const m =
    /\b(standard|priority|scale)[\s_-]*tier\b/i.exec(text) ??
    /\b(?:service[_ ])?tier\b["'`]?\s*[:=]?\s*["'`]?(standard|priority|scale|default)\b/i.exec(text) ??
    /\b(priority|scale)\s+processing\b/i.exec(text);
  if (!m) return undefined;
  const tier = (m[1] as string).toLowerCase();
  return tier === 'default' ? 'standard' : (tier as Details['tier']);
}

const SITE_NOUN = `(?:${['office', 'site', 'campus', 'hq', 'headquarters', 'branch', 'plant', 'building']
  .flatMap((w) => [w, `${w[0]?.toUpperCase()}${w.slice(1)}`, w.toUpperCase()])
  .join('|')})`;
const NOT_A_SITE = new Set(
  `the a an my our your their his her its this that these those same whole entire main home new old back head front local
  regional corporate company work main usual other another different each every any some in at on from to of for by
  near and or but yes no ok so not just still also only ms microsoft web website chatgpt openai open post box wifi
  network guest is was are be i we you they it in-office normal regular big small shared open remote nearest closest
  current temporary satellite central global sales field real physical actual own usual lan wired corp vpn chrome
  firefox safari edge brave opera browser`.split(/\s+/),
);

/** Capitalised words are names ("New York") unless they are sentence openers or pronouns ("Yes Berlin office"). */
const CAPITALISED_STOP = new Set(['the', 'our', 'my', 'yes', 'no', 'yeah', 'yep', 'in', 'at', 'from', 'on', 'hi', 'hey', 'ok', 'so', 'i', 'we', 'its', 'it', 'this', 'that', 'main', 'home', 'head', 'ms', 'microsoft', 'web', 'chatgpt', 'openai', 'guest', 'corp', 'vpn', 'lan', 'office', 'wifi']);

function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  return word === lower ? NOT_A_SITE.has(lower) : CAPITALISED_STOP.has(lower);
}

/** "Berlin office", "New York site": up to three words before a site noun. */
const SITE_BEFORE = new RegExp(`(?<![\\p{L}.'-])((?:\\p{Lu}[\\p{L}.'-]*[ \\t]+){0,2}\\p{L}[\\p{L}.'-]*)[ \\t]+${SITE_NOUN}(?![\\p{L}])`, 'gu');
/** "office in Munich", "site at São Paulo": capitalised words after a site noun. */
const SITE_AFTER = new RegExp(`(?<![\\p{L}])${SITE_NOUN}[ \\t]+(?:in|at)[ \\t]+(\\p{Lu}[\\p{L}.'-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'-]*){0,2})`, 'gu');

const SITE_PATTERNS = [SITE_BEFORE, SITE_AFTER] as const;
/** Every site named holds one of these nouns. */
const SITE_WORD = /office|site|campus|hq|headquarters|branch|plant|building/i;
/** Every app version holds a number with a dot. */
const DOTTED_NUMBER = /\d\.\d/;

function findSite(text: string): string | undefined {
  for (const pattern of SITE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const words = (m[1] as string).split(/\s+/);
      while (words.length > 0 && isStopWord(words[0] as string)) words.shift();
      if (words.length === 0 || words.some(isStopWord)) continue;
      return words.join(' ');
    }
  }
  return undefined;
}

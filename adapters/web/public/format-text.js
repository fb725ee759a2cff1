// Formats a catalog text the way the server's formatMessage (src/messages/format-message.ts) does:
// a template with {name} parameters, or plural forms chosen by the `count` parameter with the
// locale's Intl.PluralRules; numbers written the locale's way; a parameter without a value stays
// visible. No DOM here: the tests run it in Node against formatMessage.

const pluralRules = new Map();
const numberFormats = new Map();

function rulesFor(locale) {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numbersFor(locale) {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** The plural form (or the template) of `message` for `params.count`. */
export function templateOf(locale, message, params = {}) {
  if (typeof message === 'string') return message;
  const count = params.count;
  const form = typeof count === 'number' ? rulesFor(locale).select(count) : 'other';
  return message[form] ?? message.other;
}

/** A parameter's text: numbers the locale's way, strings as they are. */
export function paramText(locale, value) {
  return typeof value === 'number' ? numbersFor(locale).format(value) : String(value);
}

const PARAM = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

/** The text of `message` in `locale` with `params` filled in. */
export function formatText(locale, message, params = {}) {
  const template = templateOf(locale, message, params);
  if (!template.includes('{')) return template;
  return template.replace(PARAM, (whole, name) => {
    const value = params[name];
    return value === undefined ? whole : paramText(locale, value);
  });
}

/**
 * The same, as parts: strings, and the nodes given in `nodes` for their parameter (a <strong>
 * count, a <time>, a link), so a sentence keeps its word order in every language.
 */
export function formatParts(locale, message, params = {}, nodes = {}) {
  const template = templateOf(locale, message, params);
  const parts = [];
  let last = 0;
  for (const match of template.matchAll(PARAM)) {
    const name = match[1];
    const node = nodes[name];
    const value = params[name];
    if (node === undefined && value === undefined) continue;
    parts.push(template.slice(last, match.index));
    parts.push(node !== undefined ? node : paramText(locale, value));
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts.filter((part) => part !== '');
}

import type { JsonValue } from './read-har.ts';
import { isSensitiveName, keepsAmbiguousValue } from './sensitive-name.ts';
import { redactText } from './redact-text.ts';
import { looksLikeUrl, redactUrl } from './redact-url.ts';
import { REDACTED, type RedactionTally } from './redaction-tally.ts';

/** A string from anywhere in a HAR or a JSON body: read as a URL when it is one, else as free text. */
export function redactString(value: string, tally: RedactionTally): string {
  return looksLikeUrl(value) ? redactUrl(value, tally) : redactText(value, tally);
}

/**
 * A JSON value with its secrets replaced: every scalar under a secret's name (`token`,
 * `session`, `password`, `apiKey`, …; `code` and `state` unless they read as a word), everything
 * inside an object or list under such a name, and secret-shaped text in every other string.
 * Returns the same value when nothing changed.
 */
export function redactJson(value: JsonValue, tally: RedactionTally, secret = false): JsonValue {
  if (typeof value === 'string') {
    if (secret) return replaced(value, tally);
    return redactString(value, tally);
  }
  if (typeof value === 'number') return secret ? replaced(value, tally) : value;
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    let copy: JsonValue[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i]!;
      const next = redactJson(item, tally, secret);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  let copy: { [key: string]: JsonValue } | undefined;
  for (const [key, item] of Object.entries(value)) {
    let next: JsonValue;
    if (!secret && isSensitiveName(key) && (typeof item === 'string' || typeof item === 'number') && keepsAmbiguousValue(key, item)) next = item;
    else next = redactJson(item, tally, secret || isSensitiveName(key));
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}

function replaced(value: string | number, tally: RedactionTally): JsonValue {
  if (value === '' || value === REDACTED) return value;
  tally.redacted++;
  return REDACTED;
}

import { SHORTENED_MARKER } from './create-string-shortener.ts';
import type { JsonValue } from './read-har.ts';
import { redactJson } from './redact-json.ts';
import { redactText } from './redact-text.ts';
import { redactPairs } from './redact-url.ts';
import type { RedactionTally } from './redaction-tally.ts';

const parseJson = (text: string): { ok: true; value: JsonValue } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    return { ok: false };
  }
};

/** A JSON text with its secrets replaced, or undefined when the text is not JSON. Unchanged text is returned as it was. */
function redactJsonText(text: string, tally: RedactionTally): string | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok) return undefined;
  const before = tally.redacted;
  const value = redactJson(parsed.value, tally);
  return tally.redacted === before ? text : JSON.stringify(value);
}

/**
 * A request or response body with its secrets replaced, read by its MIME type: JSON by field
 * names and value shapes, a form (`application/x-www-form-urlencoded`) by field names, a
 * server-sent event stream one `data:` line at a time, anything else as free text (secret-shaped
 * values, `token=…`).
 */
export function redactBody(text: string, mimeType: string | undefined, tally: RedactionTally): string {
  const mime = (mimeType ?? '').toLowerCase();
  if (mime.includes('x-www-form-urlencoded')) return redactPairs(text, tally);
  if (mime.includes('event-stream')) {
    return text
      .split('\n')
      .map((line) => {
        if (!line.startsWith('data:')) return redactText(line, tally);
        const data = line.slice(5).trim();
        const redacted = redactJsonText(data, tally) ?? redactText(data, tally);
        return redacted === data ? line : `data: ${redacted}`;
      })
      .join('\n');
  }
  const start = /^\s*([[{])/.exec(text.slice(0, 64))?.[1];
  // A body cut by the reader is no longer JSON: parsing it would only fail after building its objects.
  if ((mime.includes('json') || start !== undefined) && !text.endsWith(SHORTENED_MARKER)) {
    const redacted = redactJsonText(text, tally);
    if (redacted !== undefined) return redacted;
  }
  return redactText(text, tally);
}

import { parse as parseQuery } from 'node:querystring';

export type ParsedSlackBody = { ok: true; body: unknown; mediaType: 'form' | 'json' } | { ok: false; problem: string };

/**
 * Parses a request body the way Slack sends it: form fields (slash commands), form with a JSON
 * `payload` field (interactivity), or JSON (Events API). Parameters of the content type
 * (`; charset=utf-8`) are allowed.
 */
export function parseSlackBody(raw: string, contentType: string | undefined): ParsedSlackBody {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  try {
    if (mediaType === 'application/x-www-form-urlencoded') {
      const fields = parseQuery(raw);
      const payload = fields.payload;
      if (payload === undefined) return { ok: true, body: fields, mediaType: 'form' };
      if (typeof payload !== 'string') return { ok: false, problem: 'more than one payload field' };
      return { ok: true, body: JSON.parse(payload) as unknown, mediaType: 'form' };
    }
    if (mediaType === 'application/json') return { ok: true, body: JSON.parse(raw) as unknown, mediaType: 'json' };
  } catch {
    return { ok: false, problem: 'the body is not valid JSON' }; // an expected outcome: the caller answers 400
  }
  return { ok: false, problem: `unsupported content type ${JSON.stringify(mediaType.slice(0, 60))}` };
}

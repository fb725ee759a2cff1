import type { z } from 'zod';

/**
 * A value this app wrote as JSON (a button's value, a modal's `private_metadata`), checked by
 * `schema` on the way back in; null for anything else: not a string, longer than `maxLength`, not
 * JSON, or another shape (a stale or forged value, or not one this app rendered).
 */
export function decodeJsonValue<S extends z.ZodType>(value: unknown, schema: S, maxLength = Number.POSITIVE_INFINITY): z.infer<S> | null {
  if (typeof value !== 'string' || value.length > maxLength) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}

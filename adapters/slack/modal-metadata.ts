import type { z } from 'zod';

/**
 * A modal's `private_metadata` as this app wrote it (JSON, checked by `schema`), or null for
 * anything else: not a string, not JSON, or another shape (not a modal this app opened).
 */
export function modalMetadata<S extends z.ZodType>(value: unknown, schema: S): z.infer<S> | null {
  if (typeof value !== 'string') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}

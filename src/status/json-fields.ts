/** Small readers for untrusted JSON: each returns undefined (or []) instead of throwing. */

export type JsonRecord = Record<string, unknown>;

export function record(value: unknown): JsonRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : undefined;
}

export function records(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.map(record).filter((r): r is JsonRecord => r !== undefined) : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** An id may be a string or a number in some payloads. */
export function id(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value);
}

/** A timestamp normalised to ISO 8601, or undefined when it does not parse. */
export function isoTime(value: unknown): string | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

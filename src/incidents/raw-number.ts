/** A number stored as a Redis string (or absent) → number; absent or garbage → 0. */
export const rawNumber = (value: string | number | undefined): number => Number(value ?? 0) || 0;

/** A time in ms as Redis stores it: an integer string. */
export const msString = (ms: number): string => String(Math.round(ms));

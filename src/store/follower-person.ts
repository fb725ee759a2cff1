import { z } from 'zod';
import { StoreError } from './store-error.ts';

const personSchema = z.record(z.string(), z.string());

/** A follower's stored address (JSON of string fields), checked when read back. */
export function followerPerson(json: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new StoreError('store.corrupt', 'an announcement follower is stored damaged', { cause: error });
  }
  const parsed = personSchema.safeParse(value);
  if (!parsed.success) throw new StoreError('store.corrupt', 'an announcement follower is stored damaged');
  return parsed.data;
}

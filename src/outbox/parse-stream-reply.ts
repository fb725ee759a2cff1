import { z } from 'zod';

/** Entries of a stream reply (XREADGROUP, XAUTOCLAIM, XREVRANGE): `[id, [field, value, ...]]`. */
export const streamEntriesSchema = z.array(z.tuple([z.string(), z.array(z.string()).nullable()]));

/** The entries with their fields as a record (a deleted entry's null fields become none). */
export function parseStreamEntries(entries: z.infer<typeof streamEntriesSchema>): { streamId: string; fields: Record<string, string> }[] {
  return entries.map(([streamId, flat]) => {
    const fields: Record<string, string> = {};
    for (let i = 0; flat && i + 1 < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
    return { streamId, fields };
  });
}

import { z } from 'zod';
import { decodeJsonValue } from './decode-json-value.ts';

const valueSchema = z.object({ f: z.string().regex(/^F[A-Z0-9]{1,40}$/), n: z.string().min(1).max(200) });

/** The button's value: the shared file's id and its name (for the note when Slack no longer has it). */
export const harButtonValue = {
  encode(input: { fileId: string; name: string }): string {
    return JSON.stringify({ f: input.fileId, n: input.name.slice(0, 200) });
  },
  decode(value: string | undefined): { fileId: string; name: string } | undefined {
    const d = decodeJsonValue(value, valueSchema);
    return d ? { fileId: d.f, name: d.n } : undefined;
  },
};

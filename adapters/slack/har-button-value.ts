import { z } from 'zod';

const valueSchema = z.object({ f: z.string().regex(/^F[A-Z0-9]{1,40}$/), n: z.string().min(1).max(200) });

/** The button's value: the shared file's id and its name (for the note when Slack no longer has it). */
export const harButtonValue = {
  encode(input: { fileId: string; name: string }): string {
    return JSON.stringify({ f: input.fileId, n: input.name.slice(0, 200) });
  },
  decode(value: string | undefined): { fileId: string; name: string } | undefined {
    if (!value) return undefined;
    try {
      const parsed = valueSchema.safeParse(JSON.parse(value));
      return parsed.success ? { fileId: parsed.data.f, name: parsed.data.n } : undefined;
    } catch {
      return undefined;
    }
  },
};

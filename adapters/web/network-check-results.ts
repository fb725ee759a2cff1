import { z } from 'zod';

/** A probe target's domain: the host the page shows and the IT note names (with its port when it has one). */
export const targetDomain = (target: string): string => new URL(target).host;

/**
 * The probe results a page posts (the triage page's network check and the check page a chat
 * thread links), checked against NETWORK_CHECK_TARGETS: `results` of the body, its errors naming
 * `from`, the route that gave the page its targets. `split` turns them into the evidence: a
 * domain probed twice counts as blocked if any probe failed.
 */
export function networkCheckResults(targets: readonly string[], from: string) {
  const known = new Set(targets);
  const schema = z
    .array(
      z.object(
        {
          url: z.string({ error: `must be a probe address from ${from}` }).refine((url) => known.has(url), `must be a probe address from ${from}`),
          reachable: z.boolean({ error: 'must be true or false' }),
        },
        { error: 'must be an object such as {"url": "…", "reachable": true}' },
      ),
      { error: 'must be a list such as [{"url": "…", "reachable": true}]' },
    )
    .min(1, 'must list at least one result')
    .max(targets.length, `must list at most ${targets.length} results`);
  const split = (results: z.infer<typeof schema>): { reachable: string[]; blocked: string[] } => {
    const blocked = [...new Set(results.filter((r) => !r.reachable).map((r) => targetDomain(r.url)))];
    const reachable = [...new Set(results.filter((r) => r.reachable).map((r) => targetDomain(r.url)))].filter((d) => !blocked.includes(d));
    return { reachable, blocked };
  };
  return { schema, split };
}

/**
 * The first `max` items of a list and, when some are left out, the "…and N more" line that says
 * so (the Slack renderers' fitLines, counted in items: Teams has no per-text limit, only the
 * message's size, which fitCard keeps by lowering `max`).
 */
export function capList<T>(items: readonly T[], max: number, more: (hidden: number) => string = (n) => `…and ${n} more`): { shown: T[]; hidden: number; more?: string } {
  const limit = Math.max(0, Math.floor(max));
  if (items.length <= limit) return { shown: [...items], hidden: 0 };
  const hidden = items.length - limit;
  return { shown: items.slice(0, limit), hidden, more: more(hidden) };
}

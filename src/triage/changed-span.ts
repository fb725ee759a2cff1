/**
 * Where `after` differs from `before`: `head` characters at its start and then `tail` at its end
 * are as they were (the two never overlap), so the change lies in [head, after.length - tail).
 */
export function changedSpan(before: string, after: string): { head: number; tail: number } {
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { head, tail };
}

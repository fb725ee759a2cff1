/**
 * Undoes the quoting MONITOR applies to each argument (Redis's sdscatrepr: \n, \r, \t, \a, \b,
 * \", \\ and \xHH for any other byte that is not printable ASCII), as ioredis hands it over without
 * the surrounding quotes, so a script body sent with EVAL hashes to the sha of its EVALSHA calls.
 */
export function unquoteMonitorArg(text: string): string {
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, a: 7, b: 8, '"': 34, '\\': 92 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (next === 'x' && /^[0-9a-f]{2}$/i.test(text.slice(i + 2, i + 4))) {
        bytes.push(parseInt(text.slice(i + 2, i + 4), 16));
        i += 3;
        continue;
      }
      if (next in simple) {
        bytes.push(simple[next]!);
        i += 1;
        continue;
      }
    }
    bytes.push(...Buffer.from(c, 'latin1'));
  }
  return Buffer.from(bytes).toString('utf8');
}

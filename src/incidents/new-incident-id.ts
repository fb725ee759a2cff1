import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford's base32, lower case

/** Random bytes drawn 40 ids at a time: a turn draws four ids, and one draw per id cost a system call each. */
const POOL = Buffer.alloc(400);
let used = POOL.length;

/** The time part: `ms` (below 2^50, exact in a double) as 10 base32 digits, most significant first. */
function timePart(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[rest % 32]! + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** The random part: 80 fresh random bits as 16 base32 digits (5 bits each, most significant first). */
function randomPart(): string {
  if (used + 10 > POOL.length) {
    randomFillSync(POOL);
    used = 0;
  }
  let out = '';
  let bits = 0;
  let value = 0;
  for (let i = used; i < used + 10; i++) {
    value = (value << 8) | POOL[i]!;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >> bits) & 31]!;
    }
    value &= (1 << bits) - 1;
  }
  used += 10;
  return out;
}

/**
 * A new incident id: `inc-` and a ULID (48 bits of time, 80 random bits) in lower case, e.g.
 * `inc-01jdx3m9q4r7s2t5v8w0y3z6a9`. Unique even when Redis lost its counters (a restart without
 * persistence), sortable by creation time, and not guessable (so a card's buttons or an API call
 * cannot name someone else's incident by counting).
 */
export function newIncidentId(now: number = Date.now()): string {
  return `inc-${timePart(Math.max(0, Math.floor(now)))}${randomPart()}`;
}

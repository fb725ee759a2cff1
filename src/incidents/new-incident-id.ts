import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford's base32, lower case

function base32(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return out;
}

/** Random bytes drawn 40 ids at a time: a turn draws four ids, and one draw per id cost a system call each. */
const POOL = Buffer.alloc(400);
let used = POOL.length;

function random80(): bigint {
  if (used + 10 > POOL.length) {
    randomFillSync(POOL);
    used = 0;
  }
  const hex = POOL.toString('hex', used, used + 10);
  used += 10;
  return BigInt(`0x${hex}`);
}

/**
 * A new incident id: `inc-` and a ULID (48 bits of time, 80 random bits) in lower case, e.g.
 * `inc-01jdx3m9q4r7s2t5v8w0y3z6a9`. Unique even when Redis lost its counters (a restart without
 * persistence), sortable by creation time, and not guessable (so a card's buttons or an API call
 * cannot name someone else's incident by counting).
 */
export function newIncidentId(now: number = Date.now()): string {
  const random = random80();
  return `inc-${base32(BigInt(Math.max(0, Math.floor(now))), 10)}${base32(random, 16)}`;
}

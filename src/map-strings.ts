/**
 * `fn` applied to every string inside plain objects and arrays (keys included); class instances,
 * functions and other values pass as they are. Returns the value itself when nothing changed, and
 * allocates nothing then: a container is copied only from its first changed member on.
 */
export function mapStrings<T>(value: T, fn: (text: string) => string): T {
  return walk(value, fn) as T;
}

function walk(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const mapped = walk(item, fn);
      if (!out && mapped !== item) out = value.slice(0, i);
      out?.push(mapped);
    }
    return out ?? value;
  }
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const entries = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    // for…in over own keys (Object.keys' order) allocates no array of the keys: this walks every
    // argument of every store call (well-formed-store.ts).
    for (const key in entries) {
      if (!Object.hasOwn(entries, key)) continue;
      const inner = entries[key];
      const k = fn(key);
      const v = walk(inner, fn);
      if (!out && (k !== key || v !== inner)) out = copyBefore(entries, key);
      if (out) out[k] = v;
    }
    return out ?? value;
  }
  return value;
}

/** The own members of `entries` that come before `key`, in order, in a new object. */
function copyBefore(entries: Record<string, unknown>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const earlier in entries) {
    if (earlier === key) break;
    if (Object.hasOwn(entries, earlier)) out[earlier] = entries[earlier];
  }
  return out;
}

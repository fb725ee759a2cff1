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
    const keys = Object.keys(entries);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const inner = entries[key];
      const k = fn(key);
      const v = walk(inner, fn);
      if (!out && (k !== key || v !== inner)) {
        out = {};
        for (const earlier of keys.slice(0, i)) out[earlier] = entries[earlier];
      }
      if (out) out[k] = v;
    }
    return out ?? value;
  }
  return value;
}

/**
 * `fn` applied to every string inside plain objects and arrays (keys included); class instances,
 * functions and other values pass as they are. Returns the value itself when nothing changed.
 */
export function mapStrings<T>(value: T, fn: (text: string) => string): T {
  return walk(value, fn) as T;
}

function walk(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) {
    const mapped = value.map((item) => walk(item, fn));
    return mapped.every((item, i) => item === value[i]) ? value : mapped;
  }
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const k = fn(key);
      const v = walk(inner, fn);
      if (k !== key || v !== inner) changed = true;
      out[k] = v;
    }
    return changed ? out : value;
  }
  return value;
}

/**
 * True when `test` holds for a string inside plain objects and arrays (keys included), looking at
 * nothing else (class instances, functions). Allocates nothing: the cheap check before mapStrings.
 */
export function someString(value: unknown, test: (text: string) => boolean): boolean {
  if (typeof value === 'string') return test(value);
  if (Array.isArray(value)) {
    for (const item of value) if (someString(item, test)) return true;
    return false;
  }
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (test(key) || someString((value as Record<string, unknown>)[key], test)) return true;
    }
  }
  return false;
}

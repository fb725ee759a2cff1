/**
 * A stored JSON document as it is: `undefined` when it is not JSON at all, so the reader's schema
 * reports it as damaged (a coded error) instead of a SyntaxError escaping as a 500.
 */
export function parseStoredJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/* global fetch, AbortController, setTimeout, clearTimeout */
// The network check's probe, shared by the triage page (evidence.js) and the page a chat thread's
// "Check my network" link opens (check.js).

/**
 * Whether this browser reaches `url`: any answer counts (an opaque no-cors answer says nothing
 * else); a refused, reset, filtered or blocked request, or none within `timeoutMs`, does not.
 */
export async function probe(url, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

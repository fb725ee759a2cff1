/**
 * The URL a link from outside (a status page's incident link) may point to: https, without
 * credentials, or undefined. Refuses `http:` (a downgrade), `javascript:` / `data:`, text that is
 * not a URL, and `https://status.openai.com@evil.example` (the user-info trick).
 */
export function linkTarget(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' ? parsed : undefined;
}

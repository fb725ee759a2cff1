/** api_server: retry only 500/503, exponential backoff with full jitter (TypeScript). */
export const RETRY_SNIPPET = `// Retry only 500 and 503; back off exponentially with full jitter.
async function withRetry<T>(call: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const status = (err as { status?: number }).status;
      if ((status !== 500 && status !== 503) || attempt >= attempts) throw err;
      const ceilingMs = Math.min(30_000, 500 * 2 ** attempt);
      await new Promise((r) => setTimeout(r, Math.random() * ceilingMs));
    }
  }
}`;

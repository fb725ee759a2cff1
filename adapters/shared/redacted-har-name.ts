/** The redacted file's name: "session.har" → "session.redacted.har". */
export function redactedHarName(name: string): string {
  const base = name.replace(/[\\/]/g, '_').replace(/\.har$/i, '') || 'chatgpt';
  return `${base}.redacted.har`;
}

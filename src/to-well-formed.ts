const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `String.prototype.toWellFormed` (ES2024): every lone UTF-16 surrogate becomes U+FFFD. */
export function toWellFormed(value: string): string {
  return value.replace(LONE_SURROGATES, '\uFFFD');
}

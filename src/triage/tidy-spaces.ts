/** What a run of two or more white-space characters becomes (e.g. one space). */
export type SpaceRun = (run: string) => string;

/**
 * `text.replace(/\s{2,}/g, tidy)` over the span [from, to) of `text` only, without a regular
 * expression: the span must not cut a run of white space (a character either side of it is not
 * white space, or is the text's end). Gives `text` itself when no run changes, so that a caller
 * can tell "nothing to tidy" by identity.
 */
export function tidySpaces(text: string, tidy: SpaceRun, from = 0, to = text.length): string {
  // What is tidied so far, and where the text not yet copied into it begins (0: nothing changed).
  let out = '';
  let copied = 0;
  let i = from;
  while (i < to) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i - start < 2) continue;
    const run = text.slice(start, i);
    const tidied = tidy(run);
    if (tidied === run) continue;
    out += text.slice(copied, start) + tidied;
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Whether `\s` matches the character: the ECMAScript white space and line terminators. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Line breaks for escaped text in a TextBlock: markdown joins single newlines into one line (the
 * Teams docs ask for `\n\n` outside lists), so each line becomes its own paragraph.
 */
export function paragraphs(escaped: string): string {
  return escaped.replace(/\n+/g, '\n\n');
}

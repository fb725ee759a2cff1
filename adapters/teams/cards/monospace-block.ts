import type { RichTextBlock } from './adaptive-card.ts';
import { cleanText } from './clean-text.ts';

/**
 * Copyable text (the IT note, the domain lists, the retry snippet) as one monospace TextRun.
 * TextRuns do not interpret markdown, so the text needs no escaping and copies exactly as sent:
 * `*.openai.com` stays `*.openai.com`, which an escaped TextBlock could not promise.
 */
export function monospaceBlock(text: string, options: { id?: string } = {}): RichTextBlock {
  return { type: 'RichTextBlock', ...options, inlines: [{ type: 'TextRun', text: cleanText(text), fontType: 'Monospace' }] };
}

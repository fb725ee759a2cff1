import type { TextBlock } from './adaptive-card.ts';

/**
 * A wrapping TextBlock. `text` must already be escaped (or be the bot's own markup around escaped
 * parts): this is where formatting is allowed, so nothing here escapes for the caller.
 */
export function textBlock(text: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

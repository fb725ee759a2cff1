import type { CardElement, Container } from './adaptive-card.ts';
import { textBlock } from './text-block.ts';

/** A titled part of a card (What to do, Evidence, Status page…): a bold heading, then its items. */
export function section(title: string, items: CardElement[]): Container {
  return { type: 'Container', spacing: 'Medium', items: [textBlock(title, { weight: 'Bolder' }), ...items] };
}

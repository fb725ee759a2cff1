import type { Locale } from '../messages/locale.ts';
import type { Turn } from './desk.port.ts';
import type { ReadFact } from './read-facts.ts';
import { understoodText } from './understood-text.ts';

/** The turn's `read` (what a typed reply set, and the "Got it" sentence in the turn's language), when anything was read. */
export function understoodOf(read: readonly ReadFact[] | undefined, locale: Locale): Pick<Turn, 'read'> {
  if (!read || read.length === 0) return {};
  const text = understoodText(read, locale);
  return text ? { read: { facts: read.map((r) => ({ ...r })), text } } : {};
}

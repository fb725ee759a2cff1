import { CATALOGS } from '../../src/messages/catalogs.ts';
import { LOCALES } from '../../src/messages/locale.ts';

const normalize = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What asks for the link: the button's own label in every language (typed or pasted), and the command word `netcheck`. */
const REQUESTS = new Set(['netcheck', ...LOCALES.flatMap((l) => [CATALOGS[l]['netcheck.chat.button'], CATALOGS[l]['netcheck.chat.button_again']]).filter((m): m is string => typeof m === 'string').map(normalize)]);

/** Whether a reply in a conversation's thread asks for "Check my network" (on request, wherever the conversation is). */
export function asksForNetcheck(text: string): boolean {
  return text.length <= 100 && REQUESTS.has(normalize(text));
}

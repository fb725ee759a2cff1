import type { Message } from '../message.ts';
import type { harChat as source } from '../en/har-chat.ts';

export const harChat: Record<keyof typeof source, Message> = {
  'harChat.offer': 'Brauchst du sie für ein Support-Ticket? Ich kann dir diese HAR-Datei hier mit ersetzten Geheimnissen zurückschicken.',
  'harChat.button': 'Geschwärzte HAR-Datei schicken',
  'harChat.comment': 'Hier ist {name}; Cookies, Tokens, Schlüssel und Sitzungs-IDs sind durch [REDACTED] ersetzt. Sieh sie dir an, bevor du sie an dein Support-Ticket hängst.',
  'harChat.gone': 'Ich konnte {name} nicht noch einmal lesen (sie wurde gelöscht, geändert oder wird nicht mehr geteilt), deshalb gibt es keine geschwärzte Kopie. Teile die HAR-Datei noch einmal in diesem Thread und frag dann erneut.',
  'harChat.not_yours': 'Nur die Person, die diese HAR-Datei geteilt hat, kann ihre geschwärzte Kopie anfordern.',
  'harChat.consent': 'Die geschwärzte Kopie von {name} (Cookies, Tokens, Schlüssel und Sitzungs-IDs ersetzt) für dein Support-Ticket.',
  'harChat.declined': 'In Ordnung, keine geschwärzte Kopie. Die Befunde oben bleiben in diesem Chat.',
  'harChat.sent': 'Hier ist die geschwärzte Kopie von {name}. Sieh sie dir an, bevor du sie an dein Support-Ticket hängst.',
};

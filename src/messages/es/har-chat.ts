import type { Message } from '../message.ts';
import type { harChat as source } from '../en/har-chat.ts';

export const harChat: Record<keyof typeof source, Message> = {
  'harChat.offer': '¿Lo necesitas para un ticket de soporte? Puedo devolverte aquí este HAR con los secretos reemplazados.',
  'harChat.button': 'Envíame el HAR censurado',
  'harChat.comment': 'Aquí tienes {name} con las cookies, tokens, claves e identificadores de sesión reemplazados por [REDACTED]. Revísalo antes de adjuntarlo a tu ticket de soporte.',
  'harChat.gone': 'No pude volver a leer {name} (se eliminó, cambió o ya no está compartido), así que no hay copia censurada. Comparte el HAR otra vez en este hilo y vuelve a pedirla.',
  'harChat.not_yours': 'Solo la persona que compartió este HAR puede pedir su copia censurada.',
  'harChat.consent': 'La copia censurada de {name} (cookies, tokens, claves e identificadores de sesión reemplazados), para adjuntar a tu ticket de soporte.',
  'harChat.declined': 'De acuerdo, sin copia censurada. Los hallazgos de arriba siguen en este chat.',
  'harChat.sent': 'Aquí tienes la copia censurada de {name}. Revísala antes de adjuntarla a tu ticket de soporte.',
};

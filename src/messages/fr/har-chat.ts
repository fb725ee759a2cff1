import type { Message } from '../message.ts';
import type { harChat as source } from '../en/har-chat.ts';

export const harChat: Record<keyof typeof source, Message> = {
  'harChat.offer': "Besoin de ce fichier pour un ticket de support ? Je peux vous renvoyer ici ce HAR avec les secrets remplacés.",
  'harChat.button': 'Envoyez-moi le HAR expurgé',
  'harChat.comment': 'Voici {name}, avec les cookies, jetons, clés et identifiants de session remplacés par [REDACTED]. Relisez-le avant de le joindre à votre ticket de support.',
  'harChat.gone': "Je n'ai pas pu relire {name} (il a été supprimé, modifié ou n'est plus partagé) : il n'y a donc pas de copie expurgée. Partagez à nouveau le HAR dans ce fil, puis redemandez-la.",
  'harChat.not_yours': 'Seule la personne qui a partagé ce HAR peut demander sa copie expurgée.',
  'harChat.consent': 'La copie expurgée de {name} (cookies, jetons, clés et identifiants de session remplacés), à joindre à votre ticket de support.',
  'harChat.declined': "D'accord, pas de copie expurgée. Les constats ci-dessus restent dans cette conversation.",
  'harChat.sent': 'Voici la copie expurgée de {name}. Relisez-la avant de la joindre à votre ticket de support.',
};

import type { Message } from '../message.ts';
import type { netcheck as source } from '../en/netcheck.ts';

/** Textes français du domaine netcheck (« Vérifier mon réseau » depuis Slack et Teams). */
export const netcheck: Record<keyof typeof source, Message> = {
  // ---- dans les fils Slack et Teams ----
  'netcheck.chat.button': 'Vérifier mon réseau',
  'netcheck.chat.button_again': 'Vérifier à nouveau mon réseau',
  'netcheck.chat.hint': 'Ouvre une page qui vérifie, depuis votre propre navigateur, s’il joint chaque domaine dont ChatGPT a besoin. Le résultat revient ici.',
  'netcheck.chat.heading': 'Vérification du réseau depuis votre navigateur',
  'netcheck.chat.blocked': 'Bloqués : {domains}.',
  'netcheck.chat.reachable': 'Joignables : {domains}.',
  'netcheck.chat.all_reachable': 'Tous les domaines vérifiés étaient joignables : {domains}.',
  'netcheck.chat.it_note': 'La note pour l’informatique nomme les domaines bloqués.',
  // ---- la page que le lien ouvre ----
  'netcheck.page.title': 'Vérifier mon réseau · Assistant ChatGPT 500',
  'netcheck.page.heading': 'Vérifier mon réseau',
  'netcheck.page.intro': 'Votre navigateur essaie de joindre chaque domaine dont ChatGPT a besoin, quelques secondes chacun, et indique seulement au bot lesquels ont répondu. Rien d’autre n’est envoyé. Le résultat apparaît dans votre chat.',
  'netcheck.page.run': 'Vérifier mon réseau',
  'netcheck.page.results_label': 'Domaines vérifiés',
  'netcheck.page.checking': 'vérification…',
  'netcheck.page.reachable': 'joignable',
  'netcheck.page.blocked': 'bloqué',
  'netcheck.page.sent': 'Terminé : le résultat est dans votre chat. Vous pouvez fermer cette page.',
  'netcheck.page.failed': 'Le résultat n’a pas pu être envoyé. Réessayez, ou demandez un nouveau lien au bot dans votre chat.',
  'netcheck.page.invalid': 'Ce lien n’est pas valide ou a expiré. Ouvrez le bouton « Vérifier mon réseau » le plus récent de votre chat.',
  // ---- erreurs de l’API de la page (403 / 404) ----
  'netcheck.error.forged': 'Ce lien de vérification du réseau n’est pas valide.',
  'netcheck.error.expired': 'Ce lien de vérification du réseau a expiré : utilisez le plus récent de votre chat.',
  'netcheck.error.wrong_conversation': 'Ce lien de vérification du réseau appartient à une autre conversation.',
  'netcheck.error.gone': 'Cette conversation a expiré. Signalez de nouveau le problème dans votre chat.',
};

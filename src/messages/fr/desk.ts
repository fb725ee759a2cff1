import type { Message } from '../message.ts';
import type { desk as source } from '../en/desk.ts';

/** Textes français du domaine desk. */
export const desk: Record<keyof typeof source, Message> = {
  'desk.preface.first_reporter': {
    one: 'Vous êtes la première personne à l’avoir signalé au cours de la dernière minute ; le support s’en occupe.',
    other: 'Vous êtes la première personne à l’avoir signalé au cours des {count} dernières minutes ; le support s’en occupe.',
  },
  'desk.preface.one_of': {
    one: 'Vous faites partie des {reporters} personnes qui l’ont signalé au cours de la dernière minute ; le support s’en occupe.',
    other: 'Vous faites partie des {reporters} personnes qui l’ont signalé au cours des {count} dernières minutes ; le support s’en occupe.',
  },
  'desk.preface.local_cluster': {
    one: '{count} personne sur votre réseau a signalé la même panne ; le support s’en occupe.',
    other: '{count} personnes sur votre réseau ont signalé la même panne ; le support s’en occupe.',
  },

  'desk.notice.resolved': '✅ Résolu : {what}. Rechargez ChatGPT et réessayez ; si ça échoue encore, signalez-le à nouveau et le diagnostic reprendra de là.',
  'desk.notice.resolved_unknown': 'l’incident que vous avez signalé',
  'desk.notice.resolved_note': 'Note du support : {note}',
  'desk.notice.update': '📣 Message du support : {text}',

  'desk.status.age.never': 'jamais lu',
  'desk.status.age.now': 'à l’instant',
  'desk.status.age.minutes': 'il y a {count} min',
  'desk.status.age.hours': 'il y a {count} h',
  'desk.status.as_of': 'mis à jour {age}',
  'desk.status.chatgpt_incident': 'ChatGPT : {impact} ({age})',
  'desk.status.open_incident': 'incident en cours',
  'desk.status.other_product_named': 'ChatGPT : aucun incident sur la page de statut ; OpenAI signale « {name} » sur un autre produit ({age})',
  'desk.status.other_product': 'ChatGPT : aucun incident sur la page de statut ; OpenAI signale un incident sur un autre produit ({age})',
  'desk.status.operational': 'ChatGPT : aucun incident sur la page de statut ({age})',
  'desk.status.unknown': 'Statut de ChatGPT : inconnu — {reason}',
  'desk.status.unknown_reason': 'la page de statut n’a pas pu être lue',

  'desk.impact.open': 'ChatGPT a un incident en cours',
  'desk.impact.more': '{names} et {count} autres',
  'desk.impact.full_outage': { one: '{names} est en panne', other: '{names} sont en panne' },
  'desk.impact.partial_outage': { one: '{names} est partiellement en panne', other: '{names} sont partiellement en panne' },
  'desk.impact.degraded_performance': { one: '{names} est dégradé', other: '{names} sont dégradés' },
  'desk.impact.under_maintenance': { one: '{names} est en maintenance', other: '{names} sont en maintenance' },
  'desk.impact.unknown': {
    one: '{names} est dans un état que la page de statut ne précise pas',
    other: '{names} sont dans un état que la page de statut ne précise pas',
  },
  'desk.impact.operational': { one: '{names} est cité dans un incident en cours', other: '{names} sont cités dans un incident en cours' },

  'desk.incident.people': { one: '{count} personne', other: '{count} personnes' },
  'desk.incident.on_networks': { one: 'sur {count} réseau', other: 'sur {count} réseaux' },
  'desk.incident.at_sites': { one: 'sur {count} site', other: 'sur {count} sites' },
  'desk.incident.upstream_status_only': 'Panne de ChatGPT sur la page de statut : {name} (aucun signalement ici pour l’instant, {minutes} min)',
  'desk.incident.upstream': 'Panne de ChatGPT : {people}{where} en {minutes} min',
  'desk.incident.upstream_linked': 'Panne de ChatGPT : {people}{where} en {minutes} min (page de statut : {name})',
  'desk.incident.network_local': '{place} : {people} en {minutes} min, un autre réseau fonctionne',
  'desk.incident.api': 'Erreurs serveur de l’API OpenAI : {people} en {minutes} min',
  'desk.place.unknown': 'lieu inconnu',
  'desk.place.site': 'site {name}',
  'desk.place.office': 'réseau du bureau',
  'desk.place.vpn': 'VPN',
  'desk.place.home': 'réseau domestique',
  'desk.place.mobile_data': 'données mobiles',
  'desk.notify.resolved': 'Avis de résolution',
  'desk.notify.update': 'Message aux personnes ayant signalé',
  'desk.notify.failed': '{count} n’ont pas pu être remis',
  'desk.notify.expired': { one: '{count} conversation avait expiré', other: '{count} conversations avaient expiré' },
  'desk.notify.progress': '{what} : {sent} sur {total} notifiés',
  'desk.notify.sent_one': '{what} : envoyé à l’unique destinataire',
  'desk.notify.sent_all': '{what} : envoyé aux {count} destinataires',
};

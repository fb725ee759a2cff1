import type { Message } from '../message.ts';
import type { cli as source } from '../en/cli.ts';

/** Textes français du domaine cli. */
export const cli: Record<keyof typeof source, Message> = {
  'cli.locale.unsupported': 'langue non prise en charge « {locale} » ; langues prises en charge : {supported}',

  'cli.triage.summary': 'diagnostiquer un « HTTP ERROR 500 » de ChatGPT dans le terminal, ou en JSON pour les scripts',
  'cli.triage.help': `Utilisation :
  chatgpt-500 triage [--locale <tag>]     diagnostic interactif dans le terminal
  chatgpt-500 triage --facts '<json>' [--reply '<text>'] [--json] [--locale <tag>]

Interactif : répondez avec ↑/↓ et Entrée, le numéro d’un choix, ou avec vos propres mots
(« ça marche en navigation privée », « en partage de connexion ça charge », « 429 »). Ctrl+C annule.
Le statut en direct d’OpenAI est lu d’abord (--offline pour l’ignorer).

Non interactif (pour les scripts ; sans réseau) :
  --facts '<json>'   les faits connus jusqu’ici, p. ex. '{"surface":"web","symptom":"http_500"}'.
                     "status" et "crowd" sont pris ici (absents : unknown / none).
  --reply '<text>'   la réponse libre d’une personne à la question suivante.
  --json             affiche un objet JSON : {"next": {...}} ou {"verdict": {...}} ;
                     avec --reply, aussi "facts" (après la réponse) et "understood".
  --locale <tag>     la langue des questions et des résultats : {locales} (p. ex. fr ou fr-FR ;
                     par défaut DEFAULT_LOCALE, actuellement {default}). Les ids de faits, valeurs et branches ne changent jamais.
  --offline          mode interactif sans lire le statut en direct.
  -h, --help         cette aide.

Codes de sortie : 0 ok ; 2 arguments incorrects, JSON mal formé, fait ou valeur inconnu, langue non prise en charge.
`,
  'cli.triage.bad_json': '--facts n’est pas un JSON valide ({error})',
  'cli.triage.not_understood': 'Je n’ai pas pu interpréter cette réponse avec certitude ; la question reste posée.',

  'cli.decision.next_question': 'Question suivante ({fact}) : {text}',
  'cli.decision.how_to_test': 'Comment le tester : {help}',
  'cli.decision.verdict': 'Résultat : {headline}  [{branch}]',
  'cli.decision.note': 'Remarque : {note}',
  'cli.decision.steps': 'Étapes :',
  'cli.decision.stop_when': 'Terminé quand : {text}',
  'cli.decision.evidence': 'Éléments pour le support :',
  'cli.decision.retry': 'Nouvelles tentatives avec backoff et jitter :',
  'cli.decision.support_report': 'Le rapport pour le support ({kind}) doit contenir :',
  'cli.decision.it_note': '--- Message pour l’équipe informatique (à copier et envoyer) ---',
  'cli.decision.it_note_language': '--- Message pour l’équipe informatique, en {language} (à copier et envoyer) ---',
  'cli.decision.it_note_end': '--- fin du message ---',
  'cli.decision.notify': 'Le support peut vous prévenir quand ce sera résolu.',

  'cli.interactive.welcome': 'chatgpt-500 — voyons d’où vient votre « HTTP ERROR 500 ».',
  'cli.interactive.checking_status': 'Vérification du statut en direct d’OpenAI…',
  'cli.interactive.unclear': 'Désolé, je n’ai pas compris. Choisissez une option ou formulez-le autrement.',
  'cli.interactive.cancelled': 'Annulé.',
  'cli.interactive.input_ended': 'L’entrée s’est terminée avant la fin du diagnostic.',
  'cli.interactive.prompt': 'Tapez un numéro ou répondez avec vos propres mots : ',
  'cli.interactive.keys_hint': '↑/↓ et Entrée, un numéro, ou tapez votre réponse',

  'cli.incidents.none': 'Aucun incident en cours.',
  'cli.incidents.none_recent': 'Aucun incident en cours ou récent.',
  'cli.incidents.state.open': 'ouvert',
  'cli.incidents.state.acknowledged': 'pris en charge',
  'cli.incidents.state.resolved': 'résolu',
  'cli.incidents.state.merged': 'fusionné',
  'cli.incidents.acknowledged_by': 'pris en charge par {name}',
  'cli.incidents.opened': 'ouvert {at}',
  'cli.incidents.reports': { one: '{count} signalement', other: '{count} signalements' },
  'cli.incidents.last_report': 'dernier signalement {at}',
  'cli.incidents.resolved': 'résolu {at} ({reason})',
  'cli.incidents.networks': 'réseaux : {list}',
  'cli.incidents.sites': 'sites : {list}',
  'cli.incidents.not_asked': 'non demandé',
  'cli.incidents.no_site': 'aucun site',

  'cli.status.headline.chatgpt_incident': 'ChatGPT : incident en cours — {impact}.',
  'cli.status.headline.other_product_incident': 'ChatGPT : opérationnel — OpenAI signale un incident ou une maintenance sur un autre produit (pas ChatGPT).',
  'cli.status.headline.operational': 'ChatGPT : opérationnel — aucun incident en cours sur la page de statut.',
  'cli.status.headline.unknown': 'ChatGPT : statut inconnu — {reason}.',
  'cli.status.unknown_reason': 'le statut n’a pas pu être lu',
  'cli.status.stale': 'Attention : la dernière lecture a échoué ({error}) ; cette lecture date de {seconds} s.',
  'cli.status.unknown_error': 'erreur inconnue',
  'cli.status.components': 'Composants de ChatGPT :',
  'cli.status.open_incidents': 'Incidents en cours :',
  'cli.status.maintenance': 'Maintenance en cours :',
  'cli.status.product_chatgpt': 'ChatGPT',
  'cli.status.product_other': 'autres produits OpenAI',
  'cli.status.affects': 'Concerne : {components}',
  'cli.status.started': 'Début : {at}',
  'cli.status.last_update': 'Dernière mise à jour : {text}',
  'cli.status.last_update_at': 'Dernière mise à jour ({at}) : {text}',
  'cli.status.not_read': 'Non lu depuis {source}.',
  'cli.status.read': 'Lu depuis {source} il y a {seconds} s ({at}).',
  'cli.status.word.operational': 'opérationnel',
  'cli.status.word.degraded_performance': 'performances dégradées',
  'cli.status.word.partial_outage': 'panne partielle',
  'cli.status.word.full_outage': 'panne totale',
  'cli.status.word.under_maintenance': 'en maintenance',
  'cli.status.word.unknown': 'inconnu (statut non reconnu)',
};

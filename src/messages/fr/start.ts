import type { start as en } from '../en/start.ts';

/** Textes français de la zone start (la bannière de démarrage, le tableau sans HELPDESK_TOKEN, la CLI sans Redis). */
export const start: Record<keyof typeof en, string> = {
  'start.banner.running': 'chatgpt-500 est en marche',
  'start.banner.label.page': 'Page de triage',
  'start.banner.label.board': 'Tableau du support',
  'start.banner.label.api': 'API JSON',
  'start.banner.api_hint': '(toutes les routes : README.md, « JSON API »)',
  'start.banner.label.web': 'Page web',
  'start.banner.web_off': 'désactivée (WEB_ENABLED=false ; retirez-le pour servir la page et le tableau)',
  'start.banner.label.operations': 'Exploitation',
  'start.banner.label.store': 'Stockage',
  'start.banner.store.memory': 'en mémoire — un seul processus ; définissez REDIS_URL pour partager l’état entre processus',
  'start.banner.store.redis': 'Redis {url} (REDIS_URL)',
  'start.banner.store.redis_plain': 'Redis via REDIS_URL',
  'start.banner.store.sentinel': 'Redis via Sentinel (REDIS_SENTINELS)',
  'start.banner.store.cluster': 'Cluster Redis (REDIS_CLUSTER_NODES)',
  'start.banner.label.status': 'État',
  'start.banner.status': '{url} (lu toutes les {seconds} s ; tant qu’elle ne répond pas, la page dit que l’état est inconnu ; STATUS_URL pointe ailleurs)',
  'start.banner.label.slack': 'Slack',
  'start.banner.slack.off': 'désactivé — pour l’ajouter, définissez SLACK_BOT_TOKEN et SLACK_SIGNING_SECRET (ou SLACK_APP_TOKEN pour le Socket Mode) ; voir README.md',
  'start.banner.slack.http': 'activé, mode HTTP : faites pointer les URL de requête de l’app Slack vers {url}',
  'start.banner.slack.socket': 'activé, Socket Mode',
  'start.banner.label.teams': 'Teams',
  'start.banner.teams.off': 'désactivé — pour l’ajouter, définissez TEAMS_APP_ID et TEAMS_APP_PASSWORD (et TEAMS_APP_TENANT_ID) ; voir README.md',
  'start.banner.teams.on': 'activé : faites pointer le point de terminaison de messagerie de l’Azure Bot vers {url}',
  'start.banner.label.announce': 'Annonces',
  'start.banner.announce.off': 'désactivées — définissez SLACK_ANNOUNCE_CHANNEL ou TEAMS_ANNOUNCE_CONVERSATION pour annoncer une panne une seule fois au lieu de trier chaque personne',
  'start.banner.announce.on': '{places}, dès que le support confirme une panne',
  'start.banner.announce.on_status': '{places}, dès que la page d’état ou le support signale une panne (ANNOUNCE_ON_STATUS)',
  'start.banner.label.access': 'Accès au tableau',
  'start.banner.access.open': 'ouvert à quiconque atteint cette adresse (définissez HELPDESK_TOKEN pour exiger un jeton)',
  'start.banner.access.token': 'exige le HELPDESK_TOKEN (bearer)',
  'start.banner.access.token_short': 'exige le HELPDESK_TOKEN (bearer) — attention : il fait moins de 16 caractères, facile à deviner',
  'start.banner.access.locked': 'verrouillé tant que HELPDESK_TOKEN n’est pas défini',
  'start.banner.warning_no_token':
    'ATTENTION : Slack ou Teams est configuré et HELPDESK_TOKEN n’est pas défini, le tableau du support n’affiche donc aucun incident. Donnez à HELPDESK_TOKEN une longue valeur aléatoire (par ex. la sortie de : openssl rand -base64 32) et redémarrez ; en attendant, {url} explique comment faire.',
  'start.redis_unreachable': 'chatgpt-500 : démarrage impossible : {reason}. Démarrez Redis ou corrigez {variable} (sans réglage Redis, le bot tourne sur le stockage en mémoire, un seul processus).',
  'start.banner.stop': 'Arrêter avec Ctrl+C (ou SIGTERM) : les requêtes en cours se terminent d’abord.',

  'start.board_off.title': 'Tableau du support : définir HELPDESK_TOKEN — chatgpt-500',
  'start.board_off.heading': 'Le tableau du support a besoin d’un jeton',
  'start.board_off.why': 'Slack ou Teams est configuré : le tableau ne montre donc les incidents qu’au support, avec le jeton du support. Aucun HELPDESK_TOKEN n’est encore défini sur le serveur.',
  'start.board_off.steps': 'Pour activer le tableau :',
  'start.board_off.step_set': 'Sur le serveur, donnez à HELPDESK_TOKEN une longue valeur aléatoire, dans .env ou dans l’environnement. Par exemple, la sortie de cette commande :',
  'start.board_off.step_restart': 'Redémarrez chatgpt-500 et rechargez cette page : elle demandera le jeton. Ne donnez le jeton qu’au support.',
  'start.board_off.step_off': 'Pour ne servir ni la page de triage ni le tableau, définissez plutôt WEB_ENABLED=false.',
  'start.board_off.page_link': 'La page de triage pour les employés reste ouverte :',

  'start.incidents.memory':
    'chatgpt-500 incidents : aucun Redis n’est configuré (REDIS_URL, REDIS_SENTINELS ou REDIS_CLUSTER_NODES), et un bot en marche sur le stockage en mémoire garde ses incidents dans sa propre mémoire, que cette commande ne peut pas voir. Interrogez plutôt le bot en marche : chatgpt-500 incidents --url {url} (avec HELPDESK_TOKEN dans l’environnement si son tableau en exige un), ou ouvrez {url}/board.',
  'start.incidents.http_unreachable':
    'chatgpt-500 incidents : impossible de joindre {url} : {reason}. Le bot tourne-t-il à cette adresse ? (--url est son adresse, par ex. http://localhost:3000)',
  'start.incidents.http_refused': 'chatgpt-500 incidents : {url} a répondu {status} : {error}',
  'start.incidents.http_unexpected':
    'chatgpt-500 incidents : {url} n’a pas répondu par une liste d’incidents ; --url est-elle bien l’adresse de chatgpt-500 ?',
};

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
                     par défaut LC_ALL, LC_MESSAGES ou LANG, sinon DEFAULT_LOCALE, actuellement {default}). Les ids de faits, valeurs et branches ne changent jamais.
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
  'cli.interactive.unclear': 'Désolé, je n’ai pas compris. Choisissez une option ou formulez-le autrement (en français, English, Deutsch ou Español).',
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
  // La liste des commandes, l’aide (--help) et l’usage de chaque commande, les lignes d’erreur.
  'cli.main.help': `chatgpt-500 — diagnostic des signalements « HTTP ERROR 500 » de ChatGPT

Utilisation : chatgpt-500 <commande> [options]

Commandes :
{commands}

« chatgpt-500 <commande> --help » affiche les options d’une commande.
Langue des textes : --locale <tag>, sinon LC_ALL, LC_MESSAGES ou LANG, sinon DEFAULT_LOCALE ({locales}).
`,
  'cli.main.summary.start': 'lancer le bot (page web sur PORT ; Slack s’il est configuré)',
  'cli.main.summary.status': 'afficher le statut en direct d’OpenAI, classé pour ChatGPT',
  'cli.main.summary.incidents': 'lister les incidents en cours du stockage configuré',
  'cli.main.summary.outbox': 'afficher la boîte d’envoi : messages en route et ceux qui n’ont pas pu être remis',
  'cli.main.summary.har': 'analyser un fichier HAR : ce qui a échoué et où, avec une copie caviardée sur demande',
  'cli.main.summary.report': 'afficher un rapport pour le support d’OpenAI, prérempli avec les faits d’un diagnostic',
  'cli.main.summary.teams_package': 'écrire le paquet de l’application (zip) à téléverser dans Microsoft Teams',
  'cli.main.unknown_command': 'commande inconnue « {name} ». Commandes : {commands}.',
  'cli.main.config_error': 'erreur de configuration : {message}',
  'cli.main.unexpected_error': 'erreur inattendue : {message}',
  'cli.args.unknown_option': 'Option inconnue « {option} »',
  'cli.args.missing_value': 'L’option « {option} » attend une valeur',
  'cli.args.no_value': 'L’option « {option} » ne prend pas de valeur',
  'cli.args.unexpected_argument': 'Argument inattendu « {argument} » : cette commande n’en prend aucun',
  'cli.store.unavailable': 'impossible de joindre {where} : {reason}',
  'cli.store.failed': 'le stockage a échoué : {reason}',

  'cli.status.help': `Utilisation : chatgpt-500 status [--json] [--locale <tag>]

Lit une fois la page de statut en direct d’OpenAI (STATUS_URL, STATUS_PROVIDER) et indique si ChatGPT
a un incident en cours : les composants de ChatGPT, les incidents ouverts avec leurs liens et l’âge
de la lecture.

Options :
  --json      afficher la lecture en JSON : "status" (chatgpt_incident, other_product_incident,
              operational ou unknown), les composants de ChatGPT touchés et le modèle normalisé
  --locale    la langue du texte : {locales} (une étiquette comme fr-FR fonctionne aussi ;
              par défaut LC_ALL, LC_MESSAGES ou LANG, sinon DEFAULT_LOCALE)
  -h, --help  afficher cette aide

Si la lecture échoue, le statut "unknown" est affiché avec la raison et le code de sortie reste 0.
`,
  'cli.status.usage': 'status : {problem} (voir « chatgpt-500 status --help »)',

  'cli.incidents.help': `Utilisation : chatgpt-500 incidents [--recent] [--json] [--url <adresse du bot en marche>] [--locale <tag>]

Liste les incidents en cours du stockage configuré (REDIS_URL, REDIS_SENTINELS ou
REDIS_CLUSTER_NODES ; REDIS_KEY_PREFIX). Sans Redis, un bot en marche garde ses incidents dans sa
propre mémoire, que cette commande ne voit pas : elle explique alors comment interroger le bot et
se termine avec le code 1.

Options :
  --url      interroger un bot en marche plutôt que le stockage (GET <url>/api/incidents, avec
             HELPDESK_TOKEN de l’environnement s’il est défini), p. ex. --url http://localhost:3000
  --recent   lister aussi les incidents résolus au cours des dernières 24 heures
  --json     afficher {"incidents": [...]} (enregistrements complets) au lieu du texte
  --locale   la langue du texte : {locales} (par défaut LC_ALL, LC_MESSAGES ou LANG,
             sinon DESK_LOCALE)
  -h, --help afficher cette aide
`,
  'cli.incidents.bad_url': '--url doit être l’adresse http(s) du bot, p. ex. http://localhost:3000 (reçu : « {url} »)',

  'cli.outbox.help': `Utilisation : chatgpt-500 outbox [--dead [--limit N]] [--retry-dead] [--json] [--locale <tag>]

La boîte d’envoi des bots en marche (chaque message qu’ils doivent à des personnes et des canaux),
lue dans le stockage configuré (REDIS_URL, REDIS_SENTINELS ou REDIS_CLUSTER_NODES ; REDIS_KEY_PREFIX).

Sans option : combien de messages attendent d’être envoyés, sont en cours d’envoi, attendent une
nouvelle tentative et n’ont pas pu être remis (avec les raisons).

Options :
  --dead         lister les messages qui n’ont pas pu être remis, les plus récents d’abord
  --limit N      combien en lister (50 par défaut)
  --retry-dead   renvoyer tous les messages non remis (leurs tentatives repartent de zéro) ;
                 un bot en marche les reprend aussitôt
  --json         afficher du JSON au lieu du texte
  --locale <tag> la langue du texte : {locales} (par défaut LC_ALL, LC_MESSAGES ou LANG,
                 sinon DESK_LOCALE)
  -h, --help     afficher cette aide
`,
  'cli.outbox.counts': 'Boîte d’envoi : {ready} en attente, {inFlight} en cours de remise, {delayed} en attente d’une nouvelle tentative{next}, {dead} non remis.',
  'cli.outbox.next_in': ' (prochaine dans {seconds} s)',
  'cli.outbox.see_dead': 'Pour les voir : `chatgpt-500 outbox --dead` ; pour les renvoyer : `chatgpt-500 outbox --retry-dead`.',
  'cli.outbox.damaged': 'endommagé',
  'cli.outbox.attempts': { one: '{count} tentative', other: '{count} tentatives' },
  'cli.outbox.incident': 'incident {id}',
  'cli.outbox.retried': {
    one: '{count} message remis dans la boîte d’envoi ; un bot en marche le remet maintenant.',
    other: '{count} messages remis dans la boîte d’envoi ; un bot en marche les remet maintenant.',
  },
  'cli.outbox.no_dead': 'Tous les messages ont été remis : aucun message en souffrance.',
  'cli.outbox.bad_limit': '--limit doit être un nombre entier de 1 à 10000',
  'cli.outbox.no_redis':
    'aucun Redis configuré (REDIS_URL, REDIS_SENTINELS ou REDIS_CLUSTER_NODES) ; la boîte d’envoi en mémoire vit dans le processus du bot en marche et ne peut pas être lue d’ici.',

  'cli.har.file_missing': 'FICHIER manquant',
  'cli.har.one_file': 'indiquez un seul FICHIER',
  'cli.report.facts_required': '--facts est obligatoire',
  'cli.start.help': `Utilisation : chatgpt-500 start

Lance le bot : la page de diagnostic, le tableau du helpdesk et l’API JSON sur PORT (3000 par
défaut), Slack s’il est configuré, ainsi que /healthz, /readyz et /metrics. Les réglages viennent
des variables d’environnement (voir .env.example). Sans réglage, il sert la page web avec le
stockage en mémoire. Dans un terminal (ou avec LOG_FORMAT=pretty), il affiche une bannière de
démarrage et des lignes de journal lisibles sur stderr ; sinon (LOG_FORMAT=json), uniquement des
lignes de journal JSON. SIGTERM ou Ctrl+C l’arrête proprement.
Codes de sortie : 0 arrêté ; 78 configuration incorrecte ; 69 le Redis configuré est injoignable ;
1 autre.

Options :
  --locale <tag>  la langue de cette aide : {locales}
  -h, --help      afficher cette aide
`,
  'cli.teams_package.help': `Utilisation : chatgpt-500 teams-package --app-id <guid> --domain <host> [--out <fichier.zip>] [options]

Écrit le paquet de l’application Teams : un zip contenant manifest.json (deploy/teams/manifest.json
avec les espaces réservés remplis), color.png et outline.png. Téléversez-le dans Teams (Applications
→ Gérer vos applications → Charger une application) ou dans le centre d’administration Teams. Voir
« Install in Teams » dans README.md.

Options :
  --app-id <guid>          l’ID d’application Microsoft de l’Azure Bot (= TEAMS_APP_ID) ; aussi l’id de l’application
  --domain <host>          le nom d’hôte de l’adresse publique du bot, sans https:// ni chemin,
                           p. ex. chatgpt-500.example.com (Teams envoie les messages à
                           https://<host>/api/messages)
  --out <fichier.zip>      où écrire le paquet ({out} par défaut)
  --app-version <x.y.z>    la version de l’application ({version} par défaut) ; à augmenter pour
                           chaque nouveau paquet d’une application déjà téléversée
  --developer-name <name>  affiché comme éditeur de l’application (« {developer} » par défaut ; 32 caractères au plus)
  --website-url <url>      la page de l’éditeur (https ; par défaut https://<host>/)
  --privacy-url <url>      la déclaration de confidentialité (https ; par défaut l’URL du site)
  --terms-url <url>        les conditions d’utilisation (https ; par défaut l’URL du site)
  --locale <tag>           la langue de cette aide : {locales}
  -h, --help               afficher cette aide
`,
  'cli.store.not_configured': 'aucun Redis configuré : définissez REDIS_URL, REDIS_SENTINELS ou REDIS_CLUSTER_NODES',
  'cli.facts.unknown_fact': 'fait inconnu « {fact} » (faits connus : {expected})',
  'cli.facts.unknown_value': 'valeur inconnue « {value} » pour le fait « {fact} » (attendu : l’une de {expected})',
  'cli.facts.does_not_fit': '{fact} « {value} » ne s’applique pas à {other} « {otherValue} » (attendu : l’une de {expected})',
  'cli.facts.not_string': 'le fait « {fact} » doit être une chaîne (l’une de : {expected})',
  'cli.facts.not_object': 'les faits doivent être un objet JSON comme {example}',
  'cli.teams_package.see_help': '{problem} (voir « chatgpt-500 teams-package --help »)',
  'cli.teams_package.bad_app_id': '--app-id doit être l’ID d’application Microsoft de l’Azure Bot, un GUID comme 00000000-0000-0000-0000-000000000000 (reçu : « {value} »)',
  'cli.teams_package.domain_example': 'p. ex. --domain chatgpt-500.example.com',
  'cli.teams_package.domain_scheme': '--domain prend uniquement le nom d’hôte, sans « {scheme} » ({example})',
  'cli.teams_package.domain_path': '--domain prend uniquement le nom d’hôte, sans chemin ({example})',
  'cli.teams_package.domain_port': '--domain prend uniquement le nom d’hôte, sans port : Teams joint le bot en https sur le port 443 ({example})',
  'cli.teams_package.domain_wildcard': '--domain est le nom d’hôte du bot lui-même, pas un joker ({example})',
  'cli.teams_package.domain_unreachable': '--domain « {value} » n’est pas un nom d’hôte que Teams peut joindre ({example} ; les noms internationalisés sous leur forme xn--)',
  'cli.teams_package.not_https': '{flag} doit être une adresse https:// (reçu : « {value} »)',
  'cli.teams_package.too_long': '{flag} doit être une adresse https:// de 2048 caractères au plus (reçu : « {value} »)',
  'cli.teams_package.app_id_required': '--app-id est obligatoire : l’ID d’application Microsoft de l’Azure Bot',
  'cli.teams_package.domain_required': '--domain est obligatoire : le nom d’hôte de l’adresse publique du bot',
  'cli.teams_package.bad_out': '--out doit désigner un fichier .zip (reçu : « {value} »)',
  'cli.teams_package.bad_version': '--app-version doit être MAJOR.MINOR.PATCH, p. ex. 1.0.1 (reçu : « {value} »)',
  'cli.teams_package.bad_developer': '--developer-name doit compter de 1 à 32 caractères',
  'cli.teams_package.cannot_read': 'impossible de lire les fichiers du paquet dans {dir} ({reason}) ; lancez-la depuis une copie du dépôt',
  'cli.teams_package.cannot_write': 'impossible d’écrire {path} ({reason})',
  'cli.teams_package.wrote': '{path} écrit (bot {appId}, {endpoint}) : téléversez-le dans Teams, voir « Install in Teams » dans README.md',
  'cli.start.cannot_start': 'démarrage impossible : {reason}',
  'cli.start.cannot_listen': 'impossible d’écouter sur {address} : {reason}',
  'cli.start.address_in_use': 'l’adresse est déjà utilisée (mettez un autre port dans PORT)',
};

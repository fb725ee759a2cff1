import type { Message } from '../message.ts';
import type { evidence as source } from '../en/evidence.ts';

export const evidence: Record<keyof typeof source, Message> = {
  'evidence.cli.help': `Usage : chatgpt-500 har FICHIER [--json] [--redact-to SORTIE] [--locale xx]

Lit un fichier HAR (exporté depuis l'onglet Réseau du navigateur) en flux et indique ce qu'il
montre sur ChatGPT : erreurs serveur avec leurs identifiants de requête, défis Cloudflare,
requêtes restées sans réponse (extension, DNS, certificat, connexion), page de blocage d'un
produit de filtrage, réponses 401/403/429, et quels domaines de la liste d'autorisation de l'IT
ont été atteints et lesquels ont échoué. Cookies, jetons, clés et identifiants de session sont
caviardés avant toute lecture ou écriture.

Options :
  --json               affiche {"entries", "findings", "facts", "redacted", "allowlist"} en JSON
  --redact-to SORTIE   écrit aussi une copie caviardée du HAR dans SORTIE, à joindre à un ticket de support
  --locale xx          la langue du texte : en, de, es ou fr (par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon DEFAULT_LOCALE)
  -h, --help           affiche cette aide

Codes de sortie : 0 avec les constats (même s'il n'y en a aucun) ; 2 avec une ligne sur stderr si
le fichier n'existe pas, n'est pas un HAR, est tronqué ou dépasse HAR_MAX_BYTES (100 Mo par défaut).
`,
  'evidence.har.summary': 'HAR lu : {entries} ; {redacted}.',
  'evidence.har.entries': { one: '{count} requête', other: '{count} requêtes' },
  'evidence.har.redacted': { one: '{count} valeur secrète caviardée', other: '{count} valeurs secrètes caviardées' },
  'evidence.har.no_findings': "Rien dans ce HAR n'indique un problème avec ChatGPT ou les domaines de la liste d'autorisation.",
  'evidence.har.findings': { one: '{count} constat :', other: '{count} constats :' },
  'evidence.har.omitted': { one: '…et {count} autre constat, non listé.', other: '…et {count} autres constats, non listés.' },
  'evidence.har.written': 'HAR caviardé écrit dans {path} : cookies, jetons, clés et identifiants de session sont remplacés par [REDACTED]. Relisez-le avant de le joindre à un ticket.',
  'evidence.har.shortened': { one: '{count} valeur de plus de {mb} Mo (un gros corps) a été coupée à ses {mb} premiers Mo.', other: '{count} valeurs de plus de {mb} Mo (de gros corps) ont été coupées à leurs {mb} premiers Mo.' },
  'evidence.har.symptom': 'Le HAR établit le symptôme : {symptom}.',

  'evidence.finding.server_error': 'Erreur serveur {status} de {where}',
  'evidence.finding.cloudflare_challenge': 'Défi Cloudflare à la place de la réponse de {where} ({detail}) : filtrage de sécurité, pas une erreur serveur',
  'evidence.finding.challenge_failed': "Le défi Cloudflare n'a pas pu se charger depuis {where} : {detail}",
  'evidence.finding.no_response': 'Aucune réponse de {where} : {detail}',
  'evidence.finding.filtered': '{detail} a répondu à la place de {where} ({evidence})',
  'evidence.finding.unauthorized': '401 Unauthorized de {where} : déconnecté, ou la session a expiré',
  'evidence.finding.forbidden': '403 Forbidden de {where}',
  'evidence.finding.rate_limited': '429 Too Many Requests de {where} : une limite de débit',
  'evidence.finding.time': 'à {time}',
  'evidence.finding.request_id': 'x-request-id {id}',
  'evidence.finding.cf_ray': 'cf-ray {id}',
  'evidence.finding.http_status': 'HTTP {status}',

  'evidence.cause.extension': 'bloquée par une extension du navigateur',
  'evidence.cause.dns': "le nom n'a pas pu être résolu (DNS)",
  'evidence.cause.tls_interception': "le certificat n'était pas approuvé : quelque chose sur le réseau intercepte peut-être TLS",
  'evidence.cause.tls': 'la connexion sécurisée (TLS) a échoué',
  'evidence.cause.connection_reset': 'la connexion a été réinitialisée',
  'evidence.cause.connection_refused': 'la connexion a été refusée',
  'evidence.cause.connection_closed': 'la connexion a été fermée sans réponse',
  'evidence.cause.timed_out': 'la connexion a expiré',
  'evidence.cause.proxy': 'le proxy a échoué ou refusé la connexion',
  'evidence.cause.blocked_by_policy': "bloquée par une stratégie du navigateur définie par l'administrateur",
  'evidence.cause.offline': "l'ordinateur était hors ligne",
  'evidence.cause.aborted': 'le chargement a été annulé',
  'evidence.cause.unknown': 'aucune réponse enregistrée',

  'evidence.product.zscaler': 'Zscaler',
  'evidence.product.cisco_umbrella': 'Cisco Umbrella',
  'evidence.product.fortinet': 'Fortinet (FortiGuard)',
  'evidence.product.sophos': 'Sophos',
  'evidence.product.barracuda': 'Barracuda',
  'evidence.product.mcafee_skyhigh': 'McAfee / Skyhigh Web Gateway',
  'evidence.product.palo_alto': 'Palo Alto Networks',
  'evidence.product.unknown': 'Un proxy filtrant',

  'evidence.filter.header': 'son en-tête sur une réponse refusée',
  'evidence.filter.redirect': 'une redirection vers sa page de blocage',
  'evidence.filter.block_page': 'sa page de blocage',
  'evidence.filter.proxy_auth': 'connexion au proxy exigée, 407',

  'evidence.challenge.cf_mitigated': 'cf-mitigated: challenge',
  'evidence.challenge.challenge_page': 'la page « Just a moment… »',

  'evidence.allowlist.reached': "Domaines de la liste d'autorisation atteints : {domains}",
  'evidence.allowlist.failed': "Domaines de la liste d'autorisation en échec : {domains}",
  'evidence.allowlist.none': "Aucun domaine de la liste d'autorisation n'apparaît dans ce HAR.",

  'evidence.error.not_found': "impossible de lire {file} : ce fichier n'existe pas",
  'evidence.error.unreadable': 'impossible de lire {file}',
  'evidence.error.not_har': "{file} n'est pas un fichier HAR (du JSON avec « log » et « entries ») : dans l'onglet Réseau du navigateur, choisissez « Tout enregistrer au format HAR »",
  'evidence.error.truncated': '{file} est tronqué après {bytes} octets, avant la fin du HAR : exportez-le à nouveau',
  'evidence.error.too_large': '{file} dépasse la limite de {limit} octets (HAR_MAX_BYTES) : exportez seulement le chargement de page qui échoue',
  'evidence.error.cannot_write': "impossible d'écrire le HAR caviardé dans {file}",
  'evidence.error.same_file': '--redact-to doit désigner un autre fichier que le HAR lui-même',
  'evidence.error.usage': 'har : {problem} (voir « chatgpt-500 har --help »)',

  // ---- the web page: HAR upload and network check (issue 14) ----
  'evidence.web.it_note.blocked': 'Une vérification réseau depuis le navigateur de la personne n’a pas pu joindre : {domains}.',
  'evidence.web.it_note.har_failed': 'Son fichier HAR montre des requêtes vers ces domaines qui échouent en chemin : {domains}.',
  'evidence.web.check.reachable': 'Joignables depuis votre navigateur : {domains}.',
  'evidence.web.check.blocked': 'Bloqués depuis votre navigateur : {domains}.',
  'evidence.web.check.all_reachable': 'Votre navigateur a joint chaque domaine vérifié.',
  'evidence.web.error.too_large': 'Ce fichier HAR dépasse {mb} Mo, le maximum que lit le bot : exportez seulement le chargement de page qui échoue.',
  'evidence.web.error.not_har': 'Ce fichier n’est pas un HAR (JSON avec « log » et « entries ») : dans l’onglet Réseau du navigateur, utilisez « Tout enregistrer au format HAR ».',
  'evidence.web.error.truncated': 'Ce fichier HAR s’arrête avant sa fin : exportez-le à nouveau.',
  'evidence.web.error.media_type': 'Envoyez le fichier HAR lui-même comme corps de la requête, avec Content-Type: application/har+json.',
  'evidence.report.title.web': 'Rapport pour le support : ChatGPT (web ou application)',
  'evidence.report.title.api': 'Rapport pour le support : API OpenAI',
  'evidence.report.field.surface': 'Où cela échoue',
  'evidence.report.field.time': "Heure de l'erreur",
  'evidence.report.field.browser': 'Navigateur ou application, et version',
  'evidence.report.field.device': 'Appareil',
  'evidence.report.field.what_happened': 'Ce que je faisais',
  'evidence.report.field.screenshots': "Captures d'écran",
  'evidence.report.field.conversation_url': 'URL de la conversation',
  'evidence.report.field.request_ids': 'Identifiants de requête',
  'evidence.report.field.status_page': "Page d'état d'OpenAI à ce moment-là",
  'evidence.report.field.har_findings': 'Ce que montre le HAR',
  'evidence.report.field.org': "ID d'organisation",
  'evidence.report.field.tier': 'Niveau de service',
  'evidence.report.field.model': 'Modèle',
  'evidence.report.field.endpoint': 'Endpoint',
  'evidence.report.field.project': 'Projet',
  'evidence.report.field.status_code': 'Code de statut',
  'evidence.report.field.time_range': 'Plage horaire',
  'evidence.report.field.failing_percent': 'Requêtes en échec (env.)',
  'evidence.report.field.error_payload': "Contenu de l'erreur",
  'evidence.report.field.request_summary': 'Résumé de la requête',
  'evidence.report.field.network_check': 'Test réseau depuis mon navigateur',
  'evidence.report.network_check': 'bloqués : {blocked} ; atteints : {reached}',
  'evidence.report.network_check_clear': 'tous les domaines testés ont été atteints ({reached})',
  'evidence.report.surface.web': 'ChatGPT dans un navigateur web',
  'evidence.report.surface.desktop': 'Application de bureau ChatGPT',
  'evidence.report.surface.mobile': 'Application mobile ChatGPT',
  'evidence.report.surface.api': 'API OpenAI',
  'evidence.report.surface_via': '{surface} (signalé via {platform})',
  'evidence.report.app_version': 'Application ChatGPT {version}',
  'evidence.report.time_given': '{time} ({zone})',
  'evidence.report.time_given_no_zone': '{time} (fuseau horaire non indiqué)',
  'evidence.report.time_reported': 'en échec à {time} {zone}, au moment du signalement',
  'evidence.report.time_reported_zone_unknown': "en échec à {time} UTC, au moment du signalement (le fuseau horaire « {given} » n'a pas été reconnu)",
  'evidence.report.status_incidents': '{line} ; incidents : {incidents}',
  'evidence.report.screenshots_ready': 'jointes',
  'evidence.report.screenshots_none': 'aucune',
  'evidence.report.not_given': '(non indiqué)',
  'evidence.report.evidence_heading': 'Éléments de preuve :',
  'evidence.report.evidence_line': '- {label} : {state}',
  'evidence.report.evidence_line_detail': '- {label} : {state} ({detail})',
  'evidence.report.done': 'fait',
  'evidence.report.missing': 'manquant',
  'evidence.report.incident_note': 'Rapport pour le support déposé ({kind})',
  'evidence.report.cli.help': `Utilisation : chatgpt-500 report --facts '<json>' [--details '<json>'] [--input '<json>'] [--json] [--locale xx]

Affiche un rapport pour le formulaire de support d'OpenAI, prérempli à partir des faits d'un triage
(tels que "chatgpt-500 triage --facts" les reçoit) et des détails donnés par la personne, avec les
quatre éléments de preuve marqués comme faits ou manquants.

Options :
  --facts '<json>'    les faits de la conversation, p. ex. '{"surface":"web","symptom":"http_500"}'
  --details '<json>'  détails : browser, browserVersion, device, timezone, conversationUrl,
                      requestIds, model, endpoint, org, project, tier, harAttached, har, networkCheck
  --input '<json>'    les champs de la personne : whatHappened, time, timezone, browser, device,
                      screenshots, harAttached, conversationUrl, requestIds, org, project, tier,
                      model, endpoint, statusCode, timeRange, failingPercent, errorPayload,
                      requestSummary
  --json              affiche {"text", "json"} au lieu du texte
  --locale xx         langue du rapport : en, de, es ou fr (par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon DEFAULT_LOCALE)
  -h, --help          affiche cette aide

Codes de sortie : 0 avec le rapport ; 2 avec une ligne sur stderr si l'entrée n'est pas valide.
`,
  'evidence.report.cli.offer': 'Ce résultat demande un rapport pour le support. Voulez-vous le remplir maintenant ? (o/n)',
  'evidence.report.cli.intro': 'Répondez à ce que vous pouvez ; appuyez sur Entrée pour passer un champ.',
  'evidence.report.cli.prompt.time': "Quand l'erreur s'est-elle produite (p. ex. 14:05) ?",
  'evidence.report.cli.prompt.timezone': 'Votre fuseau horaire (p. ex. Europe/Paris ou UTC+2) ?',
  'evidence.report.cli.prompt.browser': 'Navigateur ou application, et sa version ?',
  'evidence.report.cli.prompt.device': 'Appareil (p. ex. MacBook Air, portable sous Windows 11) ?',
  'evidence.report.cli.prompt.what_happened': "Que faisiez-vous quand l'erreur est apparue ?",
  'evidence.report.cli.prompt.screenshots': "Avez-vous des captures d'écran de l'erreur ? (o/n)",
  'evidence.report.cli.prompt.conversation_url': "L'URL de la conversation (https://chatgpt.com/c/…) ?",
  'evidence.report.cli.prompt.request_ids': 'Identifiants de requête (x-request-id), séparés par des virgules ?',
  'evidence.report.cli.prompt.org': "ID d'organisation (org-…) ?",
  'evidence.report.cli.prompt.tier': 'Niveau de service (standard, priority ou scale) ?',
  'evidence.report.cli.prompt.model': 'Modèle ?',
  'evidence.report.cli.prompt.endpoint': 'Endpoint (p. ex. /v1/chat/completions) ?',
  'evidence.report.cli.prompt.project': 'Projet (proj_…), le cas échéant ?',
  'evidence.report.cli.prompt.status_code': 'Code de statut (p. ex. 500) ?',
  'evidence.report.cli.prompt.time_range': 'Plage horaire des erreurs ?',
  'evidence.report.cli.prompt.failing_percent': 'Quel pourcentage approximatif de requêtes échoue (0-100) ?',
  'evidence.report.cli.prompt.error_payload': "Le contenu de l'erreur (une ligne ; retirez d'abord les clés) ?",
  'evidence.report.cli.prompt.request_summary': 'Un bref résumé de la requête ?',
  'evidence.report.cli.invalid_answer': '{field} : {problem}. Ignoré.',
  'evidence.report.cli.copy': '--- Rapport pour le support (à coller dans https://help.openai.com) ---',
  'evidence.report.error.invalid': 'report : {field} : {problem}',
  'evidence.report.error.usage': 'report : {problem} (voir "chatgpt-500 report --help")',

  // ---- chat: a HAR shared in a chat thread (issue 14) ----
  'evidence.chat.findings': "J'ai lu votre fichier HAR {name}. Voici ce qu'il montre :",
  'evidence.chat.kept': "Les cookies, jetons, clés et identifiants de session ont été retirés avant la lecture, et le fichier lui-même n'est pas conservé.",
  'evidence.chat.too_large': "Votre fichier HAR {name} dépasse {limit}, le maximum que je lis : j'ai arrêté le téléchargement. Enregistrez un HAR du seul chargement de page qui échoue (videz le panneau Réseau, reproduisez une fois, « Tout enregistrer au format HAR ») et partagez-le.",
  'evidence.chat.not_har': "{name} n'est pas un fichier HAR que je sais lire. Dans le panneau Réseau du navigateur, utilisez « Tout enregistrer au format HAR » et partagez le fichier .har.",
  'evidence.chat.truncated': '{name} est coupé avant la fin du HAR. Exportez-le à nouveau et partagez le nouveau fichier.',
  'evidence.chat.unavailable': "Je n'ai pas pu télécharger {name}. Partagez-le à nouveau dans une minute.",
};

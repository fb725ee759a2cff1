import type { Message } from '../message.ts';
import type { evidence as source } from '../en/evidence.ts';

export const evidence: Record<keyof typeof source, Message> = {
  'evidence.cli.help': `Usage : chatgpt-500 har FICHIER [--json] [--redact-to SORTIE]

Lit un fichier HAR (exporté depuis l'onglet Réseau du navigateur) en flux et indique ce qu'il
montre sur ChatGPT : erreurs serveur avec leurs identifiants de requête, défis Cloudflare,
requêtes restées sans réponse (extension, DNS, certificat, connexion), page de blocage d'un
produit de filtrage, réponses 401/403/429, et quels domaines de la liste d'autorisation de l'IT
ont été atteints et lesquels ont échoué. Cookies, jetons, clés et identifiants de session sont
caviardés avant toute lecture ou écriture.

Options :
  --json               affiche {"entries", "findings", "facts", "redacted", "allowlist"} en JSON
  --redact-to SORTIE   écrit aussi une copie caviardée du HAR dans SORTIE, à joindre à un ticket de support
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

  // ---- chat: a HAR shared in a chat thread (issue 14) ----
  'evidence.chat.findings': "J'ai lu votre fichier HAR {name}. Voici ce qu'il montre :",
  'evidence.chat.kept': "Les cookies, jetons, clés et identifiants de session ont été retirés avant la lecture, et le fichier lui-même n'est pas conservé.",
  'evidence.chat.too_large': "Votre fichier HAR {name} dépasse {limit}, le maximum que je lis : j'ai arrêté le téléchargement. Enregistrez un HAR du seul chargement de page qui échoue (videz le panneau Réseau, reproduisez une fois, « Tout enregistrer au format HAR ») et partagez-le.",
  'evidence.chat.not_har': "{name} n'est pas un fichier HAR que je sais lire. Dans le panneau Réseau du navigateur, utilisez « Tout enregistrer au format HAR » et partagez le fichier .har.",
  'evidence.chat.truncated': '{name} est coupé avant la fin du HAR. Exportez-le à nouveau et partagez le nouveau fichier.',
  'evidence.chat.unavailable': "Je n'ai pas pu télécharger {name}. Partagez-le à nouveau dans une minute.",
};

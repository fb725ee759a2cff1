import type { Message } from '../message.ts';
import type { triage as source } from '../en/triage.ts';

/** Textes français du domaine triage (vouvoiement). */
export const triage: Record<keyof typeof source, Message> = {
  'triage.list.and': '{items} et {last}',
  'triage.list.named': ' : {list}',

  'triage.question.surface': 'Où ChatGPT échoue-t-il chez vous ?',
  'triage.choice.surface.web': 'Dans un navigateur web (chatgpt.com)',
  'triage.choice.surface.desktop': 'Dans l’application de bureau (Mac ou Windows)',
  'triage.choice.surface.mobile': 'Dans l’application mobile (iOS ou Android)',
  'triage.choice.surface.api': 'Dans du code qui appelle l’API OpenAI',

  'triage.question.symptom': 'Que voyez-vous exactement ?',
  'triage.question.symptom_api': 'Quel code de statut l’API renvoie-t-elle ?',
  'triage.symptom.http_500': '« HTTP ERROR 500 » ou « Internal Server Error »',
  'triage.symptom.http_403': '« 403 » ou « Access denied »',
  'triage.symptom.ssl_or_network_config': '« Network configuration issue » ou une erreur de certificat SSL',
  'triage.symptom.unusual_activity': '« Unusual activity detected »',
  'triage.symptom.cloudflare_challenge': 'Une vérification Cloudflare (« Verify you are human ») qui ne passe jamais',
  'triage.symptom.other': 'Autre chose',
  'triage.symptom.api_500': '500 Internal Server Error',
  'triage.symptom.api_503': '503 Service Unavailable / surcharge',
  'triage.symptom.api_429': '429 Too Many Requests / quota dépassé',
  'triage.symptom.api_other': 'Un autre code d’erreur',

  'triage.question.clean_browser': 'ChatGPT fonctionne-t-il dans une fenêtre de navigation privée ?',
  'triage.choice.clean_browser.works': 'Oui, ça fonctionne',
  'triage.choice.clean_browser.fails': 'Non, ça échoue aussi',
  'triage.choice.clean_browser.not_tried': 'Je n’ai pas essayé',
  'triage.help.clean_browser':
    'Ouvrez une fenêtre privée et connectez-vous à chatgpt.com. Chrome : Ctrl+Maj+N (Mac : ⌘+Shift+N). ' +
    'Edge : Ctrl+Maj+N pour une fenêtre InPrivate (Mac : ⌘+Shift+N). Firefox : Ctrl+Maj+P (Mac : ⌘+Shift+P). ' +
    'Safari : ⌘+Shift+N. Une fenêtre privée s’ouvre sans vos cookies ni la plupart des extensions : elle distingue l’état du navigateur de tout le reste.',

  'triage.question.web_works': 'ChatGPT fonctionne-t-il dans un navigateur web sur le même réseau ?',
  'triage.choice.web_works.works': 'Oui, le web fonctionne',
  'triage.choice.web_works.fails': 'Non, le web échoue aussi',
  'triage.help.web_works':
    'Sur le même appareil et le même réseau, ouvrez https://chatgpt.com dans un navigateur (idéalement une fenêtre privée), connectez-vous et refaites ' +
    'la même chose. Si le web fonctionne, le service et le réseau vont bien : le problème vient de l’application.',

  'triage.question.network': 'Sur quel réseau êtes-vous quand ça échoue ?',
  'triage.choice.network.office': 'Wi-Fi du bureau / de l’entreprise',
  'triage.choice.network.vpn': 'Connecté via un VPN',
  'triage.choice.network.home': 'Réseau domestique',
  'triage.choice.network.mobile_data': 'Données mobiles',

  'triage.question.other_network': 'ChatGPT fonctionne-t-il sur un autre réseau, par exemple le partage de connexion de votre téléphone ?',
  'triage.choice.other_network.works': 'Oui, ça fonctionne',
  'triage.choice.other_network.fails': 'Non, ça échoue aussi',
  'triage.choice.other_network.not_tried': 'Je n’ai pas essayé',
  'triage.help.other_network':
    'Activez le partage de connexion de votre téléphone, connectez-y l’ordinateur et coupez le VPN, puis rechargez chatgpt.com ' +
    '(sur un téléphone : coupez le Wi-Fi et utilisez les données mobiles). Vous écartez ainsi en une étape le réseau de l’entreprise, ses filtres et le VPN.',

  'triage.question.api_health': 'Les appels à l’API depuis votre organisation fonctionnent-ils encore en ce moment ?',
  'triage.choice.api_health.works': 'Oui, les appels à l’API fonctionnent',
  'triage.choice.api_health.fails': 'Non, ils échouent aussi',
  'triage.choice.api_health.unknown': 'Je ne sais pas',
  'triage.help.api_health':
    'Lancez `curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"` avec une clé de votre organisation : ' +
    'une liste de modèles signifie que l’API fonctionne. Pas de clé sous la main ? Demandez à la personne qui gère vos intégrations API si ses appels passent en ce moment.',

  'triage.question.retries': 'Les nouvelles tentatives de la requête en échec finissent-elles par réussir ?',
  'triage.choice.retries.intermittent': 'Oui, certaines réussissent',
  'triage.choice.retries.persists': 'Non, ça échoue toujours',

  'triage.where.your.office': 'sur le réseau de votre bureau',
  'triage.where.your.vpn': 'sur le VPN de votre entreprise',
  'triage.where.your.home': 'sur votre réseau domestique',
  'triage.where.your.unknown': 'sur votre réseau',
  'triage.where.our.office': 'sur le réseau de notre bureau',
  'triage.where.our.vpn': 'sur le VPN de notre entreprise',
  'triage.where.our.home': 'sur notre réseau domestique',
  'triage.where.our.unknown': 'sur notre réseau',
  'triage.where.the.office': 'sur le réseau du bureau',
  'triage.where.the.vpn': 'sur le VPN de l’entreprise',
  'triage.where.the.home': 'sur le réseau domestique',
  'triage.where.the.unknown': 'sur le réseau',
  'triage.where.mobile_data': 'en données mobiles',

  'triage.outage.headline': 'Une panne de ChatGPT en cours : patientez',
  'triage.outage.summary_incident_named': 'OpenAI signale un incident ChatGPT en cours : {incidents}.',
  'triage.outage.summary_incident': 'La page de statut d’OpenAI signale un incident ChatGPT en cours.',
  'triage.outage.summary_crowd':
    'Beaucoup de personnes sur plusieurs réseaux signalent la même panne en ce moment : c’est le signe d’une panne de ChatGPT en cours, avant même que la page de statut ne l’affiche.',
  'triage.outage.first_reporter': 'Vous êtes la première personne ici à l’avoir signalé.',
  'triage.outage.one_of': {
    one: 'Vous faites partie des {reporters} personnes qui l’ont signalé au cours de la dernière minute.',
    other: 'Vous faites partie des {reporters} personnes qui l’ont signalé au cours des {count} dernières minutes.',
  },
  'triage.outage.wait_is_fastest': 'Un nettoyage local ne peut pas réparer une panne chez OpenAI : attendre est la solution la plus rapide.',
  'triage.outage.step.follow_incident': 'Suivez l’incident : {incident}.',
  'triage.outage.step.follow_status': 'Suivez la page de statut d’OpenAI : {url}.',
  'triage.outage.step.affected': { one: 'Touché en ce moment : {components} est dégradé.', other: 'Touchés en ce moment : {components} sont dégradés.' },
  'triage.outage.step.wait_app': 'Attendez 10 à 30 minutes, puis fermez complètement l’application et rouvrez-la.',
  'triage.outage.step.wait_web': 'Attendez 10 à 30 minutes, puis réessayez avec une page fraîchement chargée (fermez l’onglet, rouvrez chatgpt.com).',
  'triage.outage.step.skip_cleanup':
    'Évitez pour l’instant les nettoyages poussés : effacer toutes les données du site, réinstaller, réinitialiser votre mot de passe ou modifier les paramètres du compte ne réparera pas une panne chez OpenAI.',
  'triage.outage.step.after':
    'Si ça échoue encore une fois l’incident résolu, lancez un nouveau diagnostic : il vaudra alors la peine d’isoler votre navigateur et votre réseau.',
  'triage.outage.stop_when': 'ChatGPT refonctionne après un nouveau chargement, sans autre nettoyage.',

  'triage.api_rate_limit.headline': '429 : une limite de débit ou de quota, pas un incident serveur',
  'triage.api_rate_limit.summary':
    'Un 429 signifie que vos requêtes ont atteint une limite de débit ou épuisé le quota. C’est un autre problème qu’un 500 ou un 503 : ' +
    'réessayer plus fort ou attendre la page de statut ne le réglera pas.',
  'triage.api_rate_limit.step.read':
    'Lisez le message d’erreur : il indique si vous avez atteint une limite de débit (requêtes ou tokens par minute) ou épuisé votre quota ou vos crédits.',
  'triage.api_rate_limit.step.limits': 'Vérifiez les limites et l’utilisation du projet et du modèle dans le tableau de bord OpenAI.',
  'triage.api_rate_limit.step.billing': 'Vérifiez la facturation : le budget ou la limite d’utilisation de l’organisation et du projet, et le solde de crédits restant.',
  'triage.api_rate_limit.step.back_off':
    'Ralentissez : respectez les en-têtes de réponse x-ratelimit-remaining-* et x-ratelimit-reset-*, réessayez les 429 avec un backoff exponentiel et lissez les pics avec une file d’attente ou moins de concurrence.',
  'triage.api_rate_limit.step.tier': 'Si vous avez durablement besoin de plus de débit, augmentez le budget ou demandez un palier d’utilisation supérieur au lieu de réessayer plus fort.',
  'triage.api_rate_limit.step.not_5xx': 'N’appliquez pas la méthode des 5xx (nouvelles tentatives agressives, attente du statut) : elle masque la vraie cause.',
  'triage.api_rate_limit.stop_when': 'Les requêtes réussissent en restant dans vos limites.',

  'triage.api_server.headline': 'API 5xx : réessayez avec backoff, journalisez et surveillez le statut',
  'triage.api_server.code_503': '503 signifie une surcharge ou une indisponibilité temporaire',
  'triage.api_server.code_500': '500 est une erreur de traitement côté serveur',
  'triage.api_server.summary':
    '{code} : cela vaut la peine de réessayer après une courte attente. Ne réessayez que les 5xx, et gardez assez d’éléments pour distinguer un problème local d’un problème chez OpenAI.',
  'triage.api_server.retries.intermittent':
    'Certaines nouvelles tentatives réussissent : un backoff avec jitter devrait absorber la plupart des échecs ; journalisez le reste pour mesurer le taux d’échec.',
  'triage.api_server.retries.persists': 'Ça échoue à chaque nouvelle tentative : rassemblez dès maintenant les éléments ci-dessous, cela pourrait vite devenir un cas pour le support.',
  'triage.api_server.step.retry': 'Ne réessayez que les 500 et 503, avec un backoff exponentiel et du jitter (extrait ci-dessous) ; ne réessayez jamais ainsi les erreurs 4xx.',
  'triage.api_server.step.log':
    'Journalisez chaque appel en échec : l’en-tête de réponse x-request-id, votre X-Client-Request-Id (conservé à travers proxys et passerelles), le modèle, l’endpoint, le niveau de service, le projet, l’horodatage avec fuseau horaire et le pourcentage d’échecs.',
  'triage.api_server.step.service_health':
    'Si vous avez accès à Service Health, filtrez sur un modèle, un niveau de service et le projet concerné avant d’interpréter un pic : la vue agrégée masque ou gonfle les échecs locaux.',
  'triage.api_server.step.local':
    'Si la vue filtrée ne montre aucun pic correspondant, soupçonnez des délais d’attente, des proxys ou le réseau de votre côté avant de conclure à une panne d’OpenAI.',
  'triage.api_server.step.watch_incidents': 'Surveillez {url} : OpenAI signale actuellement {incidents}. Vérifiez si cela concerne l’API et votre modèle.',
  'triage.api_server.step.watch': 'Surveillez {url} (les composants de l’API) jusqu’à ce que les erreurs cessent.',
  'triage.api_server.step.support': 'Si les erreurs persistent, envoyez au support le rapport API ci-dessous.',
  'triage.api_server.stop_when': 'L’API se stabilise, ou vous avez assez d’éléments pour le support.',

  'triage.app_tls.headline': 'Le réseau inspecte le trafic chiffré de l’application (inspection SSL/TLS)',
  'triage.app_tls.summary':
    '« Network configuration issue » ou un mauvais certificat SSL dans l’application signifie généralement qu’un filtre d’entreprise intercepte ' +
    'la connexion TLS vers OpenAI. Le service lui-même fonctionne.',
  'triage.app_tls.step.update': 'Mettez l’application à jour vers la dernière version.',
  'triage.app_tls.step.web': 'En attendant, utilisez ChatGPT sur le web à l’adresse https://chatgpt.com.',
  'triage.app_tls.step.ask_it': 'Demandez à l’équipe informatique si l’inspection SSL/TLS (déchiffrement) devrait être désactivée pour les domaines publics d’OpenAI : {domains}.',
  'triage.app_tls.step.confirm': 'Pour confirmer, essayez l’application sur un réseau sans inspection, comme le partage de connexion d’un téléphone avec le VPN coupé.',
  'triage.app_tls.stop_when': 'Le web fonctionne pour vous et l’équipe informatique a reçu la demande concernant l’inspection SSL.',

  'triage.app.headline': 'Le problème vient de l’application ; le web sert de témoin',
  'triage.app.summary_unusual':
    'Des erreurs « unusual activity » persistantes dans l’application iOS viennent généralement d’un VPN, du DNS ou de la vérification de l’appareil, pas d’un compte défectueux.',
  'triage.app.summary':
    'ChatGPT fonctionne dans un navigateur sur le même réseau : le service, votre compte et le réseau vont bien, l’échec vient de l’application.',
  'triage.app.step.web': 'Utilisez ChatGPT sur le web (https://chatgpt.com) pendant que vous réparez l’application.',
  'triage.app.step.vpn': 'Coupez tout VPN et réessayez.',
  'triage.app.step.dns': 'Changez de DNS : désactivez un profil DNS personnalisé ou une application DNS filtrante (ou essayez un autre serveur DNS) et réessayez.',
  'triage.app.step.app_attest':
    'iOS : ouvrez https://register.appattest.apple.com/ dans Safari. Si la page ne se charge pas, quelque chose sur l’appareil ou le réseau bloque la vérification d’application d’Apple, dont l’application a besoin.',
  'triage.app.step.update': 'Fermez complètement l’application, mettez-la à jour vers la dernière version et reconnectez-vous.',
  'triage.app.step.other_network': 'Testez sur un autre réseau (données mobiles ou partage de connexion) avant de réinstaller.',
  'triage.app.step.reinstall': 'Seulement ensuite, réinstallez l’application.',
  'triage.app.stop_when': 'L’application fonctionne.',

  'triage.cloudflare_challenge.headline': 'Une vérification de sécurité échoue : un filtrage, pas une erreur serveur 500',
  'triage.cloudflare_challenge.summary':
    'Une vérification Cloudflare qui ne passe jamais signifie qu’un filtrage de sécurité se trouve sur le chemin. Ce n’est pas une erreur serveur de ChatGPT, ' +
    'donc nettoyer votre compte n’aidera pas.',
  'triage.cloudflare_challenge.step.reachable':
    'Vérifiez que https://challenges.cloudflare.com est accessible depuis cet appareil : une page de blocage ou un délai dépassé signifie qu’il est filtré.',
  'triage.cloudflare_challenge.step.vpn': 'Coupez le VPN ou le proxy et réessayez.',
  'triage.cloudflare_challenge.step.extensions': 'Essayez sans extensions (filtres de confidentialité, bloqueurs de publicités et de scripts), par exemple dans une fenêtre privée.',
  'triage.cloudflare_challenge.step.browser': 'Gardez le navigateur à jour et autorisez JavaScript et les cookies pour chatgpt.com.',
  'triage.cloudflare_challenge.step.it': 'Si challenges.cloudflare.com est bloqué au travail, demandez à l’équipe informatique de l’autoriser et de ne pas l’intercepter.',
  'triage.cloudflare_challenge.stop_when': 'La vérification passe et ChatGPT se charge.',

  'triage.browser.headline': 'État du navigateur : ça fonctionne dans une fenêtre propre',
  'triage.browser.summary':
    'ChatGPT fonctionne dans une fenêtre privée avec le même compte : le service et le réseau vont bien. La cause, ce sont ' +
    'des cookies, des données de site enregistrées ou une extension de votre profil de navigateur habituel.',
  'triage.browser.step.cookies': 'Effacez les cookies et données de site de ChatGPT uniquement (chatgpt.com et openai.com), pas de tout le navigateur.',
  'triage.browser.step.sign_in': 'Déconnectez-vous de ChatGPT puis reconnectez-vous.',
  'triage.browser.step.extensions':
    'Toujours en échec ? Désactivez les extensions une par une en rechargeant après chacune : d’abord les outils de sécurité, bloqueurs de publicités, filtres de confidentialité et gestionnaires de mots de passe.',
  'triage.browser.step.skip': 'Inutile de réinitialiser votre mot de passe ou de réinstaller le navigateur : le test en fenêtre privée a déjà montré que la cause est un état local.',
  'triage.browser.stop_when': 'L’erreur a disparu dans un navigateur propre, et aussi dans votre profil habituel après le nettoyage.',

  'triage.network.headline': 'Le problème vient du chemin réseau : VPN, DNS, filtrage ou inspection SSL',
  'triage.network.colleagues': { one: '{count} collègue sur le même réseau l’a signalé', other: '{count} collègues sur le même réseau l’ont signalé' },
  'triage.network.summary_works':
    'ChatGPT fonctionne sur un autre réseau : le service et votre compte vont bien. Quelque chose {where} (VPN, DNS sécurisé, filtrage web ou inspection SSL) bloque ou réécrit son trafic.',
  'triage.network.summary_crowd': 'Plusieurs personnes sur votre réseau signalent la même panne : le réseau géré en est probablement la cause, pas ChatGPT lui-même.',
  'triage.network.summary_crowd_colleagues':
    'Plusieurs personnes sur votre réseau signalent la même panne ({colleagues}) : le réseau géré en est probablement la cause, pas ChatGPT lui-même.',
  'triage.network.step.work_elsewhere': 'Pour l’instant, travaillez sur le réseau qui fonctionne, par exemple le partage de connexion de votre téléphone.',
  'triage.network.step.check_yourself':
    'Vérifiez vous-même : essayez le partage de connexion d’un téléphone avec le VPN coupé. Si ChatGPT y fonctionne, c’est le réseau.',
  'triage.network.step.vpn_off':
    'Coupez le VPN ou changez de point de sortie, puis réessayez : les sorties VPN peuvent être bloquées ou gérer le DNS de façon agressive.',
  'triage.network.step.vpn_maybe': 'Si vous utilisez un VPN, essayez sans, puis avec un autre point de sortie.',
  'triage.network.step.dns':
    'Vérifiez le DNS sécurisé : désactivez le DNS sécurisé du navigateur (DNS over HTTPS) ou toute application DNS filtrante, ou changez de fournisseur, puis réessayez.',
  'triage.network.step.send_note': 'Envoyez à l’équipe informatique le message ci-dessous : il lui demande de vérifier le filtrage web et l’inspection SSL pour les domaines d’OpenAI.',
  'triage.network.step.colleagues': '{colleagues} : l’équipe informatique devrait le traiter comme un seul problème réseau.',
  'triage.network.step.skip': 'Inutile de nettoyer le navigateur ou de réinitialiser le compte : la panne se situe dans le réseau.',
  'triage.network.stop_when': 'ChatGPT fonctionne sur un réseau non filtré (et sur celui-ci une fois le filtrage corrigé par l’équipe informatique).',

  'triage.web_session.headline': 'Un problème de web ou de session ; le chemin de l’API est sain',
  'triage.web_session.summary':
    'ChatGPT sur le web échoue même dans une fenêtre privée et sur un autre réseau, alors que les appels à l’API de votre organisation ' +
    'réussissent : c’est le chemin web ou de connexion/session qui échoue, pas OpenAI dans son ensemble.',
  'triage.web_session.step.api': 'Laissez l’API de côté : elle est saine, ne touchez donc ni à la logique de nouvelles tentatives ni au trafic de production.',
  'triage.web_session.step.browser': 'Essayez un autre navigateur, puis un autre appareil, avec le même compte.',
  'triage.web_session.step.sign_in': 'Déconnectez-vous de ChatGPT puis reconnectez-vous (via l’authentification de votre entreprise si vous en utilisez une).',
  'triage.web_session.step.app': 'Essayez l’application de bureau ou mobile comme témoin.',
  'triage.web_session.step.support':
    'Si ça échoue sur tous les navigateurs et appareils, enregistrez un fichier HAR et le journal de la console et contactez le support en indiquant l’heure, le navigateur et l’URL de la conversation. Un HAR contient des cookies et des jetons : ne le partagez jamais sans l’avoir expurgé.',
  'triage.web_session.stop_when': 'L’API est saine et le problème ne concerne clairement que le web.',

  'triage.escalate.headline': 'Reproductible : il est temps de contacter le support d’OpenAI',
  'triage.escalate.survived_app': 'Ça échoue dans l’application et dans le navigateur, y compris sur un autre réseau',
  'triage.escalate.survived_web': 'Ça échoue dans une fenêtre privée et aussi sur un autre réseau',
  'triage.escalate.summary':
    '{survived}, et aucun incident ChatGPT connu ne l’explique : une panne reproductible sur laquelle le support peut agir.',
  'triage.escalate.api_fails': 'Les appels à l’API depuis votre organisation échouent aussi : indiquez-le dans le rapport.',
  'triage.escalate.step.time': 'Notez l’heure de l’échec, avec votre fuseau horaire, et faites des captures d’écran de l’erreur.',
  'triage.escalate.step.browser': 'Notez votre navigateur ou application et sa version, ainsi que l’appareil.',
  'triage.escalate.step.har':
    'Enregistrez un fichier HAR et le journal de la console pendant que vous reproduisez l’erreur dans le navigateur (DevTools → Network → Export HAR ; Console → Save as).',
  'triage.escalate.step.har_warning':
    'Un HAR contient vos cookies, jetons d’accès et identifiants de session : expurgez-le avant de le partager, et ne le publiez jamais non expurgé dans un chat, un canal ou un ticket.',
  'triage.escalate.step.url': 'Copiez l’URL de la conversation si l’échec se produit dans une conversation précise.',
  'triage.escalate.step.support': 'Contactez le support d’OpenAI sur https://help.openai.com avec le rapport ci-dessous.',
  'triage.escalate.stop_when': 'Le support dispose d’un rapport complet.',
  'triage.escalate_api.headline': 'Une erreur d’API à transmettre au support',
  'triage.escalate_api.summary':
    'Une erreur d’API qui n’est ni un 5xx ni un 429 dépend de la requête elle-même. Si son message ne l’explique pas, ' +
    'c’est un cas pour le support, avec un rapport API complet.',
  'triage.escalate_api.step.payload': 'Lisez le contenu de l’erreur : son message indique souvent la cause (clé ou permissions, nom du modèle, un paramètre).',
  'triage.escalate_api.step.reproduce':
    'Reproduisez-la une fois avec une requête minimale, et conservez le x-request-id de la réponse et votre X-Client-Request-Id.',
  'triage.escalate_api.step.note': 'Notez le modèle, l’endpoint, le niveau de service, le projet, la période avec fuseau horaire et le pourcentage d’échecs.',
  'triage.escalate_api.step.support': 'Contactez le support d’OpenAI sur https://help.openai.com avec le rapport API ci-dessous.',

  'triage.note.status_unknown': 'Le statut en direct d’OpenAI n’a pas pu être lu à l’instant, une panne n’est donc pas exclue : consultez vous-même {url}.',
  'triage.note.other_product_api': 'OpenAI signale un incident hors de ChatGPT{named}. S’il concerne l’API, il peut expliquer cette erreur.',
  'triage.note.other_product':
    'OpenAI signale un incident sur un autre produit{named}. C’est du contexte, pas une panne de ChatGPT : le diagnostic suit donc votre propre cas.',
  'triage.note.chatgpt_incident':
    'OpenAI signale un incident ChatGPT{named}. L’API est un chemin distinct : cet incident n’explique pas à lui seul cette erreur.',
  'triage.note.surge': 'Beaucoup de personnes signalent des pannes de ChatGPT en ce moment. Cela concerne ChatGPT ; l’API est un chemin distinct.',

  'triage.evidence.other_network_works': 'Fonctionne sur un autre réseau',
  'triage.evidence.other_network_works_failing': 'Fonctionne sur un autre réseau ; échoue {where}',
  'triage.evidence.other_network_fails': 'Échoue aussi sur un autre réseau',
  'triage.evidence.not_tried': 'Pas encore essayé',
  'triage.evidence.clean_browser_works': 'Fonctionne dans une fenêtre privée',
  'triage.evidence.clean_browser_fails': 'Échoue aussi dans une fenêtre privée',
  'triage.evidence.har_attached': 'Joint (expurgé)',
  'triage.evidence.conversation_url': 'URL de la conversation : {url}',
  'triage.evidence.request_ids': 'ID de requête : {ids}',
  'triage.evidence.needed_api': 'À fournir : le x-request-id (ou X-Client-Request-Id) d’une requête en échec',
  'triage.evidence.not_for_api': 'Inutile pour une panne de l’API',
  'triage.evidence.needed_web': 'À fournir : l’URL de la conversation, si l’échec se produit dans une conversation précise',

  'triage.report.web.time': 'Heure de l’échec, avec fuseau horaire',
  'triage.report.web.browser': 'Navigateur ou application, et sa version',
  'triage.report.web.device': 'Appareil',
  'triage.report.web.screenshots': 'Captures d’écran de l’erreur',
  'triage.report.web.isolation': 'Si une fenêtre privée ou un autre réseau a changé le résultat',
  'triage.report.web.har': 'Journaux HAR et console, s’ils ont été enregistrés (expurgés : ni cookies ni jetons)',
  'triage.report.web.url': 'URL de la conversation, s’il y en a une',
  'triage.report.api.org': 'ID de l’organisation concernée',
  'triage.report.api.tier': 'Niveau de service (standard, priority ou scale)',
  'triage.report.api.model': 'Modèle',
  'triage.report.api.endpoint': 'Endpoint',
  'triage.report.api.project': 'Projet, le cas échéant',
  'triage.report.api.status': 'Code de statut',
  'triage.report.api.time': 'Période, avec fuseau horaire',
  'triage.report.api.percentage': 'Pourcentage approximatif d’échecs',
  'triage.report.api.payload': 'Contenu de l’erreur',
  'triage.report.api.request_id': 'x-request-id ou X-Client-Request-Id',
  'triage.report.api.summary': 'Un bref résumé de la requête',

  'triage.it_note.greeting': 'Bonjour l’équipe informatique,',
  'triage.it_note.subject.web': 'ChatGPT dans le navigateur (chatgpt.com)',
  'triage.it_note.subject.desktop': 'L’application de bureau ChatGPT',
  'triage.it_note.subject.mobile': 'L’application mobile ChatGPT',
  'triage.it_note.subject.api': 'Nos appels à l’API OpenAI',
  'triage.it_note.subject.unknown': 'ChatGPT',
  'triage.it_note.symptom.http_500': '« HTTP ERROR 500 »',
  'triage.it_note.symptom.http_403': 'une erreur 403',
  'triage.it_note.symptom.ssl_or_network_config': 'un « Network configuration issue » ou une erreur de certificat SSL',
  'triage.it_note.symptom.unusual_activity': 'une erreur « unusual activity »',
  'triage.it_note.symptom.cloudflare_challenge': 'une vérification Cloudflare qui ne passe jamais',
  'triage.it_note.symptom.other': 'des erreurs',
  'triage.it_note.symptom.api_500': 'des erreurs HTTP 500',
  'triage.it_note.symptom.api_503': 'des erreurs HTTP 503',
  'triage.it_note.symptom.api_429': 'des erreurs HTTP 429',
  'triage.it_note.symptom.api_other': 'des erreurs',
  'triage.it_note.fails': '{what} échoue {where}.',
  'triage.it_note.fails_with': '{what} échoue avec {how} {where}.',
  'triage.it_note.other_network_works':
    'Cela fonctionne sur un autre réseau (le partage de connexion d’un téléphone) : le service d’OpenAI et mon compte vont donc bien.',
  'triage.it_note.colleagues': {
    one: '{count} collègue sur le même réseau l’a également signalé.',
    other: '{count} collègues sur le même réseau l’ont également signalé.',
  },
  'triage.it_note.ask': 'Pourriez-vous vérifier si notre filtrage web, notre proxy ou l’inspection SSL/TLS bloque ou intercepte ces domaines OpenAI ?',
  'triage.it_note.minimum': 'Ensemble minimal : {domains}',
  'triage.it_note.broader': 'Liste étendue : {domains}',
  'triage.it_note.no_rewrite': '- Le filtrage web ou d’URL ne doit pas renvoyer de contenu inattendu (pages de blocage, réponses réécrites) pour ces domaines.',
  'triage.it_note.cookies': '- Intercepter ou supprimer des cookies revient à bloquer.',
  'triage.it_note.products': '- Cela se règle généralement dans des produits comme {products}.',
  'triage.it_note.fix': '- La solution habituelle : autoriser ces domaines et désactiver l’inspection SSL pour ces points de terminaison publics.',
  'triage.it_note.snapshot':
    '- La liste ci-dessus est un instantané : merci de la vérifier par rapport à la liste d’autorisation à jour d’OpenAI dans l’OpenAI Help Center (help.openai.com).',
  'triage.it_note.thanks': 'Merci !',
};

/**
 * French replies rewritten into the English words and markers the parser reads (see
 * reply-foreign.ts). Input: lower case, accents folded (é → e, ç → c), punctuation in place,
 * apostrophes kept ("j'ai", "c'est", "l'appli"). The "ne" of "ne ... pas" is dropped; a verb
 * followed by "pas" / "plus" / "jamais" fails.
 */
import { phrase, type PhraseRule } from './reply-phrase-rule.ts';

const WORKS = '(?:joue|jouent|repasse|repassent|marche|marchent|fonctionne|fonctionnent|passe|passent|charge|chargent|tourne|tournent|va|ouvre|repond|repondent|reussit|reussissent|aboutit|aboutissent)';
const WORKED = '(?:marchait|marchaient|fonctionnait|fonctionnaient|passait|passaient|chargeait|allait|a marche|a fonctionne|reussissait|aboutissait)';
/** Having (or not) in the first person or "il y a": "je n'ai", "j'ai", "on n'a", "il n'y a". */
const HAVE = "(?:je n'ai|j'ai|j ai|on n'a|on a|nous n'avons|nous avons|il n'y a|il y a|n'y a|y a|je n'avais|j'avais|on n'avait|on avait)";
/** The second item of a "ni … ni …" and where the clause ends. */
const NI_ITEM_END = "([^,.;:!?]+?)(?=\\s*(?:[,.;:!?]|$)|\\s+(?:donc|alors|du coup|mais|et|pour|sur moi|ici)\\b)";
const MIDDLE = "(?: (?!et\\b|mais\\b|ou\\b|pas\\b|plus\\b|jamais\\b)[\\w'-]+){0,3}?";

export const FR_RULES: readonly PhraseRule[] = [
  // Round 26, batch 47. "alors que": whereas; "le réseau invités": another network; "je sais jamais lequel",
  // "le téléphone switche entre le wifi et la 4G": which one is unknown; "partout ça plante sauf …": the exception works;
  // "franchement je suis pas sûr": not sure; "les embeddings passent, le chat jamais": some endpoints, no answer either way.
  phrase('\\balors que\\b', 'but'),
  phrase("(\\bpas (?:encore )?(?:essaye|teste)\\s(?:le |la |les |l')?(?:prive|privee|navigation privee|fenetre privee|incognito|mode prive))\\s(?:par contre|en revanche)\\b", '$1 . '),
  phrase("\\b(?:du|d'un|sur le|sur un|avec le|avec un) (?:pc|ordi|ordinateur|poste|laptop|portable)\\s(?:de la |d'une |du |d'un |de mon |de ma )?(?:salle|collegue|reunion|accueil|voisin|voisine|stagiaire|chef|cheffe)\\b(?:(?!\\bmais\\b)[^.!?])*", 'otherdevice'),
  phrase('\\bne (passe|marche|fonctionne|charge) toujours pas\\b', 'still failx'),
  phrase('\\b(?:le |la |du |sur le |sur la )?(?:reseau|wifi|wi-fi|connexion)\\s(?:des )?invites\\b', 'altnet'),
  phrase('\\bje (?:ne )?(?:sais|sait) (?:jamais|pas|plus)\\s(?:trop )?(?:lequel|laquelle|lesquels|quel reseau|quel wifi|sur quoi)\\b', 'doubtx'),
  phrase('\\b(?:switche|switch|bascule|alterne|jongle|saute)\\b(?: tout seul| toute seule| automatiquement| sans arret| tout le temps)?\\s(?:entre)\\b', 'doubtx'),
  phrase('\\bpartout,?\\s(?:ca |ça )?(?:plante|bugue|foire|crashe|echoue|ne (?:marche|fonctionne) pas|marche pas|fonctionne pas)\\b(?=\\s*,?\\s*(?:sauf|excepte|a part)\\b)', 'fails everywhere'),
  phrase('\\b(?:franchement |honnetement |en fait )?je (?:ne )?suis pas (?:trop |vraiment |tres |tout a fait )?(?:sur|sure|certain|certaine)\\b', 'not sure'),
  phrase('\\b(?:les |l\'|la )?(?:embeddings?|completions?|chat completions?|assistants?|batch|whisper|images?|modeles?|endpoints?)\\b[^.!?]*?\\b(?:passent|passe|marchent|marche|fonctionnent|fonctionne)\\b[^.!?]*?,\\s*(?:le |la |les )?(?:chat|completions?|chat completions?|embeddings?|assistants?|batch|images?)\\b', 'doubtx'),
  // Round 26 (batch 46). "sur la 4G, appli iOS, et safari en 4G marche": the browser on the network the reply already
  // named is on the same network; "pour les appels normaux j'en sais rien": not knowing the outcome of the calls asked
  // about; "le bureau virtuel Citrix": a remote desktop (another machine), not the office.
  phrase('(\\b(?:sur|en|avec)\\s(?:la |le |du )?(4g|5g|lte|wifi|wi-fi|partage de connexion)\\b[^.]*?\\b(?:safari|chrome|firefox|edge|navigateur|le site)) (?:en|sur|avec) (?:la |le |du )?\\2\\b', '$1 sur le meme reseau'),
  phrase("\\bpour les (?:appels|requetes|calls|requests)(?: (?:normaux|classiques|standards?|habituels))?,? (?:j'en sais rien|j'en sais pas plus|je sais pas|je ne sais pas|aucune idee|jsp|ch'ais pas)\\b", 'doubtx'),
  phrase('\\b(?:le |un |du )?(?:bureau|poste) (?:virtuel|a distance)\\b', 'otherdevice'),
  // "pas de fenêtre privée chez moi": no private window on this machine, so the test cannot be run ("chez moi" is the machine here).
  phrase('\\bpas de (?:fenetre privee|navigation privee|mode prive|mode incognito)\\s(?:chez moi|sur (?:mon|ce|le) (?:poste|pc|ordi|ordinateur))\\b', 'incognito nottried'),
  // Round 25. "j'ai pu discuter normalement": being able to use it as usual is that it works.
  phrase("\\b(?:j'ai pu|j ai pu|on a pu|je peux|je pouvais|on peut) (?:(?:y|la|de nouveau) )?(?:discuter|chatter|l'utiliser|l utiliser|utiliser chatgpt|travailler|ecrire)(?: (?:la|dessus|avec))? (?:normalement|sans souci|sans soucis|sans probleme|sans problemes)\\b", 'works'),
  // Round 25, batch 44. "certains appels passent, d'autres pas", "certaines relances aboutissent": some; "peut-être que ça marchait", "j'ai pas fait attention": doubt;
  // "et même en privé": and also (not "the same"); "attendez, je regarde à nouveau… non c'est …": taken back; "l'icône sur mon
  // bureau": the computer's desktop, not the office; "je fais pas la différence": cannot tell; "pas que chez moi": not only me.
  phrase("\\bcertain(?:e)?s? (?:appels|requetes|calls|retries|relances|essais|tentatives|requests) (?:passent|marchent|fonctionnent|reussissent|aboutissent)(?:,? (?:d'autres|d autres|les autres) (?:pas|non|echouent|plantent|ratent))?\\b", 'intermittentx'),
  phrase("\\bpeut-?etre (?:que )?(?:ca |cela |c')?(?:marchait|fonctionnait|passait|marcherait|fonctionnerait|passerait)\\b", 'hedge'),
  phrase("\\b(?:j'ai|j ai|je n'ai|j'avais) (?:pas |point )?(?:fait|prete) (?:super |trop |vraiment |tres |bien )?attention\\b", 'not sure'),
  phrase("\\bet meme (?=(?:en|dans|avec|sur|sous|via) )", 'and also '),
  phrase("(?<=[.,;!?] )(?:attendez|attends|attendez voir|une seconde)\\b,?(?: je (?:regarde|verifie|revois|relis|reverifie)(?: (?:a nouveau|encore|de nouveau|mieux|bien))?)?", 'correction'),
  phrase("\\b(icone|raccourci)((?: [a-z]+){0,2}) sur (?:mon |le |l')bureau\\b", '$1$2 on the screen'),
  phrase("\\b(?:je )?(?:ne )?(?:fais|connais|sais) pas (?:trop |vraiment |bien |tres bien )?(?:faire )?la difference\\b", 'not sure'),
  phrase("\\b(?:ce n'est|c'est|c est|ce n est) pas (?:que|seulement|uniquement|juste) chez (?:moi|nous)\\b", 'it is not only me'),
  phrase("\\b(?:ca|ça|tout|il|elle) (?:foire|foirent)\\b(?! (?:pas|plus|jamais|presque)\\b)", 'it fails'),
  // Round 25, fifth part (batch 45). "c'est le même réseau d'entreprise": the same network; "nos autres apps": the rest of the
  // organisation; "le backoff va jusqu'au bout": runs to its end.
  phrase("\\bmais c'?est (?:le )?meme reseau(?: d'entreprise| de la boite| de l'entreprise)\\b", 'but samenet office'),
  phrase("\\bce n'?est pas que (?=(?:l'api|l api|l'appli|l appli|le site) (?:est|soit) (?:down|en panne|hs|plante)\\b)", 'not that '),
  phrase("\\bnos autres (?:apps|applis|applications|services|equipes|projets)\\b", 'orgrest'),
  phrase("\\bva jusqu'au bout\\b", 'runs to the end'),
  // Round 25, fourth part. "le reste de l'orga": the rest of the organisation.
  phrase("\\ble reste de (?:l'orga|l'organisation|la boite|l'entreprise|la societe|la boîte)\\b", 'orgrest'),
  // Round 25. "je n'ai rien changé depuis hier": nothing changed (no failure); "mes collègues n'ont rien": they have no
  // trouble; "lui, il ne plante pas": it; "sur la tablette de ma fille": someone else's device; "ok google …": not said to the bot;
  // "pas de panne générale": no outage across the organisation.
  phrase("\\b(?:je |j'|on |nous )?n'?(?:ai|a|avons|avait|avions) rien (?:change|modifie|touche|installe|fait de special|bouge)\\b", 'changed nothing'),
  phrase("\\b(?:ils|elles|eux|les autres|mes collegues|les collegues|l'equipe),? (?:ils |elles )?n'?(?:ont|a) rien(?= *(?:[.,;!?]|$))", 'colleagues are fine'),
  phrase("\\bles autres (?:equipes|services|projets),? (?:ils |elles )?n'?ont rien(?= *(?:[.,;!?]|$))", 'orgrest works'),
  phrase("\\b(?:lui|eux|elle),? il (?=(?:ne |n')?(?:plante|marche|fonctionne|charge|bug|bugue|passe|crashe)\\b)", 'it '),
  phrase("\\b(?:sur|avec|dans) (?:la |le |l'|l )?(?:tablette|telephone|portable|pc|ordi|ordinateur|mac|ipad|iphone|smartphone) (?:de|a) (?:ma|mon) (?:fille|fils|femme|mari|copine|copain|conjoint|conjointe|soeur|frere|pere|mere|voisin|voisine|enfant|gamin|gamine)\\b[^.!?]*", 'colleagues'),
  phrase("\\b(?:dis|salut) (?:google|siri|alexa|cortana)\\b", 'request'),
  // "j'ouvre ChatGPT pour préparer la réunion": an action, not "it opens"; "arrivée au bureau, café, …": a coffee, not a café's network.
  phrase("\\b(?:j'|je |j |on )(?:ouvre|ouvrais|lance|lancais)(?= (?:chatgpt|le site|l'appli|l appli|la page|l'app|l app|le navigateur|chrome|firefox|edge|safari|une fenetre|un onglet)\\b)", 'i go to'),
  phrase("(?<!\\b(?:au|dans un|dans le|d'un|depuis un|depuis le|du|en|le|un|ce) )\\bcafe\\b(?! (?:wifi|wi-fi|internet|reseau|d'a cote|du coin))", 'coffee'),
  // "ça a eu l'air de marcher une fois ?": it seemed to, once (a lean in the present, "ça a l'air de passer", stays one); "le chat a marché sur le clavier": walked on something, not "worked".
  phrase("\\b(?:a eu|avait eu) l'?air de\\b", 'seemed to'),
  phrase("\\b(?:a|ont|avait|est) marche sur (?:le|la|les|mon|ma|mes) (?!(?:reseau|wifi|wi-fi|4g|5g|hotspot|partage|vpn|navigateur|appli|app|site|telephone|portable|mobile|pc|mac|ordi|ordinateur|tablette|chrome|firefox|edge|safari|fenetre|navigation|connexion|wlan|cable|web|mien|tien|sien)\\b)[a-z]+", 'stepped on it'),
  phrase("\\bpas de (?:panne|probleme|souci|incident) (?:general|generale|globale?|partout|chez tout le monde)\\b", 'no general outage'),
  // Round 25. "mais nous, pas une seule fois": not once.
  phrase('\\bpas une (?:seule )?fois\\b', 'not once'),
  // Round 25. "chez l'équipe d'à côté les retries passent": the team next door, not the reporter.
  phrase("\\b(?:chez )?(?:l'|l |les |le |la )(?:equipe|equipes|service|bureau|team|open space)(?: d'a cote| d a cote| a cote| voisine?s?| du dessus| d'en face| d en face)\\b", 'colleagues'),
  // Round 24, fourth part. "les autres équipes, ça marche pour eux", "chez les collègues ça marche", "toute l'organisation":
  // the rest of the organisation.
  phrase("\\b(?:les |nos |d')?autres (?:equipes|services|projets|departements)\\b|\\b(?:chez |pour )?(?:les|mes|nos) collegues\\b|\\b(?:toute|tout) l'?organisation\\b", 'orgrest'),
  // "ça marche pour eux": for them, other people.
  phrase('\\b(?:pour|chez) (?:eux|elles)\\b', 'for others'),
  // Round 24, third part (batch 42). "je suis plus très sûr": no longer sure, doubt.
  phrase("\\bje (?:ne )?suis (?:plus|pas) (?:tres |trop |vraiment |si |tout a fait )?sur(?:e)?\\b", 'not sure'),
  // Twenty-fourth round (batch 40). "le programme de bureau", "le logiciel de bureau": the desktop app (bureau is the desktop).
  phrase('\\b(?:le |un |du )?(?:programme|logiciel) (?:de bureau|pour le bureau|bureau)\\b', 'desktop app'),
  // A dictated "vé pé en": the VPN.
  phrase('\\bve pe (?:en|enne|n)\\b', 'vpn'),
  // "quelle est la différence entre", "je ne comprends pas la question": asked back.
  phrase("\\b(?:quelle est la|c'est quoi la) difference entre\\b|\\bje (?:ne )?(?:comprends|capte|saisis) pas (?:bien |tres bien )?(?:la|votre|ta) question\\b", 'askback'),
  // "ça a marché une fois en 4G puis plus rien": once, then nothing, as the English says it.
  phrase("\\b(?:ca |ça )?a (?:marche|fonctionne|passe) une (?:seule )?fois\\b([^.!?]{0,30}?),? (?:et )?(?:puis|apres|mais|ensuite) plus (?:rien|jamais)\\b", 'it worked once$1 and then nothing'),
  // Twenty-third round, third part (batch 37). "askip", "à ce qu'il paraît", "c'est Karim qui m'a dit": hearsay.
  phrase("\\baskip\\b|\\ba ce qu'?il parait\\b|\\bparait[- ]il\\b", 'hedge'),
  // "Je vous prie de bien vouloir transmettre…": a formal request; "je n'ai pas le temps de faire ces tests": no answer.
  phrase("\\bje vous prie(?: de bien vouloir| de)?\\b", 'request'),
  phrase("\\b(?:je )?n'?ai (?:malheureusement |vraiment |franchement )?pas (?:le temps|eu le temps)\\b", 'moot'),
  // "le wifi de l'open space": the office's; "je peux même envoyer des messages": I can even (not "same").
  phrase("\\b(?:l'|l |dans l'|de l'|en )?open ?space\\b", 'office'),
  phrase("\\b(?:je|on) (?:peux|peut) meme\\b", 'i can even'),
  // Twenty-third round (misses of batch 33). "ça marche pas... non je rigole, ça marche": what was said is taken back;
  // "le web marche super... pas.": the sarcastic "… pas" denies the verb.
  phrase("\\b(?:non,? )?je (?:rigole|plaisante|deconne|blague)\\b", 'correction'),
  phrase("\\b(marche|marchent|fonctionne|fonctionnent|va|passe)((?: \\w+){0,2})\\s*(?:\\.\\.\\.|…)\\s*pas\\b(?=\\s*(?:[.!,;]|$))", '$1 pas$2'),
  // "Non c'est pas l'appli, c'est dans Safari": the thing denied, then the one meant.
  phrase("\\b(?:ce n'est|c'est|c est|c'?) pas (?!que\\b)(?:(?! (?:que|qu'|ou|quand) )[^.!?,;]){1,40}?,\\s*(?:mais )?(?:c'est|c est) (?=(?:dans|sur|en|le|la|l'|les|un|une|depuis|via|au|avec)\\b)", 'correction '),
  // "point d'accès personnel": the phone's hotspot.
  phrase("\\bpoint d'?acces(?: (?:personnel|mobile|wifi|wi-fi))?\\b", 'hotspot'),
  // Twenty-third round (batch 33). "l'icône sur mon bureau": the computer's desktop, no place; "le boulot m'a filée": work gave it.
  phrase("\\b(?:icone|raccourci|fond d'ecran)s? (?:sur|du|de) (?:mon |le |l')?(?:bureau|ecran)\\b", 'desktop shortcut'),
  phrase("\\ble (?:boulot|taf|taff|travail|bureau) (?:m'a|me l'a|nous a|m a|me la) (?:filee?s?|donnee?s?|pretee?s?|fournie?s?|passee?s?)\\b", 'work gave me'),
  // "connexion cellulaire", "réseau cellulaire", "données cellulaires": mobile data (Quebec).
  phrase("\\b(?:connexion|reseau|donnees|data) cellulaires?\\b|\\ben cellulaire\\b|\\bsur le cell(?:ulaire)?\\b(?= *[,.;!?]|$)", 'mobile data'),
  // "c'est dans quel menu ?", "c'est où ?": asking where, a question back.
  phrase("\\b(?:c'est|c est|cest|c) (?:dans|sous|ou|où) (?:quel|quelle) (?:menu|onglet|reglage|option)\\b|\\b(?:dans|sous) quel (?:menu|onglet)\\b", 'askhow'),
  // "tu peux pas le tester toi ?", "vous pouvez pas tester de votre côté ?": asking the support to test.
  phrase("\\b(?:tu|vous|vs) (?:ne )?(?:peux|pouvez|pourrais|pourriez) (?:pas )?(?:le |la |l')?(?:tester|essayer|verifier|regarder|checker)(?: (?:toi|vous)(?:[- ]memes?)?)?\\b", 'request'),
  // "jamais eu un retry qui ne plante pas": none got through.
  phrase("\\bjamais (?:eu )?(?:de |d'|un |une )(?:seul |seule )?(?:retry|retries|relance|tentative|essai|requete|appel)s? qui (?:ne |n')(?:plante|echoue|foire|crashe|bug)(?:nt)? pas\\b", 'persistx failx'),
  // "mettez juste un timeout plus long", "changez-moi le proxy": a sentence that opens with an imperative asks.
  phrase("(?:^|(?<=[.!?]\\s?))\\s*(?:(?:franchement|svp|stp|alors|bon|bref|juste),? )?(?:mettez|mets|augmentez|augmente|changez|debloquez|debloque|ouvrez|faites|rajoutez|ajoutez|desactivez|activez|reglez|redemarrez|relancez|enlevez|retirez|donnez)(?:[- ]moi|[- ]nous)?(?: (?:juste|donc|simplement|vite|rapidement|plutot|svp|stp))? (?:un|une|le|la|les|l'|notre|nos|mon|ma|mes|moi|nous)\\b", 'request please'),
  // "j'ai bien essayé", "on a bien vérifié": "bien" after the auxiliary stresses the verb (it is no "fine").
  phrase("\\b(ai|as|a|avons|avez|ont) bien (?=(?:essaye|teste|tente|verifie|regarde|fait|vu|redemarre|vide|efface|relance|change|mis|pris)\\b)", '$1 '),
  // Sixteenth round. SMS "jai": j'ai.
  phrase("\\bjai\\b", "j'ai"),
  // Nineteenth round (own probes). SMS spellings: "sa marche" (ça), "marche pa" (pas), "non plu" (non plus), "de tps en
  // tps" (temps); "pas même en privé": not even (as "même pas").
  phrase("\\bsa (?=(?:ne |n')?(?:marche|marchent|fonctionne|passe|charge|plante|bug|bugue|bloque|va|repasse|tourne|roule|change|le fait|me fait)\\b)", 'ca '),
  phrase("\\bpa\\b", 'pas'),
  phrase("\\bnon plu\\b", 'non plus'),
  phrase("\\btps\\b", 'temps'),
  phrase("\\bpas meme\\b", 'meme pas'),
  // Twentieth round (own probes). Doubt about one's judgement ("je peux me tromper", "je veux pas dire de bêtise", "je ne
  // suis pas formel", "faudrait que je reteste", "pas vraiment vérifié", "à confirmer"): the reply states nothing (a
  // memory, "si je me souviens bien", stays a plain lean).
  phrase("\\bje (?:ne )?(?:peux|pourrais|peut) (?:aussi |bien |toujours )?me tromper\\b|\\bje me trompe peut-?etre\\b|\\b(?:je (?:ne )?)?(?:veux|voudrais) pas (?:vous |te )?dire de (?:betises?|conneries?)\\b|\\bpas (?:tres |trop |100 ?% )?formel(?:le)?s?\\b|\\b(?:faudrait|faut) (?:que je |que j'|qu'on )(?:re(?:teste|verifie|essaie|essaye|regarde)|confirme|verifie mieux)\\b|\\bpas (?:vraiment|trop|bien|completement|totalement) (?:verifie|regarde|teste|essaye|confirme)\\b|\\b(?:c'est |ce serait |ca reste )?a confirmer\\b", 'doubtx'),
  // Doubt said of the claim ("c'est pas sûr", "pas si sûr", "rien de sûr", "pas convaincu"): not sure ("c'est pas sur
  // le VPN" is a place); "pas exclu que", "il est probable que": maybe; "je ne dis pas non": a hedge.
  phrase("(?:\\b(?:c'?est|c|ce n'est|ca n'est|ca reste) pas (?:si |tres |trop |vraiment |encore )?|\\bpas (?:si|du tout|vraiment) |\\brien (?:de |n'est (?:moins )?))(?:sur|sure|certain|certaine)s?\\b(?! (?:le|la|les|l'|mon|ma|mes|un|une|ce|cette|son|sa|notre|nos)\\b)|\\bpas (?:(?:tres|trop|vraiment|tout a fait) )?convaincue?s?\\b", 'not sure'),
  phrase("\\b(?:(?:c'est |c |ce n'est |il n'est |ca n'est )?pas exclu|(?:il est |c'est |c |ca reste )?(?:tres |fort |assez )?(?:probable|vraisemblable))\\b(?: (?:que |qu'))?", 'maybe '),
  phrase("\\bje (?:ne )?dis pas non\\b", 'hedge'),
  // Twenty-first round (own probes: e-mails, texting, Québec/Belgium/Switzerland, franglais, stories).
  // Sure at less than a hundred percent ("à 90 % sûr", "sûr à 80 %"): not sure.
  phrase("\\b\\d{1,2} ?(?:%|pour ?cent|pourcent) (?:sur|sure|certain|certaine)s?\\b|\\b(?:sur|sure|certain|certaine)s? a \\d{1,2} ?(?:%|pour ?cent|pourcent)", 'not sure'),
  // A test run for a few seconds only ("… mais j'ai testé 10 secondes", "mais testé vite fait"): doubt.
  phrase("\\bmais (?:je n'ai |j'ai |on a |on n'a |j'ai juste |je l'ai )?(?:teste|essaye|regarde|verifie) (?:que |qu'|seulement |juste |pendant |genre )?(?:(?:\\d+|deux|trois|cinq|dix|quelques) ?(?:secondes|sec|minutes|min)\\b|vite fait\\b|en vitesse\\b|a la va-vite\\b|en coup de vent\\b)", 'doubtx'),
  // Not able to run the test ("je n'ai pas été en mesure de tester", "pas eu l'occasion d'essayer", "aucun moyen de
  // vérifier"): not tried (for api_health, not known).
  phrase("\\b(?:pas|jamais) (?:encore )?(?:(?:ete )?en mesure|eu (?:l'occasion|le temps|la possibilite|le loisir)|l'occasion|la possibilite) (?:de |d')(?:le |la |les |l')?(?:tester|essayer|verifier|faire|regarder)\\b|\\b(?:aucun|pas de|pas le|pas vraiment de) moyen (?:de |d')(?:le |la |les |l')?(?:tester|essayer|verifier|savoir)\\b", 'nottried'),
  // The error seen no more ("l'erreur n'est plus revenue", "l'erreur ne s'affiche plus", "l'erreur a disparu"): no error;
  // seen again ("l'erreur apparaît également", "l'erreur revient quand même"): the same error.
  phrase("\\berreurs? (?:(?:n'|ne )?(?:est|sont) (?:plus|pas|jamais) (?:revenue?s?|reapparue?s?)|(?:ne |n')?(?:revient|reviennent|reapparait|reapparaissent|apparait|apparaissent|s'affiche|s'affichent|se reproduit|se produit) (?:plus|pas|jamais)|(?:a|ont) disparu)\\b", 'no error'),
  phrase("\\berreurs? (?:(?:est|sont) (?:revenue?s?|reapparue?s?)\\b|(?:s'affiche|s'affichent|apparait|apparaissent|revient|reviennent|reapparait|reapparaissent|persiste|persistent|se reproduit|est (?:toujours |encore )?la) (?:egalement|aussi|encore|toujours|quand meme|de nouveau|pareil|a l'identique)\\b)", 'same error'),
  // "sans que ça change quoi que ce soit", "sans aucun changement": no difference, the same error.
  phrase("\\bsans (?:que (?:ca|cela|rien) (?:ne )?change|aucun changement|le moindre changement|changement)(?: (?:quoi que ce soit|rien|grand[- ]chose))?\\b", 'same error'),
  // Touched or not by the failure ("nos appels API ne sont pas impactés", "l'API est aussi touchée").
  phrase("\\b(?:est|sont|soit|semble|semblent|etait|etaient) pas (?:du tout |vraiment )?(?:impacte|touche|affecte)e?s?\\b", 'works fine'),
  phrase("\\b(?:est|sont|soit|soient|semble|semblent|etait|etaient) (?:aussi |egalement |bien |elle-meme |lui-meme )?(?:impacte|touche|affecte)e?s?\\b", 'fails'),
  // "la troisième est passée", "le 3e essai a marché": one retry of several succeeds.
  phrase("\\b(?:la |le )(?:deuxieme|troisieme|quatrieme|cinquieme|seconde?|2e|3e|4e|5e|2eme|3eme|4eme|5eme)(?: fois| tentative| essai| relance| retry)? (?:est passee?|a marche|a fonctionne|a reussi|a abouti)\\b", 'the third try worked'),
  // "site web", "site internet" said without an article: the website (the English "site" is a place of work).
  phrase("\\bsites? (?:web|internet)\\b", 'website'),
  // "le wifi du taff", "le réseau de la job" (Québec), "au taff", "à la job": the office.
  phrase("\\b(?:wifi|wi-fi|reseau|connexion) (?:du |de la )(?:taff?|job|djob)\\b", 'office network'),
  phrase("\\b(?:au taff|a la job)\\b", 'at the office'),
  // "pas au bureau mais pas chez moi non plus", "pas en privé, mais pas en 4G non plus": neither one nor the other.
  phrase("\\bpas ([^,.;:!?]{1,25}?),? mais pas ([^,.;:!?]{1,25}?) non plus\\b", 'ni $1 ni $2'),
  // Fourth batch. "oui enfin… je crois ?": a yes taken down to a guess.
  phrase("\\b(?:oui|ouais|si),? enfin[ .…,]*(?:je |j')(?:crois|pense|suppose|imagine)\\b", 'hedge'),
  // "ça a marché une fois, mais je n'ai pas réessayé": a result not checked again is doubt (not "not tried").
  phrase("\\b(?:je n'ai|j'ai|on n'a|on a|n'ai|nous n'avons) pas (?:encore )?(?:re-?essaye|re-?essaie|re-?teste|retente|refait (?:le |un )?test)\\b", 'doubtx'),
  // "ça refuse de marcher", "la page refuse de charger": it fails.
  phrase("\\b(?:refuse|refusent|refusait|refusaient) (?:de |d')(?:marcher|fonctionner|charger|passer|s'ouvrir|s'afficher|se lancer|demarrer|se connecter|repondre)\\b", 'failx'),
  // "ça ne s'affiche pas non plus", "ça ne se lance plus": a reflexive verb with its "pas" fails.
  phrase("\\b(?:s'|se )(?:affiche|affichent|ouvre|ouvrent|charge|chargent|lance|lancent|connecte|connectent)(?: (?:pas|plus|jamais) non plus| (?:pas|plus|jamais))\\b", 'failx'),
  // Third batch. "plus" of a comparison ("ça charge un peu plus en privé", "beaucoup plus vite"): more, no "ne … plus".
  // Loading "a bit more" is no answer ("ça charge un peu plus en privé").
  phrase(`\\b${WORKS} (?:un peu|beaucoup|bien|encore|nettement|legerement|un poil|un chouia) plus\\b`, 'kinda'),
  phrase("\\b(?:un peu|beaucoup|bien|encore|nettement|legerement|un poil|un chouia|de plus en) plus\\b", 'more'),
  // Not blocked ("pas du tout bloqué en privé"), no blocking or crash ("aucun blocage", "pas le moindre plantage"): it works.
  phrase("\\b(?:pas|plus|jamais) (?:du tout |vraiment )?bloquee?s?(?= (?:en|dans|sur|avec|via)\\b|\\s*(?:[,.;!?]|$))|\\b(?:aucun|pas de|pas le moindre|plus de|plus aucun|zero) (?:blocage|plantage|accroc)s?\\b", 'works fine'),
  // Too early to tell, "ne me citez pas", "pas évident à dire": doubt.
  phrase("\\btrop tot pour (?:le |en )?(?:dire|savoir|se prononcer|conclure|juger)\\b|\\bne me (?:citez|cite) pas\\b|\\bpas (?:evident|facile|simple) (?:a|de le) dire\\b", 'doubtx'),
  // "je ne saurais (pas) vous répondre": does not know.
  phrase("\\b(?:je )?(?:ne )?saurais (?:pas )?(?:vous |te )?(?:dire|repondre)\\b", 'idk'),
  // "pas de différence avec la 4G": the same error.
  phrase("\\b(?:pas de|aucune|pas la moindre) difference\\b|\\brien de change\\b", 'same error'),
  // Second batch. An e-mail's sign-off and what follows it (a signature: "Bureau 3.12", "site de Lyon", a phone number)
  // is no answer; the lines before it are read.
  phrase("(?:^|\\n)\\s*(?:--+|(?:bien |tres |tres bien )?cordialement|bien (?:a|a) vous|(?:sinceres |meilleures )?salutations(?: distinguees)?|bonne (?:journee|soiree|fin de journee)(?: a (?:vous|tous))?|belle journee|a bientot|merci d'avance|merci par avance|veuillez agreer[^\\n]*)[ ,.!]*\\n[\\s\\S]*$", ' . '),
  // "je ne doute pas que ça marche", "nul doute que …": certainly (was "not … doubt … works": fails).
  phrase("\\b(?:je )?(?:ne |n')?doute pas (?:un (?:seul )?instant )?(?:que |qu')|\\bnul doute (?:que |qu')", ''),
  // "je doute fort que ce soit le VPN": probably not, no answer (as "je doute que").
  phrase("\\bje doute (?:fort|bien|beaucoup|vraiment|serieusement) (?:que |qu')", 'hedge '),
  // Not daring or able to vouch for it ("je n'ose pas l'affirmer", "je ne garantis rien", "j'en mettrais pas ma main à
  // couper", "je ne jurerais pas"): doubt.
  phrase("\\b(?:n'|ne )?(?:ose|oserais|saurais) (?:pas |point )?(?:l'|le |vous l'|vous le )?(?:affirmer|garantir|certifier|jurer)\\b|\\b(?:ne )?(?:garantis|garantit|promets|certifie) rien\\b|\\bsans garantie\\b|\\b(?:mettrais|mets|mettrai) pas (?:ma|la) main (?:a couper|au feu)\\b|\\b(?:ne )?jurerais (?:pas|de rien)\\b", 'doubtx'),
  // "je n'y arrive pas (non plus)": it fails.
  phrase("\\by (?:arrive|arrivons|arrivent|arrivais|arrivait) (?:pas|plus|toujours pas|jamais)\\b", 'failx'),
  // "aucune des relances n'aboutit": not one succeeds.
  phrase("\\baucune? (?:des |de mes |de nos |de ces )(?:relances|tentatives|retries|essais|requetes|appels|retry) (?:ne |n')?(?:aboutit|passe|marche|fonctionne|reussit|repasse)\\b", 'persistx'),
  // "à part en navigation privée, rien ne marche", "sauf en 4G, tout plante": the one place named works.
  phrase("\\b(?:a part|sauf|hormis|excepte) ((?:en |dans |sur |avec |via |par )?[^,.;:!?]{1,30}?),? (?:rien (?:ne |n')?(?:marche|fonctionne|passe|charge)|tout (?:le reste )?(?:plante|bug|bugue|echoue|est casse|est hs|est en panne))\\b", '$1 works'),
  // Workplaces of the public sector and schools ("le réseau de l'établissement", "la salle des profs",
  // "à la mairie, réseau interne"): the office.
  phrase("\\b(?:wifi|wi-fi|reseau|connexion)(?: filaire| interne| local| prive)? (?:de l'|du |de la )(?:etablissement|mairie|hopital|ministere|rectorat|salle des profs)\\b|\\bsalle des profs\\b|\\b(?:reseau|wifi|wi-fi) interne\\b", 'office network'),
  // "mouais": meh; "ça marche à peu près", "grosso modo ça marche": roughly, no clear answer.
  phrase("\\b(?:mouais|mouai|mwais|mouaip)\\b", 'kinda'),
  phrase(`\\b${WORKS} (?:a peu pres|grosso modo|plus ou moins|vaguement)\\b|\\bgrosso modo,? (?=(?:ca|cela|il|elle|oui|ouais|en)\\b)`, 'kinda '),
  // "sans aucun doute", "aucun doute là-dessus": certainly (was "without … doubt", read as doubt).
  phrase("\\bsans (?:aucun|nul|le moindre) doute\\b|\\b(?:aucun|pas de|pas l'ombre d'un) doute(?: (?:la-dessus|la dessus|possible|la))?\\b", ''),
  // Leans the other way: "je n'ai pas l'impression que ça marche", "on dirait pas que …", as "je crois pas que"; "…
  // que ce soit mieux", "ça n'a pas l'air mieux": no better, so it fails.
  phrase("\\b(?:(?:je )?(?:ne )?(?:crois|pense|dirais) pas|(?:je |j')?(?:n'|n )?(?:ai|avais) pas (?:vraiment |trop )?l'?\\s?impression|on (?:ne )?dirait pas) (?:que |qu')(?:[\\w-]+ |l'[\\w-]+ ){0,3}?(?:c'est|c'etait|soit|sera|serait|aille|ira|va|est|marche|marchent|fonctionne|fonctionnent|passe|passent) (?:vraiment |beaucoup |tellement )?mieux\\b|\\b(?:n'|n )?(?:a|avait) pas l'?\\s?air (?:vraiment |beaucoup |tellement )?mieux\\b", 'failx'),
  phrase("\\b(?:je |j')?(?:n'|n )?(?:ai|avais) pas (?:vraiment |trop |franchement )?l'?\\s?impression (?:que |qu')|\\bon (?:ne )?dirait pas (?:que |qu')", 'not '),
  // "ça marcherait, je crois": a guess about what would happen (was "would work, i think so": yes).
  phrase("\\b(marcherait|marcheraient|fonctionnerait|fonctionneraient|passerait|passeraient|chargerait|chargeraient)((?: [\\w']+){0,4}?),? je (?:crois|pense)\\b", '$1$2 maybe'),
  // "ça a l'air de passer": it seems to work.
  phrase("\\b(?:a|avait|ont) l'?\\s?air de (?:re)?passer\\b(?![^.!?]*\\?)", 'seems to work'),
  // "jamais eu de retry qui passe": not one succeeds.
  phrase("\\bjamais (?:eu )?(?:de |d'|un |une )(?:seul |seule )?(?:retry|retries|relance|tentative|essai|requete|appel)s? (?:qui )?(?:(?:ne |n')?(?:passe|marche|fonctionne|reussit|aboutit))\\b", 'persistx'),
  // "je ne crois pas qu'il y ait de souci": a lean that nothing fails.
  phrase("\\b(?:je )?(?:ne )?(?:crois|pense) pas (?:qu'il y ait|qu'il y a|qu'y ait) (?:de |d'|un |une )?(?:souci|probleme|erreur|bug|panne)s?\\b", 'works fine'),
  // "je n'ai pas réussi à ouvrir une fenêtre privée", "impossible d'ouvrir …": the test could not be run (not a failure).
  phrase("\\b(?:(?:pas|jamais|toujours pas) (?:reussi|arrive|pu) (?:a )?|impossible (?:d'|de ))(?:ouvrir|activer|lancer|trouver) (?=(?:une |la |le |l'|un )?(?:fenetre|navigation|onglet|mode|session)\\b)", 'can not open '),
  // A lean then a promise to check ("je crois que oui, je vérifie"), a lean beside having tested once, fast ("… mais je n'ai
  // fait qu'un essai rapide"), a guess by eye ("à vue d'œil", "au jugé", "à la louche"): no answer.
  phrase("\\b(?:oui|non|ouais|nan),? (?:mais )?je (?:re-?)?(?:verifie|confirme|regarde|reteste)\\b|\\bmais (?:je n'ai |j'ai |on n'a |on a )?(?:fait |teste |essaye )?(?:que |qu')(?:un|1) (?:seul )?(?:essai|test)(?: rapide)?\\b|\\ba vue d'?\\s?(?:oeil|œil)\\b|\\bau juge\\b|\\ba la louche\\b", 'doubtx'),
  // "je dirais que oui, mais je suis pas dev": not the person to tell.
  phrase("\\b(?:mais )?je (?:ne )?suis pas (?:dev|developpeu(?:r|se)|informaticien(?:ne)?|technicien(?:ne)?|expert(?:e)?|de l'it|dans l'equipe)\\b", 'idk'),
  // Grudging or partial yes ("oui plutôt", "ouais on va dire", "si on veut", "genre oui ?"): no clear answer.
  phrase("\\b(?:oui|ouais|non|nan),? plutot\\b|\\b(?:ouais |oui )?on va dire\\b(?=\\s*(?:[.,;!?]|$))|\\bsi on veut\\b(?=\\s*(?:[.,;!?]|$))|\\bgenre (?=(?:oui|ouais|non)\\b)", 'kinda '),
  // "ça marche pas si mal", "pas trop mal": fairly well; "guère mieux": no better.
  phrase(`\\b${WORKS} pas (?:si|trop|super) mal\\b`, 'works fine'),
  phrase("\\bguere mieux\\b", 'pas mieux'),
  // "jamais, ça reste en 500": a "never" opening the reply is a no.
  phrase("^\\s*jamais\\s*(?=,)", ' no '),
  // Third own batch. Caution and a result not settled ("je reste prudent", "je m'avance peut-être", "sans pouvoir le
  // garantir", "sous toutes réserves", "je vous confirme demain", "à voir sur la durée", "pas assez testé pour le dire",
  // "peut-être un coup de chance", "mais une seule fois"): no answer.
  phrase("\\bje (?:reste|suis|resterai) (?:tres |assez |un peu )?prudente?s?\\b|\\b(?:je )?(?:ne )?(?:m'avance|m'avancerais|veux m'avancer|voudrais m'avancer|veux pas m'avancer|voudrais pas m'avancer)\\b|\\bsans (?:pouvoir |vouloir )?(?:le |l'|vous le |te le )?(?:garantir|certifier|affirmer|assurer|jurer)\\b|\\bsous (?:toute |toutes )reserves?\\b|\\bje (?:vous |te )?(?:le )?(?:confirme|confirmerai|redis|redirai|recontacte|recontacterai) (?:demain|plus tard|tout a l'heure|apres|des que|dans|lundi|ce soir|cet apres-midi)\\b|\\ba voir (?:sur la duree|dans le temps|avec le temps|sur le long terme|si ca dure|si ca tient)\\b|\\bpas (?:fait )?assez (?:de tests|d'essais|teste|essaye) pour\\b|\\b(?:peut-?etre|ptet|p-e|surement|sans doute|probablement|c'etait|c'est|c'est juste|c'etait juste) (?:que )?(?:un )?(?:coup de (?:chance|bol|pot)|hasard)\\b|\\b(?:coup de (?:chance|bol|pot)|hasard),? peut-?etre\\b|\\bmais (?:qu'|que )?(?:une|1) (?:seule )?fois\\b", 'doubtx'),
  // "je ne peux pas me prononcer", "je préfère ne pas me prononcer": no telling.
  phrase("\\b(?:je )?(?:ne )?(?:peux|pourrais|saurais|prefere|prefererais|veux|voudrais)(?: pas)?(?: ne pas)? me prononcer\\b", 'idk'),
  // "ça a des chances de marcher", "il y a des chances que", "peu de chances": a guess.
  phrase("\\b(?:il )?(?:y a|a|ont) (?:des|de grandes|de fortes|peu de|quelques) chances? (?:que |qu'|de |d')", 'maybe '),
  // "pas terrible": not great, no clear answer.
  phrase("\\bpas terrible\\b", 'kinda'),
  // "pas que ça marche, mais …": not that it works; a claim denied, not a statement.
  phrase("(?:^|(?<=[.,;!?]\\s?))\\s*(?:non,? )?pas (?:que |qu')(?=(?:ca|cela|je|j'|on|il|elle)\\b)", ' moot '),
  // "aucun n'est passé", "pas une seule fois ça n'est passé": none succeeded.
  phrase("\\baucune? (?:n'|ne )(?:est|a|sont|ont) (?:passee?s?|aboutie?s?|marche|fonctionne|reussie?s?)\\b|\\bpas une (?:seule )?fois (?:ca |il |elle |cela )?(?:n'|ne )?(?:est|a) (?:passe|marche|fonctionne|abouti|reussi)\\b", 'persistx'),
  // "ni plus ni moins (qu'en normal)", "ni mieux ni pire" said alone: the same; "ça (ne) marche ni mieux ni moins bien":
  // no better, so it fails; "ça plante ni plus ni moins qu'avant": only stresses the verb.
  phrase(`\\b(?:ne |n')?${WORKS} ni (?:plus|mieux) ni (?:moins bien|moins|pire)\\b`, 'failx'),
  phrase("(?:^|(?<=[.,;!?]\\s?))\\s*(?:c'est |ca reste )?ni (?:plus|mieux) ni (?:moins bien|moins|pire)\\b", ' pareil'),
  phrase("\\bni (?:plus|mieux) ni (?:moins bien|moins|pire)\\b", ''),
  // Twenty-first round.
  // Worse ("c'est encore pire en 4G", "moins pire mais ça plante"): it fails; "pas pire" (Québec: not bad; France: no
  // worse) is no clear answer.
  phrase("\\bpas pire\\b", 'kinda'),
  phrase("\\b(?:le|au) pire\\b", ''),
  phrase("\\b(?:encore |moins |bien )?pire\\b", 'fails'),
  // "ça ne fait que planter / charger": nothing but failing.
  phrase("\\b(?:ne |n')?(?:fait|font|faisait|faisaient) (?:que |qu')(?:planter|bugger|buguer|beuguer|crasher|charger|tourner|ramer|echouer|mouliner|boucler)\\b", 'failx'),
  // "il ne se passe rien", "rien ne charge", "rien ne s'affiche": it fails.
  phrase("\\b(?:il )?(?:ne )?se passe rien\\b|\\brien ne (?:se passe|charge|s'affiche|s affiche|s'ouvre|bouge)\\b", 'failx'),
  // "ça n'a pas aidé", "n'a pas changé grand-chose": no help.
  phrase("\\b(?:n'|n )?(?:a|ont|avait) pas (?:vraiment |beaucoup )?aide\\b|\\b(?:n'|n )?(?:a|ont) pas change grand[- ]chose\\b", 'do not help'),
  // "je vois pas la différence", "ça fait pas de différence": no difference, so the same.
  phrase("\\b(?:je )?(?:ne )?vois pas (?:la |de |d')?(?:difference|changement)\\b|\\b(?:ne )?fait pas (?:de |la moindre )?difference\\b", 'pareil'),
  // "je n'ai l'erreur qu'en fenêtre normale", "l'erreur n'apparaît que dans l'appli": the error only there.
  phrase("\\b(?:(?:je |j')?(?:n'|n )?(?:ai|avais) (?:eu )?l'erreur|l'erreur (?:n'|ne )?(?:apparait|s'affiche|arrive|sort|se produit)) (?:que |qu')", 'fails only '),
  // "ça charge plus loin": it gets further, not that it works (nor "no longer loads").
  phrase("\\b(?:charge|chargent|chargeait|va|allait|avance|avancait|passe|passait|arrive|arrivait) (?:un peu |bien |beaucoup )?plus loin\\b", 'kinda'),
  phrase("\\bplus loin\\b", 'further'),
  // "ça me le fait plus": it does not do it (any more); "je n'ai plus eu de souci": no error since.
  phrase("\\b(?:ca|cela|il|elle) (?:ne )?(?:me|nous) le (?:fait|font|faisait|refait) (?:pas|plus|jamais)\\b", 'it works'),
  phrase("\\bplus eu (?:de |d'|aucun |aucune )(?:souci|probleme|erreur|bug)s?\\b", 'no error'),
  // Fourth own batch. "je pense pas non plus": a lean no, too (was "not failx": works).
  phrase("\\b(?:je |j')?(?:ne |n')?(?:crois|pense) pas non plus\\b", 'failx too'),
  // Approximations of a code: "genre une 500", "une sorte de 500", "un truc comme une 500", "ça ressemblait à une 500",
  // "500 ou un truc du genre" (as "something like", "or something"; "un truc genre problème de certificat" names a kind of
  // error, and stays one); a guess, "ça devait être une 500": no clear answer.
  phrase("\\b(?:genre|une sorte de|une espece de|un genre de|un truc (?:comme|genre|du genre|du style)|quelque chose (?:comme|du genre|du style)|(?:ca |cela )?(?:ressemble|ressemblait|ressemblaient) a) (?=(?:un |une |des |du |de |d')?(?:erreur |code )?[1-5]\\d\\d\\b)", 'kinda '),
  phrase("(?<=\\b[1-5]\\d\\d) ou (?:un truc|quelque chose|qqch|un machin) (?:du genre|comme ca|dans le genre|du style|de ce genre|approchant)\\b", ' doubtx'),
  phrase("\\b(?:ca |cela |c'|il |elle )?(?:devait|devaient|aurait du|a du) etre\\b", 'maybe'),
  // Fifth own batch. A first look, a hope, a "quoique", a hand not put in the fire: no answer ("à première vue", "au
  // premier abord", "je n'en mettrais pas ma main à couper", "ne me demandez pas de le jurer", "j'espère que oui",
  // "…, enfin j'espère", "oui, quoique", "oui, enfin à peu près").
  phrase("\\ba premiere vue\\b|\\bau premier abord\\b|\\b(?:en )?(?:mettrais|mets|mettrai) pas (?:ma|la) main a couper\\b|\\b(?:ne )?(?:me |nous )?demande[sz]? pas de (?:le |l')?(?:jurer|garantir|certifier)\\b|\\benfin,? j'?espere\\b|\\bquoique?\\b(?=\\s*(?:[.!?…]|$)| (?:je|j'|ce|ca|pas)\\b)", 'doubtx'),
  phrase("\\bj'?espere (?:que )?(?:oui|non|bien)\\b|\\bj'?espere\\b(?=\\s*(?:[.,;!?]|$))", 'hopefully'),
  phrase("\\benfin,? (?:a peu pres|grosso modo|plus ou moins|quasiment|a moitie)\\b", 'kinda'),
  // "ça marche presque / un peu en privé": partly, no clear answer ("un peu mieux" is a comparison); "mieux mais pas
  // parfait": better, not fixed.
  phrase(`\\b${WORKS} (?:(?:presque|quasiment)(?! (?:jamais|pas|plus|rien|toujours|tout le temps|a chaque fois)\\b)|un peu(?! (?:mieux|moins|plus)\\b))`, 'kinda'),
  phrase("\\bpas parfait(?:e|ement)?\\b", 'kinda'),
  // "l'erreur ne se montre pas", "le problème ne persiste pas": the failure absent; "ne résout pas le problème": no help.
  phrase("\\b(?:erreur|probleme|souci|bug)s? (?:\\d{3} )?(?:ne )?(?:se montre|se montrent|persiste|persistent|se presente|se presentent) (?:pas|plus|jamais)\\b", 'works'),
  phrase("\\b(?:ne |n')?(?:resout|resolvent|regle|reglent|corrige|corrigent) (?:pas|jamais)(?: (?:le |mon |notre |ce )?(?:probleme|souci|bug))?\\b", 'do not help'),
  // "pas de souci, je teste ce soir": "no problem", agreeing to test, is no outcome.
  phrase("(?:^|(?<=[.!?]\\s?))\\s*(?:(?:ok|d'accord|oui),? )?(?:pas de|aucun|sans) (?:souci|soucis|probleme|problemes)\\s*[,!.]\\s*(?=(?:je |j'|on )(?:le |la |les |l'|vous |te |m'en )?(?:teste|testerai|regarde|regarderai|verifie|verifierai|essaie|essaye|essaierai|fais|ferai|vais|occupe)\\b)", ' ok , '),
  // "ça ne plante pas à chaque fois", "ça bloque pas toujours": not every time, so sometimes ("toujours pas" is still).
  phrase("\\b(?:plante|plantent|crash|crashe|crashent|bug|bugue|buggue|beugue|bloque|bloquent|echoue|echouent|foire|foirent|coince|coincent) (?:pas|plus) (?:toujours|tout le temps|a chaque fois|a tous les coups|systematiquement)\\b", 'sometimes'),
  // "ça reste bloqué en privé", "je suis toujours bloqué": still stuck, so it fails (a mode "bloqué par l'IT" is not allowed).
  phrase("\\b(?:reste|restent|restait|suis|sommes|toujours|encore) (?:toujours |encore )?bloquee?s?\\b(?! (?:par|pour)\\b)", 'failx'),
  // "c'est pas bon non plus", "toujours pas ok": not fine, so it fails.
  phrase("\\b(?:c'?est|c est|ce n'?est|c'?etait|ce n'?etait|c) (?:toujours |encore )?(?:pas|plus|jamais) (?:bon|ok|okay|correct)\\b", 'failx'),
  // Québec: "à la job", "à ma job": at work.
  phrase("\\b(?:a|de) (?:la|ma|ta|notre) job\\b", 'at the office'),
  // "pas eu l'occasion", "j'y ai pas pensé": the test was not run ("pas le temps de tester", said of now, is a refusal).
  phrase("\\b(?:(?:j'ai |j ai |on a |je n'ai |on n'a )?pas (?:encore )?eu (?:le temps|l'occasion|l occasion)|(?:j'y|j y|on y) (?:ai |a |avais )?(?:pas|jamais) pense)\\b", 'nottried'),
  phrase("(?<!\\beu )\\bpas le temps\\b", 'moot'),
  phrase("\\b(?:je |j'|on )?(?:l'|l )(?:ai|a|avons) (?:toujours |encore )?pas (?:encore )?(?:fait|essaye|teste)\\b", 'nottried'),
  // "pas de téléphone pro, donc non": the "non" says the test could not be run.
  phrase("\\bpas (?:de |d')(?:tel|telephone|portable|gsm|natel|smartphone|cell|cellulaire|forfait|4g|5g)\\b(?: [\\w']+){0,2}? ?,? (?:donc|alors|du coup) (?:non|pas)\\b", 'nottried altnet'),
  // "moins d'erreurs en privé", "plus rapide", "plus lent": a comparison, no outcome.
  phrase("\\bmoins (?:de |d')(?:erreurs?|soucis?|problemes?|plantages?|bugs?|500)\\b|\\bplus (?:rapide|rapides|vite|fluide|fluides|stable|stables|fiable|reactif|reactive)\\b", 'mieux'),
  phrase("\\bplus (?:lent|lente|lents|lentes|instable|instables)\\b", 'pire'),
  // "on m'a dit que …", "j'ai entendu dire que …", "les autres disent …": someone else's account.
  phrase("(?<!\\bcomme )\\bon (?:m'a|m a|nous a|me|nous) (?:dit|raconte|assure|affirme|confirme)\\b(?: (?:que|qu'))?|\\bj'?ai entendu dire\\b(?: (?:que|qu'))?", 'colleague says'),
  phrase("\\bles autres(?= (?:disent|trouvent|confirment|affirment|racontent)\\b)", 'colleagues'),
  // "ça marche que dalle": not at all; "que nenni": no.
  phrase(`\\b${WORKS} que dalle\\b`, 'failx'),
  phrase("\\bque nenni\\b", 'non'),
  // "l'intégration maison", "nos outils maison": made in-house, not the home network.
  phrase("\\b((?:integration|outil|script|code|appli|application|solution|dev|developpement|service|client|wrapper|bot|connecteur|api)s?) maison\\b", '$1'),
  // "rien à signaler", "rien à redire", "RAS": nothing wrong, so it works ("ras le bol" is fed up).
  phrase("\\brien a (?:signaler|redire|reprocher)\\b|\\br\\.?a\\.?s\\b(?! le bol)", 'works fine'),
  // "la 4G de mon tel perso, ça va ?", "ça compte ?": asks whether a test would do.
  phrase("(?<=,\\s?)(?:ca|cela) (?:va|ira|irait|compte|convient|suffit|suffirait|marcherait)\\s*\\?", 'askback'),
  // "bien reçu", "c'est noté", "un instant": an acknowledgement, no answer ("en un instant" is quickly).
  phrase("\\bbien (?:recu|note)\\b|\\bc'est note\\b", 'thanks'),
  phrase("(?:^|(?<=[.,;!?]\\s?))\\s*(?:un (?:instant|moment|peu de patience)|une (?:minute|seconde|sec))\\b(?=\\s*(?:[.,;!?]|$))", ' '),
  // "aléatoirement", "de façon aléatoire", "irrégulièrement": some of the time.
  phrase("\\b(?:aleatoirement|irregulierement|de (?:facon|maniere) (?:aleatoire|irreguliere|sporadique)|sporadiquement)\\b", 'sometimes'),
  // "aucun message d'erreur", "plus de page d'erreur": no error (was "no message" beside "error").
  phrase("\\b(?:aucun|aucune|pas de|plus de|sans|plus aucun|plus aucune) (?:message|page|code|ecran|fenetre|popup|pop-up|bandeau) d'erreur\\b", 'no error'),
  // "nouveau profil (Chrome)": a clean profile; "le réseau mobile": mobile data.
  phrase("\\b(?:un |le |avec un |avec le )?(?:nouveau|nouvel|autre) profil\\b", 'cleanprofile'),
  phrase("(?<!\\b(?:pas de|pas d'|aucun|sans) )\\breseau (?:mobile|cellulaire|4g|5g|telephonique)\\b", 'mobile data'),
  // "comme hier à la maison": likened to another time, which says nothing of now ("comme d'hab" is now as ever).
  phrase("\\bcomme (?:hier|avant-hier|avant hier|ce matin|la semaine derniere|l'autre jour|la derniere fois)\\b", 'moot'),
  // "je rentre chez moi ce soir", "en rentrant à la maison": a place to come, not where it fails now.
  phrase("\\b(?:je rentre|je rentrerai|je vais rentrer|on rentre|en rentrant|une fois rentree?|quand je (?:serai|rentre|rentrerai)) (?:chez moi|a la maison|a la maison ce soir)\\b", 'later'),
  // "je vais prévenir le bureau": the office's people, not the network.
  phrase("\\b(?:prevenir|previens|previendrai|appeler|appelle|appellerai|informer|avertir|contacter) (?:le bureau|l'accueil)\\b", 'notify'),
  // "c'est pas en privé que ça plante": the test of a cleft denied works there (as "… que ça marche" fails there); a
  // place denied ("c'est pas sur le VPN que ça plante") is left to the rules of places.
  phrase("\\b(?:c'?est|ce n'?est|c) pas ((?:en|dans|sur|avec|au|a la|a l'|chez|par|via) (?![^,.;!?]*\\b(?:vpn|bureau|maison|boulot|taf|teletravail|moi|nous)\\b)[^,.;!?]{1,30}?) (?:que |qu')(?:ca|cela|il|elle) (?:ne )?(?:plante|plantent|bug|bugue|echoue|echouent|bloque|bloquent|crash|crashe|coince|foire)\\b(?! (?:pas|plus|jamais)\\b)", '$1 works'),
  // "l'imprimante plante aussi", "la machine à café": another machine, nothing about ChatGPT.
  phrase("\\b(?:l'|l |mon |ma |notre |la |le )?(?:imprimante|machine a cafe|machine a cafes|cafetiere|photocopieuse|badgeuse|ascenseur|telephone fixe|clim|climatisation|chauffage|micro-ondes)s?\\b", 'moot'),
  // "rectification :", "non, je retire": what came before is taken back.
  phrase("\\brectification\\b|\\bje (?:retire|retire ce que j'ai dit)\\b", 'correction'),
  // Seventeenth round. "je n'ai ni natel ni clé 4G": having neither is a lack, not a failure: without a phone,
  // data or another network, the test cannot be run; "ni erreur ni code": no code; anything else had: without it.
  phrase(`\\b${HAVE} ni (?=[^,.;:!?]*\\b(?:natel|tel|telephone|portable|gsm|smartphone|mobile|cellulaire|cell|4g|5g|3g|lte|forfait|data|donnees|partage|hotspot|modem|cle|wifi|wi-fi|reseau|reseaux|connexion|box|routeur)\\b)[^,.;:!?]+? ni ${NI_ITEM_END}`, 'nottried altnet'),
  phrase(`\\b${HAVE} ni (?:d'|de |un |une |le |la |l'|message d')?(?:erreur|code|message|souci|probleme|bug|statut)s?\\b[^,.;:!?]*? ni ${NI_ITEM_END}`, 'nocode'),
  // Twenty-first round. "je n'ai testé ni la navigation privée ni un autre réseau": neither test was run.
  phrase(`\\b${HAVE} (?:encore )?(?:teste|essaye|tente|fait) ni ([^,.;:!?]+?) ni ${NI_ITEM_END}`, 'nottried $1 , nottried $2'),
  phrase(`\\b${HAVE} ni ([^,.;:!?]+?) ni ${NI_ITEM_END}`, 'without $1 , without $2'),
  // Everyday doubt (own probes): "aucune certitude", "plutôt oui", "disons que", "on va dire que oui", "pas tout à
  // fait", "je pencherais pour", "je parierais sur", "pas impossible que", "possible que", "…, enfin je crois",
  // "à vérifier": no answer; "en principe": a habit, as "en théorie"; "qui sait", "j'ignore": don't know.
  phrase("\\b(?:aucune|pas de|pas la moindre) certitude\\b|\\bje (?:pencherais|penche|pencherai) (?:pour|plutot|vers)\\b|\\bje (?:parierais|parie|miserais) (?:sur|pour)\\b|\\benfin,? (?:je (?:crois|pense|dirais|suppose)|j'?crois|il me semble|j'imagine)\\b|\\b(?:c'est |ce serait |ca reste )?a (?:re)?verifier\\b", 'doubtx'),
  phrase("\\bplutot (?=(?:oui|non|ouais|nan|pas)\\b)|\\bpas (?:tout a fait|completement|totalement|entierement|exactement)\\b(?! (?:sur|sure|certain|certaine|certains|sures|le|la|les|l'|ca|pareil)\\b)", 'kinda '),
  phrase("\\b(?:on va dire|disons|mettons|admettons|on peut dire|on pourrait dire) (?:que |qu'|(?=oui|non)\\b)", 'hedge '),
  // Twenty-first round, fourth batch. "admettons, ça passe": a concession, no clear answer.
  phrase("\\badmettons\\b", 'kinda'),
  phrase("\\bpas impossible\\b|\\b(?:c'est |il est |ca reste )?possible (?:que |qu')", 'maybe '),
  phrase("\\ben principe\\b", 'moot'),
  phrase("\\bqui sait\\b(?=\\s*(?:[.,;!?…]|$))|\\b(?:je l'|j')ignore\\b", 'idk'),
  phrase("\\bqui (?=(?:sait|saurait)\\b[^.!?]*\\?)", 'does someone '),
  // Everyday negation (own probes). "ne … point", "ne … guère": as "ne … pas"; "ça marche pas mal": fairly well;
  // Leans that count ("je dirais que oui", "je crois pas que ça marche"), and
  // doubt said after the answer ("ça marche, enfin normalement", "… ou pas").
  phrase("\\bje dirais (?:que )?(oui|non)\\b", '$1'),
  phrase("\\bje (?:ne )?(?:crois|pense) pas (?:que |qu')", 'not '),
  phrase("\\benfin,? (?:normalement|en principe|en theorie|theoriquement)\\b", 'doubtx'),
  // "je ne dis pas que", "je ne dirais pas non", "pas sans problème": no answer; "pas vraiment mieux": no better.
  phrase("\\b(ne |n')([\\w']+) (?:point|guere)\\b", '$1$2 pas'),
  phrase("\\bpas mal (?:de |d')", 'a lot of '),
  phrase(`\\b${WORKS} pas mal\\b(?: du tout)?`, 'works fine'),
  phrase("\\bje (?:ne )?dis pas (?:que |qu')|\\bje (?:ne )?dirais pas non\\b|\\bpas sans (?:probleme|souci|mal|difficulte|accroc)s?\\b", 'hedge '),
  phrase("\\bpas (?:vraiment|beaucoup|tellement|franchement|trop) mieux\\b", 'pas mieux'),
  // "l'erreur ne s'affiche plus": the failure goes away.
  phrase("\\b(?:erreur|probleme|souci|bug|message d'erreur|page d'erreur|code)s? (?:\\d{3} )?(?:ne )?(?:s'affiche|s'affichent|revient|reviennent|sort|sortent|remonte|remontent|se declenche) (?:plus|pas)\\b", 'works'),
  // "je n'arrive pas à me connecter": it fails; "j'arrive à me connecter": it works.
  phrase("\\b(?:n'|ne )?(?:arrive|arrivent|arrivons|parviens|parvient|parvenons) (?:toujours |plus |jamais )?(?:pas|plus|jamais) (?:a |a l'|a la )?(?:le |la |les |l')?(?:faire )?(?:marcher|fonctionner|passer|charger|connecter|me connecter|nous connecter|acceder|y acceder|afficher)\\b", 'failx'),
  phrase("\\b(?:j'|on |il |elle )(?:arrive|arrivons|parviens|parvient|parvenons) (?:bien |sans (?:probleme|souci) |enfin |maintenant )?a (?:me |nous )?(?:connecter|charger|acceder|y acceder)\\b", 'works'),
  // "je n'arrive pas à ouvrir une fenêtre privée": the test cannot be run.
  phrase("\\b(?:n'|ne )?(?:arrive|arrivent|parviens|parvient|reussis) (?:toujours )?(?:pas|plus) (?:a )?(?:ouvrir|activer|lancer|trouver) (?=(?:une |la |le |l'|un )?(?:fenetre|navigation|onglet|mode|session)\\b)", 'can not open '),
  // "nullement", "loin de là", "pas le moins du monde": no; "pas l'autorisation": not allowed to test.
  phrase("(?:^|(?<=[.,;!?]\\s?))\\s*(?:nullement|aucunement|loin de la|pas le moins du monde)(?=\\s*(?:[.,;!?]|$))", ' no'),
  phrase("\\bpas (?:l'|d')autorisation(?: (?:de |d'))?|\\bpas (?:le droit|les droits)(?: (?:de |d'))?", 'not allowed to '),
  // "le PC ne me laisse pas ouvrir de fenêtre privée": not allowed to run the test.
  phrase("\\b(?:ne |n')?(?:me|nous|m'|nous y) laiss(?:e|ent|ait|aient) pas\\b", 'not allowed to '),
  // "ça ne charge même pas": not even (was read "charge" then a bare "not"); "ça charge à peine": barely, no clear
  // answer; "même pas essayé": not tried.
  phrase(`\\b${WORKS} meme (?:pas|plus)\\b`, 'failx even'),
  phrase(`\\b${WORKS} (?:a peine|difficilement|tant bien que mal|pas trop)\\b`, 'kinda'),
  phrase("\\bmeme pas (?:encore )?(?:essaye|teste|tente|verifie)\\b", 'nottried'),
  // "ça (ne) marche nulle part": nowhere, so it fails.
  phrase(`\\b${WORKS} nulle part (?:sauf|a part|excepte|hormis) `, 'works only '),
  phrase(`\\b${WORKS} nulle part\\b`, 'failx everywhere'),
  // "j'en sais trop rien", "je ne suis sûr de rien": don't know, not sure (not "nothing" failing).
  phrase("\\b(?:je |j')?(?:n')?(?:en )?sais (?:trop |vraiment |absolument |strictement |pas )?rien\\b", 'idk'),
  phrase("\\b(?:je (?:ne )?suis |j'?suis |chuis )?(?:sur|sure|certain|certaine)s? de rien\\b", 'not sure'),
  // "il paraît que", "il paraîtrait que": hearsay ("il semblerait que" stays a lean, as the tuning sets label it);
  // "j'aurais tendance à dire", "sauf erreur", "je ne pourrais pas l'affirmer": doubt; "…, enfin presque": almost.
  phrase("\\b(?:il )?(?:paraitrait|parait) (?:que |qu')", 'maybe '),
  phrase("\\bj'?(?:aurais|ai) (?:tendance|envie) a (?:dire|penser|croire)\\b|\\bsauf erreur\\b(?: de ma part)?|\\b(?:je )?(?:ne )?(?:pourrais|peux|saurais) pas (?:l'|vous l'|te l'|le )?(?:affirmer|garantir|certifier|jurer)\\b", 'doubtx'),
  phrase("\\b(?:enfin |mais |ou )?presque\\b(?=\\s*(?:[.,;!?]|$))", 'kinda'),
  phrase("\\b(?:malheureusement|helas) (?:pas|non)\\b", 'no'),
  // "ça a marché une fois": once, no clear answer.
  phrase("\\b(?:a marche|a fonctionne|est passe|a charge|a repondu) (?:une|1) (?:seule )?fois\\b", 'kinda'),
  // "impossible de tester", "pas possible d'essayer": the test cannot be run; "impossible de me connecter": it fails.
  phrase("\\b(?:c'est |c'etait |ce (?:n'est|n'etait) )?(?:impossible|pas possible) (?:de |d'|a )(?:le |la |les |l')?(?:tester|essayer|verifier|faire le test|faire l'essai|tenter)\\b", 'can not test'),
  phrase("\\b(?:c'est |c'etait |ce (?:n'est|n'etait) )?(?:impossible|pas possible|pas moyen) (?:de |d')(?:me |nous |se |s')?(?:connecter|charger|acceder|y acceder|joindre)\\b", 'failx'),
  // "bizarre, non ?", "c'est étrange hein ?": puzzlement at the result, not a question asking to confirm it.
  phrase("\\b(?:c'est |c'?etait |je trouve (?:ca )?)?(?:bizarre|etrange|curieux|bizarroide|chelou|louche|dingue|fou|marrant|drole|incomprehensible|incroyable),? (?:non|hein|nan|pas vrai)\\s*\\?+", 'weird .'),
  // "l'erreur a disparu", "plus d'erreur", "plus aucun souci": the failure absent.
  phrase("\\b(?:l'|l )?(?:erreur|souci|probleme|bug|500) (?:a |est )?(?:disparu|partie?)\\b|\\bplus (?:aucun |aucune |d'|de |d )?(?:souci|probleme|erreur|bug|500)s?\\b", 'no error'),
  // "sans aucun problème", "sans le moindre souci": nothing fails.
  phrase("\\bsans (?:aucune?|le moindre|la moindre|nul) (?:erreur|souci|probleme|bug|plantage|accroc)s?\\b", 'works fine'),
  // "que des échecs", "rien que des erreurs": nothing but failures.
  phrase("\\b(?:rien )?(?:que|qu') ?des (?:echecs|erreurs|plantages|timeouts|time-?outs|fails|ko|refus)\\b", 'nothing but failures'),
  // "ça vient de (re)planter": it has just failed (again); "replante": fails again; "là aussi": there too.
  phrase("\\b(?:vient|viens|viennent) (?:de |d')(?:re)?(?:planter|crasher|buguer|bugguer|beuguer|echouer|foirer|lacher|tomber en (?:panne|erreur|rade))\\b|\\bre(?:plante|plantent|plantait|planter|crashe|crashent|bugue|buguent)\\b", 'fails again'),
  phrase("\\bla (?=(?:aussi|non plus|encore|pareil|idem)\\b)", 'there '),
  // "d'après les devs l'API marche", "selon la DSI, nos appels API passent": the team's word on the organisation's API
  // is the api_health test.
  phrase("\\b(?:d'apres|selon|pour) (?:les |la |l'|le |nos |notre )?(?:devs?|developpeurs?|equipe(?: dev| technique| info| it)?|team|dsi|informatique|service informatique|it|collegues|support interne|ops|devops|backend)\\b(?=[^.;!?]*\\bapi\\b)", 'orgcalls'),
  // Nineteenth round. "d'après mon collègue, …", "selon ma cheffe …": what follows is their account.
  phrase("\\b(?:d'apres|selon) (?=(?:mon|ma|mes|un|une|le|la|les|notre|nos|son|sa|ses) )", 'says '),
  // "je peux pas essayer ailleurs", "on pourra pas tester": the test cannot be run.
  phrase("\\b(?:je |j'|on |nous )?(?:ne |n')?(?:peux|peut|pouvons|pourrai|pourra|pourrais|pourrait|pouvais|pouvait) pas (?:le |la |les |l')?(?:tester|essayer|verifier|faire le test|tenter)\\b", 'can not test'),
  // "c'est pas que ça marche pas en privé, j'ai juste pas essayé": a claim denied, not a statement.
  phrase("\\b(?:c'?est|ce n'?est|c) pas (?:que |qu')(?=(?:ca|cela|je|j'|on|il|elle|tu|vous)\\b)", 'moot '),
  // "nan, pas de souci côté API": the "no" agrees with the problem denied.
  phrase("\\b(?:non|nan|nope),? (?=(?:aucune? |pas d'|pas de |sans |jamais (?:eu )?(?:de |d'))(?:erreur|souci|soucis|probleme|problemes|bug|bugs|plantage)s?\\b)", ''),
  // "zéro succès", "aucun succès": none of the tries succeeds.
  phrase("\\b(?:zero|0|aucun|pas un seul) (?:succes|reussite|appel reussi|retry reussi)s?\\b", 'persistx'),
  // "les retries n'y changent rien": they do not help.
  phrase("\\b(?:n'y |n y |ne |n')?change(?:nt|ait|aient)? (?:strictement |absolument )?rien\\b", 'do not help'),
  // "le site plante pas, lui": the emphatic "lui"/"elle" closing a clause is no other person.
  phrase("(?<![-'])(?<!\\b(?:a|de|avec|pour|chez|sans|que|est|par|sur|comme|selon|contre|vers|a cote de) )\\blui\\b(?=\\s*(?:[,.;!?]|$))", ''),
  // A bare "jamais." is a no ("never").
  phrase("(?:^|(?<=[.!?]\\s?))\\s*jamais\\s*(?=[.!?]|$)", ' no '),
  // "pas de forfait data", "pas de 4G ici": no second network to test with.
  phrase("\\b(?:(?:j'ai|j ai|on a|il y a|y a) )?pas (?:de |d')(?:forfait(?: data| mobile| 4g)?|4g|5g|data|donnees mobiles|reseau mobile|partage de co\\w*)\\b(?! (?:souci|probleme|erreur))", 'nottried altnet mobiledata'),
  // "il faudrait que quelqu'un regarde", "faudrait que vous corrigiez": asks someone to act.
  phrase("\\b(?:il )?(?:faudrait|faut) (?:que |qu')(?:quelqu'?un|qqn|qq1|vous|tu|quelqu un|le support|l'equipe|la dsi|l'it|on me)\\b", 'request'),
  // "sans garantie", "sous réserve", "je garantis rien": doubt about what was said.
  phrase("\\bsans (?:garantie|certitude)\\b|\\bsous reserve\\b|\\bje (?:ne )?(?:garantis|promets|jure) (?:rien|pas)\\b", 'doubtx'),
  // "à peu près, oui", "grosso modo": roughly, no clear answer.
  phrase("(?:^|(?<=[.,;!?]\\s?))\\s*(?:a peu pres|grosso modo|en gros)\\s*(?=[,.;!?]|$)", ' kinda '),
  // "pas en privé non plus": not there either.
  phrase(`\\b(?:(?:ne |n')?${WORKS} )?pas ((?:en|dans|sur|avec|au|a la|a l'|chez|par|via) [^,.;!?]{1,30}?) non plus\\b`, '$1 failx too'),
  // "ça ne marche ni en privé ni en normal": the verb goes with the "ni … ni …" that follows.
  phrase(`\\b(?:ne |n')?${WORKS} ni ((?:en |dans |sur |avec |au |a la |a l')?[^,.;!?]+?) ni ((?:en |dans |sur |avec |au |a la |a l')?[^,.;!?]+?)(?=\\s*(?:[,.;!?]|$))`, '$1 failx too , $2 failx too'),
  // "jamais eu de souci": never a problem, so it works.
  phrase("\\b(?:(?:j'ai|j ai|on a|on n'a|je n'ai) )?jamais (?:eu )?(?:de |d')(?:souci|soucis|probleme|problemes|erreur|erreurs|bug|bugs|plantage)s?\\b(?! ?\\d)", 'works fine'),
  // "ça veut pas (charger)": it won't.
  phrase("\\b(?:ca|cela|il|elle|le site|l'appli|la page) (?:ne )?(?:veut|veulent|voulait) (?:pas|plus|toujours pas|jamais)(?: (?:charger|marcher|fonctionner|passer|s'ouvrir|s ouvrir|se lancer|demarrer|repondre|s'afficher|s afficher))?\\b", 'it failx'),
  // "toujours rien": still nothing; "pas de changement": no change; "si si": yes (against a doubt).
  phrase("\\btoujours rien\\b", 'still nothing'),
  phrase("\\b(?:pas de|aucun) changement\\b|\\brien (?:n'a |n a )?change\\b", 'no change'),
  phrase("\\bsi,? si\\b", 'yes'),
  // "ça marche pas qu'en privé", "pas seulement en 4G": not only there, so there too.
  phrase("\\bpas (?:qu'|que |seulement |uniquement )(?=(?:en|dans|sur|avec|chez|via|au|a)\\b)", 'aussi '),
  // "nan toujours pas": still not.
  phrase(`(?<!\\b${WORKS} )\\btoujours pas(?=\\s*(?:[,.;!?]|$)| (?:en|dans|au|avec|chez|non plus)\\b)`, 'still failx'),
  // "c'est pas en privé que ça marche": the place of a cleft denied fails there; "c'est en 4G que ça marche": works there.
  phrase(`\\b(?:c'?est|ce n'?est|c) pas ((?:en|dans|sur|avec|au|a la|a l'|chez|par|via) [^,.;!?]{1,30}?) (?:que |qu')(?:ca|cela|il|elle) (?:ne )?${WORKS}\\b(?! (?:pas|plus|jamais)\\b)`, '$1 failx'),
  // "tombent (pas) en erreur": (do not) fail.
  phrase("\\btomb(?:e|ent|ait|aient) (?:pas|plus|jamais)(?: en (?:erreur|panne|rade))?\\b", 'works'),
  phrase("\\btomb(?:e|ent|ait|aient) en (?:erreur|panne|rade)\\b", 'fails'),
  // "kif-kif": the same.
  phrase("\\bkif[- ]?kif\\b", 'same error'),
  // "aujourd'hui plus", "là plus": not any more.
  phrase("\\b(?:aujourd'hui|aujourd hui|desormais),? (?:plus|pas|non)\\b(?=\\s*(?:[.,;!?]|$))", 'failx now'),
  // "ça marche à moitié", "moyennement": half, no clear answer.
  phrase("\\b(?:a moitie|moyennement|a demi)\\b", 'kinda'),
  // "un coup sur deux", "une fois sur trois": some of the time.
  phrase("\\b(?:un|une) (?:coup|fois|essai|appel|requete|relance|tentative|retry) sur (?:deux|trois|quatre|cinq|dix)\\b", 'sometimes'),
  // "mon tel est à plat": no phone to test with.
  phrase("\\b(?:mon |ma )?(?:tel|telephone|portable|gsm|natel|cell|cellulaire|smartphone) (?:est |etait )?(?:a plat|decharge|mort|hs|en panne)\\b", 'do not have a phone'),
  // "j'ai jamais réussi à le faire marcher", "pas réussi à me connecter": it fails.
  phrase("\\b(?:(?:j'ai|j ai|on a|je n'ai|on n'a|nous n'avons) )?(?:pas|jamais|toujours pas) (?:reussi|arrive|pu) (?:a |a l'|a la )?(?:le |la |les |l')?(?:faire )?(?:marcher|fonctionner|passer|charger|ouvrir|connecter|me connecter|nous connecter|acceder|y acceder|l'ouvrir|le lancer|lancer)\\b", 'failx'),
  // "ça m'étonnerait que ce soit le VPN", "je doute que …": probably not, no answer.
  phrase("\\b(?:ca|cela) m'?\\s?etonnerait (?:que |qu')|\\bje doute (?:que |qu')", 'hedge '),
  // "absolument pas" opening a clause: no; before a verb's "pas" it only stresses it.
  phrase("(?:^|(?<=[.,;!?]\\s?))\\s*absolument pas\\b", ' no'),
  phrase("\\babsolument (?=pas\\b)", ''),
  // "va savoir", "allez savoir": who knows.
  phrase("\\b(?:va|allez) savoir\\b", 'idk'),
  // "vous voulez que je teste en 4G ?", "ça veut dire que … ?": asks the bot to decide or explain.
  phrase("\\b(?:vous voulez|tu veux|voulez[- ]vous|veux[- ]tu|vous souhaitez|tu voudrais|vous voudriez) (?:que |qu')(?:je|j'|on)\\b(?=[^.!?]*\\?)|\\b(?:ca|cela) veut dire (?:que |qu')(?=[^.!?]*\\?)", 'askback'),
  // "je veux parler à un humain": asks for someone.
  phrase("\\b(?:je veux|je voudrais|j'aimerais|on veut|on voudrait|je souhaite|je souhaiterais) (?:parler|discuter|etre rappelee?|joindre|avoir)(?: (?:a|avec) (?:un |une |quelqu'un|le |la )?(?:vrai |vraie )?(?:humain|personne|technicien|conseiller|conseillere|agent|support|responsable|quelqu'un)?)?\\b", 'request'),
  // "ça bug plus", "ça foire pas en 4G": no (longer) failing.
  phrase("\\b(?:bug|bugs|beug|beugs|foire|foirent|merde|merdent|echoue|echouent|rame|rament|freeze|lag|lague) (?:pas|plus|jamais)\\b(?! (?:tout le temps|a chaque fois|toujours|systematiquement|souvent|tous|toutes))", 'works'),
  // "l'erreur disparaît en privé": the failure goes away there.
  phrase("\\b(?:erreur|probleme|souci|bug|message d'erreur|page d'erreur)s? (?:\\d{3} )?(?:disparait|disparaissent|a disparu|ont disparu|n'apparait plus|n'apparait pas|apparait plus|apparait pas)\\b", 'works'),
  // "le souci est toujours là": still failing.
  phrase("\\b(?:est|sont|reste|restent) (?:toujours|encore) (?:la|present|presente|presents|presentes)\\b", 'still failx'),
  // "le problème ne se produit pas en 4G": does not occur; "se produit aussi": occurs.
  phrase("\\b(?:(?:le |la |l'|les )?(?:probleme|souci|bug|erreur|plantage)s? (?:\\d{3} )?)?(?:ne )?se (?:produit|produisent|reproduit|reproduisent|manifeste|manifestent) (?:pas|plus|jamais)\\b", 'works'),
  phrase("\\bse (?:produit|produisent|reproduit|reproduisent)\\b", 'fails'),
  // "ça (me) le fait aussi / encore": it does it (the error) too; "ça ne le fait pas": it does not. The bare
  // "ça le fait (pas)" is also slang for "it's (not) fine": no answer.
  phrase("\\b(?:ca|cela|il|elle) (?:me |nous )?le (?:fait|font|faisait|refait) (?:aussi|encore|toujours|pareil|quand meme|egalement)\\b(?![^.!?]*\\?)", 'it fails too'),
  phrase("\\b(?:ca|cela|il|elle) (?:ne )?(?:me |nous )?le (?:fait|font|faisait) (?:que |qu'|seulement |uniquement )", 'it fails only '),
  phrase("\\b(?:ca|cela|il|elle) ne (?:me |nous )?le (?:fait|font|faisait|refait) (?:pas|plus|jamais)\\b", 'it works'),
  phrase("\\b(?:ca|cela) (?:me |nous )?le (?:fait|faisait)\\b", 'kinda'),
  // Sixteenth round. A question by inversion asking someone to act ("pouvez-vous débloquer …", "peux-tu regarder …")
  // asks, "?" or not.
  phrase("\\b(?:pouvez|pourriez|pourrez|voulez|voudriez)[- ]vous(?: (?:me|m'|nous|le|la|les|l'|lui|leur|y|en|svp|stp|juste|bien|svp,))*\\s*\\w+(?:er|ir|re)\\b|\\b(?:peux|pourrais|pourras|veux|voudrais)[- ]tu(?: (?:me|m'|nous|le|la|les|l'|lui|leur|y|en|svp|stp|juste|bien))*\\s*\\w+(?:er|ir|re)\\b", 'askact request'),
  // Imperatives with "moi"/"nous" ("passe-moi au support", "transférez-nous au N2", "ouvre-moi un ticket"): requests.
  phrase("(?<!\\b(?:ca|cela|il|elle|qui|pas|plus|ne|n') )\\b(?:passe|passez|transfere|transferez|mets|mettez|envoie|envoyez|donne|donnez|appelle|appelez|rappelle|rappelez|redirige|redirigez|contacte|contactez|debloque|debloquez|ouvre|ouvrez|ajoute|ajoutez|remets|remettez|reactive|reactivez|escalade|escaladez)[- ](?:moi|nous)\\b", 'request'),
  // "vérifiez vous-même", "regardez de votre côté", a reply opening on "vérifiez …": asks the support to check.
  phrase("\\b(?:regardez|regarde|verifiez|verifie|checkez|checke|controlez|controle|testez|teste)[- ](?:vous|toi)[- ]memes?\\b", 'request'),
  phrase("(?:^|(?<=[.,;!?:]\\s?))\\s*(?:verifiez|regardez|checkez|controlez|investiguez)\\b", ' request'),
  // "c'est quoi un retry", "qu'est-ce qu'une fenêtre privée": asks what the test is.
  phrase("\\b(?:c'?est quoi|qu'?est[- ]ce que c'?est) (?=(?:un|une|le|la|les|des|au juste|exactement)\\b|l')|\\bqu'?est[- ]ce qu'(?=(?:un|une)\\b)", 'askhow what is '),
  // "combien de fois … ?", "on doit … ?", "faut-il … ?": asks how to run the test.
  phrase("\\bcombien\\b(?=[^.!?]*\\?)|\\b(?:on|nous) (?:doit|devons|devrait|devrions)\\b(?=[^.!?]*\\?)|\\b(?:doit|dois)[- ](?:on|je)\\b|\\bfaut[- ]il\\b", 'askhow'),
  // "exactement" after a word is an intensifier ("c'est quoi exactement"), not "exactly (yes)".
  phrase("(?<=[a-z] )exactement\\b", ''),
  // "qqn sait … ?", "quelqu'un a une idée … ?": a question to whoever reads; "au fait": by the way.
  phrase("\\b(?:qqn|qq1|quelqu'?un|quelqu un) (?=(?:sait|saurait|a une idee|aurait)\\b)", 'does someone '),
  phrase("\\bau fait\\b", 'btw'),
  // "(je) sais pas / jamais / plus si …": no telling whether; "qqn sait si": whether (not "si" = yes).
  phrase("\\b(?:je (?:ne )?sais|j'?sais|sais|jsp|chais) (?:pas|jamais|plus|meme pas) (?:trop |vraiment )?(?:si|s')\\s?", 'idk whether '),
  phrase("\\b(?:sait|sais|savez|savoir|saurait)(?: (?:pas|jamais|plus))? (?:si|s')\\s?", 'know whether '),
  // "soit X soit Y": either one.
  phrase("\\bsoit ([^,.;!?]{1,40}?) soit\\b", 'either $1 or'),
  // "les autres équipes ont rien remonté", "aucun signalement": nobody reported a problem, so it works.
  phrase("\\b(?:(?:n'|n )?(?:ont|a|avons|avez|ai) )?rien (?:remonte|signale|constate|remarque)\\b|\\b(?:aucune?|pas de) (?:remontee|signalement|plainte)s?\\b", 'workx'),
  // "… mais c'était hyper lent donc bon": a reply trailing off on "donc bon" ends in doubt.
  phrase("\\b(?:donc|mais) bon\\b(?=\\s*(?:[.!…]\\s*)*$)", 'maybe'),
  // "j'ai l'impression que …": a plain lean, as "je crois que".
  phrase("\\bj'?(?:ai|avais) (?:eu )?l'?\\s?impression (?:que |qu')", 'je crois que '),
  // "pas pu tester", "j'ai pas pu essayer": the test was not run.
  phrase("\\b(?:(?:j'ai|j ai|je n'ai|on a|on n'a|nous n'avons) )?pas (?:encore )?pu (?:le |la |les |l')?(?:tester|essayer|verifier|faire|voir|lancer|regarder)\\b", 'nottried'),
  // "pas d'autre réseau (ici)", "aucune autre connexion sous la main": no second network to test with.
  phrase("\\b(?:(?:j'ai|j ai|on a|il y a|y a) )?(?:pas (?:d'|de |d )|aucune? )autres? (?:reseau|reseaux|connexion|connexions|wifi|wi-fi|box)\\b", 'nottried altnet'),
  // "ma voisine de bureau", "un collègue de boulot": a colleague (no place said); "chez elle/lui": on someone else's side.
  phrase("\\b(voisin|voisine|collegue)s? (?:de|du) (?:bureau|boulot|travail|taf)\\b", '$1'),
  phrase("\\bchez (?:lui|elle|eux|elles)\\b", 'for him'),
  // "✅ navigateur OK ❌ appli KO": each mark opens the next item of a list.
  phrase("\\b(ok|ko)\\s+(?=(?:yes|nox) \\.)", '$1 . '),
  // "nos autres appels API", "nos autres services qui tapent l'API": the organisation's other calls (the api_health test).
  phrase("\\ble reste (?:des|de nos) (?:appels|requetes|services|scripts|jobs|integrations)\\b|\\bnos (?:batchs?|jobs|pipelines|microservices)\\b|\\b(?:les|d') autres equipes\\b(?=[^,.;!?]*\\bapi\\b)", 'orgcalls'),
  phrase("\\b(?:nos|les|mes|nos propres) autres (?:appels|requetes|services|scripts|applis|applications|jobs|integrations|clients|batchs?|microservices)(?: (?:api|openai))?(?: (?:qui|that) (?:tapent|appellent|utilisent|interrogent|passent par|attaquent) (?:l'|l |sur l'|l')?(?:api|openai))?\\b", 'orgcalls'),
  // "en rade": broken down.
  phrase("\\ben rade\\b", 'broken'),
  // "ça passe pas toujours": not always, so sometimes ("toujours pas" is still not).
  phrase(`\\b${WORKS} pas (?:toujours|tout le temps|a chaque fois|systematiquement)\\b`, 'sometimes'),
  // "je fais ça après ma réu", "je le fais ce soir": a test to come.
  phrase("\\bje (?:le |la |les )?(?:fais|ferai|referai) (?:ca |cela |le test |l'essai )?(?:apres|plus tard|ce soir|demain|tout a l'heure|des que|quand|cet apres-midi|dans)\\b", 'will try later'),
  // "j'ai pas dit que ça marchait en privé": what was not said is taken back.
  phrase("\\b(?:j'ai|j ai|je n'ai|je n ai) (?:pas|jamais) dit (?:que |qu')[^,.;!?—–]*?(?=\\s+-|[,.;!?—–]|$)", 'correction'),
  // "en fait": actually.
  phrase("\\ben fait\\b", 'actually'),
  // "le site, je l'utilise jamais": a surface said not to be used ("I never use the website").
  phrase("\\b(le site(?: web)?|le web|le navigateur|l'app(?:li(?:cation)?)?(?: mobile| desktop| de bureau| android| ios| iphone| windows| mac)?|l'api|la version web),? (?:je (?:ne )?l'?utilise|j'?l'?utilise|on (?:ne )?l'?utilise) (?:jamais|pas|plus|quasi jamais|presque jamais)\\b", 'i never use $1'),
  // Fifteenth round. "je ne sais pas lequel", "ou ptet c'était …", "ou peut-être …": no telling which, or the other one offered with doubt.
  phrase("\\b(?:je (?:ne )?sais|j'?sais|sais|jsp|chais|aucune idee)(?: pas| plus)? (?:trop |vraiment |plus )?(?:lequel|laquelle|lesquels|lesquelles)\\b|\\bou (?:alors |bien )?(?:peut-?etre|ptet|p'tet|ptete|p-e)\\b|\\b(?:ptet|p'tet|ptete|p-e) (?:que )?c'?(?:etait|est)\\b", 'doubtx'),
  // "en privé ou pas, j'ai pas regardé": whether or not, not looked at.
  phrase("\\bou (?:pas|non)\\b,? (?:(?:j'?ai |je n'ai |j'ai )?pas (?:regarde|verifie|fait gaffe|fait attention|fait le test)|jsp|chais pas|je (?:ne )?sais pas|aucune idee)\\b", 'doubtx'),
  // "sur le hotspot ça marche, au bureau non": after an outcome, a place and a bare "non" is where it fails.
  phrase("(?<=\\b(?:marche|marchent|fonctionne|fonctionnent|passe|passent|charge|va|marchait|fonctionnait|passait|chargeait|allait)\\b[^.!?]*?,\\s*)((?:au|a la|sur le|sur la|en|chez|a l'|dans l')\\s?[\\w'-]+(?: [\\w'-]+)?) non(?=\\s*(?:[.,;!?]|$))", '$1 failx'),
  // "c'est quoi la diff entre le VPN et le wifi ?": asks the bot to explain.
  // "l'appli de bureau c'est celle qu'on télécharge ?": asking which thing the choice means.
  phrase("\\bc'?est (?:bien )?(?:celle|celui|celles|ceux|ca|cela|la|le|les) (?:qu'?|que|qui|ou|dont)(?=[^.!?]*\\?)", 'askback'),
  phrase("\\b(?:la )?(?:diff|difference)s? entre\\b(?=[^.!?]*\\?)", 'askback'),
  // "c quoi …": SMS for "c'est quoi".
  phrase("\\bc (?:quoi|koi)\\b", "c'est quoi"),
  // ChatGPT built into another product ("l'intégration ChatGPT de notre logiciel", "le module GPT dans notre CRM").
  phrase("\\b(?:integration|plugin|plug-in|module|extension|connecteur|assistant) (?:de |d')?(?:chatgpt|openai|gpt)\\b(?: (?:de|dans|du|d'|sur)\\b)?|\\b(?:chatgpt|gpt) (?:integre )?dans (?:notre|nos|mon|ma|le|la|l'|leur) ?(?:logiciel|outil|crm|erp|intranet|plateforme|suite)\\b", 'hostapp'),
  // "ah attends si, …", "attends, si": the no before it is taken back.
  phrase("\\b(?:ah |oh )?attends?,? (?=si\\b)|(?:\\.{2,}|…)\\s*enfin\\b|\\benfin si\\b", 'correction '),
  // "je dirais pas que ça marche": it does not (the bare "je dirais" is doubt).
  phrase("\\bje (?:ne )?dirais pas (?:que |qu')", 'not '),
  // "même pas": not even.
  phrase("\\bmeme pas\\b", 'not'),
  // "le site (web)": the website ("le site de Lyon", "le site du client" are places).
  phrase("\\ble site(?: web| internet)?\\b(?! (?:de |du |d'|des |client))", 'the website'),
  // "je passe sur la 4G", "on passe en partage de co": switching to, not "it passes".
  phrase("\\b(?:je|j'|on|nous|quand je|si je) pass(?:e|ons) (?:sur|en) (?=(?:le |la |l'|mon |ma )?(?:4g|5g|3g|lte|wifi|wi-fi|reseau|partage|hotspot|donnees|forfait|connexion|box)\\b)", 'i switch to '),
  // "je partage la connexion de mon téléphone": the phone's hotspot.
  phrase("\\b(?:je |j'|on )?partag(?:e|er|eant|eais|ais|ait) (?:la |ma |sa |une )?(?:co|connexion|connection|4g|5g)\\b(?: (?:de|du|depuis) (?:mon |ma |l'|le )?(?:iphone|telephone|portable|tel|mobile|smartphone|android|gsm|cell))?", 'hotspot'),
  // "je viens d'essayer": just tried.
  phrase("\\b(?:je|on) (?:viens|vient|venons) (?:d'|de )(?:essayer|tester|tenter)\\b", 'i just tried'),
  // "(pas) testé ailleurs": another network.
  phrase("(?<=\\b(?:teste|essaye|tente|tester|essayer|marche|fonctionne) )ailleurs\\b", 'altnet'),
  // "l'appli Windows", "l'app Mac": the desktop app.
  phrase("\\b(?:appli(?:cation)?|app|logiciel|client) (?:windows|mac|macos|pc|desktop)\\b", 'desktop app'),
  // The app closing by itself ("se ferme toute seule", "ça crash direct", "elle disparaît"): a crash, no error of the list.
  phrase("\\bse (?:ferme|ferment|fermait|coupe|quitte)(?: (?:tout seul|toute seule|toutes seules|tous seuls|direct|directement|aussitot|au lancement|au demarrage))\\b|\\b(?:crashe?|crashent|crashait)\\b(?! (?:pas|plus|jamais)\\b)|\\b(?:elle|il|l'appli|l'app) disparait\\b", 'crashes'),
  // "que la DSI a installée la semaine dernière": when it was set up, not when it failed.
  phrase("\\b(?:installe|installee|installes|installees|deploye|deployee|mise? a jour|livree?|configuree?)\\b (?:(?:il y a|depuis) )?(?:la semaine derniere|le mois dernier|l'an dernier|l'annee derniere|hier|recemment)\\b", 'installed'),
  // "votre session a expiré", "session expirée": an error page of its own.
  phrase("\\bsession (?:a |est )?expiree?\\b", 'session expired'),
  // "j'étais sur le VPN", "c'était une 500": where one was and which error came, not a past state ("ça marchait"),
  // unless a time before now is said ("au début c'était une 403").
  phrase("\\bj'?etais (?=(?:sur|au|a la|a l'|chez|en|dans|connecte|connectee)\\b)", 'i was '),
  phrase("(?<!\\b(?:debut|depart|avant|abord|hier|initialement|matin|soir),? )\\bc'?etait (?:marque |affiche |ecrit )?(?=(?:une? |l'|la |le )?(?:erreur |code )?[45]\\d\\d\\b)", 'it was '),
  phrase("\\bj'?(?=(?:crois|pense)\\b)", 'je '),
  // "pas mieux": no better, so it still fails.
  phrase(`\\b${WORKS} pas mieux\\b|\\b(?:c'?est |ca |cela )?(?:n'?est )?pas mieux\\b`, 'failx'),
  // "l'appli mobile": the mobile app (French word order).
  phrase('\\b(?:appli(?:cation)?|app) (?=(?:mobile|android|iphone|ios)\\b)', ''),
  // "wifi perso": the person's own network.
  phrase("\\b(?:wifi|wi-fi|reseau|connexion|box) (?:perso|personnel|personnelle)\\b(?! (?:de|du|d'))", 'home network'),
  // Swiss "ça joue": it works; "hors VPN": without it; "chu pas …": je suis pas.
  phrase("\\b(?:ca|cela) (?:joue|jouent)\\b", 'ca marche'),
  phrase("\\bhors (?:du |de )?(?=vpn\\b)", 'sans '),
  phrase("(?<!\\b(?:au|du|le|la|un|a) )\\bchu(?:is)? (?=pas\\b)", 'je suis '),
  phrase("\\b(?:je suis|j'?suis|on est) chez nous\\b", 'je suis chez moi'),
  // "un problème de certificat": the certificate error itself (so "c'est pas un problème de certificat" denies it).
  phrase("\\b(?:un |une |le |la )?(?:probleme|souci|soucis|erreur|bug)s? (?:de |du |d')(?=certificat)", ''),
  // "pas que le chat, l'API aussi": not only.
  phrase("\\bpas (?:que|qu'|seulement|uniquement) (?=(?:le|la|l'|les|sur|dans|en|avec|chez|au)\\b)", 'not only '),
  // "il me semble (que)": a plain lean; "reste en échec": still fails.
  phrase("\\bil me (?:semble|semblait)(?: que| qu')?", 'je crois que '),
  phrase('\\b(?:reste|restent|restait) en (?:echec|erreur|panne)\\b', 'failx'),
  // "là plus du tout", "plus aucun": not any more (said alone, after what worked before).
  phrase("\\b(?:la|aujourd'hui),? plus (?:du tout|jamais)\\b|\\bplus aucune?\\b(?=\\s*(?:[.,;!?]|$))", 'failx now'),
  // "aucune" closing a clause: none (the word "aucun" before a noun is "no").
  phrase("\\baucune?\\b(?=\\s*(?:[.,;!?]|$))", 'none'),
  // "testé que sur le même wifi": only on the same network, so no other one.
  phrase("\\b(?:j'?ai |on a )?(?:teste|essaye|tente) (?:que|qu'|seulement|uniquement) (?:sur|avec|dans|en) (?:le |la |mon |ma )?meme (?:wifi|wi-fi|reseau|connexion|box)\\b", 'nottried altnet'),
  // "… ça marche. Ah non, …": after a statement, "ah non" takes it back.
  phrase("(?<=(?:[.!?,]|…)\\s*)(?:ah|oh|euh) non\\b,?(?=\\s*\\S)", 'correction'),
  // "le logiciel ChatGPT installé sur mon PC": the desktop app.
  phrase("\\b(?:logiciel|appli(?:cation)?|app) (?:chatgpt |openai )?(?:installee?|telechargee?) (?:sur|dans) (?:mon |le |notre |l'|un )?(?:pc|ordi|ordinateur|mac|macbook|poste|laptop)\\b", 'desktop app'),
  // "le réseau d'entreprise", "le même réseau d'entreprise": the company network.
  phrase("\\b(?:le |du |au )?(?:meme )?(?:wifi|wi-fi|reseau|connexion|lan) (?:d'|d )(?:entreprise|entreprises)\\b", 'office network'),
  // Thirteenth round: "chais plus trop", "je sais plus vraiment": doubt; "difficile à dire".
  phrase("\\b(?:je (?:ne )?sais|j'?sais|chais|jsais|sais) plus (?:trop|vraiment|bien|exactement|tres bien)\\b|\\b(?:difficile|dur) a dire\\b", 'doubtx'),
  // Twelfth round: "vous pouvez me le débloquer ?", "tu peux demander à …": a request; "je dis n'importe quoi": a
  // correction; "rien testé (d'autre)": not tried; "ni X ni Y" is read as the English "neither X nor Y".
  phrase("\\b(?:vous pouvez|vous pourriez|tu peux|tu pourrais|pouvez[- ]vous|pourriez[- ]vous|peux[- ]tu|pourrais[- ]tu)(?: (?:me|nous|le|la|les|lui|leur|y|en|svp|juste|pas|bien))*(?: m'| l'| m | l )?\\s*\\w+(?:er|ir|re)\\b", 'request'),
  phrase("\\bni (?:une |la |erreur )*(\\d{3}) ni (?:une |la |erreur )*(\\d{3})\\b", 'not $1 , not $2'),
  phrase("(?<!\\bn(?:e |')\\w+ )\\bni ((?:en |dans |sur |avec |au |a la |chez )?[^,.;:!?]+?) ni\\b", 'neither $1 nor'),
  phrase("\\b(?:je (?:ne )?sais pas|j'?sais pas|sais pas|jsp) (?:le |la |les )?(?:tester|essayer|faire|activer|ouvrir)\\b", 'do not know how to test'),
  phrase("\\b(?:wifi|wi-fi|reseau|connexion|internet|lan) (?:du |de la |de )(?:taf|job|boulot|travail)\\b", 'office network'),
  // Fourteenth round: the network of the kind of site one works at (l'usine, l'hôpital, la mairie, l'administration) is the office.
  phrase("\\b(?:wifi|wi-fi|reseau|connexion|internet|lan)(?: filaire| interne| cable| local| prive)? (?:de l'?|de la |du |de )(?:usine|hopital|clinique|mairie|administration|entrepot|atelier|agence|personnel|magasin|boutique|succursale|filiale|prefecture|labo|laboratoire|cabinet|etude|banque)\\b", 'office network'),
  // "ça finit (jamais) par passer": eventually (never) succeeds.
  phrase("\\b(?:finit|finissent|fini) (?:jamais|pas|plus) par (?:passer|marcher|fonctionner|charger|aboutir|repondre)\\b", 'never eventually succeeds'),
  phrase("\\b(?:finit|finissent|fini) (?:toujours |quand meme |souvent )?par (?:passer|marcher|fonctionner|charger|aboutir|repondre)\\b", 'eventually succeeds'),
  phrase("\\bje (?:mens|dis n'?importe quoi|raconte n'?importe quoi|dis des betises)\\b", 'correction'),
  phrase("\\b(?:j'?ai |j ai )?rien (?:d'autre |d autre |de plus )?(?:teste|essaye|tente|fait)(?: d'autre| d autre| de plus)?\\b", 'not tried'),
  // Eleventh round: "jamais ouvert / essayé": not tried; "pas systématique": sometimes; "mais peut-être
  // que c'était …": doubt; what follows "sur le même wifi avec un autre pc" in its sentence is the same network's.
  phrase("\\baucune idee (?:sur |de |du )?(?:quel|quelle|le|la) (?:reseau|wifi|wi-fi|connexion)\\b", 'doubtx'),
  phrase("\\bjamais (?:ouvert|essaye|teste|tente|utilise|fait)\\b", 'nottried'),
  phrase("\\b(?:c'?est |c'?)?pas (?:systematique|systematiquement|tout le temps)\\b", 'sometimes'),
  phrase("\\bmais (?:c'?(?:etait|est) )?peut-?etre\\b|\\bpeut-?etre (?:que )?c'?(?:etait|est)\\b", 'doubtx'),
  phrase("\\b(?:sur |avec |dans |depuis )?(?:le |la )?meme (?:wifi|wi-fi|reseau|connexion|box) avec (?:un autre |une autre |mon |ma |le |la )(?:pc|ordi|ordinateur|appareil|poste|tel|telephone|portable|machine|laptop|tablette)\\b(?:(?!\\bmais\\b)[^.!?])*", 'samenet'),
  // Doubt about the value said (the whole reply states nothing): "j'en mettrais pas ma main au feu",
  // "mais pas sûr", "je dirais", "ça avait l'air de … ?", "à vue de nez", "j'ai pas fait gaffe".
  phrase("\\bj?'?(?:en )?(?:mettrais|mets) pas (?:ma|la) main (?:au|a) feu\\b|\\bmais (?:je (?:ne )?suis |j'?suis |chuis )?pas (?:(?:tout a fait|totalement|100 ?%) )?(?:sur|certain)e?\\b(?=\\s*(?:[.,!?;)]|$|de |du |que |qu'|a 100|hein|lol|mdr))|\\bje dirais\\b(?! pas)", 'doubtx'),
  phrase("\\b(?:avait|a|avais|ont) l'?\\s?air de\\b(?=[^.!?]*\\?)|\\ba vue de nez\\b|\\bau pif(?:ometre)?\\b", 'doubtx'),
  phrase("\\b(?:j'?ai )?pas (?:fait gaffe|fait attention|compte|bien lu|bien vu|bien regarde)\\b|\\b(?:un peu )?les deux en meme temps\\b|\\bun peu les deux\\b", 'doubtx'),
  // Questions back that ask the bot to decide: "c'est ça ?", "ça compte (comme bureau) ?", "je me demande si",
  // "qu'est-ce que t'appelles …", "faut que je … ?".
  phrase("\\bc'?est (?:bien )?(?:ca|ok|bon|normal|grave|valable|pareil)(?=\\s*\\?)|\\b(?:ca|cela) (?:compte|le fait|suffit)\\b(?=[^.!?]*\\?)|\\bcompte(?:nt)? (?:comme|pour)\\b", 'askback'),
  phrase("\\bje me demande si\\b|\\bqu'?est[- ]ce que (?:t'?|tu |vous )(?:appel|entend)|\\b(?:tu|vous) (?:entends?|entendez|veux dire|voulez dire) (?:quoi|par)\\b|\\b(?:faut|faudrait)[- ](?:il )?que (?:je|j')(?=[^.!?]*\\?)|\\bje dois\\b(?=[^.!?]*\\?)", 'askback'),
  // "regardez de votre côté si l'api répond": a request.
  phrase("\\b(?:regardez|regarde|verifiez|verifie|checkez|checke)\\b(?= (?:de votre cote|de ton cote|si|svp))", 'request'),
  // "au starbucks en bas du bureau": beside the office, not in it.
  phrase("\\b(?:en bas|pres|a cote|en face|juste a cote) (?:du|de mon|de notre) (?:bureau|boulot|taf|travail)\\b", 'nearby'),
  // "le VPN est coupé": the VPN is off, so not where it fails.
  phrase('\\b(?:le |la )?vpn (?:est |etait )?(?:coupe|desactive|eteint|deconnecte|off)e?\\b', 'not vpn'),
  // "aucun retry qui passe", "pas un seul": none of them; "peu importe combien de fois": every time.
  phrase("\\bpas (?:un|une) seule?\\b|\\baucune? (?=(?:retry|retries|relance|tentative|essai|requete|appel)s? (?:qui |ne |n')?(?:passe|marche|fonctionne|reussit|aboutit)\\b)", 'not a single '),
  phrase('\\bpeu importe (?:combien de fois|le nombre de (?:fois|tentatives|retries))\\b', 'every time'),
  // "aucune erreur", "pas de souci": nothing fails ("à ma connaissance", "a priori": a plain lean).
  phrase("\\b(?:aucune? |pas d'|pas de |sans )(?:erreur|souci|soucis|probleme|problemes|bug|bugs|plantage)s?\\b(?! ?\\d)", 'works fine'),
  phrase("\\ba ma connaissance\\b|\\ba priori\\b|\\bapparemment\\b", ''),
  // "bof": meh, no answer; "ça dépend": it depends.
  phrase('\\bbof\\b', 'kinda'),
  // Corrections: "non pardon", "ah si", "mais non", "j'ai cru à une 500 mais en fait".
  // "… non, …": after a pause, taken back; "tout est au vert": green; "la page de statut": OpenAI's status page.
  phrase('(?:\\.{2,}|…)\\s*non,', 'correction'),
  // Fourteenth round: "ça passe par moments": sometimes.
  phrase('\\bpar moments\\b', 'sometimes'),
  // Fourteenth round: "ça va consommer beaucoup de données ?", "qui paie ?": worries about the data plan asked back.
  phrase("\\b(?:ca|cela|ça) va (?:me )?(?:consommer|bouffer|manger|couter|coûter)\\b[^.!?]*\\?|\\bqui (?:va )?(?:paie|paye|payer)\\b", 'askback'),
  phrase('\\b(?:au|en) vert\\b', 'green'),
  phrase('\\bpage (?:de )?(?:statut|status)\\b', 'statuspage'),
  phrase("\\b(?:non,? )?pardon\\b|\\bah si\\b|\\bmais non\\b|\\bmais en fait\\b|\\bje (?:me )?(?:corrige|rectifie)\\b|\\.\\.\\.\\s*enfin\\b|\\b(?:j'ai|j ai) cru\\b[^.!?]*?\\bmais\\b", 'correction'),
  phrase("\\b(?:deco|deconnecte|coupe|desactive|eteint)(?:r|e|é)? (?:le |la |mon )?vpn\\b", 'not vpn'),
  phrase("\\b(?:j'ai|j ai|on a|nous avons) (?:essaye|teste|tente)\\b", 'i tried'),
  phrase("\\bc'?pas\\b|\\bc pas\\b|\\bce n'est pas\\b|\\bc'est pas\\b", 'it is not'),
  phrase("\\bfureteur\\b", 'browser'),
  // "ma box (Free)": the home router.
  phrase("\\b(?:ma|la|notre) box\\b(?: (?:free|orange|sfr|bouygues|proximus|internet))?", 'home router'),
  // A neighbour's or a colleague's network is the reporter's test.
  phrase("\\b(?:le |la )?(?:wifi|wi-fi|reseau|connexion|box|partage de co\\w*) (?:du|de la|de mon|de ma|des|d'un|d'une) (?:voisin|voisine|collegue|pote|copain|copine)s?\\b", 'altnet'),
  phrase("\\b(?:du|de la|de mon|de ma|des|d'un|d'une) (?:voisin|voisine|collegue|pote|copain|copine)s?\\b", 'borrowed'),
  // "en normal": the normal window; "tourne sur": runs on; "p-e": maybe.
  phrase("\\ben (?:mode |fenetre |navigation )?normale?\\b", 'in normal window'),
  phrase("\\btourne (?=(?:sur|dans|depuis|en)\\b)(?!dans le vide|en boucle)", 'runs '),
  phrase("\\b(?:p-e|p\\.e\\.|ptet|p'tet|ptete)\\b", 'maybe'),
  phrase("\\b(?:en bas de|pres de|a cote de) chez (?:moi|nous)\\b", 'nearby'),
  phrase("\\b(?:redemarre|reboote)(?:r|z)?\\b", 'restarted'),
  phrase("\\b(?:sert|servent|servait) (?:strictement |absolument |vraiment )?a rien\\b", 'do not help'),
  phrase("\\brelancer\\b", 'retry'),
  phrase("\\b(?:pas d'|pas d |aucune )amelioration\\b", 'no improvement'),
  phrase("\\b(?:change|changer|changé) de (?:navigateur|browser)\\b|\\bautre navigateur\\b", 'otherbrowser browser'),
  phrase("\\b(?:je (?:ne )?sais pas|jsp|aucune idee) pourquoi\\b", ''),
  // A correction ("non attends", "je voulais dire"): what came before it is taken back.
  phrase("\\bnon,? (?:attends|attendez|pardon|en fait)\\b|\\b(?:attends|pardon|en fait),? non\\b|\\benfin non\\b|\\bje voulais dire\\b|\\bpardon,? je veux dire\\b|\\bcorrection\\b", 'correction'),
  // ChatGPT's own French error texts.
  phrase("\\bun probleme est survenu\\b|\\bune erreur (?:s'est|s est) produite\\b|\\bquelque chose (?:s'est|s est) mal passe\\b", 'something went wrong'),
  // "personne s'est plaint": nobody complained, so it works; "je crois," alone: I think so.
  phrase("\\bpersonne (?:ne )?(?:s'est|s est|n'a|n a|ne s'est) (?:plaint|rien dit|signale)\\b", 'workx'),
  phrase("(?:^|(?<=[.,;!?:] ))\\s*je (?:crois|pense)(?=\\s*(?:[,.;!?]|$))", 'i think so'),
  phrase("\\bje (?:crois|pense)(?=\\s*(?:[.;!?]|$))", ''),
  // "ni VPN ni bureau": neither place; "je passe par le VPN": through it.
  phrase("\\bni (?:le |la |l'|au |sur le |en )?(vpn|bureau|boulot|maison|hotspot|partage de co\\w*|4g|5g)\\b", 'not $1'),
  phrase("\\bpass(?:e|er|ons) par\\b", 'via'),
  phrase("\\b(?:plus )?rien (?:ne )?(?:passe|marche|fonctionne)\\b|\\bplus rien\\b", 'persistx failx'),
  phrase("\\breseau du siege\\b|\\bau siege\\b", 'at the office'),

  phrase("\\b(?:ca |cela )?depend\\b", 'depends'),
  // "j'essaie ce soir": a test to come, not run yet.
  phrase("\\b(?:j'|j |je )(?:essaie|essaye|teste|regarde|verifie) (?:ce soir|demain|plus tard|tout a l'heure|cet apres-midi|lundi)\\b", 'will try later'),
  // Declining to test ("je préfère ne rien toucher"): not tried; the "rien" is no outcome.
  phrase("\\b(?:je |on )?(?:prefere|preferons|prefererais) (?:ne (?:rien|pas)|pas|rien)(?: (?:toucher|changer|tester|essayer|faire|risquer)(?: ca| cela| rien)?)?\\b", 'rather not try'),
  // "ça remarche": it works again (the failure went away), no test.
  phrase('\\b(?:remarche|remarchent|refonctionne|refonctionnent)\\b', 'works again'),
  // "est-ce que ...?" asks: read as "does ...?" (a statement ending in "?" stays a tentative answer).
  phrase("\\best[- ]ce (?:que |qu'|qu )(?=[^.!?]*\\?)", 'does '),
  // "3 fois sur 4", "1 sur 2": how many of them.
  phrase('\\b(\\d{1,3}) (?:fois )?sur (\\d{1,4})\\b', '$1 out of $2'),
  // "je (ne) trouve pas la navigation privée": the test could not be run.
  phrase("\\b(?:je |j'|on )?(?:ne |n')?(?:trouve|trouves|trouvons|trouvais|trouvait) (?:pas|plus)\\b|\\b(?:ai|a) pas trouve\\b", 'can not find'),
  // Guesses are no answers: "sans doute que oui", "sûrement", "j'imagine que oui", "ça doit marcher".
  // "certainement pas", "sûrement pas", "bien sûr que non" said alone: a no ("sûrement" alone is doubt).
  phrase('(?:^|(?<=[.,!?]))\\s*(?:non,? )?(?:(?:certainement|surement|absolument|vraiment) pas|bien sur que non)(?=\\s*(?:[.,!?]|$))', 'no'),
  // "je testerai ce soir chez moi": the future tense is a promise to run the test.
  phrase("\\b(?:je |j'|on )?(?:testerai|testera|essaierai|essaiera|essayerai|essayera|regarderai|regardera|verifierai|verifiera|tenterai|tentera)\\b", 'will try later'),
  // "pas de réseau pour tester": no means of running the test.
  phrase("\\bpas (?:d'|de |d )(?:autre )?(?:reseau|connexion|4g|5g|forfait|partage de co(?:nnexion)?)(?: dispo(?:nible)?)?(?: (?:ici|sous la main))? pour (?:tester|essayer|verifier)\\b", 'nottried'),
  // "pas trop", "pas vraiment" said alone: rather not.
  phrase('(?:^|(?<=[.,!?]))\\s*(?:non,? )?pas (?:trop|vraiment|franchement|specialement|tellement)(?=\\s*(?:[.,!?]|$))', 'no'),
  // "ça marcherait", "ça fonctionnerait": the conditional is no result (and no typo of "marchait").
  phrase('\\b(?:marcherait|marcheraient|fonctionnerait|fonctionneraient|passerait|passeraient|chargerait|chargeraient)\\b', 'would work'),
  // The future ("ça marchera") and a hope ("j'espère que ça marche") are no result either.
  phrase('\\b(?:marchera|marcheront|fonctionnera|fonctionneront|passera|passeront|chargera|chargeront)\\b', 'would work'),
  phrase("\\b(?:j'?espere|j'?ose esperer|esperons|on espere)(?: que| qu'| qu)?(?= ?(?:ca|cela|il|elle|le \\w+|la \\w+|l'\\w+) (?:marche|fonctionne|passe|charge|va)\\b)", 'hopefully'),
  // "j'ai pas osé / pas pensé à / oublié de tester": the test not run; Québec "pantoute": not at all;
  // "ça semblerait marcher" (conditional) is doubt; "ça a l'air d'aller": it seems fine.
  phrase("\\b(?:pas|jamais) (?:ose|pense a|eu l'idee de|eu le reflexe de) ?(?:tester|essayer|verifier)\\b|\\boublie (?:de |d')(?:tester|essayer|verifier)\\b", 'nottried'),
  phrase('\\b(?:pas )?pantoute\\b', 'pas du tout'),
  phrase('\\b(?:semblerait|sembleraient|paraitrait|paraitraient)\\b', 'maybe'),
  phrase("\\b(?:a|avait) l'air d'aller\\b(?!\\s*\\?)", 'seems fine'),
  // "au début ça marchait", "d'abord ça chargeait": how it was before (what follows is how it is now).
  phrase("\\b(?:au debut|au depart|au commencement|d'abord)\\b", 'previously'),
  phrase("\\bsans doute\\b|\\b(?:surement|eventuellement|possiblement|vraisemblablement)\\b|\\bil se peut\\b|\\b(?:j'imagine|j imagine|je suppose|je presume)\\b", 'maybe'),
  phrase('\\b(?:ca|cela|il|elle) (?:doit|doivent) (?=(?:marcher|fonctionner|passer|aller|etre|tourner|charger)\\b)', 'ca devrait '),
  // "j'ai pas pu", "pas pu" closing a clause: the test was not run.
  phrase("\\b(?:(?:j'ai|j ai|je n'ai|je n ai|on a|on n'a|on n a|nous n'avons) )?pas (?:encore )?pu(?=\\s*(?:[.,;!?]|$))", 'nottried'),
  // "je crois pas que ça marche", "plus ou moins", "en théorie": no answer.
  phrase("\\b(?:je )?(?:ne )?(?:crois|pense) pas (?:que |qu'|qu )", 'hedge '),
  phrase('\\bplus ou moins\\b', 'kinda'),
  phrase('\\ben theorie\\b|\\btheoriquement\\b|\\bnormalement (?=(?:ca devrait|ca doit)\\b)|\\bcense\\b', 'moot'),
  // "si ça aide" is an aside; "si je passe en privé" a condition ("si, ça marche" stays a yes).
  phrase("\\bsi (?:ca|cela) (?:aide|peut aider|vous aide|peut servir|sert)\\b", ''),
  phrase("\\bsi (?=(?:je|on|tu|vous|nous|elle)\\b|j')|\\bs'il\\b|\\bsauf si\\b|\\ba moins que?\\b", 'if'),
  phrase('\\bce matin\\b', 'this morning'),
  phrase("\\b(?:c'est|c est|est-ce que c'est|ca serait) (?=(?:pareil|la meme chose|le meme) (?:que|qu)[^.!?]*\\?)", 'askhow '),
  phrase('\\bsans (?:le |la )?vpn\\b', 'without vpn'),
  phrase("\\b(?:pas|aucun) (?:d'|d )?acces (?:a l'|a l |a la |aux )(?:api|apis)\\b", 'nouse'),
  phrase("\\b(?:on ne fait |on fait |nous ne faisons )?(?:pas de|aucun|aucune) (?:retry|retries|nouvelle tentative|nouvelles tentatives|relance|relances)\\b", 'nouse'),
  phrase("\\b(?:pas de|aucun|sans) (?:code|statut)\\b", 'nocode'),
  // Imperatives to the support team are requests ("corrigez ça").
  phrase("\\b(?:corrigez|reparez|reglez|debloquez|retablissez|arrangez)(?:[- ](?:ca|le|la|moi|nous|ce|cela))?\\b", 'request'),
  phrase('\\b(?:plante|plantent|crash|crashe|crashent|bugue|buggue|beugue|bloque|bloquent) (?:pas|plus|jamais)\\b', 'works'),
  phrase("\\bpas (?:d'|de |d )?(?:erreur|code) (?=\\d)", 'not '),
  phrase("\\bpartage de (?:co|connexion|connection) (?:depuis|de|avec|sur|via) (?:l'|l |mon |ma |le )?(?:iphone|telephone|portable|tel|android|mobile|smartphone)\\b", 'hotspot'),
  phrase('\\b(?:probleme de )?configuration (?:du |de )?reseau\\b', 'network configuration issue'),
  phrase("\\bmot de passe\\b", 'password'),
  phrase("\\b(?:je )?(?:ne )?(?:saurais|sais|peux|pourrais) (?:pas )?(?:le |vous le |te le |vous |te )?dire\\b", 'idk'),
  phrase("\\b(?:je (?:ne )?suis )?(?:pas|pas trop|pas vraiment|pas tout a fait) (?:sur|sure|certain|certaine)\\b(?! (?:le|la|les|l'|mon|ma|mes|un|une|ce|cette|son|sa|notre|nos|home|the|website)\\b)", 'not sure'),
  phrase("\\b(?:ne )?serv(?:ent|ait)? a rien\\b|\\b(?:n'|ne )?aide(?:nt)? pas\\b", 'do not help'),
  phrase("\\bla plupart du temps\\b|\\bpresque toujours\\b|\\ben general\\b|\\bgeneralement\\b|\\bsurtout\\b", 'mostly'),
  phrase("\\b(?:aucune idee|je (?:ne )?sais pas|sais pas) (?:de )?comment\\b", 'nottried'),
  phrase("\\blimite de (?:debit|requetes|taux|frequence|requete)\\b", 'rate limit'),
  phrase("\\b(?:la |en )?(?:fenetre|navigation|mode|onglet) normale?\\b", 'normal window'),
  phrase("\\bmaintenant (?:plus|non|pas)\\b|\\bplus maintenant\\b", 'failx now'),
  phrase("\\bde temps (?:a|en) (?:autre|temps)\\b", 'sometimes'),
  phrase("\\b(?:dans |a )?(?:mon |l')?(?:appart|appartement)\\b", 'at home'),
  phrase("\\b(?:ordinateur|ordi|poste|machine|pc)\\b(?! portable| du| de)", 'computer'),
  phrase("\\b(?:votre |ta |la )?connexion (?:n'|ne )?(?:est )?pas (?:privee|securisee|sure)\\b", 'sslerr'),
  phrase("\\b(?:pas|jamais) (?:eu )?(?:le )?temps (?:de )?(?:tester|essayer|verifier)\\b|\\bpas eu le temps\\b", 'nottried'),
  phrase("\\berreur interne (?:du )?serveur\\b", 'internal server error'),
  phrase("\\b(?:pc|ordi|ordinateur|portable|laptop|poste)(?: du| de la| de l')? ?(?:boulot|travail|bureau|taf|entreprise|societe)\\b", 'company laptop'),
  phrase("\\b(?:un peu )?partout\\b", 'everywhere'),
  phrase("\\b(?:redemarrer|redemarrez|relancer le serveur|rebooter)\\b", 'restart'),
  phrase("\\bclient (?:desktop|de bureau|bureau)\\b", 'desktop app'),
  phrase("\\b(?:charge|tourne|mouline) (?:dans le vide|a l'infini|sans fin|en boucle)\\b|\\bcharge indefiniment\\b", 'keeps loading'),
  // "attends je regarde... ok oui ça marche": checking right now, then what was found.
  phrase("\\b(?:attends?,? |attendez,? )?(?:je (?:teste|regarde|verifie|essaie|essaye)|laisse[sz]?[- ]moi (?:essayer|tester|voir|regarder))(?: (?:ca|le))?(?: (?:tout de suite|de suite|maintenant))?\\b(?=\\s*[.,]+\\s*\\S)", 'let me check'),
  phrase("\\b(?:je |j')?(?:ne |n')?(?:crois|pense) pas (?:avoir|l'avoir|l avoir) (?:essaye|teste|fait|tente|verifie)\\b", 'nottried'),
  phrase("\\b(?:je |on )?(?:ne |n')?(?:peux|peut|pouvons) pas (?:le )?savoir\\b|\\baucun moyen de (?:le )?savoir\\b", 'idk'),
  // "ni en privé ni en normal": in neither.
  // "ni 500 ni 503, c'est 429": neither error.
  phrase("\\bni (?:une |la |erreur )*(\\d{3}) ni (?:une |la |erreur )*(\\d{3})\\b", 'not $1 , not $2'),
  phrase("\\bni (?:en |dans |sur |avec )?([^,.;!?]+?) ni (?:en |dans |sur |avec )?([^,.;!?]+?)(?=\\s*(?:[,.;!?]|$))", '$1 failx too , $2 failx too'),
  phrase("\\b(?:(?:je |j'|j )(?:teste|regarde|verifie|essaie|essaye)|je vais (?:tester|essayer|regarder|verifier)) ?(?:ca |le )?(?:tout de suite|de suite|maintenant|plus tard|demain|bientot|dans \\w+ minutes?)?\\b|\\b(?:laisse|laissez)[- ]moi (?:essayer|tester|voir|regarder)\\b", 'will try later'),
  phrase("\\b(?:je |j')?(?:n'|ne )?(?:ai|a) pas (?:mon|de|le|mon) (?:telephone|tel|cell|cellulaire|portable|mobile|gsm)(?: (?:sur moi|avec moi|ici))?\\b", 'do not have a phone'),
  // "j'ai qu'un seul réseau ici": no second network to test with; "je crois pas" alone: a lean no.
  phrase("\\b(?:j'ai|j ai|on a|il y a) (?:que |qu'|qu |seulement )(?:ce |un |une |le |la )?(?:seul |seule )?(?:reseau|wifi|wi-fi|connexion)\\b", 'only have this one network'),
  phrase("^\\s*(?:non,? )?(?:je )?(?:ne |n')?(?:crois|pense) (?:que )?(?:pas|non)\\s*[.!]*\\s*$", 'softhedge no'),
  phrase("\\binterdite?s?\\b|\\bpas (?:autorise|permis)e?s?\\b", 'blocked'),
  phrase("\\b(?:tout le temps|sans arret|en permanence|a chaque fois|constamment)\\b", 'all the time'),
  phrase("\\b(?:des fois|par moments|de temps en temps|parfois)\\b", 'sometimes'),
  phrase("\\bfini(?:t|ssent|ssait|ssaient) par (?:marcher|passer|fonctionner|repasser)\\b", 'eventually works'),
  phrase("\\b(?:negatif|que dalle|nope)\\b", 'no'),
  phrase("\\b(?:affirmatif|carrement|exact|yep|yes)\\b", 'yes'),
  phrase("\\b(?:c'?est bon|impec|impeccable|ca roule|roule|nickel|niquel|c'?est top)\\b", 'works fine'),
  // "c'est mort", "c'est mort aussi": it does not work.
  phrase("\\bc'?est mort\\b", 'failx'),
  phrase("\\bidem\\b", 'same'),
  phrase("\\bnormalement\\b", 'normally'),
  phrase("\\bpantoute\\b", 'at all'),
  phrase("\\b(?:au taf|en presentiel|sur site)\\b", 'at the office'),
  phrase("\\b(?:cellulaire|cell)\\b", 'telephone'),
  phrase("\\bqu'?est[- ]ce que c'?est\\b|\\bc'?est quoi\\b|\\bqu'?est[- ]ce qu'?(?:un|une|le|la|l')?", 'what is '),
  phrase("\\bc'?est[- ]a[- ]dire\\b|\\bque voulez[- ]vous dire\\b|\\bqu'?entendez[- ]vous\\b|\\btu veux dire quoi\\b", 'what do you mean'),
  phrase("\\bcomment (?:est[- ]ce qu'?)?(?:on |je |j'|fait[- ]on |faire (?:pour )?|ouvrir |tester )?", 'how do i '),
  phrase('\\bquel(?:le)?s?\\b', 'which'),
  phrase('\\bpourquoi\\b', 'why'),

  // Requests.
  phrase("\\b(?:vous pouvez|tu peux|pouvez[- ]vous|peux[- ]tu|pourriez[- ]vous|tu pourrais|vous pourriez|pourrais[- ]tu)\\b", 'can you'),
  phrase('\\b(?:regle|resout|corrige|repare)(?= (?:le|la|les|ce|ca|tout)\\b)', 'fixes'),
  phrase('\\b(?:enlever|enlevez|enleve|supprimer|supprimez|retirez|retirer)\\b', 'fix'),
  phrase('\\b(?:reparer|reparez|repare|corriger|corrigez|corrige|regler|reglez|resoudre|resolvez|depanner|depannez)\\b', 'fix'),
  phrase('\\b(?:verifier|verifiez|regarder|regardez|checker)\\b', 'check'),
  phrase('\\b(?:aidez|aide)[- ]moi\\b|\\baidez[- ]nous\\b', 'help me'),
  phrase("\\b(?:svp|stp|s'?il vous plait|s'?il te plait|merci de)\\b", 'please'),

  // Do not know; not tried.
  phrase("\\b(?:jsp|chais pas|chai pas|chepa|chpa|j'en sais rien|j sais pas)\\b", 'idk'),
  phrase("\\bsi (?=(?:ca|cela|c'est|c est|il|ils|elles|c'etait) )", 'if '),
  // Nineteenth round: "si jamais ça marche", "si je passe en 4G, …", "si besoin": a condition (was "never", and a test).
  phrase("\\bsi jamais\\b|\\bsi (?=(?:je|j'|on|tu|vous|nous) )", 'if '),
  phrase("\\bsi (?:besoin|necessaire|il faut|vous voulez|tu veux)\\b", 'if needed'),
  // "ça risque de marcher", "ça pourrait passer": it might.
  phrase("\\b(?:risque|risquent|risquerait) (?:de |d')", 'might '),
  phrase("\\b(?:les|tous les) deux\\b", 'both'),
  phrase("\\b(?:aucune idee|j'?sais pas|je (?:ne |n')?sais pas|sais pas|je sais plus|je ne sais plus|pas la moindre idee)\\b", 'idk'),
  phrase('\\bje (?:crois|pense) que oui\\b|\\bje crois bien\\b', 'i think so'),
  phrase('\\bje (?:crois|pense) que\\b', 'i think'),
  phrase("\\b(?:je |j'|on )?(?:n'|ne )?(?:ai|a|avons) pas (?:encore )?(?:essaye|teste|tente|verifie|fait)\\b|\\bpas (?:encore )?(?:essaye|reessaye|teste|tente)\\b", 'nottried'),
  phrase("\\b(?:je |j'|on )?(?:n'|ne )?(?:ai|a|avons) pas (?:de |d')", 'do not have a '),
  phrase("\\b(?:je |on )?(?:ne |n')?(?:peux|peut|pouvons) pas\\b", 'can not'),
  phrase("\\bon (?:n'|ne )?utilise pas (?:l'|les? )?api\\b", 'nouse'),
  phrase('\\bbloque(?:e|es|s)?\\b', 'blocked'),
  phrase('\\bdesactive(?:e|es|s)?\\b', 'disabled'),
  phrase('\\bchez nous\\b', ''),

  // Outcomes: drop the "ne"; a verb and its "pas" fail.
  phrase("\\bn'|\\bne\\b", ''),
  phrase(`\\bavant (?:ca |ça |il |elle |tout )?${WORKED}\\b`, 'pastok'),
  phrase('(?:^|(?<=[.,;!?:] ))\\s*pas non plus\\b', 'failx too'),
  phrase('\\bnon plus\\b', 'failx too'),
  phrase(`\\b${WORKS}(${MIDDLE}) (?:pas|plus|jamais)\\b`, 'failx$1'),
  phrase(`\\b${WORKED}(${MIDDLE}) (?:pas|plus|jamais)\\b`, 'failx$1'),
  phrase("\\ba l'?air de\\b|\\bsemble\\b", 'seems to'),
  phrase('\\b(?:marcher|fonctionner)\\b', 'work'),
  phrase(`\\b${WORKS}\\b`, 'works'),
  phrase('\\b(?:marchait|marchaient|fonctionnait|fonctionnaient|passait|passaient|chargeait|allait)\\b', 'imperfect worked'),
  phrase(`\\b${WORKED}\\b`, 'worked'),
  phrase('\\b(?:la |le )?meme (?:erreur|probleme|chose|resultat|message)\\b|\\bpareil\\b', 'same error'),
  phrase('\\b(?:plante|plantent|bug|bugue|beugue|echoue|echouent|crash)\\b', 'fails'),
  phrase('\\bmeme\\b', 'same'),
  phrase('\\b(?:nickel|parfait|parfaitement|sans probleme|bien)\\b', 'fine'),
  phrase('\\b(?:casse|en panne|hs)\\b', 'broken'),

  // Places.
  phrase("\\b(?:wifi|wi-fi|reseau|connexion|internet|lan)(?: filaire| cable| interne| local)? (?:de l'|du |de la |de )?(entreprise|bureau|boulot|travail|maison|hotel|client|boite)\\b", '$1 network'),
  phrase('\\b(?:la )?boite\\b', 'company'),
  phrase("\\b(?:appli(?:cation)?|app|logiciel|version) (?:de |du )?bureau\\b", 'desktop app'),
  // Twenty-second round (batch 29). "l'iPhone du boulot", "le PC du taf": the work device, no place.
  phrase('\\b(iphone|telephone|tel|portable|pc|ordi|ordinateur|laptop|mac|tablette|ipad|natel|gsm|cell|cellulaire|smartphone) (?:du|de) (?:boulot|taf|taff|travail|job|boite)\\b', '$1 pro'),
  // "la page s'affiche mais j'ai pas encore posé de question": a test run only in part.
  phrase("\\b(?:j'?ai |j )?(?:pas|pa) encore (?:pose|envoye|ecrit|teste) (?:de |une |d'|un )?(?:question|message|prompt|requete)s?\\b", 'doubtx'),
  // Twenty-second round (batch 27). "ça marche pour les autres ; chez moi …": "chez moi" beside the others is "in my case", no place.
  phrase('\\b((?:pour|chez) (?:les autres|eux|mes collegues|les collegues)\\b[^.!?]*?)\\bchez moi\\b', '$1 for me'),
  phrase("\\b(?:a la|a|de la) maison\\b|\\bchez moi\\b|\\bdomicile\\b", 'at home'),
  // Twenty-second round (batch 26). "ça veut dire quoi ?": asking back.
  phrase("\\b(?:ca|cela) veut dire quoi\\b|\\bqu'?est-ce que (?:ca|cela) veut dire\\b", 'askback'),
  // "j'en ai rien à faire", "je m'en fiche": no answer given.
  phrase("\\b(?:j'?en ai|j en ai) (?:rien|rien du tout) a (?:faire|foutre|cirer)\\b|\\bje m'?en (?:fiche|fous|moque)\\b|\\b(?:ca|cela) m'?est (?:egal|bien egal)\\b", 'doubtx'),
  // "un retry suffit", "une relance suffit en général": a retry gets through.
  phrase("\\b(?:un|une|le|la) (?:simple |seul |seule )?(?:retry|relance|nouvelle tentative|nouvel essai) (?:suffit|passe|marche|regle (?:le probleme|ca))\\b", 'retry works'),
  // Twenty-second round (batch 25). "… mais là j'ai retesté et non": a test run again after "mais" takes back what came before it.
  phrase("\\bmais (?:la |maintenant |aujourd'hui |ensuite )?(?:j'ai |on a )?(?:re-?teste|reessaye|re-?essaye|retente)\\b", 'correction'),
  // "ce n'est pas que ça ne marche pas, c'est que je n'ai pas pu tester": the reason denied, then the one meant.
  phrase("\\bce n'?est pas (?:que|qu')[^.!?]*?,\\s*(?:mais )?c'?est (?:que|qu')", 'correction'),
  // "à Casa" in a French reply is Casablanca, not the Spanish "a casa".
  phrase('\\ba casa\\b', 'a casablanca'),
  // "maison" after a noun is made in-house ("politique maison", "nos scripts maison"), no place.
  phrase("(?<=(?:^|[.,;:!?(]|\\b(?:la|ma|notre|votre|ta|sa|leur|de|du|wifi|wi-fi|reseau|box|connexion|internet|a|en|depuis|chez|ou|et|le|pas|non|oui))\\s*)maison\\b|\\bmaison(?= network\\b)", 'home'),
  phrase('\\bmaison\\b', ''),
  phrase("\\bau (?:bureau|boulot|travail)\\b|\\bdans l'?entreprise\\b", 'at the office'),
  phrase("\\b(?:bureau|boulot)\\b", 'office'),
  phrase("\\bentreprise\\b", 'company'),
  phrase('\\bteletravail\\b', 'wfh'),
  phrase('\\bwifi (?:invite|invites)\\b|\\breseau invite\\b', 'guest wifi'),
  phrase("\\bchez (?:un|le|des|nos) clients?\\b|\\b(?:dans le|en) (?:train|tgv|avion)\\b|\\b(?:a l'|de l')hotel\\b|\\bhotel network\\b", 'altnet'),
  phrase('\\bdonnees (?:mobiles|cellulaires)\\b|\\bforfait(?: data| mobile| 4g| 5g)?\\b', 'mobile data'),
  phrase('\\bpartage de co(?:nnexion|nnex|co)?\\b|\\bmodem\\b', 'hotspot'),
  // "ça a juste mis du temps à charger": slow, but it loads.
  phrase("\\b(?:a |ont )?(?:juste |seulement |simplement )?mis (?:du|un peu de|pas mal de|un moment|longtemps)(?: temps)? (?:a|pour) (?:charger|s'afficher|s afficher|s'ouvrir|s ouvrir|repondre)\\b", 'just took a while to load'),
  phrase('\\b(?:pc|ordinateur|ordi) portable\\b|\\bordi\\b', 'laptop'),
  phrase('\\b(?:telephone|portable|tel)\\b', 'phone'),
  phrase('\\breseau\\b', 'network'),

  // Browser, surfaces, symptoms.
  phrase('\\b(?:navigation|fenetre|onglet|mode|session) (?:privee|prive|incognito)\\b|\\ben prive\\b|\\bprivee?\\b', 'incognito'),
  phrase('\\bfenetre\\b', 'window'),
  phrase('\\bnavigateur\\b', 'browser'),
  phrase('\\bappli(?:cation)?\\b', 'app'),
  phrase('\\bappels\\b', 'calls'),
  phrase('\\bacces refuse\\b', 'access denied'),
  phrase('\\bcertificat\\w*', 'certificate error'),
  phrase("\\bverifiez que vous etes (?:un )?humain\\b|(?<!\\b(?:d'un|d'une|a un|a une|avec un|un vrai|une vraie|un etre) )\\bhumain\\b", 'verify you are human'),
  phrase('\\ben boucle\\b|\\bboucle\\b', 'loop'),
  phrase('\\bactivite (?:inhabituelle|suspecte)\\b', 'unusual activity'),
  phrase('\\bautre chose\\b|\\bquelque chose d.autre\\b', 'something else'),
  phrase('\\bpage (?:toute )?(?:blanche|vide|grise|noire)\\b|\\becran (?:tout )?(?:blanc|gris|noir|vide)\\b', 'blank page'),
  phrase('\\btrop de requetes\\b', 'too many requests'),
  phrase('\\bquota\\w*', 'quota'),
  phrase('\\berreurs?\\b', 'error'),
  phrase('\\bautre\\b', 'other'),

  // How often.
  phrase('\\bde temps en temps\\b|\\bde temps a autre\\b', 'now and then'),
  phrase('\\bparfois\\b|\\bquelquefois\\b', 'sometimes'),
  phrase('\\btoujours\\b', 'always'),
  // "systématiquement", "en continu", "non-stop": every time.
  phrase("(?<!\\bpas )\\b(?:systematiquement|en continu|non[- ]?stop)\\b", 'every time'),
  phrase('\\bchaque\\b', 'every'),
  phrase('\\bquelques\\b', 'a few'),
  phrase('\\b(?:nouvel essai|nouvelle tentative|relances?)\\b', 'retry'),
  phrase('\\b(?:essais|tentatives)\\b', 'attempts'),
  phrase('\\bapres\\b', 'after'),

  // Small words: see FR_WORDS.
  phrase('\\bpas encore\\b', 'not yet'),
  phrase('\\bpas du tout\\b', 'no'),
  phrase('\\b(?:oui|ouais|ouai|ouaip|ouip|ouep|si|exact|exactement|tout a fait)\\b', 'yes'),
  phrase("\\bpeut[- ]etre\\b|\\bprobablement\\b", 'maybe'),
  phrase("\\bj'|\\bje\\b", 'i '),
  phrase("\\b(?:ca|cela|c')\\b", 'it '),
  phrase("\\b(?:le|la|les)\\b|\\bl'", 'the '),
  phrase('\\b(?:des|du|de)\\b|\\bd\'', 'of '),
];

/** Single words, read last in one pass (reply-foreign.ts): "ich" → "i", "und" → "and". */
export const FR_WORDS: Readonly<Record<string, string>> = {
  // "c'est pas l'API qui déconne": misbehaves.
  deconne: 'fails',
  deconnent: 'fail',
  vert: 'green',
  // "ok merci": thanks, no answer.
  merci: 'thanks',
  // "le SDK officiel": official (not the typo "office").
  officiel: 'official',
  officielle: 'official',
  officiels: 'official',
  // "ça repart": it runs again; "natel" (Swiss), "gsm" (Belgian): the phone; Québec "pis": and.
  repart: 'works',
  repartent: 'work',
  natel: 'phone',
  // "absolument (pas)": absolutely (not).
  absolument: 'absolutely',
  // "nos appels tombent": fail.
  tombent: 'fail',
  // "partout sauf sur le VPN": except.
  sauf: 'except',
  // "je fais ça": do (not the typo 'fails').
  fais: 'do',
  gsm: 'phone',
  pis: 'and',
  // "KO": down; "aucun captcha": no captcha.
  ko: 'down',
  aucun: 'no',
  aucune: 'no',
  // "vous pouvez augmenter notre limite": a request (the English rules know "can you raise").
  augmenter: 'raise',
  augmentez: 'raise',
  verts: 'green',
  personnes: 'people',
  gens: 'people',
  utilisateurs: 'users',
  pour: 'for',
  seulement: 'only',
  uniquement: 'only',
  cette: 'this',
  ce: 'this',
  non: 'no',
  nan: 'no',
  nope: 'no',
  pas: 'not',
  jamais: 'never',
  plus: 'not',
  rien: 'nothing',
  aussi: 'too',
  encore: 'still',
  moi: 'me',
  est: 'is',
  quoi: 'what',
  faire: 'do',
  ai: 'have',
  et: 'and',
  mais: 'but',
  ou: 'or',
  un: 'a',
  une: 'a',
  dans: 'in',
  en: 'in',
  sur: 'on',
  avec: 'with',
  sans: 'without',
  depuis: 'from',
  puis: 'then',
  ensuite: 'then',
  chez: 'at',
  au: 'at the',
  ici: 'there',
};

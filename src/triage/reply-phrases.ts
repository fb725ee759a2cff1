/**
 * Ordered rewrite rules that turn multi-word phrases of a normalised reply into single marker
 * tokens the segment reader classifies (see reply-lexicon.ts). The input is lower case, with
 * contractions expanded ("doesn't" -> "does not"), punctuation split into " . " / " , " tokens and
 * typos repaired. Order matters: specific phrases come before the words they contain.
 */
import { createRewrite } from './create-rewrite.ts';

type Rule = readonly [pattern: RegExp, replacement: string];

const r = (source: string, to: string): Rule => [new RegExp(source, 'g'), ` ${to} `];

const BROWSER_NAMES = '(?:browser|chrome|firefox|edge|safari|brave|opera|vivaldi)';
const PHONE = '(?:phone|iphone|android|mobile|cell|cellphone|pixel|samsung)';
/** "except" (the German, Spanish and French rewrites give it: "außer", "excepto", "sauf"). */
const EXCEPT = '(?:except|but|apart from|other than|besides)';
/** A test's place or thing named after "except" ("except in incognito", "außer im Hotspot"). */
const EXCEPTED = '((?:(?:in|on|at|with|via|over|from|im|en|con|auf|a) )?(?:the |my |a |an |our |el |la |mi |los |las |mon |ma |mes |le )?(?:incognito|cleanprofile|hotspot|altnet|mobiledata|mobile data|4g|5g|lte|home|office|vpn|website|browser)\\b)';

export const PHRASE_RULES: readonly Rule[] = [
  // Round 26 (batch 46). "from 9 to 10 some went through, since then nothing", "hotspot worked for 10 min this morning, since
  // about 11 it fails there too": after a past that worked, "since <time>" opens the present, which replaces it.
  r('(?<=\\b(?:worked|went through|got through|was fine|was working|were fine|were working|loaded|succeeded)\\b[^.!?]{0,50}[,.;] )since (?:about |around |approx |roughly )?(?:then|that|lunch|noon|\\d+(?: \\d\\d)?(?: ?(?:am|pm|h|o clock))?|(?:a few|\\d+|ten|five|twenty) (?:min|mins|minutes|hours))\\b', 'correction'),
  // "tried my hotspot, same 500", "tested incognito, still 403": the code after the test is that test's outcome, one clause.
  r('\\b((?:tried|tested|checked)(?: (?:it|on|with|via|in|over|my|the|a|an|phone|mobile|private))* (?:hotspot|incognito|window|mobile data|4g|5g|lte)) , (?=(?:same|still) (?:http )?[45]\\d\\d\\b)', '$1 '),
  // "it loads the login and then 500": the page it gets to before the error is no success.
  r('\\b(?:it )?(?:loads|opens|shows)\\s(?:the |a )?(?:login|log in|sign ?in|start|landing|home)\\b(?:\\s(?:page|screen))?\\s(?:and\\s)?(?:then|but then)\\b', 'then'),
  // Round 26, batch 48. "haven't given that a go yet": not tried; "I wouldn't say I know": not knowing; "it could be an app":
  // doubt; "some are passing": some get through; "none of them succeed": none; "the same office wifi": the same network,
  // "from my home broadband instead": the network tried instead, not where it fails.
  r('\\b(?:have not|has not|did not|not)\\s(?:yet\\s)?(?:given|gave|give) (?:it|that|this|them) a (?:go|try|shot|whirl|bash)\\b', 'nottried'),
  r('\\bi would not say i (?:know|am sure|could tell|can tell)\\b', 'idk'),
  r('\\b(?:but )?(?:it )?could (?:also |just as well |equally )?be\\s(?:an? |the )?(?:app|browser|desktop app|website|site|api)\\b', 'doubtx'),
  r('\\bsome (?:are|were|of them are|calls are|requests are)\\s(?:passing|going through|getting through|succeeding)\\b', 'some workx'),
  r('\\bnone of (?:them|the calls|the requests|the retries)\\s(?:succeed|succeeded|work|worked|go through|went through|pass|passed|get through|got through)\\b', 'persistx failx'),
  r('\\b(?:the )?same (?:office|corporate|company|work) (?:wifi|wi fi|network|lan|connection)\\b', 'samenet office'),
  r('\\b(?:the )?same home (?:wifi|wi fi|network|lan|connection)\\b', 'samenet home'),
  r('\\b(from|on|over|via) (?:my |the |our )?(?:home|office)\\s(?:broadband|wifi|wi fi|network|internet|connection|lan)\\sinstead\\b', '$1 altnet instead'),
  // "a python script that hits the API every few minutes": how often it runs, not how often it fails.
  r('\\b(hits|calls|polls|pings|queries|runs|fires|syncs)\\b([^.!?]{0,30}?) every (?:few|couple of|couple|\\d+|five|ten|fifteen|thirty) (?:seconds|secs|minutes|mins|hours)\\b', '$1$2 on a schedule'),
  // Round 25, batch 44. "works in the browser. oh no, that was the cached page …", "Ah nee, …", "ah non, …": after a statement,
  // "oh no" opening the next one takes it back.
  r('(?<=[.;!?] )(?:ah|oh|uh|uhm|hm|mmm?) (?:no|nope|wait)\\b(?= ,)', 'correction'),
  // "curl via hotspot → HTTP/2 200", "curl -I https://chatgpt.com → 200": a page fetched with success is that it works there
  // (a check of the network, not the API).
  r('\\b(?:curl(?: (?:-?[a-z]{1,2}|website|chatgpt))*\\s*(?:, )?)?http (?:[12] (?:[01] )?)?200(?: ok)?\\b|\\bcurl(?: (?:-?[a-z]{1,2}|website|chatgpt))* (?:, )?200(?: ok)?\\b', 'works'),
  // A shell line with curl, then its status line (already read as works by the rule before): no API call.
  r('\\bcurl\\b[^.]{0,40}? \\. works\\b', 'works'),
  r('\\bcurl(?= (?:via|over|through|from|on|uber|ueber|par|sur|por|desde|con) (?:the |my |a |el |la |le )?(?:hotspot|mobiledata|office|home|vpn|altnet|wifi|lan)\\b)', 'tested'),
  // "nothing else is failing, just us", "no one else has it": the rest of the organisation works.
  r('\\bnothing else\\s(?:is |s )?(?:failing|broken|down|affected|erroring)\\b|\\bno ?one else\\s(?:is |has |s )?(?:affected|failing|having (?:it|this|issues|problems|trouble))\\b|\\bnobody else\\s(?:is |has |s )?(?:affected|failing|having (?:it|this|issues|problems|trouble)|(?:a |any )?(?:problem|issue)s?)\\b|\\bno ?one else\\shas (?:a |any )?(?:problem|issue)s?\\b', 'orgrest works'),
  // "can't say … — just checked, other services are all green", "they succeed eventually... nope, just checked, …": what was just
  // checked, said after something else, replaces it (not when nothing follows: "works, just checked").
  r('(?<=[.,;!?] )(?:(?:nope|no|nah|wait|actually|update|ok|okay|edit)\\s*(?:, )?)?(?=(?:i |we )?just (?:checked|looked|tested|tried|asked) , [a-z])', 'correction '),
  // "some of them maybe, I'd have to check": a guess.
  r('^\\s*(?:some|a few|most|part) of them,?\\s(?:maybe|perhaps|i guess|probably)\\b', 'hedge'),
  // "would love to go home at some point": a way home, not the network.
  r('\\b(?:go|going|get|head|heading|went|drive|come) home\\b', 'gohome'),
  // "not 500, 503", "Nicht 500 – 503" (read through English when its other words are): the second code.
  r('\\b(?:not|nicht|pas) ([45]\\d\\d) , ([45]\\d\\d)\\b', 'not $1 but $2'),
  // "the others are down too" (asked about the organisation's calls): the rest of the organisation fails.
  r('\\b(?:the )?others\\s(?:are |is )?(?:too |also )?(?:down|failing|broken|dead|affected)(?: too)?\\b', 'orgrest failx too'),
  // "win app": the Windows app.
  r('\\bwin ?app\\b', 'desktopapp'),
  // Round 25, fourth part. "spoke too soon", "oh hang on", "scratch that", "I stand corrected": what follows replaces what came before.
  r('\\b(?:(?:ugh|oh|ah|hmm) (?:, )?)?(?:spoke too soon|hang on|hold on|scratch that|i stand corrected)\\b', 'correction'),
  // "Intermittent? I wish.", "incognito works, as if": said back to be denied.
  r('\\b(?:intermittent|intermittentx|sometimes|works?) \\? i wish\\b', 'no'),
  r('\\b(?:works?|working|loads?)\\b((?: (?!not\\b)[^ .?!,]+)*) (?:, )?as if\\b', 'failx$1'),
  // "still broken. great.": a closing "great" after a failure is no praise.
  r('(?<=\\b(?:broken|fails?|failx|failed|errors?|dead|down|same)\\b[^?]*[.,!] )(?:great|perfect|wonderful|awesome|lovely|fantastic|brilliant|super)(?= \\.|\\s*$)', ''),
  // "getting 429s", "all 500s": the code.
  r('\\b([45]\\d\\d)s\\b', '$1'),
  // "azerty ok ok", "asdfgh": a keyboard run, nothing said.
  r('\\b(?:azerty|qwerty|qwertz|asdf|qsdf|sdfg|jkl)[a-z]*\\b', 'doubtx'),
  // "after reloading also error 500": the same error there too, so it fails there too.
  r('\\b(?:also|too) (?:an? |the )?(?:error|http error|http) ([45]\\d\\d)\\b', 'failx too error $1'),
  // Round 25. "maybe it works on 5G, I'll try later": a reply that opens with a guess at the outcome opens with doubt.
  r('^\\s*(?:maybe|perhaps|possibly)\\s(?:it |that )?(?:works?|workx|funcione|would work|will work|could work)\\b[^.,;?]*', 'hedge'),
  // Round 25. "no general outage, just our service": the rest of the organisation is fine.
  r('\\b(?:no|not an?|there is no|there s no|is not an?) (?:general|global|org-?wide|company-?wide|widespread|big) (?:outage|failure|problem|issue|incident)\\b', 'orgrest works'),
  r('\\b(?:ok|hey) (?:google|siri|alexa|cortana)\\b', 'request'),
  // Round 25. "no es la api eh, es la web" read through German ("es" is "it" there): "no it the api" denies the surface.
  r('(?:^|(?<=[.,;] ))\\s*no it (?:the )?(?=(?:api|website|web|app|browser|desktopapp)\\b)', 'not the '),
  // Round 25. "then I tethered to my phone and everything came back": it works again.
  r('\\b(?:everything|it|all|chatgpt|things|stuff) (?:came|comes|has come) (?:back|back to life|back up)\\b(?! (?:with|to me with|as))', 'works'),
  // Round 25. "maybe the app? Or the site.": an alternative after a question mark is one choice between two, not a new answer.
  r('(?<=\\b(?:maybe|perhaps|possibly|hedge|idk|or)\\b[^.?]*) \\? (?:\\. )?(?=or\\b)', ''),
  // Round 25. "with my personal key it works, but the company calls are all dead": the reporter's own key is not the
  // organisation's calls; its outcome is left out.
  r('\\b(?:with|using|on|via) (?:\\w+ )?(?:own|personal|private) (?:api )?(?:key|token|account)s?(?: (?:it |they )?(?:works|workx|is fine|goes through)(?: it)?)?\\b', 'ownkey'),
  // Round 25. "I could chat normally there", "we can use it normally again": being able to use it as usual is that it works.
  r('\\b(?:could|can|was able to|were able to) (?:i |we )?(?:(?:again|then) )*(?:normally (?:chat|use it|use|work|type)\\b|(?:chat|use it|use chatgpt|work|type)(?: it| there| again)? normal(?:ly)?\\b)', 'works'),
  // Round 25. "works great in incognito. NOT.", "geht's wunderbar. Nicht.": a sentence of "not" alone after an outcome takes it back.
  r('\\b(?:works?|working|loads?)\\b((?: (?!not\\b)[^ .?!]+)*) \\. not(?= \\.|\\s*$)', 'failx$1 .'),
  // Round 24, fourth part (batch 42's misses). "our other projects are fine", "other teams in our org see it too":
  // the rest of the organisation, its API's health when the API is what fails (parse-reply.ts, orgrest).
  r('\\b(?:the |our |all )?other (?:teams?|departments?|projects?|apps|keys|api keys|groups|squads|services)(?: (?:in|at|across|from) (?:the |our )?(?:org|organi[sz]ation|company))?\\b', 'orgrest $&'),
  // Round 24, third part (batch 42). "hotspot works, incognito not": after a clause that works or fails, a test
  // named with "not" and no verb fails ("VPN: no", "not the app, the web" say no such thing).
  r('(?<=\\b(?:works|worked|fails|failed|failx|workx)\\b[^.]*? [,;] )((?:(?:and|but|while|whereas) )?(?:(?:in|on|with|via|over) )?(?:the |my )?(?:incognito|hotspot|mobiledata|altnet|browser|website|app|api|vpn)(?: (?:(?:at|in|on) )?(?:the )?(?:office|home))?) (?:not|no|nope)(?= [,.;]| *$)', '$1 fails'),
  // "no second phone here": nothing to run the hotspot test with.
  r('\\bno (?:second|other|spare|work|company|personal|2nd|2) (?:phone|mobile|handy|cell|cellphone)\\b', 'hotspot nottried'),
  // "was on VPN earlier but disconnected": off the VPN now.
  r('\\b(?:was|were) (?:on|using|connected to|in|with) (?:the |my |our )?vpn(?: (?:earlier|before|this morning|at first|first))? (?:, )?(?:but|and|then) (?:i )?(?:disconnected|disconnected it|turned it off|switched it off|dropped it|logged out)\\b', 'not vpn'),
  // "first it failed in incognito too but then … now it works": the first state is the past.
  r('\\b(?:at first|first|initially|originally) (?=(?:it |this |that )?(?:failed|failx|errored|broke|did not work|was failing|was broken)\\b)', 'previously '),
  // "retries work great, if by great you mean never": sarcasm taken back, the answer is never.
  r('\\bif by \\w+ you mean (?:never|no|not at all|nothing|zero)\\b', 'correction nope'),
  // "the chatgpt integration inside our slack": another product's integration, not the reporter's API code.
  r('\\b(?:chatgpt |openai |gpt )?(?:integration|bot|app|plugin) (?:in|inside|within|for|in our|inside our) (?:our |the |my )?(?:slack|teams|jira|notion|outlook|confluence|salesforce|zendesk|hubspot)\\b', 'thirdparty'),
  // Twenty-fourth round (batch 40: dictated replies and second-language writers). "in the browser it functions,
  // only the app makes problems": "functions" is works, "makes problems" (macht Probleme, da problemas) fails.
  r('\\b(it|that|this|everything|which|browser|website|app|api|hotspot|incognito) (?:functions|is functioning|functioned)\\b', '$1 works'),
  r('\\b(?:makes|making|make|made) (?:problems|trouble|troubles|issues|difficulties)\\b', 'fails'),
  // "can be the VPN, can be office": a learner's "could be", doubt.
  r('\\b(?:it |that )?can be (?=(?:the |my |our |a )?(?:vpn|office|home|mobiledata|hotspot)\\b)', 'maybe '),
  // A dictated "v p n", "vee pee en": the VPN.
  r('\\bv p n\\b|\\bvee pee en\\b|\\bvi pi en\\b', 'vpn'),
  // "yes it works in the browser but wait, that was at home": the test was elsewhere, taken back.
  r('\\b(?:but|oh|hmm|ah|and) wait (?:, )?(?:that|this|it) (?:was|were)\\b', 'correction moot'),
  // "ja hallo", "yes hello", "bonjour oui alors euh": a greeting, the yes in it answers nothing.
  r('\\b(?:yes|yeah) (?:, )?(?=(?:hello|hallo|hola|bonjour|allo|hi)\\b)', ' '),
  r('\\b((?:hello|hallo|hola|bonjour|allo|hi|hey|buenas|servus|moin) (?:, )?)(?:yes|yeah) (?=(?:, )?(?:so|alors|also|pues|bueno|euh|eh|um|uh|hm|ahm|ah|well)\\b)', '$1'),
  // "only fails with gpt-4o, with the mini it works": one model fails and another works, no answer either way
  // (the model's name is read as a detail before the rules, leaving "with ,").
  r('\\bonly (?:fails|failx|errors|breaks) (?:with|on|for) (?:the )?(?:model )?,? (?:but |while |and )?(?:with|on|for) (?:the )?(?:mini|nano|turbo|other (?:model|one)|smaller (?:model|one)|\\w+ model)\\b', 'doubtx'),
  // Twenty-third round, third part (batch 34). "can IT just send me a 4g dongle": asking for it.
  r('\\bcan (?:it|you|u|someone|somebody|the it team|support) (?:just |please |maybe )?(?:send|get|give|lend|order|ship|bring) (?:me|us)\\b', 'request'),
  // Tagalog and Hindi at work: "hindi pa" (not yet), "wala akong load" (no prepaid credit), "theek hai" (fine), "sirf" (only).
  r('\\bwala (?:akong|ako|pa akong|na akong) (?:load|data|signal|hotspot)\\b', 'nottried'),
  r('\\bhindi pa\\b', 'not yet'),
  r('\\b(?:theek|thik|theak) (?:hai|he|h)\\b', 'fine'),
  r('\\bsirf\\b', 'only'),
  // "the anonymous tab": a private window.
  r('\\banonymous (?:tab|window|mode|browsing)\\b', 'incognito'),
  // Twenty-third round (misses of batch 30). "Incognito fixes it, said no one ever.": the sarcasm takes it back.
  r('(?:, )?\\bsaid no ?(?:one|1|body) ever\\b', 'correction'),
  // Twenty-third round (batch 30). "I tried my hotspot, same failure": it fails there too.
  r('(?<!\\b(?:no|not|non|nope|nah|the|a|an|its|their) (?:, )?)\\bsame (?:failure|error|problem|issue|crash|result|story)(?: (?:on|in) (?:the )?(?:web|browser|website))?(?= *(?:on|in|with|there|too|again|as well|[,.;!?]|$))', 'fails too'),
  // "I don't remember", "can't recall": not known.
  r('\\b(?:i )?(?:do not|don t|dont|can not|cannot|can t|cant) (?:remember|recall)\\b', 'idk'),
  // "though sometimes the vpn connects on its own": the place itself in doubt.
  r('\\bsometimes (?:the |my |our )?vpn (?:connects|turns on|kicks in|comes on|is on|switches on|reconnects)\\b', 'hedge vpn'),
  // Twenty-third round (batch 30). "Not tried yet. Actually wait, I did …": a correction, as "wait, actually".
  r('\\b(?:actually|hang on|hold on|hmm+),? wait\\b', 'correction'),
  // "sure it works on a hotspot, if I had one": a test said of a thing one does not have was not run.
  r('\\b(?:sure|yes|yeah|of course|course),? (?:it )?(?:works|would work|will work)(?: (?:on|with|via|over) (?:a |the |my )?(?:hotspot|phone|mobile data|data|4g|5g))?\\s*,?\\s*if (?:only )?(?:i|we) (?:even |actually )?(?:had|owned|got) (?:one|a hotspot|a phone|a data plan|data|mobile data|a smartphone|any data)\\b', 'nottried'),
  r('\\bif (?:only )?(?:i|we) (?:even |actually )?(?:had|owned) (?:one|a hotspot|a data plan|mobile data|any data)\\b', 'nottried'),
  // "not on a different network, but on my phone on the same wifi it opens": what follows "but" is what was tried.
  r('\\bnot (?:on|via|over|with|from|in) (?:a |an |another |the )?(?:different|other|another|second|separate) (?:network|wifi|wi-fi|connection|net)\\s*,?\\s*but\\b', 'correction'),
  // "the forticlient icon is green": a light or an icon, not ChatGPT.
  r('\\b(?:icon|light|dot|indicator|lamp|shield|badge|symbol|led|tray) (?:is|s|turns|turned|went|goes|shows|looks|stays|stayed) (?:all |solid |bright )?green\\b', 'icon lit'),
  // "for site visits": a visit, no place.
  r('\\bsite (?=(?:visits?|inspections?|surveys?|walks?|trips?)\\b)', 'field '),
  // Twenty-second round (batch 28). "switched to the hotspot and it stopped failing": it works now.
  r('\\b(?:stopped|stops|quit) (?:failing|erroring|crashing|breaking)\\b', 'works'),
  // "there's no browser on this work phone": the test cannot be run.
  r('\\b(?:there is |there s )?no (?:web ?)?browser (?:on|installed on|allowed on|available on|at all on) (?:this|my|the)\\b', 'nottried'),
  // "Any chance you could raise our rate limit?": asking for it.
  r('\\b(?:any chance|is it possible|possible)(?: that)? (?:you|someone|u|ya|y all|you guys) (?:could|can|might|would) (?:\\w+ ){0,3}?(?:raise|increase|bump|lift|fix|check|unblock|reset|look|give|enable|disable)\\b', 'request'),
  // Twenty-second round (misses of batch 27). "the Android app is grand": fine (Irish English).
  r('\\b(?:is|s|are|was|were) (?:grand|sound|dead on)\\b', 'works fine'),
  // "so forget 429, it's a plain 500": the code named to be forgotten is denied.
  r('\\b(?:forget|ignore|scratch|never ?mind) (?:the |about )?(?=[45]\\d\\d\\b)', 'not '),
  // "Office - no, sorry, I'm at home today", "VPN, no my bad, home": taken back.
  r('\\b(?:no|nope|nah)\\s*,?\\s*(?:sorry|my bad|scratch that)\\b', 'correction'),
  // "No phone on me for a hotspot": no means to run the test.
  r('\\bno (?:phone|mobile|cell ?phone|smartphone) (?:on me|with me|here|at hand)\\b', 'nottried'),
  // Twenty-second round (batch 27). "VPN is switched off", "VPN: off": not on the VPN.
  r('\\bvpn(?: is| was)? (?:switched|turned|toggled) off\\b|\\bvpn\\s*[:=-]\\s*(?:off|no|none|nope|disabled|aus|desactivado|desactivada|non|nein)\\b', 'not vpn'),
  // "The app fails but the site doesn't": the one said not to, after a failure, works.
  r('\\b(fails?|failed|failing|errors?|erroring|crashes|crashed|breaks|broke)\\b([^.!?]*?)\\bbut ((?:the |my )?(?:site|website|browser|web|incognito|hotspot|api|app|phone)) (?:does|did) not(?=\\s*(?:[.,!?;]|$))', '$1$2 but $3 works'),
  // "Nothing is failing except my endpoint": the rest works, the reporter's own thing fails.
  r('\\bnothing (?:is |else is |else )?(?:failing|broken|down|erroring|fails)\\s*,?\\s*(?:except|but|apart from|besides|other than) (my|our|this|the)\\b', 'everything else works , only $1'),
  // "It doesn't keep failing, a couple of retries and it goes through": not persistent.
  r('\\b(?:does|did) not keep (?:failing|erroring|breaking)\\b', 'intermittentx'),
  // Twenty-second round (batch 26). "maybe one got through?": doubt, not a number said roughly.
  r('\\b(?:maybe|perhaps|possibly) (?=(?:one|a couple|a few) (?:of them )?(?:got|went|came|made|passed|worked|succeeded|goes|gets)\\b)', 'hedge '),
  // "Browser on my phone works but that's on 4G": the 4G is where that test ran.
  r('\\b(?:that|this) (?:is|s|was) (?:on|over|via|with) (?=(?:the |my )?(?:mobiledata|hotspot|4g|5g|lte|mobile data)\\b)', 'tried on '),
  // Twenty-first round (own probes). "✅ incognito\n❌ hotspot": a list of two items, each opened by its mark, says each
  // item's outcome (the mark first was read as a bare answer and the item as a place).
  r('\\b(yes|nox) \\. ((?:[a-z]+ ){0,2}?[a-z]+) \\. (yes|nox) \\. ((?:[a-z]+ ){0,2}?[a-z]+)(?= \\.|\\s*$)', '$2 $1 . $4 $3'),
  // Nineteenth round (own probes). "works everywhere except in incognito", "geht nirgends außer im Hotspot", "falla en
  // todos lados excepto con datos": the place excepted has the other outcome (were read as the stated one).
  r(`\\b(?:works?|working|loads?|goes through) everywhere(?:\\s?,)?\\s${EXCEPT} ${EXCEPTED}`, '$1 failx'),
  r(`\\b(?:fails?|failx|failing|crash|crashes|crashing|errors?) everywhere(?:\\s?,)?\\s${EXCEPT} ${EXCEPTED}`, '$1 works'),
  // Round 26: "nothing works except incognito": the one place named works.
  r(`\\b(?:nothing (?:works|loads|goes through)|persistx failx)(?:\\s?,)?\\s${EXCEPT} ${EXCEPTED}`, '$1 works'),
  r(`\\b(?:works?|working|loads?) nowhere,? ${EXCEPT} ${EXCEPTED}`, '$1 works'),
  r(`\\b(?:no|not) (?:works?|working|loads?) (?:anywhere|in ningun lado|en ningun lado|en ninguna parte|in ninguna parte),? ${EXCEPT} ${EXCEPTED}`, '$1 works'),
  // Nineteenth round (own probes). "no work phone, so no", "kein Diensthandy, also nein": the "no" says the test could not
  // be run, not that it failed.
  r('\\bno (?:company |work |business |second |spare |other |own )?(?:phone|cellphone|cell|mobile|smartphone|hotspot|mobile data|data plan)\\b(?: [a-z]+){0,2}? , (?:so|therefore|thus|hence) (?:no|nope|not)\\b', 'nottried altnet'),
  // "haven't had the chance (yet)": the test was not run ("no time to test", said of now, is a refusal: no answer).
  r('\\b(?:have|had|did) not (?:yet )?(?:had|have|found|got|gotten) (?:the |a )?(?:time|chance|opportunity)\\b', 'nottried'),
  r('\\bno time\\b(?! (?:out|outs|difference|zone|limit)\\b)', 'moot'),
  // "fewer errors in incognito", "less broken on the hotspot", "more errors": a comparison, no outcome ("no more errors"
  // is none).
  r('\\b(?:fewer|less) (?:errors?|failures?|crashes|problems?|issues?|broken|buggy|500s?|403s?)\\b', 'better'),
  r('(?<!\\b(?:no|not|any|nothing) )\\b(?:even )?more (?:errors?|failures?|crashes|problems?|issues?|broken|buggy|500s?|403s?)\\b', 'worse'),
  // "like yesterday at home": likened to another time, which says nothing of now.
  r('\\b(?:like|as|same as|just like) (?:yesterday|last (?:week|time|night)|this morning|the other day)\\b', 'moot'),
  // "I'll go home tonight and test", "when I get home": a place to come, not where it fails now.
  r('\\b(?:i will|i am going to|i am gonna|gonna|going to) (?:go |head |get |be )?(?:back )?home\\b|\\b(?:when|once|as soon as) (?:i |we )?(?:get|go|am|are|arrive|m) (?:back )?home\\b|\\b(?:tonight|later|tomorrow) (?:at|from) home\\b|\\b(?:at|from) home (?:tonight|later|tomorrow)\\b', 'later'),
  // "Home Office, kein VPN": a German denial of the VPN in a reply too short to be read as German.
  r('\\b(?:kein|keine|keinen|ohne)(?= vpn\\b)', 'no'),
  // "I'll let the office know", "tell the office": the office's people, not the network.
  r('\\b(?:let|tell|inform|notify|warn|call|ping|email|message|ask) (?:the |our )?office\\b(?: know)?', 'notify'),
  // "in case it works …": a condition; "it could work in incognito": might.
  r('\\bin case\\b', 'if'),
  r('\\bcould (?:probably |maybe |possibly )?(?=(?:work|works|load|loads|help|go through)\\b)', 'might '),
  // "the printer is broken too", "the coffee machine doesn't work either": another machine, nothing about ChatGPT.
  r('\\b(?:the |my |our |a )?(?:printer|printers|coffee machine|coffee maker|photocopier|copier|elevator|lift|microwave|badge reader|air ?con|heating)\\b', 'moot'),
  // "every now and again", "every so often": some of the time (was every time).
  r('\\b(?:every )?now and again\\b|\\bevery (?:once in a while|so often)\\b', 'intermittentx'),
  // "it's not incognito where it fails": the test of a cleft denied works there.
  r('\\b(?:it is|it s|its) not (?:in |on |with )?(?:the |my )?(incognito|cleanprofile|hotspot|altnet|mobiledata) (?:where|that) it (?:fails|crashes|errors|breaks)\\b', '$1 works'),
  // "nothing to report in incognito", "no complaints": nothing wrong, so it works.
  r('\\bnothing (?:to report|to complain about|unusual|out of the ordinary)\\b|\\bno complaints\\b', 'works fine'),
  // "I was told it works in incognito", "people say …": someone else's account.
  r('(?:^|(?<=[.,] ))\\s*heard\\b(?: that)?|\\b(?:rumou?r|word) (?:is|has it)\\b(?: that)?', 'colleague says'),
  r('(?<!\\bas )\\b(?:i (?:was|got|have been) told|we (?:were|have been) told|(?:someone|somebody|they|people) (?:told me|told us|say|says)|(?:other people|others|everyone|everybody) (?:say|says|said))\\b(?: that)?', 'colleague says'),
  // Seventeenth round. "connected the notebook to my hotspot", "on my notebook": a notebook is a laptop (as in German,
  // Portuguese, Spanish); code runs "in a notebook" ("in the jupyter notebook", "a notebook cell"), which stays the API.
  r('(?<!\\b(?:in|from|inside|within|jupyter|colab|ipython|python|databricks|kaggle|sagemaker|vertex) (?:an? |the |my |our |this |that )?)\\bnotebook(s?)\\b(?! (?:cells?|kernels?|runs?|code))', 'laptop$1'),
  // "I'm always connected to the VPN when working", "while working from home": the time of the person's work, not an outcome.
  r('\\b(when|while|whenever) (?:i am |i m |im |we are |we re )?working\\b(?! (?:again|now|fine|ok|okay|normally|properly|perfectly|correctly|well|there|in|on|with|for)\\b)', '$1 i am'),
  // "Anyone know if the coffee machine is broken again?", "anybody else seeing this?": a question with its "does" left out.
  r('(?:^|(?<=[.,?] ))\\s*(?:any ?one|any ?body)(?= (?:else |here |around )?(?:know|knows|seen|seeing|see|noticed|noticing|notice|have|has|had|got|getting|get|heard|hear|tried|experienc\\w*)\\b)', 'does anyone'),
  // "it never passed once", "not once did it work", "not a single time": at no time, so it persists ("failed once" stays once).
  r('\\b(?:never|not) (?:even )?(?:pass|passes|passed|succeed|succeeds|succeeded|work|works|worked|went through|got through|go through) (?:even )?(?:once|a single time|one time)\\b|\\bnot (?:even )?once\\b|\\bnot (?:a )?single time\\b|\\bnot (?:a )?single (?:one|retry|retries|request|call|attempt|try)s? (?:workx|works|work|goes through|go through|passes|pass|succeeds|succeed|gets through|get through)\\b', 'persistx failx'),
  // Sixteenth round. The organisation's other calls named beside the reporter's own ("our other services", "other api
  // calls from our team", "all of our org's api calls", "everything else in the org"): marked, the API's health when the
  // API is what fails or was asked about (parse-reply.ts).
  r('\\bother (?:(?:api|openai|gpt|backend|prod|production) )?(?:services?|integrations?|bots|pipelines|jobs|microservices|workloads)\\b|\\bour other (?:(?:api|openai|gpt) )?(?:calls|requests?)\\b|\\bother (?:(?:api|openai|gpt) )?(?:calls|requests?) (?:from|of|by|in|at|across) (?:our|the|my) (?:team|org|organi[sz]ation|company|department|dept)\\b', 'orgcalls $&'),
  r('\\b(?:all|the rest|rest) of (?:our|the) (?:org|organi[sz]ation|company|team|department|dept)(?: s)? (?:(?:api|openai|gpt) )?(?:calls|requests?|services?|jobs|integrations?)\\b|\\b(?:the )?rest of (?:the |our )?(?:org|organi[sz]ation|company|department|dept)\\b|\\b(?:everything|everyone|everybody) else (?:in|at|across|from) (?:the |our )?(?:org|organi[sz]ation|company|department|dept)\\b', 'orgcalls $&'),
  // "the whole org's API usage is down", "the entire company's openai traffic": the organisation's calls too.
  r('\\b(?:the )?(?:whole|entire) (?:org|organi[sz]ation|company|team|department|dept)(?: s)? (?:(?:api|openai|gpt) )?(?:usage|calls|requests?|traffic|services?|integrations?)\\b', 'orgcalls $&'),
  // "think it's a 500", "think it said access denied": the subject left out, a lean as "I think".
  r('(?:^|(?<=[.,] ))\\s*think\\b', 'i think'),
  // "error rate is flat", "error rates look normal": a measure of errors that did not move says the calls work.
  r('\\berror ?rates? (?:(?:is|are|s|looks?|seems?|stays?|stayed|was|were) )?(?:completely |totally |pretty |basically )?(?:flat|low|normal|zero|0 ?%?|stable|unchanged|nominal|fine|ok|okay)\\b', 'workx'),
  // "conversation not found", "404 not found": the status text of a 404.
  r('\\b(?:404 )?(?:conversation|chat|page|thread|model|resource|project|deployment|file|url|endpoint|account|organi[sz]ation|org)s? (?:was |is |were |are )?not found\\b|\\b404 not found\\b', 'code404'),
  // "works 🤔 weird": the thinking face beside "weird" is puzzlement at the result, not doubt about it.
  r('\\bhedge \\. (?=(?:weird|strange|odd|bizarre|funny|interesting|huh)\\b)|\\b(weird|strange|odd|bizarre) hedge \\.', '$1 . '),
  // "… and that's where it breaks": the place said before is where it fails; "normally I'm on my home wifi and that's
  // where it breaks" then says where it fails now, not a habit.
  r('(?:\\band |, )?\\b(?:that|this) ?(?:is |s )?where it (breaks|fails|dies|crashes|errors|goes wrong|does not work)\\b', 'and it $1 there'),
  // "… that's where it started / where it happens": the place said before is where the failure began or shows.
  r('(?:\\band |, )?\\b(?:that|this) ?(?:is |s |was )?where it (?:all )?(?:started|starts|began|begins|happens|happened|first happened|shows up)\\b', 'and it failx there'),
  r('\\b(?:normally|usually|mostly|generally) (?=(?:i am|we are|i m|im) (?:on|at|in|from) [^.!?]*? and it (?:breaks|fails|dies|crashes|errors|goes wrong|does not work|failx) there\\b)', ''),
  // "it's not like nothing works": "nothing works" denied, so some things work.
  r('\\b(?:it is |it s |its )?not (?:like|that|as if) (?:nothing|none of (?:it|them|our \\w+)) (?:works|is working|are working|goes through|gets through)\\b', 'works'),
  // "the bot in our CRM still answers": a bot or integration that answers works; "stopped answering" fails.
  r('\\b(bots?|integrations?|assistant|hostapp)((?: [\\w-]+){0,4}?) (?:still |keeps? )?(?:answers|responds|replies|(?:is|are) (?:still )?(?:answering|responding|replying))\\b(?! with)', '$1$2 works'),
  r('\\b(?:stopped|stops|has stopped|have stopped) (?:answering|responding|replying|posting)\\b', 'failx'),
  // "running normal", "behaving normal": as "normally", it works.
  r('\\b(?:running|working|behaving|operating|performing) (?:as )?normal\\b', 'works'),
  // "the dev channel is dead quiet": quiet, no failure.
  r('\\bdead (?:quiet|silent|calm)\\b', 'quiet'),
  // "no prob", "no probs": no problem (not the hedge "prob").
  r('\\bno probs?\\b', 'no problem'),
  // "zero problems", "cero problemas", "0 errors": none at all (not a count of failures).
  r('\\b(?:zero|cero|0) (?:problems?|issues?|errors?|problemas?|errores?|fehler|probleme|soucis?|erreurs?)\\b', 'no problem'),
  // A time of day or a span ("on a call til half 3", "half past two", "half an hour"): no share of the calls.
  r('\\b(?:till?|until|at|by|around|after|before|from) half (?=(?:past |\\d))|\\bhalf (?=(?:past|an hour|a day)\\b)', 'time '),
  // "access denied is gone, now chrome shows a cert error": the error gone is taken back by the one now.
  r('\\b(?:is|s|has|have|are) (?:gone(?: away)?|went away|disappeared|vanished)\\s*(?:[,.] )?\\s*(?:but |and )?(?=now\\b)', 'correction '),
  // "the error is gone", "no more errors", "the 500 disappeared": the failure absent, as "no error".
  r('\\b(?:the |that |this |my )?(error|errors|[45]\\d\\d|issue|problem|message|bug)s? (?:is |are |has |have |was )?(?:gone|disappeared|vanished|went away|goes away|go away|disappears)\\b|\\bno more (error|errors|issue|issues|problem|problems|[45]\\d\\d)\\b', 'no $1$2'),
  // "the error doesn't come up", "the 500 never shows", "I don't see the error": the failure absent.
  r('\\b(?:the |that |this |an |any )?(?:error|errors|[45]\\d\\d|error page|error message|message|issue|problem)s? (?:does not|did not|do not|never|no longer|will not|won t|is not|has not)(?: (?:even|really|ever))? (?:come up|comes up|came up|appear|appears|appeared|show|shows|showed|show up|shows up|showed up|pop up|pops up|popped up|happen|happens|happened|occur|occurs|come back|comes back|display|displays)\\b', 'no error'),
  r('\\b(?:do not|did not|does not|never) (?:see|saw|get|got|have|had) (?:the |that |this |any |an |a )?(?:error|errors|error page|error message)s?\\b', 'no error'),
  // "incognito no longer works": it does not work now.
  r('\\bno longer (?=(?:works?|working|loads?|loading|opens?|goes through|connects?)\\b)', 'not '),
  // "the lan at the depot", "wifi in the warehouse": the network of a site one works at is the office.
  r('\\b(?:wi-?fi|network|lan|ethernet) (?:at|in|of) (?:the |our )?(?:warehouse|depot|plant|factory|branch|lab|store|shop floor)\\b', 'office'),
  // Fifteenth round. Laughter in any spelling ("jajaja", "jsjsjs", "hehe", "xD") is filler, as "lol".
  r('\\b(?:jaja|jeje|jiji|jsjs|sjsj|haha|hehe|hihi)[jsaeih]*\\b|\\bxd+\\b', 'lol'),
  // "it's not like Chrome doesn't work": a failure denied, so it works.
  r('\\b(?:it is |it s |its )?not (?:like|that) ((?:[\\w-]+ ){0,8}?)(?:does|do|did|is|was|will|would|can) not (?:work|load|open)\\b', '$1 works'),
  // "gets some through eventually": some calls succeed; "it opens": it loads (not "opens a window", "opens with a 500").
  r('\\b(?:gets?|got|getting) (?:some|most|a few|many|several|half|one|a couple)(?: of (?:them|the \\w+))?(?: \\w+)? through\\b', 'some works'),
  r('\\b(it|page|site|chatgpt|website) (?:opens|opened)\\b(?! (?:a|an|the|up|with|to|in a|in an)\\b)', '$1 works'),
  // "I need my session for actual work": work as a job, no outcome.
  r('\\bfor (?:actual |real |my |our |daily |everyday |proper )?work\\b', 'for job'),
  // "it only dies when I'm at the office": a failure said with where the person is, there it fails.
  r('\\b(fails|fail|failing|dies|die|dying|breaks|break|crashes|crash|errors|erroring|times out) (?:only )?when (?=(?:i am|we are|i m|im) (?:at|in|on) (?:the |my |our )?(?:office|home|vpn)\\b)', '$1 , '),
  // "too bad I need my session": a pity, no outcome and no "too".
  r('\\btoo bad\\b', 'pity'),
  // "first it said unusual activity, but now it's …": what it was at first is taken back by the present.
  r('\\b(?:at first|first|initially|originally|earlier)\\b(?= (?:it |i |we |they |the \\w+ )?(?:said|says|was|were|showed|gave|got|had|worked|failed|loaded|did))[^.!?]*?\\bbut (?=now\\b)', 'correction '),
  // "nobody's using a browser": no browser.
  r('\\b(?:nobody|no one|noone|none of us)(?: here| there| at all| else)?(?: is| s)? (?:using|uses|on|in|opens|touches) (?:a |the |any )?(browser|app|api|vpn)\\b', 'not $1'),
  // "a client's guest wifi", "at their office" (someone else's): a place someone else owns, as below.
  r('\\b(?:client|customer|partner|vendor|supplier)s? (?:s )?(?:guest wi-?fi|guest network|wi-?fi|network|lan|altnet|office|site|premises|building)s?\\b', 'altnet elsewhere'),
  r('\\b(?:at|in|on|from) their (?:office|site|premises|building|place|offices|hq)\\b', 'at altnet elsewhere'),
  // Thirteenth round. A place someone else owns ("the office of a customer", "their guest wifi", "a client's
  // network") is no network of the list: another network, and `elsewhere` leaves where it fails unclear.
  r('\\b(?:office|site|premises|building|wi-?fi|network|lan|place|guest wi-?fi|guest network|altnet) (?:of|from|at) (?:an? |the |our |my |one of our )?(?:client|customer|partner|vendor|supplier|friend|kunden?|cliente|another company|other company)s?\\b', 'altnet elsewhere'),
  r('\\b(?:their|deren|leur|su|sus) (?:guest wi-?fi|guest network|altnet)\\b', 'altnet elsewhere'),
  // Something like a VPN ("a VPN-like proxy", "proxy tipo vpn", "un truc genre vpn") is not the VPN.
  r('\\b(?:vpn ?-?like|vpn-?ish|vpn-?artig\\w*|(?:kind|sort|type) of (?:a )?vpn|like a vpn|(?:tipo|como una?|genre|type|style|facon|wie (?:ein )?) ?vpn)\\b', 'proxylike'),
  r('\\b(we|i|traffic|everything) (?:go|goes|route|routes|are routed|is routed) (?:through|thru|via)\\b(?= (?:some|a|an|the|our|their|this|that|zscaler|proxylike|proxy)\\b)', '$1 via'),
  // Another AI product, another model or ChatGPT inside another tool ("Azure OpenAI", "Copilot in Teams",
  // "the Word plugin", "the playground", "an Apple Watch") answers nothing of ChatGPT's own surfaces and calls.
  r('\\b(?=azure\\b)', 'otherapi'),
  r('\\b(?:anthropic|claude|mistral|gemini|bard|copilot|bedrock|vertex ai|perplexity|deepseek|playground|vs ?code|intellij|jetbrains|apple ?watch|smart ?watch|(?:word|excel|outlook|powerpoint|crm|ide|vscode) ?-?(?:plugin|add-?in|addin|integration|extension)|(?:plugin|add-?in|integration|extension) (?:chatgpt |openai )?(?:of |for |in |from |de |von )?(?:the |our |notre |unserem |nuestro )?(?:word|excel|outlook|vs ?code|vscode|crm|teams|slack))\\b|\\b(?:error|erreur|fehler)(?: [1-5]\\d\\d)? (?:\\w+ ){0,3}(?:on|sur|auf|en|in) (?:our|notre|unserem|nuestra|the|l) intranet\\b|\\b(?:other|another|different|otro|otra|autre|anderen?|anderes) (?:model|modelo|modele|modell)\\b', 'otherproduct'),
  // A number that counts things ("a 500-page PDF", "500 users") is no status code; "file too large" is another error.
  r('(?<!\\b(?:error|http|code|status|err|fehler|erreur) )\\b([1-9]\\d\\d)-(?=page\\b)|(?<!\\b(?:error|http|code|status|err|fehler|erreur) )\\b([1-9]\\d\\d) ?-?(?=(?:pages|paginas|seiten|seitige[nmrs]?|users|usuarios|utilisateurs|nutzer|mitarbeiter|employees|words|mots|palabras|lines|lignes|zeilen|rows|files|fichiers|archivos|dateien|mb|kb|gb)\\b)', 'n$1$2 '),
  r('\\b(?:the )?file (?:is )?too (?:large|big)\\b', 'othererr'),
  // Another cable, port or adapter on the same network is no other network.
  r('\\b(?:another|other|different|new|second|spare) (?:network |lan |ethernet )?(?:cable|port|adapter|dongle|switch port)s?\\b', 'othercable'),
  // "same VPN" on another site: the same network path.
  r('\\bsame vpn\\b', 'samenet vpn'),
  // "on the same home wifi", "same office network": that place, the same network.
  r('\\b(?:(?:on|in|from|over|using|via|with|at) )?(?:the |my |our )?same (home|office|house) (?:wi-?fi|network|connection|lan|wlan|internet)\\b', 'samenet $1'),
  // Doubt left for later ("to be confirmed", "à revérifier", "por confirmar") and a vague kind ("some kind of
  // network error", "un truc genre", "algo tipo"): no answer.
  r('\\b(?:to be (?:confirmed|checked|verified)|tbc|need to (?:double[- ]?check|re-?check|verify)|a (?:confirmer|reverifier|verifier|revoir)|(?:por|a) (?:confirmar|verificar|revisar))\\b', 'doubtx'),
  r('\\b(?:something like|some (?:kind|sort) of)\\b(?! (?:\\d|half|a few|most))|\\balgo (?:tipo|como|asi como)\\b|\\bso (?:was|etwas) wie\\b', 'kinda'),
  // "can't open a private window (blocked)": the test could not be run.
  r('\\b(?:can not|cannot|could not|unable to) (?:open|use|launch|start|ouvrir|lancer|utiliser|abrir|usar|offnen|oeffnen|nutzen) (?:of |a |an |the |de |la |une |un |una )?(?=incognito\\b|cleanprofile\\b)', 'nottried '),
  r('\\b(?:same|right|just|directly) (?=nearby\\b)', ''),
  r('\\bi (?:did not|didn t|do not) mean(?: to say)?,? (?:that )?(?=\\w)', 'moot '),
  // "not error 500 but access denied": the code is what is denied, not the word "error".
  r('\\bnot (?:an? |the )?(?:error|http|status)(?: code| error)? (?=[1-5]\\d\\d\\b)', 'not '),
  // "it no longer fails in incognito": it works there now.
  r('\\b(?:no longer|not any ?more) (?:fails|failing|errors|erroring|crashes|crashing|broken)\\b', 'works'),
  // "I misread, …", "falsch gelesen: …", "j'ai mal lu, …", "leí mal, …": what came before is taken back (said last, it is of an earlier message).
  r('(?:\\b(?:i )?(?:misread|mis-read|read (?:it|that|the question) wrong)\\b|\\b(?:falsch gelesen|verlesen)\\b|\\b(?:j )?ai mal lu\\b|\\b(?:lei|entendi) mal\\b)(?= +(?:[,.] +)?\\w)', 'correction'),
  // "I may not turn on our VPN there", "unser VPN darf ich nicht anmachen": no VPN.
  r('\\bvpn (?:is )?not allowed\\b', 'not vpn'),
  r('\\b(?:can not|cannot|not allowed to|may not|must not) (?:use|turn on|switch on|enable|connect to|start) (?:the |our |my )?vpn\\b', 'not vpn'),
  // Twelfth round: "(pls just) open a ticket": a request; "home. well no, office": a correction.
  r('(?<=[.,] )(?:well|actually),? no(?= [,.])', 'correction'),
  r('(?<!\\b(?:i|we|already|will|ll|to|just|have|has|had) )\\b(?:open|file|raise|create|log|submit) (?:me |us )?(?:a |an |the |one )?(?:new )?(?:ticket|case|incident|jira)\\b|(?<=\\b(?:pls|plz|please|just) )(?:open|file|raise|create|log|submit) (?:me |us )?(?:a |an |the )?(?:ticket|case|incident)\\b', 'request'),
  // Fourteenth round: "same thing, doesn't load": the failure seen before, not another error.
  r('\\bsame (?:thing|issue|problem|story)\\s*,?\\s*(?:it )?(?:does|do|did|will|would) not (?:even )?(?:load|open)\\b', 'failx'),
  // "no … wait, actually …": a correction.
  r('\\bwait\\s*,?\\s*actually\\b', 'correction'),
  // "fails... wait, now it works": what is true now replaces what was said.
  r('\\b(?:oh )?(?:wait|hold on|hang on)\\s*,?\\s*(?=now (?:it |chatgpt |the \\w+ )?(?:works|loads|worked|loaded|opens|goes through|is fine|is working)\\b)', 'correction '),
  // "the error is always a 429": which error, not how often.
  r('\\b(?:it is|is|it s|its) always (?:a |an |the |of |du |un )?(?=[1-5]\\d\\d\\b)', 'is '),
  // A browser on a remote or virtual desktop (Citrix, VDI, RDP) runs on another machine and network.
  r('\\b(?:(?:the |a )?(?:web ?)?browser (?:on|in|via|through|inside) (?:the |a |our |my )?)?(?:citrix|vdi|rdp|terminal server|jump ?host|(?:citrix |remote |virtual )desktop)(?: (?:remote |virtual )?desktop)?\\b', 'otherdevice'),
  // "will that eat my data?", "who pays for it?": worries about the data plan asked back.
  r('\\b(?:will|would|does|is) (?:that|it|this) (?:going to )?(?:use|eat|burn|cost|consume)\\b[^.!?]*\\?|\\bwho (?:is going to |will |would )?pays?\\b', 'askback'),
  // Approximations are not hedges: "maybe 1 in 10", "probably half of them", "maybe a third of the calls".
  r('\\b(?:maybe|perhaps|probably|roughly|approx(?:imately)?|around|about|like|~)\\s+(?=(?![45]\\d\\d\\b(?! (?:requests|calls|times|users|people|errors|of)\\b))\\d|half\\b|one\\b|two\\b|a few\\b|a couple\\b|some\\b|most\\b|every\\b|(?:a |one )?(?:third|quarter|fifth|tenth)\\b)', ''),

  // Doubt about the value said (the whole reply states nothing): "I want to say 403", "403 but not 100%",
  // "but not sure", "wouldn't swear to it", "seemed to?", "500 or so", "403-ish", "500 or 503?", "500 or 502",
  // "a bit of both", "it might have been", "maybe X?", "didn't count", "wasn't paying attention".
  // Twentieth round: "I could be wrong", "I'll double check", "I'm not convinced", "meh", "roughly, yes" said alone: doubt.
  // Filler sung or mumbled ("la la la 123 ok ok", "bla bla", "blah blah blah"): no answer, whatever "ok" follows.
  r('\\b(?:la la la|lalala|tralala|na na na|nanana|bla bla|blabla|blah blah)\\b', 'doubtx'),
  r('\\bi (?:could|might|may|can) (?:well |also )?be (?:wrong|mistaken)\\b|\\bi (?:will|ll) (?:double[- ]?check|re-?check|re-?verify)\\b', 'doubtx'),
  r('\\bnot (?:really |totally |entirely |fully |quite )?convinced\\b', 'not sure'),
  r('\\bmeh\\b', 'kinda'),
  r('(?:^|(?<=[.,!?] ))\\s*(?:roughly|more or less)(?=\\s*[,.!?]|\\s*$)', ' kinda'),
  // "I don't get the impression it works": as "I don't think it works".
  r('\\bi (?:do not|dont) (?:get|have) the (?:impression|feeling)(?: that)?\\b', 'i do not think'),
  r('\\bi (?:want|wanna|would like|am tempted) to say\\b|\\bnot (?:100|a hundred|one hundred|hundred) ?(?:%|percent|pct)(?! of)(?: sure| certain)?', 'doubtx'),
  r('\\bbut (?:i am |i m |im )?not (?:sure|certain|positive)\\b|\\bbut (?:idk|dunno|i do not know)\\b(?! (?:why|how))', 'doubtx'),
  r('\\b(?:would not|could not) (?:swear|bet)\\b|\\bdo not quote me\\b|\\bdid not (?:count|pay attention|read it (?:properly|well|closely)|look (?:properly|closely))\\b|\\b(?:was not|were not) paying attention\\b', 'doubtx'),
  r('\\bseem(?:s|ed)? (?:to|like)\\b(?=[^.!?]*\\?)', 'doubtx'),
  r('\\b(?:[1-5]\\d\\d|home|office|vpn|hotspot|works?|working|fine|sometimes|mostly|always)(?: ?-?ish| or so| or something)\\b', 'doubtx'),
  r('\\b(?:a bit|kind|kinda|sort) of both\\b|\\b(?:might|may|could) have been\\b|\\bmight be\\b', 'doubtx'),
  // "maybe a certificate problem? …": a reply that opens with a guess said as a question.
  r('^\\s*(?:maybe|perhaps|possibly|probably)\\b(?=[^.!?,]*\\?)', 'doubtx'),
  r('\\bor\\b(?=\\s+[^\\s.!?][^.!?]*\\?)', 'or doubtx'),
  r('\\b[1-5]\\d\\d (?:or|/) [1-5]\\d\\d\\b', 'doubtx'),
  r('\\b(?:mostly|usually|generally|mainly|most of the time)(?=\\s*\\?)', 'doubtx'),
  // Questions back that ask the bot to decide: "where would I see that", "I wonder if", "is that what …?".
  r('\\bwhere (?:would|do|can|should|could|will) (?:i|we) (?:see|find|look|check|get|read)\\b', 'askback'),
  r('\\b(?:i wonder|wondering|i am wondering) (?:if|whether)\\b|\\bis (?:it|that|this) the same (?:as|thing)\\b|\\bis (?:that|this|it) (?:what|the one|the thing)\\b(?=[^.!?]*\\?)', 'askback'),
  r('\\bdoes (?:it|that|this) (?:matter|make a difference)\\b|\\bwhich (?:one )?(?:do you|would you|should i|you)\\b', 'askback'),
  // A cleft denied ("it's not the API that fails", "c'est pas l'API qui déconne"): the thing named works.
  r('\\b(?:it is|it s|its) not (?:the |my |our )?(api|app|website|site|browser|vpn|hotspot|wifi|network|incognito) (?:that|which|qui|que) (?:is |s )?(?:fails|failing|failx|broken)\\b', '$1 works ,'),
  // The web app's own hourly cap ("Too many requests in 1 hour. Try again later."): no API 429.
  r('\\btoo many requests in (?:1|one|an|the last) hour\\b', 'othererr'),
  // "I don't have time for this": a complaint, no test that could not be run.
  r('\\b(?:do not have|have no|got no) time for (?:this|that)\\b', ''),

  // A leading acknowledgement before what the person will do next ("ok let me see", "sure, one sec")
  // is not the weak "ok" of "incognito is ok".
  r('^\\s*(?:ok|okay|alright|k|kk|cool|great|sure|right)(?:\\s*[,.])?\\s+(?=(?:let|lemme|i|we|will|thanks|thank|thx|ty|danke|gracias|one|give|gimme|trying|checking|so|then|wait|hmm|hold|brb|sec|moment)\\b)', ''),
  // Requests state nothing ("can you just fix it", "please fix", "help me fix this", "I need it to work").
  r('\\b(?:can|could|would|will|can not) (?:you|u|ya|someone|somebody|anyone|you guys|y all)(?: [\\w]+){0,4}? (?:fix|repair|resolve|sort|look|check|investigate|help|make|get|retry|test|handle|escalate|restart|reset|clear|do something|raise|increase|bump|lift|remove|disable|unblock|whitelist|allowlist|lend|give|send|provide|enable)\\b', 'request'),
  // "since this morning" says when the failure began ("since" alone may be "because", a clause boundary).
  r('\\bsince (?=(?:this morning|yesterday|last \\w+|earlier|the update)\\b)', 'sincetime'),
  // "no longer at the office": where the person was, not where it fails.
  r('\\b(?:no longer|not anymore|not any more) (?=(?:at|in|on|from) )', 'moot'),
  // "the hotspot is the same as the office wifi?": a question back.
  r('\\bsame as\\b(?=[^.!?]*\\?)', 'askhow'),
  // "more or less", "in theory", "supposedly": no answer.
  r('\\bmore or less\\b', 'kinda'),
  r('\\bin theory\\b|\\btheoretically\\b|\\bsupposedly\\b|\\bsupposed to\\b', 'moot'),
  // "only works in incognito when I'm logged out": a condition.
  r('\\bonly\\b([^.!?]*?)\\bwhen\\b', 'only $1 if'),
  // "they were failing an hour ago but not anymore": the failure is over, it works now.
  r('\\b(fail|fails|failed|failing|broken|erroring|down)\\b([^.!?]*?) but not (?:anymore|any more)\\b', '$1$2 but works now'),
  // "it worked yesterday but not today": today it fails.
  r('\\bbut not (?:today|anymore|any more|this time)\\b', 'but fails today'),
  // "timeout, no code": the call got no answer at all (a proxy or the network may cut it), no API error.
  r('\\b(?:no|without|not any|never (?:a|any)) (?:status |error |http |response )?(?:code|status)\\b', 'nocode'),
  // "it's not failing every time": some go through.
  r('\\b(?:is |are |does |do )?not (?:fail|failing|fails|broken|erroring) (?:every time|all the time|always|each time|constantly)\\b|\\bnot (?:every time|always|all the time)\\b', 'sometimes'),
  // "a cron job that runs once a night": how often something runs, not how often it fails.
  r('\\b(?:once|twice) (?:a|an|per|every) (?:night|day|week|hour|month|minute)\\b', ''),
  // A browser extension is another product, not ChatGPT's web surface.
  // ChatGPT reached through a voice assistant ("the Siri integration on the Mac") is another product.
  r('\\b(?:siri|alexa|apple intelligence)\\b', 'hostapp'),
  r('\\b(?:chrome|browser|firefox|edge) (?:extension|add-?on|plugin)s?\\b|\\b(?:extension|add-?on|plugin)s? (?:for |in |of |de )?(?:chrome|firefox|edge|the browser)\\b', 'hostapp'),
  // "No, I didn't do incognito", "never used a hotspot": that test not run.
  r('\\b(?:did not|have not|had not|never) (?:do|done|use|used|open|opened|run|ran)(?= (?:an? |the |my |any )?(?:incognito|private|hotspot|cleanprofile|altnet)\\b)', 'nottried'),
  // "I'd have expected it to work in incognito but nope": what was expected, no fact.
  r('\\b(?:i |we )?(?:would|d|had)? ?(?:have )?(?:expected|assumed|hoped) (?:it|that|this|chatgpt)? ?to (?:work|load|be fine)\\b', 'hopefully'),
  // "Safari works, same 4G": the same network, named.
  r('\\bsame (?=(?:mobiledata|hotspot|4g|5g|lte|mobile data|cellular|cell data|data)\\b)', 'samenet '),
  // "fine, and you?": a greeting answered, no answer.
  r('^\\s*(?:fine|good|great|ok|okay|not bad)\\s*,?\\s*(?:and|n) (?:you|u|yourself)\\b', 'doubtx'),
  // "only embeddings work, chat completions don't": some endpoints work and others not, no answer either way.
  r('\\bonly (?:the )?(?:embeddings?|completions?|chat[ -]completions?|responses|assistants?|batch(?: api)?|whisper|images?|models?|endpoints?|audio|tts)(?: (?:api|calls|endpoint|endpoints))? (?:work|works|working|go through|get through)\\b', 'doubtx'),
  // "jajaja ok 👍", "lol ok 👍": an acknowledgement, no answer.
  r('^\\s*(?:(?:lol|haha|hahaha|jaja|jajaja|jeje|mdr|xd)\\s+)*(?:ok|okay|okey|oki|vale|dale|kk)\\s*[.,]?\\s*yes\\s*\\.?\\s*$', 'ok'),
  // "I don't have a work phone, nothing to hotspot from": no means to run the test.
  r('\\b(?:do not|don t|dont|did not) (?:have|own) (?:a |any )?(?:work |company |business |second |spare )?(?:phone(?! with)|mobile(?! data)|cell ?phone|smartphone|data plan|sim card)\\b|\\bnothing to (?:hotspot|tether) (?:from|with)\\b', 'nottried'),
  // Twenty-second round (batch 25). "the retry mechanism works": the machinery, not a retry succeeding.
  r('\\b(?:the )?(?:retry|retries|backoff) (?:mechanism|mechanismus|logic|logik|loop|schleife|policy|handler|code|lib|library|middleware)\\b', 'retrymech'),
  // "does that count?": asking back.
  r('\\b(?:does|would|will) (?:that|this|it) count\\b', 'askback'),
  // "the other side of the office", "a different floor of the building": the building, no network.
  r('\\b(?:side|end|floor|corner|part|wing) of the (?:office|building)\\b', 'building'),
  // "Never succeeds? No, that's not right, a couple of them do": what was said back, taken back.
  r('\\b(?:no,? )?(?:that|this) (?:is|s) not (?:right|true|correct|quite right|it)\\b', 'correction'),
  // "not all of them fail, some go through": some do.
  r('\\bnot (?:all|every one|each) of (?:them|those) (?:fail|fails|failed|error|errors)\\b(?=[^.!?]*\\b(?:some|a few|a couple|several|most|half)\\b)', 'intermittentx'),
  // "nobody has complained", "no complaints": it works for them.
  r('\\b(?:nobody|no one|noone|none of them) (?:has |have |had )?complained\\b|\\bno complaints\\b', 'works fine'),
  // "… but I retested and it fails", "but now I tried it again: works": a test run again after "but" takes back what came before it.
  r('\\bbut (?:now |then |today )?(?:i |we )?(?:(?:just )?re-?tested|tested (?:it )?again|checked (?:it )?again|tried (?:it )?again)\\b', 'correction'),
  // "kindly note I am on the office network", "please be informed that …": a statement's polite opener, no request.
  // "kindly let me know if there is another way", "please advise": a closing, no request beside the answer.
  r('\\b(?:please|pls|kindly) (?:note|be (?:informed|advised|aware)|find)(?: that)?\\b|\\b(?:please|pls|kindly) (?:let (?:me|us) know|advise|revert|get back to (?:me|us))\\b', ''),
  r('\\b(?:please|pls|plz|plse|kindly)(?: (?:just|quickly|urgently|asap|now|someone|somebody|\\w+)){0,2}? (?:fix|repair|resolve|sort|look|check|investigate|help|make|retry|test|handle|escalate|restart|reset|raise|increase|bump|lift|unblock)\\b', 'request'),
  r('\\bhelp (?:me|us)\\b', 'request'),
  r('^\\s*(?:just |please |pls |can you )*(?:make|get) (?:it|this|chatgpt|that) (?:to )?stop (?:failing|erroring|crashing|breaking)\\b', 'request'),
  r('^\\s*(?:just |please |pls |can you )*(?:make|get) (?:it|this|chatgpt|that) (?:to )?(?:work|working|run|running)\\b', 'request'),
  // "just bump the quota", "raise our limit please", "unblock chatgpt on the office network": a reply that opens by telling IT what to change.
  r('(?:^|(?<=[.!?]\\s))\\s*(?:just |please |pls |kindly )*(?:raise|increase|bump|lift|unblock|whitelist|allowlist|escalate) (?:it|this|that|the|my|our|us|me|chatgpt|openai|up)\\b', 'request'),
  r('^\\s*(?:just |please |pls )*(?:fix|repair|resolve|sort out) (?:it|this|that|the|my|our|chatgpt|asap|please|pls|now|for|me|us)\\b|^\\s*(?:just |please |pls )*(?:fix|repair|resolve)(?=\\s*(?:[.!,?]|$))', 'request'),
  r('\\b(?:i |we )?(?:need|want|needs|wants|would like) (?:it|this|chatgpt|that|the \\w+) (?:to work|working|fixed|sorted|back)\\b', 'request'),
  // Questions back: the reading flags them (the bot then shows how to run the test).
  r('\\bwhat do you mean\\b|\\bwhat does (?:that|this|it) mean\\b', 'askhow'),

  // ChatGPT inside another product is none of the four surfaces.
  // Another computer or phone is another test, not the private window ("tried on a different computer").
  r('\\b(?:a |another |different |other |my colleague s |second |a different |a second )(?:computer|laptop|pc|machine|device|mac|notebook)\\b', 'otherdevice'),
  // "across from the office": a place beside another is not that place; "home screen" is no place.
  r('\\b(?:in front of|across from|opposite|next to|near|beside|close to|around the corner from|down the street from) (?:the |my |our )?(?:office|work|home)\\b', 'nearby'),
  r('\\bhome ?screen\\b', 'homescreen'),
  // "no clue why, but incognito works": not knowing why is no doubt about the answer.
  r('\\b(?:no (?:clue|idea)|idk|dunno|do not know|not sure|unsure) why\\b', ''),
  // "if it matters", "if that helps": an aside, not a condition.
  r('\\b(?:if|in case) (?:it|that|this) (?:matters|helps|is relevant|makes a difference|is useful)\\b', ''),
  // "I thought it was X, but ...": taken back.
  r('\\b(?:(?:i|we) )?(?:first |initially |originally |at first )?thought\\b[^.!?]*?\\bbut\\b', 'correction'),
  // "disconnect the VPN and it loads": without the VPN.
  r('\\b(?:disconnect(?:ing|ed)?|drop(?:ping|ped)?|kill(?:ing|ed)?|leav(?:e|ing)|exit(?:ing)?|quit(?:ting)?) (?:the |my |our )?vpn\\b', 'not vpn'),
  // "this account has been deactivated": an error page of its own.
  r('\\baccount (?:has been |was |is |got )?(?:deactivated|suspended|disabled|banned|locked)\\b', 'othererr'),
  // "my house wifi": home.
  r('\\b(?:my |our )?house (?:wi-?fi|network|internet|router)\\b', 'home'),
  // "haven't seen any errors": nothing fails.
  r('\\b(?:have not|has not|did not|not) (?:seen|noticed|had|gotten|got) (?:any |a single )?(?:errors?|failures?|problems?|issues?)\\b', 'works fine'),
  // "walk me through it": a question back.
  r('\\b(?:walk|talk|take) (?:me|us) through\\b|\\bshow me how\\b|\\bexplain (?:to me )?how\\b', 'askhow'),
  // "could be corp, could be guest": doubt.
  r('\\bcould be\\b', 'maybe'),
  // "I suppose so" is doubt, as "I guess"; "I believe not" a no, "seems so" a yes (leans).
  r('\\bi suppose\\b', 'maybe'),
  r('\\bi believe not\\b', 'no'),
  r('(?:^|(?<=[.,!?] ))\\s*(?:it )?(?:seems|looks like it|appears) so(?=\\s*(?:[.,!?]|$))', 'yes'),
  // "it works… or not", "funciona… o no", "well, normally": doubt said after the answer takes it back.
  r('\\bor (?:not|no)\\b(?=\\s*[.!?]*\\s*$)', 'doubtx'),
  r('(?:^|(?<=[.,!?] ))\\s*(?:well ,? )?(?:normally|in theory|theoretically|supposedly)(?=\\s*[.!?]*\\s*$)', 'doubtx'),
  // "I hope it works", "it will work in incognito", "it'll be fine": a hope or a prediction is no test result.
  r('\\bi (?:do )?hope(?= (?:that )?(?:it|this|that|chatgpt|incognito|the \\w+) (?:works|will|does|is|loads|goes|stays|keeps)\\b)', 'hopefully'),
  r('\\b(?:will|is going to|gonna) (?:probably |surely |definitely )?(?:work|load|go through|be fine|be ok|be okay)\\b', 'would work'),
  // "hotspot's the same", "incognito is the same": the same failure there.
  r('\\b(?:(?:is|s|was|are) )?the same(?: there| here)?(?=\\s*(?:[,.!]|$))', 'failx too'),
  // "the office wifi isn't working, hotspot is": the thing named works.
  r('\\b(hotspot|mobiledata|incognito|home|office|vpn|browser|website|app|api)(?: one)? (?:is|does|did|do)(?=\\s*(?:[,.!]|$))', '$1 works'),
  // "not getting it in the browser": the error does not come there.
  r('\\b(?:am |is |are )?not (?:getting|seeing|having|hitting) (?:it|that|this|the (?:error|issue|problem|500|403))\\b', 'works fine'),
  // "didn't go further": it stopped there.
  r('\\b(?:did not|does not|can not|could not|never) (?:go|get) (?:any )?further\\b', 'failx'),
  // "wrong channel, ignore": not meant for the bot.
  r('\\bwrong (?:channel|chat|thread|window|person|convo|conversation|tab)\\b|\\bignore (?:this|that|me|it)\\b|^\\s*ignore\\b', 'offtopic'),
  // "not consistently failing": some go through.
  r('\\bnot (?:consistently|constantly|always|reliably|permanently) (?:fail|failing|fails|broken|erroring|down)\\b', 'sometimes'),
  // Network-configuration messages as the French and Spanish apps write them.
  r('\\b(?:probleme de )?configuration (?:du |de )?reseau\\b|\\bconfiguracion de (?:la )?red\\b', 'sslerr'),
  r('\\bungew(?:o|oe)hnliche aktivit(?:a|ae)t\\b|\\bactividad inusual\\b|\\bactivite inhabituelle\\b', 'unusual activity'),
  // "not anymore" at the end of a clause: it fails now.
  r('\\b(?:not anymore|not any more|no longer)(?=\\s*(?:[,.!]|$|(?:since|sincetime|as of|starting)\\b))', 'failx now'),
  // "not affected": it works.
  r('\\bnot (?:affected|impacted)\\b', 'unaffected'),
  // "my colleague's hotspot": the thing is the colleague's, the test the reporter's.
  r('\\b(?:colleague|coworker|friend|neighbou?r|boss|wife|husband|partner)s? s (?=(?:hotspot|phone|wifi|wi-fi|network|laptop|router)\\b)', 'borrowed '),
  // "no clue what network": unsure of the network, which says nothing of the surface.
  r('\\b(?:no (?:clue|idea)|idk|dunno|not sure) (?:what|which) (?:network|wi-?fi|connection)\\b', 'unsurenet'),
  // "told my manager 500 but ... it's actually 403": taken back.
  r('\\b(?:told|said|wrote|reported)\\b[^.!?]*?\\bbut\\b(?=[^.!?]*\\bactually\\b)', 'correction'),
  r('\\bwait,? (?:, )?(?:you mean|do you mean)\\b', 'correction'),
  // "do you mean the code in the tab title?", "should I try edge", "does the guest wifi count as office": asked back.
  r('\\b(?:do|did) (?:you|u|ya) mean\\b|\\b(?:should|shall) (?:i|we)\\b|\\bdo (?:i|we) (?:need|have) to\\b|\\bdo you want me to\\b|\\bcounts? as\\b', 'askback'),
  // "way under quota": no rate limit.
  r('\\b(?:(?:way |well |far )?(?:under|below|within)|nowhere near|not even close to) (?:the |our )?(?:quota|rate ?limits?|ratelimit|limits?)\\b', 'not ratelimit'),
  r('\\b(?:warehouse|depot|plant|factory|shop floor|branch|lab|store)(?: floor| site| hall)? (?:wi-?fi|network|lan)\\b', 'office'),
  // "it's not that it doesn't work on the hotspot, it's that I couldn't try": the reason denied, then the one meant.
  r('\\b(?:it is |it s )?not that\\b[^.!?]*?,\\s*(?:but )?(?:it is|it s) that\\b', 'correction'),
  // "it is not that it fails in private mode": a claim denied, not a statement.
  r('\\b(?:it is |it s )?not that\\b(?! i know)(?![^.,!?]*\\b(?:not|never|no)\\b)', 'moot'),
  r('\\blast time i (?:checked|looked|tried)\\b', 'moot'),
  // "staff wifi", the hospital's network: where the person works.
  r('\\bstaff (?:wi-?fi|network|one|lan)\\b|\\b(?:hospital|clinic|ward)(?: s)? (?:wi-?fi|network|lan)\\b', 'office'),
  // "no better": the same failure.
  r('\\b(?:is |was )?no better\\b', 'failx'),
  // "zero signal", "only one network out here": the other network cannot be tried.
  r('\\b(?:no|zero|bad|poor|weak) (?:signal|reception|coverage|bars)\\b', 'nottried'),
  r('\\b(?:there is|there s|theres|i have|we have|got|have) only (?:one|1|a single) (?:network|wi-?fi|connection)\\b', 'nottried altnet'),
  r('\\b(?:there is |there s |theres )?no (incognito|cleanprofile) (?:option|mode|button|setting|available)\\b', 'nottried $1'),
  // Error pages of their own: expired sessions, unsupported devices, connection resets.
  r('\\bsession (?:has )?expired\\b|\\blog ?in never sticks\\b|\\b(?:device|browser|region|country) (?:is )?not supported\\b|\\bunsupported (?:device|browser|region|country)\\b', 'othererr'),
  r('\\beconnreset\\b|\\beconnrefused\\b|\\betimedout\\b|\\bapiconnectionerror\\b', 'connection reset'),
  r('\\bif (?:it s |that s |its )?relevant\\b', ''),
  // "429 no, it was Friday; today 503", "500 no es": the value denied after it is named.
  r('\\b(not|no|never) ((?:[\\w-]+ ){0,5}?)(ratelimit|office|home|mobiledata|altnet|hotspot|vpn|app|browser|website|desktopapp|phone|mobile|laptop|computer|desktop|mac|iphone|android) no(?=\\s*(?:[,.]|$))', '$1 $2$3'),
  r('(?:^|(?<=[,.?] ))\\s*(?:(?:error|code|http|el|la|un|une|a|the|it is|is) )?([45]\\d\\d) no(?: is)?(?: eh| pues| ok)?(?=\\s*(?:[,.]|$))', ' not $1'),
  r('\\b(ratelimit|office|home|mobiledata|altnet|hotspot) no(?: is)?(?: eh| pues| ok)?(?=\\s*(?:[,.]|$))', 'not $1'),
  // "tried edge's normal window but not private": the private window was not tried.
  r('\\btried\\b([^.!?]*?)\\bbut not (?:in |on |with |the )?(incognito|cleanprofile|hotspot|altnet)\\b', 'tried $1 , nottried $2'),
  // Another browser is another action, not the private window or the other network.
  r('\\b(?:another|different|other|second) browser\\b|\\bswitched browsers?\\b|\\bchanged (?:the |my )?browser\\b', 'otherbrowser browser'),
  // "strange, no?", "weird, right?": a tag after a word of surprise is puzzlement at the result, not a question back.
  r('\\b(weird|strange|odd|bizarre|funny|crazy|curious|interesting|surprising) (?:, )?(?:right|no|innit|huh|eh) \\?', '$1 .'),
  // "..., right?", "..., no?": asking for confirmation is a question back.
  r('(?:, )?\\b(?:right|correct|no|innit) \\?\\s*$', ' askhow ?'),
  // "I don't think it's the VPN": not the VPN; at a customer's or patient's home: out of the list.
  r('\\bi (?:do not|dont) think (?:it s|it is) (?:the |my |our )?(vpn|office|home|hotspot|browser|app|api)\\b', 'not $1'),
  r('\\bat (?:a |the |my )?(?:patient|customer|client)s? (?:s )?(?:home|house|place)\\b', 'altnet'),
  // A terminal client.
  r('\\b(?:in|on) (?:the |a )?terminal\\b|\\bcli client\\b|\\bclient cli\\b', 'hostapp'),
  // A terminal tool (shell-gpt, a CLI client) is another product.
  r('\\bshell-?gpt\\b|\\bsgpt\\b|\\b(?:terminal|cli|command[- ]line)(?:[- ](?:client|tool|app|program))\\b', 'hostapp'),
  // Microsoft Copilot (in Edge, Windows or Office) is another product.
  r('\\b(?:ms |microsoft |bing |windows |edge |github )?copilot(?: (?:of|in|on|for|from|de|del|en|im|dans) (?:the |el |la |le )?(?:edge|windows|office|bing|teams|word|excel|microsoft|github))?\\b', 'hostapp'),
  // The public status page is someone else's word, not the organisation's own API calls.
  r('\\b(?:the |openai s |openai |api )?status (?:dashboard|board)\\b|\\b(?:the |openai s |openai )?status ?page\\b|\\bstatus\\.openai\\.com\\b|\\bdowndetector\\b', 'statuspage'),
  r('\\b(?:ms |microsoft )?(?:teams|slack|outlook|word|excel|powerpoint|notion|jira|confluence|zapier|gmail|copilot|sharepoint) (?:integration|plugin|plug-in|app|add-?in|bot|connector|extension)s?\\b', 'hostapp'),
  r('\\b(?:integration|plugin|plug-in|add-?in|bot|connector|extension)s? (?:with |for |in |into |of )?(?:the )?(?:ms |microsoft )?(?:teams|slack|outlook|word|excel|powerpoint|notion|jira|confluence|zapier|gmail|sharepoint)\\b', 'hostapp'),

  // Number words for the codes people spell out ("FIVE HUNDRED again").
  r('\\bfive (?:hundred|oh oh|o o)\\b', '500'),
  r('\\bfour (?:oh|o|zero) three\\b|\\bfour hundred (?:and )?three\\b', '403'),

  // Wishes are not outcomes: "do not want to break anything", "would like to avoid".
  r('\\b(?:do|does|did|would) not (?:want|like|wish|dare) to \\w+\\b', ''),

  // Not getting past a page, a check that never finishes: it fails (the page itself stays named).
  r('\\b(?:can not|could not|unable to|not able to|never|not) (?:get|getting|make it|go|going) (?:past|through|beyond)\\b', 'failx'),
  r('\\b(?:not|never) (?:pass|passes|passing|passed|finish|finishes|finishing|finished|complete|completes|completed|ends|ending|resolves|stops)\\b', 'failx'),
  // "no, I did not", "we have not": the person did not (try); "it does not" stays an outcome.
  r('\\b(?:i|we) (?:did|have|had|has) not(?: yet)?(?=\\s*(?:[.,?]|$))', 'nottried'),
  r('(?:^|(?<=[.,] ))\\s*(?:have|has|had) not(?: yet)?(?=\\s*(?:[.,?]|$))', 'nottried'),
  r('\\bnot (?:yet )?(?:got|gotten|get|gone|come) (?:a)?round to\\b', 'nottried'),
  // Not using the thing asked about ("we don't use it"): for api_health that is "I don't know".
  r('\\b(?:do|does|did) not (?:use|have|need|call|touch) (?:it|that|them|one|those)\\b|\\bnot using (?:it|that|them)\\b', 'nouse'),
  r('\\b(?:do|does|did) not (?:use|call|work with|deal with|touch) (?:the |an? |any |our )?(?:api|apis)\\b', 'nouse'),
  // "I don't think I tried that": a lean, and the test was not run.
  r('\\bi (?:do not|dont) think (?:i|we) (?:have |did )?(?:ever )?(?:tried|tested|checked|did)(?: (?:it|that|this|one))?\\b', 'nottried'),
  // "let me check... ok yes it works": the promise to check, before what was found.
  r('\\b(?:let me|lemme) (?:quickly |just )?(?:check|see|try|test|look)\\b(?=\\s*[.,]+\\s*\\S)', 'willtry'),

  // "can not open chatgpt" says it fails; "can not open incognito" (below) says the test was not run.
  r('\\b(?:can not|unable to|not able to|could not) (?:open|use|access|load|reach|get (?:in|into|on)|log ?in(?: to)?|sign ?in(?: to)?|connect(?: to)?|work with) (?=(?:chatgpt|chat gpt|gpt|openai|it|the website|the site|the app|the page|anything)\\b)', 'failx '),

  // What the person needs it for ("I need it for work in the office") is no outcome and no place tested.
  r('\\bfor (?:my |our |the )?(?:work|job)\\b', 'forwork'),
  // Declining to touch anything ("I'd rather not touch anything", "I prefer not to change anything"): not tried.
  r('\\b(?:rather|prefer(?: to)?) not(?: to)? (?:touch|change|mess with|risk|do) (?:anything|it|that|this|something)\\b', 'rather not try'),
  // Not tried (the topic word, if any, stays).
  // Not finding how to run a test ("can't find incognito", "couldn't find the private window option").
  r('\\b(?:can not|could not|unable to|not able to|do not|did not|can t) find\\b', 'nottried'),
  r('\\b(?:do|does|did|would) not know how\\b', 'nottried'),
  r('\\bhow (?:do|can|would|should|could|to|does one)\\b|\\bwhere (?:do|can|would|could|should) (?:i|we|you) (?:find|get|open|see|turn on)\\b', 'askhow'),
  r('\\b(?:only|just) (?:have|got) (?=(?:the |my |our |one |this )?(?:office|work|company|corporate|corp|home|one|this|the)? ?(?:wi-?fi|network|connection|lan)\\b)', 'nottried'),
  r('\\bwhat (?:is|are) (?:an? |the )?(?=(?:incognito|incog|private|inprivate|hotspot|hot spot|tether\\w*|guest|clean|api|curl|vpn|web|browser|that|this)\\b)', 'askhow'),
  // "haven't (really) checked": not tried.
  r('\\b(?:(?:have|has|had|did|do|does) )?(?:not|never) (?:yet )?(?:really |actually |even )?(?:(?:have|had|get|got|been able to|managed to|gotten around to|got around to|gotten|had time to) )?(?:tried|try|trying|tested|test|testing|checked|check|checking|looked|attempted|done|gotten to|got to)\\b', 'nottried'),
  r('\\bno (?:have|has|had|did|do|yet) (?:not )?(?:yet )?(?:tried|try|tested|test|checked|check)\\b', 'nottried'),
  r('\\bnot (?:had|have|get|got) (?:a |the |any )?(?:chance|time|opportunity)\\b', 'nottried'),
  r('\\bno (?:chance|time|opportunity) (?:yet|to)\\b', 'nottried'),
  // "no way to test that from here", "there's no way for me to try another network", "keine Möglichkeit, das zu
  // testen", "no hay manera de probar", "no tengo forma de probarlo", "aucun moyen de tester": no means of testing is
  // not having tried (the test verb must follow: "no way to get it working" says it fails).
  r('\\b(?:no|not|not have|not had)(?: hay| there is)?(?: a| any)? (?:way|possibility|means|option|moglichkeit|manera|forma|moyen)(?: (?:for|fur|para|pour) \\w+)?(?: ,)?(?: \\w+){0,2}? (?:test|testing|tested|try|trying|tried|check|checking|verify|probar|probarlo|tester|testen|essayer|probieren|ausprobieren)\\b', 'nottried'),
  // "nothing tested yet", "tested nothing so far", "noch nichts getestet", "ich habe nichts probiert", "j'ai pu rien
  // tester": nothing tried is not having tried ("nothing works" still says it fails).
  r('\\bnothing(?: (?:yet|so far|at all))? (?:tested|tried|checked|getestet|probiert|ausprobiert|versucht)\\b|\\b(?:tested|tried|checked|getestet|probiert|ausprobiert) nothing\\b', 'nottried'),
  // "they don't let us open incognito", "our laptops won't let me use private mode": not allowed to run the test.
  r('\\b(?:do not|does not|did not|will not|would not|won t|can not|could not) (?:let|allow|permit) (?:me|us|you|people|anyone|employees|users|staff)(?: to)?(?= (?:open|use|try|start|launch|enable|run|switch|turn on|connect)\\b)', 'not allowed to'),
  r('\\bnot yet\\b', 'nottried'),
  r('\\bnot (?:allowed|permitted|authori[sz]ed)(?=\\s*(?:[.,]|$))', 'nottried'),
  r('\\bhave (?:\\w+ ){0,4}?no (?:web )?browser\\b', 'nottried'),
  r('\\b(?:(?:have|has|do|does|did) )?not (?:have|got) (?:a |an |any |the )?(?:web )?browser(?: (?:on|in) (?:it|there|that|the \\w+|my \\w+))?\\b', 'nottried'),
  r('\\bnot (?:allowed|permitted|authori[sz]ed) to\\b|\\b(?:disabled|blocked|locked|turned off|forbidden|not allowed) (?:by|on|for|per|due to|via|through|with) (?:the |our |my |company |corporate )?(?:it|policy|policies|admins?|administrators?|group policy|security|mdm|dsi|informatique|it department|sysadmins?)\\b', 'nottried'),
  r('\\b(?:will|would|going to|gonna|about to|let me|lemme|need to|have to|should|can) (?:try|test|check|give it a (?:try|go|shot))\\b', 'nottried'),
  r('\\b(?:try|check|test)(?:ing)? (?:it |that |this )?(?:later|soon|tomorrow|in a (?:bit|sec|second|minute|moment|min))\\b', 'nottried'),
  // "will do after lunch", "will do it later": a promise to run the test.
  r('\\bwill do(?: it| that| this)?(?= (?:later|after|tomorrow|soon|asap|when|once|in a (?:bit|sec|second|minute|moment|min))\\b|\\s*(?:[.,!?]|$))', 'nottried'),
  // "my normal window is broken and so is incognito": the second thing has the same outcome.
  r('\\b(?:and )?so (?:is|does|did|was|are|do) ((?:the |my |a |an )?(?:\\w+ )?\\w+)(?=\\s*(?:[.,!?]|$))', ', $1 too'),
  r('\\b(?:can not|unable to|not able to|could not) (?:test|try|check|open|use|do|switch|tether|hotspot|share (?:its |my |the )?(?:data|connection|internet)|turn on|enable)\\b', 'nottried'),
  r('\\b(?:can not|unable to|not able to|could not)(?=\\s*(?:[.,]|$))', 'nottried'),
  r('\\b(?:(?:have|has|do|does|did) )?not (?:have|got) (?:a |an |any |another |other |my |the |access to (?:a |an |another )?)?(?:work |company |second |spare |personal )?(?=(?:hotspot|hot|tether\\w*|mobile|cell|phone|data|second|other|another|different|guest|4g|5g|lte|wi-?fi)\\b)', 'nottried altnet'),
  r('\\b(?:(?:have|has|do|does|did) )?not (?:have|got) (?:a |an |any |the |access to )?(?=(?:incognito|cleanprofile|private)\\b)', 'nottried '),
  // "I can't really tell", "can't quite say": doubt, however it is softened (the adverb kept "not" apart from its verb).
  r('\\b(?:could not|can not|would not be able to)(?: (?:really|quite|exactly|honestly|fully|truly|yet))? (?:tell|say)(?: you| for sure| yet)?\\b', 'idk'),
  r('\\b(?:unfortunately|sadly|afraid|i am afraid) not\\b(?=\\s*(?:[.,!?]|$))', 'no'),

  r('\\b(?:not sure|no idea|no clue|unsure) how\\b', 'nottried'),

  // "not that I know of": a hedge, not a "no" (before "i do not know" below).
  r('\\bnot that i (?:know|am aware|can tell|remember)(?: of)?\\b', 'hedge'),

  // Do not know (a valid answer for api_health, unclear elsewhere).
  r('\\b(?:i )?(?:do not|did not) know\\b', 'idk'),
  r('\\b(?:idk|dunno|idek|no idea|no clue|not a clue|not (?:really |totally |entirely |completely |100 ?% )?sure|unsure|not certain|uncertain|can not say|can not tell|beats me|who knows|i wonder)\\b', 'idk'),

  // Hedges.
  r('\\byes (?:and|or|/) no\\b', 'hedge'),
  r('\\b(?<!(?:some|what|a|that|this|any|the|same|which|one) )(?:kind of|sort of)\\b', 'hedge'),
  // "a bit?", "un peu ?", "un poco", "ein bisschen": a clause that is only "a bit" answers with doubt.
  r('(?<=^ |[.,?] )a (?:bit|little|peu|poco|bisschen|wenig)(?= [?,.] | $)', 'hedge'),
  // "I think so?" is hedged but clear; "I guess it works?", "maybe", "probably", "not sure" stay hedges;
  // "I think" holds back only a statement that also ends in "?" ("I think it worked on hotspot yesterday?").
  r('\\b(?:i )?(?:do not|did not) (?:think|believe) so\\b', 'no'),
  r('\\bi (?:guess|suppose|think|believe|reckon) so\\b', 'yes'),
  r('\\bi (?:guess|suppose|assume)\\b', 'hedge'),
  r('\\bi (?:think|believe)\\b', 'softhedge'),
  r('\\b(?:it )?depends\\b', 'depends'),
  r('\\b(?:hard to (?:say|tell)|more or less|in a way|ish)\\b', 'hedge'),

  // Cloudflare challenge.
  r('\\bverify(?:ing)? (?:that )?(?:you are|i am|you|i|we are)(?: a)? human\\b', 'cfchallenge'),
  r('\\b(?:are you (?:a )?human|human (?:verification|check)|checking (?:if the site connection is secure|your browser)|just a moment)\\b', 'cfchallenge'),
  r('\\b(?:re|h)?captchas?\\b|\\bturnstile\\b|\\bcloudflare\\b|\\bchallenges?(?: page| loop| screen| box)?\\b|\\bbot check\\b', 'cfchallenge'),
  // "cloudflare captcha", "captcha de cloudflare": one challenge named twice is one (so "not the cloudflare captcha" denies it whole).
  r('\\bcfchallenge (?:(?:of|from|by|de|von) )?(?:the )?cfchallenge\\b', 'cfchallenge'),

  // SSL / network configuration (before "private" and "network").
  r('\\b(?:your )?connection is not (?:private|secure)\\b', 'sslerr'),
  r('\\bnetwork config(?:uration)?(?: (?:issue|error|problem|warning|message)s?)?\\b|\\bnetzwerk-?konfiguration\\w*', 'sslerr'),
  r('\\b(?:net )?err_(?:cert|ssl)\\w*', 'sslerr'),
  r('\\b(?:ssl|tls|https)(?: (?:error|issue|problem|handshake|inspection|warning))?\\b', 'sslerr'),
  r('\\b(?:wrong |invalid |untrusted |bad |expired |self-signed )?cert(?:ificate)?s?(?: (?:error|issue|problem|warning|thing))?\\b', 'sslerr'),

  r('\\b(?:unusual|suspicious|strange|unexpected|abnormal) (?:activity|traffic|behaviou?r)\\b', 'unusualact'),

  // Status texts.
  r('\\binternal (?:server )?error\\b|\\bserver error\\b|\\bhttp error 500\\b', 'code500'),
  r('\\bserver (?:had|has|encountered|experienced|hit) an? (?:internal |unexpected )?error\\b', 'code500'),
  r('\\bservice (?:temporarily )?unavailable\\b|\\b(?:is |are )?(?:currently )?overloaded\\b', 'code503'),
  r('\\bbad gateway\\b', 'code502'),
  r('\\binternalservererror\\b', 'code500'),
  r('\\bserviceunavailableerror\\b', 'code503'),
  r('\\bpermissiondeniederror\\b', 'code403'),
  r('\\bbadrequesterror\\b', 'code400'),
  r('\\bauthenticationerror\\b', 'code401'),
  r('\\bratelimiterror\\b', 'ratelimit'),
  r('\\bapi(?:connection|timeout)error\\b', 'timeouterr'),
  r('\\bgateway time-?out\\b', 'code504'),
  r('\\b(?:access (?:is )?denied|forbidden|permission denied)\\b', 'code403'),
  r('\\bbad request\\b', 'code400'),
  r('\\bunauthori[sz]ed\\b', 'code401'),

  r('\\btoo many requests\\b|\\brate[ _-]?limit(?:s|ed|ing)?(?:[ _](?:exceeded|reached|error|errors|hit))?\\b|\\binsufficient_quota\\b', 'ratelimit'),
  r('\\b(?:exceeded|exceeding|over|hit|hitting|out of|reached) (?:your |our |my |the )?(?:current |monthly |usage )?quota\\b|\\bquotas?\\b|\\bthrottl(?:ed|ing|e)\\b', 'ratelimit'),

  r('\\berr_too_many_redirects\\b|\\btoo many redirects\\b|\\b(?:login|log-in|sign-?in|signin|redirect|auth) loops?\\b|\\bloops? (?:back )?to (?:the )?(?:login|sign-?in)\\b', 'othererr'),
  r('\\bsomething went wrong\\b|\\b(?:blank|white|empty|black|grey|gray) (?:page|screen|window)\\b|\\b(?:keeps?|kept) (?:loading|spinning|buffering)\\b', 'othererr'),
  r('\\berr_(?:connection|name|network|address|tunnel|proxy|timed|http2|quic|empty|internet)\\w*|\\bdns_probe\\w*|\\berror generating\\b|\\bsomething (?:seems to have )?gone wrong\\b', 'othererr'),
  r('\\b(?:just |keeps? )?spins?\\b|\\bloading (?:forever|endlessly)\\b|\\bspinn(?:er|ing)(?: wheel)?\\b|\\ban error occurred\\b|\\bnetwork error\\b|\\berror in (?:message )?stream\\b|\\bunable to load\\b', 'othererr'),
  r('\\b(?:is |are |was |were )?not (?:loading|opening|starting|launching|responding)\\b|\\b(?:will|does|do|did|would) not (?:even )?(?:load|open|start|launch|respond)\\b', 'failx'),
  // A crash or a hang is the symptom only when asked ("it's the browser that crashes", answering where, names no error).
  r('\\b(?:crash(?:es|ed|ing)?|freez(?:es|ing)|froze|frozen|hangs|hanging)\\b', 'othersym'),
  r('\\btime ?outs?\\b|\\btim(?:ed|ing) ?out\\b|\\bconnection (?:error|reset|refused|closed|aborted)s?\\b', 'timeouterr'),
  // "Request timed out": the noun "request" before what happened to it is a call, not the marker of a request to fix.
  r('\\brequest(?= (?:timeouterr|failed|fails|failing|errored|errors|returned|returns|hangs|hung|was|is) )', 'call'),
  r('^\\s*(?:other|others|something different)\\s*$', 'othersym'),
  r('\\bsomething else\\b|\\b(?:a |another |some )?(?:different|other) (?:error|message|thing|page|code)\\b|\\bnone of (?:those|these|the above|them)\\b|\\bnot (?:on|in) (?:your|the) list\\b', 'othersym'),

  // "500-Seite", "403-error": the code and the word.
  r('\\b([45]\\d\\d)-(?=[a-z])', '$1 '),
  // "nobody has complained": it works, as far as the person can tell.
  r('\\b(?:nobody|no one|no-one|noone)(?: has| s| else has)? (?:complained|said anything|reported anything|noticed anything|mentioned anything)\\b', 'workx'),
  // The organisation's own programs that call the API: jobs, pipelines, bots, integrations.
  r('\\b(?:jenkins|ci|cron|batch|nightly|etl|airflow)(?: \\w+)? (?:jobs?|pipelines?|runs?)\\b|\\b(?:our|the) (?:\\w+ )?(?:bot|integration|pipeline|service)s? (?:that|which) (?:uses?|calls?) (?:gpt|openai|the api|chatgpt)\\b|\\b(?:openai|gpt|api) (?:calls|requests|aufrufe|llamadas|appels)\\b', 'api'),
  // "neither incognito nor the hotspot helps": both tests fail.
  r('\\bneither (?:the |my |a |on |in |via |over )?(incognito|cleanprofile|hotspot|tethered|mobiledata|altnet)(?: window| mode| tab)? nor (?:the |my |a |on |in |via |over )?(incognito|cleanprofile|hotspot|tethered|mobiledata|altnet)(?: window| mode| tab)? (?:helps?|helped|works?|worked|fix(?:es|ed)?|changes?|changed|does|did|(?:makes?|made) (?:a |any )?difference)\\b', '$1 failx , $2 failx'),
  // "neither VPN nor office", "VPN no, ...": the places denied.
  r('\\bneither (?:the |my |on |at |in )?(\\w+) nor (?:the |my |on |at |in )?(\\w+)\\b', 'not $1 , not $2'),
  r('\\b(vpn|hotspot|mobiledata|office|home|app|browser|website|desktopapp|phone|mobile|laptop|computer|desktop|mac|iphone|android) no(?=\\s*(?:[,.]|$))', 'not $1'),
  // eduroam is a university's network: none of the places of the list.
  r('\\beduroam\\b(?: (?:on|at|in) (?:the )?campus\\b)?|\\b(?:on |at |in )?(?:the )?campus (?=\\W*eduroam\\b)', 'altnet'),
  // "we don't retry": no retries to tell of.
  r('\\b(?:we|i) (?:do not|never) (?:retry|re-try|use retries)\\b', 'nouse'),
  // "not every retry fails": some go through.
  r('\\bnot (?:every|each|all) (?:single )?(?:retry|retries|request|requests|call|calls|attempt|attempts|time|times|of the (?:retries|requests|calls|attempts))(?: \\w+)? (?:fail|fails|failed|error|errors)\\b|\\bnot (?:all|every one|each) of (?:them|those) (?:fail|fails|failed|error|errors)\\b(?=[^.!?]*\\bretr)', 'intermittentx'),
  // "there are practically no real retries", "we don't do any retries": none to tell of.
  r('\\bthere (?:are|is) (?:(?:practically|basically|essentially|really) )?no (?:real |actual |automatic )?(?:retries|retry|retrying)\\b|\\b(?:we|i) (?:do not|never) (?:do|have|run|use) (?:any )?(?:real |actual |automatic )?(?:retries|retry)\\b', 'nouse'),
  // "just raise our limit, that will fix it": what a change would do, no fact.
  r('\\b(?:that|this|which|it) (?:will|would|should|might|could|ll) (?:probably |surely |definitely |hopefully )?(?:fix|solve|sort|resolve|help)(?: (?:it|that|this|things|the (?:issue|problem)))?\\b', 'hopefully'),
  // ChatGPT inside another product (a Teams tab, Slack, Outlook) is none of the four surfaces.
  r('\\b(?:in|inside|within|via|through|from) (?:ms |microsoft )?(?:teams|slack|outlook)\\b', 'hostapp'),
  // A correction ("no wait", "no actually", "sorry, I mean"): what came before it is taken back.
  // "not tried yet. wait, just tried: fails too", "acabo de probar", "jetzt gerade": a test run since takes back the not-tried.
  r('\\bnottried(?: yet)? \\. (?:(?:wait|moment|bueno|ok|okay|well|update) , )?(?:(?:i )?just (?:tried|tested|checked)(?: it)?(?: now)?|(?:i )?(?:tried|tested|checked) it just now|acabo of \\w+(?: it)?|(?:je|i) viens of \\w+|now (?:gerade|grad)|gerade eben)\\b', 'correction'),
  r('\\b(?:no|nope|oh) (?:wait|actually|sorry)\\b|\\b(?:wait|actually|sorry) (?:, )?no\\b(?! (?:idea|clue|luck))|\\bscratch that\\b|\\bcorrection\\b|\\b(?:nee|nein|ne) (?:, )?(?:moment|warte)\\b|\\bno (?:, )?espera\\b|\\bnon (?:, )?attends\\b|\\bsorry (?:, )?i mean\\b|\\bi meant\\b', 'correction'),
  // "no idea... ah yes, the dashboard is green", "no sé... ah sí": a denial or a shrug, then "oh yes", is taken back.
  r('\\b(?:idk|no|not|nope|nottried|failx) \\. (?:oh|ah) (?:yes|yeah)\\b', 'correction'),

  // How often (retries).
  r('\\bthru\\b', 'through'),
  // "some do, some don't": part of them go through.
  r('\\bsome (?:(?:of them|retries|requests|calls|attempts) )?(?:do|did|does|work|works|worked|succeed|succeeds|succeeded|pass|passes|go through|get through)\\s*,?\\s*(?:and |but |while )?(?:some|others|other ones) (?:(?:of them|retries|requests|calls) )?(?:do not|did not|does not|fail|fails|failed|not)\\b', 'intermittentx'),
  r('\\bno matter how (?:many times|often|many retries|many attempts|many tries)\\b|\\bhowever many times\\b', 'persistx'),
  // "after 5 retries still 500", "nach 3 Versuchen immer noch 500", "tras varios reintentos sigue el 500": still failing after retrying.
  r('\\bafter (?:\\d+|two|three|four|five|ten|several|many|multiple|a few|a couple of|some|all(?: the)?|every) (?:retries|retry|attempts|tries|reintentos|intentos|essais|tentatives|relances|versuchen|wiederholungen)\\b(?: ,)? (?:it s |it is |i get |we get |there is )?(?:still|again|same|always)\\b', 'persistx'),
  r('\\b(?:does not|do not|not) always\\b', 'intermittentx'),
  r('\\bevery (?:few|couple(?: of)?|other|now and then|so often|\\d+(?:st|nd|rd|th)?)\\b', 'intermittentx'),
  r('\\b(?:on and off|off and on|most of the time|now and then|from time to time|hit (?:or|and) miss|comes and goes|come and go|here and there|once in a while|half (?:of )?the time|some of the time)\\b', 'intermittentx'),
  r('(?<!\\b(?:how|how many|after|after a|nach|apres|despues de) )\\b(?:some|a few|a couple of|a couple|few|certain|most|many|several) (?:requests|calls|retries|of them|of the (?:requests|calls)|attempts|tries|times)\\b', 'intermittentx'),
  r('\\b(?:only )?(?:a few|a couple|some) (?:of them )?(?:fail|failed|error|errored|break|die|time out)\\b', 'intermittentx failx'),
  r('\\b(?:100|hundred) ?(?:%|percent)', 'persistx'),
  r('\\b\\d{1,2}(?:\\.\\d+)? ?(?:%|percent)', 'intermittentx'),
  // "0 out of 50 got through": none did; "every retry fails, 0 out of 50": a count whose verb is elsewhere.
  r('\\b(?:0|zero|none) (?:in|out of|of) \\d{1,4} (?:(?:have |has |had |did |do |will |of them )?(?:succeed\\w*|work\\w*|went through|go(?:es)? through|got through|get through|pass\\w*|made it))\\b', 'persistx'),
  r('\\b(?:0|zero|none) (?:in|out of|of) \\d{1,4}\\b', ''),
  // Nineteenth round: "10 out of 10", "10 fois sur 10": every time (was some of the time).
  r('\\b([1-9]\\d{0,3}) (?:in|out of|of) \\1\\b(?! ?(?:%|percent))', 'every time'),
  r('\\b\\d{1,3} (?:in|out of|of) \\d{1,4}\\b|\\bhalf\\b', 'intermittentx'),
  // "every time", "each time", "all the time": how often the failure shows (the marker eachtime, persistent); unasked,
  // it says nothing of the retries as "every call" does (parse-reply.ts).
  r('\\bevery (?:single )?time\\b|\\beach time\\b|\\ball the time\\b', 'eachtime'),
  r('\\bevery (?:single )?(?:requests?|calls?|attempts?|retry|retries|tries|try|one)\\b|\\beach (?:request|call|attempt|retry)\\b|\\ball (?:the )?(?:requests|calls|attempts|retries|of them)\\b', 'persistx'),
  r('\\b(?:nothing|none of them|none|no request|not a single (?:one|request|call|retry|attempt|try|reintento|intento|tentative|relance|essai|versuch|wiederholung)s?) (?:(?:of them|has|have|had|did|does|that|which|qui|que|hat|haben|ha|han|ever|so far) )*(?:gets|goes|comes|went|got|succeeds|succeeded|works|worked|passes|pass|passed|succeed|workx|(?:salido|gone|went|turned out|come out|ended) (?:fine|well|ok|okay))(?: through)?\\b', 'persistx failx'),
  r('\\bkeeps? (?:failing|erroring|returning|throwing)\\b', 'keepsx failx'),
  r('\\b(partly|partially) [^.;!?]*?,? \\1 not\\b', 'intermittentx'),
  // "at first some worked, now none (do)", "ahora ya ninguno", "maintenant aucune": none any more.
  r('\\b(?:now|ahora|maintenant|jetzt)(?:\\s(?:already|ya|plus))?\\s(?:none|ninguno|ninguna|aucune?|keiner|keine)\\b(?: (?:do|does|work|works|succeed|succeeds|anymore|mehr))?', 'persistx failx'),
  r('\\b(?:at first|initially|in the beginning|at the start|al principio|al inicio|en un principio|au debut|au depart|au commencement)\\b', 'previously'),
  r('\\bkeeps? (?:happening|coming back)\\b', 'keepsx'),
  // "it loads but then 500 again", "lädt, aber dann wieder 500", "carga pero luego 500", "ça charge puis 500": what it
  // did first is how it was before the failure that follows.
  r('\\b(loads?|loaded|loading|opens?|opened|works?|worked|working|starts?|started)(?: (?:it|fine|ok|okay|normally|first|briefly|(?:for )?(?:a |one |two |a few |few |some |\\w+ )?(?:seconds?|secs?|moments?|minutes?|mins?|bit|while|secondes|sekunden?|segundos?|minuten|minutos?)))?(?: ,)?(?: but| and)?(?= then (?:\\w+ ){0,3}?(?:[45]\\d\\d|error|errors|fails?|failx|crash\\w*|breaks?|stops?|dies|hangs?|same)\\b)', '$1 previously'),
  r('\\b(?:goes|went|gets|got|go|get|come|comes|going) through\\b', 'workx'),

  // Answers and outcomes.
  r('\\b(?:fix|fixes|fixed|solve|solves|solved|resolve|resolves|resolved|sort|sorts|sorted) (?:the |that |this |my |it |our )?(?:problem|issue|error)s?\\b', 'fixed'),
  // "no way it works on the hotspot", "there's no way to get it working": "no way" before what it denies negates it.
  r('\\bno way(?: (?:to|of) (?:get|getting|make|making))?(?= (?:it|that|this|chatgpt|the \\w+) )', 'not'),
  // "definitely not", "absolutely not", "of course not", "I'm afraid not", "I think not" (a lean), and "not at all" said
  // alone: a no ("absolutely" and "definitely" alone are a yes, and must not outweigh the "not").
  r('\\b(?:absolutely|definitely|certainly|surely|of course|sadly|unfortunately|afraid|i think) not(?=\\s*(?:[.,!?]|$))', 'no'),
  r('(?:^|(?<=[.,!?] ))\\s*not at all(?=\\s*(?:[.,!?]|$))', 'no'),
  // "of course", "certainly" said alone: a yes.
  r('(?:^|(?<=[.,!?] ))\\s*(?:of course|certainly)(?=\\s*(?:[.,!?]|$))', 'yes'),
  r('\\bnot really\\b|\\bno way\\b|^\\s*(?:no,? )?never(?: ever)?\\s*[.!]*\\s*$', 'no'),
  r('\\b(?:loads?|loading|spins?|spinning) (?:forever|endlessly|indefinitely)\\b', 'othererr'),
  r('\\b(?:works|working|loads|loading|fine) again\\b|\\b(?:fixed|resolved|sorted|solved) itself\\b|\\bit is back\\b|\\bback up\\b', 'recovered'),
  r('\\b(?:it )?(?:worked|was working|used to work|was fine|was ok|was okay)(?: fine| ok| okay| normally| perfectly)? (?=(?:yesterday|before|earlier|last \\w+|this morning|until|an hour ago|this week|a while ago|previously|recently|the other day)\\b)', 'pastok'),
  r('\\b(?:yesterday|before|earlier|previously|this morning)(?: (?:it|this|that|chatgpt))? (?:worked|was working|used to work|was fine)\\b|\\bused to work\\b', 'pastok'),
  r('\\b(?:sure|yes it|yeah it|yep it|it) (?:does|did|is|was|can|do)(?=\\s*(?:[.,]|$))', 'yes'),
  r('\\bsure (?:does|did|is|thing)\\b', 'yes'),
  r('\\b(?:no|zero) (?:luck|dice|joy|go|change|difference|improvement)\\b|\\b(?:made|makes|make) no difference\\b', 'failx'),
  r('\\bnothing (?:changed|changes|different)\\b|\\b(?:did|does|do) not (?:change anything|make a difference|change)\\b|\\bsame (?:thing|story|here|result|page|screen|message|issue|problem|error page)\\b', 'failx'),
  r('\\ball good\\b|\\beverything(?: is| was| seems| looks)? (?:normal|fine|good|ok|okay|working)\\b|\\bback to normal\\b|\\bas expected\\b|\\b(?:is|are) up\\b|\\bup and running\\b', 'workx'),

  r('\\b(?:(?:status|http|code|returns?|returned|gets?|got|gives?|gave) )200(?: ok)?\\b|\\b200 ok\\b', 'workx'),
  // A log of numbered attempts that ends in a success ("retry 1: 500 / retry 2: 500 / retry 3: 200 OK"), one error before it: that error, then eventually succeeds.
  r('(?<!\\b(?:retry|attempt|try) \\d{1,2} [45]\\d\\d )\\b(?:retry|attempt|try) \\d{1,2} ([45]\\d\\d) (?:(?:retry|attempt|try) \\d{1,2} \\1 )*(?:retry|attempt|try) \\d{1,2} workx\\b', '$1 . eventually succeeds'),
  r('\\b(?:returns?|returned|got|get|gives?|gave|shows?|showed|lists?|listed|prints?|printed)(?: me| us| back)? (?:the |a |back )?(?:(?:full |whole )?list of (?:the )?models|models? list|list|models|json list)\\b', 'workx'),

  // Clean browser test.
  r('\\bin ?private\\b', 'incognito'),
  r(`\\bprivate (?:${BROWSER_NAMES} )?(?:window|mode|tab|browsing|browser|session|profile)s?\\b`, 'incognito'),
  r('\\bincog(?:nito)?(?: (?:mode|window|tab|session))?s?\\b', 'incognito'),
  r(`\\b(?:new|fresh|clean|cleared|blank|separate|different|another|guest|empty|second|temp|temporary|test) (?:${BROWSER_NAMES} )?(?:user )?(?:profile|user)s?\\b`, 'cleanprofile'),
  r(`\\bguest (?:mode|window|session|profile|tab)\\b|\\bclean (?:browser|chrome|firefox|edge|session|install)\\b`, 'cleanprofile'),
  // Fourteenth round: "my private internet / private wifi" is the home line, not the private window.
  r('\\b(?:my |our )?private (?:internet|internet connection|connection|line|wi-?fi|broadband|router)\\b', 'home'),
  // Seventeenth round: "my private one has no data", "my private phone / laptop": the person's own device or plan, not
  // the private window.
  r('\\b(?:(?:my|our|his|her|their) private (?=one\\b)|private (?=(?:phones?|mobiles?|cells?|cellphones?|iphones?|androids?|smartphones?|laptops?|computers?|pcs?|macs?|macbooks?|devices?|tablets?|ipads?|accounts?|e-?mails?|numbers?|sims?|data|plans?|contracts?)\\b))', 'personal '),
  r('\\bprivate\\b', 'incognito'),
  r(`\\b(?:normal|regular|usual|main|default|standard|non-incognito|non incognito|ordinary|everyday|own|personal|work|old) (?=(?:${BROWSER_NAMES} )?(?:window|tab|mode|browser|chrome|firefox|edge|safari|profile|session)s?\\b)`, 'baseline'),
  // "- incognito: works / - normal: broken": "normal" as a clause's topic beside an outcome is the usual window.
  r('(?:^|(?<=[.,;] ))\\s*(?:the )?(?:normal|regular|usual)(?= (?:works?|fails?|broken|failx|ko|ok|down|loads?|fine)\\b)', 'baseline window'),
  // Round 25. "same crap as in the normal window", "selber Mist wie im normalen Fenster", "lo mismo que en la ventana
  // normal": it behaves as the usual window does, which fails.
  r('\\bsame (?:\\w+ )?(?:as|how|that|qu|like)(?: in| on| with)?(?: the| a| my)?\\sbaseline\\s(?:window|tab|mode|browser|profile|session)s?\\b', 'failx too'),

  // Places ("I am working from the office" says where, not that it works).
  r('\\b(?:i am|we are|i|we) (?:currently |now |mostly |usually )?(?:working|work) (?=(?:from|at|in|on|remotely)\\b)', 'i am'),
  r('\\bwork\\s(?=(?:laptop|computer|machine|pc|mac|macbook|account|email|profile|phone|device|browser|chrome|edge|stuff|things|login)\\b)', 'company'),
  r('\\bwork(?:ing)? (?:from|at) home\\b|\\bwfh\\b|\\bhome[- ]?office\\b|\\b(?:at|from) (?:my )?(?:place|flat|apartment|apt|house)\\b', 'home'),
  r('\\bhome (?:wi-?fi|network|internet|connection|broadband|router|isp|lan)\\b', 'home'),
  r('\\b(?:company|corporate|corp|work|office|business) vpns?\\b|\\bglobal ?protect\\b|\\bany ?connect\\b|\\bforti ?client\\b|\\bcisco secure client\\b|\\bwire ?guard\\b|\\bopen ?vpn\\b|\\bpulse secure\\b', 'vpn'),
  r('\\b(?:nord|express|proton|surfshark|pia|mullvad) ?vpn\\b|\\bvpns?\\b', 'vpn'),
  r('\\bvpn (?:is |was )?(?:off|disconnected|disabled|turned off|not (?:on|connected|running))\\b|\\b(?:turned|switched|turning|switching) off (?:the |my )?vpn\\b|\\b(?:off|without|sin|ohne|sans) (?:the |my |a |el |la |le )?vpn\\b', 'not vpn'),
  // "disconnected from the vpn", "logged out of the VPN" (\s ends the strings the rule is looked up by: a short set).
  r('\\b(?:disconnected|disconnecting|disconnect|logged out|logging out|dropped|quit|killed|closed)\\s(?:from |of )?(?:the |my |our )?vpn\\b', 'not vpn'),
  // "on the same computer": the device, said of no outcome.
  r('\\b(?:the )?(?:same|identical) (?:computer|device|laptop|pc|machine|mac|desktop|phone|iphone|ipad|tablet|handset|android)\\b(?! (?:data|network|connection|hotspot|plan)\\b)', 'samedevice'),
  // "on the same wifi": the network the person is on, no place named.
  r('\\b(?:(?:on|in|from|over|using|via|with|at) )?(?:the |my |our )?(?:same|identical) (?:wi-?fi|network|connection|lan|wlan|internet|ssid)\\b', 'samenet'),
  r('\\b(?:only|just) (?:tried|tested|checked)(?: it)? (?:on |in |with |from |over |using |via )?samenet\\b', 'nottried'),
  // "only tried it in a normal window", "solo probé en la ventana normal", "nur im normalen Fenster getestet": the private window not tried.
  r('\\b(?:only|just) (?:it |the )?(?:tried|tested|checked|used|probe|probado|getestet|probiert|ausprobiert)(?: it)? (?:in|on|with) (?:a |the |my )?baseline\\s(?:window|tab|mode|browser|profile|session)s?(?: (?:of|in) (?:the |my )?browser)?\\b|\\b(?:only|just) (?:in|on|with) (?:a |the |my )?baseline\\s(?:window|tab|mode|browser|profile|session)s? (?:tried|tested|checked|used|probe|probado|getestet|probiert|ausprobiert)\\b', 'nottried'),
  r('\\b(?:another|other|different|second|separate|alternate|alternative|guest|public|neighbou?rs?|friends?) (?:wi-?fi|network|connection|isp|internet|wlan|ssid)s?\\b', 'altnet'),
  r(`\\b(?:personal |mobile |${PHONE} |cellular |my ${PHONE} )?hot ?spot(?:s|ting)?\\b`, 'hotspot'),
  r(`\\btether(?:ed|ing)?(?: (?:to|off|via|through|from|on|with|using) (?:my |the |a )?${PHONE})?\\b`, 'hotspot'),
  r(`\\b(?:my )?(?:${PHONE}|cellular|4g|5g|lte) (?:data|network|connection|internet|signal|reception|coverage|plan)\\b`, 'mobiledata'),
  r('\\b(?:3g|4g|5g|lte|cellular|cell data)\\b', 'mobiledata'),
  // "in the office but on cellular, not the wifi", "au bureau mais en 4G": the network used, not the building.
  r('\\b(?:office|home) (?:, )?but (?:i am |we are )?(?:(?:on|in|using|via|over|with) )?(?:the |my )?(mobiledata|hotspot)\\b(?: , not (?:on )?the (?:wifi|wi-fi|wlan))?', '$1'),
  r('\\bno (hotspot|mobiledata|altnet)\\b', 'nottried $1'),
  r('\\b(blocked|disabled|not allowed|locked(?: down)?|restricted|forbidden) (?:at|in|by|on|for) (?:work|the office|the company|our company|my company|company|office|our office)\\b', '$1'),
  // A place out of the list ("at a client site on their guest wifi", "hotel wifi", "on a train") is another network.
  r('\\b(?:an? |the |our |my |their )?(?:client|customer|partner|vendor|supplier)s?(?: s)? (?:site|office|premises|place|location|building|wi-?fi|network|guest wi-?fi)\\b|\\b(?:at|from|with) (?:an? |the |our )?(?:client|customer)s?\\b(?! (?:site|office|premises|place|location|building))', 'altnet'),
  // A coworking space is a place out of the list (and "coworking" is no typo of "working"): where it fails is then
  // no place of the list, even beside "where I work" ("desde el coworking donde trabajo los viernes").
  r('\\bco-?workings?(?: (?:space|spaces|office|place))?\\b', 'elsewhere altnet'),
  r('\\b(?:hotel|airport|cafe|coffee shop|starbucks|hostel|in-?flight)(?: (?:wi-?fi|network|internet|connection|lan))?\\b|\\b(?:on|in) (?:a|the) (?:train|plane|flight)\\b|\\b(?:conference|library|university|school|hospital|event|coworking|airbnb|train|plane) (?:wi-?fi|network|internet)\\b', 'altnet'),
  // "to work" is a place after a move ("went to work"); "seems to work in incognito" is not.
  r('\\b(?:at|from) (?:the )?(?:work|job|office)\\b|\\b(?:in|to) (?:the )?office\\b|\\b(?:go|goes|went|going|come|came|coming|drive|drove|commute|back|get|got|arrive|arrived|walk|walked) to (?:work|the job)\\b|\\bin work\\b(?! (?:in|on|with|for|again|properly|fine|now))', 'office'),
  r('\\bwork (?:wi-?fi|network|lan|internet|connection|wlan|proxy)\\b', 'office'),
  r('\\b(?:company|corporate|corp|enterprise|office|campus|business|internal|employer) (?:wi-?fi|network|lan|wlan|internet|connection|proxy|firewall|ssid)\\b', 'office'),
  r('\\bon[- ]?site\\b|\\bonsite\\b|\\bhq\\b|\\bheadquarters\\b|\\bcampus\\b', 'office'),
  // "api ✅ site ❌": a site marked up or down is the website, not a place (twenty-first round).
  r('\\b(?<!(?:the|this|that|web|a|whole|entire|same|any|which|what|chatgpt|openai|their|your|my|our|its|le|la|el|der|die|das|un|une|du|de|load|loading|open|opening|reach|access|visit|to|othererr|failx) )site\\b(?! (?:yes|nox|ok|ko|down|up)\\b)', 'office'),

  // A test the person cannot run: "our proxy blocks private mode", "tethering is blocked on company laptops".
  r('\\b(?:blocks?|blocked|blocking|disables?|disabled|disabling|prevents?|prevented|forbids?|forbidden|bans?|banned|restricts?|restricted|prohibits?|prohibited|does not allow|do not allow|did not allow|will not allow|locks?|locked) (?:the |our |my |a |all |any |using |use of |opening |me from (?:using |opening )?)?(?=(?:incognito|cleanprofile|hotspot|altnet|browsers?)\\b)', 'nottried '),
  r('\\b((?:incognito|cleanprofile|hotspot|altnet|browsers?)(?: (?:incognito|cleanprofile|hotspot|altnet|mode|window|windows|option|feature|use|usage))*) (?:is |are |was |were |gets |got |has been |have been )?(?:(?!not\\b|but\\b|and\\b|it\\b|works\\b)\\w+ ){0,4}?(?:also |completely |totally )?(?:blocked|disabled|greyed out|grayed out|not allowed|not permitted|not possible|locked(?: down)?|restricted|forbidden|banned|prohibited)\\b', '$1 nottried'),

  // "I haven't actually opened a private window yet", "we didn't connect to the hotspot": the person did not run the test
  // ("it did not open in incognito" is an outcome: the test's thing right after an article, not "in").
  r('\\b(?:i|we) (?:have|had|did) not (?:yet |actually |really |even |ever )*(?:opened|open|used|use|switched to|switch to|connected to|connect to|turned on|turn on|enabled|enable)(?: up)? (?:a |an |the |my |our |any )?(?=(?:incognito|cleanprofile|hotspot|altnet|mobiledata)\\b)', 'nottried '),

  r('\\bchat ?(?:ui|interface)\\b|\\bfront ?end\\b', 'website'),
  // "the site", "le site": the website ("at the site" is a place, left to the rules above).
  r('(?<!\\b(?:at|from|to) )\\b(?:the|le) site\\b(?! (?:office|wifi|wi-fi|network|lan|wlan|manager|visit))', 'website'),
  // Surfaces.
  r('\\b(?:chatgpt )?for (?:mac|macos|windows)\\b|\\bdesktop (?:app|client|application|version)\\b', 'desktopapp'),
  r('\\bweb[- ]?(?:app|version|ui|client|interface|site|page|browser)\\b|\\bwebapp\\b', 'website'),
  r('\\b(\\w+)-(apps?|sdk|lib|library|client)\\b', '$1 $2'),
  r('\\b(?:python|node|nodejs|js|javascript|typescript|java|go|golang|ruby|dotnet|rust|php|openai|official) (?:sdk|client|library|lib|package|module|bindings)\\b', 'sdk'),
  r('\\b(?:calling|calls|call|hitting|hits|hit|using|use|uses)(?: it| chatgpt| openai| gpt| the model)? (?:from|via|through|in|with) (?:our|my|the|a) (?:own )?(?:node|nodejs|python|java|go|golang|ruby|backend|server|service|code|script|lambda|app|application|pipeline|job)s?(?: (?:service|app|backend|server|script|job))?\\b(?! on (?:my|the|this|our|a|her|his) (?:mac|macbook|imac|pc|laptop|computer|windows|desktop|notebook|phone|iphone|ipad|android|tablet)\\b)|\\bprogrammatically\\b|\\bazure (?:openai|functions?|ai)\\b|\\b(?:aws )?lambdas?\\b|\\bcron ?jobs?\\b|\\bbatch jobs?\\b|\\bjupyter(?: notebooks?)?\\b|\\blangchain\\b|\\bllama ?index\\b', 'api'),
  r('\\bchat ?completions?\\b|\\b(?:responses|assistants|realtime|batch|embeddings|completions) (?:api|endpoint)\\b', 'api'),
  // "the chat UI I am not using at all", "the app we don't use": a surface put first and said not used is not the surface.
  r('\\b(?:the |a |my |our )?(website|browser|chrome|firefox|edge|safari|app|desktopapp|api|sdk) (?:i am|i m|im|we are|we re|i|we) (?:do not|did not|am not|are not|not|never) (?:really |even )?(?:use|using|used|touch|touched|open|opened)\\b', 'not $1'),
  // "I can't say they don't work… actually I just checked and they don't": after doubt, what was just checked replaces it.
  r('(?<=\\b(?:idk|hedge|not sure)\\b[^?]*[.,] )(?:actually|update|ok|okay|edit) (?:, )?(?=(?:i|we) (?:just |now |have )?(?:checked|looked|tested|tried|asked)\\b)', 'correction '),
  // "none of our api calls are going through": they fail.
  r('\\bnone of (?:the |our |my |their |these )?((?:\\w+ ){0,2}?)(?:r |are |is |were )?(?:workx|works?|working|succeed|succeeds|succeeded|go through|goes through|went through|get through|gets through)\\b', '$1 failx'),
  // Twenty-third round (batch 32). "in a café or at home, I don't remember": one place or another, not known which.
  r('\\baltnet (?:elsewhere )?(?:, )?or (?=(?:at |in |on |from |over )?(?:the |my |a |our )?(?:home|office|vpn|mobiledata)\\b)', 'altnet hedge '),
  // Round 25, fifth part (batch 45; after the network words are read). "hold on, that was on 5G", "phone was still on wifi": where an earlier try ran, not where it
  // fails; "no — wait, just refreshed the status board, …": what was just seen replaces what came before; "switched the phone to
  // mobile data": that network tried; "I only checked twice": tested in part.
  r('\\bthat was\\s(?:on|over|via) (?:the |my )?(?=(?:mobiledata|office|home|vpn|hotspot|wifi)\\b)', 'moot '),
  // "no idea, if the VPN is on right now": not knowing whether, one clause (about a network: "keine Ahnung, ob die API geht"
  // answers the API question with "don't know").
  r('\\b(idk|not sure|dunno) , (?=(?:if|whether)\\s(?:it |the |my |our )?(?:vpn|office|home|mobiledata|hotspot|wifi)\\b)', '$1'),
  r('(?<=\\bcorrection ,? )tried\\s(?:on|over|via) (?:the |my )?(?=(?:mobiledata|office|home|vpn|hotspot|wifi)\\b)', 'moot '),
  r('(?<=[.,;!?] )(?:no ,? )?wait ,? (?=(?:i |we )?just (?:refreshed|reloaded|checked|looked|saw|got pinged|heard)\\b)', 'correction '),
  r('\\bswitched\\s(?:the phone |my phone |the laptop |it |over )?(?:to|onto) (?=(?:mobiledata|hotspot)\\b)', 'tried '),
  r('\\b(?:i |we )?(?:only|just) (?:checked|looked|tried|tested) (?:twice|once|two times|a couple of times)\\b', 'doubtx'),
];

const rewrite = createRewrite(PHRASE_RULES, () => ' ');

/**
 * Applies the rules in order to a space-padded token string, collapsing the spaces a replacement
 * leaves. Only the rules that could match run (createRewrite: a rule cannot match a text without
 * one of the strings all its matches contain).
 */
export function applyPhrases(text: string): string {
  return rewrite(text.replace(/\s{2,}/g, ' '));
}

/** applyPhrases for a text whose words are already apart by single spaces (nothing to collapse). */
export function applySpacedPhrases(text: string): string {
  return rewrite(text);
}

/**
 * Word classes the reply parser reads. Multi-word phrases are first rewritten into single
 * marker tokens by reply-phrases.ts (e.g. "private window" -> `incognito`, "too many requests" ->
 * `ratelimit`); the sets below then classify single tokens. Markers are spelled so that no user
 * would type them (`workx`, `nottried`, `altnet`...).
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Says the thing tested works. `WEAK_WORKS` count too, but a reply made only of them is a mere acknowledgement. */
export const WORKS = set(`
  works work working worked workx wroks loads load loaded succeed succeeds succeeded success successful pass
  successfully fixed fixes fix resolved solved helped helps help normally perfect perfectly smooth smoothly flawless
  flawlessly functional healthy green instantly instant unaffected unimpacted recovers recovered recover
`);
export const WEAK_WORKS = set(`ok okay fine good great alright happy`);

/** Says the thing tested fails. `WEAK_FAILS` only count when nothing stronger is said. */
export const FAILS = set(`
  fail fails failing failed failure failures broken broke breaks break error errors erroring errored same down dead
  crash crashes crashing crashed stuck blank blocked unreachable spinning hangs hanging hung denied refused problem
  problems issue issues bad wrong failx unavailable useless unhealthy red sslerr cfchallenge unusualact othererr
  ratelimit timeouterr othersym affected impacted died dies
`);
/** Failure said as a verb or a state ("fails", "crashes", "down"), not as a noun ("errors", "issues"): "no" cannot deny it. */
export const FAIL_STATES = set(`
  fails failing failed broken broke breaks same down dead crashes crashing crashed stuck blank blocked unreachable
  spinning hangs hanging hung failx unavailable died dies erroring errored
`);
export const WEAK_FAILS = set(`still either again`);

export const NEGATORS = set(`not never without neither nor`);

export const YES = set(`yes yeah yea yep yup ya yah yas yess yesss ye yeh yh yeap jup jep yepp yupp affirmative correct definitely absolutely indeed`);
export const NO = set(`no nope nah nay negative nein noo nooo nop nox`);

/** Words that alone make only an acknowledgement or filler, never an answer. */
export const ACK_OR_FILLER = set(`
  ok okay k kk fine good cool thanks thank thx ty you alright noted got it great sure sounds perfect lol lmao haha hah
  hmm hm hmmm uh um umm ah oh well btw tbh fyi pls please just really actually so like wait hi hey hello softhedge
  m mm eh euh ehm aeh pff bah ben bueno pues mdr ptdr
`);

/** Tokens skipped when a negator looks for what it negates, and allowed after an elliptical "it doesn't". */
export const NEGATION_FILLER = set(`
  the a an it its in on at my our this that there really even any all to be been get getting got seem seems
  from with for of when while still either too also anymore anything ever lol mdr ptdr though tho yet
`);

/** Auxiliaries that can end an elliptical answer: "yes it does", "no it doesn't". */
export const AUXILIARIES = set(`does do did is was are were will would can could has have had`);

/** Clean browser test (private window, clean profile). */
export const CLEAN_BROWSER = set(`incognito cleanprofile`);
/** The person's usual browser context, the control of the clean-browser test. */
export const BASELINE = set(`baseline`);

/** Surface words. */
export const BROWSER = set(`browser browsers chrome firefox safari edge brave opera vivaldi chromium atlas website web tab`);
export const APP = set(`app apps application client native`);
export const DESKTOP_DEVICE = set(`mac macos macbook imac windows win11 win10 pc laptop linux ubuntu computer desktop`);
export const MOBILE_DEVICE = set(`iphone ipad ios android phone mobile pixel samsung galaxy tablet smartphone cellphone`);
/** The desktop app by name ("desktop app", "ChatGPT for Mac"); a bare "desktop" may be the computer. */
export const DESKTOP_WORD = set(`desktopapp`);
export const API = set(`api apis sdk sdks integration integrations endpoint endpoints backend curl python script scripts pipeline pipelines notebook notebooks`);

/** Network words: the place values, and `altnet` (another network that is none of them). */
export const NETWORK_TOKENS: ReadonlyMap<string, 'office' | 'vpn' | 'home' | 'mobile_data' | 'alt'> = new Map([
  ['office', 'office'],
  ['corporate', 'office'],
  ['corp', 'office'],
  ['vpn', 'vpn'],
  ['home', 'home'],
  ['mobiledata', 'mobile_data'],
  ['hotspot', 'mobile_data'],
  ['altnet', 'alt'],
]);
/** Network words that name a second network, the other-network test, as much as a place. */
export const ALT_NETWORK = set(`hotspot altnet mobiledata`);

/** How often an API failure happens (retries). */
export const PERSISTENT = set(`
  always constantly constant consistently consistent continuously continuous persistent persistently persists persist
  persisting permanently permanent nonstop everytime eachtime persistx keepsx
`);
export const INTERMITTENT = set(`
  sometimes sometime intermittent intermittently occasionally occasional sporadic sporadically random randomly flaky
  flakey spotty periodically inconsistent inconsistently partially intermittentx once spiky bursty patchy erratic
`);
export const RETRY_WORDS = set(`retry retries retrying retried attempt attempts backoff eventually`);

/**
 * Other things the person did (a different fix or test) or other people: a clause about them
 * answers no question asked ("cleared cookies and it works", "works for my colleague").
 */
export const OTHER_ACTIONS = set(`
  othercable
  otherdevice otherbrowser retrymech
  colleague colleagues coworker coworkers teammate teammates others everyone everybody nobody someone
  cookies cookie cache cleared clearing extension extensions addon addons adblock adblocker ublock restart restarted
  reboot rebooted reinstall reinstalled update updated upgrade upgraded relogin reloaded refresh refreshed logout
  signout
`);

/** Other people: a clause about them reports their result, not a test the person ran ("works at his home"). */
export const OTHER_PEOPLE = set(`
  colleague colleagues coworker coworkers teammate teammates others everyone everybody nobody someone somebody he she
  his her him boss manager friend friends wife husband partner statuspage
`);

/** Words that mark a second try of something ("same on hotspot too", "hotspot also fails"). */
export const ADDITIVE = set(`too also either both even same as well tried switched`);
/** Words that make a list of surfaces ambiguous ("both chrome and the app"). */
export const SEVERAL = set(`both everywhere`);

/** "it works now", "working again": the failure went away, which answers no test. */
export const RECOVERY = set(`now recovered`);
/** "yes, tried that": a yes/no about having tried, not about the outcome. */
export const TRIED = set(`tried tested done did`);

export const HEDGES = set(`hedge maybe perhaps possibly probably prob kinda sorta depends presumably likely might hopefully`);
export const UNKNOWN = set(`idk`);
export const NOT_TRIED = set(`nottried willtry`);
/** "we don't use it": said of the API, the person does not know whether it works. */
export const NO_USE = set(`nouse`);

/** Symptom markers (besides HTTP status numbers). */
export const SYMPTOM_TOKENS: ReadonlyMap<string, 'ssl' | 'challenge' | 'unusual' | 'ratelimit' | 'othererr' | 'othersym' | 'timeout'> =
  new Map([
    ['sslerr', 'ssl'],
    ['cfchallenge', 'challenge'],
    ['unusualact', 'unusual'],
    ['ratelimit', 'ratelimit'],
    ['othererr', 'othererr'],
    ['othersym', 'othersym'],
    ['timeouterr', 'timeout'],
  ]);

/** A number directly followed by one of these is a quantity, not a status code ("500 requests"). */
export const QUANTITY_UNITS = set(`ms s sec secs seconds requests request calls call users people tokens rpm tpm times k x per mb kb`);

/** Keywords typos are repaired towards (only words of 5+ letters take part). */
export const TYPO_KEYWORDS: readonly string[] = [
  ...`incognito private window browser browsing profile hotspot tethering tethered tether cellular mobile network
  chrome firefox safari website desktop android iphone windows macbook globalprotect anyconnect vpn office corporate
  certificate cloudflare captcha challenge forbidden access denied internal server unusual activity suspicious intermittent
  intermittently sometimes occasionally randomly persistent consistently constantly always working works worked
  broken failing failed fails error errors loads loaded either still tried tested integration endpoint python
  service unavailable overloaded gateway timeout request requests retries retry different another nothing difference
  haven't didn't doesn't network wifi quota limit limited configuration issue problem same`.split(/\s+/),
].filter((w) => /^[a-z]+$/.test(w));

/**
 * Words never "repaired": common English words near a keyword ("words" is not "works", "filed" is not
 * "failed"), plus everything the sets above already know.
 */
export const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...`together altogether internet coworking coworkings networking words world worker workers walks weeks wonks forks corks looks books leads roads reads loans lords lands
  filed field fields files filled falls fall false fills tied tires tries tired tested testing rested texted fired
  fixed mixed boxes either other others ether whether rather eight stilt still steel steal stall skill spill offer
  offers officer officers offices offline online phone phones photo photos prone drone store share shared shore
  shame sane some same came game name fame tame lame done gone none bone cone tone zone home homes hope rope hose
  mobile noble nobel global total brows brown crown grown frown chrom chore choir chose cloud crowd proud broad
  private privacy pirate primate desk disk dusk dust task mask musk husk erred error mirror terror horror never
  fever lever level novel model models modal modes nodes codes coded coder ahead heads ready really reality issue
  tissue tissues sure sues uses users user series serve serves nerve verve fever certain curtain captain capital
  clever cover lover hover mover river cellar dollar collar cellist basically about above abode
  because before behind below beside better between beyond cannot could would should might often maybe there their
  these those thing things think thank thanks right night light might sight tight fight eight weight write wrote
  white while which whose where when what wait waits watch match catch batch patch latch pitch ditch fetch sketch
  again against agent agents always almost along alone among angle anger angry apply apple about after under
  until upon using usual usually other today tonight tomorrow yesterday morning evening minute minutes hours hour
  second seconds first third maybe please sorry hello thanks cheers people persons person team teams manager
  company laptop computer device devices account accounts email emails login logged logging logout signed
  sign signing cookies cookie cache cleared clear clean cleaned cleaning extension extensions plugin plugins
  reload reloaded refresh refreshed restart restarted reboot rebooted update updated upgrade upgraded install
  installed reinstall reinstalled version versions latest build builds release message messages screen screens
  shows showed shown saying says said tells told asked asks asking answer answers question questions explain
  stuff thing things something someone somebody anything anyone nothing noone everything everyone everybody
  instead inside outside upstairs downstairs building floor floors train hotel coffee cafe airport client clients
  customer customers partner partners vendor vendors colleague colleagues friend friends family quote quoted quotes
  lads lad guys folks`.split(/\s+/),
]);

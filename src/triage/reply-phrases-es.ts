/**
 * Spanish replies rewritten into the English words and markers the parser reads (see
 * reply-foreign.ts). Input: lower case, accents folded (í → i, ñ → n), punctuation in place.
 * Spanish puts "no" before the verb ("no funciona"), as English does with "not", so "no" stays.
 */
import { phrase, type PhraseRule } from './reply-phrase-rule.ts';

const WORKS = '(?:funciona|funcionan|funciono|jala|jalo|anda|andan|carga|cargan|cargo|sirve|furula|abre|abren|va|van)';

export const ES_RULES: readonly PhraseRule[] = [
  phrase('\\b(?:problema (?:de|con) (?:la )?)?configuracion de (?:la )?red\\b', 'network configuration issue'),
  // Requests and questions back.
  phrase('\\b(?:me |nos )?(?:lo |la )?(?:puedes|podes|podrias|puede|podria|pueden|podrian)\\b', 'can you'),
  phrase('\\b(?:arreglar|arreglarlo|arreglalo|arreglenlo|arregla|arreglen|reparar|repararlo|reparalo|repara|solucionar|solucionarlo|solucionalo|soluciona|resolver|resuelve)\\b', 'fix'),
  phrase('\\b(?:revisar|revisarlo|revisalo|checar|checarlo|chequear|verificar)\\b', 'check'),
  phrase('\\bprobarlo (?:tu|usted|ustedes)\\b|\\bprobarlo\\b', 'test it'),
  phrase('\\b(?:ayudame|ayudenme|ayudeme|ayudarme)\\b', 'help me'),
  phrase('\\b(?:por favor|porfa|porfis|porfavor|xfa|pf)\\b', 'please'),
  phrase('\\ba que te refieres\\b|\\bque quieres decir\\b|\\ba que se refiere\\b', 'what do you mean'),
  phrase('\\bque (?:es|son|significa)\\b', 'what is'),
  phrase('^\\s*como (?:abro|pruebo|hago|activo|uso|entro|se hace|lo hago|lo pruebo|se abre)\\b|\\bcomo (?:lo )?(?:pruebo|hago|abro)\\b', 'how do i'),
  phrase('^\\s*que (?=red|navegador|app|aplicacion|error)', 'which '),
  phrase('\\bpor que\\b', 'why'),

  // Do not know; not tried.
  phrase('\\bni idea\\b|\\bno (?:lo )?se\\b(?! (?:carga|abre|conecta|puede))|\\bno tengo idea\\b|\\bquien sabe\\b', 'idk'),
  phrase('\\bno me acuerdo\\b|\\bno recuerdo\\b', 'idk'),
  phrase('\\bcreo que (?:si|sí)\\b|\\bpienso que si\\b', 'i think so'),
  phrase('\\bcreo que\\b', 'i think'),
  phrase('\\b(?:todavia |aun |tampoco )?no (?:lo |la )?(?:he|hemos|ha|habia|hemos|e) (?:probado|intentado|testeado|checado|hecho|revisado)\\b|\\bno (?:lo |la )?(?:probe|intente|teste)\\b', 'nottried'),
  phrase('\\b(?:todavia|aun) no\\b(?! (?:funciona|carga|jala|anda|sirve))', 'not yet'),
  phrase('\\bno tengo\\b', 'do not have'),
  phrase('\\bno puedo\\b', 'can not'),
  phrase('\\bbloquead[oa]s?\\b', 'blocked'),
  phrase('\\bdeshabilitad[oa]s?\\b|\\bdesactivad[oa]s?\\b', 'disabled'),
  phrase('\\bno (?:usamos|uso|utilizamos|ocupamos) (?:la |el )?(?:api|apis)\\b', 'nouse'),

  // Outcomes.
  phrase('\\bantes (?:si )?(?:funcionaba|jalaba|andaba|cargaba|servia)\\b', 'pastok'),
  phrase(`\\btampoco(?: (?:me )?${WORKS})?\\b`, 'failx too'),
  phrase('\\bparece que\\b', 'seems'),
  phrase('\\b(?:el |la |lo )?mism[oa] (?:error|problema|cosa|resultado)\\b|\\blo mismo\\b', 'same error'),
  phrase('\\bsigue (?:igual|fallando|sin funcionar)\\b', 'still fails'),
  phrase('\\bsin (?:problema|problemas|fallas|errores)\\b', 'fine'),
  phrase('\\b(?:van|va) bien\\b', 'works fine'),
  phrase(`\\b${WORKS}\\b`, 'works'),
  phrase('\\b(?:funcionaba|jalaba|andaba|cargaba|servia)\\b', 'worked'),
  phrase('\\b(?:falla|fallan|fallo|fallando|truena)\\b', 'fails'),
  phrase('\\b(?:igual|mism[oa])\\b', 'same'),
  phrase('\\b(?:da|sale|salen|aparece|me sale|me da) (?=error|un error|el error)', ''),
  phrase('\\b(?:bien|perfecto|sin problema)\\b', 'fine'),
  phrase('\\b(?:roto|rota|caido|caida)\\b', 'broken'),

  // Places.
  phrase('\\b(?:wifi|wi-fi|red|internet|lan|conexion) (?:de la |del |de )?(?:mi |mis |nuestra )?(oficina|empresa|trabajo|casa|hotel|invitados)\\b', '$1 wifi'),
  phrase('\\b(?:en|desde) (?:la |mi )?casa\\b', 'at home'),
  phrase('\\bcasa\\b', 'home'),
  phrase('\\ben (?:la )?(?:oficina|empresa)\\b|\\ben el trabajo\\b', 'at the office'),
  phrase('\\boficina\\b', 'office'),
  phrase('\\bempresa\\b', 'company'),
  phrase('\\bred corporativa\\b|\\bcorporativ[oa]\\b', 'corporate network'),
  phrase('\\btrabajo\\b', 'work'),
  phrase('\\binvitados wifi\\b|\\bwifi (?:de )?invitados\\b', 'guest wifi'),
  phrase('\\b(?:en|con|desde) (?:un|el|una|la) (?:cliente|tren|avion|cafeteria|hotel|aeropuerto)\\b|\\bhotel wifi\\b', 'altnet'),
  phrase('\\bdatos (?:moviles|del (?:celular|movil|telefono))\\b|\\bdatos\\b', 'mobile data'),
  phrase('\\b(?:punto de acceso|compartir datos|anclaje de red|datos compartidos)\\b', 'hotspot'),
  phrase('\\b(?:celular|movil|telefono)\\b', 'phone'),
  phrase('\\bred\\b', 'network'),

  // Browser, surfaces, symptoms.
  phrase('\\b(?:modo |ventana |pestana )?(?:de )?incognito\\b|\\b(?:ventana|pestana|navegacion|sesion|modo) (?:privada|privado|de incognito)\\b', 'incognito'),
  phrase('\\bventana\\b', 'window'),
  phrase('\\bnavegador(?:es)?\\b', 'browser'),
  phrase('\\b(?:la |el )?(?:aplicacion|app) (?:de |del )?escritorio\\b', 'desktop app'),
  phrase('\\baplicacion\\b', 'app'),
  phrase('\\bllamadas\\b', 'calls'),
  phrase('\\bacceso denegado\\b', 'access denied'),
  phrase('\\bcertificado\\w*', 'certificate error'),
  phrase('\\b(?:verifica|verifique|confirma|confirme) que (?:eres|es|soy) (?:un )?humano\\b|\\bhumano\\b', 'verify you are human'),
  phrase('\\bactividad (?:inusual|sospechosa)\\b', 'unusual activity'),
  phrase('\\botra cosa\\b|\\balgo (?:mas|distinto|diferente)\\b', 'something else'),
  phrase('\\botro error\\b', 'other error'),
  phrase('\\b(?:queda |se queda |pagina )?en blanco\\b|\\bpagina (?:blanca|vacia)\\b', 'blank page'),
  phrase('\\b(?:demasiadas|muchas) (?:solicitudes|peticiones)\\b', 'too many requests'),
  phrase('\\bcuota\\w*', 'quota'),

  // How often.
  phrase('\\bde vez en cuando\\b', 'now and then'),
  phrase('\\ba veces\\b|\\bocasionalmente\\b', 'sometimes'),
  phrase('\\bsiempre\\b', 'always'),
  phrase('\\bcada\\b', 'every'),
  phrase('\\b(?:unos|unas|algunos|algunas) (?=intentos|reintentos|veces)', 'a few '),
  phrase('\\breintentos?\\b', 'retry'),
  phrase('\\bintentos?\\b', 'attempts'),
  phrase('\\botra vez\\b|\\bde nuevo\\b', 'again'),
  phrase('\\bpasa(?:n)?\\b', 'goes through'),

  // Small words.
  phrase('\\b(?:si|sip|sep|simon|claro|efectivamente|asi es)\\b', 'yes'),
  phrase('\\b(?:quizas|quiza|tal vez|a lo mejor|probablemente)\\b', 'maybe'),
  phrase('\\bnada\\b', 'nothing'),
  phrase('\\btambien\\b', 'too'),
  phrase('\\btodavia\\b|\\baun\\b|\\bsigue\\b', 'still'),
  phrase('\\bya\\b', 'already'),
  phrase('\\bpero\\b', 'but'),
  phrase('\\by\\b', 'and'),
  phrase('\\bo\\b', 'or'),
  phrase('\\b(?:con)\\b', 'with'),
  phrase('\\bsin\\b', 'without'),
  phrase('\\b(?:desde)\\b', 'from'),
  phrase('\\ben\\b', 'in'),
  phrase('\\b(?:el|la|los|las|lo)\\b', 'the'),
  phrase('\\b(?:un|una|unos|unas)\\b', 'a'),
  phrase('\\b(?:del|de)\\b', 'of'),
  phrase('\\b(?:mi|mis)\\b', 'my'),
  phrase('\\b(?:esta|es)\\b', 'is'),
  phrase('\\b(?:estoy)\\b', 'i am'),
  phrase('\\b(?:ahi|alli)\\b', 'there'),
  phrase('\\bque\\b', 'that'),
  phrase('\\bsolo\\b', 'only'),
  phrase('\\bdespues (?:de )?\\b', 'after '),
];

/**
 * Spanish replies rewritten into the English words and markers the parser reads (see
 * reply-foreign.ts). Input: lower case, accents folded (í → i, ñ → n), punctuation in place.
 * Spanish puts "no" before the verb ("no funciona"), as English does with "not", so "no" stays.
 */
import { phrase, type PhraseRule } from './reply-phrase-rule.ts';

const WORKS = '(?:funciona|funcionan|funciono|jala|jalo|anda|andan|carga|cargan|cargo|sirve|furula|abre|abren|va|van)';

export const ES_RULES: readonly PhraseRule[] = [
  // Round 26 (batch 46). "el hotspot del móvil": the hotspot (the test), not mobile data as the place; "me pasa =", "me pasa
  // igual": the same error; "no lo he mirado bien", "no revisé bien": not looked at properly, a guess; "¿Cómo que
  // reintentar?": asked back.
  phrase('\\b(?:el |mi )?(?:hotspot|punto de acceso|compartir datos|datos compartidos)\\s(?:del|de mi|de el) (?:movil|celular|telefono|cel|iphone|android)\\b', 'the hotspot'),
  phrase('\\b(?:me|nos|le) (?:pasa|sale|ocurre) (?:igual|lo mismo|=)(?=\\s*(?:[.,;!?)]|$))|\\b(?:me|nos|le) (?:pasa|sale|ocurre) =', 'same error'),
  phrase('\\bno (?:lo |la |los |las )?(?:(?:he|hemos)\\s(?:mirado|revisado|comprobado|chequeado|checado|verificado|visto)|revise|mire|chequee|cheque|comprobe|verifique)\\s(?:bien|a fondo|del todo|con calma|en detalle)\\b', 'doubtx'),
  phrase('¿\\s*como que [^?.!]{1,40}\\?', 'askback'),
  // Round 26, batch 48. "corre en un server de la oficina", "el job corre desde la VPN": where it runs, not "works"; "ni
  // 500 ni nada de eso": not that code; "nada de apps": not the app; "no siguen funcionando": they stopped working; "nomás":
  // only ("no revisé bien": the rule for "no lo he mirado bien" above; "ni reintentando pasa una", "tampoco pasa ninguna":
  // the rule for "no entra ni una" below).
  phrase('\\b(?:corre|corren|se ejecuta|se ejecutan|lo corremos|lo corro)\\s(?=(?:en|desde|sobre) )', 'runs '),
  phrase('\\bni ([45]\\d\\d) ni nada(?: de eso| parecido| asi)?\\b', 'not $1'),
  phrase('\\bnada de (?:apps?|aplicaciones?|la app)\\b', 'not the app'),
  phrase('\\bno (?:siguen|sigue)\\s(?:funcionando|andando|jalando|respondiendo)\\b', 'failx'),
  phrase('\\bnomas\\b', 'solo'),
  phrase('(?<=\\b(?:probe|probamos|intente|intentamos)\\b[^.]{0,40}?)\\b(?:con|en|desde) (?:el |la )?(?:wifi|red|internet|conexion)\\sde (?:la |mi )?casa\\b', 'con altnet'),
  // "500 cada vez sin excepción", "429 en cada una": every time; "no entra ni una", "no pasa ninguna", "tampoco pasa
  // ninguna", "ni reintentando pasa una": none gets through; "al final casi siempre sale": they get through in the end; "los datos del iPhone": mobile data; "que va por otra línea": how
  // a network is routed, not "works"; "mejor que nunca": better than ever, it works; "no creo que falle": a plain lean.
  phrase('\\bcada vez\\b|\\bsin excepcion\\b|\\ben cada (?:una|uno|intento)\\b', 'every time'),
  phrase('\\b(?:no|tampoco|ni (?:reintentando|con reintentos|reintentandolo|reintentandolas))\\s(?:entra|entran|pasa|pasan|sale|salen|funciona|va)\\s(?:ni )?(?:una|uno|ninguna|ninguno)(?: sola| solo)?\\b|\\bni (?:una|uno) (?:sola |solo )?(?:entra|pasa|sale|funciona)\\b', 'persistx failx'),
  phrase('\\bal final\\s(?:(?:casi )?(?:siempre|si) )?(?:sale|salen|pasa|pasan|entra|entran|funciona|funcionan|va|van)\\b', 'eventually succeeds'),
  phrase('\\b(?:los |mis )?datos (?:del|de mi|de el) (?:iphone|movil|celular|telefono|android|cel)\\b', 'mobiledata'),
  phrase('\\b(?:que )?(?:va|sale) por\\s(?:otra|la|el|una|su) (?:linea|red|conexion|salida|fibra)\\b(?:\\s(?:distinta|diferente|aparte|propia))?\\b', 'separate line'),
  phrase('\\bmejor que nunca\\b', 'perfectly'),
  phrase('\\bno creo (?:que|q) (?:falle|fallen|este caida|esten caidas|tenga problemas|haya problemas)\\b', 'works'),
  phrase('\\bno tengo (?:ni )?(?:idea|la menor idea|ni la mas remota idea)\\s(?:de )?(?:como|que tal) (?:va|van|anda|andan|funciona|funcionan|esta|estan)(?: eso| esto| la api| las llamadas)?\\b', 'idk'),
  phrase('\\b(?:no (?:han|ha|hemos) (?:dicho|comentado|avisado|reportado) nada|no (?:han|ha) avisado)\\b', 'silence'),
  // Round 25, batch 44. "bueno sí, acabo de mirar el dashboard": what was just checked replaces the doubt before it; "está
  // todo en rojo" fails, "todo en verde" works; "los demás equipos no tienen problemas": they are fine.
  phrase('\\b(?:bueno|pues|ah),? (?:si,? )?(?:acabo|acabamos) de (?:mirar|comprobar|revisar|ver|checar|chequear|probar)\\b', 'correction , just checked ,'),
  phrase('\\b(?:esta |estan |sale |salen )?(?:todo|todos|todas) en rojo\\b', 'failx'),
  phrase('\\b(?:esta |estan |sale |salen )?(?:todo|todos|todas) en verde\\b', 'works'),
  phrase('\\bno (?:tienen|tiene|tenemos|tengo|hay|ven|vemos) (?:ningun |ninguna |ningunos |ningunas )?(?:problemas?|errores|fallos|incidencias)\\b', 'are fine'),
  // "de cada diez entran un par": some get through; "pensaba que era un 429 pero …": the first thought taken back.
  phrase('\\bde cada (?:[a-z]+|\\d+) (?:entran|pasan|salen|funcionan|van|responden) (?:un par|dos|tres|una|uno|algunas?|algunos?|pocas?|pocos?)\\b', 'intermittentx'),
  phrase('\\b(?:pensaba|pense|creia|crei) que (?:era|eran|seria|fuera) [^.,;!?]{1,30}? (?:pero|but)\\b', 'correction'),
  // "el resto va bien": the rest of the organisation; "hoy ya ni así": not even that way now; "ahora mismo": right now.
  phrase('\\bel resto(?: de (?:los equipos|equipos|la empresa|la org|la organizacion|(?:las )?llamadas(?: de la (?:empresa|org|organizacion))?))? (?=(?:va|van|funciona|funcionan|esta|estan|anda|andan|responde|responden|tira|tiran)\\b)', 'orgrest '),
  phrase('\\b(?:tira|tiran) bien\\b', 'work fine'),
  phrase('\\bfuera de la (?:ofi|oficina)\\b', 'away'),
  // "ningún 500 ni nada parecido": not that code; "tirando de los datos del iPhone": on the phone's mobile data.
  phrase('\\bningun ([45]\\d\\d)(?: ni nada parecido| ni nada| ni nada de eso)?\\b', 'not $1'),
  phrase('\\b(?:tirando|tiro|tirar) (?:de|con) (?:los )?datos (?:del|de mi) (?:movil|iphone|telefono|celu|celular|android)\\b', 'on mobiledata'),
  // "Va en la web... bueno no, …": taken back.
  phrase('(?<=[.,;!?…] ?)\\s*(?:bueno|pues|ah|ay),? no\\b(?=\\s*,)', 'correction'),
  phrase('\\b(?:hoy|ahora)(?: mismo)?,? (?:ya )?ni (?:asi|con eso|eso)\\b', 'now failx too'),
  phrase('\\bahora mismo\\b', 'right now'),
  // Round 25, fifth part (batch 45). "bueno pues nada": a filler; "no sé dónde fue": not sure; "no nos pasa nunca": never goes
  // through; "la extensión de Chrome que usa ChatGPT": another product.
  phrase('\\b(?:bueno,? )?pues nada\\b', 'oh well'),
  phrase('\\bno (?:se|sabria decir|recuerdo|me acuerdo) (?:donde|cual|cuando|si) fue\\b', 'not sure'),
  phrase('\\b(?:el |los |un )?(?:retry|retries|reintentos?)\\b([^.,;]{0,20}?) no (?:me|nos|le|les) (?:pasa|pasan|sale|salen) nunca\\b', 'retries$1 persistx failx'),
  phrase('\\b(?:la |una |esa )?extension(?: esa)? de (?:chrome|firefox|edge|navegador)\\b', 'the browser extension'),
  // Round 25. "no es la api eh, es la web": a surface said not to be the one.
  phrase('\\bno (?:es|era) (?:la |el |lo |en la |en el )?(api|web|app|aplicacion|navegador)\\b(?! (?:del|de la|de mi|de|en el|en la|en mi)\\b)', 'it is not the $1'),
  // Round 25. "pude chatear normal": being able to use it as usual is that it works.
  phrase('\\b(?:pude|puedo|pudimos|podemos|podia) (?:(?:ya|otra vez|de nuevo) )?(?:chatear|usarlo|usarla|usar chatgpt|trabajar|escribir)(?: (?:alli|ahi|ya))? (?:normal|normalmente|con normalidad|sin problema|sin problemas)\\b', 'works'),
  // Round 25. "A Laura le pasan algunos reintentos": what happens to someone else ("le", not "me").
  phrase('(?:^ ?|(?<=[,.;:!?] ?)|\\b(?:que|pero|y|aunque) )a (?!(?:veces|menudo|ratos|lo|la|los|las|el|mi|ti|todos|nadie|alguien|usted|ustedes|nosotros|nosotras|cada)\\b)[a-z]+ (?=les? (?:pasa|pasan|funciona|funcionan|va|van|sale|salen|anda|andan|entra|entran|carga|cargan)\\b)', 'colleague '),
  // Round 24, fourth part. "la org entera", "toda la organización", "otros proyectos": the rest of the organisation.
  phrase('\\b(?:la )?(?:org|organizacion|empresa) (?:entera|completa)\\b|\\btoda la (?:org|organizacion|empresa)\\b|\\botros (?:proyectos|servicios|departamentos)\\b', 'orgrest'),
  // Round 24, third part (batch 42). "y en incógnito en la ofi no": a test named with "no" and no verb fails.
  phrase('(?<=\\b(?:funciona|funcionan|va|van|anda|andan|carga|jala|sirve|falla|fallan)\\b[^.]*?,\\s*(?:y |pero )?)(en (?:modo )?incognito|con (?:el )?hotspot|con (?:los )?datos(?: del movil)?|en el navegador)( en (?:la |el |mi )?(?:ofi|oficina|casa|trabajo))? no(?=\\s*[,.;]|\\s*$)', '$1$2 falla'),
  // "Antes con VPN; la desconecté": off the VPN now.
  phrase('\\bantes con (?:la |el )?vpn\\s*[;.,]?\\s*(?:la|lo) (?:desconecte|apague|quite)\\b', 'not vpn'),
  // "no lo puedo abrir, la GPO bloquea el modo incógnito": the test cannot be run.
  phrase('\\bno (?:lo |la |me lo |me la )?(?:puedo|podemos|pude) (?:abrir|usar|activar)\\b', 'can not open'),
  phrase('\\b(?:bloquea|bloquean|bloqueo)\\b', 'blocks'),
  // "igual en casa, igual con datos": maybe one, maybe the other; "no me fijé": did not notice.
  phrase('\\bigual (en|con|por) ([^.,;]{0,30}?)igual (en|con|por)\\b', 'quizas $1 $2 o quizas $3'),
  phrase('\\bno me (?:fije|fijé|di cuenta)\\b', 'idk'),
  // "pero quizás era otro día": the test may have been another day, doubt.
  phrase('\\b(?:pero )?(?:quizas|quiza|tal vez|a lo mejor) (?:era|fue) otro dia\\b', 'hedge'),
  // "¿que si funcionan? ja. ni una": a laugh ("ja" alone in Spanish), then not one.
  phrase('(?:^|(?<=[?.!,;]\\s?))\\s*ja\\b(?=\\s*[.!,;]|\\s*$)', 'lol'),
  // "nunca sale", "no sale nunca", "no sale ni una": it never goes through (not an error that never shows: "nunca sale el error").
  phrase('\\bno (?:me |nos |le )?(?:sale|salen|ha salido|han salido|pasa|pasan|ha pasado)(?: bien)? ni (?:una|uno)\\b|\\bnunca (?:me |nos |le )?salen?(?: bien)?\\b(?! (?:el|un|ningun|ese|este) (?:error|mensaje|aviso))|\\bno (?:me |nos |le )?salen? nunca\\b', 'never succeeds'),
  phrase('(?:^|(?<=[.!?,;]\\s?))\\s*ni (?:una|uno)(?: sola| solo)?(?=\\s*[.!?,;]|\\s*$)', 'nope'),
  phrase('\\bni (?:una|uno)(?: sola| solo)?(?=\\s*[.!?,;]|\\s*$)', 'none'),
  // "a la vigésima vez... es broma": sarcasm taken back.
  phrase('\\b(?:es|era) (?:broma|cona|cachondeo|coña)\\b', 'correction'),
  // Twenty-fourth round (batch 40). "pero espera eso fue en casa": the test was elsewhere, taken back (as the English).
  phrase('\\b(pero|ah|oh|y) espera\\b,? (?=eso (?:fue|era)\\b)', '$1 wait'),
  phrase('\\beso (?:fue|era)\\b', 'that was'),
  phrase('\\btodas las veces\\b', 'every time'),
  // "¿qué diferencia hay entre web y desktop?", "no entiendo (bien) la pregunta": asked back.
  phrase('\\b(?:que|cual es la) diferencia (?:hay )?entre\\b|\\bno (?:entiendo|entendi|comprendo)(?: bien| muy bien)? (?:la|tu|su) pregunta\\b', 'askback'),
  // A dictated "uve pe ene": the VPN.
  phrase('\\b(?:uve|ve) pe ene\\b', 'vpn'),
  // "la api la usa el equipo de al lado": other people (a team, not a computer).
  phrase('\\b(?:el|otro|un) equipo (?:de al lado|vecino)\\b|\\bla usan? (?:los|las|el|la) (?:de|del) (?:al lado|otro|otra)\\b', 'others'),
  // Twenty-third round, third part (batch 36). "tarda en cargar": slow to load ("en cargar" is no place).
  phrase('\\b(?:tarda|tardan|tardo|demora|demoran|demoro)(?: (?:bastante|mucho|un monton|un rato|siglos|una eternidad))? en (?:cargar|abrir|responder|arrancar|conectar|entrar)\\b', 'slow to load'),
  // "un script que llama a la API cada 5 min": a schedule, not how often it fails.
  phrase('\\bcada \\d+ ?(?:min|mins|minutos|horas?|h|segundos?|seg|s)\\b', 'on a schedule'),
  // An emphatic "no way" before the verb ("ni de coña funciona", "ni en pedo anda", "ni loco carga"; "ni de broma falla
  // la web": the failure denied, so it works): the verb denied.
  phrase('\\bni (?:de cona|de broma|en pedo|de chiste|loc[oa]|a palos|en suenos|por asomo|de milagro|a gancho)\\b,? (?=(?:me |le |nos )?(?:funciona|funcionan|va|van|anda|andan|carga|cargan|jala|sirve|abre|entra|furula|tira|pasa|falla|fallan|peta|petan|casca|cascan|da error|dan error)\\b)', 'no '),
  // What was said is taken back: "bueno no, perdona, es el chat normal", "… de diez... mentira, igual de roto",
  // "anda... bueno no, …".
  phrase('\\b(?:bueno|ah|uy),? no,? (?:perdon|perdona|perdone|espera|mejor dicho)\\b|(?:^|(?<=[.,;!?…]\\s?))\\s*(?:ah,? )?mentira\\b|(?<=(?:\\.\\.\\.|…)\\s?)(?:bueno|ah|uy|ay),? no\\b', 'correction'),
  // "no me quedan datos este mes": no mobile data to test with.
  phrase('\\bno me (?:queda|quedan) (?:datos|megas|gigas|saldo|plan)\\b|\\bsin (?:datos|megas|saldo) (?:este mes|ya)\\b', 'nottried'),
  // "si gasto mis datos me los pagáis vosotros?": a condition and a question, no answer.
  phrase('\\bsi gasto (?:mis |los )?(?:datos|megas|gigas)\\b', 'moot'),
  phrase('\\bme (?:lo|los|la|las) (?:pagas|pagais|pagan|paga)\\b', 'request'),
  // Portuguese beside Spanish: "no navegador funciona sim" (in the browser it works), "pode ser que" (maybe).
  phrase('(?:^|(?<=[,.;!?]\\s?))\\s*no (navegador|browser|app|aplicativo|celular|computador|wifi|hotspot)\\b(?= (?:funciona|da|deu|abre|carrega|vai|esta|tambem)\\b)', 'en el $1'),
  phrase('\\bfunciona sim\\b', 'funciona si'),
  phrase('\\bpode ser que\\b', 'hedge'),
  // "el wifi normal de casa": the usual network (not "normally").
  phrase('\\b(wifi|wi-fi|red|internet|conexion|chat|navegador) normal\\b(?! y corriente)', '$1'),
  // Twenty-third round (misses of batch 32).
  // "no es error de certificado ni nada de eso, es el check de Cloudflare": the thing denied, then the one meant.
  phrase('\\bno es (?!que\\b)(?:un |una |el |la |lo )?(?:(?! (?:que|donde|cuando) )[^.!?,;]){1,50}?,\\s*(?:sino(?: que)?|es) (?=(?:el|la|los|las|un|una|en|por|de|desde)\\b)', 'correction '),
  // "nosotros no programamos nada": no code of their own calls the API, as "no usamos la API".
  phrase('\\b(?:no|nunca) (?:programamos|desarrollamos|integramos) (?:nada|ninguna integracion)\\b', 'no usamos la api'),
  // "otra compañía, Claro": a carrier's name after "compañía" or "operador" (Claro, Personal), not "sure".
  phrase('\\b(?:compania|operador|operadora|carrier|linea)(?: de (?:celular|telefono|movil))?,? (?:claro|personal|movistar|tigo|entel|telcel|bitel|wom|digitel|movilnet|vodafone|orange)\\b', 'carrier'),
  // Twenty-third round (batch 32). "a mi compañera le anda con su celular": another person's device.
  phrase('\\ba (?:mi|mis|un|una|el|la|los|las) (?:companer[oa]s?|colegas?|jef[ea]s?|amig[oa]s?|vecin[oa]s?)(?: de (?:trabajo|oficina|equipo|al lado))? (?=(?:le|les|si|tambien|tampoco|no) )', 'my colleague '),
  // "y no me doy cuenta", "sin que me dé cuenta": the person cannot tell.
  phrase('\\b(?:y )?no me doy cuenta\\b|\\bsin (?:que me de cuenta|darme cuenta)\\b', 'hedge'),
  // Twenty-third round (batch 32). A refusal to test ("no pienso gastar mis datos en esto", "no me hagas probar más cosas"):
  // no answer.
  phrase('\\bno (?:pienso|voy a|quiero|tengo por que|tengo porque|pienso ni) (?:gastar|probar|perder|usar|hacer|intentar|testear|seguir probando)\\b|\\bno (?:me|nos) (?:hagas|hagan|haga|hagais|pidas|pidan) (?:probar|hacer|testear|intentar|seguir)\\b', 'moot'),
  // "que lo pruebe soporte", "que lo revisen ustedes": a wish that someone else act asks for it.
  phrase('(?:^|(?<=[,.;!?]\\s?))\\s*(?:y )?que (?:lo |la |me lo )?(?:pruebe|prueben|revise|revisen|mire|miren|vea|vean|chequee|chequeen|arregle|arreglen|solucione|solucionen)\\b', 'request'),
  // "manden un técnico", "envíen a alguien": a request wherever it stands.
  phrase('\\b(?:manden|mande|envien|envie|manda|envia)(?:me|nos)? (?:a |un |una |al |el )?(?:tecnico|alguien|soporte|persona|ingeniero|especialista)\\b', 'request'),
  // "no es que falle en todos lados: con el hotspot anda bien": the denied reason, then what is meant after the colon.
  phrase('\\bno es que\\b[^.!?:]*?:\\s*', 'correction '),
  // "desde el navegador entra sin problema": it gets in, it works.
  phrase('\\bentra (?=(?:sin (?:problema|problemas|drama|lio)|bien|perfecto|de una|normal)\\b)', 'funciona '),
  // "a veces con una página HTML de Cloudflare": how the error looks, not how often it fails.
  phrase('\\ba veces (?=con (?:una|un) (?:pagina|html|body|mensaje|texto|respuesta)\\b)', ''),
  // Chat spellings: "tp"/"tpc" (tampoco), "tb"/"tmb" (también), "nse" (no sé), "ksa" (casa), "toy" (estoy).
  phrase('\\b(?:tp|tpc|tmpc|tpoco)\\b', 'tampoco'),
  phrase('\\b(?:tb|tmb|tbn|tmbn|tbm)\\b', 'tambien'),
  phrase('\\bnse\\b', 'no se'),
  phrase('\\bksa\\b', 'casa'),
  phrase('(?:^|(?<=[,.;!?]\\s?))\\s*toy (?=(?:en|desde|con|conectad[oa])\\b)', 'estoy '),
  // "no sé si la API va", "ni idea de si…": not knowing whether (before "si" is read as "if" or "yes").
  phrase('\\b(?:no (?:lo )?se|nose|ns|ni idea(?: de)?|no tengo (?:ni )?idea(?: de)?|no sabria (?:decir|decirte)) si\\b', 'idk whether'),
  // Formal: "no he podido realizar la prueba", "no dispongo de datos móviles": the test was not run.
  phrase('\\bno (?:he|hemos|ha|pude|pudimos) podido (?:realizar|hacer|efectuar|llevar a cabo|completar) (?:la |esa |dicha |esta |una )?(?:prueba|comprobacion|test)\\b|\\bno (?:he|hemos) (?:realizado|hecho|efectuado) (?:la |esa |dicha |esta )?(?:prueba|comprobacion)\\b', 'nottried'),
  phrase('\\bno (?:dispongo|disponemos|cuento|contamos) (?:de|con)\\b', 'do not have'),
  // "probé con los datos del celular, pero tampoco", "lo intenté en incógnito y tampoco": that test failed too.
  phrase('\\b(?:lo |la )?(?:probe|probamos|intente|intentamos|teste)\\b,? ((?:con|en|por|desde|usando) [^,.;!?]{1,40}?),? (?:pero|y) tampoco\\b', '$1 tampoco'),
  // "no me deja abrir el incógnito", "no me deja usar el modo privado": the test could not be run.
  phrase('\\b(?:no|ni siquiera|ni) (?:me|nos) (?:deja|dejan|permite|permiten) (?:abrir|usar|activar|entrar (?:en|a)|poner) (?:el |la |una )?(?:modo |ventana |pestana )?(?:de )?(?:incognito|privad[ao])\\b', 'can not open incognito'),
  // "dudo que la API esté caída": doubt; "tendría que ser la oficina", "debería ser": a guess of what it must be.
  phrase('\\bdud(?:o|amos|aria) (?:mucho |bastante )?(?:que|de que)\\b', 'hedge'),
  phrase('\\b(?:tendria|tiene|tendra|habria|habra|deberia|debe|deberian) (?:de )?(?:que )?ser\\b', 'maybe'),
  // "la red está mal configurada": ChatGPT's "network configuration" message told in words.
  phrase('\\b(?:la )?(?:red|conexion) (?:esta |parece )?mal configurada\\b|\\b(?:problema|error) (?:de|con la) configuracion de (?:la )?red\\b', 'sslerr'),
  // "me va igual de mal" (fails as before), "va igual de bien que siempre" (works): alike, and how.
  phrase('\\b(?:(?:me|nos|le) )?(?:(?:va|van|anda|andan|funciona|funcionan|carga|cargan) )?igual de (?:mal|fatal)\\b', 'same error'),
  phrase('\\bigual de bien\\b', 'fine'),
  // "nse, xq no lo he probado" (the chat spelling is "no se" by now): not known because not tried (the reason, no doubt).
  phrase('\\b(?:no se|nose|ns|ni idea)\\s*,?\\s*(?:xq|pq|porque|por que)\\b(?= (?:no|nunca|todavia|aun)\\b)', ''),
  // "pasa exactamente lo mismo", "ocurre justo lo mismo": the same error.
  phrase('\\b(?:pasa|ocurre|sucede|sale|da) (?:exactamente|justo|practicamente|basicamente|literalmente|tal cual) lo mismo\\b|\\b(?:ocurre|sucede) lo mismo\\b', 'same error'),
  // "no es ni la oficina ni la VPN": "no es" before "ni … ni" denies once.
  phrase('\\bno (?:es|era|estoy|estaba) (?=ni\\b)', ''),
  // "salvo en incógnito, falla en todos lados": the exception said first (read as "fails everywhere except …").
  phrase('\\b(?:salvo|excepto|menos|quitando|fuera de) ((?:en|con|desde|por) [^,.;!?]{1,30}?),? ((?:no )?(?:falla|fallan|funciona|funcionan|va|anda|carga|jala)) (en todos lados|en todas partes|en todos sitios|en ningun lado|en ninguna parte|en ningun sitio)\\b', '$2 $3 except $1'),
  // "únicamente pasa con la VPN puesta": "pasa" is "happens" (the failure), not "goes through".
  phrase('\\b(?:solo|solamente|nomas|unicamente|nada mas) (?:me |nos |le )?pasan? (?=(?:con|en|desde|si|usando)\\b)', 'only happens '),
  phrase('\\bvpn (?:puesta|activada|prendida|encendida|conectada)\\b', 'vpn on'),
  // "la VPN la uso a veces, hoy no": a habit, not where it is now.
  phrase('\\b(?:la |el )?vpn (?:la |lo )?(?:uso|usamos|pongo|tengo puesta|activo|conecto|prendo) (?:a veces|de vez en cuando|a ratos|algunas veces|casi nunca|casi siempre)\\b', 'normally vpn'),
  // "siempre acaba pasando", "termina funcionando": it goes through in the end.
  phrase('\\b(?:siempre )?(?:acaba|acaban|termina|terminan) (?:por )?(?:pasando|funcionando|entrando|saliendo bien|cargando|respondiendo)\\b', 'eventually succeeds'),
  // "la API no la usamos nosotros", "no sé cómo les va": no use of it, and how it fares for others not known.
  phrase('\\b(?:la |el )?api no (?:la |lo )?(?:usamos|uso|utilizamos|utilizo|tocamos|toco)\\b', 'nouse'),
  phrase('\\b(?:no se|nose|ni idea(?: de)?) (?:como|que tal) (?:les|le|te|nos) (?:va|van|funciona|funcionan|anda|fue|ira)\\b', 'idk'),
  // "no se han quejado": the reflexive "se", not "no sé"; "pero no les he preguntado", "pero no lo he medido" (closing the
  // clause): not checked (doubt).
  phrase('\\bno se (?=(?:han|ha|habia|habian|hayan|haya) (?!(?:parado|detenido|caido)\\b)[a-z]+(?:ado|ido)\\b)', 'no '),
  phrase('\\bpero no (?:les |le )(?:he|hemos) (?:preguntado|consultado)\\b|\\bpero no (?:lo |la )?(?:he|hemos) (?:medido|contado|comprobado|verificado|confirmado)(?=\\s*(?:[.,;!?]|$))', 'doubtx'),
  // "ya funciona todo", "ya va todo": all fixed now (no test's answer).
  phrase('\\bya (?:me )?(?:funciona|va|anda|jala|carga) todo\\b|\\btodo (?:ya )?(?:funciona|va|anda) (?:ya|de nuevo|otra vez|bien ya)\\b', 'all works now'),
  // "ni puta idea": not known; "no sé qué decirte": an opening, no doubt.
  phrase('\\bni (?:puta|pajolera|zorra|remota|la mas remota|la menor) idea\\b', 'idk'),
  phrase('\\bno se que (?:mas )?(?:decirte|decirle|deciros|decir)\\b', ''),
  // "nunca jamás", "nunca nunca": one "never", said twice for emphasis (not two negations).
  phrase('\\b(?:nunca|jamas)(?: (?:nunca|jamas|de los jamases))+\\b', 'nunca'),
  // "en incógnito pasa igual": the same happens there.
  phrase('\\b(?:pasa|ocurre|sucede)(?: exactamente| justo)? igual\\b(?! (?:de|que)\\b)', 'same error'),
  // "la casa matriz", "la casa central": the company's headquarters, not home; "mis datos de navegación": browsing data.
  phrase('\\bcasa (?:matriz|central)\\b', 'oficina central'),
  phrase('\\bdatos (?:de navegacion|del navegador|de la cuenta|de sitios?|guardados|de chrome|de edge|de firefox)\\b', 'browsing data'),
  // "borré las cookies", "limpié la caché": the browser's data cleared (not the private-window test).
  phrase('\\b(?:borre|borramos|limpie|limpiamos|vacie|vaciamos)\\b', 'cleared'),
  // "en incógnito sí, pero solo la primera vez": once, not for good (kind of).
  phrase('\\bpero (?:solo|solamente|nomas|unicamente) (?:la primera vez|una vez|un rato|al principio|un momento)\\b', 'kinda'),
  // "la VPN no la tengo (puesta)", "el VPN no lo uso": the VPN denied, said topic first.
  phrase('\\b(?:la |el )?vpn no (?:la |lo )?(?:tengo|uso|usamos|utilizo|tenemos|pongo|prendo|activo)(?: (?:puesta|puesto|activada|activado|conectada|conectado|prendida|prendido|encendida|encendido))?\\b', 'not vpn'),
  // "ojalá fuera la VPN": a wish.
  phrase('\\bojala(?: (?:que|fuera|fuese|sea))*\\b', 'hopefully'),
  // "todos los reintentos han fallado": failed.
  phrase('\\b(?:han|ha|hemos|habian) fallado\\b', 'failed'),
  // "mi compañera de al lado dice que …": someone else's account.
  phrase('\\b(?:mi|mis|un|una|el|la|nuestro|nuestra) (?:companer[oa]s?|colegas?|jefe|jefa|vecin[oa] de mesa)(?: [^,.;!?]{1,20}?)? (?:dice|dicen|dijo|comenta|comento|asegura|cuenta|conto) que\\b', 'colleague says'),
  // Hearsay and hunches ("al parecer", "según parece", "por lo visto", "tengo entendido que"): not what the person saw.
  phrase('\\bal parecer\\b|\\bsegun (?:parece|dicen|tengo entendido)\\b|\\bpor lo visto\\b|\\b(?:tengo|tenemos) entendido(?: que)?\\b|\\bparece ser que\\b', 'maybe'),
  // "pero lo probé muy rápido", "lo cerré rápido", "solo lo miré por encima": seen too briefly to tell.
  phrase('\\b(?:lo |la )?(?:probe|mire|vi|abri|cerre|entre|chequee|revise)(?: solo| nomas)? (?:muy |super |bien |demasiado )?(?:rapido|por encima|de pasada|un segundo|un momento|un momentito)\\b', 'doubtx'),
  // "en incógnito ni abre": not even that (the verb denied).
  phrase('\\bni (?:siquiera )?(?=(?:me |le |nos |se )?(?:abre|abren|carga|cargan|funciona|funcionan|anda|andan|jala|entra|arranca|arrancan|responde|responden|conecta)\\b)', 'no '),
  // "ni incógnito ni nada": not there, nor anywhere.
  phrase('\\bni ((?:en |con |desde |por )?[^,.;!?]{1,30}?) ni nada\\b', '$1 tampoco'),
  // "no sabría", "no sabríamos" said alone: not known; "el log no lo guarda": not recorded (no answer "no").
  phrase('\\bno (?:lo |te lo )?sabri(?:a|amos)\\b(?! (?:decir|decirte|decirle)\\b)', 'idk'),
  phrase('\\bno (?:lo |la |los |las |se )?(?:guarda|guardan|registra|registran|loguea|loguean|almacena|almacenan|apunta)(?: nada| nunca)?\\b', 'unrecorded'),
  // "error interno (del servidor)": the 500's text.
  phrase('\\berror interno(?: del servidor)?\\b', 'internal server error'),
  // "un perfil nuevo de Chrome": a clean profile.
  phrase('\\b(?:un |el |otro )?perfil (?:nuevo|limpio|de invitado|en blanco|vacio)\\b|\\b(?:un |otro )?nuevo perfil\\b', 'clean profile'),
  // "no uso incógnito nunca", "no tengo permisos para abrir ventanas privadas": the test not run.
  phrase('\\bno (?:uso|usamos|utilizo|he usado|use) (?:nunca )?(?:el |la )?(?:modo |ventana |ventanas )?(?:incognito|privad[ao]s?)\\b', 'nottried incognito'),
  phrase('\\bno (?:tengo|tenemos|me dan|nos dan) (?:permisos?|acceso|derechos) (?:para|de) (?:abrir|usar|activar|instalar|cambiar)\\b', 'can not open'),
  phrase('\\b(?:ventanas|pestanas) (?:privadas|de incognito)\\b', 'incognito'),
  // "no tenemos nada que use la API": no use of it.
  phrase('\\bno (?:tenemos|tengo|hay) nada que (?:use|usa|llame|llama|tire|consuma) (?:de )?(?:la |las )?api\\b', 'nouse'),
  // "en la oficina no" after another outcome: it fails at the office.
  phrase('\\b(en|desde) (?<=\\b(?:funciona|funcionan|va|van|anda|andan|carga|cargan|jala|sirve|si)\\b[^.;!?]{0,40}?,\\s?(?:en|desde) )((?:la |el )?(?:oficina|ofi|trabajo|curro|empresa)) no(?=\\s*(?:[.;!?]|$))', '$1 $2 falla'),
  // "compartí internet desde el celular": a hotspot.
  phrase('\\bcompart(?:i|o|imos|iendo|ir|e) (?:el |mi )?(?:internet|datos|la conexion|conexion)(?: (?:desde|del|con) (?:el |mi )?(?:celular|movil|telefono|cel|celu))?\\b', 'hotspot'),
  // "ni idea de cómo se llama la red": its name unknown, not how to test.
  phrase('\\b(?:ni idea|no se|nose|no tengo idea)(?: de)? como se llama\\b', ''),
  // "desde el hospital donde trabajo", "la red interna", "en la sucursal": the workplace's network.
  phrase('\\b(?:donde|en (?:el|la) que) (?:trabajo|trabajamos|curro|laburo)\\b|\\bred interna\\b|\\b(?:en|desde) (?:la |una |nuestra )?sucursal\\b', 'at the office'),
  // "los reintentos no ayudan": retries never help.
  phrase('\\b(?:los )?(?:reintentos|retries) (?:no|tampoco) (?:ayudan|sirven|resuelven|arreglan)(?: (?:de )?nada)?\\b', 'retries never help'),
  // Twentieth round (own probes). "se supone que", "en principio": how it should be, not what was seen (as "en teoría").
  phrase('\\bse supone que\\b|\\ben principio\\b', 'moot'),
  // "nose, creo que en casa", "no me acuerdo bien, creo que…", "pues no sé, igual la oficina": a guess after not knowing.
  phrase('^\\s*(?:(?:pues|bueno|mmm+|ehh*|la verdad),? )?(?:no se|nose|ni idea|no me acuerdo(?: bien)?|no recuerdo(?: bien)?)\\s*[,.…]+\\s*(?:(?:pero|pues|aunque) )?(?:creo|me parece|igual|diria|supongo|pienso)\\b', 'doubtx'),
  // "tampoco sé muy bien", "yo tampoco sé": not known (not a failure "too").
  phrase('\\btampoco (?:lo |te lo )?(?:se|sabria|sabemos|sabria decir)\\b', 'idk'),
  // "medio que funciona", "como que sí": kind of.
  phrase('\\b(?:medio|como) que (?=(?:si|no|funciona|funcionan|va|anda|carga|sirve|jala|falla|fallan)\\b)', 'kinda '),
  // "falla la mitad (de las veces)": half the time, so some of the time.
  phrase('\\bla mitad(?: de las veces| del tiempo| de los (?:intentos|reintentos|requests)| de las (?:llamadas|peticiones))?\\b', 'half the time'),
  // "qué se le va a hacer", "qué le vamos a hacer": resignation, no answer.
  phrase('\\bque (?:se )?le (?:va|vamos) a hacer\\b', 'lol'),
  // An imperative to the team ("habiliten la VPN por favor", "desbloqueen el acceso"): a request.
  phrase('\\b(?:habiliten|desbloqueen|activen|arreglen|quiten|pongan|abran|revisen|cambien|reinicien|reseteen|den|denme|liberen|configuren)\\b(?=[^.!?]*\\b(?:por favor|porfa|porfis|porfavor|xfa)\\b)', 'request'),
  // "«…» – dice mi compañero", "dice el de sistemas": the clause before is someone else's account.
  phrase('^([^.!?]{1,160}?)\\s*[,;:–—-]*\\s*(?:dice|dicen|comenta|comentan|asegura|me dijo|nos dijo) (?:mi|mis|el|la|los|las|nuestro|nuestra) (?:companero|companera|companeros|companeras|jefe|jefa|equipo|colega|colegas|de sistemas|de ti|de it)\\b(?=[^.!?]*$)', 'colleague says $1'),
  // "en incógnito no da error", "no sale ningún error": no error there.
  phrase('(?<!\\bya )\\bno (?:me |nos |le )?(?:da|dan|sale|salen|tira|tiran|aparece|aparecen|salta|saltan) (?:el |ningun |ese )?(?:error|errores|fallo|fallos)\\b(?! ?(?:http )?[1-5]\\d\\d\\b)', 'no error'),
  // "ni un reintento funciona", "ni una llamada pasa": none goes through.
  phrase('\\bni (?:un|una|uno)(?: solo| sola)? (?:reintento|intento|retry|request|llamada|peticion)s? (?:funciona|pasa|sirve|va|entra|jala|anda)\\b', 'persistx'),
  // "yo sospecharía de la VPN", "igual fue casualidad": a guess, or luck.
  phrase('\\bsospechar(?:ia|iamos)\\b|\\b(?:fue|sea|haya sido|era|habra sido) (?:pura |una |de )?(?:casualidad|suerte|chiripa)\\b', 'maybe'),
  // "no todos los reintentos fallan": some do, some don't.
  phrase('\\bno (?:todos|todas)(?: (?:los|las|mis|nuestros|nuestras))?(?: [a-z]+)? (?:fallan|petan|se caen|dan error|fallaron)\\b', 'some fail'),
  // "no solo en incógnito, también…": besides, not a denial.
  phrase('\\bno (?:solo|solamente|nomas)\\b(?! (?:a |para )?(?:mi|nosotros|yo)\\b)(?=[^.!?]*\\b(?:tambien|sino)\\b)', 'besides'),
  // "¿si funciona en incógnito?": "si" opening a question is "if"; "tendría que probarlo": not tried yet.
  phrase('¿\\s*si (?=[^?]*\\?)', '¿ if '),
  phrase('\\b(?:tendria|tengo|habria|tendre|tendriamos|tenemos) que (?:probar|probarlo|probarla|testear|testearlo|intentarlo)\\b(?! (?:otra vez|de nuevo|nuevamente)\\b)', 'nottried'),
  // "creo que la API va, pero mejor pregúntale al equipo de backend": the lean sent on to someone who knows.
  phrase('\\bpero (?:mejor|mas vale|seria mejor) (?:que )?(?:preguntale|pregunta|pregunten|preguntenle|preguntales|consultalo|consulta|consulten|confirmalo|confirma|confirmen)\\b', 'doubtx'),
  // "eso lo sabrá el equipo de backend, yo no": not known.
  phrase('\\blo sabr(?:a|an|ia|ian)\\b[^.!?]*?,? yo no\\b', 'idk'),
  // "sin duda la oficina": certain; "ninguna diferencia en incógnito": nothing changes there (fails).
  phrase('\\bsin (?:ninguna )?duda(?: alguna)?\\b', 'definitely'),
  phrase('\\b(?:ninguna|sin|cero) diferencia\\b', 'no difference'),
  // "nunca, por más que reintente": however often it is tried, every time.
  phrase('\\bpor (?:mas|mucho|muchas veces) que (?:lo )?(?:reintente|reintentemos|reintentes|intente|intentemos|pruebe|probemos|lo intente)\\b', 'every time'),
  // "carga infinito", "se queda cargando": an error of its own (other).
  phrase('\\bcarga(?:ndo)? (?:infinit[oa]|infinitamente|eternamente|para siempre|sin parar)\\b|\\bcarga infinita\\b|\\bse queda(?: ahi| siempre)? cargando\\b', 'othererr'),
  // "no me hagas mucho caso", "sin garantías, pero …": no commitment; "podría ser la VPN": a guess.
  phrase('\\bno (?:me |nos )?(?:hagas|hagan|haga) (?:mucho |demasiado |tanto )?caso\\b|\\bsin garantias?\\b', 'doubtx'),
  phrase('\\bpodria(?:n)? ser\\b', 'maybe'),
  // "por lo general en casa", "suele ser la oficina", "de normal": a habit, not this time (as "normalmente").
  phrase('\\bpor lo (?:general|comun|normal)\\b|\\ben general\\b|\\bde normal\\b|\\bgeneralmente\\b|\\bsuel(?:e|en|o|emos) (?:ser|estar|ir|conectarme|trabajar)\\b', 'normally'),
  // "yo apostaría por la VPN", "me inclino por la oficina": a bet, a leaning between choices.
  phrase('\\bapostaria(?:mos)? (?:por|a que|que)\\b|\\b(?:me|nos) inclin(?:o|amos|aria) (?:mas )?(?:por|hacia|a pensar que)\\b', 'maybe'),
  // "en el campus de la universidad": a university, not the office's campus.
  phrase('\\bcampus (?:de la|del|de) (?:universidad|facultad|facu|uni|tec|politecnico)\\b|\\bcampus universitario\\b', 'university'),
  // "no, ningún error en incógnito": no error there; "no probado": not tried; "esporádicamente": some of the time.
  phrase('\\b(?:ningun|sin|cero) (?:error|errores|fallo|fallos)\\b', 'no error'),
  phrase('\\bno (?:lo |la )?(?:he |hemos )?(?:probado|testeado|intentado|chequeado|checado)\\b', 'nottried'),
  phrase('\\besporadicamente\\b|\\bde forma esporadica\\b', 'sometimes'),
  // "incógnito funciona, hotspot no": after a comma, a test named and then "no" alone fails there.
  phrase('(?<=,\\s?)((?:con (?:el |los )?|en (?:el |modo )?|por )?(?:hotspot|datos(?: moviles)?|4g|5g|lte|incognito|privado)) no(?=\\s*(?:[.;!?]|$))', '$1 failx'),
  // Twentieth round: "puedo equivocarme", "igual me equivoco": doubt; "no del todo seguro" said alone: not sure.
  phrase('\\b(?:puedo|podria|pueda) (?:estar )?(?:equivocarme|equivocado|equivocada)\\b|\\b(?:igual|a lo mejor|quizas|quiza) me equivoco\\b', 'doubtx'),
  phrase('(?:^|(?<=[.,!?]\\s?))\\s*no (?:del todo|muy|100 ?%|tan) segur[oa]s?\\b', ' not sure'),
  // Nineteenth round (own probes). "no he tenido ocasión", "no tuve tiempo": the test was not run ("no tengo tiempo para
  // probar", said of now, is a refusal: no answer).
  phrase('\\bno (?:he tenido|tuve|hemos tenido|tuvimos|habia tenido) (?:tiempo|ocasion|oportunidad|chance)\\b', 'nottried'),
  // "como ayer en casa": likened to another time; "esta noche en casa pruebo": a place to come; "aviso a la oficina":
  // the office's people; "si alguna vez funciona": a condition; "podría funcionar": might.
  phrase('\\bcomo (?:ayer|anteayer|antier|esta manana|la semana pasada|el otro dia|la ultima vez)\\b', 'moot'),
  phrase('(?<=\\b(?:esta noche|manana|luego|mas tarde|al rato) )(?:en|desde) casa\\b|\\b(?:en|desde) casa(?= (?:esta noche|manana|luego|mas tarde)\\b)|\\bcuando (?:llegue|este|vuelva) a casa\\b', 'later'),
  phrase('\\b(?:aviso|avisare|llamo|escribo|informo|le digo|les digo) (?:a )?(?:la oficina|los de la oficina)\\b', 'notify'),
  phrase('\\bsi (?=(?:alguna vez|acaso|por casualidad|en algun momento)\\b)', 'if '),
  phrase('\\bpodria(?:n)? (?=(?:funcionar|ir|andar|cargar|servir|jalar)\\b)', 'might '),
  // "la impresora tampoco va", "la cafetera": another machine, nothing about ChatGPT.
  phrase('\\b(?:la |el |mi |nuestra |nuestro )?(?:impresora|cafetera|maquina de cafe|fotocopiadora|ascensor|aire acondicionado|calefaccion|microondas)\\b', 'moot'),
  // "no es en incógnito donde falla": the test of a cleft denied works there (a place denied is left to the place rules).
  phrase('\\bno es ((?:en|con|desde) (?![^,.;!?]*\\b(?:vpn|oficina|casa|trabajo|curro)\\b)[^,.;!?]{1,30}?) (?:donde|que|en que) (?:falla|fallan|peta|petan|se cae|se caen|da error|dan error)\\b', '$1 works'),
  // "funciona en todos lados menos en incógnito": except.
  phrase('(?<=\\b(?:en|por) (?:todos lados|todas partes|todos sitios|ningun lado|ninguna parte|ningun sitio),? )(?:menos|excepto|salvo)\\b', 'except'),
  // "menos errores en incógnito", "más errores", "más lento": a comparison, no outcome ("no más errores" is none).
  phrase('\\bmenos (?:errores|fallos|problemas|caidas|cuelgues|500)\\b', 'mejor'),
  phrase('(?<!\\bno )\\bmas (?:errores|fallos|problemas|caidas|cuelgues|500|lento|lenta|inestable)\\b', 'peor'),
  phrase('(?<!\\bno )\\bmas (?:rapido|rapida|estable|fluido|fluida)\\b', 'mejor'),
  // "sin novedad", "nada raro": nothing wrong, so it works.
  phrase('\\bsin novedad(?:es)?\\b|\\bnada (?:raro|extrano|anormal|que reportar|que senalar|que destacar)\\b', 'works fine'),
  // SMS: "n funciona" (no), "tmpco" (tampoco); "…, ah no, sí va", "500, perdón, 403": a correction.
  phrase('\\bn (?=(?:funciona|funcionan|va|carga|anda|sirve|jala)\\b)', 'no '),
  phrase('\\b(?:tmpco|tmpoco|tampco)\\b', 'tampoco'),
  phrase('\\b(?:ah|oh|uy) no,? (?=si\\b)|(?<=[,.]\\s?)perdon,', 'correction'),
  // "me dijeron que …", "dicen que …", "los demás dicen …": someone else's account.
  phrase('(?<!\\b(?:como|segun|lo que) )\\b(?:me|nos) (?:dijeron|han dicho|dicen|comentaron|contaron|dijo|comento)\\b(?: que)?|(?:^|(?<=[.,;!?] ?))\\s*(?:dicen|comentan|cuentan) que\\b', 'colleague says'),
  phrase('\\b(?:los|las) demas(?= (?:dicen|comentan|cuentan|tienen)\\b)', 'colleagues'),
  // Seventeenth round: "alguien sabe si …", "pregunto si …", "a ver si …": "si" is "whether" there, not "sí".
  phrase('\\b(sabe|sabes|saben|sabeis|sabemos|saber|sepa|sepan|pregunta|pregunto|preguntar|averiguar|averigua|mira|miro|mirar|revisa|reviso|revisar|comprueba|comprobar|confirma|confirmar|a ver) si\\b', '$1 whether'),
  // "siempre las confundo", "me confundo", "no los distingo": which one is not known.
  phrase('\\b(?:(?:las|los|me las|me los|me) confundo|confundo (?:las|los) (?:dos|nombres))\\b|\\bno (?:las|los) distingo\\b', 'doubtx'),
  // "ni idea de qué pasa", "no entiendo por qué pasa": puzzlement, no answer either way.
  phrase('\\b(?:ni idea|no se|no entiendo|no sabemos)(?: de)? (?:que|por que|porque|lo que) (?:pasa|ocurre|sucede|esta pasando|le pasa|onda)\\b', ''),
  // "la app que me bajé de la web de OpenAI": where it was downloaded from, not the web surface.
  phrase('\\b((?:me |lo |la |nos )?(?:baje|bajaste|bajo|bajamos|descargue|descargo|descargamos|descargada|descargado|bajada|bajado|instale|instalada|instalado)) (?:de|desde) (?:la |el )?(?:web|pagina|sitio|site)(?: (?:oficial|de openai|de chatgpt))*\\b', '$1'),
  // "tampoco cargaba" (a test told in the past): failed too.
  phrase('\\btampoco (?:me |nos |le )?(?:cargaba|funcionaba|andaba|abria|jalaba|servia|iba|conectaba)\\b', 'failx too'),
  // "el equipo de integraciones": a team, not a computer; "no ha reportado caídas": no failure seen.
  phrase('\\b(?:el |los )?equipos? (?:de|del) (?:integracion(?:es)?|desarrollo|sistemas|ti|it|soporte|plataforma|backend|infra\\w*|operaciones|devops|datos|ingenieria|producto|seguridad|redes|tecnologia|dev|devs)\\b', 'the team'),
  phrase('\\bno (?:ha|han|hemos|he) (?:reportado|visto|notado|detectado|tenido|avisado de) (?:caidas|problemas|fallos|errores|nada|incidencias|incidentes)\\b', 'no problems'),
  // "no me falla": it does not fail ("no falla siempre" is read above as not always).
  phrase('\\bno (?:me |nos |le |te |les )?(?:falla|fallan)\\b(?! siempre\\b)', 'works'),
  // "el mensaje era «…»", "el error fue …": the message seen, not a past state.
  phrase('\\b(?:el |la )?(?:mensaje|aviso|error|alerta|texto) (?:era|fue|decia)\\b(?![^.!?]*\\b(?:ahora|ahorita|hoy|ya no|actualmente)\\b)', 'the message was'),
  // "✅ en el navegador sí carga\n❌ la app no": each mark at a line's start opens the next item of a list.
  phrase('(?<=[a-z0-9])[ \\t]*\\n\\s*(?=(?:yes|nox) \\.)', '.'),
  // "en privado funciona, y con el 4G del móvil también": the verb left out after "y … también" is the one before it.
  phrase('(?<=(?<!\\bno (?:me |le |nos )?)\\b(?:funciona|funcionan|carga|cargan|anda|andan|jala|sirve|abre|va)\\b[^.;!?]*?,\\s*y )((?:con|en|por) [^,.;!?]{1,40}?) tambien(?=\\s*(?:[,.;!?]|$))', '$1 tambien funciona'),
  // "no es la app del celu": the phone's app denied, the phone with it (the surface is named after).
  phrase('\\bno (?:es|era|uso) (?:la |el )?(app|aplicacion)(?: (?:del|de la|de mi|en el|en la|en mi|de))? (?:celu|celular|movil|telefono|iphone|android|tablet|ipad)\\b', 'no es la $1'),
  // "igual algunos pasan", "igual es el VPN" (Spain: "maybe"): a guess.
  phrase('(?:(?<=(?:^|[.,;:!?¿¡])\\s*)|(?<=\\b(?:pero|pues|bueno|y|o|aunque) ))igual (?=(?:algunos|algunas|alguno|alguna|unos|unas|es|era|sea|fue|hay|habia)\\b)', 'maybe '),
  // Sixteenth round: "un request", "ni un request pasa": an API call, not the marker of a request to IT (a word before it
  // that only Spanish has: the marker another language's rules wrote stays).
  phrase('\\b(un|el|ningun|cada|otro|del|al|primer|ultimo|mi|este|ese|cualquier) request\\b', '$1 call'),
  // Sixteenth round: "solo pasa cuando tengo la VPN", "me pasa mientras…": "pasa" is "happens" (the failure), not "goes through".
  phrase('\\b(?:(?:solo|solamente|nomas|nada mas) )?(?:me |nos |le |les )?pasan? (?=(?:(?:solo|solamente|nomas|unicamente) )?(?:cuando|mientras)\\b)', 'happens '),
  // "¿cómo me fijo si …?", "cómo sé si …": how to run the check, asked back (any opening, "ehh", "pero").
  phrase('\\bcomo (?:me |lo |la |le |eso )?(?:fijo|reviso|checo|miro|veo|compruebo|verifico|chequeo|pruebo|se|entero|doy cuenta)(?: (?:de )?si)?\\b(?=[^.!]*\\?)', 'how do i check if'),
  // "no he podido probarlo", "no pude intentarlo": the test was not run.
  phrase('\\bno (?:lo |la )?(?:he|hemos|pude|pudimos) (?:podido )?(?:probar|probarlo|probarla|intentar|intentarlo|testear|testearlo|hacerlo|checarlo|revisarlo)\\b', 'nottried'),
  // "no falla siempre": not always (some do, some don't); "no funciona siempre": not always either.
  phrase('\\bno ((?:me |nos |le )?(?:falla|fallan|funciona|funcionan)) siempre\\b', 'no siempre $1'),
  // "(creo que) era un 403", "fue un 500": the error seen, not a past state ("era el 500, ahora 403" and "no era 429" stay).
  phrase('(?<!\\bno )\\b(?:era|fue) (?=(?:un |una |el |la )?(?:error |codigo |http )?[1-5]\\d\\d\\b)(?![^.!?]*\\b(?:ahora|ahorita|hoy|ya no|actualmente)\\b)', 'was '),
  // "tu cuenta ha sido desactivada": an error page of its own.
  phrase('\\bcuenta (?:ha sido |fue |esta |quedo |se ha )?(?:desactivada|suspendida|deshabilitada|bloqueada|baneada|inhabilitada|cerrada)\\b', 'account deactivated'),
  // "yo no diría que no funciona": a failure denied, so it works; "no diría que funciona": doubt.
  phrase('\\bno (?:te |le )?(?:diria|diriamos|afirmaria) (?:que )?((?:[\\w-]+ ){0,8}?)no (?:me |nos |le )?(?:funciona|funcione|funcionan|funcionen|carga|cargue|anda|ande|jala|sirve|abre|va)\\b', '$1 works'),
  phrase('\\bno (?:te |le )?(?:diria|diriamos|afirmaria) que\\b', 'doubtx'),
  // "las otras llamadas de la org también fallan", "el resto de las llamadas a la API va": the organisation's other calls
  // (the api_health test, whatever the surface); "el resto de la org", "los otros equipos": so too when the API is the surface.
  // "solo a mí me da 503": the failure is the reporter's alone, no word on the others' calls.
  phrase('\\b(?:las )?(?:otras|demas|restantes) (?:llamadas|peticiones|requests|calls)\\b|\\b(?:el )?resto de (?:las )?(?:llamadas|peticiones|requests|calls)\\b', 'orgcalls'),
  phrase('\\b(?:al |el )?resto de la (?:org|organizacion|empresa|compania)\\b|\\b(?:a )?(?:los )?(?:otros|demas) equipos\\b', 'orgrest'),
  phrase('\\b(?:solo|solamente|nomas|unicamente) (?:a mi|a nosotros|yo)\\b', 'onlyme'),
  // "la conexión no es privada/segura": the browser's warning, before "no es" is read as a denial.
  phrase('\\b(?:la |tu |su )?conexion no es (?:privada|segura)\\b', 'sslerr'),
  // "rate limit no es, es un 500", "la VPN no es eh": the thing named first and denied at the end of its clause.
  phrase('(?:^|(?<=[.,;:!?] ))\\s*((?:el |la |lo de |un |una )?[\\w-]+(?: [\\w-]+)?) no (?:es|era)(?=\\s*(?:[,.;:!?…]|eh\\b|$))', 'not $1'),
  // "la app ni la tengo instalada", "no tengo la app": the thing not installed is not the surface.
  phrase('\\b(?:la |el )?(?:app|aplicacion)(?: (?:de|del) [\\w-]+)? (?:ni |no )(?:la |lo )?(?:tengo|tenemos)(?: instalad[ao])?\\b|\\bno (?:tengo|tenemos) (?:la |el )?(?:app|aplicacion)(?: instalad[ao])?\\b', ''),
  // "en el wifi de la oficina no, ando con datos", "los datos del móvil no, …": opening the reply, a network named and denied
  // is not where it is ("con el hotspot anda; en la oficina no": after an outcome, that outcome denied there, as before).
  phrase('^\\s*((?:en |con |desde |por )?(?:el |la |los |las |mi |mis )?(?:wifi|wi-fi|red|datos|conexion|vpn|hotspot|lan)(?: (?:de|del) (?:la |mi |el |los )?[\\w-]+| moviles| del (?:movil|celular|cel|telefono))?) no(?=\\s*(?:[,.;:!?]|$))', 'not $1'),
  // "ni web ni app: es nuestro script": neither value, then the one it is.
  phrase('\\bni (?:la |el |en (?:la |el )?)?([\\w.-]+) ni (?:la |el |en (?:la |el )?)?([\\w.-]+)\\s*[:,]\\s*(?=(?:es|son|sino|solo|solamente|unicamente)\\b)', 'not $1 , not $2 , '),
  // Fifteenth round: chat spellings ("q" for que, "xq"/"pq" for porque) read as the words.
  phrase('\\b(?:q|ke)\\b', 'que'),
  phrase('\\b(?:xq|pq|xk)\\b', 'porque'),
  // "ni idea por qué": not knowing why is no doubt about the answer.
  phrase('\\b(?:ni idea|no se|nose|ns) (?:de )?(?:por ?que|porque)\\b', ''),
  // "con los mismos datos": on the same mobile data.
  phrase('\\b(?:con|en|por|usando|desde) (?:los |mis )?mismos datos(?: moviles)?\\b', 'samenet mobile data'),
  // "¿qué sería la app de escritorio?": what something is, asked back.
  phrase('\\bque (?:seria|sera)\\b', 'what is'),
  // "no es que no funcione con el hotspot, es que no lo he podido probar": the reason denied, then the one meant.
  phrase('\\bno es que\\b[^.!?]*?,\\s*(?:sino )?(?:que |es que )', 'correction'),
  // "no es que no funcione": a failure denied, so it works.
  phrase('\\bno es que no (?:me |nos |le )?(?:funcione|funcionen|cargue|carguen|ande|anden|jale|sirva|abra|vaya)\\b', 'works'),
  // "nunca lo probé", "no revisé los logs": not tried, not checked.
  phrase('\\b(?:nunca|jamas) (?:lo |la )?(?:probe|probamos|intente|intentamos|teste|revise|revisamos)\\b|\\bno (?:lo |la |los |las )?(?:revise|revisamos|chequee|chequeamos|mire|miramos)\\b', 'nottried'),
  // "¿cómo reviso eso?": how to run the check, asked back.
  phrase('(?:^|(?<=[,.?¿] ?))\\s*como (?:lo |la |eso )?(?:reviso|checo|miro|veo|compruebo|verifico|chequeo)\\b', 'how do i check'),
  // "no tengo acceso a nada de la API": no use of it.
  phrase('\\bno (?:tenemos|tengo|hay|me dan|nos dan) (?:ningun )?acceso a (?:nada (?:de|en) )?(?:la |el |las )?(?:api|apis)\\b', 'nouse'),
  // Thirteenth round: "difícil decir": doubt; "habilítenme el modo incógnito": a request.
  phrase('\\b(?:dificil|complicado|imposible) (?:de )?(?:decir|saber)\\b', 'doubtx'),
  // Fourteenth round: "¿no me gasta los datos?", "¿quién me lo paga?": worries about the data plan asked back.
  phrase('\\b(?:me |nos )?(?:gasta|gastaria|consume|consumiria|come|cobra|cobran)n? (?:\\w+ ){0,2}(?:datos|megas|saldo)\\b[^.!?]*\\?|\\bquien (?:me |nos )?(?:lo |los |la |las )?(?:paga|pagara|pagaria)\\b', 'askback'),
  // Fourteenth round: "ahí sí entró" (accent lost): there it did, no condition.
  phrase('\\b(ahi|aqui|alli) si\\b(?! (?:puedo|podria|quieres|quiere)\\b)', '$1'),
  // Fourteenth round: "pero no lo confirmaría", "no lo podría asegurar": doubt.
  phrase('\\bno (?:lo |te lo |se lo )?(?:podria )?(?:confirmaria|aseguraria|confirmar|asegurar)\\b', 'doubtx'),
  phrase('\\b(?:habilit|desbloque|activ|prest|pas|sub|aument|ampli|levant|quit|cambi|arregl|solucion|reinici|resete)(?:en|an|e|a|ad|id|ed)(?:me|nos)(?:lo|la|los|las)?\\b', 'request'),
  // "abre un ticket con OpenAI", "ábranme un caso": asking for a ticket.
  phrase('\\b(?:abr(?:e|a|an|id|i|ime|eme|anme|ame)|levant(?:a|e|en|ame|enme)|cre(?:a|e|en|ame|enme)|pon(?:ga|gan|game|ganme)?|escal(?:a|e|en|alo|elo|enlo)) (?:un |el |una |la )?(?:ticket|caso|incidente|incidencia|reclamo)\\b', 'request'),
  // Twenty-second round (batch 29). "Nada de VPN": not on the VPN.
  phrase('\\bnada de (?:la |el )?vpn\\b', 'not vpn'),
  // "no lo tengo confirmado", "sin confirmar": hearsay, not known.
  phrase('\\bno (?:lo )?(?:tengo|he|hemos|tenemos) confirmado\\b|\\bsin confirmar\\b', 'idk'),
  // "funcionar, lo que se dice funcionar, no": emphatically not.
  phrase('\\b(?:funcionar|andar|ir|cargar),? lo que se dice (?:funcionar|andar|ir|cargar),? no\\b', 'failx'),
  // "¿a quién le pregunto?": asking how to find out.
  phrase('\\ba quien (?:le |les )?(?:pregunto|preguntamos|consulto|aviso)\\b', 'askhow'),
  // Twenty-second round (batch 27). "ni éxito ni error": neither, so no answer.
  phrase('\\bni (?:exito|bien|funciona|pasa) ni (?:error|falla|mal|fallo)\\b|\\bni (?:error|falla|mal) ni (?:exito|bien)\\b', 'doubtx'),
  // Twenty-second round (batch 26). "andar probando cosas": "andar" before a gerund is "go around", not "work".
  phrase('\\bandar (?=[a-z]+(?:ando|iendo)\\b)', ''),
  // "la VPN del trabajo": the workplace's network; "el navegador del curro": the work computer's (no "work" the verb, no place).
  phrase('\\b(vpn|wifi|wi-fi|red|internet|conexion) (?:del|de mi|de la) (?:trabajo|chamba|curro|pega|laburo)\\b', '$1 corporate'),
  phrase('\\b(?:del|de mi|de la) (?:trabajo|curro|pega|laburo)\\b', 'deltrabajo'),
  // "conectado a la VPN del trabajo": on the VPN.
  phrase('\\b(?:conectad[oa]s?|enchufad[oa]s?|metid[oa]s?) (?:a|en|por|con|desde) (?:la |el )?vpn\\b', 'on the vpn'),
  // "el wifi de la misma oficina (en otro piso)": the same network.
  phrase('\\b(?:el |la )?(?:wifi|wi-fi|red) de la misma (?:oficina|empresa|planta|sede)\\b', 'samenet'),
  // "Antes con el hotspot sí jalaba, ahorita ya no": what worked before is taken back by "now, no more".
  phrase('\\bantes\\b[^.!?]*?,\\s*(?:pero |y )?(?:ahora|ahorita|hoy)(?: mismo)?(?: ya)? no\\b', 'correction failx'),
  // "¿no me pueden mandar a alguien?": asking for someone.
  phrase('\\b(?:me |nos )?(?:pueden|puede|podeis|podrian|podria|puedes|podes) (?:(?:me|nos) )?(?:mandar|enviar|pasar|llamar|ayudar|conectar|comunicar)\\b', 'request'),
  // Twenty-second round (batch 25). "Pónganme en la red buena", "Reinicien mi cuenta": a sentence that opens with a plural imperative asks.
  phrase('(?:^|(?<=[.!?]\\s?))\\s*(?:[a-z]{3,}(?:en|an)(?:me|nos)(?:lo|la|los|las)?|reinicien|revisen|arreglen|desbloqueen|habiliten|activen|cambien|pongan|quiten|abran|manden|suban|aumenten|resetee?n)\\b', 'request'),
  // "O sea no, nunca pasa": "o sea" says what is meant ("o sea que …" draws a conclusion; asked back, with "?", it is no correction).
  phrase('\\bo sea\\b(?! que)(?![^.!?]*\\?)', 'correction'),
  // "no me interesa", "me da igual": no answer given.
  phrase('\\bno me interesa\\b|\\bme da (?:igual|lo mismo)\\b', 'doubtx'),
  // "no tengo probado el incógnito": not tried.
  phrase('\\bno (?:lo |la )?(?:tengo|tenemos) (?:probado|intentado|testeado|checado|chequeado)\\b', 'nottried'),
  // "no se ha quejado", "nadie se queja": no complaints.
  phrase('\\bno (?:se )?(?:ha|han|habia|habian) quejado\\b|\\bnadie se (?:ha )?quej(?:ado|a|o)\\b|\\bsin quejas\\b', 'no complaints'),
  // "y si reintento mil veces…": "si" before a verb in the first person is "if", not "sí".
  phrase('\\bsi (?=(?:(?:me|lo|la|le) )?(?:reintento|intento|pruebo|uso|conecto|cambio|entro|abro|pongo|quito|desactivo|activo|apago|prendo|vuelvo|hago|recargo|refresco|borro|limpio|reinicio|cierro|espero|mando|envio|llamo)\\b)', 'if '),
  // "… pero volví a probar": a test run again after "pero" takes back what came before it.
  phrase('\\bpero (?:ahora |hoy |luego )?(?:lo )?(?:(?:volvi|volvimos) a (?:probar|intentar|testear|checar)|reprobe|re-?teste)\\b', 'correction'),
  // "¿Podéis mirar vosotros si…?", "¿pueden revisar ustedes…?": asking the desk to look.
  phrase('\\b(?:podeis|podrias|podriais|podrian|podria|puedes|pueden|puede|podes)(?: (?:vosotros|ustedes|usted|vos|tu))? (?:(?:me|nos|lo|la) )?(?:mirar|revisar|chequear|checar|comprobar|verificar|arreglar|probar|subir|aumentar|desbloquear|abrir|fijarse|fijaros)(?:me|nos|lo|la|los|las|noslo|nosla)?\\b', 'request'),
  // "no me dejan conectarlo a otra red": not allowed to run the test.
  phrase('\\bno (?:me|nos) (?:dejan|deja|permiten|permite) (?:conectar(?:lo|la|me)?|usar|cambiar(?:me)?|salir)\\b', 'not allowed to'),
  // "el resto del equipo": the rest of the team (not a computer).
  phrase('\\b(?:el )?resto del equipo\\b', 'orgrest'),
  // "bien y tú?": a greeting answered, no answer.
  phrase('^\\s*(?:muy )?bien\\s*,?\\s*(?:y|e) (?:tu|vos|usted|ustedes)\\b', 'doubtx'),
  // "Pruébelo usted desde allá", "hacelo vos", "pruébalo tú mismo": an imperative with its object and the person
  // addressed asks them to do it; "desactívenme la VPN": a plural imperative asking for oneself.
  phrase('\\b[a-z]{4,}(?:lo|la|los|las|le|les) (?:usted|ustedes|uds|vos|tu)(?: mism[oa]s?)?\\b|\\b(?:des)?(?:activ|conect|bloque|configur|instal|cambi)(?:en|an)(?:me|nos)(?:lo|la|los|las)?\\b', 'request'),
  // "no dice (error) 500": it does not say 500 (not the English "no dice").
  phrase('\\bno (?:dice|pone|muestra) (?=(?:el |un |una |la )?(?:error |codigo |http |mensaje )?[1-5]\\d\\d\\b)', 'not '),
  // "nunca lo he probado": not tried; "me imagino que sí": a lean, as "creo que"; "yo no manejo la API": no use of it.
  phrase('\\b(?:nunca|jamas) (?:lo |la )?(?:he|hemos|habia|habiamos) (?:probado|intentado|testeado)\\b', 'nottried'),
  phrase('\\b(?:me )?imagino (?:que )?', ''),
  phrase('\\b(?:yo )?no (?:manejo|toco|llevo|veo|administro) (?:nada de )?(?:la |el |lo de la )?(?:api|backend|integracion)\\b', 'nouse'),
  // "no se sube", "no se carga": the reflexive "se", not "no sé".
  phrase('\\bno se (?=(?:sube|suben|carga|cargan|abre|abren|envia|envian|manda|guarda|conecta|ve|ven|puede|pueden|deja)\\b)', 'no '),
  // Twelfth round: "bueno miento": a correction; "piso 3": a floor, not a flat; "la red (por cable) de la empresa": the office.
  phrase('\\b(?:bueno,? |no,? )?miento\\b', 'correction'),
  // "al final carga": eventually works; "nunca termina de pasar": never does.
  phrase('\\b(?:nunca|jamas|no) (?:termina|terminan|acaba|acaban) (?:de |por )?(?:pasar|funcionar|cargar|andar|responder|entrar)\\b', 'never eventually succeeds'),
  phrase('\\bal final (?:si )?(?:carga|cargan|pasa|pasan|funciona|funcionan|anda|andan|responde|responden|entra|entran)\\b', 'eventually succeeds'),
  phrase('\\bpiso \\d+\\b|\\b\\d+(?:er|o|ro|to|vo)? piso\\b', 'floor'),
  phrase('\\bred (?:por cable |cableada |wifi |wi-fi )?de (?:la |mi |nuestra )?(?:empresa|compania|oficina|ofi|laburo|chamba|curro)\\b', 'company network'),
  // Eleventh round: "ni lo he intentado", "no he cambiado de red": not tried.
  phrase('\\bni (?:lo |la )?(?:he|hemos) (?:intentado|probado)\\b|\\bni (?:lo |la )?(?:intente|probe)\\b|\\bno (?:he|hemos) cambiado (?:de )?(?:red|wifi|wi-fi|conexion)\\b', 'nottried'),
  // Doubt about the value said (the whole reply states nothing): "no lo juraría", "no pondría la mano en
  // el fuego", "pero no estoy seguro", "no tengo claro", "no lo leí bien", "parecía que sí … pero".
  phrase('\\bno (?:lo )?(?:juraria|pondria la mano en el fuego|meteria la mano en el fuego|apostaria)\\b|\\bpero no (?:estoy )?(?:muy |del todo |100 ?% )?segur[oa]\\b', 'doubtx'),
  phrase('\\bno (?:lo )?tengo (?:muy |nada |del todo )?claro\\b|\\bno me queda (?:muy |nada )?claro\\b|\\bno (?:lo |me )?(?:lei|vi|mire|fije) bien\\b|\\bno (?:lo )?(?:lei|vi) (?:entero|todo|completo)\\b|\\b[1-5]\\d\\d o algo asi\\b|\\b(?:tampoco|no) lo tengo (?:muy |del todo |nada )?controlado\\b', 'doubtx'),
  phrase('\\bparecia (?:que )?(?:si|que funcionaba|funcionar|cargar|que cargaba|abrir|que abria|andar|que iba)\\b(?=[^.!?]*(?:\\bpero\\b|\\?))|\\bun poco (?:de )?(?:ambos|ambas|las dos cosas|los dos)\\b', 'doubtx'),
  // "creo que es la web": a plain lean, before "que es" is read as the question "¿qué es?".
  phrase('\\bcreo que (?=es\\b)', 'i think'),
  // Questions back that ask the bot to decide: "¿cuenta como …?", "¿vale?", "¿dónde miro …?", "o sea que …?",
  // "¿es eso lo que …?", "¿te refieres a …?", "me pregunto si …".
  phrase('\\bcuentan? como\\b|\\b(?:vale|sirve|cuenta)\\s*\\?|\\bdonde (?:lo )?(?:miro|veo|encuentro|busco|se ve)\\b|\\bo sea\\b(?=[^.!?]*\\?)', 'askback'),
  // "la app de escritorio es la que se descarga?": asking which thing the choice means.
  phrase('\\b(?:es|son|seria) (?:la|el|los|las|lo) (?:que|de)\\b(?=[^.!?]*\\?)', 'askback'),
  phrase('\\b(?:es|era) (?:eso|esto)\\b(?=[^.!?]*\\?)|\\b(?:te refieres|se refiere|quieres decir|quiere decir)\\b(?=[^.!?]*\\?)|\\bme pregunto si\\b|\\b(?:debo|deberia)\\b(?=[^.!?]*\\?)', 'askback'),
  // "la VPN está apagada": the VPN is off, so not where it fails.
  phrase('\\b(?:la |el )?vpn (?:esta |estaba )?(?:apagad[ao]|desactivad[ao]|desconectad[ao]|quitad[ao])\\b', 'not vpn'),
  // "ni un solo reintento ha funcionado": none of them; "da igual cuántas veces": every time.
  phrase('\\bni (?:un|una) (?:sol[ao]|unic[ao])\\b|\\bningun(?:o|a)? (?:sol[ao] )?(?=(?:reintento|intento|request|call|peticion|llamada|retry)s?\\b)', 'not a single'),
  phrase('\\b(?:da igual|no importa) cuantas veces\\b', 'every time'),
  phrase('\\b(?:ha|han|he|hemos) funcionado\\b', 'worked'),
  // "no lo hice", "no lo he hecho": the test was not run.
  phrase('\\bno(?: lo| la)? (?:hice|hicimos|he hecho|hemos hecho|probe|probamos)\\b', 'nottried'),
  // "¿reintentos? no tenemos": no retries at all.
  phrase('\\bno (?:tenemos|hay|hacemos|usamos) (?:reintentos|retries)\\b|\\b(?:reintentos|retries) no (?:tenemos|hay|hacemos|usamos)\\b', 'nouse'),
  phrase('\\bno (?:tenemos|hay|hacemos|usamos)\\b(?=\\s*(?:[.,;!?]|$))', 'nouse'),
  // "no falla nada", "sin errores", "ningún problema": nothing fails.
  phrase('\\bno falla nada\\b|\\bnada falla\\b|\\bsin (?:errores|error|problemas?|fallos?)\\b|\\bningun (?:error|problema|fallo)\\b', 'works fine'),
  // "depende": it depends, no answer.
  phrase('\\bdepende\\b', 'depends'),
  // "no es lo de cloudflare", "ya no es", "no dice": what it is not.
  phrase('\\b(?:ya )?no (?:es|dice|era) (?:lo de |el de |el |la |un |una )?', 'not '),
  phrase('\\bverifica(?:r)? que (?:eres|soy|sos) (?:un )?humano\\b|\\bconfirma(?:r)? que (?:eres|soy) (?:un )?humano\\b', 'verify you are human'),
  phrase('\\bno (?:reintentamos|reintento|reintentan|hacemos reintentos|usamos reintentos)\\b', 'nouse'),
  phrase('\\breintent(?:a|as|amos|ar|o|e|an)\\b', 'retry'),
  phrase('\\bsuele (?:pasar|funcionar|jalar|andar|entrar)\\b', 'usually works'),
  // Corrections: "bueno no, en realidad", "bueno espera", "espera, ...".
  phrase('\\bbueno,? (?:no|espera)\\b|\\ben realidad\\b|\\bespera,', 'correction'),
  // "oficina... no, hoy desde casa": after a pause, taken back.
  phrase('(?:\\.{2,}|…)\\s*no,', 'correction'),
  // "el dashboard está en verde": green; "la página de estado": OpenAI's status page.
  phrase('\\ben verde\\b', 'green'),
  phrase('\\bpagina de (?:estado|status)\\b', 'statuspage'),
  phrase('\\b(?:la |el )?vpn (?:(?:la |lo )?(?:tengo|esta|estaba|ya) ){0,2}(?:desconectad[ao]|apagad[ao]|quitad[ao]|desactivad[ao])\\b', 'not vpn'),
  phrase('\\b(?:desconecte|desconectamos|quite|quitamos|apague|apagamos|desactive|desactivamos)\\s(?:la |el |mi )?vpn\\b', 'not vpn'),
  phrase('\\b(?:el |la )?(?:wifi|wi-fi|red|internet|conexion) (?:del|de mi|de la|de un) (?:vecino|vecina|companero|companera|colega|amigo|amiga)s?\\b', 'altnet'),
  phrase('\\b(?:del|de mi|de la|de un) (?:vecino|vecina|companero|companera|colega|amigo|amiga)s?\\b', 'borrowed'),
  phrase('\\bnecesito que (?:funcione|ande|jale|se arregle|lo arreglen)\\b|\\bno mas preguntas\\b', 'request'),
  phrase('\\bno me deja (?:loguearme|entrar|iniciar sesion|acceder|logearme)\\b', 'failx'),
  phrase('\\bno (?:hay|tengo|tenemos|tiene|tienen) (?:un |ningun )?(?:navegador|browser)\\b', 'nottried'),
  // "no uso la app": the app is not the surface.
  phrase('\\bno (?:uso|usamos|utilizo|utilizamos|abro|tengo)\\s(?:la |el |ninguna )?(app|aplicacion|navegador|api)\\b', 'not $1'),
  phrase('\\bquizas?\\b|\\bquiza\\b|\\bcapaz\\b', 'maybe'),
  phrase('\\bno (?:tenemos|usamos|hay) (?:la |una |el )?api\\b', 'nouse'),
  phrase('\\b(?:cambie|cambié|cambiar) de navegador\\b|\\botro navegador\\b', 'otherbrowser browser'),
  phrase('\\bno (?:se|sé) por ?que\\b', ''),
  phrase('\\bdigo,|\\bquiero decir\\b|\\bperdon,? digo\\b', 'correction'),
  phrase('\\bno (?:he visto|vi|veo) (?:que )?(?:falle|fallar|fallando) nada\\b|\\bno (?:he visto|vi|veo) (?:ningun|ninguna) (?:error|fallo|problema)\\b', 'works fine'),
  phrase(',? creo(?=\\s*(?:[.!?]|$))', ''),
  phrase('\\bsede\\b', 'oficina'),
  phrase('\\bno (?:toco|uso|usamos|tocamos) (?:la |las )?api\\b', 'nouse'),
  // "no me pide captcha", "no sale el 500": what does not appear.
  phrase('\\bno (?:me |nos |te |le )?(?:pide|piden|sale|salen|aparece|aparecen|muestra|muestran)\\b', 'not'),
  // "crash directo al home": the phone's home screen, no place.
  phrase('\\b(?:al|a la pantalla de|a la pantalla del|el) (?:home|inicio)\\b(?! office)', 'to the homescreen'),
  // "la misma de siempre": the usual one, not how often.
  phrase('\\b(?:de|como) siempre\\b', 'usual'),
  // "una vez cargó y luego se murió": it worked once.
  phrase('\\buna vez (?:cargo|funciono|jalo|entro|abrio|anduvo)\\b', 'worked once'),
  phrase('\\bse (?:murio|muere|cuelga|colgo)\\b', 'died'),
  // "enfrente de la ofi": a place next to another is not that place.
  phrase('\\b(?:enfrente|delante|cerca|al lado|a la vuelta) de (?:la |el |mi |nuestra )?(?:ofi|oficina|casa|trabajo|curro|empresa)\\b', 'nearby'),
  phrase('\\bofi\\b', 'oficina'),
  // "iniciar sesión en bucle": a login loop.
  phrase('\\b(?:iniciar|inicio de) sesion en bucle\\b|\\bbucle (?:de|al|en el) (?:login|inicio de sesion)\\b', 'login loop'),
  // "mándenme a alguien de soporte": a request; "de esto no entiendo": no answer.
  phrase('\\b(?:mandame|mandenme|envienme|enviame|pasame|pasenme) (?:a )?(?:alguien|un tecnico|soporte)\\b', 'request'),
  phrase('\\b(?:de esto )?no (?:entiendo|se) (?:nada )?(?:de esto|de eso)\\b|\\bde esto no (?:entiendo|se)(?: nada)?\\b', 'idk'),
  // "la notebook": a laptop (Argentina), not a Jupyter notebook.
  phrase('\\b(?:la|mi|una|de la) notebook\\b', 'laptop'),
  // A correction ("no, espera", "mejor dicho"): what came before it is taken back.
  phrase('\\bno,? (?:espera|esperen|perdon|mentira)\\b|\\b(?:espera|perdon|mentira),? no\\b|\\bmejor dicho\\b|\\bquise decir\\b|\\bperdon,? quiero decir\\b|\\bcorrijo\\b', 'correction'),
  // "ni VPN ni oficina": neither place.
  phrase('\\bni (?:la |el |en la |en el |en )?(vpn|oficina|casa|hotspot|datos)\\b', 'not $1'),
  // "ni uno pasa": none goes through; "no se han parado", "no está caída": it works.
  phrase('\\bni (?:un|uno|una) (?:sol[ao] )?(?:(?:reintento|intento|request|call|llamada|peticion)s? )?(?:pasa|funciona|jala|entra|sale bien)\\b', 'persistx'),
  phrase('\\bno se (?:han|ha) (?:parado|detenido|caido)\\b', 'works fine'),
  // "no están caídas": not down (the "no" belongs to the verb, not to the answer).
  phrase('\\bno (?:estan|esta|estaban|estaba|parecen|parece)\\s(?:caid[ao]s?|rot[ao]s?|abajo)\\b', 'are not down'),
  phrase('\\bcaid[ao]s?\\b', 'down'),
  // "en el navegador no pasa, sólo en la app": the problem does not happen there.
  phrase('\\bno (?:me |nos |le )?pasa(?=,? (?:solo|solamente|nada mas|unicamente) (?:en|con|desde)\\b)', 'works fine'),
  // A vendor's integration (a till, a terminal) is another product.
  phrase('\\bintegracion (?:que (?:hizo|hicieron|desarrollo|monto)|de|hecha por) (?:un |una |el |la |nuestro |nuestra )?(?:proveedor|proveedora|partner|tercero|externo)\\b', 'hostapp'),
  phrase('\\bsigue[n]? (?:respondiendo|funcionando|andando|jalando|contestando)\\b', 'still works'),
  phrase('\\b(?:por|x) si (?:sirve|ayuda|te sirve|os sirve)(?: de algo)?\\b', ''),
  // ChatGPT's own Spanish error texts, and a page that never finishes loading.
  phrase('\\balgo (?:salio|ha salido) mal\\b|\\b(?:se produjo|ocurrio|ha ocurrido) un error\\b', 'something went wrong'),
  phrase('\\bcarga y carga\\b|\\bse queda (?:cargando|pensando|colgad[oa])\\b|\\bcargando (?:infinitamente|para siempre|sin parar)\\b', 'keeps loading'),
  // "nadie se ha quejado": nobody complained, so it works.
  phrase('\\bnadie (?:se )?(?:ha )?(?:quejado|queja|quejo|reclamado|dicho nada)\\b', 'workx'),
  // "ni 500 ni 503, es 429": neither error (before "ni … ni …" as a place tried).
  phrase('\\bni (?:un |el |error )*(\\d{3}) ni (?:un |el |error )*(\\d{3})\\b', 'not $1 , not $2'),
  // "un error 500 normal y corriente": a plain one.
  phrase('\\bnormal(?:ito)? y corriente\\b', 'plain'),
  // "ni la web ni la app", "ni en incógnito ni en normal": in neither.
  phrase('\\bni ((?:en |con |desde |por )?[^,.;!?]+?) ni ((?:en |con |desde |por )?[^,.;!?]+?)(?=\\s*(?:[,.;!?]|$))', '$1 failx too , $2 failx too'),
  // "tampoco pasan": not there either.
  phrase('\\btampoco (?:me |nos |se |lo |la )?(?:responde|responden|pasan|pasa|funciona|funcionan|carga|cargan|va|van|jala|jalan|sirve|sirven|anda|andan|abre)\\b|\\btampoco\\b', 'failx too'),
  // "se recupera": it comes back ("nunca se recupera": it never does).
  phrase('\\b(?:se )?recupera(?:n)?\\b', 'works'),
  // "en el curro", "la red de la oficina": the office.
  phrase('\\b(?:en el|al|desde el) (?:curro|chamba|jale|laburo)\\b', 'at the office'),
  phrase('\\b(?:la )?red (?:normal |interna |corporativa )?(?:de la|del) (?:oficina|empresa|trabajo|curro)\\b', 'office network'),
  // Fourteenth round: the network of the kind of site one works at (la fábrica, la planta, la sucursal) is the office (a hospital may be visited).
  phrase('\\b(?:wifi|wi-fi|red|lan|internet)(?: interna| corporativa)? (?:de la|del|de) (?:fabrica|planta|sucursal|ayuntamiento|almacen|nave|bodega)\\b|\\b(?:wifi|wi-fi|red) de (?:los )?(?:empleados|personal)\\b', 'office network'),
  // "no tengo otra red": no second network to test with.
  phrase('\\bno (?:tengo|hay|tenemos) (?:otra|ninguna otra|otra segunda) (?:red|conexion|wifi|wi-fi)\\b', 'nottried altnet'),
  phrase('\\b(?:solo|solamente|nomas) (?:tengo|hay|tenemos)\\s(?:esta|una|la|este|el) (?:sola |unica )?(?:red|wifi|wi-fi|conexion)\\b', 'only have this one network'),
  // "no tengo forma de saberlo", "ns": I don't know.
  phrase('\\bno (?:tengo|hay) (?:forma|manera|modo|como) de saber(?:lo)?\\b|(?:^|(?<=[\\s,.;!?]))(?:ns|nose|ni idea)(?=\\s*(?:[,.;!?]|$))', 'idk'),
  // "a veces sí, a veces no", "a veces pasan a veces no": sometimes.
  phrase('\\ba veces (?:\\w+ ){0,2}?(?:si|pasan|pasa|funciona|funcionan|jala|va|carga),? a veces no\\b', 'sometimes'),
  // "puro 500": nothing but that error.
  phrase('\\bpuro (?=\\d{3}\\b)', 'always '),
  // "ya no sale el 500": that error is gone.
  phrase('\\b(?:ya )?no (?:me |nos )?(?:sale|salen|aparece|aparecen|da|dan) (?:el |la |un |una |los )?(?=\\d{3}\\b)', 'not '),
  phrase('\\b(?:en )?(?:los|las) dos\\b|\\bambos\\b|\\bambas\\b', 'both'),
  phrase('^\\s*(?:ninguno|ninguna|nada)(?=\\s*(?:[.,;!?]|$))|\\bningun (?:codigo|status|estado)\\b|\\bsin codigo\\b', 'nocode'),
  // Declining to test ("prefiero no tocar nada"): not tried; the "nada" is no outcome.
  phrase('\\b(?:prefiero|preferimos) no(?: (?:tocar|cambiar|probar|hacer|mover|arriesgar)(?: nada| eso| esto| lo| nada mas)?)?\\b', 'rather not try'),
  // "¿" and a verb first ask ("¿funciona en incógnito?"): read as "does ...?". An echo ("¿incógnito? no,
  // no lo he probado") stays what it was.
  phrase('¿(?=(?:funciona|funcionan|funciono|carga|cargan|va|anda|sirve|jala|abre|entra|falla|fallan|sale|hay)\\b[^?]*\\?)', 'does'),
  // "no encuentro el modo incógnito": the test could not be run.
  phrase('\\bno (?:lo |la )?(?:encuentro|encontre|encontramos|hallo)\\b', 'can not find'),
  // Guesses are no answers: "puede que sí", "supongo que sí", "seguramente funciona", "debe de funcionar".
  phrase('\\bpuede (?:que|ser)\\b|\\bes posible que\\b|\\b(?:supongo|seguramente|posiblemente|presumiblemente|imagino)\\b', 'maybe'),
  phrase('\\b(?:debe|deben) (?:de )?(?=(?:funcionar|cargar|andar|ir|ser|jalar|servir)\\b)', 'deberia '),
  // "ni (siquiera) en incógnito funciona": not even there; the verb is negated ("en incógnito no funciona").
  phrase('\\bni (?:siquiera )?((?:en|con|desde|por) [^,.;!?]*?) (funciona|funcionan|carga|cargan|va|anda|sirve|jala|abre|entra)\\b', '$1 no $2'),
  // "no he podido", "no pude" closing a clause: the test was not run.
  phrase('\\bno (?:lo |la )?(?:he|hemos) podido(?=\\s*(?:[.,;!?]|$))|\\bno (?:lo |la )?(?:pude|pudimos)(?=\\s*(?:[.,;!?]|$))', 'nottried'),
  // "no creo que funcione", "más o menos", "en teoría": no answer.
  phrase('\\bno (?:creo|pienso) que\\b', 'hedge'),
  phrase('\\bmas o menos\\b', 'kinda'),
  phrase('\\ben teoria\\b|\\bsupuestamente\\b|\\bteoricamente\\b', 'moot'),
  // Round 25. "en incógnito sí me dejó entrar", "en la web sí me va": after the place or test, "si" before what it did is the
  // stressed yes (its accent is gone by now), not "if"; being let in is that it works.
  phrase('\\b((?:en|con|desde) (?:el |la |mi |modo )?(?:incognito|web|navegador|hotspot|datos|4g|5g|casa|oficina|vpn|movil|chrome|firefox|edge|safari|ventana privada|privado)) si (?=me (?:va|funciona|anda|carga|deja|dejo|abre|abrio|entra|entro)\\b)', '$1 yes'),
  phrase('(?<!\\b(?:no|si|tampoco|nunca|ni|jamas|ya no|too|failx) )\\bme (?:deja|dejo|dejaba) (?:entrar|acceder|pasar|usarlo|loguearme|iniciar sesion)\\b', 'works'),
  // A condition ("si uso el hotspot capaz que funciona") is no answer; "sí, funciona" stays a yes.
  phrase('\\bsi (?=(?:uso|usamos|abro|pruebo|probamos|entro|cambio|me conecto|voy|estoy|estamos|lo|la|le|me|pongo|quito|desactivo|activo|intento|reinicio|cierro|tuviera|fuera|hubiera)\\b)', 'if'),
  phrase('\\bcapaz (?:que )?', 'maybe'),
  phrase('\\besta manana\\b', 'this morning'),
  phrase('\\bno siempre\\b', 'not always'),
  phrase('\\bno (?:estoy|estamos|estaba|trabajo) (?=(?:en|desde|con)\\b)', 'i am not '),
  phrase('\\b(?:es|seria|sera) (?=lo mismo que[^.!?]*\\?)', 'askhow '),
  // "sin VPN funciona" names no place ("without" the VPN, the clause after it is its own).
  phrase('\\bsin (?:la |el )?vpn\\b', 'without vpn'),
  phrase('\\bno (?:tenemos|tengo|hay|me dan|nos dan) (?:ningun )?acceso (?:a la|a|al|a las) (?:api|apis)\\b', 'nouse'),
  phrase('\\bno (?:reintentamos|reintento|reintentan|hacemos reintentos|hago reintentos|usamos reintentos)\\b|\\bno (?:hay|tenemos|tengo) (?:ningun |ningunos )?reintentos(?: configurados| activados| puestos)?\\b', 'nouse'),
  phrase('\\bno (?:devuelve|da|trae|regresa|hay|sale|tiene) (?:ningun |el )?(?:codigo|status|estado)\\b|\\bsin (?:ningun )?(?:codigo|status)\\b', 'nocode'),
  phrase('\\b(?:equipo|area|departamento|gente) de datos\\b', 'team'),
  phrase('\\bno (?:hemos|he|tenemos|tengo) (?:puesto|configurado|implementado|activado|agregado|anadido) (?:los |las |ningun |ningunos )?reintentos(?: todavia| aun| aun no)?\\b', 'nouse'),
  phrase('\\bno (?:me |nos )?(?:deja|dejan|permite|permiten) (?:abrir|usar|entrar (?:en|a)|activar|probar)\\b', 'can not open'),
  // Imperatives to the support team are requests ("arréglenlo ya", "pregúnteselo a TI").
  phrase('\\b(?:arreglenlo|arreglalo|arreglenme|arreglen|solucionenlo|solucionalo|solucionen|resuelvanlo|resuelvan|resuelvelo|pregunteselo|preguntenle|preguntale|preguntele|preguntenselo|preguntaselo)\\b', 'request'),
  phrase('\\bno (?:me |nos |le )?(?:da|dan|dio|tiene|hay|ha dado) (?:ningun |ningunos |ninguna )?(?:problemas?|errores|error|fallos?|fallas?)\\b', 'works fine'),
  phrase('\\bno (?:uso|usamos|estoy usando|estamos usando|utilizo|utilizamos) (?:el |la |una? |ningun |ninguna )?(?=vpn\\b)', 'not on '),
  phrase('\\bcompartiendo (?:el |los |la )?(?:internet|datos|red|conexion) (?:del|de mi|desde el|desde mi|con el|con mi) (?:iphone|celular|movil|telefono|android|cel)\\b|\\b(?:internet|datos|red|conexion) compartid[oa] (?:del|de mi|desde el|desde mi) (?:iphone|celular|movil|telefono|android|cel)\\b', 'hotspot'),
  phrase('\\b(?:problema (?:de|con) (?:la )?)?configuracion de (?:la )?red\\b', 'network configuration issue'),
  phrase('\\b(?:la |tu |su )?conexion no es (?:privada|segura)\\b', 'sslerr'),
  phrase('\\bno (?:he|hemos) tenido tiempo (?:de|para) (?:probar|probarlo|intentarlo|revisarlo)\\b|\\bno (?:he|hemos) tenido tiempo\\b', 'nottried'),
  phrase('\\b(?:compu|computadora|laptop|pc|equipo|ordenador|portatil|celular)(?: del| de la| de)? (?:trabajo|oficina|empresa|chamba)\\b', 'company laptop'),
  phrase('\\b(?:en )?todas partes\\b|\\b(?:en )?todos lados\\b', 'everywhere'),
  phrase('\\b(?:reiniciar|reiniciarlo|reinicien|reinicia|reiniciarla)\\b', 'restart'),
  phrase('\\bcliente de escritorio\\b', 'desktop app'),
  phrase('\\b(?:pasa|sale|da) lo mismo\\b|\\bme pasa (?:igual|lo mismo)\\b', 'same error'),
  phrase('\\b(?:red|datos|internet) (?:del|de mi) (?:cel|celular|movil|telefono)\\b|\\bred (?:movil|celular)\\b', 'mobile data'),
  phrase('\\bno (?:estoy|estoi) (?:muy |del todo |100 ?% )?(?:segur[oa])\\b|\\bno (?:se|estoy seguro) si\\b', 'not sure'),
  phrase('\\b(?:en )?(?:la |las )?oficinas? (?:de|del) (?:un |una |el |la |nuestro |nuestra )?cliente\\b|\\b(?:en|con|donde) (?:un |el |una )?cliente\\b', 'altnet'),
  phrase('\\bcasi siempre\\b|\\bla mayoria de (?:las veces|veces)\\b|\\bsobre todo\\b', 'mostly'),
  // "piso" is a flat only after "en", "desde" or "mi" ("el gato pisó el teclado" is a verb, its accent folded away).
  phrase('\\b(?:en |desde )?(?:mi |el )?(?:depa|depto|apartamento|apto)\\b|\\b(?:(?:en|desde|de) (?:mi |el |nuestro )?|mi )piso\\b', 'at home'),
  phrase('\\b(?:compu|computadora|ordenador|equipo|maquina)\\b', 'computer'),
  // "desaparece el error", "el error desapareció", "ya no sale el error": the failure absent.
  phrase('\\b(?:desaparece|desaparecio|se fue|se quita|se quito) (?:el |la )?(?:error|fallo|problema|500)\\b|\\b(?:el |la )?(?:error|fallo|problema|500) (?:desaparece|desaparecio|se fue|se quita|se quito|ya no (?:sale|aparece))\\b|\\bya no (?:sale|aparece|me sale|me aparece) (?:el |la |ningun |ese )?(?:error|fallo|problema|500)\\b', 'no error'),
  // "qué va", "ni de coña" said alone: a no; "igual sí / igual no" alone: maybe ("igual" is also "the same").
  phrase('(?:^|(?<=[.,!?]))\\s*(?:que va|ni de cona|ni de broma|ni hablar)(?=\\s*(?:[.,!?]|$))', 'no'),
  phrase('\\bigual (?:si|no)\\b(?=\\s*(?:[.,!?]|$))', 'maybe'),
  // "no me va", "no le carga": it does not work for them.
  phrase('\\bno (?:me|te|le|nos|les) (?:va|van|iba|anda|andan|jala|carga|cargan|funciona|funcionan|funciono|cargo|anduvo|abre|abren|entra)\\b', 'failx'),
  // "a ratos", "cada tanto": now and then.
  phrase('\\b(?:a ratos|cada tanto|de a ratos|por momentos)\\b', 'sometimes'),
  // "funcionaría", "iría bien": the conditional is no result.
  phrase('\\b(?:funcionaria|funcionarian|iria|irian|andaria|andarian|cargaria|cargarian|jalaria)\\b', 'would work'),
  // The future ("funcionará") and a hope ("ojalá funcione", "espero que") are no result either.
  phrase('\\b(?:funcionara|funcionaran|ira|iran|andara|cargara|jalara)\\b', 'would work'),
  phrase('\\b(?:ojala|espero que|esperemos que)(?= (?:(?:ya |si )?(?:funcione|funcionen|vaya|ande|cargue|sirva)|(?:el|la) \\w+ (?:funcione|vaya|ande|cargue))\\b)', 'hopefully'),
  // "no veo el 500", "no da error": the failure absent.
  phrase('\\bno (?:veo|vi|da|dio|muestra|mostro|tira|tiro|me da|me tira|me muestra)(?: (?:el|la|un|una|ningun|ese))? (?:error|errores|fallo|500)\\b', 'no error'),
  // "como que funciona", "medio funciona", "funciona a medias": kind of (doubt); "sin duda" alone: a yes.
  phrase('\\b(?:como que|medio) (?=(?:funciona|funcionan|va|anda|carga|jala|sirve)\\b)', 'kinda '),
  phrase('\\ba medias\\b', 'kinda'),
  phrase('(?:^|(?<=[.,!?]))\\s*(?:si,? )?sin (?:ninguna )?duda(?=\\s*(?:[.,!?]|$))', 'yes'),
  // "no me dio tiempo a probar", "no me atreví a probar", "no caí en probarlo", "se me olvidó probar": the test
  // not run; "ni siquiera carga": not even.
  phrase('\\bno (?:me |nos )?(?:dio|dieron|ha dado|da) (?:el )?tiempo (?:a|de|para) (?:probar|probarlo|intentar|intentarlo|checar|revisar)\\b|\\bno (?:me |nos )?(?:atrevi|atrevimos) a (?:probar|probarlo|intentar|intentarlo)\\b|\\bno (?:cai|caimos) en (?:probar|probarlo)\\b|\\bse (?:me|nos) (?:olvido|olvida) (?:probar|probarlo|intentarlo)\\b', 'nottried'),
  phrase('\\bni siquiera\\b', 'not even'),
  // "la normal falla y la privada también": the private window, named by its adjective.
  phrase('\\b(?:la|una) privada\\b', 'incognito'),
  // "en mi portátil personal": a laptop (the English rules know a device from a private window).
  phrase('\\bportatil(es)?\\b', 'laptop'),
  phrase('\\b(?:no tengo idea|ni idea|no se|no tengo ni idea) (?:de )?como\\b', 'nottried'),
  phrase('\\b(?:carga|cargando|se queda cargando)(?: \\w+)? (?:eternamente|infinitamente|para siempre|sin parar|todo el rato)\\b', 'keeps loading'),
  phrase('\\b(?:eternamente|infinitamente|para siempre|sin fin)\\b', 'forever'),
  phrase('\\blimite de (?:tasa|velocidad|solicitudes|peticiones|uso|requests)\\b', 'rate limit'),
  phrase('\\b(?:la |el )?(?:ventana|navegador|modo|pestana) normal\\b', 'normal window'),
  phrase('\\ben (?:privado|privada)\\b', 'in incognito'),
  phrase('\\bde escritorio\\b', 'desktop app'),
  phrase('\\bno (?:lo |la )?(?:puedo|podemos|pude) (?:probar|intentar|testear|hacer|checar|revisar)\\b', 'can not test'),
  phrase('\\bintegracion(?:es)?\\b', 'integration'),
  phrase('\\b(?:de|para) que (?:me )?(?:sirve|vale|serviria)\\b', 'why'),
  phrase('\\ben (?:la )?casa de (?:mi|mis|un|una|su|sus|unos) \\w+', 'altnet'),
  phrase('\\bno (?:te |le |les |lo )?(?:sabria|sabriamos|se|puedo) (?:decir|decirte|decirle)\\b', 'idk'),
  phrase('\\b(?:funcionar|cargar|andar|jalar)\\b', 'work'),
  // Requests and questions back.
  phrase('\\b(?:me |nos )?(?:lo |la )?(?:puedes|podes|podrias|puede|podria|pueden|podrian)\\b', 'can you'),
  phrase('\\b(?:quitar|quitarlo|quitenme|quiteme|quitame|quiten|quita|eliminen|eliminar|resuelvan|arreglen|arreglenme)\\b', 'fix'),
  phrase('\\b(?:arreglar|arreglarlo|arreglalo|arreglenlo|arregla|arreglen|reparar|repararlo|reparalo|repara|solucionar|solucionarlo|solucionalo|soluciona|resolver|resuelve)\\b', 'fix'),
  phrase('\\b(?:revisar|revisarlo|revisalo|checar|checarlo|chequear|verificar)\\b', 'check'),
  phrase('\\bprobarlo (?:tu|usted|ustedes)\\b|\\bprobarlo\\b', 'test it'),
  phrase('\\b(?:ayudame|ayudenme|ayudeme|ayudarme)\\b', 'help me'),
  phrase('\\b(?:por favor|porfa|porfis|porfavor|xfa|pf)\\b', 'please'),
  phrase('\\ba que te refieres\\b|\\bque quieres decir\\b|\\ba que se refiere\\b', 'what do you mean'),
  phrase('\\bque (?:es|son|significa)\\b', 'what is'),
  phrase('^\\s*como (?:abro|pruebo|hago|activo|uso|entro|se hace|lo hago|lo pruebo|se abre)\\b|\\bcomo (?:lo )?(?:pruebo|hago|abro)\\b', 'how do i'),
  phrase('^\\s*que (?=red|navegador|app|aplicacion|error)', 'which '),
  phrase('\\bpor que\\b|\\bpara que\\b', 'why'),

  // Do not know; not tried.
  phrase('\\bni idea\\b|\\bno (?:lo )?se\\b(?! (?:carga|abre|conecta|puede))|\\bno tengo idea\\b|\\bquien sabe\\b', 'idk'),
  phrase('\\bno me acuerdo\\b|\\bno recuerdo\\b', 'idk'),
  phrase('\\bcreo que (?:si|sí)\\b|\\bpienso que si\\b', 'i think so'),
  phrase('\\bcreo que\\b', 'i think'),
  phrase('\\b(?:todavia |aun |tampoco )?no (?:lo |la )?(?:he|hemos|ha|habia|hemos|e) (?:probado|intentado|testeado|checado|hecho|revisado)\\b|\\bno (?:lo |la )?(?:probe|intente|teste)\\b', 'nottried'),
  phrase('\\b(?:todavia|aun) no\\b(?! (?:funciona|carga|jala|anda|sirve))', 'not yet'),
  phrase('\\b(?:ahorita|ahora|luego|despues|mas tarde|en un rato|al rato|manana|esta noche|esta tarde) (?:lo |la )?(?:pruebo|reviso|checo|intento|miro)\\b|\\b(?:lo |la )?(?:pruebo|reviso|checo|intento|miro) (?:ahorita|ahora|luego|despues|mas tarde|en un rato|al rato|manana|esta noche|esta tarde)\\b|\\b(?:dejame|deja me|dejeme|voy a|lo voy a|tengo que) (?:probar|probarlo|intentar|intentarlo|checar|revisar)\\b', 'will try later'),
  phrase('\\bno (?:lo |la )?(?:pruebo|intento|checo)\\b|\\bno (?:he|hemos) podido (?:probar|probarlo|intentar)\\b', 'nottried'),
  phrase('\\bno (?:traigo|tengo|cargo) (?:el |mi |un )?(?:cel|celular|movil|telefono)(?: conmigo| aqui)?\\b', 'do not have a phone'),
  phrase('\\bno tengo\\b', 'do not have'),
  phrase('\\bprohibid[oa]s?\\b|\\bno (?:esta )?permitid[oa]s?\\b', 'blocked'),
  phrase('\\b(?:nel|nop|nones|negativo|para nada)\\b', 'no'),
  phrase('\\b(?:correcto|exacto|afirmativo|asi es|sip|simon)\\b', 'yes'),
  phrase('\\b(?:se queda|queda|sigue) (?:cargando|pensando|girando)\\b', 'keeps loading'),
  phrase('\\bsuele (?:funcionar|jalar|andar|pasar)\\b', 'usually works'),
  phrase('\\btodo el tiempo\\b', 'all the time'),
  phrase('\\bnunca\\b', 'never'),
  phrase('\\b(?:corren|corre|responde|responden)\\b', 'works'),
  phrase('\\bnormal(?:mente)?\\b(?! window)', 'normally'),
  phrase('\\b(?:ofi|oficinas)\\b', 'oficina'),
  phrase('\\b(?:cel|celu)\\b', 'celular'),
  phrase('\\bno puedo\\b', 'can not'),
  phrase('\\bbloquead[oa]s?\\b|\\bcapad[oa]s?\\b', 'blocked'),
  phrase('\\bdeshabilitad[oa]s?\\b|\\bdesactivad[oa]s?\\b', 'disabled'),
  phrase('\\bno (?:usamos|uso|utilizamos|ocupamos) (?:la |el )?(?:api|apis)\\b', 'nouse'),

  // Outcomes.
  phrase('\\bantes (?:si )?(?:funcionaba|jalaba|andaba|cargaba|servia)\\b', 'pastok'),
  phrase(`\\btampoco(?: (?:me )?${WORKS})?\\b`, 'failx too'),
  phrase('\\bparece que\\b', 'seems'),
  phrase('\\b(?:el |la |lo )?mism[oa] (?:error|problema|cosa|resultado)\\b|\\blo mismo\\b', 'same error'),
  phrase('\\bsigue (?:igual|fallando|sin funcionar)\\b', 'still fails'),
  phrase('\\bsin (?:problema|problemas|fallas|errores)\\b', 'fine'),
  // "funcionaban, ahora ya no": the imperfect, plural too, is a past state.
  phrase('\\b(?:funcionaban|jalaban|andaban|cargaban|servian)\\b', 'imperfect worked'),
  phrase('\\b(?:van|va) bien\\b', 'works fine'),
  phrase(`\\b${WORKS}\\b`, 'works'),
  phrase('\\b(?:funcionaba|jalaba|andaba|cargaba|servia)\\b', 'imperfect worked'),
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
  phrase('\\bdatos (?:moviles|del (?:celular|movil|telefono))\\b|\\b(?:con|por|en|sobre|usando|de mis|mis) datos\\b|^\\s*datos\\b', 'mobile data'),
  phrase('\\b(?:punto de acceso|compartir datos|anclaje de red|datos compartidos)\\b', 'hotspot'),
  phrase('\\b(?:celular|movil|telefono)\\b', 'phone'),
  // "no he probado otra red": another network.
  phrase('\\b(?:otra|una segunda) (?:red|conexion|wifi)\\b', 'altnet'),
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

  // Small words: see ES_WORDS.
  // "claro que no", "en absoluto", "de ninguna manera" said alone: a no ("claro" alone is a yes).
  phrase('(?:^|(?<=[.,!?]))\\s*(?:no,? )?(?:claro que no|por supuesto que no|en absoluto|de ninguna manera|para nada)(?=\\s*(?:[.,!?]|$))', 'no'),
  // "por supuesto", "desde luego" said alone: a yes.
  phrase('(?:^|(?<=[.,!?]))\\s*(?:por supuesto|desde luego)(?: que si)?(?=\\s*(?:[.,!?]|$))', 'yes'),
  phrase('\\b(?:si|sip|sep|simon|claro|efectivamente|asi es)\\b', 'yes'),
  phrase('\\b(?:quizas|quiza|tal vez|a lo mejor|probablemente)\\b', 'maybe'),
  phrase('\\btodavia\\b|\\baun\\b|\\bsigue\\b', 'still'),
  phrase('\\bdespues (?:de )?\\b', 'after '),
  // "he creado un perfil": the Spanish "he" before a participle is "I have", not the English pronoun.
  phrase('(?<!\\bno (?:lo |la |los |las |me |le |te |nos |se )?)\\bhe (?=[a-z]+(?:ado|ido)\\b)', 'i '),
  // Seventeenth round: "y no guarda nada en el log": "no" before a verb no rule knew and "nada"/"nunca" negates that verb;
  // it is not the answer "no" (known verbs were read by the rules above).
  phrase('\\bno (?:(?:me|te|se|le|les|lo|la|nos) )?((?!(?:hay|es|era|fue|esta|estan|tengo|tiene|tenemos|se)\\b)[a-z]+(?:a|an|e|en|o|as|es)) (?:nada|nunca|ningun|ninguna|ninguno)\\b', '$1'),
];

/** Single words, read last in one pass (reply-foreign.ts): "ich" → "i", "und" → "and". */
export const ES_WORDS: Readonly<Record<string, string>> = {
  // "solo falla la nuestra": ours (round 25).
  nuestra: 'ours',
  luego: 'then',
  jamas: 'never',
  ninguna: 'none',
  ninguno: 'none',
  funca: 'works',
  igualito: 'same',
  fatal: 'broken',
  llamada: 'call',
  llamadas: 'calls',
  despues: 'then',
  tras: 'after',
  varios: 'several',
  varias: 'several',
  // "no X sino Y": not X but Y.
  sino: 'but',
  anduvo: 'worked',
  verde: 'green',
  // "¿pueden subir nuestro límite?": a request (the English rules know "can you raise").
  subir: 'raise',
  suban: 'raise',
  aumentar: 'raise',
  aumenten: 'raise',
  // Listed so that a short reply made of them ("no están caídas, la API va") reads as Spanish.
  estan: 'are',
  caida: 'down',
  caidas: 'down',
  caido: 'down',
  caidos: 'down',
  personas: 'people',
  usuarios: 'users',
  para: 'for',
  ese: 'this',
  esa: 'this',
  este: 'this',
  nada: 'nothing',
  tambien: 'too',
  ya: 'already',
  pero: 'but',
  y: 'and',
  o: 'or',
  con: 'with',
  sin: 'without',
  desde: 'from',
  en: 'in',
  el: 'the',
  la: 'the',
  los: 'the',
  las: 'the',
  lo: 'the',
  un: 'a',
  una: 'a',
  unos: 'a',
  unas: 'a',
  del: 'of',
  de: 'of',
  mi: 'my',
  mis: 'my',
  esta: 'is',
  es: 'is',
  estoy: 'i am',
  ahi: 'there',
  alli: 'there',
  que: 'that',
  solo: 'only',
};

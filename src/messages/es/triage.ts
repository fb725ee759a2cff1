import type { Message } from '../message.ts';
import type { triage as source } from '../en/triage.ts';

/** Textos en español del área triage (tuteo neutro). */
export const triage: Record<keyof typeof source, Message> = {
  'triage.list.and': '{items} y {last}',
  'triage.list.named': ': {list}',

  'triage.question.surface': '¿Dónde te falla ChatGPT?',
  'triage.choice.surface.web': 'En un navegador web (chatgpt.com)',
  'triage.choice.surface.desktop': 'En la app de escritorio (Mac o Windows)',
  'triage.choice.surface.mobile': 'En la app del teléfono (iOS o Android)',
  'triage.choice.surface.api': 'En código que llama a la API de OpenAI',

  'triage.question.symptom': '¿Qué ves exactamente?',
  'triage.question.symptom_api': '¿Qué código de estado devuelve la API?',
  'triage.symptom.http_500': '"HTTP ERROR 500" o "Internal Server Error"',
  'triage.symptom.http_403': '"403" o "Access denied"',
  'triage.symptom.ssl_or_network_config': '"Network configuration issue" o un error de certificado SSL',
  'triage.symptom.unusual_activity': '"Unusual activity detected"',
  'triage.symptom.cloudflare_challenge': 'Una verificación de Cloudflare ("Verify you are human") que nunca se supera',
  'triage.symptom.other': 'Otra cosa',
  'triage.symptom.api_500': '500 Internal Server Error',
  'triage.symptom.api_503': '503 Service Unavailable / sobrecarga',
  'triage.symptom.api_429': '429 Too Many Requests / cuota superada',
  'triage.symptom.api_other': 'Otro código de error',

  'triage.question.clean_browser': '¿Funciona ChatGPT en una ventana privada (de incógnito)?',
  'triage.choice.clean_browser.works': 'Sí, ahí funciona',
  'triage.choice.clean_browser.fails': 'No, ahí también falla',
  'triage.choice.clean_browser.not_tried': 'No lo he probado',
  'triage.help.clean_browser':
    'Abre una ventana privada e inicia sesión en chatgpt.com ahí. Chrome: Ctrl+Shift+N (Mac: ⌘+Shift+N). ' +
    'Edge: Ctrl+Shift+N para una ventana InPrivate (Mac: ⌘+Shift+N). Firefox: Ctrl+Shift+P (Mac: ⌘+Shift+P). ' +
    'Safari: ⌘+Shift+N. Una ventana privada funciona sin tus cookies y sin la mayoría de las extensiones, así que separa el estado del navegador de todo lo demás.',

  'triage.question.web_works': '¿Funciona ChatGPT en un navegador web en la misma red?',
  'triage.choice.web_works.works': 'Sí, la web funciona',
  'triage.choice.web_works.fails': 'No, la web también falla',
  'triage.help.web_works':
    'En el mismo dispositivo y la misma red, abre https://chatgpt.com en un navegador (mejor en una ventana privada), inicia sesión y prueba ' +
    'lo mismo. Si la web funciona, el servicio y la red están bien y el problema está en la app.',

  'triage.question.network': '¿En qué red estás cuando falla?',
  'triage.choice.network.office': 'Wi-Fi de la oficina / empresa',
  'triage.choice.network.vpn': 'Conectado a través de una VPN',
  'triage.choice.network.home': 'Red de casa',
  'triage.choice.network.mobile_data': 'Datos móviles',

  'triage.question.other_network': '¿Funciona ChatGPT en otra red, por ejemplo con el punto de acceso del teléfono?',
  'triage.choice.other_network.works': 'Sí, ahí funciona',
  'triage.choice.other_network.fails': 'No, ahí también falla',
  'triage.choice.other_network.not_tried': 'No lo he probado',
  'triage.help.other_network':
    'Activa el punto de acceso personal de tu teléfono, conecta el portátil a él y desactiva la VPN; luego recarga chatgpt.com ' +
    '(en el teléfono: desactiva el Wi-Fi y usa datos móviles). Así sacas del camino la red de la empresa, sus filtros y la VPN de una vez.',

  'triage.question.api_health': '¿Siguen funcionando ahora mismo las llamadas a la API de tu organización?',
  'triage.choice.api_health.works': 'Sí, las llamadas a la API funcionan',
  'triage.choice.api_health.fails': 'No, también fallan',
  'triage.choice.api_health.unknown': 'No lo sé',
  'triage.help.api_health':
    'Ejecuta `curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"` con una clave de tu organización: ' +
    'si ves una lista de modelos, la API funciona. ¿No tienes una clave a mano? Pregunta a quien gestione vuestras integraciones con la API si sus llamadas funcionan ahora.',

  'triage.question.retries': '¿Los reintentos de la solicitud que falla acaban funcionando?',
  'triage.choice.retries.intermittent': 'Sí, algunos reintentos funcionan',
  'triage.choice.retries.persists': 'No, sigue fallando',

  'triage.where.your.office': 'en la red de tu oficina',
  'triage.where.your.vpn': 'en la VPN de tu empresa',
  'triage.where.your.home': 'en la red de tu casa',
  'triage.where.your.unknown': 'en tu red',
  'triage.where.our.office': 'en la red de nuestra oficina',
  'triage.where.our.vpn': 'en la VPN de nuestra empresa',
  'triage.where.our.home': 'en nuestra red doméstica',
  'triage.where.our.unknown': 'en nuestra red',
  'triage.where.the.office': 'en la red de la oficina',
  'triage.where.the.vpn': 'en la VPN de la empresa',
  'triage.where.the.home': 'en la red de casa',
  'triage.where.the.unknown': 'en la red',
  'triage.where.mobile_data': 'con datos móviles',

  'triage.outage.headline': 'Una caída de ChatGPT en curso: toca esperar',
  'triage.outage.summary_incident_named': 'OpenAI informa de una incidencia de ChatGPT en curso: {incidents}.',
  'triage.outage.summary_incident': 'La página de estado de OpenAI informa de una incidencia de ChatGPT en curso.',
  'triage.outage.summary_crowd':
    'Ahora mismo mucha gente en varias redes informa del mismo fallo: es la señal de una caída de ChatGPT en curso, incluso antes de que aparezca en la página de estado.',
  'triage.outage.first_reporter': 'Eres la primera persona aquí que lo ha reportado.',
  'triage.outage.one_of': {
    one: 'Eres una de las {reporters} personas que lo han reportado en el último minuto.',
    other: 'Eres una de las {reporters} personas que lo han reportado en los últimos {count} minutos.',
  },
  'triage.outage.wait_is_fastest': 'Limpiar cosas en tu equipo no arregla un fallo del lado de OpenAI, así que esperar es la solución más rápida.',
  'triage.outage.step.follow_incident': 'Sigue la incidencia: {incident}.',
  'triage.outage.step.follow_status': 'Sigue la página de estado de OpenAI: {url}.',
  'triage.outage.step.affected': { one: 'Afectado ahora mismo: {components} funciona con problemas.', other: 'Afectados ahora mismo: {components} funcionan con problemas.' },
  'triage.outage.step.wait_app': 'Espera de 10 a 30 minutos y luego cierra la app por completo y vuelve a abrirla.',
  'triage.outage.step.wait_web': 'Espera de 10 a 30 minutos y luego vuelve a intentarlo cargando la página de nuevo (cierra la pestaña y abre chatgpt.com otra vez).',
  'triage.outage.step.skip_cleanup':
    'De momento, evita limpiezas a fondo: borrar todos los datos del sitio, reinstalar, restablecer la contraseña o cambiar la configuración de la cuenta no arregla una caída de OpenAI.',
  'triage.outage.step.after':
    'Si sigue fallando cuando la incidencia esté resuelta, empieza un nuevo diagnóstico: entonces sí vale la pena aislar el navegador y la red.',
  'triage.outage.stop_when': 'ChatGPT vuelve a funcionar al cargar de nuevo, sin ninguna limpieza adicional.',

  'triage.api_rate_limit.headline': '429: un límite de uso o de cuota, no una incidencia del servidor',
  'triage.api_rate_limit.summary':
    'Un 429 significa que tus solicitudes han alcanzado un límite de uso o se ha agotado la cuota. Es un problema distinto de un 500 o un 503: ' +
    'reintentar con más insistencia o esperar a la página de estado no lo arregla.',
  'triage.api_rate_limit.step.read':
    'Lee el mensaje de error: indica si has alcanzado un límite de uso (solicitudes o tokens por minuto) o si has agotado tu cuota o tus créditos.',
  'triage.api_rate_limit.step.limits': 'Revisa los límites y el uso del proyecto y del modelo en el panel de OpenAI.',
  'triage.api_rate_limit.step.billing': 'Revisa la facturación: el presupuesto o límite de uso de la organización y del proyecto, y el saldo de créditos restante.',
  'triage.api_rate_limit.step.back_off':
    'Baja el ritmo: respeta las cabeceras de respuesta x-ratelimit-remaining-* y x-ratelimit-reset-*, reintenta los 429 con espera exponencial y suaviza los picos con una cola o menos concurrencia.',
  'triage.api_rate_limit.step.tier': 'Si necesitas más capacidad de forma continua, sube el presupuesto o pide un nivel de uso superior en lugar de reintentar con más fuerza.',
  'triage.api_rate_limit.step.not_5xx': 'No uses el procedimiento de los 5xx (reintentos agresivos, esperar al estado): oculta la causa real.',
  'triage.api_rate_limit.stop_when': 'Las solicitudes funcionan sin salirte de tus límites.',

  'triage.api_server.headline': 'API 5xx: reintenta con espera, registra y vigila el estado',
  'triage.api_server.code_503': '503 indica sobrecarga o falta de disponibilidad temporal',
  'triage.api_server.code_500': '500 es un error de procesamiento en el servidor',
  'triage.api_server.summary':
    '{code}: vale la pena reintentar tras una breve espera. Reintenta solo en los 5xx y guarda pruebas suficientes para distinguir un problema local de uno del lado de OpenAI.',
  'triage.api_server.retries.intermittent':
    'Algunos reintentos funcionan, así que una espera exponencial con jitter debería absorber la mayoría de los fallos; registra el resto para medir la tasa de error.',
  'triage.api_server.retries.persists': 'Sigue fallando en todos los reintentos, así que reúne ya las pruebas de abajo: pronto puede ser un caso para soporte.',
  'triage.api_server.step.retry': 'Reintenta solo los 500 y 503, con espera exponencial y jitter (fragmento de código abajo); nunca reintentes así los errores 4xx.',
  'triage.api_server.step.log':
    'Registra cada llamada fallida: la cabecera de respuesta x-request-id, tu X-Client-Request-Id (consérvalo a través de proxies y gateways), modelo, endpoint, nivel de servicio, proyecto, marca de tiempo con zona horaria y el porcentaje de fallos.',
  'triage.api_server.step.service_health':
    'Si tienes acceso a Service Health, filtra por un modelo, un nivel de servicio y el proyecto afectado antes de interpretar cualquier pico: la vista agregada oculta o exagera los fallos locales.',
  'triage.api_server.step.local':
    'Si la vista filtrada no muestra un pico que coincida, sospecha de timeouts, proxies o la red de tu lado antes de suponer una caída de OpenAI.',
  'triage.api_server.step.watch_incidents': 'Vigila {url}: OpenAI informa ahora de {incidents}. Comprueba si afecta a la API y a tu modelo.',
  'triage.api_server.step.watch': 'Vigila {url} (los componentes de la API) hasta que cesen los errores.',
  'triage.api_server.step.support': 'Si los errores continúan, envía a soporte el informe de API de abajo.',
  'triage.api_server.stop_when': 'La API se estabiliza, o tienes pruebas suficientes para soporte.',

  'triage.app_tls.headline': 'La red inspecciona el tráfico cifrado de la app (inspección SSL/TLS)',
  'triage.app_tls.summary':
    '"Network configuration issue" o un certificado SSL incorrecto en la app suelen significar que un filtro corporativo está interceptando ' +
    'la conexión TLS con OpenAI. El servicio en sí funciona bien.',
  'triage.app_tls.step.update': 'Actualiza la app a la última versión.',
  'triage.app_tls.step.web': 'Mientras tanto, usa ChatGPT en la web en https://chatgpt.com.',
  'triage.app_tls.step.ask_it': 'Pregunta a TI si debería desactivarse la inspección SSL/TLS (descifrado) para los dominios públicos de OpenAI: {domains}.',
  'triage.app_tls.step.confirm': 'Para confirmarlo, prueba la app en una red sin inspección, como el punto de acceso del teléfono con la VPN desactivada.',
  'triage.app_tls.stop_when': 'La web te funciona y TI tiene la solicitud sobre la inspección SSL.',

  'triage.app.headline': 'El problema es la app; la web es tu referencia',
  'triage.app.summary_unusual':
    'Los errores persistentes de "unusual activity" en la app de iOS suelen deberse a una VPN, al DNS o a la verificación del dispositivo, no a una cuenta dañada.',
  'triage.app.summary':
    'ChatGPT funciona en un navegador en la misma red, así que el servicio, tu cuenta y la red están bien: el fallo está en la app.',
  'triage.app.step.web': 'Usa ChatGPT en la web (https://chatgpt.com) mientras arreglas la app.',
  'triage.app.step.vpn': 'Desactiva cualquier VPN y vuelve a intentarlo.',
  'triage.app.step.dns': 'Cambia el DNS: desactiva un perfil DNS personalizado o una app de DNS con filtrado (o prueba otro servidor DNS) y vuelve a intentarlo.',
  'triage.app.step.app_attest':
    'iOS: abre https://register.appattest.apple.com/ en Safari. Si no carga, algo en el dispositivo o en la red bloquea la verificación de apps de Apple, que la app necesita.',
  'triage.app.step.update': 'Cierra la app por completo, actualízala a la última versión y vuelve a iniciar sesión.',
  'triage.app.step.other_network': 'Prueba en otra red (datos móviles o un punto de acceso) antes de reinstalar.',
  'triage.app.step.reinstall': 'Solo entonces reinstala la app.',
  'triage.app.stop_when': 'La app funciona.',

  'triage.cloudflare_challenge.headline': 'Falla una verificación de seguridad: es un filtro, no un error 500 del servidor',
  'triage.cloudflare_challenge.summary':
    'Una verificación de Cloudflare que nunca se supera indica que hay un filtro de seguridad en el camino. No es un error del servidor de ChatGPT, ' +
    'así que limpiar tu cuenta no servirá.',
  'triage.cloudflare_challenge.step.reachable':
    'Comprueba que https://challenges.cloudflare.com es accesible desde este dispositivo: una página de bloqueo o un tiempo de espera agotado significa que está filtrado.',
  'triage.cloudflare_challenge.step.vpn': 'Desactiva la VPN o el proxy y vuelve a intentarlo.',
  'triage.cloudflare_challenge.step.extensions': 'Prueba sin extensiones (filtros de privacidad, bloqueadores de anuncios y de scripts), por ejemplo en una ventana privada.',
  'triage.cloudflare_challenge.step.browser': 'Mantén el navegador actualizado y permite JavaScript y cookies para chatgpt.com.',
  'triage.cloudflare_challenge.step.it': 'Si challenges.cloudflare.com está bloqueado en el trabajo, pide a TI que lo incluya en la lista de permitidos y que no lo intercepte.',
  'triage.cloudflare_challenge.stop_when': 'La verificación se supera y ChatGPT carga.',

  'triage.browser.headline': 'Estado del navegador: funciona en una ventana limpia',
  'triage.browser.summary':
    'ChatGPT funciona en una ventana privada con la misma cuenta, así que el servicio y la red están bien. La causa son ' +
    'las cookies, los datos guardados del sitio o una extensión de tu perfil habitual del navegador.',
  'triage.browser.step.cookies': 'Borra las cookies y los datos del sitio solo de ChatGPT (chatgpt.com y openai.com), no de todo el navegador.',
  'triage.browser.step.sign_in': 'Cierra sesión en ChatGPT y vuelve a iniciarla.',
  'triage.browser.step.extensions':
    '¿Sigue fallando? Desactiva las extensiones una a una y recarga después de cada una: primero herramientas de seguridad, bloqueadores de anuncios, filtros de privacidad y gestores de contraseñas.',
  'triage.browser.step.skip': 'No hace falta restablecer la contraseña ni reinstalar el navegador: la prueba en ventana privada ya mostró que la causa es el estado local.',
  'triage.browser.stop_when': 'El error desaparece en un navegador limpio y, tras la limpieza, también en tu perfil habitual.',

  'triage.network.headline': 'El problema está en la ruta de red: VPN, DNS, filtros o inspección SSL',
  'triage.network.colleagues': {
    one: '{count} compañero o compañera en la misma red lo ha reportado',
    other: '{count} compañeros en la misma red lo han reportado',
  },
  'triage.network.summary_works':
    'ChatGPT funciona en otra red, así que el servicio y tu cuenta están bien: algo {where} (VPN, DNS seguro, filtrado web o inspección SSL) bloquea o modifica su tráfico.',
  'triage.network.summary_crowd': 'Varias personas de tu red informan del mismo fallo: la causa probable es la red gestionada, no ChatGPT.',
  'triage.network.summary_crowd_colleagues': 'Varias personas de tu red informan del mismo fallo ({colleagues}): la causa probable es la red gestionada, no ChatGPT.',
  'triage.network.step.work_elsewhere': 'De momento, trabaja en la red que funciona, como el punto de acceso de tu teléfono.',
  'triage.network.step.check_yourself': 'Compruébalo tú: prueba con el punto de acceso del teléfono y la VPN desactivada. Si ChatGPT funciona ahí, es la red.',
  'triage.network.step.vpn_off':
    'Desactiva la VPN o cambia a otra ubicación de salida y vuelve a intentarlo: las salidas de VPN pueden estar bloqueadas o gestionar el DNS de forma agresiva.',
  'triage.network.step.vpn_maybe': 'Si usas una VPN, prueba sin ella y luego con otra ubicación de salida.',
  'triage.network.step.dns':
    'Revisa el DNS seguro: desactiva el DNS seguro del navegador (DNS over HTTPS) o cualquier app de DNS con filtrado, o cambia de proveedor, y vuelve a intentarlo.',
  'triage.network.step.send_note': 'Envía a TI la nota de abajo: les pide revisar el filtrado web y la inspección SSL para los dominios de OpenAI.',
  'triage.network.step.colleagues': '{colleagues}: TI debería tratarlo como un único problema de red.',
  'triage.network.step.skip': 'No pierdas tiempo limpiando el navegador ni restableciendo la cuenta: el fallo está en la red.',
  'triage.network.stop_when': 'ChatGPT funciona en una red sin filtros (y en esta, una vez que TI haya corregido el filtrado).',

  'triage.web_session.headline': 'Un problema de la web o de la sesión; la ruta de la API está sana',
  'triage.web_session.summary':
    'ChatGPT en la web falla incluso en una ventana privada y en otra red, mientras que las llamadas a la API de tu organización siguen ' +
    'funcionando: falla la ruta web o de inicio de sesión, no OpenAI en su conjunto.',
  'triage.web_session.step.api': 'Deja la API al margen: está sana, así que no toques la lógica de reintentos ni el tráfico de producción.',
  'triage.web_session.step.browser': 'Prueba otro navegador y luego otro dispositivo, con la misma cuenta.',
  'triage.web_session.step.sign_in': 'Cierra sesión en ChatGPT y vuelve a iniciarla (con el inicio de sesión de tu empresa, si lo usáis).',
  'triage.web_session.step.app': 'Prueba la app de escritorio o del teléfono como referencia.',
  'triage.web_session.step.support':
    'Si falla en todos los navegadores y dispositivos, captura un HAR y el registro de la consola y contacta con soporte indicando la hora, el navegador y la URL de la conversación. Un HAR contiene cookies y tokens: nunca lo compartas sin anonimizar.',
  'triage.web_session.stop_when': 'La API está sana y el problema es claramente solo de la web.',

  'triage.escalate.headline': 'Reproducible: es hora de contactar con el soporte de OpenAI',
  'triage.escalate.survived_app': 'Falla en la app y en el navegador, también en otra red',
  'triage.escalate.survived_web': 'Falla en una ventana privada y también en otra red',
  'triage.escalate.summary': '{survived}, y ninguna incidencia conocida de ChatGPT lo explica: un fallo reproducible con el que soporte puede trabajar.',
  'triage.escalate.api_fails': 'Las llamadas a la API de tu organización también fallan: inclúyelo en el informe.',
  'triage.escalate.step.time': 'Anota la hora del fallo, con tu zona horaria, y haz capturas de pantalla del error.',
  'triage.escalate.step.browser': 'Anota tu navegador o app y su versión, y el dispositivo.',
  'triage.escalate.step.har':
    'Captura un archivo HAR y el registro de la consola mientras reproduces el fallo en el navegador (DevTools → Network → Export HAR; Console → Save as).',
  'triage.escalate.step.har_warning':
    'Un HAR contiene tus cookies, tokens de acceso e identificadores de sesión: anonimízalo antes de compartirlo y nunca lo publiques sin anonimizar en un chat, canal o ticket.',
  'triage.escalate.step.url': 'Copia la URL de la conversación si falla en una conversación concreta.',
  'triage.escalate.step.support': 'Contacta con el soporte de OpenAI en https://help.openai.com con el informe de abajo.',
  'triage.escalate.stop_when': 'Soporte tiene un informe completo.',
  'triage.escalate_api.headline': 'Un error de la API para llevar a soporte',
  'triage.escalate_api.summary':
    'Un error de la API que no es ni 5xx ni 429 depende de la propia solicitud. Si su mensaje no lo explica, ' +
    'es un caso para soporte con un informe de API completo.',
  'triage.escalate_api.step.payload': 'Lee el contenido del error: su mensaje suele indicar la causa (clave o permisos, nombre del modelo, un parámetro).',
  'triage.escalate_api.step.reproduce': 'Reprodúcelo una vez con una solicitud mínima y guarda el x-request-id de la respuesta y tu X-Client-Request-Id.',
  'triage.escalate_api.step.note': 'Anota el modelo, el endpoint, el nivel de servicio, el proyecto, el intervalo de tiempo con zona horaria y el porcentaje de fallos.',
  'triage.escalate_api.step.support': 'Contacta con el soporte de OpenAI en https://help.openai.com con el informe de API de abajo.',

  'triage.note.status_unknown': 'No se ha podido leer ahora el estado en vivo de OpenAI, así que no se descarta una caída: consulta {url} tú mismo.',
  'triage.note.other_product_api': 'OpenAI informa de una incidencia fuera de ChatGPT{named}. Si afecta a la API, podría explicar este error.',
  'triage.note.other_product':
    'OpenAI informa de una incidencia en otro producto{named}. Es contexto, no una caída de ChatGPT, así que el diagnóstico sigue tu propio caso.',
  'triage.note.chatgpt_incident': 'OpenAI informa de una incidencia de ChatGPT{named}. La API es una ruta aparte: esa incidencia no explica por sí sola este error.',
  'triage.note.surge': 'Ahora mismo mucha gente está reportando fallos de ChatGPT. Eso afecta a ChatGPT; la API es una ruta aparte.',

  'triage.evidence.other_network_works': 'Funciona en otra red',
  'triage.evidence.other_network_works_failing': 'Funciona en otra red; falla {where}',
  'triage.evidence.other_network_fails': 'También falla en otra red',
  'triage.evidence.not_tried': 'Aún no probado',
  'triage.evidence.clean_browser_works': 'Funciona en una ventana privada',
  'triage.evidence.clean_browser_fails': 'También falla en una ventana privada',
  'triage.evidence.har_attached': 'Adjunto (anonimizado)',
  'triage.evidence.conversation_url': 'URL de la conversación: {url}',
  'triage.evidence.request_ids': 'ID de solicitud: {ids}',
  'triage.evidence.needed_api': 'Falta: el x-request-id (o X-Client-Request-Id) de una solicitud fallida',
  'triage.evidence.not_for_api': 'No hace falta para un fallo de la API',
  'triage.evidence.needed_web': 'Falta: la URL de la conversación, si el fallo ocurre en una conversación concreta',

  'triage.report.web.time': 'Hora del fallo, con zona horaria',
  'triage.report.web.browser': 'Navegador o app, y su versión',
  'triage.report.web.device': 'Dispositivo',
  'triage.report.web.screenshots': 'Capturas de pantalla del error',
  'triage.report.web.isolation': 'Si una ventana privada u otra red cambiaron el resultado',
  'triage.report.web.har': 'HAR y registros de la consola, si se capturaron (anonimizados: sin cookies ni tokens)',
  'triage.report.web.url': 'URL de la conversación, si existe',
  'triage.report.api.org': 'ID de la organización afectada',
  'triage.report.api.tier': 'Nivel de servicio (standard, priority o scale)',
  'triage.report.api.model': 'Modelo',
  'triage.report.api.endpoint': 'Endpoint',
  'triage.report.api.project': 'Proyecto, si procede',
  'triage.report.api.status': 'Código de estado',
  'triage.report.api.time': 'Intervalo de tiempo, con zona horaria',
  'triage.report.api.percentage': 'Porcentaje aproximado de fallos',
  'triage.report.api.payload': 'Contenido del error',
  'triage.report.api.request_id': 'x-request-id o X-Client-Request-Id',
  'triage.report.api.summary': 'Un breve resumen de la solicitud',

  'triage.it_note.greeting': 'Hola, equipo de TI:',
  'triage.it_note.subject.web': 'ChatGPT en el navegador (chatgpt.com)',
  'triage.it_note.subject.desktop': 'La app de escritorio de ChatGPT',
  'triage.it_note.subject.mobile': 'La app de ChatGPT para el teléfono',
  'triage.it_note.subject.api': 'Nuestras llamadas a la API de OpenAI',
  'triage.it_note.subject.unknown': 'ChatGPT',
  'triage.it_note.symptom.http_500': '"HTTP ERROR 500"',
  'triage.it_note.symptom.http_403': 'un error 403',
  'triage.it_note.symptom.ssl_or_network_config': 'un "Network configuration issue" o un error de certificado SSL',
  'triage.it_note.symptom.unusual_activity': 'un error de "unusual activity"',
  'triage.it_note.symptom.cloudflare_challenge': 'una verificación de Cloudflare que nunca se supera',
  'triage.it_note.symptom.other': 'errores',
  'triage.it_note.symptom.api_500': 'errores HTTP 500',
  'triage.it_note.symptom.api_503': 'errores HTTP 503',
  'triage.it_note.symptom.api_429': 'errores HTTP 429',
  'triage.it_note.symptom.api_other': 'errores',
  'triage.it_note.fails': '{what} falla {where}.',
  'triage.it_note.fails_with': '{what} falla con {how} {where}.',
  'triage.it_note.other_network_works': 'Funciona en otra red (el punto de acceso de un teléfono), así que el servicio de OpenAI y mi cuenta están bien.',
  'triage.it_note.colleagues': {
    one: '{count} compañero o compañera en la misma red también lo ha reportado.',
    other: '{count} compañeros en la misma red también lo han reportado.',
  },
  'triage.it_note.ask': '¿Podéis comprobar si nuestro filtrado web, el proxy o la inspección SSL/TLS bloquean o interceptan estos dominios de OpenAI?',
  'triage.it_note.minimum': 'Conjunto mínimo: {domains}',
  'triage.it_note.broader': 'Lista ampliada: {domains}',
  'triage.it_note.no_rewrite': '- El filtrado web o de URL no debe devolver contenido inesperado (páginas de bloqueo, respuestas reescritas) para estos dominios.',
  'triage.it_note.cookies': '- Interceptar o eliminar cookies cuenta como bloqueo.',
  'triage.it_note.products': '- Esto suele configurarse en productos como {products}.',
  'triage.it_note.fix': '- La solución habitual: añadir estos dominios a la lista de permitidos y desactivar la inspección SSL para estos endpoints públicos.',
  'triage.it_note.snapshot': '- La lista de arriba es una instantánea: verificadla con la lista de permitidos actual de OpenAI en el OpenAI Help Center (help.openai.com).',
  'triage.it_note.thanks': '¡Gracias!',
};

import type { Message } from '../message.ts';
import type { cli as source } from '../en/cli.ts';

/** Textos en español del área cli. */
export const cli: Record<keyof typeof source, Message> = {
  'cli.locale.unsupported': 'idioma no admitido "{locale}"; admitidos: {supported}',

  'cli.triage.summary': 'diagnosticar un "HTTP ERROR 500" de ChatGPT en la terminal, o como JSON para scripts',
  'cli.triage.help': `Uso:
  chatgpt-500 triage [--locale <tag>]     diagnóstico interactivo en la terminal
  chatgpt-500 triage --facts '<json>' [--reply '<text>'] [--json] [--locale <tag>]

Interactivo: responde con ↑/↓ y Enter, el número de una opción o con tus propias palabras
("funciona en incógnito", "con mi punto de acceso carga", "429"). Ctrl+C cancela.
Primero se lee el estado en vivo de OpenAI (usa --offline para omitirlo).

No interactivo (para scripts; sin red):
  --facts '<json>'   los hechos conocidos hasta ahora, p. ej. '{"surface":"web","symptom":"http_500"}'.
                     "status" y "crowd" se toman de aquí (si faltan: unknown / none).
  --reply '<text>'   la respuesta libre de una persona a la siguiente pregunta.
  --json             imprime un objeto JSON: {"next": {...}} o {"verdict": {...}};
                     con --reply, también "facts" (tras la respuesta) y "understood".
  --locale <tag>     el idioma de las preguntas y los resultados: {locales} (p. ej. es o es-ES;
                     por defecto LC_ALL, LC_MESSAGES o LANG, si no DEFAULT_LOCALE, ahora {default}). Los ids de hechos, valores y ramas no cambian nunca.
  --offline          modo interactivo sin leer el estado en vivo.
  -h, --help         esta ayuda.

Códigos de salida: 0 correcto; 2 argumentos incorrectos, JSON mal formado, hecho o valor desconocido, idioma no admitido.
`,
  'cli.triage.bad_json': '--facts no es un JSON válido ({error})',
  'cli.triage.not_understood': 'No he podido interpretar esa respuesta con seguridad; la pregunta sigue en pie.',

  'cli.decision.next_question': 'Siguiente pregunta ({fact}): {text}',
  'cli.decision.how_to_test': 'Cómo probarlo: {help}',
  'cli.decision.verdict': 'Resultado: {headline}  [{branch}]',
  'cli.decision.note': 'Nota: {note}',
  'cli.decision.steps': 'Pasos:',
  'cli.decision.stop_when': 'Listo cuando: {text}',
  'cli.decision.evidence': 'Pruebas para soporte:',
  'cli.decision.retry': 'Reintentos con espera exponencial y jitter:',
  'cli.decision.support_report': 'El informe para soporte ({kind}) debe incluir:',
  'cli.decision.it_note': '--- Nota para TI (copiar y enviar) ---',
  'cli.decision.it_note_language': '--- Nota para TI, en {language} (copiar y enviar) ---',
  'cli.decision.it_note_end': '--- fin de la nota ---',
  'cli.decision.notify': 'El equipo de soporte puede avisarte cuando esté resuelto.',

  'cli.interactive.welcome': 'chatgpt-500 — veamos de dónde viene tu "HTTP ERROR 500".',
  'cli.interactive.checking_status': 'Consultando el estado en vivo de OpenAI…',
  'cli.interactive.unclear': 'Perdona, no he entendido lo que querías decir. Elige una opción o dilo de otra manera (en español, English, Deutsch o Français).',
  'cli.interactive.cancelled': 'Cancelado.',
  'cli.interactive.input_ended': 'La entrada terminó antes de acabar el diagnóstico.',
  'cli.interactive.prompt': 'Escribe un número o responde con tus propias palabras: ',
  'cli.interactive.keys_hint': '↑/↓ y Enter, un número, o escribe tu respuesta',

  'cli.incidents.none': 'No hay incidencias abiertas.',
  'cli.incidents.none_recent': 'No hay incidencias abiertas ni recientes.',
  'cli.incidents.state.open': 'abierta',
  'cli.incidents.state.acknowledged': 'asumida',
  'cli.incidents.state.resolved': 'resuelta',
  'cli.incidents.state.merged': 'fusionada',
  'cli.incidents.acknowledged_by': 'asumida por {name}',
  'cli.incidents.opened': 'abierta {at}',
  'cli.incidents.reports': { one: '{count} reporte', other: '{count} reportes' },
  'cli.incidents.last_report': 'último reporte {at}',
  'cli.incidents.resolved': 'resuelta {at} ({reason})',
  'cli.incidents.networks': 'redes: {list}',
  'cli.incidents.sites': 'sedes: {list}',
  'cli.incidents.not_asked': 'sin preguntar',
  'cli.incidents.no_site': 'sin sede',

  'cli.status.headline.chatgpt_incident': 'ChatGPT: incidencia en curso — {impact}.',
  'cli.status.headline.other_product_incident': 'ChatGPT: operativo — OpenAI informa de una incidencia o mantenimiento en otro producto (no ChatGPT).',
  'cli.status.headline.operational': 'ChatGPT: operativo — sin incidencias abiertas en la página de estado.',
  'cli.status.headline.unknown': 'ChatGPT: estado desconocido — {reason}.',
  'cli.status.unknown_reason': 'no se ha podido leer el estado',
  'cli.status.stale': 'Atención: la última lectura falló ({error}); esta lectura tiene {seconds} s de antigüedad.',
  'cli.status.unknown_error': 'error desconocido',
  'cli.status.components': 'Componentes de ChatGPT:',
  'cli.status.open_incidents': 'Incidencias abiertas:',
  'cli.status.maintenance': 'Mantenimiento en curso:',
  'cli.status.product_chatgpt': 'ChatGPT',
  'cli.status.product_other': 'otros productos de OpenAI',
  'cli.status.affects': 'Afecta a: {components}',
  'cli.status.started': 'Inicio: {at}',
  'cli.status.last_update': 'Última actualización: {text}',
  'cli.status.last_update_at': 'Última actualización ({at}): {text}',
  'cli.status.not_read': 'No leído de {source}.',
  'cli.status.read': 'Leído de {source} hace {seconds} s ({at}).',
  'cli.status.word.operational': 'operativo',
  'cli.status.word.degraded_performance': 'rendimiento degradado',
  'cli.status.word.partial_outage': 'caída parcial',
  'cli.status.word.full_outage': 'caída total',
  'cli.status.word.under_maintenance': 'en mantenimiento',
  'cli.status.word.unknown': 'desconocido (estado no reconocido)',
  // La lista de comandos, el --help y el uso de cada comando, las líneas de error.
  'cli.main.help': `chatgpt-500 — diagnostica avisos de "HTTP ERROR 500" de ChatGPT

Uso: chatgpt-500 <comando> [opciones]

Comandos:
{commands}

"chatgpt-500 <comando> --help" muestra las opciones de un comando.
Idioma de los textos: --locale <tag>, si no LC_ALL, LC_MESSAGES o LANG, si no DEFAULT_LOCALE ({locales}).
`,
  'cli.main.summary.start': 'iniciar el bot (página web en PORT; Slack si está configurado)',
  'cli.main.summary.status': 'mostrar el estado en directo de OpenAI, clasificado para ChatGPT',
  'cli.main.summary.incidents': 'listar las incidencias abiertas del almacén configurado',
  'cli.main.summary.outbox': 'mostrar la bandeja de salida: mensajes en camino y los que no se pudieron entregar',
  'cli.main.summary.har': 'analizar un archivo HAR: qué falló y dónde, con una copia censurada si se pide',
  'cli.main.summary.report': 'imprimir un informe para el soporte de OpenAI, rellenado con los datos de un diagnóstico',
  'cli.main.summary.teams_package': 'escribir el paquete de la app (zip) para subirlo a Microsoft Teams',
  'cli.main.unknown_command': 'comando desconocido "{name}". Comandos: {commands}.',
  'cli.main.config_error': 'error de configuración: {message}',
  'cli.main.unexpected_error': 'error inesperado: {message}',
  'cli.args.unknown_option': "Opción desconocida '{option}'",
  'cli.args.missing_value': "La opción '{option}' necesita un valor",
  'cli.args.no_value': "La opción '{option}' no admite valor",
  'cli.args.unexpected_argument': "Argumento inesperado '{argument}': este comando no admite ninguno",
  'cli.store.unavailable': 'no se puede conectar con {where}: {reason}',
  'cli.store.failed': 'el almacén falló: {reason}',

  'cli.status.help': `Uso: chatgpt-500 status [--json] [--locale <tag>]

Lee una vez la página de estado en directo de OpenAI (STATUS_URL, STATUS_PROVIDER) y dice si ChatGPT
tiene una incidencia en curso: los componentes de ChatGPT, las incidencias abiertas con enlaces y la
antigüedad de la lectura.

Opciones:
  --json      imprimir la lectura como JSON: "status" (chatgpt_incident, other_product_incident,
              operational o unknown), los componentes de ChatGPT afectados y el modelo normalizado
  --locale    el idioma del texto: {locales} (también vale una etiqueta como es-ES;
              por defecto LC_ALL, LC_MESSAGES o LANG, si no DEFAULT_LOCALE)
  -h, --help  mostrar esta ayuda

Si la lectura falla, imprime el estado "unknown" con el motivo y termina igualmente con código 0.
`,
  'cli.status.usage': 'status: {problem} (ver "chatgpt-500 status --help")',

  'cli.incidents.help': `Uso: chatgpt-500 incidents [--recent] [--json] [--url <dirección del bot en marcha>] [--locale <tag>]

Lista las incidencias abiertas del almacén configurado (REDIS_URL, REDIS_SENTINELS o
REDIS_CLUSTER_NODES; REDIS_KEY_PREFIX). Sin Redis, un bot en marcha guarda sus incidencias en su
propia memoria, que este comando no ve: entonces explica cómo preguntar al bot y termina con código 1.

Opciones:
  --url      preguntar a un bot en marcha en lugar del almacén (GET <url>/api/incidents, con
             HELPDESK_TOKEN del entorno si está definido), p. ej. --url http://localhost:3000
  --recent   listar también las incidencias resueltas en las últimas 24 horas
  --json     imprimir {"incidents": [...]} (registros completos) en lugar de texto
  --locale   el idioma del texto: {locales} (por defecto LC_ALL, LC_MESSAGES o LANG,
             si no DESK_LOCALE)
  -h, --help mostrar esta ayuda
`,
  'cli.incidents.bad_url': '--url debe ser la dirección http(s) del bot, p. ej. http://localhost:3000 (recibido: "{url}")',

  'cli.outbox.help': `Uso: chatgpt-500 outbox [--dead [--limit N]] [--retry-dead] [--json] [--locale <tag>]

La bandeja de salida de los bots en marcha (cada mensaje que deben a personas y canales), leída del
almacén configurado (REDIS_URL, REDIS_SENTINELS o REDIS_CLUSTER_NODES; REDIS_KEY_PREFIX).

Sin opciones: cuántos mensajes esperan su envío, se están enviando, esperan un reintento y no se
pudieron entregar (con los motivos).

Opciones:
  --dead         listar los mensajes que no se pudieron entregar, los más recientes primero
  --limit N      cuántos listar (por defecto 50)
  --retry-dead   volver a enviar todos los mensajes no entregados (sus intentos empiezan de cero);
                 un bot en marcha los recoge al momento
  --json         imprimir JSON en lugar de texto
  --locale <tag> el idioma del texto: {locales} (por defecto LC_ALL, LC_MESSAGES o LANG,
                 si no DESK_LOCALE)
  -h, --help     mostrar esta ayuda
`,
  'cli.outbox.counts': 'Bandeja de salida: {ready} en espera, {inFlight} en entrega, {delayed} esperando un reintento{next}, {dead} sin poder entregarse.',
  'cli.outbox.next_in': ' (el próximo en {seconds} s)',
  'cli.outbox.see_dead': 'Puedes verlos con `chatgpt-500 outbox --dead` y reenviarlos con `chatgpt-500 outbox --retry-dead`.',
  'cli.outbox.damaged': 'dañado',
  'cli.outbox.attempts': { one: '{count} intento', other: '{count} intentos' },
  'cli.outbox.incident': 'incidencia {id}',
  'cli.outbox.retried': {
    one: '{count} mensaje devuelto a la bandeja de salida; un bot en marcha lo entrega ahora.',
    other: '{count} mensajes devueltos a la bandeja de salida; un bot en marcha los entrega ahora.',
  },
  'cli.outbox.no_dead': 'Todos los mensajes se entregaron: no hay mensajes sin entregar.',
  'cli.outbox.bad_limit': '--limit debe ser un número entero de 1 a 10000',
  'cli.outbox.no_redis':
    'no hay Redis configurado (REDIS_URL, REDIS_SENTINELS o REDIS_CLUSTER_NODES); la bandeja de salida en memoria vive dentro del proceso del bot en marcha y no se puede leer desde aquí.',

  'cli.har.file_missing': 'falta ARCHIVO',
  'cli.har.one_file': 'indica un solo ARCHIVO',
  'cli.report.facts_required': '--facts es obligatorio',
  'cli.start.help': `Uso: chatgpt-500 start

Inicia el bot: la página de diagnóstico, el panel del helpdesk y la API JSON en PORT (por defecto
3000), Slack si está configurado, y /healthz, /readyz y /metrics. La configuración viene de
variables de entorno (ver .env.example). Sin ninguna, sirve la página web con el almacén en memoria.
En un terminal (o con LOG_FORMAT=pretty) muestra un banner de inicio y líneas de registro legibles
en stderr; si no (LOG_FORMAT=json), solo líneas de registro JSON. SIGTERM o Ctrl+C lo detienen de
forma ordenada.
Códigos de salida: 0 detenido; 78 configuración incorrecta; 69 no se puede conectar con el Redis
configurado; 1 otro.

Opciones:
  --locale <tag>  el idioma de esta ayuda: {locales}
  -h, --help      mostrar esta ayuda
`,
  'cli.teams_package.help': `Uso: chatgpt-500 teams-package --app-id <guid> --domain <host> [--out <archivo.zip>] [opciones]

Escribe el paquete de la app de Teams: un zip con manifest.json (deploy/teams/manifest.json con los
marcadores rellenados), color.png y outline.png. Súbelo en Teams (Aplicaciones → Administrar tus
aplicaciones → Cargar una aplicación) o en el centro de administración de Teams. Consulta
"Install in Teams" en README.md.

Opciones:
  --app-id <guid>          el Microsoft App ID del Azure Bot (= TEAMS_APP_ID); también el id de la app
  --domain <host>          el nombre de host de la dirección pública del bot, sin https:// ni ruta,
                           p. ej. chatgpt-500.example.com (Teams envía los mensajes a
                           https://<host>/api/messages)
  --out <archivo.zip>      dónde escribir el paquete (por defecto {out})
  --app-version <x.y.z>    la versión de la app (por defecto {version}); súbela en cada paquete
                           nuevo de una app ya cargada
  --developer-name <name>  se muestra como editor de la app (por defecto "{developer}"; 32 caracteres como máximo)
  --website-url <url>      la página del editor (https; por defecto https://<host>/)
  --privacy-url <url>      la declaración de privacidad (https; por defecto la URL del sitio web)
  --terms-url <url>        las condiciones de uso (https; por defecto la URL del sitio web)
  --locale <tag>           el idioma de esta ayuda: {locales}
  -h, --help               mostrar esta ayuda
`,
  'cli.store.not_configured': 'no hay Redis configurado: define REDIS_URL, REDIS_SENTINELS o REDIS_CLUSTER_NODES',
  'cli.facts.unknown_fact': 'dato desconocido "{fact}" (datos conocidos: {expected})',
  'cli.facts.unknown_value': 'valor desconocido "{value}" para el dato "{fact}" (se espera uno de: {expected})',
  'cli.facts.does_not_fit': '{fact} "{value}" no corresponde a {other} "{otherValue}" (se espera uno de: {expected})',
  'cli.facts.not_string': 'el dato "{fact}" debe ser una cadena (uno de: {expected})',
  'cli.facts.not_object': 'los datos deben ser un objeto JSON como {example}',
  'cli.teams_package.see_help': '{problem} (ver "chatgpt-500 teams-package --help")',
  'cli.teams_package.bad_app_id': '--app-id debe ser el Microsoft App ID del Azure Bot, un GUID como 00000000-0000-0000-0000-000000000000 (recibido: "{value}")',
  'cli.teams_package.domain_example': 'p. ej. --domain chatgpt-500.example.com',
  'cli.teams_package.domain_scheme': '--domain admite solo el nombre de host, sin "{scheme}" ({example})',
  'cli.teams_package.domain_path': '--domain admite solo el nombre de host, sin ruta ({example})',
  'cli.teams_package.domain_port': '--domain admite solo el nombre de host, sin puerto: Teams llega al bot por https en el puerto 443 ({example})',
  'cli.teams_package.domain_wildcard': '--domain es el nombre de host propio del bot, no un comodín ({example})',
  'cli.teams_package.domain_unreachable': '--domain "{value}" no es un nombre de host al que Teams pueda llegar ({example}; los nombres internacionalizados en su forma xn--)',
  'cli.teams_package.not_https': '{flag} debe ser una dirección https:// (recibido: "{value}")',
  'cli.teams_package.too_long': '{flag} debe ser una dirección https:// de 2048 caracteres como máximo (recibido: "{value}")',
  'cli.teams_package.app_id_required': '--app-id es obligatorio: el Microsoft App ID del Azure Bot',
  'cli.teams_package.domain_required': '--domain es obligatorio: el nombre de host de la dirección pública del bot',
  'cli.teams_package.bad_out': '--out debe indicar un archivo .zip (recibido: "{value}")',
  'cli.teams_package.bad_version': '--app-version debe ser MAJOR.MINOR.PATCH, p. ej. 1.0.1 (recibido: "{value}")',
  'cli.teams_package.bad_developer': '--developer-name debe tener de 1 a 32 caracteres',
  'cli.teams_package.cannot_read': 'no se pueden leer los archivos del paquete en {dir} ({reason}); ejecútalo desde una copia del repositorio',
  'cli.teams_package.cannot_write': 'no se puede escribir {path} ({reason})',
  'cli.teams_package.wrote': 'Escrito {path} (bot {appId}, {endpoint}): súbelo en Teams, ver "Install in Teams" en README.md',
  'cli.start.cannot_start': 'no se puede iniciar: {reason}',
  'cli.start.cannot_listen': 'no se puede escuchar en {address}: {reason}',
  'cli.start.address_in_use': 'la dirección está en uso (pon otro puerto en PORT)',
};

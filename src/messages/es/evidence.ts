import type { Message } from '../message.ts';
import type { evidence as source } from '../en/evidence.ts';

export const evidence: Record<keyof typeof source, Message> = {
  'evidence.cli.help': `Uso: chatgpt-500 har ARCHIVO [--json] [--redact-to SALIDA] [--locale xx]

Lee un archivo HAR (exportado desde el panel Red del navegador) como un flujo e informa de lo que
muestra sobre ChatGPT: errores del servidor con sus ids de solicitud, desafíos de Cloudflare,
solicitudes que nunca recibieron respuesta (extensión, DNS, certificado, conexión), la página de
bloqueo de un producto de filtrado, respuestas 401/403/429 y qué dominios de la lista de
permitidos de TI se alcanzaron y cuáles fallaron. Las cookies, tokens, claves e ids de sesión se
censuran antes de leer o escribir nada.

Opciones:
  --json               imprime {"entries", "findings", "facts", "redacted", "allowlist"} como JSON
  --redact-to SALIDA   escribe además una copia censurada del HAR en SALIDA, para adjuntarla a un ticket de soporte
  --locale xx          el idioma del texto: en, de, es o fr (por defecto: LC_ALL, LC_MESSAGES o LANG, si no DEFAULT_LOCALE)
  -h, --help           muestra esta ayuda

Códigos de salida: 0 con los hallazgos (aunque no haya ninguno); 2 con una línea en stderr si el
archivo no existe, no es un HAR, está cortado o supera HAR_MAX_BYTES (100 MB por defecto).
`,
  'evidence.har.summary': 'HAR leído: {entries}; {redacted}.',
  'evidence.har.entries': { one: '{count} solicitud', other: '{count} solicitudes' },
  'evidence.har.redacted': { one: '{count} valor secreto censurado', other: '{count} valores secretos censurados' },
  'evidence.har.no_findings': 'Nada en este HAR apunta a un problema con ChatGPT ni con los dominios de la lista de permitidos.',
  'evidence.har.findings': { one: '{count} hallazgo:', other: '{count} hallazgos:' },
  'evidence.har.omitted': { one: '…y {count} hallazgo más, no listado.', other: '…y {count} hallazgos más, no listados.' },
  'evidence.har.written': 'HAR censurado escrito en {path}: las cookies, tokens, claves e ids de sesión se sustituyeron por [REDACTED]. Revísalo antes de adjuntarlo a un ticket.',
  'evidence.har.shortened': { one: '{count} valor de más de {mb} MB (un cuerpo grande) se recortó a sus primeros {mb} MB.', other: '{count} valores de más de {mb} MB (cuerpos grandes) se recortaron a sus primeros {mb} MB.' },
  'evidence.har.symptom': 'El HAR determina el síntoma: {symptom}.',

  'evidence.finding.server_error': 'Error del servidor {status} de {where}',
  'evidence.finding.cloudflare_challenge': 'Desafío de Cloudflare en lugar de la respuesta de {where} ({detail}): filtrado de seguridad, no un error del servidor',
  'evidence.finding.challenge_failed': 'El desafío de Cloudflare no pudo cargarse desde {where}: {detail}',
  'evidence.finding.no_response': 'Sin respuesta de {where}: {detail}',
  'evidence.finding.filtered': '{detail} respondió en lugar de {where} ({evidence})',
  'evidence.finding.unauthorized': '401 Unauthorized de {where}: sesión cerrada o caducada',
  'evidence.finding.forbidden': '403 Forbidden de {where}',
  'evidence.finding.rate_limited': '429 Too Many Requests de {where}: un límite de frecuencia',
  'evidence.finding.time': 'a las {time}',
  'evidence.finding.request_id': 'x-request-id {id}',
  'evidence.finding.cf_ray': 'cf-ray {id}',
  'evidence.finding.http_status': 'HTTP {status}',

  'evidence.cause.extension': 'bloqueada por una extensión del navegador',
  'evidence.cause.dns': 'no se pudo resolver el nombre (DNS)',
  'evidence.cause.tls_interception': 'el certificado no era de confianza: algo en la red podría estar interceptando TLS',
  'evidence.cause.tls': 'falló la conexión segura (TLS)',
  'evidence.cause.connection_reset': 'la conexión se restableció',
  'evidence.cause.connection_refused': 'la conexión fue rechazada',
  'evidence.cause.connection_closed': 'la conexión se cerró sin respuesta',
  'evidence.cause.timed_out': 'se agotó el tiempo de la conexión',
  'evidence.cause.proxy': 'el proxy falló o rechazó la conexión',
  'evidence.cause.blocked_by_policy': 'bloqueada por una directiva del navegador del administrador',
  'evidence.cause.offline': 'el equipo estaba sin conexión',
  'evidence.cause.aborted': 'la carga se canceló',
  'evidence.cause.unknown': 'no se registró ninguna respuesta',

  'evidence.product.zscaler': 'Zscaler',
  'evidence.product.cisco_umbrella': 'Cisco Umbrella',
  'evidence.product.fortinet': 'Fortinet (FortiGuard)',
  'evidence.product.sophos': 'Sophos',
  'evidence.product.barracuda': 'Barracuda',
  'evidence.product.mcafee_skyhigh': 'McAfee / Skyhigh Web Gateway',
  'evidence.product.palo_alto': 'Palo Alto Networks',
  'evidence.product.unknown': 'Un proxy de filtrado',

  'evidence.filter.header': 'su cabecera en una respuesta rechazada',
  'evidence.filter.redirect': 'una redirección a su página de bloqueo',
  'evidence.filter.block_page': 'su página de bloqueo',
  'evidence.filter.proxy_auth': 'el proxy pide iniciar sesión, 407',

  'evidence.challenge.cf_mitigated': 'cf-mitigated: challenge',
  'evidence.challenge.challenge_page': 'la página «Just a moment…»',

  'evidence.allowlist.reached': 'Dominios de la lista de permitidos alcanzados: {domains}',
  'evidence.allowlist.failed': 'Dominios de la lista de permitidos que fallaron: {domains}',
  'evidence.allowlist.none': 'Ningún dominio de la lista de permitidos aparece en este HAR.',

  'evidence.error.not_found': 'no se puede leer {file}: el archivo no existe',
  'evidence.error.unreadable': 'no se puede leer {file}',
  'evidence.error.not_har': '{file} no es un archivo HAR (JSON con «log» y «entries»): en el panel Red del navegador, usa «Guardar todo como HAR»',
  'evidence.error.truncated': '{file} está cortado tras {bytes} bytes, antes de que termine el HAR: expórtalo de nuevo',
  'evidence.error.too_large': '{file} supera el límite de {limit} bytes (HAR_MAX_BYTES): exporta solo la carga de página que falla',
  'evidence.error.cannot_write': 'no se puede escribir el HAR censurado en {file}',
  'evidence.error.same_file': '--redact-to debe indicar un archivo distinto del propio HAR',
  'evidence.error.usage': 'har: {problem} (consulta «chatgpt-500 har --help»)',

  // ---- the web page: HAR upload and network check (issue 14) ----
  'evidence.web.it_note.blocked': 'Una comprobación de red desde el propio navegador de la persona no pudo llegar a: {domains}.',
  'evidence.web.it_note.har_failed': 'Su HAR muestra solicitudes a estos dominios que fallan por el camino: {domains}.',
  'evidence.web.check.reachable': 'Accesibles desde tu navegador: {domains}.',
  'evidence.web.check.blocked': 'Bloqueados desde tu navegador: {domains}.',
  'evidence.web.check.all_reachable': 'Tu navegador llegó a todos los dominios que comprobó.',
  'evidence.web.error.too_large': 'Este HAR supera los {mb} MB, lo máximo que lee el bot: exporta solo la carga de la página que falla.',
  'evidence.web.error.not_har': 'Este archivo no es un HAR (JSON con "log" y "entries"): en el panel Red del navegador, usa «Guardar todo como HAR».',
  'evidence.web.error.truncated': 'Este HAR está cortado antes de su final: vuelve a exportarlo.',
  'evidence.web.error.media_type': 'Envía el propio archivo HAR como cuerpo de la solicitud, con Content-Type: application/har+json.',
  'evidence.report.title.web': 'Informe para soporte: ChatGPT (web o app)',
  'evidence.report.title.api': 'Informe para soporte: API de OpenAI',
  'evidence.report.field.surface': 'Dónde falla',
  'evidence.report.field.time': 'Hora del fallo',
  'evidence.report.field.browser': 'Navegador o app, y versión',
  'evidence.report.field.device': 'Dispositivo',
  'evidence.report.field.what_happened': 'Qué estaba haciendo',
  'evidence.report.field.screenshots': 'Capturas de pantalla',
  'evidence.report.field.conversation_url': 'URL de la conversación',
  'evidence.report.field.request_ids': 'IDs de solicitud',
  'evidence.report.field.status_page': 'Página de estado de OpenAI en ese momento',
  'evidence.report.field.har_findings': 'Lo que muestra el HAR',
  'evidence.report.field.org': 'ID de organización',
  'evidence.report.field.tier': 'Nivel de servicio',
  'evidence.report.field.model': 'Modelo',
  'evidence.report.field.endpoint': 'Endpoint',
  'evidence.report.field.project': 'Proyecto',
  'evidence.report.field.status_code': 'Código de estado',
  'evidence.report.field.time_range': 'Intervalo de tiempo',
  'evidence.report.field.failing_percent': 'Solicitudes fallidas (aprox.)',
  'evidence.report.field.error_payload': 'Cuerpo del error',
  'evidence.report.field.request_summary': 'Resumen de la solicitud',
  'evidence.report.field.network_check': 'Comprobación de red desde mi navegador',
  'evidence.report.network_check': 'bloqueados: {blocked}; alcanzados: {reached}',
  'evidence.report.network_check_clear': 'se alcanzaron todos los dominios comprobados ({reached})',
  'evidence.report.surface.web': 'ChatGPT en un navegador web',
  'evidence.report.surface.desktop': 'App de escritorio de ChatGPT',
  'evidence.report.surface.mobile': 'App de ChatGPT en el móvil',
  'evidence.report.surface.api': 'API de OpenAI',
  'evidence.report.surface_via': '{surface} (reportado a través de {platform})',
  'evidence.report.app_version': 'App de ChatGPT {version}',
  'evidence.report.time_given': '{time} ({zone})',
  'evidence.report.time_given_no_zone': '{time} (zona horaria no indicada)',
  'evidence.report.time_reported': 'fallaba a las {time} {zone}, cuando se reportó',
  'evidence.report.time_reported_zone_unknown': 'fallaba a las {time} UTC, cuando se reportó (no se reconoció la zona horaria «{given}»)',
  'evidence.report.status_incidents': '{line}; incidentes: {incidents}',
  'evidence.report.screenshots_ready': 'adjuntas',
  'evidence.report.screenshots_none': 'ninguna',
  'evidence.report.not_given': '(no indicado)',
  'evidence.report.evidence_heading': 'Pruebas:',
  'evidence.report.evidence_line': '- {label}: {state}',
  'evidence.report.evidence_line_detail': '- {label}: {state} ({detail})',
  'evidence.report.done': 'hecho',
  'evidence.report.missing': 'falta',
  'evidence.report.incident_note': 'Informe para soporte enviado ({kind})',
  'evidence.report.cli.help': `Uso: chatgpt-500 report --facts '<json>' [--details '<json>'] [--input '<json>'] [--json] [--locale xx]

Muestra un informe para el formulario de soporte de OpenAI, rellenado con los hechos de un triaje
(tal como los recibe "chatgpt-500 triage --facts") y los datos que dio la persona, con las cuatro
pruebas marcadas como hechas o pendientes.

Opciones:
  --facts '<json>'    los hechos de la conversación, p. ej. '{"surface":"web","symptom":"http_500"}'
  --details '<json>'  datos: browser, browserVersion, device, timezone, conversationUrl,
                      requestIds, model, endpoint, org, project, tier, harAttached, har, networkCheck
  --input '<json>'    los campos de la persona: whatHappened, time, timezone, browser, device,
                      screenshots, harAttached, conversationUrl, requestIds, org, project, tier,
                      model, endpoint, statusCode, timeRange, failingPercent, errorPayload,
                      requestSummary
  --json              muestra {"text", "json"} en lugar del texto
  --locale xx         idioma del informe: en, de, es o fr (por defecto: LC_ALL, LC_MESSAGES o LANG, si no DEFAULT_LOCALE)
  -h, --help          muestra esta ayuda

Códigos de salida: 0 con el informe; 2 con una línea en stderr si la entrada no es válida.
`,
  'evidence.report.cli.offer': 'Este resultado requiere un informe para soporte. ¿Quieres rellenarlo ahora? (s/n)',
  'evidence.report.cli.intro': 'Responde lo que puedas; pulsa Intro para saltar un campo.',
  'evidence.report.cli.prompt.time': '¿Cuándo falló (p. ej. 14:05)?',
  'evidence.report.cli.prompt.timezone': '¿Tu zona horaria (p. ej. Europe/Madrid o UTC+2)?',
  'evidence.report.cli.prompt.browser': '¿Navegador o app, y su versión?',
  'evidence.report.cli.prompt.device': '¿Dispositivo (p. ej. MacBook Air, portátil con Windows 11)?',
  'evidence.report.cli.prompt.what_happened': '¿Qué estabas haciendo cuando falló?',
  'evidence.report.cli.prompt.screenshots': '¿Tienes capturas de pantalla del error? (s/n)',
  'evidence.report.cli.prompt.conversation_url': '¿La URL de la conversación (https://chatgpt.com/c/…)?',
  'evidence.report.cli.prompt.request_ids': '¿IDs de solicitud (x-request-id), separados por comas?',
  'evidence.report.cli.prompt.org': '¿ID de organización (org-…)?',
  'evidence.report.cli.prompt.tier': '¿Nivel de servicio (standard, priority o scale)?',
  'evidence.report.cli.prompt.model': '¿Modelo?',
  'evidence.report.cli.prompt.endpoint': '¿Endpoint (p. ej. /v1/chat/completions)?',
  'evidence.report.cli.prompt.project': '¿Proyecto (proj_…), si aplica?',
  'evidence.report.cli.prompt.status_code': '¿Código de estado (p. ej. 500)?',
  'evidence.report.cli.prompt.time_range': '¿Intervalo de tiempo de los fallos?',
  'evidence.report.cli.prompt.failing_percent': '¿Qué porcentaje aproximado de solicitudes falla (0-100)?',
  'evidence.report.cli.prompt.error_payload': '¿El cuerpo del error (una línea; quita antes las claves)?',
  'evidence.report.cli.prompt.request_summary': '¿Un breve resumen de la solicitud?',
  'evidence.report.cli.invalid_answer': '{field}: {problem}. Se omite.',
  'evidence.report.cli.copy': '--- Informe para soporte (pégalo en https://help.openai.com) ---',
  'evidence.report.error.invalid': 'report: {field}: {problem}',
  'evidence.report.error.usage': 'report: {problem} (consulta "chatgpt-500 report --help")',

  // ---- chat: a HAR shared in a chat thread (issue 14) ----
  'evidence.chat.findings': 'He leído tu archivo HAR {name}. Esto es lo que muestra:',
  'evidence.chat.kept': 'Las cookies, tokens, claves e identificadores de sesión se eliminaron antes de leerlo, y el archivo no se guarda.',
  'evidence.chat.too_large': 'Tu archivo HAR {name} supera {limit}, el máximo que leo, así que he detenido la descarga. Guarda un HAR solo de la carga de página que falla (vacía el panel Red, reprodúcelo una vez, «Guardar todo como HAR») y compártelo.',
  'evidence.chat.not_har': '{name} no es un archivo HAR que pueda leer. En el panel Red del navegador, usa «Guardar todo como HAR» y comparte el archivo .har.',
  'evidence.chat.truncated': '{name} está cortado antes de que termine el HAR. Expórtalo de nuevo y comparte el archivo nuevo.',
  'evidence.chat.unavailable': 'No he podido descargar {name}. Vuelve a compartirlo dentro de un minuto.',
};

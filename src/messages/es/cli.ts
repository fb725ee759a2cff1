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
                     por defecto DEFAULT_LOCALE, ahora {default}). Los ids de hechos, valores y ramas no cambian nunca.
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
  'cli.interactive.unclear': 'Perdona, no he entendido lo que querías decir. Elige una opción o dilo de otra manera.',
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
};

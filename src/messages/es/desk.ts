import type { Message } from '../message.ts';
import type { desk as source } from '../en/desk.ts';

/** Textos en español del área desk. */
export const desk: Record<keyof typeof source, Message> = {
  'desk.preface.first_reporter': {
    one: 'Eres la primera persona que lo ha reportado en el último minuto; el equipo de soporte ya está en ello.',
    other: 'Eres la primera persona que lo ha reportado en los últimos {count} minutos; el equipo de soporte ya está en ello.',
  },
  'desk.preface.one_of': {
    one: 'Eres una de las {reporters} personas que lo han reportado en el último minuto; el equipo de soporte ya está en ello.',
    other: 'Eres una de las {reporters} personas que lo han reportado en los últimos {count} minutos; el equipo de soporte ya está en ello.',
  },
  'desk.preface.local_cluster': {
    one: '{count} persona de tu red ha reportado el mismo fallo; el equipo de soporte ya está en ello.',
    other: '{count} personas de tu red han reportado el mismo fallo; el equipo de soporte ya está en ello.',
  },

  'desk.notice.resolved': '✅ Resuelto: {what}. Recarga ChatGPT y vuelve a intentarlo; si sigue fallando, vuelve a reportarlo y el diagnóstico sigue desde ahí.',
  'desk.notice.resolved_unknown': 'la incidencia que reportaste',
  'desk.notice.resolved_note': 'Nota del equipo de soporte: {note}',
  'desk.notice.update': '📣 Novedad del equipo de soporte: {text}',

  'desk.status.age.never': 'nunca leído',
  'desk.status.age.now': 'hace un momento',
  'desk.status.age.minutes': 'hace {count} min',
  'desk.status.age.hours': 'hace {count} h',
  'desk.status.as_of': 'actualizado {age}',
  'desk.status.chatgpt_incident': 'ChatGPT: {impact} ({age})',
  'desk.status.open_incident': 'incidencia abierta',
  'desk.status.other_product_named': 'ChatGPT: sin incidencias en la página de estado; OpenAI informa de "{name}" en otro producto ({age})',
  'desk.status.other_product': 'ChatGPT: sin incidencias en la página de estado; OpenAI informa de una incidencia en otro producto ({age})',
  'desk.status.operational': 'ChatGPT: sin incidencias en la página de estado ({age})',
  'desk.status.unknown': 'Estado de ChatGPT: desconocido — {reason}',
  'desk.status.unknown_reason': 'no se ha podido leer la página de estado',

  'desk.impact.open': 'ChatGPT tiene una incidencia abierta',
  'desk.impact.more': '{names} y {count} más',
  'desk.impact.full_outage': { one: '{names} está caído', other: '{names} están caídos' },
  'desk.impact.partial_outage': { one: '{names} está parcialmente caído', other: '{names} están parcialmente caídos' },
  'desk.impact.degraded_performance': { one: '{names} funciona con problemas', other: '{names} funcionan con problemas' },
  'desk.impact.under_maintenance': { one: '{names} está en mantenimiento', other: '{names} están en mantenimiento' },
  'desk.impact.unknown': {
    one: '{names} está en un estado que la página de estado no aclara',
    other: '{names} están en un estado que la página de estado no aclara',
  },
  'desk.impact.operational': { one: '{names} aparece en una incidencia abierta', other: '{names} aparecen en una incidencia abierta' },

  'desk.incident.people': { one: '{count} persona', other: '{count} personas' },
  'desk.incident.on_networks': { one: 'en {count} red', other: 'en {count} redes' },
  'desk.incident.at_sites': { one: 'en {count} sede', other: 'en {count} sedes' },
  'desk.incident.upstream_status_only': 'Caída de ChatGPT en la página de estado: {name} (aún sin reportes aquí, {minutes} min)',
  'desk.incident.upstream': 'Caída de ChatGPT: {people}{where} en {minutes} min',
  'desk.incident.upstream_linked': 'Caída de ChatGPT: {people}{where} en {minutes} min (página de estado: {name})',
  'desk.incident.network_local': '{place}: {people} en {minutes} min, otra red funciona',
  'desk.incident.api': 'Errores de servidor de la API de OpenAI: {people} en {minutes} min',
  'desk.place.unknown': 'lugar desconocido',
  'desk.place.site': 'sede {name}',
  'desk.place.office': 'red de la oficina',
  'desk.place.vpn': 'VPN',
  'desk.place.home': 'red de casa',
  'desk.place.mobile_data': 'datos móviles',
  'desk.notify.resolved': 'Aviso de resolución',
  'desk.notify.update': 'Novedad para quienes reportaron',
  'desk.notify.failed': '{count} no se pudieron entregar',
  'desk.notify.expired': { one: '{count} conversación había caducado', other: '{count} conversaciones habían caducado' },
  'desk.notify.progress': '{what}: {sent} de {total} notificados',
  'desk.notify.sent_one': '{what}: enviado a la única persona destinataria',
  'desk.notify.sent_all': '{what}: enviado a los {count}',
};

import type { Message } from '../message.ts';
import type { announce as source } from '../en/announce.ts';

export const announce: Record<keyof typeof source, Message> = {
  'announce.title.upstream': '🔴 ChatGPT no funciona para mucha gente',
  'announce.title.api': '🔴 La API de OpenAI falla con errores de servidor',
  'announce.title.resolved': '✅ Solucionado: ChatGPT vuelve a funcionar',
  'announce.title.resolved_api': '✅ Solucionado: la API de OpenAI vuelve a funcionar',
  'announce.down.upstream': 'ChatGPT responde con errores (como «HTTP ERROR 500») o no carga, para mucha gente a la vez. No es tu ordenador ni tu red.',
  'announce.down.api': 'Las peticiones a la API de OpenAI fallan con errores de servidor (5xx), para mucha gente a la vez. No es tu código ni tu clave.',
  'announce.status': 'Página de estado de OpenAI: {name}',
  'announce.known': 'El servicio de asistencia lo sabe y lo está siguiendo.',
  'announce.meanwhile.upstream': 'Mientras tanto: guarda en otro sitio lo que estabas escribiendo y vuelve a intentarlo más tarde; recargar o limpiar el navegador no ayuda.',
  'announce.meanwhile.api': 'Mientras tanto: reintenta con espera progresiva, guarda en una cola lo que no se pueda perder y no cambies tu clave de API.',
  'announce.no_need': 'No hace falta que lo notifiques. Pulsa «A mí también me afecta» y te avisaré cuando esté solucionado.',
  'announce.resolved': 'El servicio de asistencia ha resuelto esta incidencia. Si a ti te sigue fallando, es otra cosa: pulsa el botón de abajo y lo revisamos juntos.',
  'announce.button.affected': 'A mí también me afecta',
  'announce.button.something_else': 'Es otra cosa',
  'announce.affected.counted': 'Gracias, te he contado. Te avisaré cuando esté solucionado; no tienes que hacer nada más.',
  'announce.affected.already': 'Ya te he contado; te avisaré cuando esté solucionado.',
  'announce.affected.over': 'Esta incidencia ya está resuelta. Si a ti te sigue fallando, pulsa «Es otra cosa».',
  'announce.something_else.started': 'Veamos qué es: te he enviado un mensaje directo.',
  'announce.notice.resolved': '✅ Solucionado: la caída que te afectaba está resuelta. Si a ti te sigue fallando, es otra cosa: escríbeme y lo revisamos.',
};

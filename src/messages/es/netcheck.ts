import type { Message } from '../message.ts';
import type { netcheck as source } from '../en/netcheck.ts';

/** Textos en español del área netcheck («Comprobar mi red» desde Slack y Teams). */
export const netcheck: Record<keyof typeof source, Message> = {
  // ---- en los hilos de Slack y Teams ----
  'netcheck.chat.button': 'Comprobar mi red',
  'netcheck.chat.button_again': 'Comprobar mi red otra vez',
  'netcheck.chat.hint': 'Abre una página que comprueba, desde tu propio navegador, si llega a cada dominio que necesita ChatGPT. El resultado vuelve aquí.',
  'netcheck.chat.heading': 'Comprobación de red desde tu navegador',
  'netcheck.chat.blocked': 'Bloqueados: {domains}.',
  'netcheck.chat.reachable': 'Accesibles: {domains}.',
  'netcheck.chat.all_reachable': 'Todos los dominios comprobados eran accesibles: {domains}.',
  'netcheck.chat.it_note': 'La nota para TI nombra los dominios bloqueados.',
  // ---- la página que abre el enlace ----
  'netcheck.page.title': 'Comprobar mi red · Asistente ChatGPT 500',
  'netcheck.page.heading': 'Comprobar mi red',
  'netcheck.page.intro': 'Tu navegador intenta llegar a cada dominio que necesita ChatGPT, unos segundos cada uno, y solo le dice al bot cuáles respondieron. No se envía nada más. El resultado aparece en tu chat.',
  'netcheck.page.run': 'Comprobar mi red',
  'netcheck.page.results_label': 'Dominios comprobados',
  'netcheck.page.checking': 'comprobando…',
  'netcheck.page.reachable': 'accesible',
  'netcheck.page.blocked': 'bloqueado',
  'netcheck.page.sent': 'Listo: el resultado está en tu chat. Puedes cerrar esta página.',
  'netcheck.page.failed': 'No se pudo enviar el resultado. Inténtalo de nuevo o pide al bot un enlace nuevo en tu chat.',
  'netcheck.page.invalid': 'Este enlace no es válido o ha caducado. Abre el botón «Comprobar mi red» más reciente de tu chat.',
  // ---- errores de la API de la página (403 / 404) ----
  'netcheck.error.forged': 'Este enlace de comprobación de red no es válido.',
  'netcheck.error.expired': 'Este enlace de comprobación de red ha caducado: usa el más reciente de tu chat.',
  'netcheck.error.wrong_conversation': 'Este enlace de comprobación de red pertenece a otra conversación.',
  'netcheck.error.gone': 'Esta conversación ha caducado. Vuelve a informar del problema en tu chat.',
};

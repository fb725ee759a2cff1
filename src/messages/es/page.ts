import type { Message } from '../message.ts';

import type { page as en } from '../en/page.ts';

export const page: Record<keyof typeof en, Message> = {
  'page.tagline': "Ayuda con los errores de ChatGPT, de tu servicio de soporte",
  'page.progress': "Pregunta {step} de unas {about}",
  'page.progress_done': "Tu resultado",
  'page.status_rate_limited': "Muchas páginas de tu red consultan el estado en directo a la vez; se vuelve a consultar en un minuto.",
  'page.resolved_headline': "Resuelto: la incidencia está solucionada",
  'page.resolved_summary': "Recarga ChatGPT y vuelve a intentarlo. Si sigue fallando, empieza de nuevo aquí y el diagnóstico lo revisará desde cero.",
  'page.earlier_advice': "El consejo mientras estaba caído",
  'page.still_failing': "Sigue fallando: empezar de nuevo",
};

import type { Message } from '../message.ts';
import type { teams as source } from '../en/teams.ts';

export const teams: Record<keyof typeof source, Message> = {
  'teams.question.more_answers': { one: '…y {count} respuesta más: escribe la tuya aquí.', other: '…y {count} respuestas más: escribe la tuya aquí.' },
  'teams.question.own_words': 'O responde aquí con tus propias palabras.',
  'teams.verdict.subscribed': '🔔 Te avisaré aquí cuando esté resuelto.',
  'teams.subscribed': '🔔 Listo: te avisaré aquí cuando esté resuelto.',
  'teams.done': 'Hecho.',

  'teams.flooded':
    'Gracias, tu reporte está contado: el equipo de soporte lo ve junto con los de todos los demás. Ahora mismo hay muchísimos reportes, así que todavía no puedo guiarte por las comprobaciones. Vuelve a escribirme en unos minutos para la comprobación paso a paso.',

  'teams.help.fallback': 'Cómo usar {command}',
  'teams.help.title': '**¿ChatGPT no funciona? Averiguo qué tipo de fallo es y qué puedes hacer.**',
  'teams.help.report':
    '• {command} y lo que pasa, o simplemente lo que pasa: reporta un problema, p. ej. "{word} chatgpt.com da error 500 en el wifi de la oficina". Te hago unas preguntas aquí mismo (en un canal: en las respuestas a tu mensaje); responde con los botones o con tus propias palabras.',
  'teams.help.status': '• **status**: el estado actual de OpenAI, tal como lo ve el bot.',
  'teams.help.incidents': '• **incidents**: los incidentes que el equipo de soporte está siguiendo ahora.',
  'teams.help.help': '• **help**: este mensaje.',
  'teams.help.notify':
    'En un canal, mencióname primero con @. Cuando muchas personas reportan lo mismo, el equipo de soporte lo ve como un solo incidente; pide que te avise y te lo diré aquí cuando esté resuelto.',

  'teams.desk_error.expired': 'Esta conversación ha caducado. Escríbeme de nuevo para empezar otra.',
  'teams.desk_error.invalid_answer': 'Esa pregunta ya quedó atrás; usa los botones de la tarjeta más reciente.',
  'teams.refused.elsewhere': 'Solo el equipo de soporte puede actuar sobre las tarjetas de incidentes, en el canal de soporte.',
  'teams.refused.unset': 'Solo se puede actuar sobre las tarjetas de incidentes en el canal de soporte, y no hay ninguno configurado (TEAMS_HELPDESK_CONVERSATION).',
  'teams.not_mine': 'Este botón no es mío.',
  'teams.dialog_not_mine': 'Este cuadro de diálogo no es mío.',
  'teams.answer.not_yours': 'Solo la persona que reportó puede responder estas preguntas. Para reportar tu propio problema, escríbeme en un chat.',
  'teams.answer.unknown': 'No conozco esa respuesta.',
  'teams.notify.not_yours': 'Este botón es de la persona que reportó. Si quieres que te avisen a ti, reporta tu propio problema.',
  'teams.unsupported_invoke': 'chatgpt-500 no ofrece esta acción. Escríbeme qué pasa con ChatGPT o envía "help".',

  'teams.card.first_last': 'Primer reporte {first} · último reporte {last}',
  'teams.card.too_large': 'Este mensaje es demasiado grande para mostrarlo completo.',
  'teams.card.timeline': 'Historial',
  'teams.card.earlier': { one: '…{count} entrada anterior', other: '…{count} entradas anteriores' },

  'teams.timeline.opened_status': 'Abierto desde la página de estado',
  'teams.timeline.opened_crowd': 'Abierto por los reportes: {people} en {places}',
  'teams.timeline.places': { one: '{count} red o sede', other: '{count} redes o sedes' },
  'teams.timeline.threshold': 'Umbral alcanzado',
  'teams.timeline.threshold_people': 'Umbral alcanzado: {people}',
  'teams.timeline.on_places': 'en {places}',
  'teams.timeline.kind_changed': 'Ahora: {to} (antes: {from})',
  'teams.timeline.absorbed': 'Absorbió {incident}',
  'teams.timeline.merged': 'Fusionado con {incident}',
  'teams.timeline.status_linked': 'Página de estado: {name}',
  'teams.timeline.status_resolved': 'La página de estado dio por resuelto {incident}',
  'teams.timeline.left': 'Una persona dejó de contar: ahora {people}',
  'teams.timeline.left_branch': 'Una persona dejó de contar (su diagnóstico: {branch}): ahora {people}',
  'teams.timeline.acknowledged': 'Asumido por {who}',
  'teams.timeline.snoozed': 'Pospuesto hasta las {time} por {who}',
  'teams.timeline.note': '📣 Actualización a quienes reportaron, por {who}',
  'teams.timeline.resolved': 'Resuelto por {who}',
  'teams.timeline.resolved_merged': '(fusionado)',

  'teams.update.goes_to': {
    one: 'Se envía a la persona que reportó este incidente, en su propia conversación con el bot (Slack, Teams o la página web), y al historial del incidente. Leerá:',
    other: 'Se envía a las {count} personas que reportaron este incidente, cada una en su propia conversación con el bot (Slack, Teams o la página web), y al historial del incidente. Leerán:',
  },
  'teams.update.still_sent': 'Este incidente está {state}: quienes lo reportaron recibirán la actualización igualmente.',
  'teams.update.your_text': '…tu texto…',
  'teams.update.previous': 'Aviso anterior: {progress}',
  'teams.update.error': 'Escribe la actualización que quieres enviar, hasta 3000 caracteres.',
  'teams.update.send': 'Enviar a quienes reportaron',
  'teams.update.empty': 'La actualización estaba vacía: no se envió nada.',
  'teams.update.posted': {
    one: '📣 Actualización publicada; va camino de {count} persona (la tarjeta muestra el progreso).',
    other: '📣 Actualización publicada; va camino de {count} personas (la tarjeta muestra el progreso).',
  },
};

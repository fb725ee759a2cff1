import type { Message } from '../message.ts';
import type { slack as source } from '../en/slack.ts';

export const slack: Record<keyof typeof source, Message> = {
  'slack.question.more_answers': { one: '…y {count} respuesta más: escribe la tuya en este hilo.', other: '…y {count} respuestas más: escribe la tuya en este hilo.' },
  'slack.question.own_words': 'O responde en este hilo con tus propias palabras.',
  'slack.verdict.subscribed': '🔔 Te avisaré en este hilo cuando esté resuelto.',
  'slack.subscribed': '🔔 Listo: te avisaré en este hilo cuando esté resuelto.',
  'slack.verdict.fallback': 'Diagnóstico',

  'slack.report.header': '🧯 *Reporte de un problema con ChatGPT* de {who}',
  'slack.report.someone': 'alguien',
  'slack.report.more_lines': { one: '…y {count} línea más', other: '…y {count} líneas más' },

  'slack.ack.duplicate': 'Ya estoy en ello: mira la conversación que abrí para este reporte.',
  'slack.ack.in_channel': 'Gracias, lo reviso: mira el hilo que estoy abriendo aquí.',
  'slack.ack.dm': 'Gracias, lo reviso: te envié un mensaje directo.',
  'slack.ack.failed': 'Lo siento, no pude recibir tu reporte en este momento. Vuelve a intentarlo en un minuto.',
  'slack.flooded':
    'Gracias, tu reporte está contado: el equipo de soporte lo ve junto con los de todos los demás. Ahora mismo hay muchísimos reportes, así que todavía no puedo guiarte por las comprobaciones. Vuelve a ejecutar `{command}` en unos minutos para la comprobación paso a paso.',
  'slack.other_command': 'Esta app responde a {command}.',
  'slack.hint':
    'Para reportar un problema con ChatGPT, escribe `{command} qué pasa` (por ejemplo `{command} error 500 en chatgpt.com`). Si estás respondiendo a mis preguntas, responde en el hilo de mi mensaje. `{command} help` te cuenta más.',
  'slack.expired': 'Esta conversación ha caducado. Escribe el comando de nuevo para empezar otra.',
  'slack.desk_error.invalid_answer': 'Esa pregunta ya quedó atrás; usa los botones del mensaje más reciente.',
  'slack.answer.not_yours': 'Solo {user} puede responder estas preguntas. Para reportar tu propio problema, usa el comando de barra.',
  'slack.notify.not_yours': 'Este botón es de la persona que reportó. Si quieres que te avisen a ti, repórtalo con el comando de barra.',

  'slack.help.fallback': 'Cómo usar {command}',
  'slack.help.title': '*¿ChatGPT no funciona? Averiguo qué tipo de fallo es y qué puedes hacer.*',
  'slack.help.report':
    '• `{command} [qué pasa]`: reporta un problema, p. ej. `{command} chatgpt.com da error 500 en el wifi de la oficina`. Abro {where} y te hago unas preguntas allí; responde con los botones o con tus propias palabras.',
  'slack.help.where_channel': 'un hilo en este canal',
  'slack.help.where_dm': 'un hilo en tus mensajes directos conmigo',
  'slack.help.status': '• `{command} status`: el estado actual de OpenAI, tal como lo ve el bot.',
  'slack.help.incidents': '• `{command} incidents`: los incidentes que el equipo de soporte está siguiendo ahora.',
  'slack.help.help': '• `{command} help`: este mensaje.',
  'slack.help.notify': 'Cuando muchas personas reportan lo mismo, el equipo de soporte lo ve como un solo incidente; pide que te avise y te lo diré en tu hilo cuando esté resuelto.',

  'slack.home.title': 'Estado de ChatGPT y reportes',
  'slack.home.report': 'Reporta un problema: `{command} qué pasa` en cualquier canal o mensaje directo.',
  'slack.home.unreadable': 'No se pudieron consultar los incidentes en este momento.',

  'slack.access.helpdesk_unknown': 'Todavía no se conoce el canal de soporte; vuelve a intentarlo en un minuto.',
  'slack.access.no_helpdesk': 'Solo se puede actuar sobre las tarjetas de incidentes en el canal de soporte, y no hay ninguno configurado (SLACK_HELPDESK_CHANNEL).',
  'slack.access.other_channel': 'Solo el equipo de soporte puede actuar sobre las tarjetas de incidentes, en {channel}.',
  'slack.access.not_member': 'Solo los miembros del grupo de usuarios de soporte pueden actuar sobre las tarjetas de incidentes.',
  'slack.access.membership_unknown': 'No pude comprobar si perteneces al equipo de soporte; vuelve a intentarlo en un minuto.',

  'slack.modal.send': 'Enviar',
  'slack.modal.cancel': 'Cancelar',
  'slack.modal.about': 'Todas las personas que pidieron aviso sobre *{about}* lo recibirán en su propio hilo.',
  'slack.modal.this_incident': 'este incidente',
  'slack.modal.empty': 'Escribe primero la actualización.',
  'slack.update.posted': {
    one: '📣 Actualización publicada; va camino de {count} persona en su hilo (la tarjeta muestra el progreso).',
    other: '📣 Actualización publicada; va camino de {count} personas en sus hilos (la tarjeta muestra el progreso).',
  },
  'slack.update.failed': 'Lo siento, no se pudo enviar la actualización. Vuelve a intentarlo.',
};

import type { Message } from '../message.ts';
import type { slack as source } from '../en/slack.ts';

export const slack: Record<keyof typeof source, Message> = {
  'slack.question.more_answers': { one: '…et {count} autre réponse : écrivez la vôtre dans ce fil.', other: '…et {count} autres réponses : écrivez la vôtre dans ce fil.' },
  'slack.question.own_words': 'Ou répondez dans ce fil avec vos propres mots.',
  'slack.verdict.subscribed': '🔔 Vous serez prévenu dans ce fil quand ce sera réglé.',
  'slack.subscribed': '🔔 C’est fait : je vous préviendrai dans ce fil quand ce sera réglé.',
  'slack.verdict.fallback': 'Diagnostic',

  'slack.report.header': '🧯 *Signalement d’un problème ChatGPT* par {who}',
  'slack.report.someone': 'quelqu’un',
  'slack.report.more_lines': { one: '…et {count} autre ligne', other: '…et {count} autres lignes' },

  'slack.ack.duplicate': 'Je m’en occupe déjà : consultez la conversation que j’ai ouverte pour ce signalement.',
  'slack.ack.in_channel': 'Merci, je regarde : consultez le fil que j’ouvre ici.',
  'slack.ack.dm': 'Merci, je regarde : je vous ai envoyé un message direct.',
  'slack.ack.failed': 'Désolé, je n’ai pas pu prendre votre signalement pour l’instant. Veuillez réessayer dans une minute.',
  'slack.flooded':
    'Merci, votre signalement est pris en compte : le support le voit avec ceux de tous les autres. Beaucoup de personnes signalent le problème en ce moment, je ne peux donc pas encore vous guider dans les vérifications. Relancez `{command}` dans quelques minutes pour la vérification pas à pas.',
  'slack.other_command': 'Cette application répond à {command}.',
  'slack.hint':
    'Pour signaler un problème avec ChatGPT, tapez `{command} ce qui se passe` (par exemple `{command} erreur 500 sur chatgpt.com`). Si vous répondez à mes questions, répondez dans le fil de mon message. `{command} help` vous en dit plus.',
  'slack.expired': 'Cette conversation a expiré. Tapez à nouveau la commande pour en commencer une nouvelle.',
  'slack.desk_error.invalid_answer': 'Cette question est déjà passée ; utilisez les boutons du message le plus récent.',
  'slack.answer.not_yours': 'Seul·e {user} peut répondre à ces questions. Pour signaler votre propre problème, utilisez la commande slash.',
  'slack.notify.not_yours': 'Ce bouton appartient à la personne qui a fait le signalement. Pour être prévenu vous-même, signalez le problème avec la commande slash.',

  'slack.help.fallback': 'Comment utiliser {command}',
  'slack.help.title': '*ChatGPT ne fonctionne pas ? Je détermine de quel type de panne il s’agit et ce qu’il faut faire.*',
  'slack.help.report':
    '• `{command} [ce qui se passe]` : signaler un problème, p. ex. `{command} chatgpt.com affiche une erreur 500 sur le wifi du bureau`. J’ouvre {where} et vous pose quelques questions ; répondez avec les boutons ou avec vos propres mots.',
  'slack.help.where_channel': 'un fil dans ce canal',
  'slack.help.where_dm': 'un fil dans vos messages directs avec moi',
  'slack.help.status': '• `{command} status` : le statut actuel d’OpenAI, tel que le bot le voit.',
  'slack.help.incidents': '• `{command} incidents` : les incidents que le support suit en ce moment.',
  'slack.help.help': '• `{command} help` : ce message.',
  'slack.help.notify': 'Quand beaucoup de personnes signalent la même chose, le support le voit comme un seul incident ; demandez à être prévenu et je vous le dirai dans votre fil quand ce sera réglé.',

  'slack.home.title': 'Statut de ChatGPT et signalements',
  'slack.home.report': 'Signaler un problème : `{command} ce qui se passe` dans n’importe quel canal ou message direct.',
  'slack.home.unreadable': 'Les incidents n’ont pas pu être consultés pour l’instant.',

  'slack.access.helpdesk_unknown': 'Le canal du support n’est pas encore connu ; réessayez dans une minute.',
  'slack.access.no_helpdesk': 'On ne peut agir sur les cartes d’incident que dans le canal du support, et aucun n’est configuré (SLACK_HELPDESK_CHANNEL).',
  'slack.access.other_channel': 'Seul le support peut agir sur les cartes d’incident, dans {channel}.',
  'slack.access.not_member': 'Seuls les membres du groupe d’utilisateurs du support peuvent agir sur les cartes d’incident.',
  'slack.access.membership_unknown': 'Je n’ai pas pu vérifier votre appartenance au support ; réessayez dans une minute.',

  'slack.modal.send': 'Envoyer',
  'slack.modal.cancel': 'Annuler',
  'slack.modal.about': 'Toutes les personnes qui ont demandé à être prévenues pour *{about}* la recevront dans leur propre fil.',
  'slack.modal.this_incident': 'cet incident',
  'slack.modal.empty': 'Rédigez d’abord la mise à jour.',
  'slack.update.posted': {
    one: '📣 Mise à jour publiée ; elle part vers {count} personne dans son fil (la carte affiche la progression).',
    other: '📣 Mise à jour publiée ; elle part vers {count} personnes dans leurs fils (la carte affiche la progression).',
  },
  'slack.update.failed': 'Désolé, la mise à jour n’a pas pu être envoyée. Veuillez réessayer.',
};

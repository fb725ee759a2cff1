import type { Message } from '../message.ts';
import type { teams as source } from '../en/teams.ts';

export const teams: Record<keyof typeof source, Message> = {
  'teams.question.more_answers': { one: '…et {count} autre réponse : écrivez la vôtre ici.', other: '…et {count} autres réponses : écrivez la vôtre ici.' },
  'teams.question.own_words': 'Ou répondez ici avec vos propres mots.',
  'teams.verdict.subscribed': '🔔 Vous serez prévenu ici quand ce sera réglé.',
  'teams.subscribed': '🔔 C’est fait : je vous préviendrai ici quand ce sera réglé.',
  'teams.done': 'C’est fait.',

  'teams.flooded':
    'Merci, votre signalement est pris en compte : le support le voit avec ceux de tous les autres. Beaucoup de personnes signalent le problème en ce moment, je ne peux donc pas encore vous guider dans les vérifications. Écrivez-moi à nouveau dans quelques minutes pour la vérification pas à pas.',

  'teams.help.fallback': 'Comment utiliser {command}',
  'teams.help.title': '**ChatGPT ne fonctionne pas ? Je détermine de quel type de panne il s’agit et ce qu’il faut faire.**',
  'teams.help.report':
    '• {command} suivi de ce qui se passe, ou simplement ce qui se passe : signaler un problème, p. ex. « {word} chatgpt.com affiche une erreur 500 sur le wifi du bureau ». Je vous pose quelques questions ici même (dans un canal : dans les réponses à votre message) ; répondez avec les boutons ou avec vos propres mots.',
  'teams.help.status': '• **status** : le statut actuel d’OpenAI, tel que le bot le voit.',
  'teams.help.incidents': '• **incidents** : les incidents que le support suit en ce moment.',
  'teams.help.help': '• **help** : ce message.',
  'teams.help.notify':
    'Dans un canal, mentionnez-moi d’abord avec @. Quand beaucoup de personnes signalent la même chose, le support le voit comme un seul incident ; demandez à être prévenu et je vous le dirai ici quand ce sera réglé.',

  'teams.desk_error.expired': 'Cette conversation a expiré. Écrivez-moi à nouveau pour en commencer une nouvelle.',
  'teams.desk_error.invalid_answer': 'Cette question est déjà passée ; utilisez les boutons de la carte la plus récente.',
  'teams.refused.elsewhere': 'Seul le support peut agir sur les cartes d’incident, dans le canal du support.',
  'teams.refused.unset': 'On ne peut agir sur les cartes d’incident que dans le canal du support, et aucun n’est configuré (TEAMS_HELPDESK_CONVERSATION).',
  'teams.not_mine': 'Ce bouton ne vient pas de moi.',
  'teams.dialog_not_mine': 'Cette boîte de dialogue ne vient pas de moi.',
  'teams.answer.not_yours': 'Seule la personne qui a fait le signalement peut répondre à ces questions. Pour signaler votre propre problème, écrivez-moi dans une conversation.',
  'teams.answer.unknown': 'Je ne connais pas cette réponse.',
  'teams.notify.not_yours': 'Ce bouton appartient à la personne qui a fait le signalement. Pour être prévenu vous-même, signalez votre propre problème.',
  'teams.unsupported_invoke': 'chatgpt-500 ne propose pas cette action. Écrivez-moi ce qui se passe avec ChatGPT, ou envoyez « help ».',

  'teams.card.first_last': 'Premier signalement {first} · dernier signalement {last}',
  'teams.card.too_large': 'Ce message est trop volumineux pour être affiché en entier.',
  'teams.card.timeline': 'Chronologie',
  'teams.card.earlier': { one: '…{count} entrée antérieure', other: '…{count} entrées antérieures' },

  'teams.timeline.opened_status': 'Ouvert depuis la page de statut',
  'teams.timeline.opened_crowd': 'Ouvert par les signalements : {people} sur {places}',
  'teams.timeline.places': { one: '{count} réseau ou site', other: '{count} réseaux ou sites' },
  'teams.timeline.threshold': 'Seuil atteint',
  'teams.timeline.threshold_people': 'Seuil atteint : {people}',
  'teams.timeline.on_places': 'sur {places}',
  'teams.timeline.kind_changed': 'Désormais : {to} (avant : {from})',
  'teams.timeline.absorbed': 'A absorbé {incident}',
  'teams.timeline.merged': 'Fusionné avec {incident}',
  'teams.timeline.status_linked': 'Page de statut : {name}',
  'teams.timeline.status_resolved': 'La page de statut a résolu {incident}',
  'teams.timeline.left': 'Une personne ne compte plus : {people} désormais',
  'teams.timeline.left_branch': 'Une personne ne compte plus (son diagnostic : {branch}) : {people} désormais',
  'teams.timeline.acknowledged': 'Pris en charge par {who}',
  'teams.timeline.snoozed': 'Mis en veille jusqu’à {time} par {who}',
  'teams.timeline.note': '📣 Mise à jour envoyée par {who}',
  'teams.timeline.resolved': 'Résolu par {who}',
  'teams.timeline.resolved_merged': '(fusionné)',

  'teams.update.goes_to': {
    one: 'Envoyé à la personne ({count}) qui a signalé cet incident, dans sa propre conversation avec le bot (Slack, Teams ou la page web), et ajouté à la chronologie de l’incident. Elle lira :',
    other: 'Envoyé aux {count} personnes qui ont signalé cet incident, chacune dans sa propre conversation avec le bot (Slack, Teams ou la page web), et ajouté à la chronologie de l’incident. Elles liront :',
  },
  'teams.update.still_sent': 'Cet incident est {state} : les personnes reçoivent quand même la mise à jour.',
  'teams.update.your_text': '…votre texte…',
  'teams.update.previous': 'Avis précédent : {progress}',
  'teams.update.error': 'Rédigez la mise à jour à envoyer, 3 000 caractères au maximum.',
  'teams.update.send': 'Envoyer aux personnes',
  'teams.update.empty': 'La mise à jour était vide : rien n’a été envoyé.',
  'teams.update.posted': {
    one: '📣 Mise à jour publiée ; elle part vers {count} personne (la carte affiche la progression).',
    other: '📣 Mise à jour publiée ; elle part vers {count} personnes (la carte affiche la progression).',
  },
};

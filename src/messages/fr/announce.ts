import type { Message } from '../message.ts';
import type { announce as source } from '../en/announce.ts';

export const announce: Record<keyof typeof source, Message> = {
  'announce.title.upstream': '🔴 ChatGPT est en panne pour beaucoup de monde',
  'announce.title.api': "🔴 L'API OpenAI échoue avec des erreurs serveur",
  'announce.title.resolved': '✅ Réparé : ChatGPT fonctionne de nouveau',
  'announce.title.resolved_api': "✅ Réparé : l'API OpenAI fonctionne de nouveau",
  'announce.down.upstream': "ChatGPT répond par des erreurs (comme « HTTP ERROR 500 ») ou ne se charge pas, pour beaucoup de monde à la fois. Ce n'est ni ton ordinateur ni ton réseau.",
  'announce.down.api': "Les requêtes à l'API OpenAI échouent avec des erreurs serveur (5xx), pour beaucoup de monde à la fois. Ce n'est ni ton code ni ta clé.",
  'announce.status': "Page d'état d'OpenAI : {name}",
  'announce.known': 'Le support est au courant et suit la situation.',
  'announce.meanwhile.upstream': "En attendant : enregistre ailleurs ce que tu étais en train d'écrire et réessaie plus tard ; recharger ou vider le navigateur n'y changera rien.",
  'announce.meanwhile.api': "En attendant : réessaie avec un délai croissant, garde dans une file d'attente ce qui ne doit pas être perdu et ne change pas ta clé d'API.",
  'announce.no_need': 'Inutile de le signaler. Appuie sur « Moi aussi, ça me touche » pour être prévenu quand ce sera réparé.',
  'announce.resolved': "Le support a résolu cet incident. Si ça échoue encore chez toi, c'est autre chose : appuie sur le bouton ci-dessous et je vérifie avec toi.",
  'announce.button.affected': 'Moi aussi, ça me touche',
  'announce.button.something_else': "C'est autre chose",
  'announce.affected.counted': "Merci, tu es compté. Je te préviendrai quand ce sera réparé ; tu n'as rien d'autre à faire.",
  'announce.affected.already': 'Tu es déjà compté ; je te préviendrai quand ce sera réparé.',
  'announce.affected.over': "Cet incident est déjà résolu. Si ça échoue encore chez toi, appuie sur « C'est autre chose ».",
  'announce.something_else.started': "Voyons ce que c'est : je t'ai envoyé un message direct.",
  'announce.notice.resolved': "✅ Réparé : la panne qui te touchait est résolue. Si ça échoue encore chez toi, c'est autre chose : écris-moi et on vérifie.",
};

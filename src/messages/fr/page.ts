import type { Message } from '../message.ts';

import type { page as en } from '../en/page.ts';

export const page: Record<keyof typeof en, Message> = {
  'page.tagline': "De l’aide pour les erreurs de ChatGPT, par votre support",
  'page.progress': "Question {step} sur environ {about}",
  'page.progress_done': "Votre résultat",
  'page.status_rate_limited': "Beaucoup de pages de votre réseau consultent l’état en direct en même temps ; il sera vérifié à nouveau dans une minute.",
  'page.resolved_headline': "Réparé : l’incident est résolu",
  'page.resolved_summary': "Rechargez ChatGPT et réessayez. Si ça échoue encore, recommencez ici et le diagnostic reprendra depuis le début.",
  'page.earlier_advice': "Le conseil pendant la panne",
  'page.still_failing': "Ça échoue encore : recommencer",
};

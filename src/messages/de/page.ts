import type { Message } from '../message.ts';

import type { page as en } from '../en/page.ts';

export const page: Record<keyof typeof en, Message> = {
  'page.tagline': "Hilfe bei ChatGPT-Fehlern, von deinem Helpdesk",
  'page.progress': "Frage {step} von etwa {about}",
  'page.progress_done': "Dein Ergebnis",
  'page.status_rate_limited': "Viele Seiten in deinem Netzwerk fragen gerade gleichzeitig den Live-Status ab; er wird in einer Minute erneut geprüft.",
  'page.resolved_headline': "Behoben: Die Störung ist gelöst",
  'page.resolved_summary': "Lade ChatGPT neu und versuch es noch einmal. Wenn es immer noch fehlschlägt, fang hier neu an, dann schaut sich die Triage es noch einmal an.",
  'page.earlier_advice': "Der Rat während der Störung",
  'page.still_failing': "Es geht immer noch nicht: neu anfangen",
};

import type { Message } from '../message.ts';
import type { netcheck as source } from '../en/netcheck.ts';

/** Deutsche Texte des Bereichs netcheck („Mein Netzwerk prüfen“ aus Slack und Teams). */
export const netcheck: Record<keyof typeof source, Message> = {
  // ---- in den Slack- und Teams-Threads ----
  'netcheck.chat.button': 'Mein Netzwerk prüfen',
  'netcheck.chat.button_again': 'Mein Netzwerk erneut prüfen',
  'netcheck.chat.hint': 'Öffnet eine Seite, die aus deinem eigenen Browser prüft, ob er jede Domain erreicht, die ChatGPT braucht. Das Ergebnis kommt hierher zurück.',
  'netcheck.chat.heading': 'Netzwerkprüfung aus deinem Browser',
  'netcheck.chat.blocked': 'Blockiert: {domains}.',
  'netcheck.chat.reachable': 'Erreichbar: {domains}.',
  'netcheck.chat.all_reachable': 'Jede geprüfte Domain war erreichbar: {domains}.',
  'netcheck.chat.it_note': 'Die Notiz für die IT nennt die blockierten Domains.',
  // ---- die Seite, die der Link öffnet ----
  'netcheck.page.title': 'Mein Netzwerk prüfen · ChatGPT-500-Helfer',
  'netcheck.page.heading': 'Mein Netzwerk prüfen',
  'netcheck.page.intro': 'Dein Browser versucht, jede Domain zu erreichen, die ChatGPT braucht, jeweils ein paar Sekunden lang, und meldet dem Bot nur, welche geantwortet haben. Sonst wird nichts gesendet. Das Ergebnis erscheint in deinem Chat.',
  'netcheck.page.run': 'Mein Netzwerk prüfen',
  'netcheck.page.results_label': 'Geprüfte Domains',
  'netcheck.page.checking': 'wird geprüft…',
  'netcheck.page.reachable': 'erreichbar',
  'netcheck.page.blocked': 'blockiert',
  'netcheck.page.sent': 'Fertig: Das Ergebnis steht in deinem Chat. Du kannst diese Seite schließen.',
  'netcheck.page.failed': 'Das Ergebnis konnte nicht gesendet werden. Versuch es noch einmal oder bitte den Bot in deinem Chat um einen neuen Link.',
  'netcheck.page.invalid': 'Dieser Link ist ungültig oder abgelaufen. Öffne die neueste Schaltfläche „Mein Netzwerk prüfen“ in deinem Chat.',
  // ---- Fehler der API der Seite (403 / 404) ----
  'netcheck.error.forged': 'Dieser Link zur Netzwerkprüfung ist ungültig.',
  'netcheck.error.expired': 'Dieser Link zur Netzwerkprüfung ist abgelaufen: Nimm den neuesten in deinem Chat.',
  'netcheck.error.wrong_conversation': 'Dieser Link zur Netzwerkprüfung gehört zu einem anderen Gespräch.',
  'netcheck.error.gone': 'Dieses Gespräch ist abgelaufen. Melde das Problem in deinem Chat neu.',
};

import type { Message } from '../message.ts';
import type { announce as source } from '../en/announce.ts';

export const announce: Record<keyof typeof source, Message> = {
  'announce.title.upstream': '🔴 ChatGPT ist für viele ausgefallen',
  'announce.title.api': '🔴 Die OpenAI-API scheitert mit Serverfehlern',
  'announce.title.resolved': '✅ Behoben: ChatGPT funktioniert wieder',
  'announce.title.resolved_api': '✅ Behoben: Die OpenAI-API funktioniert wieder',
  'announce.down.upstream': 'ChatGPT antwortet mit Fehlern (etwa „HTTP ERROR 500“) oder lädt nicht, bei vielen gleichzeitig. Es liegt nicht an deinem Computer oder deinem Netzwerk.',
  'announce.down.api': 'Anfragen an die OpenAI-API scheitern mit Serverfehlern (5xx), bei vielen gleichzeitig. Es liegt nicht an deinem Code oder deinem Schlüssel.',
  'announce.status': 'OpenAI-Statusseite: {name}',
  'announce.known': 'Der Helpdesk weiß Bescheid und verfolgt es.',
  'announce.meanwhile.upstream': 'Bis dahin: Sichere, was du gerade schreibst, an anderer Stelle und versuch es später noch einmal; Neuladen oder den Browser leeren hilft nicht.',
  'announce.meanwhile.api': 'Bis dahin: Wiederhole Anfragen mit Backoff, halte, was nicht verloren gehen darf, in einer Warteschlange, und tausche deinen API-Schlüssel nicht aus.',
  'announce.no_need': 'Du musst es nicht melden. Drück „Mich betrifft es auch“, dann erfährst du, wann es behoben ist.',
  'announce.resolved': 'Der Helpdesk hat diesen Vorfall gelöst. Wenn es bei dir weiterhin scheitert, ist es etwas anderes: Drück den Button unten, dann prüfe ich es mit dir.',
  'announce.button.affected': 'Mich betrifft es auch',
  'announce.button.something_else': 'Es ist etwas anderes',
  'announce.affected.counted': 'Danke, du bist gezählt. Ich sage dir Bescheid, wenn es behoben ist; sonst ist nichts zu tun.',
  'announce.affected.already': 'Du bist schon gezählt; ich sage dir Bescheid, wenn es behoben ist.',
  'announce.affected.over': 'Dieser Vorfall ist schon gelöst. Wenn es bei dir weiterhin scheitert, drück „Es ist etwas anderes“.',
  'announce.something_else.started': 'Schauen wir, was es ist: Ich habe dir eine Direktnachricht geschickt.',
  'announce.notice.resolved': '✅ Behoben: Der Ausfall, der dich betroffen hat, ist gelöst. Wenn es bei dir weiterhin scheitert, ist es etwas anderes: Schreib mir, dann prüfen wir es.',
};

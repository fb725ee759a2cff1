import { describeIncident } from '../incidents/describe-incident.ts';
import type { Incident } from '../incidents/incident-types.ts';
import type { Locale } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';

const EN = messagesFor('en');

/** The text of a desk notice as reporters read it, rendered when the notice goes out, in the language of `m`. */
export const noticeText = {
  /** `note`: the desk's resolution note, quoted in the notice when it gave one. */
  resolved(incident: Incident | null, now: number, m: Messages = EN, note?: string): string {
    const what = incident ? describeIncident(incident, now, m) : m.t('desk.notice.resolved_unknown');
    const text = m.t('desk.notice.resolved', { what });
    return note ? `${text}\n${m.t('desk.notice.resolved_note', { note })}` : text;
  },
  update(text: string, m: Messages = EN): string {
    return m.t('desk.notice.update', { text });
  },
};

/** A notice in every language, so each recipient gets it in theirs (deliver-notice.ts picks one). */
export function noticeTexts(render: (m: Messages) => string): Record<Locale, string> {
  return { en: render(messagesFor('en')), de: render(messagesFor('de')), es: render(messagesFor('es')), fr: render(messagesFor('fr')) };
}

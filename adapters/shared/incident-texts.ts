import { noticeText } from '../../src/desk/notice-text.ts';
import { describeIncident, describeNotifyProgress, placeLabel } from '../../src/incidents/describe-incident.ts';
import type { Incident } from '../../src/incidents/incident-types.ts';
import type { Messages } from '../../src/messages/messages-for.ts';

// The desk's incident texts take the catalog's language as their last parameter (English when a
// caller gives none); typed here with it, so the chat renderers always pass theirs.
const describe: (incident: Incident, now: number, m?: Messages) => string = describeIncident;
const progress: (notify: NonNullable<Incident['notify']>, m?: Messages) => string = describeNotifyProgress;
const place: (place: string | undefined, m?: Messages) => string = placeLabel;
const { update }: { update: (text: string, m?: Messages) => string } = noticeText;

/** What the desk says about an incident, in the catalog's language `m`, for the chat renderers. */
export const incidentTexts = {
  /** "ChatGPT outage: 41 people on 6 networks in 12 min" (describeIncident). */
  describe: (incident: Incident, now: number, m: Messages): string => describe(incident, now, m),
  /** The latest notice's progress (describeNotifyProgress). */
  progress: (notify: NonNullable<Incident['notify']>, m: Messages): string => progress(notify, m),
  /** A place key as people read it (placeLabel). */
  place: (key: string | undefined, m: Messages): string => place(key, m),
  /** A desk update as reporters read it (noticeText.update), for the update dialog's preview. */
  update: (text: string, m: Messages): string => update(text, m),
};

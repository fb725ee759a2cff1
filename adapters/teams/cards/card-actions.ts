import { SNOOZE_MINUTES } from '../../slack/render-incident-card.ts';

/**
 * The action data contract between the Teams cards and the Teams adapter's handlers: the verbs of
 * Action.Execute (Universal Actions: an `adaptiveCard/action` invoke carrying `verb` and `data`),
 * the `c500` discriminator of Action.Submit, and the ids of elements a handler reads back. The
 * handlers validate what comes back (a card can be old or forged); the types say what was sent.
 */
export const CARD_ACTIONS = {
  verbs: {
    /** A question's choice. Data: AnswerData. */
    answer: 'c500.answer',
    /** "Notify me when it's fixed" on a verdict. Data: NotifyData. */
    notify: 'c500.notify',
    /** "Change" on a "Got it: …" line: takes back what a typed reply was read as. Data: ChangeData. */
    change: 'c500.change',
    /** Helpdesk card buttons. Data: IncidentActionData. */
    incidentAck: 'c500.incident.ack',
    incidentResolve: 'c500.incident.resolve',
    incidentSnooze: 'c500.incident.snooze',
    /** The outage announcement's buttons. Data: IncidentActionData. */
    announceAffected: 'c500.announce.affected',
    announceElse: 'c500.announce.else',
  },
  submits: {
    /** "Post update to reporters": Action.Submit with `msteams.type = task/fetch` (opens the dialog). */
    incidentUpdate: 'incident.update',
    /** The dialog's Send button. Data: UpdateSubmitData plus the input `text`. */
    incidentUpdateSubmit: 'incident.update.submit',
    /** "Fill in the support report" on a verdict: Action.Submit with `msteams.type = task/fetch`. Data: ReportFetchData. */
    report: 'report',
    /** The report dialog's button. Data: ReportSubmitData plus its inputs, by ReportInput's names. */
    reportSubmit: 'report.submit',
  },
  /** id of the hidden TextBlock with a question's "How do I test this?" help. */
  helpElementId: 'c500-help',
  /** id of the update dialog's Input.Text: the submitted data carries the text under this key. */
  updateInputId: 'text',
  /** The update dialog's limit on the text (the input enforces it; the handler checks it again). */
  updateMaxLength: 3000,
  /** What "Snooze" snoozes for: the Slack card's value, so both platforms' buttons mean the same. */
  snoozeMinutes: SNOOZE_MINUTES,
} as const;

/** A question's answer button. `user` is the reporter's Teams user id: only they may answer. */
export type AnswerData = { conversationId: string; fact: string; value: string; user: string; label: string; question: string };

/**
 * "Change" on a "Got it: …" line: the facts to take back with the values they were read as (a
 * stale button takes back nothing answered since); `user` as in AnswerData; the turn's language
 * and "Got it" text ride along for the changed card.
 */
export type ChangeData = { conversationId: string; facts: { fact: string; value: string }[]; user: string; locale: string; text: string };

/** The verdict's "Notify me" button; `user` as in AnswerData. */
export type NotifyData = { conversationId: string; user: string };

/** Acknowledge, Resolve and Snooze on the helpdesk card (the verb says which). */
export type IncidentActionData = { incidentId: string };

/** "Post update to reporters": Teams turns `msteams.type = task/fetch` into a `task/fetch` invoke. */
export type UpdateFetchData = { msteams: { type: 'task/fetch' }; c500: typeof CARD_ACTIONS.submits.incidentUpdate; incidentId: string };

/** The update dialog's Send button (the input's value joins it under `text`). */
export type UpdateSubmitData = { c500: typeof CARD_ACTIONS.submits.incidentUpdateSubmit; incidentId: string };

/** "Fill in the support report" on a verdict; `user` as in AnswerData. */
export type ReportFetchData = { msteams: { type: 'task/fetch' }; c500: typeof CARD_ACTIONS.submits.report; conversationId: string; user: string };

/** The report dialog's button (its inputs join it under their ids, ReportInput's names); `user` as in AnswerData. */
export type ReportSubmitData = { c500: typeof CARD_ACTIONS.submits.reportSubmit; conversationId: string; user: string; kind: 'web' | 'api'; locale: string };
